/* SPDX-License-Identifier: MIT */
/* Ending QEMU with a status (Arm semihosting SYS_EXIT, AArch64). */
#ifndef SYS_SEMIHOST_H
#define SYS_SEMIHOST_H

_Noreturn void semihost_exit(int code);

#endif
