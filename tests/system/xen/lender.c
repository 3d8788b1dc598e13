// SPDX-License-Identifier: MIT
/*
 * domU 2 of the Xen system test: a bare-metal AArch64 guest (MMU off, one
 * vCPU) whose FF-A calls trap to Xen and reach the mediator.
 *
 * 1. FFA_VERSION 1.2, FFA_ID_GET, FFA_RXTX_MAP_64 (one page each).
 * 2. FFA_MEM_LEND_64 of one page to partition 0x8001: while lent, the page
 *    must be out of the guest's stage 2 (a read takes a data abort), and
 *    after FFA_MEM_RECLAIM back, with what the guest wrote in it.
 * 3. FFA_MEM_SHARE_64 of another page to 0x8001, left open with the RX/TX
 *    buffers mapped: then it says it is ready and waits for dom0 to
 *    destroy it (as after a crash).
 * Lines go to the vpl011 UART; each starts "lender: ".
 *
 * Position independent (loaded where Xen puts it): no pointers in data.
 * Descriptor layout: DEN0077A v1.2 §10.11 (memory region), §10.10 (access,
 * 32 bytes at 1.2), §10.12 (composite and constituents).
 */
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define FFA_ERROR 0x84000060u
#define FFA_SUCCESS_32 0x84000061u
#define FFA_VERSION 0x84000063u
#define FFA_ID_GET 0x84000069u
#define FFA_RXTX_MAP_64 0xc4000066u
#define FFA_MEM_LEND_64 0xc4000072u
#define FFA_MEM_SHARE_64 0xc4000073u
#define FFA_MEM_RECLAIM 0x84000077u
#define FFA_VERSION_1_2 0x10002u
#define BORROWER 0x8001u
#define PATTERN 0x4c454e44u /* "LEND" */

#define UART 0x22000000ul /* Xen's vpl011 for a dom0less domU (GUEST_PL011_BASE) */
#define UART_FR 0x18
#define UART_FR_TXFF (1u << 5)

static uint8_t tx[4096] __attribute__((aligned(4096)));
static uint8_t rx[4096] __attribute__((aligned(4096)));
static volatile uint32_t lent[1024] __attribute__((aligned(4096)));
static uint8_t shared[4096] __attribute__((aligned(4096)));
volatile uint64_t last_esr; /* set by the vector in lender_start.S */

struct regs {
	uint64_t x[8];
};

static void smc(struct regs *r)
{
	register uint64_t x0 __asm__("x0") = r->x[0], x1 __asm__("x1") = r->x[1];
	register uint64_t x2 __asm__("x2") = r->x[2], x3 __asm__("x3") = r->x[3];
	register uint64_t x4 __asm__("x4") = r->x[4], x5 __asm__("x5") = r->x[5];
	register uint64_t x6 __asm__("x6") = r->x[6], x7 __asm__("x7") = r->x[7];

	__asm__ volatile(
		"smc #0"
		: "+r"(x0), "+r"(x1), "+r"(x2), "+r"(x3), "+r"(x4), "+r"(x5), "+r"(x6), "+r"(x7)
		:
		: "x8", "x9", "x10", "x11", "x12", "x13", "x14", "x15", "x16", "x17", "memory");
	r->x[0] = x0, r->x[1] = x1, r->x[2] = x2, r->x[3] = x3;
	r->x[4] = x4, r->x[5] = x5, r->x[6] = x6, r->x[7] = x7;
}

static void putc_(char c)
{
	while (*(volatile uint32_t *)(UART + UART_FR) & UART_FR_TXFF)
		;
	*(volatile uint32_t *)UART = (uint8_t)c;
}

static void puts_(const char *s)
{
	while (*s)
		putc_(*s++);
}

static void puthex(uint64_t v)
{
	int shift = 60;

	puts_("0x");
	while (shift > 0 && (v >> shift) == 0)
		shift -= 4;
	for (; shift >= 0; shift -= 4)
		putc_("0123456789abcdef"[(v >> shift) & 0xf]);
}

/* "lender: WHAT x0 ... w2 ..." and whether x0 was the expected answer. */
static bool report(const char *what, const struct regs *r, uint32_t want)
{
	bool ok = (uint32_t)r->x[0] == want;

	puts_(ok ? "lender: " : "lender: FAIL ");
	puts_(what);
	puts_(": w0 ");
	puthex((uint32_t)r->x[0]);
	puts_(" w2 ");
	puthex((uint32_t)r->x[2]);
	puts_("\n");
	return ok;
}

static void put16(uint8_t *p, uint16_t v)
{
	p[0] = (uint8_t)v, p[1] = (uint8_t)(v >> 8);
}

static void put32(uint8_t *p, uint32_t v)
{
	put16(p, (uint16_t)v), put16(p + 2, (uint16_t)(v >> 16));
}

static void put64(uint8_t *p, uint64_t v)
{
	put32(p, (uint32_t)v), put32(p + 4, (uint32_t)(v >> 32));
}

/* One page, one borrower, in TX: returns the descriptor's length. */
static uint32_t describe(uint16_t self, uint64_t page, uint8_t attributes)
{
	enum { REGION = 0, ACCESS = 48, ACCESS_SIZE = 32, COMPOSITE = ACCESS + ACCESS_SIZE,
	       CONSTITUENT = COMPOSITE + 16, LENGTH = CONSTITUENT + 16 };

	for (size_t i = 0; i < LENGTH; i++)
		tx[i] = 0;
	put16(tx + REGION + 0, self);           /* sender */
	put16(tx + REGION + 2, attributes);     /* memory attributes */
	put32(tx + REGION + 24, ACCESS_SIZE);   /* access descriptor size */
	put32(tx + REGION + 28, 1);             /* access descriptor count */
	put32(tx + REGION + 32, ACCESS);        /* access descriptors offset */
	put16(tx + ACCESS + 0, BORROWER);
	tx[ACCESS + 2] = 0x2;                   /* read-write, instruction access unspecified */
	put32(tx + ACCESS + 4, COMPOSITE);
	put32(tx + COMPOSITE + 0, 1);           /* pages */
	put32(tx + COMPOSITE + 4, 1);           /* ranges */
	put64(tx + CONSTITUENT + 0, page);
	put32(tx + CONSTITUENT + 8, 1);
	return LENGTH;
}

static bool mem_op(uint32_t fid, uint16_t self, uint64_t page, uint8_t attributes, uint64_t *handle)
{
	uint32_t len = describe(self, page, attributes);
	struct regs r = { { fid, len, len } };

	smc(&r);
	*handle = (uint32_t)r.x[2] | (uint64_t)(uint32_t)r.x[3] << 32;
	return report(fid == FFA_MEM_LEND_64 ? "FFA_MEM_LEND_64 of one page to 0x8001"
					      : "FFA_MEM_SHARE_64 of one page to 0x8001",
		      &r, FFA_SUCCESS_32);
}

/* A read of the lent page: true when it took a data abort (EC 0x25: at EL1, where it runs). */
static bool read_aborts(uint32_t *value)
{
	last_esr = 0;
	*value = lent[0];
	return (last_esr >> 26) == 0x25;
}

void lender_main(void)
{
	struct regs r = { { FFA_VERSION, FFA_VERSION_1_2 } };
	uint64_t handle;
	uint16_t self;
	uint32_t v = 0;

	puts_("lender: started (bare-metal domU, MMU off)\n");
	smc(&r);
	report("FFA_VERSION(1.2)", &r, FFA_VERSION_1_2);
	r = (struct regs){ { FFA_ID_GET } };
	smc(&r);
	report("FFA_ID_GET", &r, FFA_SUCCESS_32);
	self = (uint16_t)r.x[2];
	r = (struct regs){ { FFA_RXTX_MAP_64, (uintptr_t)tx, (uintptr_t)rx, 1 } };
	smc(&r);
	report("FFA_RXTX_MAP_64", &r, FFA_SUCCESS_32);

	lent[0] = PATTERN;
	if (mem_op(FFA_MEM_LEND_64, self, (uintptr_t)lent, 0, &handle)) {
		if (read_aborts(&v))
			puts_("lender: while lent, reading the page took a data abort "
			      "(out of stage 2)\n");
		else
			puts_("lender: FAIL while lent, the page was still readable\n");
		r = (struct regs){ { FFA_MEM_RECLAIM, (uint32_t)handle, handle >> 32 } };
		smc(&r);
		if (report("FFA_MEM_RECLAIM of the lent page", &r, FFA_SUCCESS_32)) {
			if (!read_aborts(&v) && v == PATTERN)
				puts_("lender: after reclaim the page is back, with what was "
				      "written before lending\n");
			else
				puts_("lender: FAIL after reclaim the page is not back as it "
				      "was\n");
		}
	}
	shared[0] = 1;
	if (mem_op(FFA_MEM_SHARE_64, self, (uintptr_t)shared, 0x2f, &handle))
		puts_("lender: ready, buffers mapped and a share open\n");
	for (;;)
		__asm__ volatile("wfi");
}
