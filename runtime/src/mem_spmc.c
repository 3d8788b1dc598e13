/* SPDX-License-Identifier: MIT */
/*
 * The descriptor for the SPMC: in the SPMC's layout, with physical
 * addresses (contiguous pages merged into one constituent), written into
 * the hypervisor's TX buffer and sent in fragments when it does not fit.
 */
#include "mem.h"

/* Once a transaction (or a fragment): compiled for size. */
FFA_COLD
struct mem_out ffa_mem_out(struct ffa_mediator *m, const struct mem_request *req,
			   enum ffa_mem_op op, uint16_t sender, uint32_t total, uint32_t sent,
			   ffa_mem_handle_t handle)
{
	return (struct mem_out){ .m = m,
				 .req = req,
				 .op = (uint8_t)op,
				 .sender = sender,
				 .buf = m->config.hyp_tx,
				 .cap = ffa_mem_bytes(m->config.hyp_buffer_pages),
				 .total = total,
				 .sent = sent,
				 .handle = handle };
}

/* The first fragment goes with the call itself; r is written whatever the op. */
static void encode_send(const struct mem_out *o, struct ffa_regs *r)
{
	const uint32_t total = o->total;
	const uint32_t frag = (uint32_t)o->fill;

	if (o->op == FFA_MEM_OP_SHARE)
		ffa_encode_mem_share(&(struct ffa_mem_share_args){ .total_length = total,
								   .fragment_length = frag },
				     o->m->version, r);
	else if (o->op == FFA_MEM_OP_LEND)
		ffa_encode_mem_lend(&(struct ffa_mem_lend_args){ .total_length = total,
								 .fragment_length = frag },
				    o->m->version, r);
	else
		ffa_encode_mem_donate(&(struct ffa_mem_donate_args){ .total_length = total,
								     .fragment_length = frag },
				      o->m->version, r);
}

/* The SPMC's answer to a fragment: more wanted, done, or an error. */
static void fragment_answer(struct mem_out *o, const struct ffa_regs *r)
{
	struct ffa_mem_frag_rx_args more;
	struct ffa_mem_share_result done;
	ffa_mem_handle_t handle = FFA_HANDLE_INVALID;

	o->sent += (uint32_t)o->fill;
	o->fill = 0;
	if (o->sent < o->total) {
		if (ffa_decode_mem_frag_rx(r, o->m->version, &more) == FFA_OK &&
		    more.fragment_offset == o->sent)
			handle = more.handle;
	} else if (o->sent == o->total &&
		   /* The share, lend and donate results have one layout. */
		   ffa_decode_mem_share_result(r, o->m->version, &done) == FFA_OK) {
		handle = done.handle;
	}
	/* A handle names one transaction: FFA_HANDLE_INVALID names none. */
	if (handle != FFA_HANDLE_INVALID && (o->handle == 0 || handle == o->handle)) {
		o->handle = handle;
		return;
	}
	o->status = (uint32_t)r->x[0] == FFA_ERROR_32 ? (int32_t)(uint32_t)r->x[2] : FFA_ABORTED;
	if (o->status >= 0)
		o->status = FFA_ABORTED;
	o->spmc_refused = true;
}

FFA_COLD static void flush(struct mem_out *o)
{
	struct ffa_regs r;

	if (o->status != FFA_OK || o->fill == 0)
		return;
	if (o->sent == 0) {
		encode_send(o, &r);
	} else {
		struct ffa_mem_frag_tx_args a = { .handle = o->handle,
						  .fragment_length = (uint32_t)o->fill,
						  .endpoint_id = o->sender };

		ffa_encode_mem_frag_tx(&a, o->m->version, &r);
	}
	ffa_spmc_call(o->m, &r);
	fragment_answer(o, &r);
}

/*
 * Append one descriptor (a generated struct, laid out as the specification
 * says). When it does not fit, the buffer is sent first and the buffers
 * let go a moment, so that a hold makes one SMC at most; descriptors are
 * never split between fragments. Called, not inlined, by every writer of
 * a descriptor.
 */
__attribute__((__noinline__)) void ffa_mem_put(struct mem_out *o, const void *desc, size_t len)
{
	if (o->fill + len > o->cap)
		ffa_mem_out_yield(o);
	if (o->status != FFA_OK)
		return;
	ffa_copy_bytes(o->buf + o->fill, desc, len);
	o->fill += len;
}

/*
 * The physical runs of the next chunk (up to `chunk` pages) from *at,
 * counted or emitted: the one walk of a VM's pages into constituents, for
 * the SPMC and for RXTX_MAP's descriptor. Runs never cross a chunk, so
 * counting them (no lock) and emitting them (a chunk a hold at most) give
 * the same constituents; a chunk of one page is one constituent per page.
 * The cursor lives in registers meanwhile: the platform's op is called
 * through a pointer, so *at would be stored and loaded again each page.
 */
static uint32_t chunk_runs(struct mem_out *o, struct mem_cursor *at, bool emit, uint32_t chunk)
{
	const struct ffa_platform *p = o->m->plat;
	struct mem_cursor c = *at;
	uint64_t start = 0; /* the run so far: run pages from start */
	uint32_t run = 0;
	uint32_t runs = 0;

	for (; chunk > 0; chunk--) {
		uint64_t pa;

		if (c.pages == 0) {
			const struct ffa_share_range *r;

			if (c.next == FFA_NO_RANGE)
				break;
			r = &o->m->ranges[c.next];
			c = (struct mem_cursor){ .ipa = r->ipa,
						 .pages = r->pages,
						 .next = r->next };
		}
		if (p->ipa_to_pa(p->ctx, o->sender, c.ipa, &pa) != FFA_OK) {
			/* ffa_mem_put() writes nothing now; the count means nothing. */
			o->status = FFA_INVALID_PARAMETERS;
			break;
		}
		c.ipa += FFA_PAGE_SIZE;
		c.pages--;
		if (run != 0 && pa == start + ffa_mem_bytes(run)) {
			run++;
			continue;
		}
		if (run != 0 && emit)
			ffa_mem_put_constituent(o, start, run);
		runs += run != 0;
		start = pa;
		run = 1;
	}
	*at = c;
	if (run != 0 && emit)
		ffa_mem_put_constituent(o, start, run);
	return runs + (run != 0);
}

/*
 * Every run of the request, a chunk at a time: counted without the lock,
 * or emitted by the holder of the buffers, who lets them go a moment
 * between chunks.
 */
static uint64_t all_runs(struct mem_out *o, bool emit)
{
	struct mem_cursor at = { .next = o->req->first_range };
	uint64_t runs = 0;

	for (;;) {
		runs += chunk_runs(o, &at, emit, FFA_MEM_PAGES_PER_HOLD);
		if ((at.pages == 0 && at.next == FFA_NO_RANGE) || o->status != FFA_OK)
			return runs;
		if (emit)
			ffa_mem_out_yield(o);
	}
}

/*
 * Where the composite goes: behind the header and the access descriptors.
 * Called, not inlined: once a transaction, by both below.
 */
FFA_COLD static __attribute__((__noinline__)) uint32_t
composite_off(const struct ffa_mediator *m, uint32_t receivers)
{
	return (uint32_t)(ffa_mem_transaction_size(m->version) +
			  ffa_mem_access_size(m->version) * receivers);
}

/* Called, not inlined, here too: once a transaction. */
FFA_COLD __attribute__((__noinline__)) int32_t
ffa_mem_spmc_length(const struct ffa_mediator *m, uint32_t receivers, uint64_t constituents,
		    uint32_t *length)
{
	const uint64_t n = composite_off(m, receivers) + FFA_MEM_COMPOSITE_V1_0_SIZE +
			   constituents * FFA_MEM_CONSTITUENT_V1_0_SIZE;

	*length = (uint32_t)n;
	return n > UINT32_MAX ? FFA_NO_MEMORY : FFA_OK;
}

/* Once a transaction: compiled for size (a 1-page share +12 instructions in ./run bench). */
FFA_COLD void ffa_mem_emit_front(struct mem_out *o, uint64_t pages, uint32_t ranges)
{
	const struct mem_request *req = o->req;
	const size_t access_size = ffa_mem_access_size(o->m->version);
	const uint32_t offset = composite_off(o->m, req->receiver_count);
	/* Either header, put from one place. */
	union {
		struct ffa_mem_transaction_v1_0 v1_0;
		struct ffa_mem_transaction_v1_1 v1_1;
	} h;
	size_t h_size;

	if (o->m->version < FFA_VERSION_1_1) {
		h.v1_0 = (struct ffa_mem_transaction_v1_0){ .sender = req->sender,
							    .attributes = (uint8_t)req->attributes,
							    .flags = req->flags,
							    .tag = req->tag,
							    .receiver_count = req->receiver_count };
		h_size = sizeof(h.v1_0);
	} else {
		h.v1_1 =
			(struct ffa_mem_transaction_v1_1){ .sender = req->sender,
							   .attributes = req->attributes,
							   .flags = req->flags,
							   .tag = req->tag,
							   .mem_access_size = (uint32_t)access_size,
							   .receiver_count = req->receiver_count,
							   .mem_access_offset =
								   FFA_MEM_TRANSACTION_V1_1_SIZE };
		h_size = sizeof(h.v1_1);
	}
	ffa_mem_put(o, &h, h_size);
	for (uint32_t i = 0; i < req->receiver_count; i++) {
		struct ffa_mem_access_v1_2 a = req->receivers[i];
		const struct ffa_mem_access_v1_0 a0 = { .receiver = a.receiver,
							.permissions = a.permissions,
							.flags = a.flags,
							.composite_offset = offset };

		a.composite_offset = offset;
		/* Either layout, put from one place. */
		ffa_mem_put(o, access_size == FFA_MEM_ACCESS_V1_2_SIZE ? (const void *)&a : &a0,
			    access_size);
	}
	ffa_mem_put(o, &(struct ffa_mem_composite_v1_0){ .total_page_count = (uint32_t)pages,
							 .range_count = ranges },
		    FFA_MEM_COMPOSITE_V1_0_SIZE);
}

/*
 * Send the request to the SPMC; its handle, or the failure. The
 * hypervisor's buffers' lock is held for one chunk of pages at most, and
 * let go whenever the buffer is full: at most FFA_MEM_PAGES_PER_HOLD
 * translations and one SMC a hold, whatever the size of the transaction.
 * A transaction of up to FFA_MEM_PAGES_PER_HOLD pages goes in as few
 * fragments as its constituents fill buffers. Not compiled for size: the
 * walk of the pages compiled into it would be too (MEM_SHARE 54.1 -> 64.1
 * instructions a page in ./run bench, for 20 bytes).
 */
int32_t ffa_mem_send_to_spmc(struct ffa_mediator *m, const struct mem_request *req,
			     ffa_mem_handle_t *handle)
{
	struct mem_out o = ffa_mem_out(m, req, req->op, req->sender, 0, 0, 0);
	const uint64_t runs = all_runs(&o, false);

	if (o.status == FFA_OK)
		o.status = ffa_mem_spmc_length(m, req->receiver_count, runs, &o.total);
	if (o.status != FFA_OK)
		return o.status;
	ffa_mem_out_lock(&o);
	ffa_mem_emit_front(&o, req->pages, (uint32_t)runs);
	all_runs(&o, true);
	ffa_mem_out_unlock(&o);
	if (o.status == FFA_OK && o.sent != o.total)
		o.status = FFA_ABORTED;
	*handle = o.handle;
	return o.status;
}

/*
 * The hypervisor's TX buffer is the writer's between ffa_mem_out_lock()
 * and ffa_mem_out_unlock(), which sends what is in it first, as does
 * ffa_mem_out_yield() before it lets others have the buffer a moment.
 * Called, not inlined: a few times a transaction, from several places.
 */
__attribute__((__noinline__)) void ffa_mem_out_lock(struct mem_out *o)
{
	o->m->plat->lock(o->m->plat->ctx, &o->m->hyp_buffers_lock);
}

__attribute__((__noinline__)) void ffa_mem_out_unlock(struct mem_out *o)
{
	flush(o);
	o->m->plat->unlock(o->m->plat->ctx, &o->m->hyp_buffers_lock);
}

/* Called, not inlined: only when a buffer is full, from three places. */
FFA_COLD __attribute__((__noinline__)) void ffa_mem_out_yield(struct mem_out *o)
{
	ffa_mem_out_unlock(o);
	ffa_mem_out_lock(o);
}

/* A chunk of one page at a time: one constituent each. */
FFA_COLD void ffa_mem_emit_pages(struct mem_out *o, struct mem_cursor *at, uint64_t pages)
{
	for (; pages > 0 && o->status == FFA_OK; pages--) {
		/* Room first: a hold translates no more pages than fill one buffer. */
		if (o->fill + FFA_MEM_CONSTITUENT_V1_0_SIZE > o->cap)
			ffa_mem_out_yield(o);
		chunk_runs(o, at, true, 1);
	}
}

/*
 * RXTX_MAP's endpoint RX/TX descriptor fits in the hypervisor's TX buffer
 * (a page at least, check_config()) whatever the VM's buffers: the
 * descriptor at its start, then two regions of FFA_RXTX_MAP_MAX_PAGES
 * pages at most, each a constituent per page at most.
 */
_Static_assert(FFA_ENDPOINT_RXTX_V1_1_SIZE + 2 * FFA_DESCRIPTOR_ALIGNMENT +
			       2 * (FFA_MEM_COMPOSITE_V1_0_SIZE +
				    FFA_RXTX_MAP_MAX_PAGES * FFA_MEM_CONSTITUENT_V1_0_SIZE) <=
		       FFA_PAGE_SIZE,
	       "endpoint RX/TX descriptor: larger than a page");

/*
 * RXTX_MAP's (rxtx.c): pages pages of VM vm_id from ipa as a composite
 * memory region at off in the hypervisor's TX buffer (its lock held),
 * physically contiguous pages in one constituent, by the walk that makes
 * the SPMC's constituents; the offset after it, or 0 when a page has no
 * physical address. It fits (above): the writer never sends the buffer.
 */
FFA_COLD size_t ffa_mem_describe_region(struct ffa_mediator *m, uint16_t vm_id, uint64_t ipa,
					uint32_t pages, size_t off)
{
	struct mem_out o = ffa_mem_out(m, NULL, FFA_MEM_OP_SHARE, vm_id, 0, 0, 0);
	struct mem_cursor at = { .ipa = ipa, .pages = pages, .next = FFA_NO_RANGE };
	struct ffa_mem_composite_v1_0 comp = { .total_page_count = pages };
	size_t end;

	/* The constituents behind the composite, which goes in once they are counted. */
	o.fill = off + FFA_MEM_COMPOSITE_V1_0_SIZE;
	comp.range_count = chunk_runs(&o, &at, true, pages);
	end = o.fill;
	o.fill = off;
	ffa_mem_put(&o, &comp, sizeof(comp));
	return o.status == FFA_OK ? end : 0;
}

/* Once a transaction (or a fragment): compiled for size. */
FFA_COLD
int32_t ffa_mem_spmc_reclaim(struct ffa_mediator *m, ffa_mem_handle_t handle, bool zero,
			     bool time_slice)
{
	struct ffa_mem_reclaim_args a = { .handle = handle,
					  .zero_memory = zero,
					  .time_slice = time_slice };
	struct ffa_regs r;

	ffa_encode_mem_reclaim(&a, m->version, &r);
	return ffa_spmc_call_status(m, &r);
}
