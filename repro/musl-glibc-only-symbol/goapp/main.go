// A cgo program whose C part calls printf; built with -O2 -D_FORTIFY_SOURCE=2 against glibc it
// needs glibc's __printf_chk.
package main

/*
#include <stdio.h>
static void hello(const char *s) { printf("%s\n", s); fflush(stdout); }
*/
import "C"

func main() { C.hello(C.CString("hello from C")) }
