/* SPDX-License-Identifier: MIT */
/*
 * Running a vCPU: the trap loop. An SMC (trapped by HCR_EL2.TSC) or an
 * HVC #0 is how a guest reaches the mediator, exactly as in a production
 * hypervisor: the guest's own registers are the call and the reply.
 */
#include "hyp.h"

#include "calllog.h"
#include "sys/testfault.h"

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
 * One SMCCC call, by SMC or HVC #0 alike (a guest's conduit is its own
 * choice: Linux follows the device tree's PSCI method): true when handled
 * (by the mediator, or passed to EL3). A guest turning itself off stops
 * the run: the hypervisor then destroys the VM. insn_size: how far ELR
 * must move past the call (a trapped SMC returns to itself, an HVC is
 * already behind).
 */
static bool conduit_trap(struct guest *g, struct guest_ctx *ctx, uint16_t vcpu, bool pass_through,
			 bool *not_ffa, uint64_t insn_size)
{
	struct ffa_regs regs = { { 0 } }, call;

	for (int i = 0; i < FFA_REG_COUNT; i++)
		regs.x[i] = reg_of(g, ctx->x[i]);
	call = regs;
	*not_ffa = !ffa_handle_call(hyp_mediator, g->ffa, vcpu, &regs);
	if (*not_ffa) {
		if (!pass_through || regs.x[0] == PSCI_SYSTEM_OFF || regs.x[0] == PSCI_SYSTEM_RESET)
			return false;
		smc_call(&regs);
	} else {
		if (test_fault(TEST_FAULT_CLOBBER_X8_X17))
			for (int i = FFA_MSG_REG_COUNT; i < FFA_REG_COUNT; i++)
				regs.x[i] = 0;
		g->ffa_calls++;
		if (g->log_calls)
			call_log(g, insn_size == 0, &call, &regs);
	}
	for (int i = 0; i < FFA_REG_COUNT; i++)
		ctx->x[i] = regs.x[i];
	ctx->elr += insn_size;
	return true;
}

/* The injected fault TEST_FAULT_HVC_TO_EL3: the call to EL3 as it is. */
static void unmediated(struct guest_ctx *ctx)
{
	struct ffa_regs regs = { { 0 } };

	for (int i = 0; i < FFA_REG_COUNT; i++)
		regs.x[i] = ctx->x[i];
	smc_call(&regs);
	for (int i = 0; i < FFA_REG_COUNT; i++)
		ctx->x[i] = regs.x[i];
}

uint64_t vcpu_run(struct guest *g, struct guest_ctx *ctx, uint16_t vcpu, bool pass_through,
		  bool *not_ffa, uint64_t hcr_extra)
{
	*not_ffa = false;
	guest_load(g, hcr_extra);
	for (;;) {
		uint64_t esr = guest_enter(ctx);
		unsigned int ec = ESR_EC(esr);

		if (ec == EC_SMC64 || ec == EC_SMC32) {
			if (!conduit_trap(g, ctx, vcpu, pass_through, not_ffa, 4))
				return esr;
		} else if ((ec == EC_HVC64 || ec == EC_HVC32) && ESR_IMM16(esr) == 0 &&
			   pass_through && test_fault(TEST_FAULT_HVC_TO_EL3)) {
			unmediated(ctx);
		} else if ((ec == EC_HVC64 || ec == EC_HVC32) && ESR_IMM16(esr) == 0) {
			if (!conduit_trap(g, ctx, vcpu, pass_through, not_ffa, 0))
				return esr;
		} else {
			return esr;
		}
	}
}
