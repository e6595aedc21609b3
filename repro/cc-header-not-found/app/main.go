package main

// #include "wrap.h"
import "C"

func main() { _ = C.zmq_version }
