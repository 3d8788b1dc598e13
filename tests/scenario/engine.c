/* SPDX-License-Identifier: MIT */
/*
 * The scenario engine: the real mediator on the simulated machine
 * (tests/harness/sim_platform.c) with the simulated SPMC, driven one line
 * at a time by tests/scenario/scenario.py. It knows nothing of FF-A names
 * or expectations; it only moves registers and bytes and reports what
 * crossed each boundary, so every check lives in one place (the runner).
 *
 * Protocol: one command per line on stdin, numbers in C syntax (0x.. or
 * decimal), byte strings as plain hex. Every answer line starts with "@ ";
 * anything else on stdout is trace or mediator log output that the runner
 * passes through. Plain stdio only, so the engine runs under qemu-user too.
 *
 *   spmc_set version|id|rxtx_max_pages|sri_intid|refuse_newer_minor V
 *   spmc_clear                        drop the standard test partitions
 *   spmc_partition ID EXEC PROPS VERSION UUIDHEX...
 *   partition_set ID KEY VALUE        how a partition behaves (spmc.h), before
 *                                     or after init: behaviour NAME (echo, busy,
 *                                     error, interrupt-once, yield-once,
 *                                     wrong-source, wrong-dest, wrong-func,
 *                                     garbage, framework-resp, sequence), vm_msg
 *                                     NAME (ok, busy, retry, error; restarts
 *                                     its count), error, bad_id,
 *                                     yield_timeout_lo, yield_timeout_hi,
 *                                     vm_msg_fail_count, vm_msg_error,
 *                                     inbox_size N, stops LETTERS (i: an
 *                                     FFA_INTERRUPT, y: an FFA_YIELD) -> ok
 *   spmc_remove FID          -> ok (the SPMC implements that function no
 *                               more, either convention; before or after init)
 *   spmc_answer FID X0..X17  -> ok (the SPMC's next call with w0 = FID gets
 *                               these registers and does nothing else)
 *   spmc_answers             -> count N (scripted answers still waiting)
 *   config hyp_buffer_pages|vm_rxtx_max_pages|spmc_version_max V
 *   trace 0|1
 *   init                     -> ok MEDIATOR_VERSION SPMC_VERSION | status S
 *   vm_create ID aarch64|aarch32 VCPUS MEMSIZE IPABASE -> ok | status S
 *   vm_destroy ID            -> status S (ffa_vm_destroy; RETRY: the VM is
 *                               dying until vm_destroy_poll says 0)
 *   vm_destroy_poll ID       -> status S (ffa_vm_destroy_poll of a dying VM,
 *                               or of one destroyed already)
 *   policy SENDER [RECEIVER...] -> ok (VM-to-VM messaging: SENDER may message
 *                               exactly these VMs, ids below SIM_MAX_VM_ID)
 *   inbox ID take|peek       -> inbox FULL SENDER [HEX] (a partition's
 *                               FFA_MSG_SEND2 inbox; take empties it)
 *   known_vms ID             -> known N VM... (the VMs a partition knows as
 *                               created)
 *   engine                   -> engine host (which engine this is; the
 *                               system test's answers "err unknown command")
 *   call VM VCPU X0..X17     -> reply X0..X17 (hex) | notffa
 *   call_hvc VM VCPU X0..X17 -> the same for a VM that trapped with HVC: the
 *                               hypervisor hands both conduits to
 *                               ffa_handle_call() alike
 *   write VM IPA HEX         -> ok
 *   read VM IPA LEN          -> data HEX
 *   hyp_read tx|rx OFFSET LEN -> data HEX
 *   pa VM IPA                -> pa PA | status S
 *   counts                   -> counts SPMC_CALLS EFFECTS
 *   spmc_calls_since N       -> spmc K LOST, then K lines: call IN0..17 OUT0..17
 *   effects_since N          -> effects K LOST, then K lines:
 *                               map VM IPA PAGES W | unmap VM IPA PAGES |
 *                               virq VM VCPU INTID
 *   fail_next_map N          -> ok
 *   spmc_deliver EP HEX      -> status S
 *   page_state VM IPA        -> page MAPPINGS WRITABLE CLAIMED OP STAGE2 (the
 *                               page now: hypervisor mappings of it, one
 *                               writable, held by a memory transaction and
 *                               its op (0 share, 1 lend, 2 donate), in the
 *                               VM's stage 2; any VM id, destroyed ones too)
 *   vm_state VM              -> vm MAPPINGS CLAIMED_PAGES (all of a VM's)
 *   effects_since keeps every effect of the run (not only SIM_MAX_EFFECTS)
 *   live_mappings VM         -> count N
 *   spmc_init                -> ok SPMC_VERSION (the SPMC alone; "init" does it
 *                               here, the system test's EL2 asks EL3 for it)
 *   spmc_count               -> count N (FF-A calls the SPMC answered)
 *   sp_notify SP VM BITMAP [VCPU] -> status S (the partition sets notifications
 *                               for the VM; per-vCPU when VCPU is given)
 *   sp_bind SP VM BITMAP     -> status S (the partition lets the VM set them)
 *   sp_notifications SP      -> notifications BITMAP (what VMs set, taken)
 *   sp_retrieve SP HANDLE    -> status S (the partition retrieves the
 *                               transaction: spmc_retrieve())
 *   sp_relinquish SP HANDLE  -> status S (spmc_relinquish())
 *   sp_read SP HANDLE OFF LEN -> data HEX | status S (bytes of the
 *                               retrieved memory, in descriptor order)
 *   sp_write SP HANDLE OFF HEX -> status S
 *   spmc_transaction HANDLE  -> transaction 0 | transaction 1 COMPLETE FID
 *                               TYPE SENDER ATTRIBUTES FLAGS TAG TOTAL_PAGES
 *                               RECEIVERS RANGES, then RECEIVERS lines
 *                               receiver ID PERMISSIONS RETRIEVED and RANGES
 *                               lines range PA PAGES
 *   spmc_transactions        -> count N (transactions the SPMC holds)
 *   spmc_vm VM               -> spmcvm TRANSACTIONS BUFFERS KNOWN_BY BITMAPS
 *                               (what the SPMC holds of a VM)
 *   sri                      -> ok (the physical schedule receiver interrupt:
 *                               ffa_notifications_pending())
 *   take_virq VM VCPU        -> virq taken|none (a virtual interrupt injected
 *                               since the last one taken reaches the vCPU)
 *   quit
 * A malformed command gets "@ err MESSAGE". The SPMC's commands are
 * engine_spmc.c's, shared with the system test's EL3 firmware; lines are
 * read by cmdline.c, shared with its EL2 hypervisor.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cmdline.h"
#include "engine_effects.h"
#include "engine_spmc.h"
#include "sim_platform.h"


static struct sim_platform sim;
/* The SPMC's half of the protocol (engine_spmc.c) acts on sim.spmc. */
static struct engine_spmc spmc_side = { .spmc = &sim.spmc };
static struct ffa_config med_cfg = { .hyp_buffer_pages = 1, .log_level = FFA_LOG_WARN };
static struct ffa_mediator *med;
static bool initialised;
static bool tracing;

/* Every platform effect of the run (sim.effects keeps SIM_MAX_EFFECTS). */
static struct {
	struct sim_effect *all;
	uint32_t count;
	uint32_t cap;
	bool lost;        /* no memory for one: effects_since says so */
} effect_log;

/*
 * The mediator's handle of each VM the scenario created. A VM whose
 * ffa_vm_destroy() said RETRY is dying until ffa_vm_destroy_poll() says
 * FFA_OK; a destroyed VM's handle is kept (gone) until the slot is needed,
 * so a later poll of it can be asked too.
 */
enum slot_state { SLOT_FREE, SLOT_LIVE, SLOT_DYING, SLOT_GONE };

static struct {
	enum slot_state state;
	uint16_t id;
	struct ffa_vm *vm;
} vms[SIM_MAX_VMS];

static void reply(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

static void reply(const char *fmt, ...)
{
	va_list ap;

	fputs("@ ", stdout);
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	fputc('\n', stdout);
}

static void print_to_stdout(void *ctx, const char *fmt, va_list ap)
{
	(void)ctx;
	vprintf(fmt, ap);
}

static void print_hex(const uint8_t *p, uint64_t len)
{
	for (uint64_t i = 0; i < len; i++)
		printf("%02x", p[i]);
}

/* One line of any length; NULL at end of input. */
static char *read_line(void)
{
	size_t cap = 256;
	size_t len = 0;
	char *buf = malloc(cap);
	int ch;

	if (buf == NULL)
		return NULL;
	while ((ch = getchar()) != EOF && ch != '\n') {
		if (len + 1 == cap) {
			char *bigger = realloc(buf, cap * 2);

			if (bigger == NULL) {
				free(buf);
				return NULL;
			}
			buf = bigger;
			cap *= 2;
		}
		buf[len++] = (char)ch;
	}
	if (ch == EOF && len == 0) {
		free(buf);
		return NULL;
	}
	buf[len] = '\0';
	return buf;
}

/* --- VMs ---------------------------------------------------------------- */

/* The slot of VM id in this state, or -1. */
static int slot_in(uint16_t id, enum slot_state state)
{
	for (int i = 0; i < SIM_MAX_VMS; i++) {
		if (vms[i].state == state && vms[i].id == id)
			return i;
	}
	return -1;
}

static int vm_slot(uint16_t id)
{
	return slot_in(id, SLOT_LIVE);
}

/* The mediator's handle for argument i, or NULL (after an error reply). */
static struct ffa_vm *arg_vm(const struct cmd *c, int i)
{
	uint64_t id;
	int slot;

	if (!cmd_arg_num(c, i, UINT16_MAX, &id)) {
		reply("err bad VM id");
		return NULL;
	}
	slot = vm_slot((uint16_t)id);
	if (slot < 0) {
		reply("err VM %#llx does not exist", (unsigned long long)id);
		return NULL;
	}
	return vms[slot].vm;
}

/* The simulator forgets a VM's memory, so a later VM may reuse the id. */
static void sim_forget_vm(uint16_t id)
{
	for (int i = 0; i < SIM_MAX_VMS; i++) {
		if (sim.vms[i].present && sim.vms[i].id == id)
			sim.vms[i].present = false;
	}
}

/* sim.effect_hook: keeps each effect; the log doubles as it fills. */
static void keep_effect(void *ctx, const struct sim_effect *e)
{
	(void)ctx;
	if (effect_log.count == effect_log.cap) {
		uint32_t cap = effect_log.cap != 0 ? effect_log.cap * 2 : 1024;
		struct sim_effect *bigger = realloc(effect_log.all, (size_t)cap * sizeof(*bigger));

		if (bigger == NULL) {
			effect_log.lost = true;
			return;
		}
		effect_log.all = bigger;
		effect_log.cap = cap;
	}
	effect_log.all[effect_log.count++] = *e;
}

/* --- commands ----------------------------------------------------------- */

/* Sets one field of the mediator's configuration; false for an unknown key. */
static bool mediator_setting(const char *key, uint64_t v)
{
	if (strcmp(key, "hyp_buffer_pages") == 0)
		med_cfg.hyp_buffer_pages = (uint32_t)v;
	else if (strcmp(key, "vm_rxtx_max_pages") == 0)
		med_cfg.vm_rxtx_max_pages = (uint32_t)v;
	else if (strcmp(key, "spmc_version_max") == 0)
		med_cfg.spmc_version_max = (enum ffa_version)v;
	else
		return false;
	return true;
}

static void cmd_config(const struct cmd *c)
{
	uint64_t v;

	if (c->argc != 3 || !cmd_arg_num(c, 2, UINT32_MAX, &v))
		reply("err usage: config KEY VALUE");
	else if (!mediator_setting(c->argv[1], v))
		reply("err unknown mediator setting %s", c->argv[1]);
	else
		reply("ok");
}

/*
 * Tracing: the simulator prints each crossing and the mediator logs each
 * call at verbose. Given before init, so the mediator's log level is set
 * from the start, but quiet during init itself (some 65 start-up calls).
 */
static void cmd_trace(const struct cmd *c)
{
	uint64_t v;

	if (!cmd_arg_num(c, 1, 1, &v)) {
		reply("err usage: trace 0|1");
		return;
	}
	tracing = v != 0;
	if (initialised)
		sim.trace = tracing;
	else
		med_cfg.log_level = tracing ? FFA_LOG_VERBOSE : FFA_LOG_WARN;
	reply("ok");
}

static void cmd_init(const struct cmd *c)
{
	size_t size;
	int32_t ret;

	(void)c;
	if (sim_init(&sim, &spmc_side.config) != 0) {
		reply("err no memory for the simulated machine");
		return;
	}
	sim.effect_hook = keep_effect;
	med_cfg.hyp_rx = sim_alloc_pages(&sim, med_cfg.hyp_buffer_pages);
	med_cfg.hyp_tx = sim_alloc_pages(&sim, med_cfg.hyp_buffer_pages);
	med = sim_mediator_memory(&sim, &med_cfg, &size);
	ret = med != NULL ? ffa_mediator_init(med, size, &sim.ops, &med_cfg) : FFA_NO_MEMORY;
	if (ret != FFA_OK) {
		reply("status %d", ret);
		return;
	}
	initialised = true;
	spmc_side.initialised = true;
	sim.trace = tracing;
	reply("ok %#x %#x", (unsigned int)ffa_mediator_version(med), (unsigned int)ffa_mediator_spmc_version(med));
}

static int free_vm_slot(void)
{
	for (int i = 0; i < SIM_MAX_VMS; i++) {
		if (vms[i].state == SLOT_FREE)
			return i;
	}
	for (int i = 0; i < SIM_MAX_VMS; i++) {
		if (vms[i].state == SLOT_GONE)
			return i;
	}
	return -1;
}

static void cmd_vm_create(const struct cmd *c)
{
	uint64_t id, vcpus, size, base;
	int32_t status;
	struct ffa_vm *vm;
	int slot = free_vm_slot();

	if (c->argc != 6 || !cmd_arg_num(c, 1, UINT16_MAX, &id) ||
	    !cmd_arg_num(c, 3, UINT16_MAX, &vcpus) || !cmd_arg_num(c, 4, SIM_MEM_SIZE, &size) ||
	    !cmd_arg_num(c, 5, UINT64_MAX, &base) ||
	    (strcmp(c->argv[2], "aarch64") != 0 && strcmp(c->argv[2], "aarch32") != 0)) {
		reply("err usage: vm_create ID aarch64|aarch32 VCPUS MEMSIZE IPABASE");
		return;
	}
	if (slot < 0 || vm_slot((uint16_t)id) >= 0 || sim_add_vm(&sim, (uint16_t)id, base, size) != 0) {
		reply("err the simulator cannot add VM %#llx (duplicate, %d VMs, memory, alignment)",
		      (unsigned long long)id, SIM_MAX_VMS);
		return;
	}
	vm = ffa_vm_create(med, (uint16_t)id, strcmp(c->argv[2], "aarch64") == 0, (uint16_t)vcpus,
			   &status);
	if (vm == NULL) {
		sim_forget_vm((uint16_t)id);
		reply("status %d", status);
		return;
	}
	vms[slot].state = SLOT_LIVE;
	vms[slot].id = (uint16_t)id;
	vms[slot].vm = vm;
	reply("ok");
}

/* The VM's memory goes at once: the mediator unmapped its buffers. */
static void cmd_vm_destroy(const struct cmd *c)
{
	struct ffa_vm *vm = arg_vm(c, 1);
	int32_t ret;
	int slot;

	if (vm == NULL)
		return;
	slot = vm_slot(ffa_vm_id(vm));
	ret = ffa_vm_destroy(med, vm);
	sim_forget_vm(vms[slot].id);
	vms[slot].state = ret == FFA_OK ? SLOT_GONE : SLOT_DYING;
	reply("status %d", ret);
}

static void cmd_vm_destroy_poll(const struct cmd *c)
{
	uint64_t id;
	int32_t ret;
	int slot;

	if (c->argc != 2 || !cmd_arg_num(c, 1, UINT16_MAX, &id)) {
		reply("err usage: vm_destroy_poll ID");
		return;
	}
	slot = slot_in((uint16_t)id, SLOT_DYING);
	if (slot < 0)
		slot = slot_in((uint16_t)id, SLOT_GONE);
	if (slot < 0) {
		reply("err VM %#llx was not destroyed", (unsigned long long)id);
		return;
	}
	ret = ffa_vm_destroy_poll(med, vms[slot].vm);
	if (ret == FFA_OK)
		vms[slot].state = SLOT_GONE;
	reply("status %d", ret);
}

static void print_regs(const struct ffa_regs *r)
{
	for (int i = 0; i < FFA_REG_COUNT; i++)
		printf(" %llx", (unsigned long long)r->x[i]);
}

/* With --trace: interrupts have no trace line of their own in the simulator. */
static void trace_virqs(uint32_t since)
{
	for (uint32_t i = since; i < effect_log.count; i++) {
		const struct sim_effect *e = &effect_log.all[i];

		if (e->kind == SIM_VIRQ)
			printf("  platform: virq vm %#x vcpu %u intid %u\n", e->vm_id, e->vcpu, e->intid);
	}
}

static void cmd_engine(const struct cmd *c)
{
	(void)c;
	reply("engine host");
}

/* call and call_hvc: the mediator takes no conduit; the hypervisor traps both. */
static void cmd_call(const struct cmd *c)
{
	struct ffa_vm *vm = arg_vm(c, 1);
	struct ffa_regs regs = { { 0 } };
	uint32_t effects = effect_log.count;
	uint64_t vcpu;

	if (vm == NULL)
		return;
	if (c->argc != 3 + FFA_REG_COUNT || !cmd_arg_num(c, 2, UINT16_MAX, &vcpu)) {
		reply("err usage: %s VM VCPU X0..X17", c->argv[0]);
		return;
	}
	for (int i = 0; i < FFA_REG_COUNT; i++) {
		if (!cmd_arg_num(c, 3 + i, UINT64_MAX, &regs.x[i])) {
			reply("err bad register x%d", i);
			return;
		}
	}
	if (!ffa_handle_call(med, vm, (uint16_t)vcpu, &regs)) {
		reply("notffa");
		return;
	}
	if (tracing)
		trace_virqs(effects);
	fputs("@ reply", stdout);
	print_regs(&regs);
	fputc('\n', stdout);
}

/* Host pointer to len bytes of a VM's memory, or NULL after an error reply. */
static uint8_t *arg_guest(const struct cmd *c, uint64_t len)
{
	struct ffa_vm *vm = arg_vm(c, 1);
	uint64_t ipa;
	uint8_t *p;

	if (vm == NULL)
		return NULL;
	if (!cmd_arg_num(c, 2, UINT64_MAX, &ipa)) {
		reply("err bad IPA");
		return NULL;
	}
	p = sim_guest_ptr(&sim, ffa_vm_id(vm), ipa, len);
	if (p == NULL)
		reply("err %#llx bytes at IPA %#llx are not VM %#x's memory", (unsigned long long)len,
		      (unsigned long long)ipa, ffa_vm_id(vm));
	return p;
}

static void cmd_write(const struct cmd *c)
{
	long len = c->argc == 4 ? cmd_unhex(c->argv[3]) : -1;
	uint8_t *p;

	if (len < 0) {
		reply("err usage: write VM IPA HEX");
		return;
	}
	p = arg_guest(c, (uint64_t)len);
	if (p == NULL)
		return;
	memcpy(p, c->argv[3], (size_t)len);
	reply("ok");
}

static void cmd_read(const struct cmd *c)
{
	uint64_t len;
	uint8_t *p;

	if (c->argc != 4 || !cmd_arg_num(c, 3, SIM_MEM_SIZE, &len)) {
		reply("err usage: read VM IPA LEN");
		return;
	}
	p = arg_guest(c, len);
	if (p == NULL)
		return;
	fputs("@ data ", stdout);
	print_hex(p, len);
	fputc('\n', stdout);
}

static void cmd_hyp_read(const struct cmd *c)
{
	const uint64_t size = (uint64_t)med_cfg.hyp_buffer_pages * FFA_PAGE_SIZE;
	uint64_t off, len;
	const uint8_t *buf;

	if (c->argc != 4 || !cmd_arg_num(c, 2, size, &off) ||
	    !cmd_arg_num(c, 3, size - off, &len) ||
	    (strcmp(c->argv[1], "tx") != 0 && strcmp(c->argv[1], "rx") != 0)) {
		reply("err usage: hyp_read tx|rx OFFSET LEN, inside the %llu-byte buffer",
		      (unsigned long long)size);
		return;
	}
	buf = strcmp(c->argv[1], "tx") == 0 ? med_cfg.hyp_tx : med_cfg.hyp_rx;
	fputs("@ data ", stdout);
	print_hex(buf + off, len);
	fputc('\n', stdout);
}

static void cmd_pa(const struct cmd *c)
{
	struct ffa_vm *vm = arg_vm(c, 1);
	uint64_t ipa, pa;
	int32_t ret;

	if (vm == NULL)
		return;
	if (!cmd_arg_num(c, 2, UINT64_MAX, &ipa)) {
		reply("err usage: pa VM IPA");
		return;
	}
	ret = sim.ops.ipa_to_pa(sim.ops.ctx, ffa_vm_id(vm), ipa, &pa);
	if (ret != FFA_OK)
		reply("status %d", ret);
	else
		reply("pa %#llx", (unsigned long long)pa);
}

static void cmd_counts(const struct cmd *c)
{
	(void)c;
	reply("counts %u %u", sim.spmc.trace_count, effect_log.count);
}

static void cmd_effects_since(const struct cmd *c)
{
	static const struct engine_out out = { print_to_stdout, NULL };

	/* Lost (no memory to keep one): everything after it is reported lost. */
	engine_effects_since(&out, c, effect_log.all, effect_log.count,
			     effect_log.lost ? effect_log.count + 1 : effect_log.count);
}

/*
 * take_virq VM VCPU: did the vCPU get a virtual interrupt since it last
 * took one? The simulated platform's inject_virq effects say; on the QEMU
 * machine the guest really takes it (tests/system/el2).
 */
static void cmd_take_virq(const struct cmd *c)
{
	static uint32_t seen[SIM_MAX_VM_ID][8];
	uint64_t vm, vcpu;
	bool taken = false;

	if (c->argc != 3 || !cmd_arg_num(c, 1, SIM_MAX_VM_ID - 1, &vm) || !cmd_arg_num(c, 2, 7, &vcpu)) {
		reply("err usage: take_virq VM VCPU");
		return;
	}
	for (uint32_t i = seen[vm][vcpu]; i < effect_log.count; i++) {
		const struct sim_effect *e = &effect_log.all[i];

		taken |= e->kind == SIM_VIRQ && e->vm_id == vm && e->vcpu == vcpu;
	}
	if (taken)
		seen[vm][vcpu] = effect_log.count;
	reply("virq %s", taken ? "taken" : "none");
}

/* The physical schedule receiver interrupt reaches the hypervisor. */
static void cmd_sri(const struct cmd *c)
{
	(void)c;
	ffa_notifications_pending(med);
	reply("ok");
}

static void cmd_fail_next_map(const struct cmd *c)
{
	uint64_t n;

	if (!cmd_arg_num(c, 1, 1000, &n)) {
		reply("err usage: fail_next_map N");
		return;
	}
	sim.fail_next_map = (int)n;
	reply("ok");
}

static void cmd_page_state(const struct cmd *c)
{
	struct sim_page_state s;
	uint64_t id, ipa;

	if (c->argc != 3 || !cmd_arg_num(c, 1, UINT16_MAX, &id) || !cmd_arg_num(c, 2, UINT64_MAX, &ipa)) {
		reply("err usage: page_state VM IPA");
		return;
	}
	sim_page_state(&sim, (uint16_t)id, ipa, &s);
	reply("page %u %d %d %d %d", s.mappings, s.writable, s.claimed, s.claimed ? (int)s.op : 0, s.stage2);
}

static void cmd_vm_state(const struct cmd *c)
{
	uint64_t id;

	if (c->argc != 2 || !cmd_arg_num(c, 1, UINT16_MAX, &id)) {
		reply("err usage: vm_state VM");
		return;
	}
	reply("vm %u %llu", sim_live_mappings(&sim, (uint16_t)id),
	      (unsigned long long)sim_claimed_pages(&sim, (uint16_t)id));
}

static void cmd_live_mappings(const struct cmd *c)
{
	uint64_t id;

	if (!cmd_arg_num(c, 1, UINT16_MAX, &id)) {
		reply("err usage: live_mappings VM");
		return;
	}
	reply("count %u", sim_live_mappings(&sim, (uint16_t)id));
}

static void cmd_policy(const struct cmd *c)
{
	uint64_t sender, receiver;
	bool row[SIM_MAX_VM_ID] = { false };

	if (c->argc < 2 || !cmd_arg_num(c, 1, SIM_MAX_VM_ID - 1, &sender)) {
		reply("err usage: policy SENDER [RECEIVER...], ids below %d", SIM_MAX_VM_ID);
		return;
	}
	for (int i = 2; i < c->argc; i++) {
		if (!cmd_arg_num(c, i, SIM_MAX_VM_ID - 1, &receiver)) {
			reply("err usage: policy SENDER [RECEIVER...], ids below %d", SIM_MAX_VM_ID);
			return;
		}
		row[receiver] = true;
	}
	pthread_mutex_lock(&sim.lock);
	memcpy(sim.allow[sender], row, sizeof(row));
	pthread_mutex_unlock(&sim.lock);
	reply("ok");
}

/* When a command makes sense: configuration before init, the rest after. */
enum when { ANY, BEFORE_INIT, AFTER_INIT };

static const struct {
	const char *name;
	enum when when;
	void (*run)(const struct cmd *c);
} commands[] = {
	{ "config", BEFORE_INIT, cmd_config },
	{ "trace", ANY, cmd_trace },
	{ "init", BEFORE_INIT, cmd_init },
	{ "vm_create", AFTER_INIT, cmd_vm_create },
	{ "vm_destroy", AFTER_INIT, cmd_vm_destroy },
	{ "vm_destroy_poll", AFTER_INIT, cmd_vm_destroy_poll },
	{ "policy", AFTER_INIT, cmd_policy },
	{ "engine", ANY, cmd_engine },
	{ "call", AFTER_INIT, cmd_call },
	{ "call_hvc", AFTER_INIT, cmd_call },
	{ "write", AFTER_INIT, cmd_write },
	{ "read", AFTER_INIT, cmd_read },
	{ "hyp_read", AFTER_INIT, cmd_hyp_read },
	{ "pa", AFTER_INIT, cmd_pa },
	{ "counts", AFTER_INIT, cmd_counts },
	{ "effects_since", AFTER_INIT, cmd_effects_since },
	{ "fail_next_map", AFTER_INIT, cmd_fail_next_map },
	{ "sri", AFTER_INIT, cmd_sri },
	{ "take_virq", AFTER_INIT, cmd_take_virq },
	{ "live_mappings", AFTER_INIT, cmd_live_mappings },
	{ "page_state", AFTER_INIT, cmd_page_state },
	{ "vm_state", AFTER_INIT, cmd_vm_state },
};

/* The SPMC's commands, under the simulator's lock as every SPMC call is. */
static bool spmc_command(const struct cmd *c)
{
	static const struct engine_out out = { print_to_stdout, NULL };
	bool done;

	pthread_mutex_lock(&sim.lock);
	done = engine_spmc_command(&spmc_side, c, &out);
	pthread_mutex_unlock(&sim.lock);
	return done;
}

/* Runs one command; false on quit. */
static bool run_line(char *line)
{
	struct cmd c;

	cmd_tokenize(line, &c);
	if (c.argc == 0)
		return true;
	if (strcmp(c.argv[0], "quit") == 0)
		return false;
	if (spmc_command(&c))
		return true;
	for (size_t i = 0; i < sizeof(commands) / sizeof(commands[0]); i++) {
		if (strcmp(c.argv[0], commands[i].name) != 0)
			continue;
		if (commands[i].when == BEFORE_INIT && initialised)
			reply("err %s after init", c.argv[0]);
		else if (commands[i].when == AFTER_INIT && !initialised)
			reply("err %s before init", c.argv[0]);
		else
			commands[i].run(&c);
		return true;
	}
	reply("err unknown command %s", c.argv[0]);
	return true;
}

int main(void)
{
	char *line;
	bool more = true;

	/* The standard test partitions unless the scenario replaces them. */
	engine_spmc_defaults(&spmc_side);
	while (more && (line = read_line()) != NULL) {
		more = run_line(line);
		free(line);
		/* The runner waits for each answer: never leave one buffered. */
		fflush(stdout);
	}
	if (initialised)
		sim_fini(&sim);
	return 0;
}
