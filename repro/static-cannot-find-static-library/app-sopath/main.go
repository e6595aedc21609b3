package main

// #cgo LDFLAGS: ${SRCDIR}/../lib/libfoo.so
// int foo_value(void);
import "C"

import "fmt"

func main() { fmt.Println("foo_value =", C.foo_value()) }
