/* SPDX-License-Identifier: MIT */
/* The fault word QEMU left at TEST_FAULT_PA (testfault.h). */
#include "sys/testfault.h"

#include <stdint.h>

bool test_fault(enum test_fault fault)
{
	const uint64_t word = *(const volatile uint64_t *)TEST_FAULT_PA;

	return word >> 32 == TEST_FAULT_MAGIC && (uint32_t)word == (uint32_t)fault;
}
