/* SPDX-License-Identifier: MIT */
/*
 * Call contexts for the generated conformance tests. The runtime's handlers
 * do not use a context yet (they all answer NOT_SUPPORTED, see
 * runtime/src/pending.c), so there is none to give.
 */
#include <stddef.h>

#include "conformance_harness.h"

struct ffa_call_ctx *ffa_conformance_ctx(enum ffa_version v, bool aarch64)
{
	(void)v;
	(void)aarch64;
	return NULL;
}

void ffa_conformance_ctx_release(struct ffa_call_ctx *ctx)
{
	(void)ctx;
}
