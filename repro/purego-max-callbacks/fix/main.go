// The fix of the page: make the callback once and pass its uintptr.
package main

import (
	"fmt"
	"unsafe"

	"github.com/ebitengine/purego"
)

var compare = purego.NewCallback(func(a, b *int) int { return *a - *b })

func main() {
	libc, err := purego.Dlopen("libc.so.6", purego.RTLD_NOW|purego.RTLD_GLOBAL)
	if err != nil {
		panic(err)
	}
	var qsort func(data []int, n, size uintptr, compar uintptr)
	purego.RegisterLibFunc(&qsort, libc, "qsort")
	data := []int{3, 1, 2}
	for i := 0; i < 5000; i++ {
		qsort(data, uintptr(len(data)), unsafe.Sizeof(int(0)), compare)
	}
	fmt.Println("sorted 5000 times:", data)
}
