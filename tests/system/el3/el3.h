/* SPDX-License-Identifier: MIT */
/* The EL3 firmware's parts. One CPU, interrupts off: no locking anywhere. */
#ifndef EL3_H
#define EL3_H

#include <stdint.h>

#include "engine_spmc.h"

/* x0..x30 of the caller, as start.S saved them. */
struct el3_regs {
	uint64_t x[31];
};

/* The SPMC model and its engine-protocol state (main.c). */
extern struct engine_spmc el3_spmc;

/* What the partitions saw, printed at power-off (main.c). */
void el3_report(void);

/*
 * SVE, SME and pointer authentication untrapped for the normal world
 * where the CPU has them; returns the SCR_EL3 to enter it with (cpu.c).
 */
uint64_t cpu_enable_features(void);

/* GICv2: every interrupt Non-secure Group 1, both interfaces on (gic.c). */
void gic_init(void);

/* PSCI and SMCCC answers; false if x0 is not one of theirs (psci.c). */
bool psci_call(struct el3_regs *r);

/* The test-control SMC (testctl.c, sys/testctl.h). */
void testctl_call(struct el3_regs *r);

#endif
