package main

import "fmt"

//go:cgo_import_dynamic libc_getpid getpid "libc.so.6"
//go:cgo_import_dynamic _ _ "libc.so.6"

func getpidAddr() uintptr // in addr_*.s: takes the address of the dynamic import

func main() { fmt.Println(getpidAddr() != 0) }
