/* SPDX-License-Identifier: MIT */
/*
 * The platform ops the mediator gets from this hypervisor (runtime/
 * include/ffa/platform.h), and the record of what they did, which the
 * scenario engine reports as "effects" exactly as the simulated platform
 * does.
 */
#ifndef EL2_PLATFORM_H
#define EL2_PLATFORM_H

#include <stdbool.h>
#include <stdint.h>

#include "ffa/platform.h"
#include "sim_effect.h"

#define MAX_EFFECTS 256
#define MAX_MAPPINGS 64
#define MAX_POLICY_VM 16
#define SPMC_RECORD_SIZE 64 /* the last calls to the SPMC, kept for real firmware */

struct hyp_platform {
	struct ffa_platform ops;
	uint32_t effect_count;          /* may exceed MAX_EFFECTS: a ring keeps the last ones */
	struct sim_effect effects[MAX_EFFECTS];
	int fail_next_map;              /* map_guest answers NO_MEMORY this many times */
	bool trace;                     /* print each SMC to the SPMC */
	bool allow[MAX_POLICY_VM][MAX_POLICY_VM]; /* VM-to-VM messaging */
	/*
	 * Every call the mediator made to the SPMC, as it left and as it came
	 * back (a ring; spmc_count may exceed its size). With real firmware
	 * this is what the scenario engine reports as the SPMC's calls.
	 */
	uint32_t spmc_count;
	struct {
		struct ffa_regs in, out;
	} spmc_calls[SPMC_RECORD_SIZE];
	struct {
		bool used;
		uint16_t vm_id;
		void *va;
		uint64_t ipa;
		uint32_t pages;
		bool writable;
	} mappings[MAX_MAPPINGS];
};

void platform_init(struct hyp_platform *p);

/* Live map_guest mappings of a VM. */
uint32_t platform_live_mappings(const struct hyp_platform *p, uint16_t vm_id);

/* Those that cover the page at ipa; *writable if one of them is. */
uint32_t platform_page_mappings(const struct hyp_platform *p, uint16_t vm_id, uint64_t ipa,
				bool *writable);

/* The SMC to EL3 (start.S). */
void smc_call(struct ffa_regs *r);

#endif
