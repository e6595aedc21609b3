//go:build windows

package main

import "syscall"

const libName = "hello.dll"

func openLibrary(name string) (uintptr, error) {
	h, err := syscall.LoadLibrary(name)
	return uintptr(h), err
}
