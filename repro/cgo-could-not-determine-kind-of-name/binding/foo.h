/* The C library's header as installed: the older release, which has foo_v1 but not foo_v2. */
static int foo_v1(void) { return 1; }
