/* SPDX-License-Identifier: MIT */
/*
 * Call contexts for the generated conformance suite: the real runtime on a
 * simulated machine with the simulated SPMC, and a fresh VM for every call
 * so no call sees state left by another.
 */
#include <stdio.h>
#include <stdlib.h>

#include "conformance_harness.h"
#include "mediator_access.h"
#include "sim_platform.h"

#define VM_IPA_BASE UINT64_C(0x40000000)
#define VM_MEM_SIZE (64u * FFA_PAGE_SIZE)

static struct sim_platform sim;
static struct ffa_mediator *med;
static struct ffa_call_ctx ctx;
static bool ready;

static void setup(void)
{
	if (sim_boot(&sim, NULL, &med) != FFA_OK ||
	    sim_add_vm(&sim, 1, VM_IPA_BASE, VM_MEM_SIZE) != 0 ||
	    sim_add_vm(&sim, 2, VM_IPA_BASE, VM_MEM_SIZE) != 0) {
		fprintf(stderr, "conformance: the simulated machine did not boot\n");
		abort();
	}
	ready = true;
}

/* A fresh VM of the machine (id 1 AArch64, 2 AArch32) in the version state given. */
static struct ffa_vm *fresh_vm(bool aarch64, uint32_t version_state)
{
	int32_t status;
	struct ffa_vm *vm;

	if (!ready)
		setup();
	vm = ffa_vm_create(med, aarch64 ? 1 : 2, aarch64, 2, &status);
	if (vm == NULL)
		abort();
	vm->version_state = version_state;
	return vm;
}

struct ffa_call_ctx *ffa_conformance_ctx(enum ffa_version v, bool aarch64)
{
	/* Frozen, as a VM is after its first call: VERSION answers as it will then. */
	struct ffa_vm *vm = fresh_vm(aarch64, v | FFA_VM_VERSION_FROZEN);

	ctx = (struct ffa_call_ctx){ .m = med, .vm = vm, .vcpu = 0, .version = v };
	return &ctx;
}

bool ffa_conformance_entry(enum ffa_version v, bool aarch64, struct ffa_regs *regs)
{
	/* Not logged (the machine's mediator logs no calls): the fast lane's VM. */
	struct ffa_vm *vm = fresh_vm(aarch64, v | FFA_VM_VERSION_FROZEN | FFA_VM_VERSION_QUIET);
	bool handled;

	if (med->log_calls)
		abort();
	handled = ffa_handle_call(med, vm, 0, regs);
	ffa_vm_destroy(med, vm);
	return handled;
}

void ffa_conformance_ctx_release(struct ffa_call_ctx *c)
{
	ffa_vm_destroy(med, c->vm);
}
