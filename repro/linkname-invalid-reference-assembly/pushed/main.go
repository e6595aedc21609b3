// The two references of purego's fakecgo that Go 1.27 development builds rejected, made from a
// package outside the standard library: crosscall.Enter calls runtime·cgocallback (and, on arm64,
// runtime·load_g first). The program only links it; it never calls it.
package main

import (
	"fmt"

	"example.com/lab/pushed/crosscall"
)

var keep = crosscall.Enter

func main() {
	fmt.Println("ok: the references to runtime.cgocallback and runtime.load_g linked", keep != nil)
}
