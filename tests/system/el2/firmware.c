/* SPDX-License-Identifier: MIT */
/* The firmware word QEMU left at FW_INFO_PA (firmware.h). */
#include "firmware.h"

#include <stdint.h>

enum fw_kind firmware_kind(void)
{
	const uint64_t word = *(const volatile uint64_t *)FW_INFO_PA;

	if (word >> 32 != FW_INFO_MAGIC || (uint32_t)word > FW_TFA)
		return FW_SIM;
	return (enum fw_kind)(uint32_t)word;
}

bool firmware_real(void)
{
	return firmware_kind() != FW_SIM;
}

const char *firmware_name(void)
{
	static const char *const names[] = { "the simulated SPMC at EL3",
					     "OP-TEE as the SPMC (TF-A, SPMD)",
					     "TF-A's EL3 SPMC with OP-TEE as a partition" };

	return names[firmware_kind()];
}

enum ffa_version firmware_spmc_version_max(void)
{
	return firmware_kind() == FW_TFA ? FFA_VERSION_1_1 : (enum ffa_version)0;
}
