/* SPDX-License-Identifier: MIT */
/*
 * A memory transaction descriptor as a 1.2 guest writes it: header,
 * one access descriptor, composite, constituents. For the tests and the
 * benchmark that only need a plain one (test_mem.c builds every layout).
 */
#ifndef MEM_DESC_H
#define MEM_DESC_H

#include <stdint.h>

#include "ffa/ffa_structs.h"

/* Normal, write-back, inner shareable: what a share must ask for. */
uint16_t mem_desc_normal_wb(void);

/* Read-write for the receiver. */
uint8_t mem_desc_rw(void);

/*
 * Write into the 4K buffer tx a descriptor from sender to receiver with
 * count constituents c, the composite's page total their sum; its length.
 */
uint32_t mem_desc_write(uint8_t *tx, uint16_t sender, uint16_t receiver, uint16_t attributes,
			uint8_t permissions, const struct ffa_mem_constituent_v1_0 *c,
			uint32_t count);

#endif
