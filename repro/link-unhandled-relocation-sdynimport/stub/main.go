// The program uses the stub package, and cgo in another file, so with cgo on the external
// linker does the final link.
package main

import (
	"fmt"

	"example.com/lab/stub/asmstub"
)

func main() {
	fmt.Println("linked: stub address set is", asmstub.Linked())
}
