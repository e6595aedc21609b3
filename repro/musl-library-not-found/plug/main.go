package main

// #cgo LDFLAGS: -L${SRCDIR}/../plib -lfoo
// int foo_new(void);
import "C"

func New() int { return int(C.foo_new()) }

func main() {}
