/* SPDX-License-Identifier: MIT */
/*
 * The mediator's state: private to the runtime (hypervisors see struct
 * ffa_mediator and struct ffa_vm as opaque types in ffa/mediator.h; the
 * project's tests reach it through tests/harness/mediator_access.h).
 * The lock order, and which lock guards what, is in internal.h.
 */
#ifndef FFA_STATE_H
#define FFA_STATE_H

#include "ffa/mediator.h"

/* An open memory transaction of a VM (share or lend; a donate is gone). */
struct ffa_share {
	bool used;
	uint8_t op;              /* enum ffa_mem_op */
	uint16_t owner;          /* VM id */
	ffa_mem_handle_t handle;
	uint64_t pages;
	uint32_t first_range;    /* index into ffa_mediator.ranges, a list */
};

/* One IPA range of a transaction, as the VM gave it. */
struct ffa_share_range {
	uint64_t ipa;
	uint32_t pages;
	uint32_t next;           /* next range of the share, or FFA_NO_RANGE */
};
#define FFA_NO_RANGE UINT32_MAX
/* ffa_mediator.range_marks: two bits per pool entry, 32 entries a word. */
#define FFA_RANGE_MARKS_PER_WORD 32
#define FFA_RANGE_MARK_WORDS(ranges) \
	(((size_t)(ranges) + FFA_RANGE_MARKS_PER_WORD - 1) / FFA_RANGE_MARKS_PER_WORD)

/* One cached partition information descriptor (as the SPMC gave it). */
struct ffa_partition {
	uint16_t id;
	uint16_t exec_ctx_count;
	uint32_t properties;
	struct ffa_uuid uuid;
	/* Its FFA_PARTITION_INFO_GET_REGS info register: ffa_partition_regs_info(). */
	uint64_t regs_info;
};

enum ffa_rx_state {
	FFA_RX_FREE,     /* the producer side may write it */
	FFA_RX_FULL,     /* the VM owns it until FFA_RX_RELEASE */
};

/* Set in ffa_vm.version_state when the version can no longer change. */
#define FFA_VM_VERSION_FROZEN (1U << 31)
/*
 * Set with FFA_VM_VERSION_FROZEN when the mediator logs no calls: a call
 * that succeeds leaves the call path nothing to do after its handler, and
 * one test of the word it loaded anyway says so.
 */
#define FFA_VM_VERSION_QUIET (1U << 30)
#define FFA_VM_VERSION_FLAGS (FFA_VM_VERSION_FROZEN | FFA_VM_VERSION_QUIET)

/* A VM's memory transaction descriptor arriving in fragments. */
struct ffa_mem_frag {
	bool active;
	uint8_t op;               /* enum ffa_mem_op */
	uint32_t total;           /* the VM's descriptor length */
	uint32_t received;        /* bytes of it so far */
	uint32_t ranges;          /* constituents it announced */
	uint32_t ranges_seen;
	uint32_t first_range;     /* the pool list, filled in order */
	uint32_t next_range;      /* the next to fill */
	uint64_t pages;           /* pages it announced */
	uint64_t pages_seen;
	uint32_t out_total;       /* the SPMC's descriptor length */
	uint32_t out_sent;
	ffa_mem_handle_t handle;  /* the SPMC's */
	struct ffa_share *slot;
};

/*
 * Notifications (DEN0077A v1.2 §10, §16) a VM receives from other VMs and
 * from the hypervisor; those from partitions live at the SPMC. Per-vCPU
 * ones reach vCPUs 0 to config.max_vcpus - 1: their arrays are the VM's
 * part of the mediator's memory, set at init and kept for the slot.
 */
#define FFA_NOTIFY_COUNT 64
struct ffa_vm_notify {
	/* Set at creation: the vCPUs per-vCPU notifications reach (config.max_vcpus at most). */
	uint32_t vcpus;
	/* The VM's lock. */
	bool bitmap_created;      /* the SPMC keeps this VM's bitmaps */
	uint64_t vm_bound;        /* bound to a sender VM (vm_sender[i]) */
	uint64_t vm_per_vcpu;     /* of those, per-vCPU */
	uint16_t vm_sender[FFA_NOTIFY_COUNT];
	/*
	 * Atomic: or-ed in under the VM's lock (the VM checked live), taken
	 * out without a lock (GET, INFO_GET).
	 */
	uint64_t vm_pending;      /* global ones pending */
	uint64_t *vm_pending_vcpu;     /* [config.max_vcpus] */
	uint32_t hyp_pending;     /* hypervisor framework notifications */
	/* Pending and not yet reported by FFA_NOTIFICATION_INFO_GET. */
	bool info_global;
	uint64_t *info_vcpus;          /* bit i % 64 of word i / 64: vCPU i */
};

enum ffa_vm_state {
	FFA_VM_FREE,      /* the slot is unused */
	FFA_VM_CREATING,  /* partitions are being told of it */
	FFA_VM_LIVE,
	FFA_VM_DYING,     /* destroyed; partitions still to be told */
};

/*
 * Per-VM state. Private to the runtime: read it only through the API.
 * What protects each group is said above it (the lock order: internal.h).
 */
struct ffa_vm {
	struct ffa_lock lock;
	/*
	 * The slot: written under the VM table lock and the VM's lock both
	 * (either is enough to read), except state becoming FFA_VM_DYING
	 * (the VM's lock). id, vcpu_count and aarch64 do not change while
	 * the VM lives: its own calls read them without a lock. live: the
	 * VM table lock alone.
	 */
	bool in_use;             /* not FFA_VM_FREE: the id is taken (in the index) */
	bool live;               /* FFA_VM_LIVE and not being destroyed: found by id */
	enum ffa_vm_state state;
	uint16_t id;
	/*
	 * Bumped each time the slot takes a VM: code that found a VM under
	 * one lock and comes back to it under another checks it is still
	 * that VM (id and generation), not a new one in its slot.
	 */
	uint32_t generation;
	uint16_t vcpu_count;
	bool aarch64;
	/* The VM's lock: cache indexes still to be told the VM is destroyed, if they want it. */
	uint64_t destroy_pending[(FFA_MAX_PARTITIONS + 63) / 64];
	/*
	 * Atomic, no lock. The negotiated version (FFA_VERSION_1_0 until the VM negotiates)
	 * and FFA_VM_VERSION_FROZEN once a call other than VERSION went
	 * through: one word, so vCPUs agree on both without a lock.
	 */
	uint32_t version_state;
	/* The VM's lock (changed with the transactions' lock held too). */
	uint32_t share_count;     /* open memory transactions */
	uint64_t share_pages;     /* pages in them */
	/* The VM's lock: a memory transaction descriptor arriving in fragments. */
	struct ffa_mem_frag frag;
	/* See struct ffa_vm_notify. */
	struct ffa_vm_notify notify;
	/* The VM's lock: its RX/TX buffers. */
	struct {
		bool mapped;
		bool spmc_registered; /* the SPMC knows the buffers too */
		bool spmc_acquired;   /* we hold the RX from the SPMC */
		enum ffa_rx_state rx_state;
		uint32_t pages;
		uint64_t tx_ipa;
		uint64_t rx_ipa;
		const void *tx;       /* hypervisor mapping, read-only */
		void *rx;             /* hypervisor mapping, writable */
	} rxtx;
};

struct ffa_mediator {
	/*
	 * Written by ffa_mediator_init() alone, read without a lock after it:
	 * the platform, the configuration, what the SPMC said, the partitions.
	 */
	const struct ffa_platform *plat;
	struct ffa_config config;
	enum ffa_version version;      /* with the SPMC: min(ours, cap, the SPMC's) */
	enum ffa_version vm_version_max; /* the highest a VM may negotiate */
	bool log_calls;                /* log each call (FFA_LOG_VERBOSE) */
	enum ffa_version spmc_version; /* what the SPMC answered */
	uint16_t spmc_id;
	bool spmc_has_spm_id;
	/* Largest RX/TX buffer the SPMC takes, in 4K pages (0: no limit). */
	uint32_t spmc_rxtx_max_pages;
	/* Function numbers the SPMC implements, per convention. */
	uint64_t spmc_smc32[4];
	uint64_t spmc_smc64[4];
	/* The partitions, read from the SPMC at init. */
	uint32_t partition_count;
	bool partitions_have_uuids;    /* an FF-A 1.0 SPMC gives none */
	struct ffa_partition partitions[FFA_MAX_PARTITIONS];
	/*
	 * Atomic, changed under the VM table lock: the tag of the list VMs
	 * see (partitions and VMs), which changes with it.
	 */
	uint16_t partitions_tag;
	/* Guards the contents of config.hyp_rx and config.hyp_tx. */
	struct ffa_lock hyp_buffers_lock;
	/*
	 * Partition vCPUs a VM's direct request was preempted on (FFA_INTERRUPT
	 * or FFA_YIELD): only that VM may resume them with FFA_RUN. Under
	 * preempted_lock.
	 */
	struct ffa_lock preempted_lock;
	struct {
		uint16_t partition;
		uint16_t vcpu;
		uint16_t vm;     /* 0: free entry */
	} preempted[FFA_MAX_PREEMPTED];
	/*
	 * Memory transactions: the table and a free list of ranges, under
	 * shares_lock. A VM's own entries are added and removed only by the
	 * holder of that VM's lock, so they stay its while that lock is held.
	 */
	struct ffa_lock shares_lock;
	uint32_t free_range;
	struct ffa_share *shares;          /* [config.max_shares] */
	struct ffa_share_range *ranges;    /* [config.max_share_ranges] */
	/*
	 * Scratch of the sorted overlap check (mem_table.c), under
	 * shares_lock: pool indices sorted by address, and marks per pool
	 * entry, all clear between checks.
	 */
	uint32_t *range_order;             /* [config.max_share_ranges] */
	uint64_t *range_marks;             /* [FFA_RANGE_MARK_WORDS(config.max_share_ranges)] */
	/*
	 * The VM table, under vms_lock: the slots, and an index from VM id
	 * to slot (open addressing, linear probing, at most half full) of
	 * every slot in use, so a VM is found in constant time. Each VM's
	 * own state: see struct ffa_vm. The arrays are in the memory after
	 * this struct (ffa_mediator_size()).
	 */
	struct ffa_lock vms_lock;
	struct ffa_vm *vms;                /* [config.max_vms] */
	uint16_t *index;                   /* slot + 1, or 0: free */
	uint32_t index_bits;               /* 1 << index_bits entries */
	/* No live VM in slot live_end or after: lists of VMs stop there. */
	uint32_t live_end;
};

#endif /* FFA_STATE_H */
