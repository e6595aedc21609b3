package main

import (
	"fmt"

	"example.com/lab/conv"
)

func main() { fmt.Println("twice 21 =", conv.Twice(21)) }
