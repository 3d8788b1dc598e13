/* SPDX-License-Identifier: MIT */
/* What the hypervisor's parts share: the mediator, the platform, stopping. */
#ifndef EL2_HYP_H
#define EL2_HYP_H

#include <stdint.h>

#include "ffa/mediator.h"
#include "guest.h"
#include "platform.h"

extern struct ffa_mediator *hyp_mediator;
extern struct hyp_platform hyp_plat;

/* The mediator started in the hypervisor's memory for it (hyp_mediator). */
int32_t hyp_mediator_init(const struct ffa_config *config);

/* Print why and end QEMU with a failing status. */
_Noreturn void hyp_panic(const char *why);

/*
 * Run a vCPU of a guest (registers in ctx, vcpu its id for the mediator)
 * until it traps with something other than an SMCCC call: FF-A calls by
 * SMC or HVC #0 go to the mediator alike (a guest's conduit is its own
 * choice); when pass_through (a guest with an OS) the other SMCCC calls
 * go to EL3, else the run stops at them. The guest's PSCI SYSTEM_OFF and
 * SYSTEM_RESET stop the run by either conduit (the caller then destroys
 * the VM), and so does an HVC with another immediate. Returns ESR_EL2 of
 * the trap that stopped it; *not_ffa tells whether that was a call the
 * mediator left alone.
 */
uint64_t vcpu_run(struct guest *g, struct guest_ctx *ctx, uint16_t vcpu, bool pass_through,
		  bool *not_ffa, uint64_t hcr_extra);

/* Exception classes (ESR_EL2.EC) of the traps the hypervisor handles. */
#define EC_HVC32 0x12
#define EC_SMC32 0x13
#define EC_HVC64 0x16
#define EC_SMC64 0x17
#define ESR_EC(esr) ((unsigned int)((esr) >> 26) & 0x3f)
/* The immediate of a trapped SMC or HVC (ESR_EL2.ISS); SMCCC's calls use 0. */
#define ESR_IMM16(esr) ((unsigned int)(esr) & 0xffff)
/* A stop at an SMCCC call the hypervisor did not take (not_ffa of vcpu_run). */
#define ESR_IS_CONDUIT(esr)                                                               \
	(ESR_EC(esr) == EC_SMC64 || ESR_EC(esr) == EC_SMC32 || ESR_EC(esr) == EC_HVC64 || \
	 ESR_EC(esr) == EC_HVC32)

/*
 * One command of the scenario engine protocol run at EL3 (the SPMC's
 * side); its answer text, or NULL after printing an "@ err" line.
 */
const char *el3_command(const char *command);

/* The two ways the machine is used (scenario_engine.c, linux.c). */
_Noreturn void scenario_engine(void);
_Noreturn void linux_boot(void);

#endif
