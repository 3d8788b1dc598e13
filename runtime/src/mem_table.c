/* SPDX-License-Identifier: MIT */
/*
 * The mediator's record of memory transactions: the table of open ones,
 * the pool of IPA ranges they were given in (lists, no allocation), what
 * overlaps them, and the platform's claim on their pages. The table and
 * the pool are under the transactions' lock (shares_lock); a VM's own
 * slots and their ranges change only with its lock held too, so with it
 * they are read without the shares lock, which is never held for more
 * than one walk of the table (config.max_shares slots), of one
 * transaction's ranges when they are taken from or given back to the
 * pool, or one sort and walk of a VM's ranges in its scratch
 * (ffa_mem_check_ranges(), ffa_mem_frag_sort_sent()).
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

/*
 * Called, not inlined: each failure and teardown path gives ranges back.
 * Compiled for size: a reclaim's one walk, a step a range (./run bench:
 * one instruction a range more).
 */
FFA_COLD __attribute__((__noinline__)) void ffa_mem_free_ranges(struct ffa_mediator *m,
							   uint32_t first)
{
	while (first != FFA_NO_RANGE) {
		const uint32_t next = m->ranges[first].next;

		m->ranges[first].next = m->free_range;
		m->free_range = first;
		first = next;
	}
}

FFA_COLD void ffa_mem_init(struct ffa_mediator *m)
{
	uint32_t head = FFA_NO_RANGE;

	/* Every entry of the pool free, in order. */
	for (uint32_t i = m->config.max_share_ranges; i-- > 0; head = i)
		m->ranges[i].next = head;
	m->free_range = head;
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
 * The first of owner's open transactions from slot i on, or
 * config.max_shares (shares lock held). Out of line, compiled for speed:
 * every check of ranges walks the whole table.
 */
static __attribute__((__noinline__)) unsigned int
next_open(const struct ffa_mediator *m, uint16_t owner, unsigned int i)
{
	while (i < m->config.max_shares && !open_share_of(&m->shares[i], owner))
		i++;
	return i;
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
	i = next_open(m, owner, i);
	ffa_mem_shares_unlock(m);
	return i;
}

/* Does n overlap one of up to count ranges from first? */
static bool list_overlaps(const struct ffa_mediator *m, uint32_t first, uint32_t count,
			  const struct ffa_share_range *n)
{
	for (uint32_t i = 0; first != FFA_NO_RANGE && i < count;
	     first = m->ranges[first].next, i++) {
		if (overlap(&m->ranges[first], n))
			return true;
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

/* A new range's marks (ffa_mediator.range_marks, two bits per pool entry). */
enum mark { MARK_NEW = 1, MARK_TAKEN = 2 };
#define MARK_BITS (64 / FFA_RANGE_MARKS_PER_WORD)
#define MARKS (MARK_NEW | MARK_TAKEN)
_Static_assert(MARKS < 1 << MARK_BITS, "the marks fit in a pool entry's bits");

static uint64_t *marks_word(const struct ffa_mediator *m, uint32_t a)
{
	return &m->range_marks[a / FFA_RANGE_MARKS_PER_WORD];
}

static unsigned int marks_shift(uint32_t a)
{
	return a % FFA_RANGE_MARKS_PER_WORD * MARK_BITS;
}

static uint64_t marks_of(const struct ffa_mediator *m, uint32_t a)
{
	return *marks_word(m, a) >> marks_shift(a) & MARKS;
}

/* What a range's marks answer (statuses fit in a byte): overlapping a later range first. */
static const int8_t answer[MARKS + 1] = {
	[0] = FFA_OK,
	[MARK_NEW] = FFA_INVALID_PARAMETERS,
	[MARK_TAKEN] = FFA_DENIED,
	[MARK_NEW | MARK_TAKEN] = FFA_INVALID_PARAMETERS,
};

/* Up to count ranges from first into the scratch from n; the new n. */
static uint32_t gather(struct ffa_mediator *m, uint32_t n, uint32_t first, uint32_t count)
{
	for (uint32_t i = 0; first != FFA_NO_RANGE && i < count; first = m->ranges[first].next, i++)
		m->range_order[n++] = first;
	return n;
}

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

/*
 * order[0..n), pool indices, by their ranges' addresses: in place, no
 * recursion; one look when they are in order already.
 */
static void sort_by_address(const struct ffa_mediator *m, uint32_t *order, uint32_t n)
{
	uint32_t k = 1;

	while (k < n && !below(m, order[k], order[k - 1]))
		k++;
	if (k >= n)
		return;
	for (uint32_t i = n / 2; i-- > 0;)
		sift(m, order, i, n);
	for (k = n; k-- > 1;) {
		const uint32_t top = order[0];

		order[0] = order[k];
		order[k] = top;
		sift(m, order, 0, k);
	}
}

/* The start of range order[k] of n, or no page (UINT64_MAX) past the last. */
static uint64_t start_at(const struct ffa_mediator *m, const uint32_t *order, uint32_t k,
			 uint32_t n)
{
	return k < n ? first_page(&m->ranges[order[k]]) : UINT64_MAX;
}

/*
 * The new ranges (order[0..nn)) and the open ones (order + nn, no of
 * them), each sorted by address: marks each new range that meets another
 * new one (MARK_NEW), or an open one or the VM's RX/TX buffers
 * (MARK_TAKEN). In one pass: a range meets one of a sorted list that
 * starts before it if it starts before the furthest end of those, and one
 * that starts with it or after if the first of those starts before its
 * end. Walked with them, old_count old ranges from old, sorted by address
 * and apart: does a new range meet one of those? Shares lock held.
 */
static bool sweep(struct ffa_mediator *m, struct ffa_vm_locked locked, uint32_t nn, uint32_t no,
		  uint32_t old, uint32_t old_count)
{
	const uint32_t *open = m->range_order + nn;
	uint64_t new_end = 0, open_end = 0;
	uint32_t j = 0;
	bool meets_old = false;

	for (uint32_t k = 0; k < nn; k++) {
		const uint32_t a = m->range_order[k];
		const struct ffa_share_range *r = &m->ranges[a];
		uint64_t bits = 0;

		for (; j < no && first_page(&m->ranges[open[j]]) < first_page(r); j++) {
			if (end_page(&m->ranges[open[j]]) > open_end)
				open_end = end_page(&m->ranges[open[j]]);
		}
		if (first_page(r) < new_end || start_at(m, m->range_order, k + 1, nn) < end_page(r))
			bits |= MARK_NEW;
		if (first_page(r) < open_end || start_at(m, open, j, no) < end_page(r) ||
		    in_rxtx(locked, r))
			bits |= MARK_TAKEN;
		*marks_word(m, a) |= bits << marks_shift(a);
		if (end_page(r) > new_end)
			new_end = end_page(r);
		/* An old range that ends before this one starts meets no later one either. */
		for (; old_count > 0 && end_page(&m->ranges[old]) <= first_page(r); old_count--)
			old = m->ranges[old].next;
		if (old_count > 0 && first_page(&m->ranges[old]) < end_page(r))
			meets_old = true;
	}
	return meets_old;
}

/*
 * ffa_mem_check_ranges(): new ranges of a descriptor (count from first)
 * and those before them (old_count from old: earlier fragments', checked
 * then, and sorted by address since: ffa_mem_frag_sort_sent()). Answered
 * as if the whole descriptor were checked range by range in its order,
 * the first wrong range deciding:
 *  - one that overlaps a later range is INVALID_PARAMETERS: an old range
 *    that overlaps a new one, or the first new range that overlaps a
 *    later new one;
 *  - one before that in an open transaction of the VM or in its RX/TX
 *    buffers is DENIED.
 * So each fragment gets the answer the descriptor received so far would
 * get whole (what a range overlaps later on is not known yet).
 *
 * The new ranges and the VM's open transactions' are sorted apart in the
 * shares lock's scratch, swept together, walked with the old ones, and
 * the marks read in the descriptor's order: new log new + open log open +
 * old steps, and one walk of the table (next_open()), not new * (all the
 * others). Ranges in address order, as a VM usually sends them, are not
 * sorted at all. Compiled for size but for the table's walk and the sort.
 */
FFA_COLD int32_t ffa_mem_check_ranges(struct ffa_mediator *m, struct ffa_vm_locked locked,
				      uint32_t old, uint32_t old_count, uint32_t first,
				      uint32_t count)
{
	int32_t ret = FFA_OK;
	uint32_t nn, n, i, a;

	ffa_mem_shares_lock(m);
	nn = n = gather(m, 0, first, count);
	for (unsigned int s = 0; (s = next_open(m, locked.vm->id, s)) < m->config.max_shares; s++)
		n = gather(m, n, m->shares[s].first_range, UINT32_MAX);
	sort_by_address(m, m->range_order, nn);
	sort_by_address(m, m->range_order + nn, n - nn);
	if (sweep(m, locked, nn, n - nn, old, old_count))
		ret = FFA_INVALID_PARAMETERS;
	/* The marks read in order, the first set deciding; cleared (only new ranges have any). */
	for (i = 0, a = first; i < count; i++, a = m->ranges[a].next) {
		if (ret == FFA_OK)
			ret = answer[marks_of(m, a)];
		*marks_word(m, a) &= ~((uint64_t)MARKS << marks_shift(a));
	}
	ffa_mem_shares_unlock(m);
	return ret;
}

/*
 * After a fragment went to the SPMC in the descriptor's order: its count
 * ranges from first merged into the ranges before them, which stay sorted
 * by address, so that the next fragment is checked against them in one
 * walk (sweep()). Their order is no one's any more: they are given
 * back as a set. VM locked; the shares lock for the scratch.
 */
FFA_COLD void ffa_mem_frag_sort_sent(struct ffa_mediator *m, struct ffa_vm_locked locked,
				     uint32_t first, uint32_t count)
{
	struct ffa_vm *vm = locked.vm;
	const uint32_t old_count = vm->frag.ranges_seen - count;
	uint32_t head = FFA_NO_RANGE, *link = &head;
	uint32_t old = vm->frag.first_range, i = 0, k, n;

	ffa_mem_shares_lock(m);
	n = gather(m, 0, first, count);
	sort_by_address(m, m->range_order, n);
	for (k = 0; k < n; k++) {
		const uint32_t x = m->range_order[k];

		/* The old ranges below this one first (each read on before its link changes). */
		for (; i < old_count && m->ranges[old].ipa < m->ranges[x].ipa; i++) {
			*link = old;
			link = &m->ranges[old].next;
			old = *link;
		}
		*link = x;
		link = &m->ranges[x].next;
	}
	ffa_mem_shares_unlock(m);
	/* The rest of the old ones are linked already, in order, up to the new ones. */
	if (i < old_count) {
		*link = old;
		for (; i + 1 < old_count; i++)
			old = m->ranges[old].next;
		link = &m->ranges[old].next;
	}
	*link = vm->frag.next_range;
	vm->frag.first_range = head;
}

/*
 * Asked by FFA_RXTX_MAP alone: compiled for size. The transaction in
 * fragments' ranges so far first, then each open transaction's.
 */
FFA_COLD bool ffa_mem_in_transaction(struct ffa_mediator *m, struct ffa_vm_locked locked,
				     uint64_t ipa, uint32_t pages)
{
	const struct ffa_vm *vm = locked.vm;
	const struct ffa_share_range n = { .ipa = ipa, .pages = pages };
	uint32_t first = vm->frag.active ? vm->frag.first_range : FFA_NO_RANGE;
	uint32_t count = vm->frag.ranges_seen;
	unsigned int s = 0;

	while (!list_overlaps(m, first, count, &n)) {
		s = ffa_mem_next_open_share(m, vm->id, s);
		if (s >= m->config.max_shares)
			return false;
		first = m->shares[s++].first_range;
		count = UINT32_MAX;
	}
	return true;
}

/* ------------------------------------------------- claiming the pages */

/*
 * The one walk of the platform's claims, on up to count ranges from range
 * first: each given back (claim false), or claimed, all or none: when the
 * platform refuses one, those before it are given back and its answer is
 * the result.
 */
static __attribute__((__noinline__)) int32_t
claims(struct ffa_mediator *m, uint16_t vm_id, uint32_t first, uint32_t count,
       enum ffa_mem_op op, bool claim)
{
	const struct ffa_platform *p = m->plat;
	int32_t ret = FFA_OK;
	uint32_t i = 0, r = first;

	while (r != FFA_NO_RANGE && i < count) {
		const struct ffa_share_range *x = &m->ranges[r];

		if (claim)
			ret = p->mem_claim(p->ctx, vm_id, x->ipa, x->pages, op);
		else
			p->mem_unclaim(p->ctx, vm_id, x->ipa, x->pages, op);
		if (ret != FFA_OK && claim) {
			/* The walk again, giving back the i ranges before this one. */
			claim = false;
			count = i;
			i = 0;
			r = first;
			continue;
		}
		r = x->next;
		i++;
	}
	return ret;
}

/* Give back the pages of up to count ranges from range first. */
void ffa_mem_unclaim(struct ffa_mediator *m, uint16_t vm_id, uint32_t first, uint32_t count,
		     enum ffa_mem_op op)
{
	claims(m, vm_id, first, count, op, false);
}

/* Pin the pages (share) or take them from the VM (lend, donate) of count ranges: all or none. */
int32_t ffa_mem_claim(struct ffa_mediator *m, uint16_t vm_id, uint32_t first, uint32_t count,
		      enum ffa_mem_op op)
{
	return claims(m, vm_id, first, count, op, true);
}
