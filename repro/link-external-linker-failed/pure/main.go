// A program with no C code.
package main

func main() { println("started") }
