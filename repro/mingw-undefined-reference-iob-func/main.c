int old_log(const char *msg);
int main(void) { return old_log("hi\n") < 0; }
