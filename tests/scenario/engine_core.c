/* SPDX-License-Identifier: MIT */
/*
 * The scenario engine: the real mediator on a machine (engine_core.h: the
 * simulated one of the host engine, or the QEMU system test's), driven one
 * line at a time by tests/scenario/scenario.py. It knows nothing of FF-A
 * names or expectations; it only moves registers and bytes and reports
 * what crossed each boundary, so every check lives in one place (the
 * runner).
 *
 * Protocol: one command per line, numbers in C syntax (0x.. or decimal),
 * byte strings as plain hex. Every answer line starts with "@ "; anything
 * else is trace or mediator log output that the runner passes through.
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
 *                               exactly these VMs)
 *   inbox ID take|peek       -> inbox FULL SENDER [HEX] (a partition's
 *                               FFA_MSG_SEND2 inbox; take empties it)
 *   known_vms ID             -> known N VM... (the VMs a partition knows as
 *                               created)
 *   engine                   -> engine NAME (which machine: host, el2)
 *   call VM VCPU X0..X17     -> reply X0..X17 (hex) | notffa (the guest's SMC)
 *   call_hvc VM VCPU X0..X17 -> the same, the guest making an HVC
 *   write VM IPA HEX         -> ok
 *   read VM IPA LEN          -> data HEX
 *   hyp_read tx|rx OFFSET LEN -> data HEX
 *   pa VM IPA                -> pa PA | status S
 *   counts                   -> counts SPMC_CALLS EFFECTS
 *   spmc_calls_since N       -> spmc K LOST, then K lines: call IN0..17 OUT0..17
 *   effects_since N          -> effects K LOST, then K lines:
 *                               map VM IPA PAGES W | unmap VM IPA PAGES |
 *                               virq VM VCPU INTID | claim VM IPA PAGES OP |
 *                               unclaim VM IPA PAGES OP
 *   fail_next_map N          -> ok
 *   spmc_deliver EP HEX      -> status S
 *   page_state VM IPA        -> page MAPPINGS WRITABLE CLAIMED OP STAGE2 (the
 *                               page now: hypervisor mappings of it, one
 *                               writable, held by a memory transaction and
 *                               its op (0 share, 1 lend, 2 donate), in the
 *                               VM's stage 2; any VM id, destroyed ones too)
 *   vm_state VM              -> vm MAPPINGS CLAIMED_PAGES (all of a VM's)
 *   live_mappings VM         -> count N
 *   spmc_init                -> ok SPMC_VERSION (the SPMC alone; "init" does it)
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
 *   take_virq VM VCPU        -> virq taken|none (the vCPU runs with interrupts
 *                               unmasked: did it take a virtual interrupt
 *                               injected since the last one it took?)
 *   quit
 * A malformed command gets "@ err MESSAGE", in the same words on every
 * machine. The SPMC's commands are engine_spmc.c's (the machine's
 * spmc_command op runs them, at EL3 on the QEMU machine); lines are read
 * by cmdline.c.
 */
#include "engine_core.h"

#define COUNT_OF(a) (sizeof(a) / sizeof((a)[0]))
#define HEX_CHUNK 128 /* bytes read from a guest, and printed, at a time */

static const struct engine_machine *m;
static struct ffa_mediator *med;
static struct ffa_config cfg = { .hyp_buffer_pages = 1, .log_level = FFA_LOG_WARN };
static bool initialised;
static bool tracing;
static struct engine_vm vms[ENGINE_MAX_VMS];

/* --- answers ------------------------------------------------------------ */

static void say(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* Text as it is. */
static void say(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	m->print(fmt, ap);
	va_end(ap);
}

void engine_answer(const char *fmt, ...)
{
	va_list ap;

	say("@ ");
	va_start(ap, fmt);
	m->print(fmt, ap);
	va_end(ap);
	say("\n");
}

static void say_hex(const uint8_t *p, uint64_t len)
{
	static const char digits[] = "0123456789abcdef";
	char chunk[2 * HEX_CHUNK + 1];
	uint64_t n = 0;

	for (uint64_t i = 0; i < len; i++) {
		chunk[n++] = digits[p[i] >> 4];
		chunk[n++] = digits[p[i] & 15];
		if (n == 2 * HEX_CHUNK || i + 1 == len) {
			chunk[n] = '\0';
			say("%s", chunk);
			n = 0;
		}
	}
}

static void say_regs(const struct ffa_regs *r)
{
	for (int i = 0; i < FFA_REG_COUNT; i++)
		say(" %llx", (unsigned long long)r->x[i]);
}

/* --- VMs ------------------------------------------------------------------ */

/* The VM with this id in one of these states, or NULL. */
static struct engine_vm *vm_in(uint16_t id, enum engine_vm_state a, enum engine_vm_state b)
{
	for (size_t i = 0; i < COUNT_OF(vms); i++) {
		if ((vms[i].state == a || vms[i].state == b) && vms[i].id == id)
			return &vms[i];
	}
	return NULL;
}

/* A free slot, else a gone VM's. */
static struct engine_vm *free_vm(void)
{
	for (size_t i = 0; i < COUNT_OF(vms); i++) {
		if (vms[i].state == ENGINE_VM_FREE)
			return &vms[i];
	}
	for (size_t i = 0; i < COUNT_OF(vms); i++) {
		if (vms[i].state == ENGINE_VM_GONE)
			return &vms[i];
	}
	return NULL;
}

/* The live VM argument i names, or NULL after an error answer. */
static struct engine_vm *arg_vm(const struct cmd *c, int i)
{
	struct engine_vm *v;
	uint64_t id;

	if (!cmd_arg_num(c, i, UINT16_MAX, &id)) {
		engine_answer("err bad VM id");
		return NULL;
	}
	v = vm_in((uint16_t)id, ENGINE_VM_LIVE, ENGINE_VM_LIVE);
	if (v == NULL)
		engine_answer("err VM %#llx does not exist", (unsigned long long)id);
	return v;
}

static void set_state(struct engine_vm *v, enum engine_vm_state state)
{
	const enum engine_vm_state was = v->state;

	v->state = state;
	m->vm_changed(v, was);
}

static void cmd_vm_create(const struct cmd *c)
{
	uint64_t id, vcpus, size, base;
	struct engine_vm *v = free_vm();
	struct engine_vm added;
	int32_t status;

	if (c->argc != 6 || !cmd_arg_num(c, 1, UINT16_MAX, &id) ||
	    !cmd_arg_num(c, 3, m->limits.vcpus, &vcpus) ||
	    !cmd_arg_num(c, 4, m->limits.vm_memory, &size) ||
	    !cmd_arg_num(c, 5, UINT64_MAX, &base) ||
	    (!cmd_word_is(c->argv[2], "aarch64") && !cmd_word_is(c->argv[2], "aarch32"))) {
		engine_answer("err usage: vm_create ID aarch64|aarch32 VCPUS MEMSIZE IPABASE "
				     "(VCPUS <= %u, MEMSIZE <= %#llx)",
			     m->limits.vcpus, (unsigned long long)m->limits.vm_memory);
		return;
	}
	added = (struct engine_vm){ .id = (uint16_t)id,
				    .aarch64 = cmd_word_is(c->argv[2], "aarch64"),
				    .vcpus = (uint16_t)vcpus };
	if (v == NULL || vm_in((uint16_t)id, ENGINE_VM_LIVE, ENGINE_VM_LIVE) != NULL ||
	    !m->vm_add(&added, base, size)) {
		engine_answer("err the machine cannot add VM %#llx (duplicate, %u VMs, memory, "
			      "alignment)",
			      (unsigned long long)id, m->limits.vms);
		return;
	}
	*v = added;
	v->ffa = ffa_vm_create(med, v->id, v->aarch64, v->vcpus, &status);
	set_state(v, v->ffa != NULL ? ENGINE_VM_LIVE : ENGINE_VM_FREE);
	if (v->ffa == NULL)
		engine_answer("status %d", status);
	else
		engine_answer("ok");
}

static void cmd_vm_destroy(const struct cmd *c)
{
	struct engine_vm *v = arg_vm(c, 1);
	int32_t ret;

	if (v == NULL)
		return;
	ret = ffa_vm_destroy(med, v->ffa);
	set_state(v, ret == FFA_OK ? ENGINE_VM_GONE : ENGINE_VM_DYING);
	engine_answer("status %d", ret);
}

static void cmd_vm_destroy_poll(const struct cmd *c)
{
	struct engine_vm *v;
	uint64_t id;
	int32_t ret;

	if (c->argc != 2 || !cmd_arg_num(c, 1, UINT16_MAX, &id)) {
		engine_answer("err usage: vm_destroy_poll ID");
		return;
	}
	v = vm_in((uint16_t)id, ENGINE_VM_DYING, ENGINE_VM_DYING);
	if (v == NULL)
		v = vm_in((uint16_t)id, ENGINE_VM_GONE, ENGINE_VM_GONE);
	if (v == NULL) {
		engine_answer("err VM %#llx was not destroyed", (unsigned long long)id);
		return;
	}
	ret = ffa_vm_destroy_poll(med, v->ffa);
	if (ret == FFA_OK && v->state != ENGINE_VM_GONE)
		set_state(v, ENGINE_VM_GONE);
	engine_answer("status %d", ret);
}

static void cmd_policy(const struct cmd *c)
{
	bool allowed[ENGINE_MAX_POLICY_IDS] = { false };
	const uint64_t max_id = m->limits.policy_ids - 1U;
	uint64_t sender, receiver;

	if (c->argc < 2 || !cmd_arg_num(c, 1, max_id, &sender)) {
		engine_answer("err usage: policy SENDER [RECEIVER...], ids below %u",
			      m->limits.policy_ids);
		return;
	}
	for (int i = 2; i < c->argc; i++) {
		if (!cmd_arg_num(c, i, max_id, &receiver)) {
			engine_answer("err usage: policy SENDER [RECEIVER...], ids below %u",
				      m->limits.policy_ids);
			return;
		}
		allowed[receiver] = true;
	}
	m->policy((uint16_t)sender, allowed);
	engine_answer("ok");
}

/* --- calls ---------------------------------------------------------------- */

/* call and call_hvc: the guest's registers in, its registers out. */
static void cmd_call(const struct cmd *c)
{
	struct engine_vm *v = arg_vm(c, 1);
	struct ffa_regs regs = { { 0 } };
	uint64_t vcpu;

	if (v == NULL)
		return;
	if (c->argc != 3 + FFA_REG_COUNT || !cmd_arg_num(c, 2, UINT16_MAX, &vcpu)) {
		engine_answer("err usage: %s VM VCPU X0..X17", c->argv[0]);
		return;
	}
	for (int i = 0; i < FFA_REG_COUNT; i++) {
		if (!cmd_arg_num(c, 3 + i, UINT64_MAX, &regs.x[i])) {
			engine_answer("err bad register x%d", i);
			return;
		}
	}
	switch (m->call(v, (uint16_t)vcpu,
			cmd_word_is(c->argv[0], "call_hvc") ? ENGINE_HVC : ENGINE_SMC, &regs)) {
	case ENGINE_CALL_REPLY:
		say("@ reply");
		say_regs(&regs);
		say("\n");
		break;
	case ENGINE_CALL_NOT_FFA:
		engine_answer("notffa");
		break;
	case ENGINE_CALL_FAILED:
		break;
	}
}

/* The physical schedule receiver interrupt, as the hypervisor takes it. */
static void cmd_sri(const struct cmd *c)
{
	(void)c;
	ffa_notifications_pending(med);
	engine_answer("ok");
}

static void cmd_take_virq(const struct cmd *c)
{
	struct engine_vm *v = arg_vm(c, 1);
	uint64_t vcpu;

	if (v == NULL)
		return;
	if (c->argc != 3 || !cmd_arg_num(c, 2, (uint64_t)v->vcpus - 1, &vcpu)) {
		engine_answer("err usage: take_virq VM VCPU (one of the VM's vCPUs)");
		return;
	}
	switch (m->take_virq(v, (uint16_t)vcpu)) {
	case ENGINE_VIRQ_TAKEN:
		engine_answer("virq taken");
		break;
	case ENGINE_VIRQ_NONE:
		engine_answer("virq none");
		break;
	case ENGINE_VIRQ_FAILED:
		break;
	}
}

/* --- memory ----------------------------------------------------------------- */

/* The live VM of argument 1 and the IPA of argument 2, or NULL after an error. */
static struct engine_vm *arg_vm_ipa(const struct cmd *c, const char *usage, uint64_t *ipa)
{
	struct engine_vm *v = arg_vm(c, 1);

	if (v != NULL && !cmd_arg_num(c, 2, UINT64_MAX, ipa)) {
		engine_answer("err usage: %s", usage);
		return NULL;
	}
	return v;
}

static void not_guest_memory(const struct engine_vm *v, uint64_t ipa, uint64_t len)
{
	engine_answer("err %#llx bytes at IPA %#llx are not VM %#x's memory",
		      (unsigned long long)len, (unsigned long long)ipa, v->id);
}

static void cmd_write(const struct cmd *c)
{
	long len = c->argc == 4 ? cmd_unhex(c->argv[3]) : -1;
	struct engine_vm *v;
	uint64_t ipa;

	if (len < 0) {
		engine_answer("err usage: write VM IPA HEX");
		return;
	}
	v = arg_vm_ipa(c, "write VM IPA HEX", &ipa);
	if (v == NULL)
		return;
	if (!m->guest_copy(v, ipa, c->argv[3], (uint64_t)len, true))
		not_guest_memory(v, ipa, (uint64_t)len);
	else
		engine_answer("ok");
}

/* Each chunk is read twice: an answer that started is never cut short. */
static void cmd_read(const struct cmd *c)
{
	uint8_t chunk[HEX_CHUNK];
	struct engine_vm *v;
	uint64_t ipa, len;

	if (c->argc != 4 || !cmd_arg_num(c, 3, m->limits.vm_memory, &len)) {
		engine_answer("err usage: read VM IPA LEN");
		return;
	}
	v = arg_vm_ipa(c, "read VM IPA LEN", &ipa);
	if (v == NULL)
		return;
	for (int pass = 0; pass < 2; pass++) {
		if (pass == 1)
			say("@ data ");
		for (uint64_t off = 0; off < len; off += HEX_CHUNK) {
			const uint64_t n = len - off < HEX_CHUNK ? len - off : HEX_CHUNK;

			if (!m->guest_copy(v, ipa + off, chunk, n, false)) {
				not_guest_memory(v, ipa, len);
				return;
			}
			if (pass == 1)
				say_hex(chunk, n);
		}
	}
	say("\n");
}

static void cmd_hyp_read(const struct cmd *c)
{
	const uint64_t size = (uint64_t)cfg.hyp_buffer_pages * FFA_PAGE_SIZE;
	uint64_t off, len;

	if (c->argc != 4 || !cmd_arg_num(c, 2, size, &off) ||
	    !cmd_arg_num(c, 3, size - off, &len) ||
	    (!cmd_word_is(c->argv[1], "tx") && !cmd_word_is(c->argv[1], "rx"))) {
		engine_answer("err usage: hyp_read tx|rx OFFSET LEN, inside the %llu-byte buffer",
			     (unsigned long long)size);
		return;
	}
	say("@ data ");
	say_hex((const uint8_t *)(cmd_word_is(c->argv[1], "tx") ? cfg.hyp_tx : cfg.hyp_rx) + off,
		len);
	say("\n");
}

static void cmd_pa(const struct cmd *c)
{
	struct engine_vm *v;
	uint64_t ipa, pa;
	int32_t ret;

	v = arg_vm_ipa(c, "pa VM IPA", &ipa);
	if (v == NULL)
		return;
	ret = m->platform->ipa_to_pa(m->platform->ctx, v->id, ipa, &pa);
	if (ret != FFA_OK)
		engine_answer("status %d", ret);
	else
		engine_answer("pa %#llx", (unsigned long long)pa);
}

/* --- the platform's record and state --------------------------------------- */

static void cmd_counts(const struct cmd *c)
{
	uint32_t spmc_calls, effects;

	(void)c;
	if (m->counts(&spmc_calls, &effects))
		engine_answer("counts %u %u", spmc_calls, effects);
}

static void say_effect(const struct sim_effect *e)
{
	switch (e->kind) {
	case SIM_MAP:
		engine_answer("map %#x %#llx %u %d", e->vm_id, (unsigned long long)e->ipa, e->pages,
			     e->writable);
		break;
	case SIM_UNMAP:
		engine_answer("unmap %#x %#llx %u", e->vm_id, (unsigned long long)e->ipa, e->pages);
		break;
	case SIM_VIRQ:
		engine_answer("virq %#x %u %u", e->vm_id, e->vcpu, e->intid);
		break;
	case SIM_CLAIM:
	case SIM_UNCLAIM:
		engine_answer("%s %#x %#llx %u %d", e->kind == SIM_CLAIM ? "claim" : "unclaim",
			      e->vm_id, (unsigned long long)e->ipa, e->pages, (int)e->op);
		break;
	}
}

/* Effects the machine no longer keeps are counted as lost, and not shown. */
static void cmd_effects_since(const struct cmd *c)
{
	uint32_t spmc_calls, total, kept = 0;
	uint64_t since;

	if (!m->counts(&spmc_calls, &total))
		return;
	if (!cmd_arg_num(c, 1, total, &since)) {
		engine_answer("err usage: effects_since N (N <= %u)", total);
		return;
	}
	for (uint32_t i = (uint32_t)since; i < total; i++)
		kept += m->effect(i) != NULL;
	engine_answer("effects %u %u", kept, total - (uint32_t)since - kept);
	for (uint32_t i = (uint32_t)since; i < total; i++) {
		const struct sim_effect *e = m->effect(i);

		if (e != NULL)
			say_effect(e);
	}
}

static void cmd_fail_next_map(const struct cmd *c)
{
	uint64_t n;

	if (c->argc != 2 || !cmd_arg_num(c, 1, 1000, &n)) {
		engine_answer("err usage: fail_next_map N (N <= 1000)");
		return;
	}
	m->fail_next_map((uint32_t)n);
	engine_answer("ok");
}

static bool arg_vm_id(const struct cmd *c, int argc, const char *usage, uint64_t *id)
{
	if (c->argc != argc || !cmd_arg_num(c, 1, UINT16_MAX, id)) {
		engine_answer("err usage: %s", usage);
		return false;
	}
	return true;
}

static void cmd_page_state(const struct cmd *c)
{
	struct engine_page p = { 0 };
	uint64_t id, ipa;

	if (!arg_vm_id(c, 3, "page_state VM IPA", &id))
		return;
	if (!cmd_arg_num(c, 2, UINT64_MAX, &ipa)) {
		engine_answer("err usage: page_state VM IPA");
		return;
	}
	m->page_state((uint16_t)id, ipa, &p);
	engine_answer("page %u %d %d %d %d", p.mappings, p.writable, p.claimed,
		      p.claimed ? (int)p.op : 0, p.stage2);
}

static void cmd_vm_state(const struct cmd *c)
{
	uint64_t id, claimed;
	uint32_t mappings;

	if (!arg_vm_id(c, 2, "vm_state VM", &id))
		return;
	m->vm_totals((uint16_t)id, &mappings, &claimed);
	engine_answer("vm %u %llu", mappings, (unsigned long long)claimed);
}

static void cmd_live_mappings(const struct cmd *c)
{
	uint64_t id, claimed;
	uint32_t mappings;

	if (!arg_vm_id(c, 2, "live_mappings VM", &id))
		return;
	m->vm_totals((uint16_t)id, &mappings, &claimed);
	engine_answer("count %u", mappings);
}

/* --- set-up --------------------------------------------------------------- */

/* Sets one field of the mediator's configuration; false for an unknown key. */
static bool mediator_setting(const char *key, uint64_t v)
{
	if (cmd_word_is(key, "hyp_buffer_pages"))
		cfg.hyp_buffer_pages = (uint32_t)v;
	else if (cmd_word_is(key, "vm_rxtx_max_pages"))
		cfg.vm_rxtx_max_pages = (uint32_t)v;
	else if (cmd_word_is(key, "spmc_version_max"))
		cfg.spmc_version_max = (enum ffa_version)v;
	else
		return false;
	return true;
}

static void cmd_config(const struct cmd *c)
{
	uint64_t v;

	if (c->argc != 3 || !cmd_arg_num(c, 2, UINT32_MAX, &v))
		engine_answer("err usage: config KEY VALUE");
	else if (cmd_word_is(c->argv[1], "hyp_buffer_pages") && v > m->limits.hyp_buffer_pages)
		engine_answer("err usage: config hyp_buffer_pages N (N <= %u)",
			      m->limits.hyp_buffer_pages);
	else if (!mediator_setting(c->argv[1], v))
		engine_answer("err unknown mediator setting %s", c->argv[1]);
	else
		engine_answer("ok");
}

/*
 * Tracing: the machine prints each crossing and the mediator logs each
 * call at verbose. Given before init, so the mediator's log level is set
 * from the start, but quiet during init itself (some 65 start-up calls).
 */
static void cmd_trace(const struct cmd *c)
{
	uint64_t v;

	if (c->argc != 2 || !cmd_arg_num(c, 1, 1, &v)) {
		engine_answer("err usage: trace 0|1");
		return;
	}
	tracing = v != 0;
	if (initialised)
		m->trace(tracing);
	else
		cfg.log_level = tracing ? FFA_LOG_VERBOSE : FFA_LOG_WARN;
	engine_answer("ok");
}

/* The versions the mediator negotiated (its only fields the engine reads). */
static void say_versions(void)
{
	engine_answer("ok %#x %#x", (unsigned int)ffa_mediator_version(med),
		      (unsigned int)ffa_mediator_spmc_version(med));
}

static void cmd_init(const struct cmd *c)
{
	int32_t ret;

	(void)c;
	if (!m->start(&cfg))
		return;
	ret = m->mediator_init(&cfg, &med);
	if (ret != FFA_OK) {
		engine_answer("status %d", ret);
		return;
	}
	initialised = true;
	m->trace(tracing);
	say_versions();
}

static void cmd_engine(const struct cmd *c)
{
	(void)c;
	engine_answer("engine %s", m->name);
}

/* --- the loop ------------------------------------------------------------- */

static const struct {
	const char *name;
	enum cmd_when when;
	void (*run)(const struct cmd *c);
} commands[] = {
	{ "config", CMD_BEFORE_INIT, cmd_config },
	{ "trace", CMD_ANY, cmd_trace },
	{ "init", CMD_BEFORE_INIT, cmd_init },
	{ "engine", CMD_ANY, cmd_engine },
	{ "vm_create", CMD_AFTER_INIT, cmd_vm_create },
	{ "vm_destroy", CMD_AFTER_INIT, cmd_vm_destroy },
	{ "vm_destroy_poll", CMD_AFTER_INIT, cmd_vm_destroy_poll },
	{ "policy", CMD_AFTER_INIT, cmd_policy },
	{ "call", CMD_AFTER_INIT, cmd_call },
	{ "call_hvc", CMD_AFTER_INIT, cmd_call },
	{ "write", CMD_AFTER_INIT, cmd_write },
	{ "read", CMD_AFTER_INIT, cmd_read },
	{ "hyp_read", CMD_AFTER_INIT, cmd_hyp_read },
	{ "pa", CMD_AFTER_INIT, cmd_pa },
	{ "counts", CMD_AFTER_INIT, cmd_counts },
	{ "effects_since", CMD_AFTER_INIT, cmd_effects_since },
	{ "fail_next_map", CMD_AFTER_INIT, cmd_fail_next_map },
	{ "sri", CMD_AFTER_INIT, cmd_sri },
	{ "take_virq", CMD_AFTER_INIT, cmd_take_virq },
	{ "live_mappings", CMD_AFTER_INIT, cmd_live_mappings },
	{ "page_state", CMD_AFTER_INIT, cmd_page_state },
	{ "vm_state", CMD_AFTER_INIT, cmd_vm_state },
};

static void run_command(const struct cmd *c)
{
	for (size_t i = 0; i < COUNT_OF(commands); i++) {
		const char *refused = cmd_refused(commands[i].when, initialised);

		if (!cmd_word_is(c->argv[0], commands[i].name))
			continue;
		if (refused != NULL)
			engine_answer("err %s %s", c->argv[0], refused);
		else
			commands[i].run(c);
		return;
	}
	if (!m->spmc_command(c))
		engine_answer("err unknown command %s", c->argv[0]);
}

bool engine_run(const struct engine_machine *machine)
{
	struct cmd c;
	char *line;

	m = machine;
	while (m->read_line(&line)) {
		if (line == NULL) {
			engine_answer("err line too long");
			continue;
		}
		cmd_tokenize(line, &c);
		if (c.argc == 0)
			continue;
		if (cmd_word_is(c.argv[0], "quit"))
			break;
		run_command(&c);
	}
	return initialised;
}
