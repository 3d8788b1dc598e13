/* SPDX-License-Identifier: MIT */
/*
 * Notifications for VMs (DEN0077A v1.2 §10; the ABIs in §16).
 *
 * Who keeps what:
 *  - between a VM and a partition: the SPMC, in the VM's bitmaps there
 *    (made by the mediator at vm_create with FFA_NOTIFICATION_BITMAP_CREATE);
 *    BIND, UNBIND, SET and GET that name a partition go to it, with the
 *    caller's id checked first (a VM never names another VM);
 *  - between two VMs, and the hypervisor framework's RX-buffer-full: the
 *    mediator, in struct ffa_vm_notify, under the receiver's lock and the
 *    same default-deny policy as VM-to-VM messages.
 * INFO_GET answers from what the mediator knows: its own pending state
 * and what the SPMC reported at the last schedule receiver interrupt
 * (ffa_notifications_pending()), so a VM never learns of another's.
 */
#include "notification_leaf.h"

#define ALL_VCPUS UINT64_MAX

static bool is_partition(uint16_t id)
{
	return (id & FFA_ENDPOINT_ID_SECURE_MASK) != 0;
}

/*
 * The virtual interrupt a VM gets is the notification pending interrupt
 * (DEN0077A v1.2 §10.6): the VM is a receiver, and the hypervisor, not
 * the VM, schedules its vCPUs, so the physical schedule receiver
 * interrupt is the hypervisor's to take (ffa_notifications_pending()).
 * The NPI says the vCPU has notifications to take with NOTIFICATION_GET:
 * from other VMs, the hypervisor framework's RX-buffer-full, and those
 * partitions left pending at the SPMC, as Xen injects it for all three
 * and the ACS's VM clients wait for it. It is injected with the VM locked
 * and checked live, so none reaches a VM after ffa_vm_destroy() (nor a
 * new VM in its slot). FEATURES still names a schedule receiver interrupt
 * id, as Xen does, for a VM that asks.
 */
static uint32_t npi_intid(const struct ffa_mediator *m)
{
	return m->config.npi_intid != 0 ? m->config.npi_intid : FFA_NPI_INTID_DEFAULT;
}

/* The VM live: global notifications go to vCPU 0. Inline in its one caller. */
static inline __attribute__((__always_inline__)) void
inject_npi(const struct ffa_mediator *m, struct ffa_vm_locked vm, uint16_t vcpu)
{
	m->plat->inject_virq(m->plat->ctx, vm.vm->id, vcpu, npi_intid(m));
}

/* --- the bitmaps at the SPMC ------------------------------------------- */

FFA_COLD int32_t ffa_notify_vm_create(struct ffa_mediator *m, struct ffa_vm_locked locked)
{
	struct ffa_vm *vm = locked.vm;
	struct ffa_vm_notify *n = &vm->notify;
	const struct ffa_notification_bitmap_create_args a = { .vm_id = vm->id,
							       .vcpu_count = vm->vcpu_count };
	struct ffa_regs r;
	int32_t ret;

	/*
	 * The slot's last VM's state cleared, field by field: vm_sender[i]
	 * means nothing outside vm_bound, and the per-vCPU words are the
	 * slot's for good (cleared, kept).
	 */
	n->vcpus = vm->vcpu_count < m->config.max_vcpus ? vm->vcpu_count : m->config.max_vcpus;
	n->bitmap_created = false;
	n->vm_bound = 0;
	n->vm_per_vcpu = 0;
	n->vm_pending = 0;
	n->hyp_pending = 0;
	n->info_global = false;
	__builtin_memset(n->vm_pending_vcpu, 0, m->config.max_vcpus * sizeof(uint64_t));
	__builtin_memset(n->info_vcpus, 0, (m->config.max_vcpus + 63) / 64 * sizeof(uint64_t));
	if (!ffa_spmc_implements(m, FFA_NOTIFICATION_BITMAP_CREATE_32))
		return FFA_OK;
	ffa_encode_notification_bitmap_create(&a, m->version, &r);
	ret = ffa_spmc_call_status(m, &r);
	n->bitmap_created = ret == FFA_OK;
	return ret;
}

FFA_COLD static int32_t bitmap_destroy(struct ffa_mediator *m, const struct ffa_vm *vm)
{
	const struct ffa_notification_bitmap_destroy_args a = { .vm_id = vm->id };
	struct ffa_regs r;

	ffa_encode_notification_bitmap_destroy(&a, m->version, &r);
	return ffa_spmc_call_status(m, &r);
}

/* Take (and drop) what partitions left pending for a VM, vCPU by vCPU. */
FFA_COLD static void drain_spmc(struct ffa_mediator *m, const struct ffa_vm *vm)
{
	for (uint16_t vcpu = 0;
	     vcpu < vm->vcpu_count && ffa_spmc_implements(m, FFA_NOTIFICATION_GET_32); vcpu++) {
		const struct ffa_notification_get_args g = {
			.receiver = vm->id, .receiver_vcpu = vcpu, .from_sp = true, .from_spm = true
		};
		struct ffa_notification_get_result got;
		struct ffa_regs r;

		ffa_encode_notification_get(&g, m->version, &r);
		ffa_spmc_call(m, &r);
		if (ffa_decode_notification_get_result(&r, m->version, &got) == FFA_OK &&
		    (got.sp_bitmap | got.spm_bitmap))
			ffa_log(m, FFA_LOG_INFO,
				"VM 0x%x vCPU %u: dropped notifications 0x%llx, framework 0x%x",
				vm->id, vcpu, (unsigned long long)got.sp_bitmap,
				(unsigned int)got.spm_bitmap);
	}
}

/* How often BITMAP_DESTROY is tried at a VM's teardown. */
#define BITMAP_DESTROY_TRIES 4

FFA_COLD void ffa_notify_vm_teardown(struct ffa_mediator *m, struct ffa_vm_locked locked)
{
	struct ffa_vm *vm = locked.vm;
	int32_t ret;

	if (!vm->notify.bitmap_created)
		return;
	ret = FFA_RETRY;
	for (int i = 0; i < BITMAP_DESTROY_TRIES &&
			(ret == FFA_BUSY || ret == FFA_RETRY || ret == FFA_INTERRUPTED);
	     i++)
		ret = bitmap_destroy(m, vm);
	if (ret == FFA_DENIED) {
		/* Notifications pending there, which nobody will take now. */
		drain_spmc(m, vm);
		ret = bitmap_destroy(m, vm);
	}
	/*
	 * Given up after a refusal: asking again at every poll would keep the
	 * teardown open for good (OP-TEE keeps refusing while the VM has
	 * bindings), and the VM destroyed message that follows makes an SPMC
	 * that tracks VMs drop them anyway.
	 */
	if (ret != FFA_OK)
		ffa_log(m, FFA_LOG_WARN, "VM 0x%x: SPMC kept its notification bitmaps (%d)", vm->id,
			(int)ret);
	vm->notify.bitmap_created = false;
}

/* --- VM-to-VM state ------------------------------------------------------ */

/*
 * Every slot, each under its VM's lock alone (the table lock comes after
 * VM locks): a VM made after the sender was frozen cannot bind it.
 */
FFA_COLD void ffa_notify_forget_sender(struct ffa_mediator *m, uint16_t sender)
{
	for (uint32_t s = 0; s < m->config.max_vms; s++) {
		struct ffa_vm *vm = &m->vms[s];
		struct ffa_vm_notify *n = &vm->notify;
		struct ffa_vm_locked locked = ffa_vm_lock(m, vm);

		for (uint64_t b = n->vm_bound; b != 0; b &= b - 1) {
			const unsigned int i = (unsigned int)__builtin_ctzll(b);

			if (n->vm_sender[i] == sender) {
				n->vm_bound &= ~(UINT64_C(1) << i);
				n->vm_per_vcpu &= ~(UINT64_C(1) << i);
			}
		}
		ffa_vm_unlock(m, &locked);
	}
}

/*
 * Something is pending for the VM (locked, live): marked for its INFO_GET,
 * the VM or one vCPU (< config.max_vcpus), and told with the NPI on that
 * vCPU (vCPU 0 for a global notification). Out of line for every caller,
 * SEND2's RX-buffer-full notice too: one copy, for a call of a few
 * instructions.
 */
static __attribute__((__noinline__)) void
announce(const struct ffa_mediator *m, struct ffa_vm_locked vm, bool per_vcpu, uint16_t vcpu)
{
	struct ffa_vm_notify *n = &vm.vm->notify;

	if (per_vcpu)
		ffa_atomic_or_release(&n->info_vcpus[vcpu / 64], UINT64_C(1) << (vcpu % 64));
	else
		ffa_atomic_store_release(&n->info_global, true);
	inject_npi(m, vm, per_vcpu ? vcpu : 0);
}

void ffa_notify_rx_full(struct ffa_mediator *m, struct ffa_vm_locked vm)
{
	ffa_atomic_or_release(&vm.vm->notify.hyp_pending,
			      FFA_FRAMEWORK_NOTIFICATIONS_RX_BUFFER_FULL_MASK);
	announce(m, vm, false, 0);
}

/*
 * Bits of bitmap (not empty when per_vcpu is set) bound to sender with the
 * same per-vCPU kind: all of them? Out of line: SET and UNBIND, both in
 * notify_call(), share one copy.
 */
static __attribute__((__noinline__)) bool
all_bound(const struct ffa_vm_notify *n, uint64_t bitmap, uint16_t sender, bool per_vcpu)
{
	if ((n->vm_bound & bitmap) != bitmap ||
	    (n->vm_per_vcpu & bitmap) != (per_vcpu ? bitmap : 0))
		return false;
	for (uint64_t b = bitmap; b != 0; b &= b - 1) {
		if (n->vm_sender[__builtin_ctzll(b)] != sender)
			return false;
	}
	return true;
}

static uint64_t pending_any(const struct ffa_vm_notify *n, uint32_t vcpus)
{
	uint64_t all = ffa_atomic_load_acquire(&n->vm_pending);

	for (uint32_t i = 0; i < vcpus; i++)
		all |= ffa_atomic_load_acquire(&n->vm_pending_vcpu[i]);
	return all;
}

/* --- the SPMC's side ------------------------------------------------------- */

/*
 * BIND, UNBIND or SET (fid, encoded in r for the SPMC) between the VM and a
 * partition: the SPMC's status. Their results are a bare FFA_SUCCESS.
 */
static int32_t with_partition(const struct ffa_call_ctx *ctx, uint16_t partition, uint32_t fid,
			      struct ffa_regs *r)
{
	struct ffa_error_args e;

	if (ffa_partition_find(ctx->m, partition) == NULL)
		return FFA_INVALID_PARAMETERS;
	if (!ctx->vm->notify.bitmap_created || !ffa_spmc_implements(ctx->m, fid))
		return FFA_NOT_SUPPORTED;
	ffa_spmc_call(ctx->m, r);
	if (ffa_decode_error(r, ctx->m->version, &e) == FFA_OK)
		return e.error_code < 0 ? e.error_code : FFA_ABORTED;
	return (uint32_t)r->x[0] == FFA_SUCCESS_32 ? FFA_OK : FFA_ABORTED;
}

/* --- the calls --------------------------------------------------------------- */

/*
 * BIND and UNBIND: only the receiver binds (DEN0077A v1.2 §16.3, §16.4: the
 * receiver id must be the caller's, no VM may bind for another), to a
 * sender other than itself and other than the hypervisor (id 0).
 */
static bool binding_ids_valid(const struct ffa_vm *vm, uint16_t sender, uint16_t receiver)
{
	return receiver == vm->id && sender != vm->id && sender != 0;
}

/* SET: from the caller, a bitmap, and a vCPU id only for per-vCPU notifications. */
static bool set_ids_valid(const struct ffa_vm *vm, const struct ffa_notification_set_args *args)
{
	return args->sender == vm->id && args->bitmap != 0 &&
	       (args->per_vcpu || args->receiver_vcpu == 0);
}

/*
 * A binding to a sender VM, made with both VMs locked and the sender
 * checked to be the live VM found: one destroyed since is frozen at
 * version 0 before its bindings are dropped (under the receiver's lock),
 * and a new VM in its slot is another generation; a binding to either
 * would outlive the drop, and the next VM with that id would inherit it.
 */
static int32_t bind_vm(const struct ffa_call_ctx *ctx,
		       const struct ffa_notification_set_args *args)
{
	const struct ffa_platform *p = ctx->m->plat;
	struct ffa_vm_notify *n = &ctx->vm->notify;
	struct ffa_vm_locked own, from;
	struct ffa_vm_ref ref;
	int32_t ret = FFA_INVALID_PARAMETERS;

	if (p->vm_messaging_allowed == NULL ||
	    !p->vm_messaging_allowed(p->ctx, args->sender, ctx->vm->id))
		return FFA_DENIED;
	ref = ffa_vm_find_ref(ctx->m, args->sender);
	if (ref.vm == NULL)
		return FFA_INVALID_PARAMETERS;
	if (ffa_vm_lock_with(ctx->m, ctx->vm, &ref, &own, &from)) {
		ret = (n->vm_bound & args->bitmap) != 0 ? FFA_DENIED : FFA_OK;
		ffa_vm_unlock(ctx->m, &from);
	}
	if (ret == FFA_OK) {
		n->vm_bound |= args->bitmap;
		n->vm_per_vcpu = args->per_vcpu ? n->vm_per_vcpu | args->bitmap :
						  n->vm_per_vcpu & ~args->bitmap;
		for (uint64_t b = args->bitmap; b != 0; b &= b - 1)
			n->vm_sender[__builtin_ctzll(b)] = args->sender;
	}
	ffa_vm_unlock(ctx->m, &own);
	return ret;
}

/*
 * An unbinding from a sender VM: all bits bound to the sender, all
 * per-vCPU if one is (else all global), and none pending (it would be lost).
 */
static int32_t unbind_vm(const struct ffa_call_ctx *ctx,
			 const struct ffa_notification_set_args *args)
{
	struct ffa_vm_notify *n = &ctx->vm->notify;
	struct ffa_vm_locked own = ffa_vm_lock(ctx->m, ctx->vm);
	const bool per_vcpu = (n->vm_per_vcpu & args->bitmap) != 0; /* under the lock */
	int32_t ret = all_bound(n, args->bitmap, args->sender, per_vcpu) ? FFA_OK : FFA_DENIED;

	if (ret == FFA_OK && (pending_any(n, notified_vcpus(ctx->vm)) & args->bitmap) != 0)
		ret = FFA_DENIED;
	if (ret == FFA_OK) {
		n->vm_bound &= ~args->bitmap;
		n->vm_per_vcpu &= ~args->bitmap;
	}
	ffa_vm_unlock(ctx->m, &own);
	return ret;
}

/*
 * VM-to-VM: pend in the receiver, another live VM of 1.1 or later the
 * policy lets us reach, which must have bound every bit to us.
 */
static int32_t set_for_vm(const struct ffa_call_ctx *ctx,
			  const struct ffa_notification_set_args *args)
{
	const struct ffa_platform *p = ctx->m->plat;
	struct ffa_vm_locked to;
	struct ffa_vm_notify *n;
	int32_t ret = FFA_OK;

	if (args->receiver == ctx->vm->id || args->receiver == 0)
		return FFA_INVALID_PARAMETERS;
	if (p->vm_messaging_allowed == NULL ||
	    !p->vm_messaging_allowed(p->ctx, ctx->vm->id, args->receiver))
		return FFA_DENIED;
	to = ffa_vm_find_locked(ctx->m, args->receiver);
	if (to.vm == NULL)
		return FFA_INVALID_PARAMETERS;
	n = &to.vm->notify;
	if (ffa_vm_version(to.vm) < FFA_VERSION_1_1 ||
	    (args->per_vcpu && args->receiver_vcpu >= notified_vcpus(to.vm)))
		ret = FFA_INVALID_PARAMETERS;
	else if (!all_bound(n, args->bitmap, ctx->vm->id, args->per_vcpu))
		ret = FFA_DENIED;
	if (ret == FFA_OK) {
		ffa_atomic_or_release(args->per_vcpu ? &n->vm_pending_vcpu[args->receiver_vcpu]
						     : &n->vm_pending,
				      args->bitmap);
		announce(ctx->m, to, args->per_vcpu, args->receiver_vcpu);
	}
	ffa_vm_unlock(ctx->m, &to);
	return ret;
}

/*
 * BIND, UNBIND or SET (fid), its arguments (none of UNBIND's per-vCPU or
 * any vCPU but SET's) in SET's form: the call's id checks, then with a
 * partition peer (the sender, or SET's receiver) the SPMC's answer, else
 * the VM-to-VM part. All three results are a bare FFA_SUCCESS. One
 * function for the three, out of line and taking the arguments in
 * registers (the bitmap and out second and third, where a handler's args
 * and out already are: 8 bytes fewer a handler); cold: a VM binds at
 * set-up, and a VM's SET is rare.
 */
FFA_COLD __attribute__((__noinline__)) static int32_t
notify_call(struct ffa_call_ctx *ctx, uint64_t bitmap, struct ffa_regs *out, uint32_t fid,
	    uint16_t receiver, uint16_t sender, bool per_vcpu, uint16_t receiver_vcpu)
{
	const struct ffa_notification_set_args set = { .receiver = receiver,
						       .sender = sender,
						       .per_vcpu = per_vcpu,
						       .receiver_vcpu = receiver_vcpu,
						       .bitmap = bitmap };
	const uint16_t peer = fid == FFA_NOTIFICATION_SET_32 ? receiver : sender;
	int32_t ret;

	if (fid == FFA_NOTIFICATION_SET_32 ? !set_ids_valid(ctx->vm, &set)
					   : !binding_ids_valid(ctx->vm, sender, receiver))
		return FFA_INVALID_PARAMETERS;
	if (is_partition(peer)) {
		const struct ffa_notification_bind_args b = { .receiver = receiver,
							      .sender = sender,
							      .per_vcpu = per_vcpu,
							      .bitmap = bitmap };
		const struct ffa_notification_unbind_args u = {
			.receiver = receiver, .sender = sender, .bitmap = bitmap
		};
		struct ffa_regs r;

		if (fid == FFA_NOTIFICATION_BIND_32)
			ffa_encode_notification_bind(&b, ctx->m->version, &r);
		else if (fid == FFA_NOTIFICATION_UNBIND_32)
			ffa_encode_notification_unbind(&u, ctx->m->version, &r);
		else
			ffa_encode_notification_set(&set, ctx->m->version, &r);
		ret = with_partition(ctx, peer, fid, &r);
	} else if (fid == FFA_NOTIFICATION_BIND_32) {
		ret = bind_vm(ctx, &set);
	} else if (fid == FFA_NOTIFICATION_UNBIND_32) {
		ret = unbind_vm(ctx, &set);
	} else {
		ret = set_for_vm(ctx, &set);
	}
	if (ret == FFA_OK)
		ffa_encode_notification_set_result(&(struct ffa_notification_set_result){ 0 },
						   ctx->version, out);
	return ret;
}

/*
 * Errors: INVALID_PARAMETERS for a receiver other than the caller, the
 * caller as sender, or no such partition or live VM; DENIED when the
 * policy does not let the sender VM notify the caller, or a bit is bound
 * to another sender already; NOT_SUPPORTED for a partition sender when
 * the SPMC keeps no bitmaps for the caller. A partition's binding is the
 * SPMC's answer. Cold, with UNBIND: a VM binds at set-up, then sets and gets.
 */
FFA_COLD
int32_t ffa_handle_notification_bind(struct ffa_call_ctx *ctx,
				     const struct ffa_notification_bind_args *args,
				     struct ffa_regs *out)
{
	return notify_call(ctx, args->bitmap, out, FFA_NOTIFICATION_BIND_32, args->receiver,
			   args->sender, args->per_vcpu, 0);
}

/*
 * Errors: as BIND; DENIED for a bit not bound to that sender, or pending
 * (it would be lost).
 */
FFA_COLD
int32_t ffa_handle_notification_unbind(struct ffa_call_ctx *ctx,
				       const struct ffa_notification_unbind_args *args,
				       struct ffa_regs *out)
{
	return notify_call(ctx, args->bitmap, out, FFA_NOTIFICATION_UNBIND_32, args->receiver,
			   args->sender, false, 0);
}

/*
 * The delay flag is an SP's (DEN0077A v1.2 §16.5): from a VM it is
 * ignored, never forwarded, as Hafnium's hypervisor clears it
 * (ffa_notifications_set_forward); Xen passes it on and the ACS's VM
 * client sets it, so refusing it would fail them.
 * Errors: INVALID_PARAMETERS for a sender other than the caller, an empty
 * bitmap, a vCPU id with a global notification or past the receiver's
 * vCPUs, or no such receiver; DENIED for a bit the receiving VM did not
 * bind to the caller, or when the policy forbids it. A partition
 * receiver's answer is the SPMC's.
 */
FFA_COLD int32_t ffa_handle_notification_set(struct ffa_call_ctx *ctx,
					     const struct ffa_notification_set_args *args,
					     struct ffa_regs *out)
{
	/* delay_sri is not passed on: never forwarded (above). */
	return notify_call(ctx, args->bitmap, out, FFA_NOTIFICATION_SET_32, args->receiver,
			   args->sender, args->per_vcpu, args->receiver_vcpu);
}

/*
 * The SPMC's bitmaps for the VM (from SPs, from the SPM), fetched and
 * cleared there. Inline in its one caller.
 */
static inline __attribute__((__always_inline__)) int32_t
get_from_spmc(const struct ffa_call_ctx *ctx, const struct ffa_notification_get_args *args,
	      struct ffa_notification_get_result *res)
{
	const struct ffa_notification_get_args a = { .receiver = ctx->vm->id,
						     .receiver_vcpu = args->receiver_vcpu,
						     .from_sp = args->from_sp,
						     .from_spm = args->from_spm };
	struct ffa_notification_get_result got;
	struct ffa_error_args e;
	struct ffa_regs r;
	int32_t ret;

	if (!ctx->vm->notify.bitmap_created ||
	    !ffa_spmc_implements(ctx->m, FFA_NOTIFICATION_GET_32))
		return FFA_OK; /* nothing can be pending there */
	ffa_encode_notification_get(&a, ctx->m->version, &r);
	ffa_spmc_call(ctx->m, &r);
	/* Its status as ffa_spmc_call() checked it: the decoder's, without its table. */
	if (ffa_decode_error(&r, ctx->m->version, &e) == FFA_OK)
		return e.error_code;
	ret = ffa_decode_notification_get_result(&r, ctx->m->version, &got);
	if (ret == FFA_OK) {
		res->sp_bitmap = args->from_sp ? got.sp_bitmap : 0;
		res->spm_bitmap = args->from_spm ? got.spm_bitmap : 0;
	}
	return ret;
}

/*
 * Errors: INVALID_PARAMETERS for a receiver other than the caller or a
 * vCPU the caller does not have; the SPMC's error when it refuses the
 * partitions' part (nothing of the mediator's is taken then).
 */
int32_t ffa_handle_notification_get(struct ffa_call_ctx *ctx,
				    const struct ffa_notification_get_args *args,
				    struct ffa_regs *out)
{
	struct ffa_notification_get_result res = { 0 };
	int32_t ret = ffa_notification_get_check(ctx, args);

	if (ret == FFA_OK && (args->from_sp || args->from_spm))
		ret = get_from_spmc(ctx, args, &res);
	if (ret != FFA_OK)
		return ret;
	ffa_notification_get_own(ctx->vm, args, &res);
	ffa_encode_notification_get_result(&res, ctx->version, out);
	return FFA_OK;
}

/* --- INFO_GET ------------------------------------------------------------------ */

/*
 * The answer as it is built: id lists packed straight into the result's
 * registers (§16.7: each list an endpoint id and 0 to 3 vCPU ids; at most
 * 10 ids and 10 lists in the SMC32 form, 20 and 20 in the SMC64 one).
 */
struct info_lists {
	struct ffa_notification_info_get_result res;
	uint32_t id_count;
	uint32_t max_ids;
};

/*
 * An SMC32 reply's id register is an SMC64 one's low half: one accessor
 * for both, with the ids a register holds in each convention.
 */
_Static_assert(FFA_NOTIFICATION_INFO_IDS_32_ID_SHIFT == FFA_NOTIFICATION_INFO_IDS_64_ID_SHIFT &&
		       FFA_NOTIFICATION_INFO_IDS_32_ID_WIDTH ==
			       FFA_NOTIFICATION_INFO_IDS_64_ID_WIDTH,
	       "notification-info-ids-32 is the low half of notification-info-ids-64");

static uint32_t ids_per_reg(bool smc64)
{
	return smc64 ? FFA_NOTIFICATION_INFO_IDS_64_ID_COUNT
		     : FFA_NOTIFICATION_INFO_IDS_32_ID_COUNT;
}

/* The reply's next id, in its register. */
static __attribute__((__noinline__)) void put_id(struct info_lists *l, uint16_t id)
{
	const uint32_t i = l->id_count++, per_reg = ids_per_reg(l->res.smc64);
	uint64_t *reg = &l->res.ids[i / per_reg].packed;

	*reg = ffa_notification_info_ids_64_set_id(*reg, i % per_reg, id);
}

/*
 * A word of the VM's vCPUs (bit i: vCPU base + i) as lists after the open
 * one (*in_list of its vCPU ids; 3: none open), three to a list, each
 * new list starting with the VM's id: those that did not fit. A VM's
 * answer has at most 6 lists in its 20 ids, all of them in list_size.
 * Cold: per-vCPU notifications are rare, and no speed goal rests on them.
 */
FFA_COLD static uint64_t add_vcpus(struct info_lists *l, uint16_t vm_id, uint32_t base,
				   uint64_t vcpus, uint32_t *in_list)
{
	for (uint64_t b = vcpus; b != 0; b &= b - 1) {
		if (l->id_count + (*in_list == 3 ? 2 : 1) > l->max_ids)
			return b;
		if (*in_list == 3) {
			put_id(l, vm_id);
			l->res.list_count++;
			*in_list = 0;
		}
		put_id(l, (uint16_t)(base + (uint32_t)__builtin_ctzll(b)));
		l->res.list_size = ffa_notification_info_get_result_set_list_size(
			l->res.list_size, l->res.list_count - 1U, ++*in_list);
	}
	return 0;
}

/*
 * The VM's unreported pending state as lists (the VM alone for global
 * ones, then its vCPUs); what fits is marked reported.
 */
static void collect(struct ffa_vm *vm, struct info_lists *l)
{
	struct ffa_vm_notify *n = &vm->notify;
	const uint32_t words = (notified_vcpus(vm) + 63) / 64;
	uint32_t in_list = 3; /* none open yet */

	/*
	 * Taken out, and what does not fit put back: no lock needed. The
	 * first id always fits.
	 */
	if (ffa_atomic_xchg(&n->info_global, false)) {
		put_id(l, vm->id);
		l->res.list_count++;
	}
	for (uint32_t w = 0; w < words; w++) {
		const uint64_t vcpus = ffa_atomic_xchg(&n->info_vcpus[w], 0);
		const uint64_t left =
			vcpus != 0 ? add_vcpus(l, vm->id, w * 64, vcpus, &in_list) : 0;

		if (left != 0) {
			l->res.more_pending = true;
			ffa_atomic_or_release(&n->info_vcpus[w], left);
			return;
		}
	}
}

/*
 * The caller's own pending notifications, as one list for the VM (global
 * ones) and lists of its vCPUs (per-vCPU ones), each reported once.
 * Errors: NO_DATA when nothing is pending that was not reported already.
 */
int32_t ffa_handle_notification_info_get(struct ffa_call_ctx *ctx,
					 const struct ffa_notification_info_get_args *args,
					 struct ffa_regs *out)
{
	struct info_lists l = { .res = { .smc64 = args->smc64 }, .max_ids = args->smc64 ? 20 : 10 };

	collect(ctx->vm, &l);
	if (l.res.list_count == 0)
		return FFA_NO_DATA;
	ffa_encode_notification_info_get_result(&l.res, ctx->version, out);
	return FFA_OK;
}

/* --- the schedule receiver interrupt --------------------------------------------- */

/* The number of vCPU ids in list i of an INFO_GET reply. */
static uint32_t list_size(const struct ffa_notification_info_get_result *res, uint32_t list)
{
	const uint32_t lo = FFA_NOTIFICATION_INFO_GET_RESULT_LIST_SIZE_COUNT;

	return list < lo ? ffa_notification_info_get_result_get_list_size(res->list_size, list) :
			   ffa_notification_info_get_result_get_list_size_hi(res->list_size_hi,
									     list - lo);
}

/*
 * One list of the SPMC's answer, endpoint and vCPUs: if it names a live
 * VM (not one gone since, nor a partition), marked for the VM's own
 * INFO_GET and told with the NPI, on vCPU 0 for global notifications and
 * on each vCPU named for per-vCPU ones.
 */
static void spmc_list(struct ffa_mediator *m, const uint16_t *ids, uint32_t n)
{
	struct ffa_vm_locked vm = ffa_vm_find_locked(m, ids[0]);

	if (vm.vm == NULL)
		return;
	if (n == 0)
		announce(m, vm, false, 0);
	for (uint32_t i = 1; i <= n; i++) {
		if (ids[i] < notified_vcpus(vm.vm))
			announce(m, vm, true, ids[i]);
	}
	ffa_vm_unlock(m, &vm);
}

/* The first count ids of an INFO_GET reply, unpacked in order. Inline in its one caller. */
static inline __attribute__((__always_inline__)) void
unpack_ids(const struct ffa_notification_info_get_result *res, bool smc64, uint32_t count,
	   uint16_t *ids)
{
	const uint32_t per_reg = ids_per_reg(smc64);

	for (uint32_t i = 0; i < count; i++)
		ids[i] = (uint16_t)ffa_notification_info_ids_64_get_id(res->ids[i / per_reg].packed,
								       i % per_reg);
}

/*
 * One FFA_NOTIFICATION_INFO_GET at the SPMC; true when it says there is
 * more. Inline in its one caller, ffa_notifications_pending(), which is
 * cold: once per schedule receiver interrupt, not per call a VM makes.
 */
static inline __attribute__((__always_inline__)) bool spmc_info_round(struct ffa_mediator *m)
{
	const bool smc64 = ffa_spmc_implements(m, FFA_NOTIFICATION_INFO_GET_64);
	const uint32_t max_ids = smc64 ? 20 : 10;
	struct ffa_notification_info_get_result res;
	struct ffa_regs r;
	uint16_t ids[20]; /* the max_ids read */
	uint32_t at = 0;

	ffa_encode_notification_info_get(&(struct ffa_notification_info_get_args){ .smc64 = smc64 },
					 m->version, &r);
	ffa_spmc_call(m, &r);
	if (ffa_decode_notification_info_get_result(&r, m->version, &res) != FFA_OK)
		return false; /* NO_DATA, or an error: nothing (more) to tell */
	unpack_ids(&res, smc64, max_ids, ids);
	/* Each list takes an id at least: at reaches max_ids by list max_ids. */
	for (uint32_t i = 0; i < res.list_count; i++) {
		const uint32_t n = list_size(&res, i);

		if (at + 1 + n > max_ids)
			break;
		spmc_list(m, &ids[at], n);
		at += 1 + n;
	}
	return res.more_pending;
}

FFA_COLD void ffa_notifications_pending(struct ffa_mediator *m)
{
	/* Bounded: an SPMC that always says "more" must not hold the CPU. */
	for (uint32_t round = 0;
	     round < m->config.max_vms && ffa_spmc_implements(m, FFA_NOTIFICATION_INFO_GET_32);
	     round++) {
		if (!spmc_info_round(m))
			return;
	}
}
