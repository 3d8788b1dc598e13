/* SPDX-License-Identifier: MIT */
/*
 * FFA_ID_GET (DEN0077A v1.2 §13.10): a leaf handler (spec/functions.yaml),
 * inline in the fast lane and in id.c.
 */
#ifndef FFA_ID_LEAF_H
#define FFA_ID_LEAF_H

#include "internal.h"

static inline int32_t ffa_leaf_id_get(struct ffa_call_ctx *ctx, const struct ffa_id_get_args *args,
				      struct ffa_regs *out)
{
	const struct ffa_id_get_result res = { .id = ctx->vm->id };

	(void)args;
	ffa_encode_id_get_result(&res, ctx->version, out);
	return FFA_OK;
}

#endif /* FFA_ID_LEAF_H */
