package main

// #cgo pkg-config: labwa
import "C"

import "fmt"

func main() { fmt.Println("built with the flags of labwa.pc") }
