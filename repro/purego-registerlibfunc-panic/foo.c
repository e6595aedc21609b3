/* libfoo: foo_new only in the version the binding expects (-DWITH_NEW). */
int foo_old(void) { return 1; }
#ifdef WITH_NEW
int foo_new(void) { return 2; }
#endif
