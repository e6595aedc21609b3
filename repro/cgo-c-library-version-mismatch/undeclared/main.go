package main

/*
#include <lablib.h>
static int fast_level(void) { return LAB_LEVEL_FAST; }
*/
import "C"

import "fmt"

func main() { fmt.Println("fast level:", C.fast_level()) }
