/* SPDX-License-Identifier: MIT */
/*
 * Partition discovery: FFA_PARTITION_INFO_GET (DEN0077A v1.2 §13.8) and
 * FFA_PARTITION_INFO_GET_REGS (§13.9), answered from the list read from the
 * SPMC at init, in the layout of the VM's own version. Properties a VM's
 * version does not define are cleared, and so are the VM created and
 * destroyed message bits, which only mean something to the hypervisor
 * (the Non-secure physical instance).
 */
#include "internal.h"

static uint32_t vm_properties(uint32_t props, enum ffa_version v)
{
	return props & ffa_partition_properties_fields_at(v) &
	       ~(uint32_t)(FFA_PARTITION_PROPERTIES_VM_CREATED_MSG_MASK |
			   FFA_PARTITION_PROPERTIES_VM_DESTROYED_MSG_MASK);
}

static bool uuid_is_nil(const struct ffa_uuid *u)
{
	return (ffa_le_get(u->b, 8) | ffa_le_get(u->b + 8, 8)) == 0;
}

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
 * A VM as a partition: it sends direct requests (to partitions), takes
 * indirect messages and notifications (FF-A 1.1 and later; a caller's
 * version masks what it does not define). Xen (FFA_PART_VM_PROP) and
 * Hafnium (a VM's manifest) describe a VM so too.
 */
static struct ffa_partition vm_as_partition(const struct ffa_vm *vm)
{
	uint32_t props = ffa_partition_properties_set_direct_req_send(0, 1);

	props = ffa_partition_properties_set_indirect_msg(props, 1);
	props = ffa_partition_properties_set_notifications(props, 1);

	props = ffa_partition_properties_set_aarch64(props, vm->aarch64);
	return (struct ffa_partition){ .id = vm->id,
				       .exec_ctx_count = vm->vcpu_count,
				       .properties = props };
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

/*
 * Does caller see vm, a live VM with this id: one the policy lets it
 * message, other than itself? A VM settled on 1.0 takes no indirect
 * messages: not listed.
 */
static inline bool shows(const struct ffa_mediator *m, const struct ffa_vm *caller,
			 const struct ffa_vm *vm, uint16_t id)
{
	const struct ffa_platform *p = m->plat;

	return vm != caller &&
	       (ffa_atomic_load_acquire(&vm->version_state) & ~FFA_VM_VERSION_QUIET) !=
		       (FFA_VM_VERSION_FROZEN | FFA_VERSION_1_0) &&
	       p->vm_messaging_allowed(p->ctx, caller->id, id);
}

/* May caller see vm (the VM table locked)? */
static inline bool listed(const struct ffa_mediator *m, const struct ffa_vm *caller,
			  const struct ffa_vm *vm)
{
	return vm->live && shows(m, caller, vm, vm->id);
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

/* Descriptors per FFA_PARTITION_INFO_GET_REGS reply (x3..x17, three registers each). */
#define REGS_PER_CALL                                                     \
	(sizeof(((struct ffa_partition_info_get_regs_result *)0)->desc) / \
	 sizeof(((struct ffa_partition_info_get_regs_result *)0)->desc[0]))

/*
 * The descriptors of an FFA_PARTITION_INFO_GET_REGS reply, given out in
 * list order: skip more partitions are passed over first, then those from
 * next on up to end get one.
 */
struct regs_window {
	uint32_t skip;
	struct ffa_partition_info_get_regs_result_desc *next, *end;
};

/* The descriptor of the next partition in the list; NULL: not in the window. */
static inline struct ffa_partition_info_get_regs_result_desc *regs_next(struct regs_window *w)
{
	if (w->skip != 0) {
		w->skip--;
		return NULL;
	}
	return w->next != w->end ? w->next++ : NULL;
}

/* The first register of p's descriptor, with the properties props lets through. */
static uint64_t regs_info(const struct ffa_partition *p, uint32_t props)
{
	uint64_t w = ffa_partition_info_regs_info_set_partition_id(0, p->id);

	w = ffa_partition_info_regs_info_set_exec_ctx_count(w, p->exec_ctx_count);
	return ffa_partition_info_regs_info_set_properties(w, p->properties & props);
}

/* How many VMs caller at version v sees (one look, the VM table locked). */
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
 * at init, so it is asked which partitions have this one.
 */
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
 * NO_MEMORY when the descriptors do not fit in it.
 */
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
 * One VM's descriptor through w (a VM's UUID is Nil: zero). Inline at
 * both callers: GCC called it out of line, 39 instructions more a
 * PARTITION_INFO_GET_REGS.
 */
static inline __attribute__((__always_inline__)) void
regs_vm(struct regs_window *w, const struct ffa_vm *vm, uint32_t props)
{
	struct ffa_partition_info_get_regs_result_desc *d = regs_next(w);

	if (d != NULL) {
		const struct ffa_partition as_sp = vm_as_partition(vm);

		d->info = regs_info(&as_sp, props);
		d->uuid_lo = d->uuid_hi = 0;
	}
}

/*
 * The VMs caller at version v sees, itself first, then in slot order, each
 * through w, under one hold of the VM table lock: their number, and the
 * tag of the list in *tag.
 */
static uint32_t regs_vms(struct ffa_mediator *m, const struct ffa_vm *caller, enum ffa_version v,
			 struct regs_window *w, uint32_t props, uint16_t *tag)
{
	const struct ffa_platform *p = m->plat;
	const struct ffa_vm *vm, *end;
	uint32_t n = lists_self(v);

	if (n != 0)
		regs_vm(w, caller, props);
	if (p->vm_messaging_allowed == NULL)
		return n;
	p->lock(p->ctx, &m->vms_lock);
	*tag = m->partitions_tag;
	/* Neither moves while the lock is held: read once, not after each policy call. */
	end = m->vms + m->live_end;
	for (vm = m->vms; vm != end; vm++) {
		if (!listed(m, caller, vm))
			continue;
		regs_vm(w, vm, props);
		n++;
	}
	p->unlock(p->ctx, &m->vms_lock);
	return n;
}

/*
 * The partitions from list index start to count through w (the window is
 * at its first descriptor): index names them, or NULL: all, in order, and
 * then with their UUIDs (as FFA_PARTITION_INFO_GET: for the Nil UUID only).
 */
static void regs_partitions(const struct ffa_mediator *m, struct regs_window *w,
			    const uint16_t *index, uint32_t start, uint32_t count, uint32_t props)
{
	for (uint32_t i = start; i < count && w->next != w->end; i++) {
		const struct ffa_partition *sp = &m->partitions[index != NULL ? index[i] : i];
		struct ffa_partition_info_get_regs_result_desc *d = w->next++;

		d->info = regs_info(sp, props);
		d->uuid_lo = index == NULL ? ffa_le_get(sp->uuid.b, 8) : 0;
		d->uuid_hi = index == NULL ? ffa_le_get(sp->uuid.b + 8, 8) : 0;
	}
}

/*
 * One pass: the partitions selected and, for the Nil UUID, the VMs the
 * caller sees, each put in the reply as it is met if the window holds it.
 * Errors: INVALID_PARAMETERS for a UUID no partition has or a start index
 * past the last descriptor; RETRY for a tag other than the current one
 * (the list changed since the VM's earlier call). A nonzero tag at start
 * index 0 never gets here: the generated decoder refuses it (MBZ there).
 */
int32_t ffa_handle_partition_info_get_regs(struct ffa_call_ctx *ctx,
					   const struct ffa_partition_info_get_regs_args *args,
					   struct ffa_regs *out)
{
	struct ffa_mediator *m = ctx->m;
	struct ffa_partition_info_get_regs_result res; /* the header is set at the end */
	struct regs_window w = { .next = res.desc, .end = res.desc + REGS_PER_CALL };
	const uint32_t props = vm_properties(UINT32_MAX, ctx->version);
	const uint32_t start = args->start_index;
	const uint16_t *index = NULL; /* of the partitions selected; NULL: all (the Nil UUID) */
	struct selection sel;
	uint32_t count = m->partition_count;
	uint16_t tag = ffa_atomic_load_acquire(&m->partitions_tag);

	if (!uuid_is_nil(&args->uuid)) {
		/* Not the Nil UUID: only partitions. */
		int32_t ret = select(m, ctx->vm, ctx->version, &args->uuid, &sel);

		if (ret != FFA_OK)
			return ret;
		count = sel.count;
		index = sel.index;
	}
	regs_partitions(m, &w, index, start, count, props);
	if (index == NULL) {
		/* The VMs follow the partitions in the list. */
		w.skip = start > count ? start - count : 0;
		count += regs_vms(m, ctx->vm, ctx->version, &w, props, &tag);
		if (count == 0)
			return FFA_INVALID_PARAMETERS;
	}
	if (args->tag != 0 && args->tag != tag)
		return FFA_RETRY;
	if (start >= count)
		return FFA_INVALID_PARAMETERS;
	res.current_index = (uint16_t)(start + (uint32_t)(w.next - res.desc) - 1);
	/* The descriptors past the last one filled are zero (MBZ). */
	while (w.next != w.end)
		*w.next++ = (struct ffa_partition_info_get_regs_result_desc){ 0 };
	/* Set after the calls above, so the encoder sees them as constants. */
	res.smc64 = true;
	res.desc_size = (uint16_t)ffa_partition_info_size(ctx->version);
	res.tag = tag;
	res.last_index = (uint16_t)(count - 1);
	ffa_encode_partition_info_get_regs_result(&res, ctx->version, out);
	return FFA_OK;
}
