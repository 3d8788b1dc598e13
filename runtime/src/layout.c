/* SPDX-License-Identifier: MIT */
/*
 * The mediator's memory, which the hypervisor gives it: struct
 * ffa_mediator, then the tables its configuration sizes (the VM slots,
 * each VM's per-vCPU notification words, the index from VM id to slot,
 * the memory transactions and their address ranges). README "Memory"
 * gives what each costs.
 */
#include "internal.h"

static size_t align16(size_t n)
{
	return (n + 15) & ~(size_t)15;
}

/* Per VM: a pending word per vCPU, and one bit per vCPU not yet reported. */
static size_t vcpu_words(uint32_t vcpus)
{
	return vcpus + (vcpus + 63) / 64;
}

/* Entries of the id index: a power of two, at least twice the VMs. */
static uint32_t index_bits(uint32_t vms)
{
	uint32_t bits = 1;

	while ((1U << bits) < 2 * vms)
		bits++;
	return bits;
}

static uint32_t or_default(uint32_t v, uint32_t def)
{
	return v != 0 ? v : def;
}

FFA_COLD void ffa_config_capacities(struct ffa_config *c)
{
	c->max_vms = or_default(c->max_vms, FFA_DEFAULT_VMS);
	c->max_vcpus = or_default(c->max_vcpus, FFA_DEFAULT_VCPUS);
	c->max_shares = or_default(c->max_shares, FFA_DEFAULT_SHARES);
	c->max_share_ranges = or_default(c->max_share_ranges, FFA_DEFAULT_SHARE_RANGES);
}

static bool capacities_ok(const struct ffa_config *c)
{
	return c->max_vms <= FFA_LIMIT_VMS && c->max_vcpus <= FFA_LIMIT_VCPUS &&
	       c->max_shares <= FFA_LIMIT_SHARES && c->max_share_ranges <= FFA_LIMIT_SHARE_RANGES;
}

/*
 * Where each table starts, for capacities with their defaults filled in,
 * and where the last ends (the memory needed). With m (c its config), the
 * tables are laid out there too: zeroed, pointed to, VM locks made.
 */
static size_t layout(const struct ffa_config *c, struct ffa_mediator *m)
{
	const size_t vms = align16(sizeof(struct ffa_mediator));
	const size_t words = align16(vms + (size_t)c->max_vms * sizeof(struct ffa_vm));
	const size_t index = words + (size_t)c->max_vms * vcpu_words(c->max_vcpus) *
					     sizeof(uint64_t);
	const uint32_t bits = index_bits(c->max_vms);
	const size_t shares = align16(index + ((size_t)1 << bits) * sizeof(uint16_t));
	const size_t ranges = align16(shares + (size_t)c->max_shares * sizeof(struct ffa_share));
	const size_t order =
		align16(ranges + (size_t)c->max_share_ranges * sizeof(struct ffa_share_range));
	const size_t marks = align16(order + (size_t)c->max_share_ranges * sizeof(uint32_t));
	const size_t end = marks + FFA_RANGE_MARK_WORDS(c->max_share_ranges) * sizeof(uint64_t);
	uint8_t *base = (uint8_t *)m;
	uint64_t *word;

	if (m == NULL)
		return end;
	__builtin_memset(base + vms, 0, end - vms);
	m->vms = (struct ffa_vm *)(base + vms);
	m->index = (uint16_t *)(base + index);
	m->index_bits = bits;
	m->shares = (struct ffa_share *)(base + shares);
	m->ranges = (struct ffa_share_range *)(base + ranges);
	m->range_order = (uint32_t *)(base + order);
	m->range_marks = (uint64_t *)(base + marks);
	word = (uint64_t *)(base + words);
	for (struct ffa_vm *vm = m->vms; vm < m->vms + m->config.max_vms; vm++) {
		vm->notify.vm_pending_vcpu = word;
		vm->notify.info_vcpus = word + m->config.max_vcpus;
		word += vcpu_words(m->config.max_vcpus);
		vm->lock.rank = FFA_LOCK_RANK_VM;
		m->plat->lock_init(m->plat->ctx, &vm->lock);
	}
	return end;
}

FFA_COLD size_t ffa_mediator_size(const struct ffa_config *config)
{
	struct ffa_config c = *config;

	ffa_config_capacities(&c);
	if (!capacities_ok(&c))
		return (size_t)-1; /* no memory is enough: init refuses the config */
	return layout(&c, NULL);
}

FFA_COLD void ffa_layout_tables(struct ffa_mediator *m)
{
	(void)layout(&m->config, m);
}
