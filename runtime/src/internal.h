/* SPDX-License-Identifier: MIT */
/*
 * Shared between the runtime's concern files; not part of the API.
 */
#ifndef FFA_INTERNAL_H
#define FFA_INTERNAL_H

#include "ffa/ffa_dispatch.h"
#include "ffa/ffa_structs.h"
#include "ffa/mediator.h"

/* What a handler knows about the call it answers. */
struct ffa_call_ctx {
	struct ffa_mediator *m;
	struct ffa_vm *vm;
	uint16_t vcpu;
	enum ffa_version version; /* the VM's, as the call was gated */
};

/* log.c: printf-like, %s %c %d %u %x with optional '#', 'l' and 'll'. */
__attribute__((format(printf, 3, 4))) void
ffa_log(const struct ffa_mediator *m, enum ffa_log_level level,
	const char *fmt, ...);

static inline bool ffa_log_on(const struct ffa_mediator *m,
			      enum ffa_log_level level)
{
	return m->plat->log != NULL && level <= m->config.log_level;
}

/* spmc.c: the SPMC call path. */
void ffa_spmc_call(const struct ffa_mediator *m, struct ffa_regs *regs);
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
const struct ffa_partition *ffa_partition_find(const struct ffa_mediator *m, uint16_t id);
__attribute__((warn_unused_result)) int32_t
ffa_spmc_partition_ids(const struct ffa_mediator *m, const struct ffa_uuid *uuid, uint16_t *ids,
		       uint32_t max, uint32_t *count);

/*
 * vm.c: the live VM with this id, or NULL. Not locked: take its lock and
 * check it is still FFA_VM_LIVE with that id before using it.
 */
struct ffa_vm *ffa_vm_find_live(struct ffa_mediator *m, uint16_t id);
/* The same, with the VM's generation at the look-up (see ffa_vm_still). */
struct ffa_vm *ffa_vm_find_live_ref(struct ffa_mediator *m, uint16_t id, uint32_t *generation);

/* vm.c: a VM's lock and version, shared with other vCPUs. */
static inline void ffa_vm_lock(const struct ffa_mediator *m, struct ffa_vm *vm)
{
	m->plat->lock(m->plat->ctx, &vm->lock);
}

static inline void ffa_vm_unlock(const struct ffa_mediator *m,
				 struct ffa_vm *vm)
{
	m->plat->unlock(m->plat->ctx, &vm->lock);
}

static inline enum ffa_version ffa_vm_version(const struct ffa_vm *vm)
{
	return (enum ffa_version)(__atomic_load_n(&vm->version_state, __ATOMIC_ACQUIRE) & ~FFA_VM_VERSION_FROZEN);
}

static inline bool ffa_vm_version_frozen(const struct ffa_vm *vm)
{
	return (__atomic_load_n(&vm->version_state, __ATOMIC_ACQUIRE) & FFA_VM_VERSION_FROZEN) != 0;
}

/* ffa_vm_destroy() froze it at version 0: the VM is going, whatever its state says yet. */
static inline bool ffa_vm_dying(const struct ffa_vm *vm)
{
	return __atomic_load_n(&vm->version_state, __ATOMIC_ACQUIRE) == FFA_VM_VERSION_FROZEN;
}

/*
 * With the VM locked: is it still the live VM that had this id and
 * generation when it was found (not destroyed, nor another VM in its
 * slot)?
 */
static inline bool ffa_vm_still(const struct ffa_vm *vm, uint16_t id, uint32_t generation)
{
	return vm->state == FFA_VM_LIVE && vm->id == id &&
	       __atomic_load_n(&vm->generation, __ATOMIC_ACQUIRE) == generation && !ffa_vm_dying(vm);
}

/* version.c: the first successful call other than VERSION freezes it. */
static inline void ffa_version_freeze(struct ffa_vm *vm)
{
	if (!ffa_vm_version_frozen(vm))
		__atomic_fetch_or(&vm->version_state, FFA_VM_VERSION_FROZEN, __ATOMIC_ACQ_REL);
}

/* rxtx.c: the VM's RX buffer as a destination for the mediator. */
__attribute__((warn_unused_result)) int32_t
ffa_rx_claim(struct ffa_call_ctx *ctx);
void ffa_rx_fill_done(struct ffa_call_ctx *ctx);
void ffa_rx_unclaim(struct ffa_call_ctx *ctx);
void ffa_rxtx_teardown(struct ffa_mediator *m, struct ffa_vm *vm);

/* msg.c: run a destroyed VM's preempted direct requests to their end. */
int32_t ffa_msg_drain_vm(struct ffa_mediator *m, uint16_t vm);

/* mem.c: the memory transaction tables; a VM's transactions at teardown. */
void ffa_mem_init(struct ffa_mediator *m);
/* Is a page of [ipa, pages) in one of the VM's transactions (VM locked)? */
bool ffa_mem_in_transaction(struct ffa_mediator *m, const struct ffa_vm *vm, uint64_t ipa, uint32_t pages);
int32_t ffa_mem_teardown(struct ffa_mediator *m, struct ffa_vm *vm);

/*
 * notification.c: a VM's bitmaps at the SPMC, made at vm_create (its
 * status) and dropped at teardown (tried a few times, then given up); the
 * hypervisor framework's RX-buffer-full notification of a VM whose RX
 * buffer it filled, and the notification pending interrupt that tells it
 * (the VM locked and live).
 */
int32_t ffa_notify_vm_create(struct ffa_mediator *m, struct ffa_vm *vm);
void ffa_notify_vm_teardown(struct ffa_mediator *m, struct ffa_vm *vm);
void ffa_notify_rx_full(struct ffa_mediator *m, struct ffa_vm *vm);
/* A destroyed VM's bindings in the other VMs go (its id may come back). */
void ffa_notify_forget_sender(struct ffa_mediator *m, uint16_t sender);

#endif /* FFA_INTERNAL_H */
