int counter;
static inline int bump(void) { return ++counter; }
