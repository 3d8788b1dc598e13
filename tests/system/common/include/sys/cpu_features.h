/* SPDX-License-Identifier: MIT */
/*
 * What the CPU implements, from its ID registers (Arm ARM D19.2), for the
 * firmware and the hypervisor to enable exactly that for the normal world
 * (QEMU's -cpu max has SVE, SME and pointer authentication; cortex-a57
 * none of them). Register names the assembler may not know are spelt as
 * their encodings.
 */
#ifndef SYS_CPU_FEATURES_H
#define SYS_CPU_FEATURES_H

#include <stdbool.h>
#include <stdint.h>

#define CPU_READ(reg)                                          \
	({                                                     \
		uint64_t v_;                                   \
		__asm__ volatile("mrs %0, " reg : "=r"(v_));   \
		v_;                                            \
	})
#define CPU_WRITE(reg, v) __asm__ volatile("msr " reg ", %0; isb" ::"r"((uint64_t)(v)) : "memory")

#define ID_AA64ISAR2_EL1 "S3_0_C0_C6_2"
#define ID_AA64SMFR0_EL1 "S3_0_C0_C4_5"
#define ZCR_EL2 "S3_4_C1_C2_0"
#define ZCR_EL3 "S3_6_C1_C2_0"
#define SMCR_EL2 "S3_4_C1_C2_6"
#define SMCR_EL3 "S3_6_C1_C2_6"

/* ZCR_ELx.LEN and SMCR_ELx.LEN all ones: the longest vector the CPU has. */
#define VECTOR_LEN_MAX 0xfUL
#define SMCR_EZT0 (1UL << 30)
#define SMCR_FA64 (1UL << 31)

static inline unsigned int id_field(uint64_t reg, unsigned int shift)
{
	return (unsigned int)(reg >> shift) & 0xf;
}

/* ID_AA64PFR0_EL1.SVE */
static inline bool cpu_has_sve(void)
{
	return id_field(CPU_READ("id_aa64pfr0_el1"), 32) != 0;
}

/* ID_AA64PFR1_EL1.SME: 1 SME, 2 SME2 (which adds ZT0). */
static inline unsigned int cpu_sme_level(void)
{
	return id_field(CPU_READ("id_aa64pfr1_el1"), 24);
}

/* ID_AA64SMFR0_EL1.FA64 (bit 63): the whole A64 set in streaming mode. */
static inline bool cpu_has_sme_fa64(void)
{
	return cpu_sme_level() != 0 && (CPU_READ(ID_AA64SMFR0_EL1) >> 63) != 0;
}

/*
 * Pointer authentication, address or generic, with any algorithm:
 * ID_AA64ISAR1_EL1.{APA, API, GPA, GPI}, ID_AA64ISAR2_EL1.{GPA3, APA3}.
 */
static inline bool cpu_has_pauth(void)
{
	const uint64_t isar1 = CPU_READ("id_aa64isar1_el1");
	const uint64_t isar2 = CPU_READ(ID_AA64ISAR2_EL1);

	return id_field(isar1, 4) || id_field(isar1, 8) || id_field(isar1, 24) ||
	       id_field(isar1, 28) || id_field(isar2, 8) || id_field(isar2, 12);
}

/* ID_AA64MMFR1_EL1.HCX: HCRX_EL2 exists. */
static inline bool cpu_has_hcx(void)
{
	return id_field(CPU_READ("id_aa64mmfr1_el1"), 40) != 0;
}

/* SMCR_ELx for the longest streaming vector, with FA64 and ZT0 where there. */
static inline uint64_t cpu_smcr_all(void)
{
	return VECTOR_LEN_MAX | (cpu_has_sme_fa64() ? SMCR_FA64 : 0) |
	       (cpu_sme_level() >= 2 ? SMCR_EZT0 : 0);
}

#endif
