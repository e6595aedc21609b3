package main

/*
#cgo LDFLAGS: -lnonexistent
int answer(void) { return 42; }
*/
import "C"

func main() { println(C.answer()) }
