package crosscall

// Enter is implemented in assembly.
func Enter()
