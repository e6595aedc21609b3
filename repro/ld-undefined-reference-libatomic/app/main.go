package main

// #include <stdint.h>
// typedef struct { uint64_t a, b; } pair;
// static pair shared = {40, 2};
// static int load_pair(void) {
//   pair p;
//   __atomic_load(&shared, &p, __ATOMIC_SEQ_CST); // 16 bytes: a libatomic call on x86-64
//   return (int)(p.a + p.b);
// }
import "C"

import "fmt"

func main() { fmt.Println("load_pair =", C.load_pair()) }
