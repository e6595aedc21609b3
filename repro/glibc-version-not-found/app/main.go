package main

/*
#cgo LDFLAGS: -L${SRCDIR}/../lib -lv
int v1(void);
int v2(void);
*/
import "C"
import "fmt"

func main() { fmt.Println(C.v1(), C.v2()) }
