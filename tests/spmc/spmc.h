/* SPDX-License-Identifier: MIT */
/*
 * A simulated SPMC: an in-process model of an FF-A 1.2 SPMC (Hafnium is the
 * model) that the mediator's tests call instead of a real SMC. It is strict:
 * it refuses what a real SPMC refuses, so a mediator bug shows up as a test
 * failure. Freestanding C11 (no libc), so the same source can later run at
 * EL3 in the QEMU system test. No allocation: all state is in struct spmc.
 *
 * The caller of spmc_call() is always the hypervisor at the Non-secure
 * physical FF-A instance (endpoint id 0), possibly acting for a VM.
 */
#ifndef SPMC_H
#define SPMC_H

#include "ffa/ffa_calls.h"

#define SPMC_MAX_PARTITIONS 16
#define SPMC_MAX_UUIDS 4
#define SPMC_MAX_VM_BUFFERS 32
#define SPMC_TRACE_SIZE 64

struct spmc_partition_config {
	uint16_t id;                  /* bit 15 set: secure endpoint */
	uint16_t exec_ctx_count;
	uint32_t properties;          /* partition-properties bitfield */
	enum ffa_version version;     /* the partition's own FF-A version */
	uint8_t uuid_count;           /* 1 to SPMC_MAX_UUIDS */
	struct ffa_uuid uuids[SPMC_MAX_UUIDS];
};

struct spmc_config {
	enum ffa_version version;     /* the SPMC's own version, e.g. 1.2 */
	uint16_t spmc_id;             /* e.g. 0x8000 */
	uint32_t partition_count;
	struct spmc_partition_config partitions[SPMC_MAX_PARTITIONS];
	/*
	 * Physical memory: a pointer to len bytes at physical address pa, or
	 * NULL when that range is not Non-secure memory the SPMC may touch.
	 */
	void *(*phys)(void *ctx, uint64_t pa, uint64_t len);
	void *phys_ctx;
};

/* One endpoint's RX/TX buffers as the SPMC knows them. */
enum spmc_rx_state {
	SPMC_RX_FREE,      /* the SPMC may write (producer owns it) */
	SPMC_RX_FULL,      /* written by the SPMC; the consumer owns it */
	SPMC_RX_ACQUIRED,  /* the hypervisor acquired it (FFA_RX_ACQUIRE) */
};

struct spmc_buffers {
	bool mapped;
	uint16_t endpoint;            /* 0: the hypervisor itself */
	uint64_t rx_pa;               /* first RX page (contiguous in the model) */
	uint64_t tx_pa;
	uint32_t pages;
	enum spmc_rx_state rx_state;
};

/* What crossed into the SPMC, for tests to check. */
struct spmc_trace_entry {
	struct ffa_regs in;
	struct ffa_regs out;
};

struct spmc {
	struct spmc_config config;
	bool version_negotiated;
	enum ffa_version caller_version;  /* the hypervisor's, negotiated */
	uint16_t partitions_tag;          /* changes when the list changes */
	struct spmc_buffers hyp;                          /* endpoint 0 */
	struct spmc_buffers vm[SPMC_MAX_VM_BUFFERS];      /* VMs' buffers */
	uint32_t trace_count;             /* calls so far (may exceed size) */
	struct spmc_trace_entry trace[SPMC_TRACE_SIZE];   /* ring */
};

/* Start with config (copied); nothing mapped, no version negotiated. */
void spmc_init(struct spmc *s, const struct spmc_config *config);

/* Handle one SMC from the hypervisor: regs in, the reply out. */
void spmc_call(struct spmc *s, struct ffa_regs *regs);

/* The buffers the SPMC has registered for an endpoint, or NULL. */
const struct spmc_buffers *spmc_buffers_of(const struct spmc *s,
					   uint16_t endpoint);

/* The i-th most recent call (0 = the last one), or NULL. */
const struct spmc_trace_entry *spmc_trace_last(const struct spmc *s,
					       uint32_t i);

#endif /* SPMC_H */
