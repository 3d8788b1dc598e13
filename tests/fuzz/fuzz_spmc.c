/* SPDX-License-Identifier: MIT */
/*
 * libFuzzer target: a hostile or broken secure world. The platform's SMC
 * op (what the hypervisor's SMC to the SPMC returns) takes its answers
 * from the input: the simulated SPMC's own answer as it is, with some
 * registers replaced, or forged whole (any reply id, any status, any
 * handle, partition and notification lists in registers), and what the
 * mediator then reads from the hypervisor's RX buffer (partition
 * descriptors) overwritten. Some inputs answer the mediator's start-up
 * too. VMs 1 (AArch64) and 2 (AArch32) make calls from the input
 * (tests/fuzz/fuzz_world.c) while VM 3, set up beforehand with the SPMC
 * honest (buffers mapped, a page shared), makes none. Checked, under
 * AddressSanitizer and UndefinedBehaviorSanitizer:
 *  - whatever the SPMC answers, every reply to a VM is a defined FF-A
 *    answer, and a 32-bit VM sees no register wider than 32 bits;
 *  - the partition list the mediator keeps holds only secure ids;
 *  - VM 3's state does not change: its buffers, its RX page, its share,
 *    its notifications (but those the SPMC reports pending), no page of
 *    it mapped, unmapped, claimed or unclaimed;
 *  - with the SPMC honest again, VM 3 still works: it reclaims its share,
 *    and its destruction completes leaving nothing behind; the other
 *    VMs' destruction, once complete, leaves no mapping of the hypervisor
 *    and nothing in the mediator's tables.
 */
#include "fuzz_world.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mem_desc.h"

#define MAX_OPS 256
#define BYSTANDER 3u

/* VM 3's state, as the checks compare it. */
/* The bystander's vCPUs whose notifications are compared: the default max_vcpus. */
#define FUZZ_BYSTANDER_VCPUS 64

struct bystander {
	struct ffa_vm *vm;
	uint64_t handle;
	uint8_t rx[FFA_PAGE_SIZE];
	__typeof__(((struct ffa_vm *)0)->rxtx) rxtx;
	uint32_t share_count;
	uint64_t share_pages;
	uint32_t generation;
	/* Its notification state but what the SPMC's INFO_GET may mark. */
	struct ffa_vm_notify notify;
	uint64_t pending_vcpu[FUZZ_BYSTANDER_VCPUS]; /* notify.vm_pending_vcpu[] then */
	/*
	 * The mediator started with the SPMC honest, so VM 3 must be able to
	 * reclaim and go at the end (after a hostile start-up the SPMC may
	 * have said it has no FFA_MEM_RECLAIM, say).
	 */
	bool honest_start;
};

static struct fuzz_world w;
static struct fuzz_in *hostile;  /* the input, while the SPMC answers from it */
static bool bystander_touched;   /* a platform effect on VM 3's pages */
static struct bystander saved;   /* VM 3 as every input finds it */
static struct bystander anew;    /* or as it started after a hostile start-up */
static struct spmc *fresh_spmc;  /* the SPMC before start-up (spmc_init() is slow) */

static const uint32_t reply_ids[] = {
	FFA_ERROR_32,
	FFA_SUCCESS_32,
	FFA_SUCCESS_64,
	FFA_MEM_FRAG_RX_32,
	FFA_MEM_FRAG_TX_32,
	FFA_INTERRUPT_32,
	FFA_YIELD_32,
	FFA_MSG_WAIT_32,
	FFA_MSG_SEND_DIRECT_RESP_32,
	FFA_MSG_SEND_DIRECT_RESP_64,
	FFA_MSG_SEND_DIRECT_REQ_32,
	FFA_MSG_SEND_DIRECT_RESP2_64,
	FFA_RX_RELEASE_32,
	FFA_VERSION_1_2,
	0,
	UINT32_MAX,
};

/* Some bytes of the hypervisor's RX buffer from the input. */
static void scribble_hyp_rx(struct fuzz_in *in)
{
	const uint32_t off = fin_u16(in) % FFA_PAGE_SIZE;
	const uint32_t len = fin_below(in, 128);

	fin_copy(in, (uint8_t *)w.med->config.hyp_rx + off,
		 len < FFA_PAGE_SIZE - off ? len : FFA_PAGE_SIZE - off);
}

static void answer(struct fuzz_in *in, struct ffa_regs *regs)
{
	uint8_t how;

	if (in == NULL || !fin_more(in)) {
		spmc_call(&w.sim.spmc, regs);
		return;
	}
	how = fin_u8(in);
	switch (how % 8) {
	case 3: /* the SPMC's answer with registers replaced */
		spmc_call(&w.sim.spmc, regs);
		for (unsigned int n = 1 + (how >> 3) % 4; n > 0; n--)
			regs->x[fin_below(in, 18)] = fuzz_value(in, &w);
		break;
	case 4: /* an answer forged whole */
		regs->x[0] = reply_ids[(how >> 3) % 16];
		for (int i = 1; i < 18; i++)
			regs->x[i] = i < 8 || (how & 0x80) ? fuzz_value(in, &w) : 0;
		break;
	case 5: /* an error, with any status */
		*regs = (struct ffa_regs){
			.x = { FFA_ERROR_32, 0,
			       how & 0x80 ? fin_u64(in) : (uint64_t) - (int64_t)fin_below(in, 16) }
		};
		break;
	case 6: /* the SPMC's answer, and the hypervisor's RX buffer changed */
		spmc_call(&w.sim.spmc, regs);
		scribble_hyp_rx(in);
		break;
	case 7: /* a success with counts and sizes of the input, and RX contents */
		*regs = (struct ffa_regs){ .x = { how & 0x80 ? FFA_SUCCESS_64 : FFA_SUCCESS_32,
						  fuzz_value(in, &w), fin_below(in, 80),
						  fin_below(in, 64) } };
		scribble_hyp_rx(in);
		break;
	default:
		spmc_call(&w.sim.spmc, regs);
		break;
	}
}

static void hostile_smc(void *ctx, struct ffa_regs *regs)
{
	const uint64_t fid = regs->x[0];

	(void)ctx;
	answer(hostile, regs);
	if (w.sim.trace)
		printf("  smc %#llx -> %#llx %#llx %#llx %#llx\n", (unsigned long long)fid,
		       (unsigned long long)regs->x[0], (unsigned long long)regs->x[1],
		       (unsigned long long)regs->x[2], (unsigned long long)regs->x[3]);
}

static void effect_hook(void *ctx, const struct sim_effect *e)
{
	(void)ctx;
	if (e->vm_id == BYSTANDER && e->kind != SIM_VIRQ)
		bystander_touched = true;
}

static void bystander_read(struct bystander *b)
{
	memcpy(b->rx, sim_guest_ptr(&w.sim, BYSTANDER, FUZZ_RX_IPA, FFA_PAGE_SIZE), FFA_PAGE_SIZE);
	b->rxtx = b->vm->rxtx;
	b->share_count = b->vm->share_count;
	b->share_pages = b->vm->share_pages;
	b->generation = b->vm->generation;
	b->notify = b->vm->notify;
	memcpy(b->pending_vcpu, b->vm->notify.vm_pending_vcpu, sizeof(b->pending_vcpu));
}

/* Notifications from VMs and the hypervisor, which only VM 3's peers' calls could change. */
static bool same_vm_notifications(const struct ffa_vm_notify *a, const struct bystander *was)
{
	const struct ffa_vm_notify *b = &was->notify;

	return a->bitmap_created == b->bitmap_created && a->vm_bound == b->vm_bound &&
	       a->vm_per_vcpu == b->vm_per_vcpu && a->vm_pending == b->vm_pending &&
	       a->hyp_pending == b->hyp_pending &&
	       memcmp(a->vm_sender, b->vm_sender, sizeof(a->vm_sender)) == 0 &&
	       memcmp(a->vm_pending_vcpu, was->pending_vcpu, sizeof(was->pending_vcpu)) == 0;
}

/* VM 3 with the SPMC honest: buffers, a page shared; false if it cannot be. */
static bool bystander_start(struct bystander *b)
{
	const struct ffa_mem_constituent_v1_0 c = {
		.address = FUZZ_IPA_BASE + FUZZ_SHARE_PAGE * FFA_PAGE_SIZE, .page_count = 1
	};
	uint8_t *tx = sim_guest_ptr(&w.sim, BYSTANDER, FUZZ_TX_IPA, FFA_PAGE_SIZE);
	int32_t status;
	struct ffa_regs r;

	b->vm = ffa_vm_create(w.med, BYSTANDER, true, 2, &status);
	if (b->vm == NULL)
		return false;
	w.vm[BYSTANDER - 1] = b->vm;
	fuzz_vm_start(&w, b->vm, 2);
	r = (struct ffa_regs){ .x = { FFA_MEM_SHARE_32,
				      mem_desc_write(tx, BYSTANDER, 0x8001, mem_desc_normal_wb(),
						     mem_desc_rw(), &c, 1) } };
	r.x[2] = r.x[1];
	FUZZ_CHECK(ffa_handle_call(w.med, b->vm, 0, &r), "MEM_SHARE not handled");
	if (r.x[0] != FFA_SUCCESS_32 || !b->vm->rxtx.mapped)
		return false;
	b->handle = (uint32_t)r.x[2] | r.x[3] << 32;
	bystander_read(b);
	return true;
}

/* After each operation: VM 3's state (its RX page: with_rx, at the end). */
static void bystander_check(const struct bystander *b, bool with_rx)
{
	const struct ffa_vm *vm = b->vm;

	FUZZ_CHECK(!bystander_touched, "VM 3's pages mapped, unmapped, claimed or unclaimed by "
				       "another VM's call");
	FUZZ_CHECK(vm->in_use && vm->state == FFA_VM_LIVE && vm->id == BYSTANDER, "VM 3 gone");
	FUZZ_CHECK(vm->generation == b->generation, "VM 3's slot reused");
	FUZZ_CHECK(memcmp(&vm->rxtx, &b->rxtx, sizeof(b->rxtx)) == 0, "VM 3's buffers changed");
	FUZZ_CHECK(vm->share_count == b->share_count && vm->share_pages == b->share_pages, "VM 3's "
											   "shares "
											   "change"
											   "d");
	FUZZ_CHECK(same_vm_notifications(&vm->notify, b), "VM 3's notifications changed");
	FUZZ_CHECK(!with_rx || memcmp(sim_guest_ptr(&w.sim, BYSTANDER, FUZZ_RX_IPA, FFA_PAGE_SIZE),
				      b->rx, sizeof(b->rx)) == 0,
		   "VM 3's RX buffer written");
}

static void partitions_check(void)
{
	FUZZ_CHECK(w.med->partition_count <= FFA_MAX_PARTITIONS, "%u partitions",
		   w.med->partition_count);
	for (uint32_t i = 0; i < w.med->partition_count; i++)
		FUZZ_CHECK(w.med->partitions[i].id & 0x8000, "partition id %#x",
			   w.med->partitions[i].id);
}

/* Start-up against the input's answers: false when it (rightly) fails. */
static bool hostile_start(struct fuzz_in *in)
{
	const struct ffa_config config = w.med->config;
	int32_t status;

	/* A machine rebooted: a new SPMC, nothing mapped or claimed. */
	w.sim.spmc = *fresh_spmc;
	memset(w.sim.mappings, 0, sizeof(w.sim.mappings));
	memset(w.sim.claims, 0, sizeof(w.sim.claims));
	hostile = in;
	status = ffa_mediator_init(w.med, ffa_mediator_size(&config), &w.sim.ops, &config);
	hostile = NULL;
	FUZZ_CHECK(status <= 0 && status >= FFA_NOT_READY, "init: %d", status);
	if (status == FFA_OK)
		partitions_check();
	return status == FFA_OK;
}

/*
 * VM id's destruction completed: whatever the SPMC said, the hypervisor's
 * mappings of it are gone and the mediator keeps nothing of it.
 */
static void gone(uint16_t id)
{
	FUZZ_CHECK(sim_live_mappings(&w.sim, id) == 0, "VM %u gone, mapping left", id);
	for (unsigned int i = 0; i < w.med->config.max_shares; i++)
		FUZZ_CHECK(!w.med->shares[i].used || w.med->shares[i].owner != id,
			   "VM %u gone, a share left", id);
	for (unsigned int i = 0; i < FFA_MAX_PREEMPTED; i++)
		FUZZ_CHECK(w.med->preempted[i].vm != id, "VM %u gone, a preempted request left",
			   id);
	for (unsigned int i = 0; i < w.med->config.max_vms; i++)
		FUZZ_CHECK(!w.med->vms[i].in_use || w.med->vms[i].id != id,
			   "VM %u gone, its id still taken", id);
}

static void vm_op(struct fuzz_in *in)
{
	const uint8_t b = fin_u8(in);
	const unsigned int i = b & 1;
	int32_t status;

	switch ((b >> 1) % 8) {
	case 0:
		if (w.vm[i] == NULL) {
			w.vm[i] = ffa_vm_create(w.med, (uint16_t)(i + 1), i == 0, 2, &status);
			if (w.vm[i] != NULL && (b & 0x80))
				fuzz_vm_start(&w, w.vm[i], 2 - i);
		}
		break;
	case 1:
		if (w.vm[i] != NULL) {
			status = w.dying[i] ? ffa_vm_destroy_poll(w.med, w.vm[i]) :
					      ffa_vm_destroy(w.med, w.vm[i]);
			FUZZ_CHECK(status == FFA_OK || status == FFA_RETRY, "destroy: %d", status);
			w.dying[i] = status == FFA_RETRY;
			if (status == FFA_OK) {
				gone((uint16_t)(i + 1));
				w.vm[i] = NULL;
			}
		}
		break;
	case 2:
		ffa_notifications_pending(w.med);
		break;
	default:
		if (fuzz_live(&w, i) != NULL)
			fuzz_call(in, &w, w.vm[i]);
		break;
	}
}

/* The SPMC honest again: every VM goes; VM 3's share and teardown must work. */
static void finish(struct bystander *b)
{
	for (unsigned int i = 0; i < 2; i++) {
		int32_t status = FFA_RETRY;

		if (w.vm[i] == NULL)
			continue;
		status = w.dying[i] ? FFA_RETRY : ffa_vm_destroy(w.med, w.vm[i]);
		for (int t = 0; t < 4 && status == FFA_RETRY; t++)
			status = ffa_vm_destroy_poll(w.med, w.vm[i]);
		if (status == FFA_OK)
			gone((uint16_t)(i + 1));
	}
	if (b->vm != NULL && !b->honest_start) {
		bystander_check(b, true);
	} else if (b->vm != NULL) {
		struct ffa_regs r = { .x = { FFA_MEM_RECLAIM_32, (uint32_t)b->handle,
					     b->handle >> 32 } };

		bystander_check(b, true);
		FUZZ_CHECK(ffa_handle_call(w.med, b->vm, 0, &r) && r.x[0] == FFA_SUCCESS_32,
			   "VM 3 cannot reclaim its share: w0 %#llx w2 %#llx",
			   (unsigned long long)r.x[0], (unsigned long long)r.x[2]);
		FUZZ_CHECK(fuzz_destroy(&w, BYSTANDER - 1, 4) == FFA_OK, "VM 3's destruction never "
									 "completes");
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct fuzz_in in = { data, size };
	struct bystander *b = &saved;

	fuzz_world_restore(&w);
	w.sim.ops.smc = hostile_smc;
	/* What a hostile SPMC makes the mediator log is the point, not news. */
	if (!w.sim.trace)
		w.sim.ops.vlog = NULL;
	bystander_touched = false;
	/* One input in 16 answers the mediator's start-up too (VM 3 anew). */
	if ((fin_u8(&in) & 15) == 0) {
		if (!hostile_start(&in))
			return 0;
		w.vm[BYSTANDER - 1] = NULL;
		b = &anew;
		if (!bystander_start(b))
			b->vm = NULL;
	}
	w.sim.effect_hook = effect_hook;
	hostile = &in;
	for (int op = 0; op < MAX_OPS && fin_more(&in); op++) {
		vm_op(&in);
		partitions_check();
		if (b->vm != NULL)
			bystander_check(b, false);
	}
	hostile = NULL;
	finish(b);
	return 0;
}

void fuzz_target_init(void)
{
	fuzz_world_boot(&w);
	fresh_spmc = malloc(sizeof(*fresh_spmc));
	FUZZ_CHECK(fresh_spmc != NULL, "no memory");
	spmc_init(fresh_spmc, &w.sim.spmc.config);
	/* VM 3 set up once, with the SPMC honest; each input starts from there. */
	FUZZ_CHECK(bystander_start(&saved), "VM 3 cannot start");
	saved.honest_start = true;
	fuzz_world_save(&w);
}
