package main

// #cgo LDFLAGS: -L${SRCDIR}/../lib -lbar
// int bar_value(void);
import "C"

import "fmt"

func main() { fmt.Println("bar_value =", C.bar_value()) }
