#include "textflag.h"

TEXT ·callAsminit(SB), NOSPLIT, $0-0
	BL runtime·asminit(SB)
	RET
