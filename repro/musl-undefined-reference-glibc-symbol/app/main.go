package main

// #cgo LDFLAGS: -L${SRCDIR}/../lib -lparse
// int parse_pair(const char *s, char *out, int outlen);
import "C"

import (
	"fmt"
	"unsafe"
)

func main() {
	buf := make([]byte, 32)
	n := C.parse_pair(C.CString("7 gopher"), (*C.char)(unsafe.Pointer(&buf[0])), 32)
	fmt.Println("parse_pair =", n, string(buf[:6]))
}
