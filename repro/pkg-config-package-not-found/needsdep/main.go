package main

// #cgo pkg-config: labbar
import "C"

func main() {}
