// The same program without C code.
package main

func main() { println("started") }
