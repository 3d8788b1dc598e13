/* SPDX-License-Identifier: MIT */
/*
 * Generated from spec/functions.yaml; do not edit.
 * To regenerate: python3 generator/ffagen.py
 * FFA-GEN include/ffa/ffa_leaf.h
 */
#ifndef FFA_LEAF_H
#define FFA_LEAF_H

/*
 * The fast lane: the calls spec/functions.yaml marks leaf, answered for a
 * VM whose version is frozen and whose calls are not logged, before and
 * without the full dispatch. FFA_LEAF_CALLS() and FFA_LEAF_IDS()
 * (ffa_dispatch.h) list them and their ids for the runtime's switch; ffa_dispatch_leaf_<call>() gates and
 * decodes one as ffa_dispatch() does and answers it with the runtime's
 * ffa_leaf_<call>(), which the includer defines (static inline) before
 * including this header:
 *	int32_t ffa_leaf_version(struct ffa_call_ctx *ctx, const struct ffa_version_args *args, struct ffa_regs *out);
 *	int32_t ffa_leaf_features(struct ffa_call_ctx *ctx, const struct ffa_features_args *args, struct ffa_regs *out);
 *	int32_t ffa_leaf_id_get(struct ffa_call_ctx *ctx, const struct ffa_id_get_args *args, struct ffa_regs *out);
 *	int32_t ffa_leaf_notification_get(struct ffa_call_ctx *ctx, const struct ffa_notification_get_args *args, struct ffa_regs *out);
 * ffa_dispatch_leaf_<call>() takes a call whose x0 is one of the call's
 * ids only, as the runtime's switch sends it (its decode, inline, then
 * tests the id no more).
 * A leaf handler answers from the caller's own state: no lock, no call out,
 * no log. On an error it writes nothing and changes nothing, and the lane
 * leaves the call to ffa_dispatch(), which reports it: errors cost a second
 * try, and the lane needs no error path.
 */

#include "ffa/ffa_dispatch.h"

/* FFA_VERSION: answered (out holds the reply, a success), or left to ffa_dispatch(). */
static inline bool ffa_dispatch_leaf_version(struct ffa_call_ctx *ctx, enum ffa_version v, bool aarch64,
					     const struct ffa_regs *in, struct ffa_regs *out)
{
	const uint32_t fid = (uint32_t)in->x[0];
	struct ffa_version_args args;

	(void)aarch64;
	/* Called with one of its ids only: the decode need not test it again. */
	if (fid != FFA_VERSION_32)
		__builtin_unreachable();
	return !(v < FFA_VERSION_1_0) && ffa_decode_version(in, v, &args) == FFA_OK &&
	       ffa_leaf_version(ctx, &args, out) == FFA_OK;
}

/* FFA_FEATURES: answered (out holds the reply, a success), or left to ffa_dispatch(). */
static inline bool ffa_dispatch_leaf_features(struct ffa_call_ctx *ctx, enum ffa_version v, bool aarch64,
					      const struct ffa_regs *in, struct ffa_regs *out)
{
	const uint32_t fid = (uint32_t)in->x[0];
	struct ffa_features_args args;

	(void)aarch64;
	/* Called with one of its ids only: the decode need not test it again. */
	if (fid != FFA_FEATURES_32)
		__builtin_unreachable();
	return !(v < FFA_VERSION_1_0) && ffa_decode_features(in, v, &args) == FFA_OK &&
	       ffa_leaf_features(ctx, &args, out) == FFA_OK;
}

/* FFA_ID_GET: answered (out holds the reply, a success), or left to ffa_dispatch(). */
static inline bool ffa_dispatch_leaf_id_get(struct ffa_call_ctx *ctx, enum ffa_version v, bool aarch64,
					    const struct ffa_regs *in, struct ffa_regs *out)
{
	const uint32_t fid = (uint32_t)in->x[0];
	struct ffa_id_get_args args;

	(void)aarch64;
	/* Called with one of its ids only: the decode need not test it again. */
	if (fid != FFA_ID_GET_32)
		__builtin_unreachable();
	return !(v < FFA_VERSION_1_0) && ffa_decode_id_get(in, v, &args) == FFA_OK &&
	       ffa_leaf_id_get(ctx, &args, out) == FFA_OK;
}

/* FFA_NOTIFICATION_GET: answered (out holds the reply, a success), or left to ffa_dispatch(). */
static inline bool ffa_dispatch_leaf_notification_get(struct ffa_call_ctx *ctx, enum ffa_version v, bool aarch64,
						      const struct ffa_regs *in, struct ffa_regs *out)
{
	const uint32_t fid = (uint32_t)in->x[0];
	struct ffa_notification_get_args args;

	(void)aarch64;
	/* Called with one of its ids only: the decode need not test it again. */
	if (fid != FFA_NOTIFICATION_GET_32)
		__builtin_unreachable();
	return !(v < FFA_VERSION_1_1) && ffa_decode_notification_get(in, v, &args) == FFA_OK &&
	       ffa_leaf_notification_get(ctx, &args, out) == FFA_OK;
}

#endif /* FFA_LEAF_H */
