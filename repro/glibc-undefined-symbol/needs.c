/* libneeds calls foo_new, which only the new libfoo provides. */
int foo_new(void);
int needs_new(void) { return foo_new(); }
