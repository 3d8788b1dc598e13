/* SPDX-License-Identifier: MIT */
/*
 * QEMU virt's GIC handed to the normal world: every interrupt in Group 1
 * Non-secure, the groups enabled, all priorities let through. The
 * hypervisor does not take interrupts; the Linux guest drives the GIC
 * itself. GICv2 (the default) or GICv3 (-M virt,gic-version=3, which
 * Linux's FF-A driver needs to map its schedule receiver interrupt), told
 * apart by ID_AA64PFR0_EL1.GIC.
 */
#include "el3.h"

#define GICD_BASE 0x08000000UL
#define GICC_BASE 0x08010000UL  /* GICv2 CPU interface */
#define GICR_BASE 0x080a0000UL  /* GICv3 redistributor of CPU 0 */
#define GICR_SGI_BASE (GICR_BASE + 0x10000)

#define GICD_CTLR 0x000
#define GICD_TYPER 0x004
#define GICD_IGROUPR(n) (0x080 + 4 * (n))
#define GICD_IGRPMODR(n) (0xd00 + 4 * (n))
#define GICD_TYPER_ITLINES(t) ((t) & 0x1f)
#define GICD_CTLR_RWP (1u << 31)
#define GICC_CTLR 0x000
#define GICC_PMR 0x004
#define GIC_ENABLE_GRP0_GRP1 3u
#define GICC_PMR_ALL 0xffu

/* GICv3 (IHI 0069): GICD_CTLR with security, the redistributor, ICC_SRE. */
#define GICD_CTLR_ENABLE_GRP0 (1u << 0)
#define GICD_CTLR_ENABLE_GRP1NS (1u << 1)
#define GICD_CTLR_ARE_S (1u << 4)
#define GICD_CTLR_ARE_NS (1u << 5)
#define GICR_WAKER 0x014
#define GICR_WAKER_PROCESSOR_SLEEP (1u << 1)
#define GICR_WAKER_CHILDREN_ASLEEP (1u << 2)
#define GICR_IGROUPR0 0x080
#define GICR_IGRPMODR0 0xd00
#define ICC_SRE_SRE_DFB_DIB_ENABLE 0xfUL
#define ID_AA64PFR0_GIC(v) (((v) >> 24) & 0xf)

static volatile uint32_t *reg(unsigned long base, unsigned long off)
{
	return (volatile uint32_t *)(base + off);
}

static uint32_t spi_words(void)
{
	return GICD_TYPER_ITLINES(*reg(GICD_BASE, GICD_TYPER)) + 1;
}

static void gicv2_init(void)
{
	for (uint32_t n = 0; n < spi_words(); n++)
		*reg(GICD_BASE, GICD_IGROUPR(n)) = 0xffffffffu;
	*reg(GICD_BASE, GICD_CTLR) = GIC_ENABLE_GRP0_GRP1;
	*reg(GICC_BASE, GICC_PMR) = GICC_PMR_ALL;
	*reg(GICC_BASE, GICC_CTLR) = GIC_ENABLE_GRP0_GRP1;
}

static void gicd_write_ctlr(uint32_t v)
{
	*reg(GICD_BASE, GICD_CTLR) = v;
	while (*reg(GICD_BASE, GICD_CTLR) & GICD_CTLR_RWP)
		;
}

static void gicv3_init(void)
{
	/* EL2 and EL1 use the system register interface. */
	__asm__ volatile(
		"msr S3_6_C12_C12_5, %0; isb" ::"r"(ICC_SRE_SRE_DFB_DIB_ENABLE)); /* ICC_SRE_EL3 */
	__asm__ volatile(
		"msr S3_4_C12_C9_5, %0; isb" ::"r"(ICC_SRE_SRE_DFB_DIB_ENABLE)); /* ICC_SRE_EL2 */
	gicd_write_ctlr(GICD_CTLR_ARE_S | GICD_CTLR_ARE_NS);
	for (uint32_t n = 1; n < spi_words(); n++) {
		*reg(GICD_BASE, GICD_IGROUPR(n)) = 0xffffffffu;
		*reg(GICD_BASE, GICD_IGRPMODR(n)) = 0;
	}
	gicd_write_ctlr(GICD_CTLR_ARE_S | GICD_CTLR_ARE_NS | GICD_CTLR_ENABLE_GRP0 |
			GICD_CTLR_ENABLE_GRP1NS);
	*reg(GICR_BASE, GICR_WAKER) &= ~GICR_WAKER_PROCESSOR_SLEEP;
	while (*reg(GICR_BASE, GICR_WAKER) & GICR_WAKER_CHILDREN_ASLEEP)
		;
	*reg(GICR_SGI_BASE, GICR_IGROUPR0) = 0xffffffffu;
	*reg(GICR_SGI_BASE, GICR_IGRPMODR0) = 0;
}

void gic_init(void)
{
	uint64_t pfr0;

	__asm__ volatile("mrs %0, id_aa64pfr0_el1" : "=r"(pfr0));
	if (ID_AA64PFR0_GIC(pfr0) != 0)
		gicv3_init();
	else
		gicv2_init();
}
