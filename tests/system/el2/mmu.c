/* SPDX-License-Identifier: MIT */
/*
 * EL2 stage 1: the first 4 GiB identity-mapped with 1 GiB blocks, devices
 * below RAM, Normal write-back RAM above. The hypervisor reaches a guest's
 * memory at its physical address, which is why every guest page it touches
 * is found through that guest's stage-2 tables first (stage2.c).
 */
#include <stdint.h>

#include "memmap.h"
#include "mmu.h"

/* MAIR_EL2: attribute 0 Device-nGnRnE, attribute 1 Normal write-back. */
#define MAIR_DEVICE 0x00UL
#define MAIR_NORMAL 0xffUL
#define ATTR_DEVICE 0
#define ATTR_NORMAL 1

/* A level-1 block descriptor (VMSAv8-64, 4K granule). */
#define DESC_BLOCK 0x1UL
#define DESC_ATTR(i) ((uint64_t)(i) << 2)
#define DESC_SH_INNER (3UL << 8)
#define DESC_AF (1UL << 10)
#define DESC_XN (1UL << 54)

/* TCR_EL2: 4 GiB of VA (T0SZ 32, so the walk starts at level 1), WB walks. */
#define TCR_T0SZ 32UL
#define TCR_IRGN0_WB (1UL << 8)
#define TCR_ORGN0_WB (1UL << 10)
#define TCR_SH0_INNER (3UL << 12)
#define TCR_PS_36BIT (1UL << 16)
#define TCR_RES1 ((1UL << 31) | (1UL << 23))

#define SCTLR_M (1UL << 0)
#define SCTLR_C (1UL << 2)
#define SCTLR_I (1UL << 12)
#define SCTLR_EL2_RES1 0x30c50830UL

static uint64_t level1[512] __attribute__((aligned(4096)));

void mmu_enable(void)
{
	const uint64_t normal = DESC_BLOCK | DESC_ATTR(ATTR_NORMAL) | DESC_SH_INNER | DESC_AF;
	const uint64_t device = DESC_BLOCK | DESC_ATTR(ATTR_DEVICE) | DESC_AF | DESC_XN;

	level1[0] = 0x00000000UL | device;
	level1[1] = RAM_BASE | normal;
	__asm__ volatile("msr mair_el2, %0" ::"r"(MAIR_DEVICE | MAIR_NORMAL << 8));
	__asm__ volatile("msr tcr_el2, %0" ::"r"(TCR_T0SZ | TCR_IRGN0_WB | TCR_ORGN0_WB |
						 TCR_SH0_INNER | TCR_PS_36BIT | TCR_RES1));
	__asm__ volatile("msr ttbr0_el2, %0" ::"r"((uint64_t)level1));
	__asm__ volatile("dsb sy; tlbi alle2; dsb sy; isb" ::: "memory");
	__asm__ volatile(
		"msr sctlr_el2, %0; isb" ::"r"(SCTLR_EL2_RES1 | SCTLR_M | SCTLR_C | SCTLR_I)
		: "memory");
}

void tlb_flush_guests(void)
{
	__asm__ volatile("dsb ishst; tlbi alle1is; dsb ish; isb" ::: "memory");
}
