/* SPDX-License-Identifier: MIT */
/*
 * The mediator's own cost per call, in instructions, measured by callgrind
 * (./run bench). Each case runs ITERATIONS calls of ffa_handle_call()
 * between callgrind client requests that zero and dump the counters; an
 * empty case with the same loop gives the harness cost to subtract.
 *
 * The register-only calls never reach the SPMC. For the calls that do
 * (DIRECT_REQ2, and the RX ownership calls around a VM-to-VM SEND2), the
 * platform's smc op is replaced by a stub that answers at once, and the
 * stub's own cost (case "smc-stub") is subtracted by bench.py: what is
 * counted is the mediator, without the SMC. The 1 KiB copy of SEND2 is
 * measured alone too ("memcpy-1k") to show what is copy and what is not.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <valgrind/callgrind.h>

#include "ffa/ffa_structs.h"
#include "mem_desc.h"
#include "mediator_access.h"
#include "reference.h"
#include "sim_platform.h"

#define ITERATIONS 1000
#define IPA_BASE UINT64_C(0x40000000)

#define TX_IPA (IPA_BASE + 0x10000)
#define RX_IPA (IPA_BASE + 0x20000)
#define MSG_SIZE 1024

static struct sim_platform sim;
static struct ffa_mediator *med;
static struct ffa_vm *vm;
static struct ffa_vm *vm2;

/* Keeps the compiler from dropping the reply. */
static volatile uint64_t sink;

/*
 * The SPMC, as fast as it can be: a direct request is answered by its
 * response (source and destination swapped, payload kept); anything else
 * by FFA_SUCCESS.
 */
static void stub_smc(void *ctx, struct ffa_regs *r)
{
	struct ffa_msg_send_direct_req2_args req;

	(void)ctx;
	if (ffa_decode_msg_send_direct_req2(r, FFA_VERSION_1_2, &req) == FFA_OK) {
		/* The request's payload, echoed in place. */
		const struct ffa_msg_send_direct_resp2_args resp = {
			.smc64 = true, .source = req.destination, .destination = req.source,
			.payload = req.payload,
		};

		ffa_encode_msg_send_direct_resp2(&resp, FFA_VERSION_1_2, r);
		return;
	}
	*r = (struct ffa_regs){ .x = { FFA_SUCCESS_32 } };
}

/*
 * The SPMC stub for memory: MEM_SHARE gets its handle, MEM_RECLAIM
 * SUCCESS; and the platform's memory ops as fast as they can be (every
 * claim granted, stage 2 the identity), so what is counted is the
 * mediator's reading, checking, translating and writing of descriptors.
 */
#define SHARE_HANDLE UINT64_C(0x100000001)
#define SHARE_PAGES 16
#define SHARE_IPA (IPA_BASE + 0x30000)

/*
 * A descriptor too big for the hypervisor's TX buffer goes in fragments:
 * the stub asks for each next one (FFA_MEM_FRAG_RX) until total_length
 * has arrived, as an SPMC does.
 */
static uint32_t frag_total, frag_received;
/* The handle the stub gives: SHARE_HANDLE but for a share kept open beside the measured ones. */
static uint64_t share_handle = SHARE_HANDLE;

static void frag_next(struct ffa_regs *r)
{
	if (frag_received < frag_total) {
		struct ffa_mem_frag_rx_args more = { .handle = share_handle,
						     .fragment_offset = frag_received };

		ffa_encode_mem_frag_rx(&more, FFA_VERSION_1_2, r);
	} else {
		ffa_encode_mem_share_result(
			&(struct ffa_mem_share_result){ .handle = share_handle }, FFA_VERSION_1_2,
			r);
	}
}

static void stub_mem_smc(void *ctx, struct ffa_regs *r)
{
	struct ffa_mem_share_args share;
	struct ffa_mem_frag_tx_args frag;

	(void)ctx;
	if (ffa_decode_mem_share(r, FFA_VERSION_1_2, &share) == FFA_OK) {
		frag_total = share.total_length;
		frag_received = share.fragment_length;
		frag_next(r);
	} else if (ffa_decode_mem_frag_tx(r, FFA_VERSION_1_2, &frag) == FFA_OK) {
		frag_received += frag.fragment_length;
		frag_next(r);
	} else {
		*r = (struct ffa_regs){ .x = { FFA_SUCCESS_32 } };
	}
}

static int32_t stub_claim(void *ctx, uint16_t vm_id, uint64_t ipa, uint32_t pages,
			  enum ffa_mem_op op)
{
	(void)ctx;
	(void)vm_id;
	(void)ipa;
	(void)pages;
	(void)op;
	return FFA_OK;
}

static void stub_unclaim(void *ctx, uint16_t vm_id, uint64_t ipa, uint32_t pages,
			 enum ffa_mem_op op)
{
	(void)ctx;
	(void)vm_id;
	(void)ipa;
	(void)pages;
	(void)op;
}

/*
 * Stage 2 as the identity (contiguous: every run of pages is one
 * constituent) or scattered (each page's frame a page apart from the
 * next one's: as many constituents as pages). Counted, so the cost of
 * the op itself can be taken out per call.
 */
static uint64_t translations;

static int32_t stub_ipa_to_pa(void *ctx, uint16_t vm_id, uint64_t ipa, uint64_t *pa)
{
	(void)ctx;
	(void)vm_id;
	translations++;
	*pa = ipa;
	return FFA_OK;
}

static int32_t stub_ipa_to_pa_scattered(void *ctx, uint16_t vm_id, uint64_t ipa, uint64_t *pa)
{
	(void)ctx;
	(void)vm_id;
	translations++;
	*pa = ipa * 2;
	return FFA_OK;
}

/* The translation op alone, called through the platform table as the mediator does. */
static void translate_only(struct ffa_mediator *m, struct ffa_vm *v, uint16_t vcpu,
			   struct ffa_regs *r)
{
	uint64_t pa;

	(void)m;
	(void)v;
	(void)vcpu;
	(void)r;
	if (sim.ops.ipa_to_pa(sim.ops.ctx, 1, SHARE_IPA, &pa) != FFA_OK)
		abort();
	sink = pa;
}

/* VM 1 shares SHARE_PAGES pages with partition 0x8001 and reclaims them. */
static void share_and_reclaim(struct ffa_mediator *m, struct ffa_vm *v, uint16_t vcpu,
			      struct ffa_regs *r)
{
	struct ffa_regs reclaim = { .x = { FFA_MEM_RECLAIM_32, (uint32_t)SHARE_HANDLE,
					   SHARE_HANDLE >> 32 } };

	if (!ffa_handle_call(m, v, vcpu, r) || r->x[0] != FFA_SUCCESS_32 ||
	    !ffa_handle_call(m, v, vcpu, &reclaim) || reclaim.x[0] != FFA_SUCCESS_32)
		abort();
	sink = r->x[0];
}

/* Most constituents a share descriptor holds in VM 1's one-page TX buffer. */
#define MAX_RANGES 240
/* Most ranges of a share sent in fragments (the pool holds 4,096 by default). */
#define MAX_FRAG_RANGES 3840

/* count constituents from base, each of pages pages, or of a page each a page apart. */
static const struct ffa_mem_constituent_v1_0 *constituents(uint64_t base, uint32_t count,
							   uint32_t pages)
{
	static struct ffa_mem_constituent_v1_0 c[MAX_FRAG_RANGES];

	if (count > MAX_FRAG_RANGES)
		abort();
	for (uint32_t i = 0; i < count; i++)
		c[i] = (struct ffa_mem_constituent_v1_0){
			.address = base + (uint64_t)i * 2 * FFA_PAGE_SIZE,
			.page_count = count == 1 ? pages : 1
		};
	return c;
}

/*
 * VM 1's TX buffer: a 1.2 share descriptor of pages pages from base; its
 * length. One constituent, or with ranges one per page, each a page apart
 * from the next in the VM's address space (so none merges with another).
 */
static uint32_t write_share_at(uint64_t base, uint32_t pages, bool ranges)
{
	uint8_t *tx = sim_guest_ptr(&sim, 1, TX_IPA, FFA_PAGE_SIZE);
	const uint32_t count = ranges ? pages : 1;

	if (count > MAX_RANGES)
		abort();
	memset(tx, 0, FFA_PAGE_SIZE);
	return mem_desc_write(tx, 1, 0x8001, mem_desc_normal_wb(), mem_desc_rw(),
			      constituents(base, count, pages), count);
}

static uint32_t write_share(uint32_t pages, bool ranges)
{
	return write_share_at(SHARE_IPA, pages, ranges);
}

static void stub_only(struct ffa_mediator *m, struct ffa_vm *v, uint16_t vcpu, struct ffa_regs *r)
{
	(void)m;
	(void)v;
	(void)vcpu;
	stub_smc(NULL, r);
	sink = r->x[0];
}

static uint8_t copy_src[MSG_SIZE], copy_dst[MSG_SIZE];

static void memcpy_only(struct ffa_mediator *m, struct ffa_vm *v, uint16_t vcpu, struct ffa_regs *r)
{
	(void)m;
	(void)v;
	(void)vcpu;
	(void)r;
	__builtin_memcpy(copy_dst, copy_src, MSG_SIZE);
	sink = copy_dst[MSG_SIZE - 1];
}

/* VM 1 sends 1 KiB to VM 2, which releases its RX buffer: two calls. */
static void send2_and_release(struct ffa_mediator *m, struct ffa_vm *v, uint16_t vcpu,
			      struct ffa_regs *r)
{
	struct ffa_regs release = { .x = { FFA_RX_RELEASE_32 } };

	if (!ffa_handle_call(m, v, vcpu, r) || r->x[0] != FFA_SUCCESS_32 ||
	    !ffa_handle_call(m, vm2, 0, &release) || release.x[0] != FFA_SUCCESS_32)
		abort();
	sink = r->x[0];
}

static void empty_call(struct ffa_mediator *m, struct ffa_vm *v, uint16_t vcpu, struct ffa_regs *r)
{
	(void)m;
	(void)v;
	(void)vcpu;
	sink = r->x[0];
}

typedef void (*call_fn)(struct ffa_mediator *, struct ffa_vm *, uint16_t, struct ffa_regs *);

static void real_call(struct ffa_mediator *m, struct ffa_vm *v, uint16_t vcpu, struct ffa_regs *r)
{
	if (!ffa_handle_call(m, v, vcpu, r))
		abort();
	sink = r->x[0];
}

/* The hand-written reference (reference.c), for a VM at 1.2. */
static struct ref_vm ref_vm = { .id = 1, .version = FFA_VERSION_1_2 };

static void reference_call(struct ffa_mediator *m, struct ffa_vm *v, uint16_t vcpu,
			   struct ffa_regs *r)
{
	(void)m;
	(void)v;
	(void)vcpu;
	if (!ref_handle_call(&ref_vm, r))
		abort();
	sink = r->x[0];
}

/* A global notification VM 1 was not told of yet, then its INFO_GET. */
static void info_get_pending(struct ffa_mediator *m, struct ffa_vm *v, uint16_t vcpu,
			     struct ffa_regs *r)
{
	v->notify.info_global = true;
	real_call(m, v, vcpu, r);
}

static const char *only_case;

/* iterations calls of fn; with a name of its own, callgrind's counts of them. */
static void run_n(const char *name, call_fn fn, const struct ffa_regs *in, int iterations)
{
	if (only_case != NULL && strcmp(only_case, name) != 0)
		return;
	printf("case %s iterations %d\n", name, iterations);
	CALLGRIND_ZERO_STATS;
	for (int i = 0; i < iterations; i++) {
		struct ffa_regs r = *in;

		fn(med, vm, 0, &r);
	}
	CALLGRIND_DUMP_STATS_AT(name);
}

static void run(const char *name, call_fn fn, const struct ffa_regs *in)
{
	run_n(name, fn, in, ITERATIONS);
}

/*
 * MEM_SHARE of pages pages (one constituent in the VM's descriptor) and
 * its RECLAIM, fewer times for more pages so each case counts about as
 * many pages; printed with the translations it made, for bench.py's
 * per-page figures.
 */
/*
 * The case "FFA_MEM_SHARE <layout> <pages> pages + FFA_MEM_RECLAIM":
 * iterations calls of fn, printed with the translations each made.
 */
static void run_share_case(const char *layout, uint32_t pages, call_fn fn,
			   const struct ffa_regs *in, int iterations)
{
	char name[80];

	snprintf(name, sizeof(name), "FFA_MEM_SHARE %s %u pages + FFA_MEM_RECLAIM", layout, pages);
	translations = 0;
	run_n(name, fn, in, iterations);
	printf("case %s pages %u translations %llu\n", name, pages,
	       (unsigned long long)(only_case == NULL || strcmp(only_case, name) == 0 ?
					    translations / (uint64_t)iterations :
					    0));
}

static void run_share(const char *layout, uint32_t pages)
{
	const bool ranges = strncmp(layout, "ranges", 6) == 0;
	uint32_t len = write_share(pages, ranges);
	const struct ffa_regs share = { .x = { FFA_MEM_SHARE_32, len, len } };
	/* Fewer of the large ones: about a million pages, or 100 calls of many ranges. */
	int iterations = pages >= 1024 ? (int)((1u << 20) / pages) :
			 ranges ? 100 : ITERATIONS;

	run_share_case(layout, pages, share_and_reclaim, &share, iterations);
}

static bool allow_all(void *ctx, uint16_t sender, uint16_t receiver)
{
	(void)ctx;
	(void)sender;
	(void)receiver;
	return true;
}

/*
 * The locks a hypervisor gives the mediator, uncontended: an atomic
 * exchange to take, a release store to drop (a spinlock, as Xen's and
 * KVM's are). The simulated platform's pthread mutexes and lock-order
 * check cost about 50 instructions a locked call, which no hypervisor
 * pays; the mediator's own work around each lock is still counted.
 */
static uint32_t *spin_word(struct ffa_lock *lock)
{
	return (uint32_t *)(void *)lock->opaque;
}

static void spin_init(void *ctx, struct ffa_lock *lock)
{
	(void)ctx;
	__atomic_store_n(spin_word(lock), 0, __ATOMIC_RELAXED);
}

static void spin_lock(void *ctx, struct ffa_lock *lock)
{
	(void)ctx;
	while (__atomic_exchange_n(spin_word(lock), 1, __ATOMIC_ACQUIRE) != 0)
		;
}

static void spin_unlock(void *ctx, struct ffa_lock *lock)
{
	(void)ctx;
	__atomic_store_n(spin_word(lock), 0, __ATOMIC_RELEASE);
}

/* sim_boot() with the spinlock ops in place before the mediator makes its locks. */
static int32_t boot_with_spinlocks(void)
{
	struct ffa_config config = { .hyp_buffer_pages = 1, .log_level = FFA_LOG_WARN };
	struct spmc_config c;

	sim_default_spmc(&c, &sim);
	if (sim_init(&sim, &c) != 0)
		return -1;
	sim.ops.lock_init = spin_init;
	sim.ops.lock = spin_lock;
	sim.ops.unlock = spin_unlock;
	return sim_start_mediator(&sim, &config, &med);
}

static void call_or_die(struct ffa_vm *v, struct ffa_regs r)
{
	if (!ffa_handle_call(med, v, 0, &r) || r.x[0] == FFA_ERROR_32)
		abort();
}

/*
 * The "ranges" share of count ranges, VM 1 holding as many one-page
 * ranges in another open share, each between two of the measured ones:
 * each range is checked against those too.
 */
static void run_share_beside_open(uint32_t count)
{
	const uint64_t open_handle = SHARE_HANDLE + 1;
	const uint32_t len = write_share_at(SHARE_IPA + FFA_PAGE_SIZE, count, true);

	share_handle = open_handle;
	call_or_die(vm, (struct ffa_regs){ .x = { FFA_MEM_SHARE_32, len, len } });
	share_handle = SHARE_HANDLE;
	run_share("ranges-beside-open", count);
	call_or_die(vm, (struct ffa_regs){ .x = { FFA_MEM_RECLAIM_32, (uint32_t)open_handle,
						   open_handle >> 32 } });
}

/* A share descriptor of many ranges, whole, and its length: sent a page at a time. */
static uint8_t frag_desc[FFA_PAGE_SIZE + MAX_FRAG_RANGES * FFA_MEM_CONSTITUENT_V1_0_SIZE];
static uint32_t frag_desc_len;

/* frag_desc: count one-page ranges a page apart (as "ranges"). */
static void write_frag_desc(uint32_t count)
{
	const struct ffa_mem_constituent_v1_0 *c = constituents(SHARE_IPA, count, 1);
	const uint32_t front = mem_desc_write(frag_desc, 1, 0x8001, mem_desc_normal_wb(),
					      mem_desc_rw(), c, 0);
	const struct ffa_mem_composite_v1_0 comp = { .total_page_count = count,
						     .range_count = count };

	if (!ffa_mem_composite_v1_0_write(frag_desc, sizeof(frag_desc),
					  front - FFA_MEM_COMPOSITE_V1_0_SIZE, &comp))
		abort();
	for (uint32_t i = 0; i < count; i++) {
		const uint32_t off = front + i * FFA_MEM_CONSTITUENT_V1_0_SIZE;

		if (!ffa_mem_constituent_v1_0_write(frag_desc, sizeof(frag_desc), off, &c[i]))
			abort();
	}
	if (front % FFA_MEM_CONSTITUENT_V1_0_SIZE != 0)
		abort();
	frag_desc_len = front + count * FFA_MEM_CONSTITUENT_V1_0_SIZE;
}

/* The next fragment of frag_desc from off into VM 1's TX buffer: whole constituents. */
static uint32_t next_fragment(uint32_t off)
{
	uint8_t *tx = sim_guest_ptr(&sim, 1, TX_IPA, FFA_PAGE_SIZE);
	uint32_t len = frag_desc_len - off;

	/* Whole constituents: they start at a multiple of their size (write_frag_desc()). */
	if (len > FFA_PAGE_SIZE)
		len = FFA_PAGE_SIZE;
	memcpy(tx, frag_desc + off, len);
	return len;
}

/*
 * MEM_SHARE of frag_desc in fragments of a page (FFA_MEM_FRAG_TX after the
 * first), and its RECLAIM. The copies into the TX buffer are counted too:
 * a few instructions per range, against hundreds for its checks.
 */
static void share_in_fragments(struct ffa_mediator *m, struct ffa_vm *v, uint16_t vcpu,
			       struct ffa_regs *r)
{
	uint32_t sent = next_fragment(0);
	struct ffa_regs reclaim = { .x = { FFA_MEM_RECLAIM_32, (uint32_t)SHARE_HANDLE,
					   SHARE_HANDLE >> 32 } };

	*r = (struct ffa_regs){ .x = { FFA_MEM_SHARE_32, frag_desc_len, sent } };
	while (ffa_handle_call(m, v, vcpu, r) && r->x[0] == FFA_MEM_FRAG_RX_32) {
		const uint32_t len = next_fragment(sent);

		ffa_encode_mem_frag_tx(&(struct ffa_mem_frag_tx_args){ .handle = SHARE_HANDLE,
									.fragment_length = len },
				       FFA_VERSION_1_2, r);
		sent += len;
	}
	if (r->x[0] != FFA_SUCCESS_32 || sent != frag_desc_len ||
	    !ffa_handle_call(m, v, vcpu, &reclaim) || reclaim.x[0] != FFA_SUCCESS_32)
		abort();
	sink = r->x[0];
}

static void run_share_in_fragments(uint32_t count)
{
	const struct ffa_regs unused = { { 0 } }; /* share_in_fragments() writes its own calls */

	write_frag_desc(count);
	run_share_case("ranges-in-fragments", count, share_in_fragments, &unused, 20);
}

/* VMs 1 and 2 with RX/TX buffers; VM 1's TX holds a 1 KiB message to VM 2. */
static void setup_messaging(void)
{
	uint8_t *tx = sim_guest_ptr(&sim, 1, TX_IPA, FFA_PAGE_SIZE);
	struct ffa_partition_msg_header_v1_2 h = {
		.offset = FFA_PARTITION_MSG_HEADER_V1_2_SIZE,
		.endpoints = (uint32_t)ffa_direct_msg_endpoints_set_destination(
			ffa_direct_msg_endpoints_set_source(0, 1), 2),
		.size = MSG_SIZE,
	};
	int32_t status;

	vm2 = ffa_vm_create(med, 2, true, 1, &status);
	if (vm2 == NULL)
		abort();
	call_or_die(vm2, (struct ffa_regs){ .x = { FFA_VERSION_32, 0x10002 } });
	call_or_die(vm, (struct ffa_regs){ .x = { FFA_RXTX_MAP_64, TX_IPA, RX_IPA, 1 } });
	call_or_die(vm2, (struct ffa_regs){ .x = { FFA_RXTX_MAP_64, TX_IPA, RX_IPA, 1 } });
	if (!ffa_partition_msg_header_v1_2_write(tx, FFA_PAGE_SIZE, 0, &h))
		abort();
}

static void setup(void)
{
	struct ffa_regs r = { .x = { FFA_VERSION_32, 0x10002 } };
	int32_t status;

	if (boot_with_spinlocks() != FFA_OK ||
	    sim_add_vm(&sim, 1, IPA_BASE, 64 * FFA_PAGE_SIZE) != 0 ||
	    sim_add_vm(&sim, 2, IPA_BASE, 64 * FFA_PAGE_SIZE) != 0)
		abort();
	vm = ffa_vm_create(med, 1, true, 1, &status);
	if (vm == NULL || !ffa_handle_call(med, vm, 0, &r))
		abort();
	/* A guest's steady state: its version is frozen by its first call. */
	r = (struct ffa_regs){ .x = { FFA_ID_GET_32 } };
	if (!ffa_handle_call(med, vm, 0, &r))
		abort();
	setup_messaging();
}

int main(int argc, char **argv)
{
	/* With a case name, run only that one (for callgrind_annotate). */
	const char *only = argc > 1 ? argv[1] : NULL;
	const struct ffa_regs version = { .x = { FFA_VERSION_32, 0x10002 } };
	const struct ffa_regs id_get = { .x = { FFA_ID_GET_32 } };
	const struct ffa_regs features = { .x = { FFA_FEATURES_32, FFA_RXTX_MAP_64 } };
	const struct ffa_regs regs = { .x = { FFA_PARTITION_INFO_GET_REGS_64 } };
	const struct ffa_regs send2 = { .x = { FFA_MSG_SEND2_32 } };
	const struct ffa_regs info_get = { .x = { FFA_NOTIFICATION_INFO_GET_64 } };
	struct ffa_regs get_own, get_all;
	struct ffa_msg_send_direct_req2_args req2_args = { .smc64 = true,
							   .source = 1,
							   .destination = 0x8001 };
	/* Shares of 1 page to 1 GiB (the sizes). */
	static const uint32_t share_sizes[] = { 1, 16, 256, 65536, 262144 };
	/* Shares of 16 to MAX_RANGES ranges of a page each. */
	static const uint32_t range_counts[] = { 16, 60, MAX_RANGES };
	const struct ffa_regs share_dummy = { .x = { 0 } };
	struct ffa_regs req2 = { { 0 } };
	uint64_t before;

	only_case = only;
	setup();
	before = sim.smc_count;
	run("baseline", empty_call, &version);
	run("FFA_VERSION", real_call, &version);
	run("FFA_ID_GET", real_call, &id_get);
	run("FFA_FEATURES", real_call, &features);
	run("reference FFA_VERSION", reference_call, &version);
	run("reference FFA_ID_GET", reference_call, &id_get);
	run("reference FFA_FEATURES", reference_call, &features);
	run("FFA_PARTITION_INFO_GET_REGS", real_call, &regs);
	ffa_encode_notification_get(&(struct ffa_notification_get_args){ .receiver = 1,
									 .from_vm = true,
									 .from_hyp = true },
				    FFA_VERSION_1_2, &get_own);
	run("FFA_NOTIFICATION_GET", real_call, &get_own);
	run("FFA_NOTIFICATION_INFO_GET", info_get_pending, &info_get);
	if (sim.smc_count != before) {
		fprintf(stderr, "bench: a measured call reached the SPMC\n");
		return 1;
	}
	/* From here the SPMC is the stub, and VMs may message each other. */
	sim.ops.smc = stub_smc;
	sim.ops.vm_messaging_allowed = allow_all;
	ffa_encode_msg_send_direct_req2(&req2_args, FFA_VERSION_1_2, &req2);
	run("smc-stub", stub_only, &req2);
	run("FFA_MSG_SEND_DIRECT_REQ2", real_call, &req2);
	ffa_encode_notification_get(&(struct ffa_notification_get_args){ .receiver = 1,
									 .from_sp = true,
									 .from_vm = true,
									 .from_spm = true,
									 .from_hyp = true },
				    FFA_VERSION_1_2, &get_all);
	run("FFA_NOTIFICATION_GET (partitions' too)", real_call, &get_all);
	run("memcpy-1k", memcpy_only, &send2);
	run("FFA_MSG_SEND2 1KiB VM-to-VM + FFA_RX_RELEASE", send2_and_release, &send2);
	/* Memory: the stub SPMC and platform memory ops above. */
	sim.ops.smc = stub_mem_smc;
	sim.ops.mem_claim = stub_claim;
	sim.ops.mem_unclaim = stub_unclaim;
	sim.ops.ipa_to_pa = stub_ipa_to_pa;
	run("translate-stub", translate_only, &share_dummy);
	for (size_t i = 0; i < sizeof(share_sizes) / sizeof(share_sizes[0]); i++)
		run_share("contiguous", share_sizes[i]);
	sim.ops.ipa_to_pa = stub_ipa_to_pa_scattered;
	for (size_t i = 0; i < sizeof(share_sizes) / sizeof(share_sizes[0]); i++)
		run_share("scattered", share_sizes[i]);
	/* Page by page in the VM's address space too: the checks per range. */
	sim.ops.ipa_to_pa = stub_ipa_to_pa;
	for (size_t i = 0; i < sizeof(range_counts) / sizeof(range_counts[0]); i++)
		run_share("ranges", range_counts[i]);
	/* The same beside as many ranges in an open share, and more in fragments. */
	for (size_t i = 0; i < sizeof(range_counts) / sizeof(range_counts[0]); i++)
		run_share_beside_open(range_counts[i]);
	for (uint32_t count = 240; count <= MAX_FRAG_RANGES; count *= 4)
		run_share_in_fragments(count);
	sim_fini(&sim);
	return 0;
}
