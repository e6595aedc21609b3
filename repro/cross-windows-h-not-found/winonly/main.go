package main

/*
#include <windows.h>
static unsigned long pid(void) { return GetCurrentProcessId(); }
*/
import "C"

import "fmt"

func main() { fmt.Println("windows process id:", C.pid()) }
