/* SPDX-License-Identifier: MIT */
/*
 * QEMU virt's GICv2 (distributor 0x08000000, CPU interface 0x08010000)
 * handed to the normal world: every interrupt in Group 1 (Non-secure),
 * both groups enabled, all priorities let through. The hypervisor does
 * not take interrupts; the Linux guest drives the GIC itself.
 */
#include "el3.h"

#define GICD_BASE 0x08000000UL
#define GICC_BASE 0x08010000UL
#define GICD_CTLR 0x000
#define GICD_TYPER 0x004
#define GICD_IGROUPR(n) (0x080 + 4 * (n))
#define GICD_TYPER_ITLINES(t) ((t) & 0x1f)
#define GICC_CTLR 0x000
#define GICC_PMR 0x004
#define GIC_ENABLE_GRP0_GRP1 3u
#define GICC_PMR_ALL 0xffu

static volatile uint32_t *gicd(unsigned long off)
{
	return (volatile uint32_t *)(GICD_BASE + off);
}

static volatile uint32_t *gicc(unsigned long off)
{
	return (volatile uint32_t *)(GICC_BASE + off);
}

void gic_init(void)
{
	const uint32_t lines = GICD_TYPER_ITLINES(*gicd(GICD_TYPER)) + 1;

	for (uint32_t n = 0; n < lines; n++)
		*gicd(GICD_IGROUPR(n)) = 0xffffffffu;
	*gicd(GICD_CTLR) = GIC_ENABLE_GRP0_GRP1;
	*gicc(GICC_PMR) = GICC_PMR_ALL;
	*gicc(GICC_CTLR) = GIC_ENABLE_GRP0_GRP1;
}
