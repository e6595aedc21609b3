package main

import (
	"fmt"

	"lab/p"
)

func main() { fmt.Println(p.Call()) }
