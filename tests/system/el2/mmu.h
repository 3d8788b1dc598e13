/* SPDX-License-Identifier: MIT */
/* The hypervisor's own (stage 1, EL2) translation: identity, caches on. */
#ifndef EL2_MMU_H
#define EL2_MMU_H

void mmu_enable(void);

/* Make stage-2 changes visible: every VM's TLB entries go. */
void tlb_flush_guests(void);

#endif
