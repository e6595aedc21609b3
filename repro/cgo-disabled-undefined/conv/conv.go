package conv

// Twice doubles x (the work is done in C).
func Twice(x int) int { return twice(x) }
