/* The library the program asks for with -lnonexistent, built into $TMP/nonexistent/lib. */
int nonexistent_version(void) { return 1; }
