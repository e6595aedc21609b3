// A host that finds its plugin next to its own executable, whatever the working directory.
package main

import (
	"fmt"
	"log"
	"os"
	"path/filepath"
	"plugin"
)

func main() {
	exe, err := os.Executable()
	if err != nil {
		log.Fatal(err)
	}
	path := filepath.Join(filepath.Dir(exe), "plugins", os.Args[1])
	if _, err := os.Stat(path); err != nil {
		log.Fatalf("plugin: %v", err)
	}
	if _, err := plugin.Open(path); err != nil {
		log.Fatal(err)
	}
	fmt.Println("opened", filepath.Base(path))
}
