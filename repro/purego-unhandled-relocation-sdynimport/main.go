// The same program with purego v0.11.2: with cgo on, purego takes dlopen and friends from its
// own cgo package, so the external linker resolves them.
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
	fmt.Println("purego works: getpid() > 0 is", getpid() > 0)
}
