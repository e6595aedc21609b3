package main

import (
	"fmt"

	"example.com/lab/old/oldpurego"
)

func main() {
	fmt.Println("linked: stub addresses set is", oldpurego.Linked())
}
