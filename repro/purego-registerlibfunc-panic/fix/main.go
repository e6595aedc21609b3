// The fix of the page: look an optional symbol up with Dlsym and handle the error.
package main

import (
	"fmt"

	"github.com/ebitengine/purego"
)

func main() {
	libc, err := purego.Dlopen("libc.so.6", purego.RTLD_NOW|purego.RTLD_GLOBAL)
	if err != nil {
		panic(err)
	}
	addr, err := purego.Dlsym(libc, "lab_no_such_function")
	if err != nil {
		fmt.Println("optional symbol missing, using the fallback:", err)
		return
	}
	var hello func() int32
	purego.RegisterFunc(&hello, addr)
	fmt.Println(hello())
}
