// A cgo program for the 32-bit libfoo.so in ../lib32 (built with GOARCH=386 CC='gcc -m32').
package main

/*
#cgo LDFLAGS: -L${SRCDIR}/../lib32 -lfoo
int foo_new(void);
*/
import "C"
import "fmt"

func main() { fmt.Println("foo_new =", C.foo_new()) }
