/* A C program that calls the Go library's OpenPlugin with its first argument. */
#include "libhost.h"

int main(int argc, char **argv) {
	if (argc > 1) OpenPlugin(argv[1]);
	return 0;
}
