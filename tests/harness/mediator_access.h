/* SPDX-License-Identifier: MIT */
/*
 * The project's tests' own view of the mediator's private state: the one
 * header outside runtime/ that reaches it (runtime/src/state.h, and the
 * runtime's internal functions). Hypervisors use ffa/mediator.h alone.
 * Accessors for what several tests read; a test that checks one field of
 * one concern reads it here too, so a change to the state is a change
 * to the tests, never to the API.
 */
#ifndef MEDIATOR_ACCESS_H
#define MEDIATOR_ACCESS_H

#include "internal.h"

/* Open memory transactions of a VM, as the mediator's table has them. */
static inline uint32_t access_vm_shares(const struct ffa_mediator *m, uint16_t vm_id)
{
	uint32_t n = 0;

	for (uint32_t i = 0; i < m->config.max_shares; i++)
		n += m->shares[i].used && m->shares[i].owner == vm_id;
	return n;
}

/* Slots of the VM table. */
static inline uint32_t access_vm_slots(const struct ffa_mediator *m)
{
	return m->config.max_vms;
}

/* The VM in slot i, or NULL when the slot is free. */
static inline struct ffa_vm *access_vm_slot(struct ffa_mediator *m, uint32_t i)
{
	return m->vms[i].in_use ? &m->vms[i] : NULL;
}

#endif /* MEDIATOR_ACCESS_H */
