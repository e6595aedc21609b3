// Calls foo_new only when given an argument: with lazy binding the program starts against a
// libfoo.so without foo_new; with -z now (BIND_NOW) it fails at start-up.
package main

/*
#cgo LDFLAGS: -L${SRCDIR}/../lib -lfoo
int foo_old(void);
int foo_new(void);
*/
import "C"
import (
	"fmt"
	"os"
)

func main() {
	fmt.Println("foo_old =", C.foo_old())
	if len(os.Args) > 1 {
		fmt.Println("foo_new =", C.foo_new())
	}
}
