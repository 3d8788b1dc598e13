/* SPDX-License-Identifier: MIT */
/*
 * The scenario engine of tests/scenario/engine.c, spoken over the UART by
 * the whole machine: tests/scenario/scenario.py drives it unchanged, so
 * every conformance scenario runs with real guests, real stage-2
 * translation and the SPMC at EL3. Commands about VMs, calls, memory and
 * the platform are answered here; those about the SPMC go to EL3 through
 * the test-control SMC (sys/testctl.h), which answers in the same words.
 *
 * A "call" puts the registers in a vCPU and runs the guest's stub page,
 * "smc #0; hvc #0xff" ("call_hvc": "hvc #0; hvc #0xff"): the call traps
 * here and goes to the mediator as any guest's would, and the second HVC
 * hands back what the guest's registers hold.
 */
#include "sys/string.h"

#include "cmdline.h"
#include "engine_effects.h"
#include "firmware.h"
#include "hyp.h"
#include "memmap.h"
#include "sys/fmt.h"
#include "sys/semihost.h"
#include "sys/uart.h"

#define LINE_MAX_BYTES (96 * 1024)
#define MAX_HYP_BUFFER_PAGES 4
#define MAX_GUEST_RAM (64UL << 20)

static char line[LINE_MAX_BYTES];
static uint8_t hyp_rx[MAX_HYP_BUFFER_PAGES * PAGE_SIZE] __attribute__((aligned(4096)));
static uint8_t hyp_tx[MAX_HYP_BUFFER_PAGES * PAGE_SIZE] __attribute__((aligned(4096)));
static struct ffa_config config = { .hyp_buffer_pages = 1, .log_level = FFA_LOG_WARN };
static bool initialised;
static bool tracing;

/* --- input -------------------------------------------------------------- */

static bool read_line(void)
{
	size_t len = 0;
	int ch;

	while ((ch = uart_getc()) != '\n') {
		if (len + 1 < sizeof(line))
			line[len++] = (char)ch;
	}
	line[len] = '\0';
	return len + 1 < sizeof(line);
}

/* --- output ------------------------------------------------------------- */

static void print_to_uart(void *ctx, const char *fmt, va_list ap)
{
	char buf[512];
	int n = fmt_vsnprintf(buf, sizeof(buf), fmt, ap);

	(void)ctx;
	uart_write(buf, n < (int)sizeof(buf) ? (size_t)n : sizeof(buf) - 1);
}

static const struct engine_out uart_out = { print_to_uart, NULL };

static void print_hex(const uint8_t *p, uint64_t len)
{
	static const char digits[] = "0123456789abcdef";
	char chunk[128];
	size_t n = 0;

	for (uint64_t i = 0; i < len; i++) {
		chunk[n++] = digits[p[i] >> 4];
		chunk[n++] = digits[p[i] & 15];
		if (n == sizeof(chunk)) {
			uart_write(chunk, n);
			n = 0;
		}
	}
	uart_write(chunk, n);
}

static void print_regs(const struct ffa_regs *r)
{
	for (int i = 0; i < FFA_REG_COUNT; i++)
		uart_printf(" %lx", (unsigned long)r->x[i]);
}

/* --- EL3's half ----------------------------------------------------------- */

/* The original line (tokenize() cut it) goes to EL3, its answer to the UART. */
static void forward(const struct cmd *c)
{
	static char joined[LINE_MAX_BYTES];
	const char *reply;
	size_t n = 0;

	for (int i = 0; i < c->argc; i++) {
		size_t len = strlen(c->argv[i]);

		if (n + len + 2 > sizeof(joined)) {
			uart_puts("@ err command too long\n");
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

/* --- VMs ---------------------------------------------------------------- */

static struct guest *arg_guest(const struct cmd *c, int i)
{
	uint64_t id;
	struct guest *g;

	if (!cmd_arg_num(c, i, UINT16_MAX, &id)) {
		uart_puts("@ err bad VM id\n");
		return NULL;
	}
	g = guest_live((uint16_t)id);
	if (g == NULL)
		uart_printf("@ err VM %#lx does not exist\n", (unsigned long)id);
	return g;
}

static void cmd_vm_create(const struct cmd *c)
{
	uint64_t id, vcpus, size, base;
	struct guest *g;
	int32_t status;

	if (c->argc != 6 || !cmd_arg_num(c, 1, UINT16_MAX, &id) || !cmd_arg_num(c, 3, MAX_VCPUS, &vcpus) ||
	    !cmd_arg_num(c, 4, MAX_GUEST_RAM, &size) || !cmd_arg_num(c, 5, UINT64_MAX, &base) ||
	    (strcmp(c->argv[2], "aarch64") != 0 && strcmp(c->argv[2], "aarch32") != 0)) {
		uart_puts("@ err usage: vm_create ID aarch64|aarch32 VCPUS MEMSIZE IPABASE\n");
		return;
	}
	if (guest_live((uint16_t)id) != NULL ||
	    (g = guest_create((uint16_t)id, strcmp(c->argv[2], "aarch64") == 0, (uint16_t)vcpus, base, size)) == NULL) {
		uart_printf("@ err the hypervisor cannot add VM %#lx (duplicate, %d VMs, memory, alignment)\n",
			    (unsigned long)id, MAX_GUESTS);
		return;
	}
	g->ffa = ffa_vm_create(&hyp_mediator, (uint16_t)id, g->aarch64, (uint16_t)vcpus, &status);
	if (g->ffa == NULL) {
		g->state = GUEST_GONE;
		uart_printf("@ status %d\n", status);
		return;
	}
	uart_puts("@ ok\n");
}

static void cmd_vm_destroy(const struct cmd *c)
{
	struct guest *g = arg_guest(c, 1);
	int32_t ret;

	if (g == NULL)
		return;
	ret = ffa_vm_destroy(&hyp_mediator, g->ffa);
	g->state = ret == FFA_OK ? GUEST_GONE : GUEST_DYING;
	uart_printf("@ status %d\n", ret);
}

static void cmd_vm_destroy_poll(const struct cmd *c)
{
	uint64_t id;
	struct guest *g;
	int32_t ret;

	if (c->argc != 2 || !cmd_arg_num(c, 1, UINT16_MAX, &id)) {
		uart_puts("@ err usage: vm_destroy_poll ID\n");
		return;
	}
	g = guest_destroyed((uint16_t)id);
	if (g == NULL) {
		uart_printf("@ err VM %#lx was not destroyed\n", (unsigned long)id);
		return;
	}
	ret = ffa_vm_destroy_poll(&hyp_mediator, g->ffa);
	if (ret == FFA_OK)
		g->state = GUEST_GONE;
	uart_printf("@ status %d\n", ret);
}

/*
 * The registers go into the vCPU, the guest runs its stub, and they come
 * back; call_hvc: the guest's call is an HVC #0 rather than an SMC.
 */
static void cmd_call(const struct cmd *c)
{
	const uint64_t conduit = strcmp(c->argv[0], "call_hvc") == 0 ? STUB_HVC_OFFSET : 0;
	struct guest *g = arg_guest(c, 1);
	struct guest_ctx *ctx;
	struct ffa_regs regs = { { 0 } };
	uint64_t vcpu, esr;
	bool not_ffa;

	if (g == NULL)
		return;
	if (c->argc != 3 + FFA_REG_COUNT || !cmd_arg_num(c, 2, UINT16_MAX, &vcpu)) {
		uart_puts("@ err usage: call|call_hvc VM VCPU X0..X17\n");
		return;
	}
	for (int i = 0; i < FFA_REG_COUNT; i++) {
		if (!cmd_arg_num(c, 3 + i, UINT64_MAX, &regs.x[i])) {
			uart_printf("@ err bad register x%d\n", i);
			return;
		}
	}
	/* A vCPU id the VM does not have still reaches the mediator (vCPU 0 runs it). */
	ctx = &g->ctx[vcpu < g->vcpus ? vcpu : 0];
	*ctx = (struct guest_ctx){ .elr = STUB_IPA + conduit, .spsr = 0x3c5 };
	if (!g->aarch64) {
		ctx->elr = STUB_IPA + STUB_A32_OFFSET + conduit;
		ctx->spsr = 0x1d3; /* AArch32 SVC mode, A, I and F masked */
	}
	for (int i = 0; i < FFA_REG_COUNT; i++)
		ctx->x[i] = regs.x[i];
	esr = vcpu_run(g, ctx, (uint16_t)vcpu, false, &not_ffa, 0);
	if (not_ffa) {
		uart_puts("@ notffa\n");
		return;
	}
	if ((ESR_EC(esr) != EC_HVC64 && ESR_EC(esr) != EC_HVC32) || ESR_IMM16(esr) != STUB_HVC_RETURN) {
		uart_printf("@ err the guest stopped with ESR %#lx at %#lx\n", (unsigned long)esr,
			    (unsigned long)ctx->elr);
		return;
	}
	uart_puts("@ reply");
	for (int i = 0; i < FFA_REG_COUNT; i++)
		regs.x[i] = g->aarch64 ? ctx->x[i] : (uint32_t)ctx->x[i];
	print_regs(&regs);
	uart_puts("\n");
}

/* --- memory ------------------------------------------------------------- */

static void cmd_write(const struct cmd *c)
{
	long len = c->argc == 4 ? cmd_unhex(c->argv[3]) : -1;
	struct guest *g;
	uint64_t ipa;

	if (len < 0 || !cmd_arg_num(c, 2, UINT64_MAX, &ipa)) {
		uart_puts("@ err usage: write VM IPA HEX\n");
		return;
	}
	g = arg_guest(c, 1);
	if (g == NULL)
		return;
	if (!guest_write(g, ipa, c->argv[3], (uint64_t)len))
		uart_printf("@ err %#lx bytes at IPA %#lx are not VM %#x's memory\n", (unsigned long)len,
			    (unsigned long)ipa, g->id);
	else
		uart_puts("@ ok\n");
}

static void cmd_read(const struct cmd *c)
{
	static uint8_t buf[LINE_MAX_BYTES / 2];
	struct guest *g;
	uint64_t ipa, len;

	if (c->argc != 4 || !cmd_arg_num(c, 2, UINT64_MAX, &ipa) || !cmd_arg_num(c, 3, sizeof(buf), &len)) {
		uart_puts("@ err usage: read VM IPA LEN\n");
		return;
	}
	g = arg_guest(c, 1);
	if (g == NULL)
		return;
	if (!guest_read(g, ipa, buf, len)) {
		uart_printf("@ err %#lx bytes at IPA %#lx are not VM %#x's memory\n", (unsigned long)len,
			    (unsigned long)ipa, g->id);
		return;
	}
	uart_puts("@ data ");
	print_hex(buf, len);
	uart_puts("\n");
}

static void cmd_hyp_read(const struct cmd *c)
{
	const uint64_t size = (uint64_t)config.hyp_buffer_pages * PAGE_SIZE;
	uint64_t off, len;

	if (c->argc != 4 || !cmd_arg_num(c, 2, size, &off) || !cmd_arg_num(c, 3, size - off, &len) ||
	    (strcmp(c->argv[1], "tx") != 0 && strcmp(c->argv[1], "rx") != 0)) {
		uart_printf("@ err usage: hyp_read tx|rx OFFSET LEN, inside the %lu-byte buffer\n",
			    (unsigned long)size);
		return;
	}
	uart_puts("@ data ");
	print_hex((strcmp(c->argv[1], "tx") == 0 ? hyp_tx : hyp_rx) + off, len);
	uart_puts("\n");
}

static void cmd_pa(const struct cmd *c)
{
	struct guest *g = arg_guest(c, 1);
	uint64_t ipa, pa;
	int32_t ret;

	if (g == NULL)
		return;
	if (!cmd_arg_num(c, 2, UINT64_MAX, &ipa)) {
		uart_puts("@ err usage: pa VM IPA\n");
		return;
	}
	ret = hyp_plat.ops.ipa_to_pa(hyp_plat.ops.ctx, g->id, ipa, &pa);
	if (ret != FFA_OK)
		uart_printf("@ status %d\n", ret);
	else
		uart_printf("@ pa %#lx\n", (unsigned long)pa);
}

/* --- the platform's record ------------------------------------------------ */

static void cmd_counts(const struct cmd *c)
{
	const char *reply;
	const char *n;

	(void)c;
	if (firmware_real()) {
		uart_printf("@ counts %u %u\n", hyp_plat.spmc_count, hyp_plat.effect_count);
		return;
	}
	reply = el3_command("spmc_count");
	if (reply == NULL)
		return;
	n = strchr(reply, '\n');
	if (strncmp(reply, "@ count ", 8) != 0 || n == NULL) {
		uart_puts("@ err EL3 did not count\n");
		return;
	}
	*(char *)n = '\0';
	uart_printf("@ counts %s %u\n", reply + 8, hyp_plat.effect_count);
}

/*
 * The calls the SPMC received since call N: the simulated SPMC's own
 * record, or with real firmware the hypervisor's (platform.h), in the
 * same words ("@ spmc KEPT LOST", then "@ call" IN... OUT...).
 */
static void cmd_spmc_calls_since(const struct cmd *c)
{
	const uint32_t total = hyp_plat.spmc_count;
	uint64_t since;
	uint32_t kept, first;

	if (!firmware_real()) {
		forward(c);
		return;
	}
	if (!cmd_arg_num(c, 1, total, &since)) {
		uart_printf("@ err usage: spmc_calls_since N (N <= %u)\n", total);
		return;
	}
	kept = total - (uint32_t)since > SPMC_RECORD_SIZE ? SPMC_RECORD_SIZE : total - (uint32_t)since;
	first = total - kept;
	uart_printf("@ spmc %u %u\n", kept, first - (uint32_t)since);
	for (uint32_t n = first; n < total; n++) {
		uart_puts("@ call");
		print_regs(&hyp_plat.spmc_calls[n % SPMC_RECORD_SIZE].in);
		print_regs(&hyp_plat.spmc_calls[n % SPMC_RECORD_SIZE].out);
		uart_puts("\n");
	}
}

static void cmd_effects_since(const struct cmd *c)
{
	engine_effects_since_ring(&uart_out, c, hyp_plat.effects, MAX_EFFECTS, hyp_plat.effect_count);
}

/*
 * take_virq VM VCPU: run the vCPU with interrupts unmasked; "virq taken"
 * when a virtual interrupt the mediator injected reached it, else "virq
 * none". AArch64 guests only.
 */
static void cmd_take_virq(const struct cmd *c)
{
	struct guest *g = arg_guest(c, 1);
	struct guest_ctx *ctx;
	uint64_t vcpu, esr;
	bool not_ffa;

	if (g == NULL)
		return;
	if (c->argc != 3 || !cmd_arg_num(c, 2, MAX_VCPUS - 1, &vcpu) || vcpu >= g->vcpus || !g->aarch64) {
		uart_puts("@ err usage: take_virq VM VCPU (an AArch64 VM's vCPU)\n");
		return;
	}
	ctx = &g->ctx[vcpu];
	/* EL1h with IRQs unmasked (D, A, F masked). */
	*ctx = (struct guest_ctx){ .elr = STUB_IPA + STUB_TAKE_OFFSET, .spsr = 0x345 };
	__asm__ volatile("msr vbar_el1, %0; isb" ::"r"(STUB_IPA + STUB_VECTORS_OFFSET));
	esr = vcpu_run(g, ctx, (uint16_t)vcpu, false, &not_ffa, g->virq_pending[vcpu] ? HCR_VI | HCR_IMO : 0);
	if (ESR_EC(esr) == EC_HVC64 && (esr & 0xffff) == STUB_HVC_IRQ_TAKEN) {
		g->virq_pending[vcpu] = false;
		uart_puts("@ virq taken\n");
	} else if (ESR_EC(esr) == EC_HVC64 && (esr & 0xffff) == STUB_HVC_NO_IRQ) {
		uart_puts("@ virq none\n");
	} else {
		uart_printf("@ err the guest stopped with ESR %#lx\n", (unsigned long)esr);
	}
}

/* The physical schedule receiver interrupt, as the hypervisor would take it. */
static void cmd_sri(const struct cmd *c)
{
	(void)c;
	ffa_notifications_pending(&hyp_mediator);
	uart_puts("@ ok\n");
}

static void cmd_fail_next_map(const struct cmd *c)
{
	uint64_t n;

	if (!cmd_arg_num(c, 1, 1000, &n)) {
		uart_puts("@ err usage: fail_next_map N\n");
		return;
	}
	hyp_plat.fail_next_map = (int)n;
	uart_puts("@ ok\n");
}

static void cmd_live_mappings(const struct cmd *c)
{
	uint64_t id;

	if (!cmd_arg_num(c, 1, UINT16_MAX, &id)) {
		uart_puts("@ err usage: live_mappings VM\n");
		return;
	}
	uart_printf("@ count %u\n", platform_live_mappings(&hyp_plat, (uint16_t)id));
}

static void cmd_policy(const struct cmd *c)
{
	bool row[MAX_POLICY_VM] = { false };
	uint64_t sender, receiver;

	if (c->argc < 2 || !cmd_arg_num(c, 1, MAX_POLICY_VM - 1, &sender)) {
		uart_printf("@ err usage: policy SENDER [RECEIVER...], ids below %d\n", MAX_POLICY_VM);
		return;
	}
	for (int i = 2; i < c->argc; i++) {
		if (!cmd_arg_num(c, i, MAX_POLICY_VM - 1, &receiver)) {
			uart_printf("@ err usage: policy SENDER [RECEIVER...], ids below %d\n", MAX_POLICY_VM);
			return;
		}
		row[receiver] = true;
	}
	memcpy(hyp_plat.allow[sender], row, sizeof(row));
	uart_puts("@ ok\n");
}

/* --- set-up --------------------------------------------------------------- */

static void cmd_config(const struct cmd *c)
{
	uint64_t v;

	if (c->argc != 3 || !cmd_arg_num(c, 2, UINT32_MAX, &v)) {
		uart_puts("@ err usage: config KEY VALUE\n");
	} else if (strcmp(c->argv[1], "hyp_buffer_pages") == 0 && v >= 1 && v <= MAX_HYP_BUFFER_PAGES) {
		config.hyp_buffer_pages = (uint32_t)v;
		uart_puts("@ ok\n");
	} else if (strcmp(c->argv[1], "vm_rxtx_max_pages") == 0) {
		config.vm_rxtx_max_pages = (uint32_t)v;
		uart_puts("@ ok\n");
	} else if (strcmp(c->argv[1], "spmc_version_max") == 0) {
		config.spmc_version_max = (enum ffa_version)v;
		uart_puts("@ ok\n");
	} else {
		uart_printf("@ err unknown or unsupported mediator setting %s\n", c->argv[1]);
	}
}

/* As the host engine: the mediator logs each call when tracing, but init is quiet. */
static void cmd_trace(const struct cmd *c)
{
	uint64_t v;

	if (!cmd_arg_num(c, 1, 1, &v)) {
		uart_puts("@ err usage: trace 0|1\n");
		return;
	}
	tracing = v != 0;
	if (initialised)
		hyp_plat.trace = tracing;
	else
		config.log_level = tracing ? FFA_LOG_VERBOSE : FFA_LOG_WARN;
	uart_puts("@ ok\n");
}

static void cmd_init(const struct cmd *c)
{
	int32_t ret;

	(void)c;
	if (!firmware_real() && el3_command("spmc_init") == NULL)
		return;
	config.hyp_rx = hyp_rx;
	config.hyp_tx = hyp_tx;
	if (config.spmc_version_max == 0)
		config.spmc_version_max = firmware_spmc_version_max();
	ret = ffa_mediator_init(&hyp_mediator, &hyp_plat.ops, &config);
	if (ret != FFA_OK) {
		uart_printf("@ status %d\n", ret);
		return;
	}
	initialised = true;
	hyp_plat.trace = tracing;
	uart_printf("@ ok %#x %#x\n", (unsigned int)hyp_mediator.version, (unsigned int)hyp_mediator.spmc_version);
}

/* --- the loop ------------------------------------------------------------- */

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
	{ "call", AFTER_INIT, cmd_call },
	{ "call_hvc", AFTER_INIT, cmd_call },
	{ "write", AFTER_INIT, cmd_write },
	{ "read", AFTER_INIT, cmd_read },
	{ "hyp_read", AFTER_INIT, cmd_hyp_read },
	{ "pa", AFTER_INIT, cmd_pa },
	{ "counts", AFTER_INIT, cmd_counts },
	{ "effects_since", AFTER_INIT, cmd_effects_since },
	{ "spmc_calls_since", AFTER_INIT, cmd_spmc_calls_since },
	{ "fail_next_map", AFTER_INIT, cmd_fail_next_map },
	{ "sri", AFTER_INIT, cmd_sri },
	{ "take_virq", AFTER_INIT, cmd_take_virq },
	{ "live_mappings", AFTER_INIT, cmd_live_mappings },
};

static void run_command(struct cmd *c)
{
	for (size_t i = 0; i < sizeof(commands) / sizeof(commands[0]); i++) {
		if (strcmp(c->argv[0], commands[i].name) != 0)
			continue;
		if (commands[i].when == BEFORE_INIT && initialised)
			uart_printf("@ err %s after init\n", c->argv[0]);
		else if (commands[i].when == AFTER_INIT && !initialised)
			uart_printf("@ err %s before init\n", c->argv[0]);
		else
			commands[i].run(c);
		return;
	}
	forward(c); /* the SPMC's commands; EL3 says "err" for unknown ones */
}

_Noreturn void scenario_engine(void)
{
	struct cmd c;

	platform_init(&hyp_plat);
	uart_printf("el2: scenario engine ready, with %s\n", firmware_name());
	for (;;) {
		if (!read_line()) {
			uart_puts("@ err line too long\n");
			continue;
		}
		cmd_tokenize(line, &c);
		if (c.argc == 0)
			continue;
		if (strcmp(c.argv[0], "quit") == 0)
			semihost_exit(0);
		run_command(&c);
	}
}
