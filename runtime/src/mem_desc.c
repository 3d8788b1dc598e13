/* SPDX-License-Identifier: MIT */
/*
 * The VM's memory transaction descriptor, read from its TX buffer in the
 * layout of its version (DEN0077A v1.0 §5.11-5.12, v1.1 and v1.2 Table
 * 10.20 on), each part copied once and checked before anything changes:
 * the one-shot and the fragmented path read it with the same functions.
 */
#include "mem.h"

/*
 * The header, in the VM's layout; where its access descriptors are. A 1.0
 * header is taken into the 1.1 form, so one assignment fills req (all but
 * its op, the caller's).
 */
static int32_t read_header(const uint8_t *tx, size_t len, enum ffa_version v,
			   struct mem_request *req, size_t *access_off, size_t *access_size)
{
	struct ffa_mem_transaction_v1_1 h;

	if (v < FFA_VERSION_1_1) {
		struct ffa_mem_transaction_v1_0 h0;

		if (!ffa_mem_transaction_v1_0_read(tx, len, 0, &h0) ||
		    !ffa_mem_transaction_v1_0_mbz_ok(&h0))
			return FFA_INVALID_PARAMETERS;
		/*
		 * The 1.0 attributes byte has the 1.1 layout without the NS bit;
		 * 16-byte access descriptors follow the header.
		 */
		h = (struct ffa_mem_transaction_v1_1){
			.sender = h0.sender,
			.attributes = h0.attributes,
			.flags = h0.flags,
			.handle = h0.handle,
			.tag = h0.tag,
			.mem_access_size = FFA_MEM_ACCESS_V1_0_SIZE,
			.receiver_count = h0.receiver_count,
			.mem_access_offset = FFA_MEM_TRANSACTION_V1_0_SIZE,
		};
	} else if (!ffa_mem_transaction_v1_1_read(tx, len, 0, &h) ||
		   !ffa_mem_transaction_v1_1_mbz_ok(&h) ||
		   /* Linux sends 32-byte access descriptors at 1.1 too: either is fine. */
		   (h.mem_access_size != FFA_MEM_ACCESS_V1_0_SIZE &&
		    h.mem_access_size != FFA_MEM_ACCESS_V1_2_SIZE) ||
		   h.mem_access_offset < FFA_MEM_TRANSACTION_V1_1_SIZE ||
		   h.mem_access_offset % FFA_DESCRIPTOR_ALIGNMENT) {
		return FFA_INVALID_PARAMETERS;
	}
	*req = (struct mem_request){ .op = req->op,
				     .sender = h.sender,
				     .attributes = h.attributes,
				     .flags = h.flags,
				     .tag = h.tag,
				     .receiver_count = h.receiver_count };
	*access_off = h.mem_access_offset;
	*access_size = h.mem_access_size;
	return h.handle == 0 ? FFA_OK : FFA_INVALID_PARAMETERS;
}

/*
 * Memory a single borrower gets for itself (donated, or lent to one) is
 * the borrower's to type: the sender leaves the type "not specified", the
 * one field the Relayer checks (DEN0077A v1.1 §10.10.4, quoted by the ACS
 * lend and donate tests, which send cacheability and shareability with no
 * type; Hafnium ffa_memory_send_validate()).
 */
static bool borrower_types(const struct mem_request *req)
{
	return req->op == FFA_MEM_OP_DONATE ||
	       (req->op == FFA_MEM_OP_LEND && req->receiver_count == 1);
}

/*
 * FFA_OK, INVALID_PARAMETERS for reserved bits or the NS bit (the SPMC's
 * to set), or DENIED for memory of a kind the borrowers may not get.
 * Memory the borrower types goes with none (0): without a type,
 * cacheability and shareability describe nothing, and the SPMC is told
 * "not specified".
 */
static int32_t check_attributes(struct mem_request *req, enum ffa_version v)
{
	const uint16_t a = req->attributes;

	if ((a & ~ffa_mem_attributes_fields_at(v)) != 0 || ffa_mem_attributes_get_ns(a))
		return FFA_INVALID_PARAMETERS;
	if (borrower_types(req)) {
		req->attributes = 0;
		return ffa_mem_attributes_get_mem_type(a) == FFA_MEM_TYPE_NOT_SPECIFIED ?
			       FFA_OK :
			       FFA_INVALID_PARAMETERS;
	}
	/*
	 * Shared memory, or lent to several, is normal write-back
	 * inner-shareable memory; any other kind is DENIED, as Hafnium's
	 * ffa_memory_attributes_validate() answers. The three fields in one
	 * compare.
	 */
	if ((a & (FFA_MEM_ATTRIBUTES_MEM_TYPE_MASK | FFA_MEM_ATTRIBUTES_CACHEABILITY_MASK |
		  FFA_MEM_ATTRIBUTES_SHAREABILITY_MASK)) !=
	    ffa_mem_attributes_set_shareability(
		    ffa_mem_attributes_set_cacheability(
			    ffa_mem_attributes_set_mem_type(0, FFA_MEM_TYPE_NORMAL),
			    FFA_MEM_CACHEABILITY_WRITE_BACK),
		    FFA_MEM_SHAREABILITY_INNER_SHAREABLE))
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
static int32_t check_receiver(const struct ffa_mediator *m, const struct mem_request *req,
			      uint32_t i)
{
	const uint16_t id = req->receivers[i].receiver;

	if (!ffa_endpoint_id_get_secure(id) || ffa_partition_find(m, id) == NULL)
		return FFA_INVALID_PARAMETERS;
	for (uint32_t j = 0; j < i; j++) {
		if (req->receivers[j].receiver == id)
			return FFA_INVALID_PARAMETERS;
	}
	if (req->receivers[i].flags != 0 ||
	    !allowed_permissions(req, req->receivers[i].permissions))
		return FFA_INVALID_PARAMETERS;
	return FFA_OK;
}

/*
 * What an older SPMC cannot carry: the 16 implementation-defined bytes of
 * a 1.2 access descriptor have no place in the 16-byte descriptors of an
 * SPMC at 1.0 or 1.1, and dropping them would change what the receiver
 * is told.
 */
static bool spmc_carries(const struct ffa_mediator *m, const struct ffa_mem_access_v1_2 *a)
{
	return ffa_mem_access_size(m->version) == FFA_MEM_ACCESS_V1_2_SIZE ||
	       (a->impdef[0] | a->impdef[1]) == 0;
}

/* Access descriptor i of size bytes (16 or 32), in the 1.2 form. */
static bool read_access(const uint8_t *tx, size_t len, size_t off, size_t size, uint32_t i,
			struct ffa_mem_access_v1_2 *a)
{
	struct ffa_mem_access_v1_0 a0;

	if (size == FFA_MEM_ACCESS_V1_2_SIZE)
		return ffa_mem_access_v1_2_read_at(tx, len, off, i, a) &&
		       ffa_mem_access_v1_2_mbz_ok(a);
	if (!ffa_mem_access_v1_0_read_at(tx, len, off, i, &a0) || !ffa_mem_access_v1_0_mbz_ok(&a0))
		return false;
	*a = (struct ffa_mem_access_v1_2){ .receiver = a0.receiver,
					   .permissions = a0.permissions,
					   .flags = a0.flags,
					   .composite_offset = a0.composite_offset };
	return true;
}

/* The access descriptors; where the composite descriptor is. */
static int32_t read_receivers(const struct ffa_mediator *m, const uint8_t *tx, size_t len,
			      size_t off, size_t size, struct mem_request *req,
			      uint32_t *composite_off)
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

		if (!read_access(tx, len, off, size, i, a) || !spmc_carries(m, a))
			return FFA_INVALID_PARAMETERS;
		ret = check_receiver(m, req, i);
		if (ret != FFA_OK)
			return ret;
		/* One region for all, after the access descriptors, aligned. */
		if (a->composite_offset != req->receivers[0].composite_offset ||
		    a->composite_offset % FFA_DESCRIPTOR_ALIGNMENT ||
		    a->composite_offset < off + size * req->receiver_count)
			return FFA_INVALID_PARAMETERS;
	}
	*composite_off = req->receivers[0].composite_offset;
	return FFA_OK;
}

/*
 * The composite descriptor at off, of a descriptor total bytes long of
 * which buf holds the first len.
 */
static int32_t read_composite(const uint8_t *buf, size_t len, uint32_t off, uint64_t total,
			      struct ffa_mem_composite_v1_0 *comp)
{
	const uint64_t first = (uint64_t)off + FFA_MEM_COMPOSITE_V1_0_SIZE;

	if (!ffa_mem_composite_v1_0_read(buf, len, off, comp) ||
	    !ffa_mem_composite_v1_0_mbz_ok(comp) || comp->range_count == 0 ||
	    comp->total_page_count == 0)
		return FFA_INVALID_PARAMETERS;
	/* The constituents end the descriptor: its length says where (as Hafnium checks). */
	if (first + (uint64_t)comp->range_count * FFA_MEM_CONSTITUENT_V1_0_SIZE != total)
		return FFA_INVALID_PARAMETERS;
	/*
	 * What is here holds whole constituents, at least one (Hafnium refuses
	 * a first fragment without one); always so when it is all of it.
	 */
	if (len < first + FFA_MEM_CONSTITUENT_V1_0_SIZE ||
	    (len - first) % FFA_MEM_CONSTITUENT_V1_0_SIZE)
		return FFA_INVALID_PARAMETERS;
	return FFA_OK;
}

int32_t ffa_mem_read_front(struct ffa_call_ctx *ctx, const uint8_t *tx, size_t len,
			   uint64_t total, struct mem_request *req,
			   struct ffa_mem_composite_v1_0 *comp, uint32_t *composite_off)
{
	size_t access_off, access_size;
	int32_t ret = read_header(tx, len, ctx->version, req, &access_off, &access_size);

	if (ret != FFA_OK)
		return ret;
	/*
	 * The Lender must be the Owner of the memory: a descriptor naming
	 * another sender is DENIED (DEN0077A v1.1 §10.10.2, as the FF-A ACS
	 * share_input_error_checks quote it; Hafnium ffa_memory_send_validate()).
	 */
	if (req->sender != ctx->vm->id)
		return FFA_DENIED;
	if (!allowed_flags(req))
		return FFA_INVALID_PARAMETERS;
	ret = read_receivers(ctx->m, tx, len, access_off, access_size, req, composite_off);
	/* After the receivers: whether a lend types its memory depends on their count. */
	if (ret == FFA_OK)
		ret = check_attributes(req, ctx->version);
	if (ret == FFA_OK)
		ret = read_composite(tx, len, *composite_off, total, comp);
	return ret;
}

/* Constituent index of the array at buf[0], as a range: page aligned, not empty, not wrapping. */
static bool read_constituent(const uint8_t *buf, size_t len, uint32_t index,
			     struct ffa_share_range *range)
{
	struct ffa_mem_constituent_v1_0 c;

	if (!ffa_mem_constituent_v1_0_read_at(buf, len, 0, index, &c) ||
	    !ffa_mem_constituent_v1_0_mbz_ok(&c) || c.address % FFA_PAGE_SIZE ||
	    c.page_count == 0 || c.address > UINT64_MAX - ffa_mem_bytes(c.page_count) + 1)
		return false;
	range->ipa = c.address;
	range->pages = c.page_count;
	return true;
}

/*
 * Each constituent leaves a page at least for every one still to come
 * after it: so a fragment may not take the pages of those (the SPMC's
 * descriptor, a constituent per page, would be complete while the VM's is
 * not), and a whole descriptor whose constituents get past it may still
 * not add up (its caller's check). The one read of constituents, of the
 * one-shot and the fragmented path. Compiled for size, though a range's
 * work: ./run bench counts it no slower so (3 instructions more a call,
 * one a range fewer).
 */
FFA_COLD bool ffa_mem_read_constituents(struct ffa_mediator *m, const uint8_t *buf, size_t len,
					uint32_t first, uint32_t n, uint32_t ranges_left,
					uint64_t pages_left, uint64_t *pages)
{
	uint64_t sum = 0;
	uint32_t r = first;

	if (n > ranges_left)
		return false;
	for (uint32_t i = 0; i < n; i++, r = m->ranges[r].next) {
		struct ffa_share_range *range = &m->ranges[r];

		if (!read_constituent(buf, len, i, range) ||
		    (uint64_t)range->pages + (ranges_left - i - 1) > pages_left - sum)
			return false;
		sum += range->pages;
	}
	*pages = sum;
	return true;
}
