/* SPDX-License-Identifier: MIT */
#ifndef SPMC_DEFAULTS_H
#define SPMC_DEFAULTS_H

#include "spmc.h"

/*
 * c becomes the standard configuration: an FF-A 1.2 SPMC (id 0x8000) with
 * partitions 0x8001 (echo, 1.2, 4 contexts), 0x8002 (OP-TEE's UUID, 1.1,
 * VM created/destroyed messages) and 0x8003 (1.0, two UUIDs).
 */
void spmc_default_config(struct spmc_config *c);

#endif
