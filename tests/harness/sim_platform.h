/* SPDX-License-Identifier: MIT */
/*
 * A simulated machine for the mediator's tests: physical memory, VMs whose
 * IPA space maps to other physical addresses (a stage-2 translation), the
 * simulated SPMC behind the smc op, pthread locks, and a log of every
 * platform effect (pages mapped and unmapped, interrupts injected) so tests
 * can check what crossed each boundary.
 */
#ifndef SIM_PLATFORM_H
#define SIM_PLATFORM_H

#include <pthread.h>

#include "ffa/mediator.h"
#include "sim_effect.h"
#include "spmc.h"

/* More than the mediator's FFA_DEFAULT_VMS (32), so its own limit shows. */
#ifndef SIM_MAX_VMS
#define SIM_MAX_VMS 40
#endif
#define SIM_MAX_EFFECTS 256
#ifndef SIM_MAX_MAPPINGS
#define SIM_MAX_MAPPINGS 128
#endif
#ifndef SIM_MAX_VM_ID
#define SIM_MAX_VM_ID 64
#endif

/*
 * Physical memory of the simulated machine: room for 32 VMs of 256 MiB and
 * more, reserved but only backed where touched (mmap, no swap reserved), so
 * a run costs what it uses.
 */
#define SIM_PA_BASE UINT64_C(0x80000000)
#define SIM_MEM_SIZE (UINT64_C(16) << 30)

/* Pages a memory transaction holds (mem_claim until mem_unclaim). */
struct sim_claim {
	bool used;
	uint16_t vm_id;
	uint64_t ipa;
	uint32_t pages;
	enum ffa_mem_op op;
};
#define SIM_MAX_CLAIMS 2048

struct sim_vm {
	bool present;
	uint16_t id;
	uint64_t ipa_base;   /* guest memory: [ipa_base, ipa_base + size) */
	uint64_t size;
	uint64_t pa_base;    /* where it lives in physical memory */
	uint64_t block;      /* bytes there; kept when the VM goes, for the next */
	/*
	 * Stage 2 maps IPA page i to physical page (pages - 1 - i): no two
	 * neighbouring pages are neighbours in physical memory. Memory is
	 * then reachable only a page at a time (sim_guest_ptr).
	 */
	bool reversed;
	/*
	 * A second region with no host memory behind it, for shares larger
	 * than the simulator's memory: [big_ipa, big_ipa + big_size) at
	 * physical addresses from big_pa. It can be shared (claimed,
	 * translated, described to the SPMC), not read or written.
	 */
	uint64_t big_ipa;
	uint64_t big_size;
	uint64_t big_pa;
};

/* Physical addresses of unbacked memory (see struct sim_vm). */
#define SIM_UNBACKED_PA UINT64_C(0x1000000000)

struct sim_mapping {
	bool used;
	uint16_t vm_id;
	void *va;
	uint64_t ipa;
	uint32_t pages;
	bool writable;
};

/* One page of a VM as the platform has it now (sim_page_state()). */
struct sim_page_state {
	uint32_t mappings;   /* hypervisor mappings (map_guest) that cover it */
	bool writable;       /* one of them is writable */
	bool claimed;        /* held by a memory transaction (mem_claim) */
	enum ffa_mem_op op;  /* ... for this op */
	bool stage2;         /* the VM's stage 2 maps it: its memory, not lent or donated */
};

struct sim_platform {
	struct ffa_platform ops;
	pthread_mutex_t lock;          /* guards this struct's logs */
	uint8_t *mem;                  /* SIM_MEM_SIZE bytes at SIM_PA_BASE */
	void *mediator;                /* the memory sim_boot() gave the mediator */
	uint64_t mem_used;             /* bump allocator over mem */
	struct sim_vm vms[SIM_MAX_VMS];
	struct sim_mapping mappings[SIM_MAX_MAPPINGS];
	struct sim_claim claims[SIM_MAX_CLAIMS];
	int fail_next_claim;           /* >0: that many mem_claim calls fail */
	uint32_t effect_count;
	struct sim_effect effects[SIM_MAX_EFFECTS];
	uint32_t smc_count;
	int fail_next_map;             /* >0: that many map_guest calls fail */
	bool trace;                    /* print every boundary crossing */
	/* VM-to-VM policy: allow[sender][receiver] by VM id (< SIM_MAX_VM_ID). */
	bool allow[SIM_MAX_VM_ID][SIM_MAX_VM_ID];
	struct spmc spmc;
	/*
	 * Called with every effect as it is logged, under lock (NULL: not
	 * called): for a test that keeps more than SIM_MAX_EFFECTS.
	 */
	void (*effect_hook)(void *ctx, const struct sim_effect *e);
	void *effect_hook_ctx;
};

/* A machine with the given SPMC and no VM; 0 on success. */
int sim_init(struct sim_platform *p, const struct spmc_config *spmc);
void sim_fini(struct sim_platform *p);

/* Page-aligned physical memory for the hypervisor (its RX/TX buffers). */
void *sim_alloc_pages(struct sim_platform *p, uint32_t pages);

/* Give VM id size bytes of memory at ipa_base; 0 on success. */
int sim_add_vm(struct sim_platform *p, uint16_t id, uint64_t ipa_base,
	       uint64_t size);

/* Give a VM size bytes of unbacked memory at ipa (see struct sim_vm). */
void sim_add_unbacked(struct sim_platform *p, uint16_t id, uint64_t ipa, uint64_t size);

/* Reverse the stage-2 page order of a VM (see struct sim_vm). */
void sim_reverse_vm(struct sim_platform *p, uint16_t id);

/* Host pointer to len bytes of a VM's memory at ipa, or NULL. */
void *sim_guest_ptr(struct sim_platform *p, uint16_t vm_id, uint64_t ipa,
		    uint64_t len);

/* The page at ipa of VM vm_id now (a VM destroyed still has its claims). */
void sim_page_state(struct sim_platform *p, uint16_t vm_id, uint64_t ipa, struct sim_page_state *s);

/* Mappings of a VM still alive (leak checks). */
uint32_t sim_live_mappings(struct sim_platform *p, uint16_t vm_id);

/* Pages of a VM held by memory transactions (leak checks). */
uint64_t sim_claimed_pages(struct sim_platform *p, uint16_t vm_id);

/*
 * The same without donated pages: those stay out of the VM for good (they
 * are the partition's now), so they outlive the VM.
 */
uint64_t sim_held_pages(struct sim_platform *p, uint16_t vm_id);

/* An SPMC configuration with the common test partitions. */
void sim_default_spmc(struct spmc_config *c, struct sim_platform *p);

/*
 * Boot the machine: sim_init() with the given SPMC (NULL: the default
 * one), then sim_start_mediator() with the hypervisor's one-page RX/TX
 * buffers (log level WARN), or with config. *m is the mediator; returns
 * its status, or -1.
 */
int32_t sim_boot(struct sim_platform *p, const struct spmc_config *spmc, struct ffa_mediator **m);
int32_t sim_boot_config(struct sim_platform *p, const struct spmc_config *spmc,
			struct ffa_config *config, struct ffa_mediator **m);
/*
 * On a machine sim_init() started: the hypervisor's buffers of config
 * filled in, memory for the mediator (freed by sim_fini()) and the
 * mediator initialised in it with the machine's ops as they are now.
 */
int32_t sim_start_mediator(struct sim_platform *p, struct ffa_config *config,
			   struct ffa_mediator **m);
/* Memory for a mediator of config (freed by sim_fini()); *size its bytes. */
struct ffa_mediator *sim_mediator_memory(struct sim_platform *p, const struct ffa_config *config,
					 size_t *size);

#endif /* SIM_PLATFORM_H */
