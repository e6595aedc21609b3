// foo_new compiled as C++: without extern "C" its name is mangled (_Z7foo_newv) and dlsym("foo_new") fails.
#ifdef WITH_EXTERN_C
extern "C" __attribute__((visibility("default"))) int foo_new(void);
#endif
int foo_new(void) { return 2; }
