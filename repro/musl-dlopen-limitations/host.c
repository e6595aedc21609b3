/* A C host linked against the Go c-archive (or c-shared) library: calls Hello(). */
#include <stdio.h>

extern int Hello(void);

int main(void) {
	printf("Hello() = %d\n", Hello());
	return 0;
}
