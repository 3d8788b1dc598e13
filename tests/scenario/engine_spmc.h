/* SPDX-License-Identifier: MIT */
/*
 * The SPMC's half of the scenario engine protocol (engine_core.c documents
 * the commands): its configuration before init, its partitions' behaviour,
 * inboxes and knowledge of VMs, the calls it answered. Freestanding, so
 * the host engine and the system test's EL3 firmware (where the simulated
 * SPMC runs for real) answer in the same words.
 */
#ifndef ENGINE_SPMC_H
#define ENGINE_SPMC_H

#include "cmdline.h"
#include "engine_out.h"
#include "spmc.h"

struct engine_spmc {
	struct spmc_config config; /* what init will use */
	struct spmc *spmc;         /* the running model, once initialised */
	bool initialised;
};

/* The standard test partitions (tests/scenario/FORMAT.md) in config. */
void engine_spmc_defaults(struct engine_spmc *e);

/*
 * Run c if it is one of the SPMC's commands; false (nothing printed) if
 * it is not. Besides the host engine's commands, the EL3 firmware's
 * caller has two: spmc_init (-> ok VERSION: spmc_init() with the
 * configuration) and spmc_count (-> count N: calls answered so far).
 */
bool engine_spmc_command(struct engine_spmc *e, const struct cmd *c, const struct engine_out *out);

#endif
