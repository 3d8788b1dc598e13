/* SPDX-License-Identifier: MIT */
/*
 * What runs at EL2 before Xen: the system test's EL3 firmware starts its
 * simulated SPMC only when EL2 asks through the test-control SiP call
 * (tests/system/common/include/sys/testctl.h), as tests/system/el2 does.
 * This asks for the OP-TEE partition and the SPMC's start, then enters
 * Xen as a boot loader would: MMU off, x0 = the device tree, x1-x3 = 0.
 * Built with -DXEN_PA=... -DDTB_PA=..., linked at SHIM_PA.
 */
#define TESTCTL_CALL 0xC2000F01
#define REPLY_OK 0x6b6f2040             /* "@ ok", little endian */
#define UART_DR 0x09000000
#define SEMIHOST_SYS_EXIT 0x18
#define ADP_STOPPED_APPLICATION_EXIT 0x20026

	.text
	.global _start
_start:
	adr	x1, partition_cmd
	bl	testctl
	adr	x1, spmc_init_cmd
	bl	testctl
	ldr	x0, =DTB_PA
	mov	x1, xzr
	mov	x2, xzr
	mov	x3, xzr
	ldr	x4, =XEN_PA
	br	x4

/* testctl(x1 = a command in a 4 KiB buffer): its reply must say "@ ok". */
testctl:
	mov	x19, x1
	ldr	x0, =TESTCTL_CALL
	mov	x2, #4096
	smc	#0
	cbnz	x0, fail
	ldr	w0, [x19]
	ldr	w1, =REPLY_OK
	cmp	w0, w1
	b.ne	fail
	ret

/* Say so on the UART and end QEMU with status 5 (semihosting). */
fail:
	adr	x1, fail_msg
	ldr	x2, =UART_DR
1:	ldrb	w0, [x1], #1
	cbz	w0, 2f
	strb	w0, [x2]
	b	1b
2:	adr	x1, exit_block
	mov	x0, #SEMIHOST_SYS_EXIT
	hlt	#0xf000
	b	.

	.ltorg
	.balign 16
exit_block:
	.quad	ADP_STOPPED_APPLICATION_EXIT, 5
fail_msg:
	.asciz	"shim: the SPMC at EL3 did not start\n"
	.balign 4096
partition_cmd:
	.asciz	"partition_set 0x8002 behaviour optee"
	.balign 4096
spmc_init_cmd:
	.asciz	"spmc_init"
	.balign 4096
