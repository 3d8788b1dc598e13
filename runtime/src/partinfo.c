/* SPDX-License-Identifier: MIT */
/*
 * Partition discovery: FFA_PARTITION_INFO_GET (DEN0077A v1.2 §13.8) and
 * FFA_PARTITION_INFO_GET_REGS (§13.9), answered from the list read from the
 * SPMC at init, in the layout of the VM's own version. Properties a VM's
 * version does not define are cleared, and so are the VM created and
 * destroyed message bits, which only mean something to the hypervisor
 * (the Non-secure physical instance).
 */
#include "partinfo_lane.h"

/*
 * The partitions a query selects, in the SPMC's order. For the Nil UUID,
 * all of them, and put_list() goes on with the caller itself (from 1.2:
 * lists_self()) and the other VMs the policy lets it message.
 */
struct selection {
	bool all;                          /* the Nil UUID: every partition */
	uint32_t count;                    /* partitions */
	uint16_t index[FFA_MAX_PARTITIONS]; /* unless all */
};

/*
 * The Nil UUID lists every partition "including the caller" (DEN0077A
 * v1.2 §13.8; the ACS's ffa_partition_info_get and _regs tests look for
 * it): Hafnium lists it, and Xen does for a VM at 1.2 or later only,
 * because Linux drivers before 1.2 refused their own entry. So from 1.2.
 */
static bool lists_self(enum ffa_version v)
{
	return v >= FFA_VERSION_1_2;
}

uint64_t ffa_partition_regs_info(const struct ffa_partition *p)
{
	return partinfo_regs_info(p);
}

/*
 * The partitions uuid names; with the Nil UUID, every partition. An FF-A
 * 1.0 SPMC told no UUIDs at init, so it is asked which partitions have
 * this one. Errors: INVALID_PARAMETERS when none has it (the Nil UUID's
 * list is counted by put_list()); the SPMC's NO_MEMORY. Compiled for
 * size: FFA_PARTITION_INFO_GET_REGS's lane lists the Nil UUID's without it.
 */
FFA_COLD
static int32_t select(struct ffa_mediator *m, const struct ffa_uuid *uuid, struct selection *sel)
{
	/* The UUID's two halves, read once for all the partitions compared. */
	const uint64_t lo = ffa_le_get(uuid->b, 8), hi = ffa_le_get(uuid->b + 8, 8);

	sel->count = 0;
	sel->all = (lo | hi) == 0;
	if (sel->all) {
		sel->count = m->partition_count;
		return FFA_OK;
	}
	if (m->partitions_have_uuids) {
		for (uint32_t i = 0; i < m->partition_count; i++) {
			const struct ffa_uuid *u = &m->partitions[i].uuid;

			if (ffa_le_get(u->b, 8) == lo && ffa_le_get(u->b + 8, 8) == hi)
				sel->index[sel->count++] = (uint16_t)i;
		}
	} else {
		/* The SPMC's ids, each turned into its index in place (count <= i). */
		uint32_t n = 0;
		int32_t ret = ffa_spmc_partition_ids(m, uuid, sel->index, FFA_MAX_PARTITIONS, &n);

		if (ret != FFA_OK)
			return ret == FFA_NO_MEMORY ? ret : FFA_INVALID_PARAMETERS;
		for (uint32_t i = 0; i < n; i++) {
			const struct ffa_partition *p = ffa_partition_find(m, sel->index[i]);

			if (p != NULL)
				sel->index[sel->count++] = (uint16_t)(p - m->partitions);
		}
	}
	return sel->count == 0 ? FFA_INVALID_PARAMETERS : FFA_OK;
}

/*
 * Where put_list() puts the descriptors: the caller's RX buffer. No sink
 * (NULL): nowhere, a count.
 */
struct sink {
	void *rx;
	size_t rx_size;
	size_t desc_size; /* in the layout of the caller's version */
	bool with_uuid;   /* the UUID fields: MBZ when the VM asked for a specific UUID */
};

/* Descriptor n of the list, p's, in the layout of version v: false if it does not fit. */
FFA_COLD static bool put(const struct sink *s, enum ffa_version v, uint32_t n,
			 const struct ffa_partition *p)
{
	const uint32_t props = vm_properties(p->properties, v);
	struct ffa_partition_info_v1_1 d = { p->id, p->exec_ctx_count, props, { { 0 } } };

	if (s == NULL)
		return true;
	if (v < FFA_VERSION_1_1) {
		struct ffa_partition_info_v1_0 d0 = { p->id, p->exec_ctx_count, props };

		return ffa_partition_info_v1_0_write(s->rx, s->rx_size, n * s->desc_size, &d0);
	}
	if (s->with_uuid)
		d.uuid = p->uuid;
	return ffa_partition_info_v1_1_write(s->rx, s->rx_size, n * s->desc_size, &d);
}

/* Descriptor n of the list, vm's (as put()). */
FFA_COLD static bool put_vm(const struct sink *s, enum ffa_version v, uint32_t n,
			    const struct ffa_vm *vm)
{
	const struct ffa_partition p = vm_as_partition(vm);

	return put(s, v, n, &p);
}

/*
 * The list sel names, each descriptor put as it is met: the partitions
 * selected and, for the Nil UUID, the caller itself (from 1.2:
 * lists_self()) and then the VMs it sees, under one hold of the VM table
 * lock (taken inside the caller's, the lock order). How many, or
 * NO_MEMORY.
 */
FFA_COLD
static int32_t put_list(struct ffa_mediator *m, const struct ffa_vm *caller, enum ffa_version v,
			const struct selection *sel, const struct sink *s)
{
	const struct ffa_platform *p = m->plat;
	const bool policy = p->vm_messaging_allowed != NULL;
	const struct ffa_vm *vm = lists_self(v) ? caller : NULL, *slot, *end;
	int32_t n;

	for (n = 0; (uint32_t)n < sel->count; n++) {
		if (!put(s, v, (uint32_t)n, &m->partitions[sel->all ? n : sel->index[n]]))
			return FFA_NO_MEMORY;
	}
	if (!sel->all)
		return n;
	if (policy)
		p->lock(p->ctx, &m->vms_lock);
	/* The caller (vm, if listed), then each VM it sees (with a policy alone): one put. */
	slot = m->vms;
	end = policy ? slot + m->live_end : slot;
	for (;;) {
		if (vm != NULL && !put_vm(s, v, (uint32_t)n++, vm)) {
			n = FFA_NO_MEMORY;
			break;
		}
		while (slot != end && !listed(m, caller, slot))
			slot++;
		if (slot == end)
			break;
		vm = slot++;
	}
	if (policy)
		p->unlock(p->ctx, &m->vms_lock);
	return n;
}

/*
 * Errors: INVALID_PARAMETERS for a UUID no partition has; BUSY when the
 * VM's RX buffer is not mapped or not free (or the SPMC holds it);
 * NO_MEMORY when the descriptors do not fit in it. The list is counted
 * first, so these come in this order. Discovery, done once or twice in a
 * VM's life (at a driver's probe): compiled for size, as are the RX
 * buffer's writers and select() here.
 */
FFA_COLD
int32_t ffa_handle_partition_info_get(struct ffa_call_ctx *ctx,
				      const struct ffa_partition_info_get_args *args,
				      struct ffa_regs *out)
{
	struct ffa_mediator *m = ctx->m;
	struct ffa_vm *vm = ctx->vm;
	struct ffa_partition_info_get_result res = { 0 };
	struct ffa_vm_locked locked;
	struct selection sel;
	int32_t ret = select(m, &args->uuid, &sel);

	if (ret != FFA_OK)
		return ret;
	ret = put_list(m, vm, ctx->version, &sel, NULL);
	if (ret == 0)
		return FFA_INVALID_PARAMETERS;
	if (!args->count_only) {
		locked = ffa_vm_lock(m, vm);
		ret = ffa_rx_claim(m, locked);
		if (ret == FFA_OK) {
			const struct sink s = {
				.rx = vm->rxtx.rx,
				.rx_size = (size_t)vm->rxtx.pages * FFA_PAGE_SIZE,
				.desc_size = ffa_partition_info_size(ctx->version),
				.with_uuid = sel.all,
			};

			res.desc_size = (uint32_t)s.desc_size;
			ret = put_list(m, vm, ctx->version, &sel, &s);
			if (ret >= 0)
				ffa_rx_fill_done(locked);
			else
				ffa_rx_unclaim(m, locked);
		}
		ffa_vm_unlock(m, &locked);
		if (ret < 0)
			return ret;
	}
	res.count = (uint32_t)ret;
	ffa_encode_partition_info_get_result(&res, ctx->version, out);
	return FFA_OK;
}

/*
 * The partitions with this UUID from start (no UUID in their descriptors:
 * as FFA_PARTITION_INFO_GET); never the Nil UUID, whose list the lane
 * makes. Errors: INVALID_PARAMETERS when none has it; RETRY as
 * partinfo_regs_all(); as regs_head(). Compiled for size: a driver asks
 * for its UUID once, at its probe.
 */
int32_t ffa_partinfo_regs_selected(struct ffa_mediator *m, const struct ffa_vm *caller,
				   enum ffa_version v, uint64_t uuid_lo, uint64_t uuid_hi,
				   uint32_t start, uint32_t tag, struct ffa_regs *out)
{
	const uint64_t mask = regs_info_mask(v);
	struct ffa_uuid uuid;
	struct selection sel;
	uint16_t list_tag;
	int32_t ret;

	/*
	 * A UUID's list has partitions only. The parameter stays: without it
	 * GCC allocates the lane's registers otherwise, and the Nil UUID's
	 * list costs 3 instructions more (./run bench, 239 -> 242).
	 */
	(void)caller;
	ffa_le_put(uuid.b, uuid_lo, 8);
	ffa_le_put(uuid.b + 8, uuid_hi, 8);
	ret = select(m, &uuid, &sel);
	if (ret != FFA_OK)
		return ret;
	list_tag = ffa_atomic_load_acquire(&m->partitions_tag);
	if (tag != 0 && tag != list_tag)
		return FFA_RETRY;
	if (start >= sel.count)
		return FFA_INVALID_PARAMETERS;
	/* The reply's elements: list indexes start on, zeroes past the last (MBZ). */
	for (uint32_t i = 0; i < REGS_PER_CALL; i++) {
		const uint32_t n = start + i;

		regs_put(out, i, n < sel.count ? m->partitions[sel.index[n]].regs_info & mask : 0,
			 0, 0);
	}
	regs_head_only(out, v, start, sel.count, list_tag);
	return FFA_OK;
}
