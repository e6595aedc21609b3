// Another package of the program uses cgo (here: main itself), so with cgo on the final link is
// done by the external C linker.
package main

// int lab_answer(void) { return 42; }
import "C"

var _ = C.lab_answer
