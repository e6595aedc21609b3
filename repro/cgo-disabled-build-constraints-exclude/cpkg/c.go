package cpkg

// #include <stdlib.h>
// static int twice(int x) { return 2 * x; }
import "C"

// Twice doubles x in C.
func Twice(x int) int { return int(C.twice(C.int(x))) }
