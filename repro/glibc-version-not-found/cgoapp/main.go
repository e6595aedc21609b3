// A program with C code of its own, plus net and os/user.
package main

/*
static int answer(void) { return 42; }
*/
import "C"
import (
	"fmt"
	"net"
	"os/user"
)

func main() {
	_, err := net.LookupHost("localhost")
	_, uerr := user.Current()
	fmt.Println("C says", C.answer(), "lookup ok:", err == nil, "user ok:", uerr == nil)
}
