/* SPDX-License-Identifier: MIT */
/*
 * Memory sharing through the real runtime against the simulated SPMC:
 * MEM_SHARE, MEM_LEND, MEM_DONATE and MEM_RECLAIM, every check, and that a
 * refused transaction leaves nothing claimed, recorded or sent.
 */
#include <stdlib.h>
#include <string.h>

#include "check_run.h"
#include "test_util.h"

#define ECHO 0x8001
#define OPTEE 0x8002
#define MEM_IPA (IPA_BASE + 0x80000)  /* 128 pages of VM memory from here */

/* A transaction descriptor as a test writes it, before any layout. */
struct desc {
	uint16_t sender;
	uint16_t attributes;
	uint32_t flags;
	uint64_t handle;
	uint32_t receiver_count;
	uint16_t receivers[4];
	uint8_t permissions[4];
	uint32_t access_size;        /* 1.1+: 16 or 32 */
	uint32_t range_count;
	uint64_t ipa[8];
	uint32_t pages[8];
	int32_t total_pages_delta;   /* make the composite lie */
	uint32_t composite_offset;   /* 0: right after the access descriptors */
};

static uint8_t rw(void)
{
	return (uint8_t)ffa_mem_permissions_set_data_access(0, FFA_MEM_DATA_ACCESS_READ_WRITE);
}

static uint16_t normal_wb_inner(void)
{
	uint16_t a = ffa_mem_attributes_set_mem_type(0, FFA_MEM_TYPE_NORMAL);

	a = ffa_mem_attributes_set_cacheability(a, FFA_MEM_CACHEABILITY_WRITE_BACK);
	return ffa_mem_attributes_set_shareability(a, FFA_MEM_SHAREABILITY_INNER_SHAREABLE);
}

/* One receiver (ECHO, RW) of pages pages from MEM_IPA: a plain share. */
static struct desc plain(uint32_t pages)
{
	return (struct desc){ .sender = 1, .attributes = normal_wb_inner(), .receiver_count = 1,
			      .receivers = { ECHO }, .permissions = { rw() }, .access_size = 32,
			      .range_count = 1, .ipa = { MEM_IPA }, .pages = { pages } };
}

/* Write d into VM d->sender's TX buffer in the layout of version v; its length. */
static uint32_t write_desc(const struct desc *d, enum ffa_version v)
{
	uint8_t *tx = sim_guest_ptr(&sim, d->sender == 4 ? 4 : 1, TX_IPA, FFA_PAGE_SIZE);
	const size_t header = ffa_mem_transaction_size(v);
	const size_t access = v < FFA_VERSION_1_1 ? FFA_MEM_ACCESS_V1_0_SIZE : d->access_size;
	const uint32_t comp = d->composite_offset ? d->composite_offset :
						    (uint32_t)(header + access * d->receiver_count);
	uint64_t total = 0;

	memset(tx, 0, FFA_PAGE_SIZE);
	if (v < FFA_VERSION_1_1) {
		struct ffa_mem_transaction_v1_0 h = { .sender = d->sender,
						      .attributes = (uint8_t)d->attributes,
						      .flags = d->flags,
						      .handle = d->handle,
						      .receiver_count = d->receiver_count };

		ck_assert(ffa_mem_transaction_v1_0_write(tx, FFA_PAGE_SIZE, 0, &h));
	} else {
		struct ffa_mem_transaction_v1_1 h = { .sender = d->sender,
						      .attributes = d->attributes,
						      .flags = d->flags,
						      .handle = d->handle,
						      .mem_access_size = (uint32_t)access,
						      .receiver_count = d->receiver_count,
						      .mem_access_offset = (uint32_t)header };

		ck_assert(ffa_mem_transaction_v1_1_write(tx, FFA_PAGE_SIZE, 0, &h));
	}
	for (uint32_t i = 0; i < d->receiver_count; i++) {
		struct ffa_mem_access_v1_2 a = { .receiver = d->receivers[i],
						 .permissions = d->permissions[i],
						 .composite_offset = comp };

		ck_assert(ffa_range_ok(FFA_PAGE_SIZE, header + i * access, access));
		memcpy(tx + header + i * access, &a, access);
	}
	for (uint32_t i = 0; i < d->range_count; i++) {
		struct ffa_mem_constituent_v1_0 c = { .address = d->ipa[i],
						      .page_count = d->pages[i] };

		ck_assert(ffa_mem_constituent_v1_0_write(tx, FFA_PAGE_SIZE,
							 comp + FFA_MEM_COMPOSITE_V1_0_SIZE +
								 i * FFA_MEM_CONSTITUENT_V1_0_SIZE,
							 &c));
		total += d->pages[i];
	}
	struct ffa_mem_composite_v1_0 cd = { .total_page_count =
						     (uint32_t)(total + d->total_pages_delta),
					     .range_count = d->range_count };

	ck_assert(ffa_mem_composite_v1_0_write(tx, FFA_PAGE_SIZE, comp, &cd));
	return comp + FFA_MEM_COMPOSITE_V1_0_SIZE + d->range_count * FFA_MEM_CONSTITUENT_V1_0_SIZE;
}

static struct ffa_regs send_call(uint32_t fid, uint32_t len)
{
	return (struct ffa_regs){ .x = { fid, len, len } };
}

/* VM 1 at version minor with its buffers (one page each). */
static void ready(uint32_t minor)
{
	negotiate(vm64, minor);
	map_buffers(vm64, 1);
}

/* What a refused transaction must leave as it was. */
struct mem_state {
	uint32_t spmc_calls;
	uint64_t claimed;
	uint32_t shares;
	uint32_t free_ranges;
};

static uint32_t free_ranges(void)
{
	uint32_t n = 0;

	for (uint32_t r = med->free_range; r != FFA_NO_RANGE; r = med->ranges[r].next)
		n++;
	return n;
}

static struct mem_state mem_state(void)
{
	return (struct mem_state){ sim.spmc.trace_count, sim_claimed_pages(&sim, 1),
				   vm64->share_count, free_ranges() };
}

static void mem_refused(uint32_t fid, uint32_t len, int32_t status)
{
	const struct mem_state before = mem_state();
	struct ffa_regs out = call(vm64, send_call(fid, len));
	const struct mem_state after = mem_state();

	assert_error(&out, status);
	ck_assert_uint_eq(after.spmc_calls, before.spmc_calls);
	ck_assert_uint_eq(after.claimed, before.claimed);
	ck_assert_uint_eq(after.shares, before.shares);
	ck_assert_uint_eq(after.free_ranges, before.free_ranges);
}

static void mem_refused_frag(uint32_t total, uint32_t frag, int32_t status)
{
	const struct mem_state before = mem_state();
	struct ffa_regs out =
		call(vm64, (struct ffa_regs){ .x = { FFA_MEM_SHARE_32, total, frag } });
	const struct mem_state after = mem_state();

	assert_error(&out, status);
	ck_assert_uint_eq(after.spmc_calls, before.spmc_calls);
	ck_assert_uint_eq(after.claimed, before.claimed);
	ck_assert_uint_eq(after.free_ranges, before.free_ranges);
}

static uint64_t handle_of(const struct ffa_regs *r)
{
	struct ffa_mem_share_result res;

	ck_assert_int_eq(ffa_decode_mem_share_result(r, FFA_VERSION_1_2, &res), FFA_OK);
	return res.handle;
}

static struct ffa_regs reclaim_call(uint64_t handle, bool zero)
{
	struct ffa_mem_reclaim_args a = { .handle = handle, .zero_memory = zero };
	struct ffa_regs r = { { 0 } };

	ffa_encode_mem_reclaim(&a, FFA_VERSION_1_2, &r);
	return r;
}

START_TEST(test_share_and_reclaim)
{
	const uint32_t minor = (uint32_t)_i;
	struct desc d = plain(4);
	uint32_t len;
	struct ffa_regs out = { { 0 } };
	uint64_t handle;

	ready(minor);
	d.access_size = minor >= 2 ? 32 : 16;
	len = write_desc(&d, (enum ffa_version)(0x10000 | minor));
	out = call(vm64, send_call(FFA_MEM_SHARE_32, len));
	assert_success(&out);
	handle = handle_of(&out);
	ck_assert_uint_eq(sim_claimed_pages(&sim, 1), 4);
	ck_assert_uint_eq(vm64->share_count, 1);
	/* Another VM cannot reclaim it; zeroing a share is refused. */
	refused(vm32, reclaim_call(handle, false), FFA_INVALID_PARAMETERS);
	refused(vm64, reclaim_call(handle, true), FFA_INVALID_PARAMETERS);
	refused(vm64, reclaim_call(handle + 1, false), FFA_INVALID_PARAMETERS);
	/* The pages are in a transaction: not again. */
	mem_refused(FFA_MEM_SHARE_32, len, FFA_DENIED);
	assert_success((struct ffa_regs[]){ call(vm64, reclaim_call(handle, false)) });
	ck_assert_uint_eq(sim_claimed_pages(&sim, 1), 0);
	ck_assert_uint_eq(vm64->share_count, 0);
	/* Reclaimed: the handle is gone, the pages are free again. */
	refused(vm64, reclaim_call(handle, false), FFA_INVALID_PARAMETERS);
	assert_success((struct ffa_regs[]){ call(vm64, send_call(FFA_MEM_SHARE_64, len)) });
}
END_TEST

START_TEST(test_lend_and_donate)
{
	struct desc d = plain(2);
	uint32_t len;
	struct ffa_regs out = { { 0 } };

	ready(2);
	/* Lent to one borrower: the borrower types the memory, not the sender. */
	mem_refused(FFA_MEM_LEND_32, write_desc(&d, FFA_VERSION_1_2), FFA_INVALID_PARAMETERS);
	d.attributes = 0;
	d.flags = FFA_MEM_TRANSACTION_FLAGS_ZERO_MEMORY_MASK;
	len = write_desc(&d, FFA_VERSION_1_2);
	out = call(vm64, send_call(FFA_MEM_LEND_32, len));
	assert_success(&out);
	assert_success((struct ffa_regs[]){ call(vm64, reclaim_call(handle_of(&out), true)) });
	/* Lent to two: normal memory again. */
	d = plain(2);
	d.receiver_count = 2;
	d.receivers[1] = OPTEE;
	d.permissions[1] = rw();
	len = write_desc(&d, FFA_VERSION_1_2);
	out = call(vm64, send_call(FFA_MEM_LEND_64, len));
	assert_success(&out);
	assert_success((struct ffa_regs[]){ call(vm64, reclaim_call(handle_of(&out), false)) });
	/* Donate: no permissions nor attributes, one receiver; the pages do not come back. */
	d = plain(2);
	d.permissions[0] = 0;
	d.attributes = 0;
	len = write_desc(&d, FFA_VERSION_1_2);
	out = call(vm64, send_call(FFA_MEM_DONATE_32, len));
	assert_success(&out);
	ck_assert_uint_eq(vm64->share_count, 0);
	ck_assert_uint_eq(sim_claimed_pages(&sim, 1), 2);
	refused(vm64, reclaim_call(handle_of(&out), false), FFA_INVALID_PARAMETERS);
}
END_TEST

/*
 * A lender to one borrower or a donor leaves the memory type "not
 * specified" (bits [5:4] 0b00); it is only the type the Relayer checks
 * (DEN0077A v1.1 §10.10.4, as the FF-A ACS lend and donate tests quote it
 * and send cacheability and shareability with no type; Hafnium
 * ffa_memory_send_validate() checks the type alone). Without a type those
 * fields describe nothing, and the SPMC is told "not specified".
 */
START_TEST(test_lend_donate_untyped_with_other_fields)
{
	/* Write-back, outer shareable, no type: what the ACS sends. */
	const uint16_t untyped = (uint16_t)ffa_mem_attributes_set_shareability(
		ffa_mem_attributes_set_cacheability(0, FFA_MEM_CACHEABILITY_WRITE_BACK),
		FFA_MEM_SHAREABILITY_OUTER_SHAREABLE);
	struct desc d = plain(2);
	struct ffa_regs out;

	ready(2);
	d.attributes = untyped;
	out = call(vm64, send_call(FFA_MEM_LEND_32, write_desc(&d, FFA_VERSION_1_2)));
	assert_success(&out);
	assert_success((struct ffa_regs[]){ call(vm64, reclaim_call(handle_of(&out), false)) });
	/* A 1.0 lender: the same fields in the 1.0 attributes byte. */
	ffa_vm_destroy(med, vm64);
	vm64 = ffa_vm_create(med, 1, true, 1, (int32_t[]){ 0 });
	ready(0);
	out = call(vm64, send_call(FFA_MEM_LEND_32, write_desc(&d, FFA_VERSION_1_0)));
	assert_success(&out);
	assert_success((struct ffa_regs[]){ call(vm64, reclaim_call(handle_of(&out), false)) });
	/* A donor likewise. */
	d.permissions[0] = 0;
	out = call(vm64, send_call(FFA_MEM_DONATE_32, write_desc(&d, FFA_VERSION_1_0)));
	assert_success(&out);
	/* A type is still refused. */
	d = plain(2);
	d.ipa[0] = MEM_IPA + 4 * FFA_PAGE_SIZE;
	d.attributes = (uint16_t)ffa_mem_attributes_set_mem_type(untyped, FFA_MEM_TYPE_NORMAL);
	mem_refused(FFA_MEM_LEND_32, write_desc(&d, FFA_VERSION_1_0), FFA_INVALID_PARAMETERS);
}
END_TEST

/* Each broken descriptor, and what it gets; nothing reaches the SPMC. */
START_TEST(test_descriptor_checks)
{
	struct desc d;
	uint32_t len;

	ready(2);
#define REFUSE(edit, fid, status)                                                  \
	do {                                                                       \
		d = plain(2);                                                      \
		edit;                                                              \
		len = write_desc(&d, FFA_VERSION_1_2);                             \
		mem_refused(fid, len, status);                                     \
	} while (0)
	/* The Lender must be the Owner (ACS share_input_error_checks, Hafnium): DENIED. */
	REFUSE(d.sender = 2, FFA_MEM_SHARE_32, FFA_DENIED);
	REFUSE(d.sender = ECHO, FFA_MEM_LEND_32, FFA_DENIED);
	REFUSE(d.handle = 7, FFA_MEM_SHARE_32, FFA_INVALID_PARAMETERS);
	REFUSE(d.attributes = ffa_mem_attributes_set_ns(d.attributes, 1), FFA_MEM_SHARE_32,
	       FFA_INVALID_PARAMETERS);
	/* Memory of another kind than normal write-back inner-shareable: DENIED, as Hafnium. */
	REFUSE(d.attributes = 0, FFA_MEM_SHARE_32, FFA_DENIED);
	REFUSE(d.attributes = ffa_mem_attributes_set_cacheability(
		       d.attributes, FFA_MEM_CACHEABILITY_NON_CACHEABLE),
	       FFA_MEM_SHARE_32, FFA_DENIED);
	REFUSE(d.attributes = ffa_mem_attributes_set_shareability(
		       d.attributes, FFA_MEM_SHAREABILITY_OUTER_SHAREABLE),
	       FFA_MEM_SHARE_32, FFA_DENIED);
	REFUSE(d.attributes = ffa_mem_attributes_set_mem_type(0, FFA_MEM_TYPE_DEVICE),
	       FFA_MEM_SHARE_32, FFA_DENIED);
	REFUSE(d.flags = FFA_MEM_TRANSACTION_FLAGS_ZERO_MEMORY_MASK, FFA_MEM_SHARE_32,
	       FFA_INVALID_PARAMETERS);
	REFUSE(d.flags = 1u << 7, FFA_MEM_LEND_32, FFA_INVALID_PARAMETERS);
	REFUSE(d.receiver_count = 0, FFA_MEM_SHARE_32, FFA_INVALID_PARAMETERS);
	REFUSE((d.receiver_count = 2, d.receivers[1] = ECHO, d.permissions[1] = rw()),
	       FFA_MEM_SHARE_32, FFA_INVALID_PARAMETERS);
	REFUSE((d.receiver_count = 2, d.receivers[1] = OPTEE), FFA_MEM_DONATE_32,
	       FFA_INVALID_PARAMETERS);
	REFUSE(d.receivers[0] = 2, FFA_MEM_SHARE_32, FFA_INVALID_PARAMETERS);
	REFUSE(d.receivers[0] = 0x8009, FFA_MEM_SHARE_32, FFA_INVALID_PARAMETERS);
	REFUSE(d.permissions[0] = 0, FFA_MEM_SHARE_32, FFA_INVALID_PARAMETERS);
	REFUSE(d.permissions[0] = (uint8_t)ffa_mem_permissions_set_instruction_access(
		       rw(), FFA_MEM_INSTRUCTION_ACCESS_EXECUTABLE),
	       FFA_MEM_SHARE_32, FFA_INVALID_PARAMETERS);
	/* Instruction access is the borrower's to ask for, whatever the operation (Hafnium). */
	REFUSE(d.permissions[0] = (uint8_t)ffa_mem_permissions_set_instruction_access(
		       rw(), FFA_MEM_INSTRUCTION_ACCESS_NOT_EXECUTABLE),
	       FFA_MEM_SHARE_32, FFA_INVALID_PARAMETERS);
	REFUSE((d.attributes = 0,
		d.permissions[0] = (uint8_t)ffa_mem_permissions_set_instruction_access(
			rw(), FFA_MEM_INSTRUCTION_ACCESS_EXECUTABLE)),
	       FFA_MEM_LEND_32, FFA_INVALID_PARAMETERS);
	REFUSE((void)0, FFA_MEM_DONATE_32,
	       FFA_INVALID_PARAMETERS); /* a donor gives no permissions */
	REFUSE(d.access_size = 24, FFA_MEM_SHARE_32, FFA_INVALID_PARAMETERS);
	REFUSE(d.composite_offset = 84, FFA_MEM_SHARE_32, FFA_INVALID_PARAMETERS);
	REFUSE(d.composite_offset = 64, FFA_MEM_SHARE_32, FFA_INVALID_PARAMETERS);
	REFUSE(d.total_pages_delta = 1, FFA_MEM_SHARE_32, FFA_INVALID_PARAMETERS);
	REFUSE(d.ipa[0] = MEM_IPA + 8, FFA_MEM_SHARE_32, FFA_INVALID_PARAMETERS);
	REFUSE(d.pages[0] = 0, FFA_MEM_SHARE_32, FFA_INVALID_PARAMETERS);
	REFUSE(d.ipa[0] = UINT64_MAX & ~UINT64_C(0xfff), FFA_MEM_SHARE_32, FFA_INVALID_PARAMETERS);
	/* Two ranges overlapping each other. */
	REFUSE((d.range_count = 2, d.ipa[1] = MEM_IPA + FFA_PAGE_SIZE, d.pages[1] = 1),
	       FFA_MEM_SHARE_32, FFA_INVALID_PARAMETERS);
#undef REFUSE
	/*
	 * A receiver count no descriptor of this length can hold: wrong
	 * (INVALID_PARAMETERS), not too many receivers (NO_MEMORY).
	 */
	d = plain(2);
	len = write_desc(&d, FFA_VERSION_1_2);
	{
		uint8_t *tx = sim_guest_ptr(&sim, 1, TX_IPA, FFA_PAGE_SIZE);
		struct ffa_mem_transaction_v1_1 h;

		ck_assert(ffa_mem_transaction_v1_1_read(tx, FFA_PAGE_SIZE, 0, &h));
		h.receiver_count = 0x10000001;
		ck_assert(ffa_mem_transaction_v1_1_write(tx, FFA_PAGE_SIZE, 0, &h));
		mem_refused(FFA_MEM_SHARE_32, len, FFA_INVALID_PARAMETERS);
	}
	/* Lengths: longer than the buffer, not the descriptor's, fragments. */
	d = plain(2);
	len = write_desc(&d, FFA_VERSION_1_2);
	mem_refused(FFA_MEM_SHARE_32, FFA_PAGE_SIZE + 16, FFA_INVALID_PARAMETERS);
	mem_refused(FFA_MEM_SHARE_32, len - 8, FFA_INVALID_PARAMETERS);
	/* Bytes past the last constituent: not the descriptor's length (Hafnium refuses it too). */
	mem_refused(FFA_MEM_SHARE_32, len + 16, FFA_INVALID_PARAMETERS);
	/*
	 * A composite that lies low: the first fragment's constituent takes
	 * every page while another constituent is announced. The SPMC's
	 * descriptor (a constituent per page) would be complete before the
	 * VM's: refused before the SPMC hears of it (fuzz_calls found a LEND
	 * the SPMC took as complete while the VM still had a fragment to send).
	 */
	d = plain(2);
	d.range_count = 2;
	d.ipa[1] = MEM_IPA + 4 * FFA_PAGE_SIZE;
	d.pages[1] = 1;
	d.total_pages_delta = -1;
	len = write_desc(&d, FFA_VERSION_1_2);
	mem_refused_frag(len, len - FFA_MEM_CONSTITUENT_V1_0_SIZE, FFA_INVALID_PARAMETERS);
	d = plain(2);
	len = write_desc(&d, FFA_VERSION_1_2);
	/* A first fragment must end at a constituent. */
	mem_refused_frag(len, len - 8, FFA_INVALID_PARAMETERS);
	/*
	 * ... and hold the header, the access descriptors and the composite
	 * whole: cut in any of them, nothing of it is read (the composite's
	 * counts were once used unread).
	 */
	mem_refused_frag(len, 16, FFA_INVALID_PARAMETERS);
	mem_refused_frag(len, (uint32_t)(FFA_MEM_TRANSACTION_V1_1_SIZE + FFA_MEM_ACCESS_V1_2_SIZE),
			 FFA_INVALID_PARAMETERS);
	mem_refused_frag(len,
			 (uint32_t)(FFA_MEM_TRANSACTION_V1_1_SIZE + FFA_MEM_ACCESS_V1_2_SIZE + 8),
			 FFA_INVALID_PARAMETERS);
	refused(vm64, (struct ffa_regs){ .x = { FFA_MEM_SHARE_64, len, len, 0x40000000, 1 } },
		FFA_INVALID_PARAMETERS);
}
END_TEST

START_TEST(test_memory_not_the_vms)
{
	struct desc d = plain(2);
	uint32_t len;

	ready(2);
	/*
	 * The platform refuses memory outside the VM (DENIED, as Hafnium):
	 * nothing stays claimed.
	 */
	d.range_count = 2;
	d.ipa[1] = IPA_BASE + MEM_PAGES * FFA_PAGE_SIZE;
	d.pages[1] = 1;
	len = write_desc(&d, FFA_VERSION_1_2);
	assert_error((struct ffa_regs[]){ call(vm64, send_call(FFA_MEM_SHARE_32, len)) },
		     FFA_DENIED);
	ck_assert_uint_eq(sim_claimed_pages(&sim, 1), 0);
	ck_assert_uint_eq(vm64->share_count, 0);
	/* The platform refuses to give the pages. */
	d = plain(2);
	len = write_desc(&d, FFA_VERSION_1_2);
	sim.fail_next_claim = 1;
	assert_error((struct ffa_regs[]){ call(vm64, send_call(FFA_MEM_SHARE_32, len)) },
		     FFA_DENIED);
	ck_assert_uint_eq(sim_claimed_pages(&sim, 1), 0);
}
END_TEST

START_TEST(test_limits)
{
	struct desc d = plain(1);
	uint32_t len;

	ready(2);
	med->config.vm_max_shares = 2;
	for (uint32_t i = 0; i < 2; i++) {
		d.ipa[0] = MEM_IPA + i * FFA_PAGE_SIZE;
		len = write_desc(&d, FFA_VERSION_1_2);
		assert_success((struct ffa_regs[]){ call(vm64, send_call(FFA_MEM_SHARE_32, len)) });
	}
	d.ipa[0] = MEM_IPA + 2 * FFA_PAGE_SIZE;
	len = write_desc(&d, FFA_VERSION_1_2);
	mem_refused(FFA_MEM_SHARE_32, len, FFA_NO_MEMORY);
	med->config.vm_max_shares = 64;
	med->config.vm_max_share_pages = 3;
	d.pages[0] = 2;
	len = write_desc(&d, FFA_VERSION_1_2);
	mem_refused(FFA_MEM_SHARE_32, len, FFA_NO_MEMORY);
	/* Pages in one transaction, whatever the VM's total allows; in fragments too. */
	med->config.vm_max_share_pages = 1 << 20;
	med->config.share_max_pages = 1;
	mem_refused(FFA_MEM_SHARE_32, len, FFA_NO_MEMORY);
	d.range_count = 2;
	d.pages[0] = d.pages[1] = 1;
	d.ipa[1] = d.ipa[0] + FFA_PAGE_SIZE;
	len = write_desc(&d, FFA_VERSION_1_2);
	mem_refused_frag(len, len - FFA_MEM_CONSTITUENT_V1_0_SIZE, FFA_NO_MEMORY);
	med->config.share_max_pages = 2;
	assert_success((struct ffa_regs[]){ call(vm64, send_call(FFA_MEM_SHARE_32, len)) });
}
END_TEST

/* Pages in reverse physical order do not merge; a big share fragments. */
START_TEST(test_destroy_reclaims)
{
	struct desc d = plain(8);
	uint32_t len;

	ready(2);
	len = write_desc(&d, FFA_VERSION_1_2);
	assert_success((struct ffa_regs[]){ call(vm64, send_call(FFA_MEM_SHARE_32, len)) });
	ck_assert_int_eq(ffa_vm_destroy(med, vm64), FFA_OK);
	ck_assert_uint_eq(sim_claimed_pages(&sim, 1), 0);
}
END_TEST

/*
 * A VM whose stage 2 reverses its pages: 900 contiguous IPA pages are 900
 * physical ranges, 14 KiB of constituents, more than the hypervisor's TX
 * buffer holds: the descriptor goes to the SPMC in fragments.
 */
START_TEST(test_share_in_fragments)
{
	const struct spmc_mem_transaction *t;
	struct desc d = plain(900);
	struct ffa_vm *vm4 = add_reversed_vm(4, 1024);
	struct ffa_regs out = { { 0 } };
	uint32_t len;

	d.sender = 4;
	d.ipa[0] = IPA_BASE + 64 * FFA_PAGE_SIZE;
	len = write_desc(&d, FFA_VERSION_1_2);
	out = call(vm4, send_call(FFA_MEM_SHARE_32, len));
	assert_success(&out);
	t = spmc_transaction_of(&sim.spmc, handle_of(&out));
	ck_assert_ptr_nonnull(t);
	ck_assert(t->complete);
	ck_assert_uint_eq(t->total_pages, 900);
	ck_assert_uint_eq(t->constituent_count, 900);
	ck_assert_uint_ge(t->fragments, 4);
	ck_assert_uint_eq(sim_claimed_pages(&sim, 4), 900);
	assert_success((struct ffa_regs[]){ call(vm4, reclaim_call(handle_of(&out), false)) });
	ck_assert_uint_eq(sim_claimed_pages(&sim, 4), 0);
	ck_assert_ptr_null(spmc_transaction_of(&sim.spmc, handle_of(&out)));
}
END_TEST

/* The constituents of d, written again at the start of VM 1's TX buffer. */
static void put_constituents(const struct desc *d, uint32_t first, uint32_t count)
{
	uint8_t *tx = sim_guest_ptr(&sim, d->sender == 4 ? 4 : 1, TX_IPA, FFA_PAGE_SIZE);

	for (uint32_t i = 0; i < count; i++) {
		struct ffa_mem_constituent_v1_0 c = { .address = d->ipa[first + i],
						      .page_count = d->pages[first + i] };

		ck_assert(ffa_mem_constituent_v1_0_write(tx, FFA_PAGE_SIZE,
							 i * FFA_MEM_CONSTITUENT_V1_0_SIZE, &c));
	}
}

static struct ffa_regs frag_tx(uint64_t handle, uint32_t len)
{
	struct ffa_mem_frag_tx_args a = { .handle = handle, .fragment_length = len };
	struct ffa_regs r = { { 0 } };

	ffa_encode_mem_frag_tx(&a, FFA_VERSION_1_2, &r);
	return r;
}

static struct desc three_ranges(void)
{
	struct desc d = plain(1);

	d.range_count = 3;
	for (uint32_t i = 0; i < 3; i++) {
		d.ipa[i] = MEM_IPA + i * 4 * FFA_PAGE_SIZE;
		d.pages[i] = i + 1;
	}
	return d;
}

/*
 * The VM's descriptor in three fragments: the handle of the first
 * FFA_MEM_FRAG_RX is the transaction's, and every fragment goes on to the
 * SPMC as it comes.
 */
START_TEST(test_share_from_fragments)
{
	struct desc d = three_ranges();
	const uint32_t total = write_desc(&d, FFA_VERSION_1_2);
	const uint32_t first = total - 2 * FFA_MEM_CONSTITUENT_V1_0_SIZE;
	struct ffa_mem_frag_rx_args more;
	const struct spmc_mem_transaction *t;
	struct ffa_regs out = { { 0 } };
	uint64_t handle;

	ready(2);
	write_desc(&d, FFA_VERSION_1_2);
	out = call(vm64, (struct ffa_regs){ .x = { FFA_MEM_SHARE_32, total, first } });
	ck_assert_int_eq(ffa_decode_mem_frag_rx(&out, FFA_VERSION_1_2, &more), FFA_OK);
	ck_assert_uint_eq(more.fragment_offset, first);
	handle = more.handle;
	ck_assert_uint_eq(sim_claimed_pages(&sim, 1), 1);
	/* One at a time. */
	refused(vm64, send_call(FFA_MEM_SHARE_32, total), FFA_BUSY);
	/* Not this transaction's handle: refused, the transaction goes on. */
	refused(vm64, frag_tx(handle + 1, 16), FFA_INVALID_PARAMETERS);
	put_constituents(&d, 1, 1);
	out = call(vm64, frag_tx(handle, FFA_MEM_CONSTITUENT_V1_0_SIZE));
	ck_assert_int_eq(ffa_decode_mem_frag_rx(&out, FFA_VERSION_1_2, &more), FFA_OK);
	ck_assert_uint_eq(more.fragment_offset, first + FFA_MEM_CONSTITUENT_V1_0_SIZE);
	ck_assert_uint_eq(more.handle, handle);
	put_constituents(&d, 2, 1);
	out = call(vm64, frag_tx(handle, FFA_MEM_CONSTITUENT_V1_0_SIZE));
	assert_success(&out);
	ck_assert_uint_eq(handle_of(&out), handle);
	t = spmc_transaction_of(&sim.spmc, handle);
	ck_assert_ptr_nonnull(t);
	ck_assert(t->complete);
	ck_assert_uint_eq(t->total_pages, 6);
	ck_assert_uint_eq(sim_claimed_pages(&sim, 1), 6);
	assert_success((struct ffa_regs[]){ call(vm64, reclaim_call(handle, false)) });
	ck_assert_uint_eq(sim_claimed_pages(&sim, 1), 0);
}
END_TEST

/* The SPMC holds, for VM vm_id, the physical pages of each of d's ranges. */
static void assert_spmc_ranges(const struct spmc_mem_transaction *t, uint16_t vm_id,
			       const struct desc *d)
{
	ck_assert_ptr_nonnull(t);
	ck_assert(t->complete);
	ck_assert_uint_eq(t->sender, vm_id);
	ck_assert_uint_eq(t->total_pages, 6);
	for (uint32_t i = 0; i < d->range_count; i++) {
		struct spmc_range r;
		uint64_t pa;

		ck_assert(spmc_transaction_range(&sim.spmc, t, i, &r));
		ck_assert_int_eq(sim.ops.ipa_to_pa(&sim, vm_id, d->ipa[i], &pa), FFA_OK);
		ck_assert_uint_eq(r.pa, pa);
		ck_assert_uint_eq(r.pages, d->pages[i]);
	}
}

/*
 * Two VMs send their descriptors in fragments at the same time, turn
 * about: each transaction gets its own VM's pages and nothing of the other.
 */
START_TEST(test_interleaved_fragments)
{
	struct desc d1 = three_ranges(), d4 = three_ranges();
	const uint32_t total = write_desc(&d1, FFA_VERSION_1_2);
	const uint32_t first = total - 2 * FFA_MEM_CONSTITUENT_V1_0_SIZE;
	struct ffa_mem_frag_rx_args more1, more4;
	struct ffa_regs out1, out4;
	struct ffa_vm *vm4;
	int32_t status;

	ready(2);
	ck_assert_int_eq(sim_add_vm(&sim, 4, IPA_BASE, 1024 * FFA_PAGE_SIZE), 0);
	vm4 = ffa_vm_create(med, 4, true, 1, &status);
	ck_assert_ptr_nonnull(vm4);
	negotiate(vm4, 2);
	assert_success((struct ffa_regs[]){ call(vm4, rxtx_map_call(true, TX_IPA, RX_IPA, 1)) });
	d4.sender = 4;
	write_desc(&d1, FFA_VERSION_1_2);
	write_desc(&d4, FFA_VERSION_1_2);
	out1 = call(vm64, (struct ffa_regs){ .x = { FFA_MEM_SHARE_32, total, first } });
	out4 = call(vm4, (struct ffa_regs){ .x = { FFA_MEM_SHARE_32, total, first } });
	ck_assert_int_eq(ffa_decode_mem_frag_rx(&out1, FFA_VERSION_1_2, &more1), FFA_OK);
	ck_assert_int_eq(ffa_decode_mem_frag_rx(&out4, FFA_VERSION_1_2, &more4), FFA_OK);
	ck_assert_uint_ne(more1.handle, more4.handle);
	/* One VM's handle is not the other's to continue. */
	refused(vm4, frag_tx(more1.handle, FFA_MEM_CONSTITUENT_V1_0_SIZE), FFA_INVALID_PARAMETERS);
	put_constituents(&d4, 1, 1);
	out4 = call(vm4, frag_tx(more4.handle, FFA_MEM_CONSTITUENT_V1_0_SIZE));
	ck_assert_int_eq(ffa_decode_mem_frag_rx(&out4, FFA_VERSION_1_2, &more4), FFA_OK);
	put_constituents(&d1, 1, 2);
	out1 = call(vm64, frag_tx(more1.handle, 2 * FFA_MEM_CONSTITUENT_V1_0_SIZE));
	assert_success(&out1);
	put_constituents(&d4, 2, 1);
	out4 = call(vm4, frag_tx(more4.handle, FFA_MEM_CONSTITUENT_V1_0_SIZE));
	assert_success(&out4);
	assert_spmc_ranges(spmc_transaction_of(&sim.spmc, handle_of(&out1)), 1, &d1);
	assert_spmc_ranges(spmc_transaction_of(&sim.spmc, handle_of(&out4)), 4, &d4);
	ck_assert_uint_eq(sim_claimed_pages(&sim, 1), 6);
	ck_assert_uint_eq(sim_claimed_pages(&sim, 4), 6);
	/* Nor is one VM's transaction the other's to reclaim. */
	refused(vm4, reclaim_call(handle_of(&out1), false), FFA_INVALID_PARAMETERS);
	assert_success((struct ffa_regs[]){ call(vm64, reclaim_call(handle_of(&out1), false)) });
	assert_success((struct ffa_regs[]){ call(vm4, reclaim_call(handle_of(&out4), false)) });
	ck_assert_uint_eq(sim_claimed_pages(&sim, 1) + sim_claimed_pages(&sim, 4), 0);
}
END_TEST

/* What an ended transaction in fragments must leave: nothing, anywhere. */
static void assert_frag_gone(uint64_t handle, uint32_t free_before)
{
	ck_assert(!vm64->frag.active);
	ck_assert_uint_eq(spmc_transaction_count(&sim.spmc), 0);
	ck_assert_uint_eq(sim_claimed_pages(&sim, 1), 0);
	ck_assert_uint_eq(free_ranges(), free_before);
	/* Its handle is nothing to reclaim or continue. */
	refused(vm64, reclaim_call(handle, false), FFA_INVALID_PARAMETERS);
	refused(vm64, frag_tx(handle, 16), FFA_INVALID_PARAMETERS);
}

/* The first fragment of d (all but its last two constituents); the handle. */
static uint64_t share_first_fragment(const struct desc *d)
{
	const uint32_t total = write_desc(d, FFA_VERSION_1_2);
	struct ffa_mem_frag_rx_args more;
	struct ffa_regs out =
		call(vm64, (struct ffa_regs){ .x = { FFA_MEM_SHARE_32, total,
						     total - 2 * FFA_MEM_CONSTITUENT_V1_0_SIZE } });

	ck_assert_int_eq(ffa_decode_mem_frag_rx(&out, FFA_VERSION_1_2, &more), FFA_OK);
	return more.handle;
}

/* d in three fragments, every one accepted; the handle. */
static uint64_t share_in_three(const struct desc *d)
{
	const uint64_t handle = share_first_fragment(d);
	struct ffa_regs out = { { 0 } };

	put_constituents(d, 1, 1);
	out = call(vm64, frag_tx(handle, 16));
	ck_assert_uint_eq(out.x[0], FFA_MEM_FRAG_RX_32);
	put_constituents(d, 2, 1);
	out = call(vm64, frag_tx(handle, 16));
	assert_success(&out);
	return handle_of(&out);
}

/* A fragment of the wrong shape changes nothing: the VM may send it again. */
START_TEST(test_bad_fragment)
{
	struct desc d = three_ranges();
	const uint32_t free_before = free_ranges();
	uint64_t handle;
	struct ffa_regs out = { { 0 } };
	uint32_t calls;

	ready(2);
	handle = share_first_fragment(&d);
	calls = sim.spmc.trace_count;
	/* Half a constituent; more than the rest; a sender id. */
	assert_error((struct ffa_regs[]){ call(vm64, frag_tx(handle, 8)) }, FFA_INVALID_PARAMETERS);
	assert_error((struct ffa_regs[]){ call(vm64, frag_tx(handle, 48)) },
		     FFA_INVALID_PARAMETERS);
	out = frag_tx(handle, 16);
	out.x[4] = 1u << 16;
	assert_error((struct ffa_regs[]){ call(vm64, out) }, FFA_INVALID_PARAMETERS);
	ck_assert_uint_eq(sim.spmc.trace_count, calls);
	ck_assert_uint_eq(sim_claimed_pages(&sim, 1), 1);
	ck_assert(vm64->frag.active);
	/* The right fragment still goes through. */
	put_constituents(&d, 1, 1);
	out = call(vm64, frag_tx(handle, 16));
	ck_assert_uint_eq(out.x[0], FFA_MEM_FRAG_RX_32);
	put_constituents(&d, 2, 1);
	assert_success((struct ffa_regs[]){ call(vm64, frag_tx(handle, 16)) });
	assert_success((struct ffa_regs[]){ call(vm64, reclaim_call(handle, false)) });
	ck_assert_uint_eq(free_ranges(), free_before);
}
END_TEST

/*
 * Constituents the mediator refuses (overlapping an earlier one; memory
 * that is not the VM's) end the transaction, at the SPMC too, which holds
 * part of it and would not let it be reclaimed (Hafnium, TF-A): the VM can
 * share again.
 */
START_TEST(test_refused_fragment_ends_it)
{
	struct desc d = three_ranges();
	const uint32_t free_before = free_ranges();
	uint64_t handle;

	ready(2);
	handle = share_first_fragment(&d);
	put_constituents(&(struct desc){ .ipa = { 0, d.ipa[0] }, .pages = { 0, 1 } }, 1, 1);
	assert_error((struct ffa_regs[]){ call(vm64, frag_tx(handle, 16)) },
		     FFA_INVALID_PARAMETERS);
	assert_frag_gone(handle, free_before);
	/* Not the VM's memory, at the last fragment. */
	handle = share_first_fragment(&d);
	put_constituents(&d, 1, 1);
	ck_assert_uint_eq(call(vm64, frag_tx(handle, 16)).x[0], FFA_MEM_FRAG_RX_32);
	put_constituents(&(struct desc){ .ipa = { 0, 0, UINT64_C(0x7fff0000000) },
					 .pages = { 0, 0, 3 } },
			 2, 1);
	assert_error((struct ffa_regs[]){ call(vm64, frag_tx(handle, 16)) }, FFA_DENIED);
	assert_frag_gone(handle, free_before);
	/* And the same transaction, right this time. */
	handle = share_in_three(&d);
	ck_assert_uint_eq(sim_claimed_pages(&sim, 1), 6);
	assert_success((struct ffa_regs[]){ call(vm64, reclaim_call(handle, false)) });
}
END_TEST

/*
 * Pages that do not add up at the last fragment: the mediator's own check
 * at completion. The SPMC's part goes too, every time: more tries than
 * the SPMC has transaction slots leave it none in use.
 */
START_TEST(test_completion_refused)
{
	struct desc d = three_ranges();
	const uint32_t free_before = free_ranges();
	uint64_t handle;

	d.total_pages_delta = 1;
	ready(2);
	for (uint32_t i = 0; i < SPMC_MAX_TRANSACTIONS + 2; i++) {
		handle = share_first_fragment(&d);
		put_constituents(&d, 1, 1);
		ck_assert_uint_eq(call(vm64, frag_tx(handle, 16)).x[0], FFA_MEM_FRAG_RX_32);
		put_constituents(&d, 2, 1);
		assert_error((struct ffa_regs[]){ call(vm64, frag_tx(handle, 16)) },
			     FFA_INVALID_PARAMETERS);
		assert_frag_gone(handle, free_before);
	}
	d.total_pages_delta = 0;
	handle = share_in_three(&d);
	assert_success((struct ffa_regs[]){ call(vm64, reclaim_call(handle, false)) });
}
END_TEST

/*
 * A VM destroyed half-way: its transaction goes at the SPMC too (which,
 * like Hafnium and TF-A, refuses FFA_MEM_RECLAIM of an unfinished one),
 * nothing left claimed.
 */
START_TEST(test_destroyed_mid_fragments)
{
	struct desc d = three_ranges();
	const uint32_t free_before = free_ranges();
	struct ffa_regs out = { { 0 } };
	uint64_t handle;

	ready(2);
	handle = share_first_fragment(&d);
	put_constituents(&d, 1, 1);
	out = call(vm64, frag_tx(handle, 16));
	ck_assert_uint_eq(out.x[0], FFA_MEM_FRAG_RX_32);
	ck_assert_int_eq(ffa_vm_destroy(med, vm64), FFA_OK);
	ck_assert_uint_eq(spmc_transaction_count(&sim.spmc), 0);
	ck_assert_uint_eq(sim_claimed_pages(&sim, 1), 0);
	ck_assert_uint_eq(free_ranges(), free_before);
}
END_TEST

#define BIG_IPA UINT64_C(0x100000000)
#define GIB_PAGES (UINT32_C(1) << 18)

/* 1 GiB in one share (unbacked memory of the simulator: shared, never touched). */
START_TEST(test_share_one_gib)
{
	const struct spmc_mem_transaction *t;
	struct desc d = plain(GIB_PAGES);
	struct ffa_regs out = { { 0 } };

	ready(2);
	sim_add_unbacked(&sim, 1, BIG_IPA, (uint64_t)GIB_PAGES * FFA_PAGE_SIZE);
	d.ipa[0] = BIG_IPA;
	out = call(vm64, send_call(FFA_MEM_SHARE_64, write_desc(&d, FFA_VERSION_1_2)));
	assert_success(&out);
	t = spmc_transaction_of(&sim.spmc, handle_of(&out));
	ck_assert_ptr_nonnull(t);
	ck_assert_uint_eq(t->total_pages, GIB_PAGES);
	ck_assert_uint_eq(vm64->share_pages, GIB_PAGES);
	assert_success((struct ffa_regs[]){ call(vm64, reclaim_call(handle_of(&out), false)) });
	ck_assert_uint_eq(sim_claimed_pages(&sim, 1), 0);
}
END_TEST

/*
 * A descriptor in 1001 fragments: everything up to the constituents, then
 * 1000 constituents of one page each, one per FFA_MEM_FRAG_TX.
 */
/* A constituent for the 1000-fragment test: every other page, none merge. */
static struct ffa_mem_constituent_v1_0 sparse_page(uint32_t i)
{
	return (struct ffa_mem_constituent_v1_0){
		.address = BIG_IPA + (uint64_t)i * 2 * FFA_PAGE_SIZE, .page_count = 1
	};
}

START_TEST(test_share_from_1000_fragments)
{
	enum { N = 1000 };
	uint8_t *tx = sim_guest_ptr(&sim, 1, TX_IPA, FFA_PAGE_SIZE);
	struct desc d = plain(N);
	struct ffa_mem_frag_rx_args more;
	struct ffa_regs out = { { 0 } };
	struct ffa_mem_constituent_v1_0 c;
	uint32_t first, comp;
	uint64_t handle;

	ready(2);
	sim_add_unbacked(&sim, 1, BIG_IPA, (uint64_t)2 * N * FFA_PAGE_SIZE);
	/* A composite announcing N ranges, one of them in the first fragment. */
	d.range_count = 0;
	comp = write_desc(&d, FFA_VERSION_1_2) - FFA_MEM_COMPOSITE_V1_0_SIZE;
	ck_assert(ffa_mem_composite_v1_0_write(
		tx, FFA_PAGE_SIZE, comp,
		&(struct ffa_mem_composite_v1_0){ .total_page_count = N, .range_count = N }));
	first = comp + FFA_MEM_COMPOSITE_V1_0_SIZE;
	ck_assert(ffa_mem_constituent_v1_0_write(tx, FFA_PAGE_SIZE, first,
						 &(struct ffa_mem_constituent_v1_0){ 0 }));
	/* Hafnium refuses a first fragment without a constituent: so do we, changing nothing. */
	out = call(vm64,
		   (struct ffa_regs){ .x = { FFA_MEM_SHARE_32,
					     first + N * FFA_MEM_CONSTITUENT_V1_0_SIZE, first } });
	assert_error(&out, FFA_INVALID_PARAMETERS);
	ck_assert_uint_eq(spmc_transaction_count(&sim.spmc), 0);
	c = sparse_page(0);
	ck_assert(ffa_mem_constituent_v1_0_write(tx, FFA_PAGE_SIZE, first, &c));
	first += FFA_MEM_CONSTITUENT_V1_0_SIZE;
	out = call(vm64, (struct ffa_regs){ .x = { FFA_MEM_SHARE_32,
						   first + (N - 1) * FFA_MEM_CONSTITUENT_V1_0_SIZE,
						   first } });
	ck_assert_int_eq(ffa_decode_mem_frag_rx(&out, FFA_VERSION_1_2, &more), FFA_OK);
	handle = more.handle;
	for (uint32_t i = 1; i < N; i++) {
		c = sparse_page(i);
		ck_assert(ffa_mem_constituent_v1_0_write(tx, FFA_PAGE_SIZE, 0, &c));
		out = call(vm64, frag_tx(handle, FFA_MEM_CONSTITUENT_V1_0_SIZE));
		if (i + 1 < N) {
			ck_assert_int_eq(ffa_decode_mem_frag_rx(&out, FFA_VERSION_1_2, &more),
					 FFA_OK);
			ck_assert_uint_eq(more.fragment_offset,
					  first + i * FFA_MEM_CONSTITUENT_V1_0_SIZE);
		}
	}
	assert_success(&out);
	ck_assert_uint_eq(handle_of(&out), handle);
	ck_assert_uint_eq(spmc_transaction_of(&sim.spmc, handle)->total_pages, N);
	ck_assert_uint_eq(sim_claimed_pages(&sim, 1), N);
	assert_success((struct ffa_regs[]){ call(vm64, reclaim_call(handle, false)) });
	ck_assert_uint_eq(sim_claimed_pages(&sim, 1), 0);
}
END_TEST

/*
 * A one-shot share of VM 1 of count ranges (ipa[i], pages[i]) to ECHO:
 * written into its TX buffer whole, the descriptor's length returned.
 */
static uint32_t write_ranges(const uint64_t *ipa, const uint32_t *pages, uint32_t count)
{
	uint8_t *tx = sim_guest_ptr(&sim, 1, TX_IPA, FFA_PAGE_SIZE);
	struct desc d = plain(1);
	uint32_t comp, total = 0;

	d.range_count = 0;
	comp = write_desc(&d, FFA_VERSION_1_2) - FFA_MEM_COMPOSITE_V1_0_SIZE;
	for (uint32_t i = 0; i < count; i++) {
		const struct ffa_mem_constituent_v1_0 c = { .address = ipa[i],
							    .page_count = pages[i] };

		ck_assert(ffa_mem_constituent_v1_0_write(tx, FFA_PAGE_SIZE,
							 comp + FFA_MEM_COMPOSITE_V1_0_SIZE +
								 i * FFA_MEM_CONSTITUENT_V1_0_SIZE,
							 &c));
		total += pages[i];
	}
	const struct ffa_mem_composite_v1_0 cd = { .total_page_count = total,
						   .range_count = count };

	ck_assert(ffa_mem_composite_v1_0_write(tx, FFA_PAGE_SIZE, comp, &cd));
	return comp + FFA_MEM_COMPOSITE_V1_0_SIZE + count * FFA_MEM_CONSTITUENT_V1_0_SIZE;
}

/*
 * The share of write_ranges() taken, then reclaimed: left claimed, only
 * the opens pages another share holds.
 */
static void share_ranges_ok_beside(uint32_t len, uint32_t opens)
{
	struct ffa_regs out = call(vm64, send_call(FFA_MEM_SHARE_32, len));

	assert_success(&out);
	assert_success((struct ffa_regs[]){ call(vm64, reclaim_call(handle_of(&out), false)) });
	ck_assert_uint_eq(sim_claimed_pages(&sim, 1), opens);
}

/* The same with no other share: nothing left claimed. */
static void share_ranges_ok(uint32_t len)
{
	share_ranges_ok_beside(len, 0);
}

/*
 * Many ranges in one descriptor (more than the mediator compares pair by
 * pair): each range checked in order, the first found wrong deciding,
 * INVALID_PARAMETERS for one that overlaps a later one and DENIED for one
 * in the VM's RX buffer, as with a few ranges.
 */
START_TEST(test_many_ranges_checked_in_order)
{
	enum { N = 40 };
	uint64_t ipa[N];
	uint32_t pages[N];

	ready(2);
	sim_add_unbacked(&sim, 1, BIG_IPA, (uint64_t)2 * N * FFA_PAGE_SIZE);
#define SPREAD()							\
	for (uint32_t i = 0; i < N; i++) {				\
		ipa[i] = BIG_IPA + (uint64_t)i * 2 * FFA_PAGE_SIZE;	\
		pages[i] = 1;						\
	}
	SPREAD();
	share_ranges_ok(write_ranges(ipa, pages, N));
	/* The last two ranges the same page. */
	ipa[N - 1] = ipa[N - 2];
	mem_refused(FFA_MEM_SHARE_32, write_ranges(ipa, pages, N), FFA_INVALID_PARAMETERS);
	/* A range of two pages over the next range's page, far down the list. */
	SPREAD();
	ipa[30] = ipa[12] - FFA_PAGE_SIZE;
	pages[30] = 2;
	mem_refused(FFA_MEM_SHARE_32, write_ranges(ipa, pages, N), FFA_INVALID_PARAMETERS);
	/* The RX buffer at 5, an overlap from 30 on: DENIED, 5 comes first. */
	SPREAD();
	ipa[5] = RX_IPA;
	ipa[35] = ipa[30];
	mem_refused(FFA_MEM_SHARE_32, write_ranges(ipa, pages, N), FFA_DENIED);
	/*
	 * An overlap from 3 on, the RX buffer at 30: INVALID_PARAMETERS, 3
	 * comes first. 3 starts lower than 35, which starts inside it.
	 */
	SPREAD();
	ipa[30] = RX_IPA;
	pages[3] = 2;
	ipa[35] = ipa[3] + FFA_PAGE_SIZE;
	mem_refused(FFA_MEM_SHARE_32, write_ranges(ipa, pages, N), FFA_INVALID_PARAMETERS);
	/* And all of it once more without a fault: nothing was left marked. */
	SPREAD();
	share_ranges_ok(write_ranges(ipa, pages, N));
#undef SPREAD
}
END_TEST

/*
 * Random sets of 17 to 60 ranges of one to three pages in 1,024 pages:
 * refused (INVALID_PARAMETERS) exactly when two of them share a page.
 */
START_TEST(test_many_ranges_random)
{
	enum { MAX = 60, SPACE = 1024 };
	uint64_t ipa[MAX];
	uint32_t pages[MAX];
	uint32_t seed = 0x2545f491, taken = 0;

	ready(2);
	sim_add_unbacked(&sim, 1, BIG_IPA, (uint64_t)(SPACE + 3) * FFA_PAGE_SIZE);
	for (int round = 0; round < 300; round++) {
		uint32_t n, len;
		bool overlapping = false;

		seed = seed * 1103515245 + 12345;
		n = 17 + (seed >> 16) % (MAX - 16);
		for (uint32_t i = 0; i < n; i++) {
			seed = seed * 1103515245 + 12345;
			ipa[i] = BIG_IPA + (uint64_t)((seed >> 8) % SPACE) * FFA_PAGE_SIZE;
			pages[i] = 1 + (seed >> 24) % 3;
			for (uint32_t j = 0; j < i; j++) {
				const uint64_t end_i = ipa[i] + (uint64_t)pages[i] * FFA_PAGE_SIZE;
				const uint64_t end_j = ipa[j] + (uint64_t)pages[j] * FFA_PAGE_SIZE;

				overlapping |= ipa[j] < end_i && ipa[i] < end_j;
			}
		}
		len = write_ranges(ipa, pages, n);
		if (overlapping) {
			mem_refused(FFA_MEM_SHARE_32, len, FFA_INVALID_PARAMETERS);
		} else {
			share_ranges_ok(len);
			taken++;
		}
	}
	/* Both answers met, each many times. */
	ck_assert_uint_gt(taken, 10);
	ck_assert_uint_lt(taken, 290);
}
END_TEST

/*
 * A range ending at the top of the address space (2^64) is a range like
 * any other: two of them on the same page overlap, INVALID_PARAMETERS
 * before any page is claimed, pair by pair and sorted (more than 16
 * ranges). Alone, it is refused by the platform, not the reader.
 */
START_TEST(test_overlap_at_top_of_address_space)
{
	enum { N = 20 };
	const uint64_t top = UINT64_MAX - FFA_PAGE_SIZE + 1;
	uint64_t ipa[N];
	uint32_t pages[N];

	ready(2);
	sim_add_unbacked(&sim, 1, BIG_IPA, (uint64_t)2 * N * FFA_PAGE_SIZE);
	ipa[0] = top;
	pages[0] = 1;
	mem_refused(FFA_MEM_SHARE_32, write_ranges(ipa, pages, 1), FFA_DENIED);
	ipa[1] = top;
	pages[1] = 1;
	mem_refused(FFA_MEM_SHARE_32, write_ranges(ipa, pages, 2), FFA_INVALID_PARAMETERS);
	/* Two pages up to the top, and its last page again. */
	ipa[0] = top - FFA_PAGE_SIZE;
	pages[0] = 2;
	mem_refused(FFA_MEM_SHARE_32, write_ranges(ipa, pages, 2), FFA_INVALID_PARAMETERS);
	for (uint32_t i = 0; i < N; i++) {
		ipa[i] = BIG_IPA + (uint64_t)i * 2 * FFA_PAGE_SIZE;
		pages[i] = 1;
	}
	ipa[3] = top;
	ipa[N - 1] = top;
	mem_refused(FFA_MEM_SHARE_32, write_ranges(ipa, pages, N), FFA_INVALID_PARAMETERS);
}
END_TEST

/*
 * The ranges of the open share beside test_ranges_as_model()'s: first
 * page in its space and pages, so that a new range may start inside one;
 * not in address order, as a VM may give them.
 */
static const uint32_t open_page[][2] = { { 900, 3 }, { 100, 2 }, { 500, 1 } };
#define OPENS (sizeof(open_page) / sizeof(open_page[0]))
#define OPEN_PAGES 6

/*
 * The answer to a descriptor of count ranges, worked out from the rule
 * with nothing but pairs (the mediator sorts): range by range in order,
 * INVALID_PARAMETERS for one overlapping a later one, DENIED for one in
 * the open share or the VM's RX/TX buffers, the first such deciding.
 */
static int32_t model_answer(const uint64_t *ipa, const uint32_t *pages, uint32_t count)
{
	for (uint32_t i = 0; i < count; i++) {
		const uint64_t first = ipa[i] / FFA_PAGE_SIZE, end = first + pages[i];

		for (uint32_t j = i + 1; j < count; j++) {
			const uint64_t other = ipa[j] / FFA_PAGE_SIZE;

			if (other < end && first < other + pages[j])
				return FFA_INVALID_PARAMETERS;
		}
		for (uint32_t k = 0; k < OPENS; k++) {
			const uint64_t p = BIG_IPA / FFA_PAGE_SIZE + open_page[k][0];

			if (p < end && first < p + open_page[k][1])
				return FFA_DENIED;
		}
		if ((first <= TX_IPA / FFA_PAGE_SIZE && TX_IPA / FFA_PAGE_SIZE < end) ||
		    (first <= RX_IPA / FFA_PAGE_SIZE && RX_IPA / FFA_PAGE_SIZE < end))
			return FFA_DENIED;
	}
	return FFA_OK;
}

static uint32_t next_random(uint32_t *seed)
{
	*seed = *seed * 1103515245 + 12345;
	return *seed >> 8;
}

/*
 * The descriptor in VM 1's TX buffer (len bytes, count constituents from
 * front) sent in fragments of 1 to 20 constituents: each call answered as
 * the descriptor received so far would be answered whole (model_answer()),
 * until one is refused, which ends the transaction.
 */
static void share_in_random_fragments(const uint64_t *ipa, const uint32_t *pages,
					 uint32_t count, uint32_t len, uint32_t *seed)
{
	uint8_t *tx = sim_guest_ptr(&sim, 1, TX_IPA, FFA_PAGE_SIZE);
	const uint32_t front = len - count * FFA_MEM_CONSTITUENT_V1_0_SIZE;
	const uint32_t free_before = free_ranges();
	uint8_t whole[FFA_PAGE_SIZE];
	uint32_t sent = 0, n = 1 + next_random(seed) % 20;
	struct ffa_regs out;
	uint64_t handle = 0;
	int32_t model;

	memcpy(whole, tx, len);
	for (;;) {
		struct ffa_mem_frag_rx_args more;

		n = n < count - sent ? n : count - sent;
		model = model_answer(ipa, pages, sent + n);
		if (sent == 0) {
			out = call(vm64, (struct ffa_regs){ .x = { FFA_MEM_SHARE_32, len,
								   front + n * 16 } });
		} else {
			memcpy(tx, whole + front + sent * FFA_MEM_CONSTITUENT_V1_0_SIZE,
			       n * FFA_MEM_CONSTITUENT_V1_0_SIZE);
			out = call(vm64, frag_tx(handle, n * FFA_MEM_CONSTITUENT_V1_0_SIZE));
		}
		sent += n;
		if (model != FFA_OK || sent == count)
			break;
		ck_assert_int_eq(ffa_decode_mem_frag_rx(&out, FFA_VERSION_1_2, &more), FFA_OK);
		handle = more.handle;
		n = 1 + next_random(seed) % 20;
	}
	if (model != FFA_OK) {
		assert_error(&out, model);
		ck_assert(!vm64->frag.active);
		ck_assert_uint_eq(sim_claimed_pages(&sim, 1), OPEN_PAGES);
		ck_assert_uint_eq(free_ranges(), free_before);
		return;
	}
	assert_success(&out);
	assert_success((struct ffa_regs[]){ call(vm64, reclaim_call(handle_of(&out), false)) });
}

/*
 * Random descriptors of 1 to 60 ranges of one to three pages, a few in
 * the VM's RX/TX buffers or about an open share's ranges, beside that
 * share: each answered as the rule says (model_answer()), whole and in
 * fragments, with nothing left behind by a refused one. In the second
 * run each descriptor's ranges are in address order, as a VM usually
 * sends them (the mediator checks those without sorting them).
 */
static void ranges_by_address(uint64_t *ipa, uint32_t *pages, uint32_t count)
{
	for (uint32_t i = 1; i < count; i++) {
		for (uint32_t j = i; j > 0 && ipa[j] < ipa[j - 1]; j--) {
			const uint64_t a = ipa[j];
			const uint32_t p = pages[j];

			ipa[j] = ipa[j - 1];
			pages[j] = pages[j - 1];
			ipa[j - 1] = a;
			pages[j - 1] = p;
		}
	}
}

START_TEST(test_ranges_as_model)
{
	enum { MAX = 60, SPACE = 8192 };
	const uint32_t opens = OPENS;
	uint64_t ipa[MAX];
	uint32_t pages[MAX], seed = 0x9e3779b9, seen[3] = { 0 };
	struct ffa_regs out;
	uint64_t open_handle;

	ready(2);
	sim_add_unbacked(&sim, 1, BIG_IPA, (uint64_t)(SPACE + 3) * FFA_PAGE_SIZE);
	for (uint32_t k = 0; k < opens; k++) {
		ipa[k] = BIG_IPA + (uint64_t)open_page[k][0] * FFA_PAGE_SIZE;
		pages[k] = open_page[k][1];
	}
	out = call(vm64, send_call(FFA_MEM_SHARE_32, write_ranges(ipa, pages, opens)));
	assert_success(&out);
	open_handle = handle_of(&out);
	for (int round = 0; round < 600; round++) {
		const uint32_t count = 1 + next_random(&seed) % MAX;
		int32_t model;
		uint32_t len;

		for (uint32_t i = 0; i < count; i++) {
			const uint32_t r = next_random(&seed);

			pages[i] = 1 + r % 3;
			ipa[i] = BIG_IPA + (uint64_t)(r / 3 % SPACE) * FFA_PAGE_SIZE;
			if (r % 97 == 0) {
				ipa[i] = r % 2 ? RX_IPA : TX_IPA;
				pages[i] = 1;
			} else if (r % 41 == 0) {
				/* Up to two pages either side of an open range's start. */
				const uint32_t *o = open_page[r / 41 % OPENS];

				ipa[i] = BIG_IPA + ((uint64_t)o[0] + r / 7 % 5 - 2) * FFA_PAGE_SIZE;
			}
		}
		if (_i == 1)
			ranges_by_address(ipa, pages, count);
		model = model_answer(ipa, pages, count);
		len = write_ranges(ipa, pages, count);
		if (model == FFA_OK)
			share_ranges_ok_beside(len, OPEN_PAGES);
		else
			mem_refused(FFA_MEM_SHARE_32, len, model);
		seen[model == FFA_OK ? 0 : model == FFA_INVALID_PARAMETERS ? 1 : 2]++;
		if (count > 1) {
			len = write_ranges(ipa, pages, count);
			share_in_random_fragments(ipa, pages, count, len, &seed);
		}
	}
	/* Each answer many times. */
	for (uint32_t i = 0; i < 3; i++)
		ck_assert_uint_gt(seen[i], 50);
	assert_success((struct ffa_regs[]){ call(vm64, reclaim_call(open_handle, false)) });
}
END_TEST

int main(void)
{
	Suite *s = suite_create("mem");
	TCase *tc = tcase_create("share_lend_donate_reclaim");

	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_loop_test(tc, test_share_and_reclaim, 0, 3);
	tcase_add_test(tc, test_lend_and_donate);
	tcase_add_test(tc, test_lend_donate_untyped_with_other_fields);
	tcase_add_test(tc, test_descriptor_checks);
	tcase_add_test(tc, test_memory_not_the_vms);
	tcase_add_test(tc, test_limits);
	tcase_add_test(tc, test_destroy_reclaims);
	tcase_add_test(tc, test_share_in_fragments);
	tcase_add_test(tc, test_share_from_fragments);
	tcase_add_test(tc, test_bad_fragment);
	tcase_add_test(tc, test_refused_fragment_ends_it);
	tcase_add_test(tc, test_completion_refused);
	tcase_add_test(tc, test_destroyed_mid_fragments);
	tcase_add_test(tc, test_interleaved_fragments);
	tcase_add_test(tc, test_share_one_gib);
	tcase_add_test(tc, test_share_from_1000_fragments);
	tcase_add_test(tc, test_many_ranges_checked_in_order);
	tcase_add_test(tc, test_many_ranges_random);
	tcase_add_test(tc, test_overlap_at_top_of_address_space);
	tcase_add_loop_test(tc, test_ranges_as_model, 0, 2);
	suite_add_tcase(s, tc);
	return check_run(s);
}
