/* SPDX-License-Identifier: MIT */
/*
 * Stage-2 tables (VMSAv8-64, 4K granule, 32-bit IPA so the walk starts
 * at level 1). Tables come from a static pool, taken in order: a test
 * machine creates a few dozen VMs at most before QEMU exits, and only the
 * Linux run, whose guests come one after another, gives them back (the
 * newest VM's tables, s2_release).
 *
 * A VM RAM page keeps its output address when the VM loses access (lend,
 * donate): only the valid bit goes, and a software bit says the page is
 * still the VM's, so the mediator can translate it for the SPMC.
 */
#include "stage2.h"

#include "sys/string.h"

#include "memmap.h"
#include "mmu.h"

#define POOL_TABLES 1024
#define ENTRIES 512

#define DESC_VALID (1UL << 0)
#define DESC_TABLE (1UL << 1) /* at levels 1-2: a table; at level 3: a page */
#define DESC_BLOCK DESC_VALID
#define DESC_PAGE (DESC_VALID | DESC_TABLE)
#define DESC_ADDR 0x0000fffffffff000UL
#define S2_MEMATTR_NORMAL_WB (0xfUL << 2)
#define S2_MEMATTR_DEVICE_nGnRE (0x1UL << 2)
#define S2AP_RO (1UL << 6)
#define S2AP_RW (3UL << 6)
#define SH_INNER (3UL << 8)
#define AF (1UL << 10)
#define SW_VM_RAM (1UL << 55) /* software bits [58:55], ignored by the MMU */
#define SW_CLAIMED (1UL << 56)
#define SW_OP_SHIFT 57 /* the claim's op (enum ffa_mem_op), two bits */
#define SW_OP (3UL << SW_OP_SHIFT)

/* VTCR_EL2: T0SZ 32, SL0 1 (level 1 start), WB inner-shareable walks, 36-bit PA. */
#define VTCR_T0SZ 32UL
#define VTCR_SL0_L1 (1UL << 6)
#define VTCR_IRGN0_WB (1UL << 8)
#define VTCR_ORGN0_WB (1UL << 10)
#define VTCR_SH0_INNER (3UL << 12)
#define VTCR_PS_36BIT (1UL << 16)
#define VTCR_RES1 (1UL << 31)
#define VTTBR_VMID_SHIFT 48

static uint64_t pool[POOL_TABLES][ENTRIES] __attribute__((aligned(4096)));
static unsigned int pool_used;

static uint64_t *table_alloc(void)
{
	if (pool_used == POOL_TABLES)
		return NULL;
	return pool[pool_used++]; /* zeroed: in .bss, or by s2_release */
}

static unsigned int index_at(uint64_t ipa, int level)
{
	return (unsigned int)(ipa >> (39 - 9 * level)) & (ENTRIES - 1);
}

/* The next-level table under entry e, made if make and missing. */
static uint64_t *next_table(uint64_t *e, bool make)
{
	uint64_t *t;

	if (*e & DESC_VALID)
		return (uint64_t *)(*e & DESC_ADDR);
	if (!make || (t = table_alloc()) == NULL)
		return NULL;
	*e = (uint64_t)t | DESC_VALID | DESC_TABLE;
	return t;
}

/* The level-3 entry for ipa (or the level-2 one with level2), or NULL. */
static uint64_t *entry_of(const struct s2 *s, uint64_t ipa, bool make, bool level2)
{
	uint64_t *t;

	if (ipa >> 32)
		return NULL;
	t = next_table(&s->level1[index_at(ipa, 1)], make);
	if (t == NULL)
		return NULL;
	if (level2)
		return &t[index_at(ipa, 2)];
	t = next_table(&t[index_at(ipa, 2)], make);
	return t == NULL ? NULL : &t[index_at(ipa, 3)];
}

bool s2_init(struct s2 *s, uint16_t vmid)
{
	s->vmid = vmid;
	s->level1 = table_alloc();
	return s->level1 != NULL;
}

static uint64_t attributes(enum s2_kind kind)
{
	switch (kind) {
	case S2_RAM:
		return S2_MEMATTR_NORMAL_WB | S2AP_RW | SH_INNER | AF | SW_VM_RAM;
	case S2_STUB:
		return S2_MEMATTR_NORMAL_WB | S2AP_RO | SH_INNER | AF;
	case S2_DEVICE:
		return S2_MEMATTR_DEVICE_nGnRE | S2AP_RW | AF;
	}
	return 0;
}

/* Devices in 2 MiB blocks: 128 MiB of them would take 64 level-3 tables. */
static bool map_blocks(struct s2 *s, uint64_t ipa, uint64_t pa, uint64_t size, uint64_t attr)
{
	for (uint64_t off = 0; off < size; off += 0x200000) {
		uint64_t *e = entry_of(s, ipa + off, true, true);

		if (e == NULL)
			return false;
		*e = (pa + off) | DESC_BLOCK | attr;
	}
	return true;
}

bool s2_map(struct s2 *s, uint64_t ipa, uint64_t pa, uint64_t size, enum s2_kind kind)
{
	const uint64_t attr = attributes(kind);

	if (kind == S2_DEVICE && (ipa | pa | size) % 0x200000 == 0)
		return map_blocks(s, ipa, pa, size, attr);
	for (uint64_t off = 0; off < size; off += PAGE_SIZE) {
		uint64_t *e = entry_of(s, ipa + off, true, false);

		if (e == NULL)
			return false;
		*e = (pa + off) | DESC_PAGE | attr;
	}
	tlb_flush_guests();
	return true;
}

bool s2_lookup(const struct s2 *s, uint64_t ipa, struct s2_page *page)
{
	uint64_t *e = entry_of(s, ipa, false, false);

	if (e == NULL || !(*e & SW_VM_RAM))
		return false;
	page->pte = e;
	page->pa = (*e & DESC_ADDR) | (ipa & (PAGE_SIZE - 1));
	page->accessible = (*e & DESC_VALID) != 0;
	page->claimed = (*e & SW_CLAIMED) != 0;
	page->op = (uint8_t)((*e & SW_OP) >> SW_OP_SHIFT);
	return true;
}

void s2_set(const struct s2_page *page, bool accessible, bool claimed, uint8_t op)
{
	uint64_t e = *page->pte & ~(DESC_VALID | SW_CLAIMED | SW_OP);

	*page->pte = e | (accessible ? DESC_VALID : 0) | (claimed ? SW_CLAIMED : 0) |
		     ((uint64_t)op << SW_OP_SHIFT & SW_OP);
	tlb_flush_guests();
}

bool s2_release(struct s2 *s)
{
	const unsigned int first = (unsigned int)(s->level1 - pool[0]) / ENTRIES;

	/* Its tables are the last ones taken: the level-1 table came first. */
	if (s->level1 == NULL || s->level1 < pool[0] || first >= pool_used)
		return false;
	memset(pool[first], 0, (size_t)(pool_used - first) * sizeof(pool[0]));
	pool_used = first;
	s->level1 = NULL;
	/* The VMID will name another VM's tables: forget these translations. */
	tlb_flush_guests();
	return true;
}

uint64_t s2_vttbr(const struct s2 *s)
{
	return (uint64_t)s->vmid << VTTBR_VMID_SHIFT | (uint64_t)s->level1;
}

uint64_t s2_vtcr(void)
{
	return VTCR_T0SZ | VTCR_SL0_L1 | VTCR_IRGN0_WB | VTCR_ORGN0_WB | VTCR_SH0_INNER |
	       VTCR_PS_36BIT | VTCR_RES1;
}
