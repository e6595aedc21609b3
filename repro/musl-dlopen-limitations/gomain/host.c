#include <stdio.h>
#include "_cgo_export.h"

int host_main(void) {
	printf("Hello() = %d\n", Hello());
	return 0;
}
