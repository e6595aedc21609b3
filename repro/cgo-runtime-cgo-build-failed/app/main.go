package main

// int answer(void) { return 42; }
import "C"

import "fmt"

func main() { fmt.Println("answer", C.answer()) }
