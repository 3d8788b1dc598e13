/* SPDX-License-Identifier: MIT */
/*
 * The system test's EL3 firmware: the project's simulated SPMC
 * (tests/spmc, the same source the host tests use) answering the
 * hypervisor's FF-A calls for real, plus PSCI/SMCCC and the GIC set-up a
 * Linux guest needs. One CPU, interrupts never taken here: the SPMC state
 * below is the only mutable state, touched by one thread of control.
 */
#include "el3.h"
#include "sys/semihost.h"
#include "sys/testctl.h"
#include "sys/uart.h"

#define NS_RAM_BASE 0x40000000UL
#define NS_RAM_END 0x80000000UL
#define ESR_EC(esr) ((unsigned int)((esr) >> 26) & 0x3f)
#define EC_SMC64 0x17
#define FFA_FUNCTION_FIRST 0x60u
#define FFA_FUNCTION_LAST 0xffu
#define SMC_FUNCTION_NUMBER(fid) ((fid) & 0xffffu)
#define SMC_OWNER_STANDARD(fid) (((fid) & 0x3f000000u) == 0x04000000u)

static struct spmc spmc_model;
struct engine_spmc el3_spmc = { .spmc = &spmc_model };

/* The SPMC may touch Non-secure RAM only (QEMU lets EL3 reach it with the MMU off). */
static void *ns_phys(void *ctx, uint64_t pa, uint64_t len)
{
	(void)ctx;
	if (pa < NS_RAM_BASE || pa >= NS_RAM_END || len > NS_RAM_END - pa)
		return 0;
	return (void *)pa;
}

/* Returns SCR_EL3 for the normal world (start.S). */
uint64_t el3_main(void)
{
	const uint64_t scr = cpu_enable_features();

	gic_init();
	engine_spmc_defaults(&el3_spmc);
	el3_spmc.config.phys = ns_phys;
	return scr;
}

/*
 * At power-off: what each OP-TEE partition read from the guest's argument
 * pages, so the system test can tell that the bytes Linux wrote reached
 * the secure side through the mediator's translation.
 */
/*
 * The VMs the SPMC still holds something of: mapped RX/TX buffers, memory
 * transactions, notification bitmaps, partitions that know them as
 * created. A destroyed VM must be in none of the lists (the Xen system
 * test checks its domU's teardown with it).
 */
static void report_held(void)
{
	const struct spmc *s = &spmc_model;

	uart_puts("el3: SPMC at power-off: buffers of VMs [");
	for (uint32_t i = 0; i < SPMC_MAX_VM_BUFFERS; i++)
		if (s->vm[i].mapped)
			uart_printf(" %#x", s->vm[i].endpoint);
	uart_puts(" ], transactions of VMs [");
	for (uint32_t i = 0; i < SPMC_MAX_TRANSACTIONS; i++)
		if (s->mem[i].used)
			uart_printf(" %#x", s->mem[i].sender);
	uart_puts(" ], notification bitmaps of VMs [");
	for (uint32_t i = 0; i < SPMC_NOTIFY_VMS; i++)
		if (s->notify.vms[i].used)
			uart_printf(" %#x", s->notify.vms[i].id);
	uart_puts(" ], VMs known to partitions [");
	for (uint32_t p = 0; p < s->config.partition_count; p++)
		for (uint32_t i = 0; i < s->part[p].vm_count; i++)
			uart_printf(" %#x", s->part[p].vms[i].id);
	uart_puts(" ]\n");
}

void el3_report(void)
{
	if (el3_spmc.initialised)
		report_held();

	const struct spmc_config *c = &spmc_model.config;

	for (uint32_t i = 0; el3_spmc.initialised && i < c->partition_count; i++) {
		const struct spmc_optee_record *o = &spmc_model.part[i].optee;
		const uint8_t *u = o->last_ta.b;

		if (c->partitions[i].behaviour != SPMC_BEHAVE_OPTEE)
			continue;
		uart_printf("el3: OP-TEE partition %#x: %u calls read their argument page, %u "
			    "opened a session",
			    c->partitions[i].id, o->calls_with_arg, o->open_sessions);
		if (o->open_sessions > 0)
			uart_printf(", the last for TA "
				    "%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%"
				    "02x%02x",
				    u[0], u[1], u[2], u[3], u[4], u[5], u[6], u[7], u[8], u[9],
				    u[10], u[11], u[12], u[13], u[14], u[15]);
		uart_puts("\n");
	}
}

_Noreturn void el3_panic_exception(uint64_t esr, uint64_t elr, uint64_t far)
{
	uint64_t spsr;

	/* SPSR_EL3.M[3:2]: the exception level the exception came from. */
	__asm__ volatile("mrs %0, spsr_el3" : "=r"(spsr));
	uart_printf("el3: PANIC: unexpected exception from EL%u: ESR %#lx ELR %#lx FAR %#lx\n",
		    (unsigned int)(spsr >> 2) & 3, (unsigned long)esr, (unsigned long)elr,
		    (unsigned long)far);
	semihost_exit(4);
}

static bool is_ffa(uint32_t fid)
{
	return SMC_OWNER_STANDARD(fid) && SMC_FUNCTION_NUMBER(fid) >= FFA_FUNCTION_FIRST &&
	       SMC_FUNCTION_NUMBER(fid) <= FFA_FUNCTION_LAST;
}

/* FF-A: the model answers once the scenario (or the hypervisor) started it. */
static void ffa_call(struct el3_regs *r)
{
	struct ffa_regs regs = { { 0 } };

	for (int i = 0; i < FFA_REG_COUNT; i++)
		regs.x[i] = r->x[i];
	if (el3_spmc.initialised)
		spmc_call(&spmc_model, &regs);
	else
		regs = (struct ffa_regs){ .x = { FFA_ERROR_32, 0, (uint32_t)FFA_NOT_SUPPORTED } };
	for (int i = 0; i < FFA_REG_COUNT; i++)
		r->x[i] = regs.x[i];
}

void el3_smc(struct el3_regs *r)
{
	uint64_t esr;
	const uint32_t fid = (uint32_t)r->x[0];

	__asm__ volatile("mrs %0, esr_el3" : "=r"(esr));
	if (ESR_EC(esr) != EC_SMC64) {
		uint64_t elr, far;

		/* A lower EL trapped to EL3 (an access EL3 did not enable): where and what. */
		__asm__ volatile("mrs %0, elr_el3" : "=r"(elr));
		__asm__ volatile("mrs %0, far_el3" : "=r"(far));
		el3_panic_exception(esr, elr, far);
	}
	if (is_ffa(fid))
		ffa_call(r);
	else if (fid == TESTCTL_CALL)
		testctl_call(r);
	else if (!psci_call(r))
		r->x[0] = UINT64_MAX; /* SMCCC NOT_SUPPORTED */
}
