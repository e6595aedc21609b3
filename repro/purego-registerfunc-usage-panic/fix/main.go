// The fix of the page: one return value, as the C function has.
package main

import (
	"fmt"

	"github.com/ebitengine/purego"
)

func main() {
	addr, err := purego.Dlsym(purego.RTLD_DEFAULT, "getpid")
	if err != nil {
		panic(err)
	}
	var getpid func() int32
	purego.RegisterFunc(&getpid, addr)
	fmt.Println("getpid() > 0 is", getpid() > 0)
}
