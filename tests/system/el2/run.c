/* SPDX-License-Identifier: MIT */
/*
 * Running a vCPU: the trap loop. An SMC is the only way a guest reaches
 * the mediator, exactly as in a production hypervisor that sets
 * HCR_EL2.TSC: the guest's own registers are the call and the reply.
 */
#include "hyp.h"

#include "sys/uart.h"

/* An AArch32 guest has 32-bit registers: the upper halves are not its. */
static uint64_t reg_of(const struct guest *g, uint64_t v)
{
	return g->aarch64 ? v : (uint32_t)v;
}

/* PSCI SYSTEM_OFF and SYSTEM_RESET (SMC32): a guest's, not the machine's. */
#define PSCI_SYSTEM_OFF 0x84000008UL
#define PSCI_SYSTEM_RESET 0x84000009UL

/*
 * One SMC: true when handled (by the mediator, or passed to EL3). A guest
 * turning itself off stops the run: the hypervisor then destroys the VM.
 */
static bool smc_trap(struct guest *g, struct guest_ctx *ctx, uint16_t vcpu, bool pass_through, bool *not_ffa)
{
	struct ffa_regs regs = { { 0 } };

	for (int i = 0; i < FFA_REG_COUNT; i++)
		regs.x[i] = reg_of(g, ctx->x[i]);
	*not_ffa = !ffa_handle_call(&hyp_mediator, g->ffa, vcpu, &regs);
	if (*not_ffa) {
		if (!pass_through || regs.x[0] == PSCI_SYSTEM_OFF || regs.x[0] == PSCI_SYSTEM_RESET)
			return false;
		smc_call(&regs);
	}
	for (int i = 0; i < FFA_REG_COUNT; i++)
		ctx->x[i] = regs.x[i];
	ctx->elr += 4; /* a trapped SMC returns to itself */
	return true;
}

/* An HVC from a guest that may make them (Linux with method "hvc"): to EL3. */
static void hvc_trap(struct guest_ctx *ctx)
{
	struct ffa_regs regs = { { 0 } };

	for (int i = 0; i < FFA_REG_COUNT; i++)
		regs.x[i] = ctx->x[i];
	smc_call(&regs);
	for (int i = 0; i < FFA_REG_COUNT; i++)
		ctx->x[i] = regs.x[i];
}

uint64_t vcpu_run(struct guest *g, struct guest_ctx *ctx, uint16_t vcpu, bool pass_through, bool *not_ffa,
		  uint64_t hcr_extra)
{
	*not_ffa = false;
	guest_load(g, hcr_extra);
	for (;;) {
		uint64_t esr = guest_enter(ctx);
		unsigned int ec = ESR_EC(esr);

		if (ec == EC_SMC64 || ec == EC_SMC32) {
			if (!smc_trap(g, ctx, vcpu, pass_through, not_ffa))
				return esr;
		} else if ((ec == EC_HVC64 || ec == EC_HVC32) && pass_through) {
			/* As by SMC: the guest's power-off is the hypervisor's to handle. */
			if ((uint32_t)ctx->x[0] == PSCI_SYSTEM_OFF || (uint32_t)ctx->x[0] == PSCI_SYSTEM_RESET)
				return esr;
			hvc_trap(ctx);
		} else {
			return esr;
		}
	}
}
