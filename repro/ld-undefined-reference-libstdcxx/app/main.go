package main

// #cgo LDFLAGS: -L${SRCDIR}/../lib -lgreet
// int greet_len(const char *name);
import "C"

import "fmt"

func main() { fmt.Println("greet_len =", C.greet_len(C.CString("gopher"))) }
