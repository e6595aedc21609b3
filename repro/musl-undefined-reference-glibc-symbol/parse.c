#include <stdio.h>
#include <string.h>
#include <fcntl.h>
#include <stdlib.h>
int parse_pair(const char *s, char *out, int outlen) {
  int n = 0;
  char word[16];
  if (sscanf(s, "%d %15s", &n, word) != 2) return -1;
  char buf[32];
  memcpy(buf, word, strlen(word) + 1);
  if (n < 0) fprintf(stderr, "negative: %d\n", n);
  snprintf(out, outlen, "%s", buf);
  int fl = fcntl(0, F_GETFL);
  return n + (fl < -1);
}
