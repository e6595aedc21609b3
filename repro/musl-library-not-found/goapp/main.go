package main

// #cgo LDFLAGS: -L${SRCDIR}/../plib -lfoo
// int foo_new(void);
import "C"

import "fmt"

func main() { fmt.Println(C.foo_new()) }
