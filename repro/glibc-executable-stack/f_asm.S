/* An assembly file without the .note.GNU-stack line: the linker then marks the library as
   needing an executable stack (GNU ld warns "missing .note.GNU-stack section implies executable stack"). */
	.text
	.globl	g
	.type	g, @function
g:
	movl	$2, %eax
	ret
