/* SPDX-License-Identifier: MIT */
/*
 * What both fuzz targets drive: the simulated machine (tests/harness) with
 * the standard partitions, a mediator booted on it, VMs 1 to FUZZ_VMS
 * with memory, and FF-A calls made of input bytes (registers, and some of
 * the time a plausible descriptor or message in the TX buffer first).
 * Every defect found aborts with a line saying what was wrong, which
 * libFuzzer reports as a crash with the input that caused it.
 */
#ifndef FUZZ_WORLD_H
#define FUZZ_WORLD_H

#include "fuzz_input.h"
#include "internal.h"
#include "sim_platform.h"

#define FUZZ_VMS 4
#define FUZZ_IPA_BASE UINT64_C(0x40000000)
#define FUZZ_VM_PAGES 64u
#define FUZZ_TX_IPA (FUZZ_IPA_BASE + 0x10000)
#define FUZZ_RX_IPA (FUZZ_IPA_BASE + 0x20000)
/* Pages 40 to 63 are what VMs share (descriptors name them). */
#define FUZZ_SHARE_PAGE 40u
#define FUZZ_HANDLES 8

struct fuzz_world {
	struct sim_platform sim;
	struct ffa_mediator *med;
	struct ffa_vm *vm[FUZZ_VMS];    /* vm[i] is id i + 1; NULL: none */
	bool dying[FUZZ_VMS];           /* destroyed, the SPMC not done yet */
	uint64_t handles[FUZZ_HANDLES]; /* memory handles seen lately */
	unsigned int next_handle;
};

/* Each target's set-up, once before the first input (LLVMFuzzerInitialize). */
void fuzz_target_init(void);

/* Abort with a message (libFuzzer reports the input). */
__attribute__((noreturn, format(printf, 1, 2))) void fuzz_fail(const char *fmt, ...);
#define FUZZ_CHECK(cond, ...)                   \
	do {                                    \
		if (!(cond))                    \
			fuzz_fail(__VA_ARGS__); \
	} while (0)

/*
 * The machine with the standard SPMC, memory for VMs 1..FUZZ_VMS and no
 * VM yet, and the mediator initialised on it. Done once
 * (booting costs a hundred times an input's run): then
 * fuzz_world_restore() puts it back as it was before each input.
 */
void fuzz_world_boot(struct fuzz_world *w);
void fuzz_world_restore(struct fuzz_world *w);
/* What fuzz_world_restore() puts back from now on: w as it is now. */
void fuzz_world_save(const struct fuzz_world *w);

/* A register value from the input, biased towards what the mediator tells apart. */
uint64_t fuzz_value(struct fuzz_in *in, const struct fuzz_world *w);

/* One FF-A call of a live VM from the input; checks the reply, notes handles. */
void fuzz_call(struct fuzz_in *in, struct fuzz_world *w, struct ffa_vm *vm);

/* VERSION 1.x and RXTX_MAP of the TX/RX pages, as a driver starts. */
void fuzz_vm_start(struct fuzz_world *w, struct ffa_vm *vm, uint32_t minor);

/* Live VM slot i (a VM neither absent nor dying), or NULL. */
struct ffa_vm *fuzz_live(struct fuzz_world *w, unsigned int i);

/*
 * ffa_vm_destroy() then polls (at most tries); the status. On FFA_OK the
 * slot is free and nothing of the VM may be left (fuzz_nothing_left).
 */
int32_t fuzz_destroy(struct fuzz_world *w, unsigned int i, int tries);
int32_t fuzz_poll(struct fuzz_world *w, unsigned int i, int tries);

/*
 * Nothing of VM id is left: no hypervisor mapping, no page held (donated
 * ones excepted: the partition has them), no transaction in the
 * mediator's table or at the SPMC, no buffers or notification bitmaps at
 * the SPMC, no partition that knows it or holds a request of it.
 */
void fuzz_nothing_left(struct fuzz_world *w, uint16_t id);

/*
 * After a call, with the SPMC honest: the mediator's view of each VM
 * matches the platform's and the SPMC's. Its open transactions are the
 * SPMC's complete ones from that VM (a live VM's share or lend is never
 * lost, nor one kept that the SPMC ended), counted in share_count and
 * share_pages; its buffers are mapped (two mappings) exactly when the
 * mediator says so, and registered with the SPMC exactly when it says so.
 */
void fuzz_consistent(struct fuzz_world *w);

/* Every VM destroyed: the mediator's tables empty too. */
void fuzz_all_gone(struct fuzz_world *w);

#endif
