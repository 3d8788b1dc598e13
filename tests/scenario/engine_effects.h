/* SPDX-License-Identifier: MIT */
/*
 * The engine protocol's "effects_since N": a platform's effect records
 * (sim_effect.h) as answer lines. Freestanding: the host engine and the
 * system test's EL2 hypervisor answer in the same words.
 */
#ifndef ENGINE_EFFECTS_H
#define ENGINE_EFFECTS_H

#include "cmdline.h"
#include "engine_out.h"
#include "sim_effect.h"

/*
 * Answer c ("effects_since N") from effects, which keeps the first `kept`
 * records of `total` made so far.
 */
void engine_effects_since(const struct engine_out *out, const struct cmd *c, const struct sim_effect *effects,
			  uint32_t kept, uint32_t total);

/*
 * The same from a ring of `size` records that keeps the last ones: record
 * i of the `total` made so far is ring[i % size] while i >= total - size.
 */
void engine_effects_since_ring(const struct engine_out *out, const struct cmd *c, const struct sim_effect *ring,
			       uint32_t size, uint32_t total);

#endif
