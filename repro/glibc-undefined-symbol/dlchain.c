/* dlchain FILE...: dlopen each FILE in order with RTLD_NOW|RTLD_GLOBAL (so a later library can
   use the symbols of an earlier one) and print dlerror() at the first failure (exit 1). */
#include <dlfcn.h>
#include <stdio.h>

int main(int argc, char **argv) {
	for (int i = 1; i < argc; i++) {
		if (!dlopen(argv[i], RTLD_NOW | RTLD_GLOBAL)) {
			printf("dlerror: %s\n", dlerror());
			return 1;
		}
		printf("loaded %s\n", argv[i]);
	}
	return 0;
}
