/* SPDX-License-Identifier: MIT */
/*
 * Entry from EL3, the exception vectors, and the switch between the
 * hypervisor and a guest vCPU (guest_enter / the lower-EL vectors).
 */
#include "context.h"

	.section .text.entry, "ax"
	.global _start
_start:
	ldr	x1, =__stack_top
	mov	sp, x1
	adr	x1, el2_vectors
	msr	vbar_el2, x1
	isb
	ldr	x1, =__bss_start
	ldr	x2, =__bss_end
1:	cmp	x1, x2
	b.hs	2f
	str	xzr, [x1], #8
	b	1b
2:	bl	hyp_main
	b	.

/*
 * uint64_t guest_enter(struct guest_ctx *ctx): run the guest until it
 * traps to EL2; returns ESR_EL2 with the guest's registers saved in ctx.
 * The hypervisor's callee-saved registers and stack pointer wait in ctx
 * too, so the vector below can come back here.
 */
	.text
	.global guest_enter
guest_enter:
	stp	x19, x20, [x0, #CTX_HOST + 0]
	stp	x21, x22, [x0, #CTX_HOST + 16]
	stp	x23, x24, [x0, #CTX_HOST + 32]
	stp	x25, x26, [x0, #CTX_HOST + 48]
	stp	x27, x28, [x0, #CTX_HOST + 64]
	stp	x29, x30, [x0, #CTX_HOST + 80]
	mov	x1, sp
	str	x1, [x0, #CTX_HOST + 96]
	msr	tpidr_el2, x0
	ldp	x1, x2, [x0, #CTX_ELR]
	msr	elr_el2, x1
	msr	spsr_el2, x2
	ldp	x2, x3, [x0, #16]
	ldp	x4, x5, [x0, #32]
	ldp	x6, x7, [x0, #48]
	ldp	x8, x9, [x0, #64]
	ldp	x10, x11, [x0, #80]
	ldp	x12, x13, [x0, #96]
	ldp	x14, x15, [x0, #112]
	ldp	x16, x17, [x0, #128]
	ldp	x18, x19, [x0, #144]
	ldp	x20, x21, [x0, #160]
	ldp	x22, x23, [x0, #176]
	ldp	x24, x25, [x0, #192]
	ldp	x26, x27, [x0, #208]
	ldp	x28, x29, [x0, #224]
	ldr	x30, [x0, #240]
	ldp	x0, x1, [x0]
	eret

/* A synchronous exception from the guest: save it, return from guest_enter. */
guest_exit:
	stp	x0, x1, [sp, #-16]!
	mrs	x0, tpidr_el2
	stp	x2, x3, [x0, #16]
	stp	x4, x5, [x0, #32]
	stp	x6, x7, [x0, #48]
	stp	x8, x9, [x0, #64]
	stp	x10, x11, [x0, #80]
	stp	x12, x13, [x0, #96]
	stp	x14, x15, [x0, #112]
	stp	x16, x17, [x0, #128]
	stp	x18, x19, [x0, #144]
	stp	x20, x21, [x0, #160]
	stp	x22, x23, [x0, #176]
	stp	x24, x25, [x0, #192]
	stp	x26, x27, [x0, #208]
	stp	x28, x29, [x0, #224]
	str	x30, [x0, #240]
	ldp	x2, x3, [sp], #16
	stp	x2, x3, [x0]
	mrs	x1, elr_el2
	mrs	x2, spsr_el2
	stp	x1, x2, [x0, #CTX_ELR]
	ldr	x1, [x0, #CTX_HOST + 96]
	mov	sp, x1
	ldp	x19, x20, [x0, #CTX_HOST + 0]
	ldp	x21, x22, [x0, #CTX_HOST + 16]
	ldp	x23, x24, [x0, #CTX_HOST + 32]
	ldp	x25, x26, [x0, #CTX_HOST + 48]
	ldp	x27, x28, [x0, #CTX_HOST + 64]
	ldp	x29, x30, [x0, #CTX_HOST + 80]
	mrs	x0, esr_el2
	ret

/* The hypervisor itself faulted, or an interrupt reached EL2: report and stop. */
hyp_fault:
	mrs	x0, esr_el2
	mrs	x1, elr_el2
	mrs	x2, far_el2
	bl	hyp_panic_exception
	b	.

/*
 * void smc_call(struct ffa_regs *r): SMC with x0..x17 from r, the
 * reply written back (SMCCC 1.2 passes x0..x17 both ways).
 */
	.global smc_call
smc_call:
	stp	x0, x30, [sp, #-16]!
	stp	x19, x20, [sp, #-16]!
	ldp	x2, x3, [x0, #16]
	ldp	x4, x5, [x0, #32]
	ldp	x6, x7, [x0, #48]
	ldp	x8, x9, [x0, #64]
	ldp	x10, x11, [x0, #80]
	ldp	x12, x13, [x0, #96]
	ldp	x14, x15, [x0, #112]
	ldp	x16, x17, [x0, #128]
	ldp	x0, x1, [x0]
	smc	#0
	ldp	x19, x20, [sp], #16
	ldr	x18, [sp]
	stp	x0, x1, [x18]
	stp	x2, x3, [x18, #16]
	stp	x4, x5, [x18, #32]
	stp	x6, x7, [x18, #48]
	stp	x8, x9, [x18, #64]
	stp	x10, x11, [x18, #80]
	stp	x12, x13, [x18, #96]
	stp	x14, x15, [x18, #112]
	stp	x16, x17, [x18, #128]
	ldp	x0, x30, [sp], #16
	ret

	.macro	vector target
	.balign	0x80
	b	\target
	.endm

	.balign	0x800
el2_vectors:
	vector	hyp_fault	/* current EL, SP_EL0 */
	vector	hyp_fault
	vector	hyp_fault
	vector	hyp_fault
	vector	hyp_fault	/* current EL, SP_ELx */
	vector	hyp_fault
	vector	hyp_fault
	vector	hyp_fault
	vector	guest_exit	/* lower EL, AArch64: synchronous */
	vector	hyp_fault
	vector	hyp_fault
	vector	hyp_fault
	vector	guest_exit	/* lower EL, AArch32: synchronous */
	vector	hyp_fault
	vector	hyp_fault
	vector	hyp_fault
