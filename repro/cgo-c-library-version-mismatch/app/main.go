package main

/*
#include <lablib.h>
#if LABLIB_VERSION_MAJOR != 2
# error "Invalid lablib version; this binding supports lablib v2.x"
#endif
*/
import "C"

import "fmt"

func main() { fmt.Println("lablib", C.LABLIB_VERSION_MAJOR) }
