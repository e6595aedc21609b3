/* 4 MiB of initial-exec TLS: more than glibc's static TLS surplus, so the
   library cannot be dlopen()ed into a running process. */
__attribute__((tls_model("initial-exec"))) __thread char big[4 << 20];
char *tls_ptr(void) { return big; }
