#include <stdio.h>
int foo_old(void);
int foo_new(void);
int main(void) { printf("%d %d\n", foo_old(), foo_new()); return 0; }
