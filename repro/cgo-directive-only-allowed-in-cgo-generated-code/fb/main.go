// purego built for FreeBSD with cgo off: its fakecgo package carries //go:cgo_export_dynamic
// directives, which the compiler accepts only in cgo-generated code unless fakecgo is compiled as std.
package main

import (
	"fmt"
	"runtime"

	"github.com/ebitengine/purego"
)

func main() {
	lib := "libc.so.6"
	if runtime.GOOS == "freebsd" {
		lib = "libc.so.7"
	}
	h, err := purego.Dlopen(lib, purego.RTLD_NOW|purego.RTLD_GLOBAL)
	fmt.Println(h != 0, err)
}
