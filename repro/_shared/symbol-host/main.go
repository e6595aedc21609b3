// host opens os.Args[1], looks up os.Args[2] and uses it the way
// os.Args[3] says: "int" asserts sym.(int), "func" asserts sym.(func() string).
package main

import (
	"fmt"
	"os"
	"plugin"
)

func main() {
	p, err := plugin.Open(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	sym, err := p.Lookup(os.Args[2])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	switch os.Args[3] {
	case "int":
		n := sym.(int)
		fmt.Println("value:", n)
	case "func":
		f := sym.(func() string)
		fmt.Println("result:", f())
	}
}
