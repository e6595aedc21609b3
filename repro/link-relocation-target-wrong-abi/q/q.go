package q

//go:noinline
func Hello() int { return 42 }
