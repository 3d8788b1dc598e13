/* SPDX-License-Identifier: MIT */
/*
 * The mediator's platform ops, implemented as a real hypervisor would:
 * SMCs go to EL3, guest addresses are translated by walking the guest's
 * stage-2 tables, lending takes the pages out of the guest's stage 2.
 * One physical CPU runs everything, so the locks only have to keep the
 * mediator honest about its own lock discipline: a lock it holds taken
 * again, or one taken out of the order internal.h states, is a panic.
 */
#include "platform.h"

#include "sys/fmt.h"
#include "sys/string.h"

#include "guest.h"
#include "hyp.h"
#include "lock_order.h"
#include "memmap.h"
#include "sys/uart.h"

/* A lock: one word, taken with an atomic exchange. */
struct hyp_lock {
	uint32_t taken;
};
_Static_assert(sizeof(struct hyp_lock) <= FFA_LOCK_SIZE, "a lock must fit struct ffa_lock");

static void add_effect(struct hyp_platform *p, struct sim_effect e)
{
	/* A ring: a scenario asks for the effects of its last step. */
	p->effects[p->effect_count % MAX_EFFECTS] = e;
	p->effect_count++;
}

static void trace_regs(const char *tag, const struct ffa_regs *r)
{
	uart_printf("  %s", tag);
	for (int i = 0; i < 8; i++)
		uart_printf(" x%d=%#lx", i, (unsigned long)r->x[i]);
	uart_puts("\n");
}

static void op_smc(void *ctx, struct ffa_regs *regs)
{
	struct hyp_platform *p = ctx;

	uint32_t slot = p->spmc_count++ % SPMC_RECORD_SIZE;

	p->spmc_calls[slot].in = *regs;
	if (p->trace)
		trace_regs("hyp->spmc", regs);
	smc_call(regs);
	if (p->trace)
		trace_regs("spmc->hyp", regs);
	p->spmc_calls[slot].out = *regs;
}

/*
 * The pages of a guest's RAM from ipa, walked in stage 2; the physical
 * address of the first, and whether they are physically contiguous.
 */
static int32_t walk(uint16_t vm_id, uint64_t ipa, uint32_t pages, uint64_t *pa, bool *contiguous)
{
	const struct guest *g = guest_find(vm_id);
	struct s2_page page;

	*contiguous = true;
	for (uint32_t i = 0; i < pages; i++) {
		if (g == NULL || !s2_lookup(&g->s2, ipa + (uint64_t)i * PAGE_SIZE, &page) ||
		    !page.accessible)
			return FFA_INVALID_PARAMETERS;
		if (i == 0)
			*pa = page.pa;
		else if (page.pa != *pa + (uint64_t)i * PAGE_SIZE)
			*contiguous = false;
	}
	return FFA_OK;
}

static int32_t op_map_guest(void *ctx, uint16_t vm_id, uint64_t ipa, uint32_t pages, bool writable,
			    void **va)
{
	struct hyp_platform *p = ctx;
	uint64_t pa = 0;
	bool contiguous;
	int32_t ret;
	int slot = -1;

	if (p->fail_next_map > 0) {
		p->fail_next_map--;
		return FFA_NO_MEMORY;
	}
	if (pages == 0 || ipa % PAGE_SIZE)
		return FFA_INVALID_PARAMETERS;
	ret = walk(vm_id, ipa, pages, &pa, &contiguous);
	if (ret != FFA_OK)
		return ret;
	/*
	 * EL2 sees RAM at its physical address, so a buffer is one piece of
	 * hypervisor memory only if its frames are contiguous. They are here
	 * (each guest's RAM is one block), but say so rather than assume it.
	 */
	if (!contiguous)
		return FFA_NO_MEMORY;
	for (int i = 0; i < MAX_MAPPINGS && slot < 0; i++) {
		if (!p->mappings[i].used)
			slot = i;
	}
	if (slot < 0)
		return FFA_NO_MEMORY;
	p->mappings[slot].used = true;
	p->mappings[slot].vm_id = vm_id;
	p->mappings[slot].va = (void *)pa;
	p->mappings[slot].ipa = ipa;
	p->mappings[slot].pages = pages;
	p->mappings[slot].writable = writable;
	add_effect(p, (struct sim_effect){ .kind = SIM_MAP,
					   .vm_id = vm_id,
					   .ipa = ipa,
					   .pages = pages,
					   .writable = writable });
	*va = (void *)pa;
	return FFA_OK;
}

static void op_unmap_guest(void *ctx, uint16_t vm_id, void *va, uint32_t pages)
{
	struct hyp_platform *p = ctx;

	for (int i = 0; i < MAX_MAPPINGS; i++) {
		if (p->mappings[i].used && p->mappings[i].vm_id == vm_id &&
		    p->mappings[i].va == va && p->mappings[i].pages == pages) {
			p->mappings[i].used = false;
			add_effect(p, (struct sim_effect){ .kind = SIM_UNMAP, .vm_id = vm_id,
						       .ipa = p->mappings[i].ipa, .pages = pages });
			return;
		}
	}
	uart_printf("el2: the mediator unmapped %p (vm %#x), which it never mapped\n", va, vm_id);
}

/* Accessible or not: a lent page still has its frame (stage2.c). */
static int32_t op_ipa_to_pa(void *ctx, uint16_t vm_id, uint64_t ipa, uint64_t *pa)
{
	const struct guest *g = guest_find(vm_id);
	struct s2_page page;

	(void)ctx;
	if (g == NULL || !s2_lookup(&g->s2, ipa, &page))
		return FFA_INVALID_PARAMETERS;
	*pa = page.pa;
	return FFA_OK;
}

/* Every page the guest's RAM and not in a transaction already. */
static bool claimable(const struct guest *g, uint64_t ipa, uint32_t pages)
{
	struct s2_page page;

	for (uint32_t i = 0; i < pages; i++) {
		if (!s2_lookup(&g->s2, ipa + (uint64_t)i * PAGE_SIZE, &page) || page.claimed ||
		    !page.accessible)
			return false;
	}
	return true;
}

static void set_pages(const struct guest *g, uint64_t ipa, uint32_t pages, bool claimed,
		      enum ffa_mem_op op)
{
	struct s2_page page;

	for (uint32_t i = 0; i < pages; i++) {
		if (s2_lookup(&g->s2, ipa + (uint64_t)i * PAGE_SIZE, &page))
			s2_set(&page, !claimed || op == FFA_MEM_OP_SHARE, claimed, (uint8_t)op);
	}
}

static int32_t op_mem_claim(void *ctx, uint16_t vm_id, uint64_t ipa, uint32_t pages,
			    enum ffa_mem_op op)
{
	struct hyp_platform *p = ctx;
	const struct guest *g = guest_find(vm_id);

	if (g == NULL || ipa % PAGE_SIZE || !claimable(g, ipa, pages))
		return FFA_DENIED;
	set_pages(g, ipa, pages, true, op);
	add_effect(
		p,
		(struct sim_effect){
			.kind = SIM_CLAIM, .vm_id = vm_id, .ipa = ipa, .pages = pages, .op = op });
	return FFA_OK;
}

static void op_mem_unclaim(void *ctx, uint16_t vm_id, uint64_t ipa, uint32_t pages,
			   enum ffa_mem_op op)
{
	struct hyp_platform *p = ctx;
	const struct guest *g = guest_find(vm_id);

	if (g != NULL)
		set_pages(g, ipa, pages, false, op);
	add_effect(p, (struct sim_effect){ .kind = SIM_UNCLAIM,
					   .vm_id = vm_id,
					   .ipa = ipa,
					   .pages = pages,
					   .op = op });
}

static uint64_t op_va_to_pa(void *ctx, const void *va)
{
	(void)ctx;
	return (uint64_t)va; /* EL2's identity map */
}

static void op_lock_init(void *ctx, struct ffa_lock *lock)
{
	(void)ctx;
	((struct hyp_lock *)lock->opaque)->taken = 0;
}

/* The locks the one CPU holds. */
static struct lock_order held;

static void op_lock(void *ctx, struct ffa_lock *lock)
{
	struct hyp_lock *l = (struct hyp_lock *)lock->opaque;
	const char *wrong = lock_order_take(&held, lock);

	(void)ctx;
	if (wrong != NULL)
		hyp_panic(wrong);
	/* One CPU: a lock already taken can never be given back. */
	if (__atomic_exchange_n(&l->taken, 1, __ATOMIC_ACQUIRE) != 0)
		hyp_panic("the mediator took a lock it holds");
}

static void op_unlock(void *ctx, struct ffa_lock *lock)
{
	(void)ctx;
	lock_order_drop(&held, lock);
	__atomic_store_n(&((struct hyp_lock *)lock->opaque)->taken, 0, __ATOMIC_RELEASE);
}

/*
 * Recorded, and made pending for the vCPU: its next run with interrupts
 * unmasked takes it (HCR_EL2.VI; this hypervisor has no virtual GIC, so
 * the interrupt id is not delivered, only the interrupt).
 */
static void op_inject_virq(void *ctx, uint16_t vm_id, uint16_t vcpu, uint32_t intid)
{
	struct guest *g = guest_find(vm_id);

	add_effect(ctx, (struct sim_effect){
				.kind = SIM_VIRQ, .vm_id = vm_id, .vcpu = vcpu, .intid = intid });
	if (g != NULL && vcpu < MAX_VCPUS)
		g->virq_pending[vcpu] = true;
}

static bool op_vm_messaging_allowed(void *ctx, uint16_t sender, uint16_t receiver)
{
	const struct hyp_platform *p = ctx;

	return sender < MAX_POLICY_VM && receiver < MAX_POLICY_VM && p->allow[sender][receiver];
}

/*
 * Formatted by the image's own vsnprintf (common/fmt.c), as Xen formats the
 * mediator's lines with its own: the runtime carries no formatter. A line
 * is made whole before it goes out, at most 191 characters.
 */
static void op_vlog(void *ctx, enum ffa_log_level level, const char *fmt, va_list ap)
{
	static const char *const names[] = { "error", "warn", "info", "call" };
	char line[192];

	(void)ctx;
	fmt_vsnprintf(line, sizeof(line), fmt, ap);
	uart_printf("ffa %s: %s\n", names[level], line);
}

void platform_init(struct hyp_platform *p)
{
	memset(p, 0, sizeof(*p));
	p->ops = (struct ffa_platform){
		.ctx = p,
		.smc = op_smc,
		.map_guest = op_map_guest,
		.unmap_guest = op_unmap_guest,
		.ipa_to_pa = op_ipa_to_pa,
		.mem_claim = op_mem_claim,
		.mem_unclaim = op_mem_unclaim,
		.va_to_pa = op_va_to_pa,
		.lock_init = op_lock_init,
		.lock = op_lock,
		.unlock = op_unlock,
		.inject_virq = op_inject_virq,
		.vm_messaging_allowed = op_vm_messaging_allowed,
		.vlog = op_vlog,
	};
}

uint32_t platform_page_mappings(const struct hyp_platform *p, uint16_t vm_id, uint64_t ipa,
				bool *writable)
{
	const uint64_t page = ipa - ipa % PAGE_SIZE;
	uint32_t n = 0;

	*writable = false;
	for (int i = 0; i < MAX_MAPPINGS; i++) {
		if (p->mappings[i].used && p->mappings[i].vm_id == vm_id &&
		    page >= p->mappings[i].ipa &&
		    page - p->mappings[i].ipa < (uint64_t)p->mappings[i].pages * PAGE_SIZE) {
			n++;
			*writable |= p->mappings[i].writable;
		}
	}
	return n;
}

uint32_t platform_live_mappings(const struct hyp_platform *p, uint16_t vm_id)
{
	uint32_t n = 0;

	for (int i = 0; i < MAX_MAPPINGS; i++)
		n += p->mappings[i].used && p->mappings[i].vm_id == vm_id;
	return n;
}
