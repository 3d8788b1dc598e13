/* SPDX-License-Identifier: MIT */
/*
 * A small EL2 hypervisor for the system test: it embeds the mediator
 * (runtime/) exactly as a production hypervisor would, through
 * ffa/mediator.h and the platform ops of platform.c, and runs either the
 * scenario engine (guests driven over the UART) or a Linux guest.
 *
 * One CPU, no interrupts at EL2 (they go straight to the guest), so the
 * little mutable state here is only ever touched by one thread of control.
 */
#include "hyp.h"
#include "mmu.h"
#include "sys/cpu_features.h"
#include "sys/semihost.h"
#include "sys/uart.h"

/*
 * CPTR_EL2 (HCR_EL2.E2H 0): RES1 bits 0-7, 9 and 13, FP/SIMD not trapped
 * (TFP 0); TZ (bit 8) and TSM (bit 12) are RES1 unless the CPU has SVE
 * and SME, and then 0 lets the guest use them.
 */
#define CPTR_EL2_RES1 0x22ffUL
#define CPTR_EL2_TZ (1UL << 8)
#define CPTR_EL2_TSM (1UL << 12)

/* Memory for the mediator: more than the configurations the tests use need. */
#define HYP_MEDIATOR_BYTES (1024 * 1024)
static _Alignas(FFA_MEDIATOR_ALIGN) unsigned char mediator_memory[HYP_MEDIATOR_BYTES];
struct ffa_mediator *hyp_mediator;
struct hyp_platform hyp_plat;

bool linux_requested(void);

_Noreturn void hyp_panic(const char *why)
{
	uart_printf("el2: PANIC: %s\n", why);
	semihost_exit(3);
}

int32_t hyp_mediator_init(const struct ffa_config *config)
{
	const size_t size = ffa_mediator_size(config);

	if (size > sizeof(mediator_memory))
		hyp_panic("the mediator needs more memory than HYP_MEDIATOR_BYTES");
	hyp_mediator = (struct ffa_mediator *)mediator_memory;
	return ffa_mediator_init(hyp_mediator, size, &hyp_plat.ops, config);
}

/* From start.S, when EL2 itself takes an exception. */
_Noreturn void hyp_panic_exception(uint64_t esr, uint64_t elr, uint64_t far)
{
	/* SPSR_EL2.M[3:2]: where it came from (EL2 itself, or an IRQ while a guest ran). */
	uart_printf("el2: PANIC: unexpected exception from EL%u: ESR %#lx ELR %#lx FAR %#lx\n",
		    (unsigned int)(CPU_READ("spsr_el2") >> 2) & 3, (unsigned long)esr,
		    (unsigned long)elr, (unsigned long)far);
	semihost_exit(3);
}

/* FP/SIMD, SVE and SME for the guests, with the longest vectors the CPU has. */
static void cpu_for_guests(void)
{
	const bool sve = cpu_has_sve(), sme = cpu_sme_level() != 0;

	CPU_WRITE("cptr_el2", CPTR_EL2_RES1 | (sve ? 0 : CPTR_EL2_TZ) | (sme ? 0 : CPTR_EL2_TSM));
	if (sve)
		CPU_WRITE(ZCR_EL2, VECTOR_LEN_MAX);
	if (sme)
		CPU_WRITE(SMCR_EL2, cpu_smcr_all());
}

void hyp_main(void)
{
	mmu_enable();
	cpu_for_guests();
	if (linux_requested())
		linux_boot();
	scenario_engine();
}
