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
 *                                     garbage, framework-resp), vm_msg NAME (ok,
 *                                     busy, retry, error; restarts its count),
 *                                     error, bad_id, yield_timeout_lo,
 *                                     yield_timeout_hi, vm_msg_fail_count,
 *                                     vm_msg_error, inbox_size N -> ok
 *   config hyp_buffer_pages|vm_rxtx_max_pages V
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
 *   call VM VCPU X0..X17     -> reply X0..X17 (hex) | notffa
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
 *   live_mappings VM         -> count N
 *   quit
 * A malformed command gets "@ err MESSAGE".
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sim_platform.h"

#define MAX_TOKENS 48

static struct sim_platform sim;
static struct spmc_config spmc_cfg;
static struct ffa_config med_cfg = { .hyp_buffer_pages = 1, .log_level = FFA_LOG_WARN };
static struct ffa_mediator med;
static bool initialised;
static bool tracing;

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

struct cmd {
	int argc;
	char *argv[MAX_TOKENS];
};

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

/* --- parsing ------------------------------------------------------------ */

static bool parse_u64(const char *s, uint64_t *v)
{
	char *end;

	if (s == NULL || *s == '\0' || *s == '-')
		return false;
	*v = strtoull(s, &end, 0);
	return *end == '\0';
}

/* Argument i as a number no larger than max. */
static bool arg_num(const struct cmd *c, int i, uint64_t max, uint64_t *v)
{
	return i < c->argc && parse_u64(c->argv[i], v) && *v <= max;
}

static int hex_nibble(char ch)
{
	if (ch >= '0' && ch <= '9')
		return ch - '0';
	if (ch >= 'a' && ch <= 'f')
		return ch - 'a' + 10;
	if (ch >= 'A' && ch <= 'F')
		return ch - 'A' + 10;
	return -1;
}

/* Decode hex in place; returns the byte count or -1. */
static long unhex(char *s)
{
	size_t n = strlen(s);
	uint8_t *out = (uint8_t *)s;

	if (n % 2)
		return -1;
	for (size_t i = 0; i < n / 2; i++) {
		int hi = hex_nibble(s[2 * i]);
		int lo = hex_nibble(s[2 * i + 1]);

		if (hi < 0 || lo < 0)
			return -1;
		out[i] = (uint8_t)(hi << 4 | lo);
	}
	return (long)(n / 2);
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

static void tokenize(char *line, struct cmd *c)
{
	c->argc = 0;
	for (char *tok = strtok(line, " \t\r"); tok != NULL && c->argc < MAX_TOKENS;
	     tok = strtok(NULL, " \t\r"))
		c->argv[c->argc++] = tok;
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

	if (!arg_num(c, i, UINT16_MAX, &id)) {
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

/* --- commands ----------------------------------------------------------- */

/* Sets one field of the SPMC's configuration; false for an unknown key. */
static bool spmc_setting(const char *key, uint64_t v)
{
	if (strcmp(key, "version") == 0)
		spmc_cfg.version = (enum ffa_version)v;
	else if (strcmp(key, "id") == 0)
		spmc_cfg.spmc_id = (uint16_t)v;
	else if (strcmp(key, "rxtx_max_pages") == 0)
		spmc_cfg.rxtx_max_pages = (uint32_t)v;
	else if (strcmp(key, "sri_intid") == 0)
		spmc_cfg.sri_intid = (uint32_t)v;
	else if (strcmp(key, "refuse_newer_minor") == 0)
		spmc_cfg.refuse_newer_minor = v != 0;
	else
		return false;
	return true;
}

static void cmd_spmc_set(const struct cmd *c)
{
	uint64_t v;

	if (c->argc != 3 || !parse_u64(c->argv[2], &v))
		reply("err usage: spmc_set KEY VALUE");
	else if (!spmc_setting(c->argv[1], v))
		reply("err unknown SPMC setting %s", c->argv[1]);
	else
		reply("ok");
}

static void cmd_spmc_clear(const struct cmd *c)
{
	(void)c;
	spmc_cfg.partition_count = 0;
	memset(spmc_cfg.partitions, 0, sizeof(spmc_cfg.partitions));
	reply("ok");
}

static bool parse_uuid(char *hex, struct ffa_uuid *u)
{
	if (unhex(hex) != (long)sizeof(u->b))
		return false;
	memcpy(u->b, hex, sizeof(u->b));
	return true;
}

static void cmd_spmc_partition(const struct cmd *c)
{
	struct spmc_partition_config p;
	uint64_t id, exec, props, version;

	if (spmc_cfg.partition_count >= SPMC_MAX_PARTITIONS ||
	    c->argc < 6 || c->argc - 5 > SPMC_MAX_UUIDS || !arg_num(c, 1, UINT16_MAX, &id) ||
	    !arg_num(c, 2, UINT16_MAX, &exec) || !arg_num(c, 3, UINT32_MAX, &props) ||
	    !arg_num(c, 4, UINT32_MAX, &version)) {
		reply("err usage: spmc_partition ID EXEC PROPS VERSION UUID..., at most %d",
		      SPMC_MAX_PARTITIONS);
		return;
	}
	p = (struct spmc_partition_config){ .id = (uint16_t)id, .exec_ctx_count = (uint16_t)exec,
					    .properties = (uint32_t)props,
					    .version = (enum ffa_version)version };
	for (int i = 5; i < c->argc; i++) {
		if (!parse_uuid(c->argv[i], &p.uuids[p.uuid_count++])) {
			reply("err bad UUID (32 hex digits)");
			return;
		}
	}
	spmc_cfg.partitions[spmc_cfg.partition_count++] = p;
	reply("ok");
}

/* Names of enum spmc_behaviour and enum spmc_vm_msg_behaviour values. */
static const struct {
	const char *name;
	enum spmc_behaviour value;
} behaviours[] = {
	{ "echo", SPMC_BEHAVE_ECHO },
	{ "busy", SPMC_BEHAVE_BUSY },
	{ "error", SPMC_BEHAVE_ERROR },
	{ "interrupt-once", SPMC_BEHAVE_INTERRUPT_ONCE },
	{ "yield-once", SPMC_BEHAVE_YIELD_ONCE },
	{ "wrong-source", SPMC_BEHAVE_WRONG_SOURCE },
	{ "wrong-dest", SPMC_BEHAVE_WRONG_DEST },
	{ "wrong-func", SPMC_BEHAVE_WRONG_FUNC },
	{ "garbage", SPMC_BEHAVE_GARBAGE },
	{ "framework-resp", SPMC_BEHAVE_FRAMEWORK_RESP },
};

static const struct {
	const char *name;
	enum spmc_vm_msg_behaviour value;
} vm_msg_behaviours[] = {
	{ "ok", SPMC_VM_MSG_OK },
	{ "busy", SPMC_VM_MSG_BUSY },
	{ "retry", SPMC_VM_MSG_RETRY },
	{ "error", SPMC_VM_MSG_ERROR },
};

/*
 * The configuration of partition id: the one init will use, or after init
 * the simulated SPMC's own (it reads it on every call); *index is its
 * index. NULL for no such partition.
 */
static struct spmc_partition_config *partition_config(uint16_t id, int *index)
{
	struct spmc_config *cfg = initialised ? &sim.spmc.config : &spmc_cfg;

	for (uint32_t i = 0; i < cfg->partition_count && i < SPMC_MAX_PARTITIONS; i++) {
		if (cfg->partitions[i].id == id) {
			*index = (int)i;
			return &cfg->partitions[i];
		}
	}
	return NULL;
}

/* Sets one behaviour of a partition; false for an unknown key or value. */
static bool partition_setting(struct spmc_partition_config *p, int index, const char *key, const char *value)
{
	uint64_t v;

	if (strcmp(key, "behaviour") == 0) {
		for (size_t i = 0; i < sizeof(behaviours) / sizeof(behaviours[0]); i++) {
			if (strcmp(value, behaviours[i].name) == 0) {
				p->behaviour = behaviours[i].value;
				return true;
			}
		}
		return false;
	}
	if (strcmp(key, "vm_msg") == 0) {
		for (size_t i = 0; i < sizeof(vm_msg_behaviours) / sizeof(vm_msg_behaviours[0]); i++) {
			if (strcmp(value, vm_msg_behaviours[i].name) == 0) {
				p->vm_msg = vm_msg_behaviours[i].value;
				/* The count of refusals starts again. */
				if (initialised)
					sim.spmc.part[index].vm_msg_failures = 0;
				return true;
			}
		}
		return false;
	}
	if (!parse_u64(value, &v) || v > UINT32_MAX)
		return false;
	if (strcmp(key, "error") == 0)
		p->error = (int32_t)(uint32_t)v;
	else if (strcmp(key, "bad_id") == 0 && v <= UINT16_MAX)
		p->bad_id = (uint16_t)v;
	else if (strcmp(key, "yield_timeout_lo") == 0)
		p->yield_timeout_lo = (uint32_t)v;
	else if (strcmp(key, "yield_timeout_hi") == 0)
		p->yield_timeout_hi = (uint32_t)v;
	else if (strcmp(key, "vm_msg_fail_count") == 0)
		p->vm_msg_fail_count = (uint32_t)v;
	else if (strcmp(key, "vm_msg_error") == 0)
		p->vm_msg_error = (int32_t)(uint32_t)v;
	else if (strcmp(key, "inbox_size") == 0 && v <= SPMC_INBOX_MAX)
		p->inbox_size = (uint32_t)v;
	else
		return false;
	return true;
}

static void cmd_partition_set(const struct cmd *c)
{
	struct spmc_partition_config *p;
	uint64_t id;
	int index = 0;

	if (c->argc != 4 || !arg_num(c, 1, UINT16_MAX, &id)) {
		reply("err usage: partition_set ID KEY VALUE");
		return;
	}
	p = partition_config((uint16_t)id, &index);
	if (p == NULL)
		reply("err no partition %#llx", (unsigned long long)id);
	else if (!partition_setting(p, index, c->argv[2], c->argv[3]))
		reply("err bad partition setting %s %s", c->argv[2], c->argv[3]);
	else
		reply("ok");
}

/* Sets one field of the mediator's configuration; false for an unknown key. */
static bool mediator_setting(const char *key, uint64_t v)
{
	if (strcmp(key, "hyp_buffer_pages") == 0)
		med_cfg.hyp_buffer_pages = (uint32_t)v;
	else if (strcmp(key, "vm_rxtx_max_pages") == 0)
		med_cfg.vm_rxtx_max_pages = (uint32_t)v;
	else
		return false;
	return true;
}

static void cmd_config(const struct cmd *c)
{
	uint64_t v;

	if (c->argc != 3 || !arg_num(c, 2, UINT32_MAX, &v))
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

	if (!arg_num(c, 1, 1, &v)) {
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
	int32_t ret;

	(void)c;
	if (sim_init(&sim, &spmc_cfg) != 0) {
		reply("err no memory for the simulated machine");
		return;
	}
	med_cfg.hyp_rx = sim_alloc_pages(&sim, med_cfg.hyp_buffer_pages);
	med_cfg.hyp_tx = sim_alloc_pages(&sim, med_cfg.hyp_buffer_pages);
	ret = ffa_mediator_init(&med, &sim.ops, &med_cfg);
	if (ret != FFA_OK) {
		reply("status %d", ret);
		return;
	}
	initialised = true;
	sim.trace = tracing;
	reply("ok %#x %#x", (unsigned int)med.version, (unsigned int)med.spmc_version);
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

	if (c->argc != 6 || !arg_num(c, 1, UINT16_MAX, &id) ||
	    !arg_num(c, 3, UINT16_MAX, &vcpus) || !arg_num(c, 4, SIM_MEM_SIZE, &size) ||
	    !arg_num(c, 5, UINT64_MAX, &base) ||
	    (strcmp(c->argv[2], "aarch64") != 0 && strcmp(c->argv[2], "aarch32") != 0)) {
		reply("err usage: vm_create ID aarch64|aarch32 VCPUS MEMSIZE IPABASE");
		return;
	}
	if (slot < 0 || vm_slot((uint16_t)id) >= 0 || sim_add_vm(&sim, (uint16_t)id, base, size) != 0) {
		reply("err the simulator cannot add VM %#llx (duplicate, %d VMs, memory, alignment)",
		      (unsigned long long)id, SIM_MAX_VMS);
		return;
	}
	vm = ffa_vm_create(&med, (uint16_t)id, strcmp(c->argv[2], "aarch64") == 0, (uint16_t)vcpus,
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
	slot = vm_slot(vm->id);
	ret = ffa_vm_destroy(&med, vm);
	sim_forget_vm(vms[slot].id);
	vms[slot].state = ret == FFA_OK ? SLOT_GONE : SLOT_DYING;
	reply("status %d", ret);
}

static void cmd_vm_destroy_poll(const struct cmd *c)
{
	uint64_t id;
	int32_t ret;
	int slot;

	if (c->argc != 2 || !arg_num(c, 1, UINT16_MAX, &id)) {
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
	ret = ffa_vm_destroy_poll(&med, vms[slot].vm);
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
	for (uint32_t i = since; i < sim.effect_count && i < SIM_MAX_EFFECTS; i++) {
		const struct sim_effect *e = &sim.effects[i];

		if (e->kind == SIM_VIRQ)
			printf("  platform: virq vm %#x vcpu %u intid %u\n", e->vm_id, e->vcpu, e->intid);
	}
}

static void cmd_call(const struct cmd *c)
{
	struct ffa_vm *vm = arg_vm(c, 1);
	struct ffa_regs regs = { { 0 } };
	uint32_t effects = sim.effect_count;
	uint64_t vcpu;

	if (vm == NULL)
		return;
	if (c->argc != 3 + FFA_REG_COUNT || !arg_num(c, 2, UINT16_MAX, &vcpu)) {
		reply("err usage: call VM VCPU X0..X17");
		return;
	}
	for (int i = 0; i < FFA_REG_COUNT; i++) {
		if (!arg_num(c, 3 + i, UINT64_MAX, &regs.x[i])) {
			reply("err bad register x%d", i);
			return;
		}
	}
	if (!ffa_handle_call(&med, vm, (uint16_t)vcpu, &regs)) {
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
	if (!arg_num(c, 2, UINT64_MAX, &ipa)) {
		reply("err bad IPA");
		return NULL;
	}
	p = sim_guest_ptr(&sim, vm->id, ipa, len);
	if (p == NULL)
		reply("err %#llx bytes at IPA %#llx are not VM %#x's memory", (unsigned long long)len,
		      (unsigned long long)ipa, vm->id);
	return p;
}

static void cmd_write(const struct cmd *c)
{
	long len = c->argc == 4 ? unhex(c->argv[3]) : -1;
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

	if (c->argc != 4 || !arg_num(c, 3, SIM_MEM_SIZE, &len)) {
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

	if (c->argc != 4 || !arg_num(c, 2, size, &off) ||
	    !arg_num(c, 3, size - off, &len) ||
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
	if (!arg_num(c, 2, UINT64_MAX, &ipa)) {
		reply("err usage: pa VM IPA");
		return;
	}
	ret = sim.ops.ipa_to_pa(sim.ops.ctx, vm->id, ipa, &pa);
	if (ret != FFA_OK)
		reply("status %d", ret);
	else
		reply("pa %#llx", (unsigned long long)pa);
}

static void cmd_counts(const struct cmd *c)
{
	(void)c;
	reply("counts %u %u", sim.spmc.trace_count, sim.effect_count);
}

static void cmd_spmc_calls_since(const struct cmd *c)
{
	const uint32_t total = sim.spmc.trace_count;
	uint64_t since;
	uint32_t kept, first;

	if (!arg_num(c, 1, total, &since)) {
		reply("err usage: spmc_calls_since N (N <= %u)", total);
		return;
	}
	kept = total - (uint32_t)since > SPMC_TRACE_SIZE ? SPMC_TRACE_SIZE : total - (uint32_t)since;
	first = total - kept;
	reply("spmc %u %u", kept, first - (uint32_t)since);
	for (uint32_t n = first; n < total; n++) {
		const struct spmc_trace_entry *t = spmc_trace_last(&sim.spmc, total - 1 - n);

		fputs("@ call", stdout);
		print_regs(&t->in);
		print_regs(&t->out);
		fputc('\n', stdout);
	}
}

static void print_effect(const struct sim_effect *e)
{
	switch (e->kind) {
	case SIM_MAP:
		reply("map %#x %#llx %u %d", e->vm_id, (unsigned long long)e->ipa, e->pages, e->writable);
		break;
	case SIM_UNMAP:
		reply("unmap %#x %#llx %u", e->vm_id, (unsigned long long)e->ipa, e->pages);
		break;
	case SIM_VIRQ:
		reply("virq %#x %u %u", e->vm_id, e->vcpu, e->intid);
		break;
	case SIM_CLAIM:
		reply("claim %#x %#llx %u %d", e->vm_id, (unsigned long long)e->ipa, e->pages, (int)e->op);
		break;
	case SIM_UNCLAIM:
		reply("unclaim %#x %#llx %u %d", e->vm_id, (unsigned long long)e->ipa, e->pages, (int)e->op);
		break;
	}
}

static void cmd_effects_since(const struct cmd *c)
{
	const uint32_t total = sim.effect_count;
	const uint32_t kept_end = total < SIM_MAX_EFFECTS ? total : SIM_MAX_EFFECTS;
	uint64_t since;

	if (!arg_num(c, 1, total, &since)) {
		reply("err usage: effects_since N (N <= %u)", total);
		return;
	}
	/* The simulator keeps the first SIM_MAX_EFFECTS effects only. */
	reply("effects %u %u", since < kept_end ? kept_end - (uint32_t)since : 0,
	      since < kept_end ? total - kept_end : total - (uint32_t)since);
	for (uint32_t i = (uint32_t)since; i < kept_end; i++)
		print_effect(&sim.effects[i]);
}

static void cmd_fail_next_map(const struct cmd *c)
{
	uint64_t n;

	if (!arg_num(c, 1, 1000, &n)) {
		reply("err usage: fail_next_map N");
		return;
	}
	sim.fail_next_map = (int)n;
	reply("ok");
}

static void cmd_spmc_deliver(const struct cmd *c)
{
	uint64_t ep;
	long len = c->argc == 3 ? unhex(c->argv[2]) : -1;
	int32_t ret;

	if (len < 0 || !arg_num(c, 1, UINT16_MAX, &ep)) {
		reply("err usage: spmc_deliver ENDPOINT HEX");
		return;
	}
	pthread_mutex_lock(&sim.lock);
	ret = spmc_deliver_rx(&sim.spmc, (uint16_t)ep, c->argv[2], (uint32_t)len);
	pthread_mutex_unlock(&sim.lock);
	reply("status %d", ret);
}

static void cmd_live_mappings(const struct cmd *c)
{
	uint64_t id;

	if (!arg_num(c, 1, UINT16_MAX, &id)) {
		reply("err usage: live_mappings VM");
		return;
	}
	reply("count %u", sim_live_mappings(&sim, (uint16_t)id));
}

static void cmd_policy(const struct cmd *c)
{
	uint64_t sender, receiver;
	bool row[SIM_MAX_VM_ID] = { false };

	if (c->argc < 2 || !arg_num(c, 1, SIM_MAX_VM_ID - 1, &sender)) {
		reply("err usage: policy SENDER [RECEIVER...], ids below %d", SIM_MAX_VM_ID);
		return;
	}
	for (int i = 2; i < c->argc; i++) {
		if (!arg_num(c, i, SIM_MAX_VM_ID - 1, &receiver)) {
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

/* What partition argument 1 received, or NULL after an error reply. */
static const struct spmc_partition_state *arg_partition_state(const struct cmd *c, uint16_t *id)
{
	uint64_t v = 0;
	const struct spmc_partition_state *st = NULL;

	if (arg_num(c, 1, UINT16_MAX, &v))
		st = spmc_partition_state_of(&sim.spmc, (uint16_t)v);
	if (st == NULL)
		reply("err no partition %s", c->argc > 1 ? c->argv[1] : "given");
	*id = (uint16_t)v;
	return st;
}

static void cmd_inbox(const struct cmd *c)
{
	static uint8_t buf[SPMC_INBOX_MAX];
	const struct spmc_partition_state *st;
	uint32_t len = 0;
	uint16_t id = 0, sender;
	bool take;

	if (c->argc != 3 || (strcmp(c->argv[2], "take") != 0 && strcmp(c->argv[2], "peek") != 0)) {
		reply("err usage: inbox ID take|peek");
		return;
	}
	st = arg_partition_state(c, &id);
	if (st == NULL)
		return;
	if (!st->inbox_full) {
		reply("inbox 0 0");
		return;
	}
	take = strcmp(c->argv[2], "take") == 0;
	sender = st->inbox_sender;
	pthread_mutex_lock(&sim.lock);
	if (take) {
		if (spmc_inbox_take(&sim.spmc, id, buf, sizeof(buf), &len) != FFA_OK)
			len = 0;
	} else {
		len = st->inbox_len <= sizeof(buf) ? st->inbox_len : 0;
		memcpy(buf, st->inbox, len);
	}
	pthread_mutex_unlock(&sim.lock);
	printf("@ inbox 1 %u ", sender);
	print_hex(buf, len);
	fputc('\n', stdout);
}

static void cmd_known_vms(const struct cmd *c)
{
	uint16_t id = 0;
	const struct spmc_partition_state *st = arg_partition_state(c, &id);

	if (st == NULL)
		return;
	printf("@ known %u", st->vm_count);
	for (uint32_t i = 0; i < st->vm_count && i < SPMC_MAX_KNOWN_VMS; i++)
		printf(" %u", st->vms[i].id);
	fputc('\n', stdout);
}

/* When a command makes sense: configuration before init, the rest after. */
enum when { ANY, BEFORE_INIT, AFTER_INIT };

static const struct {
	const char *name;
	enum when when;
	void (*run)(const struct cmd *c);
} commands[] = {
	{ "spmc_set", BEFORE_INIT, cmd_spmc_set },
	{ "spmc_clear", BEFORE_INIT, cmd_spmc_clear },
	{ "spmc_partition", BEFORE_INIT, cmd_spmc_partition },
	{ "partition_set", ANY, cmd_partition_set },
	{ "config", BEFORE_INIT, cmd_config },
	{ "trace", ANY, cmd_trace },
	{ "init", BEFORE_INIT, cmd_init },
	{ "vm_create", AFTER_INIT, cmd_vm_create },
	{ "vm_destroy", AFTER_INIT, cmd_vm_destroy },
	{ "vm_destroy_poll", AFTER_INIT, cmd_vm_destroy_poll },
	{ "policy", AFTER_INIT, cmd_policy },
	{ "inbox", AFTER_INIT, cmd_inbox },
	{ "known_vms", AFTER_INIT, cmd_known_vms },
	{ "call", AFTER_INIT, cmd_call },
	{ "write", AFTER_INIT, cmd_write },
	{ "read", AFTER_INIT, cmd_read },
	{ "hyp_read", AFTER_INIT, cmd_hyp_read },
	{ "pa", AFTER_INIT, cmd_pa },
	{ "counts", AFTER_INIT, cmd_counts },
	{ "spmc_calls_since", AFTER_INIT, cmd_spmc_calls_since },
	{ "effects_since", AFTER_INIT, cmd_effects_since },
	{ "fail_next_map", AFTER_INIT, cmd_fail_next_map },
	{ "spmc_deliver", AFTER_INIT, cmd_spmc_deliver },
	{ "live_mappings", AFTER_INIT, cmd_live_mappings },
};

/* Runs one command; false on quit. */
static bool run_line(char *line)
{
	struct cmd c;

	tokenize(line, &c);
	if (c.argc == 0)
		return true;
	if (strcmp(c.argv[0], "quit") == 0)
		return false;
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
	sim_default_spmc(&spmc_cfg, &sim);
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
