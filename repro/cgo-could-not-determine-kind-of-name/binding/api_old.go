//go:build oldfoo

// Selected with -tags oldfoo: the older C API.
package main

// #include "foo.h"
import "C"

func version() int { return int(C.foo_v1()) }
