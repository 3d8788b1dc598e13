/* SPDX-License-Identifier: MIT */
/*
 * FFA_ID_GET and FFA_SPM_ID_GET for the full dispatch: the leaf handlers
 * of id_leaf.h, which the fast lane inlines.
 */
#include "id_leaf.h"

int32_t ffa_handle_id_get(struct ffa_call_ctx *ctx, const struct ffa_id_get_args *args,
			  struct ffa_regs *out)
{
	return ffa_leaf_id_get(ctx, args, out);
}

int32_t ffa_handle_spm_id_get(struct ffa_call_ctx *ctx, const struct ffa_spm_id_get_args *args,
			      struct ffa_regs *out)
{
	return ffa_leaf_spm_id_get(ctx, args, out);
}
