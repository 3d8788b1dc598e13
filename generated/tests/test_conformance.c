/* SPDX-License-Identifier: MIT */
/*
 * Generated from spec/functions.yaml; do not edit.
 * To regenerate: python3 generator/ffagen.py
 * FFA-GEN tests/test_conformance.c
 */
/*
 * Conformance of the real dispatch code to spec/:
 *  - gating: every function number of FF-A's range x convention x guest
 *    version x AArch64/AArch32 VM gets the verdict the specification
 *    requires, and a gated call gets FFA_ERROR(NOT_SUPPORTED) and nothing
 *    else in its registers;
 *  - MBZ: every MBZ range, with its lowest and its highest bit set alone,
 *    gets FFA_ERROR(INVALID_PARAMETERS) before any handler runs;
 *  - SBZ: a bit set in an ignored register does not stop the call.
 * The expected verdicts were computed by the generator from the model,
 * independently of the C gating code.
 */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>

#include "ffa/ffa_dispatch.h"
#include "conformance_harness.h"
#include "lanes.h"

/*
 * The calls with a lane of their own (spec: lane): the runtime answers
 * them in their lanes only, and has no ffa_handle_<call>() for them (its
 * dispatch never sees their ids). ffa_dispatch() here answers them with
 * the lanes' own handlers, the runtime's code (lanes.h).
 */
int32_t ffa_handle_partition_info_get_regs(struct ffa_call_ctx *ctx, const struct ffa_partition_info_get_regs_args *args, struct ffa_regs *out)
{
	return ffa_lane_partition_info_get_regs(ctx, args, out);
}

int32_t ffa_handle_msg_send_direct_req2(struct ffa_call_ctx *ctx, const struct ffa_msg_send_direct_req2_args *args, struct ffa_regs *out)
{
	return ffa_lane_msg_send_direct_req2(ctx, args, out);
}

struct gating_row {
	uint32_t fid;
	enum ffa_version v;
	bool aarch64;
	enum ffa_verdict verdict;
	const char *name;
	uint32_t carried; /* x8..x17 the call or its reply carries (bit n: xn) */
};

struct bit_row {
	uint32_t fid;
	enum ffa_version v;
	uint8_t reg;
	uint8_t bit;
	const char *name;
	bool raw;
};

static const struct gating_row gating_rows[] = {
	{ 0x84000060U, FFA_VERSION_1_0, true, FFA_VERDICT_REFUSED, "error", 0x0 },
	{ 0x84000060U, FFA_VERSION_1_0, false, FFA_VERDICT_REFUSED, "error", 0x0 },
	{ 0x84000060U, FFA_VERSION_1_1, true, FFA_VERDICT_REFUSED, "error", 0x0 },
	{ 0x84000060U, FFA_VERSION_1_1, false, FFA_VERDICT_REFUSED, "error", 0x0 },
	{ 0x84000060U, FFA_VERSION_1_2, true, FFA_VERDICT_REFUSED, "error", 0x0 },
	{ 0x84000060U, FFA_VERSION_1_2, false, FFA_VERDICT_REFUSED, "error", 0x0 },
	{ 0xc4000060U, FFA_VERSION_1_0, true, FFA_VERDICT_CONVENTION, "error", 0x0 },
	{ 0xc4000060U, FFA_VERSION_1_0, false, FFA_VERDICT_CONVENTION, "error", 0x0 },
	{ 0xc4000060U, FFA_VERSION_1_1, true, FFA_VERDICT_CONVENTION, "error", 0x0 },
	{ 0xc4000060U, FFA_VERSION_1_1, false, FFA_VERDICT_CONVENTION, "error", 0x0 },
	{ 0xc4000060U, FFA_VERSION_1_2, true, FFA_VERDICT_CONVENTION, "error", 0x0 },
	{ 0xc4000060U, FFA_VERSION_1_2, false, FFA_VERDICT_CONVENTION, "error", 0x0 },
	{ 0x84000061U, FFA_VERSION_1_0, true, FFA_VERDICT_REFUSED, "success", 0x0 },
	{ 0x84000061U, FFA_VERSION_1_0, false, FFA_VERDICT_REFUSED, "success", 0x0 },
	{ 0x84000061U, FFA_VERSION_1_1, true, FFA_VERDICT_REFUSED, "success", 0x0 },
	{ 0x84000061U, FFA_VERSION_1_1, false, FFA_VERDICT_REFUSED, "success", 0x0 },
	{ 0x84000061U, FFA_VERSION_1_2, true, FFA_VERDICT_REFUSED, "success", 0x0 },
	{ 0x84000061U, FFA_VERSION_1_2, false, FFA_VERDICT_REFUSED, "success", 0x0 },
	{ 0xc4000061U, FFA_VERSION_1_0, true, FFA_VERDICT_REFUSED, "success", 0x0 },
	{ 0xc4000061U, FFA_VERSION_1_0, false, FFA_VERDICT_CONVENTION, "success", 0x0 },
	{ 0xc4000061U, FFA_VERSION_1_1, true, FFA_VERDICT_REFUSED, "success", 0x0 },
	{ 0xc4000061U, FFA_VERSION_1_1, false, FFA_VERDICT_CONVENTION, "success", 0x0 },
	{ 0xc4000061U, FFA_VERSION_1_2, true, FFA_VERDICT_REFUSED, "success", 0x0 },
	{ 0xc4000061U, FFA_VERSION_1_2, false, FFA_VERDICT_CONVENTION, "success", 0x0 },
	{ 0x84000062U, FFA_VERSION_1_0, true, FFA_VERDICT_CALLER, "interrupt", 0x0 },
	{ 0x84000062U, FFA_VERSION_1_0, false, FFA_VERDICT_CALLER, "interrupt", 0x0 },
	{ 0x84000062U, FFA_VERSION_1_1, true, FFA_VERDICT_CALLER, "interrupt", 0x0 },
	{ 0x84000062U, FFA_VERSION_1_1, false, FFA_VERDICT_CALLER, "interrupt", 0x0 },
	{ 0x84000062U, FFA_VERSION_1_2, true, FFA_VERDICT_CALLER, "interrupt", 0x0 },
	{ 0x84000062U, FFA_VERSION_1_2, false, FFA_VERDICT_CALLER, "interrupt", 0x0 },
	{ 0xc4000062U, FFA_VERSION_1_0, true, FFA_VERDICT_CONVENTION, "interrupt", 0x0 },
	{ 0xc4000062U, FFA_VERSION_1_0, false, FFA_VERDICT_CONVENTION, "interrupt", 0x0 },
	{ 0xc4000062U, FFA_VERSION_1_1, true, FFA_VERDICT_CONVENTION, "interrupt", 0x0 },
	{ 0xc4000062U, FFA_VERSION_1_1, false, FFA_VERDICT_CONVENTION, "interrupt", 0x0 },
	{ 0xc4000062U, FFA_VERSION_1_2, true, FFA_VERDICT_CONVENTION, "interrupt", 0x0 },
	{ 0xc4000062U, FFA_VERSION_1_2, false, FFA_VERDICT_CONVENTION, "interrupt", 0x0 },
	{ 0x84000063U, FFA_VERSION_1_0, true, FFA_VERDICT_HANDLED, "version", 0x0 },
	{ 0x84000063U, FFA_VERSION_1_0, false, FFA_VERDICT_HANDLED, "version", 0x0 },
	{ 0x84000063U, FFA_VERSION_1_1, true, FFA_VERDICT_HANDLED, "version", 0x0 },
	{ 0x84000063U, FFA_VERSION_1_1, false, FFA_VERDICT_HANDLED, "version", 0x0 },
	{ 0x84000063U, FFA_VERSION_1_2, true, FFA_VERDICT_HANDLED, "version", 0x0 },
	{ 0x84000063U, FFA_VERSION_1_2, false, FFA_VERDICT_HANDLED, "version", 0x0 },
	{ 0xc4000063U, FFA_VERSION_1_0, true, FFA_VERDICT_CONVENTION, "version", 0x0 },
	{ 0xc4000063U, FFA_VERSION_1_0, false, FFA_VERDICT_CONVENTION, "version", 0x0 },
	{ 0xc4000063U, FFA_VERSION_1_1, true, FFA_VERDICT_CONVENTION, "version", 0x0 },
	{ 0xc4000063U, FFA_VERSION_1_1, false, FFA_VERDICT_CONVENTION, "version", 0x0 },
	{ 0xc4000063U, FFA_VERSION_1_2, true, FFA_VERDICT_CONVENTION, "version", 0x0 },
	{ 0xc4000063U, FFA_VERSION_1_2, false, FFA_VERDICT_CONVENTION, "version", 0x0 },
	{ 0x84000064U, FFA_VERSION_1_0, true, FFA_VERDICT_HANDLED, "features", 0x0 },
	{ 0x84000064U, FFA_VERSION_1_0, false, FFA_VERDICT_HANDLED, "features", 0x0 },
	{ 0x84000064U, FFA_VERSION_1_1, true, FFA_VERDICT_HANDLED, "features", 0x0 },
	{ 0x84000064U, FFA_VERSION_1_1, false, FFA_VERDICT_HANDLED, "features", 0x0 },
	{ 0x84000064U, FFA_VERSION_1_2, true, FFA_VERDICT_HANDLED, "features", 0x0 },
	{ 0x84000064U, FFA_VERSION_1_2, false, FFA_VERDICT_HANDLED, "features", 0x0 },
	{ 0xc4000064U, FFA_VERSION_1_0, true, FFA_VERDICT_CONVENTION, "features", 0x0 },
	{ 0xc4000064U, FFA_VERSION_1_0, false, FFA_VERDICT_CONVENTION, "features", 0x0 },
	{ 0xc4000064U, FFA_VERSION_1_1, true, FFA_VERDICT_CONVENTION, "features", 0x0 },
	{ 0xc4000064U, FFA_VERSION_1_1, false, FFA_VERDICT_CONVENTION, "features", 0x0 },
	{ 0xc4000064U, FFA_VERSION_1_2, true, FFA_VERDICT_CONVENTION, "features", 0x0 },
	{ 0xc4000064U, FFA_VERSION_1_2, false, FFA_VERDICT_CONVENTION, "features", 0x0 },
	{ 0x84000065U, FFA_VERSION_1_0, true, FFA_VERDICT_HANDLED, "rx-release", 0x0 },
	{ 0x84000065U, FFA_VERSION_1_0, false, FFA_VERDICT_HANDLED, "rx-release", 0x0 },
	{ 0x84000065U, FFA_VERSION_1_1, true, FFA_VERDICT_HANDLED, "rx-release", 0x0 },
	{ 0x84000065U, FFA_VERSION_1_1, false, FFA_VERDICT_HANDLED, "rx-release", 0x0 },
	{ 0x84000065U, FFA_VERSION_1_2, true, FFA_VERDICT_HANDLED, "rx-release", 0x0 },
	{ 0x84000065U, FFA_VERSION_1_2, false, FFA_VERDICT_HANDLED, "rx-release", 0x0 },
	{ 0xc4000065U, FFA_VERSION_1_0, true, FFA_VERDICT_CONVENTION, "rx-release", 0x0 },
	{ 0xc4000065U, FFA_VERSION_1_0, false, FFA_VERDICT_CONVENTION, "rx-release", 0x0 },
	{ 0xc4000065U, FFA_VERSION_1_1, true, FFA_VERDICT_CONVENTION, "rx-release", 0x0 },
	{ 0xc4000065U, FFA_VERSION_1_1, false, FFA_VERDICT_CONVENTION, "rx-release", 0x0 },
	{ 0xc4000065U, FFA_VERSION_1_2, true, FFA_VERDICT_CONVENTION, "rx-release", 0x0 },
	{ 0xc4000065U, FFA_VERSION_1_2, false, FFA_VERDICT_CONVENTION, "rx-release", 0x0 },
	{ 0x84000066U, FFA_VERSION_1_0, true, FFA_VERDICT_HANDLED, "rxtx-map", 0x0 },
	{ 0x84000066U, FFA_VERSION_1_0, false, FFA_VERDICT_HANDLED, "rxtx-map", 0x0 },
	{ 0x84000066U, FFA_VERSION_1_1, true, FFA_VERDICT_HANDLED, "rxtx-map", 0x0 },
	{ 0x84000066U, FFA_VERSION_1_1, false, FFA_VERDICT_HANDLED, "rxtx-map", 0x0 },
	{ 0x84000066U, FFA_VERSION_1_2, true, FFA_VERDICT_HANDLED, "rxtx-map", 0x0 },
	{ 0x84000066U, FFA_VERSION_1_2, false, FFA_VERDICT_HANDLED, "rxtx-map", 0x0 },
	{ 0xc4000066U, FFA_VERSION_1_0, true, FFA_VERDICT_HANDLED, "rxtx-map", 0x0 },
	{ 0xc4000066U, FFA_VERSION_1_0, false, FFA_VERDICT_CONVENTION, "rxtx-map", 0x0 },
	{ 0xc4000066U, FFA_VERSION_1_1, true, FFA_VERDICT_HANDLED, "rxtx-map", 0x0 },
	{ 0xc4000066U, FFA_VERSION_1_1, false, FFA_VERDICT_CONVENTION, "rxtx-map", 0x0 },
	{ 0xc4000066U, FFA_VERSION_1_2, true, FFA_VERDICT_HANDLED, "rxtx-map", 0x0 },
	{ 0xc4000066U, FFA_VERSION_1_2, false, FFA_VERDICT_CONVENTION, "rxtx-map", 0x0 },
	{ 0x84000067U, FFA_VERSION_1_0, true, FFA_VERDICT_HANDLED, "rxtx-unmap", 0x0 },
	{ 0x84000067U, FFA_VERSION_1_0, false, FFA_VERDICT_HANDLED, "rxtx-unmap", 0x0 },
	{ 0x84000067U, FFA_VERSION_1_1, true, FFA_VERDICT_HANDLED, "rxtx-unmap", 0x0 },
	{ 0x84000067U, FFA_VERSION_1_1, false, FFA_VERDICT_HANDLED, "rxtx-unmap", 0x0 },
	{ 0x84000067U, FFA_VERSION_1_2, true, FFA_VERDICT_HANDLED, "rxtx-unmap", 0x0 },
	{ 0x84000067U, FFA_VERSION_1_2, false, FFA_VERDICT_HANDLED, "rxtx-unmap", 0x0 },
	{ 0xc4000067U, FFA_VERSION_1_0, true, FFA_VERDICT_CONVENTION, "rxtx-unmap", 0x0 },
	{ 0xc4000067U, FFA_VERSION_1_0, false, FFA_VERDICT_CONVENTION, "rxtx-unmap", 0x0 },
	{ 0xc4000067U, FFA_VERSION_1_1, true, FFA_VERDICT_CONVENTION, "rxtx-unmap", 0x0 },
	{ 0xc4000067U, FFA_VERSION_1_1, false, FFA_VERDICT_CONVENTION, "rxtx-unmap", 0x0 },
	{ 0xc4000067U, FFA_VERSION_1_2, true, FFA_VERDICT_CONVENTION, "rxtx-unmap", 0x0 },
	{ 0xc4000067U, FFA_VERSION_1_2, false, FFA_VERDICT_CONVENTION, "rxtx-unmap", 0x0 },
	{ 0x84000068U, FFA_VERSION_1_0, true, FFA_VERDICT_HANDLED, "partition-info-get", 0x0 },
	{ 0x84000068U, FFA_VERSION_1_0, false, FFA_VERDICT_HANDLED, "partition-info-get", 0x0 },
	{ 0x84000068U, FFA_VERSION_1_1, true, FFA_VERDICT_HANDLED, "partition-info-get", 0x0 },
	{ 0x84000068U, FFA_VERSION_1_1, false, FFA_VERDICT_HANDLED, "partition-info-get", 0x0 },
	{ 0x84000068U, FFA_VERSION_1_2, true, FFA_VERDICT_HANDLED, "partition-info-get", 0x0 },
	{ 0x84000068U, FFA_VERSION_1_2, false, FFA_VERDICT_HANDLED, "partition-info-get", 0x0 },
	{ 0xc4000068U, FFA_VERSION_1_0, true, FFA_VERDICT_CONVENTION, "partition-info-get", 0x0 },
	{ 0xc4000068U, FFA_VERSION_1_0, false, FFA_VERDICT_CONVENTION, "partition-info-get", 0x0 },
	{ 0xc4000068U, FFA_VERSION_1_1, true, FFA_VERDICT_CONVENTION, "partition-info-get", 0x0 },
	{ 0xc4000068U, FFA_VERSION_1_1, false, FFA_VERDICT_CONVENTION, "partition-info-get", 0x0 },
	{ 0xc4000068U, FFA_VERSION_1_2, true, FFA_VERDICT_CONVENTION, "partition-info-get", 0x0 },
	{ 0xc4000068U, FFA_VERSION_1_2, false, FFA_VERDICT_CONVENTION, "partition-info-get", 0x0 },
	{ 0x84000069U, FFA_VERSION_1_0, true, FFA_VERDICT_HANDLED, "id-get", 0x0 },
	{ 0x84000069U, FFA_VERSION_1_0, false, FFA_VERDICT_HANDLED, "id-get", 0x0 },
	{ 0x84000069U, FFA_VERSION_1_1, true, FFA_VERDICT_HANDLED, "id-get", 0x0 },
	{ 0x84000069U, FFA_VERSION_1_1, false, FFA_VERDICT_HANDLED, "id-get", 0x0 },
	{ 0x84000069U, FFA_VERSION_1_2, true, FFA_VERDICT_HANDLED, "id-get", 0x0 },
	{ 0x84000069U, FFA_VERSION_1_2, false, FFA_VERDICT_HANDLED, "id-get", 0x0 },
	{ 0xc4000069U, FFA_VERSION_1_0, true, FFA_VERDICT_CONVENTION, "id-get", 0x0 },
	{ 0xc4000069U, FFA_VERSION_1_0, false, FFA_VERDICT_CONVENTION, "id-get", 0x0 },
	{ 0xc4000069U, FFA_VERSION_1_1, true, FFA_VERDICT_CONVENTION, "id-get", 0x0 },
	{ 0xc4000069U, FFA_VERSION_1_1, false, FFA_VERDICT_CONVENTION, "id-get", 0x0 },
	{ 0xc4000069U, FFA_VERSION_1_2, true, FFA_VERDICT_CONVENTION, "id-get", 0x0 },
	{ 0xc4000069U, FFA_VERSION_1_2, false, FFA_VERDICT_CONVENTION, "id-get", 0x0 },
	{ 0x8400006aU, FFA_VERSION_1_0, true, FFA_VERDICT_REFUSED, "msg-poll", 0x0 },
	{ 0x8400006aU, FFA_VERSION_1_0, false, FFA_VERDICT_REFUSED, "msg-poll", 0x0 },
	{ 0x8400006aU, FFA_VERSION_1_1, true, FFA_VERDICT_VERSION, "msg-poll", 0x0 },
	{ 0x8400006aU, FFA_VERSION_1_1, false, FFA_VERDICT_VERSION, "msg-poll", 0x0 },
	{ 0x8400006aU, FFA_VERSION_1_2, true, FFA_VERDICT_VERSION, "msg-poll", 0x0 },
	{ 0x8400006aU, FFA_VERSION_1_2, false, FFA_VERDICT_VERSION, "msg-poll", 0x0 },
	{ 0xc400006aU, FFA_VERSION_1_0, true, FFA_VERDICT_CONVENTION, "msg-poll", 0x0 },
	{ 0xc400006aU, FFA_VERSION_1_0, false, FFA_VERDICT_CONVENTION, "msg-poll", 0x0 },
	{ 0xc400006aU, FFA_VERSION_1_1, true, FFA_VERDICT_CONVENTION, "msg-poll", 0x0 },
	{ 0xc400006aU, FFA_VERSION_1_1, false, FFA_VERDICT_CONVENTION, "msg-poll", 0x0 },
	{ 0xc400006aU, FFA_VERSION_1_2, true, FFA_VERDICT_CONVENTION, "msg-poll", 0x0 },
	{ 0xc400006aU, FFA_VERSION_1_2, false, FFA_VERDICT_CONVENTION, "msg-poll", 0x0 },
	{ 0x8400006bU, FFA_VERSION_1_0, true, FFA_VERDICT_REFUSED, "msg-wait", 0x0 },
	{ 0x8400006bU, FFA_VERSION_1_0, false, FFA_VERDICT_REFUSED, "msg-wait", 0x0 },
	{ 0x8400006bU, FFA_VERSION_1_1, true, FFA_VERDICT_REFUSED, "msg-wait", 0x0 },
	{ 0x8400006bU, FFA_VERSION_1_1, false, FFA_VERDICT_REFUSED, "msg-wait", 0x0 },
	{ 0x8400006bU, FFA_VERSION_1_2, true, FFA_VERDICT_REFUSED, "msg-wait", 0x0 },
	{ 0x8400006bU, FFA_VERSION_1_2, false, FFA_VERDICT_REFUSED, "msg-wait", 0x0 },
	{ 0xc400006bU, FFA_VERSION_1_0, true, FFA_VERDICT_CONVENTION, "msg-wait", 0x0 },
	{ 0xc400006bU, FFA_VERSION_1_0, false, FFA_VERDICT_CONVENTION, "msg-wait", 0x0 },
	{ 0xc400006bU, FFA_VERSION_1_1, true, FFA_VERDICT_CONVENTION, "msg-wait", 0x0 },
	{ 0xc400006bU, FFA_VERSION_1_1, false, FFA_VERDICT_CONVENTION, "msg-wait", 0x0 },
	{ 0xc400006bU, FFA_VERSION_1_2, true, FFA_VERDICT_CONVENTION, "msg-wait", 0x0 },
	{ 0xc400006bU, FFA_VERSION_1_2, false, FFA_VERDICT_CONVENTION, "msg-wait", 0x0 },
	{ 0x8400006cU, FFA_VERSION_1_0, true, FFA_VERDICT_REFUSED, "yield", 0x0 },
	{ 0x8400006cU, FFA_VERSION_1_0, false, FFA_VERDICT_REFUSED, "yield", 0x0 },
	{ 0x8400006cU, FFA_VERSION_1_1, true, FFA_VERDICT_REFUSED, "yield", 0x0 },
	{ 0x8400006cU, FFA_VERSION_1_1, false, FFA_VERDICT_REFUSED, "yield", 0x0 },
	{ 0x8400006cU, FFA_VERSION_1_2, true, FFA_VERDICT_REFUSED, "yield", 0x0 },
	{ 0x8400006cU, FFA_VERSION_1_2, false, FFA_VERDICT_REFUSED, "yield", 0x0 },
	{ 0xc400006cU, FFA_VERSION_1_0, true, FFA_VERDICT_CONVENTION, "yield", 0x0 },
	{ 0xc400006cU, FFA_VERSION_1_0, false, FFA_VERDICT_CONVENTION, "yield", 0x0 },
	{ 0xc400006cU, FFA_VERSION_1_1, true, FFA_VERDICT_CONVENTION, "yield", 0x0 },
	{ 0xc400006cU, FFA_VERSION_1_1, false, FFA_VERDICT_CONVENTION, "yield", 0x0 },
	{ 0xc400006cU, FFA_VERSION_1_2, true, FFA_VERDICT_CONVENTION, "yield", 0x0 },
	{ 0xc400006cU, FFA_VERSION_1_2, false, FFA_VERDICT_CONVENTION, "yield", 0x0 },
	{ 0x8400006dU, FFA_VERSION_1_0, true, FFA_VERDICT_HANDLED, "run", 0x0 },
	{ 0x8400006dU, FFA_VERSION_1_0, false, FFA_VERDICT_HANDLED, "run", 0x0 },
	{ 0x8400006dU, FFA_VERSION_1_1, true, FFA_VERDICT_HANDLED, "run", 0x0 },
	{ 0x8400006dU, FFA_VERSION_1_1, false, FFA_VERDICT_HANDLED, "run", 0x0 },
	{ 0x8400006dU, FFA_VERSION_1_2, true, FFA_VERDICT_HANDLED, "run", 0x0 },
	{ 0x8400006dU, FFA_VERSION_1_2, false, FFA_VERDICT_HANDLED, "run", 0x0 },
	{ 0xc400006dU, FFA_VERSION_1_0, true, FFA_VERDICT_CONVENTION, "run", 0x0 },
	{ 0xc400006dU, FFA_VERSION_1_0, false, FFA_VERDICT_CONVENTION, "run", 0x0 },
	{ 0xc400006dU, FFA_VERSION_1_1, true, FFA_VERDICT_CONVENTION, "run", 0x0 },
	{ 0xc400006dU, FFA_VERSION_1_1, false, FFA_VERDICT_CONVENTION, "run", 0x0 },
	{ 0xc400006dU, FFA_VERSION_1_2, true, FFA_VERDICT_CONVENTION, "run", 0x0 },
	{ 0xc400006dU, FFA_VERSION_1_2, false, FFA_VERDICT_CONVENTION, "run", 0x0 },
	{ 0x8400006eU, FFA_VERSION_1_0, true, FFA_VERDICT_REFUSED, "msg-send", 0x0 },
	{ 0x8400006eU, FFA_VERSION_1_0, false, FFA_VERDICT_REFUSED, "msg-send", 0x0 },
	{ 0x8400006eU, FFA_VERSION_1_1, true, FFA_VERDICT_VERSION, "msg-send", 0x0 },
	{ 0x8400006eU, FFA_VERSION_1_1, false, FFA_VERDICT_VERSION, "msg-send", 0x0 },
	{ 0x8400006eU, FFA_VERSION_1_2, true, FFA_VERDICT_VERSION, "msg-send", 0x0 },
	{ 0x8400006eU, FFA_VERSION_1_2, false, FFA_VERDICT_VERSION, "msg-send", 0x0 },
	{ 0xc400006eU, FFA_VERSION_1_0, true, FFA_VERDICT_CONVENTION, "msg-send", 0x0 },
	{ 0xc400006eU, FFA_VERSION_1_0, false, FFA_VERDICT_CONVENTION, "msg-send", 0x0 },
	{ 0xc400006eU, FFA_VERSION_1_1, true, FFA_VERDICT_CONVENTION, "msg-send", 0x0 },
	{ 0xc400006eU, FFA_VERSION_1_1, false, FFA_VERDICT_CONVENTION, "msg-send", 0x0 },
	{ 0xc400006eU, FFA_VERSION_1_2, true, FFA_VERDICT_CONVENTION, "msg-send", 0x0 },
	{ 0xc400006eU, FFA_VERSION_1_2, false, FFA_VERDICT_CONVENTION, "msg-send", 0x0 },
	{ 0x8400006fU, FFA_VERSION_1_0, true, FFA_VERDICT_HANDLED, "msg-send-direct-req", 0x0 },
	{ 0x8400006fU, FFA_VERSION_1_0, false, FFA_VERDICT_HANDLED, "msg-send-direct-req", 0x0 },
	{ 0x8400006fU, FFA_VERSION_1_1, true, FFA_VERDICT_HANDLED, "msg-send-direct-req", 0x0 },
	{ 0x8400006fU, FFA_VERSION_1_1, false, FFA_VERDICT_HANDLED, "msg-send-direct-req", 0x0 },
	{ 0x8400006fU, FFA_VERSION_1_2, true, FFA_VERDICT_HANDLED, "msg-send-direct-req", 0x0 },
	{ 0x8400006fU, FFA_VERSION_1_2, false, FFA_VERDICT_HANDLED, "msg-send-direct-req", 0x0 },
	{ 0xc400006fU, FFA_VERSION_1_0, true, FFA_VERDICT_HANDLED, "msg-send-direct-req", 0x0 },
	{ 0xc400006fU, FFA_VERSION_1_0, false, FFA_VERDICT_CONVENTION, "msg-send-direct-req", 0x0 },
	{ 0xc400006fU, FFA_VERSION_1_1, true, FFA_VERDICT_HANDLED, "msg-send-direct-req", 0x0 },
	{ 0xc400006fU, FFA_VERSION_1_1, false, FFA_VERDICT_CONVENTION, "msg-send-direct-req", 0x0 },
	{ 0xc400006fU, FFA_VERSION_1_2, true, FFA_VERDICT_HANDLED, "msg-send-direct-req", 0x0 },
	{ 0xc400006fU, FFA_VERSION_1_2, false, FFA_VERDICT_CONVENTION, "msg-send-direct-req", 0x0 },
	{ 0x84000070U, FFA_VERSION_1_0, true, FFA_VERDICT_REFUSED, "msg-send-direct-resp", 0x0 },
	{ 0x84000070U, FFA_VERSION_1_0, false, FFA_VERDICT_REFUSED, "msg-send-direct-resp", 0x0 },
	{ 0x84000070U, FFA_VERSION_1_1, true, FFA_VERDICT_REFUSED, "msg-send-direct-resp", 0x0 },
	{ 0x84000070U, FFA_VERSION_1_1, false, FFA_VERDICT_REFUSED, "msg-send-direct-resp", 0x0 },
	{ 0x84000070U, FFA_VERSION_1_2, true, FFA_VERDICT_REFUSED, "msg-send-direct-resp", 0x0 },
	{ 0x84000070U, FFA_VERSION_1_2, false, FFA_VERDICT_REFUSED, "msg-send-direct-resp", 0x0 },
	{ 0xc4000070U, FFA_VERSION_1_0, true, FFA_VERDICT_REFUSED, "msg-send-direct-resp", 0x0 },
	{ 0xc4000070U, FFA_VERSION_1_0, false, FFA_VERDICT_CONVENTION, "msg-send-direct-resp", 0x0 },
	{ 0xc4000070U, FFA_VERSION_1_1, true, FFA_VERDICT_REFUSED, "msg-send-direct-resp", 0x0 },
	{ 0xc4000070U, FFA_VERSION_1_1, false, FFA_VERDICT_CONVENTION, "msg-send-direct-resp", 0x0 },
	{ 0xc4000070U, FFA_VERSION_1_2, true, FFA_VERDICT_REFUSED, "msg-send-direct-resp", 0x0 },
	{ 0xc4000070U, FFA_VERSION_1_2, false, FFA_VERDICT_CONVENTION, "msg-send-direct-resp", 0x0 },
	{ 0x84000071U, FFA_VERSION_1_0, true, FFA_VERDICT_HANDLED, "mem-donate", 0x0 },
	{ 0x84000071U, FFA_VERSION_1_0, false, FFA_VERDICT_HANDLED, "mem-donate", 0x0 },
	{ 0x84000071U, FFA_VERSION_1_1, true, FFA_VERDICT_HANDLED, "mem-donate", 0x0 },
	{ 0x84000071U, FFA_VERSION_1_1, false, FFA_VERDICT_HANDLED, "mem-donate", 0x0 },
	{ 0x84000071U, FFA_VERSION_1_2, true, FFA_VERDICT_HANDLED, "mem-donate", 0x0 },
	{ 0x84000071U, FFA_VERSION_1_2, false, FFA_VERDICT_HANDLED, "mem-donate", 0x0 },
	{ 0xc4000071U, FFA_VERSION_1_0, true, FFA_VERDICT_HANDLED, "mem-donate", 0x0 },
	{ 0xc4000071U, FFA_VERSION_1_0, false, FFA_VERDICT_CONVENTION, "mem-donate", 0x0 },
	{ 0xc4000071U, FFA_VERSION_1_1, true, FFA_VERDICT_HANDLED, "mem-donate", 0x0 },
	{ 0xc4000071U, FFA_VERSION_1_1, false, FFA_VERDICT_CONVENTION, "mem-donate", 0x0 },
	{ 0xc4000071U, FFA_VERSION_1_2, true, FFA_VERDICT_HANDLED, "mem-donate", 0x0 },
	{ 0xc4000071U, FFA_VERSION_1_2, false, FFA_VERDICT_CONVENTION, "mem-donate", 0x0 },
	{ 0x84000072U, FFA_VERSION_1_0, true, FFA_VERDICT_HANDLED, "mem-lend", 0x0 },
	{ 0x84000072U, FFA_VERSION_1_0, false, FFA_VERDICT_HANDLED, "mem-lend", 0x0 },
	{ 0x84000072U, FFA_VERSION_1_1, true, FFA_VERDICT_HANDLED, "mem-lend", 0x0 },
	{ 0x84000072U, FFA_VERSION_1_1, false, FFA_VERDICT_HANDLED, "mem-lend", 0x0 },
	{ 0x84000072U, FFA_VERSION_1_2, true, FFA_VERDICT_HANDLED, "mem-lend", 0x0 },
	{ 0x84000072U, FFA_VERSION_1_2, false, FFA_VERDICT_HANDLED, "mem-lend", 0x0 },
	{ 0xc4000072U, FFA_VERSION_1_0, true, FFA_VERDICT_HANDLED, "mem-lend", 0x0 },
	{ 0xc4000072U, FFA_VERSION_1_0, false, FFA_VERDICT_CONVENTION, "mem-lend", 0x0 },
	{ 0xc4000072U, FFA_VERSION_1_1, true, FFA_VERDICT_HANDLED, "mem-lend", 0x0 },
	{ 0xc4000072U, FFA_VERSION_1_1, false, FFA_VERDICT_CONVENTION, "mem-lend", 0x0 },
	{ 0xc4000072U, FFA_VERSION_1_2, true, FFA_VERDICT_HANDLED, "mem-lend", 0x0 },
	{ 0xc4000072U, FFA_VERSION_1_2, false, FFA_VERDICT_CONVENTION, "mem-lend", 0x0 },
	{ 0x84000073U, FFA_VERSION_1_0, true, FFA_VERDICT_HANDLED, "mem-share", 0x0 },
	{ 0x84000073U, FFA_VERSION_1_0, false, FFA_VERDICT_HANDLED, "mem-share", 0x0 },
	{ 0x84000073U, FFA_VERSION_1_1, true, FFA_VERDICT_HANDLED, "mem-share", 0x0 },
	{ 0x84000073U, FFA_VERSION_1_1, false, FFA_VERDICT_HANDLED, "mem-share", 0x0 },
	{ 0x84000073U, FFA_VERSION_1_2, true, FFA_VERDICT_HANDLED, "mem-share", 0x0 },
	{ 0x84000073U, FFA_VERSION_1_2, false, FFA_VERDICT_HANDLED, "mem-share", 0x0 },
	{ 0xc4000073U, FFA_VERSION_1_0, true, FFA_VERDICT_HANDLED, "mem-share", 0x0 },
	{ 0xc4000073U, FFA_VERSION_1_0, false, FFA_VERDICT_CONVENTION, "mem-share", 0x0 },
	{ 0xc4000073U, FFA_VERSION_1_1, true, FFA_VERDICT_HANDLED, "mem-share", 0x0 },
	{ 0xc4000073U, FFA_VERSION_1_1, false, FFA_VERDICT_CONVENTION, "mem-share", 0x0 },
	{ 0xc4000073U, FFA_VERSION_1_2, true, FFA_VERDICT_HANDLED, "mem-share", 0x0 },
	{ 0xc4000073U, FFA_VERSION_1_2, false, FFA_VERDICT_CONVENTION, "mem-share", 0x0 },
	{ 0x84000074U, FFA_VERSION_1_0, true, FFA_VERDICT_REFUSED, "mem-retrieve-req", 0x0 },
	{ 0x84000074U, FFA_VERSION_1_0, false, FFA_VERDICT_REFUSED, "mem-retrieve-req", 0x0 },
	{ 0x84000074U, FFA_VERSION_1_1, true, FFA_VERDICT_REFUSED, "mem-retrieve-req", 0x0 },
	{ 0x84000074U, FFA_VERSION_1_1, false, FFA_VERDICT_REFUSED, "mem-retrieve-req", 0x0 },
	{ 0x84000074U, FFA_VERSION_1_2, true, FFA_VERDICT_REFUSED, "mem-retrieve-req", 0x0 },
	{ 0x84000074U, FFA_VERSION_1_2, false, FFA_VERDICT_REFUSED, "mem-retrieve-req", 0x0 },
	{ 0xc4000074U, FFA_VERSION_1_0, true, FFA_VERDICT_REFUSED, "mem-retrieve-req", 0x0 },
	{ 0xc4000074U, FFA_VERSION_1_0, false, FFA_VERDICT_CONVENTION, "mem-retrieve-req", 0x0 },
	{ 0xc4000074U, FFA_VERSION_1_1, true, FFA_VERDICT_REFUSED, "mem-retrieve-req", 0x0 },
	{ 0xc4000074U, FFA_VERSION_1_1, false, FFA_VERDICT_CONVENTION, "mem-retrieve-req", 0x0 },
	{ 0xc4000074U, FFA_VERSION_1_2, true, FFA_VERDICT_REFUSED, "mem-retrieve-req", 0x0 },
	{ 0xc4000074U, FFA_VERSION_1_2, false, FFA_VERDICT_CONVENTION, "mem-retrieve-req", 0x0 },
	{ 0x84000075U, FFA_VERSION_1_0, true, FFA_VERDICT_CALLER, "mem-retrieve-resp", 0x0 },
	{ 0x84000075U, FFA_VERSION_1_0, false, FFA_VERDICT_CALLER, "mem-retrieve-resp", 0x0 },
	{ 0x84000075U, FFA_VERSION_1_1, true, FFA_VERDICT_CALLER, "mem-retrieve-resp", 0x0 },
	{ 0x84000075U, FFA_VERSION_1_1, false, FFA_VERDICT_CALLER, "mem-retrieve-resp", 0x0 },
	{ 0x84000075U, FFA_VERSION_1_2, true, FFA_VERDICT_CALLER, "mem-retrieve-resp", 0x0 },
	{ 0x84000075U, FFA_VERSION_1_2, false, FFA_VERDICT_CALLER, "mem-retrieve-resp", 0x0 },
	{ 0xc4000075U, FFA_VERSION_1_0, true, FFA_VERDICT_CONVENTION, "mem-retrieve-resp", 0x0 },
	{ 0xc4000075U, FFA_VERSION_1_0, false, FFA_VERDICT_CONVENTION, "mem-retrieve-resp", 0x0 },
	{ 0xc4000075U, FFA_VERSION_1_1, true, FFA_VERDICT_CONVENTION, "mem-retrieve-resp", 0x0 },
	{ 0xc4000075U, FFA_VERSION_1_1, false, FFA_VERDICT_CONVENTION, "mem-retrieve-resp", 0x0 },
	{ 0xc4000075U, FFA_VERSION_1_2, true, FFA_VERDICT_CONVENTION, "mem-retrieve-resp", 0x0 },
	{ 0xc4000075U, FFA_VERSION_1_2, false, FFA_VERDICT_CONVENTION, "mem-retrieve-resp", 0x0 },
	{ 0x84000076U, FFA_VERSION_1_0, true, FFA_VERDICT_REFUSED, "mem-relinquish", 0x0 },
	{ 0x84000076U, FFA_VERSION_1_0, false, FFA_VERDICT_REFUSED, "mem-relinquish", 0x0 },
	{ 0x84000076U, FFA_VERSION_1_1, true, FFA_VERDICT_REFUSED, "mem-relinquish", 0x0 },
	{ 0x84000076U, FFA_VERSION_1_1, false, FFA_VERDICT_REFUSED, "mem-relinquish", 0x0 },
	{ 0x84000076U, FFA_VERSION_1_2, true, FFA_VERDICT_REFUSED, "mem-relinquish", 0x0 },
	{ 0x84000076U, FFA_VERSION_1_2, false, FFA_VERDICT_REFUSED, "mem-relinquish", 0x0 },
	{ 0xc4000076U, FFA_VERSION_1_0, true, FFA_VERDICT_CONVENTION, "mem-relinquish", 0x0 },
	{ 0xc4000076U, FFA_VERSION_1_0, false, FFA_VERDICT_CONVENTION, "mem-relinquish", 0x0 },
	{ 0xc4000076U, FFA_VERSION_1_1, true, FFA_VERDICT_CONVENTION, "mem-relinquish", 0x0 },
	{ 0xc4000076U, FFA_VERSION_1_1, false, FFA_VERDICT_CONVENTION, "mem-relinquish", 0x0 },
	{ 0xc4000076U, FFA_VERSION_1_2, true, FFA_VERDICT_CONVENTION, "mem-relinquish", 0x0 },
	{ 0xc4000076U, FFA_VERSION_1_2, false, FFA_VERDICT_CONVENTION, "mem-relinquish", 0x0 },
	{ 0x84000077U, FFA_VERSION_1_0, true, FFA_VERDICT_HANDLED, "mem-reclaim", 0x0 },
	{ 0x84000077U, FFA_VERSION_1_0, false, FFA_VERDICT_HANDLED, "mem-reclaim", 0x0 },
	{ 0x84000077U, FFA_VERSION_1_1, true, FFA_VERDICT_HANDLED, "mem-reclaim", 0x0 },
	{ 0x84000077U, FFA_VERSION_1_1, false, FFA_VERDICT_HANDLED, "mem-reclaim", 0x0 },
	{ 0x84000077U, FFA_VERSION_1_2, true, FFA_VERDICT_HANDLED, "mem-reclaim", 0x0 },
	{ 0x84000077U, FFA_VERSION_1_2, false, FFA_VERDICT_HANDLED, "mem-reclaim", 0x0 },
	{ 0xc4000077U, FFA_VERSION_1_0, true, FFA_VERDICT_CONVENTION, "mem-reclaim", 0x0 },
	{ 0xc4000077U, FFA_VERSION_1_0, false, FFA_VERDICT_CONVENTION, "mem-reclaim", 0x0 },
	{ 0xc4000077U, FFA_VERSION_1_1, true, FFA_VERDICT_CONVENTION, "mem-reclaim", 0x0 },
	{ 0xc4000077U, FFA_VERSION_1_1, false, FFA_VERDICT_CONVENTION, "mem-reclaim", 0x0 },
	{ 0xc4000077U, FFA_VERSION_1_2, true, FFA_VERDICT_CONVENTION, "mem-reclaim", 0x0 },
	{ 0xc4000077U, FFA_VERSION_1_2, false, FFA_VERDICT_CONVENTION, "mem-reclaim", 0x0 },
	{ 0x84000078U, FFA_VERSION_1_0, true, FFA_VERDICT_CALLER, "mem-op-pause", 0x0 },
	{ 0x84000078U, FFA_VERSION_1_0, false, FFA_VERDICT_CALLER, "mem-op-pause", 0x0 },
	{ 0x84000078U, FFA_VERSION_1_1, true, FFA_VERDICT_CALLER, "mem-op-pause", 0x0 },
	{ 0x84000078U, FFA_VERSION_1_1, false, FFA_VERDICT_CALLER, "mem-op-pause", 0x0 },
	{ 0x84000078U, FFA_VERSION_1_2, true, FFA_VERDICT_CALLER, "mem-op-pause", 0x0 },
	{ 0x84000078U, FFA_VERSION_1_2, false, FFA_VERDICT_CALLER, "mem-op-pause", 0x0 },
	{ 0xc4000078U, FFA_VERSION_1_0, true, FFA_VERDICT_CONVENTION, "mem-op-pause", 0x0 },
	{ 0xc4000078U, FFA_VERSION_1_0, false, FFA_VERDICT_CONVENTION, "mem-op-pause", 0x0 },
	{ 0xc4000078U, FFA_VERSION_1_1, true, FFA_VERDICT_CONVENTION, "mem-op-pause", 0x0 },
	{ 0xc4000078U, FFA_VERSION_1_1, false, FFA_VERDICT_CONVENTION, "mem-op-pause", 0x0 },
	{ 0xc4000078U, FFA_VERSION_1_2, true, FFA_VERDICT_CONVENTION, "mem-op-pause", 0x0 },
	{ 0xc4000078U, FFA_VERSION_1_2, false, FFA_VERDICT_CONVENTION, "mem-op-pause", 0x0 },
	{ 0x84000079U, FFA_VERSION_1_0, true, FFA_VERDICT_CALLER, "mem-op-resume", 0x0 },
	{ 0x84000079U, FFA_VERSION_1_0, false, FFA_VERDICT_CALLER, "mem-op-resume", 0x0 },
	{ 0x84000079U, FFA_VERSION_1_1, true, FFA_VERDICT_CALLER, "mem-op-resume", 0x0 },
	{ 0x84000079U, FFA_VERSION_1_1, false, FFA_VERDICT_CALLER, "mem-op-resume", 0x0 },
	{ 0x84000079U, FFA_VERSION_1_2, true, FFA_VERDICT_CALLER, "mem-op-resume", 0x0 },
	{ 0x84000079U, FFA_VERSION_1_2, false, FFA_VERDICT_CALLER, "mem-op-resume", 0x0 },
	{ 0xc4000079U, FFA_VERSION_1_0, true, FFA_VERDICT_CONVENTION, "mem-op-resume", 0x0 },
	{ 0xc4000079U, FFA_VERSION_1_0, false, FFA_VERDICT_CONVENTION, "mem-op-resume", 0x0 },
	{ 0xc4000079U, FFA_VERSION_1_1, true, FFA_VERDICT_CONVENTION, "mem-op-resume", 0x0 },
	{ 0xc4000079U, FFA_VERSION_1_1, false, FFA_VERDICT_CONVENTION, "mem-op-resume", 0x0 },
	{ 0xc4000079U, FFA_VERSION_1_2, true, FFA_VERDICT_CONVENTION, "mem-op-resume", 0x0 },
	{ 0xc4000079U, FFA_VERSION_1_2, false, FFA_VERDICT_CONVENTION, "mem-op-resume", 0x0 },
	{ 0x8400007aU, FFA_VERSION_1_0, true, FFA_VERDICT_HANDLED, "mem-frag-rx", 0x0 },
	{ 0x8400007aU, FFA_VERSION_1_0, false, FFA_VERDICT_HANDLED, "mem-frag-rx", 0x0 },
	{ 0x8400007aU, FFA_VERSION_1_1, true, FFA_VERDICT_HANDLED, "mem-frag-rx", 0x0 },
	{ 0x8400007aU, FFA_VERSION_1_1, false, FFA_VERDICT_HANDLED, "mem-frag-rx", 0x0 },
	{ 0x8400007aU, FFA_VERSION_1_2, true, FFA_VERDICT_HANDLED, "mem-frag-rx", 0x0 },
	{ 0x8400007aU, FFA_VERSION_1_2, false, FFA_VERDICT_HANDLED, "mem-frag-rx", 0x0 },
	{ 0xc400007aU, FFA_VERSION_1_0, true, FFA_VERDICT_CONVENTION, "mem-frag-rx", 0x0 },
	{ 0xc400007aU, FFA_VERSION_1_0, false, FFA_VERDICT_CONVENTION, "mem-frag-rx", 0x0 },
	{ 0xc400007aU, FFA_VERSION_1_1, true, FFA_VERDICT_CONVENTION, "mem-frag-rx", 0x0 },
	{ 0xc400007aU, FFA_VERSION_1_1, false, FFA_VERDICT_CONVENTION, "mem-frag-rx", 0x0 },
	{ 0xc400007aU, FFA_VERSION_1_2, true, FFA_VERDICT_CONVENTION, "mem-frag-rx", 0x0 },
	{ 0xc400007aU, FFA_VERSION_1_2, false, FFA_VERDICT_CONVENTION, "mem-frag-rx", 0x0 },
	{ 0x8400007bU, FFA_VERSION_1_0, true, FFA_VERDICT_HANDLED, "mem-frag-tx", 0x0 },
	{ 0x8400007bU, FFA_VERSION_1_0, false, FFA_VERDICT_HANDLED, "mem-frag-tx", 0x0 },
	{ 0x8400007bU, FFA_VERSION_1_1, true, FFA_VERDICT_HANDLED, "mem-frag-tx", 0x0 },
	{ 0x8400007bU, FFA_VERSION_1_1, false, FFA_VERDICT_HANDLED, "mem-frag-tx", 0x0 },
	{ 0x8400007bU, FFA_VERSION_1_2, true, FFA_VERDICT_HANDLED, "mem-frag-tx", 0x0 },
	{ 0x8400007bU, FFA_VERSION_1_2, false, FFA_VERDICT_HANDLED, "mem-frag-tx", 0x0 },
	{ 0xc400007bU, FFA_VERSION_1_0, true, FFA_VERDICT_CONVENTION, "mem-frag-tx", 0x0 },
	{ 0xc400007bU, FFA_VERSION_1_0, false, FFA_VERDICT_CONVENTION, "mem-frag-tx", 0x0 },
	{ 0xc400007bU, FFA_VERSION_1_1, true, FFA_VERDICT_CONVENTION, "mem-frag-tx", 0x0 },
	{ 0xc400007bU, FFA_VERSION_1_1, false, FFA_VERDICT_CONVENTION, "mem-frag-tx", 0x0 },
	{ 0xc400007bU, FFA_VERSION_1_2, true, FFA_VERDICT_CONVENTION, "mem-frag-tx", 0x0 },
	{ 0xc400007bU, FFA_VERSION_1_2, false, FFA_VERDICT_CONVENTION, "mem-frag-tx", 0x0 },
	{ 0x8400007cU, FFA_VERSION_1_0, true, FFA_VERDICT_CALLER, "normal-world-resume", 0x0 },
	{ 0x8400007cU, FFA_VERSION_1_0, false, FFA_VERDICT_CALLER, "normal-world-resume", 0x0 },
	{ 0x8400007cU, FFA_VERSION_1_1, true, FFA_VERDICT_CALLER, "normal-world-resume", 0x0 },
	{ 0x8400007cU, FFA_VERSION_1_1, false, FFA_VERDICT_CALLER, "normal-world-resume", 0x0 },
	{ 0x8400007cU, FFA_VERSION_1_2, true, FFA_VERDICT_CALLER, "normal-world-resume", 0x0 },
	{ 0x8400007cU, FFA_VERSION_1_2, false, FFA_VERDICT_CALLER, "normal-world-resume", 0x0 },
	{ 0xc400007cU, FFA_VERSION_1_0, true, FFA_VERDICT_CONVENTION, "normal-world-resume", 0x0 },
	{ 0xc400007cU, FFA_VERSION_1_0, false, FFA_VERDICT_CONVENTION, "normal-world-resume", 0x0 },
	{ 0xc400007cU, FFA_VERSION_1_1, true, FFA_VERDICT_CONVENTION, "normal-world-resume", 0x0 },
	{ 0xc400007cU, FFA_VERSION_1_1, false, FFA_VERDICT_CONVENTION, "normal-world-resume", 0x0 },
	{ 0xc400007cU, FFA_VERSION_1_2, true, FFA_VERDICT_CONVENTION, "normal-world-resume", 0x0 },
	{ 0xc400007cU, FFA_VERSION_1_2, false, FFA_VERDICT_CONVENTION, "normal-world-resume", 0x0 },
	{ 0x8400007dU, FFA_VERSION_1_0, true, FFA_VERDICT_VERSION, "notification-bitmap-create", 0x0 },
	{ 0x8400007dU, FFA_VERSION_1_0, false, FFA_VERDICT_VERSION, "notification-bitmap-create", 0x0 },
	{ 0x8400007dU, FFA_VERSION_1_1, true, FFA_VERDICT_CALLER, "notification-bitmap-create", 0x0 },
	{ 0x8400007dU, FFA_VERSION_1_1, false, FFA_VERDICT_CALLER, "notification-bitmap-create", 0x0 },
	{ 0x8400007dU, FFA_VERSION_1_2, true, FFA_VERDICT_CALLER, "notification-bitmap-create", 0x0 },
	{ 0x8400007dU, FFA_VERSION_1_2, false, FFA_VERDICT_CALLER, "notification-bitmap-create", 0x0 },
	{ 0xc400007dU, FFA_VERSION_1_0, true, FFA_VERDICT_CONVENTION, "notification-bitmap-create", 0x0 },
	{ 0xc400007dU, FFA_VERSION_1_0, false, FFA_VERDICT_CONVENTION, "notification-bitmap-create", 0x0 },
	{ 0xc400007dU, FFA_VERSION_1_1, true, FFA_VERDICT_CONVENTION, "notification-bitmap-create", 0x0 },
	{ 0xc400007dU, FFA_VERSION_1_1, false, FFA_VERDICT_CONVENTION, "notification-bitmap-create", 0x0 },
	{ 0xc400007dU, FFA_VERSION_1_2, true, FFA_VERDICT_CONVENTION, "notification-bitmap-create", 0x0 },
	{ 0xc400007dU, FFA_VERSION_1_2, false, FFA_VERDICT_CONVENTION, "notification-bitmap-create", 0x0 },
	{ 0x8400007eU, FFA_VERSION_1_0, true, FFA_VERDICT_VERSION, "notification-bitmap-destroy", 0x0 },
	{ 0x8400007eU, FFA_VERSION_1_0, false, FFA_VERDICT_VERSION, "notification-bitmap-destroy", 0x0 },
	{ 0x8400007eU, FFA_VERSION_1_1, true, FFA_VERDICT_CALLER, "notification-bitmap-destroy", 0x0 },
	{ 0x8400007eU, FFA_VERSION_1_1, false, FFA_VERDICT_CALLER, "notification-bitmap-destroy", 0x0 },
	{ 0x8400007eU, FFA_VERSION_1_2, true, FFA_VERDICT_CALLER, "notification-bitmap-destroy", 0x0 },
	{ 0x8400007eU, FFA_VERSION_1_2, false, FFA_VERDICT_CALLER, "notification-bitmap-destroy", 0x0 },
	{ 0xc400007eU, FFA_VERSION_1_0, true, FFA_VERDICT_CONVENTION, "notification-bitmap-destroy", 0x0 },
	{ 0xc400007eU, FFA_VERSION_1_0, false, FFA_VERDICT_CONVENTION, "notification-bitmap-destroy", 0x0 },
	{ 0xc400007eU, FFA_VERSION_1_1, true, FFA_VERDICT_CONVENTION, "notification-bitmap-destroy", 0x0 },
	{ 0xc400007eU, FFA_VERSION_1_1, false, FFA_VERDICT_CONVENTION, "notification-bitmap-destroy", 0x0 },
	{ 0xc400007eU, FFA_VERSION_1_2, true, FFA_VERDICT_CONVENTION, "notification-bitmap-destroy", 0x0 },
	{ 0xc400007eU, FFA_VERSION_1_2, false, FFA_VERDICT_CONVENTION, "notification-bitmap-destroy", 0x0 },
	{ 0x8400007fU, FFA_VERSION_1_0, true, FFA_VERDICT_VERSION, "notification-bind", 0x0 },
	{ 0x8400007fU, FFA_VERSION_1_0, false, FFA_VERDICT_VERSION, "notification-bind", 0x0 },
	{ 0x8400007fU, FFA_VERSION_1_1, true, FFA_VERDICT_HANDLED, "notification-bind", 0x0 },
	{ 0x8400007fU, FFA_VERSION_1_1, false, FFA_VERDICT_HANDLED, "notification-bind", 0x0 },
	{ 0x8400007fU, FFA_VERSION_1_2, true, FFA_VERDICT_HANDLED, "notification-bind", 0x0 },
	{ 0x8400007fU, FFA_VERSION_1_2, false, FFA_VERDICT_HANDLED, "notification-bind", 0x0 },
	{ 0xc400007fU, FFA_VERSION_1_0, true, FFA_VERDICT_CONVENTION, "notification-bind", 0x0 },
	{ 0xc400007fU, FFA_VERSION_1_0, false, FFA_VERDICT_CONVENTION, "notification-bind", 0x0 },
	{ 0xc400007fU, FFA_VERSION_1_1, true, FFA_VERDICT_CONVENTION, "notification-bind", 0x0 },
	{ 0xc400007fU, FFA_VERSION_1_1, false, FFA_VERDICT_CONVENTION, "notification-bind", 0x0 },
	{ 0xc400007fU, FFA_VERSION_1_2, true, FFA_VERDICT_CONVENTION, "notification-bind", 0x0 },
	{ 0xc400007fU, FFA_VERSION_1_2, false, FFA_VERDICT_CONVENTION, "notification-bind", 0x0 },
	{ 0x84000080U, FFA_VERSION_1_0, true, FFA_VERDICT_VERSION, "notification-unbind", 0x0 },
	{ 0x84000080U, FFA_VERSION_1_0, false, FFA_VERDICT_VERSION, "notification-unbind", 0x0 },
	{ 0x84000080U, FFA_VERSION_1_1, true, FFA_VERDICT_HANDLED, "notification-unbind", 0x0 },
	{ 0x84000080U, FFA_VERSION_1_1, false, FFA_VERDICT_HANDLED, "notification-unbind", 0x0 },
	{ 0x84000080U, FFA_VERSION_1_2, true, FFA_VERDICT_HANDLED, "notification-unbind", 0x0 },
	{ 0x84000080U, FFA_VERSION_1_2, false, FFA_VERDICT_HANDLED, "notification-unbind", 0x0 },
	{ 0xc4000080U, FFA_VERSION_1_0, true, FFA_VERDICT_CONVENTION, "notification-unbind", 0x0 },
	{ 0xc4000080U, FFA_VERSION_1_0, false, FFA_VERDICT_CONVENTION, "notification-unbind", 0x0 },
	{ 0xc4000080U, FFA_VERSION_1_1, true, FFA_VERDICT_CONVENTION, "notification-unbind", 0x0 },
	{ 0xc4000080U, FFA_VERSION_1_1, false, FFA_VERDICT_CONVENTION, "notification-unbind", 0x0 },
	{ 0xc4000080U, FFA_VERSION_1_2, true, FFA_VERDICT_CONVENTION, "notification-unbind", 0x0 },
	{ 0xc4000080U, FFA_VERSION_1_2, false, FFA_VERDICT_CONVENTION, "notification-unbind", 0x0 },
	{ 0x84000081U, FFA_VERSION_1_0, true, FFA_VERDICT_VERSION, "notification-set", 0x0 },
	{ 0x84000081U, FFA_VERSION_1_0, false, FFA_VERDICT_VERSION, "notification-set", 0x0 },
	{ 0x84000081U, FFA_VERSION_1_1, true, FFA_VERDICT_HANDLED, "notification-set", 0x0 },
	{ 0x84000081U, FFA_VERSION_1_1, false, FFA_VERDICT_HANDLED, "notification-set", 0x0 },
	{ 0x84000081U, FFA_VERSION_1_2, true, FFA_VERDICT_HANDLED, "notification-set", 0x0 },
	{ 0x84000081U, FFA_VERSION_1_2, false, FFA_VERDICT_HANDLED, "notification-set", 0x0 },
	{ 0xc4000081U, FFA_VERSION_1_0, true, FFA_VERDICT_CONVENTION, "notification-set", 0x0 },
	{ 0xc4000081U, FFA_VERSION_1_0, false, FFA_VERDICT_CONVENTION, "notification-set", 0x0 },
	{ 0xc4000081U, FFA_VERSION_1_1, true, FFA_VERDICT_CONVENTION, "notification-set", 0x0 },
	{ 0xc4000081U, FFA_VERSION_1_1, false, FFA_VERDICT_CONVENTION, "notification-set", 0x0 },
	{ 0xc4000081U, FFA_VERSION_1_2, true, FFA_VERDICT_CONVENTION, "notification-set", 0x0 },
	{ 0xc4000081U, FFA_VERSION_1_2, false, FFA_VERDICT_CONVENTION, "notification-set", 0x0 },
	{ 0x84000082U, FFA_VERSION_1_0, true, FFA_VERDICT_VERSION, "notification-get", 0x0 },
	{ 0x84000082U, FFA_VERSION_1_0, false, FFA_VERDICT_VERSION, "notification-get", 0x0 },
	{ 0x84000082U, FFA_VERSION_1_1, true, FFA_VERDICT_HANDLED, "notification-get", 0x0 },
	{ 0x84000082U, FFA_VERSION_1_1, false, FFA_VERDICT_HANDLED, "notification-get", 0x0 },
	{ 0x84000082U, FFA_VERSION_1_2, true, FFA_VERDICT_HANDLED, "notification-get", 0x0 },
	{ 0x84000082U, FFA_VERSION_1_2, false, FFA_VERDICT_HANDLED, "notification-get", 0x0 },
	{ 0xc4000082U, FFA_VERSION_1_0, true, FFA_VERDICT_CONVENTION, "notification-get", 0x0 },
	{ 0xc4000082U, FFA_VERSION_1_0, false, FFA_VERDICT_CONVENTION, "notification-get", 0x0 },
	{ 0xc4000082U, FFA_VERSION_1_1, true, FFA_VERDICT_CONVENTION, "notification-get", 0x0 },
	{ 0xc4000082U, FFA_VERSION_1_1, false, FFA_VERDICT_CONVENTION, "notification-get", 0x0 },
	{ 0xc4000082U, FFA_VERSION_1_2, true, FFA_VERDICT_CONVENTION, "notification-get", 0x0 },
	{ 0xc4000082U, FFA_VERSION_1_2, false, FFA_VERDICT_CONVENTION, "notification-get", 0x0 },
	{ 0x84000083U, FFA_VERSION_1_0, true, FFA_VERDICT_VERSION, "notification-info-get", 0x0 },
	{ 0x84000083U, FFA_VERSION_1_0, false, FFA_VERDICT_VERSION, "notification-info-get", 0x0 },
	{ 0x84000083U, FFA_VERSION_1_1, true, FFA_VERDICT_HANDLED, "notification-info-get", 0x0 },
	{ 0x84000083U, FFA_VERSION_1_1, false, FFA_VERDICT_HANDLED, "notification-info-get", 0x0 },
	{ 0x84000083U, FFA_VERSION_1_2, true, FFA_VERDICT_HANDLED, "notification-info-get", 0x0 },
	{ 0x84000083U, FFA_VERSION_1_2, false, FFA_VERDICT_HANDLED, "notification-info-get", 0x0 },
	{ 0xc4000083U, FFA_VERSION_1_0, true, FFA_VERDICT_VERSION, "notification-info-get", 0x0 },
	{ 0xc4000083U, FFA_VERSION_1_0, false, FFA_VERDICT_CONVENTION, "notification-info-get", 0x0 },
	{ 0xc4000083U, FFA_VERSION_1_1, true, FFA_VERDICT_HANDLED, "notification-info-get", 0x0 },
	{ 0xc4000083U, FFA_VERSION_1_1, false, FFA_VERDICT_CONVENTION, "notification-info-get", 0x0 },
	{ 0xc4000083U, FFA_VERSION_1_2, true, FFA_VERDICT_HANDLED, "notification-info-get", 0x0 },
	{ 0xc4000083U, FFA_VERSION_1_2, false, FFA_VERDICT_CONVENTION, "notification-info-get", 0x0 },
	{ 0x84000084U, FFA_VERSION_1_0, true, FFA_VERDICT_VERSION, "rx-acquire", 0x0 },
	{ 0x84000084U, FFA_VERSION_1_0, false, FFA_VERDICT_VERSION, "rx-acquire", 0x0 },
	{ 0x84000084U, FFA_VERSION_1_1, true, FFA_VERDICT_CALLER, "rx-acquire", 0x0 },
	{ 0x84000084U, FFA_VERSION_1_1, false, FFA_VERDICT_CALLER, "rx-acquire", 0x0 },
	{ 0x84000084U, FFA_VERSION_1_2, true, FFA_VERDICT_CALLER, "rx-acquire", 0x0 },
	{ 0x84000084U, FFA_VERSION_1_2, false, FFA_VERDICT_CALLER, "rx-acquire", 0x0 },
	{ 0xc4000084U, FFA_VERSION_1_0, true, FFA_VERDICT_CONVENTION, "rx-acquire", 0x0 },
	{ 0xc4000084U, FFA_VERSION_1_0, false, FFA_VERDICT_CONVENTION, "rx-acquire", 0x0 },
	{ 0xc4000084U, FFA_VERSION_1_1, true, FFA_VERDICT_CONVENTION, "rx-acquire", 0x0 },
	{ 0xc4000084U, FFA_VERSION_1_1, false, FFA_VERDICT_CONVENTION, "rx-acquire", 0x0 },
	{ 0xc4000084U, FFA_VERSION_1_2, true, FFA_VERDICT_CONVENTION, "rx-acquire", 0x0 },
	{ 0xc4000084U, FFA_VERSION_1_2, false, FFA_VERDICT_CONVENTION, "rx-acquire", 0x0 },
	{ 0x84000085U, FFA_VERSION_1_0, true, FFA_VERDICT_VERSION, "spm-id-get", 0x0 },
	{ 0x84000085U, FFA_VERSION_1_0, false, FFA_VERDICT_VERSION, "spm-id-get", 0x0 },
	{ 0x84000085U, FFA_VERSION_1_1, true, FFA_VERDICT_HANDLED, "spm-id-get", 0x0 },
	{ 0x84000085U, FFA_VERSION_1_1, false, FFA_VERDICT_HANDLED, "spm-id-get", 0x0 },
	{ 0x84000085U, FFA_VERSION_1_2, true, FFA_VERDICT_HANDLED, "spm-id-get", 0x0 },
	{ 0x84000085U, FFA_VERSION_1_2, false, FFA_VERDICT_HANDLED, "spm-id-get", 0x0 },
	{ 0xc4000085U, FFA_VERSION_1_0, true, FFA_VERDICT_CONVENTION, "spm-id-get", 0x0 },
	{ 0xc4000085U, FFA_VERSION_1_0, false, FFA_VERDICT_CONVENTION, "spm-id-get", 0x0 },
	{ 0xc4000085U, FFA_VERSION_1_1, true, FFA_VERDICT_CONVENTION, "spm-id-get", 0x0 },
	{ 0xc4000085U, FFA_VERSION_1_1, false, FFA_VERDICT_CONVENTION, "spm-id-get", 0x0 },
	{ 0xc4000085U, FFA_VERSION_1_2, true, FFA_VERDICT_CONVENTION, "spm-id-get", 0x0 },
	{ 0xc4000085U, FFA_VERSION_1_2, false, FFA_VERDICT_CONVENTION, "spm-id-get", 0x0 },
	{ 0x84000086U, FFA_VERSION_1_0, true, FFA_VERDICT_VERSION, "msg-send2", 0x0 },
	{ 0x84000086U, FFA_VERSION_1_0, false, FFA_VERDICT_VERSION, "msg-send2", 0x0 },
	{ 0x84000086U, FFA_VERSION_1_1, true, FFA_VERDICT_HANDLED, "msg-send2", 0x0 },
	{ 0x84000086U, FFA_VERSION_1_1, false, FFA_VERDICT_HANDLED, "msg-send2", 0x0 },
	{ 0x84000086U, FFA_VERSION_1_2, true, FFA_VERDICT_HANDLED, "msg-send2", 0x0 },
	{ 0x84000086U, FFA_VERSION_1_2, false, FFA_VERDICT_HANDLED, "msg-send2", 0x0 },
	{ 0xc4000086U, FFA_VERSION_1_0, true, FFA_VERDICT_CONVENTION, "msg-send2", 0x0 },
	{ 0xc4000086U, FFA_VERSION_1_0, false, FFA_VERDICT_CONVENTION, "msg-send2", 0x0 },
	{ 0xc4000086U, FFA_VERSION_1_1, true, FFA_VERDICT_CONVENTION, "msg-send2", 0x0 },
	{ 0xc4000086U, FFA_VERSION_1_1, false, FFA_VERDICT_CONVENTION, "msg-send2", 0x0 },
	{ 0xc4000086U, FFA_VERSION_1_2, true, FFA_VERDICT_CONVENTION, "msg-send2", 0x0 },
	{ 0xc4000086U, FFA_VERSION_1_2, false, FFA_VERDICT_CONVENTION, "msg-send2", 0x0 },
	{ 0x84000087U, FFA_VERSION_1_0, true, FFA_VERDICT_VERSION, "secondary-ep-register", 0x0 },
	{ 0x84000087U, FFA_VERSION_1_0, false, FFA_VERDICT_VERSION, "secondary-ep-register", 0x0 },
	{ 0x84000087U, FFA_VERSION_1_1, true, FFA_VERDICT_CALLER, "secondary-ep-register", 0x0 },
	{ 0x84000087U, FFA_VERSION_1_1, false, FFA_VERDICT_CALLER, "secondary-ep-register", 0x0 },
	{ 0x84000087U, FFA_VERSION_1_2, true, FFA_VERDICT_CALLER, "secondary-ep-register", 0x0 },
	{ 0x84000087U, FFA_VERSION_1_2, false, FFA_VERDICT_CALLER, "secondary-ep-register", 0x0 },
	{ 0xc4000087U, FFA_VERSION_1_0, true, FFA_VERDICT_VERSION, "secondary-ep-register", 0x0 },
	{ 0xc4000087U, FFA_VERSION_1_0, false, FFA_VERDICT_CONVENTION, "secondary-ep-register", 0x0 },
	{ 0xc4000087U, FFA_VERSION_1_1, true, FFA_VERDICT_CALLER, "secondary-ep-register", 0x0 },
	{ 0xc4000087U, FFA_VERSION_1_1, false, FFA_VERDICT_CONVENTION, "secondary-ep-register", 0x0 },
	{ 0xc4000087U, FFA_VERSION_1_2, true, FFA_VERDICT_CALLER, "secondary-ep-register", 0x0 },
	{ 0xc4000087U, FFA_VERSION_1_2, false, FFA_VERDICT_CONVENTION, "secondary-ep-register", 0x0 },
	{ 0x84000088U, FFA_VERSION_1_0, true, FFA_VERDICT_VERSION, "mem-perm-get", 0x0 },
	{ 0x84000088U, FFA_VERSION_1_0, false, FFA_VERDICT_VERSION, "mem-perm-get", 0x0 },
	{ 0x84000088U, FFA_VERSION_1_1, true, FFA_VERDICT_CALLER, "mem-perm-get", 0x0 },
	{ 0x84000088U, FFA_VERSION_1_1, false, FFA_VERDICT_CALLER, "mem-perm-get", 0x0 },
	{ 0x84000088U, FFA_VERSION_1_2, true, FFA_VERDICT_CALLER, "mem-perm-get", 0x0 },
	{ 0x84000088U, FFA_VERSION_1_2, false, FFA_VERDICT_CALLER, "mem-perm-get", 0x0 },
	{ 0xc4000088U, FFA_VERSION_1_0, true, FFA_VERDICT_VERSION, "mem-perm-get", 0x0 },
	{ 0xc4000088U, FFA_VERSION_1_0, false, FFA_VERDICT_CONVENTION, "mem-perm-get", 0x0 },
	{ 0xc4000088U, FFA_VERSION_1_1, true, FFA_VERDICT_CALLER, "mem-perm-get", 0x0 },
	{ 0xc4000088U, FFA_VERSION_1_1, false, FFA_VERDICT_CONVENTION, "mem-perm-get", 0x0 },
	{ 0xc4000088U, FFA_VERSION_1_2, true, FFA_VERDICT_CALLER, "mem-perm-get", 0x0 },
	{ 0xc4000088U, FFA_VERSION_1_2, false, FFA_VERDICT_CONVENTION, "mem-perm-get", 0x0 },
	{ 0x84000089U, FFA_VERSION_1_0, true, FFA_VERDICT_VERSION, "mem-perm-set", 0x0 },
	{ 0x84000089U, FFA_VERSION_1_0, false, FFA_VERDICT_VERSION, "mem-perm-set", 0x0 },
	{ 0x84000089U, FFA_VERSION_1_1, true, FFA_VERDICT_CALLER, "mem-perm-set", 0x0 },
	{ 0x84000089U, FFA_VERSION_1_1, false, FFA_VERDICT_CALLER, "mem-perm-set", 0x0 },
	{ 0x84000089U, FFA_VERSION_1_2, true, FFA_VERDICT_CALLER, "mem-perm-set", 0x0 },
	{ 0x84000089U, FFA_VERSION_1_2, false, FFA_VERDICT_CALLER, "mem-perm-set", 0x0 },
	{ 0xc4000089U, FFA_VERSION_1_0, true, FFA_VERDICT_VERSION, "mem-perm-set", 0x0 },
	{ 0xc4000089U, FFA_VERSION_1_0, false, FFA_VERDICT_CONVENTION, "mem-perm-set", 0x0 },
	{ 0xc4000089U, FFA_VERSION_1_1, true, FFA_VERDICT_CALLER, "mem-perm-set", 0x0 },
	{ 0xc4000089U, FFA_VERSION_1_1, false, FFA_VERDICT_CONVENTION, "mem-perm-set", 0x0 },
	{ 0xc4000089U, FFA_VERSION_1_2, true, FFA_VERDICT_CALLER, "mem-perm-set", 0x0 },
	{ 0xc4000089U, FFA_VERSION_1_2, false, FFA_VERDICT_CONVENTION, "mem-perm-set", 0x0 },
	{ 0x8400008aU, FFA_VERSION_1_0, true, FFA_VERDICT_VERSION, "console-log", 0x3ff00 },
	{ 0x8400008aU, FFA_VERSION_1_0, false, FFA_VERDICT_VERSION, "console-log", 0x3ff00 },
	{ 0x8400008aU, FFA_VERSION_1_1, true, FFA_VERDICT_VERSION, "console-log", 0x3ff00 },
	{ 0x8400008aU, FFA_VERSION_1_1, false, FFA_VERDICT_VERSION, "console-log", 0x3ff00 },
	{ 0x8400008aU, FFA_VERSION_1_2, true, FFA_VERDICT_CALLER, "console-log", 0x3ff00 },
	{ 0x8400008aU, FFA_VERSION_1_2, false, FFA_VERDICT_CALLER, "console-log", 0x3ff00 },
	{ 0xc400008aU, FFA_VERSION_1_0, true, FFA_VERDICT_VERSION, "console-log", 0x3ff00 },
	{ 0xc400008aU, FFA_VERSION_1_0, false, FFA_VERDICT_CONVENTION, "console-log", 0x3ff00 },
	{ 0xc400008aU, FFA_VERSION_1_1, true, FFA_VERDICT_VERSION, "console-log", 0x3ff00 },
	{ 0xc400008aU, FFA_VERSION_1_1, false, FFA_VERDICT_CONVENTION, "console-log", 0x3ff00 },
	{ 0xc400008aU, FFA_VERSION_1_2, true, FFA_VERDICT_CALLER, "console-log", 0x3ff00 },
	{ 0xc400008aU, FFA_VERSION_1_2, false, FFA_VERDICT_CONVENTION, "console-log", 0x3ff00 },
	{ 0x8400008bU, FFA_VERSION_1_0, true, FFA_VERDICT_CONVENTION, "partition-info-get-regs", 0x3ff00 },
	{ 0x8400008bU, FFA_VERSION_1_0, false, FFA_VERDICT_CONVENTION, "partition-info-get-regs", 0x3ff00 },
	{ 0x8400008bU, FFA_VERSION_1_1, true, FFA_VERDICT_CONVENTION, "partition-info-get-regs", 0x3ff00 },
	{ 0x8400008bU, FFA_VERSION_1_1, false, FFA_VERDICT_CONVENTION, "partition-info-get-regs", 0x3ff00 },
	{ 0x8400008bU, FFA_VERSION_1_2, true, FFA_VERDICT_CONVENTION, "partition-info-get-regs", 0x3ff00 },
	{ 0x8400008bU, FFA_VERSION_1_2, false, FFA_VERDICT_CONVENTION, "partition-info-get-regs", 0x3ff00 },
	{ 0xc400008bU, FFA_VERSION_1_0, true, FFA_VERDICT_VERSION, "partition-info-get-regs", 0x3ff00 },
	{ 0xc400008bU, FFA_VERSION_1_0, false, FFA_VERDICT_CONVENTION, "partition-info-get-regs", 0x3ff00 },
	{ 0xc400008bU, FFA_VERSION_1_1, true, FFA_VERDICT_VERSION, "partition-info-get-regs", 0x3ff00 },
	{ 0xc400008bU, FFA_VERSION_1_1, false, FFA_VERDICT_CONVENTION, "partition-info-get-regs", 0x3ff00 },
	{ 0xc400008bU, FFA_VERSION_1_2, true, FFA_VERDICT_HANDLED, "partition-info-get-regs", 0x3ff00 },
	{ 0xc400008bU, FFA_VERSION_1_2, false, FFA_VERDICT_CONVENTION, "partition-info-get-regs", 0x3ff00 },
	{ 0x8400008cU, FFA_VERSION_1_0, true, FFA_VERDICT_VERSION, "el3-intr-handle", 0x0 },
	{ 0x8400008cU, FFA_VERSION_1_0, false, FFA_VERDICT_VERSION, "el3-intr-handle", 0x0 },
	{ 0x8400008cU, FFA_VERSION_1_1, true, FFA_VERDICT_VERSION, "el3-intr-handle", 0x0 },
	{ 0x8400008cU, FFA_VERSION_1_1, false, FFA_VERDICT_VERSION, "el3-intr-handle", 0x0 },
	{ 0x8400008cU, FFA_VERSION_1_2, true, FFA_VERDICT_CALLER, "el3-intr-handle", 0x0 },
	{ 0x8400008cU, FFA_VERSION_1_2, false, FFA_VERDICT_CALLER, "el3-intr-handle", 0x0 },
	{ 0xc400008cU, FFA_VERSION_1_0, true, FFA_VERDICT_CONVENTION, "el3-intr-handle", 0x0 },
	{ 0xc400008cU, FFA_VERSION_1_0, false, FFA_VERDICT_CONVENTION, "el3-intr-handle", 0x0 },
	{ 0xc400008cU, FFA_VERSION_1_1, true, FFA_VERDICT_CONVENTION, "el3-intr-handle", 0x0 },
	{ 0xc400008cU, FFA_VERSION_1_1, false, FFA_VERDICT_CONVENTION, "el3-intr-handle", 0x0 },
	{ 0xc400008cU, FFA_VERSION_1_2, true, FFA_VERDICT_CONVENTION, "el3-intr-handle", 0x0 },
	{ 0xc400008cU, FFA_VERSION_1_2, false, FFA_VERDICT_CONVENTION, "el3-intr-handle", 0x0 },
	{ 0x8400008dU, FFA_VERSION_1_0, true, FFA_VERDICT_CONVENTION, "msg-send-direct-req2", 0x3ff00 },
	{ 0x8400008dU, FFA_VERSION_1_0, false, FFA_VERDICT_CONVENTION, "msg-send-direct-req2", 0x3ff00 },
	{ 0x8400008dU, FFA_VERSION_1_1, true, FFA_VERDICT_CONVENTION, "msg-send-direct-req2", 0x3ff00 },
	{ 0x8400008dU, FFA_VERSION_1_1, false, FFA_VERDICT_CONVENTION, "msg-send-direct-req2", 0x3ff00 },
	{ 0x8400008dU, FFA_VERSION_1_2, true, FFA_VERDICT_CONVENTION, "msg-send-direct-req2", 0x3ff00 },
	{ 0x8400008dU, FFA_VERSION_1_2, false, FFA_VERDICT_CONVENTION, "msg-send-direct-req2", 0x3ff00 },
	{ 0xc400008dU, FFA_VERSION_1_0, true, FFA_VERDICT_VERSION, "msg-send-direct-req2", 0x3ff00 },
	{ 0xc400008dU, FFA_VERSION_1_0, false, FFA_VERDICT_CONVENTION, "msg-send-direct-req2", 0x3ff00 },
	{ 0xc400008dU, FFA_VERSION_1_1, true, FFA_VERDICT_VERSION, "msg-send-direct-req2", 0x3ff00 },
	{ 0xc400008dU, FFA_VERSION_1_1, false, FFA_VERDICT_CONVENTION, "msg-send-direct-req2", 0x3ff00 },
	{ 0xc400008dU, FFA_VERSION_1_2, true, FFA_VERDICT_HANDLED, "msg-send-direct-req2", 0x3ff00 },
	{ 0xc400008dU, FFA_VERSION_1_2, false, FFA_VERDICT_CONVENTION, "msg-send-direct-req2", 0x3ff00 },
	{ 0x8400008eU, FFA_VERSION_1_0, true, FFA_VERDICT_CONVENTION, "msg-send-direct-resp2", 0x3ff00 },
	{ 0x8400008eU, FFA_VERSION_1_0, false, FFA_VERDICT_CONVENTION, "msg-send-direct-resp2", 0x3ff00 },
	{ 0x8400008eU, FFA_VERSION_1_1, true, FFA_VERDICT_CONVENTION, "msg-send-direct-resp2", 0x3ff00 },
	{ 0x8400008eU, FFA_VERSION_1_1, false, FFA_VERDICT_CONVENTION, "msg-send-direct-resp2", 0x3ff00 },
	{ 0x8400008eU, FFA_VERSION_1_2, true, FFA_VERDICT_CONVENTION, "msg-send-direct-resp2", 0x3ff00 },
	{ 0x8400008eU, FFA_VERSION_1_2, false, FFA_VERDICT_CONVENTION, "msg-send-direct-resp2", 0x3ff00 },
	{ 0xc400008eU, FFA_VERSION_1_0, true, FFA_VERDICT_VERSION, "msg-send-direct-resp2", 0x3ff00 },
	{ 0xc400008eU, FFA_VERSION_1_0, false, FFA_VERDICT_CONVENTION, "msg-send-direct-resp2", 0x3ff00 },
	{ 0xc400008eU, FFA_VERSION_1_1, true, FFA_VERDICT_VERSION, "msg-send-direct-resp2", 0x3ff00 },
	{ 0xc400008eU, FFA_VERSION_1_1, false, FFA_VERDICT_CONVENTION, "msg-send-direct-resp2", 0x3ff00 },
	{ 0xc400008eU, FFA_VERSION_1_2, true, FFA_VERDICT_REFUSED, "msg-send-direct-resp2", 0x3ff00 },
	{ 0xc400008eU, FFA_VERSION_1_2, false, FFA_VERDICT_CONVENTION, "msg-send-direct-resp2", 0x3ff00 },
	{ 0x8400008fU, FFA_VERSION_1_0, true, FFA_VERDICT_CONVENTION, "ns-res-info-get", 0x0 },
	{ 0x8400008fU, FFA_VERSION_1_0, false, FFA_VERDICT_CONVENTION, "ns-res-info-get", 0x0 },
	{ 0x8400008fU, FFA_VERSION_1_1, true, FFA_VERDICT_CONVENTION, "ns-res-info-get", 0x0 },
	{ 0x8400008fU, FFA_VERSION_1_1, false, FFA_VERDICT_CONVENTION, "ns-res-info-get", 0x0 },
	{ 0x8400008fU, FFA_VERSION_1_2, true, FFA_VERDICT_CONVENTION, "ns-res-info-get", 0x0 },
	{ 0x8400008fU, FFA_VERSION_1_2, false, FFA_VERDICT_CONVENTION, "ns-res-info-get", 0x0 },
	{ 0xc400008fU, FFA_VERSION_1_0, true, FFA_VERDICT_VERSION, "ns-res-info-get", 0x0 },
	{ 0xc400008fU, FFA_VERSION_1_0, false, FFA_VERDICT_CONVENTION, "ns-res-info-get", 0x0 },
	{ 0xc400008fU, FFA_VERSION_1_1, true, FFA_VERDICT_VERSION, "ns-res-info-get", 0x0 },
	{ 0xc400008fU, FFA_VERSION_1_1, false, FFA_VERDICT_CONVENTION, "ns-res-info-get", 0x0 },
	{ 0xc400008fU, FFA_VERSION_1_2, true, FFA_VERDICT_VERSION, "ns-res-info-get", 0x0 },
	{ 0xc400008fU, FFA_VERSION_1_2, false, FFA_VERDICT_CONVENTION, "ns-res-info-get", 0x0 },
	{ 0x84000090U, FFA_VERSION_1_0, true, FFA_VERDICT_VERSION, "abort", 0x0 },
	{ 0x84000090U, FFA_VERSION_1_0, false, FFA_VERDICT_VERSION, "abort", 0x0 },
	{ 0x84000090U, FFA_VERSION_1_1, true, FFA_VERDICT_VERSION, "abort", 0x0 },
	{ 0x84000090U, FFA_VERSION_1_1, false, FFA_VERDICT_VERSION, "abort", 0x0 },
	{ 0x84000090U, FFA_VERSION_1_2, true, FFA_VERDICT_VERSION, "abort", 0x0 },
	{ 0x84000090U, FFA_VERSION_1_2, false, FFA_VERDICT_VERSION, "abort", 0x0 },
	{ 0xc4000090U, FFA_VERSION_1_0, true, FFA_VERDICT_VERSION, "abort", 0x0 },
	{ 0xc4000090U, FFA_VERSION_1_0, false, FFA_VERDICT_CONVENTION, "abort", 0x0 },
	{ 0xc4000090U, FFA_VERSION_1_1, true, FFA_VERDICT_VERSION, "abort", 0x0 },
	{ 0xc4000090U, FFA_VERSION_1_1, false, FFA_VERDICT_CONVENTION, "abort", 0x0 },
	{ 0xc4000090U, FFA_VERSION_1_2, true, FFA_VERDICT_VERSION, "abort", 0x0 },
	{ 0xc4000090U, FFA_VERSION_1_2, false, FFA_VERDICT_CONVENTION, "abort", 0x0 },
	{ 0x84000091U, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0x91", 0x0 },
	{ 0x84000091U, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0x91", 0x0 },
	{ 0x84000091U, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0x91", 0x0 },
	{ 0x84000091U, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0x91", 0x0 },
	{ 0x84000091U, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0x91", 0x0 },
	{ 0x84000091U, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0x91", 0x0 },
	{ 0xc4000091U, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0x91", 0x0 },
	{ 0xc4000091U, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0x91", 0x0 },
	{ 0xc4000091U, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0x91", 0x0 },
	{ 0xc4000091U, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0x91", 0x0 },
	{ 0xc4000091U, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0x91", 0x0 },
	{ 0xc4000091U, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0x91", 0x0 },
	{ 0x84000092U, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0x92", 0x0 },
	{ 0x84000092U, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0x92", 0x0 },
	{ 0x84000092U, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0x92", 0x0 },
	{ 0x84000092U, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0x92", 0x0 },
	{ 0x84000092U, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0x92", 0x0 },
	{ 0x84000092U, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0x92", 0x0 },
	{ 0xc4000092U, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0x92", 0x0 },
	{ 0xc4000092U, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0x92", 0x0 },
	{ 0xc4000092U, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0x92", 0x0 },
	{ 0xc4000092U, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0x92", 0x0 },
	{ 0xc4000092U, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0x92", 0x0 },
	{ 0xc4000092U, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0x92", 0x0 },
	{ 0x84000093U, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0x93", 0x0 },
	{ 0x84000093U, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0x93", 0x0 },
	{ 0x84000093U, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0x93", 0x0 },
	{ 0x84000093U, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0x93", 0x0 },
	{ 0x84000093U, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0x93", 0x0 },
	{ 0x84000093U, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0x93", 0x0 },
	{ 0xc4000093U, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0x93", 0x0 },
	{ 0xc4000093U, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0x93", 0x0 },
	{ 0xc4000093U, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0x93", 0x0 },
	{ 0xc4000093U, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0x93", 0x0 },
	{ 0xc4000093U, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0x93", 0x0 },
	{ 0xc4000093U, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0x93", 0x0 },
	{ 0x84000094U, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0x94", 0x0 },
	{ 0x84000094U, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0x94", 0x0 },
	{ 0x84000094U, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0x94", 0x0 },
	{ 0x84000094U, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0x94", 0x0 },
	{ 0x84000094U, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0x94", 0x0 },
	{ 0x84000094U, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0x94", 0x0 },
	{ 0xc4000094U, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0x94", 0x0 },
	{ 0xc4000094U, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0x94", 0x0 },
	{ 0xc4000094U, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0x94", 0x0 },
	{ 0xc4000094U, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0x94", 0x0 },
	{ 0xc4000094U, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0x94", 0x0 },
	{ 0xc4000094U, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0x94", 0x0 },
	{ 0x84000095U, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0x95", 0x0 },
	{ 0x84000095U, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0x95", 0x0 },
	{ 0x84000095U, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0x95", 0x0 },
	{ 0x84000095U, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0x95", 0x0 },
	{ 0x84000095U, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0x95", 0x0 },
	{ 0x84000095U, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0x95", 0x0 },
	{ 0xc4000095U, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0x95", 0x0 },
	{ 0xc4000095U, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0x95", 0x0 },
	{ 0xc4000095U, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0x95", 0x0 },
	{ 0xc4000095U, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0x95", 0x0 },
	{ 0xc4000095U, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0x95", 0x0 },
	{ 0xc4000095U, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0x95", 0x0 },
	{ 0x84000096U, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0x96", 0x0 },
	{ 0x84000096U, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0x96", 0x0 },
	{ 0x84000096U, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0x96", 0x0 },
	{ 0x84000096U, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0x96", 0x0 },
	{ 0x84000096U, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0x96", 0x0 },
	{ 0x84000096U, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0x96", 0x0 },
	{ 0xc4000096U, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0x96", 0x0 },
	{ 0xc4000096U, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0x96", 0x0 },
	{ 0xc4000096U, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0x96", 0x0 },
	{ 0xc4000096U, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0x96", 0x0 },
	{ 0xc4000096U, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0x96", 0x0 },
	{ 0xc4000096U, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0x96", 0x0 },
	{ 0x84000097U, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0x97", 0x0 },
	{ 0x84000097U, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0x97", 0x0 },
	{ 0x84000097U, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0x97", 0x0 },
	{ 0x84000097U, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0x97", 0x0 },
	{ 0x84000097U, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0x97", 0x0 },
	{ 0x84000097U, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0x97", 0x0 },
	{ 0xc4000097U, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0x97", 0x0 },
	{ 0xc4000097U, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0x97", 0x0 },
	{ 0xc4000097U, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0x97", 0x0 },
	{ 0xc4000097U, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0x97", 0x0 },
	{ 0xc4000097U, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0x97", 0x0 },
	{ 0xc4000097U, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0x97", 0x0 },
	{ 0x84000098U, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0x98", 0x0 },
	{ 0x84000098U, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0x98", 0x0 },
	{ 0x84000098U, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0x98", 0x0 },
	{ 0x84000098U, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0x98", 0x0 },
	{ 0x84000098U, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0x98", 0x0 },
	{ 0x84000098U, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0x98", 0x0 },
	{ 0xc4000098U, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0x98", 0x0 },
	{ 0xc4000098U, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0x98", 0x0 },
	{ 0xc4000098U, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0x98", 0x0 },
	{ 0xc4000098U, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0x98", 0x0 },
	{ 0xc4000098U, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0x98", 0x0 },
	{ 0xc4000098U, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0x98", 0x0 },
	{ 0x84000099U, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0x99", 0x0 },
	{ 0x84000099U, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0x99", 0x0 },
	{ 0x84000099U, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0x99", 0x0 },
	{ 0x84000099U, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0x99", 0x0 },
	{ 0x84000099U, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0x99", 0x0 },
	{ 0x84000099U, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0x99", 0x0 },
	{ 0xc4000099U, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0x99", 0x0 },
	{ 0xc4000099U, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0x99", 0x0 },
	{ 0xc4000099U, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0x99", 0x0 },
	{ 0xc4000099U, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0x99", 0x0 },
	{ 0xc4000099U, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0x99", 0x0 },
	{ 0xc4000099U, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0x99", 0x0 },
	{ 0x8400009aU, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0x9a", 0x0 },
	{ 0x8400009aU, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0x9a", 0x0 },
	{ 0x8400009aU, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0x9a", 0x0 },
	{ 0x8400009aU, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0x9a", 0x0 },
	{ 0x8400009aU, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0x9a", 0x0 },
	{ 0x8400009aU, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0x9a", 0x0 },
	{ 0xc400009aU, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0x9a", 0x0 },
	{ 0xc400009aU, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0x9a", 0x0 },
	{ 0xc400009aU, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0x9a", 0x0 },
	{ 0xc400009aU, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0x9a", 0x0 },
	{ 0xc400009aU, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0x9a", 0x0 },
	{ 0xc400009aU, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0x9a", 0x0 },
	{ 0x8400009bU, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0x9b", 0x0 },
	{ 0x8400009bU, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0x9b", 0x0 },
	{ 0x8400009bU, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0x9b", 0x0 },
	{ 0x8400009bU, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0x9b", 0x0 },
	{ 0x8400009bU, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0x9b", 0x0 },
	{ 0x8400009bU, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0x9b", 0x0 },
	{ 0xc400009bU, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0x9b", 0x0 },
	{ 0xc400009bU, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0x9b", 0x0 },
	{ 0xc400009bU, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0x9b", 0x0 },
	{ 0xc400009bU, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0x9b", 0x0 },
	{ 0xc400009bU, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0x9b", 0x0 },
	{ 0xc400009bU, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0x9b", 0x0 },
	{ 0x8400009cU, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0x9c", 0x0 },
	{ 0x8400009cU, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0x9c", 0x0 },
	{ 0x8400009cU, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0x9c", 0x0 },
	{ 0x8400009cU, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0x9c", 0x0 },
	{ 0x8400009cU, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0x9c", 0x0 },
	{ 0x8400009cU, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0x9c", 0x0 },
	{ 0xc400009cU, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0x9c", 0x0 },
	{ 0xc400009cU, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0x9c", 0x0 },
	{ 0xc400009cU, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0x9c", 0x0 },
	{ 0xc400009cU, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0x9c", 0x0 },
	{ 0xc400009cU, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0x9c", 0x0 },
	{ 0xc400009cU, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0x9c", 0x0 },
	{ 0x8400009dU, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0x9d", 0x0 },
	{ 0x8400009dU, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0x9d", 0x0 },
	{ 0x8400009dU, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0x9d", 0x0 },
	{ 0x8400009dU, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0x9d", 0x0 },
	{ 0x8400009dU, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0x9d", 0x0 },
	{ 0x8400009dU, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0x9d", 0x0 },
	{ 0xc400009dU, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0x9d", 0x0 },
	{ 0xc400009dU, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0x9d", 0x0 },
	{ 0xc400009dU, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0x9d", 0x0 },
	{ 0xc400009dU, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0x9d", 0x0 },
	{ 0xc400009dU, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0x9d", 0x0 },
	{ 0xc400009dU, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0x9d", 0x0 },
	{ 0x8400009eU, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0x9e", 0x0 },
	{ 0x8400009eU, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0x9e", 0x0 },
	{ 0x8400009eU, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0x9e", 0x0 },
	{ 0x8400009eU, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0x9e", 0x0 },
	{ 0x8400009eU, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0x9e", 0x0 },
	{ 0x8400009eU, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0x9e", 0x0 },
	{ 0xc400009eU, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0x9e", 0x0 },
	{ 0xc400009eU, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0x9e", 0x0 },
	{ 0xc400009eU, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0x9e", 0x0 },
	{ 0xc400009eU, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0x9e", 0x0 },
	{ 0xc400009eU, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0x9e", 0x0 },
	{ 0xc400009eU, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0x9e", 0x0 },
	{ 0x8400009fU, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0x9f", 0x0 },
	{ 0x8400009fU, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0x9f", 0x0 },
	{ 0x8400009fU, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0x9f", 0x0 },
	{ 0x8400009fU, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0x9f", 0x0 },
	{ 0x8400009fU, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0x9f", 0x0 },
	{ 0x8400009fU, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0x9f", 0x0 },
	{ 0xc400009fU, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0x9f", 0x0 },
	{ 0xc400009fU, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0x9f", 0x0 },
	{ 0xc400009fU, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0x9f", 0x0 },
	{ 0xc400009fU, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0x9f", 0x0 },
	{ 0xc400009fU, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0x9f", 0x0 },
	{ 0xc400009fU, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0x9f", 0x0 },
	{ 0x840000a0U, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0xa0", 0x0 },
	{ 0x840000a0U, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0xa0", 0x0 },
	{ 0x840000a0U, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0xa0", 0x0 },
	{ 0x840000a0U, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0xa0", 0x0 },
	{ 0x840000a0U, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0xa0", 0x0 },
	{ 0x840000a0U, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0xa0", 0x0 },
	{ 0xc40000a0U, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0xa0", 0x0 },
	{ 0xc40000a0U, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0xa0", 0x0 },
	{ 0xc40000a0U, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0xa0", 0x0 },
	{ 0xc40000a0U, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0xa0", 0x0 },
	{ 0xc40000a0U, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0xa0", 0x0 },
	{ 0xc40000a0U, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0xa0", 0x0 },
	{ 0x840000a1U, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0xa1", 0x0 },
	{ 0x840000a1U, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0xa1", 0x0 },
	{ 0x840000a1U, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0xa1", 0x0 },
	{ 0x840000a1U, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0xa1", 0x0 },
	{ 0x840000a1U, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0xa1", 0x0 },
	{ 0x840000a1U, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0xa1", 0x0 },
	{ 0xc40000a1U, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0xa1", 0x0 },
	{ 0xc40000a1U, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0xa1", 0x0 },
	{ 0xc40000a1U, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0xa1", 0x0 },
	{ 0xc40000a1U, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0xa1", 0x0 },
	{ 0xc40000a1U, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0xa1", 0x0 },
	{ 0xc40000a1U, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0xa1", 0x0 },
	{ 0x840000a2U, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0xa2", 0x0 },
	{ 0x840000a2U, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0xa2", 0x0 },
	{ 0x840000a2U, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0xa2", 0x0 },
	{ 0x840000a2U, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0xa2", 0x0 },
	{ 0x840000a2U, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0xa2", 0x0 },
	{ 0x840000a2U, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0xa2", 0x0 },
	{ 0xc40000a2U, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0xa2", 0x0 },
	{ 0xc40000a2U, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0xa2", 0x0 },
	{ 0xc40000a2U, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0xa2", 0x0 },
	{ 0xc40000a2U, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0xa2", 0x0 },
	{ 0xc40000a2U, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0xa2", 0x0 },
	{ 0xc40000a2U, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0xa2", 0x0 },
	{ 0x840000a3U, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0xa3", 0x0 },
	{ 0x840000a3U, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0xa3", 0x0 },
	{ 0x840000a3U, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0xa3", 0x0 },
	{ 0x840000a3U, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0xa3", 0x0 },
	{ 0x840000a3U, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0xa3", 0x0 },
	{ 0x840000a3U, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0xa3", 0x0 },
	{ 0xc40000a3U, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0xa3", 0x0 },
	{ 0xc40000a3U, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0xa3", 0x0 },
	{ 0xc40000a3U, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0xa3", 0x0 },
	{ 0xc40000a3U, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0xa3", 0x0 },
	{ 0xc40000a3U, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0xa3", 0x0 },
	{ 0xc40000a3U, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0xa3", 0x0 },
	{ 0x840000a4U, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0xa4", 0x0 },
	{ 0x840000a4U, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0xa4", 0x0 },
	{ 0x840000a4U, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0xa4", 0x0 },
	{ 0x840000a4U, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0xa4", 0x0 },
	{ 0x840000a4U, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0xa4", 0x0 },
	{ 0x840000a4U, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0xa4", 0x0 },
	{ 0xc40000a4U, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0xa4", 0x0 },
	{ 0xc40000a4U, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0xa4", 0x0 },
	{ 0xc40000a4U, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0xa4", 0x0 },
	{ 0xc40000a4U, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0xa4", 0x0 },
	{ 0xc40000a4U, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0xa4", 0x0 },
	{ 0xc40000a4U, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0xa4", 0x0 },
	{ 0x840000a5U, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0xa5", 0x0 },
	{ 0x840000a5U, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0xa5", 0x0 },
	{ 0x840000a5U, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0xa5", 0x0 },
	{ 0x840000a5U, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0xa5", 0x0 },
	{ 0x840000a5U, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0xa5", 0x0 },
	{ 0x840000a5U, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0xa5", 0x0 },
	{ 0xc40000a5U, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0xa5", 0x0 },
	{ 0xc40000a5U, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0xa5", 0x0 },
	{ 0xc40000a5U, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0xa5", 0x0 },
	{ 0xc40000a5U, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0xa5", 0x0 },
	{ 0xc40000a5U, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0xa5", 0x0 },
	{ 0xc40000a5U, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0xa5", 0x0 },
	{ 0x840000a6U, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0xa6", 0x0 },
	{ 0x840000a6U, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0xa6", 0x0 },
	{ 0x840000a6U, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0xa6", 0x0 },
	{ 0x840000a6U, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0xa6", 0x0 },
	{ 0x840000a6U, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0xa6", 0x0 },
	{ 0x840000a6U, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0xa6", 0x0 },
	{ 0xc40000a6U, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0xa6", 0x0 },
	{ 0xc40000a6U, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0xa6", 0x0 },
	{ 0xc40000a6U, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0xa6", 0x0 },
	{ 0xc40000a6U, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0xa6", 0x0 },
	{ 0xc40000a6U, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0xa6", 0x0 },
	{ 0xc40000a6U, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0xa6", 0x0 },
	{ 0x840000a7U, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0xa7", 0x0 },
	{ 0x840000a7U, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0xa7", 0x0 },
	{ 0x840000a7U, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0xa7", 0x0 },
	{ 0x840000a7U, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0xa7", 0x0 },
	{ 0x840000a7U, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0xa7", 0x0 },
	{ 0x840000a7U, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0xa7", 0x0 },
	{ 0xc40000a7U, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0xa7", 0x0 },
	{ 0xc40000a7U, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0xa7", 0x0 },
	{ 0xc40000a7U, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0xa7", 0x0 },
	{ 0xc40000a7U, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0xa7", 0x0 },
	{ 0xc40000a7U, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0xa7", 0x0 },
	{ 0xc40000a7U, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0xa7", 0x0 },
	{ 0x840000a8U, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0xa8", 0x0 },
	{ 0x840000a8U, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0xa8", 0x0 },
	{ 0x840000a8U, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0xa8", 0x0 },
	{ 0x840000a8U, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0xa8", 0x0 },
	{ 0x840000a8U, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0xa8", 0x0 },
	{ 0x840000a8U, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0xa8", 0x0 },
	{ 0xc40000a8U, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0xa8", 0x0 },
	{ 0xc40000a8U, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0xa8", 0x0 },
	{ 0xc40000a8U, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0xa8", 0x0 },
	{ 0xc40000a8U, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0xa8", 0x0 },
	{ 0xc40000a8U, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0xa8", 0x0 },
	{ 0xc40000a8U, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0xa8", 0x0 },
	{ 0x840000a9U, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0xa9", 0x0 },
	{ 0x840000a9U, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0xa9", 0x0 },
	{ 0x840000a9U, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0xa9", 0x0 },
	{ 0x840000a9U, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0xa9", 0x0 },
	{ 0x840000a9U, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0xa9", 0x0 },
	{ 0x840000a9U, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0xa9", 0x0 },
	{ 0xc40000a9U, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0xa9", 0x0 },
	{ 0xc40000a9U, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0xa9", 0x0 },
	{ 0xc40000a9U, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0xa9", 0x0 },
	{ 0xc40000a9U, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0xa9", 0x0 },
	{ 0xc40000a9U, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0xa9", 0x0 },
	{ 0xc40000a9U, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0xa9", 0x0 },
	{ 0x840000aaU, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0xaa", 0x0 },
	{ 0x840000aaU, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0xaa", 0x0 },
	{ 0x840000aaU, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0xaa", 0x0 },
	{ 0x840000aaU, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0xaa", 0x0 },
	{ 0x840000aaU, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0xaa", 0x0 },
	{ 0x840000aaU, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0xaa", 0x0 },
	{ 0xc40000aaU, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0xaa", 0x0 },
	{ 0xc40000aaU, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0xaa", 0x0 },
	{ 0xc40000aaU, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0xaa", 0x0 },
	{ 0xc40000aaU, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0xaa", 0x0 },
	{ 0xc40000aaU, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0xaa", 0x0 },
	{ 0xc40000aaU, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0xaa", 0x0 },
	{ 0x840000abU, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0xab", 0x0 },
	{ 0x840000abU, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0xab", 0x0 },
	{ 0x840000abU, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0xab", 0x0 },
	{ 0x840000abU, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0xab", 0x0 },
	{ 0x840000abU, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0xab", 0x0 },
	{ 0x840000abU, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0xab", 0x0 },
	{ 0xc40000abU, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0xab", 0x0 },
	{ 0xc40000abU, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0xab", 0x0 },
	{ 0xc40000abU, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0xab", 0x0 },
	{ 0xc40000abU, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0xab", 0x0 },
	{ 0xc40000abU, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0xab", 0x0 },
	{ 0xc40000abU, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0xab", 0x0 },
	{ 0x840000acU, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0xac", 0x0 },
	{ 0x840000acU, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0xac", 0x0 },
	{ 0x840000acU, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0xac", 0x0 },
	{ 0x840000acU, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0xac", 0x0 },
	{ 0x840000acU, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0xac", 0x0 },
	{ 0x840000acU, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0xac", 0x0 },
	{ 0xc40000acU, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0xac", 0x0 },
	{ 0xc40000acU, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0xac", 0x0 },
	{ 0xc40000acU, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0xac", 0x0 },
	{ 0xc40000acU, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0xac", 0x0 },
	{ 0xc40000acU, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0xac", 0x0 },
	{ 0xc40000acU, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0xac", 0x0 },
	{ 0x840000adU, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0xad", 0x0 },
	{ 0x840000adU, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0xad", 0x0 },
	{ 0x840000adU, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0xad", 0x0 },
	{ 0x840000adU, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0xad", 0x0 },
	{ 0x840000adU, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0xad", 0x0 },
	{ 0x840000adU, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0xad", 0x0 },
	{ 0xc40000adU, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0xad", 0x0 },
	{ 0xc40000adU, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0xad", 0x0 },
	{ 0xc40000adU, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0xad", 0x0 },
	{ 0xc40000adU, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0xad", 0x0 },
	{ 0xc40000adU, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0xad", 0x0 },
	{ 0xc40000adU, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0xad", 0x0 },
	{ 0x840000aeU, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0xae", 0x0 },
	{ 0x840000aeU, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0xae", 0x0 },
	{ 0x840000aeU, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0xae", 0x0 },
	{ 0x840000aeU, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0xae", 0x0 },
	{ 0x840000aeU, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0xae", 0x0 },
	{ 0x840000aeU, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0xae", 0x0 },
	{ 0xc40000aeU, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0xae", 0x0 },
	{ 0xc40000aeU, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0xae", 0x0 },
	{ 0xc40000aeU, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0xae", 0x0 },
	{ 0xc40000aeU, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0xae", 0x0 },
	{ 0xc40000aeU, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0xae", 0x0 },
	{ 0xc40000aeU, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0xae", 0x0 },
	{ 0x840000afU, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0xaf", 0x0 },
	{ 0x840000afU, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0xaf", 0x0 },
	{ 0x840000afU, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0xaf", 0x0 },
	{ 0x840000afU, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0xaf", 0x0 },
	{ 0x840000afU, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0xaf", 0x0 },
	{ 0x840000afU, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0xaf", 0x0 },
	{ 0xc40000afU, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0xaf", 0x0 },
	{ 0xc40000afU, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0xaf", 0x0 },
	{ 0xc40000afU, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0xaf", 0x0 },
	{ 0xc40000afU, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0xaf", 0x0 },
	{ 0xc40000afU, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0xaf", 0x0 },
	{ 0xc40000afU, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0xaf", 0x0 },
	{ 0x840000b0U, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0xb0", 0x0 },
	{ 0x840000b0U, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0xb0", 0x0 },
	{ 0x840000b0U, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0xb0", 0x0 },
	{ 0x840000b0U, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0xb0", 0x0 },
	{ 0x840000b0U, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0xb0", 0x0 },
	{ 0x840000b0U, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0xb0", 0x0 },
	{ 0xc40000b0U, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0xb0", 0x0 },
	{ 0xc40000b0U, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0xb0", 0x0 },
	{ 0xc40000b0U, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0xb0", 0x0 },
	{ 0xc40000b0U, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0xb0", 0x0 },
	{ 0xc40000b0U, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0xb0", 0x0 },
	{ 0xc40000b0U, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0xb0", 0x0 },
	{ 0x840000b1U, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0xb1", 0x0 },
	{ 0x840000b1U, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0xb1", 0x0 },
	{ 0x840000b1U, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0xb1", 0x0 },
	{ 0x840000b1U, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0xb1", 0x0 },
	{ 0x840000b1U, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0xb1", 0x0 },
	{ 0x840000b1U, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0xb1", 0x0 },
	{ 0xc40000b1U, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0xb1", 0x0 },
	{ 0xc40000b1U, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0xb1", 0x0 },
	{ 0xc40000b1U, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0xb1", 0x0 },
	{ 0xc40000b1U, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0xb1", 0x0 },
	{ 0xc40000b1U, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0xb1", 0x0 },
	{ 0xc40000b1U, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0xb1", 0x0 },
	{ 0x840000b2U, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0xb2", 0x0 },
	{ 0x840000b2U, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0xb2", 0x0 },
	{ 0x840000b2U, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0xb2", 0x0 },
	{ 0x840000b2U, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0xb2", 0x0 },
	{ 0x840000b2U, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0xb2", 0x0 },
	{ 0x840000b2U, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0xb2", 0x0 },
	{ 0xc40000b2U, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0xb2", 0x0 },
	{ 0xc40000b2U, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0xb2", 0x0 },
	{ 0xc40000b2U, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0xb2", 0x0 },
	{ 0xc40000b2U, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0xb2", 0x0 },
	{ 0xc40000b2U, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0xb2", 0x0 },
	{ 0xc40000b2U, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0xb2", 0x0 },
	{ 0x840000b3U, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0xb3", 0x0 },
	{ 0x840000b3U, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0xb3", 0x0 },
	{ 0x840000b3U, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0xb3", 0x0 },
	{ 0x840000b3U, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0xb3", 0x0 },
	{ 0x840000b3U, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0xb3", 0x0 },
	{ 0x840000b3U, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0xb3", 0x0 },
	{ 0xc40000b3U, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0xb3", 0x0 },
	{ 0xc40000b3U, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0xb3", 0x0 },
	{ 0xc40000b3U, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0xb3", 0x0 },
	{ 0xc40000b3U, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0xb3", 0x0 },
	{ 0xc40000b3U, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0xb3", 0x0 },
	{ 0xc40000b3U, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0xb3", 0x0 },
	{ 0x840000b4U, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0xb4", 0x0 },
	{ 0x840000b4U, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0xb4", 0x0 },
	{ 0x840000b4U, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0xb4", 0x0 },
	{ 0x840000b4U, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0xb4", 0x0 },
	{ 0x840000b4U, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0xb4", 0x0 },
	{ 0x840000b4U, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0xb4", 0x0 },
	{ 0xc40000b4U, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0xb4", 0x0 },
	{ 0xc40000b4U, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0xb4", 0x0 },
	{ 0xc40000b4U, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0xb4", 0x0 },
	{ 0xc40000b4U, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0xb4", 0x0 },
	{ 0xc40000b4U, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0xb4", 0x0 },
	{ 0xc40000b4U, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0xb4", 0x0 },
	{ 0x840000b5U, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0xb5", 0x0 },
	{ 0x840000b5U, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0xb5", 0x0 },
	{ 0x840000b5U, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0xb5", 0x0 },
	{ 0x840000b5U, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0xb5", 0x0 },
	{ 0x840000b5U, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0xb5", 0x0 },
	{ 0x840000b5U, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0xb5", 0x0 },
	{ 0xc40000b5U, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0xb5", 0x0 },
	{ 0xc40000b5U, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0xb5", 0x0 },
	{ 0xc40000b5U, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0xb5", 0x0 },
	{ 0xc40000b5U, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0xb5", 0x0 },
	{ 0xc40000b5U, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0xb5", 0x0 },
	{ 0xc40000b5U, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0xb5", 0x0 },
	{ 0x840000b6U, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0xb6", 0x0 },
	{ 0x840000b6U, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0xb6", 0x0 },
	{ 0x840000b6U, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0xb6", 0x0 },
	{ 0x840000b6U, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0xb6", 0x0 },
	{ 0x840000b6U, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0xb6", 0x0 },
	{ 0x840000b6U, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0xb6", 0x0 },
	{ 0xc40000b6U, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0xb6", 0x0 },
	{ 0xc40000b6U, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0xb6", 0x0 },
	{ 0xc40000b6U, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0xb6", 0x0 },
	{ 0xc40000b6U, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0xb6", 0x0 },
	{ 0xc40000b6U, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0xb6", 0x0 },
	{ 0xc40000b6U, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0xb6", 0x0 },
	{ 0x840000b7U, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0xb7", 0x0 },
	{ 0x840000b7U, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0xb7", 0x0 },
	{ 0x840000b7U, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0xb7", 0x0 },
	{ 0x840000b7U, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0xb7", 0x0 },
	{ 0x840000b7U, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0xb7", 0x0 },
	{ 0x840000b7U, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0xb7", 0x0 },
	{ 0xc40000b7U, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0xb7", 0x0 },
	{ 0xc40000b7U, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0xb7", 0x0 },
	{ 0xc40000b7U, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0xb7", 0x0 },
	{ 0xc40000b7U, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0xb7", 0x0 },
	{ 0xc40000b7U, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0xb7", 0x0 },
	{ 0xc40000b7U, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0xb7", 0x0 },
	{ 0x840000b8U, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0xb8", 0x0 },
	{ 0x840000b8U, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0xb8", 0x0 },
	{ 0x840000b8U, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0xb8", 0x0 },
	{ 0x840000b8U, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0xb8", 0x0 },
	{ 0x840000b8U, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0xb8", 0x0 },
	{ 0x840000b8U, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0xb8", 0x0 },
	{ 0xc40000b8U, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0xb8", 0x0 },
	{ 0xc40000b8U, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0xb8", 0x0 },
	{ 0xc40000b8U, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0xb8", 0x0 },
	{ 0xc40000b8U, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0xb8", 0x0 },
	{ 0xc40000b8U, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0xb8", 0x0 },
	{ 0xc40000b8U, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0xb8", 0x0 },
	{ 0x840000b9U, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0xb9", 0x0 },
	{ 0x840000b9U, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0xb9", 0x0 },
	{ 0x840000b9U, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0xb9", 0x0 },
	{ 0x840000b9U, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0xb9", 0x0 },
	{ 0x840000b9U, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0xb9", 0x0 },
	{ 0x840000b9U, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0xb9", 0x0 },
	{ 0xc40000b9U, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0xb9", 0x0 },
	{ 0xc40000b9U, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0xb9", 0x0 },
	{ 0xc40000b9U, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0xb9", 0x0 },
	{ 0xc40000b9U, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0xb9", 0x0 },
	{ 0xc40000b9U, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0xb9", 0x0 },
	{ 0xc40000b9U, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0xb9", 0x0 },
	{ 0x840000baU, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0xba", 0x0 },
	{ 0x840000baU, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0xba", 0x0 },
	{ 0x840000baU, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0xba", 0x0 },
	{ 0x840000baU, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0xba", 0x0 },
	{ 0x840000baU, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0xba", 0x0 },
	{ 0x840000baU, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0xba", 0x0 },
	{ 0xc40000baU, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0xba", 0x0 },
	{ 0xc40000baU, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0xba", 0x0 },
	{ 0xc40000baU, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0xba", 0x0 },
	{ 0xc40000baU, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0xba", 0x0 },
	{ 0xc40000baU, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0xba", 0x0 },
	{ 0xc40000baU, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0xba", 0x0 },
	{ 0x840000bbU, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0xbb", 0x0 },
	{ 0x840000bbU, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0xbb", 0x0 },
	{ 0x840000bbU, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0xbb", 0x0 },
	{ 0x840000bbU, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0xbb", 0x0 },
	{ 0x840000bbU, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0xbb", 0x0 },
	{ 0x840000bbU, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0xbb", 0x0 },
	{ 0xc40000bbU, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0xbb", 0x0 },
	{ 0xc40000bbU, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0xbb", 0x0 },
	{ 0xc40000bbU, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0xbb", 0x0 },
	{ 0xc40000bbU, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0xbb", 0x0 },
	{ 0xc40000bbU, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0xbb", 0x0 },
	{ 0xc40000bbU, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0xbb", 0x0 },
	{ 0x840000bcU, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0xbc", 0x0 },
	{ 0x840000bcU, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0xbc", 0x0 },
	{ 0x840000bcU, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0xbc", 0x0 },
	{ 0x840000bcU, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0xbc", 0x0 },
	{ 0x840000bcU, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0xbc", 0x0 },
	{ 0x840000bcU, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0xbc", 0x0 },
	{ 0xc40000bcU, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0xbc", 0x0 },
	{ 0xc40000bcU, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0xbc", 0x0 },
	{ 0xc40000bcU, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0xbc", 0x0 },
	{ 0xc40000bcU, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0xbc", 0x0 },
	{ 0xc40000bcU, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0xbc", 0x0 },
	{ 0xc40000bcU, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0xbc", 0x0 },
	{ 0x840000bdU, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0xbd", 0x0 },
	{ 0x840000bdU, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0xbd", 0x0 },
	{ 0x840000bdU, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0xbd", 0x0 },
	{ 0x840000bdU, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0xbd", 0x0 },
	{ 0x840000bdU, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0xbd", 0x0 },
	{ 0x840000bdU, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0xbd", 0x0 },
	{ 0xc40000bdU, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0xbd", 0x0 },
	{ 0xc40000bdU, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0xbd", 0x0 },
	{ 0xc40000bdU, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0xbd", 0x0 },
	{ 0xc40000bdU, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0xbd", 0x0 },
	{ 0xc40000bdU, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0xbd", 0x0 },
	{ 0xc40000bdU, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0xbd", 0x0 },
	{ 0x840000beU, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0xbe", 0x0 },
	{ 0x840000beU, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0xbe", 0x0 },
	{ 0x840000beU, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0xbe", 0x0 },
	{ 0x840000beU, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0xbe", 0x0 },
	{ 0x840000beU, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0xbe", 0x0 },
	{ 0x840000beU, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0xbe", 0x0 },
	{ 0xc40000beU, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0xbe", 0x0 },
	{ 0xc40000beU, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0xbe", 0x0 },
	{ 0xc40000beU, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0xbe", 0x0 },
	{ 0xc40000beU, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0xbe", 0x0 },
	{ 0xc40000beU, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0xbe", 0x0 },
	{ 0xc40000beU, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0xbe", 0x0 },
	{ 0x840000bfU, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0xbf", 0x0 },
	{ 0x840000bfU, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0xbf", 0x0 },
	{ 0x840000bfU, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0xbf", 0x0 },
	{ 0x840000bfU, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0xbf", 0x0 },
	{ 0x840000bfU, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0xbf", 0x0 },
	{ 0x840000bfU, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0xbf", 0x0 },
	{ 0xc40000bfU, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0xbf", 0x0 },
	{ 0xc40000bfU, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0xbf", 0x0 },
	{ 0xc40000bfU, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0xbf", 0x0 },
	{ 0xc40000bfU, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0xbf", 0x0 },
	{ 0xc40000bfU, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0xbf", 0x0 },
	{ 0xc40000bfU, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0xbf", 0x0 },
	{ 0x840000c0U, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0xc0", 0x0 },
	{ 0x840000c0U, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0xc0", 0x0 },
	{ 0x840000c0U, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0xc0", 0x0 },
	{ 0x840000c0U, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0xc0", 0x0 },
	{ 0x840000c0U, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0xc0", 0x0 },
	{ 0x840000c0U, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0xc0", 0x0 },
	{ 0xc40000c0U, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0xc0", 0x0 },
	{ 0xc40000c0U, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0xc0", 0x0 },
	{ 0xc40000c0U, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0xc0", 0x0 },
	{ 0xc40000c0U, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0xc0", 0x0 },
	{ 0xc40000c0U, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0xc0", 0x0 },
	{ 0xc40000c0U, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0xc0", 0x0 },
	{ 0x840000c1U, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0xc1", 0x0 },
	{ 0x840000c1U, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0xc1", 0x0 },
	{ 0x840000c1U, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0xc1", 0x0 },
	{ 0x840000c1U, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0xc1", 0x0 },
	{ 0x840000c1U, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0xc1", 0x0 },
	{ 0x840000c1U, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0xc1", 0x0 },
	{ 0xc40000c1U, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0xc1", 0x0 },
	{ 0xc40000c1U, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0xc1", 0x0 },
	{ 0xc40000c1U, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0xc1", 0x0 },
	{ 0xc40000c1U, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0xc1", 0x0 },
	{ 0xc40000c1U, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0xc1", 0x0 },
	{ 0xc40000c1U, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0xc1", 0x0 },
	{ 0x840000c2U, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0xc2", 0x0 },
	{ 0x840000c2U, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0xc2", 0x0 },
	{ 0x840000c2U, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0xc2", 0x0 },
	{ 0x840000c2U, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0xc2", 0x0 },
	{ 0x840000c2U, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0xc2", 0x0 },
	{ 0x840000c2U, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0xc2", 0x0 },
	{ 0xc40000c2U, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0xc2", 0x0 },
	{ 0xc40000c2U, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0xc2", 0x0 },
	{ 0xc40000c2U, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0xc2", 0x0 },
	{ 0xc40000c2U, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0xc2", 0x0 },
	{ 0xc40000c2U, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0xc2", 0x0 },
	{ 0xc40000c2U, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0xc2", 0x0 },
	{ 0x840000c3U, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0xc3", 0x0 },
	{ 0x840000c3U, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0xc3", 0x0 },
	{ 0x840000c3U, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0xc3", 0x0 },
	{ 0x840000c3U, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0xc3", 0x0 },
	{ 0x840000c3U, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0xc3", 0x0 },
	{ 0x840000c3U, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0xc3", 0x0 },
	{ 0xc40000c3U, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0xc3", 0x0 },
	{ 0xc40000c3U, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0xc3", 0x0 },
	{ 0xc40000c3U, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0xc3", 0x0 },
	{ 0xc40000c3U, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0xc3", 0x0 },
	{ 0xc40000c3U, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0xc3", 0x0 },
	{ 0xc40000c3U, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0xc3", 0x0 },
	{ 0x840000c4U, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0xc4", 0x0 },
	{ 0x840000c4U, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0xc4", 0x0 },
	{ 0x840000c4U, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0xc4", 0x0 },
	{ 0x840000c4U, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0xc4", 0x0 },
	{ 0x840000c4U, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0xc4", 0x0 },
	{ 0x840000c4U, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0xc4", 0x0 },
	{ 0xc40000c4U, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0xc4", 0x0 },
	{ 0xc40000c4U, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0xc4", 0x0 },
	{ 0xc40000c4U, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0xc4", 0x0 },
	{ 0xc40000c4U, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0xc4", 0x0 },
	{ 0xc40000c4U, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0xc4", 0x0 },
	{ 0xc40000c4U, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0xc4", 0x0 },
	{ 0x840000c5U, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0xc5", 0x0 },
	{ 0x840000c5U, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0xc5", 0x0 },
	{ 0x840000c5U, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0xc5", 0x0 },
	{ 0x840000c5U, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0xc5", 0x0 },
	{ 0x840000c5U, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0xc5", 0x0 },
	{ 0x840000c5U, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0xc5", 0x0 },
	{ 0xc40000c5U, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0xc5", 0x0 },
	{ 0xc40000c5U, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0xc5", 0x0 },
	{ 0xc40000c5U, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0xc5", 0x0 },
	{ 0xc40000c5U, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0xc5", 0x0 },
	{ 0xc40000c5U, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0xc5", 0x0 },
	{ 0xc40000c5U, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0xc5", 0x0 },
	{ 0x840000c6U, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0xc6", 0x0 },
	{ 0x840000c6U, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0xc6", 0x0 },
	{ 0x840000c6U, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0xc6", 0x0 },
	{ 0x840000c6U, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0xc6", 0x0 },
	{ 0x840000c6U, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0xc6", 0x0 },
	{ 0x840000c6U, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0xc6", 0x0 },
	{ 0xc40000c6U, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0xc6", 0x0 },
	{ 0xc40000c6U, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0xc6", 0x0 },
	{ 0xc40000c6U, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0xc6", 0x0 },
	{ 0xc40000c6U, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0xc6", 0x0 },
	{ 0xc40000c6U, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0xc6", 0x0 },
	{ 0xc40000c6U, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0xc6", 0x0 },
	{ 0x840000c7U, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0xc7", 0x0 },
	{ 0x840000c7U, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0xc7", 0x0 },
	{ 0x840000c7U, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0xc7", 0x0 },
	{ 0x840000c7U, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0xc7", 0x0 },
	{ 0x840000c7U, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0xc7", 0x0 },
	{ 0x840000c7U, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0xc7", 0x0 },
	{ 0xc40000c7U, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0xc7", 0x0 },
	{ 0xc40000c7U, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0xc7", 0x0 },
	{ 0xc40000c7U, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0xc7", 0x0 },
	{ 0xc40000c7U, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0xc7", 0x0 },
	{ 0xc40000c7U, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0xc7", 0x0 },
	{ 0xc40000c7U, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0xc7", 0x0 },
	{ 0x840000c8U, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0xc8", 0x0 },
	{ 0x840000c8U, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0xc8", 0x0 },
	{ 0x840000c8U, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0xc8", 0x0 },
	{ 0x840000c8U, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0xc8", 0x0 },
	{ 0x840000c8U, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0xc8", 0x0 },
	{ 0x840000c8U, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0xc8", 0x0 },
	{ 0xc40000c8U, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0xc8", 0x0 },
	{ 0xc40000c8U, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0xc8", 0x0 },
	{ 0xc40000c8U, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0xc8", 0x0 },
	{ 0xc40000c8U, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0xc8", 0x0 },
	{ 0xc40000c8U, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0xc8", 0x0 },
	{ 0xc40000c8U, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0xc8", 0x0 },
	{ 0x840000c9U, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0xc9", 0x0 },
	{ 0x840000c9U, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0xc9", 0x0 },
	{ 0x840000c9U, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0xc9", 0x0 },
	{ 0x840000c9U, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0xc9", 0x0 },
	{ 0x840000c9U, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0xc9", 0x0 },
	{ 0x840000c9U, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0xc9", 0x0 },
	{ 0xc40000c9U, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0xc9", 0x0 },
	{ 0xc40000c9U, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0xc9", 0x0 },
	{ 0xc40000c9U, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0xc9", 0x0 },
	{ 0xc40000c9U, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0xc9", 0x0 },
	{ 0xc40000c9U, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0xc9", 0x0 },
	{ 0xc40000c9U, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0xc9", 0x0 },
	{ 0x840000caU, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0xca", 0x0 },
	{ 0x840000caU, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0xca", 0x0 },
	{ 0x840000caU, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0xca", 0x0 },
	{ 0x840000caU, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0xca", 0x0 },
	{ 0x840000caU, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0xca", 0x0 },
	{ 0x840000caU, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0xca", 0x0 },
	{ 0xc40000caU, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0xca", 0x0 },
	{ 0xc40000caU, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0xca", 0x0 },
	{ 0xc40000caU, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0xca", 0x0 },
	{ 0xc40000caU, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0xca", 0x0 },
	{ 0xc40000caU, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0xca", 0x0 },
	{ 0xc40000caU, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0xca", 0x0 },
	{ 0x840000cbU, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0xcb", 0x0 },
	{ 0x840000cbU, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0xcb", 0x0 },
	{ 0x840000cbU, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0xcb", 0x0 },
	{ 0x840000cbU, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0xcb", 0x0 },
	{ 0x840000cbU, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0xcb", 0x0 },
	{ 0x840000cbU, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0xcb", 0x0 },
	{ 0xc40000cbU, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0xcb", 0x0 },
	{ 0xc40000cbU, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0xcb", 0x0 },
	{ 0xc40000cbU, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0xcb", 0x0 },
	{ 0xc40000cbU, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0xcb", 0x0 },
	{ 0xc40000cbU, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0xcb", 0x0 },
	{ 0xc40000cbU, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0xcb", 0x0 },
	{ 0x840000ccU, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0xcc", 0x0 },
	{ 0x840000ccU, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0xcc", 0x0 },
	{ 0x840000ccU, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0xcc", 0x0 },
	{ 0x840000ccU, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0xcc", 0x0 },
	{ 0x840000ccU, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0xcc", 0x0 },
	{ 0x840000ccU, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0xcc", 0x0 },
	{ 0xc40000ccU, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0xcc", 0x0 },
	{ 0xc40000ccU, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0xcc", 0x0 },
	{ 0xc40000ccU, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0xcc", 0x0 },
	{ 0xc40000ccU, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0xcc", 0x0 },
	{ 0xc40000ccU, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0xcc", 0x0 },
	{ 0xc40000ccU, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0xcc", 0x0 },
	{ 0x840000cdU, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0xcd", 0x0 },
	{ 0x840000cdU, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0xcd", 0x0 },
	{ 0x840000cdU, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0xcd", 0x0 },
	{ 0x840000cdU, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0xcd", 0x0 },
	{ 0x840000cdU, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0xcd", 0x0 },
	{ 0x840000cdU, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0xcd", 0x0 },
	{ 0xc40000cdU, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0xcd", 0x0 },
	{ 0xc40000cdU, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0xcd", 0x0 },
	{ 0xc40000cdU, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0xcd", 0x0 },
	{ 0xc40000cdU, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0xcd", 0x0 },
	{ 0xc40000cdU, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0xcd", 0x0 },
	{ 0xc40000cdU, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0xcd", 0x0 },
	{ 0x840000ceU, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0xce", 0x0 },
	{ 0x840000ceU, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0xce", 0x0 },
	{ 0x840000ceU, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0xce", 0x0 },
	{ 0x840000ceU, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0xce", 0x0 },
	{ 0x840000ceU, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0xce", 0x0 },
	{ 0x840000ceU, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0xce", 0x0 },
	{ 0xc40000ceU, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0xce", 0x0 },
	{ 0xc40000ceU, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0xce", 0x0 },
	{ 0xc40000ceU, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0xce", 0x0 },
	{ 0xc40000ceU, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0xce", 0x0 },
	{ 0xc40000ceU, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0xce", 0x0 },
	{ 0xc40000ceU, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0xce", 0x0 },
	{ 0x840000cfU, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0xcf", 0x0 },
	{ 0x840000cfU, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0xcf", 0x0 },
	{ 0x840000cfU, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0xcf", 0x0 },
	{ 0x840000cfU, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0xcf", 0x0 },
	{ 0x840000cfU, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0xcf", 0x0 },
	{ 0x840000cfU, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0xcf", 0x0 },
	{ 0xc40000cfU, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0xcf", 0x0 },
	{ 0xc40000cfU, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0xcf", 0x0 },
	{ 0xc40000cfU, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0xcf", 0x0 },
	{ 0xc40000cfU, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0xcf", 0x0 },
	{ 0xc40000cfU, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0xcf", 0x0 },
	{ 0xc40000cfU, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0xcf", 0x0 },
	{ 0x840000d0U, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0xd0", 0x0 },
	{ 0x840000d0U, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0xd0", 0x0 },
	{ 0x840000d0U, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0xd0", 0x0 },
	{ 0x840000d0U, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0xd0", 0x0 },
	{ 0x840000d0U, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0xd0", 0x0 },
	{ 0x840000d0U, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0xd0", 0x0 },
	{ 0xc40000d0U, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0xd0", 0x0 },
	{ 0xc40000d0U, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0xd0", 0x0 },
	{ 0xc40000d0U, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0xd0", 0x0 },
	{ 0xc40000d0U, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0xd0", 0x0 },
	{ 0xc40000d0U, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0xd0", 0x0 },
	{ 0xc40000d0U, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0xd0", 0x0 },
	{ 0x840000d1U, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0xd1", 0x0 },
	{ 0x840000d1U, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0xd1", 0x0 },
	{ 0x840000d1U, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0xd1", 0x0 },
	{ 0x840000d1U, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0xd1", 0x0 },
	{ 0x840000d1U, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0xd1", 0x0 },
	{ 0x840000d1U, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0xd1", 0x0 },
	{ 0xc40000d1U, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0xd1", 0x0 },
	{ 0xc40000d1U, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0xd1", 0x0 },
	{ 0xc40000d1U, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0xd1", 0x0 },
	{ 0xc40000d1U, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0xd1", 0x0 },
	{ 0xc40000d1U, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0xd1", 0x0 },
	{ 0xc40000d1U, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0xd1", 0x0 },
	{ 0x840000d2U, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0xd2", 0x0 },
	{ 0x840000d2U, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0xd2", 0x0 },
	{ 0x840000d2U, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0xd2", 0x0 },
	{ 0x840000d2U, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0xd2", 0x0 },
	{ 0x840000d2U, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0xd2", 0x0 },
	{ 0x840000d2U, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0xd2", 0x0 },
	{ 0xc40000d2U, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0xd2", 0x0 },
	{ 0xc40000d2U, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0xd2", 0x0 },
	{ 0xc40000d2U, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0xd2", 0x0 },
	{ 0xc40000d2U, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0xd2", 0x0 },
	{ 0xc40000d2U, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0xd2", 0x0 },
	{ 0xc40000d2U, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0xd2", 0x0 },
	{ 0x840000d3U, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0xd3", 0x0 },
	{ 0x840000d3U, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0xd3", 0x0 },
	{ 0x840000d3U, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0xd3", 0x0 },
	{ 0x840000d3U, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0xd3", 0x0 },
	{ 0x840000d3U, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0xd3", 0x0 },
	{ 0x840000d3U, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0xd3", 0x0 },
	{ 0xc40000d3U, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0xd3", 0x0 },
	{ 0xc40000d3U, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0xd3", 0x0 },
	{ 0xc40000d3U, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0xd3", 0x0 },
	{ 0xc40000d3U, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0xd3", 0x0 },
	{ 0xc40000d3U, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0xd3", 0x0 },
	{ 0xc40000d3U, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0xd3", 0x0 },
	{ 0x840000d4U, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0xd4", 0x0 },
	{ 0x840000d4U, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0xd4", 0x0 },
	{ 0x840000d4U, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0xd4", 0x0 },
	{ 0x840000d4U, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0xd4", 0x0 },
	{ 0x840000d4U, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0xd4", 0x0 },
	{ 0x840000d4U, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0xd4", 0x0 },
	{ 0xc40000d4U, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0xd4", 0x0 },
	{ 0xc40000d4U, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0xd4", 0x0 },
	{ 0xc40000d4U, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0xd4", 0x0 },
	{ 0xc40000d4U, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0xd4", 0x0 },
	{ 0xc40000d4U, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0xd4", 0x0 },
	{ 0xc40000d4U, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0xd4", 0x0 },
	{ 0x840000d5U, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0xd5", 0x0 },
	{ 0x840000d5U, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0xd5", 0x0 },
	{ 0x840000d5U, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0xd5", 0x0 },
	{ 0x840000d5U, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0xd5", 0x0 },
	{ 0x840000d5U, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0xd5", 0x0 },
	{ 0x840000d5U, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0xd5", 0x0 },
	{ 0xc40000d5U, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0xd5", 0x0 },
	{ 0xc40000d5U, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0xd5", 0x0 },
	{ 0xc40000d5U, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0xd5", 0x0 },
	{ 0xc40000d5U, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0xd5", 0x0 },
	{ 0xc40000d5U, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0xd5", 0x0 },
	{ 0xc40000d5U, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0xd5", 0x0 },
	{ 0x840000d6U, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0xd6", 0x0 },
	{ 0x840000d6U, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0xd6", 0x0 },
	{ 0x840000d6U, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0xd6", 0x0 },
	{ 0x840000d6U, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0xd6", 0x0 },
	{ 0x840000d6U, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0xd6", 0x0 },
	{ 0x840000d6U, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0xd6", 0x0 },
	{ 0xc40000d6U, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0xd6", 0x0 },
	{ 0xc40000d6U, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0xd6", 0x0 },
	{ 0xc40000d6U, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0xd6", 0x0 },
	{ 0xc40000d6U, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0xd6", 0x0 },
	{ 0xc40000d6U, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0xd6", 0x0 },
	{ 0xc40000d6U, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0xd6", 0x0 },
	{ 0x840000d7U, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0xd7", 0x0 },
	{ 0x840000d7U, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0xd7", 0x0 },
	{ 0x840000d7U, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0xd7", 0x0 },
	{ 0x840000d7U, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0xd7", 0x0 },
	{ 0x840000d7U, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0xd7", 0x0 },
	{ 0x840000d7U, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0xd7", 0x0 },
	{ 0xc40000d7U, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0xd7", 0x0 },
	{ 0xc40000d7U, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0xd7", 0x0 },
	{ 0xc40000d7U, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0xd7", 0x0 },
	{ 0xc40000d7U, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0xd7", 0x0 },
	{ 0xc40000d7U, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0xd7", 0x0 },
	{ 0xc40000d7U, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0xd7", 0x0 },
	{ 0x840000d8U, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0xd8", 0x0 },
	{ 0x840000d8U, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0xd8", 0x0 },
	{ 0x840000d8U, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0xd8", 0x0 },
	{ 0x840000d8U, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0xd8", 0x0 },
	{ 0x840000d8U, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0xd8", 0x0 },
	{ 0x840000d8U, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0xd8", 0x0 },
	{ 0xc40000d8U, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0xd8", 0x0 },
	{ 0xc40000d8U, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0xd8", 0x0 },
	{ 0xc40000d8U, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0xd8", 0x0 },
	{ 0xc40000d8U, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0xd8", 0x0 },
	{ 0xc40000d8U, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0xd8", 0x0 },
	{ 0xc40000d8U, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0xd8", 0x0 },
	{ 0x840000d9U, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0xd9", 0x0 },
	{ 0x840000d9U, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0xd9", 0x0 },
	{ 0x840000d9U, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0xd9", 0x0 },
	{ 0x840000d9U, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0xd9", 0x0 },
	{ 0x840000d9U, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0xd9", 0x0 },
	{ 0x840000d9U, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0xd9", 0x0 },
	{ 0xc40000d9U, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0xd9", 0x0 },
	{ 0xc40000d9U, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0xd9", 0x0 },
	{ 0xc40000d9U, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0xd9", 0x0 },
	{ 0xc40000d9U, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0xd9", 0x0 },
	{ 0xc40000d9U, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0xd9", 0x0 },
	{ 0xc40000d9U, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0xd9", 0x0 },
	{ 0x840000daU, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0xda", 0x0 },
	{ 0x840000daU, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0xda", 0x0 },
	{ 0x840000daU, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0xda", 0x0 },
	{ 0x840000daU, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0xda", 0x0 },
	{ 0x840000daU, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0xda", 0x0 },
	{ 0x840000daU, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0xda", 0x0 },
	{ 0xc40000daU, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0xda", 0x0 },
	{ 0xc40000daU, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0xda", 0x0 },
	{ 0xc40000daU, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0xda", 0x0 },
	{ 0xc40000daU, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0xda", 0x0 },
	{ 0xc40000daU, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0xda", 0x0 },
	{ 0xc40000daU, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0xda", 0x0 },
	{ 0x840000dbU, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0xdb", 0x0 },
	{ 0x840000dbU, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0xdb", 0x0 },
	{ 0x840000dbU, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0xdb", 0x0 },
	{ 0x840000dbU, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0xdb", 0x0 },
	{ 0x840000dbU, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0xdb", 0x0 },
	{ 0x840000dbU, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0xdb", 0x0 },
	{ 0xc40000dbU, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0xdb", 0x0 },
	{ 0xc40000dbU, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0xdb", 0x0 },
	{ 0xc40000dbU, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0xdb", 0x0 },
	{ 0xc40000dbU, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0xdb", 0x0 },
	{ 0xc40000dbU, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0xdb", 0x0 },
	{ 0xc40000dbU, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0xdb", 0x0 },
	{ 0x840000dcU, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0xdc", 0x0 },
	{ 0x840000dcU, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0xdc", 0x0 },
	{ 0x840000dcU, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0xdc", 0x0 },
	{ 0x840000dcU, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0xdc", 0x0 },
	{ 0x840000dcU, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0xdc", 0x0 },
	{ 0x840000dcU, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0xdc", 0x0 },
	{ 0xc40000dcU, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0xdc", 0x0 },
	{ 0xc40000dcU, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0xdc", 0x0 },
	{ 0xc40000dcU, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0xdc", 0x0 },
	{ 0xc40000dcU, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0xdc", 0x0 },
	{ 0xc40000dcU, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0xdc", 0x0 },
	{ 0xc40000dcU, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0xdc", 0x0 },
	{ 0x840000ddU, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0xdd", 0x0 },
	{ 0x840000ddU, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0xdd", 0x0 },
	{ 0x840000ddU, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0xdd", 0x0 },
	{ 0x840000ddU, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0xdd", 0x0 },
	{ 0x840000ddU, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0xdd", 0x0 },
	{ 0x840000ddU, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0xdd", 0x0 },
	{ 0xc40000ddU, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0xdd", 0x0 },
	{ 0xc40000ddU, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0xdd", 0x0 },
	{ 0xc40000ddU, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0xdd", 0x0 },
	{ 0xc40000ddU, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0xdd", 0x0 },
	{ 0xc40000ddU, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0xdd", 0x0 },
	{ 0xc40000ddU, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0xdd", 0x0 },
	{ 0x840000deU, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0xde", 0x0 },
	{ 0x840000deU, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0xde", 0x0 },
	{ 0x840000deU, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0xde", 0x0 },
	{ 0x840000deU, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0xde", 0x0 },
	{ 0x840000deU, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0xde", 0x0 },
	{ 0x840000deU, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0xde", 0x0 },
	{ 0xc40000deU, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0xde", 0x0 },
	{ 0xc40000deU, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0xde", 0x0 },
	{ 0xc40000deU, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0xde", 0x0 },
	{ 0xc40000deU, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0xde", 0x0 },
	{ 0xc40000deU, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0xde", 0x0 },
	{ 0xc40000deU, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0xde", 0x0 },
	{ 0x840000dfU, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0xdf", 0x0 },
	{ 0x840000dfU, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0xdf", 0x0 },
	{ 0x840000dfU, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0xdf", 0x0 },
	{ 0x840000dfU, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0xdf", 0x0 },
	{ 0x840000dfU, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0xdf", 0x0 },
	{ 0x840000dfU, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0xdf", 0x0 },
	{ 0xc40000dfU, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0xdf", 0x0 },
	{ 0xc40000dfU, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0xdf", 0x0 },
	{ 0xc40000dfU, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0xdf", 0x0 },
	{ 0xc40000dfU, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0xdf", 0x0 },
	{ 0xc40000dfU, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0xdf", 0x0 },
	{ 0xc40000dfU, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0xdf", 0x0 },
	{ 0x840000e0U, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0xe0", 0x0 },
	{ 0x840000e0U, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0xe0", 0x0 },
	{ 0x840000e0U, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0xe0", 0x0 },
	{ 0x840000e0U, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0xe0", 0x0 },
	{ 0x840000e0U, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0xe0", 0x0 },
	{ 0x840000e0U, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0xe0", 0x0 },
	{ 0xc40000e0U, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0xe0", 0x0 },
	{ 0xc40000e0U, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0xe0", 0x0 },
	{ 0xc40000e0U, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0xe0", 0x0 },
	{ 0xc40000e0U, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0xe0", 0x0 },
	{ 0xc40000e0U, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0xe0", 0x0 },
	{ 0xc40000e0U, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0xe0", 0x0 },
	{ 0x840000e1U, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0xe1", 0x0 },
	{ 0x840000e1U, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0xe1", 0x0 },
	{ 0x840000e1U, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0xe1", 0x0 },
	{ 0x840000e1U, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0xe1", 0x0 },
	{ 0x840000e1U, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0xe1", 0x0 },
	{ 0x840000e1U, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0xe1", 0x0 },
	{ 0xc40000e1U, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0xe1", 0x0 },
	{ 0xc40000e1U, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0xe1", 0x0 },
	{ 0xc40000e1U, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0xe1", 0x0 },
	{ 0xc40000e1U, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0xe1", 0x0 },
	{ 0xc40000e1U, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0xe1", 0x0 },
	{ 0xc40000e1U, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0xe1", 0x0 },
	{ 0x840000e2U, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0xe2", 0x0 },
	{ 0x840000e2U, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0xe2", 0x0 },
	{ 0x840000e2U, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0xe2", 0x0 },
	{ 0x840000e2U, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0xe2", 0x0 },
	{ 0x840000e2U, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0xe2", 0x0 },
	{ 0x840000e2U, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0xe2", 0x0 },
	{ 0xc40000e2U, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0xe2", 0x0 },
	{ 0xc40000e2U, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0xe2", 0x0 },
	{ 0xc40000e2U, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0xe2", 0x0 },
	{ 0xc40000e2U, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0xe2", 0x0 },
	{ 0xc40000e2U, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0xe2", 0x0 },
	{ 0xc40000e2U, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0xe2", 0x0 },
	{ 0x840000e3U, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0xe3", 0x0 },
	{ 0x840000e3U, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0xe3", 0x0 },
	{ 0x840000e3U, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0xe3", 0x0 },
	{ 0x840000e3U, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0xe3", 0x0 },
	{ 0x840000e3U, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0xe3", 0x0 },
	{ 0x840000e3U, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0xe3", 0x0 },
	{ 0xc40000e3U, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0xe3", 0x0 },
	{ 0xc40000e3U, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0xe3", 0x0 },
	{ 0xc40000e3U, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0xe3", 0x0 },
	{ 0xc40000e3U, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0xe3", 0x0 },
	{ 0xc40000e3U, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0xe3", 0x0 },
	{ 0xc40000e3U, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0xe3", 0x0 },
	{ 0x840000e4U, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0xe4", 0x0 },
	{ 0x840000e4U, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0xe4", 0x0 },
	{ 0x840000e4U, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0xe4", 0x0 },
	{ 0x840000e4U, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0xe4", 0x0 },
	{ 0x840000e4U, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0xe4", 0x0 },
	{ 0x840000e4U, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0xe4", 0x0 },
	{ 0xc40000e4U, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0xe4", 0x0 },
	{ 0xc40000e4U, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0xe4", 0x0 },
	{ 0xc40000e4U, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0xe4", 0x0 },
	{ 0xc40000e4U, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0xe4", 0x0 },
	{ 0xc40000e4U, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0xe4", 0x0 },
	{ 0xc40000e4U, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0xe4", 0x0 },
	{ 0x840000e5U, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0xe5", 0x0 },
	{ 0x840000e5U, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0xe5", 0x0 },
	{ 0x840000e5U, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0xe5", 0x0 },
	{ 0x840000e5U, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0xe5", 0x0 },
	{ 0x840000e5U, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0xe5", 0x0 },
	{ 0x840000e5U, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0xe5", 0x0 },
	{ 0xc40000e5U, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0xe5", 0x0 },
	{ 0xc40000e5U, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0xe5", 0x0 },
	{ 0xc40000e5U, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0xe5", 0x0 },
	{ 0xc40000e5U, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0xe5", 0x0 },
	{ 0xc40000e5U, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0xe5", 0x0 },
	{ 0xc40000e5U, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0xe5", 0x0 },
	{ 0x840000e6U, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0xe6", 0x0 },
	{ 0x840000e6U, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0xe6", 0x0 },
	{ 0x840000e6U, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0xe6", 0x0 },
	{ 0x840000e6U, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0xe6", 0x0 },
	{ 0x840000e6U, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0xe6", 0x0 },
	{ 0x840000e6U, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0xe6", 0x0 },
	{ 0xc40000e6U, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0xe6", 0x0 },
	{ 0xc40000e6U, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0xe6", 0x0 },
	{ 0xc40000e6U, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0xe6", 0x0 },
	{ 0xc40000e6U, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0xe6", 0x0 },
	{ 0xc40000e6U, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0xe6", 0x0 },
	{ 0xc40000e6U, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0xe6", 0x0 },
	{ 0x840000e7U, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0xe7", 0x0 },
	{ 0x840000e7U, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0xe7", 0x0 },
	{ 0x840000e7U, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0xe7", 0x0 },
	{ 0x840000e7U, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0xe7", 0x0 },
	{ 0x840000e7U, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0xe7", 0x0 },
	{ 0x840000e7U, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0xe7", 0x0 },
	{ 0xc40000e7U, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0xe7", 0x0 },
	{ 0xc40000e7U, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0xe7", 0x0 },
	{ 0xc40000e7U, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0xe7", 0x0 },
	{ 0xc40000e7U, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0xe7", 0x0 },
	{ 0xc40000e7U, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0xe7", 0x0 },
	{ 0xc40000e7U, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0xe7", 0x0 },
	{ 0x840000e8U, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0xe8", 0x0 },
	{ 0x840000e8U, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0xe8", 0x0 },
	{ 0x840000e8U, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0xe8", 0x0 },
	{ 0x840000e8U, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0xe8", 0x0 },
	{ 0x840000e8U, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0xe8", 0x0 },
	{ 0x840000e8U, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0xe8", 0x0 },
	{ 0xc40000e8U, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0xe8", 0x0 },
	{ 0xc40000e8U, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0xe8", 0x0 },
	{ 0xc40000e8U, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0xe8", 0x0 },
	{ 0xc40000e8U, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0xe8", 0x0 },
	{ 0xc40000e8U, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0xe8", 0x0 },
	{ 0xc40000e8U, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0xe8", 0x0 },
	{ 0x840000e9U, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0xe9", 0x0 },
	{ 0x840000e9U, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0xe9", 0x0 },
	{ 0x840000e9U, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0xe9", 0x0 },
	{ 0x840000e9U, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0xe9", 0x0 },
	{ 0x840000e9U, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0xe9", 0x0 },
	{ 0x840000e9U, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0xe9", 0x0 },
	{ 0xc40000e9U, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0xe9", 0x0 },
	{ 0xc40000e9U, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0xe9", 0x0 },
	{ 0xc40000e9U, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0xe9", 0x0 },
	{ 0xc40000e9U, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0xe9", 0x0 },
	{ 0xc40000e9U, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0xe9", 0x0 },
	{ 0xc40000e9U, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0xe9", 0x0 },
	{ 0x840000eaU, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0xea", 0x0 },
	{ 0x840000eaU, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0xea", 0x0 },
	{ 0x840000eaU, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0xea", 0x0 },
	{ 0x840000eaU, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0xea", 0x0 },
	{ 0x840000eaU, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0xea", 0x0 },
	{ 0x840000eaU, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0xea", 0x0 },
	{ 0xc40000eaU, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0xea", 0x0 },
	{ 0xc40000eaU, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0xea", 0x0 },
	{ 0xc40000eaU, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0xea", 0x0 },
	{ 0xc40000eaU, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0xea", 0x0 },
	{ 0xc40000eaU, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0xea", 0x0 },
	{ 0xc40000eaU, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0xea", 0x0 },
	{ 0x840000ebU, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0xeb", 0x0 },
	{ 0x840000ebU, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0xeb", 0x0 },
	{ 0x840000ebU, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0xeb", 0x0 },
	{ 0x840000ebU, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0xeb", 0x0 },
	{ 0x840000ebU, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0xeb", 0x0 },
	{ 0x840000ebU, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0xeb", 0x0 },
	{ 0xc40000ebU, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0xeb", 0x0 },
	{ 0xc40000ebU, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0xeb", 0x0 },
	{ 0xc40000ebU, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0xeb", 0x0 },
	{ 0xc40000ebU, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0xeb", 0x0 },
	{ 0xc40000ebU, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0xeb", 0x0 },
	{ 0xc40000ebU, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0xeb", 0x0 },
	{ 0x840000ecU, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0xec", 0x0 },
	{ 0x840000ecU, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0xec", 0x0 },
	{ 0x840000ecU, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0xec", 0x0 },
	{ 0x840000ecU, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0xec", 0x0 },
	{ 0x840000ecU, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0xec", 0x0 },
	{ 0x840000ecU, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0xec", 0x0 },
	{ 0xc40000ecU, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0xec", 0x0 },
	{ 0xc40000ecU, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0xec", 0x0 },
	{ 0xc40000ecU, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0xec", 0x0 },
	{ 0xc40000ecU, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0xec", 0x0 },
	{ 0xc40000ecU, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0xec", 0x0 },
	{ 0xc40000ecU, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0xec", 0x0 },
	{ 0x840000edU, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0xed", 0x0 },
	{ 0x840000edU, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0xed", 0x0 },
	{ 0x840000edU, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0xed", 0x0 },
	{ 0x840000edU, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0xed", 0x0 },
	{ 0x840000edU, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0xed", 0x0 },
	{ 0x840000edU, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0xed", 0x0 },
	{ 0xc40000edU, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0xed", 0x0 },
	{ 0xc40000edU, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0xed", 0x0 },
	{ 0xc40000edU, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0xed", 0x0 },
	{ 0xc40000edU, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0xed", 0x0 },
	{ 0xc40000edU, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0xed", 0x0 },
	{ 0xc40000edU, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0xed", 0x0 },
	{ 0x840000eeU, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0xee", 0x0 },
	{ 0x840000eeU, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0xee", 0x0 },
	{ 0x840000eeU, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0xee", 0x0 },
	{ 0x840000eeU, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0xee", 0x0 },
	{ 0x840000eeU, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0xee", 0x0 },
	{ 0x840000eeU, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0xee", 0x0 },
	{ 0xc40000eeU, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0xee", 0x0 },
	{ 0xc40000eeU, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0xee", 0x0 },
	{ 0xc40000eeU, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0xee", 0x0 },
	{ 0xc40000eeU, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0xee", 0x0 },
	{ 0xc40000eeU, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0xee", 0x0 },
	{ 0xc40000eeU, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0xee", 0x0 },
	{ 0x840000efU, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0xef", 0x0 },
	{ 0x840000efU, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0xef", 0x0 },
	{ 0x840000efU, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0xef", 0x0 },
	{ 0x840000efU, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0xef", 0x0 },
	{ 0x840000efU, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0xef", 0x0 },
	{ 0x840000efU, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0xef", 0x0 },
	{ 0xc40000efU, FFA_VERSION_1_0, true, FFA_VERDICT_UNKNOWN, "0xef", 0x0 },
	{ 0xc40000efU, FFA_VERSION_1_0, false, FFA_VERDICT_UNKNOWN, "0xef", 0x0 },
	{ 0xc40000efU, FFA_VERSION_1_1, true, FFA_VERDICT_UNKNOWN, "0xef", 0x0 },
	{ 0xc40000efU, FFA_VERSION_1_1, false, FFA_VERDICT_UNKNOWN, "0xef", 0x0 },
	{ 0xc40000efU, FFA_VERSION_1_2, true, FFA_VERDICT_UNKNOWN, "0xef", 0x0 },
	{ 0xc40000efU, FFA_VERSION_1_2, false, FFA_VERDICT_UNKNOWN, "0xef", 0x0 },
	{ 0x840000f0U, FFA_VERSION_1_0, true, FFA_VERDICT_NOT_FFA, "0xf0", 0x0 },
	{ 0x840000f0U, FFA_VERSION_1_0, false, FFA_VERDICT_NOT_FFA, "0xf0", 0x0 },
	{ 0x840000f0U, FFA_VERSION_1_1, true, FFA_VERDICT_NOT_FFA, "0xf0", 0x0 },
	{ 0x840000f0U, FFA_VERSION_1_1, false, FFA_VERDICT_NOT_FFA, "0xf0", 0x0 },
	{ 0x840000f0U, FFA_VERSION_1_2, true, FFA_VERDICT_NOT_FFA, "0xf0", 0x0 },
	{ 0x840000f0U, FFA_VERSION_1_2, false, FFA_VERDICT_NOT_FFA, "0xf0", 0x0 },
	{ 0xc40000f0U, FFA_VERSION_1_0, true, FFA_VERDICT_NOT_FFA, "0xf0", 0x0 },
	{ 0xc40000f0U, FFA_VERSION_1_0, false, FFA_VERDICT_NOT_FFA, "0xf0", 0x0 },
	{ 0xc40000f0U, FFA_VERSION_1_1, true, FFA_VERDICT_NOT_FFA, "0xf0", 0x0 },
	{ 0xc40000f0U, FFA_VERSION_1_1, false, FFA_VERDICT_NOT_FFA, "0xf0", 0x0 },
	{ 0xc40000f0U, FFA_VERSION_1_2, true, FFA_VERDICT_NOT_FFA, "0xf0", 0x0 },
	{ 0xc40000f0U, FFA_VERSION_1_2, false, FFA_VERDICT_NOT_FFA, "0xf0", 0x0 },
	{ 0x840000f1U, FFA_VERSION_1_0, true, FFA_VERDICT_NOT_FFA, "0xf1", 0x0 },
	{ 0x840000f1U, FFA_VERSION_1_0, false, FFA_VERDICT_NOT_FFA, "0xf1", 0x0 },
	{ 0x840000f1U, FFA_VERSION_1_1, true, FFA_VERDICT_NOT_FFA, "0xf1", 0x0 },
	{ 0x840000f1U, FFA_VERSION_1_1, false, FFA_VERDICT_NOT_FFA, "0xf1", 0x0 },
	{ 0x840000f1U, FFA_VERSION_1_2, true, FFA_VERDICT_NOT_FFA, "0xf1", 0x0 },
	{ 0x840000f1U, FFA_VERSION_1_2, false, FFA_VERDICT_NOT_FFA, "0xf1", 0x0 },
	{ 0xc40000f1U, FFA_VERSION_1_0, true, FFA_VERDICT_NOT_FFA, "0xf1", 0x0 },
	{ 0xc40000f1U, FFA_VERSION_1_0, false, FFA_VERDICT_NOT_FFA, "0xf1", 0x0 },
	{ 0xc40000f1U, FFA_VERSION_1_1, true, FFA_VERDICT_NOT_FFA, "0xf1", 0x0 },
	{ 0xc40000f1U, FFA_VERSION_1_1, false, FFA_VERDICT_NOT_FFA, "0xf1", 0x0 },
	{ 0xc40000f1U, FFA_VERSION_1_2, true, FFA_VERDICT_NOT_FFA, "0xf1", 0x0 },
	{ 0xc40000f1U, FFA_VERSION_1_2, false, FFA_VERDICT_NOT_FFA, "0xf1", 0x0 },
	{ 0x840000f2U, FFA_VERSION_1_0, true, FFA_VERDICT_NOT_FFA, "0xf2", 0x0 },
	{ 0x840000f2U, FFA_VERSION_1_0, false, FFA_VERDICT_NOT_FFA, "0xf2", 0x0 },
	{ 0x840000f2U, FFA_VERSION_1_1, true, FFA_VERDICT_NOT_FFA, "0xf2", 0x0 },
	{ 0x840000f2U, FFA_VERSION_1_1, false, FFA_VERDICT_NOT_FFA, "0xf2", 0x0 },
	{ 0x840000f2U, FFA_VERSION_1_2, true, FFA_VERDICT_NOT_FFA, "0xf2", 0x0 },
	{ 0x840000f2U, FFA_VERSION_1_2, false, FFA_VERDICT_NOT_FFA, "0xf2", 0x0 },
	{ 0xc40000f2U, FFA_VERSION_1_0, true, FFA_VERDICT_NOT_FFA, "0xf2", 0x0 },
	{ 0xc40000f2U, FFA_VERSION_1_0, false, FFA_VERDICT_NOT_FFA, "0xf2", 0x0 },
	{ 0xc40000f2U, FFA_VERSION_1_1, true, FFA_VERDICT_NOT_FFA, "0xf2", 0x0 },
	{ 0xc40000f2U, FFA_VERSION_1_1, false, FFA_VERDICT_NOT_FFA, "0xf2", 0x0 },
	{ 0xc40000f2U, FFA_VERSION_1_2, true, FFA_VERDICT_NOT_FFA, "0xf2", 0x0 },
	{ 0xc40000f2U, FFA_VERSION_1_2, false, FFA_VERDICT_NOT_FFA, "0xf2", 0x0 },
	{ 0x840000f3U, FFA_VERSION_1_0, true, FFA_VERDICT_NOT_FFA, "0xf3", 0x0 },
	{ 0x840000f3U, FFA_VERSION_1_0, false, FFA_VERDICT_NOT_FFA, "0xf3", 0x0 },
	{ 0x840000f3U, FFA_VERSION_1_1, true, FFA_VERDICT_NOT_FFA, "0xf3", 0x0 },
	{ 0x840000f3U, FFA_VERSION_1_1, false, FFA_VERDICT_NOT_FFA, "0xf3", 0x0 },
	{ 0x840000f3U, FFA_VERSION_1_2, true, FFA_VERDICT_NOT_FFA, "0xf3", 0x0 },
	{ 0x840000f3U, FFA_VERSION_1_2, false, FFA_VERDICT_NOT_FFA, "0xf3", 0x0 },
	{ 0xc40000f3U, FFA_VERSION_1_0, true, FFA_VERDICT_NOT_FFA, "0xf3", 0x0 },
	{ 0xc40000f3U, FFA_VERSION_1_0, false, FFA_VERDICT_NOT_FFA, "0xf3", 0x0 },
	{ 0xc40000f3U, FFA_VERSION_1_1, true, FFA_VERDICT_NOT_FFA, "0xf3", 0x0 },
	{ 0xc40000f3U, FFA_VERSION_1_1, false, FFA_VERDICT_NOT_FFA, "0xf3", 0x0 },
	{ 0xc40000f3U, FFA_VERSION_1_2, true, FFA_VERDICT_NOT_FFA, "0xf3", 0x0 },
	{ 0xc40000f3U, FFA_VERSION_1_2, false, FFA_VERDICT_NOT_FFA, "0xf3", 0x0 },
	{ 0x840000f4U, FFA_VERSION_1_0, true, FFA_VERDICT_NOT_FFA, "0xf4", 0x0 },
	{ 0x840000f4U, FFA_VERSION_1_0, false, FFA_VERDICT_NOT_FFA, "0xf4", 0x0 },
	{ 0x840000f4U, FFA_VERSION_1_1, true, FFA_VERDICT_NOT_FFA, "0xf4", 0x0 },
	{ 0x840000f4U, FFA_VERSION_1_1, false, FFA_VERDICT_NOT_FFA, "0xf4", 0x0 },
	{ 0x840000f4U, FFA_VERSION_1_2, true, FFA_VERDICT_NOT_FFA, "0xf4", 0x0 },
	{ 0x840000f4U, FFA_VERSION_1_2, false, FFA_VERDICT_NOT_FFA, "0xf4", 0x0 },
	{ 0xc40000f4U, FFA_VERSION_1_0, true, FFA_VERDICT_NOT_FFA, "0xf4", 0x0 },
	{ 0xc40000f4U, FFA_VERSION_1_0, false, FFA_VERDICT_NOT_FFA, "0xf4", 0x0 },
	{ 0xc40000f4U, FFA_VERSION_1_1, true, FFA_VERDICT_NOT_FFA, "0xf4", 0x0 },
	{ 0xc40000f4U, FFA_VERSION_1_1, false, FFA_VERDICT_NOT_FFA, "0xf4", 0x0 },
	{ 0xc40000f4U, FFA_VERSION_1_2, true, FFA_VERDICT_NOT_FFA, "0xf4", 0x0 },
	{ 0xc40000f4U, FFA_VERSION_1_2, false, FFA_VERDICT_NOT_FFA, "0xf4", 0x0 },
	{ 0x840000f5U, FFA_VERSION_1_0, true, FFA_VERDICT_NOT_FFA, "0xf5", 0x0 },
	{ 0x840000f5U, FFA_VERSION_1_0, false, FFA_VERDICT_NOT_FFA, "0xf5", 0x0 },
	{ 0x840000f5U, FFA_VERSION_1_1, true, FFA_VERDICT_NOT_FFA, "0xf5", 0x0 },
	{ 0x840000f5U, FFA_VERSION_1_1, false, FFA_VERDICT_NOT_FFA, "0xf5", 0x0 },
	{ 0x840000f5U, FFA_VERSION_1_2, true, FFA_VERDICT_NOT_FFA, "0xf5", 0x0 },
	{ 0x840000f5U, FFA_VERSION_1_2, false, FFA_VERDICT_NOT_FFA, "0xf5", 0x0 },
	{ 0xc40000f5U, FFA_VERSION_1_0, true, FFA_VERDICT_NOT_FFA, "0xf5", 0x0 },
	{ 0xc40000f5U, FFA_VERSION_1_0, false, FFA_VERDICT_NOT_FFA, "0xf5", 0x0 },
	{ 0xc40000f5U, FFA_VERSION_1_1, true, FFA_VERDICT_NOT_FFA, "0xf5", 0x0 },
	{ 0xc40000f5U, FFA_VERSION_1_1, false, FFA_VERDICT_NOT_FFA, "0xf5", 0x0 },
	{ 0xc40000f5U, FFA_VERSION_1_2, true, FFA_VERDICT_NOT_FFA, "0xf5", 0x0 },
	{ 0xc40000f5U, FFA_VERSION_1_2, false, FFA_VERDICT_NOT_FFA, "0xf5", 0x0 },
	{ 0x840000f6U, FFA_VERSION_1_0, true, FFA_VERDICT_NOT_FFA, "0xf6", 0x0 },
	{ 0x840000f6U, FFA_VERSION_1_0, false, FFA_VERDICT_NOT_FFA, "0xf6", 0x0 },
	{ 0x840000f6U, FFA_VERSION_1_1, true, FFA_VERDICT_NOT_FFA, "0xf6", 0x0 },
	{ 0x840000f6U, FFA_VERSION_1_1, false, FFA_VERDICT_NOT_FFA, "0xf6", 0x0 },
	{ 0x840000f6U, FFA_VERSION_1_2, true, FFA_VERDICT_NOT_FFA, "0xf6", 0x0 },
	{ 0x840000f6U, FFA_VERSION_1_2, false, FFA_VERDICT_NOT_FFA, "0xf6", 0x0 },
	{ 0xc40000f6U, FFA_VERSION_1_0, true, FFA_VERDICT_NOT_FFA, "0xf6", 0x0 },
	{ 0xc40000f6U, FFA_VERSION_1_0, false, FFA_VERDICT_NOT_FFA, "0xf6", 0x0 },
	{ 0xc40000f6U, FFA_VERSION_1_1, true, FFA_VERDICT_NOT_FFA, "0xf6", 0x0 },
	{ 0xc40000f6U, FFA_VERSION_1_1, false, FFA_VERDICT_NOT_FFA, "0xf6", 0x0 },
	{ 0xc40000f6U, FFA_VERSION_1_2, true, FFA_VERDICT_NOT_FFA, "0xf6", 0x0 },
	{ 0xc40000f6U, FFA_VERSION_1_2, false, FFA_VERDICT_NOT_FFA, "0xf6", 0x0 },
	{ 0x840000f7U, FFA_VERSION_1_0, true, FFA_VERDICT_NOT_FFA, "0xf7", 0x0 },
	{ 0x840000f7U, FFA_VERSION_1_0, false, FFA_VERDICT_NOT_FFA, "0xf7", 0x0 },
	{ 0x840000f7U, FFA_VERSION_1_1, true, FFA_VERDICT_NOT_FFA, "0xf7", 0x0 },
	{ 0x840000f7U, FFA_VERSION_1_1, false, FFA_VERDICT_NOT_FFA, "0xf7", 0x0 },
	{ 0x840000f7U, FFA_VERSION_1_2, true, FFA_VERDICT_NOT_FFA, "0xf7", 0x0 },
	{ 0x840000f7U, FFA_VERSION_1_2, false, FFA_VERDICT_NOT_FFA, "0xf7", 0x0 },
	{ 0xc40000f7U, FFA_VERSION_1_0, true, FFA_VERDICT_NOT_FFA, "0xf7", 0x0 },
	{ 0xc40000f7U, FFA_VERSION_1_0, false, FFA_VERDICT_NOT_FFA, "0xf7", 0x0 },
	{ 0xc40000f7U, FFA_VERSION_1_1, true, FFA_VERDICT_NOT_FFA, "0xf7", 0x0 },
	{ 0xc40000f7U, FFA_VERSION_1_1, false, FFA_VERDICT_NOT_FFA, "0xf7", 0x0 },
	{ 0xc40000f7U, FFA_VERSION_1_2, true, FFA_VERDICT_NOT_FFA, "0xf7", 0x0 },
	{ 0xc40000f7U, FFA_VERSION_1_2, false, FFA_VERDICT_NOT_FFA, "0xf7", 0x0 },
	{ 0x840000f8U, FFA_VERSION_1_0, true, FFA_VERDICT_NOT_FFA, "0xf8", 0x0 },
	{ 0x840000f8U, FFA_VERSION_1_0, false, FFA_VERDICT_NOT_FFA, "0xf8", 0x0 },
	{ 0x840000f8U, FFA_VERSION_1_1, true, FFA_VERDICT_NOT_FFA, "0xf8", 0x0 },
	{ 0x840000f8U, FFA_VERSION_1_1, false, FFA_VERDICT_NOT_FFA, "0xf8", 0x0 },
	{ 0x840000f8U, FFA_VERSION_1_2, true, FFA_VERDICT_NOT_FFA, "0xf8", 0x0 },
	{ 0x840000f8U, FFA_VERSION_1_2, false, FFA_VERDICT_NOT_FFA, "0xf8", 0x0 },
	{ 0xc40000f8U, FFA_VERSION_1_0, true, FFA_VERDICT_NOT_FFA, "0xf8", 0x0 },
	{ 0xc40000f8U, FFA_VERSION_1_0, false, FFA_VERDICT_NOT_FFA, "0xf8", 0x0 },
	{ 0xc40000f8U, FFA_VERSION_1_1, true, FFA_VERDICT_NOT_FFA, "0xf8", 0x0 },
	{ 0xc40000f8U, FFA_VERSION_1_1, false, FFA_VERDICT_NOT_FFA, "0xf8", 0x0 },
	{ 0xc40000f8U, FFA_VERSION_1_2, true, FFA_VERDICT_NOT_FFA, "0xf8", 0x0 },
	{ 0xc40000f8U, FFA_VERSION_1_2, false, FFA_VERDICT_NOT_FFA, "0xf8", 0x0 },
	{ 0x840000f9U, FFA_VERSION_1_0, true, FFA_VERDICT_NOT_FFA, "0xf9", 0x0 },
	{ 0x840000f9U, FFA_VERSION_1_0, false, FFA_VERDICT_NOT_FFA, "0xf9", 0x0 },
	{ 0x840000f9U, FFA_VERSION_1_1, true, FFA_VERDICT_NOT_FFA, "0xf9", 0x0 },
	{ 0x840000f9U, FFA_VERSION_1_1, false, FFA_VERDICT_NOT_FFA, "0xf9", 0x0 },
	{ 0x840000f9U, FFA_VERSION_1_2, true, FFA_VERDICT_NOT_FFA, "0xf9", 0x0 },
	{ 0x840000f9U, FFA_VERSION_1_2, false, FFA_VERDICT_NOT_FFA, "0xf9", 0x0 },
	{ 0xc40000f9U, FFA_VERSION_1_0, true, FFA_VERDICT_NOT_FFA, "0xf9", 0x0 },
	{ 0xc40000f9U, FFA_VERSION_1_0, false, FFA_VERDICT_NOT_FFA, "0xf9", 0x0 },
	{ 0xc40000f9U, FFA_VERSION_1_1, true, FFA_VERDICT_NOT_FFA, "0xf9", 0x0 },
	{ 0xc40000f9U, FFA_VERSION_1_1, false, FFA_VERDICT_NOT_FFA, "0xf9", 0x0 },
	{ 0xc40000f9U, FFA_VERSION_1_2, true, FFA_VERDICT_NOT_FFA, "0xf9", 0x0 },
	{ 0xc40000f9U, FFA_VERSION_1_2, false, FFA_VERDICT_NOT_FFA, "0xf9", 0x0 },
	{ 0x840000faU, FFA_VERSION_1_0, true, FFA_VERDICT_NOT_FFA, "0xfa", 0x0 },
	{ 0x840000faU, FFA_VERSION_1_0, false, FFA_VERDICT_NOT_FFA, "0xfa", 0x0 },
	{ 0x840000faU, FFA_VERSION_1_1, true, FFA_VERDICT_NOT_FFA, "0xfa", 0x0 },
	{ 0x840000faU, FFA_VERSION_1_1, false, FFA_VERDICT_NOT_FFA, "0xfa", 0x0 },
	{ 0x840000faU, FFA_VERSION_1_2, true, FFA_VERDICT_NOT_FFA, "0xfa", 0x0 },
	{ 0x840000faU, FFA_VERSION_1_2, false, FFA_VERDICT_NOT_FFA, "0xfa", 0x0 },
	{ 0xc40000faU, FFA_VERSION_1_0, true, FFA_VERDICT_NOT_FFA, "0xfa", 0x0 },
	{ 0xc40000faU, FFA_VERSION_1_0, false, FFA_VERDICT_NOT_FFA, "0xfa", 0x0 },
	{ 0xc40000faU, FFA_VERSION_1_1, true, FFA_VERDICT_NOT_FFA, "0xfa", 0x0 },
	{ 0xc40000faU, FFA_VERSION_1_1, false, FFA_VERDICT_NOT_FFA, "0xfa", 0x0 },
	{ 0xc40000faU, FFA_VERSION_1_2, true, FFA_VERDICT_NOT_FFA, "0xfa", 0x0 },
	{ 0xc40000faU, FFA_VERSION_1_2, false, FFA_VERDICT_NOT_FFA, "0xfa", 0x0 },
	{ 0x840000fbU, FFA_VERSION_1_0, true, FFA_VERDICT_NOT_FFA, "0xfb", 0x0 },
	{ 0x840000fbU, FFA_VERSION_1_0, false, FFA_VERDICT_NOT_FFA, "0xfb", 0x0 },
	{ 0x840000fbU, FFA_VERSION_1_1, true, FFA_VERDICT_NOT_FFA, "0xfb", 0x0 },
	{ 0x840000fbU, FFA_VERSION_1_1, false, FFA_VERDICT_NOT_FFA, "0xfb", 0x0 },
	{ 0x840000fbU, FFA_VERSION_1_2, true, FFA_VERDICT_NOT_FFA, "0xfb", 0x0 },
	{ 0x840000fbU, FFA_VERSION_1_2, false, FFA_VERDICT_NOT_FFA, "0xfb", 0x0 },
	{ 0xc40000fbU, FFA_VERSION_1_0, true, FFA_VERDICT_NOT_FFA, "0xfb", 0x0 },
	{ 0xc40000fbU, FFA_VERSION_1_0, false, FFA_VERDICT_NOT_FFA, "0xfb", 0x0 },
	{ 0xc40000fbU, FFA_VERSION_1_1, true, FFA_VERDICT_NOT_FFA, "0xfb", 0x0 },
	{ 0xc40000fbU, FFA_VERSION_1_1, false, FFA_VERDICT_NOT_FFA, "0xfb", 0x0 },
	{ 0xc40000fbU, FFA_VERSION_1_2, true, FFA_VERDICT_NOT_FFA, "0xfb", 0x0 },
	{ 0xc40000fbU, FFA_VERSION_1_2, false, FFA_VERDICT_NOT_FFA, "0xfb", 0x0 },
	{ 0x840000fcU, FFA_VERSION_1_0, true, FFA_VERDICT_NOT_FFA, "0xfc", 0x0 },
	{ 0x840000fcU, FFA_VERSION_1_0, false, FFA_VERDICT_NOT_FFA, "0xfc", 0x0 },
	{ 0x840000fcU, FFA_VERSION_1_1, true, FFA_VERDICT_NOT_FFA, "0xfc", 0x0 },
	{ 0x840000fcU, FFA_VERSION_1_1, false, FFA_VERDICT_NOT_FFA, "0xfc", 0x0 },
	{ 0x840000fcU, FFA_VERSION_1_2, true, FFA_VERDICT_NOT_FFA, "0xfc", 0x0 },
	{ 0x840000fcU, FFA_VERSION_1_2, false, FFA_VERDICT_NOT_FFA, "0xfc", 0x0 },
	{ 0xc40000fcU, FFA_VERSION_1_0, true, FFA_VERDICT_NOT_FFA, "0xfc", 0x0 },
	{ 0xc40000fcU, FFA_VERSION_1_0, false, FFA_VERDICT_NOT_FFA, "0xfc", 0x0 },
	{ 0xc40000fcU, FFA_VERSION_1_1, true, FFA_VERDICT_NOT_FFA, "0xfc", 0x0 },
	{ 0xc40000fcU, FFA_VERSION_1_1, false, FFA_VERDICT_NOT_FFA, "0xfc", 0x0 },
	{ 0xc40000fcU, FFA_VERSION_1_2, true, FFA_VERDICT_NOT_FFA, "0xfc", 0x0 },
	{ 0xc40000fcU, FFA_VERSION_1_2, false, FFA_VERDICT_NOT_FFA, "0xfc", 0x0 },
	{ 0x840000fdU, FFA_VERSION_1_0, true, FFA_VERDICT_NOT_FFA, "0xfd", 0x0 },
	{ 0x840000fdU, FFA_VERSION_1_0, false, FFA_VERDICT_NOT_FFA, "0xfd", 0x0 },
	{ 0x840000fdU, FFA_VERSION_1_1, true, FFA_VERDICT_NOT_FFA, "0xfd", 0x0 },
	{ 0x840000fdU, FFA_VERSION_1_1, false, FFA_VERDICT_NOT_FFA, "0xfd", 0x0 },
	{ 0x840000fdU, FFA_VERSION_1_2, true, FFA_VERDICT_NOT_FFA, "0xfd", 0x0 },
	{ 0x840000fdU, FFA_VERSION_1_2, false, FFA_VERDICT_NOT_FFA, "0xfd", 0x0 },
	{ 0xc40000fdU, FFA_VERSION_1_0, true, FFA_VERDICT_NOT_FFA, "0xfd", 0x0 },
	{ 0xc40000fdU, FFA_VERSION_1_0, false, FFA_VERDICT_NOT_FFA, "0xfd", 0x0 },
	{ 0xc40000fdU, FFA_VERSION_1_1, true, FFA_VERDICT_NOT_FFA, "0xfd", 0x0 },
	{ 0xc40000fdU, FFA_VERSION_1_1, false, FFA_VERDICT_NOT_FFA, "0xfd", 0x0 },
	{ 0xc40000fdU, FFA_VERSION_1_2, true, FFA_VERDICT_NOT_FFA, "0xfd", 0x0 },
	{ 0xc40000fdU, FFA_VERSION_1_2, false, FFA_VERDICT_NOT_FFA, "0xfd", 0x0 },
	{ 0x840000feU, FFA_VERSION_1_0, true, FFA_VERDICT_NOT_FFA, "0xfe", 0x0 },
	{ 0x840000feU, FFA_VERSION_1_0, false, FFA_VERDICT_NOT_FFA, "0xfe", 0x0 },
	{ 0x840000feU, FFA_VERSION_1_1, true, FFA_VERDICT_NOT_FFA, "0xfe", 0x0 },
	{ 0x840000feU, FFA_VERSION_1_1, false, FFA_VERDICT_NOT_FFA, "0xfe", 0x0 },
	{ 0x840000feU, FFA_VERSION_1_2, true, FFA_VERDICT_NOT_FFA, "0xfe", 0x0 },
	{ 0x840000feU, FFA_VERSION_1_2, false, FFA_VERDICT_NOT_FFA, "0xfe", 0x0 },
	{ 0xc40000feU, FFA_VERSION_1_0, true, FFA_VERDICT_NOT_FFA, "0xfe", 0x0 },
	{ 0xc40000feU, FFA_VERSION_1_0, false, FFA_VERDICT_NOT_FFA, "0xfe", 0x0 },
	{ 0xc40000feU, FFA_VERSION_1_1, true, FFA_VERDICT_NOT_FFA, "0xfe", 0x0 },
	{ 0xc40000feU, FFA_VERSION_1_1, false, FFA_VERDICT_NOT_FFA, "0xfe", 0x0 },
	{ 0xc40000feU, FFA_VERSION_1_2, true, FFA_VERDICT_NOT_FFA, "0xfe", 0x0 },
	{ 0xc40000feU, FFA_VERSION_1_2, false, FFA_VERDICT_NOT_FFA, "0xfe", 0x0 },
	{ 0x840000ffU, FFA_VERSION_1_0, true, FFA_VERDICT_NOT_FFA, "0xff", 0x0 },
	{ 0x840000ffU, FFA_VERSION_1_0, false, FFA_VERDICT_NOT_FFA, "0xff", 0x0 },
	{ 0x840000ffU, FFA_VERSION_1_1, true, FFA_VERDICT_NOT_FFA, "0xff", 0x0 },
	{ 0x840000ffU, FFA_VERSION_1_1, false, FFA_VERDICT_NOT_FFA, "0xff", 0x0 },
	{ 0x840000ffU, FFA_VERSION_1_2, true, FFA_VERDICT_NOT_FFA, "0xff", 0x0 },
	{ 0x840000ffU, FFA_VERSION_1_2, false, FFA_VERDICT_NOT_FFA, "0xff", 0x0 },
	{ 0xc40000ffU, FFA_VERSION_1_0, true, FFA_VERDICT_NOT_FFA, "0xff", 0x0 },
	{ 0xc40000ffU, FFA_VERSION_1_0, false, FFA_VERDICT_NOT_FFA, "0xff", 0x0 },
	{ 0xc40000ffU, FFA_VERSION_1_1, true, FFA_VERDICT_NOT_FFA, "0xff", 0x0 },
	{ 0xc40000ffU, FFA_VERSION_1_1, false, FFA_VERDICT_NOT_FFA, "0xff", 0x0 },
	{ 0xc40000ffU, FFA_VERSION_1_2, true, FFA_VERDICT_NOT_FFA, "0xff", 0x0 },
	{ 0xc40000ffU, FFA_VERSION_1_2, false, FFA_VERDICT_NOT_FFA, "0xff", 0x0 },
	{ 0x84000000U, FFA_VERSION_1_0, true, FFA_VERDICT_NOT_FFA, "0x84000000", 0x0 },
	{ 0x84000000U, FFA_VERSION_1_1, true, FFA_VERDICT_NOT_FFA, "0x84000000", 0x0 },
	{ 0x84000000U, FFA_VERSION_1_2, true, FFA_VERDICT_NOT_FFA, "0x84000000", 0x0 },
	{ 0x84000003U, FFA_VERSION_1_0, true, FFA_VERDICT_NOT_FFA, "0x84000003", 0x0 },
	{ 0x84000003U, FFA_VERSION_1_1, true, FFA_VERDICT_NOT_FFA, "0x84000003", 0x0 },
	{ 0x84000003U, FFA_VERSION_1_2, true, FFA_VERDICT_NOT_FFA, "0x84000003", 0x0 },
	{ 0xc4000003U, FFA_VERSION_1_0, true, FFA_VERDICT_NOT_FFA, "0xc4000003", 0x0 },
	{ 0xc4000003U, FFA_VERSION_1_1, true, FFA_VERDICT_NOT_FFA, "0xc4000003", 0x0 },
	{ 0xc4000003U, FFA_VERSION_1_2, true, FFA_VERDICT_NOT_FFA, "0xc4000003", 0x0 },
	{ 0x8400005fU, FFA_VERSION_1_0, true, FFA_VERDICT_NOT_FFA, "0x8400005f", 0x0 },
	{ 0x8400005fU, FFA_VERSION_1_1, true, FFA_VERDICT_NOT_FFA, "0x8400005f", 0x0 },
	{ 0x8400005fU, FFA_VERSION_1_2, true, FFA_VERDICT_NOT_FFA, "0x8400005f", 0x0 },
	{ 0x86000063U, FFA_VERSION_1_0, true, FFA_VERDICT_NOT_FFA, "0x86000063", 0x0 },
	{ 0x86000063U, FFA_VERSION_1_1, true, FFA_VERDICT_NOT_FFA, "0x86000063", 0x0 },
	{ 0x86000063U, FFA_VERSION_1_2, true, FFA_VERDICT_NOT_FFA, "0x86000063", 0x0 },
	{ 0x04000063U, FFA_VERSION_1_0, true, FFA_VERDICT_NOT_FFA, "0x4000063", 0x0 },
	{ 0x04000063U, FFA_VERSION_1_1, true, FFA_VERDICT_NOT_FFA, "0x4000063", 0x0 },
	{ 0x04000063U, FFA_VERSION_1_2, true, FFA_VERDICT_NOT_FFA, "0x4000063", 0x0 },
	{ 0xc5000063U, FFA_VERSION_1_0, true, FFA_VERDICT_NOT_FFA, "0xc5000063", 0x0 },
	{ 0xc5000063U, FFA_VERSION_1_1, true, FFA_VERDICT_NOT_FFA, "0xc5000063", 0x0 },
	{ 0xc5000063U, FFA_VERSION_1_2, true, FFA_VERDICT_NOT_FFA, "0xc5000063", 0x0 },
	{ 0x840000f0U, FFA_VERSION_1_0, true, FFA_VERDICT_NOT_FFA, "0x840000f0", 0x0 },
	{ 0x840000f0U, FFA_VERSION_1_1, true, FFA_VERDICT_NOT_FFA, "0x840000f0", 0x0 },
	{ 0x840000f0U, FFA_VERSION_1_2, true, FFA_VERDICT_NOT_FFA, "0x840000f0", 0x0 },
};

/* raw: the call answers errors in w0 itself (FFA_VERSION), as NOT_SUPPORTED. */
static const struct bit_row mbz_rows[] = {
	{ 0x84000063U, FFA_VERSION_1_0, 1, 31, "version", true },
	{ 0x84000063U, FFA_VERSION_1_1, 1, 31, "version", true },
	{ 0x84000063U, FFA_VERSION_1_2, 1, 31, "version", true },
	{ 0x84000066U, FFA_VERSION_1_0, 3, 6, "rxtx-map", false },
	{ 0x84000066U, FFA_VERSION_1_0, 3, 31, "rxtx-map", false },
	{ 0x84000066U, FFA_VERSION_1_1, 3, 6, "rxtx-map", false },
	{ 0x84000066U, FFA_VERSION_1_1, 3, 31, "rxtx-map", false },
	{ 0x84000066U, FFA_VERSION_1_2, 3, 6, "rxtx-map", false },
	{ 0x84000066U, FFA_VERSION_1_2, 3, 31, "rxtx-map", false },
	{ 0xc4000066U, FFA_VERSION_1_0, 3, 6, "rxtx-map", false },
	{ 0xc4000066U, FFA_VERSION_1_0, 3, 31, "rxtx-map", false },
	{ 0xc4000066U, FFA_VERSION_1_1, 3, 6, "rxtx-map", false },
	{ 0xc4000066U, FFA_VERSION_1_1, 3, 31, "rxtx-map", false },
	{ 0xc4000066U, FFA_VERSION_1_2, 3, 6, "rxtx-map", false },
	{ 0xc4000066U, FFA_VERSION_1_2, 3, 31, "rxtx-map", false },
	{ 0x84000068U, FFA_VERSION_1_0, 5, 0, "partition-info-get", false },
	{ 0x84000068U, FFA_VERSION_1_0, 5, 31, "partition-info-get", false },
	{ 0x84000068U, FFA_VERSION_1_1, 5, 1, "partition-info-get", false },
	{ 0x84000068U, FFA_VERSION_1_1, 5, 31, "partition-info-get", false },
	{ 0x84000068U, FFA_VERSION_1_2, 5, 1, "partition-info-get", false },
	{ 0x84000068U, FFA_VERSION_1_2, 5, 31, "partition-info-get", false },
	{ 0x84000077U, FFA_VERSION_1_0, 3, 2, "mem-reclaim", false },
	{ 0x84000077U, FFA_VERSION_1_0, 3, 31, "mem-reclaim", false },
	{ 0x84000077U, FFA_VERSION_1_1, 3, 2, "mem-reclaim", false },
	{ 0x84000077U, FFA_VERSION_1_1, 3, 31, "mem-reclaim", false },
	{ 0x84000077U, FFA_VERSION_1_2, 3, 2, "mem-reclaim", false },
	{ 0x84000077U, FFA_VERSION_1_2, 3, 31, "mem-reclaim", false },
	{ 0x8400007fU, FFA_VERSION_1_1, 2, 1, "notification-bind", false },
	{ 0x8400007fU, FFA_VERSION_1_1, 2, 31, "notification-bind", false },
	{ 0x8400007fU, FFA_VERSION_1_2, 2, 1, "notification-bind", false },
	{ 0x8400007fU, FFA_VERSION_1_2, 2, 31, "notification-bind", false },
	{ 0x84000080U, FFA_VERSION_1_1, 2, 0, "notification-unbind", false },
	{ 0x84000080U, FFA_VERSION_1_1, 2, 31, "notification-unbind", false },
	{ 0x84000080U, FFA_VERSION_1_2, 2, 0, "notification-unbind", false },
	{ 0x84000080U, FFA_VERSION_1_2, 2, 31, "notification-unbind", false },
	{ 0x84000081U, FFA_VERSION_1_1, 2, 2, "notification-set", false },
	{ 0x84000081U, FFA_VERSION_1_1, 2, 15, "notification-set", false },
	{ 0x84000081U, FFA_VERSION_1_2, 2, 2, "notification-set", false },
	{ 0x84000081U, FFA_VERSION_1_2, 2, 15, "notification-set", false },
	{ 0x84000082U, FFA_VERSION_1_1, 2, 4, "notification-get", false },
	{ 0x84000082U, FFA_VERSION_1_1, 2, 31, "notification-get", false },
	{ 0x84000082U, FFA_VERSION_1_2, 2, 4, "notification-get", false },
	{ 0x84000082U, FFA_VERSION_1_2, 2, 31, "notification-get", false },
	{ 0x84000086U, FFA_VERSION_1_1, 2, 0, "msg-send2", false },
	{ 0x84000086U, FFA_VERSION_1_1, 2, 2, "msg-send2", false },
	{ 0x84000086U, FFA_VERSION_1_1, 2, 31, "msg-send2", false },
	{ 0x84000086U, FFA_VERSION_1_2, 2, 0, "msg-send2", false },
	{ 0x84000086U, FFA_VERSION_1_2, 2, 2, "msg-send2", false },
	{ 0x84000086U, FFA_VERSION_1_2, 2, 31, "msg-send2", false },
};

static const struct bit_row sbz_rows[] = {
	{ 0x84000063U, FFA_VERSION_1_0, 2, 0, "version", false },
	{ 0x84000063U, FFA_VERSION_1_0, 2, 31, "version", false },
	{ 0x84000063U, FFA_VERSION_1_0, 3, 0, "version", false },
	{ 0x84000063U, FFA_VERSION_1_0, 3, 31, "version", false },
	{ 0x84000063U, FFA_VERSION_1_0, 4, 0, "version", false },
	{ 0x84000063U, FFA_VERSION_1_0, 4, 31, "version", false },
	{ 0x84000063U, FFA_VERSION_1_0, 5, 0, "version", false },
	{ 0x84000063U, FFA_VERSION_1_0, 5, 31, "version", false },
	{ 0x84000063U, FFA_VERSION_1_0, 6, 0, "version", false },
	{ 0x84000063U, FFA_VERSION_1_0, 6, 31, "version", false },
	{ 0x84000063U, FFA_VERSION_1_0, 7, 0, "version", false },
	{ 0x84000063U, FFA_VERSION_1_0, 7, 31, "version", false },
	{ 0x84000063U, FFA_VERSION_1_1, 2, 0, "version", false },
	{ 0x84000063U, FFA_VERSION_1_1, 2, 31, "version", false },
	{ 0x84000063U, FFA_VERSION_1_1, 3, 0, "version", false },
	{ 0x84000063U, FFA_VERSION_1_1, 3, 31, "version", false },
	{ 0x84000063U, FFA_VERSION_1_1, 4, 0, "version", false },
	{ 0x84000063U, FFA_VERSION_1_1, 4, 31, "version", false },
	{ 0x84000063U, FFA_VERSION_1_1, 5, 0, "version", false },
	{ 0x84000063U, FFA_VERSION_1_1, 5, 31, "version", false },
	{ 0x84000063U, FFA_VERSION_1_1, 6, 0, "version", false },
	{ 0x84000063U, FFA_VERSION_1_1, 6, 31, "version", false },
	{ 0x84000063U, FFA_VERSION_1_1, 7, 0, "version", false },
	{ 0x84000063U, FFA_VERSION_1_1, 7, 31, "version", false },
	{ 0x84000063U, FFA_VERSION_1_2, 2, 0, "version", false },
	{ 0x84000063U, FFA_VERSION_1_2, 2, 31, "version", false },
	{ 0x84000063U, FFA_VERSION_1_2, 3, 0, "version", false },
	{ 0x84000063U, FFA_VERSION_1_2, 3, 31, "version", false },
	{ 0x84000063U, FFA_VERSION_1_2, 4, 0, "version", false },
	{ 0x84000063U, FFA_VERSION_1_2, 4, 31, "version", false },
	{ 0x84000063U, FFA_VERSION_1_2, 5, 0, "version", false },
	{ 0x84000063U, FFA_VERSION_1_2, 5, 31, "version", false },
	{ 0x84000063U, FFA_VERSION_1_2, 6, 0, "version", false },
	{ 0x84000063U, FFA_VERSION_1_2, 6, 31, "version", false },
	{ 0x84000063U, FFA_VERSION_1_2, 7, 0, "version", false },
	{ 0x84000063U, FFA_VERSION_1_2, 7, 31, "version", false },
	{ 0x84000064U, FFA_VERSION_1_0, 2, 0, "features", false },
	{ 0x84000064U, FFA_VERSION_1_0, 2, 31, "features", false },
	{ 0x84000064U, FFA_VERSION_1_0, 3, 0, "features", false },
	{ 0x84000064U, FFA_VERSION_1_0, 3, 31, "features", false },
	{ 0x84000064U, FFA_VERSION_1_0, 4, 0, "features", false },
	{ 0x84000064U, FFA_VERSION_1_0, 4, 31, "features", false },
	{ 0x84000064U, FFA_VERSION_1_0, 5, 0, "features", false },
	{ 0x84000064U, FFA_VERSION_1_0, 5, 31, "features", false },
	{ 0x84000064U, FFA_VERSION_1_0, 6, 0, "features", false },
	{ 0x84000064U, FFA_VERSION_1_0, 6, 31, "features", false },
	{ 0x84000064U, FFA_VERSION_1_0, 7, 0, "features", false },
	{ 0x84000064U, FFA_VERSION_1_0, 7, 31, "features", false },
	{ 0x84000064U, FFA_VERSION_1_1, 3, 0, "features", false },
	{ 0x84000064U, FFA_VERSION_1_1, 3, 31, "features", false },
	{ 0x84000064U, FFA_VERSION_1_1, 4, 0, "features", false },
	{ 0x84000064U, FFA_VERSION_1_1, 4, 31, "features", false },
	{ 0x84000064U, FFA_VERSION_1_1, 5, 0, "features", false },
	{ 0x84000064U, FFA_VERSION_1_1, 5, 31, "features", false },
	{ 0x84000064U, FFA_VERSION_1_1, 6, 0, "features", false },
	{ 0x84000064U, FFA_VERSION_1_1, 6, 31, "features", false },
	{ 0x84000064U, FFA_VERSION_1_1, 7, 0, "features", false },
	{ 0x84000064U, FFA_VERSION_1_1, 7, 31, "features", false },
	{ 0x84000064U, FFA_VERSION_1_2, 3, 0, "features", false },
	{ 0x84000064U, FFA_VERSION_1_2, 3, 31, "features", false },
	{ 0x84000064U, FFA_VERSION_1_2, 4, 0, "features", false },
	{ 0x84000064U, FFA_VERSION_1_2, 4, 31, "features", false },
	{ 0x84000064U, FFA_VERSION_1_2, 5, 0, "features", false },
	{ 0x84000064U, FFA_VERSION_1_2, 5, 31, "features", false },
	{ 0x84000064U, FFA_VERSION_1_2, 6, 0, "features", false },
	{ 0x84000064U, FFA_VERSION_1_2, 6, 31, "features", false },
	{ 0x84000064U, FFA_VERSION_1_2, 7, 0, "features", false },
	{ 0x84000064U, FFA_VERSION_1_2, 7, 31, "features", false },
	{ 0x84000065U, FFA_VERSION_1_0, 2, 0, "rx-release", false },
	{ 0x84000065U, FFA_VERSION_1_0, 2, 31, "rx-release", false },
	{ 0x84000065U, FFA_VERSION_1_0, 3, 0, "rx-release", false },
	{ 0x84000065U, FFA_VERSION_1_0, 3, 31, "rx-release", false },
	{ 0x84000065U, FFA_VERSION_1_0, 4, 0, "rx-release", false },
	{ 0x84000065U, FFA_VERSION_1_0, 4, 31, "rx-release", false },
	{ 0x84000065U, FFA_VERSION_1_0, 5, 0, "rx-release", false },
	{ 0x84000065U, FFA_VERSION_1_0, 5, 31, "rx-release", false },
	{ 0x84000065U, FFA_VERSION_1_0, 6, 0, "rx-release", false },
	{ 0x84000065U, FFA_VERSION_1_0, 6, 31, "rx-release", false },
	{ 0x84000065U, FFA_VERSION_1_0, 7, 0, "rx-release", false },
	{ 0x84000065U, FFA_VERSION_1_0, 7, 31, "rx-release", false },
	{ 0x84000065U, FFA_VERSION_1_1, 2, 0, "rx-release", false },
	{ 0x84000065U, FFA_VERSION_1_1, 2, 31, "rx-release", false },
	{ 0x84000065U, FFA_VERSION_1_1, 3, 0, "rx-release", false },
	{ 0x84000065U, FFA_VERSION_1_1, 3, 31, "rx-release", false },
	{ 0x84000065U, FFA_VERSION_1_1, 4, 0, "rx-release", false },
	{ 0x84000065U, FFA_VERSION_1_1, 4, 31, "rx-release", false },
	{ 0x84000065U, FFA_VERSION_1_1, 5, 0, "rx-release", false },
	{ 0x84000065U, FFA_VERSION_1_1, 5, 31, "rx-release", false },
	{ 0x84000065U, FFA_VERSION_1_1, 6, 0, "rx-release", false },
	{ 0x84000065U, FFA_VERSION_1_1, 6, 31, "rx-release", false },
	{ 0x84000065U, FFA_VERSION_1_1, 7, 0, "rx-release", false },
	{ 0x84000065U, FFA_VERSION_1_1, 7, 31, "rx-release", false },
	{ 0x84000065U, FFA_VERSION_1_2, 2, 0, "rx-release", false },
	{ 0x84000065U, FFA_VERSION_1_2, 2, 31, "rx-release", false },
	{ 0x84000065U, FFA_VERSION_1_2, 3, 0, "rx-release", false },
	{ 0x84000065U, FFA_VERSION_1_2, 3, 31, "rx-release", false },
	{ 0x84000065U, FFA_VERSION_1_2, 4, 0, "rx-release", false },
	{ 0x84000065U, FFA_VERSION_1_2, 4, 31, "rx-release", false },
	{ 0x84000065U, FFA_VERSION_1_2, 5, 0, "rx-release", false },
	{ 0x84000065U, FFA_VERSION_1_2, 5, 31, "rx-release", false },
	{ 0x84000065U, FFA_VERSION_1_2, 6, 0, "rx-release", false },
	{ 0x84000065U, FFA_VERSION_1_2, 6, 31, "rx-release", false },
	{ 0x84000065U, FFA_VERSION_1_2, 7, 0, "rx-release", false },
	{ 0x84000065U, FFA_VERSION_1_2, 7, 31, "rx-release", false },
	{ 0x84000066U, FFA_VERSION_1_0, 4, 0, "rxtx-map", false },
	{ 0x84000066U, FFA_VERSION_1_0, 4, 31, "rxtx-map", false },
	{ 0x84000066U, FFA_VERSION_1_0, 5, 0, "rxtx-map", false },
	{ 0x84000066U, FFA_VERSION_1_0, 5, 31, "rxtx-map", false },
	{ 0x84000066U, FFA_VERSION_1_0, 6, 0, "rxtx-map", false },
	{ 0x84000066U, FFA_VERSION_1_0, 6, 31, "rxtx-map", false },
	{ 0x84000066U, FFA_VERSION_1_0, 7, 0, "rxtx-map", false },
	{ 0x84000066U, FFA_VERSION_1_0, 7, 31, "rxtx-map", false },
	{ 0x84000066U, FFA_VERSION_1_1, 4, 0, "rxtx-map", false },
	{ 0x84000066U, FFA_VERSION_1_1, 4, 31, "rxtx-map", false },
	{ 0x84000066U, FFA_VERSION_1_1, 5, 0, "rxtx-map", false },
	{ 0x84000066U, FFA_VERSION_1_1, 5, 31, "rxtx-map", false },
	{ 0x84000066U, FFA_VERSION_1_1, 6, 0, "rxtx-map", false },
	{ 0x84000066U, FFA_VERSION_1_1, 6, 31, "rxtx-map", false },
	{ 0x84000066U, FFA_VERSION_1_1, 7, 0, "rxtx-map", false },
	{ 0x84000066U, FFA_VERSION_1_1, 7, 31, "rxtx-map", false },
	{ 0x84000066U, FFA_VERSION_1_2, 4, 0, "rxtx-map", false },
	{ 0x84000066U, FFA_VERSION_1_2, 4, 31, "rxtx-map", false },
	{ 0x84000066U, FFA_VERSION_1_2, 5, 0, "rxtx-map", false },
	{ 0x84000066U, FFA_VERSION_1_2, 5, 31, "rxtx-map", false },
	{ 0x84000066U, FFA_VERSION_1_2, 6, 0, "rxtx-map", false },
	{ 0x84000066U, FFA_VERSION_1_2, 6, 31, "rxtx-map", false },
	{ 0x84000066U, FFA_VERSION_1_2, 7, 0, "rxtx-map", false },
	{ 0x84000066U, FFA_VERSION_1_2, 7, 31, "rxtx-map", false },
	{ 0xc4000066U, FFA_VERSION_1_0, 4, 0, "rxtx-map", false },
	{ 0xc4000066U, FFA_VERSION_1_0, 4, 31, "rxtx-map", false },
	{ 0xc4000066U, FFA_VERSION_1_0, 5, 0, "rxtx-map", false },
	{ 0xc4000066U, FFA_VERSION_1_0, 5, 31, "rxtx-map", false },
	{ 0xc4000066U, FFA_VERSION_1_0, 6, 0, "rxtx-map", false },
	{ 0xc4000066U, FFA_VERSION_1_0, 6, 31, "rxtx-map", false },
	{ 0xc4000066U, FFA_VERSION_1_0, 7, 0, "rxtx-map", false },
	{ 0xc4000066U, FFA_VERSION_1_0, 7, 31, "rxtx-map", false },
	{ 0xc4000066U, FFA_VERSION_1_1, 4, 0, "rxtx-map", false },
	{ 0xc4000066U, FFA_VERSION_1_1, 4, 31, "rxtx-map", false },
	{ 0xc4000066U, FFA_VERSION_1_1, 5, 0, "rxtx-map", false },
	{ 0xc4000066U, FFA_VERSION_1_1, 5, 31, "rxtx-map", false },
	{ 0xc4000066U, FFA_VERSION_1_1, 6, 0, "rxtx-map", false },
	{ 0xc4000066U, FFA_VERSION_1_1, 6, 31, "rxtx-map", false },
	{ 0xc4000066U, FFA_VERSION_1_1, 7, 0, "rxtx-map", false },
	{ 0xc4000066U, FFA_VERSION_1_1, 7, 31, "rxtx-map", false },
	{ 0xc4000066U, FFA_VERSION_1_2, 4, 0, "rxtx-map", false },
	{ 0xc4000066U, FFA_VERSION_1_2, 4, 31, "rxtx-map", false },
	{ 0xc4000066U, FFA_VERSION_1_2, 5, 0, "rxtx-map", false },
	{ 0xc4000066U, FFA_VERSION_1_2, 5, 31, "rxtx-map", false },
	{ 0xc4000066U, FFA_VERSION_1_2, 6, 0, "rxtx-map", false },
	{ 0xc4000066U, FFA_VERSION_1_2, 6, 31, "rxtx-map", false },
	{ 0xc4000066U, FFA_VERSION_1_2, 7, 0, "rxtx-map", false },
	{ 0xc4000066U, FFA_VERSION_1_2, 7, 31, "rxtx-map", false },
	{ 0x84000067U, FFA_VERSION_1_0, 2, 0, "rxtx-unmap", false },
	{ 0x84000067U, FFA_VERSION_1_0, 2, 31, "rxtx-unmap", false },
	{ 0x84000067U, FFA_VERSION_1_0, 3, 0, "rxtx-unmap", false },
	{ 0x84000067U, FFA_VERSION_1_0, 3, 31, "rxtx-unmap", false },
	{ 0x84000067U, FFA_VERSION_1_0, 4, 0, "rxtx-unmap", false },
	{ 0x84000067U, FFA_VERSION_1_0, 4, 31, "rxtx-unmap", false },
	{ 0x84000067U, FFA_VERSION_1_0, 5, 0, "rxtx-unmap", false },
	{ 0x84000067U, FFA_VERSION_1_0, 5, 31, "rxtx-unmap", false },
	{ 0x84000067U, FFA_VERSION_1_0, 6, 0, "rxtx-unmap", false },
	{ 0x84000067U, FFA_VERSION_1_0, 6, 31, "rxtx-unmap", false },
	{ 0x84000067U, FFA_VERSION_1_0, 7, 0, "rxtx-unmap", false },
	{ 0x84000067U, FFA_VERSION_1_0, 7, 31, "rxtx-unmap", false },
	{ 0x84000067U, FFA_VERSION_1_1, 2, 0, "rxtx-unmap", false },
	{ 0x84000067U, FFA_VERSION_1_1, 2, 31, "rxtx-unmap", false },
	{ 0x84000067U, FFA_VERSION_1_1, 3, 0, "rxtx-unmap", false },
	{ 0x84000067U, FFA_VERSION_1_1, 3, 31, "rxtx-unmap", false },
	{ 0x84000067U, FFA_VERSION_1_1, 4, 0, "rxtx-unmap", false },
	{ 0x84000067U, FFA_VERSION_1_1, 4, 31, "rxtx-unmap", false },
	{ 0x84000067U, FFA_VERSION_1_1, 5, 0, "rxtx-unmap", false },
	{ 0x84000067U, FFA_VERSION_1_1, 5, 31, "rxtx-unmap", false },
	{ 0x84000067U, FFA_VERSION_1_1, 6, 0, "rxtx-unmap", false },
	{ 0x84000067U, FFA_VERSION_1_1, 6, 31, "rxtx-unmap", false },
	{ 0x84000067U, FFA_VERSION_1_1, 7, 0, "rxtx-unmap", false },
	{ 0x84000067U, FFA_VERSION_1_1, 7, 31, "rxtx-unmap", false },
	{ 0x84000067U, FFA_VERSION_1_2, 2, 0, "rxtx-unmap", false },
	{ 0x84000067U, FFA_VERSION_1_2, 2, 31, "rxtx-unmap", false },
	{ 0x84000067U, FFA_VERSION_1_2, 3, 0, "rxtx-unmap", false },
	{ 0x84000067U, FFA_VERSION_1_2, 3, 31, "rxtx-unmap", false },
	{ 0x84000067U, FFA_VERSION_1_2, 4, 0, "rxtx-unmap", false },
	{ 0x84000067U, FFA_VERSION_1_2, 4, 31, "rxtx-unmap", false },
	{ 0x84000067U, FFA_VERSION_1_2, 5, 0, "rxtx-unmap", false },
	{ 0x84000067U, FFA_VERSION_1_2, 5, 31, "rxtx-unmap", false },
	{ 0x84000067U, FFA_VERSION_1_2, 6, 0, "rxtx-unmap", false },
	{ 0x84000067U, FFA_VERSION_1_2, 6, 31, "rxtx-unmap", false },
	{ 0x84000067U, FFA_VERSION_1_2, 7, 0, "rxtx-unmap", false },
	{ 0x84000067U, FFA_VERSION_1_2, 7, 31, "rxtx-unmap", false },
	{ 0x84000068U, FFA_VERSION_1_0, 6, 0, "partition-info-get", false },
	{ 0x84000068U, FFA_VERSION_1_0, 6, 31, "partition-info-get", false },
	{ 0x84000068U, FFA_VERSION_1_0, 7, 0, "partition-info-get", false },
	{ 0x84000068U, FFA_VERSION_1_0, 7, 31, "partition-info-get", false },
	{ 0x84000068U, FFA_VERSION_1_1, 6, 0, "partition-info-get", false },
	{ 0x84000068U, FFA_VERSION_1_1, 6, 31, "partition-info-get", false },
	{ 0x84000068U, FFA_VERSION_1_1, 7, 0, "partition-info-get", false },
	{ 0x84000068U, FFA_VERSION_1_1, 7, 31, "partition-info-get", false },
	{ 0x84000068U, FFA_VERSION_1_2, 6, 0, "partition-info-get", false },
	{ 0x84000068U, FFA_VERSION_1_2, 6, 31, "partition-info-get", false },
	{ 0x84000068U, FFA_VERSION_1_2, 7, 0, "partition-info-get", false },
	{ 0x84000068U, FFA_VERSION_1_2, 7, 31, "partition-info-get", false },
	{ 0x84000069U, FFA_VERSION_1_0, 1, 0, "id-get", false },
	{ 0x84000069U, FFA_VERSION_1_0, 1, 31, "id-get", false },
	{ 0x84000069U, FFA_VERSION_1_0, 2, 0, "id-get", false },
	{ 0x84000069U, FFA_VERSION_1_0, 2, 31, "id-get", false },
	{ 0x84000069U, FFA_VERSION_1_0, 3, 0, "id-get", false },
	{ 0x84000069U, FFA_VERSION_1_0, 3, 31, "id-get", false },
	{ 0x84000069U, FFA_VERSION_1_0, 4, 0, "id-get", false },
	{ 0x84000069U, FFA_VERSION_1_0, 4, 31, "id-get", false },
	{ 0x84000069U, FFA_VERSION_1_0, 5, 0, "id-get", false },
	{ 0x84000069U, FFA_VERSION_1_0, 5, 31, "id-get", false },
	{ 0x84000069U, FFA_VERSION_1_0, 6, 0, "id-get", false },
	{ 0x84000069U, FFA_VERSION_1_0, 6, 31, "id-get", false },
	{ 0x84000069U, FFA_VERSION_1_0, 7, 0, "id-get", false },
	{ 0x84000069U, FFA_VERSION_1_0, 7, 31, "id-get", false },
	{ 0x84000069U, FFA_VERSION_1_1, 1, 0, "id-get", false },
	{ 0x84000069U, FFA_VERSION_1_1, 1, 31, "id-get", false },
	{ 0x84000069U, FFA_VERSION_1_1, 2, 0, "id-get", false },
	{ 0x84000069U, FFA_VERSION_1_1, 2, 31, "id-get", false },
	{ 0x84000069U, FFA_VERSION_1_1, 3, 0, "id-get", false },
	{ 0x84000069U, FFA_VERSION_1_1, 3, 31, "id-get", false },
	{ 0x84000069U, FFA_VERSION_1_1, 4, 0, "id-get", false },
	{ 0x84000069U, FFA_VERSION_1_1, 4, 31, "id-get", false },
	{ 0x84000069U, FFA_VERSION_1_1, 5, 0, "id-get", false },
	{ 0x84000069U, FFA_VERSION_1_1, 5, 31, "id-get", false },
	{ 0x84000069U, FFA_VERSION_1_1, 6, 0, "id-get", false },
	{ 0x84000069U, FFA_VERSION_1_1, 6, 31, "id-get", false },
	{ 0x84000069U, FFA_VERSION_1_1, 7, 0, "id-get", false },
	{ 0x84000069U, FFA_VERSION_1_1, 7, 31, "id-get", false },
	{ 0x84000069U, FFA_VERSION_1_2, 1, 0, "id-get", false },
	{ 0x84000069U, FFA_VERSION_1_2, 1, 31, "id-get", false },
	{ 0x84000069U, FFA_VERSION_1_2, 2, 0, "id-get", false },
	{ 0x84000069U, FFA_VERSION_1_2, 2, 31, "id-get", false },
	{ 0x84000069U, FFA_VERSION_1_2, 3, 0, "id-get", false },
	{ 0x84000069U, FFA_VERSION_1_2, 3, 31, "id-get", false },
	{ 0x84000069U, FFA_VERSION_1_2, 4, 0, "id-get", false },
	{ 0x84000069U, FFA_VERSION_1_2, 4, 31, "id-get", false },
	{ 0x84000069U, FFA_VERSION_1_2, 5, 0, "id-get", false },
	{ 0x84000069U, FFA_VERSION_1_2, 5, 31, "id-get", false },
	{ 0x84000069U, FFA_VERSION_1_2, 6, 0, "id-get", false },
	{ 0x84000069U, FFA_VERSION_1_2, 6, 31, "id-get", false },
	{ 0x84000069U, FFA_VERSION_1_2, 7, 0, "id-get", false },
	{ 0x84000069U, FFA_VERSION_1_2, 7, 31, "id-get", false },
	{ 0x8400006dU, FFA_VERSION_1_0, 2, 0, "run", false },
	{ 0x8400006dU, FFA_VERSION_1_0, 2, 31, "run", false },
	{ 0x8400006dU, FFA_VERSION_1_0, 3, 0, "run", false },
	{ 0x8400006dU, FFA_VERSION_1_0, 3, 31, "run", false },
	{ 0x8400006dU, FFA_VERSION_1_0, 4, 0, "run", false },
	{ 0x8400006dU, FFA_VERSION_1_0, 4, 31, "run", false },
	{ 0x8400006dU, FFA_VERSION_1_0, 5, 0, "run", false },
	{ 0x8400006dU, FFA_VERSION_1_0, 5, 31, "run", false },
	{ 0x8400006dU, FFA_VERSION_1_0, 6, 0, "run", false },
	{ 0x8400006dU, FFA_VERSION_1_0, 6, 31, "run", false },
	{ 0x8400006dU, FFA_VERSION_1_0, 7, 0, "run", false },
	{ 0x8400006dU, FFA_VERSION_1_0, 7, 31, "run", false },
	{ 0x8400006dU, FFA_VERSION_1_1, 2, 0, "run", false },
	{ 0x8400006dU, FFA_VERSION_1_1, 2, 31, "run", false },
	{ 0x8400006dU, FFA_VERSION_1_1, 3, 0, "run", false },
	{ 0x8400006dU, FFA_VERSION_1_1, 3, 31, "run", false },
	{ 0x8400006dU, FFA_VERSION_1_1, 4, 0, "run", false },
	{ 0x8400006dU, FFA_VERSION_1_1, 4, 31, "run", false },
	{ 0x8400006dU, FFA_VERSION_1_1, 5, 0, "run", false },
	{ 0x8400006dU, FFA_VERSION_1_1, 5, 31, "run", false },
	{ 0x8400006dU, FFA_VERSION_1_1, 6, 0, "run", false },
	{ 0x8400006dU, FFA_VERSION_1_1, 6, 31, "run", false },
	{ 0x8400006dU, FFA_VERSION_1_1, 7, 0, "run", false },
	{ 0x8400006dU, FFA_VERSION_1_1, 7, 31, "run", false },
	{ 0x8400006dU, FFA_VERSION_1_2, 2, 0, "run", false },
	{ 0x8400006dU, FFA_VERSION_1_2, 2, 31, "run", false },
	{ 0x8400006dU, FFA_VERSION_1_2, 3, 0, "run", false },
	{ 0x8400006dU, FFA_VERSION_1_2, 3, 31, "run", false },
	{ 0x8400006dU, FFA_VERSION_1_2, 4, 0, "run", false },
	{ 0x8400006dU, FFA_VERSION_1_2, 4, 31, "run", false },
	{ 0x8400006dU, FFA_VERSION_1_2, 5, 0, "run", false },
	{ 0x8400006dU, FFA_VERSION_1_2, 5, 31, "run", false },
	{ 0x8400006dU, FFA_VERSION_1_2, 6, 0, "run", false },
	{ 0x8400006dU, FFA_VERSION_1_2, 6, 31, "run", false },
	{ 0x8400006dU, FFA_VERSION_1_2, 7, 0, "run", false },
	{ 0x8400006dU, FFA_VERSION_1_2, 7, 31, "run", false },
	{ 0x84000071U, FFA_VERSION_1_0, 5, 0, "mem-donate", false },
	{ 0x84000071U, FFA_VERSION_1_0, 5, 31, "mem-donate", false },
	{ 0x84000071U, FFA_VERSION_1_0, 6, 0, "mem-donate", false },
	{ 0x84000071U, FFA_VERSION_1_0, 6, 31, "mem-donate", false },
	{ 0x84000071U, FFA_VERSION_1_0, 7, 0, "mem-donate", false },
	{ 0x84000071U, FFA_VERSION_1_0, 7, 31, "mem-donate", false },
	{ 0x84000071U, FFA_VERSION_1_1, 5, 0, "mem-donate", false },
	{ 0x84000071U, FFA_VERSION_1_1, 5, 31, "mem-donate", false },
	{ 0x84000071U, FFA_VERSION_1_1, 6, 0, "mem-donate", false },
	{ 0x84000071U, FFA_VERSION_1_1, 6, 31, "mem-donate", false },
	{ 0x84000071U, FFA_VERSION_1_1, 7, 0, "mem-donate", false },
	{ 0x84000071U, FFA_VERSION_1_1, 7, 31, "mem-donate", false },
	{ 0x84000071U, FFA_VERSION_1_2, 5, 0, "mem-donate", false },
	{ 0x84000071U, FFA_VERSION_1_2, 5, 31, "mem-donate", false },
	{ 0x84000071U, FFA_VERSION_1_2, 6, 0, "mem-donate", false },
	{ 0x84000071U, FFA_VERSION_1_2, 6, 31, "mem-donate", false },
	{ 0x84000071U, FFA_VERSION_1_2, 7, 0, "mem-donate", false },
	{ 0x84000071U, FFA_VERSION_1_2, 7, 31, "mem-donate", false },
	{ 0xc4000071U, FFA_VERSION_1_0, 5, 0, "mem-donate", false },
	{ 0xc4000071U, FFA_VERSION_1_0, 5, 31, "mem-donate", false },
	{ 0xc4000071U, FFA_VERSION_1_0, 6, 0, "mem-donate", false },
	{ 0xc4000071U, FFA_VERSION_1_0, 6, 31, "mem-donate", false },
	{ 0xc4000071U, FFA_VERSION_1_0, 7, 0, "mem-donate", false },
	{ 0xc4000071U, FFA_VERSION_1_0, 7, 31, "mem-donate", false },
	{ 0xc4000071U, FFA_VERSION_1_1, 5, 0, "mem-donate", false },
	{ 0xc4000071U, FFA_VERSION_1_1, 5, 31, "mem-donate", false },
	{ 0xc4000071U, FFA_VERSION_1_1, 6, 0, "mem-donate", false },
	{ 0xc4000071U, FFA_VERSION_1_1, 6, 31, "mem-donate", false },
	{ 0xc4000071U, FFA_VERSION_1_1, 7, 0, "mem-donate", false },
	{ 0xc4000071U, FFA_VERSION_1_1, 7, 31, "mem-donate", false },
	{ 0xc4000071U, FFA_VERSION_1_2, 5, 0, "mem-donate", false },
	{ 0xc4000071U, FFA_VERSION_1_2, 5, 31, "mem-donate", false },
	{ 0xc4000071U, FFA_VERSION_1_2, 6, 0, "mem-donate", false },
	{ 0xc4000071U, FFA_VERSION_1_2, 6, 31, "mem-donate", false },
	{ 0xc4000071U, FFA_VERSION_1_2, 7, 0, "mem-donate", false },
	{ 0xc4000071U, FFA_VERSION_1_2, 7, 31, "mem-donate", false },
	{ 0x84000072U, FFA_VERSION_1_0, 5, 0, "mem-lend", false },
	{ 0x84000072U, FFA_VERSION_1_0, 5, 31, "mem-lend", false },
	{ 0x84000072U, FFA_VERSION_1_0, 6, 0, "mem-lend", false },
	{ 0x84000072U, FFA_VERSION_1_0, 6, 31, "mem-lend", false },
	{ 0x84000072U, FFA_VERSION_1_0, 7, 0, "mem-lend", false },
	{ 0x84000072U, FFA_VERSION_1_0, 7, 31, "mem-lend", false },
	{ 0x84000072U, FFA_VERSION_1_1, 5, 0, "mem-lend", false },
	{ 0x84000072U, FFA_VERSION_1_1, 5, 31, "mem-lend", false },
	{ 0x84000072U, FFA_VERSION_1_1, 6, 0, "mem-lend", false },
	{ 0x84000072U, FFA_VERSION_1_1, 6, 31, "mem-lend", false },
	{ 0x84000072U, FFA_VERSION_1_1, 7, 0, "mem-lend", false },
	{ 0x84000072U, FFA_VERSION_1_1, 7, 31, "mem-lend", false },
	{ 0x84000072U, FFA_VERSION_1_2, 5, 0, "mem-lend", false },
	{ 0x84000072U, FFA_VERSION_1_2, 5, 31, "mem-lend", false },
	{ 0x84000072U, FFA_VERSION_1_2, 6, 0, "mem-lend", false },
	{ 0x84000072U, FFA_VERSION_1_2, 6, 31, "mem-lend", false },
	{ 0x84000072U, FFA_VERSION_1_2, 7, 0, "mem-lend", false },
	{ 0x84000072U, FFA_VERSION_1_2, 7, 31, "mem-lend", false },
	{ 0xc4000072U, FFA_VERSION_1_0, 5, 0, "mem-lend", false },
	{ 0xc4000072U, FFA_VERSION_1_0, 5, 31, "mem-lend", false },
	{ 0xc4000072U, FFA_VERSION_1_0, 6, 0, "mem-lend", false },
	{ 0xc4000072U, FFA_VERSION_1_0, 6, 31, "mem-lend", false },
	{ 0xc4000072U, FFA_VERSION_1_0, 7, 0, "mem-lend", false },
	{ 0xc4000072U, FFA_VERSION_1_0, 7, 31, "mem-lend", false },
	{ 0xc4000072U, FFA_VERSION_1_1, 5, 0, "mem-lend", false },
	{ 0xc4000072U, FFA_VERSION_1_1, 5, 31, "mem-lend", false },
	{ 0xc4000072U, FFA_VERSION_1_1, 6, 0, "mem-lend", false },
	{ 0xc4000072U, FFA_VERSION_1_1, 6, 31, "mem-lend", false },
	{ 0xc4000072U, FFA_VERSION_1_1, 7, 0, "mem-lend", false },
	{ 0xc4000072U, FFA_VERSION_1_1, 7, 31, "mem-lend", false },
	{ 0xc4000072U, FFA_VERSION_1_2, 5, 0, "mem-lend", false },
	{ 0xc4000072U, FFA_VERSION_1_2, 5, 31, "mem-lend", false },
	{ 0xc4000072U, FFA_VERSION_1_2, 6, 0, "mem-lend", false },
	{ 0xc4000072U, FFA_VERSION_1_2, 6, 31, "mem-lend", false },
	{ 0xc4000072U, FFA_VERSION_1_2, 7, 0, "mem-lend", false },
	{ 0xc4000072U, FFA_VERSION_1_2, 7, 31, "mem-lend", false },
	{ 0x84000073U, FFA_VERSION_1_0, 5, 0, "mem-share", false },
	{ 0x84000073U, FFA_VERSION_1_0, 5, 31, "mem-share", false },
	{ 0x84000073U, FFA_VERSION_1_0, 6, 0, "mem-share", false },
	{ 0x84000073U, FFA_VERSION_1_0, 6, 31, "mem-share", false },
	{ 0x84000073U, FFA_VERSION_1_0, 7, 0, "mem-share", false },
	{ 0x84000073U, FFA_VERSION_1_0, 7, 31, "mem-share", false },
	{ 0x84000073U, FFA_VERSION_1_1, 5, 0, "mem-share", false },
	{ 0x84000073U, FFA_VERSION_1_1, 5, 31, "mem-share", false },
	{ 0x84000073U, FFA_VERSION_1_1, 6, 0, "mem-share", false },
	{ 0x84000073U, FFA_VERSION_1_1, 6, 31, "mem-share", false },
	{ 0x84000073U, FFA_VERSION_1_1, 7, 0, "mem-share", false },
	{ 0x84000073U, FFA_VERSION_1_1, 7, 31, "mem-share", false },
	{ 0x84000073U, FFA_VERSION_1_2, 5, 0, "mem-share", false },
	{ 0x84000073U, FFA_VERSION_1_2, 5, 31, "mem-share", false },
	{ 0x84000073U, FFA_VERSION_1_2, 6, 0, "mem-share", false },
	{ 0x84000073U, FFA_VERSION_1_2, 6, 31, "mem-share", false },
	{ 0x84000073U, FFA_VERSION_1_2, 7, 0, "mem-share", false },
	{ 0x84000073U, FFA_VERSION_1_2, 7, 31, "mem-share", false },
	{ 0xc4000073U, FFA_VERSION_1_0, 5, 0, "mem-share", false },
	{ 0xc4000073U, FFA_VERSION_1_0, 5, 31, "mem-share", false },
	{ 0xc4000073U, FFA_VERSION_1_0, 6, 0, "mem-share", false },
	{ 0xc4000073U, FFA_VERSION_1_0, 6, 31, "mem-share", false },
	{ 0xc4000073U, FFA_VERSION_1_0, 7, 0, "mem-share", false },
	{ 0xc4000073U, FFA_VERSION_1_0, 7, 31, "mem-share", false },
	{ 0xc4000073U, FFA_VERSION_1_1, 5, 0, "mem-share", false },
	{ 0xc4000073U, FFA_VERSION_1_1, 5, 31, "mem-share", false },
	{ 0xc4000073U, FFA_VERSION_1_1, 6, 0, "mem-share", false },
	{ 0xc4000073U, FFA_VERSION_1_1, 6, 31, "mem-share", false },
	{ 0xc4000073U, FFA_VERSION_1_1, 7, 0, "mem-share", false },
	{ 0xc4000073U, FFA_VERSION_1_1, 7, 31, "mem-share", false },
	{ 0xc4000073U, FFA_VERSION_1_2, 5, 0, "mem-share", false },
	{ 0xc4000073U, FFA_VERSION_1_2, 5, 31, "mem-share", false },
	{ 0xc4000073U, FFA_VERSION_1_2, 6, 0, "mem-share", false },
	{ 0xc4000073U, FFA_VERSION_1_2, 6, 31, "mem-share", false },
	{ 0xc4000073U, FFA_VERSION_1_2, 7, 0, "mem-share", false },
	{ 0xc4000073U, FFA_VERSION_1_2, 7, 31, "mem-share", false },
	{ 0x84000077U, FFA_VERSION_1_0, 4, 0, "mem-reclaim", false },
	{ 0x84000077U, FFA_VERSION_1_0, 4, 31, "mem-reclaim", false },
	{ 0x84000077U, FFA_VERSION_1_0, 5, 0, "mem-reclaim", false },
	{ 0x84000077U, FFA_VERSION_1_0, 5, 31, "mem-reclaim", false },
	{ 0x84000077U, FFA_VERSION_1_0, 6, 0, "mem-reclaim", false },
	{ 0x84000077U, FFA_VERSION_1_0, 6, 31, "mem-reclaim", false },
	{ 0x84000077U, FFA_VERSION_1_0, 7, 0, "mem-reclaim", false },
	{ 0x84000077U, FFA_VERSION_1_0, 7, 31, "mem-reclaim", false },
	{ 0x84000077U, FFA_VERSION_1_1, 4, 0, "mem-reclaim", false },
	{ 0x84000077U, FFA_VERSION_1_1, 4, 31, "mem-reclaim", false },
	{ 0x84000077U, FFA_VERSION_1_1, 5, 0, "mem-reclaim", false },
	{ 0x84000077U, FFA_VERSION_1_1, 5, 31, "mem-reclaim", false },
	{ 0x84000077U, FFA_VERSION_1_1, 6, 0, "mem-reclaim", false },
	{ 0x84000077U, FFA_VERSION_1_1, 6, 31, "mem-reclaim", false },
	{ 0x84000077U, FFA_VERSION_1_1, 7, 0, "mem-reclaim", false },
	{ 0x84000077U, FFA_VERSION_1_1, 7, 31, "mem-reclaim", false },
	{ 0x84000077U, FFA_VERSION_1_2, 4, 0, "mem-reclaim", false },
	{ 0x84000077U, FFA_VERSION_1_2, 4, 31, "mem-reclaim", false },
	{ 0x84000077U, FFA_VERSION_1_2, 5, 0, "mem-reclaim", false },
	{ 0x84000077U, FFA_VERSION_1_2, 5, 31, "mem-reclaim", false },
	{ 0x84000077U, FFA_VERSION_1_2, 6, 0, "mem-reclaim", false },
	{ 0x84000077U, FFA_VERSION_1_2, 6, 31, "mem-reclaim", false },
	{ 0x84000077U, FFA_VERSION_1_2, 7, 0, "mem-reclaim", false },
	{ 0x84000077U, FFA_VERSION_1_2, 7, 31, "mem-reclaim", false },
	{ 0x8400007aU, FFA_VERSION_1_0, 5, 0, "mem-frag-rx", false },
	{ 0x8400007aU, FFA_VERSION_1_0, 5, 31, "mem-frag-rx", false },
	{ 0x8400007aU, FFA_VERSION_1_0, 6, 0, "mem-frag-rx", false },
	{ 0x8400007aU, FFA_VERSION_1_0, 6, 31, "mem-frag-rx", false },
	{ 0x8400007aU, FFA_VERSION_1_0, 7, 0, "mem-frag-rx", false },
	{ 0x8400007aU, FFA_VERSION_1_0, 7, 31, "mem-frag-rx", false },
	{ 0x8400007aU, FFA_VERSION_1_1, 5, 0, "mem-frag-rx", false },
	{ 0x8400007aU, FFA_VERSION_1_1, 5, 31, "mem-frag-rx", false },
	{ 0x8400007aU, FFA_VERSION_1_1, 6, 0, "mem-frag-rx", false },
	{ 0x8400007aU, FFA_VERSION_1_1, 6, 31, "mem-frag-rx", false },
	{ 0x8400007aU, FFA_VERSION_1_1, 7, 0, "mem-frag-rx", false },
	{ 0x8400007aU, FFA_VERSION_1_1, 7, 31, "mem-frag-rx", false },
	{ 0x8400007aU, FFA_VERSION_1_2, 5, 0, "mem-frag-rx", false },
	{ 0x8400007aU, FFA_VERSION_1_2, 5, 31, "mem-frag-rx", false },
	{ 0x8400007aU, FFA_VERSION_1_2, 6, 0, "mem-frag-rx", false },
	{ 0x8400007aU, FFA_VERSION_1_2, 6, 31, "mem-frag-rx", false },
	{ 0x8400007aU, FFA_VERSION_1_2, 7, 0, "mem-frag-rx", false },
	{ 0x8400007aU, FFA_VERSION_1_2, 7, 31, "mem-frag-rx", false },
	{ 0x8400007bU, FFA_VERSION_1_0, 5, 0, "mem-frag-tx", false },
	{ 0x8400007bU, FFA_VERSION_1_0, 5, 31, "mem-frag-tx", false },
	{ 0x8400007bU, FFA_VERSION_1_0, 6, 0, "mem-frag-tx", false },
	{ 0x8400007bU, FFA_VERSION_1_0, 6, 31, "mem-frag-tx", false },
	{ 0x8400007bU, FFA_VERSION_1_0, 7, 0, "mem-frag-tx", false },
	{ 0x8400007bU, FFA_VERSION_1_0, 7, 31, "mem-frag-tx", false },
	{ 0x8400007bU, FFA_VERSION_1_1, 5, 0, "mem-frag-tx", false },
	{ 0x8400007bU, FFA_VERSION_1_1, 5, 31, "mem-frag-tx", false },
	{ 0x8400007bU, FFA_VERSION_1_1, 6, 0, "mem-frag-tx", false },
	{ 0x8400007bU, FFA_VERSION_1_1, 6, 31, "mem-frag-tx", false },
	{ 0x8400007bU, FFA_VERSION_1_1, 7, 0, "mem-frag-tx", false },
	{ 0x8400007bU, FFA_VERSION_1_1, 7, 31, "mem-frag-tx", false },
	{ 0x8400007bU, FFA_VERSION_1_2, 5, 0, "mem-frag-tx", false },
	{ 0x8400007bU, FFA_VERSION_1_2, 5, 31, "mem-frag-tx", false },
	{ 0x8400007bU, FFA_VERSION_1_2, 6, 0, "mem-frag-tx", false },
	{ 0x8400007bU, FFA_VERSION_1_2, 6, 31, "mem-frag-tx", false },
	{ 0x8400007bU, FFA_VERSION_1_2, 7, 0, "mem-frag-tx", false },
	{ 0x8400007bU, FFA_VERSION_1_2, 7, 31, "mem-frag-tx", false },
	{ 0x8400007fU, FFA_VERSION_1_1, 5, 0, "notification-bind", false },
	{ 0x8400007fU, FFA_VERSION_1_1, 5, 31, "notification-bind", false },
	{ 0x8400007fU, FFA_VERSION_1_1, 6, 0, "notification-bind", false },
	{ 0x8400007fU, FFA_VERSION_1_1, 6, 31, "notification-bind", false },
	{ 0x8400007fU, FFA_VERSION_1_1, 7, 0, "notification-bind", false },
	{ 0x8400007fU, FFA_VERSION_1_1, 7, 31, "notification-bind", false },
	{ 0x8400007fU, FFA_VERSION_1_2, 5, 0, "notification-bind", false },
	{ 0x8400007fU, FFA_VERSION_1_2, 5, 31, "notification-bind", false },
	{ 0x8400007fU, FFA_VERSION_1_2, 6, 0, "notification-bind", false },
	{ 0x8400007fU, FFA_VERSION_1_2, 6, 31, "notification-bind", false },
	{ 0x8400007fU, FFA_VERSION_1_2, 7, 0, "notification-bind", false },
	{ 0x8400007fU, FFA_VERSION_1_2, 7, 31, "notification-bind", false },
	{ 0x84000080U, FFA_VERSION_1_1, 5, 0, "notification-unbind", false },
	{ 0x84000080U, FFA_VERSION_1_1, 5, 31, "notification-unbind", false },
	{ 0x84000080U, FFA_VERSION_1_1, 6, 0, "notification-unbind", false },
	{ 0x84000080U, FFA_VERSION_1_1, 6, 31, "notification-unbind", false },
	{ 0x84000080U, FFA_VERSION_1_1, 7, 0, "notification-unbind", false },
	{ 0x84000080U, FFA_VERSION_1_1, 7, 31, "notification-unbind", false },
	{ 0x84000080U, FFA_VERSION_1_2, 5, 0, "notification-unbind", false },
	{ 0x84000080U, FFA_VERSION_1_2, 5, 31, "notification-unbind", false },
	{ 0x84000080U, FFA_VERSION_1_2, 6, 0, "notification-unbind", false },
	{ 0x84000080U, FFA_VERSION_1_2, 6, 31, "notification-unbind", false },
	{ 0x84000080U, FFA_VERSION_1_2, 7, 0, "notification-unbind", false },
	{ 0x84000080U, FFA_VERSION_1_2, 7, 31, "notification-unbind", false },
	{ 0x84000081U, FFA_VERSION_1_1, 5, 0, "notification-set", false },
	{ 0x84000081U, FFA_VERSION_1_1, 5, 31, "notification-set", false },
	{ 0x84000081U, FFA_VERSION_1_1, 6, 0, "notification-set", false },
	{ 0x84000081U, FFA_VERSION_1_1, 6, 31, "notification-set", false },
	{ 0x84000081U, FFA_VERSION_1_1, 7, 0, "notification-set", false },
	{ 0x84000081U, FFA_VERSION_1_1, 7, 31, "notification-set", false },
	{ 0x84000081U, FFA_VERSION_1_2, 5, 0, "notification-set", false },
	{ 0x84000081U, FFA_VERSION_1_2, 5, 31, "notification-set", false },
	{ 0x84000081U, FFA_VERSION_1_2, 6, 0, "notification-set", false },
	{ 0x84000081U, FFA_VERSION_1_2, 6, 31, "notification-set", false },
	{ 0x84000081U, FFA_VERSION_1_2, 7, 0, "notification-set", false },
	{ 0x84000081U, FFA_VERSION_1_2, 7, 31, "notification-set", false },
	{ 0x84000082U, FFA_VERSION_1_1, 3, 0, "notification-get", false },
	{ 0x84000082U, FFA_VERSION_1_1, 3, 31, "notification-get", false },
	{ 0x84000082U, FFA_VERSION_1_1, 4, 0, "notification-get", false },
	{ 0x84000082U, FFA_VERSION_1_1, 4, 31, "notification-get", false },
	{ 0x84000082U, FFA_VERSION_1_1, 5, 0, "notification-get", false },
	{ 0x84000082U, FFA_VERSION_1_1, 5, 31, "notification-get", false },
	{ 0x84000082U, FFA_VERSION_1_1, 6, 0, "notification-get", false },
	{ 0x84000082U, FFA_VERSION_1_1, 6, 31, "notification-get", false },
	{ 0x84000082U, FFA_VERSION_1_1, 7, 0, "notification-get", false },
	{ 0x84000082U, FFA_VERSION_1_1, 7, 31, "notification-get", false },
	{ 0x84000082U, FFA_VERSION_1_2, 3, 0, "notification-get", false },
	{ 0x84000082U, FFA_VERSION_1_2, 3, 31, "notification-get", false },
	{ 0x84000082U, FFA_VERSION_1_2, 4, 0, "notification-get", false },
	{ 0x84000082U, FFA_VERSION_1_2, 4, 31, "notification-get", false },
	{ 0x84000082U, FFA_VERSION_1_2, 5, 0, "notification-get", false },
	{ 0x84000082U, FFA_VERSION_1_2, 5, 31, "notification-get", false },
	{ 0x84000082U, FFA_VERSION_1_2, 6, 0, "notification-get", false },
	{ 0x84000082U, FFA_VERSION_1_2, 6, 31, "notification-get", false },
	{ 0x84000082U, FFA_VERSION_1_2, 7, 0, "notification-get", false },
	{ 0x84000082U, FFA_VERSION_1_2, 7, 31, "notification-get", false },
	{ 0x84000083U, FFA_VERSION_1_1, 1, 0, "notification-info-get", false },
	{ 0x84000083U, FFA_VERSION_1_1, 1, 31, "notification-info-get", false },
	{ 0x84000083U, FFA_VERSION_1_1, 2, 0, "notification-info-get", false },
	{ 0x84000083U, FFA_VERSION_1_1, 2, 31, "notification-info-get", false },
	{ 0x84000083U, FFA_VERSION_1_1, 3, 0, "notification-info-get", false },
	{ 0x84000083U, FFA_VERSION_1_1, 3, 31, "notification-info-get", false },
	{ 0x84000083U, FFA_VERSION_1_1, 4, 0, "notification-info-get", false },
	{ 0x84000083U, FFA_VERSION_1_1, 4, 31, "notification-info-get", false },
	{ 0x84000083U, FFA_VERSION_1_1, 5, 0, "notification-info-get", false },
	{ 0x84000083U, FFA_VERSION_1_1, 5, 31, "notification-info-get", false },
	{ 0x84000083U, FFA_VERSION_1_1, 6, 0, "notification-info-get", false },
	{ 0x84000083U, FFA_VERSION_1_1, 6, 31, "notification-info-get", false },
	{ 0x84000083U, FFA_VERSION_1_1, 7, 0, "notification-info-get", false },
	{ 0x84000083U, FFA_VERSION_1_1, 7, 31, "notification-info-get", false },
	{ 0x84000083U, FFA_VERSION_1_2, 1, 0, "notification-info-get", false },
	{ 0x84000083U, FFA_VERSION_1_2, 1, 31, "notification-info-get", false },
	{ 0x84000083U, FFA_VERSION_1_2, 2, 0, "notification-info-get", false },
	{ 0x84000083U, FFA_VERSION_1_2, 2, 31, "notification-info-get", false },
	{ 0x84000083U, FFA_VERSION_1_2, 3, 0, "notification-info-get", false },
	{ 0x84000083U, FFA_VERSION_1_2, 3, 31, "notification-info-get", false },
	{ 0x84000083U, FFA_VERSION_1_2, 4, 0, "notification-info-get", false },
	{ 0x84000083U, FFA_VERSION_1_2, 4, 31, "notification-info-get", false },
	{ 0x84000083U, FFA_VERSION_1_2, 5, 0, "notification-info-get", false },
	{ 0x84000083U, FFA_VERSION_1_2, 5, 31, "notification-info-get", false },
	{ 0x84000083U, FFA_VERSION_1_2, 6, 0, "notification-info-get", false },
	{ 0x84000083U, FFA_VERSION_1_2, 6, 31, "notification-info-get", false },
	{ 0x84000083U, FFA_VERSION_1_2, 7, 0, "notification-info-get", false },
	{ 0x84000083U, FFA_VERSION_1_2, 7, 31, "notification-info-get", false },
	{ 0xc4000083U, FFA_VERSION_1_1, 1, 0, "notification-info-get", false },
	{ 0xc4000083U, FFA_VERSION_1_1, 1, 31, "notification-info-get", false },
	{ 0xc4000083U, FFA_VERSION_1_1, 2, 0, "notification-info-get", false },
	{ 0xc4000083U, FFA_VERSION_1_1, 2, 31, "notification-info-get", false },
	{ 0xc4000083U, FFA_VERSION_1_1, 3, 0, "notification-info-get", false },
	{ 0xc4000083U, FFA_VERSION_1_1, 3, 31, "notification-info-get", false },
	{ 0xc4000083U, FFA_VERSION_1_1, 4, 0, "notification-info-get", false },
	{ 0xc4000083U, FFA_VERSION_1_1, 4, 31, "notification-info-get", false },
	{ 0xc4000083U, FFA_VERSION_1_1, 5, 0, "notification-info-get", false },
	{ 0xc4000083U, FFA_VERSION_1_1, 5, 31, "notification-info-get", false },
	{ 0xc4000083U, FFA_VERSION_1_1, 6, 0, "notification-info-get", false },
	{ 0xc4000083U, FFA_VERSION_1_1, 6, 31, "notification-info-get", false },
	{ 0xc4000083U, FFA_VERSION_1_1, 7, 0, "notification-info-get", false },
	{ 0xc4000083U, FFA_VERSION_1_1, 7, 31, "notification-info-get", false },
	{ 0xc4000083U, FFA_VERSION_1_2, 1, 0, "notification-info-get", false },
	{ 0xc4000083U, FFA_VERSION_1_2, 1, 31, "notification-info-get", false },
	{ 0xc4000083U, FFA_VERSION_1_2, 2, 0, "notification-info-get", false },
	{ 0xc4000083U, FFA_VERSION_1_2, 2, 31, "notification-info-get", false },
	{ 0xc4000083U, FFA_VERSION_1_2, 3, 0, "notification-info-get", false },
	{ 0xc4000083U, FFA_VERSION_1_2, 3, 31, "notification-info-get", false },
	{ 0xc4000083U, FFA_VERSION_1_2, 4, 0, "notification-info-get", false },
	{ 0xc4000083U, FFA_VERSION_1_2, 4, 31, "notification-info-get", false },
	{ 0xc4000083U, FFA_VERSION_1_2, 5, 0, "notification-info-get", false },
	{ 0xc4000083U, FFA_VERSION_1_2, 5, 31, "notification-info-get", false },
	{ 0xc4000083U, FFA_VERSION_1_2, 6, 0, "notification-info-get", false },
	{ 0xc4000083U, FFA_VERSION_1_2, 6, 31, "notification-info-get", false },
	{ 0xc4000083U, FFA_VERSION_1_2, 7, 0, "notification-info-get", false },
	{ 0xc4000083U, FFA_VERSION_1_2, 7, 31, "notification-info-get", false },
	{ 0x84000085U, FFA_VERSION_1_1, 1, 0, "spm-id-get", false },
	{ 0x84000085U, FFA_VERSION_1_1, 1, 31, "spm-id-get", false },
	{ 0x84000085U, FFA_VERSION_1_1, 2, 0, "spm-id-get", false },
	{ 0x84000085U, FFA_VERSION_1_1, 2, 31, "spm-id-get", false },
	{ 0x84000085U, FFA_VERSION_1_1, 3, 0, "spm-id-get", false },
	{ 0x84000085U, FFA_VERSION_1_1, 3, 31, "spm-id-get", false },
	{ 0x84000085U, FFA_VERSION_1_1, 4, 0, "spm-id-get", false },
	{ 0x84000085U, FFA_VERSION_1_1, 4, 31, "spm-id-get", false },
	{ 0x84000085U, FFA_VERSION_1_1, 5, 0, "spm-id-get", false },
	{ 0x84000085U, FFA_VERSION_1_1, 5, 31, "spm-id-get", false },
	{ 0x84000085U, FFA_VERSION_1_1, 6, 0, "spm-id-get", false },
	{ 0x84000085U, FFA_VERSION_1_1, 6, 31, "spm-id-get", false },
	{ 0x84000085U, FFA_VERSION_1_1, 7, 0, "spm-id-get", false },
	{ 0x84000085U, FFA_VERSION_1_1, 7, 31, "spm-id-get", false },
	{ 0x84000085U, FFA_VERSION_1_2, 1, 0, "spm-id-get", false },
	{ 0x84000085U, FFA_VERSION_1_2, 1, 31, "spm-id-get", false },
	{ 0x84000085U, FFA_VERSION_1_2, 2, 0, "spm-id-get", false },
	{ 0x84000085U, FFA_VERSION_1_2, 2, 31, "spm-id-get", false },
	{ 0x84000085U, FFA_VERSION_1_2, 3, 0, "spm-id-get", false },
	{ 0x84000085U, FFA_VERSION_1_2, 3, 31, "spm-id-get", false },
	{ 0x84000085U, FFA_VERSION_1_2, 4, 0, "spm-id-get", false },
	{ 0x84000085U, FFA_VERSION_1_2, 4, 31, "spm-id-get", false },
	{ 0x84000085U, FFA_VERSION_1_2, 5, 0, "spm-id-get", false },
	{ 0x84000085U, FFA_VERSION_1_2, 5, 31, "spm-id-get", false },
	{ 0x84000085U, FFA_VERSION_1_2, 6, 0, "spm-id-get", false },
	{ 0x84000085U, FFA_VERSION_1_2, 6, 31, "spm-id-get", false },
	{ 0x84000085U, FFA_VERSION_1_2, 7, 0, "spm-id-get", false },
	{ 0x84000085U, FFA_VERSION_1_2, 7, 31, "spm-id-get", false },
	{ 0x84000086U, FFA_VERSION_1_1, 3, 0, "msg-send2", false },
	{ 0x84000086U, FFA_VERSION_1_1, 3, 31, "msg-send2", false },
	{ 0x84000086U, FFA_VERSION_1_1, 4, 0, "msg-send2", false },
	{ 0x84000086U, FFA_VERSION_1_1, 4, 31, "msg-send2", false },
	{ 0x84000086U, FFA_VERSION_1_1, 5, 0, "msg-send2", false },
	{ 0x84000086U, FFA_VERSION_1_1, 5, 31, "msg-send2", false },
	{ 0x84000086U, FFA_VERSION_1_1, 6, 0, "msg-send2", false },
	{ 0x84000086U, FFA_VERSION_1_1, 6, 31, "msg-send2", false },
	{ 0x84000086U, FFA_VERSION_1_1, 7, 0, "msg-send2", false },
	{ 0x84000086U, FFA_VERSION_1_1, 7, 31, "msg-send2", false },
	{ 0x84000086U, FFA_VERSION_1_2, 3, 0, "msg-send2", false },
	{ 0x84000086U, FFA_VERSION_1_2, 3, 31, "msg-send2", false },
	{ 0x84000086U, FFA_VERSION_1_2, 4, 0, "msg-send2", false },
	{ 0x84000086U, FFA_VERSION_1_2, 4, 31, "msg-send2", false },
	{ 0x84000086U, FFA_VERSION_1_2, 5, 0, "msg-send2", false },
	{ 0x84000086U, FFA_VERSION_1_2, 5, 31, "msg-send2", false },
	{ 0x84000086U, FFA_VERSION_1_2, 6, 0, "msg-send2", false },
	{ 0x84000086U, FFA_VERSION_1_2, 6, 31, "msg-send2", false },
	{ 0x84000086U, FFA_VERSION_1_2, 7, 0, "msg-send2", false },
	{ 0x84000086U, FFA_VERSION_1_2, 7, 31, "msg-send2", false },
	{ 0xc400008bU, FFA_VERSION_1_2, 4, 0, "partition-info-get-regs", false },
	{ 0xc400008bU, FFA_VERSION_1_2, 4, 31, "partition-info-get-regs", false },
	{ 0xc400008bU, FFA_VERSION_1_2, 5, 0, "partition-info-get-regs", false },
	{ 0xc400008bU, FFA_VERSION_1_2, 5, 31, "partition-info-get-regs", false },
	{ 0xc400008bU, FFA_VERSION_1_2, 6, 0, "partition-info-get-regs", false },
	{ 0xc400008bU, FFA_VERSION_1_2, 6, 31, "partition-info-get-regs", false },
	{ 0xc400008bU, FFA_VERSION_1_2, 7, 0, "partition-info-get-regs", false },
	{ 0xc400008bU, FFA_VERSION_1_2, 7, 31, "partition-info-get-regs", false },
};

/* A field that must be zero while another field of its register is (mbz-when-zero). */
struct cond_mbz_row {
	uint32_t fid;
	enum ffa_version v;
	uint8_t reg;
	uint8_t bit;
	uint8_t other_bit;
	const char *name;
};

static const struct cond_mbz_row cond_mbz_rows[] = {
	{ 0xc400008bU, FFA_VERSION_1_2, 3, 16, 0, "partition-info-get-regs tag" },
};

typedef int32_t (*roundtrip_fn)(const struct ffa_regs *in, enum ffa_version v, struct ffa_regs *out);

static int32_t rt_error(const struct ffa_regs *in, enum ffa_version v, struct ffa_regs *out)
{
	struct ffa_error_args a;
	int32_t ret = ffa_decode_error(in, v, &a);

	if (ret == FFA_OK)
		ffa_encode_error(&a, v, out);
	return ret;
}

static int32_t rt_success(const struct ffa_regs *in, enum ffa_version v, struct ffa_regs *out)
{
	struct ffa_success_args a;
	int32_t ret = ffa_decode_success(in, v, &a);

	if (ret == FFA_OK)
		ffa_encode_success(&a, v, out);
	return ret;
}

static int32_t rt_interrupt(const struct ffa_regs *in, enum ffa_version v, struct ffa_regs *out)
{
	struct ffa_interrupt_args a;
	int32_t ret = ffa_decode_interrupt(in, v, &a);

	if (ret == FFA_OK)
		ffa_encode_interrupt(&a, v, out);
	return ret;
}

static int32_t rt_version(const struct ffa_regs *in, enum ffa_version v, struct ffa_regs *out)
{
	struct ffa_version_args a;
	int32_t ret = ffa_decode_version(in, v, &a);

	if (ret == FFA_OK)
		ffa_encode_version(&a, v, out);
	return ret;
}

static int32_t rt_version_result(const struct ffa_regs *in, enum ffa_version v, struct ffa_regs *out)
{
	struct ffa_version_result res;
	int32_t ret = ffa_decode_version_result(in, v, &res);

	if (ret == FFA_OK)
		ffa_encode_version_result(&res, v, out);
	return ret;
}

static int32_t rt_features(const struct ffa_regs *in, enum ffa_version v, struct ffa_regs *out)
{
	struct ffa_features_args a;
	int32_t ret = ffa_decode_features(in, v, &a);

	if (ret == FFA_OK)
		ffa_encode_features(&a, v, out);
	return ret;
}

static int32_t rt_features_result(const struct ffa_regs *in, enum ffa_version v, struct ffa_regs *out)
{
	struct ffa_features_result res;
	int32_t ret = ffa_decode_features_result(in, v, &res);

	if (ret == FFA_OK)
		ffa_encode_features_result(&res, v, out);
	return ret;
}

static int32_t rt_rx_release(const struct ffa_regs *in, enum ffa_version v, struct ffa_regs *out)
{
	struct ffa_rx_release_args a;
	int32_t ret = ffa_decode_rx_release(in, v, &a);

	if (ret == FFA_OK)
		ffa_encode_rx_release(&a, v, out);
	return ret;
}

static int32_t rt_rx_release_result(const struct ffa_regs *in, enum ffa_version v, struct ffa_regs *out)
{
	struct ffa_rx_release_result res;
	int32_t ret = ffa_decode_rx_release_result(in, v, &res);

	if (ret == FFA_OK)
		ffa_encode_rx_release_result(&res, v, out);
	return ret;
}

static int32_t rt_rxtx_map(const struct ffa_regs *in, enum ffa_version v, struct ffa_regs *out)
{
	struct ffa_rxtx_map_args a;
	int32_t ret = ffa_decode_rxtx_map(in, v, &a);

	if (ret == FFA_OK)
		ffa_encode_rxtx_map(&a, v, out);
	return ret;
}

static int32_t rt_rxtx_map_result(const struct ffa_regs *in, enum ffa_version v, struct ffa_regs *out)
{
	struct ffa_rxtx_map_result res;
	int32_t ret = ffa_decode_rxtx_map_result(in, v, &res);

	if (ret == FFA_OK)
		ffa_encode_rxtx_map_result(&res, v, out);
	return ret;
}

static int32_t rt_rxtx_unmap(const struct ffa_regs *in, enum ffa_version v, struct ffa_regs *out)
{
	struct ffa_rxtx_unmap_args a;
	int32_t ret = ffa_decode_rxtx_unmap(in, v, &a);

	if (ret == FFA_OK)
		ffa_encode_rxtx_unmap(&a, v, out);
	return ret;
}

static int32_t rt_rxtx_unmap_result(const struct ffa_regs *in, enum ffa_version v, struct ffa_regs *out)
{
	struct ffa_rxtx_unmap_result res;
	int32_t ret = ffa_decode_rxtx_unmap_result(in, v, &res);

	if (ret == FFA_OK)
		ffa_encode_rxtx_unmap_result(&res, v, out);
	return ret;
}

static int32_t rt_partition_info_get(const struct ffa_regs *in, enum ffa_version v, struct ffa_regs *out)
{
	struct ffa_partition_info_get_args a;
	int32_t ret = ffa_decode_partition_info_get(in, v, &a);

	if (ret == FFA_OK)
		ffa_encode_partition_info_get(&a, v, out);
	return ret;
}

static int32_t rt_partition_info_get_result(const struct ffa_regs *in, enum ffa_version v, struct ffa_regs *out)
{
	struct ffa_partition_info_get_result res;
	int32_t ret = ffa_decode_partition_info_get_result(in, v, &res);

	if (ret == FFA_OK)
		ffa_encode_partition_info_get_result(&res, v, out);
	return ret;
}

static int32_t rt_id_get(const struct ffa_regs *in, enum ffa_version v, struct ffa_regs *out)
{
	struct ffa_id_get_args a;
	int32_t ret = ffa_decode_id_get(in, v, &a);

	if (ret == FFA_OK)
		ffa_encode_id_get(&a, v, out);
	return ret;
}

static int32_t rt_id_get_result(const struct ffa_regs *in, enum ffa_version v, struct ffa_regs *out)
{
	struct ffa_id_get_result res;
	int32_t ret = ffa_decode_id_get_result(in, v, &res);

	if (ret == FFA_OK)
		ffa_encode_id_get_result(&res, v, out);
	return ret;
}

static int32_t rt_msg_poll(const struct ffa_regs *in, enum ffa_version v, struct ffa_regs *out)
{
	struct ffa_msg_poll_args a;
	int32_t ret = ffa_decode_msg_poll(in, v, &a);

	if (ret == FFA_OK)
		ffa_encode_msg_poll(&a, v, out);
	return ret;
}

static int32_t rt_msg_wait(const struct ffa_regs *in, enum ffa_version v, struct ffa_regs *out)
{
	struct ffa_msg_wait_args a;
	int32_t ret = ffa_decode_msg_wait(in, v, &a);

	if (ret == FFA_OK)
		ffa_encode_msg_wait(&a, v, out);
	return ret;
}

static int32_t rt_yield(const struct ffa_regs *in, enum ffa_version v, struct ffa_regs *out)
{
	struct ffa_yield_args a;
	int32_t ret = ffa_decode_yield(in, v, &a);

	if (ret == FFA_OK)
		ffa_encode_yield(&a, v, out);
	return ret;
}

static int32_t rt_run(const struct ffa_regs *in, enum ffa_version v, struct ffa_regs *out)
{
	struct ffa_run_args a;
	int32_t ret = ffa_decode_run(in, v, &a);

	if (ret == FFA_OK)
		ffa_encode_run(&a, v, out);
	return ret;
}

static int32_t rt_msg_send(const struct ffa_regs *in, enum ffa_version v, struct ffa_regs *out)
{
	struct ffa_msg_send_args a;
	int32_t ret = ffa_decode_msg_send(in, v, &a);

	if (ret == FFA_OK)
		ffa_encode_msg_send(&a, v, out);
	return ret;
}

static int32_t rt_msg_send_result(const struct ffa_regs *in, enum ffa_version v, struct ffa_regs *out)
{
	struct ffa_msg_send_result res;
	int32_t ret = ffa_decode_msg_send_result(in, v, &res);

	if (ret == FFA_OK)
		ffa_encode_msg_send_result(&res, v, out);
	return ret;
}

static int32_t rt_msg_send_direct_req(const struct ffa_regs *in, enum ffa_version v, struct ffa_regs *out)
{
	struct ffa_msg_send_direct_req_args a;
	int32_t ret = ffa_decode_msg_send_direct_req(in, v, &a);

	if (ret == FFA_OK)
		ffa_encode_msg_send_direct_req(&a, v, out);
	return ret;
}

static int32_t rt_msg_send_direct_resp(const struct ffa_regs *in, enum ffa_version v, struct ffa_regs *out)
{
	struct ffa_msg_send_direct_resp_args a;
	int32_t ret = ffa_decode_msg_send_direct_resp(in, v, &a);

	if (ret == FFA_OK)
		ffa_encode_msg_send_direct_resp(&a, v, out);
	return ret;
}

static int32_t rt_mem_donate(const struct ffa_regs *in, enum ffa_version v, struct ffa_regs *out)
{
	struct ffa_mem_donate_args a;
	int32_t ret = ffa_decode_mem_donate(in, v, &a);

	if (ret == FFA_OK)
		ffa_encode_mem_donate(&a, v, out);
	return ret;
}

static int32_t rt_mem_donate_result(const struct ffa_regs *in, enum ffa_version v, struct ffa_regs *out)
{
	struct ffa_mem_donate_result res;
	int32_t ret = ffa_decode_mem_donate_result(in, v, &res);

	if (ret == FFA_OK)
		ffa_encode_mem_donate_result(&res, v, out);
	return ret;
}

static int32_t rt_mem_lend(const struct ffa_regs *in, enum ffa_version v, struct ffa_regs *out)
{
	struct ffa_mem_lend_args a;
	int32_t ret = ffa_decode_mem_lend(in, v, &a);

	if (ret == FFA_OK)
		ffa_encode_mem_lend(&a, v, out);
	return ret;
}

static int32_t rt_mem_lend_result(const struct ffa_regs *in, enum ffa_version v, struct ffa_regs *out)
{
	struct ffa_mem_lend_result res;
	int32_t ret = ffa_decode_mem_lend_result(in, v, &res);

	if (ret == FFA_OK)
		ffa_encode_mem_lend_result(&res, v, out);
	return ret;
}

static int32_t rt_mem_share(const struct ffa_regs *in, enum ffa_version v, struct ffa_regs *out)
{
	struct ffa_mem_share_args a;
	int32_t ret = ffa_decode_mem_share(in, v, &a);

	if (ret == FFA_OK)
		ffa_encode_mem_share(&a, v, out);
	return ret;
}

static int32_t rt_mem_share_result(const struct ffa_regs *in, enum ffa_version v, struct ffa_regs *out)
{
	struct ffa_mem_share_result res;
	int32_t ret = ffa_decode_mem_share_result(in, v, &res);

	if (ret == FFA_OK)
		ffa_encode_mem_share_result(&res, v, out);
	return ret;
}

static int32_t rt_mem_retrieve_req(const struct ffa_regs *in, enum ffa_version v, struct ffa_regs *out)
{
	struct ffa_mem_retrieve_req_args a;
	int32_t ret = ffa_decode_mem_retrieve_req(in, v, &a);

	if (ret == FFA_OK)
		ffa_encode_mem_retrieve_req(&a, v, out);
	return ret;
}

static int32_t rt_mem_retrieve_resp(const struct ffa_regs *in, enum ffa_version v, struct ffa_regs *out)
{
	struct ffa_mem_retrieve_resp_args a;
	int32_t ret = ffa_decode_mem_retrieve_resp(in, v, &a);

	if (ret == FFA_OK)
		ffa_encode_mem_retrieve_resp(&a, v, out);
	return ret;
}

static int32_t rt_mem_relinquish(const struct ffa_regs *in, enum ffa_version v, struct ffa_regs *out)
{
	struct ffa_mem_relinquish_args a;
	int32_t ret = ffa_decode_mem_relinquish(in, v, &a);

	if (ret == FFA_OK)
		ffa_encode_mem_relinquish(&a, v, out);
	return ret;
}

static int32_t rt_mem_relinquish_result(const struct ffa_regs *in, enum ffa_version v, struct ffa_regs *out)
{
	struct ffa_mem_relinquish_result res;
	int32_t ret = ffa_decode_mem_relinquish_result(in, v, &res);

	if (ret == FFA_OK)
		ffa_encode_mem_relinquish_result(&res, v, out);
	return ret;
}

static int32_t rt_mem_reclaim(const struct ffa_regs *in, enum ffa_version v, struct ffa_regs *out)
{
	struct ffa_mem_reclaim_args a;
	int32_t ret = ffa_decode_mem_reclaim(in, v, &a);

	if (ret == FFA_OK)
		ffa_encode_mem_reclaim(&a, v, out);
	return ret;
}

static int32_t rt_mem_reclaim_result(const struct ffa_regs *in, enum ffa_version v, struct ffa_regs *out)
{
	struct ffa_mem_reclaim_result res;
	int32_t ret = ffa_decode_mem_reclaim_result(in, v, &res);

	if (ret == FFA_OK)
		ffa_encode_mem_reclaim_result(&res, v, out);
	return ret;
}

static int32_t rt_mem_op_pause(const struct ffa_regs *in, enum ffa_version v, struct ffa_regs *out)
{
	struct ffa_mem_op_pause_args a;
	int32_t ret = ffa_decode_mem_op_pause(in, v, &a);

	if (ret == FFA_OK)
		ffa_encode_mem_op_pause(&a, v, out);
	return ret;
}

static int32_t rt_mem_op_resume(const struct ffa_regs *in, enum ffa_version v, struct ffa_regs *out)
{
	struct ffa_mem_op_resume_args a;
	int32_t ret = ffa_decode_mem_op_resume(in, v, &a);

	if (ret == FFA_OK)
		ffa_encode_mem_op_resume(&a, v, out);
	return ret;
}

static int32_t rt_mem_op_resume_result(const struct ffa_regs *in, enum ffa_version v, struct ffa_regs *out)
{
	struct ffa_mem_op_resume_result res;
	int32_t ret = ffa_decode_mem_op_resume_result(in, v, &res);

	if (ret == FFA_OK)
		ffa_encode_mem_op_resume_result(&res, v, out);
	return ret;
}

static int32_t rt_mem_frag_rx(const struct ffa_regs *in, enum ffa_version v, struct ffa_regs *out)
{
	struct ffa_mem_frag_rx_args a;
	int32_t ret = ffa_decode_mem_frag_rx(in, v, &a);

	if (ret == FFA_OK)
		ffa_encode_mem_frag_rx(&a, v, out);
	return ret;
}

static int32_t rt_mem_frag_tx(const struct ffa_regs *in, enum ffa_version v, struct ffa_regs *out)
{
	struct ffa_mem_frag_tx_args a;
	int32_t ret = ffa_decode_mem_frag_tx(in, v, &a);

	if (ret == FFA_OK)
		ffa_encode_mem_frag_tx(&a, v, out);
	return ret;
}

static int32_t rt_mem_frag_tx_result(const struct ffa_regs *in, enum ffa_version v, struct ffa_regs *out)
{
	struct ffa_mem_frag_tx_result res;
	int32_t ret = ffa_decode_mem_frag_tx_result(in, v, &res);

	if (ret == FFA_OK)
		ffa_encode_mem_frag_tx_result(&res, v, out);
	return ret;
}

static int32_t rt_normal_world_resume(const struct ffa_regs *in, enum ffa_version v, struct ffa_regs *out)
{
	struct ffa_normal_world_resume_args a;
	int32_t ret = ffa_decode_normal_world_resume(in, v, &a);

	if (ret == FFA_OK)
		ffa_encode_normal_world_resume(&a, v, out);
	return ret;
}

static int32_t rt_notification_bitmap_create(const struct ffa_regs *in, enum ffa_version v, struct ffa_regs *out)
{
	struct ffa_notification_bitmap_create_args a;
	int32_t ret = ffa_decode_notification_bitmap_create(in, v, &a);

	if (ret == FFA_OK)
		ffa_encode_notification_bitmap_create(&a, v, out);
	return ret;
}

static int32_t rt_notification_bitmap_create_result(const struct ffa_regs *in, enum ffa_version v, struct ffa_regs *out)
{
	struct ffa_notification_bitmap_create_result res;
	int32_t ret = ffa_decode_notification_bitmap_create_result(in, v, &res);

	if (ret == FFA_OK)
		ffa_encode_notification_bitmap_create_result(&res, v, out);
	return ret;
}

static int32_t rt_notification_bitmap_destroy(const struct ffa_regs *in, enum ffa_version v, struct ffa_regs *out)
{
	struct ffa_notification_bitmap_destroy_args a;
	int32_t ret = ffa_decode_notification_bitmap_destroy(in, v, &a);

	if (ret == FFA_OK)
		ffa_encode_notification_bitmap_destroy(&a, v, out);
	return ret;
}

static int32_t rt_notification_bitmap_destroy_result(const struct ffa_regs *in, enum ffa_version v, struct ffa_regs *out)
{
	struct ffa_notification_bitmap_destroy_result res;
	int32_t ret = ffa_decode_notification_bitmap_destroy_result(in, v, &res);

	if (ret == FFA_OK)
		ffa_encode_notification_bitmap_destroy_result(&res, v, out);
	return ret;
}

static int32_t rt_notification_bind(const struct ffa_regs *in, enum ffa_version v, struct ffa_regs *out)
{
	struct ffa_notification_bind_args a;
	int32_t ret = ffa_decode_notification_bind(in, v, &a);

	if (ret == FFA_OK)
		ffa_encode_notification_bind(&a, v, out);
	return ret;
}

static int32_t rt_notification_bind_result(const struct ffa_regs *in, enum ffa_version v, struct ffa_regs *out)
{
	struct ffa_notification_bind_result res;
	int32_t ret = ffa_decode_notification_bind_result(in, v, &res);

	if (ret == FFA_OK)
		ffa_encode_notification_bind_result(&res, v, out);
	return ret;
}

static int32_t rt_notification_unbind(const struct ffa_regs *in, enum ffa_version v, struct ffa_regs *out)
{
	struct ffa_notification_unbind_args a;
	int32_t ret = ffa_decode_notification_unbind(in, v, &a);

	if (ret == FFA_OK)
		ffa_encode_notification_unbind(&a, v, out);
	return ret;
}

static int32_t rt_notification_unbind_result(const struct ffa_regs *in, enum ffa_version v, struct ffa_regs *out)
{
	struct ffa_notification_unbind_result res;
	int32_t ret = ffa_decode_notification_unbind_result(in, v, &res);

	if (ret == FFA_OK)
		ffa_encode_notification_unbind_result(&res, v, out);
	return ret;
}

static int32_t rt_notification_set(const struct ffa_regs *in, enum ffa_version v, struct ffa_regs *out)
{
	struct ffa_notification_set_args a;
	int32_t ret = ffa_decode_notification_set(in, v, &a);

	if (ret == FFA_OK)
		ffa_encode_notification_set(&a, v, out);
	return ret;
}

static int32_t rt_notification_set_result(const struct ffa_regs *in, enum ffa_version v, struct ffa_regs *out)
{
	struct ffa_notification_set_result res;
	int32_t ret = ffa_decode_notification_set_result(in, v, &res);

	if (ret == FFA_OK)
		ffa_encode_notification_set_result(&res, v, out);
	return ret;
}

static int32_t rt_notification_get(const struct ffa_regs *in, enum ffa_version v, struct ffa_regs *out)
{
	struct ffa_notification_get_args a;
	int32_t ret = ffa_decode_notification_get(in, v, &a);

	if (ret == FFA_OK)
		ffa_encode_notification_get(&a, v, out);
	return ret;
}

static int32_t rt_notification_get_result(const struct ffa_regs *in, enum ffa_version v, struct ffa_regs *out)
{
	struct ffa_notification_get_result res;
	int32_t ret = ffa_decode_notification_get_result(in, v, &res);

	if (ret == FFA_OK)
		ffa_encode_notification_get_result(&res, v, out);
	return ret;
}

static int32_t rt_notification_info_get(const struct ffa_regs *in, enum ffa_version v, struct ffa_regs *out)
{
	struct ffa_notification_info_get_args a;
	int32_t ret = ffa_decode_notification_info_get(in, v, &a);

	if (ret == FFA_OK)
		ffa_encode_notification_info_get(&a, v, out);
	return ret;
}

static int32_t rt_notification_info_get_result(const struct ffa_regs *in, enum ffa_version v, struct ffa_regs *out)
{
	struct ffa_notification_info_get_result res;
	int32_t ret = ffa_decode_notification_info_get_result(in, v, &res);

	if (ret == FFA_OK)
		ffa_encode_notification_info_get_result(&res, v, out);
	return ret;
}

static int32_t rt_rx_acquire(const struct ffa_regs *in, enum ffa_version v, struct ffa_regs *out)
{
	struct ffa_rx_acquire_args a;
	int32_t ret = ffa_decode_rx_acquire(in, v, &a);

	if (ret == FFA_OK)
		ffa_encode_rx_acquire(&a, v, out);
	return ret;
}

static int32_t rt_rx_acquire_result(const struct ffa_regs *in, enum ffa_version v, struct ffa_regs *out)
{
	struct ffa_rx_acquire_result res;
	int32_t ret = ffa_decode_rx_acquire_result(in, v, &res);

	if (ret == FFA_OK)
		ffa_encode_rx_acquire_result(&res, v, out);
	return ret;
}

static int32_t rt_spm_id_get(const struct ffa_regs *in, enum ffa_version v, struct ffa_regs *out)
{
	struct ffa_spm_id_get_args a;
	int32_t ret = ffa_decode_spm_id_get(in, v, &a);

	if (ret == FFA_OK)
		ffa_encode_spm_id_get(&a, v, out);
	return ret;
}

static int32_t rt_spm_id_get_result(const struct ffa_regs *in, enum ffa_version v, struct ffa_regs *out)
{
	struct ffa_spm_id_get_result res;
	int32_t ret = ffa_decode_spm_id_get_result(in, v, &res);

	if (ret == FFA_OK)
		ffa_encode_spm_id_get_result(&res, v, out);
	return ret;
}

static int32_t rt_msg_send2(const struct ffa_regs *in, enum ffa_version v, struct ffa_regs *out)
{
	struct ffa_msg_send2_args a;
	int32_t ret = ffa_decode_msg_send2(in, v, &a);

	if (ret == FFA_OK)
		ffa_encode_msg_send2(&a, v, out);
	return ret;
}

static int32_t rt_msg_send2_result(const struct ffa_regs *in, enum ffa_version v, struct ffa_regs *out)
{
	struct ffa_msg_send2_result res;
	int32_t ret = ffa_decode_msg_send2_result(in, v, &res);

	if (ret == FFA_OK)
		ffa_encode_msg_send2_result(&res, v, out);
	return ret;
}

static int32_t rt_secondary_ep_register(const struct ffa_regs *in, enum ffa_version v, struct ffa_regs *out)
{
	struct ffa_secondary_ep_register_args a;
	int32_t ret = ffa_decode_secondary_ep_register(in, v, &a);

	if (ret == FFA_OK)
		ffa_encode_secondary_ep_register(&a, v, out);
	return ret;
}

static int32_t rt_secondary_ep_register_result(const struct ffa_regs *in, enum ffa_version v, struct ffa_regs *out)
{
	struct ffa_secondary_ep_register_result res;
	int32_t ret = ffa_decode_secondary_ep_register_result(in, v, &res);

	if (ret == FFA_OK)
		ffa_encode_secondary_ep_register_result(&res, v, out);
	return ret;
}

static int32_t rt_mem_perm_get(const struct ffa_regs *in, enum ffa_version v, struct ffa_regs *out)
{
	struct ffa_mem_perm_get_args a;
	int32_t ret = ffa_decode_mem_perm_get(in, v, &a);

	if (ret == FFA_OK)
		ffa_encode_mem_perm_get(&a, v, out);
	return ret;
}

static int32_t rt_mem_perm_get_result(const struct ffa_regs *in, enum ffa_version v, struct ffa_regs *out)
{
	struct ffa_mem_perm_get_result res;
	int32_t ret = ffa_decode_mem_perm_get_result(in, v, &res);

	if (ret == FFA_OK)
		ffa_encode_mem_perm_get_result(&res, v, out);
	return ret;
}

static int32_t rt_mem_perm_set(const struct ffa_regs *in, enum ffa_version v, struct ffa_regs *out)
{
	struct ffa_mem_perm_set_args a;
	int32_t ret = ffa_decode_mem_perm_set(in, v, &a);

	if (ret == FFA_OK)
		ffa_encode_mem_perm_set(&a, v, out);
	return ret;
}

static int32_t rt_mem_perm_set_result(const struct ffa_regs *in, enum ffa_version v, struct ffa_regs *out)
{
	struct ffa_mem_perm_set_result res;
	int32_t ret = ffa_decode_mem_perm_set_result(in, v, &res);

	if (ret == FFA_OK)
		ffa_encode_mem_perm_set_result(&res, v, out);
	return ret;
}

static int32_t rt_console_log(const struct ffa_regs *in, enum ffa_version v, struct ffa_regs *out)
{
	struct ffa_console_log_args a;
	int32_t ret = ffa_decode_console_log(in, v, &a);

	if (ret == FFA_OK)
		ffa_encode_console_log(&a, v, out);
	return ret;
}

static int32_t rt_console_log_result(const struct ffa_regs *in, enum ffa_version v, struct ffa_regs *out)
{
	struct ffa_console_log_result res;
	int32_t ret = ffa_decode_console_log_result(in, v, &res);

	if (ret == FFA_OK)
		ffa_encode_console_log_result(&res, v, out);
	return ret;
}

static int32_t rt_partition_info_get_regs(const struct ffa_regs *in, enum ffa_version v, struct ffa_regs *out)
{
	struct ffa_partition_info_get_regs_args a;
	int32_t ret = ffa_decode_partition_info_get_regs(in, v, &a);

	if (ret == FFA_OK)
		ffa_encode_partition_info_get_regs(&a, v, out);
	return ret;
}

static int32_t rt_partition_info_get_regs_result(const struct ffa_regs *in, enum ffa_version v, struct ffa_regs *out)
{
	struct ffa_partition_info_get_regs_result res;
	int32_t ret = ffa_decode_partition_info_get_regs_result(in, v, &res);

	if (ret == FFA_OK)
		ffa_encode_partition_info_get_regs_result(&res, v, out);
	return ret;
}

static int32_t rt_el3_intr_handle(const struct ffa_regs *in, enum ffa_version v, struct ffa_regs *out)
{
	struct ffa_el3_intr_handle_args a;
	int32_t ret = ffa_decode_el3_intr_handle(in, v, &a);

	if (ret == FFA_OK)
		ffa_encode_el3_intr_handle(&a, v, out);
	return ret;
}

static int32_t rt_el3_intr_handle_result(const struct ffa_regs *in, enum ffa_version v, struct ffa_regs *out)
{
	struct ffa_el3_intr_handle_result res;
	int32_t ret = ffa_decode_el3_intr_handle_result(in, v, &res);

	if (ret == FFA_OK)
		ffa_encode_el3_intr_handle_result(&res, v, out);
	return ret;
}

static int32_t rt_msg_send_direct_req2(const struct ffa_regs *in, enum ffa_version v, struct ffa_regs *out)
{
	struct ffa_msg_send_direct_req2_args a;
	int32_t ret = ffa_decode_msg_send_direct_req2(in, v, &a);

	if (ret == FFA_OK)
		ffa_encode_msg_send_direct_req2(&a, v, out);
	return ret;
}

static int32_t rt_msg_send_direct_resp2(const struct ffa_regs *in, enum ffa_version v, struct ffa_regs *out)
{
	struct ffa_msg_send_direct_resp2_args a;
	int32_t ret = ffa_decode_msg_send_direct_resp2(in, v, &a);

	if (ret == FFA_OK)
		ffa_encode_msg_send_direct_resp2(&a, v, out);
	return ret;
}

static int32_t rt_ns_res_info_get(const struct ffa_regs *in, enum ffa_version v, struct ffa_regs *out)
{
	struct ffa_ns_res_info_get_args a;
	int32_t ret = ffa_decode_ns_res_info_get(in, v, &a);

	if (ret == FFA_OK)
		ffa_encode_ns_res_info_get(&a, v, out);
	return ret;
}

static int32_t rt_ns_res_info_get_result(const struct ffa_regs *in, enum ffa_version v, struct ffa_regs *out)
{
	struct ffa_ns_res_info_get_result res;
	int32_t ret = ffa_decode_ns_res_info_get_result(in, v, &res);

	if (ret == FFA_OK)
		ffa_encode_ns_res_info_get_result(&res, v, out);
	return ret;
}

static int32_t rt_abort(const struct ffa_regs *in, enum ffa_version v, struct ffa_regs *out)
{
	struct ffa_abort_args a;
	int32_t ret = ffa_decode_abort(in, v, &a);

	if (ret == FFA_OK)
		ffa_encode_abort(&a, v, out);
	return ret;
}

struct roundtrip_row {
	uint32_t w0;
	enum ffa_version v;
	roundtrip_fn fn;
	const char *name;
	uint64_t mbz[FFA_REG_COUNT];
};

static const struct roundtrip_row roundtrip_rows[] = {
	{ 0x84000060U, FFA_VERSION_1_0, rt_error, "error", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000060U, FFA_VERSION_1_1, rt_error, "error", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000060U, FFA_VERSION_1_2, rt_error, "error", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000060U, FFA_VERSION_1_3, rt_error, "error", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000061U, FFA_VERSION_1_0, rt_success, "success", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000061U, FFA_VERSION_1_1, rt_success, "success", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000061U, FFA_VERSION_1_2, rt_success, "success", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000061U, FFA_VERSION_1_3, rt_success, "success", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0xc4000061U, FFA_VERSION_1_0, rt_success, "success", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0xc4000061U, FFA_VERSION_1_1, rt_success, "success", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0xc4000061U, FFA_VERSION_1_2, rt_success, "success", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0xc4000061U, FFA_VERSION_1_3, rt_success, "success", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000062U, FFA_VERSION_1_0, rt_interrupt, "interrupt", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000062U, FFA_VERSION_1_1, rt_interrupt, "interrupt", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000062U, FFA_VERSION_1_2, rt_interrupt, "interrupt", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000062U, FFA_VERSION_1_3, rt_interrupt, "interrupt", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000063U, FFA_VERSION_1_0, rt_version, "version", { 0x0U, 0x80000000U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x00000000U, FFA_VERSION_1_0, rt_version_result, "version result", { UINT64_C(0xffffffff80000000), 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000063U, FFA_VERSION_1_1, rt_version, "version", { 0x0U, 0x80000000U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x00000000U, FFA_VERSION_1_1, rt_version_result, "version result", { UINT64_C(0xffffffff80000000), 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000063U, FFA_VERSION_1_2, rt_version, "version", { 0x0U, 0x80000000U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x00000000U, FFA_VERSION_1_2, rt_version_result, "version result", { UINT64_C(0xffffffff80000000), 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000063U, FFA_VERSION_1_3, rt_version, "version", { 0x0U, 0x80000000U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x00000000U, FFA_VERSION_1_3, rt_version_result, "version result", { UINT64_C(0xffffffff80000000), 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000064U, FFA_VERSION_1_0, rt_features, "features", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000061U, FFA_VERSION_1_0, rt_features_result, "features result", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000064U, FFA_VERSION_1_1, rt_features, "features", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000061U, FFA_VERSION_1_1, rt_features_result, "features result", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000064U, FFA_VERSION_1_2, rt_features, "features", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000061U, FFA_VERSION_1_2, rt_features_result, "features result", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000064U, FFA_VERSION_1_3, rt_features, "features", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000061U, FFA_VERSION_1_3, rt_features_result, "features result", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000065U, FFA_VERSION_1_0, rt_rx_release, "rx-release", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000061U, FFA_VERSION_1_0, rt_rx_release_result, "rx-release result", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000065U, FFA_VERSION_1_1, rt_rx_release, "rx-release", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000061U, FFA_VERSION_1_1, rt_rx_release_result, "rx-release result", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000065U, FFA_VERSION_1_2, rt_rx_release, "rx-release", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000061U, FFA_VERSION_1_2, rt_rx_release_result, "rx-release result", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000065U, FFA_VERSION_1_3, rt_rx_release, "rx-release", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000061U, FFA_VERSION_1_3, rt_rx_release_result, "rx-release result", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000066U, FFA_VERSION_1_0, rt_rxtx_map, "rxtx-map", { 0x0U, 0x0U, 0x0U, 0xffffffc0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000061U, FFA_VERSION_1_0, rt_rxtx_map_result, "rxtx-map result", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000066U, FFA_VERSION_1_1, rt_rxtx_map, "rxtx-map", { 0x0U, 0x0U, 0x0U, 0xffffffc0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000061U, FFA_VERSION_1_1, rt_rxtx_map_result, "rxtx-map result", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000066U, FFA_VERSION_1_2, rt_rxtx_map, "rxtx-map", { 0x0U, 0x0U, 0x0U, 0xffffffc0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000061U, FFA_VERSION_1_2, rt_rxtx_map_result, "rxtx-map result", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000066U, FFA_VERSION_1_3, rt_rxtx_map, "rxtx-map", { 0x0U, 0x0U, 0x0U, 0xffffffc0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000061U, FFA_VERSION_1_3, rt_rxtx_map_result, "rxtx-map result", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0xc4000066U, FFA_VERSION_1_0, rt_rxtx_map, "rxtx-map", { 0x0U, 0x0U, 0x0U, 0xffffffc0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000061U, FFA_VERSION_1_0, rt_rxtx_map_result, "rxtx-map result", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0xc4000066U, FFA_VERSION_1_1, rt_rxtx_map, "rxtx-map", { 0x0U, 0x0U, 0x0U, 0xffffffc0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000061U, FFA_VERSION_1_1, rt_rxtx_map_result, "rxtx-map result", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0xc4000066U, FFA_VERSION_1_2, rt_rxtx_map, "rxtx-map", { 0x0U, 0x0U, 0x0U, 0xffffffc0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000061U, FFA_VERSION_1_2, rt_rxtx_map_result, "rxtx-map result", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0xc4000066U, FFA_VERSION_1_3, rt_rxtx_map, "rxtx-map", { 0x0U, 0x0U, 0x0U, 0xffffffc0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000061U, FFA_VERSION_1_3, rt_rxtx_map_result, "rxtx-map result", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000067U, FFA_VERSION_1_0, rt_rxtx_unmap, "rxtx-unmap", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000061U, FFA_VERSION_1_0, rt_rxtx_unmap_result, "rxtx-unmap result", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000067U, FFA_VERSION_1_1, rt_rxtx_unmap, "rxtx-unmap", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000061U, FFA_VERSION_1_1, rt_rxtx_unmap_result, "rxtx-unmap result", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000067U, FFA_VERSION_1_2, rt_rxtx_unmap, "rxtx-unmap", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000061U, FFA_VERSION_1_2, rt_rxtx_unmap_result, "rxtx-unmap result", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000067U, FFA_VERSION_1_3, rt_rxtx_unmap, "rxtx-unmap", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000061U, FFA_VERSION_1_3, rt_rxtx_unmap_result, "rxtx-unmap result", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000068U, FFA_VERSION_1_0, rt_partition_info_get, "partition-info-get", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0xffffffffU, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000061U, FFA_VERSION_1_0, rt_partition_info_get_result, "partition-info-get result", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000068U, FFA_VERSION_1_1, rt_partition_info_get, "partition-info-get", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0xfffffffeU, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000061U, FFA_VERSION_1_1, rt_partition_info_get_result, "partition-info-get result", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000068U, FFA_VERSION_1_2, rt_partition_info_get, "partition-info-get", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0xfffffffeU, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000061U, FFA_VERSION_1_2, rt_partition_info_get_result, "partition-info-get result", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000068U, FFA_VERSION_1_3, rt_partition_info_get, "partition-info-get", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0xfffffffeU, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000061U, FFA_VERSION_1_3, rt_partition_info_get_result, "partition-info-get result", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000069U, FFA_VERSION_1_0, rt_id_get, "id-get", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000061U, FFA_VERSION_1_0, rt_id_get_result, "id-get result", { 0x0U, 0x0U, 0xffff0000U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000069U, FFA_VERSION_1_1, rt_id_get, "id-get", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000061U, FFA_VERSION_1_1, rt_id_get_result, "id-get result", { 0x0U, 0x0U, 0xffff0000U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000069U, FFA_VERSION_1_2, rt_id_get, "id-get", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000061U, FFA_VERSION_1_2, rt_id_get_result, "id-get result", { 0x0U, 0x0U, 0xffff0000U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000069U, FFA_VERSION_1_3, rt_id_get, "id-get", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000061U, FFA_VERSION_1_3, rt_id_get_result, "id-get result", { 0x0U, 0x0U, 0xffff0000U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x8400006aU, FFA_VERSION_1_0, rt_msg_poll, "msg-poll", { 0x0U, 0xffffffffU, 0xffffffffU, 0xffffffffU, 0xffffffffU, 0xffffffffU, 0xffffffffU, 0xffffffffU, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x8400006bU, FFA_VERSION_1_0, rt_msg_wait, "msg-wait", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x8400006bU, FFA_VERSION_1_1, rt_msg_wait, "msg-wait", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x8400006bU, FFA_VERSION_1_2, rt_msg_wait, "msg-wait", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x8400006bU, FFA_VERSION_1_3, rt_msg_wait, "msg-wait", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x8400006cU, FFA_VERSION_1_0, rt_yield, "yield", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x8400006cU, FFA_VERSION_1_1, rt_yield, "yield", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x8400006cU, FFA_VERSION_1_2, rt_yield, "yield", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x8400006cU, FFA_VERSION_1_3, rt_yield, "yield", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x8400006dU, FFA_VERSION_1_0, rt_run, "run", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x8400006dU, FFA_VERSION_1_1, rt_run, "run", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x8400006dU, FFA_VERSION_1_2, rt_run, "run", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x8400006dU, FFA_VERSION_1_3, rt_run, "run", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x8400006eU, FFA_VERSION_1_0, rt_msg_send, "msg-send", { 0x0U, 0x0U, 0xffffffffU, 0x0U, 0xfffffffeU, 0xffff0000U, 0xffffffffU, 0xffffffffU, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000061U, FFA_VERSION_1_0, rt_msg_send_result, "msg-send result", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x8400006fU, FFA_VERSION_1_0, rt_msg_send_direct_req, "msg-send-direct-req", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x8400006fU, FFA_VERSION_1_1, rt_msg_send_direct_req, "msg-send-direct-req", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x8400006fU, FFA_VERSION_1_2, rt_msg_send_direct_req, "msg-send-direct-req", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x8400006fU, FFA_VERSION_1_3, rt_msg_send_direct_req, "msg-send-direct-req", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0xc400006fU, FFA_VERSION_1_0, rt_msg_send_direct_req, "msg-send-direct-req", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0xc400006fU, FFA_VERSION_1_1, rt_msg_send_direct_req, "msg-send-direct-req", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0xc400006fU, FFA_VERSION_1_2, rt_msg_send_direct_req, "msg-send-direct-req", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0xc400006fU, FFA_VERSION_1_3, rt_msg_send_direct_req, "msg-send-direct-req", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000070U, FFA_VERSION_1_0, rt_msg_send_direct_resp, "msg-send-direct-resp", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000070U, FFA_VERSION_1_1, rt_msg_send_direct_resp, "msg-send-direct-resp", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000070U, FFA_VERSION_1_2, rt_msg_send_direct_resp, "msg-send-direct-resp", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000070U, FFA_VERSION_1_3, rt_msg_send_direct_resp, "msg-send-direct-resp", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0xc4000070U, FFA_VERSION_1_0, rt_msg_send_direct_resp, "msg-send-direct-resp", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0xc4000070U, FFA_VERSION_1_1, rt_msg_send_direct_resp, "msg-send-direct-resp", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0xc4000070U, FFA_VERSION_1_2, rt_msg_send_direct_resp, "msg-send-direct-resp", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0xc4000070U, FFA_VERSION_1_3, rt_msg_send_direct_resp, "msg-send-direct-resp", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000071U, FFA_VERSION_1_0, rt_mem_donate, "mem-donate", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000061U, FFA_VERSION_1_0, rt_mem_donate_result, "mem-donate result", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000071U, FFA_VERSION_1_1, rt_mem_donate, "mem-donate", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000061U, FFA_VERSION_1_1, rt_mem_donate_result, "mem-donate result", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000071U, FFA_VERSION_1_2, rt_mem_donate, "mem-donate", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000061U, FFA_VERSION_1_2, rt_mem_donate_result, "mem-donate result", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000071U, FFA_VERSION_1_3, rt_mem_donate, "mem-donate", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000061U, FFA_VERSION_1_3, rt_mem_donate_result, "mem-donate result", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0xc4000071U, FFA_VERSION_1_0, rt_mem_donate, "mem-donate", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000061U, FFA_VERSION_1_0, rt_mem_donate_result, "mem-donate result", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0xc4000071U, FFA_VERSION_1_1, rt_mem_donate, "mem-donate", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000061U, FFA_VERSION_1_1, rt_mem_donate_result, "mem-donate result", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0xc4000071U, FFA_VERSION_1_2, rt_mem_donate, "mem-donate", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000061U, FFA_VERSION_1_2, rt_mem_donate_result, "mem-donate result", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0xc4000071U, FFA_VERSION_1_3, rt_mem_donate, "mem-donate", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000061U, FFA_VERSION_1_3, rt_mem_donate_result, "mem-donate result", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000072U, FFA_VERSION_1_0, rt_mem_lend, "mem-lend", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000061U, FFA_VERSION_1_0, rt_mem_lend_result, "mem-lend result", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000072U, FFA_VERSION_1_1, rt_mem_lend, "mem-lend", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000061U, FFA_VERSION_1_1, rt_mem_lend_result, "mem-lend result", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000072U, FFA_VERSION_1_2, rt_mem_lend, "mem-lend", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000061U, FFA_VERSION_1_2, rt_mem_lend_result, "mem-lend result", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000072U, FFA_VERSION_1_3, rt_mem_lend, "mem-lend", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000061U, FFA_VERSION_1_3, rt_mem_lend_result, "mem-lend result", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0xc4000072U, FFA_VERSION_1_0, rt_mem_lend, "mem-lend", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000061U, FFA_VERSION_1_0, rt_mem_lend_result, "mem-lend result", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0xc4000072U, FFA_VERSION_1_1, rt_mem_lend, "mem-lend", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000061U, FFA_VERSION_1_1, rt_mem_lend_result, "mem-lend result", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0xc4000072U, FFA_VERSION_1_2, rt_mem_lend, "mem-lend", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000061U, FFA_VERSION_1_2, rt_mem_lend_result, "mem-lend result", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0xc4000072U, FFA_VERSION_1_3, rt_mem_lend, "mem-lend", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000061U, FFA_VERSION_1_3, rt_mem_lend_result, "mem-lend result", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000073U, FFA_VERSION_1_0, rt_mem_share, "mem-share", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000061U, FFA_VERSION_1_0, rt_mem_share_result, "mem-share result", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000073U, FFA_VERSION_1_1, rt_mem_share, "mem-share", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000061U, FFA_VERSION_1_1, rt_mem_share_result, "mem-share result", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000073U, FFA_VERSION_1_2, rt_mem_share, "mem-share", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000061U, FFA_VERSION_1_2, rt_mem_share_result, "mem-share result", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000073U, FFA_VERSION_1_3, rt_mem_share, "mem-share", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000061U, FFA_VERSION_1_3, rt_mem_share_result, "mem-share result", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0xc4000073U, FFA_VERSION_1_0, rt_mem_share, "mem-share", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000061U, FFA_VERSION_1_0, rt_mem_share_result, "mem-share result", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0xc4000073U, FFA_VERSION_1_1, rt_mem_share, "mem-share", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000061U, FFA_VERSION_1_1, rt_mem_share_result, "mem-share result", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0xc4000073U, FFA_VERSION_1_2, rt_mem_share, "mem-share", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000061U, FFA_VERSION_1_2, rt_mem_share_result, "mem-share result", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0xc4000073U, FFA_VERSION_1_3, rt_mem_share, "mem-share", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000061U, FFA_VERSION_1_3, rt_mem_share_result, "mem-share result", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000074U, FFA_VERSION_1_0, rt_mem_retrieve_req, "mem-retrieve-req", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000074U, FFA_VERSION_1_1, rt_mem_retrieve_req, "mem-retrieve-req", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000074U, FFA_VERSION_1_2, rt_mem_retrieve_req, "mem-retrieve-req", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000074U, FFA_VERSION_1_3, rt_mem_retrieve_req, "mem-retrieve-req", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0xc4000074U, FFA_VERSION_1_0, rt_mem_retrieve_req, "mem-retrieve-req", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0xc4000074U, FFA_VERSION_1_1, rt_mem_retrieve_req, "mem-retrieve-req", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0xc4000074U, FFA_VERSION_1_2, rt_mem_retrieve_req, "mem-retrieve-req", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0xc4000074U, FFA_VERSION_1_3, rt_mem_retrieve_req, "mem-retrieve-req", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000075U, FFA_VERSION_1_0, rt_mem_retrieve_resp, "mem-retrieve-resp", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000075U, FFA_VERSION_1_1, rt_mem_retrieve_resp, "mem-retrieve-resp", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000075U, FFA_VERSION_1_2, rt_mem_retrieve_resp, "mem-retrieve-resp", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000075U, FFA_VERSION_1_3, rt_mem_retrieve_resp, "mem-retrieve-resp", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000076U, FFA_VERSION_1_0, rt_mem_relinquish, "mem-relinquish", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000061U, FFA_VERSION_1_0, rt_mem_relinquish_result, "mem-relinquish result", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000076U, FFA_VERSION_1_1, rt_mem_relinquish, "mem-relinquish", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000061U, FFA_VERSION_1_1, rt_mem_relinquish_result, "mem-relinquish result", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000076U, FFA_VERSION_1_2, rt_mem_relinquish, "mem-relinquish", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000061U, FFA_VERSION_1_2, rt_mem_relinquish_result, "mem-relinquish result", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000076U, FFA_VERSION_1_3, rt_mem_relinquish, "mem-relinquish", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000061U, FFA_VERSION_1_3, rt_mem_relinquish_result, "mem-relinquish result", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000077U, FFA_VERSION_1_0, rt_mem_reclaim, "mem-reclaim", { 0x0U, 0x0U, 0x0U, 0xfffffffcU, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000061U, FFA_VERSION_1_0, rt_mem_reclaim_result, "mem-reclaim result", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000077U, FFA_VERSION_1_1, rt_mem_reclaim, "mem-reclaim", { 0x0U, 0x0U, 0x0U, 0xfffffffcU, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000061U, FFA_VERSION_1_1, rt_mem_reclaim_result, "mem-reclaim result", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000077U, FFA_VERSION_1_2, rt_mem_reclaim, "mem-reclaim", { 0x0U, 0x0U, 0x0U, 0xfffffffcU, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000061U, FFA_VERSION_1_2, rt_mem_reclaim_result, "mem-reclaim result", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000077U, FFA_VERSION_1_3, rt_mem_reclaim, "mem-reclaim", { 0x0U, 0x0U, 0x0U, 0xfffffffcU, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000061U, FFA_VERSION_1_3, rt_mem_reclaim_result, "mem-reclaim result", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000078U, FFA_VERSION_1_0, rt_mem_op_pause, "mem-op-pause", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000078U, FFA_VERSION_1_1, rt_mem_op_pause, "mem-op-pause", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000078U, FFA_VERSION_1_2, rt_mem_op_pause, "mem-op-pause", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000078U, FFA_VERSION_1_3, rt_mem_op_pause, "mem-op-pause", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000079U, FFA_VERSION_1_0, rt_mem_op_resume, "mem-op-resume", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000061U, FFA_VERSION_1_0, rt_mem_op_resume_result, "mem-op-resume result", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000079U, FFA_VERSION_1_1, rt_mem_op_resume, "mem-op-resume", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000061U, FFA_VERSION_1_1, rt_mem_op_resume_result, "mem-op-resume result", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000079U, FFA_VERSION_1_2, rt_mem_op_resume, "mem-op-resume", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000061U, FFA_VERSION_1_2, rt_mem_op_resume_result, "mem-op-resume result", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000079U, FFA_VERSION_1_3, rt_mem_op_resume, "mem-op-resume", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000061U, FFA_VERSION_1_3, rt_mem_op_resume_result, "mem-op-resume result", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x8400007aU, FFA_VERSION_1_0, rt_mem_frag_rx, "mem-frag-rx", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x8400007aU, FFA_VERSION_1_1, rt_mem_frag_rx, "mem-frag-rx", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x8400007aU, FFA_VERSION_1_2, rt_mem_frag_rx, "mem-frag-rx", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x8400007aU, FFA_VERSION_1_3, rt_mem_frag_rx, "mem-frag-rx", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x8400007bU, FFA_VERSION_1_0, rt_mem_frag_tx, "mem-frag-tx", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000061U, FFA_VERSION_1_0, rt_mem_frag_tx_result, "mem-frag-tx result", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x8400007bU, FFA_VERSION_1_1, rt_mem_frag_tx, "mem-frag-tx", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000061U, FFA_VERSION_1_1, rt_mem_frag_tx_result, "mem-frag-tx result", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x8400007bU, FFA_VERSION_1_2, rt_mem_frag_tx, "mem-frag-tx", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000061U, FFA_VERSION_1_2, rt_mem_frag_tx_result, "mem-frag-tx result", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x8400007bU, FFA_VERSION_1_3, rt_mem_frag_tx, "mem-frag-tx", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000061U, FFA_VERSION_1_3, rt_mem_frag_tx_result, "mem-frag-tx result", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x8400007cU, FFA_VERSION_1_0, rt_normal_world_resume, "normal-world-resume", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x8400007cU, FFA_VERSION_1_1, rt_normal_world_resume, "normal-world-resume", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x8400007cU, FFA_VERSION_1_2, rt_normal_world_resume, "normal-world-resume", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x8400007cU, FFA_VERSION_1_3, rt_normal_world_resume, "normal-world-resume", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x8400007dU, FFA_VERSION_1_1, rt_notification_bitmap_create, "notification-bitmap-create", { 0x0U, 0xffff0000U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000061U, FFA_VERSION_1_1, rt_notification_bitmap_create_result, "notification-bitmap-create result", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x8400007dU, FFA_VERSION_1_2, rt_notification_bitmap_create, "notification-bitmap-create", { 0x0U, 0xffff0000U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000061U, FFA_VERSION_1_2, rt_notification_bitmap_create_result, "notification-bitmap-create result", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x8400007dU, FFA_VERSION_1_3, rt_notification_bitmap_create, "notification-bitmap-create", { 0x0U, 0xffff0000U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000061U, FFA_VERSION_1_3, rt_notification_bitmap_create_result, "notification-bitmap-create result", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x8400007eU, FFA_VERSION_1_1, rt_notification_bitmap_destroy, "notification-bitmap-destroy", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000061U, FFA_VERSION_1_1, rt_notification_bitmap_destroy_result, "notification-bitmap-destroy result", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x8400007eU, FFA_VERSION_1_2, rt_notification_bitmap_destroy, "notification-bitmap-destroy", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000061U, FFA_VERSION_1_2, rt_notification_bitmap_destroy_result, "notification-bitmap-destroy result", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x8400007eU, FFA_VERSION_1_3, rt_notification_bitmap_destroy, "notification-bitmap-destroy", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000061U, FFA_VERSION_1_3, rt_notification_bitmap_destroy_result, "notification-bitmap-destroy result", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x8400007fU, FFA_VERSION_1_1, rt_notification_bind, "notification-bind", { 0x0U, 0x0U, 0xfffffffeU, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000061U, FFA_VERSION_1_1, rt_notification_bind_result, "notification-bind result", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x8400007fU, FFA_VERSION_1_2, rt_notification_bind, "notification-bind", { 0x0U, 0x0U, 0xfffffffeU, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000061U, FFA_VERSION_1_2, rt_notification_bind_result, "notification-bind result", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x8400007fU, FFA_VERSION_1_3, rt_notification_bind, "notification-bind", { 0x0U, 0x0U, 0xfffffffeU, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000061U, FFA_VERSION_1_3, rt_notification_bind_result, "notification-bind result", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000080U, FFA_VERSION_1_1, rt_notification_unbind, "notification-unbind", { 0x0U, 0x0U, 0xffffffffU, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000061U, FFA_VERSION_1_1, rt_notification_unbind_result, "notification-unbind result", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000080U, FFA_VERSION_1_2, rt_notification_unbind, "notification-unbind", { 0x0U, 0x0U, 0xffffffffU, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000061U, FFA_VERSION_1_2, rt_notification_unbind_result, "notification-unbind result", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000080U, FFA_VERSION_1_3, rt_notification_unbind, "notification-unbind", { 0x0U, 0x0U, 0xffffffffU, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000061U, FFA_VERSION_1_3, rt_notification_unbind_result, "notification-unbind result", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000081U, FFA_VERSION_1_1, rt_notification_set, "notification-set", { 0x0U, 0x0U, 0xfffcU, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000061U, FFA_VERSION_1_1, rt_notification_set_result, "notification-set result", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000081U, FFA_VERSION_1_2, rt_notification_set, "notification-set", { 0x0U, 0x0U, 0xfffcU, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000061U, FFA_VERSION_1_2, rt_notification_set_result, "notification-set result", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000081U, FFA_VERSION_1_3, rt_notification_set, "notification-set", { 0x0U, 0x0U, 0xfffcU, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000061U, FFA_VERSION_1_3, rt_notification_set_result, "notification-set result", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000082U, FFA_VERSION_1_1, rt_notification_get, "notification-get", { 0x0U, 0x0U, 0xfffffff0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000061U, FFA_VERSION_1_1, rt_notification_get_result, "notification-get result", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000082U, FFA_VERSION_1_2, rt_notification_get, "notification-get", { 0x0U, 0x0U, 0xfffffff0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000061U, FFA_VERSION_1_2, rt_notification_get_result, "notification-get result", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000082U, FFA_VERSION_1_3, rt_notification_get, "notification-get", { 0x0U, 0x0U, 0xfffffff0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000061U, FFA_VERSION_1_3, rt_notification_get_result, "notification-get result", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000083U, FFA_VERSION_1_1, rt_notification_info_get, "notification-info-get", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000061U, FFA_VERSION_1_1, rt_notification_info_get_result, "notification-info-get result", { 0x0U, 0x0U, 0x7eU, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000083U, FFA_VERSION_1_2, rt_notification_info_get, "notification-info-get", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000061U, FFA_VERSION_1_2, rt_notification_info_get_result, "notification-info-get result", { 0x0U, 0x0U, 0x7eU, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000083U, FFA_VERSION_1_3, rt_notification_info_get, "notification-info-get", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000061U, FFA_VERSION_1_3, rt_notification_info_get_result, "notification-info-get result", { 0x0U, 0x0U, 0x7eU, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0xc4000083U, FFA_VERSION_1_1, rt_notification_info_get, "notification-info-get", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0xc4000061U, FFA_VERSION_1_1, rt_notification_info_get_result, "notification-info-get result", { 0x0U, 0x0U, 0x7eU, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0xc4000083U, FFA_VERSION_1_2, rt_notification_info_get, "notification-info-get", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0xc4000061U, FFA_VERSION_1_2, rt_notification_info_get_result, "notification-info-get result", { 0x0U, 0x0U, 0x7eU, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0xc4000083U, FFA_VERSION_1_3, rt_notification_info_get, "notification-info-get", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0xc4000061U, FFA_VERSION_1_3, rt_notification_info_get_result, "notification-info-get result", { 0x0U, 0x0U, 0x7eU, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000084U, FFA_VERSION_1_1, rt_rx_acquire, "rx-acquire", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000061U, FFA_VERSION_1_1, rt_rx_acquire_result, "rx-acquire result", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000084U, FFA_VERSION_1_2, rt_rx_acquire, "rx-acquire", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000061U, FFA_VERSION_1_2, rt_rx_acquire_result, "rx-acquire result", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000084U, FFA_VERSION_1_3, rt_rx_acquire, "rx-acquire", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000061U, FFA_VERSION_1_3, rt_rx_acquire_result, "rx-acquire result", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000085U, FFA_VERSION_1_1, rt_spm_id_get, "spm-id-get", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000061U, FFA_VERSION_1_1, rt_spm_id_get_result, "spm-id-get result", { 0x0U, 0x0U, 0xffff0000U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000085U, FFA_VERSION_1_2, rt_spm_id_get, "spm-id-get", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000061U, FFA_VERSION_1_2, rt_spm_id_get_result, "spm-id-get result", { 0x0U, 0x0U, 0xffff0000U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000085U, FFA_VERSION_1_3, rt_spm_id_get, "spm-id-get", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000061U, FFA_VERSION_1_3, rt_spm_id_get_result, "spm-id-get result", { 0x0U, 0x0U, 0xffff0000U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000086U, FFA_VERSION_1_1, rt_msg_send2, "msg-send2", { 0x0U, 0x0U, 0xfffffffdU, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000061U, FFA_VERSION_1_1, rt_msg_send2_result, "msg-send2 result", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000086U, FFA_VERSION_1_2, rt_msg_send2, "msg-send2", { 0x0U, 0x0U, 0xfffffffdU, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000061U, FFA_VERSION_1_2, rt_msg_send2_result, "msg-send2 result", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000086U, FFA_VERSION_1_3, rt_msg_send2, "msg-send2", { 0x0U, 0x0U, 0xfffffffdU, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000061U, FFA_VERSION_1_3, rt_msg_send2_result, "msg-send2 result", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000087U, FFA_VERSION_1_1, rt_secondary_ep_register, "secondary-ep-register", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000061U, FFA_VERSION_1_1, rt_secondary_ep_register_result, "secondary-ep-register result", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000087U, FFA_VERSION_1_2, rt_secondary_ep_register, "secondary-ep-register", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000061U, FFA_VERSION_1_2, rt_secondary_ep_register_result, "secondary-ep-register result", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000087U, FFA_VERSION_1_3, rt_secondary_ep_register, "secondary-ep-register", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000061U, FFA_VERSION_1_3, rt_secondary_ep_register_result, "secondary-ep-register result", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0xc4000087U, FFA_VERSION_1_1, rt_secondary_ep_register, "secondary-ep-register", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000061U, FFA_VERSION_1_1, rt_secondary_ep_register_result, "secondary-ep-register result", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0xc4000087U, FFA_VERSION_1_2, rt_secondary_ep_register, "secondary-ep-register", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000061U, FFA_VERSION_1_2, rt_secondary_ep_register_result, "secondary-ep-register result", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0xc4000087U, FFA_VERSION_1_3, rt_secondary_ep_register, "secondary-ep-register", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000061U, FFA_VERSION_1_3, rt_secondary_ep_register_result, "secondary-ep-register result", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000088U, FFA_VERSION_1_1, rt_mem_perm_get, "mem-perm-get", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000061U, FFA_VERSION_1_1, rt_mem_perm_get_result, "mem-perm-get result", { 0x0U, 0x0U, 0xfffffff8U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000088U, FFA_VERSION_1_2, rt_mem_perm_get, "mem-perm-get", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000061U, FFA_VERSION_1_2, rt_mem_perm_get_result, "mem-perm-get result", { 0x0U, 0x0U, 0xfffffff8U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000088U, FFA_VERSION_1_3, rt_mem_perm_get, "mem-perm-get", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000061U, FFA_VERSION_1_3, rt_mem_perm_get_result, "mem-perm-get result", { 0x0U, 0x0U, 0xfffffff8U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0xc4000088U, FFA_VERSION_1_1, rt_mem_perm_get, "mem-perm-get", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000061U, FFA_VERSION_1_1, rt_mem_perm_get_result, "mem-perm-get result", { 0x0U, 0x0U, 0xfffffff8U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0xc4000088U, FFA_VERSION_1_2, rt_mem_perm_get, "mem-perm-get", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000061U, FFA_VERSION_1_2, rt_mem_perm_get_result, "mem-perm-get result", { 0x0U, 0x0U, 0xfffffff8U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0xc4000088U, FFA_VERSION_1_3, rt_mem_perm_get, "mem-perm-get", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000061U, FFA_VERSION_1_3, rt_mem_perm_get_result, "mem-perm-get result", { 0x0U, 0x0U, 0xfffffff8U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000089U, FFA_VERSION_1_1, rt_mem_perm_set, "mem-perm-set", { 0x0U, 0x0U, 0x0U, 0xfffffff8U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000061U, FFA_VERSION_1_1, rt_mem_perm_set_result, "mem-perm-set result", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000089U, FFA_VERSION_1_2, rt_mem_perm_set, "mem-perm-set", { 0x0U, 0x0U, 0x0U, 0xfffffff8U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000061U, FFA_VERSION_1_2, rt_mem_perm_set_result, "mem-perm-set result", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000089U, FFA_VERSION_1_3, rt_mem_perm_set, "mem-perm-set", { 0x0U, 0x0U, 0x0U, 0xfffffff8U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000061U, FFA_VERSION_1_3, rt_mem_perm_set_result, "mem-perm-set result", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0xc4000089U, FFA_VERSION_1_1, rt_mem_perm_set, "mem-perm-set", { 0x0U, 0x0U, 0x0U, 0xfffffff8U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000061U, FFA_VERSION_1_1, rt_mem_perm_set_result, "mem-perm-set result", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0xc4000089U, FFA_VERSION_1_2, rt_mem_perm_set, "mem-perm-set", { 0x0U, 0x0U, 0x0U, 0xfffffff8U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000061U, FFA_VERSION_1_2, rt_mem_perm_set_result, "mem-perm-set result", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0xc4000089U, FFA_VERSION_1_3, rt_mem_perm_set, "mem-perm-set", { 0x0U, 0x0U, 0x0U, 0xfffffff8U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000061U, FFA_VERSION_1_3, rt_mem_perm_set_result, "mem-perm-set result", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x8400008aU, FFA_VERSION_1_2, rt_console_log, "console-log", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000061U, FFA_VERSION_1_2, rt_console_log_result, "console-log result", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x8400008aU, FFA_VERSION_1_3, rt_console_log, "console-log", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000061U, FFA_VERSION_1_3, rt_console_log_result, "console-log result", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0xc400008aU, FFA_VERSION_1_2, rt_console_log, "console-log", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000061U, FFA_VERSION_1_2, rt_console_log_result, "console-log result", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0xc400008aU, FFA_VERSION_1_3, rt_console_log, "console-log", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000061U, FFA_VERSION_1_3, rt_console_log_result, "console-log result", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0xc400008bU, FFA_VERSION_1_2, rt_partition_info_get_regs, "partition-info-get-regs", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0xc4000061U, FFA_VERSION_1_2, rt_partition_info_get_regs_result, "partition-info-get-regs result", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0xc400008bU, FFA_VERSION_1_3, rt_partition_info_get_regs, "partition-info-get-regs", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0xc4000061U, FFA_VERSION_1_3, rt_partition_info_get_regs_result, "partition-info-get-regs result", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x8400008cU, FFA_VERSION_1_2, rt_el3_intr_handle, "el3-intr-handle", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000061U, FFA_VERSION_1_2, rt_el3_intr_handle_result, "el3-intr-handle result", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x8400008cU, FFA_VERSION_1_3, rt_el3_intr_handle, "el3-intr-handle", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000061U, FFA_VERSION_1_3, rt_el3_intr_handle_result, "el3-intr-handle result", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0xc400008dU, FFA_VERSION_1_2, rt_msg_send_direct_req2, "msg-send-direct-req2", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0xc400008dU, FFA_VERSION_1_3, rt_msg_send_direct_req2, "msg-send-direct-req2", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0xc400008eU, FFA_VERSION_1_2, rt_msg_send_direct_resp2, "msg-send-direct-resp2", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0xc400008eU, FFA_VERSION_1_3, rt_msg_send_direct_resp2, "msg-send-direct-resp2", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0xc400008fU, FFA_VERSION_1_3, rt_ns_res_info_get, "ns-res-info-get", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0xc4000061U, FFA_VERSION_1_3, rt_ns_res_info_get_result, "ns-res-info-get result", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0x84000090U, FFA_VERSION_1_3, rt_abort, "abort", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
	{ 0xc4000090U, FFA_VERSION_1_3, rt_abort, "abort", { 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U, 0x0U } },
};

#define ROWS(a) ((int)(sizeof(a) / sizeof((a)[0])))

/* A caller's x8..x17 that carry nothing: each must come back unchanged. */
static uint64_t caller_reg(int i)
{
	return UINT64_C(0xca11e4000000000) | (uint64_t)i;
}

static struct ffa_regs caller_regs(uint32_t fid)
{
	struct ffa_regs r = { .x = { [0] = fid } };

	for (int i = FFA_MSG_REG_COUNT; i < FFA_REG_COUNT; i++)
		r.x[i] = caller_reg(i);
	return r;
}

/* Is fid a leaf call's (answered on the entry's fast lane, ffa_leaf.h)? */
static bool leaf_id(uint32_t fid)
{
	switch (fid) {
#define LEAF_CASE(id, c) case id:
	FFA_LEAF_IDS(LEAF_CASE)
#undef LEAF_CASE
		return true;
	default:
		return false;
	}
}

/*
 * In place, as ffa_handle_call answers: what the reply does not write stays
 * the caller's. The same call also goes in through the hypervisor's entry,
 * ffa_handle_call(), for a VM as frozen and not logged: it is FF-A's alike,
 * and a leaf call, which the entry's fast lane answers, gets the same reply
 * register for register. (Other calls take the dispatch itself there, and
 * their answers may depend on what a fresh VM changes: the partition
 * list's tag counts VM creations.)
 */
static enum ffa_verdict call(const struct ffa_regs *in, enum ffa_version v, bool aarch64, struct ffa_regs *out)
{
	struct ffa_call_ctx *ctx = ffa_conformance_ctx(v, aarch64);
	struct ffa_regs entry = *in;
	enum ffa_verdict verdict;

	*out = *in;
	verdict = ffa_dispatch(ctx, v, aarch64, out, out);
	ffa_conformance_ctx_release(ctx);
	ck_assert_msg(ffa_conformance_entry(v, aarch64, &entry) == (verdict != FFA_VERDICT_NOT_FFA),
		      "%#x: the entry and the dispatch disagree on whether it is FF-A", (unsigned int)in->x[0]);
	for (int i = 0; i < FFA_REG_COUNT && leaf_id((uint32_t)in->x[0]); i++)
		ck_assert_msg(entry.x[i] == out->x[i], "%#x at %#x: x%d = %#llx from the lane, %#llx from the dispatch",
			      (unsigned int)in->x[0], (unsigned int)v, i, (unsigned long long)entry.x[i],
			      (unsigned long long)out->x[i]);
	return verdict;
}

/* SMCCC 1.2: registers that carry no result are the caller's. */
static void assert_preserved(const struct ffa_regs *in, const struct ffa_regs *out, uint32_t carried, const char *what)
{
	for (int i = FFA_MSG_REG_COUNT; i < FFA_REG_COUNT; i++) {
		if (!(carried & (UINT32_C(1) << i)))
			ck_assert_msg(out->x[i] == in->x[i], "%s: x%d = %#llx, the caller's %#llx not preserved", what, i,
				      (unsigned long long)out->x[i], (unsigned long long)in->x[i]);
	}
}

static void assert_error_only(const struct ffa_regs *in, const struct ffa_regs *out, int32_t status, const char *what)
{
	ck_assert_msg(out->x[0] == FFA_ERROR_32, "%s: w0 %#llx is not FFA_ERROR", what, (unsigned long long)out->x[0]);
	ck_assert_msg(out->x[2] == (uint32_t)status, "%s: w2 %#llx, expected %d", what, (unsigned long long)out->x[2], status);
	for (int i = 1; i < FFA_MSG_REG_COUNT; i++) {
		if (i != 2)
			ck_assert_msg(out->x[i] == 0, "%s: x%d = %#llx, not zero", what, i, (unsigned long long)out->x[i]);
	}
	assert_preserved(in, out, 0, what);
}

static unsigned int handled_not_supported;

START_TEST(test_gating)
{
	const struct gating_row *row = &gating_rows[_i];
	const struct ffa_regs in = caller_regs(row->fid);
	struct ffa_regs out;
	char what[96];
	enum ffa_verdict verdict = call(&in, row->v, row->aarch64, &out);

	snprintf(what, sizeof(what), "%s %#x v%#x %s", row->name, row->fid, (unsigned int)row->v, row->aarch64 ? "AArch64" : "AArch32");
	ck_assert_msg(verdict == row->verdict, "%s: verdict %d, expected %d", what, verdict, row->verdict);
	if (verdict == FFA_VERDICT_HANDLED) {
		if ((out.x[0] == FFA_ERROR_32 && out.x[2] == (uint32_t)FFA_NOT_SUPPORTED) || out.x[0] == (uint32_t)FFA_NOT_SUPPORTED)
			handled_not_supported++;
		assert_preserved(&in, &out, row->carried, what);
	} else if (verdict != FFA_VERDICT_NOT_FFA) {
		assert_error_only(&in, &out, FFA_NOT_SUPPORTED, what);
	}
}
END_TEST

START_TEST(test_mbz)
{
	const struct bit_row *row = &mbz_rows[_i];
	struct ffa_regs in = caller_regs(row->fid);
	struct ffa_regs out;
	char what[96];

	in.x[row->reg] = UINT64_C(1) << row->bit;
	snprintf(what, sizeof(what), "%s %#x v%#x x%u bit %u", row->name, row->fid, (unsigned int)row->v, row->reg, row->bit);
	ck_assert_msg(call(&in, row->v, true, &out) == FFA_VERDICT_INVALID, "%s: not refused", what);
	if (row->raw) {
		ck_assert_msg(out.x[0] == (uint32_t)FFA_NOT_SUPPORTED, "%s: w0 %#llx is not NOT_SUPPORTED", what, (unsigned long long)out.x[0]);
		for (int i = 1; i < FFA_MSG_REG_COUNT; i++)
			ck_assert_msg(out.x[i] == 0, "%s: x%d = %#llx, not zero", what, i, (unsigned long long)out.x[i]);
		assert_preserved(&in, &out, 0, what);
	} else {
		assert_error_only(&in, &out, FFA_INVALID_PARAMETERS, what);
	}
}
END_TEST

START_TEST(test_sbz)
{
	const struct bit_row *row = &sbz_rows[_i];
	struct ffa_regs in = { .x = { [0] = row->fid } };
	struct ffa_regs out;

	in.x[row->reg] = UINT64_C(1) << row->bit;
	ck_assert_msg(call(&in, row->v, true, &out) == FFA_VERDICT_HANDLED, "%s %#x x%u bit %u: an SBZ bit stopped the call", row->name, row->fid, row->reg, row->bit);
}
END_TEST

START_TEST(test_cond_mbz)
{
	const struct cond_mbz_row *row = &cond_mbz_rows[_i];
	struct ffa_regs in = caller_regs(row->fid);
	struct ffa_regs out;
	char what[96];

	snprintf(what, sizeof(what), "%s %#x v%#x x%u bit %u", row->name, row->fid, (unsigned int)row->v, row->reg, row->bit);
	in.x[row->reg] = UINT64_C(1) << row->bit;
	ck_assert_msg(call(&in, row->v, true, &out) == FFA_VERDICT_INVALID, "%s: not refused while the other field is zero", what);
	assert_error_only(&in, &out, FFA_INVALID_PARAMETERS, what);
	in.x[row->reg] |= UINT64_C(1) << row->other_bit;
	ck_assert_msg(call(&in, row->v, true, &out) == FFA_VERDICT_HANDLED, "%s: refused though the other field is set", what);
}
END_TEST

static uint64_t next_random(uint64_t *state)
{
	/* splitmix64: deterministic, so a failure reproduces. */
	uint64_t z = (*state += UINT64_C(0x9e3779b97f4a7c15));

	z = (z ^ (z >> 30)) * UINT64_C(0xbf58476d1ce4e5b9);
	z = (z ^ (z >> 27)) * UINT64_C(0x94d049bb133111eb);
	return z ^ (z >> 31);
}

/*
 * Codec round trip: registers with random bits everywhere but in MBZ ranges
 * decode; encoding gives back the same id, no bit that was not there, and
 * a fixed point (decode + encode again changes nothing).
 */
START_TEST(test_roundtrip)
{
	const struct roundtrip_row *row = &roundtrip_rows[_i];
	uint64_t state = (uint64_t)_i;

	for (int iter = 0; iter < 16; iter++) {
		struct ffa_regs in, out = { { 0 } }, again = { { 0 } };

		for (int i = 0; i < FFA_REG_COUNT; i++)
			in.x[i] = next_random(&state) & ~row->mbz[i];
		if (row->w0 != 0)
			in.x[0] = row->w0;
		ck_assert_msg(row->fn(&in, row->v, &out) == FFA_OK, "%s v%#x: valid registers refused", row->name, (unsigned int)row->v);
		ck_assert_msg(row->w0 == 0 || out.x[0] == row->w0, "%s: id changed", row->name);
		for (int i = 0; i < FFA_REG_COUNT; i++)
			ck_assert_msg((out.x[i] & ~in.x[i]) == 0, "%s v%#x: x%d gained bits %#llx", row->name, (unsigned int)row->v, i, (unsigned long long)(out.x[i] & ~in.x[i]));
		if (!(row->w0 & FFA_FUNCTION_ID_SMC64_MASK)) {
			for (int i = 0; i < FFA_REG_COUNT; i++)
				ck_assert_msg(out.x[i] >> 32 == 0, "%s: SMC32 x%d has upper bits", row->name, i);
		}
		ck_assert_int_eq(row->fn(&out, row->v, &again), FFA_OK);
		for (int i = 0; i < FFA_REG_COUNT; i++)
			ck_assert_msg(again.x[i] == out.x[i], "%s: not a fixed point at x%d", row->name, i);
	}
}
END_TEST

/* Runs last: says how many gated-through calls the runtime does not implement yet. */
START_TEST(test_report)
{
	unsigned int handled = 0;

	for (int i = 0; i < ROWS(gating_rows); i++)
		handled += gating_rows[i].verdict == FFA_VERDICT_HANDLED;
	printf("conformance: %d gating rows (%u reach a handler, %u of those answered NOT_SUPPORTED by the runtime), %d MBZ rows, %d conditional MBZ rows, %d SBZ rows, %d codec round-trip rows\n",
	       ROWS(gating_rows), handled, handled_not_supported, ROWS(mbz_rows), ROWS(cond_mbz_rows), ROWS(sbz_rows), ROWS(roundtrip_rows));
	ck_assert_int_gt(handled, 0);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("conformance");
	TCase *tc = tcase_create("generated");
	SRunner *sr;
	int failed;

	tcase_add_loop_test(tc, test_gating, 0, ROWS(gating_rows));
	tcase_add_loop_test(tc, test_mbz, 0, ROWS(mbz_rows));
	tcase_add_loop_test(tc, test_sbz, 0, ROWS(sbz_rows));
	tcase_add_loop_test(tc, test_cond_mbz, 0, ROWS(cond_mbz_rows));
	tcase_add_loop_test(tc, test_roundtrip, 0, ROWS(roundtrip_rows));
	tcase_add_test(tc, test_report);
	suite_add_tcase(s, tc);
	sr = srunner_create(s);
	srunner_set_fork_status(sr, CK_NOFORK);
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
