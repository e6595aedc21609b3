package main

/*
#cgo LDFLAGS: -L${SRCDIR}/../lib -lfoo
int foo_old(void);
int foo_new(void);
*/
import "C"
import "fmt"

func main() { fmt.Println(C.foo_old(), C.foo_new()) }
