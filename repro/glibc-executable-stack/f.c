/* A library whose GNU_STACK program header asks for an executable stack (linked with -z execstack,
   or built from an assembly file without a .note.GNU-stack section). */
int f(void) { return 1; }
