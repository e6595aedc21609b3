/* lablib 2.0: the version the binding was written for (lab). */
#define LABLIB_VERSION_MAJOR 2
#define LABLIB_VERSION_MINOR 0
#define LAB_LEVEL_FAST 9
struct lab_opts { int level; unsigned flags; };
static inline int lab_run(struct lab_opts *o) { return o->level + (int)o->flags; }
static inline int lab_count(long *n) { return (int)*n; }
