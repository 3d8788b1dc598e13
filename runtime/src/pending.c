/* SPDX-License-Identifier: MIT */
/*
 * Handlers of calls a VM can reach that the runtime does not implement yet.
 * Each answers NOT_SUPPORTED, which the generated conformance suite counts
 * and reports. The runtime issues move them, one concern file at a time,
 * into runtime/src/<concern>.c.
 */
#include "ffa/ffa_dispatch.h"

#define PENDING(call)                                                        \
	int32_t ffa_handle_##call(struct ffa_call_ctx *ctx,                   \
				  const struct ffa_##call##_args *args,       \
				  struct ffa_regs *out)                       \
	{                                                                    \
		(void)ctx;                                                   \
		(void)args;                                                  \
		(void)out;                                                   \
		return FFA_NOT_SUPPORTED;                                    \
	}

PENDING(version)
PENDING(features)
PENDING(rx_release)
PENDING(rxtx_map)
PENDING(rxtx_unmap)
PENDING(partition_info_get)
PENDING(id_get)
PENDING(run)
PENDING(msg_send_direct_req)
PENDING(mem_donate)
PENDING(mem_lend)
PENDING(mem_share)
PENDING(mem_reclaim)
PENDING(mem_frag_rx)
PENDING(mem_frag_tx)
PENDING(notification_bind)
PENDING(notification_unbind)
PENDING(notification_set)
PENDING(notification_get)
PENDING(notification_info_get)
PENDING(spm_id_get)
PENDING(msg_send2)
PENDING(partition_info_get_regs)
PENDING(msg_send_direct_req2)
