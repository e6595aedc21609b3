/* A plain C library, to show that a static musl program cannot dlopen anything. */
int plain(void) { return 1; }
