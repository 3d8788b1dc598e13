/* SPDX-License-Identifier: MIT */
/*
 * Generated from spec/functions.yaml, spec/features.yaml; do not edit.
 * To regenerate: python3 generator/ffagen.py
 * FFA-GEN src/ffa_dispatch.c
 */
#include "ffa/ffa_dispatch.h"

#define ID_BASE_MASK (~(uint32_t)(FFA_FUNCTION_ID_SMC64_MASK | FFA_FUNCTION_ID_NUMBER_MASK))
#define TABLE_FIRST 0x60
#define TABLE_LAST 0x90
_Static_assert(TABLE_FIRST == FFA_NUMBER_FIRST, "the table starts at FF-A's first number");

/* x0..x7 only: the caller's x8..x17 carry no result and are preserved. */
void ffa_set_error(struct ffa_regs *out, int32_t status)
{
	const struct ffa_error_args e = { .error_code = status };

	ffa_encode_error(&e, FFA_VERSION_MEDIATOR_MAX, out);
}

static void set_raw_error(struct ffa_regs *out, int32_t status)
{
	int i;

	out->x[0] = (uint32_t)status;
	for (i = 1; i < FFA_MSG_REG_COUNT; i++)
		out->x[i] = 0;
}

static enum ffa_verdict call_version(struct ffa_call_ctx *ctx, const struct ffa_regs *in, enum ffa_version v, struct ffa_regs *out)
{
	struct ffa_version_args args;
	int32_t ret = ffa_decode_version(in, v, &args);

	/* FFA_VERSION reports errors in w0 itself, and any invalid input as NOT_SUPPORTED. */
	if (ret != FFA_OK) {
		set_raw_error(out, FFA_NOT_SUPPORTED);
		return FFA_VERDICT_INVALID;
	}
	ret = ffa_handle_version(ctx, &args, out);
	if (ret != FFA_OK)
		set_raw_error(out, ret);
	return FFA_VERDICT_HANDLED;
}

static enum ffa_verdict call_features(struct ffa_call_ctx *ctx, const struct ffa_regs *in, enum ffa_version v, struct ffa_regs *out)
{
	struct ffa_features_args args;
	int32_t ret = ffa_decode_features(in, v, &args);

	if (ret != FFA_OK) {
		ffa_set_error(out, ret);
		return FFA_VERDICT_INVALID;
	}
	ret = ffa_handle_features(ctx, &args, out);
	if (ret != FFA_OK)
		ffa_set_error(out, ret);
	return FFA_VERDICT_HANDLED;
}

static enum ffa_verdict call_rx_release(struct ffa_call_ctx *ctx, const struct ffa_regs *in, enum ffa_version v, struct ffa_regs *out)
{
	struct ffa_rx_release_args args;
	int32_t ret = ffa_decode_rx_release(in, v, &args);

	if (ret != FFA_OK) {
		ffa_set_error(out, ret);
		return FFA_VERDICT_INVALID;
	}
	ret = ffa_handle_rx_release(ctx, &args, out);
	if (ret != FFA_OK)
		ffa_set_error(out, ret);
	return FFA_VERDICT_HANDLED;
}

static enum ffa_verdict call_rxtx_map(struct ffa_call_ctx *ctx, const struct ffa_regs *in, enum ffa_version v, struct ffa_regs *out)
{
	struct ffa_rxtx_map_args args;
	int32_t ret = ffa_decode_rxtx_map(in, v, &args);

	if (ret != FFA_OK) {
		ffa_set_error(out, ret);
		return FFA_VERDICT_INVALID;
	}
	ret = ffa_handle_rxtx_map(ctx, &args, out);
	if (ret != FFA_OK)
		ffa_set_error(out, ret);
	return FFA_VERDICT_HANDLED;
}

static enum ffa_verdict call_rxtx_unmap(struct ffa_call_ctx *ctx, const struct ffa_regs *in, enum ffa_version v, struct ffa_regs *out)
{
	struct ffa_rxtx_unmap_args args;
	int32_t ret = ffa_decode_rxtx_unmap(in, v, &args);

	if (ret != FFA_OK) {
		ffa_set_error(out, ret);
		return FFA_VERDICT_INVALID;
	}
	ret = ffa_handle_rxtx_unmap(ctx, &args, out);
	if (ret != FFA_OK)
		ffa_set_error(out, ret);
	return FFA_VERDICT_HANDLED;
}

static enum ffa_verdict call_partition_info_get(struct ffa_call_ctx *ctx, const struct ffa_regs *in, enum ffa_version v, struct ffa_regs *out)
{
	struct ffa_partition_info_get_args args;
	int32_t ret = ffa_decode_partition_info_get(in, v, &args);

	if (ret != FFA_OK) {
		ffa_set_error(out, ret);
		return FFA_VERDICT_INVALID;
	}
	ret = ffa_handle_partition_info_get(ctx, &args, out);
	if (ret != FFA_OK)
		ffa_set_error(out, ret);
	return FFA_VERDICT_HANDLED;
}

static enum ffa_verdict call_id_get(struct ffa_call_ctx *ctx, const struct ffa_regs *in, enum ffa_version v, struct ffa_regs *out)
{
	struct ffa_id_get_args args;
	int32_t ret = ffa_decode_id_get(in, v, &args);

	if (ret != FFA_OK) {
		ffa_set_error(out, ret);
		return FFA_VERDICT_INVALID;
	}
	ret = ffa_handle_id_get(ctx, &args, out);
	if (ret != FFA_OK)
		ffa_set_error(out, ret);
	return FFA_VERDICT_HANDLED;
}

static enum ffa_verdict call_run(struct ffa_call_ctx *ctx, const struct ffa_regs *in, enum ffa_version v, struct ffa_regs *out)
{
	struct ffa_run_args args;
	int32_t ret = ffa_decode_run(in, v, &args);

	if (ret != FFA_OK) {
		ffa_set_error(out, ret);
		return FFA_VERDICT_INVALID;
	}
	ret = ffa_handle_run(ctx, &args, out);
	if (ret != FFA_OK)
		ffa_set_error(out, ret);
	return FFA_VERDICT_HANDLED;
}

static enum ffa_verdict call_msg_send_direct_req(struct ffa_call_ctx *ctx, const struct ffa_regs *in, enum ffa_version v, struct ffa_regs *out)
{
	struct ffa_msg_send_direct_req_args args;
	int32_t ret = ffa_decode_msg_send_direct_req(in, v, &args);

	if (ret != FFA_OK) {
		ffa_set_error(out, ret);
		return FFA_VERDICT_INVALID;
	}
	ret = ffa_handle_msg_send_direct_req(ctx, &args, out);
	if (ret != FFA_OK)
		ffa_set_error(out, ret);
	return FFA_VERDICT_HANDLED;
}

static enum ffa_verdict call_mem_donate(struct ffa_call_ctx *ctx, const struct ffa_regs *in, enum ffa_version v, struct ffa_regs *out)
{
	struct ffa_mem_donate_args args;
	int32_t ret = ffa_decode_mem_donate(in, v, &args);

	if (ret != FFA_OK) {
		ffa_set_error(out, ret);
		return FFA_VERDICT_INVALID;
	}
	ret = ffa_handle_mem_donate(ctx, &args, out);
	if (ret != FFA_OK)
		ffa_set_error(out, ret);
	return FFA_VERDICT_HANDLED;
}

static enum ffa_verdict call_mem_lend(struct ffa_call_ctx *ctx, const struct ffa_regs *in, enum ffa_version v, struct ffa_regs *out)
{
	struct ffa_mem_lend_args args;
	int32_t ret = ffa_decode_mem_lend(in, v, &args);

	if (ret != FFA_OK) {
		ffa_set_error(out, ret);
		return FFA_VERDICT_INVALID;
	}
	ret = ffa_handle_mem_lend(ctx, &args, out);
	if (ret != FFA_OK)
		ffa_set_error(out, ret);
	return FFA_VERDICT_HANDLED;
}

static enum ffa_verdict call_mem_share(struct ffa_call_ctx *ctx, const struct ffa_regs *in, enum ffa_version v, struct ffa_regs *out)
{
	struct ffa_mem_share_args args;
	int32_t ret = ffa_decode_mem_share(in, v, &args);

	if (ret != FFA_OK) {
		ffa_set_error(out, ret);
		return FFA_VERDICT_INVALID;
	}
	ret = ffa_handle_mem_share(ctx, &args, out);
	if (ret != FFA_OK)
		ffa_set_error(out, ret);
	return FFA_VERDICT_HANDLED;
}

static enum ffa_verdict call_mem_reclaim(struct ffa_call_ctx *ctx, const struct ffa_regs *in, enum ffa_version v, struct ffa_regs *out)
{
	struct ffa_mem_reclaim_args args;
	int32_t ret = ffa_decode_mem_reclaim(in, v, &args);

	if (ret != FFA_OK) {
		ffa_set_error(out, ret);
		return FFA_VERDICT_INVALID;
	}
	ret = ffa_handle_mem_reclaim(ctx, &args, out);
	if (ret != FFA_OK)
		ffa_set_error(out, ret);
	return FFA_VERDICT_HANDLED;
}

static enum ffa_verdict call_mem_frag_rx(struct ffa_call_ctx *ctx, const struct ffa_regs *in, enum ffa_version v, struct ffa_regs *out)
{
	struct ffa_mem_frag_rx_args args;
	int32_t ret = ffa_decode_mem_frag_rx(in, v, &args);

	if (ret != FFA_OK) {
		ffa_set_error(out, ret);
		return FFA_VERDICT_INVALID;
	}
	ret = ffa_handle_mem_frag_rx(ctx, &args, out);
	if (ret != FFA_OK)
		ffa_set_error(out, ret);
	return FFA_VERDICT_HANDLED;
}

static enum ffa_verdict call_mem_frag_tx(struct ffa_call_ctx *ctx, const struct ffa_regs *in, enum ffa_version v, struct ffa_regs *out)
{
	struct ffa_mem_frag_tx_args args;
	int32_t ret = ffa_decode_mem_frag_tx(in, v, &args);

	if (ret != FFA_OK) {
		ffa_set_error(out, ret);
		return FFA_VERDICT_INVALID;
	}
	ret = ffa_handle_mem_frag_tx(ctx, &args, out);
	if (ret != FFA_OK)
		ffa_set_error(out, ret);
	return FFA_VERDICT_HANDLED;
}

static enum ffa_verdict call_notification_bind(struct ffa_call_ctx *ctx, const struct ffa_regs *in, enum ffa_version v, struct ffa_regs *out)
{
	struct ffa_notification_bind_args args;
	int32_t ret = ffa_decode_notification_bind(in, v, &args);

	if (ret != FFA_OK) {
		ffa_set_error(out, ret);
		return FFA_VERDICT_INVALID;
	}
	ret = ffa_handle_notification_bind(ctx, &args, out);
	if (ret != FFA_OK)
		ffa_set_error(out, ret);
	return FFA_VERDICT_HANDLED;
}

static enum ffa_verdict call_notification_unbind(struct ffa_call_ctx *ctx, const struct ffa_regs *in, enum ffa_version v, struct ffa_regs *out)
{
	struct ffa_notification_unbind_args args;
	int32_t ret = ffa_decode_notification_unbind(in, v, &args);

	if (ret != FFA_OK) {
		ffa_set_error(out, ret);
		return FFA_VERDICT_INVALID;
	}
	ret = ffa_handle_notification_unbind(ctx, &args, out);
	if (ret != FFA_OK)
		ffa_set_error(out, ret);
	return FFA_VERDICT_HANDLED;
}

static enum ffa_verdict call_notification_set(struct ffa_call_ctx *ctx, const struct ffa_regs *in, enum ffa_version v, struct ffa_regs *out)
{
	struct ffa_notification_set_args args;
	int32_t ret = ffa_decode_notification_set(in, v, &args);

	if (ret != FFA_OK) {
		ffa_set_error(out, ret);
		return FFA_VERDICT_INVALID;
	}
	ret = ffa_handle_notification_set(ctx, &args, out);
	if (ret != FFA_OK)
		ffa_set_error(out, ret);
	return FFA_VERDICT_HANDLED;
}

static enum ffa_verdict call_notification_get(struct ffa_call_ctx *ctx, const struct ffa_regs *in, enum ffa_version v, struct ffa_regs *out)
{
	struct ffa_notification_get_args args;
	int32_t ret = ffa_decode_notification_get(in, v, &args);

	if (ret != FFA_OK) {
		ffa_set_error(out, ret);
		return FFA_VERDICT_INVALID;
	}
	ret = ffa_handle_notification_get(ctx, &args, out);
	if (ret != FFA_OK)
		ffa_set_error(out, ret);
	return FFA_VERDICT_HANDLED;
}

static enum ffa_verdict call_notification_info_get(struct ffa_call_ctx *ctx, const struct ffa_regs *in, enum ffa_version v, struct ffa_regs *out)
{
	struct ffa_notification_info_get_args args;
	int32_t ret = ffa_decode_notification_info_get(in, v, &args);

	if (ret != FFA_OK) {
		ffa_set_error(out, ret);
		return FFA_VERDICT_INVALID;
	}
	ret = ffa_handle_notification_info_get(ctx, &args, out);
	if (ret != FFA_OK)
		ffa_set_error(out, ret);
	return FFA_VERDICT_HANDLED;
}

static enum ffa_verdict call_spm_id_get(struct ffa_call_ctx *ctx, const struct ffa_regs *in, enum ffa_version v, struct ffa_regs *out)
{
	struct ffa_spm_id_get_args args;
	int32_t ret = ffa_decode_spm_id_get(in, v, &args);

	if (ret != FFA_OK) {
		ffa_set_error(out, ret);
		return FFA_VERDICT_INVALID;
	}
	ret = ffa_handle_spm_id_get(ctx, &args, out);
	if (ret != FFA_OK)
		ffa_set_error(out, ret);
	return FFA_VERDICT_HANDLED;
}

static enum ffa_verdict call_msg_send2(struct ffa_call_ctx *ctx, const struct ffa_regs *in, enum ffa_version v, struct ffa_regs *out)
{
	struct ffa_msg_send2_args args;
	int32_t ret = ffa_decode_msg_send2(in, v, &args);

	if (ret != FFA_OK) {
		ffa_set_error(out, ret);
		return FFA_VERDICT_INVALID;
	}
	ret = ffa_handle_msg_send2(ctx, &args, out);
	if (ret != FFA_OK)
		ffa_set_error(out, ret);
	return FFA_VERDICT_HANDLED;
}

static enum ffa_verdict call_partition_info_get_regs(struct ffa_call_ctx *ctx, const struct ffa_regs *in, enum ffa_version v, struct ffa_regs *out)
{
	struct ffa_partition_info_get_regs_args args;
	int32_t ret = ffa_decode_partition_info_get_regs(in, v, &args);

	if (ret != FFA_OK) {
		ffa_set_error(out, ret);
		return FFA_VERDICT_INVALID;
	}
	ret = ffa_handle_partition_info_get_regs(ctx, &args, out);
	if (ret != FFA_OK)
		ffa_set_error(out, ret);
	return FFA_VERDICT_HANDLED;
}

static enum ffa_verdict call_msg_send_direct_req2(struct ffa_call_ctx *ctx, const struct ffa_regs *in, enum ffa_version v, struct ffa_regs *out)
{
	struct ffa_msg_send_direct_req2_args args;
	int32_t ret = ffa_decode_msg_send_direct_req2(in, v, &args);

	if (ret != FFA_OK) {
		ffa_set_error(out, ret);
		return FFA_VERDICT_INVALID;
	}
	ret = ffa_handle_msg_send_direct_req2(ctx, &args, out);
	if (ret != FFA_OK)
		ffa_set_error(out, ret);
	return FFA_VERDICT_HANDLED;
}

static const struct ffa_call_desc calls[TABLE_LAST - TABLE_FIRST + 1] = {
	[0x60 - TABLE_FIRST] = { .name = "FFA_ERROR", .number = 0x60, .conventions = FFA_CONV_SMC32, .callers = (1U << FFA_INSTANCE_VM) | (1U << FFA_INSTANCE_HYP) | (1U << FFA_INSTANCE_SP) | (1U << FFA_INSTANCE_SPMC), .mediator = FFA_MEDIATOR_REFUSE, .needs_spmc = false, .since = FFA_VERSION_1_0, .smc64_since = 0, .removed = 0, .first32 = FFA_VERSION_1_0, .first64 = FFA_VERSION_NEVER, .until = FFA_VERSION_NEVER, .call = NULL },
	[0x61 - TABLE_FIRST] = { .name = "FFA_SUCCESS", .number = 0x61, .conventions = FFA_CONV_SMC32 | FFA_CONV_SMC64, .callers = (1U << FFA_INSTANCE_VM) | (1U << FFA_INSTANCE_HYP) | (1U << FFA_INSTANCE_SP) | (1U << FFA_INSTANCE_SPMC), .mediator = FFA_MEDIATOR_REFUSE, .needs_spmc = false, .since = FFA_VERSION_1_0, .smc64_since = 0, .removed = 0, .first32 = FFA_VERSION_1_0, .first64 = FFA_VERSION_1_0, .until = FFA_VERSION_NEVER, .call = NULL },
	[0x62 - TABLE_FIRST] = { .name = "FFA_INTERRUPT", .number = 0x62, .conventions = FFA_CONV_SMC32, .callers = (1U << FFA_INSTANCE_HYP) | (1U << FFA_INSTANCE_SPMC), .mediator = FFA_MEDIATOR_REFUSE, .needs_spmc = false, .since = FFA_VERSION_1_0, .smc64_since = 0, .removed = 0, .first32 = FFA_VERSION_1_0, .first64 = FFA_VERSION_NEVER, .until = FFA_VERSION_NEVER, .call = NULL },
	[0x63 - TABLE_FIRST] = { .name = "FFA_VERSION", .number = 0x63, .conventions = FFA_CONV_SMC32, .callers = (1U << FFA_INSTANCE_VM) | (1U << FFA_INSTANCE_HYP) | (1U << FFA_INSTANCE_SP) | (1U << FFA_INSTANCE_SPMC), .mediator = FFA_MEDIATOR_HANDLE, .needs_spmc = false, .since = FFA_VERSION_1_0, .smc64_since = 0, .removed = 0, .first32 = FFA_VERSION_1_0, .first64 = FFA_VERSION_NEVER, .until = FFA_VERSION_NEVER, .call = call_version },
	[0x64 - TABLE_FIRST] = { .name = "FFA_FEATURES", .number = 0x64, .conventions = FFA_CONV_SMC32, .callers = (1U << FFA_INSTANCE_VM) | (1U << FFA_INSTANCE_HYP) | (1U << FFA_INSTANCE_SP) | (1U << FFA_INSTANCE_SPMC), .mediator = FFA_MEDIATOR_HANDLE, .needs_spmc = false, .since = FFA_VERSION_1_0, .smc64_since = 0, .removed = 0, .first32 = FFA_VERSION_1_0, .first64 = FFA_VERSION_NEVER, .until = FFA_VERSION_NEVER, .call = call_features },
	[0x65 - TABLE_FIRST] = { .name = "FFA_RX_RELEASE", .number = 0x65, .conventions = FFA_CONV_SMC32, .callers = (1U << FFA_INSTANCE_VM) | (1U << FFA_INSTANCE_HYP) | (1U << FFA_INSTANCE_SP), .mediator = FFA_MEDIATOR_HANDLE, .needs_spmc = false, .since = FFA_VERSION_1_0, .smc64_since = 0, .removed = 0, .first32 = FFA_VERSION_1_0, .first64 = FFA_VERSION_NEVER, .until = FFA_VERSION_NEVER, .call = call_rx_release },
	[0x66 - TABLE_FIRST] = { .name = "FFA_RXTX_MAP", .number = 0x66, .conventions = FFA_CONV_SMC32 | FFA_CONV_SMC64, .callers = (1U << FFA_INSTANCE_VM) | (1U << FFA_INSTANCE_HYP) | (1U << FFA_INSTANCE_SP), .mediator = FFA_MEDIATOR_HANDLE, .needs_spmc = false, .since = FFA_VERSION_1_0, .smc64_since = 0, .removed = 0, .first32 = FFA_VERSION_1_0, .first64 = FFA_VERSION_1_0, .until = FFA_VERSION_NEVER, .call = call_rxtx_map },
	[0x67 - TABLE_FIRST] = { .name = "FFA_RXTX_UNMAP", .number = 0x67, .conventions = FFA_CONV_SMC32, .callers = (1U << FFA_INSTANCE_VM) | (1U << FFA_INSTANCE_HYP) | (1U << FFA_INSTANCE_SP), .mediator = FFA_MEDIATOR_HANDLE, .needs_spmc = false, .since = FFA_VERSION_1_0, .smc64_since = 0, .removed = 0, .first32 = FFA_VERSION_1_0, .first64 = FFA_VERSION_NEVER, .until = FFA_VERSION_NEVER, .call = call_rxtx_unmap },
	[0x68 - TABLE_FIRST] = { .name = "FFA_PARTITION_INFO_GET", .number = 0x68, .conventions = FFA_CONV_SMC32, .callers = (1U << FFA_INSTANCE_VM) | (1U << FFA_INSTANCE_HYP) | (1U << FFA_INSTANCE_SP) | (1U << FFA_INSTANCE_SPMC), .mediator = FFA_MEDIATOR_HANDLE, .needs_spmc = false, .since = FFA_VERSION_1_0, .smc64_since = 0, .removed = 0, .first32 = FFA_VERSION_1_0, .first64 = FFA_VERSION_NEVER, .until = FFA_VERSION_NEVER, .call = call_partition_info_get },
	[0x69 - TABLE_FIRST] = { .name = "FFA_ID_GET", .number = 0x69, .conventions = FFA_CONV_SMC32, .callers = (1U << FFA_INSTANCE_VM) | (1U << FFA_INSTANCE_HYP) | (1U << FFA_INSTANCE_SP) | (1U << FFA_INSTANCE_SPMC), .mediator = FFA_MEDIATOR_HANDLE, .needs_spmc = false, .since = FFA_VERSION_1_0, .smc64_since = 0, .removed = 0, .first32 = FFA_VERSION_1_0, .first64 = FFA_VERSION_NEVER, .until = FFA_VERSION_NEVER, .call = call_id_get },
	[0x6a - TABLE_FIRST] = { .name = "FFA_MSG_POLL", .number = 0x6a, .conventions = FFA_CONV_SMC32, .callers = (1U << FFA_INSTANCE_VM), .mediator = FFA_MEDIATOR_REFUSE, .needs_spmc = false, .since = FFA_VERSION_1_0, .smc64_since = 0, .removed = FFA_VERSION_1_1, .first32 = FFA_VERSION_1_0, .first64 = FFA_VERSION_NEVER, .until = FFA_VERSION_1_1, .call = NULL },
	[0x6b - TABLE_FIRST] = { .name = "FFA_MSG_WAIT", .number = 0x6b, .conventions = FFA_CONV_SMC32, .callers = (1U << FFA_INSTANCE_VM) | (1U << FFA_INSTANCE_HYP) | (1U << FFA_INSTANCE_SP) | (1U << FFA_INSTANCE_SPMC), .mediator = FFA_MEDIATOR_REFUSE, .needs_spmc = false, .since = FFA_VERSION_1_0, .smc64_since = 0, .removed = 0, .first32 = FFA_VERSION_1_0, .first64 = FFA_VERSION_NEVER, .until = FFA_VERSION_NEVER, .call = NULL },
	[0x6c - TABLE_FIRST] = { .name = "FFA_YIELD", .number = 0x6c, .conventions = FFA_CONV_SMC32, .callers = (1U << FFA_INSTANCE_VM) | (1U << FFA_INSTANCE_HYP) | (1U << FFA_INSTANCE_SP) | (1U << FFA_INSTANCE_SPMC), .mediator = FFA_MEDIATOR_REFUSE, .needs_spmc = false, .since = FFA_VERSION_1_0, .smc64_since = 0, .removed = 0, .first32 = FFA_VERSION_1_0, .first64 = FFA_VERSION_NEVER, .until = FFA_VERSION_NEVER, .call = NULL },
	[0x6d - TABLE_FIRST] = { .name = "FFA_RUN", .number = 0x6d, .conventions = FFA_CONV_SMC32, .callers = (1U << FFA_INSTANCE_VM) | (1U << FFA_INSTANCE_HYP) | (1U << FFA_INSTANCE_SP) | (1U << FFA_INSTANCE_SPMC), .mediator = FFA_MEDIATOR_FORWARD, .needs_spmc = true, .since = FFA_VERSION_1_0, .smc64_since = 0, .removed = 0, .first32 = FFA_VERSION_1_0, .first64 = FFA_VERSION_NEVER, .until = FFA_VERSION_NEVER, .call = call_run },
	[0x6e - TABLE_FIRST] = { .name = "FFA_MSG_SEND", .number = 0x6e, .conventions = FFA_CONV_SMC32, .callers = (1U << FFA_INSTANCE_VM) | (1U << FFA_INSTANCE_HYP), .mediator = FFA_MEDIATOR_REFUSE, .needs_spmc = false, .since = FFA_VERSION_1_0, .smc64_since = 0, .removed = FFA_VERSION_1_1, .first32 = FFA_VERSION_1_0, .first64 = FFA_VERSION_NEVER, .until = FFA_VERSION_1_1, .call = NULL },
	[0x6f - TABLE_FIRST] = { .name = "FFA_MSG_SEND_DIRECT_REQ", .number = 0x6f, .conventions = FFA_CONV_SMC32 | FFA_CONV_SMC64, .callers = (1U << FFA_INSTANCE_VM) | (1U << FFA_INSTANCE_HYP) | (1U << FFA_INSTANCE_SP) | (1U << FFA_INSTANCE_SPMC), .mediator = FFA_MEDIATOR_FORWARD, .needs_spmc = true, .since = FFA_VERSION_1_0, .smc64_since = 0, .removed = 0, .first32 = FFA_VERSION_1_0, .first64 = FFA_VERSION_1_0, .until = FFA_VERSION_NEVER, .call = call_msg_send_direct_req },
	[0x70 - TABLE_FIRST] = { .name = "FFA_MSG_SEND_DIRECT_RESP", .number = 0x70, .conventions = FFA_CONV_SMC32 | FFA_CONV_SMC64, .callers = (1U << FFA_INSTANCE_VM) | (1U << FFA_INSTANCE_HYP) | (1U << FFA_INSTANCE_SP) | (1U << FFA_INSTANCE_SPMC), .mediator = FFA_MEDIATOR_REFUSE, .needs_spmc = false, .since = FFA_VERSION_1_0, .smc64_since = 0, .removed = 0, .first32 = FFA_VERSION_1_0, .first64 = FFA_VERSION_1_0, .until = FFA_VERSION_NEVER, .call = NULL },
	[0x71 - TABLE_FIRST] = { .name = "FFA_MEM_DONATE", .number = 0x71, .conventions = FFA_CONV_SMC32 | FFA_CONV_SMC64, .callers = (1U << FFA_INSTANCE_VM) | (1U << FFA_INSTANCE_HYP) | (1U << FFA_INSTANCE_SP), .mediator = FFA_MEDIATOR_HANDLE, .needs_spmc = true, .since = FFA_VERSION_1_0, .smc64_since = 0, .removed = 0, .first32 = FFA_VERSION_1_0, .first64 = FFA_VERSION_1_0, .until = FFA_VERSION_NEVER, .call = call_mem_donate },
	[0x72 - TABLE_FIRST] = { .name = "FFA_MEM_LEND", .number = 0x72, .conventions = FFA_CONV_SMC32 | FFA_CONV_SMC64, .callers = (1U << FFA_INSTANCE_VM) | (1U << FFA_INSTANCE_HYP) | (1U << FFA_INSTANCE_SP), .mediator = FFA_MEDIATOR_HANDLE, .needs_spmc = true, .since = FFA_VERSION_1_0, .smc64_since = 0, .removed = 0, .first32 = FFA_VERSION_1_0, .first64 = FFA_VERSION_1_0, .until = FFA_VERSION_NEVER, .call = call_mem_lend },
	[0x73 - TABLE_FIRST] = { .name = "FFA_MEM_SHARE", .number = 0x73, .conventions = FFA_CONV_SMC32 | FFA_CONV_SMC64, .callers = (1U << FFA_INSTANCE_VM) | (1U << FFA_INSTANCE_HYP) | (1U << FFA_INSTANCE_SP), .mediator = FFA_MEDIATOR_HANDLE, .needs_spmc = true, .since = FFA_VERSION_1_0, .smc64_since = 0, .removed = 0, .first32 = FFA_VERSION_1_0, .first64 = FFA_VERSION_1_0, .until = FFA_VERSION_NEVER, .call = call_mem_share },
	[0x74 - TABLE_FIRST] = { .name = "FFA_MEM_RETRIEVE_REQ", .number = 0x74, .conventions = FFA_CONV_SMC32 | FFA_CONV_SMC64, .callers = (1U << FFA_INSTANCE_VM) | (1U << FFA_INSTANCE_HYP) | (1U << FFA_INSTANCE_SP), .mediator = FFA_MEDIATOR_REFUSE, .needs_spmc = false, .since = FFA_VERSION_1_0, .smc64_since = 0, .removed = 0, .first32 = FFA_VERSION_1_0, .first64 = FFA_VERSION_1_0, .until = FFA_VERSION_NEVER, .call = NULL },
	[0x75 - TABLE_FIRST] = { .name = "FFA_MEM_RETRIEVE_RESP", .number = 0x75, .conventions = FFA_CONV_SMC32, .callers = (1U << FFA_INSTANCE_HYP) | (1U << FFA_INSTANCE_SPMC), .mediator = FFA_MEDIATOR_REFUSE, .needs_spmc = false, .since = FFA_VERSION_1_0, .smc64_since = 0, .removed = 0, .first32 = FFA_VERSION_1_0, .first64 = FFA_VERSION_NEVER, .until = FFA_VERSION_NEVER, .call = NULL },
	[0x76 - TABLE_FIRST] = { .name = "FFA_MEM_RELINQUISH", .number = 0x76, .conventions = FFA_CONV_SMC32, .callers = (1U << FFA_INSTANCE_VM) | (1U << FFA_INSTANCE_HYP) | (1U << FFA_INSTANCE_SP), .mediator = FFA_MEDIATOR_REFUSE, .needs_spmc = false, .since = FFA_VERSION_1_0, .smc64_since = 0, .removed = 0, .first32 = FFA_VERSION_1_0, .first64 = FFA_VERSION_NEVER, .until = FFA_VERSION_NEVER, .call = NULL },
	[0x77 - TABLE_FIRST] = { .name = "FFA_MEM_RECLAIM", .number = 0x77, .conventions = FFA_CONV_SMC32, .callers = (1U << FFA_INSTANCE_VM) | (1U << FFA_INSTANCE_HYP) | (1U << FFA_INSTANCE_SP), .mediator = FFA_MEDIATOR_HANDLE, .needs_spmc = true, .since = FFA_VERSION_1_0, .smc64_since = 0, .removed = 0, .first32 = FFA_VERSION_1_0, .first64 = FFA_VERSION_NEVER, .until = FFA_VERSION_NEVER, .call = call_mem_reclaim },
	[0x78 - TABLE_FIRST] = { .name = "FFA_MEM_OP_PAUSE", .number = 0x78, .conventions = FFA_CONV_SMC32, .callers = (1U << FFA_INSTANCE_SPMC), .mediator = FFA_MEDIATOR_REFUSE, .needs_spmc = false, .since = FFA_VERSION_1_0, .smc64_since = 0, .removed = 0, .first32 = FFA_VERSION_1_0, .first64 = FFA_VERSION_NEVER, .until = FFA_VERSION_NEVER, .call = NULL },
	[0x79 - TABLE_FIRST] = { .name = "FFA_MEM_OP_RESUME", .number = 0x79, .conventions = FFA_CONV_SMC32, .callers = (1U << FFA_INSTANCE_HYP), .mediator = FFA_MEDIATOR_REFUSE, .needs_spmc = false, .since = FFA_VERSION_1_0, .smc64_since = 0, .removed = 0, .first32 = FFA_VERSION_1_0, .first64 = FFA_VERSION_NEVER, .until = FFA_VERSION_NEVER, .call = NULL },
	[0x7a - TABLE_FIRST] = { .name = "FFA_MEM_FRAG_RX", .number = 0x7a, .conventions = FFA_CONV_SMC32, .callers = (1U << FFA_INSTANCE_VM) | (1U << FFA_INSTANCE_HYP) | (1U << FFA_INSTANCE_SP) | (1U << FFA_INSTANCE_SPMC), .mediator = FFA_MEDIATOR_HANDLE, .needs_spmc = true, .since = FFA_VERSION_1_0, .smc64_since = 0, .removed = 0, .first32 = FFA_VERSION_1_0, .first64 = FFA_VERSION_NEVER, .until = FFA_VERSION_NEVER, .call = call_mem_frag_rx },
	[0x7b - TABLE_FIRST] = { .name = "FFA_MEM_FRAG_TX", .number = 0x7b, .conventions = FFA_CONV_SMC32, .callers = (1U << FFA_INSTANCE_VM) | (1U << FFA_INSTANCE_HYP) | (1U << FFA_INSTANCE_SP) | (1U << FFA_INSTANCE_SPMC), .mediator = FFA_MEDIATOR_HANDLE, .needs_spmc = true, .since = FFA_VERSION_1_0, .smc64_since = 0, .removed = 0, .first32 = FFA_VERSION_1_0, .first64 = FFA_VERSION_NEVER, .until = FFA_VERSION_NEVER, .call = call_mem_frag_tx },
	[0x7c - TABLE_FIRST] = { .name = "FFA_NORMAL_WORLD_RESUME", .number = 0x7c, .conventions = FFA_CONV_SMC32, .callers = (1U << FFA_INSTANCE_SPMC), .mediator = FFA_MEDIATOR_REFUSE, .needs_spmc = false, .since = FFA_VERSION_1_0, .smc64_since = 0, .removed = 0, .first32 = FFA_VERSION_1_0, .first64 = FFA_VERSION_NEVER, .until = FFA_VERSION_NEVER, .call = NULL },
	[0x7d - TABLE_FIRST] = { .name = "FFA_NOTIFICATION_BITMAP_CREATE", .number = 0x7d, .conventions = FFA_CONV_SMC32, .callers = (1U << FFA_INSTANCE_HYP), .mediator = FFA_MEDIATOR_REFUSE, .needs_spmc = false, .since = FFA_VERSION_1_1, .smc64_since = 0, .removed = 0, .first32 = FFA_VERSION_1_1, .first64 = FFA_VERSION_NEVER, .until = FFA_VERSION_NEVER, .call = NULL },
	[0x7e - TABLE_FIRST] = { .name = "FFA_NOTIFICATION_BITMAP_DESTROY", .number = 0x7e, .conventions = FFA_CONV_SMC32, .callers = (1U << FFA_INSTANCE_HYP), .mediator = FFA_MEDIATOR_REFUSE, .needs_spmc = false, .since = FFA_VERSION_1_1, .smc64_since = 0, .removed = 0, .first32 = FFA_VERSION_1_1, .first64 = FFA_VERSION_NEVER, .until = FFA_VERSION_NEVER, .call = NULL },
	[0x7f - TABLE_FIRST] = { .name = "FFA_NOTIFICATION_BIND", .number = 0x7f, .conventions = FFA_CONV_SMC32, .callers = (1U << FFA_INSTANCE_VM) | (1U << FFA_INSTANCE_HYP) | (1U << FFA_INSTANCE_SP), .mediator = FFA_MEDIATOR_HANDLE, .needs_spmc = false, .since = FFA_VERSION_1_1, .smc64_since = 0, .removed = 0, .first32 = FFA_VERSION_1_1, .first64 = FFA_VERSION_NEVER, .until = FFA_VERSION_NEVER, .call = call_notification_bind },
	[0x80 - TABLE_FIRST] = { .name = "FFA_NOTIFICATION_UNBIND", .number = 0x80, .conventions = FFA_CONV_SMC32, .callers = (1U << FFA_INSTANCE_VM) | (1U << FFA_INSTANCE_HYP) | (1U << FFA_INSTANCE_SP), .mediator = FFA_MEDIATOR_HANDLE, .needs_spmc = false, .since = FFA_VERSION_1_1, .smc64_since = 0, .removed = 0, .first32 = FFA_VERSION_1_1, .first64 = FFA_VERSION_NEVER, .until = FFA_VERSION_NEVER, .call = call_notification_unbind },
	[0x81 - TABLE_FIRST] = { .name = "FFA_NOTIFICATION_SET", .number = 0x81, .conventions = FFA_CONV_SMC32, .callers = (1U << FFA_INSTANCE_VM) | (1U << FFA_INSTANCE_HYP) | (1U << FFA_INSTANCE_SP), .mediator = FFA_MEDIATOR_HANDLE, .needs_spmc = false, .since = FFA_VERSION_1_1, .smc64_since = 0, .removed = 0, .first32 = FFA_VERSION_1_1, .first64 = FFA_VERSION_NEVER, .until = FFA_VERSION_NEVER, .call = call_notification_set },
	[0x82 - TABLE_FIRST] = { .name = "FFA_NOTIFICATION_GET", .number = 0x82, .conventions = FFA_CONV_SMC32, .callers = (1U << FFA_INSTANCE_VM) | (1U << FFA_INSTANCE_HYP) | (1U << FFA_INSTANCE_SP), .mediator = FFA_MEDIATOR_HANDLE, .needs_spmc = false, .since = FFA_VERSION_1_1, .smc64_since = 0, .removed = 0, .first32 = FFA_VERSION_1_1, .first64 = FFA_VERSION_NEVER, .until = FFA_VERSION_NEVER, .call = call_notification_get },
	[0x83 - TABLE_FIRST] = { .name = "FFA_NOTIFICATION_INFO_GET", .number = 0x83, .conventions = FFA_CONV_SMC32 | FFA_CONV_SMC64, .callers = (1U << FFA_INSTANCE_VM) | (1U << FFA_INSTANCE_HYP), .mediator = FFA_MEDIATOR_HANDLE, .needs_spmc = false, .since = FFA_VERSION_1_1, .smc64_since = 0, .removed = 0, .first32 = FFA_VERSION_1_1, .first64 = FFA_VERSION_1_1, .until = FFA_VERSION_NEVER, .call = call_notification_info_get },
	[0x84 - TABLE_FIRST] = { .name = "FFA_RX_ACQUIRE", .number = 0x84, .conventions = FFA_CONV_SMC32, .callers = (1U << FFA_INSTANCE_HYP), .mediator = FFA_MEDIATOR_REFUSE, .needs_spmc = false, .since = FFA_VERSION_1_1, .smc64_since = 0, .removed = 0, .first32 = FFA_VERSION_1_1, .first64 = FFA_VERSION_NEVER, .until = FFA_VERSION_NEVER, .call = NULL },
	[0x85 - TABLE_FIRST] = { .name = "FFA_SPM_ID_GET", .number = 0x85, .conventions = FFA_CONV_SMC32, .callers = (1U << FFA_INSTANCE_VM) | (1U << FFA_INSTANCE_HYP) | (1U << FFA_INSTANCE_SP) | (1U << FFA_INSTANCE_SPMC), .mediator = FFA_MEDIATOR_HANDLE, .needs_spmc = false, .since = FFA_VERSION_1_1, .smc64_since = 0, .removed = 0, .first32 = FFA_VERSION_1_1, .first64 = FFA_VERSION_NEVER, .until = FFA_VERSION_NEVER, .call = call_spm_id_get },
	[0x86 - TABLE_FIRST] = { .name = "FFA_MSG_SEND2", .number = 0x86, .conventions = FFA_CONV_SMC32, .callers = (1U << FFA_INSTANCE_VM) | (1U << FFA_INSTANCE_HYP) | (1U << FFA_INSTANCE_SP), .mediator = FFA_MEDIATOR_HANDLE, .needs_spmc = false, .since = FFA_VERSION_1_1, .smc64_since = 0, .removed = 0, .first32 = FFA_VERSION_1_1, .first64 = FFA_VERSION_NEVER, .until = FFA_VERSION_NEVER, .call = call_msg_send2 },
	[0x87 - TABLE_FIRST] = { .name = "FFA_SECONDARY_EP_REGISTER", .number = 0x87, .conventions = FFA_CONV_SMC32 | FFA_CONV_SMC64, .callers = (1U << FFA_INSTANCE_SP) | (1U << FFA_INSTANCE_SPMC), .mediator = FFA_MEDIATOR_REFUSE, .needs_spmc = false, .since = FFA_VERSION_1_1, .smc64_since = 0, .removed = 0, .first32 = FFA_VERSION_1_1, .first64 = FFA_VERSION_1_1, .until = FFA_VERSION_NEVER, .call = NULL },
	[0x88 - TABLE_FIRST] = { .name = "FFA_MEM_PERM_GET", .number = 0x88, .conventions = FFA_CONV_SMC32 | FFA_CONV_SMC64, .callers = (1U << FFA_INSTANCE_SP), .mediator = FFA_MEDIATOR_REFUSE, .needs_spmc = false, .since = FFA_VERSION_1_1, .smc64_since = 0, .removed = 0, .first32 = FFA_VERSION_1_1, .first64 = FFA_VERSION_1_1, .until = FFA_VERSION_NEVER, .call = NULL },
	[0x89 - TABLE_FIRST] = { .name = "FFA_MEM_PERM_SET", .number = 0x89, .conventions = FFA_CONV_SMC32 | FFA_CONV_SMC64, .callers = (1U << FFA_INSTANCE_SP), .mediator = FFA_MEDIATOR_REFUSE, .needs_spmc = false, .since = FFA_VERSION_1_1, .smc64_since = 0, .removed = 0, .first32 = FFA_VERSION_1_1, .first64 = FFA_VERSION_1_1, .until = FFA_VERSION_NEVER, .call = NULL },
	[0x8a - TABLE_FIRST] = { .name = "FFA_CONSOLE_LOG", .number = 0x8a, .conventions = FFA_CONV_SMC32 | FFA_CONV_SMC64, .callers = (1U << FFA_INSTANCE_SP) | (1U << FFA_INSTANCE_SPMC), .mediator = FFA_MEDIATOR_REFUSE, .needs_spmc = false, .since = FFA_VERSION_1_2, .smc64_since = 0, .removed = 0, .first32 = FFA_VERSION_1_2, .first64 = FFA_VERSION_1_2, .until = FFA_VERSION_NEVER, .call = NULL },
	[0x8b - TABLE_FIRST] = { .name = "FFA_PARTITION_INFO_GET_REGS", .number = 0x8b, .conventions = FFA_CONV_SMC64, .callers = (1U << FFA_INSTANCE_VM) | (1U << FFA_INSTANCE_HYP) | (1U << FFA_INSTANCE_SP) | (1U << FFA_INSTANCE_SPMC), .mediator = FFA_MEDIATOR_HANDLE, .needs_spmc = false, .since = FFA_VERSION_1_2, .smc64_since = 0, .removed = 0, .first32 = FFA_VERSION_NEVER, .first64 = FFA_VERSION_1_2, .until = FFA_VERSION_NEVER, .call = call_partition_info_get_regs },
	[0x8c - TABLE_FIRST] = { .name = "FFA_EL3_INTR_HANDLE", .number = 0x8c, .conventions = FFA_CONV_SMC32, .callers = (1U << FFA_INSTANCE_SPMC), .mediator = FFA_MEDIATOR_REFUSE, .needs_spmc = false, .since = FFA_VERSION_1_2, .smc64_since = 0, .removed = 0, .first32 = FFA_VERSION_1_2, .first64 = FFA_VERSION_NEVER, .until = FFA_VERSION_NEVER, .call = NULL },
	[0x8d - TABLE_FIRST] = { .name = "FFA_MSG_SEND_DIRECT_REQ2", .number = 0x8d, .conventions = FFA_CONV_SMC64, .callers = (1U << FFA_INSTANCE_VM) | (1U << FFA_INSTANCE_HYP) | (1U << FFA_INSTANCE_SP) | (1U << FFA_INSTANCE_SPMC), .mediator = FFA_MEDIATOR_FORWARD, .needs_spmc = true, .since = FFA_VERSION_1_2, .smc64_since = 0, .removed = 0, .first32 = FFA_VERSION_NEVER, .first64 = FFA_VERSION_1_2, .until = FFA_VERSION_NEVER, .call = call_msg_send_direct_req2 },
	[0x8e - TABLE_FIRST] = { .name = "FFA_MSG_SEND_DIRECT_RESP2", .number = 0x8e, .conventions = FFA_CONV_SMC64, .callers = (1U << FFA_INSTANCE_VM) | (1U << FFA_INSTANCE_HYP) | (1U << FFA_INSTANCE_SP) | (1U << FFA_INSTANCE_SPMC), .mediator = FFA_MEDIATOR_REFUSE, .needs_spmc = false, .since = FFA_VERSION_1_2, .smc64_since = 0, .removed = 0, .first32 = FFA_VERSION_NEVER, .first64 = FFA_VERSION_1_2, .until = FFA_VERSION_NEVER, .call = NULL },
	[0x8f - TABLE_FIRST] = { .name = "FFA_NS_RES_INFO_GET", .number = 0x8f, .conventions = FFA_CONV_SMC64, .callers = (1U << FFA_INSTANCE_HYP), .mediator = FFA_MEDIATOR_REFUSE, .needs_spmc = false, .since = FFA_VERSION_1_3, .smc64_since = 0, .removed = 0, .first32 = FFA_VERSION_NEVER, .first64 = FFA_VERSION_1_3, .until = FFA_VERSION_NEVER, .call = NULL },
	[0x90 - TABLE_FIRST] = { .name = "FFA_ABORT", .number = 0x90, .conventions = FFA_CONV_SMC32 | FFA_CONV_SMC64, .callers = (1U << FFA_INSTANCE_SP) | (1U << FFA_INSTANCE_SPMC), .mediator = FFA_MEDIATOR_REFUSE, .needs_spmc = false, .since = FFA_VERSION_1_3, .smc64_since = 0, .removed = 0, .first32 = FFA_VERSION_1_3, .first64 = FFA_VERSION_1_3, .until = FFA_VERSION_NEVER, .call = NULL },
};

const struct ffa_feature_id_desc ffa_feature_ids[4] = {
	{ .name = "NOTIFICATION_PENDING_INTERRUPT", .id = 1, .since = FFA_VERSION_1_1 },
	{ .name = "SCHEDULE_RECEIVER_INTERRUPT", .id = 2, .since = FFA_VERSION_1_1 },
	{ .name = "MANAGED_EXIT_INTERRUPT", .id = 3, .since = FFA_VERSION_1_1 },
	{ .name = "NOTIFICATION_FEATURES", .id = 4, .since = FFA_VERSION_1_3 },
};

const struct ffa_call_desc *ffa_call_lookup(uint32_t fid)
{
	const uint32_t number = fid & FFA_FUNCTION_ID_NUMBER_MASK;

	if ((fid & ID_BASE_MASK) != FFA_FUNCTION_ID_SMC32_BASE ||
	    number < TABLE_FIRST || number > TABLE_LAST ||
	    calls[number - TABLE_FIRST].name == NULL)
		return NULL;
	return &calls[number - TABLE_FIRST];
}

const char *ffa_call_name(uint32_t fid, char buf[32])
{
	const struct ffa_call_desc *d = ffa_call_lookup(fid);
	unsigned int i = 0;

	if (d == NULL)
		return "?";
	for (const char *s = d->name; *s != '\0' && i < 28; s++)
		buf[i++] = *s;
	buf[i++] = '_';
	buf[i++] = (fid & FFA_FUNCTION_ID_SMC64_MASK) ? '6' : '3';
	buf[i++] = (fid & FFA_FUNCTION_ID_SMC64_MASK) ? '4' : '2';
	buf[i] = '\0';
	return buf;
}

/* Why a call may not go on (the fast path in gate() said it may not). */
static enum ffa_verdict refusal(const struct ffa_call_desc *d, bool smc64, enum ffa_version v, bool aarch64)
{
	if (!(d->conventions & (smc64 ? FFA_CONV_SMC64 : FFA_CONV_SMC32)) || (smc64 && !aarch64))
		return FFA_VERDICT_CONVENTION;
	if (v < (smc64 ? d->first64 : d->first32) || v >= d->until)
		return FFA_VERDICT_VERSION;
	if (!(d->callers & (1U << FFA_INSTANCE_VM)))
		return FFA_VERDICT_CALLER;
	return FFA_VERDICT_REFUSED;
}

/* The gating answer, and the table row when the call may go on. */
static inline enum ffa_verdict gate(uint32_t fid, enum ffa_version v, bool aarch64, const struct ffa_call_desc **row)
{
	const uint32_t number = fid & FFA_FUNCTION_ID_NUMBER_MASK;
	const bool smc64 = (fid & FFA_FUNCTION_ID_SMC64_MASK) != 0;
	const struct ffa_call_desc *d;

	if ((fid & ID_BASE_MASK) != FFA_FUNCTION_ID_SMC32_BASE ||
	    number - FFA_NUMBER_FIRST > FFA_NUMBER_LAST - FFA_NUMBER_FIRST)
		return FFA_VERDICT_NOT_FFA;
	if (number > TABLE_LAST)
		return FFA_VERDICT_UNKNOWN;
	d = &calls[number - TABLE_FIRST];
	/* One test for the common case: the form exists at v, and may be called. */
	if (d->call != NULL && v >= (smc64 ? d->first64 : d->first32) && v < d->until && (aarch64 || !smc64)) {
		*row = d;
		return FFA_VERDICT_HANDLED;
	}
	if (d->name == NULL)
		return FFA_VERDICT_UNKNOWN;
	return refusal(d, smc64, v, aarch64);
}

enum ffa_verdict ffa_gate(uint32_t fid, enum ffa_version v, bool aarch64)
{
	const struct ffa_call_desc *row;

	return gate(fid, v, aarch64, &row);
}

const struct ffa_call_desc *ffa_gate_row(uint32_t fid, enum ffa_version v, bool aarch64)
{
	const struct ffa_call_desc *row = NULL;

	return gate(fid, v, aarch64, &row) == FFA_VERDICT_HANDLED ? row : NULL;
}

enum ffa_verdict ffa_dispatch(struct ffa_call_ctx *ctx, enum ffa_version v, bool aarch64, const struct ffa_regs *in, struct ffa_regs *out)
{
	const struct ffa_call_desc *row = NULL;
	const enum ffa_verdict verdict = gate((uint32_t)in->x[0], v, aarch64, &row);

	if (verdict == FFA_VERDICT_NOT_FFA)
		return verdict;
	if (verdict != FFA_VERDICT_HANDLED) {
		ffa_set_error(out, FFA_NOT_SUPPORTED);
		return verdict;
	}
	return row->call(ctx, in, v, out);
}
