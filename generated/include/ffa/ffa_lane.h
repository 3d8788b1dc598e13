/* SPDX-License-Identifier: MIT */
/*
 * Generated from spec/functions.yaml; do not edit.
 * To regenerate: python3 generator/ffagen.py
 * FFA-GEN include/ffa/ffa_lane.h
 */
#ifndef FFA_LANE_H
#define FFA_LANE_H

/*
 * Lanes of their own: the calls spec/functions.yaml marks lane, sent by
 * the runtime's switch on the id straight to their
 * ffa_dispatch_lane_<call>(), which gates, decodes and answers one as
 * ffa_dispatch() does (errors included), without the switch over every
 * id. FFA_LANE_CALLS() and FFA_LANE_IDS() (ffa_dispatch.h) list them and
 * their ids; a lane takes a call whose x0 is one of its call's ids only,
 * as the runtime's switch sends it (its decode then tests the id no
 * more). Each calls the runtime's ffa_lane_<call>(), which the
 * includer defines (static inline, so that it is compiled into the lane)
 * before including this header, and with which its ffa_handle_<call>()
 * answers in ffa_dispatch():
 *	int32_t ffa_lane_partition_info_get_regs(struct ffa_call_ctx *ctx, const struct ffa_partition_info_get_regs_args *args, struct ffa_regs *out);
 *	int32_t ffa_lane_msg_send_direct_req2(struct ffa_call_ctx *ctx, const struct ffa_msg_send_direct_req2_args *args, struct ffa_regs *out);
 */

#include "ffa/ffa_dispatch.h"

/* FFA_PARTITION_INFO_GET_REGS: as its case of ffa_dispatch(), with ffa_lane_partition_info_get_regs(). */
static inline enum ffa_verdict ffa_dispatch_lane_partition_info_get_regs(struct ffa_call_ctx *ctx, enum ffa_version v, bool aarch64,
									 const struct ffa_regs *in, struct ffa_regs *out)
{
	const uint32_t fid = (uint32_t)in->x[0];
	struct ffa_partition_info_get_regs_args args;
	int32_t ret;

	/* Called with one of its ids only: the decode need not test it again. */
	if (fid != FFA_PARTITION_INFO_GET_REGS_64)
		__builtin_unreachable();
	if (v < FFA_VERSION_1_2 || !aarch64)
		return ffa_dispatch_refused(fid, v, aarch64, out);
	ret = ffa_decode_partition_info_get_regs(in, v, &args);
	if (__builtin_expect(ret != FFA_OK, 0))
		return ffa_refuse_args(out, ret, false);
	ret = ffa_lane_partition_info_get_regs(ctx, &args, out);
	if (__builtin_expect(ret != FFA_OK, 0))
		ffa_set_error(out, ret);
	return FFA_VERDICT_HANDLED;
}

/* FFA_MSG_SEND_DIRECT_REQ2: as its case of ffa_dispatch(), with ffa_lane_msg_send_direct_req2(). */
static inline enum ffa_verdict ffa_dispatch_lane_msg_send_direct_req2(struct ffa_call_ctx *ctx, enum ffa_version v, bool aarch64,
								      const struct ffa_regs *in, struct ffa_regs *out)
{
	const uint32_t fid = (uint32_t)in->x[0];
	struct ffa_msg_send_direct_req2_args args;
	int32_t ret;

	/* Called with one of its ids only: the decode need not test it again. */
	if (fid != FFA_MSG_SEND_DIRECT_REQ2_64)
		__builtin_unreachable();
	if (v < FFA_VERSION_1_2 || !aarch64)
		return ffa_dispatch_refused(fid, v, aarch64, out);
	ret = ffa_decode_msg_send_direct_req2(in, v, &args);
	if (__builtin_expect(ret != FFA_OK, 0))
		return ffa_refuse_args(out, ret, false);
	ret = ffa_lane_msg_send_direct_req2(ctx, &args, out);
	if (__builtin_expect(ret != FFA_OK, 0))
		ffa_set_error(out, ret);
	return FFA_VERDICT_HANDLED;
}

#endif /* FFA_LANE_H */
