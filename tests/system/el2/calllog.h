/* SPDX-License-Identifier: MIT */
/* One line per FF-A call of a guest that asks for it (calllog.c). */
#ifndef EL2_CALLLOG_H
#define EL2_CALLLOG_H

#include <stdbool.h>

#include "hyp.h"

/*
 * "el2: call VM ID by SMC|HVC: X0..X17 -> X0..X17", then
 * " [share HANDLE: N pages]" when the reply names the VM's new memory
 * transaction.
 */
void call_log(const struct guest *g, bool hvc, const struct ffa_regs *in,
	      const struct ffa_regs *out);

#endif
