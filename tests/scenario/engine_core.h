/* SPDX-License-Identifier: MIT */
/*
 * The scenario engine's core (engine_core.c documents the protocol): the
 * command table, the loop and every command, once. What differs between
 * the machines it drives is a struct engine_machine of a few ops, as the
 * mediator's own platform is a struct ffa_platform:
 *   - the host engine (engine.c): the simulated platform and SPMC in this
 *     process; a guest call is a direct ffa_handle_call();
 *   - the system test (tests/system/el2/scenario_engine.c): a stub guest
 *     under QEMU makes a real SMC or HVC that the EL2 hypervisor traps; the
 *     SPMC runs at EL3 (simulated or real firmware).
 * Freestanding: it is compiled into both.
 */
#ifndef ENGINE_CORE_H
#define ENGINE_CORE_H

#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>

#include "cmdline.h"
#include "ffa/mediator.h"
#include "sim_effect.h"

/* VMs the core keeps track of, live or destroyed (a machine may hold fewer). */
#define ENGINE_MAX_VMS 64
/* VM ids a messaging policy can name, at most (a machine may take fewer). */
#define ENGINE_MAX_POLICY_IDS 64

enum engine_vm_state { ENGINE_VM_FREE, ENGINE_VM_LIVE, ENGINE_VM_DYING, ENGINE_VM_GONE };

/*
 * A VM the scenario created. A VM whose ffa_vm_destroy() said RETRY is
 * dying until ffa_vm_destroy_poll() says FFA_OK; a destroyed VM's slot is
 * kept (gone) until it is needed, so a later poll of it can be asked too.
 */
struct engine_vm {
	enum engine_vm_state state;
	uint16_t id;
	bool aarch64;
	uint16_t vcpus;
	struct ffa_vm *ffa; /* the mediator's handle */
	void *machine;      /* the machine's own record of it */
};

/* How a guest makes an FF-A call (SMCCC, DEN0028). */
enum engine_conduit { ENGINE_SMC, ENGINE_HVC };

/* What became of a call. */
enum engine_call { ENGINE_CALL_REPLY, ENGINE_CALL_NOT_FFA, ENGINE_CALL_FAILED };

/* What a vCPU did when it ran with interrupts unmasked. */
enum engine_virq { ENGINE_VIRQ_TAKEN, ENGINE_VIRQ_NONE, ENGINE_VIRQ_FAILED };

/* One page of a VM now (page_state). */
struct engine_page {
	uint32_t mappings;  /* hypervisor mappings (map_guest) that cover it */
	bool writable;      /* one of them is writable */
	bool claimed;       /* held by a memory transaction (mem_claim) */
	enum ffa_mem_op op; /* ... for this op */
	bool stage2;        /* in the VM's stage 2: its memory, live, not lent or donated */
};

/* What a machine has room for: beyond it, a command gets a "usage" error. */
struct engine_limits {
	uint32_t vms; /* at once, live or dying */
	uint32_t vcpus;
	uint64_t vm_memory;
	uint32_t hyp_buffer_pages;
	uint16_t policy_ids; /* VM ids below this take a messaging policy */
};

/*
 * The machine: the platform ops it gives the mediator, and its own ops.
 * Ops that can fail return false (or *_FAILED) after writing one "err"
 * answer; the others cannot fail.
 */
struct engine_machine {
	const char *name; /* the answer to "engine" */
	const struct ffa_platform *platform;
	struct engine_limits limits;

	/* Append text to the answers (printf formats). */
	void (*print)(const char *fmt, va_list ap);

	/*
	 * The next line, NUL-terminated, in *line (the machine's buffer);
	 * *line NULL for one too long. False at the end of input.
	 */
	bool (*read_line)(char **line);

	/*
	 * Before ffa_mediator_init(): the SPMC started, the hypervisor's
	 * buffers in cfg (cfg->hyp_buffer_pages each), and whatever the machine
	 * sets of cfg itself.
	 */
	bool (*start)(struct ffa_config *cfg);

	/* ffa_mediator_init() in the machine's memory for it: *mediator, and the status. */
	int32_t (*mediator_init)(const struct ffa_config *cfg, struct ffa_mediator **mediator);

	/* Print each crossing into the SPMC (after init). */
	void (*trace)(bool on);

	/*
	 * The VM's memory (v->id, aarch64, vcpus set; size bytes at ipa_base,
	 * zeroed) in v->machine; false if the machine cannot have it.
	 */
	bool (*vm_add)(struct engine_vm *v, uint64_t ipa_base, uint64_t size);

	/*
	 * v->state changed from was: created (LIVE, with v->ffa), never created
	 * after all (FREE), destroyed (DYING or GONE), or its destruction done
	 * (DYING to GONE).
	 */
	void (*vm_changed)(struct engine_vm *v, enum engine_vm_state was);

	/* A guest's call with these registers; the reply in regs. */
	enum engine_call (*call)(struct engine_vm *v, uint16_t vcpu, enum engine_conduit conduit,
				 struct ffa_regs *regs);

	/* Copy len bytes to or from the VM's memory at ipa; false if not all of it is. */
	bool (*guest_copy)(struct engine_vm *v, uint64_t ipa, void *buf, uint64_t len,
			   bool to_guest);

	/* Calls the SPMC answered and platform effects, so far. */
	bool (*counts)(uint32_t *spmc_calls, uint32_t *effects);

	/* Effect i of those counted, or NULL if the machine keeps it no more. */
	const struct sim_effect *(*effect)(uint32_t i);

	/* Run the vCPU with interrupts unmasked: did it take a virtual interrupt? */
	enum engine_virq (*take_virq)(struct engine_vm *v, uint16_t vcpu);

	/* The next n map_guest calls fail with NO_MEMORY. */
	void (*fail_next_map)(uint32_t n);

	/* VM-to-VM messaging: sender may message VM i where allowed[i]. */
	void (*policy)(uint16_t sender, const bool *allowed);

	/* Page ipa of VM vm_id (live or not) now. */
	void (*page_state)(uint16_t vm_id, uint64_t ipa, struct engine_page *p);

	/* All of a VM's: hypervisor mappings, pages held by transactions. */
	void (*vm_totals)(uint16_t vm_id, uint32_t *mappings, uint64_t *claimed_pages);

	/* Run c if it is one of the SPMC's commands; false (nothing written) if not. */
	bool (*spmc_command)(const struct cmd *c);
};

/*
 * A machine's ops, each a static function of the op's name: a machine
 * lacking one does not compile.
 */
#define ENGINE_MACHINE_OPS                                                                  \
	.print = print, .read_line = read_line, .start = start,                             \
	.mediator_init = mediator_init, .trace = trace,                                     \
	.vm_add = vm_add, .vm_changed = vm_changed, .call = call, .guest_copy = guest_copy, \
	.counts = counts, .effect = effect, .take_virq = take_virq,                         \
	.fail_next_map = fail_next_map, .policy = policy, .page_state = page_state,         \
	.vm_totals = vm_totals, .spmc_command = spmc_command

/* The machine's print, one answer line: "@ ", the text, a newline. */
void engine_answer(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/*
 * Answer commands until "quit" or the end of input; true if the mediator
 * was initialised.
 */
bool engine_run(const struct engine_machine *m);

#endif
