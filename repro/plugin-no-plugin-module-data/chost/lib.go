// A Go library for C programs (built with -buildmode=c-archive or c-shared) that opens a Go
// plugin: the host of golang/go#18123.
package main

import "C"

import (
	"fmt"
	"plugin"
)

//export OpenPlugin
func OpenPlugin(path *C.char) {
	_, err := plugin.Open(C.GoString(path))
	fmt.Println("plugin.Open:", err)
}

func main() {}
