// A small main package that turns the library package into a plugin.
package main

import "example.com/lab/lib"

func Hello() string { return lib.Hello() }
