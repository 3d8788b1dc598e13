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
 * An FFA_PARTITION_INFO_GET_REGS reply is built in the caller's registers
 * as the list is walked: the descriptor of list index n is element
 * n - start of the reply, if the reply has that element. Every error but
 * one is ruled out before the first is written; that one, a start index
 * past the list, writes none (no index reaches it): an error leaves the
 * caller's x3..x17 as they were.
 */
struct regs_list {
	uint32_t count; /* descriptors in the whole list */
	uint16_t tag;   /* the list's tag */
};

/* p's FFA_PARTITION_INFO_GET_REGS info register, with every property p has. */
uint64_t ffa_partition_regs_info(const struct ffa_partition *p)
{
	uint64_t info = ffa_partition_info_regs_info_set_partition_id(0, p->id);

	info = ffa_partition_info_regs_info_set_exec_ctx_count(info, p->exec_ctx_count);
	return ffa_partition_info_regs_info_set_properties(info, p->properties);
}

/* Element i of the reply, if the reply has it (the encoder writes no other). */
static inline void regs_put(struct ffa_regs *out, uint32_t i, uint64_t info, uint64_t uuid_lo,
			    uint64_t uuid_hi)
{
	const struct ffa_partition_info_get_regs_result_desc d = { info, uuid_lo, uuid_hi };

	ffa_encode_partition_info_get_regs_result_desc(&d, i, true, out);
}

/*
 * Element i: a VM's (its UUID is Nil), with the properties info_mask lets
 * through; the VM's descriptor made only if the reply has the element.
 */
static inline void regs_put_vm(struct ffa_regs *out, uint32_t i, const struct ffa_vm *vm,
			       uint64_t info_mask)
{
	if (i < REGS_PER_CALL) {
		const struct ffa_partition as_sp = vm_as_partition(vm);

		regs_put(out, i, ffa_partition_regs_info(&as_sp) & info_mask, 0, 0);
	}
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
 * the RX buffer's writers here. Not select(), which
 * FFA_PARTITION_INFO_GET_REGS shares: cold, it cost that call 7
 * instructions in ./run bench (315 -> 322) for 76 bytes.
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
 * The Nil UUID's list from start: every partition (with its UUID, as
 * FFA_PARTITION_INFO_GET), then the VMs caller sees, itself first, under
 * one hold of the VM table lock, which also keeps the tag that names
 * this list. Errors: RETRY when tag is not 0 and not the current tag
 * (the list changed since the VM's earlier call).
 */
static int32_t regs_all(struct ffa_mediator *m, const struct ffa_vm *caller,
			const struct ffa_partition_info_get_regs_args *args, struct ffa_regs *out,
			uint64_t info_mask, struct regs_list *list)
{
	const struct ffa_platform *p = m->plat;
	const bool policy = p->vm_messaging_allowed != NULL;
	const uint32_t start = args->start_index, sp_count = m->partition_count;
	const struct ffa_vm *vm, *end;
	uint32_t n;

	if (policy)
		p->lock(p->ctx, &m->vms_lock);
	list->tag = ffa_atomic_load_acquire(&m->partitions_tag);
	if (args->tag != 0 && args->tag != list->tag) {
		if (policy)
			p->unlock(p->ctx, &m->vms_lock);
		return FFA_RETRY;
	}
	/* The partitions before start are passed over, and those after the reply. */
	for (n = start; n < sp_count && n - start < REGS_PER_CALL; n++) {
		const struct ffa_partition *sp = &m->partitions[n];

		regs_put(out, n - start, sp->regs_info & info_mask, ffa_le_get(sp->uuid.b, 8),
			 ffa_le_get(sp->uuid.b + 8, 8));
	}
	/* Before start, n - start wraps past the reply. The call exists from
	 * FF-A 1.2, where the list has the caller (lists_self()). */
	n = sp_count;
	regs_put_vm(out, n++ - start, caller, info_mask);
	if (policy) {
		/* Neither moves while the lock is held: read once, not after each policy call. */
		end = m->vms + m->live_end;
		for (vm = m->vms; vm != end; vm++) {
			if (!listed(m, caller, vm))
				continue;
			regs_put_vm(out, n++ - start, vm, info_mask);
		}
		p->unlock(p->ctx, &m->vms_lock);
	}
	list->count = n;
	return FFA_OK;
}

/*
 * The partitions with this UUID from start (no UUID in their descriptors:
 * as FFA_PARTITION_INFO_GET). Errors: INVALID_PARAMETERS when none has
 * it; RETRY as regs_all().
 */
static int32_t regs_selected(struct ffa_mediator *m, const struct ffa_vm *caller,
			     enum ffa_version v,
			     const struct ffa_partition_info_get_regs_args *args,
			     struct ffa_regs *out, uint64_t info_mask, struct regs_list *list)
{
	struct selection sel;
	int32_t ret = select(m, caller, v, &args->uuid, &sel);

	if (ret != FFA_OK)
		return ret;
	list->tag = ffa_atomic_load_acquire(&m->partitions_tag);
	if (args->tag != 0 && args->tag != list->tag)
		return FFA_RETRY;
	for (uint32_t n = 0; n < sel.count; n++)
		regs_put(out, n - args->start_index,
			 m->partitions[sel.index[n]].regs_info & info_mask, 0, 0);
	list->count = sel.count;
	return FFA_OK;
}

/*
 * One pass: the partitions selected and, for the Nil UUID, the VMs the
 * caller sees, each put in the reply as it is met if the reply holds it.
 * Errors: INVALID_PARAMETERS for a UUID no partition has or a start index
 * past the last descriptor; RETRY for a tag other than the current one
 * (the list changed since the VM's earlier call). A nonzero tag at start
 * index 0 never gets here: the generated decoder refuses it (MBZ there).
 */
int32_t ffa_handle_partition_info_get_regs(struct ffa_call_ctx *ctx,
					   const struct ffa_partition_info_get_regs_args *args,
					   struct ffa_regs *out)
{
	struct ffa_partition_info_get_regs_result res; /* the head: its elements are in out */
	const struct ffa_partition_info_get_regs_result_desc none = { 0 };
	const uint32_t start = args->start_index;
	const uint64_t info_mask = ffa_partition_info_regs_info_set_properties(
		UINT64_MAX, vm_properties(UINT32_MAX, ctx->version));
	struct regs_list list;
	int32_t ret;

	if (uuid_is_nil(&args->uuid))
		ret = regs_all(ctx->m, ctx->vm, args, out, info_mask, &list);
	else
		ret = regs_selected(ctx->m, ctx->vm, ctx->version, args, out, info_mask, &list);
	if (ret != FFA_OK)
		return ret;
	if (start >= list.count)
		return FFA_INVALID_PARAMETERS;
	/* The elements past the last descriptor are zero (MBZ). */
	for (uint32_t i = list.count - start; i < REGS_PER_CALL; i++)
		ffa_encode_partition_info_get_regs_result_desc(&none, i, true, out);
	res.smc64 = true;
	res.current_index = (uint16_t)(list.count - start < REGS_PER_CALL ?
					       list.count - 1 : start + REGS_PER_CALL - 1);
	res.desc_size = (uint16_t)ffa_partition_info_size(ctx->version);
	res.tag = list.tag;
	res.last_index = (uint16_t)(list.count - 1);
	ffa_encode_partition_info_get_regs_result_head(&res, ctx->version, out);
	return FFA_OK;
}
