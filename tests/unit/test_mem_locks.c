/* SPDX-License-Identifier: MIT */
/*
 * What the mediator does while it holds a lock other VMs need, watched
 * through the platform: the simulated platform's ops wrapped so a test
 * counts the SMCs, translations and claims made within each hold of one
 * lock, and can run another VM's call right when a lock is released.
 */
#include <string.h>

#include "check_run.h"
#include "mem_desc.h"
#include "test_util.h"

#define ECHO 0x8001
#define MEM_IPA (IPA_BASE + 0x80000) /* 128 pages of each VM's memory from here */

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
	    ffa_decode_mem_share_result(r, med.version, &res) == FFA_OK)
		ffa_encode_mem_share_result(&(struct ffa_mem_share_result){ .handle = w.stolen }, med.version, r);
}

static int32_t w_ipa_to_pa(void *ctx, uint16_t vm_id, uint64_t ipa, uint64_t *pa)
{
	note(&w.now.ipa_to_pa);
	return real->ipa_to_pa(ctx, vm_id, ipa, pa);
}

static int32_t w_mem_claim(void *ctx, uint16_t vm_id, uint64_t ipa, uint32_t pages, enum ffa_mem_op op)
{
	note(&w.now.claims);
	return real->mem_claim(ctx, vm_id, ipa, pages, op);
}

static void w_lock(void *ctx, struct ffa_lock *lock)
{
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
	real = med.plat;
	watched = *real;
	watched.smc = w_smc;
	watched.ipa_to_pa = w_ipa_to_pa;
	watched.mem_claim = w_mem_claim;
	watched.lock = w_lock;
	watched.unlock = w_unlock;
	med.plat = &watched;
	memset(&w, 0, sizeof(w));
}

static void watched_teardown(void)
{
	med.plat = real;
	teardown();
}

/* ------------------------------------------------------------- helpers */

/* vm at version 1.2 with its buffers, sharing count constituents c with ECHO. */
static struct ffa_regs share(struct ffa_vm *vm, const struct ffa_mem_constituent_v1_0 *c, uint32_t count)
{
	uint8_t *tx = sim_guest_ptr(&sim, vm->id, TX_IPA, FFA_PAGE_SIZE);
	uint32_t len = mem_desc_write(tx, vm->id, ECHO, mem_desc_normal_wb(), mem_desc_rw(), c, count);

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

	for (unsigned int i = 0; i < FFA_MAX_SHARES; i++)
		n += med.shares[i].used && med.shares[i].handle == handle;
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
	    ffa_decode_mem_share_result(r, med.version, &res) == FFA_OK) {
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
	watch(&med.shares_lock);
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

int main(void)
{
	Suite *s = suite_create("mem_locks");
	TCase *tc = tcase_create("mem_locks");

	tcase_add_checked_fixture(tc, watched_setup, watched_teardown);
	tcase_add_test(tc, test_live_handle_race);
	suite_add_tcase(s, tc);
	return check_run(s);
}
