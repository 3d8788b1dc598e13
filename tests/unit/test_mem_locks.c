/* SPDX-License-Identifier: MIT */
/*
 * What the mediator does while it holds a lock other VMs need, watched
 * through the platform: the simulated platform's ops wrapped so a test
 * counts the SMCs, translations and claims made within each hold of one
 * lock, and can run another VM's call right when a lock is released.
 */
#include <string.h>

#include "check_run.h"
#include "mem.h"
#include "mem_desc.h"
#include "test_util.h"

#define ECHO 0x8001
#define MEM_IPA (IPA_BASE + 0x80000) /* 128 pages of each VM's memory from here */
#define BIG_IPA UINT64_C(0x100000000)
#define GIB_PAGES (UINT32_C(1) << 18)
/* One-page constituents in the hypervisor's TX buffer (one page in the simulation). */
#define BUFFER_CONSTITUENTS (FFA_PAGE_SIZE / FFA_MEM_CONSTITUENT_V1_0_SIZE)

/* ------------------------------------------------- the watched platform */

static struct ffa_platform watched;
static const struct ffa_platform *real;

struct hold {
	uint32_t smc, ipa_to_pa, claims; /* within one hold */
};

static struct {
	const struct ffa_lock *lock;     /* the lock watched */
	bool held;
	struct hold now, worst;
	uint32_t holds;
	uint32_t nested;                 /* other locks taken while holding it */
	uint32_t smc_fid;                /* count only SMCs with this w0 (0: all) */
	void (*at_unlock)(void);         /* run once, right after the next unlock of lock */
	uint32_t steal_fid;              /* answer this call's success with the handle stolen */
	ffa_mem_handle_t stolen;
} w;

static void note(uint32_t *n)
{
	if (w.held)
		(*n)++;
}

static void w_smc(void *ctx, struct ffa_regs *r)
{
	const uint32_t fid = (uint32_t)r->x[0];
	struct ffa_mem_share_result res;

	if (w.smc_fid == 0 || fid == w.smc_fid)
		note(&w.now.smc);
	real->smc(ctx, r);
	if (w.steal_fid != 0 && fid == w.steal_fid &&
	    ffa_decode_mem_share_result(r, med->version, &res) == FFA_OK)
		ffa_encode_mem_share_result(&(struct ffa_mem_share_result){ .handle = w.stolen },
					    med->version, r);
}

static int32_t w_ipa_to_pa(void *ctx, uint16_t vm_id, uint64_t ipa, uint64_t *pa)
{
	note(&w.now.ipa_to_pa);
	return real->ipa_to_pa(ctx, vm_id, ipa, pa);
}

static int32_t w_mem_claim(void *ctx, uint16_t vm_id, uint64_t ipa, uint32_t pages,
			   enum ffa_mem_op op)
{
	note(&w.now.claims);
	return real->mem_claim(ctx, vm_id, ipa, pages, op);
}

static void w_lock(void *ctx, struct ffa_lock *lock)
{
	if (w.held && lock != w.lock)
		w.nested++;
	real->lock(ctx, lock);
	if (lock == w.lock) {
		w.held = true;
		w.now = (struct hold){ 0 };
		w.holds++;
	}
}

static void w_unlock(void *ctx, struct ffa_lock *lock)
{
	void (*then)(void) = NULL;

	if (lock == w.lock) {
		w.held = false;
		if (w.now.smc > w.worst.smc)
			w.worst.smc = w.now.smc;
		if (w.now.ipa_to_pa > w.worst.ipa_to_pa)
			w.worst.ipa_to_pa = w.now.ipa_to_pa;
		if (w.now.claims > w.worst.claims)
			w.worst.claims = w.now.claims;
		then = w.at_unlock;
		w.at_unlock = NULL;
	}
	real->unlock(ctx, lock);
	if (then != NULL)
		then();
}

/* Watch lock from now on. */
static void watch(const struct ffa_lock *lock)
{
	memset(&w, 0, sizeof(w));
	w.lock = lock;
}

static void watched_setup(void)
{
	setup();
	real = med->plat;
	watched = *real;
	watched.smc = w_smc;
	watched.ipa_to_pa = w_ipa_to_pa;
	watched.mem_claim = w_mem_claim;
	watched.lock = w_lock;
	watched.unlock = w_unlock;
	med->plat = &watched;
	memset(&w, 0, sizeof(w));
}

static void watched_teardown(void)
{
	med->plat = real;
	teardown();
}

/* ------------------------------------------------------------- helpers */

/* vm at version 1.2 with its buffers, sharing count constituents c with ECHO. */
static struct ffa_regs share(struct ffa_vm *vm, const struct ffa_mem_constituent_v1_0 *c,
			     uint32_t count)
{
	uint8_t *tx = sim_guest_ptr(&sim, vm->id, TX_IPA, FFA_PAGE_SIZE);
	uint32_t len =
		mem_desc_write(tx, vm->id, ECHO, mem_desc_normal_wb(), mem_desc_rw(), c, count);

	return call(vm, (struct ffa_regs){ .x = { FFA_MEM_SHARE_32, len, len } });
}

static uint64_t handle_of(const struct ffa_regs *r)
{
	struct ffa_mem_share_result res;

	ck_assert_int_eq(ffa_decode_mem_share_result(r, FFA_VERSION_1_2, &res), FFA_OK);
	return res.handle;
}

static uint32_t open_shares_with(ffa_mem_handle_t handle)
{
	uint32_t n = 0;

	for (unsigned int i = 0; i < med->config.max_shares; i++)
		n += med->shares[i].used && med->shares[i].handle == handle;
	return n;
}

/* ------------------------------------ one handle, two VMs at once */

static struct ffa_regs second_answer;

/* VM 2 shares a page while VM 1's share is between its SMC and its record. */
static void vm2_shares(void)
{
	const struct ffa_mem_constituent_v1_0 c = { .address = MEM_IPA, .page_count = 1 };

	w.steal_fid = FFA_MEM_SHARE_32;
	second_answer = share(vm32, &c, 1);
	w.steal_fid = 0;
}

/* Arms vm2_shares for the first release of the shares lock after VM 1's SMC. */
static void w_smc_arm(void *ctx, struct ffa_regs *r)
{
	const uint32_t fid = (uint32_t)r->x[0];
	struct ffa_mem_share_result res;

	w_smc(ctx, r);
	if (fid == FFA_MEM_SHARE_32 && w.steal_fid == 0 && w.at_unlock == NULL && w.stolen == 0 &&
	    ffa_decode_mem_share_result(r, med->version, &res) == FFA_OK) {
		w.stolen = res.handle;
		w.at_unlock = vm2_shares;
	}
}

/*
 * An SPMC that gives VM 2's share the handle it just gave VM 1's, while
 * VM 1's is not recorded yet: one of them is refused (ABORTED, its pages
 * back), never both recorded under one handle.
 */
START_TEST(test_live_handle_race)
{
	const struct ffa_mem_constituent_v1_0 c = { .address = MEM_IPA, .page_count = 1 };
	struct ffa_regs first;

	negotiate(vm64, 2);
	map_buffers(vm64, 1);
	negotiate(vm32, 2);
	map_buffers(vm32, 1);
	watch(&med->shares_lock);
	watched.smc = w_smc_arm;
	first = share(vm64, &c, 1);
	watched.smc = w_smc;
	assert_success(&first);
	ck_assert_uint_eq(handle_of(&first), w.stolen);
	assert_error(&second_answer, FFA_ABORTED);
	ck_assert_uint_eq(open_shares_with(w.stolen), 1);
	ck_assert_uint_eq(vm32->share_count, 0);
	ck_assert_uint_eq(sim_claimed_pages(&sim, 2), 0);
	ck_assert_uint_eq(vm64->share_count, 1);
}
END_TEST


/* ---------------------------------------------- bounded holds of a lock */

static void assert_reclaimed(struct ffa_vm *vm, uint64_t handle)
{
	struct ffa_mem_reclaim_args a = { .handle = handle };
	struct ffa_regs r = { { 0 } };

	ffa_encode_mem_reclaim(&a, FFA_VERSION_1_2, &r);
	assert_success((struct ffa_regs[]){ call(vm, r) });
	ck_assert_uint_eq(sim_claimed_pages(&sim, vm->id), 0);
}

/*
 * However big a share, the hypervisor's buffers' lock (which every VM's
 * memory transactions need) is held for one SMC and at most
 * FFA_MEM_PAGES_PER_HOLD page translations at a time: 1 GiB in one run,
 * and 900 pages in 900 runs.
 */
START_TEST(test_share_holds_bounded)
{
	const struct ffa_mem_constituent_v1_0 gib = { .address = BIG_IPA, .page_count = GIB_PAGES };
	const struct ffa_mem_constituent_v1_0 runs = { .address = IPA_BASE + 64 * FFA_PAGE_SIZE,
						       .page_count = 900 };
	struct ffa_vm *vm4 = add_reversed_vm(4, 1024);
	const struct spmc_mem_transaction *t;
	struct ffa_regs out;

	negotiate(vm64, 2);
	map_buffers(vm64, 1);
	sim_add_unbacked(&sim, 1, BIG_IPA, (uint64_t)GIB_PAGES * FFA_PAGE_SIZE);
	watch(&med->hyp_buffers_lock);
	out = share(vm64, &gib, 1);
	assert_success(&out);
	ck_assert_uint_le(w.worst.ipa_to_pa, FFA_MEM_PAGES_PER_HOLD);
	ck_assert_uint_le(w.worst.smc, 1);
	ck_assert_uint_eq(w.worst.claims, 0);
	ck_assert_uint_ge(w.holds, GIB_PAGES / FFA_MEM_PAGES_PER_HOLD);
	t = spmc_transaction_of(&sim.spmc, handle_of(&out));
	ck_assert_uint_eq(t->total_pages, GIB_PAGES);
	assert_reclaimed(vm64, handle_of(&out));

	watch(&med->hyp_buffers_lock);
	out = share(vm4, &runs, 1);
	assert_success(&out);
	ck_assert_uint_le(w.worst.ipa_to_pa, BUFFER_CONSTITUENTS);
	ck_assert_uint_le(w.worst.smc, 1);
	t = spmc_transaction_of(&sim.spmc, handle_of(&out));
	ck_assert_uint_eq(t->constituent_count, 900);
	/* As few fragments as before: a buffer full of constituents each. */
	ck_assert_uint_eq(t->fragments, (900 * FFA_MEM_CONSTITUENT_V1_0_SIZE + 64 + FFA_PAGE_SIZE -
					 1) / FFA_PAGE_SIZE);
	assert_reclaimed(vm4, handle_of(&out));
}
END_TEST

/* The shares lock is held for the mediator's own tables: no SMC, translation or claim. */
START_TEST(test_shares_lock_no_calls)
{
	const struct ffa_mem_constituent_v1_0 c[2] = { { .address = MEM_IPA, .page_count = 2 },
						       { .address = MEM_IPA + 4 * FFA_PAGE_SIZE,
							 .page_count = 1 } };
	struct ffa_regs out;

	negotiate(vm64, 2);
	map_buffers(vm64, 1);
	watch(&med->shares_lock);
	out = share(vm64, c, 2);
	assert_success(&out);
	assert_reclaimed(vm64, handle_of(&out));
	ck_assert_uint_ge(w.holds, 2);
	ck_assert_uint_eq(w.worst.smc, 0);
	ck_assert_uint_eq(w.worst.ipa_to_pa, 0);
	ck_assert_uint_eq(w.worst.claims, 0);
	ck_assert_uint_eq(w.nested, 0);
}
END_TEST

/*
 * A descriptor in fragments goes on a page per constituent: each hold of
 * the buffers' lock fills one buffer at most, one SMC, and the shares
 * lock is never taken inside it (it once was, per constituent).
 */
START_TEST(test_fragment_holds_bounded)
{
	const struct ffa_mem_constituent_v1_0 c[2] = { { .address = BIG_IPA, .page_count = 3000 },
						       { .address = BIG_IPA + 3000 * FFA_PAGE_SIZE,
							 .page_count = 3000 } };
	uint8_t *tx = sim_guest_ptr(&sim, 1, TX_IPA, FFA_PAGE_SIZE);
	struct ffa_mem_frag_rx_args more;
	struct ffa_mem_frag_tx_args a = { .fragment_length = FFA_MEM_CONSTITUENT_V1_0_SIZE };
	struct ffa_regs out, next = { { 0 } };
	uint32_t len;

	negotiate(vm64, 2);
	map_buffers(vm64, 1);
	sim_add_unbacked(&sim, 1, BIG_IPA, 6000 * FFA_PAGE_SIZE);
	len = mem_desc_write(tx, 1, ECHO, mem_desc_normal_wb(), mem_desc_rw(), c, 2);
	watch(&med->hyp_buffers_lock);
	out = call(vm64, (struct ffa_regs){ .x = { FFA_MEM_SHARE_32, len,
						   len - FFA_MEM_CONSTITUENT_V1_0_SIZE } });
	ck_assert_int_eq(ffa_decode_mem_frag_rx(&out, FFA_VERSION_1_2, &more), FFA_OK);
	memcpy(tx, &c[1], sizeof(c[1]));
	a.handle = more.handle;
	ffa_encode_mem_frag_tx(&a, FFA_VERSION_1_2, &next);
	out = call(vm64, next);
	assert_success(&out);
	ck_assert_uint_eq(spmc_transaction_of(&sim.spmc, handle_of(&out))->total_pages, 6000);
	ck_assert_uint_le(w.worst.ipa_to_pa, BUFFER_CONSTITUENTS);
	ck_assert_uint_le(w.worst.smc, 1);
	ck_assert_uint_eq(w.worst.claims, 0);
	ck_assert_uint_eq(w.nested, 0);
	assert_reclaimed(vm64, handle_of(&out));
}
END_TEST

/* ----------------------------------------------------- a VM's teardown */

/*
 * Direct requests of VM 1 preempted in two partitions, each needing three
 * FFA_RUN calls to end: the destroy and each poll hold VM 1's lock for
 * 4 of them at most (before: all 6 in one hold), and the teardown still
 * completes at a later poll.
 */
START_TEST(test_destroy_poll_runs_bounded)
{
	const uint16_t targets[] = { ECHO, 0x8002 };
	int32_t ret;
	int polls = 0;

	negotiate(vm64, 2);
	for (uint32_t p = 0; p < 2; p++) {
		struct spmc_partition_config *sp = &sim.spmc.config.partitions[p];
		struct ffa_msg_send_direct_req_args a = { .smc64 = true,
							  .source = 1,
							  .destination = targets[p] };
		struct ffa_regs r = { { 0 } };

		ck_assert_uint_eq(sp->id, targets[p]);
		sp->behaviour = SPMC_BEHAVE_SEQUENCE;
		sp->stop_count = 3;
		for (uint32_t i = 0; i < sp->stop_count; i++)
			sp->stops[i] = SPMC_STOP_INTERRUPT;
		ffa_encode_msg_send_direct_req(&a, FFA_VERSION_1_2, &r);
		r = call(vm64, r);
		ck_assert_uint_eq(r.x[0], FFA_INTERRUPT_32);
	}
	watch(&vm64->lock);
	w.smc_fid = FFA_RUN_32;
	ret = ffa_vm_destroy(med, vm64);
	while (ret == FFA_RETRY && polls++ < 8)
		ret = ffa_vm_destroy_poll(med, vm64);
	ck_assert_int_eq(ret, FFA_OK);
	ck_assert_uint_le(w.worst.smc, 4);
	ck_assert_int_ge(polls, 1);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("mem_locks");
	TCase *tc = tcase_create("mem_locks");

	tcase_add_checked_fixture(tc, watched_setup, watched_teardown);
	tcase_add_test(tc, test_live_handle_race);
	tcase_add_test(tc, test_share_holds_bounded);
	tcase_add_test(tc, test_shares_lock_no_calls);
	tcase_add_test(tc, test_fragment_holds_bounded);
	tcase_add_test(tc, test_destroy_poll_runs_bounded);
	suite_add_tcase(s, tc);
	return check_run(s);
}
