package main

// #cgo LDFLAGS: ${SRCDIR}/../arm64/libfoo.a
// int foo_value(void);
import "C"

import "fmt"

func main() { fmt.Println("foo_value =", C.foo_value()) }
