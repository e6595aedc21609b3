// A cgo program with no extra library, for the cross-build with a C toolchain for the target.
package main

/*
int answer(void) { return 42; }
*/
import "C"

func main() { println(C.answer()) }
