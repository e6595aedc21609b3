// The second fix of the page: one callback for every comparison function, which finds the Go
// function to call in a map, by an ID passed as qsort_r's user-data argument.
package main

import (
	"fmt"
	"sync"
	"unsafe"

	"github.com/ebitengine/purego"
)

var (
	mu       sync.Mutex
	handlers = map[uintptr]func(a, b int) int{}
	nextID   uintptr
)

func register(f func(a, b int) int) uintptr {
	mu.Lock()
	defer mu.Unlock()
	nextID++
	handlers[nextID] = f
	return nextID
}

var dispatch = purego.NewCallback(func(a, b *int, id uintptr) int {
	mu.Lock()
	f := handlers[id]
	mu.Unlock()
	return f(*a, *b)
})

func main() {
	libc, err := purego.Dlopen("libc.so.6", purego.RTLD_NOW|purego.RTLD_GLOBAL)
	if err != nil {
		panic(err)
	}
	var qsortR func(data []int, n, size uintptr, compar uintptr, arg uintptr)
	purego.RegisterLibFunc(&qsortR, libc, "qsort_r")
	data := []int{3, 1, 2}
	for i := 0; i < 5000; i++ {
		// A new Go function value each time, as event handlers are; only the map grows.
		desc := i%2 == 1
		id := register(func(a, b int) int {
			if desc {
				return b - a
			}
			return a - b
		})
		qsortR(data, uintptr(len(data)), unsafe.Sizeof(int(0)), dispatch, id)
	}
	fmt.Println("sorted 5000 times with 5000 Go functions and one callback:", data)
}
