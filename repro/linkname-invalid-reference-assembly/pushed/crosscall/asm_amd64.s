#include "textflag.h"

TEXT ·Enter(SB), NOSPLIT, $24-0
	CALL runtime·cgocallback(SB)
	RET
