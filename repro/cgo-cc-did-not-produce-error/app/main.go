package main

// #cgo CFLAGS: -fdiagnostics-format=json
// #include <stdio.h>
import "C"

import "fmt"

func main() { fmt.Println("puts returned", C.puts(C.CString("hello from C")) >= 0) }
