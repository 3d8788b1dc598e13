/* SPDX-License-Identifier: MIT */
/*
 * What the generated conformance tests need from the project: a call
 * context for a VM of the given version and execution state.
 */
#ifndef CONFORMANCE_HARNESS_H
#define CONFORMANCE_HARNESS_H

#include "ffa/ffa_dispatch.h"

struct ffa_call_ctx *ffa_conformance_ctx(enum ffa_version v, bool aarch64);
void ffa_conformance_ctx_release(struct ffa_call_ctx *ctx);

#endif
