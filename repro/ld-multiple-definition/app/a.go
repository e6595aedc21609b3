package main

// #include "state.h"
import "C"

func a() int { return int(C.bump()) }
