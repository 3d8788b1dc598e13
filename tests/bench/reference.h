/* SPDX-License-Identifier: MIT */
/* The bench's hand-written reference handler (reference.c). */
#ifndef FFA_BENCH_REFERENCE_H
#define FFA_BENCH_REFERENCE_H

#include "ffa/ffa_abi.h"

/* A guest as the reference sees it: its id and negotiated version. */
struct ref_vm {
	uint16_t id;
	uint32_t version;
};

/* Answers VERSION, ID_GET and FEATURES in place; false for any other id. */
bool ref_handle_call(struct ref_vm *vm, struct ffa_regs *r);

#endif
