/* SPDX-License-Identifier: MIT */
/* Destroying a Linux guest's VM, and what its teardown left (teardown.c). */
#ifndef EL2_TEARDOWN_H
#define EL2_TEARDOWN_H

#include <stdbool.h>
#include <stdint.h>

#include "guest.h"

/* What the simulated SPMC holds of a VM (its spmc_vm command). */
struct spmc_view {
	bool valid;
	uint32_t transactions; /* memory transactions it sent */
	bool buffers;          /* RX/TX mapped with the SPMC */
	uint32_t partitions;   /* partitions that know it as created */
	bool bitmaps;          /* notification bitmaps */
};

/* The SPMC's view of vm_id; false (v zeroed) with real firmware. */
bool spmc_view_of(uint16_t vm_id, struct spmc_view *v);

/*
 * Destroy the VM of a guest that stopped for good, poll until its teardown
 * is done, print what is left of it (before: the SPMC's view while it
 * ran), and release its memory when nothing is. True when nothing is left.
 */
bool teardown(struct guest *g, const struct spmc_view *before);

#endif
