int counter = 41;
int *foo_counter(void) { return &counter; }
const char *foo_name(void) { return "foo"; }
int foo_value(void) { return *foo_counter() + (foo_name()[0] == 'f'); }
