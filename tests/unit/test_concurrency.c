/* SPDX-License-Identifier: MIT */
/*
 * Several vCPUs of several VMs calling at once (run under ThreadSanitizer
 * by ./run test): version negotiation, discovery, and RX buffer ownership
 * racing with unmapping. Every reply must be one the specification allows
 * for the state the VM could be in, and nothing may leak.
 */
#include <check.h>
#include <pthread.h>
#include <sched.h>
#include <stdlib.h>
#include <string.h>

#include "check_run.h"
#include "mediator_access.h"
#include "mem_desc.h"
#include "sim_platform.h"

#define VMS 3
#define ROUNDS 300
#define IPA_BASE UINT64_C(0x40000000)
#define TX_IPA (IPA_BASE + 0x10000)
#define RX_IPA (IPA_BASE + 0x20000)

static struct sim_platform sim;
static struct ffa_mediator *med;
static struct ffa_vm *vms[VMS];

struct worker {
	struct ffa_vm *vm;
	bool *mapper_done;       /* the VM's mapper has finished */
	uint16_t vcpu;
	unsigned int got_info;   /* PARTITION_INFO_GET successes */
	unsigned int released;   /* RX_RELEASE successes */
	unsigned int bad;        /* replies the specification does not allow */
};

static struct ffa_regs call(struct worker *w, struct ffa_regs in)
{
	if (!ffa_handle_call(med, w->vm, w->vcpu, &in))
		w->bad++;
	return in;
}

static bool is_error(const struct ffa_regs *r, int32_t status)
{
	return r->x[0] == FFA_ERROR_32 && (int32_t)(uint32_t)r->x[2] == status;
}

static bool is_success(const struct ffa_regs *r)
{
	return r->x[0] == FFA_SUCCESS_32 || r->x[0] == FFA_SUCCESS_64;
}

static void read_once(struct worker *w)
{
	struct ffa_regs r = call(w, (struct ffa_regs){ .x = { FFA_PARTITION_INFO_GET_32 } });

	if (is_success(&r)) {
		w->got_info++;
		r = call(w, (struct ffa_regs){ .x = { FFA_RX_RELEASE_32 } });
		/* The mapper may have unmapped the buffer meanwhile. */
		if (is_success(&r))
			w->released++;
		else if (!is_error(&r, FFA_DENIED))
			w->bad++;
	} else if (!is_error(&r, FFA_BUSY)) {
		w->bad++;
	}
}

/*
 * vCPU 0: discovery through the RX buffer, releasing what it got, while
 * the mapper works and then as many rounds with the buffers in place.
 */
static void *reader(void *arg)
{
	struct worker *w = arg;

	while (!__atomic_load_n(w->mapper_done, __ATOMIC_ACQUIRE))
		read_once(w);
	for (int i = 0; i < ROUNDS; i++)
		read_once(w);
	return NULL;
}

/* vCPU 1: unmapping and mapping the buffers under the reader's feet. */
static void *mapper(void *arg)
{
	struct worker *w = arg;

	for (int i = 0; i < ROUNDS; i++) {
		struct ffa_regs r = call(w, (struct ffa_regs){ .x = { FFA_RXTX_UNMAP_32 } });

		if (!is_success(&r) && !is_error(&r, FFA_INVALID_PARAMETERS))
			w->bad++;
		r = call(w, (struct ffa_regs){ .x = { FFA_RXTX_MAP_64, TX_IPA, RX_IPA, 1 } });
		if (!is_success(&r) && !is_error(&r, FFA_DENIED))
			w->bad++;
	}
	__atomic_store_n(w->mapper_done, true, __ATOMIC_RELEASE);
	return NULL;
}

/* vCPU 2: register-only calls, and the same version again and again. */
static void *asker(void *arg)
{
	struct worker *w = arg;

	for (int i = 0; i < ROUNDS; i++) {
		struct ffa_regs r = call(w, (struct ffa_regs){ .x = { FFA_VERSION_32, 0x10002 } });

		if (r.x[0] != FFA_VERSION_1_2)
			w->bad++;
		r = call(w, (struct ffa_regs){ .x = { FFA_FEATURES_32, FFA_RXTX_MAP_64 } });
		w->bad += !is_success(&r);
		r = call(w, (struct ffa_regs){ .x = { FFA_PARTITION_INFO_GET_REGS_64 } });
		w->bad += !is_success(&r);
		r = call(w, (struct ffa_regs){ .x = { FFA_ID_GET_32 } });
		w->bad += r.x[2] != w->vm->id;
	}
	return NULL;
}

START_TEST(test_vcpus_of_several_vms)
{
	void *(*roles[3])(void *) = { reader, mapper, asker };
	struct worker workers[VMS][3];
	bool mapper_done[VMS] = { false };
	pthread_t threads[VMS][3];
	int32_t status;

	ck_assert_int_eq(sim_boot(&sim, NULL, &med), FFA_OK);
	for (int v = 0; v < VMS; v++) {
		struct ffa_regs r = { .x = { FFA_VERSION_32, 0x10002 } };

		ck_assert_int_eq(sim_add_vm(&sim, (uint16_t)(v + 1), IPA_BASE, 64 * FFA_PAGE_SIZE),
				 0);
		vms[v] = ffa_vm_create(med, (uint16_t)(v + 1), true, 3, &status);
		ck_assert_ptr_nonnull(vms[v]);
		ck_assert(ffa_handle_call(med, vms[v], 0, &r));
	}
	for (int v = 0; v < VMS; v++) {
		for (int c = 0; c < 3; c++) {
			workers[v][c] = (struct worker){ .vm = vms[v],
							 .mapper_done = &mapper_done[v],
							 .vcpu = (uint16_t)c };
			ck_assert_int_eq(
				pthread_create(&threads[v][c], NULL, roles[c], &workers[v][c]), 0);
		}
	}
	for (int v = 0; v < VMS; v++) {
		for (int c = 0; c < 3; c++) {
			pthread_join(threads[v][c], NULL);
			ck_assert_uint_eq(workers[v][c].bad, 0);
		}
		/*
		 * Every release matched a discovery that filled the buffer, and
		 * with the buffers left in place every round got through.
		 */
		ck_assert_uint_le(workers[v][0].released, workers[v][0].got_info);
		ck_assert_uint_ge(workers[v][0].got_info, ROUNDS);
	}
	for (int v = 0; v < VMS; v++) {
		uint16_t id = vms[v]->id;

		ffa_vm_destroy(med, vms[v]);
		ck_assert_uint_eq(sim_live_mappings(&sim, id), 0);
		ck_assert(spmc_buffers_of(&sim.spmc, id) == NULL ||
			  !spmc_buffers_of(&sim.spmc, id)->mapped);
	}
	sim_fini(&sim);
}
END_TEST

/* ------------------------------------------------------------ messages */

#define MSGS 200

/* One VM's view of the ring 1 -> 2 -> 3 -> 1 of indirect messages. */
struct ring_vm {
	struct ffa_vm *vm;
	uint16_t next;               /* receiver of this VM's messages */
	int delivered;               /* set by the sender: my RX holds one */
	unsigned int seen[MSGS];     /* times each of my sender's messages arrived */
	unsigned int bad;
	uint64_t echo_mixups;        /* direct responses that were not ours */
};

static struct ring_vm ring[VMS];

static void write_message(struct ring_vm *r, uint32_t seq)
{
	uint8_t *tx = sim_guest_ptr(&sim, r->vm->id, TX_IPA, FFA_PAGE_SIZE);
	struct ffa_partition_msg_header_v1_2 h = {
		.offset = 64,
		.endpoints = (uint32_t)ffa_direct_msg_endpoints_set_destination(
			ffa_direct_msg_endpoints_set_source(0, r->vm->id), r->next),
		.size = sizeof(seq),
	};

	ffa_partition_msg_header_v1_2_write(tx, FFA_PAGE_SIZE, 0, &h);
	memcpy(tx + 64, &seq, sizeof(seq));
}

/* vCPU 0 of each VM: sends MSGS messages to the next VM, one at a time. */
static void *ring_sender(void *arg)
{
	struct ring_vm *r = arg;
	struct ring_vm *to = &ring[r->next - 1];
	struct worker w = { .vm = r->vm, .vcpu = 0 };

	for (uint32_t seq = 0; seq < MSGS; seq++) {
		struct ffa_regs out = { { 0 } };

		write_message(r, seq);
		do {
			out = call(&w, (struct ffa_regs){ .x = { FFA_MSG_SEND2_32 } });
		} while (is_error(&out, FFA_BUSY));
		if (!is_success(&out)) {
			r->bad++;
			continue;
		}
		__atomic_store_n(&to->delivered, 1, __ATOMIC_RELEASE);
		/* Wait until the receiver took it, so the TX buffer is ours again. */
		while (__atomic_load_n(&to->delivered, __ATOMIC_ACQUIRE))
			;
	}
	return NULL;
}

/* vCPU 1 of each VM: takes what arrives in its RX buffer. */
static void *ring_receiver(void *arg)
{
	struct ring_vm *r = arg;
	struct worker w = { .vm = r->vm, .vcpu = 1 };
	const uint8_t *rx = sim_guest_ptr(&sim, r->vm->id, RX_IPA, FFA_PAGE_SIZE);

	for (uint32_t got = 0; got < MSGS; got++) {
		struct ffa_partition_msg_header_v1_2 h;
		uint32_t seq;

		while (!__atomic_load_n(&r->delivered, __ATOMIC_ACQUIRE))
			;
		ffa_partition_msg_header_v1_2_read(rx, FFA_PAGE_SIZE, 0, &h);
		memcpy(&seq, rx + h.offset, sizeof(seq));
		if (seq < MSGS)
			r->seen[seq]++;
		else
			r->bad++;
		r->bad += !is_success((struct ffa_regs[]){
			call(&w, (struct ffa_regs){ .x = { FFA_RX_RELEASE_32 } }) });
		__atomic_store_n(&r->delivered, 0, __ATOMIC_RELEASE);
	}
	return NULL;
}

/* vCPU 2 of each VM: direct requests with its own payload, echoed back. */
static void *direct_sender(void *arg)
{
	struct ring_vm *r = arg;
	struct worker w = { .vm = r->vm, .vcpu = 2 };

	for (uint64_t i = 0; i < MSGS; i++) {
		const uint64_t mine = ((uint64_t)r->vm->id << 32) | i;
		const uint64_t payload[FFA_MSG_SEND_DIRECT_REQ_ARGS_PAYLOAD_COUNT] = { mine };
		struct ffa_msg_send_direct_req_args a = {
			.smc64 = true,
			.source = r->vm->id,
			.destination = 0x8001,
			.payload = payload,
		};
		struct ffa_regs out = { { 0 } };

		ffa_encode_msg_send_direct_req(&a, FFA_VERSION_1_2, &out);
		out = call(&w, out);

		if (out.x[0] != FFA_MSG_SEND_DIRECT_RESP_64 || out.x[3] != mine)
			r->echo_mixups++;
	}
	return NULL;
}

START_TEST(test_messages_not_lost_or_doubled)
{
	void *(*roles[3])(void *) = { ring_sender, ring_receiver, direct_sender };
	pthread_t threads[VMS][3];
	int32_t status;

	ck_assert_int_eq(sim_boot(&sim, NULL, &med), FFA_OK);
	for (int v = 0; v < VMS; v++) {
		const uint16_t id = (uint16_t)(v + 1);
		struct worker w;

		ck_assert_int_eq(sim_add_vm(&sim, id, IPA_BASE, 64 * FFA_PAGE_SIZE), 0);
		ring[v] = (struct ring_vm){ .next = (uint16_t)(id % VMS + 1) };
		ring[v].vm = ffa_vm_create(med, id, true, 3, &status);
		ck_assert_ptr_nonnull(ring[v].vm);
		sim.allow[id][ring[v].next] = true;
		w = (struct worker){ .vm = ring[v].vm };
		ck_assert_uint_eq(
			call(&w, (struct ffa_regs){ .x = { FFA_VERSION_32, 0x10002 } }).x[0],
			FFA_VERSION_1_2);
		ck_assert(is_success((struct ffa_regs[]){ call(
			&w, (struct ffa_regs){ .x = { FFA_RXTX_MAP_64, TX_IPA, RX_IPA, 1 } }) }));
	}
	for (int v = 0; v < VMS; v++) {
		for (int c = 0; c < 3; c++)
			ck_assert_int_eq(pthread_create(&threads[v][c], NULL, roles[c], &ring[v]),
					 0);
	}
	for (int v = 0; v < VMS; v++) {
		for (int c = 0; c < 3; c++)
			pthread_join(threads[v][c], NULL);
	}
	for (int v = 0; v < VMS; v++) {
		ck_assert_uint_eq(ring[v].bad, 0);
		ck_assert_uint_eq(ring[v].echo_mixups, 0);
		for (int i = 0; i < MSGS; i++)
			ck_assert_msg(ring[v].seen[i] == 1, "VM %d got message %d %u times", v + 1,
				      i, ring[v].seen[i]);
	}
	for (int v = 0; v < VMS; v++)
		ck_assert_int_eq(ffa_vm_destroy(med, ring[v].vm), FFA_OK);
	sim_fini(&sim);
}
END_TEST

/* ------------------------------------------------------------- memory */

#define SHARE_ROUNDS 100
#define MEM_IPA (IPA_BASE + 0x20000 + FFA_PAGE_SIZE)

struct sharer {
	struct ffa_vm *vm;
	uint16_t vcpu;
	uint32_t first_page;         /* this vCPU's pages: first_page.. */
	unsigned int shared, reclaimed, bad;
};

/* Write a one-receiver share of 2 pages at page p of the VM's memory. */
static void write_share(struct ffa_vm *vm, uint32_t page)
{
	const struct ffa_mem_constituent_v1_0 c = {
		.address = MEM_IPA + (uint64_t)page * FFA_PAGE_SIZE, .page_count = 2
	};

	mem_desc_write(sim_guest_ptr(&sim, vm->id, TX_IPA, FFA_PAGE_SIZE), vm->id, 0x8001,
		       mem_desc_normal_wb(), mem_desc_rw(), &c, 1);
}

static uint32_t share_length(void)
{
	return FFA_MEM_TRANSACTION_V1_1_SIZE + FFA_MEM_ACCESS_V1_2_SIZE +
	       FFA_MEM_COMPOSITE_V1_0_SIZE + FFA_MEM_CONSTITUENT_V1_0_SIZE;
}

/* A share was made: count it, reclaim it, count that. */
static void reclaim_counted(struct sharer *sh, struct worker *w, uint64_t handle)
{
	struct ffa_regs out = { { 0 } };

	sh->shared++;
	ffa_encode_mem_reclaim(&(struct ffa_mem_reclaim_args){ .handle = handle }, FFA_VERSION_1_2,
			       &out);
	out = call(w, out);
	if (is_success(&out))
		sh->reclaimed++;
	else
		sh->bad++;
}

/*
 * Each vCPU shares and reclaims its own pages; vCPUs of one VM share the
 * TX buffer, so they take turns through a per-VM mutex (the guest's own
 * lock), while the VMs run side by side.
 */
static pthread_mutex_t tx_locks[VMS];

static void *sharer(void *arg)
{
	struct sharer *sh = arg;
	struct worker w = { .vm = sh->vm, .vcpu = sh->vcpu };

	for (int i = 0; i < SHARE_ROUNDS; i++) {
		struct ffa_mem_share_result res;
		struct ffa_regs out = { { 0 } };

		pthread_mutex_lock(&tx_locks[sh->vm->id - 1]);
		write_share(sh->vm, sh->first_page + (uint32_t)(i % 4) * 2);
		out = call(&w, (struct ffa_regs){
				       .x = { FFA_MEM_SHARE_32, share_length(), share_length() } });
		pthread_mutex_unlock(&tx_locks[sh->vm->id - 1]);
		if (ffa_decode_mem_share_result(&out, FFA_VERSION_1_2, &res) != FFA_OK) {
			sh->bad++;
			continue;
		}
		reclaim_counted(sh, &w, res.handle);
	}
	return NULL;
}

/* VM id at 1.2 with one-page RX/TX buffers and vcpus vCPUs. */
static struct ffa_vm *memory_vm(uint16_t id, uint16_t vcpus)
{
	struct ffa_vm *vm;
	struct worker w;
	int32_t status;

	ck_assert_int_eq(sim_add_vm(&sim, id, IPA_BASE, 64 * FFA_PAGE_SIZE), 0);
	vm = ffa_vm_create(med, id, true, vcpus, &status);
	ck_assert_ptr_nonnull(vm);
	w = (struct worker){ .vm = vm };
	ck_assert_uint_eq(call(&w, (struct ffa_regs){ .x = { FFA_VERSION_32, 0x10002 } }).x[0],
			  FFA_VERSION_1_2);
	ck_assert(is_success((struct ffa_regs[]){
		call(&w, (struct ffa_regs){ .x = { FFA_RXTX_MAP_64, TX_IPA, RX_IPA, 1 } }) }));
	return vm;
}

/* Start the sharers: two vCPUs of each of VMS VMs, each on its own pages. */
static void start_sharers(struct sharer sharers[VMS][2], pthread_t threads[VMS][2])
{
	for (int v = 0; v < VMS; v++) {
		struct ffa_vm *vm = memory_vm((uint16_t)(v + 1), 2);

		pthread_mutex_init(&tx_locks[v], NULL);
		for (int c = 0; c < 2; c++)
			sharers[v][c] = (struct sharer){ .vm = vm,
							 .vcpu = (uint16_t)c,
							 .first_page = (uint32_t)c * 8 };
	}
	for (int v = 0; v < VMS; v++) {
		for (int c = 0; c < 2; c++)
			ck_assert_int_eq(
				pthread_create(&threads[v][c], NULL, sharer, &sharers[v][c]), 0);
	}
}

/* Join the sharers: every share made and reclaimed; then destroy their VMs. */
static void join_sharers(struct sharer sharers[VMS][2], pthread_t threads[VMS][2])
{
	for (int v = 0; v < VMS; v++) {
		for (int c = 0; c < 2; c++) {
			pthread_join(threads[v][c], NULL);
			ck_assert_uint_eq(sharers[v][c].bad, 0);
			ck_assert_uint_eq(sharers[v][c].shared, SHARE_ROUNDS);
			ck_assert_uint_eq(sharers[v][c].reclaimed, SHARE_ROUNDS);
		}
	}
	for (int v = 0; v < VMS; v++) {
		ck_assert_uint_eq(sim_claimed_pages(&sim, (uint16_t)(v + 1)), 0);
		ck_assert_int_eq(ffa_vm_destroy(med, sharers[v][0].vm), FFA_OK);
	}
}

START_TEST(test_memory_shared_and_reclaimed_at_once)
{
	struct sharer sharers[VMS][2];
	pthread_t threads[VMS][2];

	ck_assert_int_eq(sim_boot(&sim, NULL, &med), FFA_OK);
	start_sharers(sharers, threads);
	join_sharers(sharers, threads);
	ck_assert_uint_eq(spmc_transaction_count(&sim.spmc), 0);
	sim_fini(&sim);
}
END_TEST

/*
 * One vCPU per VM sends, round after round, a descriptor in three
 * fragments (2 pages, then 1, then 1) and reclaims it, while the other VMs
 * do the same: each VM's fragments must join its own transaction only.
 */
static void *frag_sharer(void *arg)
{
	struct sharer *sh = arg;
	struct worker w = { .vm = sh->vm, .vcpu = sh->vcpu };
	uint8_t *tx = sim_guest_ptr(&sim, sh->vm->id, TX_IPA, FFA_PAGE_SIZE);
	const uint32_t first = share_length();
	const uint32_t comp = first - FFA_MEM_CONSTITUENT_V1_0_SIZE - FFA_MEM_COMPOSITE_V1_0_SIZE;

	for (int i = 0; i < SHARE_ROUNDS; i++) {
		struct ffa_mem_frag_rx_args more;
		struct ffa_mem_share_result res;
		struct ffa_regs out = { { 0 } };
		bool ok;

		write_share(sh->vm, 0);
		ffa_mem_composite_v1_0_write(tx, FFA_PAGE_SIZE, comp,
					     &(struct ffa_mem_composite_v1_0){
						     .total_page_count = 4, .range_count = 3 });
		out = call(&w, (struct ffa_regs){ .x = { FFA_MEM_SHARE_32,
							 first + 2 * FFA_MEM_CONSTITUENT_V1_0_SIZE,
							 first } });
		ok = ffa_decode_mem_frag_rx(&out, FFA_VERSION_1_2, &more) == FFA_OK &&
		     more.fragment_offset == first;
		for (uint32_t f = 0; f < 2 && ok; f++) {
			struct ffa_mem_frag_tx_args a = { .handle = more.handle,
							  .fragment_length =
								  FFA_MEM_CONSTITUENT_V1_0_SIZE };
			struct ffa_mem_constituent_v1_0 c = {
				.address = MEM_IPA + (uint64_t)(4 + 2 * f) * FFA_PAGE_SIZE,
				.page_count = 1
			};

			ffa_mem_constituent_v1_0_write(tx, FFA_PAGE_SIZE, 0, &c);
			ffa_encode_mem_frag_tx(&a, FFA_VERSION_1_2, &out);
			out = call(&w, out);
			if (f == 0)
				ok = ffa_decode_mem_frag_rx(&out, FFA_VERSION_1_2, &more) ==
					     FFA_OK &&
				     more.fragment_offset == first + FFA_MEM_CONSTITUENT_V1_0_SIZE;
		}
		if (!ok || ffa_decode_mem_share_result(&out, FFA_VERSION_1_2, &res) != FFA_OK ||
		    res.handle != more.handle) {
			sh->bad++;
			continue;
		}
		reclaim_counted(sh, &w, res.handle);
	}
	return NULL;
}

START_TEST(test_fragments_of_several_vms_at_once)
{
	struct sharer sharers[VMS];
	pthread_t threads[VMS];

	ck_assert_int_eq(sim_boot(&sim, NULL, &med), FFA_OK);
	for (int v = 0; v < VMS; v++)
		sharers[v] = (struct sharer){ .vm = memory_vm((uint16_t)(v + 1), 1) };
	for (int v = 0; v < VMS; v++)
		ck_assert_int_eq(pthread_create(&threads[v], NULL, frag_sharer, &sharers[v]), 0);
	for (int v = 0; v < VMS; v++) {
		pthread_join(threads[v], NULL);
		ck_assert_uint_eq(sharers[v].bad, 0);
		ck_assert_uint_eq(sharers[v].shared, SHARE_ROUNDS);
		ck_assert_uint_eq(sharers[v].reclaimed, SHARE_ROUNDS);
		ck_assert_uint_eq(sim_claimed_pages(&sim, (uint16_t)(v + 1)), 0);
	}
	ck_assert_uint_eq(spmc_transaction_count(&sim.spmc), 0);
	for (int v = 0; v < VMS; v++)
		ck_assert_int_eq(ffa_vm_destroy(med, sharers[v].vm), FFA_OK);
	sim_fini(&sim);
}
END_TEST

/* VMs with open shares, destroyed while other VMs share and reclaim. */
#define DOOMED 2
#define DOOMED_SHARES 4

static void *destroyer(void *arg)
{
	struct ffa_vm **doomed = arg;

	for (int d = 0; d < DOOMED; d++) {
		if (ffa_vm_destroy(med, doomed[d]) != FFA_OK)
			return doomed[d];
	}
	return NULL;
}

START_TEST(test_vms_destroyed_while_others_share)
{
	struct sharer sharers[VMS][2];
	pthread_t threads[VMS][2];
	struct ffa_vm *doomed[DOOMED];
	pthread_t killer;
	void *failed;

	ck_assert_int_eq(sim_boot(&sim, NULL, &med), FFA_OK);
	for (int d = 0; d < DOOMED; d++) {
		struct worker w;

		doomed[d] = memory_vm((uint16_t)(VMS + 1 + d), 1);
		w = (struct worker){ .vm = doomed[d] };
		for (uint32_t i = 0; i < DOOMED_SHARES; i++) {
			write_share(doomed[d], i * 2);
			ck_assert(is_success((struct ffa_regs[]){
				call(&w, (struct ffa_regs){ .x = { FFA_MEM_SHARE_32, share_length(),
								   share_length() } }) }));
		}
		ck_assert_uint_eq(sim_claimed_pages(&sim, doomed[d]->id), DOOMED_SHARES * 2);
	}
	start_sharers(sharers, threads);
	ck_assert_int_eq(pthread_create(&killer, NULL, destroyer, doomed), 0);
	pthread_join(killer, &failed);
	ck_assert_ptr_null(failed);
	join_sharers(sharers, threads);
	for (int d = 0; d < DOOMED; d++)
		ck_assert_uint_eq(sim_claimed_pages(&sim, (uint16_t)(VMS + 1 + d)), 0);
	ck_assert_uint_eq(spmc_transaction_count(&sim.spmc), 0);
	sim_fini(&sim);
}
END_TEST

/*
 * Notifications: four vCPUs of VM 1 each set their own notification for
 * VM 3 round after round, each waiting until VM 3 took the last one, while
 * one vCPU of VM 3 takes them with NOTIFICATION_GET and another keeps
 * asking NOTIFICATION_INFO_GET: every notification set is taken exactly
 * once.
 */
#define NOTIFY_SETTERS 4
#define NOTIFY_ROUNDS 200
#define NOTIFY_SPINS 2000000

struct notify_race {
	struct ffa_vm *from, *to;
	unsigned int taken[NOTIFY_SETTERS];  /* atomic: by the getter */
	bool done;                           /* atomic: setters finished */
	unsigned int bad;                    /* atomic */
};

struct notify_setter {
	struct notify_race *race;
	uint16_t vcpu;
};

static void *notify_setter(void *arg)
{
	struct notify_setter *st = arg;
	struct notify_race *r = st->race;
	struct worker w = { .vm = r->from, .vcpu = st->vcpu };

	for (unsigned int round = 0; round < NOTIFY_ROUNDS; round++) {
		const struct ffa_notification_set_args a = { .sender = r->from->id,
							     .receiver = r->to->id,
							     .bitmap = UINT64_C(1) << st->vcpu };
		struct ffa_regs set = { { 0 } };
		unsigned long spins = 0;

		ffa_encode_notification_set(&a, FFA_VERSION_1_2, &set);
		while (__atomic_load_n(&r->taken[st->vcpu], __ATOMIC_ACQUIRE) < round &&
		       ++spins < NOTIFY_SPINS)
			sched_yield();
		if (spins == NOTIFY_SPINS || !is_success((struct ffa_regs[]){ call(&w, set) })) {
			__atomic_fetch_add(&r->bad, 1, __ATOMIC_RELAXED);
			break;
		}
	}
	return NULL;
}

/*
 * GET from VMs on vCPU 0, counting each bit taken, until the setters are
 * done and nothing is left.
 */
static void *notify_getter(void *arg)
{
	struct notify_race *r = arg;
	struct worker w = { .vm = r->to, .vcpu = 0 };
	const struct ffa_notification_get_args a = { .receiver = r->to->id, .from_vm = true };
	struct ffa_notification_get_result got;
	struct ffa_regs get = { { 0 } };
	bool last = false;

	ffa_encode_notification_get(&a, FFA_VERSION_1_2, &get);
	while (!last) {
		struct ffa_regs out = { { 0 } };

		last = __atomic_load_n(&r->done, __ATOMIC_ACQUIRE);
		out = call(&w, get);
		if (ffa_decode_notification_get_result(&out, FFA_VERSION_1_2, &got) != FFA_OK ||
		    got.vm_bitmap >> NOTIFY_SETTERS != 0) {
			__atomic_fetch_add(&r->bad, 1, __ATOMIC_RELAXED);
			return NULL;
		}
		for (unsigned int b = 0; b < NOTIFY_SETTERS; b++) {
			if (got.vm_bitmap >> b & 1)
				__atomic_fetch_add(&r->taken[b], 1, __ATOMIC_RELEASE);
		}
	}
	return NULL;
}

static void *notify_info_asker(void *arg)
{
	struct notify_race *r = arg;
	struct worker w = { .vm = r->to, .vcpu = 1 };

	while (!__atomic_load_n(&r->done, __ATOMIC_ACQUIRE)) {
		struct ffa_regs out =
			call(&w, (struct ffa_regs){ .x = { FFA_NOTIFICATION_INFO_GET_64 } });

		if (!is_success(&out) && !is_error(&out, FFA_NO_DATA))
			__atomic_fetch_add(&r->bad, 1, __ATOMIC_RELAXED);
	}
	return NULL;
}

START_TEST(test_notifications_not_lost_or_doubled)
{
	static struct notify_race race;
	struct notify_setter setters[NOTIFY_SETTERS];
	pthread_t threads[NOTIFY_SETTERS + 2];
	struct ffa_regs bind = { { 0 } };
	struct worker w;

	ck_assert_int_eq(sim_boot(&sim, NULL, &med), FFA_OK);
	sim.allow[1][3] = true;
	race = (struct notify_race){ .from = memory_vm(1, NOTIFY_SETTERS), .to = memory_vm(3, 2) };
	w = (struct worker){ .vm = race.to };
	ffa_encode_notification_bind(
		&(struct ffa_notification_bind_args){
			.sender = 1, .receiver = 3, .bitmap = (1u << NOTIFY_SETTERS) - 1 },
		FFA_VERSION_1_2, &bind);
	ck_assert(is_success((struct ffa_regs[]){ call(&w, bind) }));
	for (int i = 0; i < NOTIFY_SETTERS; i++) {
		setters[i] = (struct notify_setter){ .race = &race, .vcpu = (uint16_t)i };
		ck_assert_int_eq(pthread_create(&threads[i], NULL, notify_setter, &setters[i]), 0);
	}
	ck_assert_int_eq(pthread_create(&threads[NOTIFY_SETTERS], NULL, notify_getter, &race), 0);
	ck_assert_int_eq(
		pthread_create(&threads[NOTIFY_SETTERS + 1], NULL, notify_info_asker, &race), 0);
	for (int i = 0; i < NOTIFY_SETTERS; i++)
		pthread_join(threads[i], NULL);
	__atomic_store_n(&race.done, true, __ATOMIC_RELEASE);
	pthread_join(threads[NOTIFY_SETTERS], NULL);
	pthread_join(threads[NOTIFY_SETTERS + 1], NULL);
	ck_assert_uint_eq(race.bad, 0);
	for (int i = 0; i < NOTIFY_SETTERS; i++)
		ck_assert_uint_eq(race.taken[i], NOTIFY_ROUNDS);
	ck_assert_int_eq(ffa_vm_destroy(med, race.from), FFA_OK);
	ck_assert_int_eq(ffa_vm_destroy(med, race.to), FFA_OK);
	sim_fini(&sim);
}
END_TEST

/*
 * VM slots taken again and again while notifications, messages and SRIs
 * are in flight: one thread creates a VM, readies it (version, buffers,
 * bindings to VM 1 and to partition 0x8001), lets it be used for a while
 * and destroys it, then creates the next with a new id (in the same slot).
 * Meanwhile VM 1 sets notifications for and sends indirect messages to
 * whichever VM is ready, and another thread has the partition notify it
 * and plays the physical SRI. No virtual interrupt may reach a VM outside
 * its ready..destroyed window (a destroyed one, or a new one in its slot
 * that nobody could have notified yet), and a call racing a destroy gets
 * what a gone VM gets (INVALID_PARAMETERS, or BUSY for its RX buffer),
 * never what a 1.0 VM or a refusing policy gets (DENIED).
 */
#define CYCLE_FIRST_ID 10
#define CYCLE_IDS 6
#define CYCLES 120
#define CYCLE_SPINS 300
#define CYCLE_SP 0x8001

struct cycle_race {
	uint32_t current;                  /* atomic: cycle << 16 | id of the ready VM, 0: none */
	uint32_t cycle;                    /* atomic: cycles begun */
	bool ready[SIM_MAX_VM_ID];         /* atomic */
	bool done;                         /* atomic */
	unsigned int bad;                  /* atomic: answers a gone VM must not get */
	unsigned int stray;                /* atomic: interrupts outside a VM's window */
	unsigned int delivered;            /* atomic: SET and SEND2 successes */
};

static struct cycle_race cycle;
static __thread bool cycle_is_maker;
static void (*cycle_plain_unlock)(void *ctx, struct ffa_lock *lock);

/*
 * Unlocking a VM other than VM 1 (vms[0] is its slot), anywhere but in the
 * thread that destroys and creates them, yields a while after: a
 * pointer to that VM used after its lock was dropped then meets a VM
 * destroyed, or another in its slot, far more often than by chance.
 */
static void cycle_unlock(void *ctx, struct ffa_lock *lock)
{
	bool doomed = false;

	for (unsigned int i = 1; i < access_vm_slots(med); i++)
		doomed |= lock == &med->vms[i].lock;
	cycle_plain_unlock(ctx, lock);
	for (int i = 0; doomed && !cycle_is_maker && i < 20; i++)
		sched_yield();
}

static void cycle_inject(void *ctx, uint16_t vm_id, uint16_t vcpu, uint32_t intid)
{
	(void)ctx;
	(void)vcpu;
	(void)intid;
	if (vm_id >= SIM_MAX_VM_ID || !__atomic_load_n(&cycle.ready[vm_id], __ATOMIC_ACQUIRE))
		__atomic_fetch_add(&cycle.stray, 1, __ATOMIC_RELAXED);
}

/* Was the answer one a VM being destroyed may get (not an id that came back since)? */
static void cycle_check(uint32_t seen_cycle, const struct ffa_regs *r)
{
	if (is_success(r)) {
		__atomic_fetch_add(&cycle.delivered, 1, __ATOMIC_RELAXED);
		return;
	}
	if (is_error(r, FFA_INVALID_PARAMETERS) || is_error(r, FFA_BUSY))
		return;
	/* The same id again, CYCLE_IDS cycles on, may be a new VM not ready yet. */
	if (__atomic_load_n(&cycle.cycle, __ATOMIC_ACQUIRE) - seen_cycle < CYCLE_IDS - 1)
		__atomic_fetch_add(&cycle.bad, 1, __ATOMIC_RELAXED);
}

static void cycle_call_ok(struct worker *w, struct ffa_regs in)
{
	ck_assert(is_success((struct ffa_regs[]){ call(w, in) }));
}

static void *cycle_maker(void *arg)
{
	(void)arg;
	cycle_is_maker = true;
	for (uint32_t c = 0; c < CYCLES; c++) {
		const uint16_t id = (uint16_t)(CYCLE_FIRST_ID + c % CYCLE_IDS);
		struct ffa_regs r = { { 0 } };
		struct ffa_vm *vm;
		struct worker w;
		int32_t status;

		__atomic_store_n(&cycle.cycle, c + 1, __ATOMIC_RELEASE);
		vm = ffa_vm_create(med, id, true, 2, &status);
		ck_assert_ptr_nonnull(vm);
		w = (struct worker){ .vm = vm };
		ck_assert_uint_eq(
			call(&w, (struct ffa_regs){ .x = { FFA_VERSION_32, 0x10002 } }).x[0],
			FFA_VERSION_1_2);
		cycle_call_ok(&w, (struct ffa_regs){ .x = { FFA_RXTX_MAP_64, TX_IPA, RX_IPA, 1 } });
		ffa_encode_notification_bind(&(struct ffa_notification_bind_args){ .sender = 1,
										   .receiver = id,
										   .bitmap = 0x2 },
					     FFA_VERSION_1_2, &r);
		cycle_call_ok(&w, r);
		ffa_encode_notification_bind(
			&(struct ffa_notification_bind_args){
				.sender = CYCLE_SP, .receiver = id, .bitmap = 0x1 },
			FFA_VERSION_1_2, &r);
		cycle_call_ok(&w, r);
		__atomic_store_n(&cycle.ready[id], true, __ATOMIC_RELEASE);
		__atomic_store_n(&cycle.current, (c + 1) << 16 | id, __ATOMIC_RELEASE);
		for (int i = 0; i < CYCLE_SPINS; i++) {
			/* Take what came, so more can. */
			(void)call(&w, (struct ffa_regs){ .x = { FFA_RX_RELEASE_32 } });
			sched_yield();
		}
		__atomic_store_n(&cycle.current, 0, __ATOMIC_RELEASE);
		status = ffa_vm_destroy(med, vm);
		while (status == FFA_RETRY)
			status = ffa_vm_destroy_poll(med, vm);
		ck_assert_int_eq(status, FFA_OK);
		__atomic_store_n(&cycle.ready[id], false, __ATOMIC_RELEASE);
	}
	__atomic_store_n(&cycle.done, true, __ATOMIC_RELEASE);
	return NULL;
}

/* VM 1: a notification and a message to whichever VM is ready. */
static void *cycle_sender(void *arg)
{
	struct worker w = { .vm = arg };
	uint8_t *tx = sim_guest_ptr(&sim, 1, TX_IPA, FFA_PAGE_SIZE);

	while (!__atomic_load_n(&cycle.done, __ATOMIC_ACQUIRE)) {
		const uint32_t cur = __atomic_load_n(&cycle.current, __ATOMIC_ACQUIRE);
		const uint16_t id = (uint16_t)cur;
		struct ffa_partition_msg_header_v1_2 h = {
			.offset = FFA_PARTITION_MSG_HEADER_V1_2_SIZE, .size = 1
		};
		struct ffa_regs r = { { 0 } };

		if (cur == 0) {
			sched_yield();
			continue;
		}
		ffa_encode_notification_set(&(struct ffa_notification_set_args){ .sender = 1,
										 .receiver = id,
										 .bitmap = 0x2 },
					    FFA_VERSION_1_2, &r);
		cycle_check(cur >> 16, (struct ffa_regs[]){ call(&w, r) });
		h.endpoints = (uint32_t)ffa_direct_msg_endpoints_set_destination(
			ffa_direct_msg_endpoints_set_source(0, 1), id);
		ck_assert(ffa_partition_msg_header_v1_2_write(tx, FFA_PAGE_SIZE, 0, &h));
		cycle_check(cur >> 16,
			    (struct ffa_regs[]){
				    call(&w, (struct ffa_regs){ .x = { FFA_MSG_SEND2_32 } }) });
	}
	return NULL;
}

/* The partition notifies whichever VM is ready; the hypervisor takes the physical SRI. */
static void *cycle_partition(void *arg)
{
	(void)arg;
	while (!__atomic_load_n(&cycle.done, __ATOMIC_ACQUIRE)) {
		const uint16_t id = (uint16_t)__atomic_load_n(&cycle.current, __ATOMIC_ACQUIRE);

		if (id != 0) {
			pthread_mutex_lock(&sim.lock);
			(void)spmc_sp_notification_set(&sim.spmc, CYCLE_SP, id, 0x1, false, 0);
			pthread_mutex_unlock(&sim.lock);
		}
		ffa_notifications_pending(med);
		sched_yield();
	}
	return NULL;
}

START_TEST(test_vm_slots_reused_under_notifications)
{
	pthread_t threads[3];
	struct ffa_vm *sender;

	ck_assert_int_eq(sim_boot(&sim, NULL, &med), FFA_OK);
	cycle = (struct cycle_race){ 0 };
	sender = memory_vm(1, 1);
	for (uint16_t i = 0; i < CYCLE_IDS; i++) {
		ck_assert_int_eq(sim_add_vm(&sim, CYCLE_FIRST_ID + i, IPA_BASE, 64 * FFA_PAGE_SIZE),
				 0);
		sim.allow[1][CYCLE_FIRST_ID + i] = true;
	}
	__atomic_store_n(&cycle.ready[1], true, __ATOMIC_RELEASE);
	/* The mediator reads its platform ops through this pointer at each use. */
	sim.ops.inject_virq = cycle_inject;
	cycle_plain_unlock = sim.ops.unlock;
	sim.ops.unlock = cycle_unlock;
	ck_assert_int_eq(pthread_create(&threads[0], NULL, cycle_maker, NULL), 0);
	ck_assert_int_eq(pthread_create(&threads[1], NULL, cycle_sender, sender), 0);
	ck_assert_int_eq(pthread_create(&threads[2], NULL, cycle_partition, NULL), 0);
	for (int i = 0; i < 3; i++)
		pthread_join(threads[i], NULL);
	ck_assert_uint_eq(cycle.stray, 0);
	ck_assert_uint_eq(cycle.bad, 0);
	ck_assert_uint_gt(cycle.delivered, 0);
	ck_assert_int_eq(ffa_vm_destroy(med, sender), FFA_OK);
	sim_fini(&sim);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("concurrency");
	TCase *tc = tcase_create("vcpus");

	tcase_set_timeout(tc, 120);
	tcase_add_test(tc, test_vcpus_of_several_vms);
	tcase_add_test(tc, test_messages_not_lost_or_doubled);
	tcase_add_test(tc, test_memory_shared_and_reclaimed_at_once);
	tcase_add_test(tc, test_vms_destroyed_while_others_share);
	tcase_add_test(tc, test_fragments_of_several_vms_at_once);
	tcase_add_test(tc, test_notifications_not_lost_or_doubled);
	tcase_add_test(tc, test_vm_slots_reused_under_notifications);
	suite_add_tcase(s, tc);
	return check_run(s);
}
