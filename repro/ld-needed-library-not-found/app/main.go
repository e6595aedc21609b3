package main

// #cgo LDFLAGS: -L${SRCDIR}/../lib -lpost
// int post_value(void);
import "C"

import "fmt"

func main() { fmt.Println("post_value =", C.post_value()) }
