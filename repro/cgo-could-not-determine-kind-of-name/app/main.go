package main

/*
#include <stdio.h>
*/
import "C"

func main() {
	// frobnicate is declared by no header in the preamble.
	C.frobnicate(C.CString("hi"))
}
