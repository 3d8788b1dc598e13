/* SPDX-License-Identifier: MIT */
/*
 * Notifications through the real runtime on the simulated machine: VM to
 * VM under the policy, partitions through the SPMC, the RX-buffer-full
 * framework notification, INFO_GET's packing, the notification pending
 * interrupt injected into the right VM and vCPU only, and the bitmaps'
 * life at the SPMC.
 */
#include "check_run.h"
#include "test_util.h"

#define SP1 0x8001
#define NPI 9

static struct ffa_vm *vm3;

/* VM 3 (AArch64, 2 vCPUs) too; VMs 1 and 3 at 1.2, VM 1 has 4 vCPUs. */
static void setup_notify(void)
{
	int32_t status;

	setup();
	vm3 = ffa_vm_create(med, 3, true, 2, &status);
	ck_assert_ptr_nonnull(vm3);
	negotiate(vm64, 2);
	negotiate(vm3, 2);
}

static struct ffa_regs bind_call(uint16_t sender, uint16_t receiver, bool per_vcpu, uint64_t bitmap)
{
	const struct ffa_notification_bind_args a = {
		.sender = sender, .receiver = receiver, .per_vcpu = per_vcpu, .bitmap = bitmap
	};
	struct ffa_regs r = { { 0 } };

	ffa_encode_notification_bind(&a, FFA_VERSION_1_2, &r);
	return r;
}

static struct ffa_regs unbind_call(uint16_t sender, uint16_t receiver, uint64_t bitmap)
{
	const struct ffa_notification_unbind_args a = { .sender = sender,
							.receiver = receiver,
							.bitmap = bitmap };
	struct ffa_regs r = { { 0 } };

	ffa_encode_notification_unbind(&a, FFA_VERSION_1_2, &r);
	return r;
}

static struct ffa_regs set_call(uint16_t sender, uint16_t receiver, bool per_vcpu, uint16_t vcpu,
				uint64_t bitmap)
{
	const struct ffa_notification_set_args a = { .sender = sender,
						     .receiver = receiver,
						     .per_vcpu = per_vcpu,
						     .receiver_vcpu = vcpu,
						     .bitmap = bitmap };
	struct ffa_regs r = { { 0 } };

	ffa_encode_notification_set(&a, FFA_VERSION_1_2, &r);
	return r;
}

static struct ffa_regs get_call(uint16_t receiver, uint16_t vcpu, bool sp, bool vm, bool spm,
				bool hyp)
{
	const struct ffa_notification_get_args a = { .receiver = receiver,
						     .receiver_vcpu = vcpu,
						     .from_sp = sp,
						     .from_vm = vm,
						     .from_spm = spm,
						     .from_hyp = hyp };
	struct ffa_regs r = { { 0 } };

	ffa_encode_notification_get(&a, FFA_VERSION_1_2, &r);
	return r;
}

static struct ffa_notification_get_result get(struct ffa_vm *vm, uint16_t vcpu)
{
	struct ffa_notification_get_result res;
	struct ffa_regs r = call(vm, get_call(vm->id, vcpu, true, true, true, true));

	ck_assert_int_eq(ffa_decode_notification_get_result(&r, FFA_VERSION_1_2, &res), FFA_OK);
	return res;
}

static struct ffa_notification_info_get_result info_get(struct ffa_vm *vm, bool smc64)
{
	struct ffa_notification_info_get_result res;
	struct ffa_regs r = { { 0 } };

	ffa_encode_notification_info_get(&(struct ffa_notification_info_get_args){ .smc64 = smc64 },
					 FFA_VERSION_1_2, &r);
	r = call(vm, r);
	ck_assert_int_eq(ffa_decode_notification_info_get_result(&r, FFA_VERSION_1_2, &res),
			 FFA_OK);
	return res;
}

/*
 * The virtual interrupts injected since effect n, all of them intid: how
 * many went to vm_id.
 */
static unsigned int virqs_since(uint32_t n, uint32_t intid, uint16_t vm_id)
{
	unsigned int count = 0;

	for (uint32_t i = n; i < sim.effect_count; i++) {
		ck_assert_int_eq(sim.effects[i].kind, SIM_VIRQ);
		ck_assert_uint_eq(sim.effects[i].intid, intid);
		count += sim.effects[i].vm_id == vm_id;
	}
	return count;
}

/* Notification pending interrupts (from VMs, the hypervisor, partitions). */
static unsigned int npis_since(uint32_t n, uint16_t vm_id)
{
	return virqs_since(n, NPI, vm_id);
}

/* NPIs to vCPU vcpu of VM vm_id since effect n. */
static unsigned int npis_on(uint32_t n, uint16_t vm_id, uint16_t vcpu)
{
	unsigned int count = 0;

	for (uint32_t i = n; i < sim.effect_count; i++)
		count += sim.effects[i].kind == SIM_VIRQ && sim.effects[i].intid == NPI &&
			 sim.effects[i].vm_id == vm_id && sim.effects[i].vcpu == vcpu;
	return count;
}

START_TEST(test_bitmaps_made_and_destroyed_at_the_spmc)
{
	ck_assert(vm64->notify.bitmap_created);
	ck_assert(vm3->notify.bitmap_created);
	/* Only the hypervisor makes them: a VM gets NOT_SUPPORTED. */
	refused(vm64, (struct ffa_regs){ .x = { FFA_NOTIFICATION_BITMAP_CREATE_32, 3, 2 } },
		FFA_NOT_SUPPORTED);
	refused(vm64, (struct ffa_regs){ .x = { FFA_NOTIFICATION_BITMAP_DESTROY_32, 3 } },
		FFA_NOT_SUPPORTED);
	/* A partition's notification pending for VM 3 does not keep its bitmaps. */
	assert_success((struct ffa_regs[]){ call(vm3, bind_call(SP1, 3, false, 1)) });
	ck_assert_int_eq(spmc_sp_notification_set(&sim.spmc, SP1, 3, 1, false, 0), FFA_OK);
	ck_assert_int_eq(ffa_vm_destroy(med, vm3), FFA_OK);
	for (unsigned int i = 0; i < SPMC_NOTIFY_VMS; i++)
		ck_assert(!sim.spmc.notify.vms[i].used || sim.spmc.notify.vms[i].id != 3);
}
END_TEST

START_TEST(test_vm_to_vm_needs_policy_and_binding)
{
	const uint32_t before = sim.effect_count;

	/* Default deny: VM 1 may not bind VM 3 as a sender. */
	refused(vm3, bind_call(1, 3, false, 0x6), FFA_DENIED);
	sim.allow[1][3] = true;
	/* Never for another receiver, never the caller itself as sender. */
	refused(vm64, bind_call(1, 3, false, 0x6), FFA_INVALID_PARAMETERS);
	refused(vm3, bind_call(3, 3, false, 0x6), FFA_INVALID_PARAMETERS);
	refused(vm3, bind_call(9, 3, false, 0x6),
		FFA_DENIED); /* not allowed: whether VM 9 exists is no matter */
	sim.allow[9][3] = true;
	refused(vm3, bind_call(9, 3, false, 0x6),
		FFA_INVALID_PARAMETERS); /* allowed, but no VM 9 */
	assert_success((struct ffa_regs[]){ call(vm3, bind_call(1, 3, false, 0x6)) });
	refused(vm3, bind_call(1, 3, false, 0x4), FFA_DENIED); /* bound already */
	/* Unbound bits, a spoofed sender, a global set with a vCPU. */
	refused(vm64, set_call(1, 3, false, 0, 0x9), FFA_DENIED);
	refused(vm64, set_call(3, 3, false, 0, 0x2), FFA_INVALID_PARAMETERS);
	refused(vm64, set_call(1, 3, false, 1, 0x2), FFA_INVALID_PARAMETERS);
	refused(vm64, set_call(1, 3, true, 0, 0x2), FFA_DENIED); /* bound global */
	ck_assert_uint_eq(sim.effect_count, before);
	assert_success((struct ffa_regs[]){ call(vm64, set_call(1, 3, false, 0, 0x2)) });
	ck_assert_uint_eq(npis_since(before, 3), 1);
	/* Pending: not unbound; delivered once. */
	refused(vm3, unbind_call(1, 3, 0x2), FFA_DENIED);
	ck_assert_uint_eq(get(vm3, 0).vm_bitmap, 0x2);
	ck_assert_uint_eq(get(vm3, 0).vm_bitmap, 0);
	refused(vm3, unbind_call(1, 3, 0x8), FFA_DENIED);
	assert_success((struct ffa_regs[]){ call(vm3, unbind_call(1, 3, 0x6)) });
	refused(vm64, set_call(1, 3, false, 0, 0x2), FFA_DENIED);
}
END_TEST

START_TEST(test_per_vcpu_vm_to_vm)
{
	sim.allow[1][3] = true;
	assert_success((struct ffa_regs[]){ call(vm3, bind_call(1, 3, true, 0x10)) });
	refused(vm64, set_call(1, 3, true, 2, 0x10), FFA_INVALID_PARAMETERS); /* VM 3 has 2 vCPUs */
	refused(vm64, set_call(1, 3, false, 0, 0x10), FFA_DENIED);
	assert_success((struct ffa_regs[]){ call(vm64, set_call(1, 3, true, 1, 0x10)) });
	ck_assert_uint_eq(get(vm3, 0).vm_bitmap, 0);
	refused(vm3, get_call(3, 2, false, true, false, false), FFA_INVALID_PARAMETERS);
	ck_assert_uint_eq(get(vm3, 1).vm_bitmap, 0x10);
}
END_TEST

START_TEST(test_info_get_lists_own_pending_once)
{
	struct ffa_notification_info_get_result res;

	sim.allow[1][3] = true;
	refused(vm3, simple_call(FFA_NOTIFICATION_INFO_GET_32), FFA_NO_DATA);
	assert_success((struct ffa_regs[]){ call(vm3, bind_call(1, 3, false, 0x1)) });
	assert_success((struct ffa_regs[]){ call(vm3, bind_call(1, 3, true, 0x2)) });
	assert_success((struct ffa_regs[]){ call(vm64, set_call(1, 3, false, 0, 0x1)) });
	assert_success((struct ffa_regs[]){ call(vm64, set_call(1, 3, true, 1, 0x2)) });
	/* VM 1 sees none of VM 3's. */
	refused(vm64, simple_call(FFA_NOTIFICATION_INFO_GET_64), FFA_NO_DATA);
	res = info_get(vm3, true);
	ck_assert(!res.more_pending);
	ck_assert_uint_eq(res.list_count, 2);
	ck_assert_uint_eq(ffa_notification_info_get_result_get_list_size(res.list_size, 0), 0);
	ck_assert_uint_eq(ffa_notification_info_get_result_get_list_size(res.list_size, 1), 1);
	/* Ids: 3 (the VM, global), then 3 with vCPU 1: 16 bits each, first lowest. */
	ck_assert_uint_eq(res.ids[0].packed, UINT64_C(0x0000000100030003));
	/* Reported once; still pending until GET. */
	refused(vm3, simple_call(FFA_NOTIFICATION_INFO_GET_64), FFA_NO_DATA);
	ck_assert_uint_eq(get(vm3, 1).vm_bitmap, 0x3);
}
END_TEST

START_TEST(test_info_get_32_more_pending)
{
	struct ffa_notification_info_get_result res;
	struct ffa_vm *big;
	int32_t status;

	ffa_vm_destroy(med, vm3);
	big = ffa_vm_create(med, 3, true, 40, &status);
	ck_assert_ptr_nonnull(big);
	negotiate(big, 2);
	sim.allow[1][3] = true;
	assert_success((struct ffa_regs[]){ call(big, bind_call(1, 3, true, 0x1)) });
	for (uint16_t v = 0; v < 40; v++)
		assert_success((struct ffa_regs[]){ call(vm64, set_call(1, 3, true, v, 0x1)) });
	/* SMC32: 10 ids: lists of 3, 3 and 1 vCPUs; the rest later. */
	res = info_get(big, false);
	ck_assert(res.more_pending);
	ck_assert_uint_eq(res.list_count, 3);
	ck_assert_uint_eq(ffa_notification_info_get_result_get_list_size(res.list_size, 0), 3);
	ck_assert_uint_eq(ffa_notification_info_get_result_get_list_size(res.list_size, 1), 3);
	ck_assert_uint_eq(ffa_notification_info_get_result_get_list_size(res.list_size, 2), 1);
	ck_assert_uint_eq(res.ids[4].packed, UINT64_C(0x0006) << 16 | 3); /* VM 3, vCPU 6 */
	/* SMC64: 20 ids, 5 lists of 3 vCPUs; 40 - 7 - 15 - 15 = 3 left. */
	res = info_get(big, true);
	ck_assert(res.more_pending);
	ck_assert_uint_eq(res.list_count, 5);
	res = info_get(big, true);
	ck_assert(res.more_pending);
	res = info_get(big, true);
	ck_assert(!res.more_pending);
	ck_assert_uint_eq(res.list_count, 1);
	ck_assert_uint_eq(ffa_notification_info_get_result_get_list_size(res.list_size, 0), 3);
	refused(big, simple_call(FFA_NOTIFICATION_INFO_GET_64), FFA_NO_DATA);
}
END_TEST

START_TEST(test_partition_notifications_through_the_spmc)
{
	uint32_t before;

	refused(vm3, bind_call(0x8009, 3, false, 0x1),
		FFA_INVALID_PARAMETERS); /* no such partition */
	assert_success((struct ffa_regs[]){ call(vm3, bind_call(SP1, 3, false, 0x300)) });
	refused(vm3, bind_call(0x8002, 3, false, 0x100), FFA_DENIED); /* the SPMC's answer */
	ck_assert_int_eq(spmc_sp_notification_set(&sim.spmc, SP1, 3, 0x100, false, 0), FFA_OK);
	ck_assert_int_eq(spmc_sp_notification_set(&sim.spmc, SP1, 1, 0x100, false, 0),
			 FFA_DENIED); /* VM 1 bound none */
	/*
	 * The physical SRI is the hypervisor's: only VM 3 hears of it, with
	 * the NPI on vCPU 0 for a global notification (as Xen; the ACS's VM
	 * clients wait for the NPI).
	 */
	before = sim.effect_count;
	ffa_notifications_pending(med);
	ck_assert_uint_eq(npis_since(before, 3), 1);
	ck_assert_uint_eq(sim.effect_count, before + 1);
	ck_assert_uint_eq(sim.effects[before].vcpu, 0);
	ck_assert_uint_eq(info_get(vm3, true).list_count, 1);
	refused(vm64, simple_call(FFA_NOTIFICATION_INFO_GET_64), FFA_NO_DATA);
	ck_assert_uint_eq(get(vm3, 0).sp_bitmap, 0x100);
	ck_assert_uint_eq(get(vm3, 0).sp_bitmap, 0);
	/* A VM notifying a partition: only what the partition bound to it. */
	refused(vm64, set_call(1, SP1, false, 0, 0x1), FFA_DENIED);
	ck_assert_int_eq(spmc_sp_notification_bind(&sim.spmc, SP1, 1, 0x1), FFA_OK);
	assert_success((struct ffa_regs[]){ call(vm64, set_call(1, SP1, false, 0, 0x1)) });
	ck_assert_uint_eq(spmc_sp_notifications_take(&sim.spmc, SP1), 0x1);
	assert_success((struct ffa_regs[]){ call(vm3, unbind_call(SP1, 3, 0x300)) });
}
END_TEST

/* A partition's per-vCPU notification: the NPI goes to that vCPU of the VM. */
START_TEST(test_partition_per_vcpu_notification_npi)
{
	uint32_t before;

	assert_success((struct ffa_regs[]){ call(vm3, bind_call(SP1, 3, true, 0x400)) });
	ck_assert_int_eq(spmc_sp_notification_set(&sim.spmc, SP1, 3, 0x400, true, 1), FFA_OK);
	before = sim.effect_count;
	ffa_notifications_pending(med);
	ck_assert_uint_eq(npis_since(before, 3), 1);
	ck_assert_uint_eq(sim.effect_count, before + 1);
	ck_assert_uint_eq(sim.effects[before].vcpu, 1);
	ck_assert_uint_eq(get(vm3, 1).sp_bitmap, 0x400);
	/* Taken: the next SRI tells nobody. */
	before = sim.effect_count;
	ffa_notifications_pending(med);
	ck_assert_uint_eq(sim.effect_count, before);
}
END_TEST

START_TEST(test_rx_buffer_full_from_a_vm)
{
	uint8_t *tx = sim_guest_ptr(&sim, 1, TX_IPA, FFA_PAGE_SIZE);
	const struct ffa_partition_msg_header_v1_2 h = {
		.offset = FFA_PARTITION_MSG_HEADER_V1_2_SIZE,
		.endpoints = (uint32_t)ffa_direct_msg_endpoints_set_destination(
			ffa_direct_msg_endpoints_set_source(0, 1), 3),
		.size = 1,
	};
	uint32_t before;

	map_buffers(vm64, 1);
	map_buffers(vm3, 1);
	before = sim.effect_count;
	sim.allow[1][3] = true;
	ck_assert(ffa_partition_msg_header_v1_2_write(tx, FFA_PAGE_SIZE, 0, &h));
	assert_success((struct ffa_regs[]){ call(vm64, simple_call(FFA_MSG_SEND2_32)) });
	ck_assert_uint_eq(npis_since(before, 3), 1);
	ck_assert_uint_eq(info_get(vm3, false).list_count, 1);
	ck_assert_uint_eq(get(vm3, 0).hyp_bitmap, FFA_FRAMEWORK_NOTIFICATIONS_RX_BUFFER_FULL_MASK);
	ck_assert_uint_eq(get(vm3, 0).hyp_bitmap, 0);
}
END_TEST

START_TEST(test_rx_buffer_full_from_a_partition)
{
	static const uint8_t msg[32];

	map_buffers(vm3, 1);
	ck_assert_int_eq(spmc_deliver_rx(&sim.spmc, 3, msg, sizeof(msg)), FFA_OK);
	ffa_notifications_pending(med);
	ck_assert_uint_eq(get(vm3, 0).spm_bitmap, FFA_FRAMEWORK_NOTIFICATIONS_RX_BUFFER_FULL_MASK);
}
END_TEST

START_TEST(test_version_1_0_has_none)
{
	struct ffa_vm *old;
	int32_t status;

	ffa_vm_destroy(med, vm3);
	old = ffa_vm_create(med, 3, true, 1, &status);
	refused(old, get_call(3, 0, true, true, true, true), FFA_NOT_SUPPORTED);
	refused(old, simple_call(FFA_NOTIFICATION_INFO_GET_32), FFA_NOT_SUPPORTED);
	refused(old, (struct ffa_regs){ .x = { FFA_FEATURES_32, 2 } }, FFA_NOT_SUPPORTED);
}
END_TEST

START_TEST(test_destroyed_sender_loses_its_bindings)
{
	int32_t status;

	sim.allow[1][3] = true;
	assert_success((struct ffa_regs[]){ call(vm3, bind_call(1, 3, false, 0x1)) });
	ck_assert_int_eq(ffa_vm_destroy(med, vm64), FFA_OK);
	ck_assert_uint_eq(vm3->notify.vm_bound, 0);
	/* A new VM 1 is a stranger: it must be bound again. */
	vm64 = ffa_vm_create(med, 1, true, 1, &status);
	negotiate(vm64, 2);
	refused(vm64, set_call(1, 3, false, 0, 0x1), FFA_DENIED);
}
END_TEST

/*
 * ffa_vm_destroy freezes a VM at version 0 before it drops the VM's
 * bindings in others: a BIND naming it in that window (it is still in
 * the live set) must not add a binding the drop has already passed.
 */
START_TEST(test_bind_to_a_sender_being_destroyed)
{
	const uint32_t state = vm64->version_state;

	sim.allow[1][3] = true;
	__atomic_store_n(&vm64->version_state, FFA_VM_VERSION_FROZEN, __ATOMIC_RELEASE);
	refused(vm3, bind_call(1, 3, false, 0x1), FFA_INVALID_PARAMETERS);
	ck_assert_uint_eq(vm3->notify.vm_bound, 0);
	vm64->version_state = state;
}
END_TEST

/*
 * The sender's slot freed and taken by a new VM with the same id between
 * BIND's look-up of the sender and its taking of the VMs' locks (the
 * platform's lock op does it, as another CPU would): the binding was for
 * the VM destroyed, and must not be made for the new one, which nobody
 * allowed to notify VM 3 yet.
 */
static void (*reuse_plain_lock)(void *ctx, struct ffa_lock *lock);
static bool reuse_armed;

static void reuse_slot_then_lock(void *ctx, struct ffa_lock *lock)
{
	int32_t status;

	if (reuse_armed && lock != &med->vms_lock) {
		reuse_armed = false;
		ck_assert_int_eq(ffa_vm_destroy(med, vm64), FFA_OK);
		vm64 = ffa_vm_create(med, 1, true, 1, &status);
		ck_assert_ptr_nonnull(vm64);
	}
	reuse_plain_lock(ctx, lock);
}

START_TEST(test_bind_to_a_sender_whose_slot_is_reused)
{
	struct ffa_vm *const old = vm64;

	sim.allow[1][3] = true;
	reuse_plain_lock = sim.ops.lock;
	sim.ops.lock = reuse_slot_then_lock;
	reuse_armed = true;
	refused(vm3, bind_call(1, 3, false, 0x1), FFA_INVALID_PARAMETERS);
	sim.ops.lock = reuse_plain_lock;
	ck_assert(!reuse_armed);
	ck_assert_ptr_eq(vm64, old); /* the same slot, another VM */
	ck_assert_uint_eq(vm3->notify.vm_bound, 0);
	negotiate(vm64, 2);
	refused(vm64, set_call(1, 3, false, 0, 0x1), FFA_DENIED);
}
END_TEST

/*
 * The SRI with an SPMC that answers INFO_GET in its SMC32 form only: two
 * ids to a register, lists of both VMs across three registers.
 */
START_TEST(test_partition_notifications_smc32_info_get)
{
	const uint32_t n = (FFA_NOTIFICATION_INFO_GET_64 & FFA_FUNCTION_ID_NUMBER_MASK) -
			   FFA_FUNCTION_NUMBER_FIRST;
	uint32_t before;

	assert_success((struct ffa_regs[]){ call(vm3, bind_call(SP1, 3, false, 0x100)) });
	assert_success((struct ffa_regs[]){ call(vm3, bind_call(SP1, 3, true, 0x400)) });
	assert_success((struct ffa_regs[]){ call(vm64, bind_call(SP1, 1, true, 0x800)) });
	ck_assert_int_eq(spmc_sp_notification_set(&sim.spmc, SP1, 3, 0x100, false, 0), FFA_OK);
	ck_assert_int_eq(spmc_sp_notification_set(&sim.spmc, SP1, 3, 0x400, true, 1), FFA_OK);
	ck_assert_int_eq(spmc_sp_notification_set(&sim.spmc, SP1, 1, 0x800, true, 3), FFA_OK);
	med->spmc_smc64[n / 64] &= ~(UINT64_C(1) << (n % 64));
	before = sim.effect_count;
	ffa_notifications_pending(med);
	ck_assert_uint_eq(npis_since(before, 3), 2);
	ck_assert_uint_eq(npis_since(before, 1), 1);
	ck_assert_uint_eq(sim.effect_count, before + 3);
	ck_assert_uint_eq(npis_on(before, 3, 0), 1); /* the global one */
	ck_assert_uint_eq(npis_on(before, 3, 1), 1);
	ck_assert_uint_eq(npis_on(before, 1, 3), 1);
	ck_assert_uint_eq(info_get(vm3, false).list_count, 2);
	ck_assert_uint_eq(info_get(vm64, false).list_count, 1);
	ck_assert_uint_eq(get(vm3, 1).sp_bitmap, 0x500); /* global ones on any vCPU */
	ck_assert_uint_eq(get(vm64, 3).sp_bitmap, 0x800);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("notify");
	TCase *tc = tcase_create("notifications");

	tcase_add_checked_fixture(tc, setup_notify, teardown);
	tcase_add_test(tc, test_bitmaps_made_and_destroyed_at_the_spmc);
	tcase_add_test(tc, test_vm_to_vm_needs_policy_and_binding);
	tcase_add_test(tc, test_per_vcpu_vm_to_vm);
	tcase_add_test(tc, test_info_get_lists_own_pending_once);
	tcase_add_test(tc, test_info_get_32_more_pending);
	tcase_add_test(tc, test_partition_notifications_through_the_spmc);
	tcase_add_test(tc, test_partition_per_vcpu_notification_npi);
	tcase_add_test(tc, test_partition_notifications_smc32_info_get);
	tcase_add_test(tc, test_rx_buffer_full_from_a_vm);
	tcase_add_test(tc, test_rx_buffer_full_from_a_partition);
	tcase_add_test(tc, test_version_1_0_has_none);
	tcase_add_test(tc, test_destroyed_sender_loses_its_bindings);
	tcase_add_test(tc, test_bind_to_a_sender_being_destroyed);
	tcase_add_test(tc, test_bind_to_a_sender_whose_slot_is_reused);
	suite_add_tcase(s, tc);
	return check_run(s);
}
