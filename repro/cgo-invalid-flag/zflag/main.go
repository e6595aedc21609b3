package main

// #cgo LDFLAGS: -Wl,-z,now
import "C"

import "fmt"

func main() { fmt.Println("built with -Wl,-z,now") }
