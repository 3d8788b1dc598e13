/* SPDX-License-Identifier: MIT */
/*
 * The Linux run's account of each FF-A call the mediator took: the
 * conduit, the registers in and out (tests/system/run.py names their
 * fields from the spec), and for a reply whose w2/w3 is the handle of a
 * memory transaction the mediator now records for the VM, its page count.
 * The mediator's own log (runtime/src/call.c) gives only w0 and w2.
 */
#include "calllog.h"
#include "mediator_access.h"

#include "sys/uart.h"

static void regs_out(const struct ffa_regs *r)
{
	for (int i = 0; i < FFA_REG_COUNT; i++)
		uart_printf(" %lx", (unsigned long)r->x[i]);
}

/* The VM's transaction under this handle, or NULL. */
static const struct ffa_share *share_of(uint16_t vm, ffa_mem_handle_t handle)
{
	for (uint32_t i = 0; i < hyp_mediator->config.max_shares; i++) {
		const struct ffa_share *s = &hyp_mediator->shares[i];

		if (s->used && s->owner == vm && s->handle == handle)
			return s;
	}
	return NULL;
}

void call_log(const struct guest *g, bool hvc, const struct ffa_regs *in,
	      const struct ffa_regs *out)
{
	const ffa_mem_handle_t handle = (uint32_t)out->x[2] | out->x[3] << 32;
	const struct ffa_share *s = NULL;

	if ((uint32_t)out->x[0] == FFA_SUCCESS_32 || (uint32_t)out->x[0] == FFA_SUCCESS_64)
		s = share_of(g->id, handle);
	uart_printf("el2: call VM %u by %s:", g->id, hvc ? "HVC" : "SMC");
	regs_out(in);
	uart_puts(" ->");
	regs_out(out);
	if (s != NULL)
		uart_printf(" [share %#lx: %lu pages]", (unsigned long)s->handle,
			    (unsigned long)s->pages);
	uart_puts("\n");
}
