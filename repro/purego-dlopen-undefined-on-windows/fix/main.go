package main

import "github.com/ebitengine/purego"

func main() {
	lib, err := openLibrary(libName)
	if err != nil {
		panic(err)
	}
	var hello func()
	purego.RegisterLibFunc(&hello, lib, "hello")
	hello()
}
