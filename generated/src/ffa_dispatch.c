/* SPDX-License-Identifier: MIT */
/*
 * Generated from spec/functions.yaml, spec/features.yaml; do not edit.
 * To regenerate: python3 generator/ffagen.py
 * FFA-GEN src/ffa_dispatch.c
 */
#include "ffa/ffa_dispatch.h"

#define ID_BASE_MASK (~(uint32_t)(FFA_FUNCTION_ID_SMC64_MASK | FFA_FUNCTION_ID_NUMBER_MASK))
_Static_assert(FFA_CALLS_FIRST == FFA_FUNCTION_NUMBER_FIRST, "the table starts at FF-A's first number");

/* x0..x7 only: the caller's x8..x17 carry no result and are preserved. */
void ffa_set_error(struct ffa_regs *out, int32_t status)
{
	const struct ffa_error_args e = { .error_code = status };

	ffa_encode_error(&e, FFA_VERSION_MEDIATOR_MAX, out);
}

/* An error in w0 itself (FFA_VERSION), x1..x7 zero. */
static void set_raw_error(struct ffa_regs *out, int32_t status)
{
	int i;

	out->x[0] = (uint32_t)status;
	for (i = 1; i < FFA_MSG_REG_COUNT; i++)
		out->x[i] = 0;
}

/* A decode refused the call (an MBZ bit set): its error reply. */
static __attribute__((__noinline__, __cold__)) int32_t refuse_args(struct ffa_regs *out, int32_t status, bool raw)
{
	/* A raw-error call reports any invalid input as NOT_SUPPORTED. */
	if (raw)
		set_raw_error(out, FFA_NOT_SUPPORTED);
	else
		ffa_set_error(out, status);
	return FFA_CALL_INVALID;
}

/* FFA_VERSION */
static int32_t call_version(struct ffa_call_ctx *ctx, const struct ffa_regs *in, enum ffa_version v,
			   union ffa_call_args *args, struct ffa_regs *out)
{
	const int32_t ret = ffa_decode_version(in, v, &args->version);
	int32_t status;

	if (ret != FFA_OK)
		return refuse_args(out, ret, true);
	/* FFA_VERSION reports errors in w0 itself. */
	status = ffa_handle_version(ctx, &args->version, out);
	if (status != FFA_OK)
		set_raw_error(out, status);
	return FFA_OK;
}

/* FFA_FEATURES */
static int32_t call_features(struct ffa_call_ctx *ctx, const struct ffa_regs *in, enum ffa_version v,
			    union ffa_call_args *args, struct ffa_regs *out)
{
	const int32_t ret = ffa_decode_features(in, v, &args->features);

	if (ret != FFA_OK)
		return refuse_args(out, ret, false);
	return ffa_handle_features(ctx, &args->features, out);
}

/* FFA_RX_RELEASE */
static int32_t call_rx_release(struct ffa_call_ctx *ctx, const struct ffa_regs *in, enum ffa_version v,
			      union ffa_call_args *args, struct ffa_regs *out)
{
	const int32_t ret = ffa_decode_rx_release(in, v, &args->rx_release);

	if (ret != FFA_OK)
		return refuse_args(out, ret, false);
	return ffa_handle_rx_release(ctx, &args->rx_release, out);
}

/* FFA_RXTX_MAP */
static int32_t call_rxtx_map(struct ffa_call_ctx *ctx, const struct ffa_regs *in, enum ffa_version v,
			    union ffa_call_args *args, struct ffa_regs *out)
{
	const int32_t ret = ffa_decode_rxtx_map(in, v, &args->rxtx_map);

	if (ret != FFA_OK)
		return refuse_args(out, ret, false);
	return ffa_handle_rxtx_map(ctx, &args->rxtx_map, out);
}

/* FFA_RXTX_UNMAP */
static int32_t call_rxtx_unmap(struct ffa_call_ctx *ctx, const struct ffa_regs *in, enum ffa_version v,
			      union ffa_call_args *args, struct ffa_regs *out)
{
	const int32_t ret = ffa_decode_rxtx_unmap(in, v, &args->rxtx_unmap);

	if (ret != FFA_OK)
		return refuse_args(out, ret, false);
	return ffa_handle_rxtx_unmap(ctx, &args->rxtx_unmap, out);
}

/* FFA_PARTITION_INFO_GET */
static int32_t call_partition_info_get(struct ffa_call_ctx *ctx, const struct ffa_regs *in, enum ffa_version v,
				      union ffa_call_args *args, struct ffa_regs *out)
{
	const int32_t ret = ffa_decode_partition_info_get(in, v, &args->partition_info_get);

	if (ret != FFA_OK)
		return refuse_args(out, ret, false);
	return ffa_handle_partition_info_get(ctx, &args->partition_info_get, out);
}

/* FFA_ID_GET */
static int32_t call_id_get(struct ffa_call_ctx *ctx, const struct ffa_regs *in, enum ffa_version v,
			  union ffa_call_args *args, struct ffa_regs *out)
{
	const int32_t ret = ffa_decode_id_get(in, v, &args->id_get);

	if (ret != FFA_OK)
		return refuse_args(out, ret, false);
	return ffa_handle_id_get(ctx, &args->id_get, out);
}

/* FFA_RUN */
static int32_t call_run(struct ffa_call_ctx *ctx, const struct ffa_regs *in, enum ffa_version v,
		       union ffa_call_args *args, struct ffa_regs *out)
{
	const int32_t ret = ffa_decode_run(in, v, &args->run);

	if (ret != FFA_OK)
		return refuse_args(out, ret, false);
	return ffa_handle_run(ctx, &args->run, out);
}

/* FFA_MSG_SEND_DIRECT_REQ */
static int32_t call_msg_send_direct_req(struct ffa_call_ctx *ctx, const struct ffa_regs *in, enum ffa_version v,
				       union ffa_call_args *args, struct ffa_regs *out)
{
	const int32_t ret = ffa_decode_msg_send_direct_req(in, v, &args->msg_send_direct_req);

	if (ret != FFA_OK)
		return refuse_args(out, ret, false);
	return ffa_handle_msg_send_direct_req(ctx, &args->msg_send_direct_req, out);
}

/* FFA_MEM_DONATE */
static int32_t call_mem_donate(struct ffa_call_ctx *ctx, const struct ffa_regs *in, enum ffa_version v,
			      union ffa_call_args *args, struct ffa_regs *out)
{
	const int32_t ret = ffa_decode_mem_donate(in, v, &args->mem_donate);

	if (ret != FFA_OK)
		return refuse_args(out, ret, false);
	return ffa_handle_mem_donate(ctx, &args->mem_donate, out);
}

/* FFA_MEM_LEND */
static int32_t call_mem_lend(struct ffa_call_ctx *ctx, const struct ffa_regs *in, enum ffa_version v,
			    union ffa_call_args *args, struct ffa_regs *out)
{
	const int32_t ret = ffa_decode_mem_lend(in, v, &args->mem_lend);

	if (ret != FFA_OK)
		return refuse_args(out, ret, false);
	return ffa_handle_mem_lend(ctx, &args->mem_lend, out);
}

/* FFA_MEM_SHARE */
static int32_t call_mem_share(struct ffa_call_ctx *ctx, const struct ffa_regs *in, enum ffa_version v,
			     union ffa_call_args *args, struct ffa_regs *out)
{
	const int32_t ret = ffa_decode_mem_share(in, v, &args->mem_share);

	if (ret != FFA_OK)
		return refuse_args(out, ret, false);
	return ffa_handle_mem_share(ctx, &args->mem_share, out);
}

/* FFA_MEM_RECLAIM */
static int32_t call_mem_reclaim(struct ffa_call_ctx *ctx, const struct ffa_regs *in, enum ffa_version v,
			       union ffa_call_args *args, struct ffa_regs *out)
{
	const int32_t ret = ffa_decode_mem_reclaim(in, v, &args->mem_reclaim);

	if (ret != FFA_OK)
		return refuse_args(out, ret, false);
	return ffa_handle_mem_reclaim(ctx, &args->mem_reclaim, out);
}

/* FFA_MEM_FRAG_RX: not implemented yet (spec: mediator: pending) */
static int32_t call_mem_frag_rx(struct ffa_call_ctx *ctx, const struct ffa_regs *in, enum ffa_version v,
			       union ffa_call_args *args, struct ffa_regs *out)
{
	const int32_t ret = ffa_decode_mem_frag_rx(in, v, &args->mem_frag_rx);

	if (ret != FFA_OK)
		return refuse_args(out, ret, false);
	(void)ctx;
	return FFA_NOT_SUPPORTED;
}

/* FFA_MEM_FRAG_TX */
static int32_t call_mem_frag_tx(struct ffa_call_ctx *ctx, const struct ffa_regs *in, enum ffa_version v,
			       union ffa_call_args *args, struct ffa_regs *out)
{
	const int32_t ret = ffa_decode_mem_frag_tx(in, v, &args->mem_frag_tx);

	if (ret != FFA_OK)
		return refuse_args(out, ret, false);
	return ffa_handle_mem_frag_tx(ctx, &args->mem_frag_tx, out);
}

/* FFA_NOTIFICATION_BIND */
static int32_t call_notification_bind(struct ffa_call_ctx *ctx, const struct ffa_regs *in, enum ffa_version v,
				     union ffa_call_args *args, struct ffa_regs *out)
{
	const int32_t ret = ffa_decode_notification_bind(in, v, &args->notification_bind);

	if (ret != FFA_OK)
		return refuse_args(out, ret, false);
	return ffa_handle_notification_bind(ctx, &args->notification_bind, out);
}

/* FFA_NOTIFICATION_UNBIND */
static int32_t call_notification_unbind(struct ffa_call_ctx *ctx, const struct ffa_regs *in, enum ffa_version v,
				       union ffa_call_args *args, struct ffa_regs *out)
{
	const int32_t ret = ffa_decode_notification_unbind(in, v, &args->notification_unbind);

	if (ret != FFA_OK)
		return refuse_args(out, ret, false);
	return ffa_handle_notification_unbind(ctx, &args->notification_unbind, out);
}

/* FFA_NOTIFICATION_SET */
static int32_t call_notification_set(struct ffa_call_ctx *ctx, const struct ffa_regs *in, enum ffa_version v,
				    union ffa_call_args *args, struct ffa_regs *out)
{
	const int32_t ret = ffa_decode_notification_set(in, v, &args->notification_set);

	if (ret != FFA_OK)
		return refuse_args(out, ret, false);
	return ffa_handle_notification_set(ctx, &args->notification_set, out);
}

/* FFA_NOTIFICATION_GET */
static int32_t call_notification_get(struct ffa_call_ctx *ctx, const struct ffa_regs *in, enum ffa_version v,
				    union ffa_call_args *args, struct ffa_regs *out)
{
	const int32_t ret = ffa_decode_notification_get(in, v, &args->notification_get);

	if (ret != FFA_OK)
		return refuse_args(out, ret, false);
	return ffa_handle_notification_get(ctx, &args->notification_get, out);
}

/* FFA_NOTIFICATION_INFO_GET */
static int32_t call_notification_info_get(struct ffa_call_ctx *ctx, const struct ffa_regs *in, enum ffa_version v,
					 union ffa_call_args *args, struct ffa_regs *out)
{
	const int32_t ret = ffa_decode_notification_info_get(in, v, &args->notification_info_get);

	if (ret != FFA_OK)
		return refuse_args(out, ret, false);
	return ffa_handle_notification_info_get(ctx, &args->notification_info_get, out);
}

/* FFA_SPM_ID_GET */
static int32_t call_spm_id_get(struct ffa_call_ctx *ctx, const struct ffa_regs *in, enum ffa_version v,
			      union ffa_call_args *args, struct ffa_regs *out)
{
	const int32_t ret = ffa_decode_spm_id_get(in, v, &args->spm_id_get);

	if (ret != FFA_OK)
		return refuse_args(out, ret, false);
	return ffa_handle_spm_id_get(ctx, &args->spm_id_get, out);
}

/* FFA_MSG_SEND2 */
static int32_t call_msg_send2(struct ffa_call_ctx *ctx, const struct ffa_regs *in, enum ffa_version v,
			     union ffa_call_args *args, struct ffa_regs *out)
{
	const int32_t ret = ffa_decode_msg_send2(in, v, &args->msg_send2);

	if (ret != FFA_OK)
		return refuse_args(out, ret, false);
	return ffa_handle_msg_send2(ctx, &args->msg_send2, out);
}

/* FFA_PARTITION_INFO_GET_REGS */
static int32_t call_partition_info_get_regs(struct ffa_call_ctx *ctx, const struct ffa_regs *in, enum ffa_version v,
					   union ffa_call_args *args, struct ffa_regs *out)
{
	const int32_t ret = ffa_decode_partition_info_get_regs(in, v, &args->partition_info_get_regs);

	if (ret != FFA_OK)
		return refuse_args(out, ret, false);
	return ffa_handle_partition_info_get_regs(ctx, &args->partition_info_get_regs, out);
}

/* FFA_MSG_SEND_DIRECT_REQ2 */
static int32_t call_msg_send_direct_req2(struct ffa_call_ctx *ctx, const struct ffa_regs *in, enum ffa_version v,
					union ffa_call_args *args, struct ffa_regs *out)
{
	const int32_t ret = ffa_decode_msg_send_direct_req2(in, v, &args->msg_send_direct_req2);

	if (ret != FFA_OK)
		return refuse_args(out, ret, false);
	return ffa_handle_msg_send_direct_req2(ctx, &args->msg_send_direct_req2, out);
}

const struct ffa_call_desc ffa_calls[FFA_CALLS_COUNT] = {
	[FFA_FN_ERROR - FFA_CALLS_FIRST] = {
		.name = "ERROR",
		.since = { FFA_VERSION_1_0, FFA_VERSION_NEVER },
		.callers = (1U << FFA_INSTANCE_VM) | (1U << FFA_INSTANCE_HYP) | (1U << FFA_INSTANCE_SP) | (1U << FFA_INSTANCE_SPMC),
	},
	[FFA_FN_SUCCESS - FFA_CALLS_FIRST] = {
		.name = "SUCCESS",
		.since = { FFA_VERSION_1_0, FFA_VERSION_1_0 },
		.callers = (1U << FFA_INSTANCE_VM) | (1U << FFA_INSTANCE_HYP) | (1U << FFA_INSTANCE_SP) | (1U << FFA_INSTANCE_SPMC),
	},
	[FFA_FN_INTERRUPT - FFA_CALLS_FIRST] = {
		.name = "INTERRUPT",
		.since = { FFA_VERSION_1_0, FFA_VERSION_NEVER },
		.callers = (1U << FFA_INSTANCE_HYP) | (1U << FFA_INSTANCE_SPMC),
	},
	[FFA_FN_VERSION - FFA_CALLS_FIRST] = {
		.call = call_version,
		.name = "VERSION",
		.since = { FFA_VERSION_1_0, FFA_VERSION_NEVER },
		.callers = (1U << FFA_INSTANCE_VM) | (1U << FFA_INSTANCE_HYP) | (1U << FFA_INSTANCE_SP) | (1U << FFA_INSTANCE_SPMC),
		.flags = FFA_CALL_RAW_ERROR,
	},
	[FFA_FN_FEATURES - FFA_CALLS_FIRST] = {
		.call = call_features,
		.name = "FEATURES",
		.since = { FFA_VERSION_1_0, FFA_VERSION_NEVER },
		.callers = (1U << FFA_INSTANCE_VM) | (1U << FFA_INSTANCE_HYP) | (1U << FFA_INSTANCE_SP) | (1U << FFA_INSTANCE_SPMC),
	},
	[FFA_FN_RX_RELEASE - FFA_CALLS_FIRST] = {
		.call = call_rx_release,
		.name = "RX_RELEASE",
		.since = { FFA_VERSION_1_0, FFA_VERSION_NEVER },
		.callers = (1U << FFA_INSTANCE_VM) | (1U << FFA_INSTANCE_HYP) | (1U << FFA_INSTANCE_SP),
	},
	[FFA_FN_RXTX_MAP - FFA_CALLS_FIRST] = {
		.call = call_rxtx_map,
		.name = "RXTX_MAP",
		.since = { FFA_VERSION_1_0, FFA_VERSION_1_0 },
		.callers = (1U << FFA_INSTANCE_VM) | (1U << FFA_INSTANCE_HYP) | (1U << FFA_INSTANCE_SP),
	},
	[FFA_FN_RXTX_UNMAP - FFA_CALLS_FIRST] = {
		.call = call_rxtx_unmap,
		.name = "RXTX_UNMAP",
		.since = { FFA_VERSION_1_0, FFA_VERSION_NEVER },
		.callers = (1U << FFA_INSTANCE_VM) | (1U << FFA_INSTANCE_HYP) | (1U << FFA_INSTANCE_SP),
	},
	[FFA_FN_PARTITION_INFO_GET - FFA_CALLS_FIRST] = {
		.call = call_partition_info_get,
		.name = "PARTITION_INFO_GET",
		.since = { FFA_VERSION_1_0, FFA_VERSION_NEVER },
		.callers = (1U << FFA_INSTANCE_VM) | (1U << FFA_INSTANCE_HYP) | (1U << FFA_INSTANCE_SP) | (1U << FFA_INSTANCE_SPMC),
	},
	[FFA_FN_ID_GET - FFA_CALLS_FIRST] = {
		.call = call_id_get,
		.name = "ID_GET",
		.since = { FFA_VERSION_1_0, FFA_VERSION_NEVER },
		.callers = (1U << FFA_INSTANCE_VM) | (1U << FFA_INSTANCE_HYP) | (1U << FFA_INSTANCE_SP) | (1U << FFA_INSTANCE_SPMC),
	},
	[FFA_FN_MSG_POLL - FFA_CALLS_FIRST] = {
		.name = "MSG_POLL",
		.since = { FFA_VERSION_1_0, FFA_VERSION_NEVER },
		.removed = FFA_VERSION_1_1,
		.callers = (1U << FFA_INSTANCE_VM),
	},
	[FFA_FN_MSG_WAIT - FFA_CALLS_FIRST] = {
		.name = "MSG_WAIT",
		.since = { FFA_VERSION_1_0, FFA_VERSION_NEVER },
		.callers = (1U << FFA_INSTANCE_VM) | (1U << FFA_INSTANCE_HYP) | (1U << FFA_INSTANCE_SP) | (1U << FFA_INSTANCE_SPMC),
	},
	[FFA_FN_YIELD - FFA_CALLS_FIRST] = {
		.name = "YIELD",
		.since = { FFA_VERSION_1_0, FFA_VERSION_NEVER },
		.callers = (1U << FFA_INSTANCE_VM) | (1U << FFA_INSTANCE_HYP) | (1U << FFA_INSTANCE_SP) | (1U << FFA_INSTANCE_SPMC),
	},
	[FFA_FN_RUN - FFA_CALLS_FIRST] = {
		.call = call_run,
		.name = "RUN",
		.since = { FFA_VERSION_1_0, FFA_VERSION_NEVER },
		.callers = (1U << FFA_INSTANCE_VM) | (1U << FFA_INSTANCE_HYP) | (1U << FFA_INSTANCE_SP) | (1U << FFA_INSTANCE_SPMC),
		.flags = FFA_CALL_NEEDS_SPMC,
	},
	[FFA_FN_MSG_SEND - FFA_CALLS_FIRST] = {
		.name = "MSG_SEND",
		.since = { FFA_VERSION_1_0, FFA_VERSION_NEVER },
		.removed = FFA_VERSION_1_1,
		.callers = (1U << FFA_INSTANCE_VM) | (1U << FFA_INSTANCE_HYP),
	},
	[FFA_FN_MSG_SEND_DIRECT_REQ - FFA_CALLS_FIRST] = {
		.call = call_msg_send_direct_req,
		.name = "MSG_SEND_DIRECT_REQ",
		.since = { FFA_VERSION_1_0, FFA_VERSION_1_0 },
		.callers = (1U << FFA_INSTANCE_VM) | (1U << FFA_INSTANCE_HYP) | (1U << FFA_INSTANCE_SP) | (1U << FFA_INSTANCE_SPMC),
		.flags = FFA_CALL_NEEDS_SPMC,
	},
	[FFA_FN_MSG_SEND_DIRECT_RESP - FFA_CALLS_FIRST] = {
		.name = "MSG_SEND_DIRECT_RESP",
		.since = { FFA_VERSION_1_0, FFA_VERSION_1_0 },
		.callers = (1U << FFA_INSTANCE_VM) | (1U << FFA_INSTANCE_HYP) | (1U << FFA_INSTANCE_SP) | (1U << FFA_INSTANCE_SPMC),
	},
	[FFA_FN_MEM_DONATE - FFA_CALLS_FIRST] = {
		.call = call_mem_donate,
		.name = "MEM_DONATE",
		.since = { FFA_VERSION_1_0, FFA_VERSION_1_0 },
		.callers = (1U << FFA_INSTANCE_VM) | (1U << FFA_INSTANCE_HYP) | (1U << FFA_INSTANCE_SP),
		.flags = FFA_CALL_NEEDS_SPMC,
	},
	[FFA_FN_MEM_LEND - FFA_CALLS_FIRST] = {
		.call = call_mem_lend,
		.name = "MEM_LEND",
		.since = { FFA_VERSION_1_0, FFA_VERSION_1_0 },
		.callers = (1U << FFA_INSTANCE_VM) | (1U << FFA_INSTANCE_HYP) | (1U << FFA_INSTANCE_SP),
		.flags = FFA_CALL_NEEDS_SPMC,
	},
	[FFA_FN_MEM_SHARE - FFA_CALLS_FIRST] = {
		.call = call_mem_share,
		.name = "MEM_SHARE",
		.since = { FFA_VERSION_1_0, FFA_VERSION_1_0 },
		.callers = (1U << FFA_INSTANCE_VM) | (1U << FFA_INSTANCE_HYP) | (1U << FFA_INSTANCE_SP),
		.flags = FFA_CALL_NEEDS_SPMC,
	},
	[FFA_FN_MEM_RETRIEVE_REQ - FFA_CALLS_FIRST] = {
		.name = "MEM_RETRIEVE_REQ",
		.since = { FFA_VERSION_1_0, FFA_VERSION_1_0 },
		.callers = (1U << FFA_INSTANCE_VM) | (1U << FFA_INSTANCE_HYP) | (1U << FFA_INSTANCE_SP),
	},
	[FFA_FN_MEM_RETRIEVE_RESP - FFA_CALLS_FIRST] = {
		.name = "MEM_RETRIEVE_RESP",
		.since = { FFA_VERSION_1_0, FFA_VERSION_NEVER },
		.callers = (1U << FFA_INSTANCE_HYP) | (1U << FFA_INSTANCE_SPMC),
	},
	[FFA_FN_MEM_RELINQUISH - FFA_CALLS_FIRST] = {
		.name = "MEM_RELINQUISH",
		.since = { FFA_VERSION_1_0, FFA_VERSION_NEVER },
		.callers = (1U << FFA_INSTANCE_VM) | (1U << FFA_INSTANCE_HYP) | (1U << FFA_INSTANCE_SP),
	},
	[FFA_FN_MEM_RECLAIM - FFA_CALLS_FIRST] = {
		.call = call_mem_reclaim,
		.name = "MEM_RECLAIM",
		.since = { FFA_VERSION_1_0, FFA_VERSION_NEVER },
		.callers = (1U << FFA_INSTANCE_VM) | (1U << FFA_INSTANCE_HYP) | (1U << FFA_INSTANCE_SP),
		.flags = FFA_CALL_NEEDS_SPMC,
	},
	[FFA_FN_MEM_OP_PAUSE - FFA_CALLS_FIRST] = {
		.name = "MEM_OP_PAUSE",
		.since = { FFA_VERSION_1_0, FFA_VERSION_NEVER },
		.callers = (1U << FFA_INSTANCE_SPMC),
	},
	[FFA_FN_MEM_OP_RESUME - FFA_CALLS_FIRST] = {
		.name = "MEM_OP_RESUME",
		.since = { FFA_VERSION_1_0, FFA_VERSION_NEVER },
		.callers = (1U << FFA_INSTANCE_HYP),
	},
	[FFA_FN_MEM_FRAG_RX - FFA_CALLS_FIRST] = {
		.call = call_mem_frag_rx,
		.name = "MEM_FRAG_RX",
		.since = { FFA_VERSION_1_0, FFA_VERSION_NEVER },
		.callers = (1U << FFA_INSTANCE_VM) | (1U << FFA_INSTANCE_HYP) | (1U << FFA_INSTANCE_SP) | (1U << FFA_INSTANCE_SPMC),
		.flags = FFA_CALL_NEEDS_SPMC | FFA_CALL_PENDING,
	},
	[FFA_FN_MEM_FRAG_TX - FFA_CALLS_FIRST] = {
		.call = call_mem_frag_tx,
		.name = "MEM_FRAG_TX",
		.since = { FFA_VERSION_1_0, FFA_VERSION_NEVER },
		.callers = (1U << FFA_INSTANCE_VM) | (1U << FFA_INSTANCE_HYP) | (1U << FFA_INSTANCE_SP) | (1U << FFA_INSTANCE_SPMC),
		.flags = FFA_CALL_NEEDS_SPMC,
	},
	[FFA_FN_NORMAL_WORLD_RESUME - FFA_CALLS_FIRST] = {
		.name = "NORMAL_WORLD_RESUME",
		.since = { FFA_VERSION_1_0, FFA_VERSION_NEVER },
		.callers = (1U << FFA_INSTANCE_SPMC),
	},
	[FFA_FN_NOTIFICATION_BITMAP_CREATE - FFA_CALLS_FIRST] = {
		.name = "NOTIFICATION_BITMAP_CREATE",
		.since = { FFA_VERSION_1_1, FFA_VERSION_NEVER },
		.callers = (1U << FFA_INSTANCE_HYP),
	},
	[FFA_FN_NOTIFICATION_BITMAP_DESTROY - FFA_CALLS_FIRST] = {
		.name = "NOTIFICATION_BITMAP_DESTROY",
		.since = { FFA_VERSION_1_1, FFA_VERSION_NEVER },
		.callers = (1U << FFA_INSTANCE_HYP),
	},
	[FFA_FN_NOTIFICATION_BIND - FFA_CALLS_FIRST] = {
		.call = call_notification_bind,
		.name = "NOTIFICATION_BIND",
		.since = { FFA_VERSION_1_1, FFA_VERSION_NEVER },
		.callers = (1U << FFA_INSTANCE_VM) | (1U << FFA_INSTANCE_HYP) | (1U << FFA_INSTANCE_SP),
	},
	[FFA_FN_NOTIFICATION_UNBIND - FFA_CALLS_FIRST] = {
		.call = call_notification_unbind,
		.name = "NOTIFICATION_UNBIND",
		.since = { FFA_VERSION_1_1, FFA_VERSION_NEVER },
		.callers = (1U << FFA_INSTANCE_VM) | (1U << FFA_INSTANCE_HYP) | (1U << FFA_INSTANCE_SP),
	},
	[FFA_FN_NOTIFICATION_SET - FFA_CALLS_FIRST] = {
		.call = call_notification_set,
		.name = "NOTIFICATION_SET",
		.since = { FFA_VERSION_1_1, FFA_VERSION_NEVER },
		.callers = (1U << FFA_INSTANCE_VM) | (1U << FFA_INSTANCE_HYP) | (1U << FFA_INSTANCE_SP),
	},
	[FFA_FN_NOTIFICATION_GET - FFA_CALLS_FIRST] = {
		.call = call_notification_get,
		.name = "NOTIFICATION_GET",
		.since = { FFA_VERSION_1_1, FFA_VERSION_NEVER },
		.callers = (1U << FFA_INSTANCE_VM) | (1U << FFA_INSTANCE_HYP) | (1U << FFA_INSTANCE_SP),
	},
	[FFA_FN_NOTIFICATION_INFO_GET - FFA_CALLS_FIRST] = {
		.call = call_notification_info_get,
		.name = "NOTIFICATION_INFO_GET",
		.since = { FFA_VERSION_1_1, FFA_VERSION_1_1 },
		.callers = (1U << FFA_INSTANCE_VM) | (1U << FFA_INSTANCE_HYP),
	},
	[FFA_FN_RX_ACQUIRE - FFA_CALLS_FIRST] = {
		.name = "RX_ACQUIRE",
		.since = { FFA_VERSION_1_1, FFA_VERSION_NEVER },
		.callers = (1U << FFA_INSTANCE_HYP),
	},
	[FFA_FN_SPM_ID_GET - FFA_CALLS_FIRST] = {
		.call = call_spm_id_get,
		.name = "SPM_ID_GET",
		.since = { FFA_VERSION_1_1, FFA_VERSION_NEVER },
		.callers = (1U << FFA_INSTANCE_VM) | (1U << FFA_INSTANCE_HYP) | (1U << FFA_INSTANCE_SP) | (1U << FFA_INSTANCE_SPMC),
	},
	[FFA_FN_MSG_SEND2 - FFA_CALLS_FIRST] = {
		.call = call_msg_send2,
		.name = "MSG_SEND2",
		.since = { FFA_VERSION_1_1, FFA_VERSION_NEVER },
		.callers = (1U << FFA_INSTANCE_VM) | (1U << FFA_INSTANCE_HYP) | (1U << FFA_INSTANCE_SP),
	},
	[FFA_FN_SECONDARY_EP_REGISTER - FFA_CALLS_FIRST] = {
		.name = "SECONDARY_EP_REGISTER",
		.since = { FFA_VERSION_1_1, FFA_VERSION_1_1 },
		.callers = (1U << FFA_INSTANCE_SP) | (1U << FFA_INSTANCE_SPMC),
	},
	[FFA_FN_MEM_PERM_GET - FFA_CALLS_FIRST] = {
		.name = "MEM_PERM_GET",
		.since = { FFA_VERSION_1_1, FFA_VERSION_1_1 },
		.callers = (1U << FFA_INSTANCE_SP),
	},
	[FFA_FN_MEM_PERM_SET - FFA_CALLS_FIRST] = {
		.name = "MEM_PERM_SET",
		.since = { FFA_VERSION_1_1, FFA_VERSION_1_1 },
		.callers = (1U << FFA_INSTANCE_SP),
	},
	[FFA_FN_CONSOLE_LOG - FFA_CALLS_FIRST] = {
		.name = "CONSOLE_LOG",
		.since = { FFA_VERSION_1_2, FFA_VERSION_1_2 },
		.callers = (1U << FFA_INSTANCE_SP) | (1U << FFA_INSTANCE_SPMC),
	},
	[FFA_FN_PARTITION_INFO_GET_REGS - FFA_CALLS_FIRST] = {
		.call = call_partition_info_get_regs,
		.name = "PARTITION_INFO_GET_REGS",
		.since = { FFA_VERSION_NEVER, FFA_VERSION_1_2 },
		.callers = (1U << FFA_INSTANCE_VM) | (1U << FFA_INSTANCE_HYP) | (1U << FFA_INSTANCE_SP) | (1U << FFA_INSTANCE_SPMC),
	},
	[FFA_FN_EL3_INTR_HANDLE - FFA_CALLS_FIRST] = {
		.name = "EL3_INTR_HANDLE",
		.since = { FFA_VERSION_1_2, FFA_VERSION_NEVER },
		.callers = (1U << FFA_INSTANCE_SPMC),
	},
	[FFA_FN_MSG_SEND_DIRECT_REQ2 - FFA_CALLS_FIRST] = {
		.call = call_msg_send_direct_req2,
		.name = "MSG_SEND_DIRECT_REQ2",
		.since = { FFA_VERSION_NEVER, FFA_VERSION_1_2 },
		.callers = (1U << FFA_INSTANCE_VM) | (1U << FFA_INSTANCE_HYP) | (1U << FFA_INSTANCE_SP) | (1U << FFA_INSTANCE_SPMC),
		.flags = FFA_CALL_NEEDS_SPMC,
	},
	[FFA_FN_MSG_SEND_DIRECT_RESP2 - FFA_CALLS_FIRST] = {
		.name = "MSG_SEND_DIRECT_RESP2",
		.since = { FFA_VERSION_NEVER, FFA_VERSION_1_2 },
		.callers = (1U << FFA_INSTANCE_VM) | (1U << FFA_INSTANCE_HYP) | (1U << FFA_INSTANCE_SP) | (1U << FFA_INSTANCE_SPMC),
	},
	[FFA_FN_NS_RES_INFO_GET - FFA_CALLS_FIRST] = {
		.name = "NS_RES_INFO_GET",
		.since = { FFA_VERSION_NEVER, FFA_VERSION_1_3 },
		.callers = (1U << FFA_INSTANCE_HYP),
	},
	[FFA_FN_ABORT - FFA_CALLS_FIRST] = {
		.name = "ABORT",
		.since = { FFA_VERSION_1_3, FFA_VERSION_1_3 },
		.callers = (1U << FFA_INSTANCE_SP) | (1U << FFA_INSTANCE_SPMC),
	},
};

const struct ffa_call_desc *ffa_call_lookup(uint32_t fid)
{
	const uint32_t number = fid & FFA_FUNCTION_ID_NUMBER_MASK;

	if ((fid & ID_BASE_MASK) != FFA_FUNCTION_ID_SMC32_BASE || number - FFA_CALLS_FIRST >= FFA_CALLS_COUNT ||
	    ffa_calls[number - FFA_CALLS_FIRST].name == NULL)
		return NULL;
	return &ffa_calls[number - FFA_CALLS_FIRST];
}

const char *ffa_call_name(uint32_t fid, char buf[32])
{
	const struct ffa_call_desc *d = ffa_call_lookup(fid);
	const bool smc64 = (fid & FFA_FUNCTION_ID_SMC64_MASK) != 0;
	unsigned int i = 4;

	if (d == NULL)
		return "?";
	buf[0] = 'F';
	buf[1] = 'F';
	buf[2] = 'A';
	buf[3] = '_';
	for (const char *s = d->name; *s != '\0' && i < 28; s++)
		buf[i++] = *s;
	buf[i++] = '_';
	buf[i++] = smc64 ? '6' : '3';
	buf[i++] = smc64 ? '4' : '2';
	buf[i] = '\0';
	return buf;
}

enum ffa_verdict ffa_gate(uint32_t fid, enum ffa_version v, bool aarch64)
{
	const uint32_t number = fid & FFA_FUNCTION_ID_NUMBER_MASK;
	const unsigned int smc64 = (fid & FFA_FUNCTION_ID_SMC64_MASK) != 0;
	const struct ffa_call_desc *d;

	if ((fid & ID_BASE_MASK) != FFA_FUNCTION_ID_SMC32_BASE ||
	    number - FFA_FUNCTION_NUMBER_FIRST > FFA_FUNCTION_NUMBER_LAST - FFA_FUNCTION_NUMBER_FIRST)
		return FFA_VERDICT_NOT_FFA;
	d = ffa_call_lookup(fid);
	if (d == NULL)
		return FFA_VERDICT_UNKNOWN;
	if (d->since[smc64] == FFA_VERSION_NEVER || (smc64 && !aarch64))
		return FFA_VERDICT_CONVENTION;
	if (!ffa_call_form_at(d, smc64, v))
		return FFA_VERDICT_VERSION;
	if (!(d->callers & (1U << FFA_INSTANCE_VM)))
		return FFA_VERDICT_CALLER;
	if (d->call == NULL)
		return FFA_VERDICT_REFUSED;
	return FFA_VERDICT_HANDLED;
}

enum ffa_verdict ffa_dispatch_refused(uint32_t fid, enum ffa_version v, bool aarch64, struct ffa_regs *out)
{
	const enum ffa_verdict verdict = ffa_gate(fid, v, aarch64);

	if (verdict != FFA_VERDICT_NOT_FFA)
		ffa_set_error(out, FFA_NOT_SUPPORTED);
	return verdict;
}

enum ffa_verdict ffa_dispatch_failed(int32_t ret, struct ffa_regs *out)
{
	if (ret == FFA_CALL_INVALID)
		return FFA_VERDICT_INVALID;
	ffa_set_error(out, ret);
	return FFA_VERDICT_HANDLED;
}
