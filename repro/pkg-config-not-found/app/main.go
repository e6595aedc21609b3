package main

// #cgo pkg-config: sqlite3
// #include <sqlite3.h>
import "C"

import "fmt"

func main() { fmt.Println("sqlite", C.GoString(C.sqlite3_libversion())) }
