/* SPDX-License-Identifier: MIT */
#include "engine_effects.h"

static void print_effect(const struct engine_out *out, const struct sim_effect *e)
{
	switch (e->kind) {
	case SIM_MAP:
		engine_reply(out, "map %#x %#llx %u %d", e->vm_id, (unsigned long long)e->ipa, e->pages, e->writable);
		break;
	case SIM_UNMAP:
		engine_reply(out, "unmap %#x %#llx %u", e->vm_id, (unsigned long long)e->ipa, e->pages);
		break;
	case SIM_VIRQ:
		engine_reply(out, "virq %#x %u %u", e->vm_id, e->vcpu, e->intid);
		break;
	case SIM_CLAIM:
		engine_reply(out, "claim %#x %#llx %u %d", e->vm_id, (unsigned long long)e->ipa, e->pages, (int)e->op);
		break;
	case SIM_UNCLAIM:
		engine_reply(out, "unclaim %#x %#llx %u %d", e->vm_id, (unsigned long long)e->ipa, e->pages,
			     (int)e->op);
		break;
	}
}

void engine_effects_since(const struct engine_out *out, const struct cmd *c, const struct sim_effect *effects,
			  uint32_t kept, uint32_t total)
{
	const uint32_t kept_end = total < kept ? total : kept;
	uint64_t since;

	if (!cmd_arg_num(c, 1, total, &since)) {
		engine_reply(out, "err usage: effects_since N (N <= %u)", total);
		return;
	}
	/* The first `kept` effects only: the later ones are counted as lost. */
	engine_reply(out, "effects %u %u", since < kept_end ? kept_end - (uint32_t)since : 0,
		     since < kept_end ? total - kept_end : total - (uint32_t)since);
	for (uint32_t i = (uint32_t)since; i < kept_end; i++)
		print_effect(out, &effects[i]);
}

void engine_effects_since_ring(const struct engine_out *out, const struct cmd *c, const struct sim_effect *ring,
			       uint32_t size, uint32_t total)
{
	const uint32_t oldest = total > size ? total - size : 0;
	uint64_t since;

	if (!cmd_arg_num(c, 1, total, &since)) {
		engine_reply(out, "err usage: effects_since N (N <= %u)", total);
		return;
	}
	/* The last `size` effects only: older ones since N are counted as lost. */
	if (since < oldest) {
		engine_reply(out, "effects %u %u", total - oldest, oldest - (uint32_t)since);
		since = oldest;
	} else {
		engine_reply(out, "effects %u 0", total - (uint32_t)since);
	}
	for (uint32_t i = (uint32_t)since; i < total; i++)
		print_effect(out, &ring[i % size]);
}
