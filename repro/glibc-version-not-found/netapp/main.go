// No import "C": only net and os/user would use cgo (the glibc resolver and user database).
package main

import (
	"fmt"
	"net"
	"os/user"
)

func main() {
	_, err := net.LookupHost("localhost")
	_, uerr := user.Current()
	fmt.Println("lookup ok:", err == nil, "user ok:", uerr == nil)
}
