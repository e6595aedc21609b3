package main

// Count is a package-level variable: Lookup returns a *int, not an int.
var Count = 3

// Answer returns an int; the host asserts func() string.
func Answer() int { return 42 }
