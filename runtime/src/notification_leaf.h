/* SPDX-License-Identifier: MIT */
/*
 * FFA_NOTIFICATION_GET (DEN0077A v1.2 §16.6) of the bitmaps the mediator
 * keeps for a VM (from VMs, from the hypervisor): a leaf handler
 * (spec/functions.yaml), inline in the fast lane and in notification.c,
 * which adds the partitions' bitmaps from the SPMC.
 */
#ifndef FFA_NOTIFICATION_LEAF_H
#define FFA_NOTIFICATION_LEAF_H

#include "internal.h"

/* vCPUs of the VM that per-vCPU notifications reach. */
static inline uint32_t notified_vcpus(const struct ffa_vm *vm)
{
	return vm->notify.vcpus;
}

/* INVALID_PARAMETERS for a receiver other than the caller or a vCPU it does not have. */
static inline int32_t ffa_notification_get_check(const struct ffa_call_ctx *ctx,
						 const struct ffa_notification_get_args *args)
{
	if (args->receiver != ctx->vm->id || args->receiver_vcpu >= ctx->vm->vcpu_count)
		return FFA_INVALID_PARAMETERS;
	return FFA_OK;
}

/*
 * The mediator's bitmaps for the VM, taken. Lock-free: pending bits are
 * only ever or-ed in and exchanged out, so a SET racing with this GET
 * lands in this answer or the next, never in none and never in both.
 */
static inline void ffa_notification_get_own(struct ffa_vm *vm,
					    const struct ffa_notification_get_args *args,
					    struct ffa_notification_get_result *res)
{
	struct ffa_vm_notify *n = &vm->notify;
	const uint16_t vcpu = args->receiver_vcpu;

	if (args->from_vm) {
		res->vm_bitmap = ffa_atomic_xchg(&n->vm_pending, 0);
		if (vcpu < notified_vcpus(vm))
			res->vm_bitmap |= ffa_atomic_xchg(&n->vm_pending_vcpu[vcpu], 0);
	}
	if (args->from_hyp)
		res->hyp_bitmap = ffa_atomic_xchg(&n->hyp_pending, 0);
}

/*
 * The whole answer when it asks for none of the partitions' bitmaps;
 * otherwise NOT_SUPPORTED here, as for a refusal, having taken nothing:
 * the full dispatch's ffa_handle_notification_get() asks the SPMC.
 */
static inline int32_t ffa_leaf_notification_get(struct ffa_call_ctx *ctx,
						const struct ffa_notification_get_args *args,
						struct ffa_regs *out)
{
	struct ffa_notification_get_result res = { 0 };
	const int32_t ret = ffa_notification_get_check(ctx, args);

	if (args->from_sp || args->from_spm)
		return FFA_NOT_SUPPORTED;
	if (ret != FFA_OK)
		return ret;
	ffa_notification_get_own(ctx->vm, args, &res);
	ffa_encode_notification_get_result(&res, ctx->version, out);
	return FFA_OK;
}

#endif /* FFA_NOTIFICATION_LEAF_H */
