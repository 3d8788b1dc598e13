/* SPDX-License-Identifier: MIT */
/*
 * What a test platform's ops did, one record each: pages mapped and
 * unmapped, interrupts injected, memory claimed and unclaimed. The
 * simulated platform and the system test's EL2 hypervisor keep the same
 * records, and the scenario engine reports them alike (engine_core.c).
 * Freestanding.
 */
#ifndef SIM_EFFECT_H
#define SIM_EFFECT_H

#include <stdbool.h>
#include <stdint.h>

#include "ffa/platform.h"

enum sim_effect_kind { SIM_MAP, SIM_UNMAP, SIM_VIRQ, SIM_CLAIM, SIM_UNCLAIM };

struct sim_effect {
	enum sim_effect_kind kind;
	uint16_t vm_id;
	uint64_t ipa;        /* map/unmap */
	uint32_t pages;      /* map/unmap */
	bool writable;       /* map */
	uint16_t vcpu;       /* virq */
	uint32_t intid;      /* virq */
	enum ffa_mem_op op;  /* claim/unclaim */
};

#endif
