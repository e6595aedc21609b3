package main

import (
	"example.com/lab/app/a"
	"example.com/lab/app/b"
)

func main() { println(a.Get(), b.Get()) }
