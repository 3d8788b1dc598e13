/* SPDX-License-Identifier: MIT */
/*
 * The FF-A mediator's API for a hypervisor.
 *
 *   size = ffa_mediator_size(&config);
 *   med = the hypervisor's memory: size bytes, FFA_MEDIATOR_ALIGN-aligned
 *   ffa_mediator_init(med, size, &platform, &config);
 *   vm = ffa_vm_create(med, id, aarch64, vcpu_count, &status);
 *   ... on each trapped SMC/HVC of the VM:
 *   if (ffa_handle_call(med, vm, vcpu, &regs)) resume the guest with regs;
 *   ffa_vm_destroy(med, vm);
 *
 * The mediator keeps its per-VM state in that memory, so the runtime
 * allocates nothing, and a VM whose teardown the SPMC has not finished
 * keeps its id. struct ffa_mediator and struct ffa_vm are opaque: what a
 * hypervisor may read of them has a getter below.
 */
#ifndef FFA_MEDIATOR_H
#define FFA_MEDIATOR_H

#include "ffa/ffa_abi.h"
#include "ffa/platform.h"

#if FFA_GEN_ABI != 1
#error "generated/ does not match this runtime: run python3 generator/ffagen.py"
#endif

/*
 * Capacities of the mediator's tables in the memory the hypervisor gives
 * it (struct ffa_config: 0 there means the default here); README
 * "Memory" gives the bytes each costs.
 */
#define FFA_DEFAULT_VMS 32
#define FFA_DEFAULT_VCPUS 64
#define FFA_DEFAULT_SHARES 256
#define FFA_DEFAULT_SHARE_RANGES 4096
/* The most config may ask for: VM ids are 15 bits. */
#define FFA_LIMIT_VMS 0x7fff
#define FFA_LIMIT_VCPUS 4096
#define FFA_LIMIT_SHARES 0x100000
#define FFA_LIMIT_SHARE_RANGES 0x1000000

/* Built into the mediator; a hypervisor may raise them. */
#ifndef FFA_MAX_PARTITIONS
#define FFA_MAX_PARTITIONS 64
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
	 * 4K pages one memory transaction may have (0: 1 << 18, 1 GiB);
	 * beyond it NO_MEMORY. A transaction's work with the VM's lock held
	 * grows with it (README: "Bounded work"); Xen's mediator takes 128.
	 */
	uint64_t share_max_pages;
	/*
	 * The virtual interrupts FFA_FEATURES reports to VMs: the schedule
	 * receiver interrupt (0: FFA_SRI_INTID_DEFAULT) and the notification
	 * pending interrupt (0: FFA_NPI_INTID_DEFAULT), which the mediator
	 * injects for every notification a VM gets. Linux takes SGIs 8 and
	 * above for them.
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
	/*
	 * Capacities (0: the FFA_DEFAULT_ one, at most the FFA_LIMIT_ one):
	 * VMs at a time (a VM keeps its place until its destroy completes);
	 * vCPUs per VM that per-vCPU notifications between VMs reach (a VM
	 * may have more vCPUs; those get none); open memory transactions of
	 * all VMs, and the address ranges the VMs gave them in.
	 */
	uint32_t max_vms;
	uint32_t max_vcpus;
	uint32_t max_shares;
	uint32_t max_share_ranges;
};
#define FFA_SRI_INTID_DEFAULT 8
#define FFA_NPI_INTID_DEFAULT 9

/* The mediator, and one VM it mediates for: private to the runtime. */
struct ffa_mediator;
struct ffa_vm;

/* Alignment of the memory given to ffa_mediator_init(). */
#define FFA_MEDIATOR_ALIGN 16

/* Bytes of memory ffa_mediator_init() needs for this configuration. */
size_t ffa_mediator_size(const struct ffa_config *config);

/*
 * Calling context. Every entry point below takes the mediator's locks (the
 * platform's lock op) and may call the SPMC, so call them where the
 * hypervisor may wait on those locks and make an SMC: a vCPU's trap, a
 * tasklet or softirq, a timer, the domain destruction path; never from a
 * hard interrupt handler, since the same locks are taken by calls that
 * run with interrupts enabled. None sleeps or allocates. What is done
 * while holding a lock another VM needs is bounded (README: "Bounded
 * work").
 */

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
 *  - INVALID_PARAMETERS also for m not FFA_MEDIATOR_ALIGN-aligned or size
 *    less than ffa_mediator_size(config).
 * On failure m may be initialised again; it must not be used otherwise.
 */
__attribute__((warn_unused_result)) int32_t
ffa_mediator_init(struct ffa_mediator *m, size_t size,
		  const struct ffa_platform *plat,
		  const struct ffa_config *config);

/*
 * After a successful ffa_mediator_init(): the version used with the SPMC
 * (the lower of the mediator's, the configured cap and the SPMC's), the
 * version the SPMC answered, and how many partition descriptors it gave.
 */
enum ffa_version ffa_mediator_version(const struct ffa_mediator *m);
enum ffa_version ffa_mediator_spmc_version(const struct ffa_mediator *m);
uint32_t ffa_mediator_partition_count(const struct ffa_mediator *m);

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

/*
 * Go on with what ffa_vm_destroy() could not finish: the VM's direct
 * requests still preempted in partitions (at most 4 FFA_RUN calls a poll,
 * all requests together, since the poll holds the VM's lock), the VM
 * destroyed messages still due and the memory transactions partitions
 * still hold. FFA_OK once all is done; FFA_RETRY: poll again later (Xen:
 * from a timer).
 */
int32_t ffa_vm_destroy_poll(struct ffa_mediator *m, struct ffa_vm *vm);

/* A VM's id, and the FF-A version it negotiated (1.0 until it does). */
uint16_t ffa_vm_id(const struct ffa_vm *vm);
enum ffa_version ffa_vm_negotiated_version(const struct ffa_vm *vm);

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
 * VMs. The mediator asks the SPMC which VMs and vCPUs have notifications
 * pending (FFA_NOTIFICATION_INFO_GET, up to config.max_vms times while it
 * says there is more) and injects the notification pending interrupt
 * into those vCPUs, and only those (vCPU 0 for global notifications).
 * Call it from deferred context that the handler of the physical SRI
 * schedules (a tasklet or softirq, as Xen's mediator does), not from the
 * interrupt handler itself: it makes SMCs and takes the VM table's and
 * the VMs' locks, which VMs' calls take too (no lock is held across an
 * SMC).
 */
void ffa_notifications_pending(struct ffa_mediator *m);

#endif /* FFA_MEDIATOR_H */
