/* SPDX-License-Identifier: MIT */
/*
 * What the hypervisor gives the mediator: the only way out of the runtime.
 * Every op gets the hypervisor's own context pointer first.
 */
#ifndef FFA_PLATFORM_H
#define FFA_PLATFORM_H

#include <stdarg.h>

#include "ffa/ffa_abi.h"

/*
 * Storage for one hypervisor lock, embedded in the mediator's own state so
 * the runtime never allocates. The hypervisor places its lock type in it
 * (checking its size against FFA_LOCK_SIZE at build time).
 */
#ifndef FFA_LOCK_SIZE
#define FFA_LOCK_SIZE 64
#endif
struct ffa_lock {
	_Alignas(16) unsigned char opaque[FFA_LOCK_SIZE];
	/*
	 * The lock's rank in the mediator's lock order, set before lock_init
	 * (runtime/src/internal.h states the order). A CPU takes locks in
	 * increasing rank, locks of equal rank (VMs') by increasing address:
	 * a debug build of the platform may check it in its lock op.
	 */
	uint8_t rank;
};

enum ffa_log_level {
	FFA_LOG_ERROR,   /* the mediator or the SPMC misbehaved */
	FFA_LOG_WARN,    /* unexpected but handled (an SPMC error, say) */
	FFA_LOG_INFO,    /* lifecycle: init, VM create and destroy */
	FFA_LOG_VERBOSE, /* each call and its verdict; a guest's mistakes */
};

/* The three ways a VM gives memory to partitions. */
enum ffa_mem_op {
	FFA_MEM_OP_SHARE,   /* the VM keeps access */
	FFA_MEM_OP_LEND,    /* the VM loses access until it reclaims */
	FFA_MEM_OP_DONATE,  /* the VM loses the memory for good */
};

struct ffa_platform {
	void *ctx;

	/*
	 * Call the SPMC (an SMC from EL2): regs holds x0..x17 on the way in
	 * and the SPMC's reply on the way out.
	 */
	void (*smc)(void *ctx, struct ffa_regs *regs);

	/*
	 * Map pages 4K pages of a VM's IPA space from ipa into the
	 * hypervisor, read-only or writable, and pin them so they stay the
	 * VM's while mapped. Returns FFA_OK and the hypervisor's address, or
	 * an FF-A status: INVALID_PARAMETERS when the range is not the VM's
	 * memory, NO_MEMORY when the hypervisor runs out of resources.
	 */
	int32_t (*map_guest)(void *ctx, uint16_t vm_id, uint64_t ipa,
			     uint32_t pages, bool writable, void **va);
	/* Undo one successful map_guest (same vm_id, va and pages). */
	void (*unmap_guest)(void *ctx, uint16_t vm_id, void *va,
			    uint32_t pages);
	/*
	 * Physical address of the 4K page at ipa of a VM, for descriptors
	 * the SPMC reads. Only asked for pages mapped with map_guest or
	 * claimed with mem_claim.
	 */
	int32_t (*ipa_to_pa)(void *ctx, uint16_t vm_id, uint64_t ipa,
			     uint64_t *pa);
	/*
	 * Before the SPMC hears of a memory transaction: pin pages 4K pages of
	 * a VM's normal memory from ipa so the VM cannot unmap, balloon or
	 * give them again while the transaction lasts, and for a lend or a
	 * donate also take them out of the VM's stage-2 translation. Returns
	 * FFA_OK, or DENIED with nothing changed: not the VM's normal memory
	 * (Hafnium answers DENIED for pages the sender's stage 2 does not
	 * map), or pages pinned already.
	 */
	int32_t (*mem_claim)(void *ctx, uint16_t vm_id, uint64_t ipa, uint32_t pages,
			     enum ffa_mem_op op);
	/*
	 * Undo mem_claim when the transaction ends (reclaim) or never began:
	 * unpin, and give lent (or not yet donated) pages back to the VM.
	 */
	void (*mem_unclaim)(void *ctx, uint16_t vm_id, uint64_t ipa, uint32_t pages,
			    enum ffa_mem_op op);

	/* Physical address of the hypervisor's own memory at va. */
	uint64_t (*va_to_pa)(void *ctx, const void *va);

	/* Locks: init once, then lock/unlock from any CPU. */
	void (*lock_init)(void *ctx, struct ffa_lock *lock);
	void (*lock)(void *ctx, struct ffa_lock *lock);
	void (*unlock)(void *ctx, struct ffa_lock *lock);

	/*
	 * Raise virtual interrupt intid on one vCPU of a VM. Called with
	 * that VM's lock held and the VM live, so never for a VM after
	 * ffa_vm_destroy(): it must take no lock of the mediator.
	 */
	void (*inject_virq)(void *ctx, uint16_t vm_id, uint16_t vcpu,
			    uint32_t intid);

	/*
	 * VM-to-VM policy: may VM sender send indirect messages to VM
	 * receiver? NULL means never, the default. Called with VM locks
	 * held: keep it a short lookup that takes no lock of the mediator.
	 */
	bool (*vm_messaging_allowed)(void *ctx, uint16_t sender, uint16_t receiver);

	/*
	 * One log line, printf-like: the hypervisor formats fmt and ap with
	 * its own printf (Xen's vsnprintf, Linux's vprintk; fmt has no
	 * trailing newline), so the runtime carries no formatter. May be
	 * NULL. The runtime's formats use only what every printf (C's,
	 * Linux's, Xen's) formats alike: %d (int), %u and %x (unsigned int),
	 * %llx (unsigned long long), %s (never NULL) and literal text; no
	 * flags, width, precision, %p or other length. A hex value is written
	 * "0x%x": C's and Xen 4.17's printf print %#x of 0 as "0", Linux's
	 * as "0x0". The log_formats test (tests/log_formats.py) checks it.
	 */
	void (*vlog)(void *ctx, enum ffa_log_level level, const char *fmt, va_list ap);
};

#endif /* FFA_PLATFORM_H */
