/* SPDX-License-Identifier: MIT */
/*
 * When the VM sends its descriptor in fragments (FFA_MEM_FRAG_TX), the
 * SPMC must learn the transaction's handle at the first one, as the VM
 * keeps the handle of the first FFA_MEM_FRAG_RX it gets (Linux does). So
 * each fragment goes on to the SPMC as it comes, with one constituent per
 * page: the SPMC's descriptor length is then known from the first
 * fragment, which must hold everything up to the constituents.
 */
#include "mem.h"

/*
 * A writer continuing the SPMC descriptor of the VM's transaction; req only
 * at the first fragment, which puts the front of the descriptor.
 */
static struct mem_out frag_writer(struct ffa_mediator *m, struct ffa_vm *vm,
				  const struct mem_request *req)
{
	return ffa_mem_out(m, req, (enum ffa_mem_op)vm->frag.op, vm->id, vm->frag.out_total,
			   vm->frag.out_sent, vm->frag.handle);
}

/*
 * End at the SPMC a transaction whose descriptor it holds in part. Real
 * SPMCs refuse FFA_MEM_RECLAIM until the whole descriptor is in (Hafnium
 * ffa_memory_reclaim(): "not fully sent"; TF-A spmc_ffa_mem_reclaim()),
 * and FF-A has no call to abort one. Both drop a transaction whose
 * completed descriptor fails their checks, though (Hafnium
 * ffa_memory_send_complete() frees the share state, TF-A
 * spmc_ffa_fill_desc() the object): so the rest of the descriptor goes
 * with every constituent naming the transaction's first page again, two
 * pages long, overlapping it and making the page total wrong. That costs
 * the FFA_MEM_FRAG_TX calls the VM's own fragments would have (the length
 * is the one it announced, within its page limit). An SPMC that
 * checks neither completes it, and it is reclaimed then. Returns false
 * only when the SPMC completed it and kept it: a partition may retrieve
 * the pages sent so far, so they stay the SPMC's. Inline in its one
 * caller, ffa_mem_frag_abort(), which is cold: a refused fragment's or a
 * teardown's path.
 */
static inline __attribute__((__always_inline__)) bool spmc_abort(struct ffa_mediator *m,
								  struct ffa_vm *vm)
{
	struct mem_out o = frag_writer(m, vm, NULL);
	uint64_t pa;
	int32_t ret;

	if (m->plat->ipa_to_pa(m->plat->ctx, vm->id, m->ranges[vm->frag.first_range].ipa, &pa) !=
	    FFA_OK)
		pa = 0;
	ffa_mem_out_lock(&o);
	while (o.status == FFA_OK && o.sent + o.fill < o.total)
		ffa_mem_put_constituent(&o, pa, 2);
	ffa_mem_out_unlock(&o);
	if (o.status != FFA_OK) {
		ffa_log(m, FFA_LOG_VERBOSE, "VM 0x%x: SPMC dropped partial transaction 0x%llx (%d)",
			vm->id, (unsigned long long)vm->frag.handle, (int)o.status);
		return true;
	}
	ret = ffa_mem_spmc_reclaim(m, o.handle, false, false);
	if (ret != FFA_OK)
		ffa_log(m, FFA_LOG_ERROR,
			"VM 0x%x: SPMC keeps transaction 0x%llx (%d); pages stay claimed", vm->id,
			(unsigned long long)o.handle, (int)ret);
	return ret == FFA_OK;
}

/*
 * Drop a transaction in fragments: at the SPMC when it still holds the
 * part it received (an SPMC that refused a fragment has dropped it
 * already), then the pages and the pool entries.
 */
FFA_COLD void ffa_mem_frag_abort(struct ffa_mediator *m, struct ffa_vm_locked locked, bool at_spmc)
{
	struct ffa_vm *vm = locked.vm;
	bool give_back = true;

	if (at_spmc && vm->frag.handle != 0)
		give_back = spmc_abort(m, vm);
	if (give_back)
		ffa_mem_unclaim(m, vm->id, vm->frag.first_range, vm->frag.ranges_seen,
				(enum ffa_mem_op)vm->frag.op);
	ffa_mem_shares_lock(m);
	ffa_mem_free_ranges(m, vm->frag.first_range);
	if (vm->frag.slot != NULL)
		*vm->frag.slot = (struct ffa_share){ .used = false };
	ffa_mem_shares_unlock(m);
	vm->frag.active = false;
}

/*
 * Take the constituents in buf[off, end) into the transaction: all read,
 * then checked against each other and the ranges before them (as a whole
 * descriptor is: ffa_mem_check_ranges()), then claimed, so a bad
 * fragment changes nothing (the VM may send it again). Without the
 * hypervisor's buffers' lock. How many ranges and pages were taken.
 */
static int32_t frag_take(struct ffa_mediator *m, struct ffa_vm_locked locked, const uint8_t *buf,
			 size_t off, size_t end, uint32_t *count, uint64_t *pages)
{
	struct ffa_vm *vm = locked.vm;
	const uint32_t n = (uint32_t)((end - off) / FFA_MEM_CONSTITUENT_V1_0_SIZE);
	int32_t ret;

	*count = n;
	/* Not more than announced, in ranges or in pages. */
	if (!ffa_mem_read_constituents(m, buf + off, end - off, vm->frag.next_range, n,
				       vm->frag.ranges - vm->frag.ranges_seen,
				       vm->frag.pages - vm->frag.pages_seen, pages))
		return FFA_INVALID_PARAMETERS;
	ret = ffa_mem_check_ranges(m, locked, vm->frag.first_range, vm->frag.ranges_seen,
				   vm->frag.next_range, n);
	if (ret == FFA_OK)
		ret = ffa_mem_claim(m, vm->id, vm->frag.next_range, n,
				    (enum ffa_mem_op)vm->frag.op);
	return ret;
}

/*
 * Send count ranges taken, of pages pages, a page per constituent; the
 * writer holds the buffers.
 */
static void frag_send(struct mem_out *o, struct ffa_vm *vm, uint32_t count, uint64_t pages)
{
	struct mem_cursor at = { .next = vm->frag.next_range };

	ffa_mem_emit_pages(o, &at, pages);
	/* The pages of count whole ranges: at is at the start of the next. */
	vm->frag.next_range = at.next;
	vm->frag.ranges_seen += count;
	vm->frag.pages_seen += pages;
}

/* After a fragment went to the SPMC: the VM's answer. */
static int32_t frag_answer(struct ffa_call_ctx *ctx, struct mem_out *o, struct ffa_regs *out)
{
	struct ffa_vm *vm = ctx->vm;
	int32_t ret;

	if (o->status != FFA_OK)
		return o->status;
	if (vm->frag.received < vm->frag.total) {
		struct ffa_mem_frag_rx_args more = { .handle = vm->frag.handle,
						     .fragment_offset = vm->frag.received };

		ffa_encode_mem_frag_rx(&more, ctx->version, out);
		return FFA_OK;
	}
	if (o->sent != o->total || vm->frag.pages_seen != vm->frag.pages)
		return FFA_INVALID_PARAMETERS;
	ret = ffa_mem_record(ctx, vm->frag.slot, (enum ffa_mem_op)vm->frag.op, vm->frag.handle,
			     vm->frag.pages, vm->frag.first_range, out);
	if (ret != FFA_OK) {
		o->spmc_refused = true;
		return ret;
	}
	vm->frag.active = false;
	return FFA_OK;
}

/*
 * A fragment's constituents, buf[off, end) of the VM's TX buffer, taken
 * and sent on (behind the front of the descriptor at the first), and the
 * VM's answer. Refused for what it says: the whole transaction ends (as
 * Hafnium's ends when its completion fails), at the SPMC too unless the
 * SPMC refused it and so dropped it itself.
 */
FFA_COLD
static int32_t frag_forward(struct ffa_call_ctx *ctx, struct ffa_vm_locked locked,
			    const struct mem_request *req, size_t off, size_t end,
			    struct ffa_regs *out)
{
	struct ffa_mediator *m = ctx->m;
	struct ffa_vm *vm = locked.vm;
	struct mem_out o = frag_writer(m, vm, req);
	uint32_t count;
	uint64_t pages;
	int32_t ret = frag_take(m, locked, vm->rxtx.tx, off, end, &count, &pages);

	if (ret == FFA_OK) {
		const uint32_t taken = vm->frag.next_range;

		ffa_mem_out_lock(&o);
		/*
		 * The first fragment (nothing went to the SPMC yet): the front
		 * of the descriptor first. One constituent per page, so the
		 * composite counts pages.
		 */
		if (req != NULL)
			ffa_mem_emit_front(&o, vm->frag.pages, (uint32_t)vm->frag.pages);
		frag_send(&o, vm, count, pages);
		ffa_mem_out_unlock(&o);
		ffa_mem_frag_sort_sent(m, locked, taken, count);
		/* What the SPMC holds now, whatever it answered. */
		vm->frag.out_sent = o.sent;
		vm->frag.handle = o.handle;
		ret = frag_answer(ctx, &o, out);
	}
	if (ret != FFA_OK)
		ffa_mem_frag_abort(m, locked, !o.spmc_refused);
	return ret;
}

/*
 * The first fragment: everything up to the constituents, and maybe some,
 * checked as a whole descriptor is, and its ranges and slot taken (mem.c);
 * the transaction starts in vm->frag.
 */
FFA_COLD
int32_t ffa_mem_frag_first(struct ffa_call_ctx *ctx, struct ffa_vm_locked locked,
			   struct mem_request *req, uint32_t total, uint32_t len,
			   uint32_t composite_off, uint32_t out_total, struct ffa_regs *out)
{
	locked.vm->frag = (struct ffa_mem_frag){ .active = true,
						 .op = (uint8_t)req->op,
						 .total = total,
						 .received = len,
						 .ranges = req->range_count,
						 .first_range = req->first_range,
						 .next_range = req->first_range,
						 .pages = req->pages,
						 .out_total = out_total,
						 .slot = req->slot };
	return frag_forward(ctx, locked, req, composite_off + FFA_MEM_COMPOSITE_V1_0_SIZE, len,
			    out);
}

/*
 * FFA_MEM_FRAG_TX: the next fragment of the VM's descriptor, whole
 * constituents at the start of its TX buffer. Errors: INVALID_PARAMETERS
 * for a handle that is not the transaction's, a sender id in w4 (only a
 * hypervisor gives one), a fragment longer than the buffer or the rest of
 * the descriptor, or not whole constituents: these change nothing, the VM
 * may send the fragment again. INVALID_PARAMETERS for constituents the
 * first fragment's checks refuse or pages not adding up to the total at
 * the last fragment, DENIED for memory that is not the VM's or in another
 * transaction (or its RX/TX buffers), and the SPMC's error: these end the
 * transaction, at the SPMC too, and give the pages back (Hafnium frees a
 * transaction whose completion fails, TF-A one with any bad fragment).
 */
FFA_COLD
int32_t ffa_handle_mem_frag_tx(struct ffa_call_ctx *ctx, const struct ffa_mem_frag_tx_args *args,
			       struct ffa_regs *out)
{
	struct ffa_mediator *m = ctx->m;
	struct ffa_vm *vm = ctx->vm;
	struct ffa_vm_locked locked = ffa_vm_lock(m, vm);
	int32_t ret;

	if (!vm->frag.active || args->handle != vm->frag.handle || args->endpoint_id != 0 ||
	    args->fragment_length == 0 || !vm->rxtx.mapped ||
	    args->fragment_length > ffa_mem_bytes(vm->rxtx.pages) ||
	    args->fragment_length > vm->frag.total - vm->frag.received ||
	    args->fragment_length % FFA_MEM_CONSTITUENT_V1_0_SIZE) {
		ret = FFA_INVALID_PARAMETERS;
	} else {
		/* The SPMC's descriptor goes on: no request, the front is there. */
		vm->frag.received += args->fragment_length;
		ret = frag_forward(ctx, locked, NULL, 0, args->fragment_length, out);
	}
	ffa_vm_unlock(m, &locked);
	return ret;
}

