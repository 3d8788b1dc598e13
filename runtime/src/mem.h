/* SPDX-License-Identifier: MIT */
/*
 * The memory module's own declarations, shared by its files and no one
 * else:
 *   mem.c         the calls (FFA_MEM_SHARE, _LEND, _DONATE, _RECLAIM), teardown;
 *                 a descriptor from its parts, its ranges from the pool and
 *                 its slot in the table
 *   mem_desc.c    reading and checking the parts of the VM's transaction descriptor
 *   mem_table.c   the transaction table, the range pool, overlaps, claiming
 *   mem_spmc.c    writing the SPMC's descriptor and sending it (in fragments)
 *   mem_frag.c    a VM's descriptor in fragments (FFA_MEM_FRAG_TX)
 */
#ifndef FFA_MEM_H
#define FFA_MEM_H

#include "internal.h"

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

static inline size_t ffa_mem_bytes(uint64_t pages)
{
	return (size_t)pages * FFA_PAGE_SIZE;
}

/*
 * mem.c: the SPMC took the caller's transaction (op, handle, pages in the
 * ranges from first_range); record it in slot (NULL: a donate) and answer
 * the VM (out) with its handle.
 */
int32_t ffa_mem_record(struct ffa_call_ctx *ctx, struct ffa_share *slot, enum ffa_mem_op op,
		       ffa_mem_handle_t handle, uint64_t pages, uint32_t first_range,
		       struct ffa_regs *out);

/* --- mem_desc.c: the VM's descriptor, in the layout of its version. */

/*
 * The front of a descriptor total bytes long of which tx holds the first
 * len: the header, the access descriptors and the composite (in comp, at
 * composite_off). The one read of both the one-shot (len == total) and
 * the fragmented path.
 */
int32_t ffa_mem_read_front(struct ffa_call_ctx *ctx, const uint8_t *tx, size_t len,
			   uint64_t total, struct mem_request *req,
			   struct ffa_mem_composite_v1_0 *comp, uint32_t *composite_off);
/*
 * The n constituents at the start of buf (len bytes), each checked, into
 * the pool's ranges from first; they are n of ranges_left constituents
 * still to come with pages_left pages. The pages they hold in *pages.
 */
bool ffa_mem_read_constituents(struct ffa_mediator *m, const uint8_t *buf, size_t len,
			       uint32_t first, uint32_t n, uint32_t ranges_left,
			       uint64_t pages_left, uint64_t *pages);

/* --- mem_table.c: the transaction table and the range pool (shares lock). */

void ffa_mem_shares_lock(struct ffa_mediator *m);
void ffa_mem_shares_unlock(struct ffa_mediator *m);

void ffa_mem_free_ranges(struct ffa_mediator *m, uint32_t first);
/* mem_table.c, VM locked; these take the shares lock themselves, a slot at a time. */
unsigned int ffa_mem_next_open_share(struct ffa_mediator *m, uint16_t owner, unsigned int i);
/*
 * count new ranges of a descriptor from first, after old_count from old
 * (the transaction in fragments' ranges so far; none for a whole one).
 */
int32_t ffa_mem_check_ranges(struct ffa_mediator *m, struct ffa_vm_locked vm, uint32_t old,
			     uint32_t old_count, uint32_t first, uint32_t count);
/* Once they went to the SPMC: count ranges from first among those before, sorted. */
void ffa_mem_frag_sort_sent(struct ffa_mediator *m, struct ffa_vm_locked vm, uint32_t first,
			    uint32_t count);

/*
 * mem_table.c: the platform takes the pages of ranges from the VM, or gives
 * them back (VM locked).
 */
int32_t ffa_mem_claim(struct ffa_mediator *m, uint16_t vm_id, uint32_t first, uint32_t count,
		      enum ffa_mem_op op);
void ffa_mem_unclaim(struct ffa_mediator *m, uint16_t vm_id, uint32_t first, uint32_t count,
		     enum ffa_mem_op op);

/* --- mem_spmc.c: the descriptor for the SPMC. */

/*
 * Written into the hypervisor's TX buffer (its lock held) and sent
 * whenever it is full: the first part with the call itself, the rest with
 * FFA_MEM_FRAG_TX, each answered by FFA_MEM_FRAG_RX until the last,
 * answered by FFA_SUCCESS with the handle.
 */
struct mem_out {
	struct ffa_mediator *m;
	const struct mem_request *req; /* for the front (NULL: the descriptor goes on) */
	uint8_t *buf;
	size_t cap;
	size_t fill;
	uint32_t total;
	uint32_t sent;
	ffa_mem_handle_t handle;
	int32_t status;           /* the first failure */
	bool spmc_refused;        /* it was the SPMC's (which then dropped the transaction) */
	uint8_t op;               /* enum ffa_mem_op, of the request */
	uint16_t sender;          /* of the request */
};

/* A writer into the hypervisor's TX buffer, of sender's op, at sent bytes of total. */
struct mem_out ffa_mem_out(struct ffa_mediator *m, const struct mem_request *req,
			   enum ffa_mem_op op, uint16_t sender, uint32_t total, uint32_t sent,
			   ffa_mem_handle_t handle);
/*
 * The hypervisor's TX buffer is the writer's between lock and unlock
 * (which sends what is in it); yield sends it and lets others have the
 * buffers a moment. Descriptors go in with ffa_mem_put(), which yields
 * when the buffer is full: no hold of the buffers' lock makes more than
 * one SMC or translates more than FFA_MEM_PAGES_PER_HOLD pages (README:
 * "Bounded work").
 */
#ifndef FFA_MEM_PAGES_PER_HOLD
#define FFA_MEM_PAGES_PER_HOLD 4096u
#endif
void ffa_mem_out_lock(struct mem_out *o);
void ffa_mem_out_unlock(struct mem_out *o);
/*
 * Only mem_spmc.c calls these two, but they stay extern: made static,
 * GCC's interprocedural changes to them cost MEM_SHARE 8% on scattered
 * memory (134.6 -> 145.6 instructions a page in ./run bench).
 */
void ffa_mem_out_yield(struct mem_out *o);
void ffa_mem_put(struct mem_out *o, const void *desc, size_t len);
/* A constituent: pages pages from physical address. */
static inline void ffa_mem_put_constituent(struct mem_out *o, uint64_t address, uint32_t pages)
{
	const struct ffa_mem_constituent_v1_0 c = { .address = address, .page_count = pages };

	ffa_mem_put(o, &c, sizeof(c));
}
/*
 * The length of the SPMC's descriptor, in the layout of the version agreed
 * with it, with that many constituents; NO_MEMORY when it does not fit in
 * 32 bits.
 */
int32_t ffa_mem_spmc_length(const struct ffa_mediator *m, uint32_t receivers,
			    uint64_t constituents, uint32_t *length);
/*
 * The descriptor up to its constituents: the header, the access
 * descriptors and the composite, of pages pages in ranges constituents.
 */
void ffa_mem_emit_front(struct mem_out *o, uint64_t pages, uint32_t ranges);
/*
 * Where a walk of pages is: the next page, the pages left of its range,
 * then the range after it. {.next = r}: the start of range r; with no
 * pages left and next FFA_NO_RANGE, the walk is over. A range of the pool
 * or, with next FFA_NO_RANGE, any run of IPA pages.
 */
struct mem_cursor {
	uint64_t ipa;
	uint32_t pages;
	uint32_t next;
};
/*
 * The next pages from *at, one constituent per page: the SPMC's length is
 * known up front.
 */
void ffa_mem_emit_pages(struct mem_out *o, struct mem_cursor *at, uint64_t pages);
/* Send the whole request; the SPMC's handle, or the failure. */
int32_t ffa_mem_send_to_spmc(struct ffa_mediator *m, const struct mem_request *req,
			     ffa_mem_handle_t *handle);
/* FFA_MEM_RECLAIM at the SPMC; its status. */
int32_t ffa_mem_spmc_reclaim(struct ffa_mediator *m, ffa_mem_handle_t handle, bool zero,
			     bool time_slice);

/* --- mem_frag.c: a VM's descriptor in fragments. */

/*
 * The first fragment (len bytes of total) of a descriptor whose front
 * (the composite at composite_off) is read and whose ranges and slot are
 * taken (mem.c): the transaction starts, its SPMC descriptor out_total
 * bytes long.
 */
int32_t ffa_mem_frag_first(struct ffa_call_ctx *ctx, struct ffa_vm_locked vm,
			   struct mem_request *req, uint32_t total, uint32_t len,
			   uint32_t composite_off, uint32_t out_total, struct ffa_regs *out);
void ffa_mem_frag_abort(struct ffa_mediator *m, struct ffa_vm_locked vm, bool at_spmc);

#endif /* FFA_MEM_H */
