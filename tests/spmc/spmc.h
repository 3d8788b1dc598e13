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
 * FFA_PARTITION_INFO_GET_REGS_64 (1.2), FFA_MSG_SEND_DIRECT_REQ_32/64,
 * FFA_MSG_SEND_DIRECT_REQ2_64 (1.2), FFA_RUN, FFA_MSG_SEND2 (1.1),
 * FFA_MEM_SHARE/LEND/DONATE_32/64, FFA_MEM_FRAG_TX, FFA_MEM_FRAG_RX,
 * FFA_MEM_RECLAIM. A call newer than the version the hypervisor negotiated
 * gets NOT_SUPPORTED.
 *
 * Partitions: each configured partition answers direct requests as its
 * spmc_partition_config.behaviour says (echo, busy, preempted, or one of
 * several misbehaviours a mediator must catch), answers VM created /
 * destroyed framework messages as vm_msg says, and has an inbox for
 * FFA_MSG_SEND2. What arrived is in struct spmc_partition_state
 * (spmc_partition_state_of()). The model runs each partition to completion
 * inside spmc_call(): a "running" partition is never observable, only
 * WAITING (idle) or, after an FFA_INTERRUPT / FFA_YIELD answer, PREEMPTED /
 * BLOCKED with the request pending until FFA_RUN.
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
 *
 * Memory sharing (see "memory transactions" below): FFA_MEM_SHARE,
 * FFA_MEM_LEND and FFA_MEM_DONATE (32 and 64) from the hypervisor for a VM,
 * FFA_MEM_FRAG_TX for the fragments that follow, FFA_MEM_FRAG_RX (always
 * refused: the model has no hypervisor retrieve request to continue) and
 * FFA_MEM_RECLAIM. The partitions' side (retrieve, relinquish) is played
 * by the tests with spmc_retrieve() and spmc_relinquish().
 */
#ifndef SPMC_H
#define SPMC_H

#include "ffa/ffa_calls.h"
#include "spmc_notify.h"

/* A build may raise it (the scenario engine: the mediator's FFA_MAX_PARTITIONS). */
#ifndef SPMC_MAX_PARTITIONS
#define SPMC_MAX_PARTITIONS 16
#endif
#define SPMC_MAX_UUIDS 4
#ifndef SPMC_MAX_VM_BUFFERS
#define SPMC_MAX_VM_BUFFERS 32
#endif
#define SPMC_MAX_CONSTITUENTS 4
#define SPMC_TRACE_SIZE 64
/* vCPUs per partition whose state the model tracks (see struct spmc.cpu). */
#define SPMC_MAX_VCPUS 8
/* VMs a partition can know as created at once. */
#ifndef SPMC_MAX_KNOWN_VMS
#define SPMC_MAX_KNOWN_VMS 64
#endif
/*
 * Largest indirect message (header, gap and payload): Hafnium's
 * FFA_MSG_PAYLOAD_MAX, one 4K mailbox page.
 */
#define SPMC_INBOX_MAX 4096U

/*
 * How a partition answers a partition message (FFA_MSG_SEND_DIRECT_REQ_32/64
 * or FFA_MSG_SEND_DIRECT_REQ2_64 without the framework bit). Every request
 * that passes the SPMC's checks reaches the partition (and is counted in
 * spmc_partition_state) whatever the behaviour.
 */
enum spmc_behaviour {
	/*
	 * FFA_MSG_SEND_DIRECT_RESP_32/64 (for REQ_32/64) or
	 * FFA_MSG_SEND_DIRECT_RESP2_64 (for REQ2) with the request's payload
	 * echoed, source = the partition, destination = the sender, w2 (x2/x3
	 * for RESP2) zero.
	 */
	SPMC_BEHAVE_ECHO = 0,
	/* FFA_ERROR BUSY. */
	SPMC_BEHAVE_BUSY,
	/* FFA_ERROR with config.error (0: ABORTED). */
	SPMC_BEHAVE_ERROR,
	/*
	 * The first answer to each request is FFA_INTERRUPT (w1 = partition
	 * id [31:16] | vCPU [15:0], w2 = 0), as Hafnium's api_preempt() for a
	 * non-secure interrupt; the request stays pending on that vCPU
	 * (SPMC_VCPU_PREEMPTED) and FFA_RUN of it gets the ECHO answer.
	 */
	SPMC_BEHAVE_INTERRUPT_ONCE,
	/*
	 * Same with FFA_YIELD (w1 as above, w2/w3 = config.yield_timeout_lo
	 * / _hi), as Hafnium's ffa_cpu_cycles_yield_prepare(); the vCPU is
	 * SPMC_VCPU_BLOCKED until FFA_RUN.
	 */
	SPMC_BEHAVE_YIELD_ONCE,
	/* ECHO, but the source is config.bad_id (0: partition id + 1). */
	SPMC_BEHAVE_WRONG_SOURCE,
	/* ECHO, but the destination is config.bad_id (0: sender + 1). */
	SPMC_BEHAVE_WRONG_DEST,
	/*
	 * ECHO with the wrong function id: RESP_64 to REQ_32, RESP_32 to
	 * REQ_64, RESP_64 to REQ2.
	 */
	SPMC_BEHAVE_WRONG_FUNC,
	/* FFA_SUCCESS_64 with nonzero junk in x1..x17 (SPMC_JUNK(n)). */
	SPMC_BEHAVE_GARBAGE,
	/*
	 * ECHO as FFA_MSG_SEND_DIRECT_RESP (RESP_64 for REQ2) with the
	 * framework bit set and type VM_CREATED_RESP: a partition message
	 * answered by a framework message.
	 */
	SPMC_BEHAVE_FRAMEWORK_RESP,
	/*
	 * Answers as OP-TEE does over FF-A (spmc_optee.h): w3..w7 of the
	 * response from the service id in w3, an argument page retrieved
	 * from its memory transaction.
	 */
	SPMC_BEHAVE_OPTEE,
	/*
	 * Stops config.stop_count times before the echo: the request gets
	 * FFA_INTERRUPT or FFA_YIELD (config.stops[0], as INTERRUPT_ONCE and
	 * YIELD_ONCE do), each FFA_RUN that resumes it the next stop, and
	 * the FFA_RUN after the last stop the echo.
	 */
	SPMC_BEHAVE_SEQUENCE,
};

/* How a partition stops in SPMC_BEHAVE_SEQUENCE. */
enum spmc_stop {
	SPMC_STOP_INTERRUPT = 1,      /* FFA_INTERRUPT: preempted */
	SPMC_STOP_YIELD,              /* FFA_YIELD: blocked */
};
#define SPMC_MAX_STOPS 8

/* The junk SPMC_BEHAVE_GARBAGE puts in register n. */
#define SPMC_JUNK(n) (UINT64_C(0xa5a5a5a5a5a5a500) | (uint64_t)(n))

/* How a partition answers VM created / destroyed framework messages. */
enum spmc_vm_msg_behaviour {
	/* Status 0 (success). */
	SPMC_VM_MSG_OK = 0,
	/*
	 * Status BUSY (or RETRY) config.vm_msg_fail_count times in a row
	 * (0 means 1), then success; the count starts again after each
	 * success, so every message is refused that many times first.
	 */
	SPMC_VM_MSG_BUSY,
	SPMC_VM_MSG_RETRY,
	/* Always status config.vm_msg_error (0: INVALID_PARAMETERS). */
	SPMC_VM_MSG_ERROR,
};

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
	/* Direct requests (all fields zero: echo). */
	enum spmc_behaviour behaviour;
	int32_t error;                /* SPMC_BEHAVE_ERROR (0: ABORTED) */
	uint16_t bad_id;              /* SPMC_BEHAVE_WRONG_SOURCE / _DEST */
	uint32_t yield_timeout_lo;    /* SPMC_BEHAVE_YIELD_ONCE: w2 */
	uint32_t yield_timeout_hi;    /* SPMC_BEHAVE_YIELD_ONCE: w3 */
	/* VM created / destroyed messages (all zero: success). */
	enum spmc_vm_msg_behaviour vm_msg;
	uint32_t vm_msg_fail_count;
	int32_t vm_msg_error;
	/* FFA_MSG_SEND2: inbox size in bytes, 1 to SPMC_INBOX_MAX (0: max). */
	uint32_t inbox_size;
	/* SPMC_BEHAVE_SEQUENCE: the stops before the echo, in order. */
	uint32_t stop_count;
	enum spmc_stop stops[SPMC_MAX_STOPS];
};

/*
 * A scripted answer (struct spmc_config.script): the next call whose w0
 * is fid gets reply as it is, and the SPMC does nothing else for it.
 */
struct spmc_scripted {
	uint32_t fid;
	struct ffa_regs reply;
};
#define SPMC_MAX_SCRIPTED 16
#define SPMC_MAX_REMOVED 16

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
	/*
	 * Where FFA_MSG_SEND2 for VM w1[31:16] finds the message. false
	 * (default, Hafnium api_ffa_msg_send2(); the hypervisor side only
	 * sets w1 "to allow the SPMC to retrieve VM's TX buffer"): in that
	 * VM's own TX buffer, registered with the SPMC through a forwarded
	 * FFA_RXTX_MAP. true: in the hypervisor's own TX buffer (a mediator
	 * design that copies the message first; no SPMC known to the model
	 * does this).
	 */
	bool send2_reads_hyp_tx;
	/*
	 * Memory sharing: every field false is Hafnium's SPMC.
	 *
	 * mem_allow_time_slice: accept the time-slice flag (bit 1) in the
	 * transaction descriptor of FFA_MEM_SHARE/LEND/DONATE, as the ABI
	 * allows (DEN0077A v1.1 Table 10.20). Hafnium's
	 * ffa_memory_send_validate() accepts no flag but zero-memory, so by
	 * default the model answers INVALID_PARAMETERS.
	 */
	bool mem_allow_time_slice;
	/*
	 * mem_reclaim_aborts_partial: FFA_MEM_RECLAIM of a transaction whose
	 * fragments have not all arrived ends it (SUCCESS), which is what
	 * Hafnium's hypervisor side expects when it aborts a fragmented send
	 * (ffa_memory_other_world_send_continue() reclaims the handle). The
	 * SPMCs themselves (Hafnium ffa_memory_reclaim(), TF-A
	 * spmc_ffa_mem_reclaim()) refuse: INVALID_PARAMETERS, the default.
	 */
	bool mem_reclaim_aborts_partial;
	/*
	 * mem_one_partial_per_sender: a second FFA_MEM_SHARE/LEND/DONATE for
	 * a sender that still has a transaction in fragments gets BUSY.
	 * Hafnium (and TF-A) keep any number of them, each by its handle: the
	 * default.
	 */
	bool mem_one_partial_per_sender;
	/*
	 * mem_allow_typed_lend_donate: a DONATE, or a LEND to one borrower,
	 * may also give the memory type, and then must give what a SHARE
	 * must (normal, write-back, inner-shareable: else DENIED). Hafnium's
	 * ffa_memory_send_validate() wants the type "not specified" there
	 * (INVALID_PARAMETERS otherwise), the default; Linux's
	 * ffa_memory_attributes_get() sends 0 for a LEND but normal,
	 * write-back, inner-shareable for a DONATE.
	 */
	bool mem_allow_typed_lend_donate;
	/*
	 * Tests script the SPMC, to see what the mediator makes of answers a
	 * real SPMC may give (all zero: none). removed: function ids the
	 * SPMC does not implement whatever its version, in either calling
	 * convention (an SPMC without FFA_RX_ACQUIRE, DIRECT_REQ2, the
	 * notification calls or FFA_RUN): calls get NOT_SUPPORTED, and
	 * FFA_FEATURES says NOT_SUPPORTED for them.
	 */
	uint32_t removed_count;
	uint32_t removed[SPMC_MAX_REMOVED];
	/*
	 * script: answers given in advance, used in order: a call whose w0
	 * is the fid of one gets its registers (wrong ids, junk in unused
	 * registers, a bad handle) and changes nothing in the model; the
	 * answer is then dropped. spmc_script_add() appends one.
	 */
	uint32_t script_count;
	struct spmc_scripted script[SPMC_MAX_SCRIPTED];
	/*
	 * notify_follows_vm_msgs: a VM's notification bitmaps belong to the
	 * VM the partitions taking VM created / destroyed messages know, as
	 * in OP-TEE with virtualization (its SPMC and its partition are one;
	 * handle_notification_bitmap_create() and _destroy() find no guest
	 * for the VM id: INVALID_PARAMETERS). BITMAP_CREATE for a VM that a
	 * partition with the vm-created-msg property has not taken a VM
	 * created message for, and BITMAP_DESTROY for one that a partition
	 * with vm-destroyed-msg has taken the VM destroyed message for, get
	 * INVALID_PARAMETERS; that message drops the VM's bitmaps (OP-TEE
	 * frees the guest with them); and BITMAP_DESTROY of a VM with
	 * bindings gets DENIED (OP-TEE's nvb->bound). false: Hafnium, whose
	 * SPMC keeps the bitmaps of a VM apart from the messages it forwards
	 * and destroys them with bindings. The standard configuration
	 * (spmc_default_config()) sets it: its partition 0x8002 is OP-TEE.
	 */
	bool notify_follows_vm_msgs;
	/*
	 * tfa_el3: answer as TF-A 2.12's EL3 SPMC (services/std_svc/spm/
	 * el3_spmc; REAL-SPMC.md, configuration B) does, where that differs:
	 *  - a success reply writes only its own registers (SMC_RET1 to
	 *    SMC_RET4: the version; FFA_SUCCESS for RXTX_MAP, UNMAP,
	 *    RX_RELEASE, RECLAIM (and, as the model's extension to the calls
	 *    TF-A lacks, RX_ACQUIRE and the notification calls without
	 *    results); w2 for FEATURES, ID_GET, SPM_ID_GET; w2/w3
	 *    for PARTITION_INFO_GET, MEM_SHARE/LEND/DONATE, MEM_FRAG_TX) and
	 *    the others keep what the caller put there;
	 *  - FFA_ERROR's status (an int in spmc_ffa_error_return()) reaches
	 *    x2 sign-extended to 64 bits;
	 *  - FFA_MEM_SHARE, LEND and DONATE from a caller that negotiated 1.2
	 *    are refused (2.12.1's memory code takes 1.0 and 1.1 callers only;
	 *    INVALID_PARAMETERS is the model's choice of status).
	 * false: Hafnium (unused registers zero, status zero-extended).
	 */
	bool tfa_el3;
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

/* A partition message as the partition received it. */
struct spmc_request {
	uint32_t fid;                 /* FFA_MSG_SEND_DIRECT_REQ_32/_64/REQ2_64 */
	uint16_t sender;              /* 0 (the hypervisor) or a VM id */
	ffa_vcpu_id_t vcpu;           /* the partition's vCPU that got it */
	struct ffa_uuid uuid;         /* REQ2: x2/x3; zero otherwise */
	/* REQ: x3..x7 in [0..4] (32-bit for REQ_32); REQ2: x4..x17. */
	uint64_t payload[14];
};

/* A VM a partition knows as created, with the handle it came with. */
struct spmc_known_vm {
	uint16_t id;
	ffa_mem_handle_t handle;      /* w3/w4 of the VM created message */
};

/* A VM created / destroyed message as the partition received it. */
struct spmc_vm_msg {
	/* FFA_FRAMEWORK_MSG_VM_CREATED_REQ or FFA_FRAMEWORK_MSG_VM_DESTROYED_REQ */
	uint8_t type;
	uint16_t vm;                  /* w5[15:0] */
	ffa_mem_handle_t handle;      /* w3/w4 */
	int32_t status;               /* what the partition answered in w3 */
};

enum spmc_vcpu_state {
	SPMC_VCPU_WAITING = 0,        /* idle: takes a new request */
	SPMC_VCPU_PREEMPTED,          /* answered FFA_INTERRUPT; request pending */
	SPMC_VCPU_BLOCKED,            /* answered FFA_YIELD; request pending */
};

/* Per partition (same index as config.partitions): what reached it. */
/* What an OP-TEE partition (SPMC_BEHAVE_OPTEE) found in argument pages. */
struct spmc_optee_record {
	uint32_t calls_with_arg;      /* calls whose argument page it read */
	uint32_t open_sessions;       /* of them, OPEN_SESSION naming a TA */
	struct ffa_uuid last_ta;      /* the TA the latest of those named */
};

struct spmc_partition_state {
	uint32_t requests;            /* partition messages received */
	struct spmc_request last;     /* the latest of them */
	uint32_t runs;                /* FFA_RUN calls that ran one of its vCPUs */
	enum spmc_vcpu_state vcpu_state[SPMC_MAX_VCPUS];
	struct spmc_request pending[SPMC_MAX_VCPUS];
	uint32_t vm_msgs;             /* VM created/destroyed messages received */
	struct spmc_vm_msg last_vm_msg;
	uint32_t vm_msg_failures;     /* consecutive BUSY/RETRY answers */
	uint32_t vm_count;            /* VMs known as created */
	struct spmc_known_vm vms[SPMC_MAX_KNOWN_VMS];
	/* FFA_MSG_SEND2 inbox: one message (header and payload, as sent). */
	uint32_t indirect_msgs;       /* messages accepted so far */
	bool inbox_full;
	uint16_t inbox_sender;
	uint32_t inbox_len;
	uint8_t inbox[SPMC_INBOX_MAX];
	struct spmc_optee_record optee;
	struct spmc_notify_sp notify;  /* VMs' notifications to it */
	/* SPMC_BEHAVE_SEQUENCE: stops made for each vCPU's current request. */
	uint32_t stops_made[SPMC_MAX_VCPUS];
};

/* --- memory transactions ------------------------------------------------ */

/* Transactions the model holds at once, complete or in fragments. */
#define SPMC_MAX_TRANSACTIONS 64
/*
 * Page runs all transactions hold together. Constituents are stored
 * merged: one that continues the previous one physically extends it.
 */
#define SPMC_MAX_RANGES 4096
/* Ends a list of ranges (struct spmc_mem_range.next). */
#define SPMC_NO_RANGE UINT32_MAX
/*
 * Handles the model allocates: SPMC_HANDLE_BASE + n for the n-th
 * transaction (n from 1): bit 63 clear (allocated by the SPMC), both
 * halves nonzero (a mediator that drops or swaps w2/w3 is caught), never
 * reused, never FFA_HANDLE_INVALID.
 */
#define SPMC_HANDLE_BASE UINT64_C(0x0000000100000000)

/* One borrower of a transaction. */
struct spmc_mem_receiver {
	uint16_t id;                  /* a partition */
	uint8_t permissions;          /* mem-permissions, as sent */
	uint64_t impdef[2];           /* 32-byte (1.2) descriptors; else 0 */
	bool retrieved;               /* retrieved and not yet relinquished */
	uint32_t retrieves;           /* spmc_retrieve() that succeeded */
	uint32_t relinquishes;        /* spmc_relinquish() that succeeded */
};

/* An entry of the range pool (struct spmc.ranges): a list per transaction. */
struct spmc_mem_range {
	uint64_t pa;
	uint32_t pages;
	uint32_t next;                /* SPMC_NO_RANGE: the last */
};

/*
 * A transaction as the SPMC holds it (spmc_transaction_of()). The fields
 * the sender chose are as its descriptor had them.
 */
struct spmc_mem_transaction {
	bool used;
	/*
	 * Every fragment arrived and the whole descriptor was accepted;
	 * false while fragments are due (FFA_MEM_FRAG_RX was the answer).
	 */
	bool complete;
	ffa_mem_handle_t handle;
	uint32_t fid;                 /* FFA_MEM_SHARE_32 ... FFA_MEM_DONATE_64 */
	/* FFA_MEM_TRANSACTION_TYPE_SHARE, _LEND or _DONATE. */
	enum ffa_mem_transaction_type type;
	uint16_t sender;              /* the VM */
	/* mem-attributes (a 1.0 descriptor's byte, field by field). */
	uint16_t attributes;
	uint32_t flags;               /* mem-transaction-flags */
	uint64_t tag;
	uint32_t access_size;         /* 16 or 32 (as the descriptor had it) */
	uint32_t receiver_count;
	struct spmc_mem_receiver receivers[SPMC_MAX_PARTITIONS];
	uint32_t total_length;        /* w1 of the first call */
	uint32_t received;            /* bytes of the descriptor so far */
	uint32_t fragments;           /* calls that carried part of it */
	uint32_t total_pages;         /* the composite's total page count */
	uint32_t constituent_count;   /* the composite's range count */
	uint32_t constituents_received;
	uint64_t pages_received;      /* sum of their page counts so far */
	uint32_t range_count;         /* ranges stored (merged) */
	uint32_t first_range;         /* index in spmc.ranges, or SPMC_NO_RANGE */
	uint32_t last_range;
	/*
	 * Errors found in constituents so far, reported when the last
	 * fragment arrives (where Hafnium checks them): INVALID_PARAMETERS
	 * ones before DENIED ones.
	 */
	bool bad_constituent;
	bool denied_constituent;
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
	/*
	 * Index of the physical CPU the hypervisor calls from (tests set it;
	 * 0 after spmc_init()). A direct request to an MP partition (more
	 * than one execution context) runs on vCPU `cpu`, and FFA_RUN of an
	 * MP partition must name that vCPU (Hafnium api_ffa_get_vm_vcpu()
	 * and ffa_cpu_cycles_run_checks()); a UP partition always uses vCPU
	 * 0. Keep it below SPMC_MAX_VCPUS.
	 */
	uint16_t cpu;
	/*
	 * SBZ fields a call had set that the SPMC ignored (Hafnium only logs
	 * a warning): VM created/destroyed w5[31:16], w6, w7.
	 */
	uint32_t sbz_warnings;
	struct spmc_partition_state part[SPMC_MAX_PARTITIONS];
	/* Memory transactions and the pool of their ranges. */
	uint64_t mem_handles;             /* handles allocated so far */
	struct spmc_mem_transaction mem[SPMC_MAX_TRANSACTIONS];
	uint32_t free_range;              /* free list head (SPMC_NO_RANGE) */
	uint32_t free_ranges;             /* entries on the free list */
	struct spmc_mem_range ranges[SPMC_MAX_RANGES];
	struct spmc_notify notify;        /* spmc_notify.h */
};

/*
 * Start with config (copied); nothing mapped, no version negotiated (the
 * caller's version is taken to be the SPMC's own until FFA_VERSION).
 */
void spmc_init(struct spmc *s, const struct spmc_config *config);

/* Handle one SMC from the hypervisor: regs in, the reply out. */
void spmc_call(struct spmc *s, struct ffa_regs *regs);

/*
 * Append a scripted answer to c (see struct spmc_config.script); false
 * when SPMC_MAX_SCRIPTED are waiting.
 */
bool spmc_script_add(struct spmc_config *c, uint32_t fid, const struct ffa_regs *reply);

/* Remove function fid from c (see struct spmc_config.removed); false when full. */
bool spmc_remove_function(struct spmc_config *c, uint32_t fid);

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

/*
 * What partition id has received (see struct spmc_partition_state), or
 * NULL for an id that is not a configured partition.
 */
const struct spmc_partition_state *spmc_partition_state_of(const struct spmc *s,
							   uint16_t id);

/* Does partition know VM vm as created (and not destroyed since)? */
bool spmc_vm_known(const struct spmc *s, uint16_t partition, uint16_t vm);

/*
 * Empties the FFA_MSG_SEND2 inbox of a partition: copies the message
 * (partition message header, then the payload at the header's offset,
 * exactly as the sender's TX buffer had it) to buf and its length to *len
 * (either may be NULL to discard). Returns FFA_OK, FFA_NO_DATA (empty),
 * FFA_NO_MEMORY (buf smaller than the message; the inbox keeps it) or
 * FFA_INVALID_PARAMETERS (no such partition).
 */
int32_t spmc_inbox_take(struct spmc *s, uint16_t partition, void *buf,
			uint32_t size, uint32_t *len);

/*
 * Partition sends an indirect message (FFA_MSG_SEND2) to VM vm: writes a
 * partition message header in the layout of the partition's own FF-A
 * version (Hafnium copies the sender's TX buffer as it is: 20 bytes at
 * 1.1, 40 at 1.2 with uuid, NULL meaning Nil), then len payload bytes at
 * offset = header size, to the start of the VM's registered RX buffer, and
 * marks it SPMC_RX_FULL (the hypervisor then owns it until it releases it
 * for the VM with FFA_RX_RELEASE). Notifications are not modelled.
 * Returns, in Hafnium's order of checks:
 *  - FFA_INVALID_PARAMETERS: no such partition, vm is not a VM id, or the
 *    VM has no buffers registered with the SPMC;
 *  - FFA_DENIED: the partition is below FF-A 1.1 or lacks the indirect
 *    message property;
 *  - FFA_BUSY: the SPMC does not own the RX buffer (full or acquired);
 *  - FFA_INVALID_PARAMETERS: header and payload exceed SPMC_INBOX_MAX
 *    (Hafnium's FFA_MSG_PAYLOAD_MAX) or the RX buffer;
 *  - FFA_ABORTED: phys() refused the RX buffer;
 *  - FFA_OK.
 */
int32_t spmc_partition_send2_to_vm(struct spmc *s, uint16_t partition,
				   uint16_t vm, const struct ffa_uuid *uuid,
				   const void *payload, uint32_t len);

/*
 * --- memory transactions: inspection and the partitions' side -----------
 *
 * FFA_MEM_SHARE/LEND/DONATE_32/64 from the hypervisor (DEN0077A v1.1 §10,
 * §11; Hafnium api_ffa_mem_send(), ffa_memory_send_validate()): w1 = total
 * length, w2 = length of this fragment, x3 = 0 and w4 = 0 (the descriptor is
 * in the hypervisor's TX buffer; any other value: INVALID_PARAMETERS, and
 * FFA_FEATURES reports no dynamic buffer support). The descriptor is in the
 * layout of the hypervisor's negotiated version: a 32-byte header and
 * 16-byte access descriptors at 1.0; a 48-byte header with access
 * descriptors of the size it names (16, or 32 from 1.2) at offset 48 from
 * 1.1. The sender is the VM, the constituents are physical addresses.
 * The first fragment holds the header, every access descriptor and the
 * composite descriptor (Hafnium); each fragment is a multiple of 16 bytes,
 * so only whole constituents follow. Answers:
 *  - FFA_SUCCESS_32, w2/w3 = handle, once the whole descriptor is in;
 *  - FFA_MEM_FRAG_RX_32 while more is due: w1/w2 = handle, w3 = bytes
 *    received so far, w4[31:16] = the sender VM (Hafnium for the first
 *    fragment, TF-A for every one). The hypervisor sends the next fragment
 *    with FFA_MEM_FRAG_TX_32: w1/w2 = handle, w3 = its length, w4[31:16] =
 *    the sender VM, w4[15:0] MBZ. Any number of fragments, any number of
 *    transactions in fragments at once (config.mem_one_partial_per_sender).
 * Errors of the first call, in this order (Hafnium's):
 *  - INVALID_PARAMETERS: x3 or w4 nonzero; fragment longer than the total
 *    or than the TX buffer; no hypervisor TX buffer;
 *  - ABORTED: phys() refuses the TX buffer;
 *  - INVALID_PARAMETERS: the fragment shorter than the header; a header
 *    reserved field or the handle nonzero (the model's); at 1.1+ access
 *    descriptors not at offset 48, or of a size other than 16 (any 1.1+)
 *    or 32 (1.2+ only); no receivers, or more than SPMC_MAX_PARTITIONS;
 *    the fragment too short for the access descriptors and the composite
 *    descriptor; an access descriptor reserved field set; composite offset
 *    0, inside the access descriptors, with its descriptor past the
 *    fragment, or differing between receivers; flags other than
 *    zero-memory (never for SHARE) and, with config.mem_allow_time_slice,
 *    time-slice; DONATE to other than one receiver; a receiver that is not
 *    a partition; total or fragment length not a multiple of 16;
 *  - DENIED: the sender is not a VM (0 (the model's) or a secure id);
 *  - INVALID_PARAMETERS: total length too short for one constituent;
 *    composite offset not 16-byte aligned (Hafnium, TF-A); composite
 *    reserved field set (the model's); range count other than what the
 *    total length holds; a receiver twice; permissions with reserved bits
 *    (the model's) or values, access flags set (the model's: MBZ here),
 *    instruction access other than "not specified" (Hafnium; DEN0077A
 *    v1.2 §11.10.3), data access "not specified" for SHARE/LEND or
 *    specified for DONATE; the NS attribute bit (Hafnium, TF-A, Xen) or
 *    another reserved attribute bit; DONATE and one-borrower LEND with a
 *    memory type (Hafnium: must be "not specified"; the model wants the
 *    whole attributes zero then; see config.mem_allow_typed_lend_donate);
 *    SHARE and multi-borrower LEND with the reserved memory type;
 *  - DENIED: SHARE and multi-borrower LEND of other than normal,
 *    write-back, inner-shareable memory (Hafnium
 *    ffa_memory_attributes_validate());
 *  - BUSY: config.mem_one_partial_per_sender and the sender has a
 *    transaction in fragments;
 *  - NO_MEMORY: SPMC_MAX_TRANSACTIONS in use, or the ranges of this
 *    fragment do not fit in the pool (the transaction ends).
 * FFA_MEM_FRAG_TX errors (the transaction stays as it was unless said):
 *  - INVALID_PARAMETERS: w4[15:0] set; no TX buffer; length 0, not a
 *    multiple of 16 or longer than the TX buffer;
 *  - ABORTED: phys() refuses the TX buffer;
 *  - INVALID_PARAMETERS: no transaction in fragments with that handle; a
 *    sender id other than the transaction's (the model's: Hafnium does
 *    not check it); the fragment goes past the total length (the model's;
 *    the transaction ends);
 *  - NO_MEMORY: the range pool is full (the transaction ends).
 * When the last fragment arrives the constituents are checked as Hafnium's
 * ffa_send_check_update() does; on an error the transaction ends:
 *  - INVALID_PARAMETERS: no constituent in the first fragment (Hafnium
 *    constituents_get_mode()); a constituent reserved field set, an
 *    address not 4K aligned, 0 pages, a run past the top of the address
 *    space, two constituents sharing a page, or the page counts not
 *    summing to the composite's total (overflow-safe);
 *  - DENIED: phys() refuses a constituent, or a page is in another
 *    complete transaction or in registered RX/TX buffers.
 * On success LEND/DONATE with zero-memory have the pages zeroed (through
 * phys()), as Hafnium does before the borrower can retrieve them.
 *
 * FFA_MEM_RECLAIM_32: w1/w2 = handle, w3 = flags (zero-memory, time-slice;
 * bits [31:2] MBZ). The hypervisor forwards it with no VM id (Hafnium
 * ffa_other_world_mem_reclaim()), so the SPMC cannot check that the VM
 * owns the handle: the hypervisor must. Errors, Hafnium's order:
 *  - INVALID_PARAMETERS: reserved flags; no transaction with that handle
 *    (a DONATE whose borrower retrieved it is gone: Hafnium frees it);
 *    a transaction in fragments (see config.mem_reclaim_aborts_partial);
 *  - DENIED: a borrower has retrieved it and not relinquished it;
 *  - INVALID_PARAMETERS: zero-memory for a SHARE (DEN0077A; Hafnium would
 *    zero it);
 * else the transaction ends (with zero-memory, its pages zeroed) and the
 * answer is SUCCESS_32.
 */

/* The transaction with that handle, complete or in fragments, or NULL. */
const struct spmc_mem_transaction *
spmc_transaction_of(const struct spmc *s, ffa_mem_handle_t handle);

/* Transactions held: complete ones and those in fragments. */
uint32_t spmc_transaction_count(const struct spmc *s);

/* The n-th transaction held (pool order), n < spmc_transaction_count(). */
const struct spmc_mem_transaction *spmc_transaction_at(const struct spmc *s,
							uint32_t n);

/*
 * Range i (in descriptor order; adjacent constituents merged) of t into
 * *out; false past the last one.
 */
bool spmc_transaction_range(const struct spmc *s,
			    const struct spmc_mem_transaction *t, uint32_t i,
			    struct spmc_range *out);

/*
 * Partition retrieves the memory of handle (what its FFA_MEM_RETRIEVE_REQ
 * would do; no descriptor is checked or written). Returns:
 *  - FFA_INVALID_PARAMETERS: no such handle, the transaction is still in
 *    fragments (Hafnium), or partition is not one of its receivers;
 *  - FFA_DENIED: partition has retrieved it and not relinquished it;
 *  - FFA_OK: recorded (receivers[].retrieved). A DONATE then ends: the
 *    partition owns the pages, the handle is gone (Hafnium
 *    ffa_memory_retrieve_complete()), and the model forgets the pages.
 */
int32_t spmc_retrieve(struct spmc *s, ffa_mem_handle_t handle,
		      uint16_t partition);

/*
 * Partition relinquishes handle (FFA_MEM_RELINQUISH). Returns
 * FFA_INVALID_PARAMETERS for no such complete transaction, a partition that
 * is not a receiver or has not retrieved it (Hafnium), else FFA_OK.
 */
int32_t spmc_relinquish(struct spmc *s, ffa_mem_handle_t handle,
			uint16_t partition);

/*
 * Partition reads (or, write true, writes) len bytes at byte off of the
 * memory of handle, in descriptor order, as it would once it mapped what it
 * retrieved. Returns FFA_INVALID_PARAMETERS (no such complete transaction,
 * not a receiver, not retrieved by it, or past the end), FFA_DENIED (a write
 * to memory it may only read), FFA_ABORTED (phys() refused) or FFA_OK.
 */
int32_t spmc_sp_mem_access(struct spmc *s, ffa_mem_handle_t handle, uint16_t partition,
			   uint64_t off, void *buf, uint64_t len, bool write);

/* Transactions of sender (a VM) held, complete or in fragments. */
uint32_t spmc_transaction_count_of(const struct spmc *s, uint16_t sender);

/* Has VM vm notification bitmaps (BITMAP_CREATE and no DESTROY since)? */
bool spmc_vm_has_bitmaps(const struct spmc *s, uint16_t vm);

/* --- notifications (spmc_notify.h) ---------------------------------------- */

/* The hypervisor's calls, for the dispatch table. */
int32_t spmc_notify_bitmap_create(struct spmc *s, const struct ffa_regs *in, struct ffa_regs *out);
int32_t spmc_notify_bitmap_destroy(struct spmc *s, const struct ffa_regs *in, struct ffa_regs *out);
int32_t spmc_notify_bind(struct spmc *s, const struct ffa_regs *in, struct ffa_regs *out);
int32_t spmc_notify_unbind(struct spmc *s, const struct ffa_regs *in, struct ffa_regs *out);
int32_t spmc_notify_set(struct spmc *s, const struct ffa_regs *in, struct ffa_regs *out);
int32_t spmc_notify_get(struct spmc *s, const struct ffa_regs *in, struct ffa_regs *out);
int32_t spmc_notify_info_get(struct spmc *s, const struct ffa_regs *in, struct ffa_regs *out);

/* Partition sp lets VM vm set the notifications in bitmap (its BIND). */
int32_t spmc_sp_notification_bind(struct spmc *s, uint16_t sp, uint16_t vm, uint64_t bitmap);

/* The same, with its per-vCPU flag: the notifications are per-vCPU ones. */
int32_t spmc_sp_notification_bind_kind(struct spmc *s, uint16_t sp, uint16_t vm, uint64_t bitmap,
				       bool per_vcpu);

/*
 * Partition sp sets notifications for VM vm (its FFA_NOTIFICATION_SET):
 * FFA_OK, INVALID_PARAMETERS (no bitmaps, no such partition, an empty
 * bitmap, a vCPU past the VM's, a global one naming a vCPU other than 0),
 * or DENIED (a bit the VM did not bind to
 * sp, or bound with the other per-vCPU kind). The SPMC would now raise
 * the schedule receiver interrupt; the tests call the mediator's
 * ffa_notifications_pending() for it.
 */
int32_t spmc_sp_notification_set(struct spmc *s, uint16_t sp, uint16_t vm, uint64_t bitmap,
				 bool per_vcpu, uint16_t vcpu);

/* What VMs set for partition sp since the last call (its GET). */
uint64_t spmc_sp_notifications_take(struct spmc *s, uint16_t sp);

/* The SPM's RX-buffer-full framework notification for VM vm. */
void spmc_notify_rx_full(struct spmc *s, uint16_t vm);

/* VM vm is gone for the partitions (notify_follows_vm_msgs): its bitmaps too. */
void spmc_notify_vm_gone(struct spmc *s, uint16_t vm);

#endif /* SPMC_H */
