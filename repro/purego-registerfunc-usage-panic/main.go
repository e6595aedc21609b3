// A Go signature purego cannot call: two return values.
package main

import "github.com/ebitengine/purego"

func main() {
	addr, err := purego.Dlsym(purego.RTLD_DEFAULT, "getpid")
	if err != nil {
		panic(err)
	}
	var getpid func() (int32, error)
	purego.RegisterFunc(&getpid, addr)
}
