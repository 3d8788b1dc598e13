/* SPDX-License-Identifier: MIT */
/*
 * FFA_MSG_SEND_DIRECT_REQ2 (DEN0077A v1.2 §15.4): its handler for the
 * lane of its own (spec/functions.yaml: lane; lanes.h), inline there, and
 * the partition checks it shares with FFA_MSG_SEND_DIRECT_REQ (msg.c).
 */
#ifndef FFA_MSG_LANE_H
#define FFA_MSG_LANE_H

#include "internal.h"

static inline bool ffa_msg_prop(const struct ffa_partition *p, uint32_t mask)
{
	return (p->properties & mask) != 0;
}

/*
 * p, the partition id names (NULL for none), if it receives this kind of
 * direct request: DENIED for one that does not receive it (as Hafnium
 * answers); else as ffa_msg_no_partition().
 */
static inline int32_t ffa_msg_receiver(const struct ffa_call_ctx *ctx,
				       const struct ffa_partition *p, uint16_t id,
				       uint32_t recv_mask, bool smc64)
{
	if (p == NULL)
		return ffa_msg_no_partition(ctx, id);
	if (!ffa_msg_prop(p, recv_mask))
		return FFA_DENIED;
	/*
	 * The aarch64 property exists from 1.1; a 1.0 SPMC does not say. The
	 * property first: an AArch64 partition needs no look at the version.
	 */
	if (smc64 && !ffa_msg_prop(p, FFA_PARTITION_PROPERTIES_AARCH64_MASK) &&
	    ctx->m->version >= FFA_VERSION_1_1)
		return FFA_DENIED;
	return FFA_OK;
}

/*
 * The SPMC's DIRECT_RESP2 from partition `from` to this VM, checked and
 * encoded again for the VM (x2/x3 zero, w1's upper half clear). r may be
 * out: the reply is decoded whole before out is written.
 */
static inline bool ffa_msg_relay_resp2(const struct ffa_call_ctx *ctx, const struct ffa_regs *r,
				       uint16_t from, struct ffa_regs *out)
{
	struct ffa_msg_send_direct_resp2_args a;

	if (ffa_decode_msg_send_direct_resp2(r, ctx->m->version, &a) != FFA_OK ||
	    a.source != from || a.destination != ctx->vm->id)
		return false;
	ffa_encode_msg_send_direct_resp2(&a, ctx->version, out);
	return true;
}

/*
 * Errors: NOT_SUPPORTED when the SPMC has no DIRECT_REQ2 (below 1.2); then
 * as FFA_MSG_SEND_DIRECT_REQ, with the DIRECT_REQ2 receive property (FF-A
 * 1.2); a UUID the partition does not serve is the SPMC's to refuse.
 */
static inline int32_t
ffa_lane_msg_send_direct_req2(struct ffa_call_ctx *ctx,
			      const struct ffa_msg_send_direct_req2_args *args,
			      struct ffa_regs *out)
{
	const struct ffa_mediator *m = ctx->m;
	uint64_t caller_x8[FFA_REG_COUNT - FFA_MSG_REG_COUNT];
	int32_t ret;

	/*
	 * In the VM's own registers: the payload, decoded in place, goes to
	 * the partition and back without a copy. Encoded before the checks,
	 * where the compiler still sees that x2..x17 are as decoded and only
	 * x0's and w1's upper halves need clearing: an error below replaces
	 * x0..x7 whole, and x8..x17 are the caller's either way.
	 */
	__builtin_memcpy(caller_x8, &out->x[FFA_MSG_REG_COUNT], sizeof(caller_x8));
	ffa_encode_msg_send_direct_req2(args, m->version, out);
	/* An SPMC below 1.2 (a 1.2 VM over a 1.1 SPMC): not offered at all. */
	if (!ffa_spmc_implements(m, FFA_MSG_SEND_DIRECT_REQ2_64))
		return FFA_NOT_SUPPORTED;
	if (args->source != ctx->vm->id)
		return FFA_INVALID_PARAMETERS;
	ret = ffa_msg_receiver(ctx, ffa_partition_find(m, args->destination), args->destination,
			       FFA_PARTITION_PROPERTIES_DIRECT_REQ2_RECV_MASK, true);
	if (ret != FFA_OK)
		return ret;
	ffa_spmc_call_regs(m, out);
	/* The common reply, checked as msg.c's relay() would, without its dispatch. */
	if (__builtin_expect(ffa_msg_relay_resp2(ctx, out, args->destination, out), 1))
		return FFA_OK;
	return ffa_msg_req2_other_reply(ctx, out, args->destination, caller_x8);
}

#endif /* FFA_MSG_LANE_H */
