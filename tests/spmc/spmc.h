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
 *
 * What the model implements (everything else: FFA_ERROR NOT_SUPPORTED):
 * FFA_VERSION, FFA_FEATURES, FFA_ID_GET, FFA_SPM_ID_GET (1.1),
 * FFA_RXTX_MAP_32/64 (the hypervisor's own buffers, and from 1.1 a VM's
 * buffers forwarded through the hypervisor's TX buffer), FFA_RXTX_UNMAP,
 * FFA_RX_RELEASE, FFA_RX_ACQUIRE (1.1), FFA_PARTITION_INFO_GET,
 * FFA_PARTITION_INFO_GET_REGS_64 (1.2). A call newer than the version the
 * hypervisor negotiated gets NOT_SUPPORTED.
 *
 * Forwarding a VM's FFA_RXTX_MAP (FF-A 1.1 §13.6, Hafnium
 * ffa_setup_rxtx_map_forward): x1 = x2 = 0 and w3 = 0, and the hypervisor's
 * TX buffer holds an endpoint RX/TX descriptor (struct ffa_endpoint_rxtx_v1_1:
 * VM id, offsets of the RX and TX composite memory region descriptors, each
 * 8-byte aligned and past the 12-byte descriptor) followed by the two
 * composite descriptors and their constituents (physical addresses, 4K
 * aligned). The model accepts up to SPMC_MAX_CONSTITUENTS constituents per
 * buffer (Hafnium reads only the first one, which is all a 1-page buffer
 * needs) and records them in struct spmc_buffers.
 */
#ifndef SPMC_H
#define SPMC_H

#include "ffa/ffa_calls.h"

#define SPMC_MAX_PARTITIONS 16
#define SPMC_MAX_UUIDS 4
#define SPMC_MAX_VM_BUFFERS 32
#define SPMC_MAX_CONSTITUENTS 4
#define SPMC_TRACE_SIZE 64

struct spmc_partition_config {
	uint16_t id;                  /* bit 15 set: secure endpoint */
	uint16_t exec_ctx_count;
	/*
	 * partition-properties bitfield, as the partition declares it. The
	 * model reports it to the Non-secure world as Hafnium does: the
	 * direct request send bits cleared (an SP never sends direct requests
	 * to the normal world), DIRECT_REQ2 receive only for a partition at
	 * 1.2 or later, notifications and indirect messages only at 1.1 or
	 * later, VM created/destroyed only with direct request receive, and
	 * only the bits the caller's negotiated version defines.
	 */
	uint32_t properties;
	enum ffa_version version;     /* the partition's own FF-A version */
	uint8_t uuid_count;           /* 1 to SPMC_MAX_UUIDS; one descriptor each */
	struct ffa_uuid uuids[SPMC_MAX_UUIDS];
};

struct spmc_config {
	enum ffa_version version;     /* the SPMC's own version, 1.0 to 1.2 */
	uint16_t spmc_id;             /* e.g. 0x8000 */
	uint32_t partition_count;
	struct spmc_partition_config partitions[SPMC_MAX_PARTITIONS];
	/*
	 * Physical memory: a pointer to len bytes at physical address pa, or
	 * NULL when that range is not Non-secure memory the SPMC may touch.
	 */
	void *(*phys)(void *ctx, uint64_t pa, uint64_t len);
	void *phys_ctx;
	/*
	 * Largest RX/TX buffer in 4K pages (reported by FFA_FEATURES from 1.2);
	 * 0 means 1, Hafnium's HF_MAILBOX_SIZE / FFA_PAGE_SIZE.
	 */
	uint32_t rxtx_max_pages;
	/*
	 * Interrupt id FFA_FEATURES reports for the schedule receiver
	 * interrupt feature id (1.1+); 0: the feature is NOT_SUPPORTED.
	 */
	uint32_t sri_intid;
	/*
	 * FFA_VERSION with our major and a higher minor: false (default)
	 * answers with our version and records it as negotiated (DEN0077A
	 * §13.2.1); true answers NOT_SUPPORTED, as Hafnium does.
	 */
	bool refuse_newer_minor;
};

/* One endpoint's RX/TX buffers as the SPMC knows them. */
enum spmc_rx_state {
	SPMC_RX_FREE,      /* the SPMC may write (producer owns it) */
	SPMC_RX_FULL,      /* written by the SPMC; the consumer owns it */
	SPMC_RX_ACQUIRED,  /* the hypervisor acquired it (FFA_RX_ACQUIRE) */
};

/* A physically contiguous run of 4K pages. */
struct spmc_range {
	uint64_t pa;
	uint32_t pages;
};

struct spmc_buffers {
	bool mapped;
	uint16_t endpoint;            /* 0: the hypervisor itself */
	uint64_t rx_pa;               /* first RX page (rx[0].pa) */
	uint64_t tx_pa;               /* first TX page (tx[0].pa) */
	uint32_t pages;               /* size of each buffer in 4K pages */
	enum spmc_rx_state rx_state;
	/* The constituents; the hypervisor's own buffers have one each. */
	uint32_t rx_count;
	uint32_t tx_count;
	struct spmc_range rx[SPMC_MAX_CONSTITUENTS];
	struct spmc_range tx[SPMC_MAX_CONSTITUENTS];
};

/* What crossed into the SPMC, for tests to check. */
struct spmc_trace_entry {
	struct ffa_regs in;
	struct ffa_regs out;
};

struct spmc {
	struct spmc_config config;
	bool version_negotiated;          /* FFA_VERSION succeeded once */
	/*
	 * Set by the first call other than FFA_VERSION: from then on an
	 * FFA_VERSION asking for another version gets NOT_SUPPORTED (Hafnium).
	 */
	bool version_frozen;
	enum ffa_version caller_version;  /* the hypervisor's, negotiated */
	uint16_t partitions_tag;          /* changes when the list changes */
	struct spmc_buffers hyp;                          /* endpoint 0 */
	struct spmc_buffers vm[SPMC_MAX_VM_BUFFERS];      /* VMs' buffers */
	uint32_t trace_count;             /* calls so far (may exceed size) */
	struct spmc_trace_entry trace[SPMC_TRACE_SIZE];   /* ring */
};

/*
 * Start with config (copied); nothing mapped, no version negotiated (the
 * caller's version is taken to be the SPMC's own until FFA_VERSION).
 */
void spmc_init(struct spmc *s, const struct spmc_config *config);

/* Handle one SMC from the hypervisor: regs in, the reply out. */
void spmc_call(struct spmc *s, struct ffa_regs *regs);

/* The buffers the SPMC has registered for an endpoint, or NULL. */
const struct spmc_buffers *spmc_buffers_of(const struct spmc *s,
					   uint16_t endpoint);

/* The i-th most recent call (0 = the last one), or NULL. */
const struct spmc_trace_entry *spmc_trace_last(const struct spmc *s,
					       uint32_t i);

/*
 * Say that s->config.partitions changed (a test edited it): the tag of
 * FFA_PARTITION_INFO_GET_REGS changes, so a caller holding the old one
 * gets RETRY.
 */
void spmc_partitions_changed(struct spmc *s);

/*
 * Stand-in for a message an SP sends to an endpoint's RX buffer (what
 * FFA_MSG_SEND2 does in a real SPMC): copies len bytes to the start of the
 * buffer and marks it full. Returns FFA_OK, FFA_INVALID_PARAMETERS (no
 * such buffer, or len larger than it), FFA_BUSY (not free) or FFA_ABORTED
 * (phys() refused the memory).
 */
int32_t spmc_deliver_rx(struct spmc *s, uint16_t endpoint, const void *msg,
			uint32_t len);

#endif /* SPMC_H */
