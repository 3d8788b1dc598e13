/* SPDX-License-Identifier: MIT */
/*
 * Is a reply the mediator gave a VM a defined FF-A answer? Shared by the
 * random-call test (tests/unit/test_fuzz.c) and the libFuzzer targets
 * (tests/fuzz): an id a reply may have, a status FF-A defines, and for a
 * 32-bit VM nothing above bit 31 in x0..x17 of the results.
 */
#ifndef REPLY_CHECK_H
#define REPLY_CHECK_H

#include <stdbool.h>
#include <stddef.h>

#include "ffa/ffa_abi.h"

/*
 * NULL when the reply to fid is a defined answer for a VM of that
 * execution state, else what is wrong with it (written into buf).
 */
const char *reply_defect(bool aarch64, uint32_t fid, const struct ffa_regs *r, char *buf,
			 size_t size);

#endif
