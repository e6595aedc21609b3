#include <math.h>
double wave_at(double x) { return sin(x); }
