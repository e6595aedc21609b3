package main

/*
#include <unistd.h>

// A table of libc function pointers in C data, like SQLite's aSyscall[] in
// os_unix.c: each entry is an absolute data relocation against a symbol
// that comes from libc.so.6 at run time.
typedef void (*lab_fn)(void);
lab_fn lab_syscalls[] = { (lab_fn)close, (lab_fn)access, (lab_fn)getcwd };
static int lab_close(int fd) { return ((int (*)(int))lab_syscalls[0])(fd); }
*/
import "C"
import "fmt"

func main() { fmt.Println("close(-1) returned", C.lab_close(-1)) }
