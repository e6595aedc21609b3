// qsort bound with a Go func parameter: purego turns the func into a new C callback on every
// call, and after 2000 calls the callback table is full.
package main

import (
	"fmt"
	"unsafe"

	"github.com/ebitengine/purego"
)

func main() {
	libc, err := purego.Dlopen("libc.so.6", purego.RTLD_NOW|purego.RTLD_GLOBAL)
	if err != nil {
		panic(err)
	}
	var qsort func(data []int, n, size uintptr, compar func(a, b *int) int)
	purego.RegisterLibFunc(&qsort, libc, "qsort")
	data := []int{3, 1, 2}
	for i := 0; i < 5000; i++ {
		qsort(data, uintptr(len(data)), unsafe.Sizeof(int(0)), func(a, b *int) int { return *a - *b })
	}
	fmt.Println("sorted 5000 times:", data)
}
