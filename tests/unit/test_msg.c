/* SPDX-License-Identifier: MIT */
/*
 * Direct messages, FFA_RUN, FFA_MSG_SEND2 to partitions and the VM
 * lifecycle messages, through the real runtime against the simulated SPMC
 * and its (mis)behaving partitions.
 */
#include <stdlib.h>
#include <string.h>

#include "check_run.h"
#include "test_util.h"

#define ECHO 0x8001   /* REQ and REQ2, indirect messages, FF-A 1.2 */
#define OPTEE 0x8002  /* REQ, VM created/destroyed messages, FF-A 1.1 */

static struct spmc_partition_config *sp_config(uint16_t id)
{
	for (uint32_t i = 0; i < sim.spmc.config.partition_count; i++) {
		if (sim.spmc.config.partitions[i].id == id)
			return &sim.spmc.config.partitions[i];
	}
	ck_abort_msg("no partition %#x", id);
	return NULL;
}

static struct ffa_regs direct_req(bool smc64, uint16_t src, uint16_t dst, uint64_t p0)
{
	const uint64_t payload[] = { p0, 2, 3, 4, 5 };
	struct ffa_msg_send_direct_req_args a = { .smc64 = smc64, .source = src, .destination = dst,
						  .payload = payload };
	struct ffa_regs r = { { 0 } };

	ffa_encode_msg_send_direct_req(&a, FFA_VERSION_1_2, &r);
	return r;
}

static struct ffa_regs direct_req2(uint16_t src, uint16_t dst)
{
	uint64_t payload[FFA_MSG_SEND_DIRECT_REQ2_ARGS_PAYLOAD_COUNT];
	struct ffa_msg_send_direct_req2_args a = { .smc64 = true,
						   .source = src,
						   .destination = dst,
						   .payload = payload };
	struct ffa_regs r = { { 0 } };

	for (int i = 0; i < FFA_MSG_SEND_DIRECT_REQ2_ARGS_PAYLOAD_COUNT; i++)
		payload[i] = 0x100u + (unsigned int)i;
	ffa_encode_msg_send_direct_req2(&a, FFA_VERSION_1_2, &r);
	return r;
}

/* A refused call that must not reach the SPMC at all. */
static void refused_here(struct ffa_vm *vm, struct ffa_regs in, int32_t status)
{
	const uint32_t calls = sim.spmc.trace_count;

	refused(vm, in, status);
	ck_assert_uint_eq(sim.spmc.trace_count, calls);
}

/* The request the SPMC last got with function id fid. */
static const struct ffa_regs *spmc_got(uint32_t fid)
{
	for (uint32_t i = 0;; i++) {
		const struct spmc_trace_entry *e = spmc_trace_last(&sim.spmc, i);

		ck_assert_ptr_nonnull(e);
		if ((uint32_t)e->in.x[0] == fid)
			return &e->in;
	}
}

/*
 * An SMC32 request's payload is w3..w7: whatever the VM left in the upper
 * halves (SMCCC: the callee ignores them) does not reach the SPMC, and the
 * payload, decoded by pointer, is forwarded masked.
 */
START_TEST(test_direct_req_32_forwards_low_halves)
{
	struct ffa_regs in = direct_req(false, 1, ECHO, 0x11);
	const struct ffa_regs *got;
	struct ffa_regs out;

	negotiate(vm64, 2);
	for (int i = 3; i <= 7; i++)
		in.x[i] |= UINT64_C(0xdead000000000000);
	out = call(vm64, in);
	ck_assert_uint_eq(out.x[0], FFA_MSG_SEND_DIRECT_RESP_32);
	got = spmc_got(FFA_MSG_SEND_DIRECT_REQ_32);
	ck_assert_uint_eq(got->x[3], 0x11);
	for (int i = 4; i <= 7; i++)
		ck_assert_uint_eq(got->x[i], (uint64_t)i - 2);
	for (int i = 3; i <= 7; i++)
		ck_assert_uint_eq(out.x[i] >> 32, 0);
}
END_TEST

START_TEST(test_direct_req_echo)
{
	struct ffa_msg_send_direct_resp_args resp;
	struct ffa_regs out = { { 0 } };

	negotiate(vm64, 1);
	for (int smc64 = 0; smc64 < 2; smc64++) {
		out = call(vm64, direct_req(smc64, 1, ECHO, 0xabcdef));
		ck_assert_uint_eq(out.x[0], smc64 ? FFA_MSG_SEND_DIRECT_RESP_64 :
						    FFA_MSG_SEND_DIRECT_RESP_32);
		ck_assert_int_eq(ffa_decode_msg_send_direct_resp(&out, FFA_VERSION_1_1, &resp),
				 FFA_OK);
		ck_assert_uint_eq(resp.source, ECHO);
		ck_assert_uint_eq(resp.destination, 1);
		ck_assert_uint_eq(resp.payload[0], 0xabcdef);
		ck_assert_uint_eq(resp.payload[4], 5);
		ck_assert_uint_eq(spmc_partition_state_of(&sim.spmc, ECHO)->last.sender, 1);
	}
	/* An AArch32 VM: the 32-bit form only. */
	out = call(vm32, direct_req(false, 2, OPTEE, 7));
	ck_assert_uint_eq(out.x[0], FFA_MSG_SEND_DIRECT_RESP_32);
	refused_here(vm32, direct_req(true, 2, OPTEE, 7), FFA_NOT_SUPPORTED);
}
END_TEST

START_TEST(test_direct_req_refusals)
{
	struct ffa_regs in = { { 0 } };

	negotiate(vm64, 2);
	/* Spoofed source. */
	refused_here(vm64, direct_req(false, 2, ECHO, 0), FFA_INVALID_PARAMETERS);
	/* A framework message, or a type without the framework bit. */
	in = direct_req(false, 1, OPTEE, 0);
	in.x[2] = 0x80000004;
	refused_here(vm64, in, FFA_INVALID_PARAMETERS);
	in.x[2] = 0x4;
	refused_here(vm64, in, FFA_INVALID_PARAMETERS);
	/* No such partition; a VM; the hypervisor. */
	refused_here(vm64, direct_req(false, 1, 0x8009, 0), FFA_INVALID_PARAMETERS);
	refused_here(vm64, direct_req(false, 1, 2, 0), FFA_INVALID_PARAMETERS);
	refused_here(vm64, direct_req(false, 1, 0, 0), FFA_INVALID_PARAMETERS);
	/* A partition that does not take DIRECT_REQ2. */
	refused_here(vm64, direct_req2(1, OPTEE), FFA_DENIED);
	refused_here(vm64, direct_req2(3, ECHO), FFA_INVALID_PARAMETERS);
}
END_TEST

/*
 * A VM in the caller's partition list takes no direct requests (its
 * descriptor says so): DENIED, as Hafnium and the ACS's
 * direct_message_error tests answer. A VM the caller does not see is no
 * endpoint to it: INVALID_PARAMETERS.
 */
START_TEST(test_direct_req_to_a_listed_vm_denied)
{
	negotiate(vm64, 2);
	negotiate(vm32, 2);
	sim.allow[1][2] = true;
	sim.allow[1][5] = true; /* no VM 5 */
	refused_here(vm64, direct_req(false, 1, 2, 0), FFA_DENIED);
	refused_here(vm64, direct_req(true, 1, 2, 0), FFA_DENIED);
	refused_here(vm64, direct_req2(1, 2), FFA_DENIED);
	refused_here(vm64, direct_req(false, 1, 5, 0), FFA_INVALID_PARAMETERS);
	refused_here(vm64, direct_req(false, 1, 1, 0), FFA_INVALID_PARAMETERS);
	sim.allow[1][2] = false;
	refused_here(vm64, direct_req(false, 1, 2, 0), FFA_INVALID_PARAMETERS);
	refused_here(vm64, direct_req2(1, 2), FFA_INVALID_PARAMETERS);
}
END_TEST

START_TEST(test_direct_req2)
{
	struct ffa_msg_send_direct_resp2_args resp;
	struct ffa_regs out = { { 0 } };

	negotiate(vm64, 2);
	out = call(vm64, direct_req2(1, ECHO));
	ck_assert_uint_eq(out.x[0], FFA_MSG_SEND_DIRECT_RESP2_64);
	ck_assert_int_eq(ffa_decode_msg_send_direct_resp2(&out, FFA_VERSION_1_2, &resp), FFA_OK);
	ck_assert_uint_eq(resp.source, ECHO);
	for (int i = 0; i < 14; i++)
		ck_assert_uint_eq(resp.payload[i], 0x100u + (unsigned int)i);
	/* Not before 1.2. */
	negotiate(vm32, 1);
	refused_here(vm32, direct_req2(2, ECHO), FFA_NOT_SUPPORTED);
}
END_TEST

/* A reply the call does not allow reaches the VM as ABORTED, nothing else. */
START_TEST(test_misbehaving_partition)
{
	static const enum spmc_behaviour bad[] = {
		SPMC_BEHAVE_WRONG_SOURCE, SPMC_BEHAVE_WRONG_DEST, SPMC_BEHAVE_WRONG_FUNC,
		SPMC_BEHAVE_GARBAGE, SPMC_BEHAVE_FRAMEWORK_RESP,
	};
	struct ffa_regs out = { { 0 } };

	negotiate(vm64, 2);
	for (unsigned int i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		sp_config(ECHO)->behaviour = bad[i];
		out = call(vm64, direct_req(false, 1, ECHO, 1));
		assert_error(&out, FFA_ABORTED);
		out = call(vm64, direct_req2(1, ECHO));
		assert_error(&out, FFA_ABORTED);
	}
	sp_config(ECHO)->behaviour = SPMC_BEHAVE_BUSY;
	assert_error((struct ffa_regs[]){ call(vm64, direct_req(true, 1, ECHO, 1)) }, FFA_BUSY);
	sp_config(ECHO)->behaviour = SPMC_BEHAVE_ERROR;
	sp_config(ECHO)->error = FFA_NO_MEMORY;
	assert_error((struct ffa_regs[]){ call(vm64, direct_req(true, 1, ECHO, 1)) },
		     FFA_NO_MEMORY);
}
END_TEST

/*
 * Only DIRECT_RESP2 answers in x8..x17: after the partition's FFA_ERROR,
 * or ABORTED for a reply the call does not allow, they are the caller's
 * (SMCCC 1.2: preserved), whatever the SPMC left in them.
 */
START_TEST(test_direct_req2_error_keeps_x8_x17)
{
	static const enum spmc_behaviour bad[] = {
		SPMC_BEHAVE_BUSY, SPMC_BEHAVE_WRONG_SOURCE, SPMC_BEHAVE_WRONG_DEST,
		SPMC_BEHAVE_WRONG_FUNC, SPMC_BEHAVE_GARBAGE,
	};
	const struct ffa_regs in = direct_req2(1, ECHO);
	struct ffa_regs out = { { 0 } };

	negotiate(vm64, 2);
	for (unsigned int i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		sp_config(ECHO)->behaviour = bad[i];
		out = call(vm64, in);
		ck_assert_uint_eq(out.x[0], FFA_ERROR_32);
		for (int j = FFA_MSG_REG_COUNT; j < FFA_REG_COUNT; j++)
			ck_assert_uint_eq(out.x[j], in.x[j]);
	}
}
END_TEST

/*
 * A DIRECT_REQ2 refused before it reaches the SPMC: x0..x7 are the error
 * reply alone (w1 zero: no upper half of the request's x1 left), and
 * x8..x17 the caller's, though DIRECT_REQ2's lane writes the request for
 * the SPMC in place before its checks.
 */
START_TEST(test_direct_req2_refusal_keeps_x8_x17)
{
	static const struct {
		uint16_t src, dst;
		int32_t status;
	} cases[] = {
		{ 3, ECHO, FFA_INVALID_PARAMETERS },	/* spoofed source */
		{ 1, 0x8009, FFA_INVALID_PARAMETERS },	/* no such partition */
		{ 1, OPTEE, FFA_DENIED },		/* no DIRECT_REQ2 there */
	};

	negotiate(vm64, 2);
	for (unsigned int i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		struct ffa_regs in = direct_req2(cases[i].src, cases[i].dst);
		struct ffa_regs out;

		in.x[0] |= UINT64_C(0xffffffff00000000);
		in.x[1] |= UINT64_C(0xffffffff00000000);
		refused_here(vm64, in, cases[i].status);
		out = call(vm64, in);
		ck_assert_uint_eq(out.x[0], FFA_ERROR_32);
		ck_assert_uint_eq(out.x[1], 0);
		for (int j = FFA_MSG_REG_COUNT; j < FFA_REG_COUNT; j++)
			ck_assert_uint_eq(out.x[j], in.x[j]);
	}
}
END_TEST

/* The VM's x8..x17 for a call: none zero, so a reply that clears them shows. */
static void mark_x8_x17(struct ffa_regs *in)
{
	for (int j = FFA_MSG_REG_COUNT; j < FFA_REG_COUNT; j++)
		in->x[j] = UINT64_C(0xc0de0000) + (uint64_t)j;
}

static void assert_x8_x17(const struct ffa_regs *out, const struct ffa_regs *in)
{
	for (int j = FFA_MSG_REG_COUNT; j < FFA_REG_COUNT; j++)
		ck_assert_uint_eq(out->x[j], in->x[j]);
}

/*
 * DIRECT_REQ's and FFA_RUN's replies but DIRECT_RESP2 are x0..x7 alone:
 * x8..x17 stay the caller's (SMCCC 1.2: preserved), on the way out as
 * on an error. A DIRECT_RESP2 that FFA_RUN relays brings the partition's
 * payload in them.
 */
START_TEST(test_direct_req_and_run_keep_x8_x17)
{
	struct ffa_interrupt_args irq;
	struct ffa_run_args run;
	struct ffa_regs in = direct_req(true, 1, ECHO, 42);
	struct ffa_regs run_in = { { 0 } };
	struct ffa_regs out;

	negotiate(vm64, 2);
	mark_x8_x17(&in);
	out = call(vm64, in);
	ck_assert_uint_eq(out.x[0], FFA_MSG_SEND_DIRECT_RESP_64);
	assert_x8_x17(&out, &in);
	sp_config(ECHO)->behaviour = SPMC_BEHAVE_GARBAGE;
	out = call(vm64, in);
	assert_error(&out, FFA_ABORTED);
	assert_x8_x17(&out, &in);
	/* Interrupted, then run to its answer and to waiting. */
	sp_config(ECHO)->behaviour = SPMC_BEHAVE_INTERRUPT_ONCE;
	out = call(vm64, in);
	ck_assert_int_eq(ffa_decode_interrupt(&out, FFA_VERSION_1_2, &irq), FFA_OK);
	assert_x8_x17(&out, &in);
	run = (struct ffa_run_args){ .target = irq.endpoint, .vcpu = irq.vcpu };
	ffa_encode_run(&run, FFA_VERSION_1_2, &run_in);
	mark_x8_x17(&run_in);
	out = call(vm64, run_in);
	ck_assert_uint_eq(out.x[0], FFA_MSG_SEND_DIRECT_RESP_64);
	ck_assert_uint_eq(out.x[3], 42);
	assert_x8_x17(&out, &run_in);
	out = call(vm64, run_in);
	ck_assert_uint_eq(out.x[0], FFA_MSG_WAIT_32);
	assert_x8_x17(&out, &run_in);
	/* A DIRECT_REQ2 interrupted: FFA_RUN gets its DIRECT_RESP2, x4..x17 echoed. */
	in = direct_req2(1, ECHO);
	out = call(vm64, in);
	ck_assert_int_eq(ffa_decode_interrupt(&out, FFA_VERSION_1_2, &irq), FFA_OK);
	assert_x8_x17(&out, &in);
	out = call(vm64, run_in);
	ck_assert_uint_eq(out.x[0], FFA_MSG_SEND_DIRECT_RESP2_64);
	for (int j = 4; j < FFA_REG_COUNT; j++)
		ck_assert_uint_eq(out.x[j], 0x100u + (unsigned int)j - 4);
}
END_TEST

START_TEST(test_interrupted_then_run)
{
	struct ffa_interrupt_args irq;
	struct ffa_run_args run;
	struct ffa_regs out = { { 0 } };
	struct ffa_regs in = { { 0 } };

	negotiate(vm64, 2);
	sp_config(ECHO)->behaviour = SPMC_BEHAVE_INTERRUPT_ONCE;
	out = call(vm64, direct_req(true, 1, ECHO, 42));
	ck_assert_int_eq(ffa_decode_interrupt(&out, FFA_VERSION_1_2, &irq), FFA_OK);
	ck_assert_uint_eq(irq.endpoint, ECHO);
	/* The VM resumes the partition's vCPU with FFA_RUN and gets the answer. */
	run = (struct ffa_run_args){ .target = irq.endpoint, .vcpu = irq.vcpu };
	ffa_encode_run(&run, FFA_VERSION_1_2, &in);
	out = call(vm64, in);
	ck_assert_uint_eq(out.x[0], FFA_MSG_SEND_DIRECT_RESP_64);
	ck_assert_uint_eq(out.x[3], 42);
	/* Nothing pending: the partition goes back to waiting. */
	out = call(vm64, in);
	ck_assert_uint_eq(out.x[0], FFA_MSG_WAIT_32);
	/* No such partition or vCPU. */
	run.target = 0x8009;
	ffa_encode_run(&run, FFA_VERSION_1_2, &in);
	refused_here(vm64, in, FFA_INVALID_PARAMETERS);
	run = (struct ffa_run_args){ .target = OPTEE, .vcpu = 4 };
	ffa_encode_run(&run, FFA_VERSION_1_2, &in);
	refused_here(vm64, in, FFA_INVALID_PARAMETERS);
}
END_TEST

/*
 * A VM destroyed while a partition's vCPU holds its preempted request:
 * the mediator runs the request to its end so that a new VM with the id
 * is never its holder. Any answer but another preemption ends it, even
 * one with w0 0 from a broken SPMC (fuzz_spmc found the entry kept then,
 * and the destruction reported complete).
 */
START_TEST(test_destroyed_vm_request_ends_on_any_run_answer)
{
	struct ffa_interrupt_args irq;
	struct ffa_regs out = { { 0 } };

	negotiate(vm64, 2);
	sp_config(ECHO)->behaviour = SPMC_BEHAVE_INTERRUPT_ONCE;
	out = call(vm64, direct_req(true, 1, ECHO, 42));
	ck_assert_int_eq(ffa_decode_interrupt(&out, FFA_VERSION_1_2, &irq), FFA_OK);
	ck_assert(spmc_script_add(&sim.spmc.config, FFA_RUN_32, &(struct ffa_regs){ { 0 } }));
	ck_assert_int_eq(ffa_vm_destroy(med, vm64), FFA_OK);
	for (unsigned int i = 0; i < FFA_MAX_PREEMPTED; i++)
		ck_assert_uint_ne(med->preempted[i].vm, 1);
	ck_assert_uint_eq(sim.spmc.config.script_count, 0);
}
END_TEST

START_TEST(test_yield_relayed)
{
	struct ffa_yield_args y;
	struct ffa_regs out = { { 0 } };

	negotiate(vm64, 2);
	sp_config(ECHO)->behaviour = SPMC_BEHAVE_YIELD_ONCE;
	sp_config(ECHO)->yield_timeout_lo = 1000;
	out = call(vm64, direct_req2(1, ECHO));
	ck_assert_int_eq(ffa_decode_yield(&out, FFA_VERSION_1_2, &y), FFA_OK);
	ck_assert_uint_eq(y.endpoint, ECHO);
	ck_assert_uint_eq(y.timeout_lo, 1000);
}
END_TEST

START_TEST(test_vm_lifecycle_messages)
{
	int32_t status;
	struct ffa_vm *vm;

	/* setup() created VMs 1 and 2: the partition that asked knows them. */
	ck_assert(spmc_vm_known(&sim.spmc, OPTEE, 1));
	ck_assert(spmc_vm_known(&sim.spmc, OPTEE, 2));
	ck_assert(!spmc_vm_known(&sim.spmc, ECHO, 1));
	/* BUSY twice is retried at once. */
	sp_config(OPTEE)->vm_msg = SPMC_VM_MSG_BUSY;
	sp_config(OPTEE)->vm_msg_fail_count = 2;
	ck_assert_int_eq(ffa_vm_destroy(med, vm32), FFA_OK);
	ck_assert(!spmc_vm_known(&sim.spmc, OPTEE, 2));
	/* Busier than that: teardown waits, and the id stays taken. */
	sp_config(OPTEE)->vm_msg = SPMC_VM_MSG_RETRY;
	sp_config(OPTEE)->vm_msg_fail_count = 6;
	ck_assert_int_eq(ffa_vm_destroy(med, vm64), FFA_RETRY);
	ck_assert(spmc_vm_known(&sim.spmc, OPTEE, 1));
	sp_config(OPTEE)->vm_msg = SPMC_VM_MSG_OK;
	ck_assert_ptr_null(ffa_vm_create(med, 1, true, 1, &status));
	ck_assert_int_eq(status, FFA_INVALID_PARAMETERS);
	ck_assert_int_eq(ffa_vm_destroy_poll(med, vm64), FFA_OK);
	ck_assert(!spmc_vm_known(&sim.spmc, OPTEE, 1));
	ck_assert_int_eq(ffa_vm_destroy_poll(med, vm64), FFA_OK);
	vm = ffa_vm_create(med, 1, true, 1, &status);
	ck_assert_ptr_nonnull(vm);
	ck_assert(spmc_vm_known(&sim.spmc, OPTEE, 1));
	vm64 = vm;
}
END_TEST

/*
 * A vCPU that traps after ffa_vm_destroy (racing it, or a hypervisor that
 * did not stop it) gets NOT_SUPPORTED for every call, and nothing it asks
 * for is done: no buffers mapped, nothing sent on.
 */
START_TEST(test_calls_after_destroy)
{
	struct ffa_regs out = { { 0 } };
	uint32_t smcs;

	negotiate(vm64, 2);
	sp_config(OPTEE)->vm_msg = SPMC_VM_MSG_RETRY;
	sp_config(OPTEE)->vm_msg_fail_count = 6;
	ck_assert_int_eq(ffa_vm_destroy(med, vm64), FFA_RETRY);
	smcs = sim.smc_count;
	out = call(vm64, rxtx_map_call(true, TX_IPA, RX_IPA, 1));
	assert_error(&out, FFA_NOT_SUPPORTED);
	ck_assert_uint_eq(sim_live_mappings(&sim, 1), 0);
	assert_error((struct ffa_regs[]){ call(vm64, version_call(1, 2)) }, FFA_NOT_SUPPORTED);
	assert_error((struct ffa_regs[]){ call(vm64, simple_call(FFA_ID_GET_32)) },
		     FFA_NOT_SUPPORTED);
	ck_assert_uint_eq(sim.smc_count, smcs);
	/* A call that passed the gate just before the destroy finds the VM dying. */
	{
		struct ffa_call_ctx ctx = { .m = med, .vm = vm64, .version = FFA_VERSION_1_2 };
		struct ffa_rxtx_map_args a = {
			.smc64 = true, .tx_address = TX_IPA, .rx_address = RX_IPA, .page_count = 1
		};

		ck_assert_int_eq(ffa_handle_rxtx_map(&ctx, &a, &out), FFA_DENIED);
		ck_assert_uint_eq(sim_live_mappings(&sim, 1), 0);
	}
	sp_config(OPTEE)->vm_msg = SPMC_VM_MSG_OK;
	ck_assert_int_eq(ffa_vm_destroy_poll(med, vm64), FFA_OK);
}
END_TEST

START_TEST(test_vm_refused_by_partition)
{
	int32_t status;

	sp_config(OPTEE)->vm_msg = SPMC_VM_MSG_ERROR;
	sp_config(OPTEE)->vm_msg_error = FFA_NO_MEMORY;
	ck_assert_ptr_null(ffa_vm_create(med, 3, true, 1, &status));
	ck_assert_int_eq(status, FFA_NO_MEMORY);
	/* The slot and the id are free again. */
	sp_config(OPTEE)->vm_msg = SPMC_VM_MSG_OK;
	ck_assert_ptr_nonnull(ffa_vm_create(med, 3, true, 1, &status));
}
END_TEST

static void put_message(uint16_t receiver, const char *text, enum ffa_version v)
{
	uint8_t *tx = sim_guest_ptr(&sim, 1, TX_IPA, FFA_PAGE_SIZE);
	const uint32_t endpoints = (uint32_t)ffa_direct_msg_endpoints_set_destination(
		ffa_direct_msg_endpoints_set_source(0, 1), receiver);
	const uint32_t size = (uint32_t)strlen(text);

	if (v >= FFA_VERSION_1_2) {
		struct ffa_partition_msg_header_v1_2 h = { .offset = 64,
							   .endpoints = endpoints,
							   .size = size };

		ck_assert(ffa_partition_msg_header_v1_2_write(tx, FFA_PAGE_SIZE, 0, &h));
	} else {
		struct ffa_partition_msg_header_v1_1 h = { .offset = 64,
							   .endpoints = endpoints,
							   .size = size };

		ck_assert(ffa_partition_msg_header_v1_1_write(tx, FFA_PAGE_SIZE, 0, &h));
	}
	memcpy(tx + 64, text, size);
}

START_TEST(test_send2_to_partition)
{
	uint8_t buf[128];
	uint32_t len = 0;
	struct ffa_regs out = { { 0 } };

	negotiate(vm64, 2);
	map_buffers(vm64, 1);
	put_message(ECHO, "ping", FFA_VERSION_1_2);
	out = call(vm64, simple_call(FFA_MSG_SEND2_32));
	assert_success(&out);
	ck_assert_int_eq(spmc_inbox_take(&sim.spmc, ECHO, buf, sizeof(buf), &len), FFA_OK);
	ck_assert_mem_eq(buf + 64, "ping", 4);
	/* A partition without indirect messages; no partition at all. */
	put_message(OPTEE, "ping", FFA_VERSION_1_2);
	refused_here(vm64, simple_call(FFA_MSG_SEND2_32), FFA_DENIED);
	put_message(0x8009, "ping", FFA_VERSION_1_2);
	refused_here(vm64, simple_call(FFA_MSG_SEND2_32), FFA_INVALID_PARAMETERS);
}
END_TEST

START_TEST(test_send2_to_partition_needs_spmc_layout)
{
	/* A 1.1 VM's 20-byte header is not what the SPMC (at 1.2) reads. */
	negotiate(vm64, 1);
	map_buffers(vm64, 1);
	put_message(ECHO, "ping", FFA_VERSION_1_1);
	refused_here(vm64, simple_call(FFA_MSG_SEND2_32), FFA_DENIED);
}
END_TEST

START_TEST(test_send2_to_partition_needs_registered_buffers)
{
	/* Two pages: more than the SPMC keeps, so it cannot read the TX buffer. */
	negotiate(vm64, 2);
	map_buffers(vm64, 2);
	put_message(ECHO, "ping", FFA_VERSION_1_2);
	refused_here(vm64, simple_call(FFA_MSG_SEND2_32), FFA_DENIED);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("msg");
	TCase *tc = tcase_create("direct_indirect_lifecycle");

	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_direct_req_echo);
	tcase_add_test(tc, test_direct_req_32_forwards_low_halves);
	tcase_add_test(tc, test_direct_req_refusals);
	tcase_add_test(tc, test_direct_req_to_a_listed_vm_denied);
	tcase_add_test(tc, test_direct_req2);
	tcase_add_test(tc, test_misbehaving_partition);
	tcase_add_test(tc, test_direct_req2_error_keeps_x8_x17);
	tcase_add_test(tc, test_direct_req2_refusal_keeps_x8_x17);
	tcase_add_test(tc, test_direct_req_and_run_keep_x8_x17);
	tcase_add_test(tc, test_interrupted_then_run);
	tcase_add_test(tc, test_destroyed_vm_request_ends_on_any_run_answer);
	tcase_add_test(tc, test_yield_relayed);
	tcase_add_test(tc, test_vm_lifecycle_messages);
	tcase_add_test(tc, test_calls_after_destroy);
	tcase_add_test(tc, test_vm_refused_by_partition);
	tcase_add_test(tc, test_send2_to_partition);
	tcase_add_test(tc, test_send2_to_partition_needs_spmc_layout);
	tcase_add_test(tc, test_send2_to_partition_needs_registered_buffers);
	suite_add_tcase(s, tc);
	return check_run(s);
}
