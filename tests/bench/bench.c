/* SPDX-License-Identifier: MIT */
/*
 * The mediator's own cost per call, in instructions, measured by callgrind
 * (./run bench). Each case runs ITERATIONS calls of ffa_handle_call()
 * between callgrind client requests that zero and dump the counters; an
 * empty case with the same loop gives the harness cost to subtract. None of
 * the calls measured reaches the SPMC: what is counted is the mediator.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <valgrind/callgrind.h>

#include "sim_platform.h"

#define ITERATIONS 1000
#define IPA_BASE UINT64_C(0x40000000)

static struct sim_platform sim;
static struct ffa_mediator med;
static struct ffa_vm *vm;

/* Keeps the compiler from dropping the reply. */
static volatile uint64_t sink;

static void empty_call(struct ffa_mediator *m, struct ffa_vm *v, uint16_t vcpu, struct ffa_regs *r)
{
	(void)m;
	(void)v;
	(void)vcpu;
	sink = r->x[0];
}

typedef void (*call_fn)(struct ffa_mediator *, struct ffa_vm *, uint16_t, struct ffa_regs *);

static void real_call(struct ffa_mediator *m, struct ffa_vm *v, uint16_t vcpu, struct ffa_regs *r)
{
	if (!ffa_handle_call(m, v, vcpu, r))
		abort();
	sink = r->x[0];
}

static const char *only_case;

static void run(const char *name, call_fn fn, const struct ffa_regs *in)
{
	if (only_case != NULL && strcmp(only_case, name) != 0)
		return;
	CALLGRIND_ZERO_STATS;
	for (int i = 0; i < ITERATIONS; i++) {
		struct ffa_regs r = *in;

		fn(&med, vm, 0, &r);
	}
	CALLGRIND_DUMP_STATS_AT(name);
}

static void setup(void)
{
	struct spmc_config spmc;
	struct ffa_config config = { .hyp_buffer_pages = 1, .log_level = FFA_LOG_WARN };
	struct ffa_regs r = { .x = { FFA_VERSION_32, 0x10002 } };
	int32_t status;

	sim_default_spmc(&spmc, &sim);
	if (sim_init(&sim, &spmc) != 0 || sim_add_vm(&sim, 1, IPA_BASE, 64 * FFA_PAGE_SIZE) != 0)
		abort();
	config.hyp_rx = sim_alloc_pages(&sim, 1);
	config.hyp_tx = sim_alloc_pages(&sim, 1);
	if (ffa_mediator_init(&med, &sim.ops, &config) != FFA_OK)
		abort();
	vm = ffa_vm_create(&med, 1, true, 1, &status);
	if (vm == NULL || !ffa_handle_call(&med, vm, 0, &r))
		abort();
	/* A guest's steady state: its version is frozen by its first call. */
	r = (struct ffa_regs){ .x = { FFA_ID_GET_32 } };
	if (!ffa_handle_call(&med, vm, 0, &r))
		abort();
}

int main(int argc, char **argv)
{
	/* With a case name, run only that one (for callgrind_annotate). */
	const char *only = argc > 1 ? argv[1] : NULL;
	const struct ffa_regs version = { .x = { FFA_VERSION_32, 0x10002 } };
	const struct ffa_regs id_get = { .x = { FFA_ID_GET_32 } };
	const struct ffa_regs features = { .x = { FFA_FEATURES_32, FFA_RXTX_MAP_64 } };
	const struct ffa_regs regs = { .x = { FFA_PARTITION_INFO_GET_REGS_64 } };
	uint64_t before;

	only_case = only;
	setup();
	before = sim.smc_count;
	printf("iterations %d\n", ITERATIONS);
	run("baseline", empty_call, &version);
	run("FFA_VERSION", real_call, &version);
	run("FFA_ID_GET", real_call, &id_get);
	run("FFA_FEATURES", real_call, &features);
	run("FFA_PARTITION_INFO_GET_REGS", real_call, &regs);
	if (sim.smc_count != before) {
		fprintf(stderr, "bench: a measured call reached the SPMC\n");
		return 1;
	}
	sim_fini(&sim);
	return 0;
}
