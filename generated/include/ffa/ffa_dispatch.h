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
#define FFA_CALL_RAW_ERROR (1U << 1)  /* errors go in w0 itself (FFA_VERSION) */
#define FFA_CALL_PENDING (1U << 2)    /* no handler yet: answered NOT_SUPPORTED (spec: mediator: pending) */

/*
 * The arguments of every call a VM can reach; the dispatch keeps one on
 * its stack and a call's decode fills its member.
 */
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
	struct ffa_mem_donate_args mem_donate;
	struct ffa_mem_lend_args mem_lend;
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
 * Decode the call into args and answer it: FFA_OK when out holds the
 * handler's reply, an FF-A status for the dispatch to answer with, or
 * FFA_CALL_INVALID when the decode refused the call (out holds the reply).
 */
typedef int32_t (*ffa_call_fn)(struct ffa_call_ctx *ctx, const struct ffa_regs *in, enum ffa_version v,
			       union ffa_call_args *args, struct ffa_regs *out);
#define FFA_CALL_INVALID 1

/* One row of the dispatch table, indexed by function number. */
struct ffa_call_desc {
	ffa_call_fn call;          /* decode + ffa_handle_<call>(); NULL when a VM cannot reach it */
	const char *name;          /* "MEM_SHARE": ffa_call_name() adds FFA_ and the convention */
	enum ffa_version since[2]; /* [smc64]: first version with that form; FFA_VERSION_NEVER if none */
	enum ffa_version removed;  /* first version without the id; 0 if never removed */
	uint8_t callers;           /* 1 << FFA_INSTANCE_* */
	uint8_t flags;             /* FFA_CALL_* */
};

/* A version no caller has: a form that does not exist starts there. */
#define FFA_VERSION_NEVER ((enum ffa_version)0x7fffffff)

#define FFA_CALLS_FIRST 0x60
#define FFA_CALLS_COUNT 0x31
extern const struct ffa_call_desc ffa_calls[FFA_CALLS_COUNT];

/*
 * Handlers, one per call a VM can reach, implemented by the runtime file of
 * its concern. A handler gets decoded arguments; it either writes a complete
 * reply to out (with the generated encoders) and returns FFA_OK, or returns
 * an FF-A status, which the dispatch turns into FFA_ERROR.
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
int32_t ffa_handle_mem_donate(struct ffa_call_ctx *ctx, const struct ffa_mem_donate_args *args, struct ffa_regs *out);
int32_t ffa_handle_mem_lend(struct ffa_call_ctx *ctx, const struct ffa_mem_lend_args *args, struct ffa_regs *out);
int32_t ffa_handle_mem_share(struct ffa_call_ctx *ctx, const struct ffa_mem_share_args *args, struct ffa_regs *out);
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
	return v >= d->since[smc64] && (d->removed == 0 || v < d->removed);
}

/*
 * The table row of fid when a VM at version v (AArch64 or not) may call
 * it and the mediator answers it, else NULL: the fast path of the gate.
 */
static inline const struct ffa_call_desc *ffa_call_gate(uint32_t fid, enum ffa_version v, bool aarch64)
{
	/* Both conventions' ids of the table's numbers, folded onto 0..COUNT-1. */
	const uint32_t index = (fid & ~FFA_FUNCTION_ID_SMC64_MASK) - (FFA_FUNCTION_ID_SMC32_BASE | FFA_CALLS_FIRST);
	const unsigned int smc64 = (fid & FFA_FUNCTION_ID_SMC64_MASK) != 0;
	const struct ffa_call_desc *d;

	if (index >= FFA_CALLS_COUNT || smc64 > (unsigned int)aarch64)
		return NULL;
	d = &ffa_calls[index];
	if (d->call == NULL || !ffa_call_form_at(d, smc64, v))
		return NULL;
	return d;
}

/*
 * The gating answer for a VM calling fid at version v: FFA_VERDICT_HANDLED
 * when the call may reach its handler, else the reason it may not. The one
 * place version, convention and caller gating lives (FEATURES uses it too).
 */
enum ffa_verdict ffa_gate(uint32_t fid, enum ffa_version v, bool aarch64);

/* The reply to a call ffa_call_gate() refused; FFA_VERDICT_NOT_FFA writes none. */
enum ffa_verdict ffa_dispatch_refused(uint32_t fid, enum ffa_version v, bool aarch64, struct ffa_regs *out);

/* The reply to a call whose handler or decode did not answer FFA_OK. */
enum ffa_verdict ffa_dispatch_failed(int32_t ret, struct ffa_regs *out);

/*
 * Gate, decode and handle one call from a VM. Unless the verdict is
 * FFA_VERDICT_NOT_FFA, out holds the complete reply for the VM. in and out
 * may be the same registers: the call is decoded before out is written.
 */
static inline enum ffa_verdict ffa_dispatch(struct ffa_call_ctx *ctx, enum ffa_version v, bool aarch64,
					    const struct ffa_regs *in, struct ffa_regs *out)
{
	const uint32_t fid = (uint32_t)in->x[0];
	const struct ffa_call_desc *d = ffa_call_gate(fid, v, aarch64);
	union ffa_call_args args;
	int32_t ret;

	if (__builtin_expect(d == NULL, 0))
		return ffa_dispatch_refused(fid, v, aarch64, out);
	ret = d->call(ctx, in, v, &args, out);
	if (__builtin_expect(ret != FFA_OK, 0))
		return ffa_dispatch_failed(ret, out);
	return FFA_VERDICT_HANDLED;
}

/* Writes FFA_ERROR with status into out: x0..x7, the caller's x8..x17 kept. */
void ffa_set_error(struct ffa_regs *out, int32_t status);

/* Feature ids of FFA_FEATURES (w1 bit 31 clear): spec/features.yaml. */
#define FFA_FEATURE_ID_NOTIFICATION_PENDING_INTERRUPT 1
#define FFA_FEATURE_ID_SCHEDULE_RECEIVER_INTERRUPT 2
#define FFA_FEATURE_ID_MANAGED_EXIT_INTERRUPT 3
#define FFA_FEATURE_ID_NOTIFICATION_FEATURES 4

#endif /* FFA_DISPATCH_H */
