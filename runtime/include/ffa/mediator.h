/* SPDX-License-Identifier: MIT */
/*
 * The FF-A mediator's API for a hypervisor.
 *
 *   static struct ffa_mediator med;          (any storage the hypervisor owns)
 *   ffa_mediator_init(&med, &platform, &config);
 *   vm = ffa_vm_create(&med, id, aarch64, vcpu_count, &status);
 *   ... on each trapped SMC/HVC of the VM:
 *   if (ffa_handle_call(&med, vm, vcpu, &regs)) resume the guest with regs;
 *   ffa_vm_destroy(&med, vm);
 *
 * The mediator keeps its per-VM state in its own table, so nothing is
 * allocated and a VM whose teardown the SPMC has not finished keeps its id.
 */
#ifndef FFA_MEDIATOR_H
#define FFA_MEDIATOR_H

#include "ffa/ffa_abi.h"
#include "ffa/platform.h"

#if FFA_GEN_ABI != 1
#error "generated/ does not match this runtime: run python3 generator/ffagen.py"
#endif

/* Capacity of the mediator's tables; a hypervisor may raise them. */
#ifndef FFA_MAX_VMS
#define FFA_MAX_VMS 32
#endif
#if FFA_MAX_VMS > 64
#error "FFA_MAX_VMS is at most 64 (one bit per VM in ffa_mediator.live)"
#endif
#ifndef FFA_MAX_PARTITIONS
#define FFA_MAX_PARTITIONS 64
#endif
/* Open memory transactions, and the address ranges they were given in. */
#ifndef FFA_MAX_SHARES
#define FFA_MAX_SHARES 256
#endif
#ifndef FFA_MAX_SHARE_RANGES
#define FFA_MAX_SHARE_RANGES 4096
#endif
/* Partition vCPUs preempted in a VM's direct request at one time. */
#ifndef FFA_MAX_PREEMPTED
#define FFA_MAX_PREEMPTED 64
#endif
/* Receivers of one memory transaction. */
#ifndef FFA_MAX_MEM_RECEIVERS
#define FFA_MAX_MEM_RECEIVERS 8
#endif

struct ffa_config {
	/*
	 * The hypervisor's own RX and TX buffers for talking to the SPMC:
	 * page-aligned, hyp_buffer_pages 4K pages each.
	 */
	void *hyp_rx;
	void *hyp_tx;
	uint32_t hyp_buffer_pages;
	/*
	 * Largest RX/TX buffer a VM may map, in 4K pages: 1 to
	 * FFA_RXTX_MAP_MAX_PAGES (63, all w3[5:0] of FFA_RXTX_MAP can say);
	 * 0 means that maximum.
	 */
	uint32_t vm_rxtx_max_pages;
	/* Most detailed log level passed to the platform's log op. */
	enum ffa_log_level log_level;
	/*
	 * Per VM: open memory transactions (0: 64) and 4K pages in them (0:
	 * 1 << 20, 4 GiB); beyond them NO_MEMORY.
	 */
	uint32_t vm_max_shares;
	uint64_t vm_max_share_pages;
	/*
	 * The virtual interrupts the hypervisor injects for notifications,
	 * reported to VMs by FFA_FEATURES: the schedule receiver interrupt
	 * (0: FFA_SRI_INTID_DEFAULT) and the notification pending interrupt
	 * (0: FFA_NPI_INTID_DEFAULT). Linux takes SGIs 8 and above for them.
	 */
	uint32_t sri_intid;
	uint32_t npi_intid;
	/*
	 * The highest FF-A version the mediator negotiates with the SPMC
	 * (FFA_VERSION_1_0 to FFA_VERSION_MEDIATOR_MAX; 0: no cap), for an
	 * SPMC that claims a version it does not serve well (TF-A 2.12's EL3
	 * SPMC answers 1.2 but refuses memory transactions from a 1.2
	 * caller). VMs are still offered the newest version the mediator
	 * serves over that SPMC (README: "Versions").
	 */
	enum ffa_version spmc_version_max;
};
#define FFA_SRI_INTID_DEFAULT 8
#define FFA_NPI_INTID_DEFAULT 9

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

/* One cached partition information descriptor (as the SPMC gave it). */
struct ffa_partition {
	uint16_t id;
	uint16_t exec_ctx_count;
	uint32_t properties;
	struct ffa_uuid uuid;
};

enum ffa_rx_state {
	FFA_RX_FREE,     /* the producer side may write it */
	FFA_RX_FULL,     /* the VM owns it until FFA_RX_RELEASE */
};

/* Set in ffa_vm.version_state when the version can no longer change. */
#define FFA_VM_VERSION_FROZEN (1U << 31)

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
 * ones reach vCPUs 0 to FFA_NOTIFY_VCPUS - 1.
 */
#define FFA_NOTIFY_VCPUS 64
#define FFA_NOTIFY_COUNT 64
struct ffa_vm_notify {
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
	uint64_t vm_pending_vcpu[FFA_NOTIFY_VCPUS];
	uint32_t hyp_pending;     /* hypervisor framework notifications */
	/* Pending and not yet reported by FFA_NOTIFICATION_INFO_GET. */
	bool info_global;
	uint64_t info_vcpus;      /* bit i: vCPU i */
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
	 * the VM lives: its own calls read them without a lock.
	 */
	bool in_use;             /* not FFA_VM_FREE: the id is taken */
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
	/* The VM's lock: partitions (cache indexes) still to get a VM destroyed message. */
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
	struct ffa_share shares[FFA_MAX_SHARES];
	struct ffa_share_range ranges[FFA_MAX_SHARE_RANGES];
	/*
	 * The VM table, under vms_lock; live has bit i set when vms[i] is
	 * FFA_VM_LIVE. Each VM's own state: see struct ffa_vm.
	 */
	struct ffa_lock vms_lock;
	uint64_t live;
	struct ffa_vm vms[FFA_MAX_VMS];
};

/*
 * Negotiate a version with the SPMC, learn which ids it implements, map
 * the hypervisor's RX/TX buffers with it and read the partition list
 * (asked again, a few times, while the SPMC answers BUSY, RETRY or
 * INTERRUPTED). Returns FFA_OK, or the FF-A status that stopped it, with
 * a log line saying which step, and what the hypervisor should do:
 *  - INVALID_PARAMETERS before any call to the SPMC: config is wrong
 *    (buffers missing, a page count out of range); fix it.
 *  - NOT_SUPPORTED: no FF-A version in common, or an SPMC without 4K RX/TX
 *    buffers: there is no FF-A with this SPMC. Run VMs without it (do not
 *    pass their calls to ffa_handle_call(); answer NOT_SUPPORTED).
 *  - INVALID_PARAMETERS after FFA_FEATURES(RXTX_MAP): the SPMC takes
 *    smaller buffers than config.hyp_buffer_pages; use fewer pages.
 *  - the SPMC's refusal of FFA_RXTX_MAP (DENIED: buffers of the normal
 *    world already mapped, by an earlier boot stage say): nothing the
 *    mediator can undo; run without FF-A.
 *  - BUSY, RETRY or INTERRUPTED: the SPMC kept answering the partition
 *    query so; nothing was left mapped, so call ffa_mediator_init() again
 *    later.
 *  - NO_MEMORY: more partition descriptors than FFA_MAX_PARTITIONS;
 *    build with a larger one. Any other status of the partition query:
 *    the SPMC is unusable; run without FF-A.
 * On failure m may be initialised again; it must not be used otherwise.
 */
__attribute__((warn_unused_result)) int32_t
ffa_mediator_init(struct ffa_mediator *m, const struct ffa_platform *plat,
		  const struct ffa_config *config);

/*
 * Start mediating for a VM: id (1 to 0x7fff; 0 is the hypervisor),
 * AArch64 or AArch32, vcpu_count vCPUs. Partitions that asked for VM
 * created messages get one first, then the SPMC makes the VM's
 * notification bitmaps (when it implements them). Returns the VM's
 * handle for ffa_handle_call(), or NULL with *status INVALID_PARAMETERS
 * (bad id, or one in use or still being torn down; no vCPU), NO_MEMORY
 * (table full), the error of a partition that refused the VM (BUSY after
 * a few tries: try again later), or the SPMC's refusal of the bitmaps
 * (NO_MEMORY when it has no room, say). After a refusal nothing of the
 * VM is left: the partitions told it exists are told it is destroyed, and
 * the id is free.
 */
struct ffa_vm *ffa_vm_create(struct ffa_mediator *m, uint16_t id,
			     bool aarch64, uint16_t vcpu_count,
			     int32_t *status);

/*
 * Stop mediating for a VM (its vCPUs must no longer run): unmap and
 * unregister its buffers, destroy its notification bitmaps at the SPMC
 * (tried a few times; a refusal is logged, not retried), tell the
 * partitions that asked for VM destroyed messages, and reclaim its open
 * memory transactions. Returns FFA_OK when that is done and the slot
 * free, or FFA_RETRY when a partition answered BUSY, RETRY or INTERRUPTED
 * or still holds some of the VM's memory: the VM's id stays taken until
 * ffa_vm_destroy_poll() returns FFA_OK. A partition refusing the message
 * with any other status is logged and not asked again (as in Xen).
 */
int32_t ffa_vm_destroy(struct ffa_mediator *m, struct ffa_vm *vm);

/* Try the VM destroyed messages still due; FFA_OK once all were taken. */
int32_t ffa_vm_destroy_poll(struct ffa_mediator *m, struct ffa_vm *vm);

/*
 * Handle one SMC or HVC a VM trapped with. Returns true when it was an FF-A
 * call: regs then holds the reply to resume the vCPU with. Returns false,
 * regs untouched, for any other id (PSCI, say), which the hypervisor
 * handles itself.
 */
bool ffa_handle_call(struct ffa_mediator *m, struct ffa_vm *vm,
		     uint16_t vcpu, struct ffa_regs *regs);

/*
 * The SPMC raised the schedule receiver interrupt: partitions notified
 * VMs. Call from the hypervisor's handler of the physical SRI. The
 * mediator asks the SPMC which VMs and vCPUs have notifications pending
 * (FFA_NOTIFICATION_INFO_GET) and injects the virtual SRI into each of
 * those VMs, and only those.
 */
void ffa_notifications_pending(struct ffa_mediator *m);

#endif /* FFA_MEDIATOR_H */
