int foo_value(void);
int bar_value(void) { return foo_value() + 1; }
