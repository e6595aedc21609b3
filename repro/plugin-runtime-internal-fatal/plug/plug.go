// An ordinary plugin; the case builds it with an empty plugin path.
package main

func Hello() string { return "hello" }
