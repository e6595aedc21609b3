// The same program without C code.
package main

func main() { println("hello from Go") }
