/* SPDX-License-Identifier: MIT */
/* Guest VMs: memory behind stage 2, vCPU contexts, running them. */
#ifndef EL2_GUEST_H
#define EL2_GUEST_H

#include <stdbool.h>
#include <stdint.h>

#include "context.h"
#include "ffa/mediator.h"
#include "stage2.h"

#define MAX_GUESTS 16
#define MAX_VCPUS 8

enum guest_state { GUEST_FREE, GUEST_LIVE, GUEST_DYING, GUEST_GONE };

struct guest {
	enum guest_state state;
	uint16_t id;
	bool aarch64;
	uint16_t vcpus;
	uint64_t ipa_base;
	uint64_t size;
	uint64_t ram_pa; /* where its RAM really is */
	struct s2 s2;
	struct ffa_vm *ffa; /* the mediator's handle */
	struct guest_ctx ctx[MAX_VCPUS];
	bool virq_pending[MAX_VCPUS]; /* a virtual interrupt the mediator asked for */
	uint32_t ffa_calls; /* the calls the mediator took, SMC and HVC alike */
	bool log_calls;     /* an "el2: call" line for each (calllog.h) */
};

/*
 * A new guest with size bytes of zeroed RAM at ipa_base, backed by
 * physical memory elsewhere, and the stub page; NULL when out of slots,
 * memory or tables.
 */
struct guest *guest_create(uint16_t id, bool aarch64, uint16_t vcpus, uint64_t ipa_base,
			   uint64_t size);

/*
 * A destroyed guest gone for good: its slot, and its RAM and stage-2
 * tables when it is the newest guest (the Linux run's guests come one after
 * another), are free for the next. False when its memory stays taken (an
 * older guest; the slot is freed all the same). Only once nothing, the
 * SPMC included, holds any of its pages.
 */
bool guest_release(struct guest *g);

/* The live or dying guest with this id (what the platform ops act on). */
struct guest *guest_find(uint16_t id);

/* The live one only. */
struct guest *guest_live(uint16_t id);

/* The guest, dying or gone, whose destruction can still be polled. */
struct guest *guest_destroyed(uint16_t id);

/* Pages of its RAM held by memory transactions (mem_claim). */
uint64_t guest_claimed_pages(const struct guest *g);

/* Copy to or from the guest's RAM through its stage 2; false if not all RAM. */
bool guest_write(const struct guest *g, uint64_t ipa, const void *src, uint64_t len);
bool guest_read(const struct guest *g, uint64_t ipa, void *dst, uint64_t len);

/* Switch the EL1 world to this guest (stage 2, AArch64 or AArch32 EL1). */
void guest_load(const struct guest *g, uint64_t hcr_extra);

/* HCR_EL2 bits a run may add: a virtual IRQ pending, IRQs virtualised. */
#define HCR_IMO (1UL << 4)
#define HCR_VI (1UL << 7)

/*
 * The stub page's second entry (AArch64): with IRQs unmasked, "nop; hvc #2".
 * A pending virtual IRQ is taken first, at the stub's vector table, whose
 * IRQ entry is "hvc #1".
 */
#define STUB_TAKE_OFFSET 0x40
/* The HVC-conduit stubs (after each SMC one), and the stubs' hand-back HVC. */
#define STUB_HVC_OFFSET 0x20
#define STUB_HVC_RETURN 0xff
#define STUB_VECTORS_OFFSET 0x800
#define STUB_HVC_IRQ_TAKEN 1
#define STUB_HVC_NO_IRQ 2

#endif
