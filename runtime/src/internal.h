/* SPDX-License-Identifier: MIT */
/*
 * Shared between the runtime's concern files; not part of the API.
 */
#ifndef FFA_INTERNAL_H
#define FFA_INTERNAL_H

#include "ffa/ffa_dispatch.h"
#include "ffa/ffa_structs.h"
#include "atomic.h"
#include "state.h"

/*
 * The lock order, the one statement of it. A CPU takes the mediator's
 * locks in increasing rank; VM locks, all of one rank, by increasing
 * address (two VMs messaging each other cannot deadlock). Each struct
 * ffa_lock carries its rank, so a platform can check the order.
 *  1. a VM's lock (ffa_vm.lock): that VM's buffers, transactions,
 *     bindings, lifecycle; held across SPMC calls made for that VM.
 *  2. the VM table (ffa_mediator.vms_lock): the slots and the index from
 *     VM id to slot; taken inside a VM's lock to list the VMs into its
 *     RX buffer; never held across an SPMC call.
 *  3. the hypervisor's RX/TX buffers with the SPMC (hyp_buffers_lock):
 *     held while the mediator writes a descriptor there and the SPMC
 *     reads it (so across that SPMC call); a fragmented transaction
 *     takes the transactions' lock inside it, for each constituent.
 *  4. the memory transactions' table and range pool (shares_lock): never
 *     held across an SPMC call.
 *  5. the preempted partition vCPUs (preempted_lock): a leaf, never held
 *     across an SPMC call.
 * A VM found under the table lock is locked after the table lock is
 * dropped, and checked to be the VM found (ffa_vm_lock_ref()).
 */
enum ffa_lock_rank {
	FFA_LOCK_RANK_VM = 1,
	FFA_LOCK_RANK_VM_TABLE = 2,
	FFA_LOCK_RANK_HYP_BUFFERS = 3,
	FFA_LOCK_RANK_SHARES = 4,
	FFA_LOCK_RANK_PREEMPTED = 5,
};

/*
 * Code no speed goal rests on: what runs once per mediator or per VM
 * lifetime (start-up, a VM's creation, RX/TX set-up and teardown), error
 * paths, and the once-a-call work of calls ./run bench measures per page
 * or not at all (a memory transaction's front and end, not its page
 * walk). Compiled for size, as Linux's __init and __cold are (GCC's and
 * Clang's cold attribute).
 */
#define FFA_COLD __attribute__((__cold__))

/* What a handler knows about the call it answers. */
struct ffa_call_ctx {
	struct ffa_mediator *m;
	struct ffa_vm *vm;
	uint16_t vcpu;
	enum ffa_version version; /* the VM's, as the call was gated */
};

/*
 * log.c: printf-like, formatted by the platform's vlog op: only the
 * conversions platform.h lists (-Wformat checks the arguments).
 */
__attribute__((format(printf, 3, 4))) void
ffa_log(const struct ffa_mediator *m, enum ffa_log_level level,
	const char *fmt, ...);

static inline bool ffa_log_on(const struct ffa_mediator *m,
			      enum ffa_log_level level)
{
	return m->plat->vlog != NULL && level <= m->config.log_level;
}

/*
 * layout.c: the capacities of a configuration (0: the default), and the
 * tables in the memory after struct ffa_mediator, zeroed, VM locks made.
 */
void ffa_config_capacities(struct ffa_config *c);
void ffa_layout_tables(struct ffa_mediator *m);

/*
 * spmc.c: the SPMC call path. ffa_spmc_call() sends x0..x7 as an encoder
 * wrote them and x8..x17 as zero (so a caller's regs need no initialiser);
 * ffa_spmc_call_regs() sends all of x0..x17 as they are.
 */
void ffa_spmc_call(const struct ffa_mediator *m, struct ffa_regs *regs);
void ffa_spmc_error_checked(const struct ffa_mediator *m, struct ffa_regs *regs);

/*
 * Every call to the SPMC, x0 to x17 as they are. An FFA_ERROR reply leaves
 * with its status checked once, in ffa_spmc_error_checked(). Inline: the
 * SMC and a test, in DIRECT_REQ2's lane as in ffa_spmc_call().
 */
static inline void ffa_spmc_call_regs(const struct ffa_mediator *m, struct ffa_regs *regs)
{
	m->plat->smc(m->plat->ctx, regs);
	if (__builtin_expect((uint32_t)regs->x[0] == FFA_ERROR_32, 0))
		ffa_spmc_error_checked(m, regs);
}
/* ffa_spmc_call() of a call whose result is a bare FFA_SUCCESS: its status. */
int32_t ffa_spmc_call_status(const struct ffa_mediator *m, struct ffa_regs *regs);
/* Did the SPMC say (FFA_FEATURES at init) it implements fid? */
static inline bool ffa_spmc_implements(const struct ffa_mediator *m, uint32_t fid)
{
	const uint32_t n = (fid & FFA_FUNCTION_ID_NUMBER_MASK) - FFA_FUNCTION_NUMBER_FIRST;
	const uint64_t *set = (fid & FFA_FUNCTION_ID_SMC64_MASK) ? m->spmc_smc64 : m->spmc_smc32;

	return n < 256 && (set[n / 64] >> (n % 64) & 1) != 0;
}
__attribute__((warn_unused_result)) int32_t
ffa_spmc_rx_acquire(const struct ffa_mediator *m, uint16_t vm_id);
__attribute__((warn_unused_result)) int32_t
ffa_spmc_rx_release(const struct ffa_mediator *m, uint16_t vm_id);
__attribute__((warn_unused_result)) int32_t
ffa_spmc_rxtx_map(const struct ffa_mediator *m, uint64_t tx_pa, uint64_t rx_pa, uint32_t pages);
__attribute__((warn_unused_result)) int32_t
ffa_spmc_rxtx_unmap(const struct ffa_mediator *m, uint16_t vm_id);
/*
 * The cached partition with this id (its first UUID's entry), or NULL.
 * Out of line for every caller, DIRECT_REQ2's lane too: a call costs it
 * 4 instructions and saves the loop in both copies of its handler.
 */
const struct ffa_partition *ffa_partition_find(const struct ffa_mediator *m, uint16_t id);
__attribute__((warn_unused_result)) int32_t
ffa_spmc_partition_ids(struct ffa_mediator *m, const struct ffa_uuid *uuid, uint16_t *ids,
		       uint32_t max, uint32_t *count);

/*
 * vm.c: VMs found by id, and their locks.
 *
 * State under a VM's lock is reached through a struct ffa_vm_locked, which
 * only the functions below hand out: a function that needs the lock takes
 * one, so it cannot be called without it (Hafnium's struct vm_locked).
 * A VM is found by id under the table lock, and locked after that lock is
 * dropped (the lock order), so whoever locks a VM it found checks it is
 * still the same live VM:
 * ffa_vm_find_locked() and ffa_vm_lock_ref() do that in one step.
 */
struct ffa_vm_locked {
	struct ffa_vm *vm; /* NULL: none (not found, or no longer that VM) */
};

/* A live VM as found by id: the slot's generation tells a new VM in it. */
struct ffa_vm_ref {
	struct ffa_vm *vm; /* NULL: none was live */
	uint32_t generation;
	uint16_t id;
};

struct ffa_vm_ref ffa_vm_find_ref(struct ffa_mediator *m, uint16_t id);
/* The VM of ref, locked, if it is still that live VM; else none (no lock held). */
struct ffa_vm_locked ffa_vm_lock_ref(const struct ffa_mediator *m, const struct ffa_vm_ref *ref);
/* The live VM with this id, locked and checked in one step (Hafnium's vm_find_locked()). */
struct ffa_vm_locked ffa_vm_find_locked(struct ffa_mediator *m, uint16_t id);
/*
 * A VM whose slot the caller keeps from being reused: the VM of the call
 * being handled (its vCPUs run, so the hypervisor has not destroyed it),
 * or the one being created or destroyed. Its state may still be
 * FFA_VM_DYING: check it where that matters.
 */
struct ffa_vm_locked ffa_vm_lock(const struct ffa_mediator *m, struct ffa_vm *vm);
/* Drop the lock; locked no longer names the VM. */
void ffa_vm_unlock(const struct ffa_mediator *m, struct ffa_vm_locked *locked);
/*
 * own (as ffa_vm_lock) and the VM of peer, both locked in address order.
 * When peer is no longer that live VM, only own is locked (*peer_locked
 * names none) and the result is false.
 */
bool ffa_vm_lock_with(const struct ffa_mediator *m, struct ffa_vm *own,
		      const struct ffa_vm_ref *peer, struct ffa_vm_locked *own_locked,
		      struct ffa_vm_locked *peer_locked);

static inline enum ffa_version ffa_vm_version(const struct ffa_vm *vm)
{
	return (enum ffa_version)(ffa_atomic_load_acquire(&vm->version_state) &
				  ~FFA_VM_VERSION_FLAGS);
}

static inline bool ffa_vm_version_frozen(const struct ffa_vm *vm)
{
	return (ffa_atomic_load_acquire(&vm->version_state) & FFA_VM_VERSION_FROZEN) != 0;
}

/* ffa_vm_destroy() froze it at version 0: the VM is going, whatever its state says yet. */
static inline bool ffa_vm_dying(const struct ffa_vm *vm)
{
	return ffa_atomic_load_acquire(&vm->version_state) == FFA_VM_VERSION_FROZEN;
}

/*
 * version.c: the first successful call other than VERSION freezes it.
 * True if this call did (a call on another vCPU may have too).
 */
static inline bool ffa_version_freeze(const struct ffa_mediator *m, struct ffa_vm *vm)
{
	if (ffa_vm_version_frozen(vm))
		return false;
	ffa_atomic_or_release(&vm->version_state,
			      FFA_VM_VERSION_FROZEN | (m->log_calls ? 0 : FFA_VM_VERSION_QUIET));
	return true;
}

/* rxtx.c: the VM's RX buffer as a destination for the mediator. */
__attribute__((warn_unused_result)) int32_t
ffa_rx_claim(const struct ffa_mediator *m, struct ffa_vm_locked vm);
void ffa_rx_fill_done(struct ffa_vm_locked vm);
void ffa_rx_unclaim(const struct ffa_mediator *m, struct ffa_vm_locked vm);
void ffa_rxtx_teardown(struct ffa_mediator *m, struct ffa_vm_locked vm);

/* msg.c: run a destroyed VM's preempted direct requests to their end. */
int32_t ffa_msg_drain_vm(struct ffa_mediator *m, uint16_t vm);
/*
 * msg.c, for msg_lane.h: the answer for a direct request to an id no
 * partition has; a DIRECT_REQ2's reply other than its partition's
 * DIRECT_RESP2, with the caller's x8..x17 put back.
 */
int32_t ffa_msg_no_partition(const struct ffa_call_ctx *ctx, uint16_t id);
int32_t ffa_msg_req2_other_reply(const struct ffa_call_ctx *ctx, struct ffa_regs *out,
				 uint16_t from, const uint64_t *caller_x8);

/*
 * vm.c: the VMs some VMs see in their partition lists changed other than
 * by a VM coming or going (one settled on 1.0 leaves them): a new tag.
 */
void ffa_vm_list_changed(struct ffa_mediator *m);

/* partinfo.c: p's FFA_PARTITION_INFO_GET_REGS info register, with every property p has. */
uint64_t ffa_partition_regs_info(const struct ffa_partition *p);
/*
 * partinfo.c: FFA_PARTITION_INFO_GET_REGS of caller at version v for a
 * UUID other than Nil, its halves as x1 and x2 carry them, from the
 * decoded start index and tag (partinfo_lane.h). Compiled for size.
 */
__attribute__((__cold__)) int32_t
ffa_partinfo_regs_selected(struct ffa_mediator *m, const struct ffa_vm *caller,
			   enum ffa_version v, uint64_t uuid_lo, uint64_t uuid_hi, uint32_t start,
			   uint32_t tag, struct ffa_regs *out);

/* mem*.c (mem.h): the memory transaction tables; a VM's transactions at teardown. */
void ffa_mem_init(struct ffa_mediator *m);
/* Is a page of [ipa, pages) in one of the VM's transactions? */
bool ffa_mem_in_transaction(struct ffa_mediator *m, struct ffa_vm_locked vm, uint64_t ipa,
			    uint32_t pages);
int32_t ffa_mem_teardown(struct ffa_mediator *m, struct ffa_vm_locked vm);
/*
 * pages pages (FFA_RXTX_MAP_MAX_PAGES at most) of the VM from ipa as a
 * composite memory region at off in the hypervisor's TX buffer (its lock
 * held) for an endpoint RX/TX descriptor, physically contiguous pages in
 * one constituent; the offset after it, or 0 if a page has no physical
 * address.
 */
size_t ffa_mem_describe_region(struct ffa_mediator *m, uint16_t vm_id, uint64_t ipa,
			       uint32_t pages, size_t off);

/*
 * notification.c: a VM's bitmaps at the SPMC, made at vm_create (its
 * status) and dropped at teardown (tried a few times, then given up); the
 * hypervisor framework's RX-buffer-full notification of a VM whose RX
 * buffer it filled, and the notification pending interrupt that tells it
 * (the VM live).
 */
int32_t ffa_notify_vm_create(struct ffa_mediator *m, struct ffa_vm_locked vm);
void ffa_notify_vm_teardown(struct ffa_mediator *m, struct ffa_vm_locked vm);
void ffa_notify_rx_full(struct ffa_mediator *m, struct ffa_vm_locked vm);
/* A destroyed VM's bindings in the other VMs go (its id may come back). */
void ffa_notify_forget_sender(struct ffa_mediator *m, uint16_t sender);

#endif /* FFA_INTERNAL_H */
