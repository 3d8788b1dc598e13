/* SPDX-License-Identifier: MIT */
/*
 * The mediator's memory, which the hypervisor gives it: struct
 * ffa_mediator, then the tables its configuration sizes (the VM slots,
 * each VM's per-vCPU notification words, the index from VM id to slot,
 * the memory transactions and their address ranges). README "Memory"
 * gives what each costs.
 */
#include "internal.h"

struct layout {
	size_t vms, words, index, shares, ranges, order, marks, end;
	uint32_t index_bits;
};

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

/* Where each table starts, for capacities with their defaults filled in. */
static struct layout layout_of(const struct ffa_config *c)
{
	struct layout l;

	l.vms = align16(sizeof(struct ffa_mediator));
	l.words = align16(l.vms + (size_t)c->max_vms * sizeof(struct ffa_vm));
	l.index = l.words + (size_t)c->max_vms * vcpu_words(c->max_vcpus) * sizeof(uint64_t);
	l.index_bits = index_bits(c->max_vms);
	l.shares = align16(l.index + ((size_t)1 << l.index_bits) * sizeof(uint16_t));
	l.ranges = align16(l.shares + (size_t)c->max_shares * sizeof(struct ffa_share));
	l.order = align16(l.ranges + (size_t)c->max_share_ranges * sizeof(struct ffa_share_range));
	l.marks = align16(l.order + (size_t)c->max_share_ranges * sizeof(uint32_t));
	l.end = l.marks + FFA_RANGE_MARK_WORDS(c->max_share_ranges) * sizeof(uint64_t);
	return l;
}

FFA_COLD size_t ffa_mediator_size(const struct ffa_config *config)
{
	struct ffa_config c = *config;

	ffa_config_capacities(&c);
	if (!capacities_ok(&c))
		return (size_t)-1; /* no memory is enough: init refuses the config */
	return layout_of(&c).end;
}

FFA_COLD void ffa_layout_tables(struct ffa_mediator *m)
{
	const struct layout l = layout_of(&m->config);
	uint8_t *base = (uint8_t *)m;
	uint64_t *words = (uint64_t *)(base + l.words);

	__builtin_memset(base + l.vms, 0, l.end - l.vms);
	m->vms = (struct ffa_vm *)(base + l.vms);
	m->index = (uint16_t *)(base + l.index);
	m->index_bits = l.index_bits;
	m->shares = (struct ffa_share *)(base + l.shares);
	m->ranges = (struct ffa_share_range *)(base + l.ranges);
	m->range_order = (uint32_t *)(base + l.order);
	m->range_marks = (uint64_t *)(base + l.marks);
	for (struct ffa_vm *vm = m->vms; vm < m->vms + m->config.max_vms; vm++) {
		vm->notify.vm_pending_vcpu = words;
		vm->notify.info_vcpus = words + m->config.max_vcpus;
		words += vcpu_words(m->config.max_vcpus);
		vm->lock.rank = FFA_LOCK_RANK_VM;
		m->plat->lock_init(m->plat->ctx, &vm->lock);
	}
}
