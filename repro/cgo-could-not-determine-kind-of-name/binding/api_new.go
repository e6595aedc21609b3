//go:build !oldfoo

// The binding's default: the newer C API.
package main

// #include "foo.h"
import "C"

func version() int { return int(C.foo_v2()) }
