// A cgo program that calls foo_new from libfoo (in ../lib).
package main

// #cgo LDFLAGS: -L${SRCDIR}/../lib -lfoo
// int foo_new(void);
import "C"

import "fmt"

func main() { fmt.Println("foo_new =", C.foo_new()) }
