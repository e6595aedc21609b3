package main

// #cgo pkg-config: labfoo
// #include <labfoo.h>
import "C"

import "fmt"

func main() { fmt.Println("labfoo answer:", C.labfoo_answer()) }
