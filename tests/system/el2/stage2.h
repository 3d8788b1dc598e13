/* SPDX-License-Identifier: MIT */
/*
 * A VM's stage-2 translation (IPA to PA), 4K pages, 4 GiB of IPA space.
 * The tables are the only record of which physical page backs which IPA:
 * the mediator's address translation walks them (s2_lookup).
 */
#ifndef EL2_STAGE2_H
#define EL2_STAGE2_H

#include <stdbool.h>
#include <stdint.h>

struct s2 {
	uint64_t *level1;
	uint16_t vmid;
};

/* What a mapping is. */
enum s2_kind {
	S2_RAM,    /* the VM's own memory: read-write, Normal */
	S2_STUB,   /* the hypervisor's code page: read-only, executable */
	S2_DEVICE, /* passed-through devices: Device-nGnRE */
};

/* A page of the VM's RAM as its stage 2 holds it. */
struct s2_page {
	uint64_t *pte;
	uint64_t pa;
	bool accessible; /* mapped for the VM now (not lent or donated) */
	bool claimed;    /* in a memory transaction (mem_claim) */
	uint8_t op;      /* ... for this op (enum ffa_mem_op) */
};

/* Empty tables for VM vmid; false when the table pool is exhausted. */
bool s2_init(struct s2 *s, uint16_t vmid);

/* Map size bytes at ipa to pa (all 4K-aligned); false when out of tables. */
bool s2_map(struct s2 *s, uint64_t ipa, uint64_t pa, uint64_t size, enum s2_kind kind);

/* The VM RAM page at ipa, accessible or not; false if ipa is not VM RAM. */
bool s2_lookup(const struct s2 *s, uint64_t ipa, struct s2_page *page);

/* Give or take the VM's access, mark claimed (by a transaction of op) or not. */
void s2_set(const struct s2_page *page, bool accessible, bool claimed, uint8_t op);

/*
 * Give the VM's tables back to the pool, with every table taken after
 * them: only for the newest VM (its tables are the last ones taken), once
 * nothing refers to its pages any more. False, nothing freed, for an
 * uninitialised s.
 */
bool s2_release(struct s2 *s);

/* VTTBR_EL2 for this VM. */
uint64_t s2_vttbr(const struct s2 *s);

/* VTCR_EL2 for every VM. */
uint64_t s2_vtcr(void);

#endif
