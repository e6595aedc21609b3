package main

// #cgo linux pkg-config: gtk+-3.0 webkit2gtk-4.0
// #include <webkit2/webkit2.h>
import "C"

func main() {}
