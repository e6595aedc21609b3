package main

// #include <stdio.h>
import "C"

import "fmt"

func main() { fmt.Println("puts returned", C.puts(C.CString("hello from C")) >= 0) }
