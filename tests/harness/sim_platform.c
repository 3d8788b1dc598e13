/* SPDX-License-Identifier: MIT */
/* mmap's MAP_ANONYMOUS and MAP_NORESERVE under -std=c11. */
#define _DEFAULT_SOURCE
#include "sim_platform.h"
#include "lock_order.h"

#include "spmc_defaults.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

_Static_assert(sizeof(pthread_mutex_t) <= FFA_LOCK_SIZE,
	       "a pthread mutex must fit struct ffa_lock");

static void add_effect(struct sim_platform *p, struct sim_effect e)
{
	pthread_mutex_lock(&p->lock);
	if (p->effect_count < SIM_MAX_EFFECTS)
		p->effects[p->effect_count] = e;
	p->effect_count++;
	if (p->effect_hook != NULL)
		p->effect_hook(p->effect_hook_ctx, &e);
	pthread_mutex_unlock(&p->lock);
}

static void dump_regs(const char *tag, const struct ffa_regs *r)
{
	printf("  %s", tag);
	for (int i = 0; i < 8; i++)
		printf(" x%d=%#llx", i, (unsigned long long)r->x[i]);
	printf("\n");
}

static void op_smc(void *ctx, struct ffa_regs *regs)
{
	struct sim_platform *p = ctx;

	if (p->trace)
		dump_regs("hyp->spmc", regs);
	pthread_mutex_lock(&p->lock);
	p->smc_count++;
	spmc_call(&p->spmc, regs);
	pthread_mutex_unlock(&p->lock);
	if (p->trace)
		dump_regs("spmc->hyp", regs);
}

static struct sim_vm *find_vm(struct sim_platform *p, uint16_t id)
{
	for (int i = 0; i < SIM_MAX_VMS; i++) {
		if (p->vms[i].present && p->vms[i].id == id)
			return &p->vms[i];
	}
	return NULL;
}

static bool in_range(uint64_t base, uint64_t size, uint64_t ipa, uint64_t len)
{
	return ipa >= base && len <= size && ipa - base <= size - len;
}

/* Is [ipa, ipa + len) the VM's memory (either region)? */
static bool in_vm(struct sim_platform *p, uint16_t vm_id, uint64_t ipa, uint64_t len)
{
	struct sim_vm *vm = find_vm(p, vm_id);

	return vm != NULL && (in_range(vm->ipa_base, vm->size, ipa, len) ||
			      in_range(vm->big_ipa, vm->big_size, ipa, len));
}

void sim_add_unbacked(struct sim_platform *p, uint16_t id, uint64_t ipa, uint64_t size)
{
	struct sim_vm *vm = find_vm(p, id);

	if (vm != NULL) {
		vm->big_ipa = ipa;
		vm->big_size = size;
		vm->big_pa = SIM_UNBACKED_PA + (uint64_t)id * (UINT64_C(1) << 32);
	}
}

/* Offset into the VM's physical memory of the byte at ipa. */
static uint64_t pa_offset(const struct sim_vm *vm, uint64_t ipa)
{
	const uint64_t off = ipa - vm->ipa_base;

	if (!vm->reversed)
		return off;
	return vm->size - FFA_PAGE_SIZE - (off - off % FFA_PAGE_SIZE) + off % FFA_PAGE_SIZE;
}

void *sim_guest_ptr(struct sim_platform *p, uint16_t vm_id, uint64_t ipa,
		    uint64_t len)
{
	struct sim_vm *vm = find_vm(p, vm_id);

	if (vm == NULL || ipa < vm->ipa_base || len > vm->size ||
	    ipa - vm->ipa_base > vm->size - len)
		return NULL;
	/* Reversed: contiguous only within a page. */
	if (vm->reversed && (ipa % FFA_PAGE_SIZE) + len > FFA_PAGE_SIZE)
		return NULL;
	return p->mem + (vm->pa_base - SIM_PA_BASE) + pa_offset(vm, ipa);
}

void sim_reverse_vm(struct sim_platform *p, uint16_t id)
{
	struct sim_vm *vm = find_vm(p, id);

	if (vm != NULL)
		vm->reversed = true;
}

static int32_t op_map_guest(void *ctx, uint16_t vm_id, uint64_t ipa,
			    uint32_t pages, bool writable, void **va)
{
	struct sim_platform *p = ctx;
	void *ptr;
	int slot = -1;

	if (p->fail_next_map > 0) {
		p->fail_next_map--;
		return FFA_NO_MEMORY;
	}
	ptr = sim_guest_ptr(p, vm_id, ipa, (uint64_t)pages * FFA_PAGE_SIZE);
	if (ptr == NULL || pages == 0)
		return FFA_INVALID_PARAMETERS;
	pthread_mutex_lock(&p->lock);
	for (int i = 0; i < SIM_MAX_MAPPINGS && slot < 0; i++) {
		if (!p->mappings[i].used)
			slot = i;
	}
	if (slot >= 0)
		p->mappings[slot] = (struct sim_mapping){ true, vm_id, ptr, ipa, pages, writable };
	pthread_mutex_unlock(&p->lock);
	if (slot < 0)
		return FFA_NO_MEMORY;
	add_effect(p, (struct sim_effect){ .kind = SIM_MAP,
					   .vm_id = vm_id,
					   .ipa = ipa,
					   .pages = pages,
					   .writable = writable });
	if (p->trace)
		printf("  platform: map vm %#x ipa %#llx pages %u %s\n", vm_id,
		       (unsigned long long)ipa, pages, writable ? "rw" : "ro");
	*va = ptr;
	return FFA_OK;
}

static void op_unmap_guest(void *ctx, uint16_t vm_id, void *va, uint32_t pages)
{
	struct sim_platform *p = ctx;
	uint64_t ipa = 0;
	bool found = false;

	pthread_mutex_lock(&p->lock);
	for (int i = 0; i < SIM_MAX_MAPPINGS && !found; i++) {
		struct sim_mapping *m = &p->mappings[i];

		if (m->used && m->vm_id == vm_id && m->va == va && m->pages == pages) {
			ipa = m->ipa;
			m->used = false;
			found = true;
		}
	}
	pthread_mutex_unlock(&p->lock);
	if (!found) {
		fprintf(stderr, "sim: unmap of a mapping that does not exist (vm %#x)\n", vm_id);
		abort();
	}
	add_effect(p, (struct sim_effect){
			      .kind = SIM_UNMAP, .vm_id = vm_id, .ipa = ipa, .pages = pages });
	if (p->trace)
		printf("  platform: unmap vm %#x ipa %#llx pages %u\n", vm_id,
		       (unsigned long long)ipa, pages);
}

static int32_t op_ipa_to_pa(void *ctx, uint16_t vm_id, uint64_t ipa, uint64_t *pa)
{
	struct sim_platform *p = ctx;
	struct sim_vm *vm = find_vm(p, vm_id);

	if (vm != NULL && in_range(vm->big_ipa, vm->big_size, ipa, 1)) {
		*pa = vm->big_pa + (ipa - vm->big_ipa);
		return FFA_OK;
	}
	if (vm == NULL || ipa < vm->ipa_base || ipa - vm->ipa_base >= vm->size)
		return FFA_INVALID_PARAMETERS;
	*pa = vm->pa_base + pa_offset(vm, ipa);
	return FFA_OK;
}

static uint64_t op_va_to_pa(void *ctx, const void *va)
{
	struct sim_platform *p = ctx;

	return SIM_PA_BASE + (uint64_t)((const uint8_t *)va - p->mem);
}

static void op_lock_init(void *ctx, struct ffa_lock *lock)
{
	(void)ctx;
	pthread_mutex_init((pthread_mutex_t *)lock->opaque, NULL);
}

/* The mediator's locks this thread holds: taken out of order is an abort. */
static __thread struct lock_order held;

static void op_lock(void *ctx, struct ffa_lock *lock)
{
	const char *wrong = lock_order_take(&held, lock);

	(void)ctx;
	if (wrong != NULL) {
		fprintf(stderr, "sim: the mediator took %s (rank %u)\n", wrong,
			(unsigned int)lock->rank);
		abort();
	}
	pthread_mutex_lock((pthread_mutex_t *)lock->opaque);
}

static void op_unlock(void *ctx, struct ffa_lock *lock)
{
	(void)ctx;
	lock_order_drop(&held, lock);
	pthread_mutex_unlock((pthread_mutex_t *)lock->opaque);
}

static void op_inject_virq(void *ctx, uint16_t vm_id, uint16_t vcpu, uint32_t intid)
{
	struct sim_platform *p = ctx;

	add_effect(p, (struct sim_effect){
			      .kind = SIM_VIRQ, .vm_id = vm_id, .vcpu = vcpu, .intid = intid });
}

static bool claims_overlap(const struct sim_claim *c, uint16_t vm_id, uint64_t ipa, uint32_t pages)
{
	return c->used && c->vm_id == vm_id && ipa < c->ipa + (uint64_t)c->pages * FFA_PAGE_SIZE &&
	       c->ipa < ipa + (uint64_t)pages * FFA_PAGE_SIZE;
}

/* For the trace: enum ffa_mem_op as scenarios write it. */
static const char *const mem_op_names[] = {
	[FFA_MEM_OP_SHARE] = "share",
	[FFA_MEM_OP_LEND] = "lend",
	[FFA_MEM_OP_DONATE] = "donate",
};

static int32_t op_mem_claim(void *ctx, uint16_t vm_id, uint64_t ipa, uint32_t pages,
			    enum ffa_mem_op op)
{
	struct sim_platform *p = ctx;
	int32_t ret = FFA_NO_MEMORY;

	if (p->fail_next_claim > 0) {
		p->fail_next_claim--;
		return FFA_DENIED;
	}
	if (!in_vm(p, vm_id, ipa, (uint64_t)pages * FFA_PAGE_SIZE))
		return FFA_DENIED;
	pthread_mutex_lock(&p->lock);
	for (int i = 0; i < SIM_MAX_CLAIMS; i++) {
		if (claims_overlap(&p->claims[i], vm_id, ipa, pages)) {
			ret = FFA_DENIED;
			break;
		}
	}
	for (int i = 0; i < SIM_MAX_CLAIMS && ret == FFA_NO_MEMORY; i++) {
		if (!p->claims[i].used) {
			p->claims[i] = (struct sim_claim){ true, vm_id, ipa, pages, op };
			ret = FFA_OK;
		}
	}
	pthread_mutex_unlock(&p->lock);
	if (ret == FFA_OK)
		add_effect(p, (struct sim_effect){ .kind = SIM_CLAIM,
						   .vm_id = vm_id,
						   .ipa = ipa,
						   .pages = pages,
						   .op = op });
	if (ret == FFA_OK && p->trace)
		printf("  platform: claim vm %#x ipa %#llx pages %u for %s\n", vm_id,
		       (unsigned long long)ipa, pages, mem_op_names[op]);
	return ret;
}

static void op_mem_unclaim(void *ctx, uint16_t vm_id, uint64_t ipa, uint32_t pages,
			   enum ffa_mem_op op)
{
	struct sim_platform *p = ctx;
	bool found = false;

	pthread_mutex_lock(&p->lock);
	for (int i = 0; i < SIM_MAX_CLAIMS && !found; i++) {
		struct sim_claim *c = &p->claims[i];

		if (c->used && c->vm_id == vm_id && c->ipa == ipa && c->pages == pages &&
		    c->op == op) {
			c->used = false;
			found = true;
		}
	}
	pthread_mutex_unlock(&p->lock);
	if (!found) {
		fprintf(stderr, "sim: unclaim of pages never claimed (vm %#x ipa %#llx)\n", vm_id,
			(unsigned long long)ipa);
		abort();
	}
	add_effect(p, (struct sim_effect){ .kind = SIM_UNCLAIM,
					   .vm_id = vm_id,
					   .ipa = ipa,
					   .pages = pages,
					   .op = op });
	if (p->trace)
		printf("  platform: unclaim vm %#x ipa %#llx pages %u for %s\n", vm_id,
		       (unsigned long long)ipa, pages, mem_op_names[op]);
}

static uint64_t count_claimed(struct sim_platform *p, uint16_t vm_id, bool donated)
{
	uint64_t n = 0;

	pthread_mutex_lock(&p->lock);
	for (int i = 0; i < SIM_MAX_CLAIMS; i++) {
		const struct sim_claim *c = &p->claims[i];

		if (c->used && c->vm_id == vm_id && (donated || c->op != FFA_MEM_OP_DONATE))
			n += c->pages;
	}
	pthread_mutex_unlock(&p->lock);
	return n;
}

uint64_t sim_claimed_pages(struct sim_platform *p, uint16_t vm_id)
{
	return count_claimed(p, vm_id, true);
}

uint64_t sim_held_pages(struct sim_platform *p, uint16_t vm_id)
{
	return count_claimed(p, vm_id, false);
}

static bool op_vm_messaging_allowed(void *ctx, uint16_t sender, uint16_t receiver)
{
	struct sim_platform *p = ctx;

	return sender < SIM_MAX_VM_ID && receiver < SIM_MAX_VM_ID && p->allow[sender][receiver];
}

/* Formatted whole, then printed in one go: threads' lines do not mix. */
static void op_vlog(void *ctx, enum ffa_log_level level, const char *fmt, va_list ap)
{
	struct sim_platform *p = ctx;
	static const char *const names[] = { "error", "warn", "info", "verbose" };
	char line[256];

	if (!p->trace && level > FFA_LOG_WARN)
		return;
	vsnprintf(line, sizeof(line), fmt, ap);
	printf("  mediator %s: %s\n", names[level], line);
}

static void *spmc_phys(void *ctx, uint64_t pa, uint64_t len)
{
	struct sim_platform *p = ctx;

	/*
	 * Unbacked memory exists for the SPMC's checks; it must never touch
	 * it (a test that zeroes it would crash here, on purpose).
	 */
	if (pa >= SIM_UNBACKED_PA)
		return (void *)(uintptr_t)0x10;
	if (pa < SIM_PA_BASE || len > SIM_MEM_SIZE || pa - SIM_PA_BASE > SIM_MEM_SIZE - len)
		return NULL;
	return p->mem + (pa - SIM_PA_BASE);
}

int sim_init(struct sim_platform *p, const struct spmc_config *spmc)
{
	struct spmc_config c = *spmc;

	void *mem = mmap(NULL, SIM_MEM_SIZE, PROT_READ | PROT_WRITE,
			 MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);

	memset(p, 0, sizeof(*p));
	if (mem == MAP_FAILED)
		return -1;
	p->mem = mem;   /* zero, and backed page by page as touched */
	pthread_mutex_init(&p->lock, NULL);
	p->ops = (struct ffa_platform){
		.ctx = p,
		.smc = op_smc,
		.map_guest = op_map_guest,
		.unmap_guest = op_unmap_guest,
		.ipa_to_pa = op_ipa_to_pa,
		.va_to_pa = op_va_to_pa,
		.lock_init = op_lock_init,
		.lock = op_lock,
		.unlock = op_unlock,
		.inject_virq = op_inject_virq,
		.vm_messaging_allowed = op_vm_messaging_allowed,
		.mem_claim = op_mem_claim,
		.mem_unclaim = op_mem_unclaim,
		.vlog = op_vlog,
	};
	c.phys = spmc_phys;
	c.phys_ctx = p;
	spmc_init(&p->spmc, &c);
	return 0;
}

void sim_fini(struct sim_platform *p)
{
	pthread_mutex_destroy(&p->lock);
	munmap(p->mem, SIM_MEM_SIZE);
	p->mem = NULL;
	free(p->mediator);
	p->mediator = NULL;
}

void *sim_alloc_pages(struct sim_platform *p, uint32_t pages)
{
	uint64_t len = (uint64_t)pages * FFA_PAGE_SIZE;
	void *ptr;

	if (len > SIM_MEM_SIZE - p->mem_used)
		return NULL;
	ptr = p->mem + p->mem_used;
	p->mem_used += len;
	return ptr;
}

/* Zero len bytes of the machine's memory, giving back what backed them. */
static void sim_zero(uint8_t *mem, uint64_t len)
{
	if (mmap(mem, len, PROT_READ | PROT_WRITE,
		 MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_FIXED, -1, 0) == MAP_FAILED)
		memset(mem, 0, len);
}

int sim_add_vm(struct sim_platform *p, uint16_t id, uint64_t ipa_base, uint64_t size)
{
	struct sim_vm *slot = NULL;
	uint64_t pa_base, block;
	uint8_t *mem;

	if (find_vm(p, id) != NULL || size % FFA_PAGE_SIZE || ipa_base % FFA_PAGE_SIZE ||
	    size / FFA_PAGE_SIZE > UINT32_MAX)
		return -1;
	/* The memory of a VM gone, when it is large enough: reused, zeroed. */
	for (int i = 0; i < SIM_MAX_VMS && slot == NULL; i++) {
		if (!p->vms[i].present && p->vms[i].block >= size && p->vms[i].block != 0)
			slot = &p->vms[i];
	}
	if (slot != NULL) {
		pa_base = slot->pa_base;
		block = slot->block;
		sim_zero(p->mem + (pa_base - SIM_PA_BASE), block);
	} else {
		/* A slot never used first: another's (smaller) memory stays unused. */
		for (int i = 0; i < SIM_MAX_VMS && slot == NULL; i++) {
			if (!p->vms[i].present && p->vms[i].block == 0)
				slot = &p->vms[i];
		}
		for (int i = 0; i < SIM_MAX_VMS && slot == NULL; i++) {
			if (!p->vms[i].present)
				slot = &p->vms[i];
		}
		mem = slot != NULL ? sim_alloc_pages(p, (uint32_t)(size / FFA_PAGE_SIZE)) : NULL;
		if (mem == NULL)
			return -1;
		pa_base = op_va_to_pa(p, mem);
		block = size;
	}
	*slot = (struct sim_vm){ .present = true,
				 .id = id,
				 .ipa_base = ipa_base,
				 .size = size,
				 .pa_base = pa_base,
				 .block = block };
	return 0;
}

void sim_page_state(struct sim_platform *p, uint16_t vm_id, uint64_t ipa, struct sim_page_state *s)
{
	const uint64_t page = ipa - ipa % FFA_PAGE_SIZE;

	memset(s, 0, sizeof(*s));
	pthread_mutex_lock(&p->lock);
	for (int i = 0; i < SIM_MAX_MAPPINGS; i++) {
		const struct sim_mapping *m = &p->mappings[i];

		if (m->used && m->vm_id == vm_id && page >= m->ipa &&
		    page - m->ipa < (uint64_t)m->pages * FFA_PAGE_SIZE) {
			s->mappings++;
			s->writable |= m->writable;
		}
	}
	for (int i = 0; i < SIM_MAX_CLAIMS && !s->claimed; i++) {
		if (claims_overlap(&p->claims[i], vm_id, page, 1)) {
			s->claimed = true;
			s->op = p->claims[i].op;
		}
	}
	pthread_mutex_unlock(&p->lock);
	s->stage2 = in_vm(p, vm_id, page, FFA_PAGE_SIZE) &&
		    !(s->claimed && s->op != FFA_MEM_OP_SHARE);
}

uint32_t sim_live_mappings(struct sim_platform *p, uint16_t vm_id)
{
	uint32_t n = 0;

	pthread_mutex_lock(&p->lock);
	for (int i = 0; i < SIM_MAX_MAPPINGS; i++)
		n += p->mappings[i].used && p->mappings[i].vm_id == vm_id;
	pthread_mutex_unlock(&p->lock);
	return n;
}

int32_t sim_boot_config(struct sim_platform *p, const struct spmc_config *spmc,
			struct ffa_config *config, struct ffa_mediator **m)
{
	struct spmc_config c;

	if (spmc == NULL) {
		sim_default_spmc(&c, p);
		spmc = &c;
	}
	if (sim_init(p, spmc) != 0)
		return -1;
	return sim_start_mediator(p, config, m);
}

int32_t sim_start_mediator(struct sim_platform *p, struct ffa_config *config,
			   struct ffa_mediator **m)
{
	size_t size;

	config->hyp_rx = sim_alloc_pages(p, config->hyp_buffer_pages);
	config->hyp_tx = sim_alloc_pages(p, config->hyp_buffer_pages);
	*m = sim_mediator_memory(p, config, &size);
	if (*m == NULL)
		return -1;
	return ffa_mediator_init(*m, size, &p->ops, config);
}

struct ffa_mediator *sim_mediator_memory(struct sim_platform *p, const struct ffa_config *config,
					 size_t *size)
{
	*size = ffa_mediator_size(config);
	free(p->mediator);
	p->mediator =
		aligned_alloc(FFA_MEDIATOR_ALIGN, (*size + FFA_MEDIATOR_ALIGN - 1) /
							  FFA_MEDIATOR_ALIGN * FFA_MEDIATOR_ALIGN);
	return p->mediator;
}

int32_t sim_boot(struct sim_platform *p, const struct spmc_config *spmc, struct ffa_mediator **m)
{
	struct ffa_config config = { .hyp_buffer_pages = 1, .log_level = FFA_LOG_WARN };

	return sim_boot_config(p, spmc, &config, m);
}

void sim_default_spmc(struct spmc_config *c, struct sim_platform *p)
{
	(void)p;
	spmc_default_config(c);
}
