// A binding that needs foo_new from the library named on the command line.
package main

import (
	"fmt"
	"os"

	"github.com/ebitengine/purego"
)

func main() {
	lib, err := purego.Dlopen(os.Args[1], purego.RTLD_NOW|purego.RTLD_GLOBAL)
	if err != nil {
		panic(err)
	}
	var fooNew func() int32
	purego.RegisterLibFunc(&fooNew, lib, "foo_new")
	fmt.Println("foo_new =", fooNew())
}
