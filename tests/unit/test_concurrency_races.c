/* SPDX-License-Identifier: MIT */
/*
 * Two calls at the same moment on one object (run under ThreadSanitizer
 * by ./run test): two senders filling one RX buffer, RX_RELEASE racing a
 * delivery, two RECLAIMs of one handle, a share racing RXTX_UNMAP, the
 * same page shared twice at once, two VMs' sorted overlap checks at once;
 * and no lock held across a call into the
 * SPMC that another VM's call needs. Each round starts both calls at a
 * barrier and checks the outcome the specification allows: one winner,
 * the loser's defined error, and the state that matches.
 */
/* pthread barriers and clock_gettime under -std=c11. */
#define _POSIX_C_SOURCE 200809L
#include <check.h>
#include <errno.h>
#include <stdio.h>
#include <pthread.h>
#include <string.h>
#include <time.h>

#include "check_run.h"
#include "internal.h"
#include "mem_desc.h"
#include "sim_platform.h"

#define ROUNDS 100
#define IPA_BASE UINT64_C(0x40000000)
#define TX_IPA (IPA_BASE + 0x10000)
#define RX_IPA (IPA_BASE + 0x20000)
#define PAGE_IPA (IPA_BASE + 0x30000)

static struct sim_platform sim;
static struct ffa_mediator *med;
static struct ffa_vm *vms[3];

static struct ffa_regs call(struct ffa_vm *vm, uint16_t vcpu, struct ffa_regs in)
{
	ck_assert(ffa_handle_call(med, vm, vcpu, &in));
	return in;
}

static bool is_success(const struct ffa_regs *r)
{
	return r->x[0] == FFA_SUCCESS_32 || r->x[0] == FFA_SUCCESS_64;
}

static int32_t status_of(const struct ffa_regs *r)
{
	return r->x[0] == FFA_ERROR_32 ? (int32_t)(uint32_t)r->x[2] : FFA_OK;
}

/* VMs 1..3, AArch64, two vCPUs, at 1.2 with one-page buffers. */
static void boot(void)
{
	int32_t status;

	ck_assert_int_eq(sim_boot(&sim, NULL, &med), FFA_OK);
	for (uint16_t id = 1; id <= 3; id++) {
		ck_assert_int_eq(sim_add_vm(&sim, id, IPA_BASE, 64 * FFA_PAGE_SIZE), 0);
		vms[id - 1] = ffa_vm_create(med, id, true, 2, &status);
		ck_assert_ptr_nonnull(vms[id - 1]);
		ck_assert_uint_eq(call(vms[id - 1], 0,
				       (struct ffa_regs){ .x = { FFA_VERSION_32, 0x10002 } })
					  .x[0],
				  FFA_VERSION_1_2);
		ck_assert(is_success((struct ffa_regs[]){
			call(vms[id - 1], 0,
			     (struct ffa_regs){ .x = { FFA_RXTX_MAP_64, TX_IPA, RX_IPA, 1 } }) }));
	}
}

static void shutdown(void)
{
	for (uint16_t id = 1; id <= 3; id++) {
		ck_assert_int_eq(ffa_vm_destroy(med, vms[id - 1]), FFA_OK);
		ck_assert_uint_eq(sim_live_mappings(&sim, id), 0);
		ck_assert_uint_eq(sim_claimed_pages(&sim, id), 0);
	}
	ck_assert_uint_eq(spmc_transaction_count(&sim.spmc), 0);
	sim_fini(&sim);
}

/* Two calls released together, round after round. */
struct racer {
	pthread_barrier_t *start;
	struct ffa_vm *vm;
	uint16_t vcpu;
	struct ffa_regs in;
	struct ffa_regs out;
};

static void *race_one(void *arg)
{
	struct racer *r = arg;

	pthread_barrier_wait(r->start);
	r->out = call(r->vm, r->vcpu, r->in);
	return NULL;
}

/* a and b at once; their replies in a->out and b->out. */
static void race(struct racer *a, struct racer *b)
{
	pthread_barrier_t start;
	pthread_t ta, tb;

	pthread_barrier_init(&start, NULL, 2);
	a->start = b->start = &start;
	ck_assert_int_eq(pthread_create(&ta, NULL, race_one, a), 0);
	ck_assert_int_eq(pthread_create(&tb, NULL, race_one, b), 0);
	pthread_join(ta, NULL);
	pthread_join(tb, NULL);
	pthread_barrier_destroy(&start);
}

/* An indirect message from vm to receiver carrying seq, in vm's TX buffer. */
static void write_message(const struct ffa_vm *vm, uint16_t receiver, uint32_t seq)
{
	uint8_t *tx = sim_guest_ptr(&sim, vm->id, TX_IPA, FFA_PAGE_SIZE);
	const struct ffa_partition_msg_header_v1_2 h = {
		.offset = 64, .endpoints = (uint32_t)vm->id << 16 | receiver, .size = sizeof(seq),
	};

	ffa_partition_msg_header_v1_2_write(tx, FFA_PAGE_SIZE, 0, &h);
	memcpy(tx + 64, &seq, sizeof(seq));
}

/* What VM 3's RX buffer holds: the sender and the sequence number. */
static void read_message(uint16_t *sender, uint32_t *seq)
{
	const uint8_t *rx = sim_guest_ptr(&sim, 3, RX_IPA, FFA_PAGE_SIZE);
	struct ffa_partition_msg_header_v1_2 h;

	ck_assert(ffa_partition_msg_header_v1_2_read(rx, FFA_PAGE_SIZE, 0, &h));
	ck_assert_uint_ge(h.offset, FFA_PARTITION_MSG_HEADER_V1_2_SIZE);
	ck_assert_uint_le(h.offset, FFA_PAGE_SIZE - sizeof(*seq));
	ck_assert_uint_eq(h.size, sizeof(*seq));
	ck_assert_uint_eq(h.endpoints & 0xffff, 3);
	*sender = (uint16_t)(h.endpoints >> 16);
	memcpy(seq, rx + h.offset, sizeof(*seq));
}

/*
 * VMs 1 and 2 send to VM 3 at once: one message gets the free RX buffer,
 * whole; the other sender hears BUSY (DEN0077A v1.2 §17.5: the receiver's
 * buffer is full) and nothing of its message is mixed in.
 */
START_TEST(test_two_senders_one_rx_buffer)
{
	unsigned int wins[2] = { 0, 0 };

	boot();
	sim.allow[1][3] = sim.allow[2][3] = true;
	for (uint32_t round = 0; round < ROUNDS; round++) {
		struct racer a = { .vm = vms[0], .in = { .x = { FFA_MSG_SEND2_32 } } };
		struct racer b = { .vm = vms[1], .in = { .x = { FFA_MSG_SEND2_32 } } };
		uint16_t sender;
		uint32_t seq;

		write_message(vms[0], 3, 2 * round);
		write_message(vms[1], 3, 2 * round + 1);
		race(&a, &b);
		ck_assert_msg(is_success(&a.out) != is_success(&b.out), "round %u: %d and %d",
			      round, status_of(&a.out), status_of(&b.out));
		ck_assert_int_eq(status_of(is_success(&a.out) ? &b.out : &a.out), FFA_BUSY);
		read_message(&sender, &seq);
		ck_assert_uint_eq(sender, is_success(&a.out) ? 1 : 2);
		ck_assert_uint_eq(seq, 2 * round + (sender == 2));
		wins[sender - 1]++;
		ck_assert(is_success((struct ffa_regs[]){
			call(vms[2], 0, (struct ffa_regs){ .x = { FFA_RX_RELEASE_32 } }) }));
	}
	ck_assert_uint_eq(wins[0] + wins[1], ROUNDS);
	fprintf(stderr, "two senders, one RX buffer: VM 1 first %u times, VM 2 %u\n", wins[0],
		wins[1]);
	shutdown();
}
END_TEST

/*
 * VM 3 releases a full RX buffer while VM 2 sends to it: the send gets
 * the buffer only after the release (success, and the buffer full with
 * its message) or finds it still full (BUSY, and the buffer free after the
 * release). The release never frees the new message.
 */
START_TEST(test_rx_release_racing_a_delivery)
{
	unsigned int delivered = 0;

	boot();
	sim.allow[1][3] = sim.allow[2][3] = true;
	for (uint32_t round = 0; round < ROUNDS; round++) {
		struct racer rel = { .vm = vms[2], .in = { .x = { FFA_RX_RELEASE_32 } } };
		struct racer send = { .vm = vms[1], .in = { .x = { FFA_MSG_SEND2_32 } } };

		write_message(vms[0], 3, round);
		ck_assert(is_success((struct ffa_regs[]){
			call(vms[0], 0, (struct ffa_regs){ .x = { FFA_MSG_SEND2_32 } }) }));
		write_message(vms[1], 3, 1000 + round);
		race(&rel, &send);
		ck_assert(is_success(&rel.out));
		if (is_success(&send.out)) {
			uint16_t sender;
			uint32_t seq;

			ck_assert_int_eq(vms[2]->rxtx.rx_state, FFA_RX_FULL);
			read_message(&sender, &seq);
			ck_assert_uint_eq(sender, 2);
			ck_assert_uint_eq(seq, 1000 + round);
			ck_assert(is_success((struct ffa_regs[]){ call(
				vms[2], 0, (struct ffa_regs){ .x = { FFA_RX_RELEASE_32 } }) }));
			delivered++;
		} else {
			ck_assert_int_eq(status_of(&send.out), FFA_BUSY);
			ck_assert_int_eq(vms[2]->rxtx.rx_state, FFA_RX_FREE);
		}
	}
	fprintf(stderr, "RX_RELEASE racing a delivery: %u of %u deliveries after the release\n",
		delivered, ROUNDS);
	shutdown();
}
END_TEST

/* VM vm shares page ipa with partition 0x8001 from vCPU 0; the handle. */
static uint32_t write_share(const struct ffa_vm *vm, uint64_t ipa)
{
	const struct ffa_mem_constituent_v1_0 c = { .address = ipa, .page_count = 1 };

	return mem_desc_write(sim_guest_ptr(&sim, vm->id, TX_IPA, FFA_PAGE_SIZE), vm->id, 0x8001,
			      mem_desc_normal_wb(), mem_desc_rw(), &c, 1);
}

static uint64_t share(struct ffa_vm *vm, uint64_t ipa)
{
	const uint32_t len = write_share(vm, ipa);
	struct ffa_regs r = call(vm, 0, (struct ffa_regs){ .x = { FFA_MEM_SHARE_32, len, len } });

	ck_assert(is_success(&r));
	return (uint32_t)r.x[2] | r.x[3] << 32;
}

static struct ffa_regs reclaim_call(uint64_t handle)
{
	return (struct ffa_regs){ .x = { FFA_MEM_RECLAIM_32, (uint32_t)handle, handle >> 32 } };
}

/*
 * Two vCPUs of VM 1 reclaim one handle at once: exactly one gets SUCCESS,
 * the other INVALID_PARAMETERS (no such handle any more, DEN0077A v1.2
 * §11.4); the pages are given back once.
 */
START_TEST(test_two_reclaims_of_one_handle)
{
	boot();
	for (uint32_t round = 0; round < ROUNDS; round++) {
		const uint64_t handle = share(vms[0], PAGE_IPA);
		struct racer a = { .vm = vms[0], .vcpu = 0, .in = reclaim_call(handle) };
		struct racer b = { .vm = vms[0], .vcpu = 1, .in = reclaim_call(handle) };

		race(&a, &b);
		ck_assert_msg(is_success(&a.out) != is_success(&b.out), "round %u: %d and %d",
			      round, status_of(&a.out), status_of(&b.out));
		ck_assert_int_eq(status_of(is_success(&a.out) ? &b.out : &a.out),
				 FFA_INVALID_PARAMETERS);
		ck_assert_uint_eq(sim_claimed_pages(&sim, 1), 0);
		ck_assert_uint_eq(vms[0]->share_count, 0);
		ck_assert_ptr_null(spmc_transaction_of(&sim.spmc, handle));
	}
	shutdown();
}
END_TEST

/*
 * VM 1 shares from vCPU 0 while vCPU 1 unmaps the buffers: the unmap
 * succeeds; the share either read its descriptor first (SUCCESS: the
 * transaction at the SPMC, the page held) or found no TX buffer
 * (INVALID_PARAMETERS, as Hafnium's api_ffa_mem_send() answers without
 * one, and nothing held, nothing at the SPMC).
 */
START_TEST(test_share_racing_rxtx_unmap)
{
	unsigned int shared = 0;

	boot();
	for (uint32_t round = 0; round < ROUNDS; round++) {
		const uint32_t len = write_share(vms[0], PAGE_IPA);
		struct racer s = { .vm = vms[0],
				   .vcpu = 0,
				   .in = { .x = { FFA_MEM_SHARE_32, len, len } } };
		struct racer u = { .vm = vms[0], .vcpu = 1, .in = { .x = { FFA_RXTX_UNMAP_32 } } };

		race(&s, &u);
		ck_assert(is_success(&u.out));
		ck_assert(!vms[0]->rxtx.mapped);
		ck_assert_uint_eq(sim_live_mappings(&sim, 1), 0);
		if (is_success(&s.out)) {
			const uint64_t handle = (uint32_t)s.out.x[2] | s.out.x[3] << 32;

			ck_assert_ptr_nonnull(spmc_transaction_of(&sim.spmc, handle));
			ck_assert_uint_eq(sim_claimed_pages(&sim, 1), 1);
			ck_assert(is_success(
				(struct ffa_regs[]){ call(vms[0], 0, reclaim_call(handle)) }));
			shared++;
		} else {
			ck_assert_int_eq(status_of(&s.out), FFA_INVALID_PARAMETERS);
			ck_assert_uint_eq(spmc_transaction_count(&sim.spmc), 0);
		}
		ck_assert_uint_eq(sim_claimed_pages(&sim, 1), 0);
		ck_assert(is_success((struct ffa_regs[]){
			call(vms[0], 0,
			     (struct ffa_regs){ .x = { FFA_RXTX_MAP_64, TX_IPA, RX_IPA, 1 } }) }));
	}
	fprintf(stderr, "share racing RXTX_UNMAP: %u of %u shares first\n", shared, ROUNDS);
	shutdown();
}
END_TEST

/*
 * Two vCPUs of VM 1 share the same page at once (one descriptor in its TX
 * buffer): one transaction only; the other call is refused (DENIED: the
 * page is in a transaction already) and holds nothing.
 */
START_TEST(test_same_page_shared_twice_at_once)
{
	boot();
	for (uint32_t round = 0; round < ROUNDS; round++) {
		const uint32_t len = write_share(vms[0], PAGE_IPA);
		struct racer a = { .vm = vms[0],
				   .vcpu = 0,
				   .in = { .x = { FFA_MEM_SHARE_32, len, len } } };
		struct racer b = { .vm = vms[0],
				   .vcpu = 1,
				   .in = { .x = { FFA_MEM_SHARE_32, len, len } } };
		const struct racer *won;

		race(&a, &b);
		ck_assert_msg(is_success(&a.out) != is_success(&b.out), "round %u: %d and %d",
			      round, status_of(&a.out), status_of(&b.out));
		won = is_success(&a.out) ? &a : &b;
		ck_assert_int_eq(status_of(won == &a ? &b.out : &a.out), FFA_DENIED);
		ck_assert_uint_eq(spmc_transaction_count(&sim.spmc), 1);
		ck_assert_uint_eq(sim_claimed_pages(&sim, 1), 1);
		ck_assert_uint_eq(vms[0]->share_count, 1);
		ck_assert(is_success((struct ffa_regs[]){ call(
			vms[0], 0, reclaim_call((uint32_t)won->out.x[2] | won->out.x[3] << 32)) }));
	}
	shutdown();
}
END_TEST

/* Unbacked VM memory for many one-page ranges, the same IPAs in each VM. */
#define RANGES_IPA UINT64_C(0x100000000)
#define RANGES 40

/*
 * VM vm's share of RANGES one-page ranges from RANGES_IPA to 0x8001,
 * every other page, range dup (if below RANGES) on range dup - 10's page.
 */
static uint32_t write_ranges(const struct ffa_vm *vm, uint32_t dup)
{
	struct ffa_mem_constituent_v1_0 c[RANGES];

	for (uint32_t i = 0; i < RANGES; i++) {
		const uint64_t page = i == dup ? i - 10 : i;

		c[i] = (struct ffa_mem_constituent_v1_0){
			.address = RANGES_IPA + page * 2 * FFA_PAGE_SIZE, .page_count = 1
		};
	}
	return mem_desc_write(sim_guest_ptr(&sim, vm->id, TX_IPA, FFA_PAGE_SIZE), vm->id, 0x8001,
			      mem_desc_normal_wb(), mem_desc_rw(), c, RANGES);
}

/*
 * VMs 1 and 2 each share 40 ranges at once, more than the mediator
 * compares pair by pair, so both sort them in the one scratch array of
 * the shares lock: VM 1's descriptor is good (SUCCESS, its 40 pages held),
 * VM 2's names a page twice (INVALID_PARAMETERS, nothing held), every
 * round, whichever call sorts first.
 */
START_TEST(test_sorted_checks_at_once)
{
	boot();
	for (uint16_t id = 1; id <= 2; id++)
		sim_add_unbacked(&sim, id, RANGES_IPA, (uint64_t)2 * RANGES * FFA_PAGE_SIZE);
	for (uint32_t round = 0; round < ROUNDS; round++) {
		const uint32_t good = write_ranges(vms[0], RANGES);
		const uint32_t bad = write_ranges(vms[1], 30);
		struct racer a = { .vm = vms[0],
				   .vcpu = 0,
				   .in = { .x = { FFA_MEM_SHARE_32, good, good } } };
		struct racer b = { .vm = vms[1],
				   .vcpu = 0,
				   .in = { .x = { FFA_MEM_SHARE_32, bad, bad } } };

		race(&a, &b);
		ck_assert_msg(is_success(&a.out), "round %u: %d", round, status_of(&a.out));
		ck_assert_int_eq(status_of(&b.out), FFA_INVALID_PARAMETERS);
		ck_assert_uint_eq(sim_claimed_pages(&sim, 1), RANGES);
		ck_assert_uint_eq(sim_claimed_pages(&sim, 2), 0);
		ck_assert(is_success((struct ffa_regs[]){
			call(vms[0], 0, reclaim_call((uint32_t)a.out.x[2] | a.out.x[3] << 32)) }));
	}
	shutdown();
}
END_TEST

/*
 * --- no lock held across an SPMC call that another VM's call needs ------
 *
 * The SPMC stops in VM 1's call (the platform's SMC op blocks before the
 * simulated SPMC runs it, as a partition that takes its time would) until
 * VM 2's calls, which all reach the SPMC, are done. A lock of the mediator
 * held across VM 1's SMC that VM 2's calls need would stop them: the
 * SPMC gives up after STALL_SECONDS, and the test fails. (A share from
 * VM 1 stalled in the SPMC does hold up VM 2's share: the SPMC reads the
 * descriptor from the hypervisor's one TX buffer during that call, so its
 * lock is held across it, as runtime/include/ffa/mediator.h says. Stalling
 * in FFA_MEM_SHARE here makes this test fail, which shows it can.)
 */
#define STALL_SECONDS 10

static struct {
	pthread_mutex_t lock;
	pthread_cond_t cond;
	uint32_t stall_fid;       /* the call of VM 1 the SPMC stalls in */
	bool stalled;             /* VM 1's call is in the SPMC */
	bool go_on;               /* VM 2 is done: let VM 1's call finish */
	bool gave_up;             /* VM 2 did not finish in time */
} stall;

static void (*sim_smc)(void *ctx, struct ffa_regs *regs);

/* Is this SMC VM 1's call the test stalls in? */
static bool stalls(const struct ffa_regs *regs)
{
	const uint32_t fid = (uint32_t)regs->x[0];

	if (fid != stall.stall_fid)
		return false;
	if (fid == FFA_MSG_SEND_DIRECT_REQ_64)
		return (regs->x[1] >> 16 & 0xffff) == 1;
	return (regs->x[1] & 0xffff) == 1; /* NOTIFICATION_GET: w1[15:0] the VM */
}

static void stalling_smc(void *ctx, struct ffa_regs *regs)
{
	pthread_mutex_lock(&stall.lock);
	if (!stall.stalled && stalls(regs)) {
		struct timespec until;

		clock_gettime(CLOCK_REALTIME, &until);
		until.tv_sec += STALL_SECONDS;
		stall.stalled = true;
		pthread_cond_broadcast(&stall.cond);
		while (!stall.go_on && !stall.gave_up)
			stall.gave_up = pthread_cond_timedwait(&stall.cond, &stall.lock, &until) ==
					ETIMEDOUT;
	}
	pthread_mutex_unlock(&stall.lock);
	sim_smc(ctx, regs);
}

static void *stalled_vm(void *arg)
{
	struct ffa_regs *r = arg;

	*r = call(vms[0], 0, *r);
	return NULL;
}

/* VM 2's calls: each goes to the SPMC, none may wait for VM 1's. */
static void other_vm_calls(void)
{
	static const uint64_t payload[FFA_MSG_SEND_DIRECT_REQ_ARGS_PAYLOAD_COUNT] = { 42 };
	struct ffa_msg_send_direct_req_args req = {
		.smc64 = true, .source = 2, .destination = 0x8001, .payload = payload
	};
	struct ffa_regs r = { { 0 } };
	uint64_t handle;

	ffa_encode_msg_send_direct_req(&req, FFA_VERSION_1_2, &r);
	r = call(vms[1], 0, r);
	ck_assert_uint_eq(r.x[0], FFA_MSG_SEND_DIRECT_RESP_64);
	ck_assert_uint_eq(r.x[3], 42);
	handle = share(vms[1], PAGE_IPA);
	ck_assert(is_success((struct ffa_regs[]){ call(vms[1], 0, reclaim_call(handle)) }));
	r = call(vms[1], 0, (struct ffa_regs){ .x = { FFA_NOTIFICATION_GET_32, 2, 0xf } });
	ck_assert(is_success(&r));
	ck_assert(is_success((struct ffa_regs[]){
		call(vms[1], 0, (struct ffa_regs){ .x = { FFA_RXTX_UNMAP_32 } }) }));
	ck_assert(is_success((struct ffa_regs[]){ call(
		vms[1], 0, (struct ffa_regs){ .x = { FFA_RXTX_MAP_64, TX_IPA, RX_IPA, 1 } }) }));
}

static void stall_in(uint32_t fid, struct ffa_regs vm1_call, uint32_t vm1_reply)
{
	struct ffa_regs r = vm1_call;
	pthread_t t;
	bool gave_up;

	boot();
	pthread_mutex_init(&stall.lock, NULL);
	pthread_cond_init(&stall.cond, NULL);
	stall.stall_fid = fid;
	stall.stalled = stall.go_on = stall.gave_up = false;
	sim_smc = sim.ops.smc;
	sim.ops.smc = stalling_smc;
	ck_assert_int_eq(pthread_create(&t, NULL, stalled_vm, &r), 0);
	pthread_mutex_lock(&stall.lock);
	while (!stall.stalled)
		pthread_cond_wait(&stall.cond, &stall.lock);
	pthread_mutex_unlock(&stall.lock);
	other_vm_calls();
	pthread_mutex_lock(&stall.lock);
	stall.go_on = true;
	gave_up = stall.gave_up;
	pthread_cond_broadcast(&stall.cond);
	pthread_mutex_unlock(&stall.lock);
	pthread_join(t, NULL);
	ck_assert_msg(!gave_up, "VM 2's calls waited for VM 1's call in the SPMC");
	ck_assert_uint_eq(r.x[0], vm1_reply);
	sim.ops.smc = sim_smc;
	shutdown();
	pthread_cond_destroy(&stall.cond);
	pthread_mutex_destroy(&stall.lock);
}

START_TEST(test_no_lock_across_a_direct_request)
{
	static const uint64_t payload[FFA_MSG_SEND_DIRECT_REQ_ARGS_PAYLOAD_COUNT] = { 7 };
	struct ffa_msg_send_direct_req_args req = {
		.smc64 = true, .source = 1, .destination = 0x8001, .payload = payload
	};
	struct ffa_regs r = { { 0 } };

	ffa_encode_msg_send_direct_req(&req, FFA_VERSION_1_2, &r);
	stall_in(FFA_MSG_SEND_DIRECT_REQ_64, r, FFA_MSG_SEND_DIRECT_RESP_64);
}
END_TEST

START_TEST(test_no_lock_across_a_notification_get)
{
	stall_in(FFA_NOTIFICATION_GET_32,
		 (struct ffa_regs){ .x = { FFA_NOTIFICATION_GET_32, 1, 0xf } }, FFA_SUCCESS_32);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("concurrency_races");
	TCase *tc = tcase_create("races");

	tcase_set_timeout(tc, 300);
	tcase_add_test(tc, test_two_senders_one_rx_buffer);
	tcase_add_test(tc, test_rx_release_racing_a_delivery);
	tcase_add_test(tc, test_two_reclaims_of_one_handle);
	tcase_add_test(tc, test_share_racing_rxtx_unmap);
	tcase_add_test(tc, test_same_page_shared_twice_at_once);
	tcase_add_test(tc, test_sorted_checks_at_once);
	tcase_add_test(tc, test_no_lock_across_a_direct_request);
	tcase_add_test(tc, test_no_lock_across_a_notification_get);
	suite_add_tcase(s, tc);
	return check_run(s);
}
