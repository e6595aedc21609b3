package main

// #cgo pkg-config: labtop
import "C"

import "fmt"

func main() { fmt.Println("built against labtop") }
