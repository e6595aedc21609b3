int v1(void) { return 1; }
int v2(void) { return 2; }
