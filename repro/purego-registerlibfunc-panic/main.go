// A binding for a function the loaded library does not export: RegisterLibFunc panics with
// the loader's dlerror text.
package main

import "github.com/ebitengine/purego"

func main() {
	libc, err := purego.Dlopen("libc.so.6", purego.RTLD_NOW|purego.RTLD_GLOBAL)
	if err != nil {
		panic(err)
	}
	var hello func() int32
	purego.RegisterLibFunc(&hello, libc, "lab_no_such_function")
	println(hello())
}
