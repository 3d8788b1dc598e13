/* SPDX-License-Identifier: MIT */
#include <string.h>

#include "test_util.h"

struct sim_platform sim;
struct ffa_mediator *med;
struct ffa_vm *vm64;
struct ffa_vm *vm32;

void setup(void)
{
	int32_t status;

	ck_assert_int_eq(sim_boot(&sim, NULL, &med), FFA_OK);
	for (uint16_t id = 1; id <= 3; id++)
		ck_assert_int_eq(
			sim_add_vm(&sim, id, IPA_BASE, (uint64_t)MEM_PAGES * FFA_PAGE_SIZE), 0);
	vm64 = ffa_vm_create(med, 1, true, 4, &status);
	ck_assert_ptr_nonnull(vm64);
	vm32 = ffa_vm_create(med, 2, false, 1, &status);
	ck_assert_ptr_nonnull(vm32);
}

void teardown(void)
{
	for (unsigned int i = 0; i < access_vm_slots(med); i++) {
		if (access_vm_slot(med, i) != NULL)
			ffa_vm_destroy(med, access_vm_slot(med, i));
	}
	for (uint16_t id = 1; id <= 3; id++)
		ck_assert_uint_eq(sim_live_mappings(&sim, id), 0);
	sim_fini(&sim);
}

struct ffa_regs call(struct ffa_vm *vm, struct ffa_regs in)
{
	ck_assert(ffa_handle_call(med, vm, 0, &in));
	return in;
}

void assert_error(const struct ffa_regs *r, int32_t status)
{
	ck_assert_uint_eq(r->x[0], FFA_ERROR_32);
	ck_assert_int_eq((int32_t)(uint32_t)r->x[2], status);
	/* x8..x17 are the caller's (SMCCC 1.2), not part of the error. */
	for (int i = 3; i < FFA_MSG_REG_COUNT; i++)
		ck_assert_uint_eq(r->x[i], 0);
}

void assert_success(const struct ffa_regs *r)
{
	ck_assert_msg(r->x[0] == FFA_SUCCESS_32 || r->x[0] == FFA_SUCCESS_64,
		      "w0 %#llx w2 %#llx is not SUCCESS", (unsigned long long)r->x[0],
		      (unsigned long long)r->x[2]);
}

struct snapshot snap(const struct ffa_vm *vm)
{
	const struct spmc_buffers *b = spmc_buffers_of(&sim.spmc, vm->id);
	struct snapshot s = {
		ffa_vm_version(vm),
		ffa_vm_version_frozen(vm),
		vm->rxtx.mapped,
		vm->rxtx.spmc_registered,
		vm->rxtx.spmc_acquired,
		vm->rxtx.rx_state,
		vm->rxtx.pages,
		vm->rxtx.tx_ipa,
		vm->rxtx.rx_ipa,
		sim.effect_count,
		sim_live_mappings(&sim, vm->id),
		{ 0 },
	};

	if (b != NULL)
		s.spmc = *b;
	return s;
}

void assert_same(const struct snapshot *a, const struct snapshot *b)
{
	ck_assert_int_eq(a->version, b->version);
	ck_assert_int_eq(a->frozen, b->frozen);
	ck_assert_int_eq(a->mapped, b->mapped);
	ck_assert_int_eq(a->registered, b->registered);
	ck_assert_int_eq(a->acquired, b->acquired);
	ck_assert_int_eq(a->rx_state, b->rx_state);
	ck_assert_uint_eq(a->pages, b->pages);
	ck_assert_uint_eq(a->tx_ipa, b->tx_ipa);
	ck_assert_uint_eq(a->rx_ipa, b->rx_ipa);
	ck_assert_uint_eq(a->effects, b->effects);
	ck_assert_uint_eq(a->mappings, b->mappings);
	ck_assert_int_eq(a->spmc.mapped, b->spmc.mapped);
	ck_assert_int_eq(a->spmc.rx_state, b->spmc.rx_state);
}

/* A refused call: the error, and no state changed anywhere. */
void refused(struct ffa_vm *vm, struct ffa_regs in, int32_t status)
{
	struct snapshot before = snap(vm);
	struct ffa_regs out = call(vm, in);
	struct snapshot after = snap(vm);

	assert_error(&out, status);
	assert_same(&before, &after);
}

/*
 * The same, for a refusal only the platform can decide (is this the VM's
 * memory?): a mapping made on the way may be undone, so only the net state
 * is compared.
 */
void refused_undone(struct ffa_vm *vm, struct ffa_regs in, int32_t status)
{
	struct snapshot before = snap(vm);
	struct ffa_regs out = call(vm, in);
	struct snapshot after = snap(vm);

	assert_error(&out, status);
	after.effects = before.effects;
	assert_same(&before, &after);
}

struct ffa_regs version_call(uint32_t major, uint32_t minor)
{
	struct ffa_version_args a = { .major = (uint16_t)major, .minor = (uint16_t)minor };
	struct ffa_regs r = { { 0 } };

	ffa_encode_version(&a, FFA_VERSION_1_0, &r);
	return r;
}

void negotiate(struct ffa_vm *vm, uint32_t minor)
{
	struct ffa_regs out = call(vm, version_call(1, minor));

	ck_assert_uint_eq(out.x[0], FFA_VERSION_1_2);
}

struct ffa_regs rxtx_map_call(bool smc64, uint64_t tx, uint64_t rx, uint32_t pages)
{
	struct ffa_rxtx_map_args a = {
		.smc64 = smc64, .tx_address = tx, .rx_address = rx, .page_count = (uint8_t)pages
	};
	struct ffa_regs r = { { 0 } };

	ffa_encode_rxtx_map(&a, FFA_VERSION_1_2, &r);
	r.x[3] = pages; /* allow counts past the field in tests */
	return r;
}

void map_buffers(struct ffa_vm *vm, uint32_t pages)
{
	struct ffa_regs out = call(vm, rxtx_map_call(false, TX_IPA, RX_IPA, pages));

	assert_success(&out);
}

struct ffa_regs simple_call(uint32_t fid)
{
	return (struct ffa_regs){ .x = { fid } };
}

struct ffa_regs pinfo_call(const uint8_t *uuid, bool count_only)
{
	struct ffa_partition_info_get_args a = { .count_only = count_only };
	struct ffa_regs r = { { 0 } };

	if (uuid != NULL)
		memcpy(a.uuid.b, uuid, 16);
	ffa_encode_partition_info_get(&a, FFA_VERSION_1_2, &r);
	return r;
}

const uint8_t optee_uuid[16] __attribute__((__aligned__(8))) = {
	0x48, 0x61, 0x78, 0xe0, 0xe7, 0xf8, 0x11, 0xe3,
	0xbc, 0x5e, 0x00, 0x02, 0xa5, 0xd5, 0xc5, 0x1b,
};

struct ffa_vm *add_reversed_vm(uint16_t id, uint32_t pages)
{
	struct ffa_vm *vm;
	int32_t status;

	ck_assert_int_eq(sim_add_vm(&sim, id, IPA_BASE, (uint64_t)pages * FFA_PAGE_SIZE), 0);
	sim_reverse_vm(&sim, id);
	vm = ffa_vm_create(med, id, true, 1, &status);
	ck_assert_ptr_nonnull(vm);
	negotiate(vm, 2);
	map_buffers(vm, 1);
	return vm;
}
