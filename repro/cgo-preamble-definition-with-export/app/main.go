package main

/*
#include <stdio.h>

int add(int a, int b) { return a + b; }
*/
import "C"

import "fmt"

//export goCallback
func goCallback() {}

func main() { fmt.Println("sum", C.add(1, 2)) }
