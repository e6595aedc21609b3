package main

// #cgo LDFLAGS: -L${SRCDIR}/../lib -lfoo
// int foo_value(void);
import "C"

import "fmt"

func main() { fmt.Println("foo_value =", C.foo_value()) }
