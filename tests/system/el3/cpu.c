/* SPDX-License-Identifier: MIT */
/*
 * The CPU's optional parts handed to the normal world, as TF-A does
 * (lib/extensions/sve, sme; SCR_EL3 in context_mgmt.c): only what the ID
 * registers say exists, since a bit for an absent feature is RES0. Without
 * them a kernel on -cpu max traps to EL3 at its first SVE instruction or
 * pointer-authentication key write.
 */
#include "el3.h"
#include "sys/cpu_features.h"
#include "sys/testfault.h"

/* SCR_EL3: NS, RES1 bits 4 and 5, HCE, RW (EL2 is AArch64); SMC enabled. */
#define SCR_NORMAL_WORLD 0x531UL
#define SCR_APK (1UL << 16)   /* pointer-authentication keys not trapped */
#define SCR_API (1UL << 17)   /* pointer-authentication instructions not trapped */
#define SCR_HXEN (1UL << 38)  /* HCRX_EL2 in effect */
#define SCR_ENTP2 (1UL << 41) /* TPIDR2_EL0 (SME) not trapped */
/* CPTR_EL3: 0 traps nothing of FP/SIMD; EZ and ESM stop trapping SVE and SME. */
#define CPTR_EZ (1UL << 8)
#define CPTR_ESM (1UL << 12)

uint64_t cpu_enable_features(void)
{
	uint64_t scr = SCR_NORMAL_WORLD;
	uint64_t cptr = 0;

	if (cpu_has_sve() && !test_fault(TEST_FAULT_EL3_TRAP_SVE))
		cptr |= CPTR_EZ;
	if (cpu_sme_level() != 0 && !test_fault(TEST_FAULT_EL3_TRAP_SVE))
		cptr |= CPTR_ESM | CPTR_EZ; /* SME's streaming mode uses the SVE registers too */
	CPU_WRITE("cptr_el3", cptr);
	if (cptr & CPTR_EZ)
		CPU_WRITE(ZCR_EL3, VECTOR_LEN_MAX);
	if (cptr & CPTR_ESM) {
		CPU_WRITE(SMCR_EL3, cpu_smcr_all());
		scr |= SCR_ENTP2;
	}
	if (cpu_has_pauth())
		scr |= SCR_API | SCR_APK;
	if (cpu_has_hcx())
		scr |= SCR_HXEN;
	return scr;
}
