/* SPDX-License-Identifier: MIT */
/*
 * The host scenario engine: engine_core.c (which documents the protocol)
 * on the simulated machine (tests/harness/sim_platform.c) with the
 * simulated SPMC, in one process. A guest's call is a direct
 * ffa_handle_call(): the mediator takes no conduit, and a hypervisor hands
 * it SMCs and HVCs alike. Plain stdio on stdin and stdout, so the engine
 * runs under qemu-user too.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "engine_core.h"
#include "engine_spmc.h"
#include "sim_platform.h"

#define MAX_VIRQ_VCPUS 8 /* vCPUs of each VM whose taken interrupts are tracked */

static struct sim_platform sim;
static bool sim_started;
/* The SPMC's half of the protocol (engine_spmc.c) acts on sim.spmc. */
static struct engine_spmc spmc_side = { .spmc = &sim.spmc };
static struct ffa_mediator *med; /* in the simulator's memory, once started */

/* Every platform effect of the run (sim.effects keeps SIM_MAX_EFFECTS). */
static struct {
	struct sim_effect *all;
	uint32_t count;
	uint32_t cap;
	uint32_t lost; /* no memory to keep them: counted, not kept */
} effect_log;

static void print(const char *fmt, va_list ap)
{
	vprintf(fmt, ap);
}

/* Where engine_spmc.c's answers go: stdout too. */
static void print_to_stdout(void *ctx, const char *fmt, va_list ap)
{
	(void)ctx;
	print(fmt, ap);
}

static const struct engine_out stdout_out = { print_to_stdout, NULL };

/* One line of any length; false at end of input. */
static bool read_line(char **line)
{
	static char *buf;
	static size_t cap;
	size_t len = 0;
	int ch;

	/* The runner waits for each answer: never leave one buffered. */
	fflush(stdout);
	do {
		ch = getchar();
		if (len + 1 >= cap) {
			size_t bigger_cap = cap != 0 ? cap * 2 : 256;
			char *bigger = realloc(buf, bigger_cap);

			if (bigger == NULL)
				return false;
			buf = bigger;
			cap = bigger_cap;
		}
		if (ch != EOF && ch != '\n')
			buf[len++] = (char)ch;
	} while (ch != EOF && ch != '\n');
	buf[len] = '\0';
	*line = buf;
	return ch != EOF || len != 0;
}

/* sim.effect_hook: keeps each effect; the log doubles as it fills. */
static void keep_effect(void *ctx, const struct sim_effect *e)
{
	(void)ctx; /* the one simulated machine */
	if (effect_log.lost == 0 && effect_log.count == effect_log.cap) {
		uint32_t cap = effect_log.cap != 0 ? effect_log.cap * 2 : 1024;
		struct sim_effect *bigger = realloc(effect_log.all, (size_t)cap * sizeof(*bigger));

		if (bigger != NULL) {
			effect_log.all = bigger;
			effect_log.cap = cap;
		}
	}
	if (effect_log.lost != 0 || effect_log.count == effect_log.cap)
		effect_log.lost++;
	else
		effect_log.all[effect_log.count++] = *e;
}

static bool start(struct ffa_config *cfg)
{
	if (sim_init(&sim, &spmc_side.config) != 0) {
		engine_answer("err no memory for the simulated machine");
		return false;
	}
	sim_started = true;
	spmc_side.initialised = true;
	sim.effect_hook = keep_effect;
	cfg->hyp_rx = sim_alloc_pages(&sim, cfg->hyp_buffer_pages);
	cfg->hyp_tx = sim_alloc_pages(&sim, cfg->hyp_buffer_pages);
	return true;
}

static int32_t mediator_init(const struct ffa_config *cfg, struct ffa_mediator **mediator)
{
	size_t size;

	med = sim_mediator_memory(&sim, cfg, &size);
	*mediator = med;
	return med != NULL ? ffa_mediator_init(med, size, &sim.ops, cfg) : FFA_NO_MEMORY;
}

static void trace(bool on)
{
	sim.trace = on;
}

static bool vm_add(struct engine_vm *v, uint64_t ipa_base, uint64_t size)
{
	return sim_add_vm(&sim, v->id, ipa_base, size) == 0;
}

/* The simulator forgets a VM's memory, so a later VM may reuse the id. */
static void vm_changed(struct engine_vm *v, enum engine_vm_state was)
{
	if (v->state == ENGINE_VM_LIVE || was == ENGINE_VM_DYING)
		return;
	for (int i = 0; i < SIM_MAX_VMS; i++) {
		if (sim.vms[i].present && sim.vms[i].id == v->id)
			sim.vms[i].present = false;
	}
}

/* With --trace: interrupts have no trace line of their own in the simulator. */
static void trace_virqs(uint32_t since)
{
	for (uint32_t i = since; i < effect_log.count; i++) {
		const struct sim_effect *e = &effect_log.all[i];

		if (e->kind == SIM_VIRQ)
			printf("  platform: virq vm %#x vcpu %u intid %u\n", e->vm_id, e->vcpu,
			       e->intid);
	}
}

static enum engine_call call(struct engine_vm *v, uint16_t vcpu, enum engine_conduit conduit,
			     struct ffa_regs *regs)
{
	const uint32_t effects = effect_log.count;

	(void)conduit; /* trapped alike: ffa_handle_call() takes no conduit */
	if (!ffa_handle_call(med, v->ffa, vcpu, regs))
		return ENGINE_CALL_NOT_FFA;
	if (sim.trace)
		trace_virqs(effects);
	return ENGINE_CALL_REPLY;
}

static bool guest_copy(struct engine_vm *v, uint64_t ipa, void *buf, uint64_t len, bool to_guest)
{
	uint8_t *p = sim_guest_ptr(&sim, v->id, ipa, len);

	if (p == NULL)
		return false;
	if (to_guest)
		memcpy(p, buf, len);
	else
		memcpy(buf, p, len);
	return true;
}

static bool counts(uint32_t *spmc_calls, uint32_t *effects)
{
	*spmc_calls = sim.spmc.trace_count;
	*effects = effect_log.count + effect_log.lost;
	return true;
}

static const struct sim_effect *effect(uint32_t i)
{
	return i < effect_log.count ? &effect_log.all[i] : NULL;
}

/*
 * The simulated platform's inject_virq effects say whether the vCPU got a
 * virtual interrupt since it last took one.
 */
static enum engine_virq take_virq(struct engine_vm *v, uint16_t vcpu)
{
	static uint32_t seen[SIM_MAX_VM_ID][MAX_VIRQ_VCPUS];
	bool taken = false;

	if (v->id >= SIM_MAX_VM_ID || vcpu >= MAX_VIRQ_VCPUS) {
		engine_answer("err take_virq: the simulator tracks vCPUs below %d of VMs below %d",
			     MAX_VIRQ_VCPUS, SIM_MAX_VM_ID);
		return ENGINE_VIRQ_FAILED;
	}
	for (uint32_t i = seen[v->id][vcpu]; i < effect_log.count; i++) {
		const struct sim_effect *e = &effect_log.all[i];

		taken |= e->kind == SIM_VIRQ && e->vm_id == v->id && e->vcpu == vcpu;
	}
	if (taken)
		seen[v->id][vcpu] = effect_log.count;
	return taken ? ENGINE_VIRQ_TAKEN : ENGINE_VIRQ_NONE;
}

static void fail_next_map(uint32_t n)
{
	sim.fail_next_map = (int)n;
}

static void policy(uint16_t sender, const bool *allowed)
{
	pthread_mutex_lock(&sim.lock);
	memcpy(sim.allow[sender], allowed, sizeof(sim.allow[sender]));
	pthread_mutex_unlock(&sim.lock);
}

static void page_state(uint16_t vm_id, uint64_t ipa, struct engine_page *p)
{
	struct sim_page_state s;

	sim_page_state(&sim, vm_id, ipa, &s);
	*p = (struct engine_page){ .mappings = s.mappings,
				   .writable = s.writable,
				   .claimed = s.claimed,
				   .op = s.op,
				   .stage2 = s.stage2 };
}

static void vm_totals(uint16_t vm_id, uint32_t *mappings, uint64_t *claimed_pages)
{
	*mappings = sim_live_mappings(&sim, vm_id);
	*claimed_pages = sim_claimed_pages(&sim, vm_id);
}

/* The SPMC's commands, under the simulator's lock as every SPMC call is. */
static bool spmc_command(const struct cmd *c)
{
	bool done;

	pthread_mutex_lock(&sim.lock);
	done = engine_spmc_command(&spmc_side, c, &stdout_out);
	pthread_mutex_unlock(&sim.lock);
	return done;
}

/* Room for the mediator's default limits: 32 VMs of gigabytes each. */
static const struct engine_machine host = {
	ENGINE_MACHINE_OPS,
	.name = "host",
	.platform = &sim.ops,
	.limits = { .vms = SIM_MAX_VMS, .vcpus = UINT16_MAX, .vm_memory = SIM_MEM_SIZE,
		    .hyp_buffer_pages = 64, .policy_ids = SIM_MAX_VM_ID },
};

int main(void)
{
	/* The standard test partitions unless the scenario replaces them. */
	engine_spmc_defaults(&spmc_side);
	engine_run(&host);
	fflush(stdout);
	if (sim_started)
		sim_fini(&sim);
	return 0;
}
