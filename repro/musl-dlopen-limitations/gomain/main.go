// The fix for a C host on musl: the executable is a Go program and the former C main
// (host_main in host.c) is compiled into it with cgo, so the Go runtime starts normally.
package main

/*
int host_main(void);
*/
import "C"
import "os"

//export Hello
func Hello() C.int { return 42 }

func main() { os.Exit(int(C.host_main())) }
