/* SPDX-License-Identifier: MIT */
/*
 * The Linux run: one VM (id 1, one vCPU) whose RAM lies elsewhere in
 * physical memory than its IPA says, with the kernel, DTB and initramfs
 * copied in through its stage 2, the devices passed through, and its FF-A
 * calls going through the mediator, which logs each one.
 */
#include "sys/string.h"

#include "firmware.h"
#include "hyp.h"
#include "linux.h"
#include "mediator_access.h"
#include "memmap.h"
#include "sys/cpu_features.h"
#include "sys/semihost.h"
#include "sys/uart.h"

#define LINUX_VM_ID 1
#define PSCI_SYSTEM_OFF 0x84000008UL
#define SPSR_EL1H_MASKED 0x3c5UL
#define SCTLR_EL1_RESET 0x30d00800UL
/* How often the teardown asks partitions again before it gives up. */
#define DESTROY_POLLS 100
/* CNTHCTL_EL2: EL1 may use the physical counter and timer. */
#define CNTHCTL_EL1PCTEN_EL1PCEN 3UL

static uint8_t hyp_rx[PAGE_SIZE] __attribute__((aligned(4096)));
static uint8_t hyp_tx[PAGE_SIZE] __attribute__((aligned(4096)));

static const struct boot_info *boot_info(void)
{
	return (const struct boot_info *)BOOT_INFO_PA;
}

bool linux_requested(void)
{
	return boot_info()->magic == BOOT_INFO_MAGIC;
}

static struct guest *make_guest(const struct boot_info *bi)
{
	struct guest *g = guest_create(LINUX_VM_ID, true, 1, bi->ram_ipa, bi->ram_size);
	int32_t status;

	if (g == NULL || !s2_map(&g->s2, DEVICE_BASE, DEVICE_BASE, DEVICE_END - DEVICE_BASE, S2_DEVICE))
		hyp_panic("no memory for the Linux guest");
	for (uint64_t i = 0; i < bi->image_count && i < BOOT_MAX_IMAGES; i++) {
		const struct boot_image *im = &bi->images[i];

		if (!guest_write(g, im->ipa, (const void *)im->pa, im->size))
			hyp_panic("a boot image does not fit the guest's RAM");
	}
	g->ffa = ffa_vm_create(hyp_mediator, LINUX_VM_ID, true, 1, &status);
	if (g->ffa == NULL)
		hyp_panic("the mediator refused the Linux VM");
	g->log_calls = true;
	return g;
}

/* EL1's world as Linux expects to find it on a fresh CPU. */
static void el1_reset(void)
{
	uint64_t midr, mpidr;

	__asm__ volatile("mrs %0, midr_el1" : "=r"(midr));
	__asm__ volatile("mrs %0, mpidr_el1" : "=r"(mpidr));
	__asm__ volatile("msr vpidr_el2, %0" ::"r"(midr));
	__asm__ volatile("msr vmpidr_el2, %0" ::"r"(mpidr));
	__asm__ volatile("msr cnthctl_el2, %0" ::"r"(CNTHCTL_EL1PCTEN_EL1PCEN));
	__asm__ volatile("msr cntvoff_el2, xzr");
	__asm__ volatile("msr hstr_el2, xzr");
	__asm__ volatile("msr sctlr_el1, %0; isb" ::"r"(SCTLR_EL1_RESET));
}

/*
 * The SPMC starts with the standard partitions, 0x8002 answering as
 * OP-TEE does, for Linux's optee driver.
 */
static void spmc_start(void)
{
	const char *answer;

	uart_printf("el2: secure firmware: %s\n", firmware_name());
	if (firmware_real())
		return; /* it started before us, as it would on hardware */
	answer = el3_command("partition_set 0x8002 behaviour optee");

	if (answer == NULL || strncmp(answer, "@ ok", 4) != 0)
		uart_printf("el2: no OP-TEE partition at EL3: %s", answer != NULL ? answer : "\n");
	answer = el3_command("spmc_init");
	if (answer == NULL || strncmp(answer, "@ ok", 4) != 0)
		hyp_panic("the SPMC at EL3 did not start");
}

static void mediator_start(void)
{
	const struct ffa_config config = { .hyp_rx = hyp_rx, .hyp_tx = hyp_tx, .hyp_buffer_pages = 1,
					   .log_level = FFA_LOG_VERBOSE,
					   .spmc_version_max = firmware_spmc_version_max() };
	int32_t ret = hyp_mediator_init(&config);

	if (ret != FFA_OK) {
		uart_printf("el2: the mediator did not start: %d\n", ret);
		semihost_exit(1);
	}
	uart_printf("el2: mediator up, FF-A %#x with the SPMC\n", (unsigned int)ffa_mediator_spmc_version(hyp_mediator));
}

/* Where the guest's RAM really is: stage 2 puts it elsewhere. */
static void report(const struct guest *g, const struct boot_info *bi)
{
	struct s2_page first;

	if (!s2_lookup(&g->s2, bi->ram_ipa, &first))
		hyp_panic("the Linux guest's RAM is not mapped");
	uart_printf("el2: Linux VM %d: %lu MiB of RAM at IPA %#lx, stage 2 maps it to PA %#lx; entry %#lx\n",
		    LINUX_VM_ID, (unsigned long)(bi->ram_size >> 20), (unsigned long)bi->ram_ipa,
		    (unsigned long)first.pa, (unsigned long)bi->entry_ipa);
}

/* What the VM still holds: open transactions, mapped buffers, claimed pages. */
static void report_leftovers(const struct guest *g, const struct boot_info *bi)
{
	uint32_t shares = 0, claimed = 0;
	struct s2_page page;

	shares = access_vm_shares(hyp_mediator, LINUX_VM_ID);
	for (uint64_t ipa = bi->ram_ipa; ipa < bi->ram_ipa + bi->ram_size; ipa += PAGE_SIZE)
		claimed += s2_lookup(&g->s2, ipa, &page) && page.claimed;
	uart_printf("el2: left of VM %d: %u memory transactions, %u buffer mappings, %u claimed pages\n",
		    LINUX_VM_ID, shares, platform_live_mappings(&hyp_plat, LINUX_VM_ID), claimed);
}

/*
 * The guest turned itself off: the hypervisor destroys the VM as a
 * production one would, and says how the mediator's teardown ended.
 */
static void destroy(struct guest *g, const struct boot_info *bi)
{
	int32_t ret = ffa_vm_destroy(hyp_mediator, g->ffa);
	int polls = 0;

	while (ret == FFA_RETRY && polls < DESTROY_POLLS) {
		ret = ffa_vm_destroy_poll(hyp_mediator, g->ffa);
		polls++;
	}
	if (ret == FFA_OK)
		uart_printf("el2: VM %d destroyed: the teardown is complete (%d polls)\n", LINUX_VM_ID, polls);
	else
		uart_printf("el2: VM %d destroyed: the teardown is still open after %d polls (status %d)\n",
			    LINUX_VM_ID, polls, ret);
	report_leftovers(g, bi);
}

_Noreturn void linux_boot(void)
{
	const struct boot_info *bi = boot_info();
	struct guest *g;
	uint64_t esr;
	bool not_ffa;

	platform_init(&hyp_plat);
	spmc_start();
	mediator_start();
	g = make_guest(bi);
	el1_reset();
	g->ctx[0] = (struct guest_ctx){ .elr = bi->entry_ipa, .spsr = SPSR_EL1H_MASKED };
	g->ctx[0].x[0] = bi->dtb_ipa;
	report(g, bi);
	/* Returns on the guest's PSCI SYSTEM_OFF, or a trap the hypervisor does not handle. */
	esr = vcpu_run(g, &g->ctx[0], 0, true, &not_ffa, 0);
	if (not_ffa && ESR_IS_CONDUIT(esr)) {
		struct ffa_regs off = { .x = { PSCI_SYSTEM_OFF } };

		uart_printf("el2: the Linux guest turned itself off (PSCI %#lx by %s) after %u FF-A calls\n",
			    (unsigned long)g->ctx[0].x[0], ESR_EC(esr) == EC_HVC64 ? "HVC" : "SMC", g->ffa_calls);
		destroy(g, bi);
		/* The last VM is gone: the machine powers off (the firmware ends QEMU). */
		smc_call(&off);
		uart_puts("el2: the firmware did not power off\n");
		semihost_exit(2);
	}
	uart_printf("el2: the Linux guest stopped: ESR %#lx ELR %#lx FAR %#lx\n", (unsigned long)esr,
		    (unsigned long)g->ctx[0].elr, (unsigned long)CPU_READ("far_el2"));
	semihost_exit(2);
}
