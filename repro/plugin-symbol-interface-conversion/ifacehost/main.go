// Opens the greeter plugin and asserts New as func() api.Greeter, a type both sides share.
package main

import (
	"fmt"
	"os"
	"plugin"

	"example.com/lab/api"
)

func main() {
	p, err := plugin.Open(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	sym, err := p.Lookup("New")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	newGreeter, ok := sym.(func() api.Greeter)
	if !ok {
		fmt.Printf("plugin symbol has type %T, want func() api.Greeter\n", sym)
		os.Exit(1)
	}
	fmt.Println(newGreeter().Greet("plugin"))
}
