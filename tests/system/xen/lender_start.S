/* SPDX-License-Identifier: MIT */
/*
 * domU 2's entry: an arm64 Image header (Documentation/arch/arm64/
 * booting.rst), which is what Xen's dom0less loader takes, then a stack,
 * a zeroed .bss and a vector table whose synchronous handler notes ESR_EL1
 * and steps over the faulting instruction (the read of a lent page).
 */
	.section .text.head, "ax"
	.global _start
_start:
	b	entry                   /* code0 */
	.long	0                       /* code1 */
	.quad	0x80000                 /* text_offset */
	.quad	__image_end - _start    /* image_size, .bss included */
	.quad	0xa                     /* flags: little endian, 4K pages, anywhere */
	.quad	0, 0, 0                 /* res2-res4 */
	.ascii	"ARM\x64"               /* magic */
	.long	0                       /* res5 */

entry:
	adrp	x1, stack_top
	add	x1, x1, :lo12:stack_top
	mov	sp, x1
	adrp	x1, __bss_start
	add	x1, x1, :lo12:__bss_start
	adrp	x2, __bss_end
	add	x2, x2, :lo12:__bss_end
1:	cmp	x1, x2
	b.hs	2f
	str	xzr, [x1], #8
	b	1b
2:	adrp	x1, vectors
	add	x1, x1, :lo12:vectors
	msr	vbar_el1, x1
	isb
	bl	lender_main
	b	.

	.text
	.balign	2048
vectors:
	.balign	0x80            /* current EL, SP_EL0 */
	b	.
	.balign	0x200           /* current EL, SP_ELx: synchronous */
	stp	x0, x1, [sp, #-16]!
	mrs	x0, esr_el1
	adrp	x1, last_esr
	str	x0, [x1, :lo12:last_esr]
	mrs	x0, elr_el1
	add	x0, x0, #4
	msr	elr_el1, x0
	ldp	x0, x1, [sp], #16
	eret
	.balign	0x800

	.bss
	.balign	16
	.space	8192
stack_top:
