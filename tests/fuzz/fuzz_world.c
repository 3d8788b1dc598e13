/* SPDX-License-Identifier: MIT */
#include "fuzz_world.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mem_desc.h"
#include "reply_check.h"

void fuzz_fail(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	fputs("fuzz: ", stderr);
	vfprintf(stderr, fmt, ap);
	fputc('\n', stderr);
	va_end(ap);
	abort();
}

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	fuzz_target_init();
	return 0;
}

/* The world as saved: its structures and the machine's memory. */
static struct fuzz_world *booted;

void fuzz_world_boot(struct fuzz_world *w)
{
	FUZZ_CHECK(sim_boot(&w->sim, NULL, &w->med) == FFA_OK, "boot");
	for (uint16_t id = 1; id <= FUZZ_VMS; id++)
		FUZZ_CHECK(sim_add_vm(&w->sim, id, FUZZ_IPA_BASE,
				      (uint64_t)FUZZ_VM_PAGES * FFA_PAGE_SIZE) == 0,
			   "no memory for VM %u", id);
	/* Errors only: the warnings of a million calls would be the run. */
	w->med->config.log_level = FFA_LOG_ERROR;
	fuzz_world_save(w);
}

static uint8_t *booted_mem;
static void *booted_mediator; /* the mediator's memory, which the simulator allocated */
static size_t mediator_size;

void fuzz_world_save(const struct fuzz_world *w)
{
	if (booted == NULL) {
		booted = malloc(sizeof(*booted));
		booted_mem = malloc(w->sim.mem_used);
		mediator_size = ffa_mediator_size(&w->med->config);
		booted_mediator = malloc(mediator_size);
	}
	FUZZ_CHECK(booted != NULL && booted_mem != NULL && booted_mediator != NULL, "no memory");
	*booted = *w;
	memcpy(booted_mem, w->sim.mem, w->sim.mem_used);
	memcpy(booted_mediator, w->med, mediator_size);
}

/*
 * The structures copied back (their locks are free in the copy, and every
 * pointer in them is to w itself, to the machine's memory or to the
 * mediator's, which stay where they are), and those memories.
 */
void fuzz_world_restore(struct fuzz_world *w)
{
	static int trace = -1;

	*w = *booted;
	memcpy(w->sim.mem, booted_mem, w->sim.mem_used);
	memcpy(w->med, booted_mediator, mediator_size);
	/* FFA_FUZZ_TRACE=1 fuzz_x crash-...: every boundary crossing printed. */
	if (trace < 0)
		trace = getenv("FFA_FUZZ_TRACE") != NULL;
	w->sim.trace = trace;
}

static const uint16_t partitions[] = { 0x8001, 0x8002, 0x8003 };

/* An endpoint id: a VM of ours, a partition, or anything. */
static uint16_t endpoint(struct fuzz_in *in)
{
	const uint8_t b = fin_u8(in);

	if (b < 0x60)
		return (uint16_t)(1 + b % (FUZZ_VMS + 1));
	if (b < 0xe0)
		return partitions[b % 3];
	return fin_u16(in);
}

static uint64_t handle(struct fuzz_in *in, const struct fuzz_world *w)
{
	return w->handles[fin_below(in, FUZZ_HANDLES)];
}

uint64_t fuzz_value(struct fuzz_in *in, const struct fuzz_world *w)
{
	const uint8_t b = fin_u8(in);

	switch (b % 10) {
	case 0:
		return 0;
	case 1:
		return fin_u64(in);
	case 2:
		return b >> 4;
	case 3:
		return (uint32_t)endpoint(in) << 16 | endpoint(in);
	case 4:
		return FUZZ_IPA_BASE + (uint64_t)fin_below(in, FUZZ_VM_PAGES + 4) * FFA_PAGE_SIZE;
	case 5:
		return b & 0x10 ? (uint32_t)handle(in, w) : handle(in, w) >> 32;
	case 6:
		return 0x10000 | (b >> 4);
	case 7:
		return (uint64_t)fin_u8(in) * 16;
	case 8:
		return UINT64_C(1) << (fin_u8(in) % 64);
	default:
		return fin_u32(in);
	}
}

/* Some input bytes flipped in the first len bytes of buf. */
static void damage(struct fuzz_in *in, uint8_t *buf, uint32_t len)
{
	for (unsigned int n = fin_below(in, 4); n > 0 && len > 0; n--)
		buf[fin_u16(in) % len] ^= fin_u8(in);
}

/* A memory transaction descriptor for fid in tx (maybe damaged); its length. */
static uint32_t write_descriptor(struct fuzz_in *in, const struct ffa_vm *vm, uint32_t fid,
				 uint8_t *tx)
{
	const uint32_t op = fid & ~FFA_FUNCTION_ID_SMC64_MASK;
	const uint8_t how = fin_u8(in);
	/* Up to three ranges; with bits 0x02 and 0x04, 17 to 24: the check sorts more than 16. */
	struct ffa_mem_constituent_v1_0 c[24];
	const uint32_t count = (how & 0x06) == 0x06 ? 17 + fin_u8(in) % 8 : 1 + how % 3;
	uint16_t attr = op == FFA_MEM_SHARE_32 ? mem_desc_normal_wb() : 0;
	uint8_t perm = op == FFA_MEM_DONATE_32 ? 0 : mem_desc_rw();
	uint16_t sender = vm->id;
	uint32_t len;

	for (uint32_t i = 0; i < count; i++) {
		const uint8_t at = fin_u8(in);

		c[i] = (struct ffa_mem_constituent_v1_0){
			.address = FUZZ_IPA_BASE + (FUZZ_SHARE_PAGE + at % 24u) * FFA_PAGE_SIZE,
			.page_count = 1 + (at >> 5) % 3,
		};
	}
	if (how & 0x10)
		sender = endpoint(in);
	if (how & 0x20)
		attr = fin_u16(in);
	if (how & 0x40)
		perm = fin_u8(in);
	len = mem_desc_write(tx, sender, how & 0x08 ? endpoint(in) : partitions[(how >> 2) % 2],
			     attr, perm, c, count);
	if (how & 0x80)
		damage(in, tx, len);
	return len;
}

/* A partition message header and payload in tx, from vm to someone. */
static void write_message(struct fuzz_in *in, const struct ffa_vm *vm, uint8_t *tx)
{
	const uint8_t how = fin_u8(in);
	struct ffa_partition_msg_header_v1_2 h = {
		.offset = FFA_PARTITION_MSG_HEADER_V1_2_SIZE,
		.endpoints = (uint32_t)(how & 0x80 ? endpoint(in) : vm->id) << 16 | endpoint(in),
		.size = fin_u8(in),
	};

	if (how & 0x40)
		h.offset = fin_u16(in);
	if (how & 0x20)
		h.size = fin_u32(in);
	ffa_partition_msg_header_v1_2_write(tx, FFA_PAGE_SIZE, 0, &h);
	fin_copy(in, tx + FFA_PARTITION_MSG_HEADER_V1_2_SIZE, how & 0x1f);
}

/* Registers (and TX contents) a well-meaning driver would give fid. */
static void shape(struct fuzz_in *in, struct fuzz_world *w, const struct ffa_vm *vm, uint32_t fid,
		  struct ffa_regs *r)
{
	uint8_t *tx = sim_guest_ptr(&w->sim, vm->id, FUZZ_TX_IPA, FFA_PAGE_SIZE);
	uint64_t h;
	uint32_t len;

	switch (fid & ~FFA_FUNCTION_ID_SMC64_MASK) {
	case FFA_RXTX_MAP_32:
		*r = (struct ffa_regs){ .x = { fid, FUZZ_TX_IPA, FUZZ_RX_IPA,
					       1 + fin_below(in, 2) } };
		break;
	case FFA_MSG_SEND_DIRECT_REQ_32:
	case FFA_MSG_SEND_DIRECT_REQ2_64 & ~FFA_FUNCTION_ID_SMC64_MASK:
		r->x[1] = (uint64_t)vm->id << 16 | endpoint(in);
		r->x[2] = 0;
		break;
	case FFA_RUN_32:
		*r = (struct ffa_regs){ .x = { fid, endpoint(in) | (uint64_t)fin_below(in, 4)
									   << 16 } };
		break;
	case FFA_MEM_SHARE_32:
	case FFA_MEM_LEND_32:
	case FFA_MEM_DONATE_32:
		len = write_descriptor(in, vm, fid, tx);
		*r = (struct ffa_regs){
			.x = { fid, len,
			       fin_u8(in) & 1 ? len - FFA_MEM_CONSTITUENT_V1_0_SIZE : len }
		};
		break;
	case FFA_MEM_FRAG_TX_32:
		h = handle(in, w);
		*r = (struct ffa_regs){ .x = { fid, (uint32_t)h, h >> 32,
					       FFA_MEM_CONSTITUENT_V1_0_SIZE } };
		ffa_mem_constituent_v1_0_write(
			tx, FFA_PAGE_SIZE, 0,
			&(struct ffa_mem_constituent_v1_0){
				.address = FUZZ_IPA_BASE +
					   (FUZZ_SHARE_PAGE + fin_below(in, 24)) * FFA_PAGE_SIZE,
				.page_count = 1 });
		break;
	case FFA_MEM_RECLAIM_32:
		h = handle(in, w);
		*r = (struct ffa_regs){ .x = { fid, (uint32_t)h, h >> 32, fin_below(in, 4) & 1 } };
		break;
	case FFA_MSG_SEND2_32:
		write_message(in, vm, tx);
		*r = (struct ffa_regs){ .x = { fid } };
		break;
	case FFA_NOTIFICATION_BIND_32:
	case FFA_NOTIFICATION_UNBIND_32:
		*r = (struct ffa_regs){ .x = { fid, (uint32_t)endpoint(in) << 16 | vm->id,
					       fin_below(in, 2),
					       UINT32_C(1) << fin_below(in, 32) } };
		break;
	case FFA_NOTIFICATION_SET_32:
		*r = (struct ffa_regs){ .x = { fid, (uint32_t)vm->id << 16 | endpoint(in),
					       fin_below(in, 2) | (uint64_t)fin_below(in, 4) << 16,
					       UINT32_C(1) << fin_below(in, 32) } };
		break;
	case FFA_NOTIFICATION_GET_32:
		*r = (struct ffa_regs){ .x = { fid, (uint32_t)fin_below(in, 4) << 16 | vm->id,
					       fin_below(in, 16) } };
		break;
	case FFA_RX_RELEASE_32:
	case FFA_RXTX_UNMAP_32:
	case FFA_PARTITION_INFO_GET_32:
	case FFA_NOTIFICATION_INFO_GET_32:
		*r = (struct ffa_regs){ .x = { fid } };
		break;
	default:
		break;
	}
}

static void note_handle(struct fuzz_world *w, uint64_t h)
{
	w->handles[w->next_handle++ % FUZZ_HANDLES] = h;
}

void fuzz_call(struct fuzz_in *in, struct fuzz_world *w, struct ffa_vm *vm)
{
	const uint8_t kind = fin_u8(in);
	const uint8_t shaping = fin_u8(in);
	const uint16_t vcpu = (uint16_t)(fin_u8(in) % vm->vcpu_count);
	uint32_t fid = FFA_FUNCTION_ID_SMC32_BASE |
		       (FFA_FUNCTION_NUMBER_FIRST + fin_below(in, 0x31));
	struct ffa_regs r = { { 0 } }, before;
	char why[160];
	const char *defect;
	uint32_t op;

	if (kind & 1)
		fid |= FFA_FUNCTION_ID_SMC64_MASK;
	if ((kind & 0x0e) == 0x0e)
		fid = fin_u32(in);
	r.x[0] = fid;
	for (unsigned int i = 1; i <= 1u + (kind >> 4) % 8; i++)
		r.x[i] = fuzz_value(in, w);
	for (unsigned int i = 8; (kind & 0x80) && i < 18; i++)
		r.x[i] = fuzz_value(in, w);
	if (shaping % 4 != 0)
		shape(in, w, vm, fid, &r);
	if (!vm->aarch64 && !(shaping & 0x80)) {
		for (int i = 0; i < 18; i++)
			r.x[i] = (uint32_t)r.x[i];
	}
	before = r;
	if (!ffa_handle_call(w->med, vm, vcpu, &r)) {
		/* Not FF-A: the hypervisor's, untouched. */
		FUZZ_CHECK((fid & 0xbfffff00u) != FFA_FUNCTION_ID_SMC32_BASE ||
				   (fid & 0xffu) < FFA_FUNCTION_NUMBER_FIRST ||
				   (fid & 0xffu) > FFA_FUNCTION_NUMBER_LAST,
			   "FF-A id %#x not handled", fid);
		FUZZ_CHECK(__builtin_memcmp(&before, &r, sizeof(r)) == 0,
			   "call %#x not handled but regs changed", fid);
		return;
	}
	if (w->sim.trace)
		printf("  VM %u: %#llx %#llx %#llx %#llx -> %#llx %#llx %#llx %#llx\n", vm->id,
		       (unsigned long long)before.x[0], (unsigned long long)before.x[1],
		       (unsigned long long)before.x[2], (unsigned long long)before.x[3],
		       (unsigned long long)r.x[0], (unsigned long long)r.x[1],
		       (unsigned long long)r.x[2], (unsigned long long)r.x[3]);
	defect = reply_defect(vm->aarch64, (uint32_t)before.x[0], &r, why, sizeof(why));
	FUZZ_CHECK(defect == NULL, "VM %u: %s", vm->id, defect);
	op = fid & ~FFA_FUNCTION_ID_SMC64_MASK;
	if (op >= FFA_MEM_DONATE_32 && op <= FFA_MEM_SHARE_32 && (uint32_t)r.x[0] == FFA_SUCCESS_32)
		note_handle(w, (uint32_t)r.x[2] | r.x[3] << 32);
	if ((uint32_t)r.x[0] == FFA_MEM_FRAG_RX_32)
		note_handle(w, (uint32_t)r.x[1] | r.x[2] << 32);
}

void fuzz_vm_start(struct fuzz_world *w, struct ffa_vm *vm, uint32_t minor)
{
	struct ffa_regs r = { .x = { FFA_VERSION_32, 0x10000 | minor } };

	FUZZ_CHECK(ffa_handle_call(w->med, vm, 0, &r), "VERSION not handled");
	r = (struct ffa_regs){ .x = { FFA_RXTX_MAP_32, FUZZ_TX_IPA, FUZZ_RX_IPA, 1 } };
	FUZZ_CHECK(ffa_handle_call(w->med, vm, 0, &r), "RXTX_MAP not handled");
}

struct ffa_vm *fuzz_live(struct fuzz_world *w, unsigned int i)
{
	return i < FUZZ_VMS && !w->dying[i] ? w->vm[i] : NULL;
}

static int32_t finished(struct fuzz_world *w, unsigned int i, int32_t status)
{
	FUZZ_CHECK(status == FFA_OK || status == FFA_RETRY, "destroying VM %u: status %d", i + 1,
		   status);
	if (status == FFA_OK) {
		w->vm[i] = NULL;
		w->dying[i] = false;
		fuzz_nothing_left(w, (uint16_t)(i + 1));
	} else {
		w->dying[i] = true;
	}
	return status;
}

int32_t fuzz_poll(struct fuzz_world *w, unsigned int i, int tries)
{
	int32_t status = FFA_RETRY;

	for (int t = 0; t < tries && status == FFA_RETRY; t++)
		status = ffa_vm_destroy_poll(w->med, w->vm[i]);
	return finished(w, i, status);
}

int32_t fuzz_destroy(struct fuzz_world *w, unsigned int i, int tries)
{
	int32_t status = ffa_vm_destroy(w->med, w->vm[i]);

	finished(w, i, status);
	return status == FFA_RETRY ? fuzz_poll(w, i, tries) : status;
}

void fuzz_nothing_left(struct fuzz_world *w, uint16_t id)
{
	struct spmc *s = &w->sim.spmc;
	const struct spmc_buffers *b = spmc_buffers_of(s, id);

	FUZZ_CHECK(sim_live_mappings(&w->sim, id) == 0, "VM %u destroyed with a mapping left", id);
	FUZZ_CHECK(sim_held_pages(&w->sim, id) == 0, "VM %u destroyed with pages still claimed",
		   id);
	for (unsigned int i = 0; i < w->med->config.max_shares; i++)
		FUZZ_CHECK(!w->med->shares[i].used || w->med->shares[i].owner != id,
			   "VM %u destroyed with a share left", id);
	for (unsigned int i = 0; i < FFA_MAX_PREEMPTED; i++)
		FUZZ_CHECK(w->med->preempted[i].vm != id,
			   "VM %u destroyed with a preempted request left", id);
	for (uint32_t i = 0; i < spmc_transaction_count(s); i++) {
		const struct spmc_mem_transaction *t = spmc_transaction_at(s, i);

		FUZZ_CHECK(t->sender != id ||
				   (t->complete && t->type == FFA_MEM_TRANSACTION_TYPE_DONATE),
			   "VM %u destroyed with transaction %#llx left at the SPMC", id,
			   (unsigned long long)t->handle);
	}
	FUZZ_CHECK(b == NULL || !b->mapped, "VM %u destroyed with its buffers at the SPMC", id);
	FUZZ_CHECK(!spmc_vm_has_bitmaps(s, id),
		   "VM %u destroyed with notification bitmaps at the SPMC", id);
	for (uint32_t p = 0; p < s->config.partition_count; p++) {
		const struct spmc_partition_state *st = &s->part[p];

		FUZZ_CHECK(!spmc_vm_known(s, s->config.partitions[p].id, id),
			   "VM %u destroyed, partition %#x knows it", id,
			   s->config.partitions[p].id);
		for (unsigned int c = 0; c < SPMC_MAX_VCPUS; c++)
			FUZZ_CHECK(st->vcpu_state[c] == SPMC_VCPU_WAITING ||
					   st->pending[c].sender != id,
				   "VM %u destroyed, partition %#x holds its request", id,
				   s->config.partitions[p].id);
	}
}

/* One pass over each table, the counts per VM id (1..FUZZ_VMS) compared. */
void fuzz_consistent(struct fuzz_world *w)
{
	const struct spmc *s = &w->sim.spmc;
	uint32_t count[FUZZ_VMS + 1] = { 0 }, maps[FUZZ_VMS + 1] = { 0 };
	uint64_t pages[FUZZ_VMS + 1] = { 0 };

	for (unsigned int i = 0; i < w->med->config.max_shares; i++) {
		const struct ffa_share *sh = &w->med->shares[i];
		const struct spmc_mem_transaction *t;

		if (!sh->used || sh->first_range == FFA_NO_RANGE || sh->owner == 0 ||
		    sh->owner > FUZZ_VMS)
			continue;
		count[sh->owner]++;
		pages[sh->owner] += sh->pages;
		t = spmc_transaction_of(s, sh->handle);
		FUZZ_CHECK(t != NULL && t->complete && t->sender == sh->owner,
			   "VM %u: share %#llx is not at the SPMC", sh->owner,
			   (unsigned long long)sh->handle);
	}
	for (uint32_t i = 0; i < spmc_transaction_count(s); i++) {
		const struct spmc_mem_transaction *t = spmc_transaction_at(s, i);
		bool known = false;

		if (t->sender == 0 || t->sender > FUZZ_VMS ||
		    fuzz_live(w, t->sender - 1u) == NULL || !t->complete ||
		    t->type == FFA_MEM_TRANSACTION_TYPE_DONATE)
			continue;
		for (unsigned int j = 0; j < w->med->config.max_shares && !known; j++)
			known = w->med->shares[j].used && w->med->shares[j].handle == t->handle;
		FUZZ_CHECK(known,
			   "VM %u: transaction %#llx at the SPMC, not in the mediator's table",
			   t->sender, (unsigned long long)t->handle);
	}
	for (unsigned int i = 0; i < SIM_MAX_MAPPINGS; i++) {
		if (w->sim.mappings[i].used && w->sim.mappings[i].vm_id <= FUZZ_VMS)
			maps[w->sim.mappings[i].vm_id]++;
	}
	for (uint16_t id = 1; id <= FUZZ_VMS; id++) {
		const struct ffa_vm *vm = fuzz_live(w, id - 1u);
		const struct spmc_buffers *b;

		if (vm == NULL)
			continue;
		b = spmc_buffers_of(s, id);
		FUZZ_CHECK(count[id] == vm->share_count && pages[id] == vm->share_pages,
			   "VM %u: %u shares of %llu pages, counted %u of %llu", id, count[id],
			   (unsigned long long)pages[id], vm->share_count,
			   (unsigned long long)vm->share_pages);
		FUZZ_CHECK(maps[id] == (vm->rxtx.mapped ? 2u : 0u), "VM %u: %u mappings, mapped %d",
			   id, maps[id], vm->rxtx.mapped);
		FUZZ_CHECK((b != NULL && b->mapped) == vm->rxtx.spmc_registered,
			   "VM %u: buffers at the SPMC %d, registered %d", id,
			   b != NULL && b->mapped, vm->rxtx.spmc_registered);
	}
}

void fuzz_all_gone(struct fuzz_world *w)
{
	for (unsigned int i = 0; i < w->med->config.max_vms; i++)
		FUZZ_CHECK(!w->med->vms[i].in_use, "no VM left but slot %u in use", i);
	for (unsigned int i = 0; i < w->med->config.max_shares; i++)
		FUZZ_CHECK(!w->med->shares[i].used, "no VM left but share %u used", i);
	for (unsigned int i = 0; i < SIM_MAX_MAPPINGS; i++)
		FUZZ_CHECK(!w->sim.mappings[i].used, "no VM left but a mapping of VM %u",
			   w->sim.mappings[i].vm_id);
	for (unsigned int i = 0; i < SPMC_NOTIFY_VMS; i++)
		FUZZ_CHECK(!w->sim.spmc.notify.vms[i].used, "no VM left but notification bitmaps "
							    "at the SPMC");
}
