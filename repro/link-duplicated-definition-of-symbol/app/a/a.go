package a

import _ "unsafe" // for go:linkname

// Both package a and package b define the linker symbol lab_shared_counter
// (like two "fakecgo" copies defining _cgo_init).
//
//go:linkname counter lab_shared_counter
var counter = 1

func Get() int { return counter }
