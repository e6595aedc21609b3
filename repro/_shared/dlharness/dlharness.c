/* dlharness FILE [SYMBOL]: dlopen(FILE, RTLD_NOW|RTLD_GLOBAL), optionally
   dlsym(SYMBOL), and print dlerror() on failure (exit 1). */
#include <dlfcn.h>
#include <stdio.h>

int main(int argc, char **argv) {
	void *h = dlopen(argv[1], RTLD_NOW | RTLD_GLOBAL);
	if (!h) {
		printf("dlerror: %s\n", dlerror());
		return 1;
	}
	if (argc > 2 && !dlsym(h, argv[2])) {
		printf("dlerror: %s\n", dlerror());
		return 1;
	}
	printf("loaded %s\n", argv[1]);
	return 0;
}
