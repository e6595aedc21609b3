package main

import (
	"fmt"
	"net"
	"os/user"
)

func main() {
	_, err := net.LookupHost("localhost")
	u, _ := user.Current()
	fmt.Println("lookup ok:", err == nil, "user known:", u != nil)
}
