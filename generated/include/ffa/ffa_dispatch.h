/* SPDX-License-Identifier: MIT */
/*
 * Generated from spec/functions.yaml, spec/features.yaml; do not edit.
 * To regenerate: python3 generator/ffagen.py
 * FFA-GEN include/ffa/ffa_dispatch.h
 */
#ifndef FFA_DISPATCH_H
#define FFA_DISPATCH_H

#include "ffa/ffa_calls.h"

/* The runtime's per-call context (VM, vCPU, platform); opaque here. */
struct ffa_call_ctx;

/*
 * What the dispatch did with a call. Every verdict but FFA_VERDICT_NOT_FFA
 * leaves a complete reply in the output registers.
 */
enum ffa_verdict {
	FFA_VERDICT_NOT_FFA,     /* not an FF-A id: the hypervisor handles it */
	FFA_VERDICT_UNKNOWN,     /* FF-A range, no such function: NOT_SUPPORTED */
	FFA_VERDICT_CONVENTION,  /* no such SMC32/SMC64 form, or SMC64 from AArch32: NOT_SUPPORTED */
	FFA_VERDICT_VERSION,     /* not in the caller's negotiated version: NOT_SUPPORTED */
	FFA_VERDICT_CALLER,      /* a VM may not call it: NOT_SUPPORTED */
	FFA_VERDICT_REFUSED,     /* a VM may, this mediator does not offer it: NOT_SUPPORTED */
	FFA_VERDICT_INVALID,     /* an MBZ bit was set: INVALID_PARAMETERS */
	FFA_VERDICT_HANDLED,     /* the handler ran; its reply (maybe an error) is in out */
};

/* Flags of a table row. */
#define FFA_CALL_NEEDS_SPMC (1U << 0) /* offered only if the SPMC implements it */
#define FFA_CALL_PENDING (1U << 1)    /* no handler yet: answered NOT_SUPPORTED (spec: mediator: pending) */
#define FFA_CALL_DISPATCHED (1U << 2) /* a VM reaches it: ffa_dispatch() decodes and answers it */
#define FFA_CALL_REPLY (1U << 3)      /* VMs get it as a reply (spec: reply): FFA_FEATURES offers it */
/* A VM may call it (spec: callers: vm): of FF-A's callers, the only one a mediator meets. */
#define FFA_CALL_VM (1U << 4)

/* The arguments of every call a VM can reach: ffa_dispatch() decodes into its member. */
union ffa_call_args {
	struct ffa_version_args version;
	struct ffa_features_args features;
	struct ffa_rx_release_args rx_release;
	struct ffa_rxtx_map_args rxtx_map;
	struct ffa_rxtx_unmap_args rxtx_unmap;
	struct ffa_partition_info_get_args partition_info_get;
	struct ffa_id_get_args id_get;
	struct ffa_run_args run;
	struct ffa_msg_send_direct_req_args msg_send_direct_req;
	struct ffa_mem_share_args mem_share;
	struct ffa_mem_reclaim_args mem_reclaim;
	struct ffa_mem_frag_rx_args mem_frag_rx;
	struct ffa_mem_frag_tx_args mem_frag_tx;
	struct ffa_notification_bind_args notification_bind;
	struct ffa_notification_unbind_args notification_unbind;
	struct ffa_notification_set_args notification_set;
	struct ffa_notification_get_args notification_get;
	struct ffa_notification_info_get_args notification_info_get;
	struct ffa_spm_id_get_args spm_id_get;
	struct ffa_msg_send2_args msg_send2;
	struct ffa_partition_info_get_regs_args partition_info_get_regs;
	struct ffa_msg_send_direct_req2_args msg_send_direct_req2;
};

/*
 * A version as a table row keeps it: (major << 4) | minor in a byte, in
 * the same order as enum ffa_version (ffa_dispatch.c asserts that every
 * version of the spec fits), so that a row is 4 bytes, not 16.
 */
#define FFA_CALL_VERSION(v)								\
	((uint8_t)(((uint32_t)(v) & FFA_VERSION_NUMBER_MAJOR_MASK) >>			\
		   (FFA_VERSION_NUMBER_MAJOR_SHIFT - 4) |				\
		   ((uint32_t)(v) & FFA_VERSION_NUMBER_MINOR_MASK)))

/* Does FFA_CALL_VERSION() keep v, a major and a minor version below 16 each? */
#define FFA_CALL_VERSION_FITS(v)								\
	((((uint32_t)(v) & FFA_VERSION_NUMBER_MAJOR_MASK) >> FFA_VERSION_NUMBER_MAJOR_SHIFT) < 16 &&	\
	 ((uint32_t)(v) & FFA_VERSION_NUMBER_MINOR_MASK) < 16)

/* A version no caller has: a form that does not exist starts there. */
#define FFA_CALL_VERSION_NEVER ((uint8_t)0xff)

/*
 * One row of the dispatch table, indexed by function number: 4 bytes, its
 * name in ffa_call_names, in the same order.
 */
struct ffa_call_desc {
	uint8_t since[2];          /* [smc64]: FFA_CALL_VERSION() of the first version with that form; NEVER if none */
	/* FFA_CALL_VERSION() of the first version without the id: NEVER if it
	 * stays (one comparison, no test for "never"), 0 in a row FF-A does
	 * not define. */
	uint8_t removed;
	uint8_t flags;             /* FFA_CALL_* */
};

/* Does FF-A define the row's function number? */
static inline bool ffa_call_defined(const struct ffa_call_desc *d)
{
	return d->removed != 0;
}

#define FFA_CALLS_FIRST 0x60
#define FFA_CALLS_COUNT 0x31
extern const struct ffa_call_desc ffa_calls[FFA_CALLS_COUNT];

/*
 * Handlers, one per call a VM can reach, implemented by the runtime file of
 * its concern. A handler gets decoded arguments; it either writes a complete
 * reply to out (with the generated encoders) and returns FFA_OK, or returns
 * an FF-A status, which the dispatch turns into FFA_ERROR. A call with a
 * lane of its own (FFA_LANE_CALLS()) is answered by its lane's
 * ffa_lane_<call>() (ffa_lane.h): the runtime, which sends its id to the
 * lane, defines no ffa_handle_<call>(); another user of ffa_dispatch()
 * defines it with ffa_lane_<call>(). A call answered in another's case
 * (spec: case) has no handler of its own: the other's takes the id called
 * (fid) too.
 */
int32_t ffa_handle_version(struct ffa_call_ctx *ctx, const struct ffa_version_args *args, struct ffa_regs *out);
int32_t ffa_handle_features(struct ffa_call_ctx *ctx, const struct ffa_features_args *args, struct ffa_regs *out);
int32_t ffa_handle_rx_release(struct ffa_call_ctx *ctx, const struct ffa_rx_release_args *args, struct ffa_regs *out);
int32_t ffa_handle_rxtx_map(struct ffa_call_ctx *ctx, const struct ffa_rxtx_map_args *args, struct ffa_regs *out);
int32_t ffa_handle_rxtx_unmap(struct ffa_call_ctx *ctx, const struct ffa_rxtx_unmap_args *args, struct ffa_regs *out);
int32_t ffa_handle_partition_info_get(struct ffa_call_ctx *ctx, const struct ffa_partition_info_get_args *args, struct ffa_regs *out);
int32_t ffa_handle_id_get(struct ffa_call_ctx *ctx, const struct ffa_id_get_args *args, struct ffa_regs *out);
int32_t ffa_handle_run(struct ffa_call_ctx *ctx, const struct ffa_run_args *args, struct ffa_regs *out);
int32_t ffa_handle_msg_send_direct_req(struct ffa_call_ctx *ctx, const struct ffa_msg_send_direct_req_args *args, struct ffa_regs *out);
int32_t ffa_handle_mem_share(struct ffa_call_ctx *ctx, uint32_t fid, const struct ffa_mem_share_args *args, struct ffa_regs *out);
int32_t ffa_handle_mem_reclaim(struct ffa_call_ctx *ctx, const struct ffa_mem_reclaim_args *args, struct ffa_regs *out);
int32_t ffa_handle_mem_frag_tx(struct ffa_call_ctx *ctx, const struct ffa_mem_frag_tx_args *args, struct ffa_regs *out);
int32_t ffa_handle_notification_bind(struct ffa_call_ctx *ctx, const struct ffa_notification_bind_args *args, struct ffa_regs *out);
int32_t ffa_handle_notification_unbind(struct ffa_call_ctx *ctx, const struct ffa_notification_unbind_args *args, struct ffa_regs *out);
int32_t ffa_handle_notification_set(struct ffa_call_ctx *ctx, const struct ffa_notification_set_args *args, struct ffa_regs *out);
int32_t ffa_handle_notification_get(struct ffa_call_ctx *ctx, const struct ffa_notification_get_args *args, struct ffa_regs *out);
int32_t ffa_handle_notification_info_get(struct ffa_call_ctx *ctx, const struct ffa_notification_info_get_args *args, struct ffa_regs *out);
int32_t ffa_handle_spm_id_get(struct ffa_call_ctx *ctx, const struct ffa_spm_id_get_args *args, struct ffa_regs *out);
int32_t ffa_handle_msg_send2(struct ffa_call_ctx *ctx, const struct ffa_msg_send2_args *args, struct ffa_regs *out);
int32_t ffa_handle_partition_info_get_regs(struct ffa_call_ctx *ctx, const struct ffa_partition_info_get_regs_args *args, struct ffa_regs *out);
int32_t ffa_handle_msg_send_direct_req2(struct ffa_call_ctx *ctx, const struct ffa_msg_send_direct_req2_args *args, struct ffa_regs *out);

/* The table row of a function id (either convention), or NULL. */
const struct ffa_call_desc *ffa_call_lookup(uint32_t fid);

/* Printable name of a function id, "FFA_MEM_SHARE_64"; "?" if unknown. */
const char *ffa_call_name(uint32_t fid, char buf[32]);

/* Does the row's SMC32 (smc64 0) or SMC64 form exist at version v? */
static inline bool ffa_call_form_at(const struct ffa_call_desc *d, unsigned int smc64, enum ffa_version v)
{
	const uint8_t at = FFA_CALL_VERSION(v);

	return at >= d->since[smc64] && at < d->removed;
}

/* Does the row's SMC32 (smc64 0) or SMC64 form exist at any version? */
static inline bool ffa_call_has_form(const struct ffa_call_desc *d, unsigned int smc64)
{
	return d->since[smc64] != FFA_CALL_VERSION_NEVER;
}

/*
 * The table row of fid when its form exists for a VM at version v (AArch64
 * or not) and the row has one of flags, else NULL.
 */
static inline const struct ffa_call_desc *ffa_call_row(uint32_t fid, enum ffa_version v, bool aarch64,
						      uint32_t flags)
{
	/* Both conventions' ids of the table's numbers, folded onto 0..COUNT-1. */
	const uint32_t index = (fid & ~FFA_FUNCTION_ID_SMC64_MASK) - (FFA_FUNCTION_ID_SMC32_BASE | FFA_CALLS_FIRST);
	const unsigned int smc64 = (fid & FFA_FUNCTION_ID_SMC64_MASK) != 0;
	const struct ffa_call_desc *d;

	if (index >= FFA_CALLS_COUNT || smc64 > (unsigned int)aarch64)
		return NULL;
	d = &ffa_calls[index];
	if (!(d->flags & flags) || !ffa_call_form_at(d, smc64, v))
		return NULL;
	return d;
}

/*
 * The gating answer for a VM calling fid at version v: FFA_VERDICT_HANDLED
 * when the call may reach its handler, else the reason it may not. The one
 * place version, convention and caller gating lives (FEATURES uses it too).
 */
enum ffa_verdict ffa_gate(uint32_t fid, enum ffa_version v, bool aarch64);

/* The reply to a call the dispatch refused; FFA_VERDICT_NOT_FFA writes none. */
enum ffa_verdict ffa_dispatch_refused(uint32_t fid, enum ffa_version v, bool aarch64, struct ffa_regs *out);

/* A decode refused the call (an MBZ bit set): writes its error reply. */
enum ffa_verdict ffa_refuse_args(struct ffa_regs *out, int32_t status, bool raw);

/* An error in w0 itself (FFA_VERSION), x1..x7 zero. */
void ffa_set_raw_error(struct ffa_regs *out, int32_t status);

/* Writes FFA_ERROR with status into out: x0..x7, the caller's x8..x17 kept. */
void ffa_set_error(struct ffa_regs *out, int32_t status);

/*
 * Gate, decode and handle one call from a VM. Unless the verdict is
 * FFA_VERDICT_NOT_FFA, out holds the complete reply for the VM. in and out
 * may be the same registers: the call is decoded before out is written.
 * A switch on the id, as a hand-written mediator does: each case checks
 * the version (a version before every call's once, before the switch)
 * and for an SMC64 id the caller's execution state, decodes and calls
 * the handler; anything else goes to ffa_dispatch_refused().
 * An includer that sends the ids of the calls with a lane of their own
 * (FFA_LANE_IDS()) to their lanes, never here, defines
 * FFA_DISPATCH_LANES_ELSEWHERE first: its switch then has no case for them.
 */
static inline enum ffa_verdict ffa_dispatch(struct ffa_call_ctx *ctx, enum ffa_version v, bool aarch64,
					    const struct ffa_regs *in, struct ffa_regs *out)
{
	const uint32_t fid = (uint32_t)in->x[0];
	union ffa_call_args args;
	int32_t ret;

	/*
	 * A version before every call's first (a VM being destroyed has 0),
	 * refused once for all: a case tests only a later first version.
	 */
	if (v < FFA_VERSION_1_0)
		goto refused;
	switch (fid) {
	case FFA_VERSION_32:
		ret = ffa_decode_version(in, v, &args.version);
		if (__builtin_expect(ret != FFA_OK, 0))
			return ffa_refuse_args(out, ret, true);
		/* FFA_VERSION reports errors in w0 itself. */
		ret = ffa_handle_version(ctx, &args.version, out);
		if (ret != FFA_OK)
			ffa_set_raw_error(out, ret);
		return FFA_VERDICT_HANDLED;
	case FFA_FEATURES_32:
		ret = ffa_decode_features(in, v, &args.features);
		if (__builtin_expect(ret != FFA_OK, 0))
			return ffa_refuse_args(out, ret, false);
		ret = ffa_handle_features(ctx, &args.features, out);
		break;
	case FFA_RX_RELEASE_32:
		ret = ffa_decode_rx_release(in, v, &args.rx_release);
		if (__builtin_expect(ret != FFA_OK, 0))
			return ffa_refuse_args(out, ret, false);
		ret = ffa_handle_rx_release(ctx, &args.rx_release, out);
		break;
	case FFA_RXTX_MAP_32:
	case FFA_RXTX_MAP_64:
		if (fid == FFA_RXTX_MAP_64 && !aarch64)
			goto refused;
		ret = ffa_decode_rxtx_map(in, v, &args.rxtx_map);
		if (__builtin_expect(ret != FFA_OK, 0))
			return ffa_refuse_args(out, ret, false);
		ret = ffa_handle_rxtx_map(ctx, &args.rxtx_map, out);
		break;
	case FFA_RXTX_UNMAP_32:
		ret = ffa_decode_rxtx_unmap(in, v, &args.rxtx_unmap);
		if (__builtin_expect(ret != FFA_OK, 0))
			return ffa_refuse_args(out, ret, false);
		ret = ffa_handle_rxtx_unmap(ctx, &args.rxtx_unmap, out);
		break;
	case FFA_PARTITION_INFO_GET_32:
		ret = ffa_decode_partition_info_get(in, v, &args.partition_info_get);
		if (__builtin_expect(ret != FFA_OK, 0))
			return ffa_refuse_args(out, ret, false);
		ret = ffa_handle_partition_info_get(ctx, &args.partition_info_get, out);
		break;
	case FFA_ID_GET_32:
		ret = ffa_decode_id_get(in, v, &args.id_get);
		if (__builtin_expect(ret != FFA_OK, 0))
			return ffa_refuse_args(out, ret, false);
		ret = ffa_handle_id_get(ctx, &args.id_get, out);
		break;
	case FFA_RUN_32:
		ret = ffa_decode_run(in, v, &args.run);
		if (__builtin_expect(ret != FFA_OK, 0))
			return ffa_refuse_args(out, ret, false);
		ret = ffa_handle_run(ctx, &args.run, out);
		break;
	case FFA_MSG_SEND_DIRECT_REQ_32:
	case FFA_MSG_SEND_DIRECT_REQ_64:
		if (fid == FFA_MSG_SEND_DIRECT_REQ_64 && !aarch64)
			goto refused;
		ret = ffa_decode_msg_send_direct_req(in, v, &args.msg_send_direct_req);
		if (__builtin_expect(ret != FFA_OK, 0))
			return ffa_refuse_args(out, ret, false);
		ret = ffa_handle_msg_send_direct_req(ctx, &args.msg_send_direct_req, out);
		break;
	case FFA_MEM_SHARE_32:
	case FFA_MEM_SHARE_64:
	case FFA_MEM_DONATE_32:
	case FFA_MEM_DONATE_64:
	case FFA_MEM_LEND_32:
	case FFA_MEM_LEND_64:
		/* And FFA_MEM_DONATE, FFA_MEM_LEND (spec: case): the handler gets the id. */
		if ((fid & FFA_FUNCTION_ID_SMC64_MASK) != 0 && !aarch64)
			goto refused;
		ret = ffa_decode_mem_share_case(in, v, &args.mem_share);
		if (__builtin_expect(ret != FFA_OK, 0))
			return ffa_refuse_args(out, ret, false);
		ret = ffa_handle_mem_share(ctx, fid, &args.mem_share, out);
		break;
	case FFA_MEM_RECLAIM_32:
		ret = ffa_decode_mem_reclaim(in, v, &args.mem_reclaim);
		if (__builtin_expect(ret != FFA_OK, 0))
			return ffa_refuse_args(out, ret, false);
		ret = ffa_handle_mem_reclaim(ctx, &args.mem_reclaim, out);
		break;
	case FFA_MEM_FRAG_RX_32:
		/* FFA_MEM_FRAG_RX: no handler yet (spec: mediator: pending). */
		/* No MBZ bit to check: the arguments are not decoded. */
		ret = FFA_NOT_SUPPORTED;
		break;
	case FFA_MEM_FRAG_TX_32:
		ret = ffa_decode_mem_frag_tx(in, v, &args.mem_frag_tx);
		if (__builtin_expect(ret != FFA_OK, 0))
			return ffa_refuse_args(out, ret, false);
		ret = ffa_handle_mem_frag_tx(ctx, &args.mem_frag_tx, out);
		break;
	case FFA_NOTIFICATION_BIND_32:
		if (v < FFA_VERSION_1_1)
			goto refused;
		ret = ffa_decode_notification_bind(in, v, &args.notification_bind);
		if (__builtin_expect(ret != FFA_OK, 0))
			return ffa_refuse_args(out, ret, false);
		ret = ffa_handle_notification_bind(ctx, &args.notification_bind, out);
		break;
	case FFA_NOTIFICATION_UNBIND_32:
		if (v < FFA_VERSION_1_1)
			goto refused;
		ret = ffa_decode_notification_unbind(in, v, &args.notification_unbind);
		if (__builtin_expect(ret != FFA_OK, 0))
			return ffa_refuse_args(out, ret, false);
		ret = ffa_handle_notification_unbind(ctx, &args.notification_unbind, out);
		break;
	case FFA_NOTIFICATION_SET_32:
		if (v < FFA_VERSION_1_1)
			goto refused;
		ret = ffa_decode_notification_set(in, v, &args.notification_set);
		if (__builtin_expect(ret != FFA_OK, 0))
			return ffa_refuse_args(out, ret, false);
		ret = ffa_handle_notification_set(ctx, &args.notification_set, out);
		break;
	case FFA_NOTIFICATION_GET_32:
		if (v < FFA_VERSION_1_1)
			goto refused;
		ret = ffa_decode_notification_get(in, v, &args.notification_get);
		if (__builtin_expect(ret != FFA_OK, 0))
			return ffa_refuse_args(out, ret, false);
		ret = ffa_handle_notification_get(ctx, &args.notification_get, out);
		break;
	case FFA_NOTIFICATION_INFO_GET_32:
	case FFA_NOTIFICATION_INFO_GET_64:
		if (v < FFA_VERSION_1_1 || (fid == FFA_NOTIFICATION_INFO_GET_64 && !aarch64))
			goto refused;
		ret = ffa_decode_notification_info_get(in, v, &args.notification_info_get);
		if (__builtin_expect(ret != FFA_OK, 0))
			return ffa_refuse_args(out, ret, false);
		ret = ffa_handle_notification_info_get(ctx, &args.notification_info_get, out);
		break;
	case FFA_SPM_ID_GET_32:
		if (v < FFA_VERSION_1_1)
			goto refused;
		ret = ffa_decode_spm_id_get(in, v, &args.spm_id_get);
		if (__builtin_expect(ret != FFA_OK, 0))
			return ffa_refuse_args(out, ret, false);
		ret = ffa_handle_spm_id_get(ctx, &args.spm_id_get, out);
		break;
	case FFA_MSG_SEND2_32:
		if (v < FFA_VERSION_1_1)
			goto refused;
		ret = ffa_decode_msg_send2(in, v, &args.msg_send2);
		if (__builtin_expect(ret != FFA_OK, 0))
			return ffa_refuse_args(out, ret, false);
		ret = ffa_handle_msg_send2(ctx, &args.msg_send2, out);
		break;
#ifndef FFA_DISPATCH_LANES_ELSEWHERE
	case FFA_PARTITION_INFO_GET_REGS_64:
		if (v < FFA_VERSION_1_2 || !aarch64)
			goto refused;
		ret = ffa_decode_partition_info_get_regs(in, v, &args.partition_info_get_regs);
		if (__builtin_expect(ret != FFA_OK, 0))
			return ffa_refuse_args(out, ret, false);
		ret = ffa_handle_partition_info_get_regs(ctx, &args.partition_info_get_regs, out);
		break;
#endif
#ifndef FFA_DISPATCH_LANES_ELSEWHERE
	case FFA_MSG_SEND_DIRECT_REQ2_64:
		if (v < FFA_VERSION_1_2 || !aarch64)
			goto refused;
		ret = ffa_decode_msg_send_direct_req2(in, v, &args.msg_send_direct_req2);
		if (__builtin_expect(ret != FFA_OK, 0))
			return ffa_refuse_args(out, ret, false);
		ret = ffa_handle_msg_send_direct_req2(ctx, &args.msg_send_direct_req2, out);
		break;
#endif
	default:
	/* One call for every refusal: a return in each case would be a copy
	 * of the call per case, its id folded in as a constant. */
	refused:
		return ffa_dispatch_refused(fid, v, aarch64, out);
	}
	if (__builtin_expect(ret != FFA_OK, 0))
		ffa_set_error(out, ret);
	return FFA_VERDICT_HANDLED;
}

/*
 * The leaf calls (spec: leaf), each naming its ffa_dispatch_leaf_<call>()
 * of ffa_leaf.h: X(call) once per call, and X(id, call) once per id, for
 * the runtime's switch.
 */
#define FFA_LEAF_CALLS(X) \
	X(version) \
	X(features) \
	X(id_get) \
	X(notification_get) \
	/* end */
#define FFA_LEAF_IDS(X) \
	X(FFA_VERSION_32, version) \
	X(FFA_FEATURES_32, features) \
	X(FFA_ID_GET_32, id_get) \
	X(FFA_NOTIFICATION_GET_32, notification_get) \
	/* end */

/*
 * The calls with a lane of their own (spec: lane), each naming its
 * ffa_dispatch_lane_<call>() of ffa_lane.h: X(call) once per call, and
 * X(id, call) once per id, for the runtime's switch.
 */
#define FFA_LANE_CALLS(X) \
	X(partition_info_get_regs) \
	X(msg_send_direct_req2) \
	/* end */
#define FFA_LANE_IDS(X) \
	X(FFA_PARTITION_INFO_GET_REGS_64, partition_info_get_regs) \
	X(FFA_MSG_SEND_DIRECT_REQ2_64, msg_send_direct_req2) \
	/* end */

/* Feature ids of FFA_FEATURES (w1 bit 31 clear): spec/features.yaml. */
#define FFA_FEATURE_ID_NOTIFICATION_PENDING_INTERRUPT 1
#define FFA_FEATURE_ID_SCHEDULE_RECEIVER_INTERRUPT 2
#define FFA_FEATURE_ID_MANAGED_EXIT_INTERRUPT 3
#define FFA_FEATURE_ID_NOTIFICATION_FEATURES 4

#endif /* FFA_DISPATCH_H */
