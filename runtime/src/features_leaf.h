/* SPDX-License-Identifier: MIT */
/*
 * FFA_FEATURES (DEN0077A v1.2 §13.3): a leaf handler (spec/functions.yaml),
 * inline in the fast lane and in features.c around one out-of-line copy of
 * the answer: a call costs the lane fewer instructions than the goal has
 * to spare, a second copy of the answer more bytes.
 */
#ifndef FFA_FEATURES_LEAF_H
#define FFA_FEATURES_LEAF_H

#include "internal.h"

/*
 * May a VM at version v, in AArch64 or not, use feature (a function id),
 * or have it (a feature id)? FFA_OK and w2 of the answer in *properties,
 * or an error (*properties then meaningless). The call's context in
 * parts, so that the fast lane keeps it in registers; from the caller's
 * own state alone, as a leaf handler answers (ffa_leaf.h).
 * Errors: NOT_SUPPORTED for an id the VM may not use (unknown, another
 * convention, SMC64 from AArch32, not at its version, not for VMs, not
 * offered, needing an SPMC that lacks it) and that is no reply it gets,
 * and for a feature id this mediator does not offer or with bits [30:8]
 * set.
 */
int32_t ffa_features_answer(const struct ffa_mediator *m, enum ffa_version v, bool aarch64,
			    uint32_t feature, uint32_t *properties);

/*
 * The answer, encoded at the VM's version; on an error nothing written. Its
 * properties in a variable of their own, not in a result zeroed first:
 * the result is made only for an answer.
 */
static inline int32_t ffa_leaf_features(struct ffa_call_ctx *ctx,
					const struct ffa_features_args *args, struct ffa_regs *out)
{
	uint32_t properties;
	const int32_t ret = ffa_features_answer(ctx->m, ctx->version, ctx->vm->aarch64,
						args->feature, &properties);

	if (ret == FFA_OK) {
		const struct ffa_features_result res = { .properties = properties };

		ffa_encode_features_result(&res, ctx->version, out);
	}
	return ret;
}

#endif /* FFA_FEATURES_LEAF_H */
