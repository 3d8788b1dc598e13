/* SPDX-License-Identifier: MIT */
/*
 * FFA_MSG_SEND2 between VMs, through the real runtime: the policy, the
 * header checks, RX ownership of the receiver, and layouts per version.
 */
#include <stdlib.h>
#include <string.h>

#include "check_run.h"
#include "test_util.h"

static struct ffa_vm *vm3;

/* VM 3 (AArch64) too, and VMs 1 and 3 with buffers, at 1.2 and 1.1. */
static void setup_pair(void)
{
	int32_t status;

	setup();
	vm3 = ffa_vm_create(med, 3, true, 1, &status);
	ck_assert_ptr_nonnull(vm3);
	negotiate(vm64, 2);
	negotiate(vm3, 1);
	map_buffers(vm64, 1);
	map_buffers(vm3, 1);
}

/* Write a message from VM 1 in its TX buffer (1.2 layout). */
static void put_message(uint16_t sender, uint16_t receiver, uint32_t offset, uint32_t size,
			const char *text)
{
	uint8_t *tx = sim_guest_ptr(&sim, 1, TX_IPA, FFA_PAGE_SIZE);
	struct ffa_partition_msg_header_v1_2 h = {
		.offset = offset,
		.endpoints = (uint32_t)ffa_direct_msg_endpoints_set_destination(
			ffa_direct_msg_endpoints_set_source(0, sender), receiver),
		.size = size,
	};

	ck_assert(ffa_partition_msg_header_v1_2_write(tx, FFA_PAGE_SIZE, 0, &h));
	if (text != NULL)
		memcpy(tx + offset, text, strlen(text));
}

static struct ffa_regs send2(void)
{
	return simple_call(FFA_MSG_SEND2_32);
}

START_TEST(test_vm_to_vm_default_deny)
{
	put_message(1, 3, FFA_PARTITION_MSG_HEADER_V1_2_SIZE, 5, "hello");
	refused(vm64, send2(), FFA_DENIED);
	ck_assert_int_eq(vm3->rxtx.rx_state, FFA_RX_FREE);
}
END_TEST

START_TEST(test_vm_to_vm_delivered_in_receivers_layout)
{
	const uint8_t *rx = sim_guest_ptr(&sim, 3, RX_IPA, FFA_PAGE_SIZE);
	struct ffa_partition_msg_header_v1_1 h;
	struct ffa_regs out = { { 0 } };

	sim.allow[1][3] = true;
	put_message(1, 3, 64, 5, "hello");
	out = call(vm64, send2());
	assert_success(&out);
	/* VM 3 is a 1.1 VM: a 20-byte header, the payload right behind it. */
	ck_assert(ffa_partition_msg_header_v1_1_read(rx, FFA_PAGE_SIZE, 0, &h));
	ck_assert_uint_eq(h.offset, FFA_PARTITION_MSG_HEADER_V1_1_SIZE);
	ck_assert_uint_eq(h.size, 5);
	ck_assert_uint_eq(ffa_direct_msg_endpoints_get_source(h.endpoints), 1);
	ck_assert_uint_eq(ffa_direct_msg_endpoints_get_destination(h.endpoints), 3);
	ck_assert_mem_eq(rx + h.offset, "hello", 5);
	/* VM 3 owns its RX buffer until it releases it. */
	ck_assert_int_eq(vm3->rxtx.rx_state, FFA_RX_FULL);
	refused(vm64, send2(), FFA_BUSY);
	assert_success((struct ffa_regs[]){ call(vm3, simple_call(FFA_RX_RELEASE_32)) });
	assert_success((struct ffa_regs[]){ call(vm64, send2()) });
	/* Policy is one way. */
	sim.allow[3][1] = false;
}
END_TEST

START_TEST(test_header_checks)
{
	sim.allow[1][3] = true;
	/* The payload must lie after the header and inside the TX buffer. */
	put_message(1, 3, 8, 5, NULL);
	refused(vm64, send2(), FFA_INVALID_PARAMETERS);
	put_message(1, 3, FFA_PAGE_SIZE - 4, 5, NULL);
	refused(vm64, send2(), FFA_INVALID_PARAMETERS);
	put_message(1, 3, 64, UINT32_MAX - 32, NULL);
	refused(vm64, send2(), FFA_INVALID_PARAMETERS);
	/* Spoofed sender, sending to oneself, no such VM. */
	put_message(3, 3, 64, 1, "x");
	refused(vm64, send2(), FFA_INVALID_PARAMETERS);
	put_message(1, 1, 64, 1, "x");
	refused(vm64, send2(), FFA_INVALID_PARAMETERS);
	sim.allow[1][7] = true;
	put_message(1, 7, 64, 1, "x");
	refused(vm64, send2(), FFA_INVALID_PARAMETERS);
	/* Flags and reserved fields are MBZ. */
	put_message(1, 3, 64, 1, "x");
	((uint8_t *)sim_guest_ptr(&sim, 1, TX_IPA, 4))[0] = 1;
	refused(vm64, send2(), FFA_INVALID_PARAMETERS);
	/* w1 and w2 are for the hypervisor and partitions only. */
	put_message(1, 3, 64, 1, "x");
	refused(vm64, (struct ffa_regs){ .x = { FFA_MSG_SEND2_32, 1u << 16 } },
		FFA_INVALID_PARAMETERS);
	refused(vm64, (struct ffa_regs){ .x = { FFA_MSG_SEND2_32, 0, 2 } }, FFA_INVALID_PARAMETERS);
	ck_assert_int_eq(vm3->rxtx.rx_state, FFA_RX_FREE);
}
END_TEST

START_TEST(test_receiver_without_buffer_or_at_1_0)
{
	int32_t status;

	sim.allow[1][2] = true;
	negotiate(vm32, 1);
	/* VM 2 has no RX buffer. */
	put_message(1, 2, 64, 1, "x");
	refused(vm64, send2(), FFA_BUSY);
	/* No TX buffer on the sender's side. */
	refused(vm32, send2(), FFA_DENIED);
	/* A 1.0 receiver knows no indirect messages. */
	ffa_vm_destroy(med, vm3);
	vm3 = ffa_vm_create(med, 3, true, 1, &status);
	map_buffers(vm3, 1);
	sim.allow[1][3] = true;
	put_message(1, 3, 64, 1, "x");
	refused(vm64, send2(), FFA_DENIED);
}
END_TEST

/*
 * ffa_vm_destroy() freezes a VM at version 0 first and marks it dying
 * under its lock after: a message reaching it in between is for a VM that
 * is going (INVALID_PARAMETERS, as for no such VM), not for a 1.0 VM
 * (DENIED). The window is made here as the destroy makes it.
 */
START_TEST(test_receiver_being_destroyed)
{
	sim.allow[1][3] = true;
	put_message(1, 3, 64, 1, "x");
	__atomic_store_n(&vm3->version_state, FFA_VM_VERSION_FROZEN, __ATOMIC_RELEASE);
	refused(vm64, send2(), FFA_INVALID_PARAMETERS);
	ck_assert_int_eq(vm3->rxtx.rx_state, FFA_RX_FREE);
}
END_TEST

START_TEST(test_version_1_0_sender_has_no_send2)
{
	sim.allow[3][1] = true;
	ffa_vm_destroy(med, vm64);
	vm64 = ffa_vm_create(med, 1, true, 1, (int32_t[]){ 0 });
	refused(vm64, send2(), FFA_NOT_SUPPORTED);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("indirect");
	TCase *tc = tcase_create("vm_to_vm");

	tcase_add_checked_fixture(tc, setup_pair, teardown);
	tcase_add_test(tc, test_vm_to_vm_default_deny);
	tcase_add_test(tc, test_vm_to_vm_delivered_in_receivers_layout);
	tcase_add_test(tc, test_header_checks);
	tcase_add_test(tc, test_receiver_without_buffer_or_at_1_0);
	tcase_add_test(tc, test_receiver_being_destroyed);
	tcase_add_test(tc, test_version_1_0_sender_has_no_send2);
	suite_add_tcase(s, tc);
	return check_run(s);
}
