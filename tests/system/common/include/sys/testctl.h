/* SPDX-License-Identifier: MIT */
/*
 * The test-control SMC between the system test's EL2 hypervisor and its
 * EL3 firmware: how the scenario engine reaches the SPMC's side (its
 * configuration, its partitions' inboxes, its record of calls). Test
 * firmware only; a SiP (silicon provider) call, so no FF-A id is taken.
 *
 *   x0 = TESTCTL_CALL, x1 = physical address of a Non-secure buffer,
 *   x2 = its size in bytes. The buffer holds one NUL-terminated command
 *   line of the scenario engine's protocol (tests/scenario/engine_core.c);
 *   EL3 runs it and writes back the NUL-terminated reply text, lines
 *   starting "@ " exactly as the host engine prints them.
 *   Returns x0 = TESTCTL_OK (even for an "@ err ..." reply),
 *   TESTCTL_E_TOO_SMALL or TESTCTL_E_BAD_BUFFER.
 */
#ifndef SYS_TESTCTL_H
#define SYS_TESTCTL_H

#define TESTCTL_CALL 0xC2000F01UL
#define TESTCTL_OK 0
#define TESTCTL_E_TOO_SMALL 1
#define TESTCTL_E_BAD_BUFFER 2

#endif
