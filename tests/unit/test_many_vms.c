/* SPDX-License-Identifier: MIT */
/*
 * Many guests (issue 15.4): a mediator configured for 1,024 VMs of 256
 * vCPUs each holds them all at once, in memory sized by that
 * configuration. Each VM negotiates, learns its id, maps RX/TX buffers,
 * lists the partitions and the VM it may message, and is notified on its
 * last vCPU by its neighbour; then all are destroyed (half, the other
 * half recreated and used again, then all), and nothing is left.
 * The simulated machine and SPMC are built with room for them
 * (tests/CMakeLists.txt).
 */
#include "check_run.h"
#include "test_util.h"

#define VMS 1024
#define VCPUS 256
#define VM_PAGES 48 /* TX_IPA and RX_IPA in it */

static struct ffa_vm *vms[VMS + 1]; /* by id */

static struct ffa_vm *create(uint16_t id)
{
	int32_t status = FFA_OK;
	struct ffa_vm *vm = ffa_vm_create(med, id, true, VCPUS, &status);

	ck_assert_msg(vm != NULL, "VM %u: %d", id, status);
	ck_assert_uint_eq(ffa_vm_id(vm), id);
	return vm;
}

/* VM id's calls on its vCPU vcpu. */
static struct ffa_regs call_on(uint16_t id, uint16_t vcpu, struct ffa_regs in)
{
	ck_assert(ffa_handle_call(med, vms[id], vcpu, &in));
	return in;
}

/* VERSION, ID_GET, RXTX_MAP, and the partition list with the next VM in it. */
static void start_using(uint16_t id)
{
	const uint8_t nil[16] = { 0 };
	struct ffa_regs r;

	negotiate(vms[id], 2);
	ck_assert_int_eq(ffa_vm_negotiated_version(vms[id]), FFA_VERSION_1_2);
	r = call_on(id, 0, simple_call(FFA_ID_GET_32));
	assert_success(&r);
	ck_assert_uint_eq(r.x[2], id);
	assert_success(
		(struct ffa_regs[]){ call_on(id, 0, rxtx_map_call(true, TX_IPA, RX_IPA, 1)) });
	/*
	 * The partitions, VM id itself (a 1.2 caller is listed) and VM id + 1
	 * when it exists: the policy lets id message it.
	 */
	r = call_on(id, 0, pinfo_call(nil, false));
	assert_success(&r);
	ck_assert_uint_eq(r.x[2], ffa_mediator_partition_count(med) + 1 +
					  (id < VMS && vms[id + 1] != NULL ? 1 : 0));
	assert_success((struct ffa_regs[]){ call_on(id, 0, simple_call(FFA_RX_RELEASE_32)) });
}

/* VM id - 1 notifies VM id on its last vCPU (per-vCPU, past vCPU 63). */
static void notify_from_previous(uint16_t id)
{
	struct ffa_notification_get_result got;
	struct ffa_regs r = { { 0 } };

	ffa_encode_notification_bind(
		&(struct ffa_notification_bind_args){ .sender = (uint16_t)(id - 1),
						      .receiver = id,
						      .per_vcpu = true,
						      .bitmap = 0x4 },
		FFA_VERSION_1_2, &r);
	assert_success((struct ffa_regs[]){ call_on(id, 0, r) });
	ffa_encode_notification_set(&(struct ffa_notification_set_args){ .sender =
										 (uint16_t)(id - 1),
									 .receiver = id,
									 .per_vcpu = true,
									 .receiver_vcpu = VCPUS - 1,
									 .bitmap = 0x4 },
				    FFA_VERSION_1_2, &r);
	assert_success((struct ffa_regs[]){ call_on((uint16_t)(id - 1), 0, r) });
	ffa_encode_notification_get(&(struct ffa_notification_get_args){ .receiver = id,
									 .receiver_vcpu = VCPUS - 1,
									 .from_vm = true },
				    FFA_VERSION_1_2, &r);
	r = call_on(id, VCPUS - 1, r);
	ck_assert_int_eq(ffa_decode_notification_get_result(&r, FFA_VERSION_1_2, &got), FFA_OK);
	ck_assert_uint_eq(got.vm_bitmap, 0x4);
}

static void destroy(uint16_t id)
{
	ck_assert_int_eq(ffa_vm_destroy(med, vms[id]), FFA_OK);
	vms[id] = NULL;
	ck_assert_uint_eq(sim_live_mappings(&sim, id), 0);
}

START_TEST(test_1024_vms_created_used_destroyed)
{
	struct ffa_config config = {
		.hyp_buffer_pages = 1, .log_level = FFA_LOG_WARN, .max_vms = VMS, .max_vcpus = VCPUS
	};
	int32_t status;

	ck_assert_int_eq(sim_boot_config(&sim, NULL, &config, &med), FFA_OK);
	for (uint16_t id = 1; id <= VMS; id++) {
		ck_assert_int_eq(sim_add_vm(&sim, id, IPA_BASE, VM_PAGES * FFA_PAGE_SIZE), 0);
		if (id > 1)
			sim.allow[id - 1][id] = true;
	}
	for (uint16_t id = 1; id <= VMS; id++)
		vms[id] = create(id);
	/* Configured for 1,024: the 1,025th has no room. */
	ck_assert_ptr_null(ffa_vm_create(med, VMS + 1, true, 1, &status));
	ck_assert_int_eq(status, FFA_NO_MEMORY);
	for (uint16_t id = 1; id <= VMS; id++)
		start_using(id);
	for (uint16_t id = 2; id <= VMS; id++)
		notify_from_previous(id);
	/*
	 * Every odd VM goes, the index entries after each shift back; the even
	 * ones are still found.
	 */
	for (uint16_t id = 1; id <= VMS; id += 2)
		destroy(id);
	for (uint16_t id = 1; id <= VMS; id += 2) {
		vms[id] = create(id);
		start_using(id);
	}
	for (uint16_t id = 2; id <= VMS; id += 2)
		notify_from_previous(id);
	for (uint16_t id = VMS; id >= 1; id--)
		destroy(id);
	/* Nothing left: every slot free, no bitmap at the SPMC. */
	for (uint32_t i = 0; i < access_vm_slots(med); i++)
		ck_assert_ptr_null(access_vm_slot(med, i));
	for (unsigned int i = 0; i < SPMC_NOTIFY_VMS; i++)
		ck_assert(!sim.spmc.notify.vms[i].used);
	sim_fini(&sim);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("many_vms");
	TCase *tc = tcase_create("vms");

	tcase_set_timeout(tc, 600);
	tcase_add_test(tc, test_1024_vms_created_used_destroyed);
	suite_add_tcase(s, tc);
	return check_run(s);
}
