package main

/*
#cgo CFLAGS: -I${SRCDIR}/../deps/include
#cgo LDFLAGS: -L${SRCDIR}/../deps/lib -llabfoo
#include "labfoo.h"
*/
import "C"

import "fmt"

func main() { fmt.Println("labfoo answer:", C.labfoo_answer()) }
