// A library-style call into C without cgo: getpid is imported from libc.so.6 with
// //go:cgo_import_dynamic and an assembly stub jumps to the import (the pattern of purego's and
// goffi's stubs).
package asmstub

import "unsafe"

//go:cgo_import_dynamic lab_getpid getpid "libc.so.6"
//go:cgo_import_dynamic _ _ "libc.so.6"

//go:linkname lab_getpid_stub lab_getpid_stub
var lab_getpid_stub uint8

// Linked reports whether the stub got an address.
func Linked() bool { return uintptr(unsafe.Pointer(&lab_getpid_stub)) != 0 }
