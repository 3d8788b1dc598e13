/* SPDX-License-Identifier: MIT */
/* A guest vCPU's saved registers: shared by start.S and the C side. */
#ifndef EL2_CONTEXT_H
#define EL2_CONTEXT_H

#define CTX_ELR 248     /* elr, then spsr */
#define CTX_HOST 264    /* x19..x30, then sp, of the hypervisor */

#ifndef __ASSEMBLER__
#include <stdint.h>

struct guest_ctx {
	uint64_t x[31];
	uint64_t elr;
	uint64_t spsr;
	uint64_t host[13];
};

_Static_assert(__builtin_offsetof(struct guest_ctx, elr) == CTX_ELR, "CTX_ELR");
_Static_assert(__builtin_offsetof(struct guest_ctx, host) == CTX_HOST, "CTX_HOST");

/* Run the guest until it traps to EL2; returns ESR_EL2. */
uint64_t guest_enter(struct guest_ctx *ctx);
#endif

#endif
