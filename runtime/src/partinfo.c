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
 * What a query selects: cached partitions in the SPMC's order, then, for
 * the Nil UUID, the caller itself (from 1.2: lists_self()) and the other
 * VMs the policy lets it message.
 */
struct selection {
	bool all;                          /* the Nil UUID: every partition */
	uint32_t count;                    /* partitions and VMs */
	uint32_t sp_count;
	uint16_t index[FFA_MAX_PARTITIONS]; /* unless all */
};

FFA_COLD
static void select_index(const struct ffa_mediator *m, struct selection *sel, uint16_t id)
{
	for (uint32_t i = 0; i < m->partition_count; i++) {
		if (m->partitions[i].id == id) {
			sel->index[sel->count++] = (uint16_t)i;
			return;
		}
	}
}

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

bool ffa_partinfo_lists_vm(struct ffa_mediator *m, const struct ffa_vm *caller, uint16_t id)
{
	const struct ffa_vm_ref ref = ffa_vm_find_ref(m, id);

	return ref.vm != NULL && m->plat->vm_messaging_allowed != NULL &&
	       shows(m, caller, ref.vm, id);
}

/* listed(), out of line: for the RX buffer paths, where size matters more than speed. */
static __attribute__((__noinline__)) bool
listed_call(const struct ffa_mediator *m, const struct ffa_vm *caller, const struct ffa_vm *vm)
{
	return listed(m, caller, vm);
}

/* How many VMs caller at version v sees (one look, the VM table locked). */
FFA_COLD
static uint32_t vms_seen(struct ffa_mediator *m, const struct ffa_vm *caller, enum ffa_version v)
{
	const struct ffa_platform *p = m->plat;
	const struct ffa_vm *vm, *end;
	uint32_t n = lists_self(v);

	if (p->vm_messaging_allowed == NULL)
		return n;
	p->lock(p->ctx, &m->vms_lock);
	end = m->vms + m->live_end;
	for (vm = m->vms; vm != end; vm++)
		n += listed_call(m, caller, vm);
	p->unlock(p->ctx, &m->vms_lock);
	return n;
}

/*
 * The partitions uuid names; with the Nil UUID, every partition and the
 * VMs caller at version v sees (counted). An FF-A 1.0 SPMC told no UUIDs
 * at init, so it is asked which partitions have this one. Compiled for
 * size: FFA_PARTITION_INFO_GET_REGS's lane lists the Nil UUID's without it.
 */
FFA_COLD
static int32_t select(struct ffa_mediator *m, const struct ffa_vm *caller, enum ffa_version v,
		      const struct ffa_uuid *uuid, struct selection *sel)
{
	/* The UUID's two halves, read once for all the partitions compared. */
	const uint64_t lo = ffa_le_get(uuid->b, 8), hi = ffa_le_get(uuid->b + 8, 8);

	sel->count = 0;
	sel->all = (lo | hi) == 0;
	if (sel->all) {
		sel->count = sel->sp_count = m->partition_count;
		sel->count += vms_seen(m, caller, v);
	} else if (m->partitions_have_uuids) {
		for (uint32_t i = 0; i < m->partition_count; i++) {
			const struct ffa_uuid *u = &m->partitions[i].uuid;

			if (ffa_le_get(u->b, 8) == lo && ffa_le_get(u->b + 8, 8) == hi)
				sel->index[sel->count++] = (uint16_t)i;
		}
	} else {
		uint16_t ids[FFA_MAX_PARTITIONS];
		uint32_t n = 0;
		int32_t ret = ffa_spmc_partition_ids(m, uuid, ids, FFA_MAX_PARTITIONS, &n);

		if (ret != FFA_OK)
			return ret == FFA_NO_MEMORY ? ret : FFA_INVALID_PARAMETERS;
		for (uint32_t i = 0; i < n; i++)
			select_index(m, sel, ids[i]);
	}
	if (!sel->all)
		sel->sp_count = sel->count;
	return sel->count == 0 ? FFA_INVALID_PARAMETERS : FFA_OK;
}

/* The i-th partition selected (i < sp_count). */
static const struct ffa_partition *selected(const struct ffa_mediator *m,
					    const struct selection *sel, uint32_t i)
{
	return &m->partitions[sel->all ? i : sel->index[i]];
}

/* Write one descriptor in the layout of version v; false if it does not fit. */
FFA_COLD
static bool write_descriptor(void *rx, size_t size, size_t off, const struct ffa_partition *p,
			     enum ffa_version v, bool with_uuid)
{
	const uint32_t props = vm_properties(p->properties, v);
	struct ffa_partition_info_v1_1 d = { p->id, p->exec_ctx_count, props, { { 0 } } };

	if (v < FFA_VERSION_1_1) {
		struct ffa_partition_info_v1_0 d0 = { p->id, p->exec_ctx_count, props };

		return ffa_partition_info_v1_0_write(rx, size, off, &d0);
	}
	/* The UUID field is MBZ when the VM asked for a specific UUID. */
	if (with_uuid)
		d.uuid = p->uuid;
	return ffa_partition_info_v1_1_write(rx, size, off, &d);
}

/*
 * The VMs the caller sees, itself first, into its RX buffer after `first`
 * descriptors: how many, or NO_MEMORY. The VM table lock is taken inside
 * the caller's (the lock order), and held for the whole list, so it is one
 * list.
 */
FFA_COLD
static int32_t write_vms(struct ffa_mediator *m, struct ffa_vm_locked caller, size_t desc_size,
			 uint32_t first, enum ffa_version v)
{
	const struct ffa_platform *p = m->plat;
	const size_t rx_size = (size_t)caller.vm->rxtx.pages * FFA_PAGE_SIZE;
	const struct ffa_vm *slot, *end;
	struct ffa_partition vm;
	int32_t n = 0;

	if (lists_self(v)) {
		vm = vm_as_partition(caller.vm);
		if (!write_descriptor(caller.vm->rxtx.rx, rx_size, first * desc_size, &vm, v, true))
			return FFA_NO_MEMORY;
		n = 1;
	}
	if (p->vm_messaging_allowed == NULL)
		return n;
	p->lock(p->ctx, &m->vms_lock);
	end = m->vms + m->live_end;
	for (slot = m->vms; slot != end && n >= 0; slot++) {
		if (!listed_call(m, caller.vm, slot))
			continue;
		vm = vm_as_partition(slot);
		if (write_descriptor(caller.vm->rxtx.rx, rx_size, (first + (uint32_t)n) * desc_size,
				     &vm, v, true))
			n++;
		else
			n = FFA_NO_MEMORY;
	}
	p->unlock(p->ctx, &m->vms_lock);
	return n;
}

/*
 * Errors: INVALID_PARAMETERS for a UUID no partition has; BUSY when the
 * VM's RX buffer is not mapped or not free (or the SPMC holds it);
 * NO_MEMORY when the descriptors do not fit in it. Discovery, done once or
 * twice in a VM's life (at a driver's probe): compiled for size, as are
 * the RX buffer's writers and select() here.
 */
FFA_COLD
int32_t ffa_handle_partition_info_get(struct ffa_call_ctx *ctx,
				      const struct ffa_partition_info_get_args *args,
				      struct ffa_regs *out)
{
	struct ffa_mediator *m = ctx->m;
	struct ffa_vm *vm = ctx->vm;
	const size_t desc_size = ffa_partition_info_size(ctx->version);
	struct ffa_partition_info_get_result res = { 0 };
	struct ffa_vm_locked locked;
	struct selection sel;
	size_t rx_size;
	int32_t ret = select(m, ctx->vm, ctx->version, &args->uuid, &sel);

	if (ret != FFA_OK)
		return ret;
	res.count = sel.count;
	if (args->count_only) {
		ffa_encode_partition_info_get_result(&res, ctx->version, out);
		return FFA_OK;
	}
	locked = ffa_vm_lock(m, vm);
	ret = ffa_rx_claim(m, locked);
	if (ret != FFA_OK)
		goto out;
	rx_size = (size_t)vm->rxtx.pages * FFA_PAGE_SIZE;
	for (uint32_t i = 0; i < sel.sp_count && ret == FFA_OK; i++) {
		if (!write_descriptor(vm->rxtx.rx, rx_size, i * desc_size, selected(m, &sel, i),
				      ctx->version, sel.all))
			ret = FFA_NO_MEMORY;
	}
	if (ret == FFA_OK && sel.all) {
		ret = write_vms(m, locked, desc_size, sel.sp_count, ctx->version);
		res.count = sel.sp_count;
		if (ret >= 0) {
			res.count += (uint32_t)ret;
			ret = FFA_OK;
		}
	}
	if (ret != FFA_OK) {
		ffa_rx_unclaim(m, locked);
		goto out;
	}
	ffa_rx_fill_done(locked);
	res.desc_size = (uint32_t)desc_size;
	ffa_encode_partition_info_get_result(&res, ctx->version, out);
out:
	ffa_vm_unlock(m, &locked);
	return ret;
}

/*
 * The partitions with this UUID from start (no UUID in their descriptors:
 * as FFA_PARTITION_INFO_GET). Errors: INVALID_PARAMETERS when none has
 * it; RETRY as partinfo_regs_all(); as regs_head(). Compiled for size: a driver
 * asks for its UUID once, at its probe.
 */
int32_t ffa_partinfo_regs_selected(struct ffa_mediator *m, const struct ffa_vm *caller,
				   enum ffa_version v, uint64_t uuid_lo, uint64_t uuid_hi,
				   uint32_t start, uint32_t tag, struct ffa_regs *out)
{
	struct ffa_uuid uuid;
	struct selection sel;
	uint16_t list_tag;
	int32_t ret;

	ffa_le_put(uuid.b, uuid_lo, 8);
	ffa_le_put(uuid.b + 8, uuid_hi, 8);
	ret = select(m, caller, v, &uuid, &sel);
	if (ret != FFA_OK)
		return ret;
	list_tag = ffa_atomic_load_acquire(&m->partitions_tag);
	if (tag != 0 && tag != list_tag)
		return FFA_RETRY;
	for (uint32_t n = 0; n < sel.count; n++)
		regs_put(out, n - start, m->partitions[sel.index[n]].regs_info & regs_info_mask(v),
			 0, 0);
	return regs_head(out, v, start, sel.count, list_tag);
}
