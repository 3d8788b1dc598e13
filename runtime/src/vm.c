/* SPDX-License-Identifier: MIT */
/*
 * The VM table: which VMs the mediator speaks for.
 */
#include "internal.h"

static bool valid_vm_id(uint16_t id)
{
	/* 0 is the hypervisor; ids with the secure bit name secure endpoints. */
	return id != FFA_HYPERVISOR_ID && ffa_endpoint_id_get_secure(id) == 0;
}

static struct ffa_vm *free_slot(struct ffa_mediator *m, uint16_t id, int32_t *status)
{
	struct ffa_vm *slot = NULL;

	for (unsigned int i = 0; i < FFA_MAX_VMS; i++) {
		struct ffa_vm *vm = &m->vms[i];

		if (vm->in_use && vm->id == id) {
			*status = FFA_INVALID_PARAMETERS;
			return NULL;
		}
		if (!vm->in_use && slot == NULL)
			slot = vm;
	}
	if (slot == NULL)
		*status = FFA_NO_MEMORY;
	return slot;
}

struct ffa_vm *ffa_vm_create(struct ffa_mediator *m, uint16_t id, bool aarch64,
			     uint16_t vcpu_count, int32_t *status)
{
	struct ffa_vm *vm;

	if (!valid_vm_id(id) || vcpu_count == 0) {
		*status = FFA_INVALID_PARAMETERS;
		return NULL;
	}
	m->plat->lock(m->plat->ctx, &m->vms_lock);
	vm = free_slot(m, id, status);
	if (vm != NULL) {
		ffa_vm_lock(m, vm);
		vm->in_use = true;
		vm->id = id;
		vm->vcpu_count = vcpu_count;
		vm->aarch64 = aarch64;
		vm->version_state = FFA_VERSION_1_0;
		vm->rxtx.mapped = false;
		ffa_vm_unlock(m, vm);
		*status = FFA_OK;
	}
	m->plat->unlock(m->plat->ctx, &m->vms_lock);
	if (vm != NULL)
		ffa_log(m, FFA_LOG_INFO, "VM %#x created (%s, %u vCPUs)", id, aarch64 ? "AArch64" : "AArch32", vcpu_count);
	return vm;
}

void ffa_vm_destroy(struct ffa_mediator *m, struct ffa_vm *vm)
{
	ffa_vm_lock(m, vm);
	ffa_rxtx_teardown(m, vm);
	ffa_vm_unlock(m, vm);
	m->plat->lock(m->plat->ctx, &m->vms_lock);
	ffa_vm_lock(m, vm);
	vm->in_use = false;
	ffa_vm_unlock(m, vm);
	m->plat->unlock(m->plat->ctx, &m->vms_lock);
	ffa_log(m, FFA_LOG_INFO, "VM %#x destroyed", vm->id);
}
