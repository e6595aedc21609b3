// A Go library with one exported function, built as c-shared or c-archive.
package main

import "C"

//export Hello
func Hello() C.int { return 42 }

func main() {}
