package main

// #cgo LDFLAGS: -L${SRCDIR}/../lib -lwave -Wl,-rpath,${SRCDIR}/../lib
// #include <math.h>
// double wave_at(double x);
// static double peak(double x) { return cos(x) + wave_at(x); }
import "C"

import "fmt"

func main() { fmt.Printf("peak = %.3f\n", float64(C.peak(0))) }
