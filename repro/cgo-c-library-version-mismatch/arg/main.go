package main

// #include <lablib.h>
import "C"

import "fmt"

func main() {
	n := C.long(3)
	fmt.Println("lab_count:", C.lab_count(&n))
}
