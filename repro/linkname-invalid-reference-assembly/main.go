// A program that uses purego the ordinary way: find getpid in the already loaded C library and
// call it. RTLD_DEFAULT works with glibc and musl alike.
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
