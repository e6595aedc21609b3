/* A plain C shared library: dlopen succeeds, but it holds no Go module. */
int not_a_go_plugin(void) { return 42; }
