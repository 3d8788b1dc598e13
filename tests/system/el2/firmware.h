/* SPDX-License-Identifier: MIT */
/*
 * Which secure firmware the machine runs: the project's EL3 firmware with
 * the simulated SPMC, or real firmware built from Debian's sources
 * (tests/system/firmware): OP-TEE as the SPMC (configuration A) or TF-A's
 * EL3 SPMC with OP-TEE as a partition (B). machine.py has QEMU write one
 * word at FW_INFO_PA; without it the machine is the simulated one.
 *
 * Real firmware knows nothing of the test-control SMC (sys/testctl.h): the
 * hypervisor then never makes it, and keeps its own record of the calls the
 * mediator makes to the SPMC, which the scenario engine reports instead of
 * the simulated SPMC's.
 */
#ifndef EL2_FIRMWARE_H
#define EL2_FIRMWARE_H

#include <stdbool.h>

#include "ffa/ffa_abi.h"

#define FW_INFO_PA 0x42001000UL
#define FW_INFO_MAGIC 0x46464657UL /* "WFFF": the upper half of the word */

enum fw_kind { FW_SIM = 0, FW_OPTEE = 1, FW_TFA = 2 };

enum fw_kind firmware_kind(void);
bool firmware_real(void);
const char *firmware_name(void);

/*
 * The cap on the version the mediator uses with this firmware's SPMC
 * (struct ffa_config spmc_version_max; 0: none): TF-A 2.12.1's EL3 SPMC
 * answers FFA_VERSION with 1.2 but refuses memory transactions from a 1.2
 * caller, so the hypervisor speaks 1.1 with it, as a production one must.
 */
enum ffa_version firmware_spmc_version_max(void);

#endif
