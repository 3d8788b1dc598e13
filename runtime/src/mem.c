/* SPDX-License-Identifier: MIT */
/*
 * Memory sharing from a VM to partitions: FFA_MEM_SHARE, FFA_MEM_LEND,
 * FFA_MEM_DONATE (DEN0077A v1.0 §11.1-11.3, DEN0140 in FF-A 1.2) and
 * FFA_MEM_RECLAIM (§11.7).
 *
 * The VM's transaction descriptor is read from its TX buffer in the layout
 * of its version, each part copied once (the ranges straight into the
 * mediator's range pool) and checked before anything changes. Then the
 * platform pins the pages (share) or takes them from the VM (lend,
 * donate), and the descriptor goes to the SPMC in the SPMC's layout, with
 * physical addresses (contiguous pages merged into one constituent),
 * through the hypervisor's TX buffer, in fragments when it does not fit.
 * A failure anywhere undoes everything done.
 *
 * A VM's descriptor may come in fragments too (FFA_MEM_FRAG_TX).
 *
 * Not yet: a buffer other than the TX buffer, and VMs as borrowers.
 */
#include "internal.h"

#define DEFAULT_VM_MAX_SHARES 64
#define DEFAULT_VM_MAX_SHARE_PAGES (UINT64_C(1) << 20)

/* What a VM asked for, checked and in one form whatever its version. */
struct mem_request {
	enum ffa_mem_op op;
	uint16_t sender;
	uint16_t attributes;      /* mem-attributes (the 1.1 form) */
	uint32_t flags;
	uint64_t tag;
	uint32_t receiver_count;
	struct ffa_mem_access_v1_2 receivers[FFA_MAX_MEM_RECEIVERS];
	uint32_t range_count;
	uint64_t pages;
	uint32_t first_range;     /* the ranges, copied into the pool */
	struct ffa_share *slot;   /* reserved for it (not for a donate) */
};

static size_t bytes_of(uint32_t pages)
{
	return (size_t)pages * FFA_PAGE_SIZE;
}

/* ---------------------------------------------------------- range pool */

static void free_ranges(struct ffa_mediator *m, uint32_t first)
{
	while (first != FFA_NO_RANGE) {
		const uint32_t next = m->ranges[first].next;

		m->ranges[first].next = m->free_range;
		m->free_range = first;
		first = next;
	}
}

/* count ranges from the free list, linked in order; FFA_NO_RANGE if short. */
static uint32_t alloc_ranges(struct ffa_mediator *m, uint32_t count)
{
	uint32_t first = FFA_NO_RANGE;
	uint32_t *link = &first;

	for (uint32_t i = 0; i < count; i++) {
		const uint32_t r = m->free_range;

		if (r == FFA_NO_RANGE) {
			free_ranges(m, first);
			return FFA_NO_RANGE;
		}
		m->free_range = m->ranges[r].next;
		m->ranges[r].next = FFA_NO_RANGE;
		*link = r;
		link = &m->ranges[r].next;
	}
	return first;
}

void ffa_mem_init(struct ffa_mediator *m)
{
	m->free_range = FFA_NO_RANGE;
	for (uint32_t i = FFA_MAX_SHARE_RANGES; i-- > 0;) {
		m->ranges[i].next = m->free_range;
		m->free_range = i;
	}
	if (m->config.vm_max_shares == 0)
		m->config.vm_max_shares = DEFAULT_VM_MAX_SHARES;
	if (m->config.vm_max_share_pages == 0)
		m->config.vm_max_share_pages = DEFAULT_VM_MAX_SHARE_PAGES;
	m->plat->lock_init(m->plat->ctx, &m->shares_lock);
}

/* ------------------------------------------------------ reading the VM */

/* The header, in the VM's layout; where its access descriptors are. */
static int32_t read_header(const uint8_t *tx, size_t len, enum ffa_version v, struct mem_request *req,
			   size_t *access_off, size_t *access_size)
{
	struct ffa_mem_transaction_v1_1 h;

	if (v < FFA_VERSION_1_1) {
		struct ffa_mem_transaction_v1_0 h0;

		if (!ffa_mem_transaction_v1_0_read(tx, len, 0, &h0) || !ffa_mem_transaction_v1_0_mbz_ok(&h0))
			return FFA_INVALID_PARAMETERS;
		/* The 1.0 attributes byte has the 1.1 layout without the NS bit. */
		*req = (struct mem_request){ .sender = h0.sender, .attributes = h0.attributes, .flags = h0.flags,
					     .tag = h0.tag, .receiver_count = h0.receiver_count };
		*access_off = FFA_MEM_TRANSACTION_V1_0_SIZE;
		*access_size = FFA_MEM_ACCESS_V1_0_SIZE;
		return h0.handle == 0 ? FFA_OK : FFA_INVALID_PARAMETERS;
	}
	if (!ffa_mem_transaction_v1_1_read(tx, len, 0, &h) || !ffa_mem_transaction_v1_1_mbz_ok(&h))
		return FFA_INVALID_PARAMETERS;
	*req = (struct mem_request){ .sender = h.sender, .attributes = h.attributes, .flags = h.flags,
				     .tag = h.tag, .receiver_count = h.receiver_count };
	*access_off = h.mem_access_offset;
	*access_size = h.mem_access_size;
	/* Linux sends 32-byte access descriptors at 1.1 too: either is fine. */
	if (h.handle != 0 || (h.mem_access_size != FFA_MEM_ACCESS_V1_0_SIZE && h.mem_access_size != FFA_MEM_ACCESS_V1_2_SIZE) ||
	    h.mem_access_offset < FFA_MEM_TRANSACTION_V1_1_SIZE || h.mem_access_offset % FFA_DESCRIPTOR_ALIGNMENT)
		return FFA_INVALID_PARAMETERS;
	return FFA_OK;
}

/*
 * FFA_OK, INVALID_PARAMETERS for reserved bits or the NS bit (the SPMC's
 * to set), or DENIED for memory of a kind the borrowers may not get.
 */
static int32_t allowed_attributes(const struct mem_request *req, enum ffa_version v)
{
	const uint16_t a = req->attributes;

	if ((a & ~ffa_mem_attributes_fields_at(v)) != 0 || ffa_mem_attributes_get_ns(a))
		return FFA_INVALID_PARAMETERS;
	/*
	 * Memory a single borrower gets for itself (donated, or lent to one)
	 * is the borrower's to type: the sender says nothing (Hafnium:
	 * INVALID_PARAMETERS otherwise).
	 */
	if (req->op == FFA_MEM_OP_DONATE || (req->op == FFA_MEM_OP_LEND && req->receiver_count == 1))
		return a == 0 ? FFA_OK : FFA_INVALID_PARAMETERS;
	/*
	 * Shared memory, or lent to several, is normal write-back
	 * inner-shareable memory; any other kind is DENIED, as Hafnium's
	 * ffa_memory_attributes_validate() answers.
	 */
	if (ffa_mem_attributes_get_mem_type(a) != FFA_MEM_TYPE_NORMAL ||
	    ffa_mem_attributes_get_cacheability(a) != FFA_MEM_CACHEABILITY_WRITE_BACK ||
	    ffa_mem_attributes_get_shareability(a) != FFA_MEM_SHAREABILITY_INNER_SHAREABLE)
		return FFA_DENIED;
	return FFA_OK;
}

static bool allowed_flags(const struct mem_request *req)
{
	uint32_t allowed = FFA_MEM_TRANSACTION_FLAGS_TIME_SLICE_MASK;

	/* Zeroing is for memory the VM loses; a share keeps it. */
	if (req->op != FFA_MEM_OP_SHARE)
		allowed |= FFA_MEM_TRANSACTION_FLAGS_ZERO_MEMORY_MASK;
	return (req->flags & ~allowed) == 0;
}

static bool allowed_permissions(const struct mem_request *req, uint8_t perm)
{
	const uint8_t data = (uint8_t)ffa_mem_permissions_get_data_access(perm);
	const uint8_t inst = (uint8_t)ffa_mem_permissions_get_instruction_access(perm);

	if ((perm & ~ffa_mem_permissions_fields_at(FFA_VERSION_1_2)) != 0)
		return false;
	/*
	 * Instruction access is the borrower's to ask for in its retrieve
	 * request: a sender leaves it "not specified" (DEN0077A v1.2
	 * §11.10.3; Hafnium's ffa_memory_send_validate() refuses anything
	 * else), so the SPMC is never asked in vain.
	 */
	if (inst != FFA_MEM_INSTRUCTION_ACCESS_NOT_SPECIFIED)
		return false;
	/* A donor says nothing: the borrower decides. */
	if (req->op == FFA_MEM_OP_DONATE)
		return data == FFA_MEM_DATA_ACCESS_NOT_SPECIFIED;
	return data == FFA_MEM_DATA_ACCESS_READ_ONLY || data == FFA_MEM_DATA_ACCESS_READ_WRITE;
}

/* A receiver: a partition, not named twice. */
static int32_t check_receiver(const struct ffa_mediator *m, const struct mem_request *req, uint32_t i)
{
	const uint16_t id = req->receivers[i].receiver;

	if (!ffa_endpoint_id_get_secure(id) || ffa_partition_find(m, id) == NULL)
		return FFA_INVALID_PARAMETERS;
	for (uint32_t j = 0; j < i; j++) {
		if (req->receivers[j].receiver == id)
			return FFA_INVALID_PARAMETERS;
	}
	if (req->receivers[i].flags != 0 || !allowed_permissions(req, req->receivers[i].permissions))
		return FFA_INVALID_PARAMETERS;
	return FFA_OK;
}

/* The access descriptors; returns where the composite descriptor is. */
/*
 * What an older SPMC cannot carry: the 16 implementation-defined bytes of
 * a 1.2 access descriptor have no place in the 16-byte descriptors of an
 * SPMC at 1.0 or 1.1, and dropping them would change what the receiver
 * is told.
 */
static bool spmc_carries(const struct ffa_mediator *m, const struct ffa_mem_access_v1_2 *a)
{
	return ffa_mem_access_size(m->version) == FFA_MEM_ACCESS_V1_2_SIZE || (a->impdef[0] | a->impdef[1]) == 0;
}

static int32_t read_receivers(const struct ffa_mediator *m, const uint8_t *tx, size_t len, size_t off, size_t size,
			      struct mem_request *req, uint32_t *composite_off)
{
	if (req->receiver_count == 0 || (req->op == FFA_MEM_OP_DONATE && req->receiver_count != 1))
		return FFA_INVALID_PARAMETERS;
	/* More access descriptors than the descriptor holds is wrong, not too many. */
	if (off > len || req->receiver_count > (len - off) / size)
		return FFA_INVALID_PARAMETERS;
	if (req->receiver_count > FFA_MAX_MEM_RECEIVERS)
		return FFA_NO_MEMORY;
	for (uint32_t i = 0; i < req->receiver_count; i++) {
		struct ffa_mem_access_v1_2 *a = &req->receivers[i];
		int32_t ret;

		if (size == FFA_MEM_ACCESS_V1_2_SIZE) {
			if (!ffa_mem_access_v1_2_read_at(tx, len, off, i, a) || !ffa_mem_access_v1_2_mbz_ok(a) ||
			    !spmc_carries(m, a))
				return FFA_INVALID_PARAMETERS;
		} else {
			struct ffa_mem_access_v1_0 a0;

			if (!ffa_mem_access_v1_0_read_at(tx, len, off, i, &a0) || !ffa_mem_access_v1_0_mbz_ok(&a0))
				return FFA_INVALID_PARAMETERS;
			*a = (struct ffa_mem_access_v1_2){ .receiver = a0.receiver, .permissions = a0.permissions,
							   .flags = a0.flags, .composite_offset = a0.composite_offset };
		}
		ret = check_receiver(m, req, i);
		if (ret != FFA_OK)
			return ret;
		/* One region for all, after the access descriptors, aligned. */
		if (a->composite_offset != req->receivers[0].composite_offset ||
		    a->composite_offset % FFA_DESCRIPTOR_ALIGNMENT || a->composite_offset < off + size * req->receiver_count)
			return FFA_INVALID_PARAMETERS;
	}
	*composite_off = req->receivers[0].composite_offset;
	return FFA_OK;
}

/*
 * The composite descriptor and its constituents, each copied once into
 * the range pool: page aligned, not empty, not wrapping around, adding up
 * to the total. With the transactions' lock held.
 */
static int32_t read_ranges(struct ffa_mediator *m, const uint8_t *tx, size_t len, uint32_t off,
			   struct mem_request *req)
{
	struct ffa_mem_composite_v1_0 comp;
	uint64_t sum = 0;
	uint32_t r;

	if (!ffa_mem_composite_v1_0_read(tx, len, off, &comp) || !ffa_mem_composite_v1_0_mbz_ok(&comp) ||
	    comp.range_count == 0 || comp.total_page_count == 0)
		return FFA_INVALID_PARAMETERS;
	/* The constituents end the descriptor: its length says where (as Hafnium checks). */
	if ((uint64_t)off + FFA_MEM_COMPOSITE_V1_0_SIZE + (uint64_t)comp.range_count * FFA_MEM_CONSTITUENT_V1_0_SIZE != len)
		return FFA_INVALID_PARAMETERS;
	req->first_range = alloc_ranges(m, comp.range_count);
	if (req->first_range == FFA_NO_RANGE)
		return FFA_NO_MEMORY;
	req->range_count = comp.range_count;
	r = req->first_range;
	for (uint32_t i = 0; i < comp.range_count; i++, r = m->ranges[r].next) {
		struct ffa_mem_constituent_v1_0 c;

		if (!ffa_mem_constituent_v1_0_read_at(tx, len, off + FFA_MEM_COMPOSITE_V1_0_SIZE, i, &c) ||
		    !ffa_mem_constituent_v1_0_mbz_ok(&c) || c.address % FFA_PAGE_SIZE || c.page_count == 0 ||
		    c.address > UINT64_MAX - bytes_of(c.page_count) + 1)
			goto invalid;
		m->ranges[r].ipa = c.address;
		m->ranges[r].pages = c.page_count;
		sum += c.page_count;
	}
	if (sum != comp.total_page_count)
		goto invalid;
	req->pages = sum;
	return FFA_OK;
invalid:
	free_ranges(m, req->first_range);
	return FFA_INVALID_PARAMETERS;
}

static bool overlap(const struct ffa_share_range *a, const struct ffa_share_range *b)
{
	return a->ipa < b->ipa + bytes_of(b->pages) && b->ipa < a->ipa + bytes_of(a->pages);
}

/*
 * One of owner's open transactions: not a free slot, nor one reserved for a
 * descriptor still arriving in fragments (its ranges are not in it yet).
 */
static bool open_share_of(const struct ffa_share *sh, uint16_t owner)
{
	return sh->used && sh->owner == owner && sh->first_range != FFA_NO_RANGE;
}

/* Does n overlap one of the VM's open transactions? Transactions' lock held. */
static bool in_open_share(const struct ffa_mediator *m, const struct ffa_vm *vm, const struct ffa_share_range *n)
{
	/* The VM has share_count open transactions: no need to look further. */
	for (unsigned int s = 0, seen = 0; s < FFA_MAX_SHARES && seen < vm->share_count; s++) {
		if (!open_share_of(&m->shares[s], vm->id))
			continue;
		seen++;
		for (uint32_t b = m->shares[s].first_range; b != FFA_NO_RANGE; b = m->ranges[b].next) {
			if (overlap(&m->ranges[b], n))
				return true;
		}
	}
	return false;
}

/*
 * Is n part of the VM's RX/TX buffers (VM locked)? Those pages are the
 * mediator's to read and write as long as they are mapped, so they are
 * not the VM's alone to give (FF-A 1.0 §8.4: the hypervisor ensures
 * exclusive ownership; Hafnium marks them not exclusively owned, and a
 * transaction naming them is DENIED).
 */
static bool in_rxtx(const struct ffa_vm *vm, const struct ffa_share_range *n)
{
	struct ffa_share_range tx = { .ipa = vm->rxtx.tx_ipa, .pages = vm->rxtx.pages };
	struct ffa_share_range rx = { .ipa = vm->rxtx.rx_ipa, .pages = vm->rxtx.pages };

	return vm->rxtx.mapped && (overlap(&tx, n) || overlap(&rx, n));
}

/*
 * No range twice in the request, nor in another open transaction of the
 * VM, nor in its RX/TX buffers.
 */
static int32_t check_overlaps(const struct ffa_mediator *m, const struct ffa_vm *vm, const struct mem_request *req)
{
	for (uint32_t a = req->first_range; a != FFA_NO_RANGE; a = m->ranges[a].next) {
		for (uint32_t b = m->ranges[a].next; b != FFA_NO_RANGE; b = m->ranges[b].next) {
			if (overlap(&m->ranges[a], &m->ranges[b]))
				return FFA_INVALID_PARAMETERS;
		}
		if (in_open_share(m, vm, &m->ranges[a]) || in_rxtx(vm, &m->ranges[a]))
			return FFA_DENIED;
	}
	return FFA_OK;
}

bool ffa_mem_in_transaction(struct ffa_mediator *m, struct ffa_vm_locked locked, uint64_t ipa, uint32_t pages)
{
	const struct ffa_vm *vm = locked.vm;
	const struct ffa_share_range n = { .ipa = ipa, .pages = pages };
	uint32_t r = vm->frag.first_range;
	bool found;

	m->plat->lock(m->plat->ctx, &m->shares_lock);
	found = in_open_share(m, vm, &n);
	for (uint32_t i = 0; vm->frag.active && i < vm->frag.ranges_seen && !found; i++, r = m->ranges[r].next)
		found = overlap(&m->ranges[r], &n);
	m->plat->unlock(m->plat->ctx, &m->shares_lock);
	return found;
}

/* -------------------------------------------------- claiming the pages */

static void unclaim(struct ffa_mediator *m, uint16_t vm_id, uint32_t first, uint32_t upto, enum ffa_mem_op op)
{
	for (uint32_t r = first; r != upto; r = m->ranges[r].next)
		m->plat->mem_unclaim(m->plat->ctx, vm_id, m->ranges[r].ipa, m->ranges[r].pages, op);
}

static int32_t claim(struct ffa_mediator *m, uint16_t vm_id, const struct mem_request *req)
{
	for (uint32_t r = req->first_range; r != FFA_NO_RANGE; r = m->ranges[r].next) {
		int32_t ret = m->plat->mem_claim(m->plat->ctx, vm_id, m->ranges[r].ipa, m->ranges[r].pages, req->op);

		if (ret != FFA_OK) {
			unclaim(m, vm_id, req->first_range, r, req->op);
			return ret;
		}
	}
	return FFA_OK;
}

/* ------------------------------------------------- telling the SPMC */

/*
 * The descriptor for the SPMC, written into the hypervisor's TX buffer and
 * sent whenever it is full: the first part with the call itself, the rest
 * with FFA_MEM_FRAG_TX, each answered by FFA_MEM_FRAG_RX until the last,
 * answered by FFA_SUCCESS with the handle.
 */
struct out {
	struct ffa_mediator *m;
	const struct mem_request *req;
	uint8_t *buf;
	size_t cap;
	size_t fill;
	uint32_t total;
	uint32_t sent;
	ffa_mem_handle_t handle;
	int32_t status;           /* the first failure */
	bool spmc_refused;        /* it was the SPMC's (which then dropped the transaction) */
};

/* The first fragment goes with the call itself. */
static void encode_send(const struct out *o, struct ffa_regs *r)
{
	const uint32_t total = o->total;
	const uint32_t frag = (uint32_t)o->fill;

	switch (o->req->op) {
	case FFA_MEM_OP_SHARE:
		ffa_encode_mem_share(&(struct ffa_mem_share_args){ .total_length = total, .fragment_length = frag },
				     o->m->version, r);
		break;
	case FFA_MEM_OP_LEND:
		ffa_encode_mem_lend(&(struct ffa_mem_lend_args){ .total_length = total, .fragment_length = frag },
				    o->m->version, r);
		break;
	case FFA_MEM_OP_DONATE:
		ffa_encode_mem_donate(&(struct ffa_mem_donate_args){ .total_length = total, .fragment_length = frag },
				      o->m->version, r);
		break;
	}
}

/* The SPMC's answer to a fragment: more wanted, done, or an error. */
static void fragment_answer(struct out *o, const struct ffa_regs *r)
{
	struct ffa_mem_frag_rx_args more;
	struct ffa_mem_share_result done;

	o->sent += (uint32_t)o->fill;
	o->fill = 0;
	/* A handle names one transaction: FFA_HANDLE_INVALID names none. */
	if (o->sent < o->total && ffa_decode_mem_frag_rx(r, o->m->version, &more) == FFA_OK &&
	    more.fragment_offset == o->sent && more.handle != FFA_HANDLE_INVALID &&
	    (o->handle == 0 || more.handle == o->handle)) {
		o->handle = more.handle;
		return;
	}
	/* The share, lend and donate results have one layout. */
	if (o->sent == o->total && ffa_decode_mem_share_result(r, o->m->version, &done) == FFA_OK &&
	    done.handle != FFA_HANDLE_INVALID && (o->handle == 0 || done.handle == o->handle)) {
		o->handle = done.handle;
		return;
	}
	o->status = (uint32_t)r->x[0] == FFA_ERROR_32 ? (int32_t)(uint32_t)r->x[2] : FFA_ABORTED;
	if (o->status >= 0)
		o->status = FFA_ABORTED;
	o->spmc_refused = true;
}

static void flush(struct out *o)
{
	struct ffa_regs r = { { 0 } };

	if (o->status != FFA_OK || o->fill == 0)
		return;
	if (o->sent == 0) {
		encode_send(o, &r);
	} else {
		struct ffa_mem_frag_tx_args a = { .handle = o->handle, .fragment_length = (uint32_t)o->fill,
						  .endpoint_id = o->req->sender };

		ffa_encode_mem_frag_tx(&a, o->m->version, &r);
	}
	ffa_spmc_call(o->m, &r);
	fragment_answer(o, &r);
}

/*
 * Append one descriptor (a generated struct, laid out as the specification
 * says), flushing first if it does not fit; descriptors are never split
 * between fragments.
 */
static void put(struct out *o, const void *desc, size_t len)
{
	if (o->fill + len > o->cap)
		flush(o);
	if (o->status != FFA_OK)
		return;
	ffa_copy_bytes(o->buf + o->fill, desc, len);
	o->fill += len;
}

/* Walk the ranges page by page: physical runs, counted or emitted. */
static uint32_t physical_runs(struct out *o, bool emit)
{
	const struct ffa_platform *p = o->m->plat;
	struct ffa_mem_constituent_v1_0 c = { 0 };
	uint32_t runs = 0;

	for (uint32_t r = o->req->first_range; r != FFA_NO_RANGE && o->status == FFA_OK; r = o->m->ranges[r].next) {
		for (uint32_t i = 0; i < o->m->ranges[r].pages; i++) {
			uint64_t pa;

			if (p->ipa_to_pa(p->ctx, o->req->sender, o->m->ranges[r].ipa + bytes_of(i), &pa) != FFA_OK) {
				o->status = FFA_INVALID_PARAMETERS;
				return 0;
			}
			if (c.page_count != 0 && pa == c.address + bytes_of(c.page_count)) {
				c.page_count++;
				continue;
			}
			if (c.page_count != 0 && emit)
				put(o, &c, sizeof(c));
			runs += c.page_count != 0;
			c = (struct ffa_mem_constituent_v1_0){ .address = pa, .page_count = 1 };
		}
	}
	if (emit)
		put(o, &c, sizeof(c));
	return runs + 1;
}

static void emit_header(struct out *o, size_t access_size, uint32_t composite_off)
{
	const struct mem_request *req = o->req;

	if (o->m->version < FFA_VERSION_1_1) {
		struct ffa_mem_transaction_v1_0 h = { .sender = req->sender, .attributes = (uint8_t)req->attributes,
						      .flags = req->flags, .tag = req->tag,
						      .receiver_count = req->receiver_count };

		put(o, &h, sizeof(h));
	} else {
		struct ffa_mem_transaction_v1_1 h = { .sender = req->sender, .attributes = req->attributes,
						      .flags = req->flags, .tag = req->tag,
						      .mem_access_size = (uint32_t)access_size,
						      .receiver_count = req->receiver_count,
						      .mem_access_offset = FFA_MEM_TRANSACTION_V1_1_SIZE };

		put(o, &h, sizeof(h));
	}
	for (uint32_t i = 0; i < req->receiver_count; i++) {
		struct ffa_mem_access_v1_2 a = req->receivers[i];

		a.composite_offset = composite_off;
		if (access_size == FFA_MEM_ACCESS_V1_2_SIZE) {
			put(o, &a, sizeof(a));
		} else {
			struct ffa_mem_access_v1_0 a0 = { .receiver = a.receiver, .permissions = a.permissions,
							  .flags = a.flags, .composite_offset = composite_off };

			put(o, &a0, sizeof(a0));
		}
	}
}

/* Send the request to the SPMC; its handle, or the failure. */
static int32_t send_to_spmc(struct ffa_mediator *m, const struct mem_request *req, ffa_mem_handle_t *handle)
{
	const size_t header = ffa_mem_transaction_size(m->version);
	const size_t access_size = ffa_mem_access_size(m->version);
	const uint32_t composite_off = (uint32_t)(header + access_size * req->receiver_count);
	struct out o = { .m = m, .req = req, .buf = m->config.hyp_tx, .cap = bytes_of(m->config.hyp_buffer_pages) };
	uint64_t total;
	uint32_t runs = physical_runs(&o, false);

	total = composite_off + FFA_MEM_COMPOSITE_V1_0_SIZE + (uint64_t)runs * FFA_MEM_CONSTITUENT_V1_0_SIZE;
	if (o.status != FFA_OK)
		return o.status;
	if (total > UINT32_MAX)
		return FFA_NO_MEMORY;
	o.total = (uint32_t)total;
	m->plat->lock(m->plat->ctx, &m->hyp_buffers_lock);
	emit_header(&o, access_size, composite_off);
	put(&o, &(struct ffa_mem_composite_v1_0){ .total_page_count = (uint32_t)req->pages, .range_count = runs },
	    FFA_MEM_COMPOSITE_V1_0_SIZE);
	physical_runs(&o, true);
	flush(&o);
	m->plat->unlock(m->plat->ctx, &m->hyp_buffers_lock);
	if (o.status == FFA_OK && o.sent != o.total)
		o.status = FFA_ABORTED;
	*handle = o.handle;
	return o.status;
}

/* ------------------------------------------------------------ handlers */

static struct ffa_share *free_share(struct ffa_mediator *m)
{
	for (unsigned int i = 0; i < FFA_MAX_SHARES; i++) {
		if (!m->shares[i].used)
			return &m->shares[i];
	}
	return NULL;
}

/* The header and the access descriptors; where the composite is. */
static int32_t read_front(struct ffa_call_ctx *ctx, const uint8_t *tx, size_t len, struct mem_request *req,
			  uint32_t *composite_off)
{
	const enum ffa_mem_op op = req->op;
	size_t access_off, access_size;
	int32_t ret = read_header(tx, len, ctx->version, req, &access_off, &access_size);

	req->op = op;
	if (ret == FFA_OK && (req->sender != ctx->vm->id || !allowed_flags(req)))
		ret = FFA_INVALID_PARAMETERS;
	if (ret == FFA_OK)
		ret = read_receivers(ctx->m, tx, len, access_off, access_size, req, composite_off);
	/* After the receivers: whether a lend types its memory depends on their count. */
	if (ret == FFA_OK)
		ret = allowed_attributes(req, ctx->version);
	return ret;
}

/*
 * Within the VM's limits, and a table slot reserved (not for a donate) so
 * the SPMC is never told in vain. With the transactions' lock held.
 */
static int32_t reserve(struct ffa_mediator *m, struct ffa_vm *vm, struct mem_request *req)
{
	if (vm->share_count >= m->config.vm_max_shares || req->pages > m->config.vm_max_share_pages - vm->share_pages)
		return FFA_NO_MEMORY;
	if (req->op == FFA_MEM_OP_DONATE)
		return FFA_OK;
	req->slot = free_share(m);
	if (req->slot == NULL)
		return FFA_NO_MEMORY;
	*req->slot = (struct ffa_share){ .used = true, .owner = vm->id, .handle = FFA_HANDLE_INVALID,
					 .first_range = FFA_NO_RANGE };
	return FFA_OK;
}

/* Read and check the VM's request, the ranges into the pool (share lock held). */
static int32_t read_request(struct ffa_call_ctx *ctx, const uint8_t *tx, size_t len, struct mem_request *req)
{
	struct ffa_mediator *m = ctx->m;
	uint32_t composite_off;
	int32_t ret = read_front(ctx, tx, len, req, &composite_off);

	if (ret == FFA_OK)
		ret = read_ranges(m, tx, len, composite_off, req);
	if (ret == FFA_OK) {
		ret = check_overlaps(m, ctx->vm, req);
		if (ret == FFA_OK)
			ret = reserve(m, ctx->vm, req);
		if (ret != FFA_OK)
			free_ranges(m, req->first_range);
	}
	return ret;
}

/* ------------------------------------- a descriptor in fragments */

/*
 * When the VM sends its descriptor in fragments (FFA_MEM_FRAG_TX), the
 * SPMC must learn the transaction's handle at the first one, as the VM
 * keeps the handle of the first FFA_MEM_FRAG_RX it gets (Linux does). So
 * each fragment goes on to the SPMC as it comes, with one constituent per
 * page: the SPMC's descriptor length is then known from the first
 * fragment, which must hold everything up to the constituents.
 */

/* A writer continuing the SPMC descriptor of the VM's transaction. */
static struct out frag_writer(struct ffa_mediator *m, struct ffa_vm *vm, const struct mem_request *req)
{
	return (struct out){ .m = m, .req = req, .buf = m->config.hyp_tx, .cap = bytes_of(m->config.hyp_buffer_pages),
			     .total = vm->frag.out_total, .sent = vm->frag.out_sent, .handle = vm->frag.handle };
}

/* Give back the pages of count ranges from range r. */
static void unclaim_n(struct ffa_mediator *m, const struct ffa_vm *vm, uint32_t r, uint32_t count)
{
	for (uint32_t i = 0; i < count; i++, r = m->ranges[r].next)
		m->plat->mem_unclaim(m->plat->ctx, vm->id, m->ranges[r].ipa, m->ranges[r].pages,
				     (enum ffa_mem_op)vm->frag.op);
}

/* Reclaim a transaction the SPMC completed (VM locked); its status. */
static int32_t spmc_reclaim(struct ffa_mediator *m, ffa_mem_handle_t handle)
{
	struct ffa_mem_reclaim_args a = { .handle = handle };
	struct ffa_mem_reclaim_result res;
	struct ffa_regs r = { { 0 } };

	ffa_encode_mem_reclaim(&a, m->version, &r);
	ffa_spmc_call(m, &r);
	return ffa_decode_mem_reclaim_result(&r, m->version, &res);
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
 * the pages sent so far, so they stay the SPMC's.
 */
static bool spmc_abort(struct ffa_mediator *m, struct ffa_vm *vm)
{
	struct mem_request req = { .op = (enum ffa_mem_op)vm->frag.op, .sender = vm->id };
	struct out o = frag_writer(m, vm, &req);
	struct ffa_mem_constituent_v1_0 c = { .page_count = 2 };
	int32_t ret;

	if (m->plat->ipa_to_pa(m->plat->ctx, vm->id, m->ranges[vm->frag.first_range].ipa, &c.address) != FFA_OK)
		c.address = 0;
	m->plat->lock(m->plat->ctx, &m->hyp_buffers_lock);
	while (o.status == FFA_OK && o.sent + o.fill < o.total)
		put(&o, &c, sizeof(c));
	flush(&o);
	m->plat->unlock(m->plat->ctx, &m->hyp_buffers_lock);
	if (o.status != FFA_OK) {
		ffa_log(m, FFA_LOG_VERBOSE, "VM %#x: the SPMC dropped unfinished transaction %#llx (%d)", vm->id,
			(unsigned long long)vm->frag.handle, (int)o.status);
		return true;
	}
	ret = spmc_reclaim(m, o.handle);
	if (ret != FFA_OK)
		ffa_log(m, FFA_LOG_ERROR, "VM %#x: the SPMC keeps transaction %#llx (%d); its pages stay claimed",
			vm->id, (unsigned long long)o.handle, (int)ret);
	return ret == FFA_OK;
}

/*
 * Drop a transaction in fragments: at the SPMC when it still holds the
 * part it received (an SPMC that refused a fragment has dropped it
 * already), then the pages and the pool entries.
 */
static void frag_abort(struct ffa_mediator *m, struct ffa_vm *vm, bool at_spmc)
{
	bool give_back = true;

	if (at_spmc && vm->frag.handle != 0)
		give_back = spmc_abort(m, vm);
	if (give_back)
		unclaim_n(m, vm, vm->frag.first_range, vm->frag.ranges_seen);
	m->plat->lock(m->plat->ctx, &m->shares_lock);
	free_ranges(m, vm->frag.first_range);
	if (vm->frag.slot != NULL)
		*vm->frag.slot = (struct ffa_share){ .used = false };
	m->plat->unlock(m->plat->ctx, &m->shares_lock);
	vm->frag.active = false;
}

/* One page per constituent: the SPMC's length is known up front. */
static void emit_pages(struct out *o, uint16_t vm_id, uint64_t ipa, uint32_t pages)
{
	for (uint32_t i = 0; i < pages && o->status == FFA_OK; i++) {
		struct ffa_mem_constituent_v1_0 c = { .page_count = 1 };

		if (o->m->plat->ipa_to_pa(o->m->plat->ctx, vm_id, ipa + bytes_of(i), &c.address) != FFA_OK)
			o->status = FFA_INVALID_PARAMETERS;
		else
			put(o, &c, sizeof(c));
	}
}

/*
 * May the range join the transaction: not overlapping the count ranges it
 * has (those taken and those of this fragment so far) nor another open
 * transaction of the VM? With the transactions' lock held.
 */
static int32_t frag_range_ok(const struct ffa_mediator *m, const struct ffa_vm *vm, const struct ffa_share_range *n,
			     uint32_t count)
{
	uint32_t r = vm->frag.first_range;

	for (uint32_t i = 0; i < count; i++, r = m->ranges[r].next) {
		if (overlap(&m->ranges[r], n))
			return FFA_INVALID_PARAMETERS;
	}
	return in_open_share(m, vm, n) || in_rxtx(vm, n) ? FFA_DENIED : FFA_OK;
}

/*
 * The constituents in buf[off, end): all checked and claimed first, so a
 * bad fragment changes nothing (the VM may send it again); then taken and
 * sent on.
 */
static int32_t frag_consume(struct ffa_mediator *m, struct ffa_vm *vm, const uint8_t *buf, size_t off, size_t end,
			    struct out *o)
{
	uint32_t r = vm->frag.next_range;
	uint32_t count = 0;
	uint64_t pages = 0;
	int32_t ret = FFA_OK;

	for (size_t at = off; at < end && ret == FFA_OK; at += FFA_MEM_CONSTITUENT_V1_0_SIZE) {
		struct ffa_mem_constituent_v1_0 c;

		if (vm->frag.ranges_seen + count == vm->frag.ranges || !ffa_mem_constituent_v1_0_read(buf, end, at, &c) ||
		    !ffa_mem_constituent_v1_0_mbz_ok(&c) || c.address % FFA_PAGE_SIZE || c.page_count == 0 ||
		    c.address > UINT64_MAX - bytes_of(c.page_count) + 1 ||
		    c.page_count > vm->frag.pages - vm->frag.pages_seen - pages) {
			ret = FFA_INVALID_PARAMETERS;
			break;
		}
		m->ranges[r].ipa = c.address;
		m->ranges[r].pages = c.page_count;
		m->plat->lock(m->plat->ctx, &m->shares_lock);
		ret = frag_range_ok(m, vm, &m->ranges[r], vm->frag.ranges_seen + count);
		m->plat->unlock(m->plat->ctx, &m->shares_lock);
		if (ret == FFA_OK)
			ret = m->plat->mem_claim(m->plat->ctx, vm->id, c.address, c.page_count,
						 (enum ffa_mem_op)vm->frag.op);
		if (ret == FFA_OK) {
			count++;
			pages += c.page_count;
			r = m->ranges[r].next;
		}
	}
	if (ret != FFA_OK) {
		unclaim_n(m, vm, vm->frag.next_range, count);
		return ret;
	}
	for (uint32_t i = 0; i < count; i++) {
		emit_pages(o, vm->id, m->ranges[vm->frag.next_range].ipa, m->ranges[vm->frag.next_range].pages);
		vm->frag.next_range = m->ranges[vm->frag.next_range].next;
	}
	vm->frag.ranges_seen += count;
	vm->frag.pages_seen += pages;
	return o->status;
}

/*
 * Is handle already an open transaction's (shares lock held)? An SPMC that
 * hands out a live handle again has answered what no SPMC may: the new
 * transaction is not recorded, and nothing is sent to the SPMC under that
 * handle, which would reach the other transaction.
 */
static bool handle_live(const struct ffa_mediator *m, ffa_mem_handle_t handle)
{
	for (unsigned int i = 0; i < FFA_MAX_SHARES; i++) {
		if (m->shares[i].used && m->shares[i].handle == handle)
			return true;
	}
	return false;
}

/* After a fragment: the SPMC's state, and the VM's answer. */
static int32_t frag_answer(struct ffa_call_ctx *ctx, struct out *o, struct ffa_regs *out)
{
	struct ffa_mediator *m = ctx->m;
	struct ffa_vm *vm = ctx->vm;

	vm->frag.out_sent = o->sent;
	vm->frag.handle = o->handle;
	if (o->status != FFA_OK)
		return o->status;
	if (vm->frag.received < vm->frag.total) {
		struct ffa_mem_frag_rx_args more = { .handle = vm->frag.handle, .fragment_offset = vm->frag.received };

		ffa_encode_mem_frag_rx(&more, ctx->version, out);
		return FFA_OK;
	}
	if (o->sent != o->total || vm->frag.pages_seen != vm->frag.pages)
		return FFA_INVALID_PARAMETERS;
	m->plat->lock(m->plat->ctx, &m->shares_lock);
	if (handle_live(m, vm->frag.handle)) {
		m->plat->unlock(m->plat->ctx, &m->shares_lock);
		ffa_log(m, FFA_LOG_ERROR, "VM %#x: the SPMC gave a live handle %#llx again", vm->id,
			(unsigned long long)vm->frag.handle);
		o->spmc_refused = true;
		return FFA_ABORTED;
	}
	if (vm->frag.slot != NULL) {
		*vm->frag.slot = (struct ffa_share){ .used = true, .op = vm->frag.op, .owner = vm->id,
						     .handle = vm->frag.handle, .pages = vm->frag.pages,
						     .first_range = vm->frag.first_range };
		vm->share_count++;
		vm->share_pages += vm->frag.pages;
	} else {
		free_ranges(m, vm->frag.first_range);
	}
	m->plat->unlock(m->plat->ctx, &m->shares_lock);
	vm->frag.active = false;
	ffa_encode_mem_share_result(&(struct ffa_mem_share_result){ .handle = vm->frag.handle }, ctx->version, out);
	return FFA_OK;
}

/* The first fragment: everything up to the constituents, and maybe some. */
static int32_t frag_first(struct ffa_call_ctx *ctx, struct mem_request *req, uint32_t total, uint32_t len,
			  struct ffa_regs *out)
{
	struct ffa_mediator *m = ctx->m;
	struct ffa_vm *vm = ctx->vm;
	const uint8_t *tx = vm->rxtx.tx;
	const size_t header = ffa_mem_transaction_size(m->version);
	const size_t access_size = ffa_mem_access_size(m->version);
	struct ffa_mem_composite_v1_0 comp;
	uint32_t composite_off;
	uint64_t out_total;
	struct out o;
	int32_t ret;

	m->plat->lock(m->plat->ctx, &m->shares_lock);
	ret = read_front(ctx, tx, len, req, &composite_off);
	/*
	 * The composite and at least one constituent are here (Hafnium refuses
	 * a first fragment without one); the constituents end the descriptor,
	 * whole.
	 */
	if (ret == FFA_OK && (!ffa_mem_composite_v1_0_read(tx, len, composite_off, &comp) ||
			      len < (uint64_t)composite_off + FFA_MEM_COMPOSITE_V1_0_SIZE +
					    FFA_MEM_CONSTITUENT_V1_0_SIZE ||
			      !ffa_mem_composite_v1_0_mbz_ok(&comp) || comp.range_count == 0 ||
			      comp.total_page_count == 0 ||
			      (uint64_t)composite_off + FFA_MEM_COMPOSITE_V1_0_SIZE +
					      (uint64_t)comp.range_count * FFA_MEM_CONSTITUENT_V1_0_SIZE != total ||
			      (len - composite_off - FFA_MEM_COMPOSITE_V1_0_SIZE) % FFA_MEM_CONSTITUENT_V1_0_SIZE))
		ret = FFA_INVALID_PARAMETERS;
	if (ret == FFA_OK) {
		req->pages = comp.total_page_count;
		req->first_range = alloc_ranges(m, comp.range_count);
		ret = req->first_range == FFA_NO_RANGE ? FFA_NO_MEMORY : reserve(m, vm, req);
		if (ret != FFA_OK)
			free_ranges(m, req->first_range);
	}
	m->plat->unlock(m->plat->ctx, &m->shares_lock);
	out_total = header + access_size * req->receiver_count + FFA_MEM_COMPOSITE_V1_0_SIZE +
		    (uint64_t)comp.total_page_count * FFA_MEM_CONSTITUENT_V1_0_SIZE;
	if (ret == FFA_OK && out_total > UINT32_MAX) {
		ret = FFA_NO_MEMORY;
		m->plat->lock(m->plat->ctx, &m->shares_lock);
		free_ranges(m, req->first_range);
		if (req->slot != NULL)
			*req->slot = (struct ffa_share){ .used = false };
		m->plat->unlock(m->plat->ctx, &m->shares_lock);
	}
	if (ret != FFA_OK)
		return ret;
	vm->frag = (struct ffa_mem_frag){ .active = true, .op = (uint8_t)req->op, .total = total, .received = len,
				       .ranges = comp.range_count, .first_range = req->first_range,
				       .next_range = req->first_range, .pages = comp.total_page_count,
				       .out_total = (uint32_t)out_total, .slot = req->slot };
	o = frag_writer(m, vm, req);
	m->plat->lock(m->plat->ctx, &m->hyp_buffers_lock);
	emit_header(&o, access_size, (uint32_t)(header + access_size * req->receiver_count));
	put(&o, &(struct ffa_mem_composite_v1_0){ .total_page_count = comp.total_page_count,
						  .range_count = comp.total_page_count },
	    FFA_MEM_COMPOSITE_V1_0_SIZE);
	ret = frag_consume(m, vm, tx, composite_off + FFA_MEM_COMPOSITE_V1_0_SIZE, len, &o);
	if (ret == FFA_OK)
		flush(&o);
	m->plat->unlock(m->plat->ctx, &m->hyp_buffers_lock);
	if (ret == FFA_OK)
		ret = frag_answer(ctx, &o, out);
	if (ret != FFA_OK) {
		vm->frag.handle = o.handle;
		vm->frag.out_sent = o.sent;
		frag_abort(m, vm, !o.spmc_refused);
	}
	return ret;
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
int32_t ffa_handle_mem_frag_tx(struct ffa_call_ctx *ctx, const struct ffa_mem_frag_tx_args *args,
			       struct ffa_regs *out)
{
	struct ffa_mediator *m = ctx->m;
	struct ffa_vm *vm = ctx->vm;
	struct ffa_vm_locked locked = ffa_vm_lock(m, vm);
	struct mem_request req;
	struct out o;
	int32_t ret = FFA_OK;

	if (!vm->frag.active || args->handle != vm->frag.handle) {
		ffa_vm_unlock(m, &locked);
		return FFA_INVALID_PARAMETERS;
	}
	if (args->endpoint_id != 0 || args->fragment_length == 0 || !vm->rxtx.mapped ||
	    args->fragment_length > bytes_of(vm->rxtx.pages) ||
	    args->fragment_length > vm->frag.total - vm->frag.received ||
	    args->fragment_length % FFA_MEM_CONSTITUENT_V1_0_SIZE)
		ret = FFA_INVALID_PARAMETERS;
	if (ret == FFA_OK) {
		req = (struct mem_request){ .op = (enum ffa_mem_op)vm->frag.op, .sender = vm->id };
		o = frag_writer(m, vm, &req);
		m->plat->lock(m->plat->ctx, &m->hyp_buffers_lock);
		ret = frag_consume(m, vm, vm->rxtx.tx, 0, args->fragment_length, &o);
		if (ret == FFA_OK)
			flush(&o);
		m->plat->unlock(m->plat->ctx, &m->hyp_buffers_lock);
		if (ret == FFA_OK) {
			vm->frag.received += args->fragment_length;
			ret = frag_answer(ctx, &o, out);
		}
		/*
		 * Refused for what it says: the whole transaction ends (as
		 * Hafnium's ends when its completion fails), at the SPMC too
		 * unless the SPMC refused it and so dropped it itself.
		 */
		if (ret != FFA_OK) {
			vm->frag.handle = o.handle;
			vm->frag.out_sent = o.sent;
			frag_abort(m, vm, !o.spmc_refused);
		}
	}
	ffa_vm_unlock(m, &locked);
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
 * for the rest (FFA_MEM_FRAG_TX).
 */
static int32_t mem_send(struct ffa_call_ctx *ctx, enum ffa_mem_op op, const struct ffa_mem_share_args *args,
			struct ffa_regs *out)
{
	struct ffa_mediator *m = ctx->m;
	struct ffa_vm *vm = ctx->vm;
	struct mem_request req = { .op = op };
	struct ffa_mem_share_result res = { 0 };
	struct ffa_vm_locked locked;
	ffa_mem_handle_t handle = 0;
	bool claimed;
	size_t len;
	int32_t ret;

	static const uint32_t fids[] = {
		[FFA_MEM_OP_SHARE] = FFA_MEM_SHARE_32,
		[FFA_MEM_OP_LEND] = FFA_MEM_LEND_32,
		[FFA_MEM_OP_DONATE] = FFA_MEM_DONATE_32,
	};

	if (!ffa_spmc_implements(m, fids[op]))
		return FFA_NOT_SUPPORTED;
	if (args->buffer_address != 0 || args->page_count != 0)
		return FFA_INVALID_PARAMETERS;
	if (args->fragment_length == 0 || args->fragment_length > args->total_length)
		return FFA_INVALID_PARAMETERS;
	locked = ffa_vm_lock(m, vm);
	len = bytes_of(vm->rxtx.pages);
	/* A dying VM has no buffers (teardown unmapped them): nothing is shared. */
	if (!vm->rxtx.mapped || args->fragment_length > len) {
		ret = FFA_INVALID_PARAMETERS;
		goto out;
	}
	/* One transaction in fragments at a time. */
	if (vm->frag.active) {
		ret = FFA_BUSY;
		goto out;
	}
	if (args->fragment_length != args->total_length) {
		ret = frag_first(ctx, &req, args->total_length, args->fragment_length, out);
		goto out;
	}
	len = args->total_length;
	m->plat->lock(m->plat->ctx, &m->shares_lock);
	ret = read_request(ctx, vm->rxtx.tx, len, &req);
	m->plat->unlock(m->plat->ctx, &m->shares_lock);
	if (ret != FFA_OK)
		goto out;
	ret = claim(m, vm->id, &req);
	claimed = ret == FFA_OK;
	if (ret == FFA_OK)
		ret = send_to_spmc(m, &req, &handle);
	if (ret == FFA_OK) {
		m->plat->lock(m->plat->ctx, &m->shares_lock);
		if (handle_live(m, handle)) {
			ffa_log(m, FFA_LOG_ERROR, "VM %#x: the SPMC gave a live handle %#llx again", vm->id,
				(unsigned long long)handle);
			ret = FFA_ABORTED;
		}
		m->plat->unlock(m->plat->ctx, &m->shares_lock);
	}
	if (ret != FFA_OK && claimed)
		unclaim(m, vm->id, req.first_range, FFA_NO_RANGE, op);
	m->plat->lock(m->plat->ctx, &m->shares_lock);
	if (ret == FFA_OK && req.slot != NULL) {
		*req.slot = (struct ffa_share){ .used = true, .op = (uint8_t)op, .owner = vm->id, .handle = handle,
						.pages = req.pages, .first_range = req.first_range };
		vm->share_count++;
		vm->share_pages += req.pages;
	} else {
		/* Failed, or donated: neither the slot nor the ranges are needed. */
		if (req.slot != NULL)
			*req.slot = (struct ffa_share){ .used = false };
		free_ranges(m, req.first_range);
	}
	m->plat->unlock(m->plat->ctx, &m->shares_lock);
	if (ret == FFA_OK) {
		res.handle = handle;
		ffa_encode_mem_share_result(&res, ctx->version, out);
	} else {
		ffa_log(m, FFA_LOG_VERBOSE, "VM %#x: memory transaction refused: %d", vm->id, ret);
	}
out:
	ffa_vm_unlock(m, &locked);
	return ret;
}

int32_t ffa_handle_mem_share(struct ffa_call_ctx *ctx, const struct ffa_mem_share_args *args, struct ffa_regs *out)
{
	return mem_send(ctx, FFA_MEM_OP_SHARE, args, out);
}

/* The three calls' arguments have one layout (functions.yaml). */
_Static_assert(sizeof(struct ffa_mem_lend_args) == sizeof(struct ffa_mem_share_args), "mem-lend args");
_Static_assert(sizeof(struct ffa_mem_donate_args) == sizeof(struct ffa_mem_share_args), "mem-donate args");

int32_t ffa_handle_mem_lend(struct ffa_call_ctx *ctx, const struct ffa_mem_lend_args *args, struct ffa_regs *out)
{
	const struct ffa_mem_share_args a = { args->smc64, args->total_length, args->fragment_length,
					      args->buffer_address, args->page_count };

	return mem_send(ctx, FFA_MEM_OP_LEND, &a, out);
}

int32_t ffa_handle_mem_donate(struct ffa_call_ctx *ctx, const struct ffa_mem_donate_args *args, struct ffa_regs *out)
{
	const struct ffa_mem_share_args a = { args->smc64, args->total_length, args->fragment_length,
					      args->buffer_address, args->page_count };

	return mem_send(ctx, FFA_MEM_OP_DONATE, &a, out);
}

/* The VM's open transaction with this handle (shares lock held), or NULL. */
static struct ffa_share *find_share(struct ffa_mediator *m, uint16_t owner, ffa_mem_handle_t handle)
{
	for (unsigned int i = 0; i < FFA_MAX_SHARES; i++) {
		struct ffa_share *sh = &m->shares[i];

		if (open_share_of(sh, owner) && sh->handle == handle)
			return sh;
	}
	return NULL;
}

/* Reclaim at the SPMC, then give the pages back (VM locked). */
static int32_t reclaim(struct ffa_mediator *m, struct ffa_vm *vm, struct ffa_share *sh, bool zero, bool time_slice)
{
	struct ffa_mem_reclaim_args a = { .handle = sh->handle, .zero_memory = zero, .time_slice = time_slice };
	struct ffa_mem_reclaim_result res;
	struct ffa_regs r = { { 0 } };
	int32_t ret;

	ffa_encode_mem_reclaim(&a, m->version, &r);
	ffa_spmc_call(m, &r);
	ret = ffa_decode_mem_reclaim_result(&r, m->version, &res);
	if (ret != FFA_OK)
		return ret;
	unclaim(m, vm->id, sh->first_range, FFA_NO_RANGE, (enum ffa_mem_op)sh->op);
	m->plat->lock(m->plat->ctx, &m->shares_lock);
	free_ranges(m, sh->first_range);
	vm->share_count--;
	vm->share_pages -= sh->pages;
	*sh = (struct ffa_share){ .used = false };
	m->plat->unlock(m->plat->ctx, &m->shares_lock);
	return FFA_OK;
}

/*
 * FFA_MEM_RECLAIM. Errors: INVALID_PARAMETERS for a handle that is none of
 * the VM's open transactions, or zeroing a share (the VM kept access); the
 * SPMC's error, DENIED while a borrower still holds the memory.
 */
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
	m->plat->lock(m->plat->ctx, &m->shares_lock);
	sh = find_share(m, vm->id, args->handle);
	m->plat->unlock(m->plat->ctx, &m->shares_lock);
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
 * The first of the VM's open transactions from slot i on, or FFA_MAX_SHARES.
 * The table is read under its lock (other VMs change their slots at any
 * time); the slot found stays the VM's, since only the holder of the VM's
 * lock adds or removes its transactions.
 */
static unsigned int next_open_share(struct ffa_mediator *m, uint16_t owner, unsigned int i)
{
	m->plat->lock(m->plat->ctx, &m->shares_lock);
	while (i < FFA_MAX_SHARES && !open_share_of(&m->shares[i], owner))
		i++;
	m->plat->unlock(m->plat->ctx, &m->shares_lock);
	return i;
}

/*
 * On VM teardown: reclaim every open transaction of the VM the SPMC lets
 * go; FFA_RETRY while some borrower still holds memory.
 */
int32_t ffa_mem_teardown(struct ffa_mediator *m, struct ffa_vm_locked locked)
{
	struct ffa_vm *vm = locked.vm;
	int32_t result = FFA_OK;

	if (vm->frag.active)
		frag_abort(m, vm, true);
	for (unsigned int i = next_open_share(m, vm->id, 0); i < FFA_MAX_SHARES; i = next_open_share(m, vm->id, i + 1)) {
		if (reclaim(m, vm, &m->shares[i], false, false) != FFA_OK)
			result = FFA_RETRY;
	}
	return result;
}
