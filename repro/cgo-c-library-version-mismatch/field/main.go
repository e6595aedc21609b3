package main

// #include <lablib.h>
import "C"

import "fmt"

func main() {
	var o C.struct_lab_opts
	o.level = 1
	o.flags = 2
	fmt.Println("lab_run:", C.lab_run(&o))
}
