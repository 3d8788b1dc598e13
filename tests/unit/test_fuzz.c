/* SPDX-License-Identifier: MIT */
/*
 * Random calls from a 64-bit and a 32-bit VM, and random bytes and
 * damaged descriptors in their TX buffers, against the real runtime and
 * the strict simulated SPMC (run under AddressSanitizer and
 * UndefinedBehaviorSanitizer by ./run test). Every reply must be a defined
 * FF-A answer, a 32-bit VM must never see a register wider than 32 bits,
 * and once the VMs are destroyed nothing they held may remain: no mapping,
 * no page held by a share or lend, no such transaction at the SPMC.
 *
 * The sequence is fixed by its seed (FFA_FUZZ_SEED overrides it), so a
 * failure can be replayed.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check_run.h"
#include "mem_desc.h"
#include "reply_check.h"
#include "test_util.h"

#define ROUNDS 100000
#define VM3_ID 3

static uint64_t rng;
static uint64_t last_handle;

/* xorshift64*: enough for coverage, and replayable. */
static uint64_t rnd(void)
{
	rng ^= rng >> 12;
	rng ^= rng << 25;
	rng ^= rng >> 27;
	return rng * UINT64_C(2685821657736338717);
}

/* A register value, biased towards what the mediator tells apart. */
static uint64_t value(void)
{
	static const uint16_t ids[] = { 0, 1, 2, 3, 4, 0x8001, 0x8002, 0x8003, 0x8009, 0xffff };

	switch (rnd() % 10) {
	case 0:
		return 0;
	case 1:
		return rnd();
	case 2:
		return rnd() % 64;
	case 3:
		return ids[rnd() % 10] | (rnd() % 2 ? (uint64_t)ids[rnd() % 10] << 16 : 0);
	case 4:
		return rnd() % 3 == 0 ? TX_IPA :
		       rnd() % 2      ? RX_IPA :
					IPA_BASE + (rnd() % (MEM_PAGES + 4)) * FFA_PAGE_SIZE;
	case 5:
		return rnd() % 2 ? (uint32_t)last_handle : last_handle >> 32;
	case 6:
		return 0x10000 | (rnd() % 4);
	case 7:
		return (rnd() % 300) * 16;
	case 8:
		return UINT64_C(1) << (rnd() % 64);
	default:
		return (uint32_t)rnd();
	}
}

/* A descriptor the mediator would take for fid, then maybe damaged; its length. */
static uint32_t write_descriptor(uint8_t *tx, uint16_t sender, uint32_t fid)
{
	const uint32_t op = fid & ~0x40000000u;
	/* A lend to one partition and a donate leave the type to the borrower. */
	const uint16_t attr = op == FFA_MEM_SHARE_32 ? mem_desc_normal_wb() : 0;
	const uint8_t perm = op == FFA_MEM_DONATE_32 ? 0 : mem_desc_rw();
	struct ffa_mem_constituent_v1_0 c[3];
	const uint32_t ranges = 1 + (uint32_t)(rnd() % 3);
	uint32_t len;

	for (uint32_t i = 0; i < ranges; i++)
		c[i] = (struct ffa_mem_constituent_v1_0){
			.address = IPA_BASE + (0x40 + rnd() % 64) * FFA_PAGE_SIZE, .page_count = 1
		};
	len = mem_desc_write(tx, sender, 0x8001, attr, perm, c, ranges);
	for (int flips = rnd() % 3 ? 0 : 1 + (int)(rnd() % 2); flips > 0; flips--)
		tx[rnd() % len] ^= (uint8_t)(1u << (rnd() % 8));
	return len;
}

/* A SEND2 header and payload from sender to a VM or a partition. */
static void write_message(uint8_t *tx, uint16_t sender)
{
	static const uint16_t to[] = { 1, 2, 3, 0x8001, 0x8002 };
	struct ffa_partition_msg_header_v1_2 h = {
		.offset = FFA_PARTITION_MSG_HEADER_V1_2_SIZE,
		.endpoints = (uint32_t)sender << 16 | to[rnd() % 5],
		.size = (uint32_t)(rnd() % 256),
	};

	ffa_partition_msg_header_v1_2_write(tx, FFA_PAGE_SIZE, 0, &h);
}

static void scribble_tx(uint16_t vm_id)
{
	uint8_t *tx = sim_guest_ptr(&sim, vm_id, TX_IPA, FFA_PAGE_SIZE);

	for (int i = 0; i < 64; i++)
		tx[rnd() % FFA_PAGE_SIZE] = (uint8_t)rnd();
}

/*
 * A notification call between the caller and another VM or a partition,
 * mostly the right way round, with a few bits (some per-vCPU).
 */
static void shape_notification(const struct ffa_vm *vm, uint32_t fid, uint16_t part,
			       struct ffa_regs *r)
{
	const uint16_t peer = rnd() % 2 ? part : (uint16_t)(1 + rnd() % 3);
	const bool receiving = fid != FFA_NOTIFICATION_SET_32;
	const uint16_t sender = receiving ? peer : vm->id;
	const uint16_t receiver = receiving ? vm->id : peer;

	*r = (struct ffa_regs){ .x = { fid, (uint32_t)sender << 16 | receiver, rnd() % 2,
				       UINT32_C(1) << (rnd() % 8) } };
	if (fid == FFA_NOTIFICATION_GET_32)
		*r = (struct ffa_regs){ .x = { fid, (uint32_t)(rnd() % 3) << 16 | vm->id,
					       rnd() % 16 } };
	else if (fid == FFA_NOTIFICATION_SET_32 && r->x[2])
		r->x[2] |= (uint64_t)(rnd() % 3) << 16;
}

/*
 * Arguments a well-meaning VM would pass for fid (so calls get past the
 * first checks and reach the SPMC, the buffers and the tables), with
 * its TX buffer filled to match.
 */
static void shape(const struct ffa_vm *vm, uint32_t fid, struct ffa_regs *r)
{
	static const uint16_t parts[] = { 0x8001, 0x8002, 0x8003 };
	uint8_t *tx = sim_guest_ptr(&sim, vm->id, TX_IPA, FFA_PAGE_SIZE);
	const uint16_t part = parts[rnd() % 3];
	uint32_t len;

	switch (fid & ~0x40000000u) {
	case FFA_RXTX_MAP_32:
		*r = (struct ffa_regs){ .x = { fid, TX_IPA, RX_IPA, 1 } };
		break;
	case FFA_MSG_SEND_DIRECT_REQ_32:
	case FFA_MSG_SEND_DIRECT_REQ2_64 & ~0x40000000u:
		r->x[1] = (uint64_t)vm->id << 16 | part;
		r->x[2] = r->x[3] = 0;
		break;
	case FFA_RUN_32:
		*r = (struct ffa_regs){ .x = { fid, part | (rnd() % 2) << 16 } };
		break;
	case FFA_MEM_SHARE_32:
	case FFA_MEM_LEND_32:
	case FFA_MEM_DONATE_32:
		len = write_descriptor(tx, vm->id, fid);
		*r = (struct ffa_regs){
			.x = { fid, len, rnd() % 4 ? len : len - FFA_MEM_CONSTITUENT_V1_0_SIZE }
		};
		break;
	case FFA_MEM_FRAG_TX_32:
		*r = (struct ffa_regs){ .x = { fid, (uint32_t)last_handle, last_handle >> 32,
					       FFA_MEM_CONSTITUENT_V1_0_SIZE } };
		ffa_mem_constituent_v1_0_write(
			tx, FFA_PAGE_SIZE, 0,
			&(struct ffa_mem_constituent_v1_0){
				.address = IPA_BASE + (0x40 + rnd() % 64) * FFA_PAGE_SIZE,
				.page_count = 1 });
		break;
	case FFA_MEM_RECLAIM_32:
		*r = (struct ffa_regs){ .x = { fid, (uint32_t)last_handle, last_handle >> 32 } };
		break;
	case FFA_MSG_SEND2_32:
		write_message(tx, vm->id);
		*r = (struct ffa_regs){ .x = { fid } };
		break;
	case FFA_RX_RELEASE_32:
	case FFA_RXTX_UNMAP_32:
	case FFA_PARTITION_INFO_GET_32:
		*r = (struct ffa_regs){ .x = { fid } };
		break;
	case FFA_NOTIFICATION_BIND_32:
	case FFA_NOTIFICATION_UNBIND_32:
	case FFA_NOTIFICATION_SET_32:
	case FFA_NOTIFICATION_GET_32:
		shape_notification(vm, fid, part, r);
		break;
	default:
		break;
	}
}

static void check_reply(const struct ffa_vm *vm, uint32_t fid, const struct ffa_regs *r,
			unsigned int round)
{
	char why[128];
	const char *defect = reply_defect(vm->aarch64, fid, r, why, sizeof(why));

	ck_assert_msg(defect == NULL, "round %u: %s", round, defect);
}

static struct ffa_vm *vm3;

/* Transactions at the SPMC other than donations no partition took yet. */
static uint32_t open_transactions(void)
{
	uint32_t n = 0;

	for (uint32_t i = 0; i < spmc_transaction_count(&sim.spmc); i++)
		n += spmc_transaction_at(&sim.spmc, i)->type != FFA_MEM_TRANSACTION_TYPE_DONATE;
	return n;
}

/* Now and then VM 3 goes away, and comes back once its id is free. */
static void cycle_vm3(void)
{
	int32_t status;

	if (vm3 != NULL) {
		status = ffa_vm_destroy(med, vm3);
		for (int tries = 0; status == FFA_RETRY && tries < 16; tries++)
			status = ffa_vm_destroy_poll(med, vm3);
		ck_assert_int_eq(status, FFA_OK);
		vm3 = NULL;
		ck_assert_uint_eq(sim_held_pages(&sim, VM3_ID), 0);
		ck_assert_uint_eq(sim_live_mappings(&sim, VM3_ID), 0);
		return;
	}
	vm3 = ffa_vm_create(med, VM3_ID, true, 2, &status);
}

START_TEST(test_random_calls)
{
	const char *seed = getenv("FFA_FUZZ_SEED");
	struct ffa_vm *vms[3];

	rng = seed != NULL ? strtoull(seed, NULL, 0) : UINT64_C(0x9e3779b97f4a7c15);
	fprintf(stderr, "fuzz seed %#llx\n", (unsigned long long)rng);
	/* Buffers to start with (random calls unmap and map them again). */
	negotiate(vm64, 2);
	negotiate(vm32, 1);
	map_buffers(vm64, 1);
	map_buffers(vm32, 1);
	vm3 = NULL;
	cycle_vm3();
	for (unsigned int round = 0; round < ROUNDS; round++) {
		struct ffa_regs r = { 0 };
		uint32_t fid;
		unsigned int n;
		struct ffa_vm *vm;

		/* First the lifecycle, so no call goes to a VM already destroyed. */
		if (rnd() % 5000 == 0)
			cycle_vm3();
		n = 2 + (vm3 != NULL);
		vms[0] = vm64;
		vms[1] = vm32;
		vms[2] = vm3;
		vm = vms[rnd() % n];
		if (rnd() % 8 == 0)
			scribble_tx(vm->id);
		fid = 0x84000060u + (uint32_t)(rnd() % 0x31);
		if (rnd() % 3 == 0)
			fid |= 0x40000000u;
		r.x[0] = fid;
		for (int i = 1; i < 18; i++)
			r.x[i] = i < 8 || rnd() % 4 == 0 ? value() : 0;
		if (rnd() % 4 != 0)
			shape(vm, fid, &r);
		/* Then, now and then, one register goes wrong. */
		if (rnd() % 4 == 0)
			r.x[1 + rnd() % 17] = value();
		if (!vm->aarch64 && rnd() % 8 != 0) {
			for (int i = 1; i < 18; i++)
				r.x[i] = (uint32_t)r.x[i];
		}
		ck_assert(ffa_handle_call(med, vm, (uint16_t)(rnd() % 2), &r));
		check_reply(vm, fid, &r, round);
		/* A handle to use again: SUCCESS has it in w2/w3, FRAG_RX in w1/w2. */
		if ((fid & 0xbfffffffu) >= FFA_MEM_DONATE_32 &&
		    (fid & 0xbfffffffu) <= FFA_MEM_SHARE_32 && (uint32_t)r.x[0] == FFA_SUCCESS_32)
			last_handle = (uint32_t)r.x[2] | r.x[3] << 32;
		if ((uint32_t)r.x[0] == FFA_MEM_FRAG_RX_32)
			last_handle = (uint32_t)r.x[1] | r.x[2] << 32;
	}
	/* Nothing the VMs held may outlive them. */
	for (int v = 0; v < 3; v++) {
		struct ffa_vm *vm = v == 0 ? vm64 : v == 1 ? vm32 : vm3;
		uint16_t id = (uint16_t)(v + 1);
		int32_t status;

		if (vm == NULL)
			continue;
		status = ffa_vm_destroy(med, vm);
		for (int tries = 0; status == FFA_RETRY && tries < 16; tries++)
			status = ffa_vm_destroy_poll(med, vm);
		ck_assert_int_eq(status, FFA_OK);
		ck_assert_uint_eq(sim_held_pages(&sim, id), 0);
		ck_assert_uint_eq(sim_live_mappings(&sim, id), 0);
	}
	ck_assert_uint_eq(open_transactions(), 0);
	/* Nor their notification bitmaps at the SPMC. */
	for (unsigned int i = 0; i < SPMC_NOTIFY_VMS; i++)
		ck_assert(!sim.spmc.notify.vms[i].used);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("fuzz");
	TCase *tc = tcase_create("random");

	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_set_timeout(tc, 300);
	tcase_add_test(tc, test_random_calls);
	suite_add_tcase(s, tc);
	return check_run(s);
}
