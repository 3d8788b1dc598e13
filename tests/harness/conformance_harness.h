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
/*
 * regs, answered in place by ffa_handle_call() for a fresh VM whose version
 * is frozen at v and whose calls are not logged (as ffa_conformance_ctx()'s
 * is frozen): the hypervisor's entry, fast lane included. Returns its answer.
 */
bool ffa_conformance_entry(enum ffa_version v, bool aarch64, struct ffa_regs *regs);

#endif
