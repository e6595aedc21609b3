// Package main's assembly calls runtime·asminit, a runtime assembly function that the runtime
// does not offer to other packages with //go:linkname.
package main

import "fmt"

func callAsminit()

func main() {
	callAsminit()
	fmt.Println("ok: the assembly reference linked")
}
