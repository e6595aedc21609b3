// host opens every plugin named on the command line, in order, prints
// "opened NAME" or the error plugin.Open returned, and exits 1 if any failed.
package main

import (
	"fmt"
	"os"
	"plugin"
)

func main() {
	failed := false
	for _, name := range os.Args[1:] {
		if _, err := plugin.Open(name); err != nil {
			fmt.Fprintln(os.Stderr, err)
			failed = true
			continue
		}
		fmt.Println("opened", name)
	}
	if failed {
		os.Exit(1)
	}
}
