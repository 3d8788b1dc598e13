/* SPDX-License-Identifier: MIT */
/*
 * FFA_ID_GET for the full dispatch (the leaf handler of id_leaf.h, which
 * the fast lane inlines) and FFA_SPM_ID_GET (DEN0077A v1.2 §13.11), which
 * has no speed goal and so no lane: the full dispatch answers it.
 */
#include "id_leaf.h"

int32_t ffa_handle_id_get(struct ffa_call_ctx *ctx, const struct ffa_id_get_args *args,
			  struct ffa_regs *out)
{
	return ffa_leaf_id_get(ctx, args, out);
}

/* NOT_SUPPORTED when the SPMC did not tell its id (an FF-A 1.0 SPMC). */
int32_t ffa_handle_spm_id_get(struct ffa_call_ctx *ctx, const struct ffa_spm_id_get_args *args,
			      struct ffa_regs *out)
{
	const struct ffa_spm_id_get_result res = { .id = ctx->m->spmc_id };

	(void)args;
	if (!ctx->m->spmc_has_spm_id)
		return FFA_NOT_SUPPORTED;
	ffa_encode_spm_id_get_result(&res, ctx->version, out);
	return FFA_OK;
}
