package main

// missing has no body. The empty .s file in this package makes the compiler
// accept that (it assumes an assembly definition), so only the linker notices.
func missing() int

func main() { println(missing()) }
