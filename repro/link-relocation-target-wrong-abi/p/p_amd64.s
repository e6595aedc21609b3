#include "textflag.h"

TEXT ·Call(SB), NOSPLIT, $8-8
	CALL lab∕q·Hello(SB)
	MOVQ 0(SP), AX
	MOVQ AX, ret+0(FP)
	RET
