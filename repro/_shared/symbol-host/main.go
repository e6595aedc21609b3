// host opens os.Args[1], looks up os.Args[2] and uses it the way os.Args[3] says: "int" asserts sym.(int), "func"
// sym.(func() string); fixed forms: "*int", "func-int" (func() int), "checked" (two-value sym.(int), prints %T).
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
	// The fixed forms (new cases go below, so the lines above, which panic traces name, stay put).
	case "*int":
		fmt.Println("value:", *sym.(*int))
	case "func-int":
		fmt.Println("result:", sym.(func() int)())
	case "checked":
		n, ok := sym.(int)
		if !ok {
			fmt.Printf("plugin symbol has type %T, want int\n", sym)
			return
		}
		fmt.Println("value:", n)
	}
}
