/* SPDX-License-Identifier: MIT */
/*
 * The VM table, and the VM lifecycle messages partitions asked for
 * (framework messages VM created/destroyed, DEN0077A v1.2 §18.3).
 *
 * A slot is taken from ffa_vm_create() until every partition has taken
 * the VM destroyed message, so a VM id is never reused while a partition
 * may still hold state for the old VM.
 */
#include "internal.h"

/*
 * How often a partition answering BUSY, RETRY or INTERRUPTED is asked
 * again at once.
 */
#define LIFECYCLE_TRIES 4

static bool valid_vm_id(uint16_t id)
{
	/* 0 is the hypervisor; ids with the secure bit name secure endpoints. */
	return id != FFA_HYPERVISOR_ID && ffa_endpoint_id_get_secure(id) == 0;
}

/*
 * The VM table's lock (ffa_mediator.vms_lock), taken in a dozen places: a
 * call here is smaller than the platform's call sequence at each.
 */
static __attribute__((__noinline__)) void table_lock(struct ffa_mediator *m)
{
	m->plat->lock(m->plat->ctx, &m->vms_lock);
}

static __attribute__((__noinline__)) void table_unlock(struct ffa_mediator *m)
{
	m->plat->unlock(m->plat->ctx, &m->vms_lock);
}

/*
 * The index from VM id to slot, under the VM table lock: open addressing
 * with linear probing, at most half full (ffa_layout_tables()), so a
 * look-up probes a few entries whatever the number of VMs. Entries hold
 * slot + 1 (0: free) for every slot in use.
 */
static uint32_t index_home(const struct ffa_mediator *m, uint16_t id)
{
	/* Fibonacci hashing: consecutive ids land apart. */
	return (uint32_t)(id * 2654435769U) >> (32 - m->index_bits);
}

static uint32_t index_next(const struct ffa_mediator *m, uint32_t at)
{
	return (at + 1) & ((1U << m->index_bits) - 1);
}

/* The entry holding id, or the free entry where it would go. */
static uint32_t index_at(const struct ffa_mediator *m, uint16_t id)
{
	uint32_t at = index_home(m, id);

	while (m->index[at] != 0 && m->vms[m->index[at] - 1].id != id)
		at = index_next(m, at);
	return at;
}

/* The slot of the VM with this id, plus 1; 0 if there is none. */
static uint32_t index_find(const struct ffa_mediator *m, uint16_t id)
{
	return m->index[index_at(m, id)];
}

/* Entry at, index_at()'s free entry for the VM's id, now holds the VM in slot. */
static void index_insert(struct ffa_mediator *m, uint32_t at, uint32_t slot)
{
	m->index[at] = (uint16_t)(slot + 1);
}

/* Remove id, moving back the entries after it that probed past it. */
static void index_remove(struct ffa_mediator *m, uint16_t id)
{
	uint32_t hole = index_at(m, id);

	for (uint32_t at = index_next(m, hole); m->index[at] != 0; at = index_next(m, at)) {
		const uint32_t home = index_home(m, m->vms[m->index[at] - 1].id);
		/* Can the entry at `at` move to the hole: is its home not in (hole, at]? */
		const bool movable = hole <= at ? (home <= hole || home > at) :
						  (home <= hole && home > at);

		if (movable) {
			m->index[hole] = m->index[at];
			hole = at;
		}
	}
	m->index[hole] = 0;
}

/* With the table locked: a free slot for id, or max_vms with *status. */
static uint32_t free_slot(struct ffa_mediator *m, uint16_t id, int32_t *status)
{
	uint32_t i = 0;

	if (index_find(m, id) != 0) {
		*status = FFA_INVALID_PARAMETERS;
		return m->config.max_vms;
	}
	while (i < m->config.max_vms && m->vms[i].in_use)
		i++;
	if (i == m->config.max_vms)
		*status = FFA_NO_MEMORY;
	return i;
}

/* Entry i is the first of its partition (one entry per UUID). */
static bool first_entry(const struct ffa_mediator *m, uint32_t i)
{
	return ffa_partition_find(m, m->partitions[i].id) == &m->partitions[i];
}

/* Does partition p want this message, and can the SPMC carry it? */
static bool wants(const struct ffa_mediator *m, const struct ffa_partition *p, uint32_t mask)
{
	return (p->properties & mask) != 0 && ffa_spmc_implements(m, FFA_MSG_SEND_DIRECT_REQ_32);
}

/* A framework response's status, if it is partition sp's answer to the hypervisor. */
static int32_t fwk_status(uint16_t sp, uint16_t source, uint16_t destination, int32_t status)
{
	return source == sp && destination == FFA_HYPERVISOR_ID ? status : FFA_ABORTED;
}

/*
 * The VM created or destroyed message to partition sp, its answer in r:
 * one call, not inlined, for both, which differ in their w2 only.
 */
FFA_COLD static __attribute__((__noinline__)) void
send_lifecycle(struct ffa_mediator *m, uint16_t sp, uint16_t vm_id, bool created,
	       struct ffa_regs *r)
{
	if (created)
		ffa_encode_fwk_vm_created_req(&(struct ffa_fwk_vm_created_req_args){
						      .destination = sp,
						      .handle = FFA_HANDLE_INVALID,
						      .vm_id = vm_id },
					      m->version, r);
	else
		ffa_encode_fwk_vm_destroyed_req(&(struct ffa_fwk_vm_destroyed_req_args){
							.destination = sp,
							.handle = FFA_HANDLE_INVALID,
							.vm_id = vm_id },
						m->version, r);
	ffa_spmc_call(m, r);
}

/*
 * One framework message to a partition and its answer: FFA_OK, BUSY or
 * RETRY (ask again), or another status (the partition refused, or answered
 * something else than the matching response).
 */
FFA_COLD
static int32_t lifecycle_message(struct ffa_mediator *m, uint16_t sp, uint16_t vm_id, bool created)
{
	struct ffa_regs r;
	int32_t ret;

	send_lifecycle(m, sp, vm_id, created, &r);
	if (created) {
		struct ffa_fwk_vm_created_resp_args resp;

		ret = ffa_decode_fwk_vm_created_resp(&r, m->version, &resp);
		if (ret == FFA_OK)
			ret = fwk_status(sp, resp.source, resp.destination, resp.status);
	} else {
		struct ffa_fwk_vm_destroyed_resp_args resp;

		ret = ffa_decode_fwk_vm_destroyed_resp(&r, m->version, &resp);
		if (ret == FFA_OK)
			ret = fwk_status(sp, resp.source, resp.destination, resp.status);
	}
	if (ret != FFA_OK && (uint32_t)r.x[0] == FFA_ERROR_32)
		ret = (int32_t)(uint32_t)r.x[2];
	return ret;
}

/*
 * The answers that ask for the message again later (as Xen's mediator
 * resends VM destroyed messages): the partition or the SPMC is busy, or a
 * non-secure interrupt cut the call short. Any other refusal is taken as
 * permanent: asking again would get the same answer.
 */
static bool transient(int32_t status)
{
	return status == FFA_BUSY || status == FFA_RETRY || status == FFA_INTERRUPTED;
}

FFA_COLD static int32_t tell(struct ffa_mediator *m, uint16_t sp, uint16_t vm_id, bool created)
{
	int32_t ret = FFA_RETRY;

	for (int i = 0; i < LIFECYCLE_TRIES && transient(ret); i++)
		ret = lifecycle_message(m, sp, vm_id, created);
	if (ret != FFA_OK)
		ffa_log(m, FFA_LOG_WARN, "partition 0x%x: VM 0x%x %s message: %d", sp, vm_id,
			created ? "created" : "destroyed", ret);
	return ret;
}

/*
 * Send the VM destroyed messages still due (to the entries still pending
 * that want one); FFA_OK when none is left.
 */
FFA_COLD static int32_t send_destroyed(struct ffa_mediator *m, struct ffa_vm_locked locked)
{
	struct ffa_vm *vm = locked.vm;
	bool left = false;

	for (uint32_t i = 0; i < m->partition_count; i++) {
		const struct ffa_partition *p = &m->partitions[i];
		const uint64_t bit = UINT64_C(1) << (i % 64);

		if (!(vm->destroy_pending[i / 64] & bit))
			continue;
		if (first_entry(m, i) &&
		    wants(m, p, FFA_PARTITION_PROPERTIES_VM_DESTROYED_MSG_MASK) &&
		    transient(tell(m, p->id, vm->id, false)))
			left = true;
		else
			vm->destroy_pending[i / 64] &= ~bit;
	}
	return left ? FFA_RETRY : FFA_OK;
}

/*
 * Tell the partitions that want it that the VM was created; each one told
 * is marked pending, for the VM destroyed message should the creation
 * fail after all (send_destroyed(): they need not answer it for the slot
 * to go, the VM never ran). Stops at the first refusal.
 */
FFA_COLD static int32_t announce(struct ffa_mediator *m, struct ffa_vm_locked locked)
{
	struct ffa_vm *vm = locked.vm;

	for (uint32_t i = 0; i < m->partition_count; i++) {
		const struct ffa_partition *p = &m->partitions[i];
		int32_t ret;

		if (!first_entry(m, i) ||
		    !wants(m, p, FFA_PARTITION_PROPERTIES_VM_CREATED_MSG_MASK))
			continue;
		ret = tell(m, p->id, vm->id, true);
		if (ret != FFA_OK)
			return ret;
		vm->destroy_pending[i / 64] |= UINT64_C(1) << (i % 64);
	}
	return FFA_OK;
}

/*
 * With the table locked: VMs are in the partition list some VMs see, and
 * it changed, so its tag changes too. Never to 0, which means "no tag".
 */
static void list_changed(struct ffa_mediator *m)
{
	const uint16_t tag = m->partitions_tag;

	ffa_atomic_store_release(&m->partitions_tag, (uint16_t)(tag == UINT16_MAX ? 1 : tag + 1));
}

FFA_COLD void ffa_vm_list_changed(struct ffa_mediator *m)
{
	table_lock(m);
	list_changed(m);
	table_unlock(m);
}

/*
 * With the table locked: is the VM found by id, and listed to others?
 * Not inlined: VM creation and destruction both set it.
 */
FFA_COLD static __attribute__((__noinline__)) void set_live(struct ffa_mediator *m,
							    struct ffa_vm *vm, bool live)
{
	const uint32_t slot = (uint32_t)(vm - m->vms);

	vm->live = live;
	if (live && slot >= m->live_end)
		m->live_end = slot + 1;
	while (m->live_end > 0 && !m->vms[m->live_end - 1].live)
		m->live_end--;
	list_changed(m);
}

/* The VM's slot is free again: its id leaves the index, under both locks. */
FFA_COLD static void release_slot(struct ffa_mediator *m, struct ffa_vm_locked locked)
{
	struct ffa_vm *vm = locked.vm;

	table_lock(m);
	index_remove(m, vm->id);
	vm->state = FFA_VM_FREE;
	vm->in_use = false;
	table_unlock(m);
}

/*
 * A slot for a new VM, its fields set, its id in the index and its lock
 * held; or none with *status. The slot is found under the table lock, then
 * taken with its VM's lock and the table's (in that order): fields others
 * read under either lock are written under both. Another creation may take
 * the slot in between: then look again.
 */
FFA_COLD static struct ffa_vm_locked take_slot(struct ffa_mediator *m, uint16_t id, bool aarch64,
					       uint16_t vcpu_count, int32_t *status)
{
	struct ffa_vm_locked locked;
	struct ffa_vm *vm;
	uint32_t slot, at;

	for (;;) {
		table_lock(m);
		slot = free_slot(m, id, status);
		table_unlock(m);
		if (slot == m->config.max_vms)
			return (struct ffa_vm_locked){ .vm = NULL };
		vm = &m->vms[slot];
		locked = ffa_vm_lock(m, vm);
		table_lock(m);
		at = index_at(m, id);
		/* The slot still free, and no VM with the id: then the id goes at `at`. */
		if (!vm->in_use && m->index[at] == 0) {
			vm->in_use = true;
			vm->state = FFA_VM_CREATING;
			vm->id = id;
			ffa_atomic_store_release(&vm->generation, vm->generation + 1);
			vm->vcpu_count = vcpu_count;
			vm->aarch64 = aarch64;
			vm->version_state = FFA_VERSION_1_0;
			vm->rxtx.mapped = false;
			for (unsigned int i = 0;
			     i < sizeof(vm->destroy_pending) / sizeof(vm->destroy_pending[0]); i++)
				vm->destroy_pending[i] = 0;
			index_insert(m, at, slot);
			table_unlock(m);
			return locked;
		}
		table_unlock(m);
		ffa_vm_unlock(m, &locked);
	}
}

FFA_COLD
struct ffa_vm *ffa_vm_create(struct ffa_mediator *m, uint16_t id, bool aarch64, uint16_t vcpu_count,
			     int32_t *status)
{
	struct ffa_vm_locked locked;
	struct ffa_vm *vm;
	int32_t ret;

	if (!valid_vm_id(id) || vcpu_count == 0) {
		*status = FFA_INVALID_PARAMETERS;
		return NULL;
	}
	/*
	 * Take the slot, then talk to the partitions without the table lock.
	 * Partitions first learn the VM exists, then the SPMC makes its
	 * bitmaps: an SPMC that keeps per-VM state (OP-TEE with
	 * virtualization) refuses bitmaps for a VM it was not told of, and
	 * Xen's mediator uses the same order. A VM whose bitmaps the SPMC
	 * refuses is not created (as in Xen): FFA_FEATURES and the
	 * notification calls would otherwise promise what the SPMC lacks.
	 * Not live yet: nobody else waits for its lock, held across them.
	 */
	locked = take_slot(m, id, aarch64, vcpu_count, status);
	vm = locked.vm;
	if (vm == NULL)
		return NULL;
	ret = announce(m, locked);
	if (ret == FFA_OK) {
		ret = ffa_notify_vm_create(m, locked);
		if (ret != FFA_OK)
			ffa_log(m, FFA_LOG_WARN, "VM 0x%x: SPMC refused notification bitmaps: %d",
				id, (int)ret);
	}
	if (ret == FFA_OK) {
		table_lock(m);
		vm->state = FFA_VM_LIVE;
		set_live(m, vm, true);
		table_unlock(m);
	} else {
		/* The partitions told it was created are told it is destroyed again. */
		(void)send_destroyed(m, locked);
		release_slot(m, locked);
	}
	ffa_vm_unlock(m, &locked);
	*status = ret;
	if (ret != FFA_OK)
		return NULL;
	ffa_log(m, FFA_LOG_INFO, "VM 0x%x created (AArch%u, %u vCPUs)", id, aarch64 ? 64U : 32U,
		vcpu_count);
	return vm;
}

FFA_COLD int32_t ffa_vm_destroy(struct ffa_mediator *m, struct ffa_vm *vm)
{
	struct ffa_vm_locked locked;

	table_lock(m);
	set_live(m, vm, false);
	table_unlock(m);
	/*
	 * Version 0, frozen: no call exists at it, so whatever a vCPU of the
	 * VM still sends is gated (NOT_SUPPORTED) at no cost to the fast path.
	 * A call already past the gate finds the VM dying under its lock.
	 */
	ffa_atomic_store_release(&vm->version_state, FFA_VM_VERSION_FROZEN);
	ffa_notify_forget_sender(m, vm->id);
	locked = ffa_vm_lock(m, vm);
	ffa_rxtx_teardown(m, locked);
	vm->state = FFA_VM_DYING;
	/* Every entry is still to be told, if it wants to be: send_destroyed() sees to it. */
	for (unsigned int i = 0; i < sizeof(vm->destroy_pending) / sizeof(vm->destroy_pending[0]);
	     i++)
		vm->destroy_pending[i] = UINT64_MAX;
	ffa_vm_unlock(m, &locked);
	ffa_log(m, FFA_LOG_INFO, "VM 0x%x destroyed", vm->id);
	return ffa_vm_destroy_poll(m, vm);
}

FFA_COLD int32_t ffa_vm_destroy_poll(struct ffa_mediator *m, struct ffa_vm *vm)
{
	struct ffa_vm_locked locked = ffa_vm_lock(m, vm);
	bool done;

	if (vm->state != FFA_VM_DYING) {
		/* Done already (the slot may even hold another VM by now). */
		ffa_vm_unlock(m, &locked);
		return FFA_OK;
	}
	/*
	 * Finish what it left preempted in partitions; drop its bitmaps
	 * while the SPMC still knows the VM (OP-TEE refuses them after the
	 * VM destroyed message; once only: see ffa_notify_vm_teardown());
	 * tell the partitions it is gone (that is when they let go of its
	 * memory), then reclaim. Each step is tried at every poll; the slot
	 * goes when all are done (else FFA_RETRY).
	 */
	done = ffa_msg_drain_vm(m, vm->id) == FFA_OK;
	ffa_notify_vm_teardown(m, locked);
	done = send_destroyed(m, locked) == FFA_OK && done;
	done = ffa_mem_teardown(m, locked) == FFA_OK && done;
	if (done)
		release_slot(m, locked);
	ffa_vm_unlock(m, &locked);
	return done ? FFA_OK : FFA_RETRY;
}

struct ffa_vm_ref ffa_vm_find_ref(struct ffa_mediator *m, uint16_t id)
{
	struct ffa_vm_ref ref = { .vm = NULL, .id = id };
	uint32_t slot;

	table_lock(m);
	slot = index_find(m, id);
	if (slot != 0 && m->vms[slot - 1].live) {
		ref.vm = &m->vms[slot - 1];
		ref.generation = ffa_atomic_load_acquire(&ref.vm->generation);
	}
	table_unlock(m);
	return ref;
}

/* Called, not inlined, here too: a dozen places lock a VM in this file alone. */
__attribute__((__noinline__)) struct ffa_vm_locked ffa_vm_lock(const struct ffa_mediator *m,
							       struct ffa_vm *vm)
{
	m->plat->lock(m->plat->ctx, &vm->lock);
	return (struct ffa_vm_locked){ .vm = vm };
}

__attribute__((__noinline__)) void ffa_vm_unlock(const struct ffa_mediator *m,
						  struct ffa_vm_locked *locked)
{
	struct ffa_vm *vm = locked->vm;

	/* Forgotten first: the unlock is then the last step, a tail call. */
	locked->vm = NULL;
	m->plat->unlock(m->plat->ctx, &vm->lock);
}

/*
 * With the VM locked: is it still the live VM found (not destroyed, nor
 * another VM in its slot)? ffa_vm_destroy() freezes a VM at version 0
 * before it takes the VM's lock, and drops the VM's bindings in others
 * after: a VM frozen so is no longer live for new bindings or messages.
 */
static bool still(const struct ffa_vm_locked vm, const struct ffa_vm_ref *ref)
{
	return vm.vm->state == FFA_VM_LIVE && vm.vm->id == ref->id &&
	       vm.vm->generation == ref->generation && !ffa_vm_dying(vm.vm);
}

/* Called, not inlined, here too: ffa_vm_find_locked() and the SRI's path take it. */
__attribute__((__noinline__)) struct ffa_vm_locked ffa_vm_lock_ref(const struct ffa_mediator *m,
								   const struct ffa_vm_ref *ref)
{
	struct ffa_vm_locked locked = { .vm = NULL };

	if (ref->vm == NULL)
		return locked;
	locked = ffa_vm_lock(m, ref->vm);
	if (!still(locked, ref))
		ffa_vm_unlock(m, &locked);
	return locked;
}

struct ffa_vm_locked ffa_vm_find_locked(struct ffa_mediator *m, uint16_t id)
{
	const struct ffa_vm_ref ref = ffa_vm_find_ref(m, id);

	return ffa_vm_lock_ref(m, &ref);
}

bool ffa_vm_lock_with(const struct ffa_mediator *m, struct ffa_vm *own,
		      const struct ffa_vm_ref *peer, struct ffa_vm_locked *own_locked,
		      struct ffa_vm_locked *peer_locked)
{
	peer_locked->vm = NULL;
	/* Its own slot under another id: no longer the VM found. */
	if (peer->vm == NULL || peer->vm == own) {
		*own_locked = ffa_vm_lock(m, own);
		return false;
	}
	/*
	 * Two VMs' locks in address order: two VMs calling each other cannot
	 * deadlock. The peer is checked under its lock, and kept only if it is
	 * still the VM found.
	 */
	if (peer->vm < own) {
		*peer_locked = ffa_vm_lock_ref(m, peer);
		*own_locked = ffa_vm_lock(m, own);
	} else {
		*own_locked = ffa_vm_lock(m, own);
		*peer_locked = ffa_vm_lock_ref(m, peer);
	}
	return peer_locked->vm != NULL;
}

/* Read-outs for the hypervisor, on no measured path: cold, so no alignment padding each. */
FFA_COLD uint16_t ffa_vm_id(const struct ffa_vm *vm)
{
	return vm->id;
}

FFA_COLD enum ffa_version ffa_vm_negotiated_version(const struct ffa_vm *vm)
{
	return ffa_vm_version(vm);
}
