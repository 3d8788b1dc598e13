/* SPDX-License-Identifier: MIT */
/*
 * The scenario engine (tests/scenario/engine_core.c) on the whole machine,
 * spoken over the UART: tests/scenario/scenario.py drives it unchanged, so
 * every conformance scenario runs with real guests, real stage-2
 * translation and the SPMC at EL3. The SPMC's commands go to EL3 through
 * the test-control SMC (sys/testctl.h), which answers in the same words.
 *
 * A call puts the registers in a vCPU and runs the guest's stub page
 * (guest.c): "smc #0; hvc #0xff" ("call_hvc": "hvc #0; hvc #0xff"): the
 * call traps here and goes to the mediator as any guest's would, and the
 * second HVC hands back what the guest's registers hold.
 */
#include "sys/string.h"

#include "engine_core.h"
#include "firmware.h"
#include "hyp.h"
#include "memmap.h"
#include "sys/fmt.h"
#include "sys/semihost.h"
#include "sys/uart.h"

#define LINE_MAX_BYTES (96 * 1024)
#define MAX_HYP_BUFFER_PAGES 4
#define MAX_GUEST_RAM (64UL << 20)
#define SPSR_EL1H_MASKED 0x3c5      /* AArch64 EL1h, D, A, I and F masked */
#define SPSR_EL1H_IRQ 0x345         /* the same with IRQs unmasked */
#define SPSR_A32_SVC_MASKED 0x1d3   /* AArch32 SVC mode, A, I and F masked */

static uint8_t hyp_rx[MAX_HYP_BUFFER_PAGES * PAGE_SIZE] __attribute__((aligned(4096)));
static uint8_t hyp_tx[MAX_HYP_BUFFER_PAGES * PAGE_SIZE] __attribute__((aligned(4096)));

static void print(const char *fmt, va_list ap)
{
	char buf[512];
	int n = fmt_vsnprintf(buf, sizeof(buf), fmt, ap);

	uart_write(buf, n < (int)sizeof(buf) ? (size_t)n : sizeof(buf) - 1);
}

/* A line from the UART; *line NULL for one longer than the buffer. */
static bool read_line(char **line)
{
	static char buf[LINE_MAX_BYTES];
	size_t len = 0;
	int ch;

	while ((ch = uart_getc()) != '\n') {
		if (len + 1 < sizeof(buf))
			buf[len++] = (char)ch;
	}
	buf[len] = '\0';
	*line = len + 1 < sizeof(buf) ? buf : NULL;
	return true;
}

/* The simulated SPMC starts when EL3 is told; real firmware is up already. */
static bool start(struct ffa_config *cfg)
{
	if (!firmware_real() && el3_command("spmc_init") == NULL)
		return false;
	cfg->hyp_rx = hyp_rx;
	cfg->hyp_tx = hyp_tx;
	if (cfg->spmc_version_max == 0)
		cfg->spmc_version_max = firmware_spmc_version_max();
	return true;
}

static int32_t mediator_init(const struct ffa_config *cfg, struct ffa_mediator **mediator)
{
	const int32_t ret = hyp_mediator_init(cfg);

	*mediator = hyp_mediator;
	return ret;
}

static void trace(bool on)
{
	hyp_plat.trace = on;
}

static bool vm_add(struct engine_vm *v, uint64_t ipa_base, uint64_t size)
{
	v->machine = guest_create(v->id, v->aarch64, v->vcpus, ipa_base, size);
	return v->machine != NULL;
}

static void vm_changed(struct engine_vm *v, enum engine_vm_state was)
{
	static const enum guest_state states[] = {
		[ENGINE_VM_FREE] = GUEST_GONE,
		[ENGINE_VM_LIVE] = GUEST_LIVE,
		[ENGINE_VM_DYING] = GUEST_DYING,
		[ENGINE_VM_GONE] = GUEST_GONE,
	};
	struct guest *g = v->machine;

	(void)was;
	g->ffa = v->ffa;
	g->state = states[v->state];
}

/* The reply is in the registers when the stub says so (guest.h). */
static bool stub_done(uint64_t esr)
{
	return (ESR_EC(esr) == EC_HVC64 || ESR_EC(esr) == EC_HVC32) &&
	       ESR_IMM16(esr) == STUB_HVC_RETURN;
}

static enum engine_call call(struct engine_vm *v, uint16_t vcpu, enum engine_conduit conduit,
			     struct ffa_regs *regs)
{
	struct guest *g = v->machine;
	/* A vCPU id the VM does not have still reaches the mediator (vCPU 0 runs it). */
	struct guest_ctx *gc = &g->ctx[vcpu < g->vcpus ? vcpu : 0];
	const uint64_t entry = (g->aarch64 ? 0 : STUB_A32_OFFSET) +
			       (conduit == ENGINE_HVC ? STUB_HVC_OFFSET : 0);
	uint64_t esr;
	bool not_ffa;

	*gc = (struct guest_ctx){ .elr = STUB_IPA + entry,
				  .spsr = g->aarch64 ? SPSR_EL1H_MASKED : SPSR_A32_SVC_MASKED };
	for (int i = 0; i < FFA_REG_COUNT; i++)
		gc->x[i] = regs->x[i];
	esr = vcpu_run(g, gc, vcpu, false, &not_ffa, 0);
	if (not_ffa)
		return ENGINE_CALL_NOT_FFA;
	if (!stub_done(esr)) {
		engine_answer("err the guest stopped with ESR %#lx at %#lx%s", (unsigned long)esr,
			     (unsigned long)gc->elr,
			     conduit == ENGINE_HVC ? " (after its HVC)" : "");
		return ENGINE_CALL_FAILED;
	}
	/* An AArch32 guest has 32-bit registers: the upper halves are not its. */
	for (int i = 0; i < FFA_REG_COUNT; i++)
		regs->x[i] = g->aarch64 ? gc->x[i] : (uint32_t)gc->x[i];
	return ENGINE_CALL_REPLY;
}

static bool guest_copy(struct engine_vm *v, uint64_t ipa, void *buf, uint64_t len, bool to_guest)
{
	return to_guest ? guest_write(v->machine, ipa, buf, len) :
			  guest_read(v->machine, ipa, buf, len);
}

/* The SPMC's count: the simulated SPMC's own, or with real firmware the hypervisor's. */
static bool counts(uint32_t *spmc_calls, uint32_t *effects)
{
	const char *reply;
	uint64_t n;
	char *end;

	*effects = hyp_plat.effect_count;
	if (firmware_real()) {
		*spmc_calls = hyp_plat.spmc_count;
		return true;
	}
	reply = el3_command("spmc_count");
	if (reply == NULL)
		return false;
	end = strchr(reply, '\n');
	if (end != NULL)
		*end = '\0';
	if (strncmp(reply, "@ count ", 8) != 0 || !cmd_parse_u64(reply + 8, &n)) {
		engine_answer("err EL3 did not count");
		return false;
	}
	*spmc_calls = (uint32_t)n;
	return true;
}

/* The platform keeps the last MAX_EFFECTS in a ring. */
static const struct sim_effect *effect(uint32_t i)
{
	if (i >= hyp_plat.effect_count || hyp_plat.effect_count - i > MAX_EFFECTS)
		return NULL;
	return &hyp_plat.effects[i % MAX_EFFECTS];
}

/*
 * The vCPU runs the stub's take entry with IRQs unmasked: a virtual
 * interrupt the mediator injected is taken at the stub's vectors (HCR_EL2.VI;
 * guest.h). AArch64 guests only.
 */
static enum engine_virq take_virq(struct engine_vm *v, uint16_t vcpu)
{
	struct guest *g = v->machine;
	struct guest_ctx *gc = &g->ctx[vcpu];
	uint64_t esr;
	bool not_ffa;

	if (!g->aarch64 || vcpu >= MAX_VCPUS) {
		engine_answer("err take_virq: this machine runs it on an AArch64 VM's vCPU below "
			      "%d",
			      MAX_VCPUS);
		return ENGINE_VIRQ_FAILED;
	}
	*gc = (struct guest_ctx){ .elr = STUB_IPA + STUB_TAKE_OFFSET, .spsr = SPSR_EL1H_IRQ };
	__asm__ volatile("msr vbar_el1, %0; isb" ::"r"(STUB_IPA + STUB_VECTORS_OFFSET));
	esr = vcpu_run(g, gc, vcpu, false, &not_ffa, g->virq_pending[vcpu] ? HCR_VI | HCR_IMO : 0);
	if (ESR_EC(esr) == EC_HVC64 && ESR_IMM16(esr) == STUB_HVC_IRQ_TAKEN) {
		g->virq_pending[vcpu] = false;
		return ENGINE_VIRQ_TAKEN;
	}
	if (ESR_EC(esr) == EC_HVC64 && ESR_IMM16(esr) == STUB_HVC_NO_IRQ)
		return ENGINE_VIRQ_NONE;
	engine_answer("err the guest stopped with ESR %#lx", (unsigned long)esr);
	return ENGINE_VIRQ_FAILED;
}

static void fail_next_map(uint32_t n)
{
	hyp_plat.fail_next_map = (int)n;
}

static void policy(uint16_t sender, const bool *allowed)
{
	memcpy(hyp_plat.allow[sender], allowed, sizeof(hyp_plat.allow[sender]));
}

/* A VM's guest, live, dying or destroyed (until its slot is reused). */
static const struct guest *any_guest(uint16_t id)
{
	const struct guest *g = guest_find(id);

	return g != NULL ? g : guest_destroyed(id);
}

/*
 * The page as the hypervisor holds it: its mappings, and the VM's stage-2
 * entry (valid: the VM has it; software bits: the claim and its op).
 */
static void page_state(uint16_t vm_id, uint64_t ipa, struct engine_page *p)
{
	const struct guest *g = any_guest(vm_id);
	struct s2_page page;

	p->mappings = platform_page_mappings(&hyp_plat, vm_id, ipa, &p->writable);
	if (g == NULL || !s2_lookup(&g->s2, ipa, &page))
		return;
	p->claimed = page.claimed;
	p->op = (enum ffa_mem_op)page.op;
	p->stage2 = g->state == GUEST_LIVE && page.accessible;
}

static void vm_totals(uint16_t vm_id, uint32_t *mappings, uint64_t *claimed_pages)
{
	const struct guest *g = any_guest(vm_id);

	*mappings = platform_live_mappings(&hyp_plat, vm_id);
	*claimed_pages = g != NULL ? guest_claimed_pages(g) : 0;
}

/*
 * The calls the SPMC received since call N, from the hypervisor's own
 * record (platform.h) with real firmware, in the simulated SPMC's words.
 */
static void spmc_calls_since(const struct cmd *c)
{
	const uint32_t total = hyp_plat.spmc_count;
	uint64_t since;
	uint32_t kept, first;

	if (!cmd_arg_num(c, 1, total, &since)) {
		engine_answer("err usage: spmc_calls_since N (N <= %u)", total);
		return;
	}
	kept = total - (uint32_t)since > SPMC_RECORD_SIZE ? SPMC_RECORD_SIZE :
							    total - (uint32_t)since;
	first = total - kept;
	engine_answer("spmc %u %u", kept, first - (uint32_t)since);
	for (uint32_t n = first; n < total; n++) {
		uart_puts("@ call");
		for (int i = 0; i < FFA_REG_COUNT; i++)
			uart_printf(
				" %lx",
				(unsigned long)hyp_plat.spmc_calls[n % SPMC_RECORD_SIZE].in.x[i]);
		for (int i = 0; i < FFA_REG_COUNT; i++)
			uart_printf(
				" %lx",
				(unsigned long)hyp_plat.spmc_calls[n % SPMC_RECORD_SIZE].out.x[i]);
		uart_puts("\n");
	}
}

/* The original line (tokenizing cut it) goes to EL3, its answer to the UART. */
static void forward(const struct cmd *c)
{
	static char joined[LINE_MAX_BYTES];
	const char *reply;
	size_t n = 0;

	for (int i = 0; i < c->argc; i++) {
		size_t len = strlen(c->argv[i]);

		if (n + len + 2 > sizeof(joined)) {
			engine_answer("err command too long");
			return;
		}
		memcpy(joined + n, c->argv[i], len);
		n += len;
		joined[n++] = i + 1 < c->argc ? ' ' : '\0';
	}
	reply = el3_command(joined);
	if (reply != NULL)
		uart_puts(reply);
}

/* Every other command is EL3's, which says "err unknown command" itself. */
static bool spmc_command(const struct cmd *c)
{
	if (firmware_real() && cmd_word_is(c->argv[0], "spmc_calls_since"))
		spmc_calls_since(c);
	else
		forward(c);
	return true;
}

/* As much as the QEMU machine's 1 GiB of RAM holds (memmap.h). */
static const struct engine_machine el2 = {
	.name = "el2",
	.platform = &hyp_plat.ops,
	.limits = { .vms = MAX_GUESTS, .vcpus = MAX_VCPUS, .vm_memory = MAX_GUEST_RAM,
		    .hyp_buffer_pages = MAX_HYP_BUFFER_PAGES, .policy_ids = MAX_POLICY_VM },
	ENGINE_MACHINE_OPS,
};

_Noreturn void scenario_engine(void)
{
	platform_init(&hyp_plat);
	uart_printf("el2: scenario engine ready, with %s\n", firmware_name());
	engine_run(&el2);
	semihost_exit(0);
}
