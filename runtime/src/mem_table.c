/* SPDX-License-Identifier: MIT */
/*
 * The mediator's record of memory transactions: the table of open ones,
 * the pool of IPA ranges they were given in (lists, no allocation), what
 * overlaps them, and the platform's claim on their pages. The table and
 * the pool are under the transactions' lock (shares_lock); a VM's own
 * slots and their ranges change only with its lock held too, so with it
 * they are read without the shares lock, which is never held for more
 * than one walk of the table (config.max_shares slots) or of one
 * transaction's ranges when they are taken from or given back to the pool.
 */
#include "mem.h"

#define DEFAULT_VM_MAX_SHARES 64
#define DEFAULT_VM_MAX_SHARE_PAGES (UINT64_C(1) << 20)
#define DEFAULT_SHARE_MAX_PAGES (UINT64_C(1) << 18)

/* The transactions' lock: one call, not inlined, for the many places that take it. */
__attribute__((__noinline__)) void ffa_mem_shares_lock(struct ffa_mediator *m)
{
	m->plat->lock(m->plat->ctx, &m->shares_lock);
}

__attribute__((__noinline__)) void ffa_mem_shares_unlock(struct ffa_mediator *m)
{
	m->plat->unlock(m->plat->ctx, &m->shares_lock);
}

/* ---------------------------------------------------------- range pool */

/* Called, not inlined: each failure and teardown path gives ranges back. */
__attribute__((__noinline__)) void ffa_mem_free_ranges(struct ffa_mediator *m, uint32_t first)
{
	while (first != FFA_NO_RANGE) {
		const uint32_t next = m->ranges[first].next;

		m->ranges[first].next = m->free_range;
		m->free_range = first;
		first = next;
	}
}

/* count ranges from the free list, linked in order; FFA_NO_RANGE if short. */
uint32_t ffa_mem_alloc_ranges(struct ffa_mediator *m, uint32_t count)
{
	uint32_t first = FFA_NO_RANGE;
	uint32_t *link = &first;

	for (uint32_t i = 0; i < count; i++) {
		const uint32_t r = m->free_range;

		if (r == FFA_NO_RANGE) {
			ffa_mem_free_ranges(m, first);
			return FFA_NO_RANGE;
		}
		m->free_range = m->ranges[r].next;
		m->ranges[r].next = FFA_NO_RANGE;
		*link = r;
		link = &m->ranges[r].next;
	}
	return first;
}

FFA_COLD void ffa_mem_init(struct ffa_mediator *m)
{
	m->free_range = FFA_NO_RANGE;
	for (uint32_t i = m->config.max_share_ranges; i-- > 0;) {
		m->ranges[i].next = m->free_range;
		m->free_range = i;
	}
	if (m->config.vm_max_shares == 0)
		m->config.vm_max_shares = DEFAULT_VM_MAX_SHARES;
	if (m->config.vm_max_share_pages == 0)
		m->config.vm_max_share_pages = DEFAULT_VM_MAX_SHARE_PAGES;
	if (m->config.share_max_pages == 0)
		m->config.share_max_pages = DEFAULT_SHARE_MAX_PAGES;
	m->plat->lock_init(m->plat->ctx, &m->shares_lock);
}

/* ---------------------------------------------------------- overlaps */

/*
 * Ranges are compared in pages: page aligned and a page at least (the
 * reader's checks), a range ends at page 2^52 at most, so no end wraps,
 * not even one at the top of the address space.
 */
static uint64_t first_page(const struct ffa_share_range *r)
{
	return r->ipa / FFA_PAGE_SIZE;
}

static uint64_t end_page(const struct ffa_share_range *r)
{
	return first_page(r) + r->pages;
}

static bool overlap(const struct ffa_share_range *a, const struct ffa_share_range *b)
{
	return first_page(a) < end_page(b) && first_page(b) < end_page(a);
}

/*
 * One of owner's open transactions: not a free slot, nor one reserved for a
 * descriptor still arriving in fragments (its ranges are not in it yet).
 */
static bool open_share_of(const struct ffa_share *sh, uint16_t owner)
{
	return sh->used && sh->owner == owner && sh->first_range != FFA_NO_RANGE;
}

/*
 * The first of the VM's open transactions from slot i on, or
 * config.max_shares (VM locked). The table is read under its lock (other VMs
 * change their slots at any time); the slot found stays the VM's, and so
 * do its ranges, since only the holder of the VM's lock adds or removes
 * its transactions: they are read without the shares lock.
 */
unsigned int ffa_mem_next_open_share(struct ffa_mediator *m, uint16_t owner, unsigned int i)
{
	ffa_mem_shares_lock(m);
	while (i < m->config.max_shares && !open_share_of(&m->shares[i], owner))
		i++;
	ffa_mem_shares_unlock(m);
	return i;
}

/*
 * Does n overlap one of up to count ranges from first? The one walk of
 * every overlap test: a transaction's ranges, those of the VM's
 * transaction in fragments so far, a request's against each other.
 */
static __attribute__((__noinline__)) bool
list_overlaps(const struct ffa_mediator *m, uint32_t first, uint32_t count,
	      const struct ffa_share_range *n)
{
	for (uint32_t i = 0; first != FFA_NO_RANGE && i < count;
	     first = m->ranges[first].next, i++) {
		if (overlap(&m->ranges[first], n))
			return true;
	}
	return false;
}

/* Does one of count ranges from first overlap one of the VM's open transactions (VM locked)? */
static bool in_open_share(struct ffa_mediator *m, const struct ffa_vm *vm, uint32_t first,
			  uint32_t count)
{
	for (unsigned int s = 0; (s = ffa_mem_next_open_share(m, vm->id, s)) < m->config.max_shares;
	     s++) {
		uint32_t a = first;

		for (uint32_t i = 0; i < count && a != FFA_NO_RANGE; i++, a = m->ranges[a].next) {
			if (list_overlaps(m, m->shares[s].first_range, UINT32_MAX, &m->ranges[a]))
				return true;
		}
	}
	return false;
}

/*
 * Is n part of the VM's RX/TX buffers? Those pages are the
 * mediator's to read and write as long as they are mapped, so they are
 * not the VM's alone to give (FF-A 1.0 §8.4: the hypervisor ensures
 * exclusive ownership; Hafnium marks them not exclusively owned, and a
 * transaction naming them is DENIED).
 */
static bool in_rxtx(struct ffa_vm_locked locked, const struct ffa_share_range *n)
{
	const struct ffa_vm *vm = locked.vm;
	struct ffa_share_range tx = { .ipa = vm->rxtx.tx_ipa, .pages = vm->rxtx.pages };
	struct ffa_share_range rx = { .ipa = vm->rxtx.rx_ipa, .pages = vm->rxtx.pages };

	return vm->rxtx.mapped && (overlap(&tx, n) || overlap(&rx, n));
}

/* Ranges of a request up to which comparing every pair costs less than sorting them. */
#define PAIRWISE_MAX 16

static bool below(const struct ffa_mediator *m, uint32_t a, uint32_t b)
{
	return m->ranges[a].ipa < m->ranges[b].ipa;
}

/* Heap sort's sift-down of order[i] in order[0..n). */
static void sift(const struct ffa_mediator *m, uint32_t *order, uint32_t i, uint32_t n)
{
	for (uint32_t c; (c = 2 * i + 1) < n; i = c) {
		const uint32_t top = order[i];

		if (c + 1 < n && below(m, order[c], order[c + 1]))
			c++;
		if (!below(m, top, order[c]))
			return;
		order[i] = order[c];
		order[c] = top;
	}
}

/* order[0..n), pool indices, by their ranges' addresses: in place, no recursion. */
static void sort_by_address(const struct ffa_mediator *m, uint32_t *order, uint32_t n)
{
	for (uint32_t i = n / 2; i-- > 0;)
		sift(m, order, i, n);
	for (uint32_t k = n; k-- > 1;) {
		const uint32_t top = order[0];

		order[0] = order[k];
		order[k] = top;
		sift(m, order, 0, k);
	}
}

/*
 * The place of the first of count ranges from first that overlaps another
 * (count: none does), sorted by address in the shares lock's scratch.
 * Sorted, a range overlaps an earlier one if it starts before the
 * furthest end so far, and a later one if it ends after the next one
 * starts; each that does is marked, and the list walked in order to the
 * first mark. Compiled for size: only a request of more than PAIRWISE_MAX ranges
 * comes here.
 */
FFA_COLD static __attribute__((__noinline__)) uint32_t
first_overlapping(struct ffa_mediator *m, uint32_t first, uint32_t count)
{
	uint32_t *order = m->range_order;
	uint64_t furthest = 0;
	uint32_t n = 0, i = 0, a;

	ffa_mem_shares_lock(m);
	for (a = first; a != FFA_NO_RANGE && i < count; a = m->ranges[a].next, i++)
		order[n++] = a;
	sort_by_address(m, order, n);
	for (uint32_t k = 0; k < n; k++) {
		const struct ffa_share_range *r = &m->ranges[order[k]];

		if (first_page(r) < furthest ||
		    (k + 1 < n && first_page(&m->ranges[order[k + 1]]) < end_page(r)))
			m->range_marks[order[k] / 64] |= UINT64_C(1) << (order[k] % 64);
		if (end_page(r) > furthest)
			furthest = end_page(r);
	}
	for (i = 0, a = first; a != FFA_NO_RANGE && i < count; a = m->ranges[a].next, i++) {
		if (m->range_marks[a / 64] & (UINT64_C(1) << (a % 64)))
			break;
	}
	/* The marks cleared again: every marked range is in order[0..n). */
	for (uint32_t k = 0; k < n; k++)
		m->range_marks[order[k] / 64] &= ~(UINT64_C(1) << (order[k] % 64));
	ffa_mem_shares_unlock(m);
	return i;
}

/*
 * How many of count ranges from first come before the first one that
 * overlaps a range after it (count: none does). The first range that
 * overlaps any other is that one: its partner can only come after it.
 * The ranges are the VM's (VM locked). Pair by pair for a few; for more,
 * first_overlapping(), so that a descriptor of thousands of ranges costs
 * n log n comparisons, not n^2 / 2.
 */
static uint32_t distinct_prefix(struct ffa_mediator *m, uint32_t first, uint32_t count)
{
	uint32_t i = 0;

	if (count > PAIRWISE_MAX)
		return first_overlapping(m, first, count);
	for (uint32_t a = first; a != FFA_NO_RANGE && i < count; a = m->ranges[a].next, i++) {
		if (list_overlaps(m, m->ranges[a].next, count - i - 1, &m->ranges[a]))
			return i;
	}
	return i;
}

/*
 * No range in another open transaction of the VM, nor in its RX/TX
 * buffers (DENIED), nor twice in the request (INVALID_PARAMETERS), checked
 * range by range in order, as a VM sees it. VM locked; the shares lock
 * only a moment per open transaction found, and for the sort of a request
 * of many ranges (distinct_prefix()).
 */
int32_t ffa_mem_check_overlaps(struct ffa_mediator *m, struct ffa_vm_locked locked,
			       const struct mem_request *req)
{
	const struct ffa_vm *vm = locked.vm;
	const uint32_t distinct = distinct_prefix(m, req->first_range, req->range_count);
	uint32_t a = req->first_range;

	if (in_open_share(m, vm, req->first_range, distinct))
		return FFA_DENIED;
	for (uint32_t i = 0; i < distinct; i++, a = m->ranges[a].next) {
		if (in_rxtx(locked, &m->ranges[a]))
			return FFA_DENIED;
	}
	return distinct == req->range_count ? FFA_OK : FFA_INVALID_PARAMETERS;
}

/* May range r join the transaction of the VM in fragments (see ffa_mem_check_overlaps)? */
int32_t ffa_mem_frag_range_ok(struct ffa_mediator *m, struct ffa_vm_locked locked, uint32_t r,
			      uint32_t count)
{
	const struct ffa_vm *vm = locked.vm;

	if (list_overlaps(m, vm->frag.first_range, count, &m->ranges[r]))
		return FFA_INVALID_PARAMETERS;
	return in_open_share(m, vm, r, 1) || in_rxtx(locked, &m->ranges[r]) ? FFA_DENIED : FFA_OK;
}

bool ffa_mem_in_transaction(struct ffa_mediator *m, struct ffa_vm_locked locked, uint64_t ipa,
			    uint32_t pages)
{
	const struct ffa_vm *vm = locked.vm;
	const struct ffa_share_range n = { .ipa = ipa, .pages = pages };
	bool found = vm->frag.active &&
		     list_overlaps(m, vm->frag.first_range, vm->frag.ranges_seen, &n);

	for (unsigned int s = 0;
	     !found && (s = ffa_mem_next_open_share(m, vm->id, s)) < m->config.max_shares; s++)
		found = list_overlaps(m, m->shares[s].first_range, UINT32_MAX, &n);
	return found;
}

/* ------------------------------------------------------------- table */

static struct ffa_share *free_share(struct ffa_mediator *m)
{
	for (unsigned int i = 0; i < m->config.max_shares; i++) {
		if (!m->shares[i].used)
			return &m->shares[i];
	}
	return NULL;
}

/*
 * Within the limits of a transaction and of the VM, and a table slot
 * reserved (not for a donate) so the SPMC is never told in vain. With the
 * transactions' lock held.
 */
int32_t ffa_mem_reserve(struct ffa_mediator *m, struct ffa_vm_locked locked,
			struct mem_request *req)
{
	struct ffa_vm *vm = locked.vm;

	if (vm->share_count >= m->config.vm_max_shares || req->pages > m->config.share_max_pages ||
	    req->pages > m->config.vm_max_share_pages - vm->share_pages)
		return FFA_NO_MEMORY;
	if (req->op == FFA_MEM_OP_DONATE)
		return FFA_OK;
	req->slot = free_share(m);
	if (req->slot == NULL)
		return FFA_NO_MEMORY;
	*req->slot = (struct ffa_share){ .used = true,
					 .owner = vm->id,
					 .handle = FFA_HANDLE_INVALID,
					 .first_range = FFA_NO_RANGE };
	return FFA_OK;
}

/*
 * Is handle already an open transaction's (shares lock held)? An SPMC that
 * hands out a live handle again has answered what no SPMC may: the new
 * transaction is not recorded, and nothing is sent to the SPMC under that
 * handle, which would reach the other transaction.
 */
bool ffa_mem_handle_live(const struct ffa_mediator *m, ffa_mem_handle_t handle)
{
	for (unsigned int i = 0; i < m->config.max_shares; i++) {
		if (m->shares[i].used && m->shares[i].handle == handle)
			return true;
	}
	return false;
}

/* The VM's open transaction with this handle (shares lock held), or NULL. */
struct ffa_share *ffa_mem_find_share(struct ffa_mediator *m, uint16_t owner,
				     ffa_mem_handle_t handle)
{
	for (unsigned int i = 0; i < m->config.max_shares; i++) {
		struct ffa_share *sh = &m->shares[i];

		if (open_share_of(sh, owner) && sh->handle == handle)
			return sh;
	}
	return NULL;
}

/* ------------------------------------------------- claiming the pages */

/* Give back the pages of up to count ranges from range first. */
void ffa_mem_unclaim(struct ffa_mediator *m, uint16_t vm_id, uint32_t first, uint32_t count,
		     enum ffa_mem_op op)
{
	for (uint32_t r = first, i = 0; r != FFA_NO_RANGE && i < count; r = m->ranges[r].next, i++)
		m->plat->mem_unclaim(m->plat->ctx, vm_id, m->ranges[r].ipa, m->ranges[r].pages, op);
}

/* Pin the pages (share) or take them from the VM (lend, donate): all or none. */
int32_t ffa_mem_claim(struct ffa_mediator *m, uint16_t vm_id, const struct mem_request *req)
{
	uint32_t claimed = 0;

	for (uint32_t r = req->first_range; r != FFA_NO_RANGE; r = m->ranges[r].next, claimed++) {
		int32_t ret = m->plat->mem_claim(m->plat->ctx, vm_id, m->ranges[r].ipa,
						 m->ranges[r].pages, req->op);

		if (ret != FFA_OK) {
			ffa_mem_unclaim(m, vm_id, req->first_range, claimed, req->op);
			return ret;
		}
	}
	return FFA_OK;
}
