/* SPDX-License-Identifier: MIT */
/* What the hypervisor's parts share: the mediator, the platform, stopping. */
#ifndef EL2_HYP_H
#define EL2_HYP_H

#include <stdint.h>

#include "ffa/mediator.h"
#include "guest.h"
#include "platform.h"

extern struct ffa_mediator hyp_mediator;
extern struct hyp_platform hyp_plat;

/* Print why and end QEMU with a failing status. */
_Noreturn void hyp_panic(const char *why);

/*
 * Run a vCPU of a guest (registers in ctx, vcpu its id for the mediator) until it traps with something other than an
 * SMC: FF-A calls go to the mediator, other SMCs and HVCs to EL3 when
 * pass_through (else the run stops at them), except the guest's PSCI
 * SYSTEM_OFF and SYSTEM_RESET, which stop the run by either conduit.
 * Returns ESR_EL2 of the trap that stopped it; *not_ffa tells whether that
 * was an SMC the mediator left alone.
 */
uint64_t vcpu_run(struct guest *g, struct guest_ctx *ctx, uint16_t vcpu, bool pass_through, bool *not_ffa,
		  uint64_t hcr_extra);

/* Exception classes (ESR_EL2.EC) of the traps the hypervisor handles. */
#define EC_HVC32 0x12
#define EC_SMC32 0x13
#define EC_HVC64 0x16
#define EC_SMC64 0x17
#define ESR_EC(esr) ((unsigned int)((esr) >> 26) & 0x3f)

/*
 * One command of the scenario engine protocol run at EL3 (the SPMC's
 * side); its answer text, or NULL after printing an "@ err" line.
 */
const char *el3_command(const char *command);

/* The two ways the machine is used (scenario_engine.c, linux.c). */
_Noreturn void scenario_engine(void);
_Noreturn void linux_boot(void);

#endif
