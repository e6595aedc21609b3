// A host that panics with the error Lookup returns, as many hosts do.
package main

import (
	"os"
	"plugin"
)

func main() {
	p, err := plugin.Open(os.Args[1])
	if err != nil {
		panic(err)
	}
	if _, err := p.Lookup(os.Args[2]); err != nil {
		panic(err)
	}
}
