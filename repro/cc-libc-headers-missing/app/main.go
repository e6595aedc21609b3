package main

// #include <stdlib.h>
import "C"

import "fmt"

func main() { C.free(nil); fmt.Println("libc headers found") }
