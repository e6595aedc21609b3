package main

import (
	"fmt"

	"example.com/lab/cpkg"
)

func main() { fmt.Println("twice 21 =", cpkg.Twice(21)) }
