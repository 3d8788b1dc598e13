/* SPDX-License-Identifier: MIT */
#include "sys/semihost.h"

#include <stdint.h>

#define SYS_EXIT 0x18
#define ADP_STOPPED_APPLICATION_EXIT 0x20026

_Noreturn void semihost_exit(int code)
{
	/* SYS_EXIT's AArch64 form: x1 points at {reason, status}. */
	static volatile uint64_t block[2];

	block[0] = ADP_STOPPED_APPLICATION_EXIT;
	block[1] = (uint64_t)(int64_t)code;
	for (;;) {
		register uint64_t x0 __asm__("x0") = SYS_EXIT;
		register uint64_t x1 __asm__("x1") = (uint64_t)block;

		__asm__ volatile("hlt #0xf000" : "+r"(x0) : "r"(x1) : "memory");
	}
}
