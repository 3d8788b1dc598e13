/* SPDX-License-Identifier: MIT */
/*
 * FFA_FEATURES for the full dispatch: the leaf handler of features_leaf.h, which
 * the fast lane inlines.
 */
#include "features_leaf.h"

int32_t ffa_handle_features(struct ffa_call_ctx *ctx, const struct ffa_features_args *args,
			    struct ffa_regs *out)
{
	return ffa_leaf_features(ctx, args, out);
}
