/* SPDX-License-Identifier: MIT */
/*
 * The yardstick of ./run bench: FFA_VERSION, FFA_ID_GET and FFA_FEATURES
 * answered the way Xen's mediator answers them (xen/arch/arm/tee/ffa.c:
 * a switch on the function id, the guest's version checked, x0..x7 set),
 * compiled and measured in the same run as the mediator. Nothing but the
 * bench uses it.
 */
#include "reference.h"

static void set_regs(struct ffa_regs *r, uint64_t a0, uint64_t a1, uint64_t a2, uint64_t a3)
{
	r->x[0] = a0;
	r->x[1] = a1;
	r->x[2] = a2;
	r->x[3] = a3;
	r->x[4] = 0;
	r->x[5] = 0;
	r->x[6] = 0;
	r->x[7] = 0;
}

static void set_error(struct ffa_regs *r, int32_t status)
{
	set_regs(r, FFA_ERROR_32, 0, (uint32_t)status, 0);
}

/* Xen's handle_version: the guest's version, capped at ours. */
static void handle_version(struct ref_vm *vm, struct ffa_regs *r)
{
	const uint32_t asked = (uint32_t)r->x[1];

	if ((asked >> 16) != 1) {
		set_regs(r, (uint32_t)FFA_NOT_SUPPORTED, 0, 0, 0);
		return;
	}
	vm->version = asked > FFA_VERSION_1_2 ? FFA_VERSION_1_2 : asked;
	set_regs(r, FFA_VERSION_1_2, 0, 0, 0);
}

/* Xen's handle_features: the ids offered, RXTX_MAP with its properties. */
static void handle_features(const struct ref_vm *vm, struct ffa_regs *r)
{
	const uint32_t id = (uint32_t)r->x[1];

	for (int n = 2; n < 8; n++) {
		if (r->x[n] != 0) {
			set_error(r, FFA_NOT_SUPPORTED);
			return;
		}
	}
	switch (id) {
	case FFA_VERSION_32:
	case FFA_FEATURES_32:
	case FFA_ID_GET_32:
	case FFA_RX_RELEASE_32:
	case FFA_RXTX_UNMAP_32:
	case FFA_PARTITION_INFO_GET_32:
	case FFA_MSG_SEND_DIRECT_REQ_32:
	case FFA_MSG_SEND_DIRECT_REQ_64:
	case FFA_MEM_SHARE_32:
	case FFA_MEM_SHARE_64:
	case FFA_MEM_RECLAIM_32:
		set_regs(r, FFA_SUCCESS_32, 0, 0, 0);
		return;
	case FFA_RXTX_MAP_32:
	case FFA_RXTX_MAP_64:
		/* 4K granule; from 1.2 the largest buffer, in pages. */
		set_regs(r, FFA_SUCCESS_32, 0, vm->version >= FFA_VERSION_1_2 ? 1U << 16 : 0, 0);
		return;
	default:
		set_error(r, FFA_NOT_SUPPORTED);
		return;
	}
}

bool ref_handle_call(struct ref_vm *vm, struct ffa_regs *r)
{
	const uint32_t fid = (uint32_t)r->x[0];

	if (vm->version == 0 && fid != FFA_VERSION_32) {
		set_error(r, FFA_INVALID_PARAMETERS);
		return true;
	}
	switch (fid) {
	case FFA_VERSION_32:
		handle_version(vm, r);
		return true;
	case FFA_ID_GET_32:
		set_regs(r, FFA_SUCCESS_32, 0, vm->id, 0);
		return true;
	case FFA_FEATURES_32:
		handle_features(vm, r);
		return true;
	default:
		return false;
	}
}
