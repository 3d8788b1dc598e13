/* SPDX-License-Identifier: MIT */
#include "reply_check.h"

#include <stdio.h>

static bool known_reply(uint32_t w0)
{
	static const uint32_t replies[] = {
		FFA_ERROR_32,
		FFA_SUCCESS_32,
		FFA_SUCCESS_64,
		FFA_MEM_FRAG_RX_32,
		FFA_INTERRUPT_32,
		FFA_YIELD_32,
		FFA_MSG_WAIT_32,
		FFA_MSG_SEND_DIRECT_RESP_32,
		FFA_MSG_SEND_DIRECT_RESP_64,
		FFA_MSG_SEND_DIRECT_RESP2_64,
		FFA_RX_RELEASE_32,
	};

	for (size_t i = 0; i < sizeof(replies) / sizeof(replies[0]); i++) {
		if (w0 == replies[i])
			return true;
	}
	return false;
}

const char *reply_defect(bool aarch64, uint32_t fid, const struct ffa_regs *r, char *buf,
			 size_t size)
{
	const uint32_t w0 = (uint32_t)r->x[0];

	if (fid == FFA_VERSION_32 ? (int32_t)w0 != FFA_NOT_SUPPORTED && (w0 >> 31) != 0 :
				    !known_reply(w0)) {
		snprintf(buf, size, "call %#x got w0 %#x", fid, w0);
		return buf;
	}
	if (w0 == FFA_ERROR_32 &&
	    ((int32_t)r->x[2] > FFA_NOT_SUPPORTED || (int32_t)r->x[2] < FFA_NOT_READY)) {
		snprintf(buf, size, "call %#x got status %d", fid, (int32_t)r->x[2]);
		return buf;
	}
	/* A 32-bit VM's results are in r0..r7; the rest are its own registers. */
	for (int i = 0; !aarch64 && i < FFA_MSG_REG_COUNT; i++) {
		if (r->x[i] >> 32 != 0) {
			snprintf(buf, size, "call %#x gave a 32-bit VM x%d = %#llx", fid, i,
				 (unsigned long long)r->x[i]);
			return buf;
		}
	}
	return NULL;
}
