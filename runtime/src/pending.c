/* SPDX-License-Identifier: MIT */
/*
 * Handlers of calls a VM can reach that the runtime does not implement yet.
 * Each answers NOT_SUPPORTED, FFA_FEATURES says NOT_SUPPORTED for them, and
 * the generated conformance suite counts them. The messaging, memory
 * sharing and notification issues move them out, one concern file at a time.
 */
#include "internal.h"

#define FFA_PENDING_CALLS(X)                                                 \
	X(mem_frag_rx, MEM_FRAG_RX)

#define PENDING_HANDLER(call, CALL)                                          \
	int32_t ffa_handle_##call(struct ffa_call_ctx *ctx,                  \
				  const struct ffa_##call##_args *args,      \
				  struct ffa_regs *out)                      \
	{                                                                    \
		(void)ctx;                                                   \
		(void)args;                                                  \
		(void)out;                                                   \
		return FFA_NOT_SUPPORTED;                                    \
	}

/* One bit per function number from FFA_NUMBER_FIRST: a constant set. */
#define PENDING_BIT(call, CALL) | (UINT64_C(1) << (FFA_FN_##CALL - FFA_NUMBER_FIRST))

FFA_PENDING_CALLS(PENDING_HANDLER)

_Static_assert(FFA_FN_MEM_FRAG_RX - FFA_NUMBER_FIRST < 64, "pending numbers fit one word");
static const uint64_t pending_set = 0 FFA_PENDING_CALLS(PENDING_BIT);

bool ffa_call_pending(uint32_t fid)
{
	const uint32_t n = (fid & FFA_FUNCTION_ID_NUMBER_MASK) - FFA_NUMBER_FIRST;

	return n < 64 && (pending_set >> n & 1) != 0;
}
