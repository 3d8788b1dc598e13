/* SPDX-License-Identifier: MIT */
/*
 * Memory sharing from a VM to partitions: FFA_MEM_SHARE, FFA_MEM_LEND,
 * FFA_MEM_DONATE (DEN0077A v1.0 §11.1-11.3, DEN0140 in FF-A 1.2) and
 * FFA_MEM_RECLAIM (§11.7): the calls, and a VM's transactions at teardown.
 *
 * The VM's transaction descriptor is read from its TX buffer in the layout
 * of its version, each part copied once (the ranges straight into the
 * mediator's range pool) and checked before anything changes. Then the
 * platform pins the pages (share) or takes them from the VM (lend,
 * donate), and the descriptor goes to the SPMC in the SPMC's layout, with
 * physical addresses (contiguous pages merged into one constituent),
 * through the hypervisor's TX buffer, in fragments when it does not fit.
 * A failure anywhere undoes everything done. The files of the module are
 * listed in mem.h.
 *
 * A VM's descriptor may come in fragments too (FFA_MEM_FRAG_TX).
 *
 * What runs once a transaction (the calls' bodies, the reclaim, the
 * fragments' steps) is FFA_COLD, compiled for size: the work per page and
 * most of the work per range stay hot (the read of constituents and the
 * ranges' return to the pool measured no slower cold: mem_desc.c,
 * mem_table.c), and so do ffa_mem_read_front() and
 * ffa_mem_record(): compiled for size they cost a 1-page share more than
 * 1% in ./run bench (ffa_mem_record()'s walk of the table alone +1,022
 * instructions, ffa_mem_read_front() +59, on 4,925).
 *
 * Not yet: a buffer other than the TX buffer, and VMs as borrowers.
 */
#include "mem.h"

/*
 * Is handle already an open transaction's (shares lock held)? An SPMC that
 * hands out a live handle again has answered what no SPMC may: the new
 * transaction is not recorded, and nothing is sent to the SPMC under that
 * handle, which would reach the other transaction.
 */
static bool handle_live(const struct ffa_mediator *m, ffa_mem_handle_t handle)
{
	for (unsigned int i = 0; i < m->config.max_shares; i++) {
		if (m->shares[i].used && m->shares[i].handle == handle)
			return true;
	}
	return false;
}

/*
 * The SPMC took the transaction: record it in slot, in one section with
 * the check that no open transaction has that handle already
 * (an SPMC that gives a live handle again has answered what no SPMC may,
 * and two transactions under one handle, even of two VMs at once, would
 * let one VM reclaim the other's). A donate (no slot) is not recorded:
 * its ranges go. Then the VM's answer, the handle. Both the one-shot and
 * the fragmented path end here.
 */
int32_t ffa_mem_record(struct ffa_call_ctx *ctx, struct ffa_share *slot, enum ffa_mem_op op,
		       ffa_mem_handle_t handle, uint64_t pages, uint32_t first_range,
		       struct ffa_regs *out)
{
	struct ffa_mediator *m = ctx->m;
	struct ffa_vm *vm = ctx->vm;

	ffa_mem_shares_lock(m);
	if (handle_live(m, handle)) {
		ffa_mem_shares_unlock(m);
		ffa_log(m, FFA_LOG_ERROR, "VM 0x%x: SPMC reused live handle 0x%llx", vm->id,
			(unsigned long long)handle);
		return FFA_ABORTED;
	}
	if (slot != NULL) {
		/* reserve() made it the VM's. */
		slot->op = (uint8_t)op;
		slot->handle = handle;
		slot->pages = pages;
		slot->first_range = first_range;
		vm->share_count++;
		vm->share_pages += pages;
	} else {
		ffa_mem_free_ranges(m, first_range);
	}
	ffa_mem_shares_unlock(m);
	/* The share, lend and donate results have one layout. */
	ffa_encode_mem_share_result(&(struct ffa_mem_share_result){ .handle = handle },
				    ctx->version, out);
	return FFA_OK;
}

/* A transaction that failed: its slot and ranges back (pages unclaimed). */
static void release(struct ffa_mediator *m, struct mem_request *req)
{
	ffa_mem_shares_lock(m);
	if (req->slot != NULL)
		*req->slot = (struct ffa_share){ .used = false };
	ffa_mem_free_ranges(m, req->first_range);
	ffa_mem_shares_unlock(m);
}

/*
 * count ranges from the pool's free list (shares lock held), linked in
 * order from *first; false if short, the ranges taken still in the list
 * for the caller to free.
 */
static bool alloc_ranges(struct ffa_mediator *m, uint32_t count, uint32_t *first)
{
	uint32_t *link = first;

	*first = FFA_NO_RANGE;
	for (uint32_t i = 0; i < count; i++) {
		const uint32_t r = m->free_range;

		if (r == FFA_NO_RANGE)
			return false;
		m->free_range = m->ranges[r].next;
		m->ranges[r].next = FFA_NO_RANGE;
		*link = r;
		link = &m->ranges[r].next;
	}
	return true;
}

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
static int32_t reserve(struct ffa_mediator *m, struct ffa_vm_locked locked,
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
 * A descriptor total bytes long of which tx holds the first len: read and
 * checked, its ranges taken from the pool, a slot reserved (VM locked; the
 * shares lock taken where it needs the tables). The constituents of a
 * whole one (len == total) are each copied once into its ranges, adding
 * up to the composite's total; the entries are the VM's then: read
 * without the lock. Then the overlaps, and the slot, the ranges going
 * back to the pool on any failure after they were taken, in one section
 * with the reservation. One in fragments (the rest for
 * ffa_mem_frag_first()) has the length of the SPMC's descriptor, a
 * constituent per page, in *out_total, which must fit in 32 bits; its
 * ranges and slot are taken in one section.
 */
static int32_t read_request(struct ffa_call_ctx *ctx, struct ffa_vm_locked vm, const uint8_t *tx,
			    size_t len, uint32_t total, struct mem_request *req, uint32_t *off,
			    uint32_t *out_total)
{
	struct ffa_mediator *m = ctx->m;
	struct ffa_mem_composite_v1_0 comp;
	uint64_t pages;
	size_t base;
	int32_t ret = ffa_mem_read_front(ctx, tx, len, total, req, &comp, off);

	if (ret == FFA_OK && len != total)
		ret = ffa_mem_spmc_length(m, req->receiver_count, comp.total_page_count, out_total);
	if (ret != FFA_OK)
		return ret;
	req->range_count = comp.range_count;
	req->pages = comp.total_page_count;
	ffa_mem_shares_lock(m);
	if (!alloc_ranges(m, comp.range_count, &req->first_range)) {
		ret = FFA_NO_MEMORY;
	} else if (len == total) {
		ffa_mem_shares_unlock(m);
		/* The composite's check left room for a constituent behind it at least. */
		base = (size_t)*off + FFA_MEM_COMPOSITE_V1_0_SIZE;
		if (!ffa_mem_read_constituents(m, tx + base, len - base, req->first_range,
					       comp.range_count, comp.range_count, req->pages,
					       &pages) ||
		    pages != req->pages)
			ret = FFA_INVALID_PARAMETERS;
		else
			ret = ffa_mem_check_ranges(m, vm, FFA_NO_RANGE, 0, req->first_range,
						   req->range_count);
		ffa_mem_shares_lock(m);
	}
	if (ret == FFA_OK)
		ret = reserve(m, vm, req);
	if (ret != FFA_OK)
		ffa_mem_free_ranges(m, req->first_range);
	ffa_mem_shares_unlock(m);
	return ret;
}

/*
 * FFA_MEM_SHARE, FFA_MEM_LEND and FFA_MEM_DONATE. Errors: INVALID_PARAMETERS
 * for a buffer other than the TX buffer, lengths that do not match it, or
 * a descriptor that is not valid for the caller's version and the
 * operation (sender not the caller, a handle, a memory type for a donate
 * or a lend to one, the NS bit or reserved attribute bits, flags the
 * operation does not take, more receivers than the descriptor holds,
 * receivers that are not distinct partitions, permissions the operation
 * does not allow or any instruction access, misaligned or misplaced
 * offsets, ranges that are unaligned, empty, wrapping, overlapping or not
 * adding up); DENIED for a share or a lend to several of other than
 * normal write-back inner-shareable memory (as Hafnium), memory that is
 * not the VM's (as Hafnium), already in another of the VM's transactions
 * or its RX/TX buffers, or that the platform will not give; NO_MEMORY
 * for more receivers than the mediator keeps, beyond the VM's limits or
 * the mediator's tables; BUSY while another of the VM's descriptors
 * arrives in fragments; the SPMC's error.
 * A descriptor longer than the first fragment is answered FFA_MEM_FRAG_RX
 * for the rest (FFA_MEM_FRAG_TX). The three calls take the same
 * arguments (functions.yaml), which each handler passes on with its
 * operation and its function id, the one the SPMC must implement.
 */
FFA_COLD
static int32_t mem_send(struct ffa_call_ctx *ctx, enum ffa_mem_op op, uint32_t fid,
			uint32_t total_length, uint32_t fragment_length, uint64_t buffer_address,
			uint32_t page_count, struct ffa_regs *out)
{
	struct ffa_mediator *m = ctx->m;
	struct ffa_vm *vm = ctx->vm;
	/*
	 * Not zeroed here: ffa_mem_read_front() fills it whole (or fails)
	 * before anything reads it, on the one-shot and the fragmented path.
	 */
	struct mem_request req;
	struct ffa_vm_locked locked;
	ffa_mem_handle_t handle = 0;
	uint32_t off, out_total;
	bool claimed;
	int32_t ret;

	req.op = op;
	if (!ffa_spmc_implements(m, fid))
		return FFA_NOT_SUPPORTED;
	if (buffer_address != 0 || page_count != 0)
		return FFA_INVALID_PARAMETERS;
	if (fragment_length == 0 || fragment_length > total_length)
		return FFA_INVALID_PARAMETERS;
	locked = ffa_vm_lock(m, vm);
	/* A dying VM has no buffers (teardown unmapped them): nothing is shared. */
	if (!vm->rxtx.mapped || fragment_length > ffa_mem_bytes(vm->rxtx.pages)) {
		ret = FFA_INVALID_PARAMETERS;
		goto out;
	}
	/* One transaction in fragments at a time. */
	if (vm->frag.active) {
		ret = FFA_BUSY;
		goto out;
	}
	ret = read_request(ctx, locked, vm->rxtx.tx, fragment_length, total_length, &req, &off,
			   &out_total);
	if (ret == FFA_OK && fragment_length != total_length)
		ret = ffa_mem_frag_first(ctx, locked, &req, total_length, fragment_length, off,
					 out_total, out);
	if (ret != FFA_OK || fragment_length != total_length)
		goto out;
	ret = ffa_mem_claim(m, vm->id, req.first_range, req.range_count, op);
	claimed = ret == FFA_OK;
	if (ret == FFA_OK)
		ret = ffa_mem_send_to_spmc(m, &req, &handle);
	if (ret == FFA_OK)
		ret = ffa_mem_record(ctx, req.slot, op, handle, req.pages, req.first_range, out);
	if (ret != FFA_OK) {
		/* The pages back first: the ranges name them until they are freed. */
		if (claimed)
			ffa_mem_unclaim(m, vm->id, req.first_range, UINT32_MAX, op);
		release(m, &req);
		ffa_log(m, FFA_LOG_VERBOSE, "VM 0x%x: memory transaction refused: %d", vm->id, ret);
	}
out:
	ffa_vm_unlock(m, &locked);
	return ret;
}

/*
 * FFA_MEM_SHARE, and FFA_MEM_LEND and FFA_MEM_DONATE, which ffa_dispatch()
 * answers in its case (spec: case): fid is the id called.
 */
int32_t ffa_handle_mem_share(struct ffa_call_ctx *ctx, uint32_t fid,
			     const struct ffa_mem_share_args *args, struct ffa_regs *out)
{
	const uint32_t fid32 = fid & ~FFA_FUNCTION_ID_SMC64_MASK;
	const enum ffa_mem_op op = fid32 == FFA_MEM_SHARE_32 ? FFA_MEM_OP_SHARE :
				   fid32 == FFA_MEM_LEND_32 ? FFA_MEM_OP_LEND : FFA_MEM_OP_DONATE;

	return mem_send(ctx, op, fid32, args->total_length, args->fragment_length,
			args->buffer_address, args->page_count, out);
}

/*
 * The VM's open transaction with this handle, or NULL (VM locked: its
 * slots are the VM's to change, only the walk takes the shares lock).
 */
static struct ffa_share *find_share(struct ffa_mediator *m, uint16_t owner,
				    ffa_mem_handle_t handle)
{
	for (unsigned int i = 0; (i = ffa_mem_next_open_share(m, owner, i)) < m->config.max_shares;
	     i++) {
		if (m->shares[i].handle == handle)
			return &m->shares[i];
	}
	return NULL;
}

/*
 * Reclaim at the SPMC, then give the pages back (VM locked). Called, not
 * inlined: by FFA_MEM_RECLAIM and at teardown.
 */
FFA_COLD static __attribute__((__noinline__)) int32_t
reclaim(struct ffa_mediator *m, struct ffa_vm *vm, struct ffa_share *sh, bool zero, bool time_slice)
{
	int32_t ret = ffa_mem_spmc_reclaim(m, sh->handle, zero, time_slice);

	if (ret != FFA_OK)
		return ret;
	ffa_mem_unclaim(m, vm->id, sh->first_range, UINT32_MAX, (enum ffa_mem_op)sh->op);
	ffa_mem_shares_lock(m);
	ffa_mem_free_ranges(m, sh->first_range);
	vm->share_count--;
	vm->share_pages -= sh->pages;
	*sh = (struct ffa_share){ .used = false };
	ffa_mem_shares_unlock(m);
	return FFA_OK;
}

/*
 * FFA_MEM_RECLAIM. Errors: INVALID_PARAMETERS for a handle that is none of
 * the VM's open transactions, or zeroing a share (the VM kept access); the
 * SPMC's error, DENIED while a borrower still holds the memory.
 */
FFA_COLD
int32_t ffa_handle_mem_reclaim(struct ffa_call_ctx *ctx, const struct ffa_mem_reclaim_args *args,
			       struct ffa_regs *out)
{
	struct ffa_mediator *m = ctx->m;
	struct ffa_vm *vm = ctx->vm;
	struct ffa_mem_reclaim_result res = { 0 };
	struct ffa_vm_locked locked;
	struct ffa_share *sh;
	int32_t ret;

	if (!ffa_spmc_implements(m, FFA_MEM_RECLAIM_32))
		return FFA_NOT_SUPPORTED;
	locked = ffa_vm_lock(m, vm);
	sh = find_share(m, vm->id, args->handle);
	if (sh == NULL || (args->zero_memory && sh->op == FFA_MEM_OP_SHARE))
		ret = FFA_INVALID_PARAMETERS;
	else
		ret = reclaim(m, vm, sh, args->zero_memory, args->time_slice);
	if (ret == FFA_OK)
		ffa_encode_mem_reclaim_result(&res, ctx->version, out);
	ffa_vm_unlock(m, &locked);
	return ret;
}

/*
 * On VM teardown (VM locked): reclaim every open transaction of the VM
 * the SPMC lets go; FFA_RETRY while some borrower still holds memory.
 */
FFA_COLD int32_t ffa_mem_teardown(struct ffa_mediator *m, struct ffa_vm_locked locked)
{
	struct ffa_vm *vm = locked.vm;
	int32_t result = FFA_OK;

	if (vm->frag.active)
		ffa_mem_frag_abort(m, locked, true);
	for (unsigned int i = 0; (i = ffa_mem_next_open_share(m, vm->id, i)) < m->config.max_shares;
	     i++) {
		if (reclaim(m, vm, &m->shares[i], false, false) != FFA_OK)
			result = FFA_RETRY;
	}
	return result;
}
