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

enum ffa_mediator_action {
	FFA_MEDIATOR_HANDLE,
	FFA_MEDIATOR_FORWARD,
	FFA_MEDIATOR_REFUSE,
};

#define FFA_CONV_SMC32 (1U << 0)
#define FFA_CONV_SMC64 (1U << 1)

typedef enum ffa_verdict (*ffa_call_fn)(struct ffa_call_ctx *ctx, const struct ffa_regs *in, enum ffa_version v, struct ffa_regs *out);

/* One row of the dispatch table. */
struct ffa_call_desc {
	const char *name;         /* "FFA_MEM_SHARE" */
	uint16_t number;
	uint8_t conventions;      /* FFA_CONV_* */
	uint8_t callers;          /* 1 << FFA_INSTANCE_* */
	uint8_t mediator;         /* enum ffa_mediator_action */
	bool needs_spmc;          /* offered only if the SPMC implements it */
	enum ffa_version since;
	enum ffa_version smc64_since; /* 0: same as since */
	enum ffa_version removed;     /* 0: never */
	/* Derived for the fast path: first version of each form
	 * (FFA_VERSION_NEVER when the form does not exist), first version
	 * without the id (FFA_VERSION_NEVER when never removed). */
	enum ffa_version first32;
	enum ffa_version first64;
	enum ffa_version until;
	ffa_call_fn call;         /* decode + ffa_handle_<call>(); NULL when a VM cannot reach it */
};

/* A version no caller has: a form that does not exist starts there. */
#define FFA_VERSION_NEVER ((enum ffa_version)0x7fffffff)

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
int32_t ffa_handle_mem_frag_rx(struct ffa_call_ctx *ctx, const struct ffa_mem_frag_rx_args *args, struct ffa_regs *out);
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

/*
 * The gating answer for a VM calling fid at version v: FFA_VERDICT_HANDLED
 * when the call may reach its handler, else the reason it may not. The one
 * place version, convention and caller gating lives (FEATURES uses it too).
 */
enum ffa_verdict ffa_gate(uint32_t fid, enum ffa_version v, bool aarch64);

/* The table row of fid when ffa_gate() says FFA_VERDICT_HANDLED, else NULL. */
const struct ffa_call_desc *ffa_gate_row(uint32_t fid, enum ffa_version v, bool aarch64);

/*
 * Gate, decode and handle one call from a VM. Unless the verdict is
 * FFA_VERDICT_NOT_FFA, out holds the complete reply for the VM. in and out
 * may be the same registers: the call is decoded before out is written.
 */
enum ffa_verdict ffa_dispatch(struct ffa_call_ctx *ctx, enum ffa_version v, bool aarch64, const struct ffa_regs *in, struct ffa_regs *out);

/* Writes FFA_ERROR with status into out, zeroing every other register. */
void ffa_set_error(struct ffa_regs *out, int32_t status);

/* Feature ids of FFA_FEATURES (w1 bit 31 clear): spec/features.yaml. */
#define FFA_FEATURE_ID_NOTIFICATION_PENDING_INTERRUPT 1
#define FFA_FEATURE_ID_SCHEDULE_RECEIVER_INTERRUPT 2
#define FFA_FEATURE_ID_MANAGED_EXIT_INTERRUPT 3
#define FFA_FEATURE_ID_NOTIFICATION_FEATURES 4

/* Feature ids of FFA_FEATURES (w1 bit 31 clear). */
struct ffa_feature_id_desc {
	const char *name;
	uint8_t id;
	enum ffa_version since;
};
extern const struct ffa_feature_id_desc ffa_feature_ids[4];

#endif /* FFA_DISPATCH_H */
