/* lablib 1.4: the version installed on the build machine (lab). */
#define LABLIB_VERSION_MAJOR 1
#define LABLIB_VERSION_MINOR 4
struct lab_opts { int level; };
static inline int lab_run(struct lab_opts *o) { return o->level; }
static inline int lab_count(int *n) { return *n; }
