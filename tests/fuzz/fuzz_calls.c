/* SPDX-License-Identifier: MIT */
/*
 * libFuzzer target: the mediator as a hypervisor drives it, with the
 * input as the program. VMs are created and destroyed, write their memory
 * (TX buffers, pages they share) and make FF-A calls whose registers come
 * from the input, some of the time with a plausible memory transaction
 * descriptor or partition message in the TX buffer; the partitions
 * retrieve and relinquish memory, bind and set notifications and send
 * messages, and the SPMC raises the schedule receiver interrupt. Under
 * AddressSanitizer and UndefinedBehaviorSanitizer, checked:
 *  - every reply is a defined FF-A answer (tests/harness/reply_check.c),
 *    and a 32-bit VM sees no register wider than 32 bits;
 *  - a call ffa_handle_call() leaves to the hypervisor is untouched;
 *  - a VM id in use cannot be created again; a VM refused at creation
 *    leaves nothing behind and its id free;
 *  - after each call the mediator's view of every live VM matches the
 *    platform's and the SPMC's (fuzz_consistent());
 *  - once a VM's destruction completes nothing of it is left (no mapping,
 *    no pinned page, no transaction here or at the SPMC, no buffers,
 *    bitmaps or requests at the SPMC, no partition that knows it);
 *  - at the end, with the partitions letting go of what they hold, every
 *    VM's destruction completes and the mediator's tables are empty.
 */
#include "fuzz_world.h"

/* Operations per input: enough for long stories, short enough to be fast. */
#define MAX_OPS 512

static struct fuzz_world w;
static const uint16_t sps[] = { 0x8001, 0x8002, 0x8003 };

/*
 * The partitions' behaviour, chosen by the first input byte (the model
 * reads its configuration at each call).
 */
static void configure(struct fuzz_in *in, struct spmc_config *c)
{
	static const enum spmc_behaviour how[] = {
		SPMC_BEHAVE_ECHO,  SPMC_BEHAVE_ECHO,           SPMC_BEHAVE_BUSY,
		SPMC_BEHAVE_ERROR, SPMC_BEHAVE_INTERRUPT_ONCE, SPMC_BEHAVE_YIELD_ONCE,
		SPMC_BEHAVE_ECHO,  SPMC_BEHAVE_INTERRUPT_ONCE,
	};
	const uint8_t b = fin_u8(in);

	c->partitions[0].behaviour = how[b % 8];
	c->partitions[2].behaviour = how[(b >> 3) % 8];
	if (b & 0x40) {
		c->partitions[1].vm_msg = b & 0x80 ? SPMC_VM_MSG_RETRY : SPMC_VM_MSG_BUSY;
		c->partitions[1].vm_msg_fail_count = 1;
	}
}

static void create(struct fuzz_in *in)
{
	const unsigned int i = fin_below(in, FUZZ_VMS);
	const uint8_t b = fin_u8(in);
	int32_t status = FFA_OK;
	struct ffa_vm *vm = ffa_vm_create(w.med, (uint16_t)(i + 1), b & 1,
					  (uint16_t)(1 + (b >> 1) % 4), &status);

	if (w.vm[i] != NULL) {
		FUZZ_CHECK(vm == NULL && status == FFA_INVALID_PARAMETERS,
			   "VM %u created twice (status %d)", i + 1, status);
		return;
	}
	if (vm == NULL) {
		/* A refused VM leaves nothing behind, and its id is free. */
		FUZZ_CHECK(status < 0 && status >= FFA_NOT_READY, "create: status %d", status);
		fuzz_nothing_left(&w, (uint16_t)(i + 1));
		for (unsigned int v = 0; v < w.med->config.max_vms; v++)
			FUZZ_CHECK(!w.med->vms[v].in_use || w.med->vms[v].id != i + 1,
				   "VM %u refused, its id still taken", i + 1);
		return;
	}
	w.vm[i] = vm;
	if (b & 0x10)
		fuzz_vm_start(&w, vm, (b >> 5) % 3);
}

static void destroy(struct fuzz_in *in)
{
	const unsigned int i = fin_below(in, FUZZ_VMS);
	const int tries = (int)fin_below(in, 3);

	if (w.vm[i] == NULL)
		return;
	if (w.dying[i])
		fuzz_poll(&w, i, tries);
	else
		fuzz_destroy(&w, i, tries);
}

static void poke(struct fuzz_in *in)
{
	const uint16_t id = (uint16_t)(1 + fin_below(in, FUZZ_VMS));
	const uint64_t ipa = FUZZ_IPA_BASE + (uint64_t)fin_below(in, FUZZ_VM_PAGES) * FFA_PAGE_SIZE;
	const uint32_t off = fin_u16(in) % FFA_PAGE_SIZE;
	const uint32_t len = fin_below(in, 64);
	uint8_t *p = sim_guest_ptr(&w.sim, id, ipa + off, len);

	if (p != NULL)
		fin_copy(in, p, len);
}

/* A transaction the SPMC holds, picked by the input, or NULL. */
static const struct spmc_mem_transaction *transaction(struct fuzz_in *in)
{
	const uint32_t n = spmc_transaction_count(&w.sim.spmc);
	const uint8_t b = fin_u8(in);

	return n == 0 ? NULL : spmc_transaction_at(&w.sim.spmc, b % n);
}

static void retrieve(struct fuzz_in *in, bool relinquish)
{
	const struct spmc_mem_transaction *t = transaction(in);
	const uint16_t sp = sps[fin_below(in, 3)];

	if (t == NULL)
		return;
	if (relinquish)
		(void)spmc_relinquish(&w.sim.spmc, t->handle, sp);
	else
		(void)spmc_retrieve(&w.sim.spmc, t->handle, sp);
}

static void partition_notifies(struct fuzz_in *in)
{
	const uint8_t b = fin_u8(in);
	const uint16_t sp = sps[b % 3];
	const uint16_t vm = (uint16_t)(1 + (b >> 2) % FUZZ_VMS);
	const uint64_t bitmap = UINT64_C(1) << fin_below(in, 64) | (b & 0x80 ? fin_u64(in) : 0);

	if (b & 0x10)
		(void)spmc_sp_notification_bind_kind(&w.sim.spmc, sp, vm, bitmap, b & 0x20);
	else
		(void)spmc_sp_notification_set(&w.sim.spmc, sp, vm, bitmap, b & 0x20,
					       (uint16_t)fin_below(in, 4));
	if (b & 0x40)
		ffa_notifications_pending(w.med);
}

static void partition_sends(struct fuzz_in *in)
{
	const uint8_t b = fin_u8(in);
	uint8_t payload[64] = { 0 };
	const uint32_t len = (uint32_t)fin_copy(in, payload, b % 64);

	(void)spmc_partition_send2_to_vm(&w.sim.spmc, sps[b % 3],
					 (uint16_t)(1 + (b >> 2) % FUZZ_VMS), NULL, payload, len);
	if (b & 0x80)
		ffa_notifications_pending(w.med);
}

static void allow_messages(struct fuzz_in *in)
{
	const uint8_t b = fin_u8(in);

	w.sim.allow[1 + b % FUZZ_VMS][1 + (b >> 2) % FUZZ_VMS] = b & 0x10;
}

static void vm_calls(struct fuzz_in *in)
{
	struct ffa_vm *vm = fuzz_live(&w, fin_below(in, FUZZ_VMS));

	if (vm != NULL)
		fuzz_call(in, &w, vm);
}

/* The partitions let go of every page they retrieved. */
static void relinquish_all(void)
{
	struct spmc *s = &w.sim.spmc;

	for (uint32_t i = 0; i < spmc_transaction_count(s); i++) {
		const struct spmc_mem_transaction *t = spmc_transaction_at(s, i);

		for (uint32_t r = 0; r < t->receiver_count; r++) {
			if (t->receivers[r].retrieved)
				FUZZ_CHECK(spmc_relinquish(s, t->handle, t->receivers[r].id) ==
						   FFA_OK,
					   "relinquish");
		}
	}
}

static void finish(void)
{
	relinquish_all();
	for (unsigned int i = 0; i < FUZZ_VMS; i++) {
		int32_t status = FFA_OK;

		if (w.vm[i] != NULL)
			status = w.dying[i] ? fuzz_poll(&w, i, 8) : fuzz_destroy(&w, i, 8);
		FUZZ_CHECK(status == FFA_OK, "VM %u: destruction never completes", i + 1);
	}
	fuzz_all_gone(&w);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct fuzz_in in = { data, size };

	fuzz_world_restore(&w);
	configure(&in, &w.sim.spmc.config);
	for (int op = 0; op < MAX_OPS && fin_more(&in); op++) {
		switch (fin_below(&in, 16)) {
		case 0:
			create(&in);
			break;
		case 1:
			destroy(&in);
			break;
		case 2:
			poke(&in);
			break;
		case 3:
		case 4:
			retrieve(&in, fin_u8(&in) & 1);
			break;
		case 5:
			partition_notifies(&in);
			break;
		case 6:
			partition_sends(&in);
			break;
		case 7:
			allow_messages(&in);
			break;
		default:
			vm_calls(&in);
			fuzz_consistent(&w);
			break;
		}
	}
	finish();
	return 0;
}

void fuzz_target_init(void)
{
	fuzz_world_boot(&w);
}
