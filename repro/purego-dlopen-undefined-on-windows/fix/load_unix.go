//go:build !windows

package main

import "github.com/ebitengine/purego"

const libName = "libhello.so"

func openLibrary(name string) (uintptr, error) {
	return purego.Dlopen(name, purego.RTLD_NOW|purego.RTLD_GLOBAL)
}
