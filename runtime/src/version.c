/* SPDX-License-Identifier: MIT */
/*
 * FFA_VERSION (DEN0077A v1.2 §13.2), per VM.
 *
 * A VM is served at FF-A 1.0 until it negotiates. It may negotiate again
 * until its first other FF-A call that succeeds (a refused call changes no
 * state, so it does not count); from then on its version is frozen and
 * asking for a different one gets NOT_SUPPORTED (as Hafnium and the ACS
 * expect from a 1.2 partition manager), asking for the same one succeeds.
 */
#include "version_leaf.h"

/*
 * Record the VM's version unless it is frozen at another one. vCPUs may
 * race: the compare-and-swap makes one of them win and the others see it.
 */
static bool set_version(struct ffa_vm *vm, enum ffa_version asked)
{
	uint32_t state = ffa_atomic_load_acquire(&vm->version_state);

	do {
		if ((state & FFA_VM_VERSION_FROZEN) != 0)
			return (state & ~FFA_VM_VERSION_FLAGS) == (uint32_t)asked;
	} while (!ffa_atomic_cmpxchg(&vm->version_state, &state, (uint32_t)asked));
	return true;
}

/*
 * Errors (in w0, as FFA_VERSION answers): NOT_SUPPORTED for bit 31 set
 * (refused by the generated decode), another major version, or a version
 * other than the frozen one.
 */
int32_t ffa_handle_version(struct ffa_call_ctx *ctx, const struct ffa_version_args *args,
			   struct ffa_regs *out)
{
	const enum ffa_version served = ffa_version_served(ctx->m, args);

	if (served == 0) {
		ffa_log(ctx->m, FFA_LOG_VERBOSE, "VM 0x%x: FFA_VERSION %u.%u: other major",
			ctx->vm->id, args->major, args->minor);
		return FFA_NOT_SUPPORTED;
	}
	if (!set_version(ctx->vm, served)) {
		ffa_log(ctx->m, FFA_LOG_VERBOSE, "VM 0x%x: FFA_VERSION %u.%u after other calls",
			ctx->vm->id, args->major, args->minor);
		return FFA_NOT_SUPPORTED;
	}
	ffa_version_reply(ctx->m, served, out);
	return FFA_OK;
}
