/* SPDX-License-Identifier: MIT */
/*
 * Call contexts for the generated conformance suite: the real runtime on a
 * simulated machine with the simulated SPMC, and a fresh VM for every call
 * so no call sees state left by another.
 */
#include <stdio.h>
#include <stdlib.h>

#include "conformance_harness.h"
#include "internal.h"
#include "sim_platform.h"

#define VM_IPA_BASE UINT64_C(0x40000000)
#define VM_MEM_SIZE (64u * FFA_PAGE_SIZE)

static struct sim_platform sim;
static struct ffa_mediator med;
static struct ffa_call_ctx ctx;
static bool ready;

static void setup(void)
{
	struct spmc_config spmc;
	struct ffa_config config = { .hyp_buffer_pages = 1, .log_level = FFA_LOG_WARN };

	sim_default_spmc(&spmc, &sim);
	if (sim_init(&sim, &spmc) != 0 || sim_add_vm(&sim, 1, VM_IPA_BASE, VM_MEM_SIZE) != 0 ||
	    sim_add_vm(&sim, 2, VM_IPA_BASE, VM_MEM_SIZE) != 0)
		abort();
	config.hyp_rx = sim_alloc_pages(&sim, 1);
	config.hyp_tx = sim_alloc_pages(&sim, 1);
	if (ffa_mediator_init(&med, &sim.ops, &config) != FFA_OK) {
		fprintf(stderr, "conformance: mediator init failed\n");
		abort();
	}
	ready = true;
}

struct ffa_call_ctx *ffa_conformance_ctx(enum ffa_version v, bool aarch64)
{
	int32_t status;
	struct ffa_vm *vm;

	if (!ready)
		setup();
	vm = ffa_vm_create(&med, aarch64 ? 1 : 2, aarch64, 2, &status);
	if (vm == NULL)
		abort();
	vm->version_state = v;
	ctx = (struct ffa_call_ctx){ .m = &med, .vm = vm, .vcpu = 0, .version = v };
	return &ctx;
}

void ffa_conformance_ctx_release(struct ffa_call_ctx *c)
{
	ffa_vm_destroy(&med, c->vm);
}
