package main

// #include "state.h"
import "C"

import "fmt"

func main() { a(); fmt.Println("counter =", C.bump()) }
