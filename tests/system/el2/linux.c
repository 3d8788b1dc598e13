/* SPDX-License-Identifier: MIT */
/*
 * The Linux run: guests booted one after another, each a new VM (ids 1, 2,
 * ..., one vCPU) whose RAM lies elsewhere in physical memory than its IPA
 * says, with the kernel, DTB and initramfs copied in through its stage 2
 * from the pristine copies QEMU loaded (a kernel writes over its own image),
 * the devices passed through, and its FF-A calls going through the
 * mediator, which logs each one. When a guest powers off or resets (a crash
 * ends in PSCI SYSTEM_RESET), its VM is destroyed (teardown.c) and the next
 * one boots; after the last, the machine powers off.
 */
#include "sys/string.h"

#include "firmware.h"
#include "hyp.h"
#include "linux.h"
#include "memmap.h"
#include "sys/cpu_features.h"
#include "sys/semihost.h"
#include "sys/uart.h"
#include "teardown.h"

#define PSCI_SYSTEM_OFF 0x84000008UL
#define PSCI_SYSTEM_RESET 0x84000009UL
#define SPSR_EL1H_MASKED 0x3c5UL
#define SCTLR_EL1_RESET 0x30d00800UL
/* CNTHCTL_EL2: EL1 may use the physical counter and timer. */
#define CNTHCTL_EL1PCTEN_EL1PCEN 3UL
/*
 * The guest's number and the run's count of guests go to its init as
 * bootargs (Linux hands unknown key=value words to init as environment):
 * prepare.py writes placeholders of GUEST_NUMBER_DIGITS digits.
 */
#define GUEST_NUMBER_DIGITS 3
#define MAX_LINUX_GUESTS 999

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

static uint64_t guest_count(const struct boot_info *bi)
{
	if (bi->guest_count == 0)
		return 1;
	return bi->guest_count > MAX_LINUX_GUESTS ? MAX_LINUX_GUESTS : bi->guest_count;
}

/* The offset of key (a "name=" placeholder) in the DTB as QEMU loaded it, or -1. */
static long dtb_find(const struct boot_image *dtb, const char *key)
{
	const char *blob = (const char *)dtb->pa;
	const size_t n = strlen(key);

	for (uint64_t i = 0; i + n + GUEST_NUMBER_DIGITS <= dtb->size; i++) {
		if (memcmp(blob + i, key, n) == 0)
			return (long)(i + n);
	}
	return -1;
}

/* Write value over the placeholder's digits in the guest's copy, left-aligned, spaces after. */
static void dtb_set(const struct guest *g, const struct boot_image *dtb, const char *key,
		    uint64_t value)
{
	char digits[GUEST_NUMBER_DIGITS];
	char text[GUEST_NUMBER_DIGITS + 1];
	const long at = dtb_find(dtb, key);
	int len = 0;

	if (at < 0) {
		uart_printf("el2: the guest's bootargs have no %s placeholder\n", key);
		return;
	}
	do {
		text[len++] = (char)('0' + value % 10);
		value /= 10;
	} while (value > 0 && len < GUEST_NUMBER_DIGITS);
	for (int i = 0; i < GUEST_NUMBER_DIGITS; i++)
		digits[i] = i < len ? text[len - 1 - i] : ' ';
	if (!guest_write(g, dtb->ipa + (uint64_t)at, digits, sizeof(digits)))
		hyp_panic("the device tree is not in the guest's RAM");
}

static const struct boot_image *dtb_image(const struct boot_info *bi)
{
	for (uint64_t i = 0; i < bi->image_count && i < BOOT_MAX_IMAGES; i++) {
		if (bi->images[i].ipa == bi->dtb_ipa)
			return &bi->images[i];
	}
	return NULL;
}

static struct guest *make_guest(const struct boot_info *bi, uint16_t id, uint64_t number)
{
	struct guest *g = guest_create(id, true, 1, bi->ram_ipa, bi->ram_size);
	const struct boot_image *dtb = dtb_image(bi);
	int32_t status;

	if (g == NULL ||
	    !s2_map(&g->s2, DEVICE_BASE, DEVICE_BASE, DEVICE_END - DEVICE_BASE, S2_DEVICE))
		hyp_panic("no memory for the Linux guest");
	for (uint64_t i = 0; i < bi->image_count && i < BOOT_MAX_IMAGES; i++) {
		const struct boot_image *im = &bi->images[i];

		if (!guest_write(g, im->ipa, (const void *)im->pa, im->size))
			hyp_panic("a boot image does not fit the guest's RAM");
	}
	if (dtb != NULL) {
		dtb_set(g, dtb, "ffa_test_guest=", number);
		dtb_set(g, dtb, "ffa_test_guests=", guest_count(bi));
	}
	g->ffa = ffa_vm_create(hyp_mediator, id, true, 1, &status);
	if (g->ffa == NULL)
		hyp_panic("the mediator refused the Linux VM");
	g->log_calls = true;
	return g;
}

/* EL1's world as Linux expects to find it on a fresh CPU, whoever ran before. */
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
	/* The last guest's timers stop: none may fire into the next one. */
	__asm__ volatile("msr cntv_ctl_el0, xzr; msr cntp_ctl_el0, xzr");
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
	const struct ffa_config config = { .hyp_rx = hyp_rx,
					   .hyp_tx = hyp_tx,
					   .hyp_buffer_pages = 1,
					   .log_level = FFA_LOG_VERBOSE,
					   .spmc_version_max = firmware_spmc_version_max() };
	int32_t ret = hyp_mediator_init(&config);

	if (ret != FFA_OK) {
		uart_printf("el2: the mediator did not start: %d\n", ret);
		semihost_exit(1);
	}
	uart_printf("el2: mediator up, FF-A %#x with the SPMC\n",
		    (unsigned int)ffa_mediator_spmc_version(hyp_mediator));
}

/* Where the guest's RAM really is: stage 2 puts it elsewhere. */
static void report(const struct guest *g, const struct boot_info *bi, uint64_t number)
{
	struct s2_page first;

	if (!s2_lookup(&g->s2, bi->ram_ipa, &first))
		hyp_panic("the Linux guest's RAM is not mapped");
	uart_printf("el2: Linux guest %lu of %lu, VM %u: %lu MiB of RAM at IPA %#lx, stage 2 maps "
		    "it to PA %#lx; "
		    "entry %#lx\n",
		    (unsigned long)number, (unsigned long)guest_count(bi), g->id,
		    (unsigned long)(bi->ram_size >> 20), (unsigned long)bi->ram_ipa,
		    (unsigned long)first.pa, (unsigned long)bi->entry_ipa);
}

/* A trap that ends the guest: its PSCI SYSTEM_OFF or SYSTEM_RESET, by SMC or HVC. */
static bool powered_down(uint64_t esr, bool not_ffa, const struct guest_ctx *ctx)
{
	const uint32_t fid = (uint32_t)ctx->x[0];

	return not_ffa && ESR_IS_CONDUIT(esr) &&
	       (fid == PSCI_SYSTEM_OFF || fid == PSCI_SYSTEM_RESET);
}

/* Boot one guest as VM id and run it until it powers off or resets. */
static struct guest *run_guest(const struct boot_info *bi, uint16_t id, uint64_t number,
			       struct spmc_view *seen)
{
	struct guest *g = make_guest(bi, id, number);
	uint64_t esr;
	bool not_ffa;

	el1_reset();
	g->ctx[0] = (struct guest_ctx){ .elr = bi->entry_ipa, .spsr = SPSR_EL1H_MASKED };
	g->ctx[0].x[0] = bi->dtb_ipa;
	report(g, bi, number);
	esr = vcpu_run(g, &g->ctx[0], 0, true, &not_ffa, 0);
	if (!powered_down(esr, not_ffa, &g->ctx[0])) {
		uart_printf("el2: the Linux guest stopped: ESR %#lx ELR %#lx FAR %#lx\n",
			    (unsigned long)esr, (unsigned long)g->ctx[0].elr,
			    (unsigned long)CPU_READ("far_el2"));
		semihost_exit(2);
	}
	uart_printf("el2: the Linux guest of VM %u %s (PSCI %#lx by %s) after %u FF-A calls\n", id,
		    (uint32_t)g->ctx[0].x[0] == PSCI_SYSTEM_OFF ? "turned itself off" :
								  "reset itself",
		    (unsigned long)g->ctx[0].x[0], ESR_EC(esr) == EC_HVC64 ? "HVC" : "SMC",
		    g->ffa_calls);
	/* What the SPMC held of the VM as it stopped, before the teardown. */
	spmc_view_of(id, seen);
	return g;
}

_Noreturn void linux_boot(void)
{
	const struct boot_info *bi = boot_info();
	const uint64_t count = guest_count(bi);
	struct ffa_regs off = { .x = { PSCI_SYSTEM_OFF } };
	uint64_t clean = 0;

	platform_init(&hyp_plat);
	spmc_start();
	mediator_start();
	for (uint64_t n = 1; n <= count; n++) {
		struct spmc_view seen;
		struct guest *g = run_guest(bi, (uint16_t)n, n, &seen);

		clean += teardown(g, &seen);
	}
	uart_printf("el2: %lu guests ran, %lu torn down with nothing left; the machine powers "
		    "off\n",
		    (unsigned long)count, (unsigned long)clean);
	/* The last VM is gone: the machine powers off (the firmware ends QEMU). */
	smc_call(&off);
	uart_puts("el2: the firmware did not power off\n");
	semihost_exit(2);
}
