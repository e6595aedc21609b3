// purego.Dlopen and the RTLD_ constants exist only for Unix-like targets.
package main

import "github.com/ebitengine/purego"

func main() {
	lib, err := purego.Dlopen("hello.dll", purego.RTLD_NOW|purego.RTLD_GLOBAL)
	if err != nil {
		panic(err)
	}
	var hello func()
	purego.RegisterLibFunc(&hello, lib, "hello")
	hello()
}
