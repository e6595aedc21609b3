/* A C library installed outside the compiler's default include path (as under /opt or a prefix). */
static inline int labfoo_answer(void) { return 42; }
