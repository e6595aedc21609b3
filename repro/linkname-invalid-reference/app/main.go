package main

import _ "unsafe" // for go:linkname

// A "pull" linkname of an unexported runtime function that the runtime does
// not mark as linkname-able. Go 1.22 links this; Go 1.23 refuses.
//
//go:linkname gcount runtime.gcount
func gcount() int32

func main() { println(gcount()) }
