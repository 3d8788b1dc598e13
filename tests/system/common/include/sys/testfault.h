/* SPDX-License-Identifier: MIT */
/*
 * Faults the system test can inject into the hypervisor or the firmware
 * to prove its checks bite: machine.py has QEMU write one word at
 * TEST_FAULT_PA (FFA_SYSTEM_FAULT=NAME in its environment); without it
 * there is none. (EL3 reads it from Non-secure RAM with its MMU off, as
 * QEMU allows.)
 */
#ifndef SYS_TESTFAULT_H
#define SYS_TESTFAULT_H

#include <stdbool.h>

#define TEST_FAULT_PA 0x42001008UL
#define TEST_FAULT_MAGIC 0x544c5546UL /* "FULT": the upper half of the word */

enum test_fault {
	TEST_FAULT_NONE = 0,
	/*
	 * Every reply of the mediator comes back to the guest with x8..x17
	 * zero, as they did when the mediator wrote all 18 registers (issue
	 * 15): SMCCC's rule that they are preserved must then fail.
	 */
	TEST_FAULT_CLOBBER_X8_X17 = 1,
	/*
	 * EL3 leaves SVE trapped (CPTR_EL3.EZ 0) on a CPU that has it: the
	 * first SVE access below EL3 must then stop the machine with EL3's
	 * panic naming the real ELR, FAR and ESR.
	 */
	TEST_FAULT_EL3_TRAP_SVE = 2,
	/*
	 * A guest's HVC #0 goes to EL3 as it is, unmediated, as it did before
	 * issue 14: the Linux run's checks must then fail although Linux
	 * still prints "Firmware version 1.2 found".
	 */
	TEST_FAULT_HVC_TO_EL3 = 3,
};

bool test_fault(enum test_fault fault);

#endif
