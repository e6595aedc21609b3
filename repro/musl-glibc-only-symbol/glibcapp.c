/* An ordinary glibc program: -D_FORTIFY_SOURCE=2 turns printf into
   __printf_chk, and gnu_get_libc_version exists only in glibc. */
#include <gnu/libc-version.h>
#include <stdio.h>
int main(int argc, char **argv) {
	printf("%s glibc %s\n", argv[0], gnu_get_libc_version());
	return 0;
}
