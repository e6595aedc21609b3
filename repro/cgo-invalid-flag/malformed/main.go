package main

// #cgo LDFLAGS: -L`pwd`/lib
import "C"

import "fmt"

func main() { fmt.Println("built") }
