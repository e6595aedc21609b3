// A cgo program with C++ code of its own (w.cpp, compiled by g++).
package main

// int wrap_len(const char *s);
import "C"

import "fmt"

func main() { fmt.Println("wrap_len =", C.wrap_len(C.CString("hello"))) }
