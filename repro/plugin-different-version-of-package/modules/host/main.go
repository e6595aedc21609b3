// A host module that links example.com/dep and opens the plugin named on the command line.
package main

import (
	"fmt"
	"os"
	"plugin"

	"example.com/dep"
)

func main() {
	fmt.Println("host has dep", dep.Version())
	if _, err := plugin.Open(os.Args[1]); err != nil {
		fmt.Println(err)
		os.Exit(1)
	}
	fmt.Println("opened", os.Args[1])
}
