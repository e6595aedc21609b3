#include "textflag.h"

TEXT ·Enter(SB), NOSPLIT, $24-0
	BL runtime·load_g(SB)
	BL runtime·cgocallback(SB)
	RET
