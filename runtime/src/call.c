/* SPDX-License-Identifier: MIT */
/*
 * The entry point for a trapped SMC or HVC.
 */
#include "internal.h"

static const char *const verdict_names[] = {
	[FFA_VERDICT_NOT_FFA] = "not FF-A",
	[FFA_VERDICT_UNKNOWN] = "unknown id",
	[FFA_VERDICT_CONVENTION] = "wrong convention",
	[FFA_VERDICT_VERSION] = "not at this version",
	[FFA_VERDICT_CALLER] = "not for a VM",
	[FFA_VERDICT_REFUSED] = "not offered",
	[FFA_VERDICT_INVALID] = "MBZ bit set",
	[FFA_VERDICT_HANDLED] = "handled",
};

/*
 * After a call, the rare work: freezing the version on a VM's first
 * successful call other than VERSION, and logging each call by name.
 * Attribute names take underscores: Xen and Linux define noinline as a macro.
 */
static __attribute__((__noinline__, __cold__)) void after_call(const struct ffa_call_ctx *ctx, uint32_t state,
							uint32_t fid, enum ffa_verdict verdict,
							const struct ffa_regs *out)
{
	char name[32];

	/* A refused call changes nothing, not even the version's freedom. */
	if (!(state & FFA_VM_VERSION_FROZEN) && fid != FFA_VERSION_32 && verdict == FFA_VERDICT_HANDLED &&
	    out->x[0] != FFA_ERROR_32)
		ffa_version_freeze(ctx->vm);
	if (ctx->m->log_calls)
		ffa_log(ctx->m, FFA_LOG_VERBOSE, "VM %#x vCPU %u: %s (%#x): %s, w0 %#x w2 %#x",
			ctx->vm->id, ctx->vcpu, ffa_call_name(fid, name), fid, verdict_names[verdict],
			(unsigned int)out->x[0], (unsigned int)out->x[2]);
}

/*
 * A VM is given only the statuses its version defines: whatever its call
 * met (the SPMC's answer, a partition's, the mediator's own), any other
 * becomes the fallback of spec/status.yaml, with a warning. The only place
 * a status leaves for a VM.
 */
static __attribute__((__noinline__, __cold__)) void status_for_vm(const struct ffa_call_ctx *ctx, uint32_t fid,
							  struct ffa_regs *out)
{
	char name[32];

	ffa_log(ctx->m, FFA_LOG_WARN, "VM %#x: %s: status %d is not an FF-A %u.%u status; answered %d",
		ctx->vm->id, ffa_call_name(fid, name), (int)(int32_t)(uint32_t)out->x[2],
		(unsigned int)ffa_version_number_get_major(ctx->version),
		(unsigned int)ffa_version_number_get_minor(ctx->version), FFA_STATUS_FALLBACK);
	out->x[2] = (uint32_t)FFA_STATUS_FALLBACK;
}

bool ffa_handle_call(struct ffa_mediator *m, struct ffa_vm *vm, uint16_t vcpu, struct ffa_regs *regs)
{
	const uint32_t state = __atomic_load_n(&vm->version_state, __ATOMIC_ACQUIRE);
	struct ffa_call_ctx ctx = {
		.m = m, .vm = vm, .vcpu = vcpu, .version = (enum ffa_version)(state & ~FFA_VM_VERSION_FROZEN),
	};
	const uint32_t fid = (uint32_t)regs->x[0];
	/* The reply replaces the call in place: decoding is done before any
	 * register is written. */
	const enum ffa_verdict verdict = ffa_dispatch(&ctx, ctx.version, vm->aarch64, regs, regs);

	if (verdict == FFA_VERDICT_NOT_FFA)
		return false;
	/* A VM being destroyed has version 0 and gets NOT_SUPPORTED: a 1.0 status. */
	if (regs->x[0] == FFA_ERROR_32 &&
	    ffa_status_at(regs->x[2], ctx.version != 0 ? ctx.version : FFA_VERSION_1_0) != (int32_t)(uint32_t)regs->x[2])
		status_for_vm(&ctx, fid, regs);
	if (!(state & FFA_VM_VERSION_FROZEN) || m->log_calls)
		after_call(&ctx, state, fid, verdict, regs);
	return true;
}
