/* SPDX-License-Identifier: MIT */
/*
 * Guest VMs. Each guest's RAM is one block of physical memory from the
 * guest pool, mapped at its IPA base page by page: a guest never sees its
 * physical addresses, so the mediator must translate every address it is
 * given. Pool memory is reused only when the newest guest is released
 * (see stage2.c for why that is enough).
 */
#include "guest.h"

#include "sys/cpu_features.h"
#include "sys/string.h"

#include "memmap.h"
#include "mmu.h"

/*
 * HCR_EL2: stage 2 on (VM), SMC traps (TSC), EL1 is AArch64 (RW); where
 * the CPU has pointer authentication, its keys (APK) and instructions
 * (API) are the guest's own, not trapped.
 */
#define HCR_VM (1UL << 0)
#define HCR_TSC (1UL << 19)
#define HCR_RW (1UL << 31)
#define HCR_APK (1UL << 40)
#define HCR_API (1UL << 41)

/*
 * The stubs, in A64 and in A32: "smc #0; hvc #STUB_HVC_RETURN; b ." and,
 * at STUB_HVC_OFFSET, the same with "hvc #0" as the call. The first
 * instruction is the guest's call by its conduit; the second gives the
 * reply back to the hypervisor, with an immediate no SMCCC call uses.
 */
#define A64_HVC(imm) (0xd4000002u | (uint32_t)(imm) << 5)
#define A32_HVC(imm) (0xe1400070u | (uint32_t)(imm) >> 4 << 8 | ((uint32_t)(imm) & 0xfu))
#define A64_SMC_0 0xd4000003u
#define A32_SMC_0 0xe1600070u
#define A64_B_SELF 0x14000000u
#define A32_B_SELF 0xeafffffeu
static const uint32_t stub_a64[] = { A64_SMC_0, A64_HVC(STUB_HVC_RETURN), A64_B_SELF };
static const uint32_t stub_a64_hvc[] = { A64_HVC(0), A64_HVC(STUB_HVC_RETURN), A64_B_SELF };
static const uint32_t stub_a32[] = { A32_SMC_0, A32_HVC(STUB_HVC_RETURN), A32_B_SELF };
static const uint32_t stub_a32_hvc[] = { A32_HVC(0), A32_HVC(STUB_HVC_RETURN), A32_B_SELF };
/* "nop; hvc #2", and the vector entries: "hvc #1" for an IRQ, "hvc #3" else. */
static const uint32_t stub_take[] = { 0xd503201f, 0xd4000042 };
#define A64_HVC_1 0xd4000022u
#define A64_HVC_3 0xd4000062u
#define VECTOR_STRIDE 0x80
#define VECTOR_IRQ_SPX 0x280 /* current EL, SP_ELx, IRQ */

static uint8_t stub_page[PAGE_SIZE] __attribute__((aligned(4096)));
static struct guest guests[MAX_GUESTS];
static uint64_t pool_next = GUEST_POOL_BASE;

static void stub_init(void)
{
	if (stub_page[0] != 0)
		return;
	memcpy(stub_page, stub_a64, sizeof(stub_a64));
	memcpy(stub_page + STUB_HVC_OFFSET, stub_a64_hvc, sizeof(stub_a64_hvc));
	memcpy(stub_page + STUB_A32_OFFSET, stub_a32, sizeof(stub_a32));
	memcpy(stub_page + STUB_A32_OFFSET + STUB_HVC_OFFSET, stub_a32_hvc, sizeof(stub_a32_hvc));
	memcpy(stub_page + STUB_TAKE_OFFSET, stub_take, sizeof(stub_take));
	for (unsigned int v = 0; v < 16; v++) {
		const uint32_t insn = v * VECTOR_STRIDE == VECTOR_IRQ_SPX ? A64_HVC_1 : A64_HVC_3;

		memcpy(stub_page + STUB_VECTORS_OFFSET + v * VECTOR_STRIDE, &insn, sizeof(insn));
	}
}

static struct guest *free_slot(void)
{
	for (int i = 0; i < MAX_GUESTS; i++) {
		if (guests[i].state == GUEST_FREE)
			return &guests[i];
	}
	for (int i = 0; i < MAX_GUESTS; i++) {
		if (guests[i].state == GUEST_GONE)
			return &guests[i];
	}
	return NULL;
}

struct guest *guest_create(uint16_t id, bool aarch64, uint16_t vcpus, uint64_t ipa_base,
			   uint64_t size)
{
	struct guest *g = free_slot();
	const uint64_t pa = pool_next;

	if (g == NULL || vcpus > MAX_VCPUS || size == 0 || size % PAGE_SIZE ||
	    ipa_base % PAGE_SIZE || size > GUEST_POOL_END - pool_next || ipa_base >> 32 ||
	    size > (1UL << 32) - ipa_base ||
	    (ipa_base < STUB_IPA + PAGE_SIZE && STUB_IPA < ipa_base + size))
		return NULL;
	stub_init();
	*g = (struct guest){ .id = id,
			     .aarch64 = aarch64,
			     .vcpus = vcpus,
			     .ipa_base = ipa_base,
			     .size = size,
			     .ram_pa = pa };
	if (!s2_init(&g->s2, (uint16_t)(g - guests + 1)) ||
	    !s2_map(&g->s2, ipa_base, pa, size, S2_RAM) ||
	    !s2_map(&g->s2, STUB_IPA, (uint64_t)stub_page, PAGE_SIZE, S2_STUB))
		return NULL;
	memset((void *)pa, 0, size);
	pool_next += size;
	g->state = GUEST_LIVE;
	return g;
}

bool guest_release(struct guest *g)
{
	const bool newest = g->ram_pa + g->size == pool_next;

	g->state = GUEST_FREE;
	if (!newest || !s2_release(&g->s2))
		return false;
	pool_next = g->ram_pa;
	return true;
}

static struct guest *find_in(uint16_t id, enum guest_state a, enum guest_state b)
{
	for (int i = 0; i < MAX_GUESTS; i++) {
		if ((guests[i].state == a || guests[i].state == b) && guests[i].id == id)
			return &guests[i];
	}
	return NULL;
}

struct guest *guest_find(uint16_t id)
{
	return find_in(id, GUEST_LIVE, GUEST_DYING);
}

struct guest *guest_live(uint16_t id)
{
	return find_in(id, GUEST_LIVE, GUEST_LIVE);
}

struct guest *guest_destroyed(uint16_t id)
{
	return find_in(id, GUEST_DYING, GUEST_GONE);
}

uint64_t guest_claimed_pages(const struct guest *g)
{
	struct s2_page page;
	uint64_t n = 0;

	for (uint64_t ipa = g->ipa_base; ipa < g->ipa_base + g->size; ipa += PAGE_SIZE)
		n += s2_lookup(&g->s2, ipa, &page) && page.claimed;
	return n;
}

/* Byte by byte through stage 2: a page boundary may change frames. */
static bool copy(const struct guest *g, uint64_t ipa, uint8_t *buf, uint64_t len, bool to_guest)
{
	while (len > 0) {
		struct s2_page page;
		uint64_t chunk = PAGE_SIZE - (ipa & (PAGE_SIZE - 1));

		if (chunk > len)
			chunk = len;
		if (!s2_lookup(&g->s2, ipa, &page))
			return false;
		if (to_guest)
			memcpy((void *)page.pa, buf, chunk);
		else
			memcpy(buf, (const void *)page.pa, chunk);
		ipa += chunk;
		buf += chunk;
		len -= chunk;
	}
	return true;
}

bool guest_write(const struct guest *g, uint64_t ipa, const void *src, uint64_t len)
{
	return copy(g, ipa, (uint8_t *)src, len, true);
}

bool guest_read(const struct guest *g, uint64_t ipa, void *dst, uint64_t len)
{
	return copy(g, ipa, dst, len, false);
}

void guest_load(const struct guest *g, uint64_t hcr_extra)
{
	const uint64_t hcr = HCR_VM | HCR_TSC | (g->aarch64 ? HCR_RW : 0) |
			     (cpu_has_pauth() ? HCR_APK | HCR_API : 0) | hcr_extra;

	__asm__ volatile("msr vtcr_el2, %0" ::"r"(s2_vtcr()));
	__asm__ volatile("msr vttbr_el2, %0" ::"r"(s2_vttbr(&g->s2)));
	__asm__ volatile("msr hcr_el2, %0; isb" ::"r"(hcr) : "memory");
}
