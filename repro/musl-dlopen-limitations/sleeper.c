/* Never calls into Go: it only sleeps, long enough for the Go runtime's start-up thread (started by the
   preloaded library's constructor) to run. Used to show that LD_PRELOAD of the Go library alone crashes. */
#include <stdio.h>
#include <unistd.h>

int main(void) {
	sleep(2);
	puts("sleeper ran");
	return 0;
}
