package p

import "lab/q"

func Call() int // implemented in p_amd64.s

// hello is called from p_amd64.s: a Go function of the same package, so the toolchain makes its ABI0 wrapper.
func hello() int { return q.Hello() }
