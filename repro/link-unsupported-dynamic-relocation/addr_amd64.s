#include "textflag.h"

TEXT ·getpidAddr(SB), NOSPLIT, $0-8
	MOVQ $libc_getpid(SB), AX
	MOVQ AX, ret+0(FP)
	RET
