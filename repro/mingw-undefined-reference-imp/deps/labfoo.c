#define LABFOO_STATIC
#include "labfoo.h"
int labfoo_answer(void) { return 42; }
