#include "textflag.h"

TEXT ·getpidAddr(SB), NOSPLIT, $0-8
	MOVD $libc_getpid(SB), R0
	MOVD R0, ret+0(FP)
	RET
