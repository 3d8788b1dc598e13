/* SPDX-License-Identifier: MIT */
/*
 * The PSCI 1.0 and SMCCC 1.2 answers a Linux guest needs (DEN0022,
 * DEN0028); SYSTEM_OFF and SYSTEM_RESET end QEMU with status 0.
 */
#include "el3.h"
#include "sys/semihost.h"

#define PSCI_VERSION 0x84000000u
#define PSCI_MIGRATE_INFO_TYPE 0x84000006u
#define PSCI_SYSTEM_OFF 0x84000008u
#define PSCI_SYSTEM_RESET 0x84000009u
#define PSCI_FEATURES 0x8400000au
#define SMCCC_VERSION 0x80000000u
#define SMCCC_ARCH_FEATURES 0x80000001u

#define PSCI_VERSION_1_1 0x10001u
#define SMCCC_VERSION_1_2 0x10002u
#define MIGRATE_INFO_NOT_REQUIRED 2u
#define NOT_SUPPORTED UINT64_MAX /* -1 in PSCI and SMCCC */

/* What PSCI_FEATURES reports as present. */
static bool psci_has(uint32_t fid)
{
	switch (fid) {
	case PSCI_VERSION:
	case PSCI_FEATURES:
	case PSCI_SYSTEM_OFF:
	case PSCI_SYSTEM_RESET:
	case PSCI_MIGRATE_INFO_TYPE:
	case SMCCC_VERSION:
		return true;
	default:
		return false;
	}
}

bool psci_call(struct el3_regs *r)
{
	switch ((uint32_t)r->x[0]) {
	case PSCI_VERSION:
		r->x[0] = PSCI_VERSION_1_1;
		return true;
	case PSCI_FEATURES:
		r->x[0] = psci_has((uint32_t)r->x[1]) ? 0 : NOT_SUPPORTED;
		return true;
	case PSCI_MIGRATE_INFO_TYPE:
		r->x[0] = MIGRATE_INFO_NOT_REQUIRED;
		return true;
	case PSCI_SYSTEM_OFF:
	case PSCI_SYSTEM_RESET:
		el3_report();
		semihost_exit(0);
	case SMCCC_VERSION:
		r->x[0] = SMCCC_VERSION_1_2;
		return true;
	case SMCCC_ARCH_FEATURES:
		r->x[0] = NOT_SUPPORTED;
		return true;
	default:
		return false;
	}
}
