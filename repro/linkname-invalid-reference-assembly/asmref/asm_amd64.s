#include "textflag.h"

TEXT ·callAsminit(SB), NOSPLIT, $0-0
	CALL runtime·asminit(SB)
	RET
