package main

// #cgo LDFLAGS: -Wl,--whole-archive -Wl,--no-whole-archive
import "C"

import "fmt"

func main() { fmt.Println("built with the flag") }
