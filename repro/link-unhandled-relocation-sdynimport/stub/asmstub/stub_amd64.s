#include "textflag.h"

TEXT lab_getpid_stub(SB), NOSPLIT|NOFRAME, $0-0
	JMP lab_getpid(SB)
