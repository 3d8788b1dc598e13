/* SPDX-License-Identifier: MIT */
/*
 * Reset at EL3: stack, vectors, .data and .bss, el3_main(), then down to
 * the hypervisor at EL2. SMCs from the normal world come back through
 * the lower-EL vector and el3_smc().
 */
	.section .text.entry, "ax"
	.global _start
_start:
	ldr	x0, =__stack_top
	mov	sp, x0
	adr	x0, el3_vectors
	msr	vbar_el3, x0
	msr	cptr_el3, xzr		/* no FP/SIMD traps for lower ELs (SVE, SME: cpu.c) */
	isb
	ldr	x0, =__data_start
	ldr	x1, =__data_end
	ldr	x2, =__data_load
1:	cmp	x0, x1
	b.hs	2f
	ldr	x3, [x2], #8
	str	x3, [x0], #8
	b	1b
2:	ldr	x0, =__bss_start
	ldr	x1, =__bss_end
3:	cmp	x0, x1
	b.hs	4f
	str	xzr, [x0], #8
	b	3b
4:	bl	el3_main
	/* SCR_EL3 from el3_main (NS, HCE, RW, SMC enabled, and what the CPU has); SPSR: EL2h, DAIF masked. */
	msr	scr_el3, x0
	mov	x0, #0x3c9
	msr	spsr_el3, x0
	ldr	x0, =0x30c50830		/* SCTLR_EL2: RES1 bits, MMU and caches off */
	msr	sctlr_el2, x0
	ldr	x0, =0x40200000		/* the hypervisor, loaded there by QEMU */
	msr	elr_el3, x0
	mov	x0, #0
	mov	x1, #0
	mov	x2, #0
	mov	x3, #0
	isb
	eret

/* An SMC from EL2 (or EL1): x0..x30 to the stack, el3_smc() on them, back. */
smc_entry:
	sub	sp, sp, #256
	stp	x0, x1, [sp, #0]
	stp	x2, x3, [sp, #16]
	stp	x4, x5, [sp, #32]
	stp	x6, x7, [sp, #48]
	stp	x8, x9, [sp, #64]
	stp	x10, x11, [sp, #80]
	stp	x12, x13, [sp, #96]
	stp	x14, x15, [sp, #112]
	stp	x16, x17, [sp, #128]
	stp	x18, x19, [sp, #144]
	stp	x20, x21, [sp, #160]
	stp	x22, x23, [sp, #176]
	stp	x24, x25, [sp, #192]
	stp	x26, x27, [sp, #208]
	stp	x28, x29, [sp, #224]
	str	x30, [sp, #240]
	mov	x0, sp
	bl	el3_smc
	ldp	x0, x1, [sp, #0]
	ldp	x2, x3, [sp, #16]
	ldp	x4, x5, [sp, #32]
	ldp	x6, x7, [sp, #48]
	ldp	x8, x9, [sp, #64]
	ldp	x10, x11, [sp, #80]
	ldp	x12, x13, [sp, #96]
	ldp	x14, x15, [sp, #112]
	ldp	x16, x17, [sp, #128]
	ldp	x18, x19, [sp, #144]
	ldp	x20, x21, [sp, #160]
	ldp	x22, x23, [sp, #176]
	ldp	x24, x25, [sp, #192]
	ldp	x26, x27, [sp, #208]
	ldp	x28, x29, [sp, #224]
	ldr	x30, [sp, #240]
	add	sp, sp, #256
	eret

unexpected:
	mrs	x0, esr_el3
	mrs	x1, elr_el3
	mrs	x2, far_el3
	bl	el3_panic_exception
	b	.

	.macro	vector target
	.balign	0x80
	b	\target
	.endm

	.balign	0x800
el3_vectors:
	.rept	8
	vector	unexpected	/* current EL */
	.endr
	vector	smc_entry	/* lower EL, AArch64: synchronous */
	vector	unexpected
	vector	unexpected
	vector	unexpected
	.rept	4
	vector	unexpected	/* lower EL, AArch32 */
	.endr
