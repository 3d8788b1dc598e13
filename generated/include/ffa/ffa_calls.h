/* SPDX-License-Identifier: MIT */
/*
 * Generated from spec/functions.yaml; do not edit.
 * To regenerate: python3 generator/ffagen.py
 * FFA-GEN include/ffa/ffa_calls.h
 */
#ifndef FFA_CALLS_H
#define FFA_CALLS_H

#include "ffa/ffa_abi.h"

/* All ones in the bits a register carries in the convention. */
#define FFA_CONV_MASK(smc64) ((smc64) ? UINT64_MAX : (uint64_t)UINT32_MAX)

/*
 * One struct per call (its arguments) and per successful result, with
 * decode and encode, all static inline so each caller gets straight-line
 * code for the calls it uses and nothing else:
 *  - ffa_decode_<call>() checks that w0 is one of the call's ids and that
 *    every MBZ bit at the caller's version is zero (else
 *    FFA_INVALID_PARAMETERS), then fills the struct. Returns FFA_OK or an
 *    FF-A status.
 *  - ffa_decode_<call>_case(), for a call others are answered with in
 *    ffa_dispatch() (spec: case), accepts their ids too.
 *  - ffa_encode_<call>() writes the id for args->smc64 and the fields,
 *    zeroing every other register.
 *  - ffa_decode_<call>_result() accepts FFA_SUCCESS_32/64 (or, for a raw
 *    result, w0 itself); it returns the status of an FFA_ERROR reply and
 *    FFA_INVALID_PARAMETERS for any other reply.
 *  - ffa_encode_<call>_result() writes FFA_SUCCESS_64 when the call was
 *    SMC64 and the result uses 64-bit registers, FFA_SUCCESS_32 otherwise.
 * Registers: wN is 32 bits; xN is 64 bits in SMC64, 32 bits in SMC32.
 * Two kinds of member are not copies of one field:
 *  - a payload of whole x registers (a direct message's) is a pointer to
 *    the registers it was decoded from, with its count in
 *    FFA_<CALL>_ARGS_<MEMBER>_COUNT: a mediator forwards a payload, it
 *    does not read it. Read it before writing those registers; encoding
 *    copies it (masked to the convention) unless it already points at the
 *    destination, and a NULL one is zeroes.
 *  - a bit field repeated side by side (INFO_GET's list sizes) stays
 *    packed as the register holds it, with ffa_<call>_<args|result>_get_
 *    <member>() and _set_<member>() for copy i.
 */

/* FFA_ERROR: DEN0077A v1.2 §12.2 */
struct ffa_error_args {
	bool smc64; /* called with the SMC64 id */
	ffa_vcpu_id_t target_vcpu; /* w1[15:0]: vCPU of the SP/VM the error is delivered to. */
	uint16_t target_id; /* w1[31:16]: SP/VM the error is delivered to. */
	int32_t error_code; /* w2: The FF-A status code (a negative 32-bit value). */
	uint32_t error_arg; /* w3: Extra error information some calls define (FFA_CONSOLE_LOG with RETRY: characters logged), otherwise zero. */
};


/* FFA_SUCCESS: DEN0077A v1.2 §12.3 */
struct ffa_success_args {
	bool smc64; /* called with the SMC64 id */
	ffa_vcpu_id_t target_vcpu; /* w1[15:0]: vCPU of the SP/VM the results are delivered to. */
	uint16_t target_id; /* w1[31:16]: SP/VM the results are delivered to. */
};


/* FFA_INTERRUPT: DEN0077A v1.2 §14.4 */
struct ffa_interrupt_args {
	bool smc64; /* called with the SMC64 id */
	ffa_vcpu_id_t vcpu; /* w1[15:0]: vCPU (execution context) that was preempted. */
	uint16_t endpoint; /* w1[31:16]: Endpoint whose vCPU was preempted. */
	uint32_t interrupt_id; /* w2: Interrupt id handed to a waiting callee, when the usage defines it; MBZ otherwise. */
};


/* FFA_VERSION: DEN0077A v1.2 §13.2 */
struct ffa_version_args {
	bool smc64; /* called with the SMC64 id */
	uint16_t minor; /* w1[15:0]: Minor version the caller implements. */
	uint16_t major; /* w1[30:16]: Major version the caller implements. */
};

struct ffa_version_result {
	bool smc64; /* answer with 64-bit registers where the result has them */
	uint16_t minor; /* w0[15:0]: Minor version of the callee. */
	uint16_t major; /* w0[30:16]: Major version of the callee. */
};


/* FFA_FEATURES: DEN0077A v1.2 §13.3 */
struct ffa_features_args {
	bool smc64; /* called with the SMC64 id */
	uint32_t feature; /* w1: A function id (bit 31 set; either convention's id may be given) or a feature id (bit 31 clear, bits [30:8] MBZ, id in [7:0]). */
	uint32_t input_properties; /* w2: Properties the caller expects of the queried function (see features.yaml); MBZ with a feature id. */
};

struct ffa_features_result {
	bool smc64; /* answer with 64-bit registers where the result has them */
	uint32_t properties; /* w2: Interface properties of the queried id (see features.yaml); zero when it defines none. */
	uint32_t properties_2; /* w3: More interface properties of the queried id; zero when it defines none. */
};


/* FFA_RX_RELEASE: DEN0077A v1.2 §13.5 */
struct ffa_rx_release_args {
	bool smc64; /* called with the SMC64 id */
	uint16_t vm_id; /* w1[15:0]: VM whose RX buffer the hypervisor releases at the Non-secure physical instance; MBZ from a VM. */
};

struct ffa_rx_release_result {
	bool smc64; /* answer with 64-bit registers where the result has them */
};


/* FFA_RXTX_MAP: DEN0077A v1.2 §13.6 */
struct ffa_rxtx_map_args {
	bool smc64; /* called with the SMC64 id */
	uint64_t tx_address; /* x1: Base address of the TX buffer (IPA for a VM), aligned to the FEATURES granule; MBZ when the hypervisor forwards a VM's buffers through its TX buffer. */
	uint64_t rx_address; /* x2: Base address of the RX buffer (IPA for a VM), aligned to the FEATURES granule; MBZ when the hypervisor forwards. */
	uint8_t page_count; /* w3[5:0]: Size of each buffer in 4K pages; nonzero and a multiple of the granule. */
};

struct ffa_rxtx_map_result {
	bool smc64; /* answer with 64-bit registers where the result has them */
};


/* FFA_RXTX_UNMAP: DEN0077A v1.2 §13.7 */
struct ffa_rxtx_unmap_args {
	bool smc64; /* called with the SMC64 id */
	uint16_t vm_id; /* w1[31:16]: VM whose buffers the hypervisor unmaps at the Non-secure physical instance; MBZ from a VM. */
};

struct ffa_rxtx_unmap_result {
	bool smc64; /* answer with 64-bit registers where the result has them */
};


/* FFA_PARTITION_INFO_GET: DEN0077A v1.2 §13.8 */
struct ffa_partition_info_get_args {
	bool smc64; /* called with the SMC64 id */
	struct ffa_uuid uuid; /* w1/w2/w3/w4: UUID filter, bytes 0-15 in w1..w4 (SMCCC encoding); all zero selects every partition. */
	bool count_only; /* w5[0:0]: Return only the partition count and write nothing to the RX buffer. */
};

struct ffa_partition_info_get_result {
	bool smc64; /* answer with 64-bit registers where the result has them */
	uint32_t count; /* w2: Number of descriptors written to the RX buffer, or of matching partitions with count-only. */
	uint32_t desc_size; /* w3: Size in bytes of each descriptor in the RX buffer; MBZ with count-only. */
};


/* FFA_ID_GET: DEN0077A v1.2 §13.10 */
struct ffa_id_get_args {
	bool smc64; /* called with the SMC64 id */
};

struct ffa_id_get_result {
	bool smc64; /* answer with 64-bit registers where the result has them */
	uint16_t id; /* w2[15:0]: FF-A id of the caller. */
};


/* FFA_MSG_POLL: DEN0077A v1.2 §18.4.2 */
struct ffa_msg_poll_args {
	bool smc64; /* called with the SMC64 id */
};


/* FFA_MSG_WAIT: DEN0077A v1.2 §14.1 */
struct ffa_msg_wait_args {
	bool smc64; /* called with the SMC64 id */
	bool retain_rx; /* w2[0:0]: Keep ownership of the RX buffer instead of releasing it. */
};


/* FFA_YIELD: DEN0077A v1.2 §14.2 */
struct ffa_yield_args {
	bool smc64; /* called with the SMC64 id */
	ffa_vcpu_id_t vcpu; /* w1[15:0]: vCPU of the yielding endpoint; MBZ from a VM. */
	uint16_t endpoint; /* w1[31:16]: Yielding endpoint; MBZ from a VM. */
	uint32_t timeout_lo; /* w2: Bits [31:0] of a timeout in ns after which the VM vCPU is run again, set only by the hypervisor (ERET); MBZ from a VM. */
	uint32_t timeout_hi; /* w3: Bits [63:32] of that timeout; MBZ from a VM. */
};


/* FFA_RUN: DEN0077A v1.2 §14.3 */
struct ffa_run_args {
	bool smc64; /* called with the SMC64 id */
	ffa_vcpu_id_t vcpu; /* w1[15:0]: vCPU of the target to run. */
	uint16_t target; /* w1[31:16]: Endpoint to run. */
};


/* FFA_MSG_SEND: DEN0077A v1.2 §18.4.1 */
struct ffa_msg_send_args {
	bool smc64; /* called with the SMC64 id */
	uint16_t receiver; /* w1[15:0]: Receiver VM. */
	uint16_t sender; /* w1[31:16]: Sender VM; must be the caller. */
	uint32_t size; /* w3: Length of the message payload in bytes. */
	bool notify; /* w4[0:0]: When the receiver's RX buffer is busy, notify the caller once it is free (BUSY is returned either way). */
	ffa_vcpu_id_t sender_vcpu; /* w5[15:0]: Sender vCPU, only with the ERET conduit; MBZ from a VM. */
};

struct ffa_msg_send_result {
	bool smc64; /* answer with 64-bit registers where the result has them */
};


/* FFA_MSG_SEND_DIRECT_REQ: DEN0077A v1.2 §15.2 */
struct ffa_msg_send_direct_req_args {
	bool smc64; /* called with the SMC64 id */
	uint16_t destination; /* w1[15:0]: Receiver endpoint id. */
	uint16_t source; /* w1[31:16]: Sender endpoint id; must be the caller. */
	uint8_t framework_type; /* w2[7:0]: Framework message type; MBZ for a partition message. */
	bool framework; /* w2[31:31]: Set for a framework message, which a VM may never send. */
	const uint64_t *payload; /* x3..x7: Implementation defined payload, one register each. Points at the registers decoded: read it before they are written. */
};
#define FFA_MSG_SEND_DIRECT_REQ_ARGS_PAYLOAD_COUNT 5


/* FFA_MSG_SEND_DIRECT_RESP: DEN0077A v1.2 §15.3 */
struct ffa_msg_send_direct_resp_args {
	bool smc64; /* called with the SMC64 id */
	uint16_t destination; /* w1[15:0]: Receiver endpoint id. */
	uint16_t source; /* w1[31:16]: Sender endpoint id; must be the caller. */
	uint8_t framework_type; /* w2[7:0]: Framework message type; MBZ for a partition message. */
	bool framework; /* w2[31:31]: Set for a framework message, which a VM may never send. */
	const uint64_t *payload; /* x3..x7: Implementation defined payload, one register each. Points at the registers decoded: read it before they are written. */
};
#define FFA_MSG_SEND_DIRECT_RESP_ARGS_PAYLOAD_COUNT 5


/* FFA_MEM_DONATE: DEN0077A v1.0 §11.1 */
struct ffa_mem_donate_args {
	bool smc64; /* called with the SMC64 id */
	uint32_t total_length; /* w1: Length of the whole transaction descriptor in bytes. */
	uint32_t fragment_length; /* w2: Length in bytes of the first fragment (the whole descriptor when it is not fragmented). */
	uint64_t buffer_address; /* x3: Address of a buffer the caller allocated for the descriptor, or 0 for the TX buffer. */
	uint32_t page_count; /* w4: Size in 4K pages of the buffer in x3; MBZ with the TX buffer. */
};

struct ffa_mem_donate_result {
	bool smc64; /* answer with 64-bit registers where the result has them */
	ffa_mem_handle_t handle; /* w2/w3: Handle of the memory region (w2 bits [31:0], w3 bits [63:32]). */
};


/* FFA_MEM_LEND: DEN0077A v1.0 §11.2 */
struct ffa_mem_lend_args {
	bool smc64; /* called with the SMC64 id */
	uint32_t total_length; /* w1: Length of the whole transaction descriptor in bytes. */
	uint32_t fragment_length; /* w2: Length in bytes of the first fragment (the whole descriptor when it is not fragmented). */
	uint64_t buffer_address; /* x3: Address of a buffer the caller allocated for the descriptor, or 0 for the TX buffer. */
	uint32_t page_count; /* w4: Size in 4K pages of the buffer in x3; MBZ with the TX buffer. */
};

struct ffa_mem_lend_result {
	bool smc64; /* answer with 64-bit registers where the result has them */
	ffa_mem_handle_t handle; /* w2/w3: Handle of the memory region (w2 bits [31:0], w3 bits [63:32]). */
};


/* FFA_MEM_SHARE: DEN0077A v1.0 §11.3 */
struct ffa_mem_share_args {
	bool smc64; /* called with the SMC64 id */
	uint32_t total_length; /* w1: Length of the whole transaction descriptor in bytes. */
	uint32_t fragment_length; /* w2: Length in bytes of the first fragment (the whole descriptor when it is not fragmented). */
	uint64_t buffer_address; /* x3: Address of a buffer the caller allocated for the descriptor, or 0 for the TX buffer. */
	uint32_t page_count; /* w4: Size in 4K pages of the buffer in x3; MBZ with the TX buffer. */
};

struct ffa_mem_share_result {
	bool smc64; /* answer with 64-bit registers where the result has them */
	ffa_mem_handle_t handle; /* w2/w3: Handle of the memory region (w2 bits [31:0], w3 bits [63:32]). */
};


/* FFA_MEM_RETRIEVE_REQ: DEN0077A v1.0 §11.4 */
struct ffa_mem_retrieve_req_args {
	bool smc64; /* called with the SMC64 id */
	uint32_t total_length; /* w1: Length of the whole transaction descriptor in bytes. */
	uint32_t fragment_length; /* w2: Length in bytes of the first fragment (the whole descriptor when it is not fragmented). */
	uint64_t buffer_address; /* x3: Address of a buffer the caller allocated for the descriptor, or 0 for the TX buffer. */
	uint32_t page_count; /* w4: Size in 4K pages of the buffer in x3; MBZ with the TX buffer. */
};


/* FFA_MEM_RETRIEVE_RESP: DEN0077A v1.0 §11.5 */
struct ffa_mem_retrieve_resp_args {
	bool smc64; /* called with the SMC64 id */
	uint32_t total_length; /* w1: Length of the whole response descriptor in bytes. */
	uint32_t fragment_length; /* w2: Length in bytes of the fragment in the RX buffer. */
};


/* FFA_MEM_RELINQUISH: DEN0077A v1.0 §11.6 */
struct ffa_mem_relinquish_args {
	bool smc64; /* called with the SMC64 id */
};

struct ffa_mem_relinquish_result {
	bool smc64; /* answer with 64-bit registers where the result has them */
};


/* FFA_MEM_RECLAIM: DEN0077A v1.0 §11.7 */
struct ffa_mem_reclaim_args {
	bool smc64; /* called with the SMC64 id */
	ffa_mem_handle_t handle; /* w1/w2: Handle of the memory region (w1 bits [31:0], w2 bits [63:32]). */
	bool zero_memory; /* w3[0:0]: Zero the region before the owner gets it back (not allowed for a share). */
	bool time_slice; /* w3[1:1]: The partition manager may time slice the operation. */
};

struct ffa_mem_reclaim_result {
	bool smc64; /* answer with 64-bit registers where the result has them */
};


/* FFA_MEM_OP_PAUSE: DEN0077A v1.0 §11.8 */
struct ffa_mem_op_pause_args {
	bool smc64; /* called with the SMC64 id */
	ffa_mem_handle_t handle; /* w1/w2: Handle of the paused transaction (w1 bits [31:0], w2 bits [63:32]). */
};


/* FFA_MEM_OP_RESUME: DEN0077A v1.0 §11.9 */
struct ffa_mem_op_resume_args {
	bool smc64; /* called with the SMC64 id */
	ffa_mem_handle_t handle; /* w1/w2: Handle of the paused transaction (w1 bits [31:0], w2 bits [63:32]). */
};

struct ffa_mem_op_resume_result {
	bool smc64; /* answer with 64-bit registers where the result has them */
};


/* FFA_MEM_FRAG_RX: DEN0077A v1.0 §11.10 */
struct ffa_mem_frag_rx_args {
	bool smc64; /* called with the SMC64 id */
	ffa_mem_handle_t handle; /* w1/w2: Handle of the transaction (w1 bits [31:0], w2 bits [63:32]). */
	uint32_t fragment_offset; /* w3: Offset in bytes of the next fragment wanted (bytes received so far). */
	uint16_t endpoint_id; /* w4[31:16]: Endpoint the hypervisor acts for between itself and the SPMC; MBZ from a VM. */
};


/* FFA_MEM_FRAG_TX: DEN0077A v1.0 §11.11 */
struct ffa_mem_frag_tx_args {
	bool smc64; /* called with the SMC64 id */
	ffa_mem_handle_t handle; /* w1/w2: Handle of the transaction (w1 bits [31:0], w2 bits [63:32]). */
	uint32_t fragment_length; /* w3: Length in bytes of this fragment. */
	uint16_t endpoint_id; /* w4[31:16]: Endpoint the hypervisor acts for between itself and the SPMC; MBZ from a VM. */
};

struct ffa_mem_frag_tx_result {
	bool smc64; /* answer with 64-bit registers where the result has them */
	ffa_mem_handle_t handle; /* w2/w3: Handle of the memory region (w2 bits [31:0], w3 bits [63:32]). */
};


/* FFA_NORMAL_WORLD_RESUME: DEN0077A v1.2 §14.5 */
struct ffa_normal_world_resume_args {
	bool smc64; /* called with the SMC64 id */
};


/* FFA_NOTIFICATION_BITMAP_CREATE: DEN0077A v1.2 §16.1 */
struct ffa_notification_bitmap_create_args {
	bool smc64; /* called with the SMC64 id */
	uint16_t vm_id; /* w1[15:0]: VM the bitmaps are created for. */
	uint32_t vcpu_count; /* w2: Number of vCPUs of the VM. */
};

struct ffa_notification_bitmap_create_result {
	bool smc64; /* answer with 64-bit registers where the result has them */
};


/* FFA_NOTIFICATION_BITMAP_DESTROY: DEN0077A v1.2 §16.2 */
struct ffa_notification_bitmap_destroy_args {
	bool smc64; /* called with the SMC64 id */
	uint16_t vm_id; /* w1[15:0]: VM whose bitmaps are destroyed. */
};

struct ffa_notification_bitmap_destroy_result {
	bool smc64; /* answer with 64-bit registers where the result has them */
};


/* FFA_NOTIFICATION_BIND: DEN0077A v1.2 §16.3 */
struct ffa_notification_bind_args {
	bool smc64; /* called with the SMC64 id */
	uint16_t receiver; /* w1[15:0]: Receiver endpoint; must be the caller (the hypervisor names an SP here). */
	uint16_t sender; /* w1[31:16]: Endpoint allowed to signal. */
	bool per_vcpu; /* w2[0:0]: All notifications in the bitmap are per-vCPU (else global). */
	ffa_notification_bitmap_t bitmap; /* w3/w4: Notifications to bind (w3 bits [31:0], w4 bits [63:32]). */
};

struct ffa_notification_bind_result {
	bool smc64; /* answer with 64-bit registers where the result has them */
};


/* FFA_NOTIFICATION_UNBIND: DEN0077A v1.2 §16.4 */
struct ffa_notification_unbind_args {
	bool smc64; /* called with the SMC64 id */
	uint16_t receiver; /* w1[15:0]: Receiver endpoint; must be the caller (the hypervisor names an SP here). */
	uint16_t sender; /* w1[31:16]: Endpoint that may no longer signal. */
	ffa_notification_bitmap_t bitmap; /* w3/w4: Notifications to unbind (w3 bits [31:0], w4 bits [63:32]). */
};

struct ffa_notification_unbind_result {
	bool smc64; /* answer with 64-bit registers where the result has them */
};


/* FFA_NOTIFICATION_SET: DEN0077A v1.2 §16.5 */
struct ffa_notification_set_args {
	bool smc64; /* called with the SMC64 id */
	uint16_t receiver; /* w1[15:0]: Receiver endpoint. */
	uint16_t sender; /* w1[31:16]: Sender endpoint; must be the caller (the hypervisor names a VM here). */
	bool per_vcpu; /* w2[0:0]: All notifications in the bitmap are per-vCPU and go to receiver-vcpu (else global). */
	bool delay_sri; /* w2[1:1]: Delay the schedule receiver interrupt; an SP's flag, ignored from a VM (Hafnium's hypervisor clears it, Xen passes it on). */
	ffa_vcpu_id_t receiver_vcpu; /* w2[31:16]: Receiver vCPU for per-vCPU notifications; MBZ otherwise. */
	ffa_notification_bitmap_t bitmap; /* w3/w4: Notifications to signal (w3 bits [31:0], w4 bits [63:32]). */
};

struct ffa_notification_set_result {
	bool smc64; /* answer with 64-bit registers where the result has them */
};


/* FFA_NOTIFICATION_GET: DEN0077A v1.2 §16.6 */
struct ffa_notification_get_args {
	bool smc64; /* called with the SMC64 id */
	uint16_t receiver; /* w1[15:0]: Receiver endpoint; must be the caller (the hypervisor names a VM here). */
	ffa_vcpu_id_t receiver_vcpu; /* w1[31:16]: vCPU whose per-vCPU notifications are returned. */
	bool from_sp; /* w2[0:0]: Return notifications pended by SPs. */
	bool from_vm; /* w2[1:1]: Return notifications pended by VMs (SBZ at the Non-secure physical instance). */
	bool from_spm; /* w2[2:2]: Return framework notifications pended by the SPM. */
	bool from_hyp; /* w2[3:3]: Return framework notifications pended by the hypervisor (SBZ at the Non-secure physical instance). */
};

struct ffa_notification_get_result {
	bool smc64; /* answer with 64-bit registers where the result has them */
	ffa_notification_bitmap_t sp_bitmap; /* w2/w3: Pending notifications from SPs (w2 bits [31:0], w3 bits [63:32]); ignore unless from-sp was set. */
	ffa_notification_bitmap_t vm_bitmap; /* w4/w5: Pending notifications from VMs (w4 bits [31:0], w5 bits [63:32]); ignore unless from-vm was set. */
	uint32_t spm_bitmap; /* w6: Pending framework notifications from the SPM (32 bits); ignore unless from-spm was set. */
	uint32_t hyp_bitmap; /* w7: Pending framework notifications from the hypervisor (32 bits); ignore unless from-hyp was set. */
};


/* FFA_NOTIFICATION_INFO_GET: DEN0077A v1.2 §16.7 */
struct ffa_notification_info_get_result_ids {
	uint64_t packed; /* Ids 4i to 4i + 3 (2i to 2i + 1 in SMC32). */
};

struct ffa_notification_info_get_args {
	bool smc64; /* called with the SMC64 id */
};

struct ffa_notification_info_get_result {
	bool smc64; /* answer with 64-bit registers where the result has them */
	bool more_pending; /* x2[0:0]: More lists remain than this reply carries; call again. */
	uint8_t list_count; /* x2[11:7]: Number of id lists (at most 10 in SMC32, 20 in SMC64). */
	uint32_t list_size; /* x2[31:12]: Lists 1-10: number of vCPU ids (0-3) after the endpoint id (copy i at bit 12 + 2i). Packed: ffa_notification_info_get_result_get_list_size() and _set_list_size(). */
	uint32_t list_size_hi; /* x2[51:32]: Lists 11-20, SMC64 only: as list-size (copy i at bit 32 + 2i). Packed: ffa_notification_info_get_result_get_list_size_hi() and _set_list_size_hi(). */
	struct ffa_notification_info_get_result_ids ids[5]; /* x3..x7: The lists' 16-bit ids in order, packed least significant first, four to a register (two in SMC32). */
};

/* Copies of list_size: i runs from 0 to 9. */
#define FFA_NOTIFICATION_INFO_GET_RESULT_LIST_SIZE_COUNT 10

/* Copy i of list_size, kept packed. */
static inline uint32_t ffa_notification_info_get_result_get_list_size(uint32_t packed, unsigned int i)
{
	return (packed >> (i * 2)) & 0x3U;
}

static inline uint32_t ffa_notification_info_get_result_set_list_size(uint32_t packed, unsigned int i, uint32_t value)
{
	return (packed & ~((uint32_t)0x3U << (i * 2))) | ((value & 0x3U) << (i * 2));
}

/* Copies of list_size_hi: i runs from 0 to 9. */
#define FFA_NOTIFICATION_INFO_GET_RESULT_LIST_SIZE_HI_COUNT 10

/* Copy i of list_size_hi, kept packed. */
static inline uint32_t ffa_notification_info_get_result_get_list_size_hi(uint32_t packed, unsigned int i)
{
	return (packed >> (i * 2)) & 0x3U;
}

static inline uint32_t ffa_notification_info_get_result_set_list_size_hi(uint32_t packed, unsigned int i, uint32_t value)
{
	return (packed & ~((uint32_t)0x3U << (i * 2))) | ((value & 0x3U) << (i * 2));
}


/* FFA_RX_ACQUIRE: DEN0077A v1.2 §13.4 */
struct ffa_rx_acquire_args {
	bool smc64; /* called with the SMC64 id */
	uint16_t vm_id; /* w1[15:0]: VM whose RX buffer is acquired. */
};

struct ffa_rx_acquire_result {
	bool smc64; /* answer with 64-bit registers where the result has them */
};


/* FFA_SPM_ID_GET: DEN0077A v1.2 §13.11 */
struct ffa_spm_id_get_args {
	bool smc64; /* called with the SMC64 id */
};

struct ffa_spm_id_get_result {
	bool smc64; /* answer with 64-bit registers where the result has them */
	uint16_t id; /* w2[15:0]: FF-A id of the SPMC (or SPMD). */
};


/* FFA_MSG_SEND2: DEN0077A v1.2 §15.1 */
struct ffa_msg_send2_args {
	bool smc64; /* called with the SMC64 id */
	uint16_t sender_vm_id; /* w1[31:16]: Sender VM at the Non-secure physical instance (hypervisor forwarding); MBZ from a VM. */
	bool delay_sri; /* w2[1:1]: Delay the schedule receiver interrupt; used only by an SP, MBZ from a VM. */
};

struct ffa_msg_send2_result {
	bool smc64; /* answer with 64-bit registers where the result has them */
};


/* FFA_SECONDARY_EP_REGISTER: DEN0077A v1.2 §18.2.2.1 */
struct ffa_secondary_ep_register_args {
	bool smc64; /* called with the SMC64 id */
	uint64_t entry_point; /* x1: Entry point address (IPA under an S-EL2 SPMC, PA at the Secure physical instance). */
};

struct ffa_secondary_ep_register_result {
	bool smc64; /* answer with 64-bit registers where the result has them */
};


/* FFA_MEM_PERM_GET: DEN0077A v1.1 §16.8 */
struct ffa_mem_perm_get_args {
	bool smc64; /* called with the SMC64 id */
	uint64_t base_address; /* x1: Virtual address of the page. */
};

struct ffa_mem_perm_get_result {
	bool smc64; /* answer with 64-bit registers where the result has them */
	uint8_t data_access; /* w2[1:0]: 0 no access, 1 read-write, 3 read-only (2 reserved). */
	bool exec_never; /* w2[2:2]: Set: not executable. */
};


/* FFA_MEM_PERM_SET: DEN0077A v1.1 §16.9 */
struct ffa_mem_perm_set_args {
	bool smc64; /* called with the SMC64 id */
	uint64_t base_address; /* x1: Virtual address of the first page. */
	uint32_t page_count; /* w2: Number of 4K pages to change. */
	uint8_t data_access; /* w3[1:0]: 1 read-write, 3 read-only (0 and 2 reserved). */
	bool exec_never; /* w3[2:2]: Set: not executable. */
};

struct ffa_mem_perm_set_result {
	bool smc64; /* answer with 64-bit registers where the result has them */
};


/* FFA_CONSOLE_LOG: DEN0077A v1.2 §13.12 */
struct ffa_console_log_args {
	bool smc64; /* called with the SMC64 id */
	uint8_t char_count; /* w1[7:0]: Number of characters, 1-24 in SMC32 (w2..w7) or 1-128 in SMC64 (x2..x17). */
	const uint64_t *chars; /* x2..x17: Characters, first in bits [7:0] of the first register, tightly packed; registers past x7 in SMC64 only. Points at the registers decoded: read it before they are written. */
};
#define FFA_CONSOLE_LOG_ARGS_CHARS_COUNT 16

struct ffa_console_log_result {
	bool smc64; /* answer with 64-bit registers where the result has them */
};


/* FFA_PARTITION_INFO_GET_REGS: DEN0077A v1.2 §13.9 */
struct ffa_partition_info_get_regs_result_desc {
	uint64_t info; /* Partition id, execution context count and properties. */
	uint64_t uuid_lo; /* UUID bytes 0-7, little-endian. */
	uint64_t uuid_hi; /* UUID bytes 8-15, little-endian. */
};

struct ffa_partition_info_get_regs_args {
	bool smc64; /* called with the SMC64 id */
	struct ffa_uuid uuid; /* x1/x2: UUID filter (bytes 0-7 in x1, 8-15 in x2); all zero selects every partition. */
	uint16_t start_index; /* x3[15:0]: Index of the first descriptor wanted. */
	uint16_t tag; /* x3[31:16]: Information tag from an earlier reply; MBZ when start-index is 0 (INVALID_PARAMETERS: a first call names no earlier reply). */
};

struct ffa_partition_info_get_regs_result {
	bool smc64; /* answer with 64-bit registers where the result has them */
	uint16_t last_index; /* x2[15:0]: Index of the last descriptor available (count - 1). */
	uint16_t current_index; /* x2[31:16]: Index of the last descriptor in this reply. */
	uint16_t tag; /* x2[47:32]: Tag identifying this version of the partition list. */
	uint16_t desc_size; /* x2[63:48]: Size of one descriptor in bytes. */
	struct ffa_partition_info_get_regs_result_desc desc[5]; /* x3..x17: Up to five partition information descriptors, three registers each. */
};


/* FFA_EL3_INTR_HANDLE: DEN0077A v1.2 §17.1 */
struct ffa_el3_intr_handle_args {
	bool smc64; /* called with the SMC64 id */
};

struct ffa_el3_intr_handle_result {
	bool smc64; /* answer with 64-bit registers where the result has them */
};


/* FFA_MSG_SEND_DIRECT_REQ2: DEN0077A v1.2 §15.4 */
struct ffa_msg_send_direct_req2_args {
	bool smc64; /* called with the SMC64 id */
	uint16_t destination; /* w1[15:0]: Receiver endpoint id. */
	uint16_t source; /* w1[31:16]: Sender endpoint id; must be the caller. */
	struct ffa_uuid uuid; /* x2/x3: UUID of the target service (bytes 0-7 in x2, 8-15 in x3); the Nil UUID selects the default one. */
	const uint64_t *payload; /* x4..x17: Implementation defined payload, one register each. Points at the registers decoded: read it before they are written. */
};
#define FFA_MSG_SEND_DIRECT_REQ2_ARGS_PAYLOAD_COUNT 14


/* FFA_MSG_SEND_DIRECT_RESP2: DEN0077A v1.2 §15.5 */
struct ffa_msg_send_direct_resp2_args {
	bool smc64; /* called with the SMC64 id */
	uint16_t destination; /* w1[15:0]: Endpoint that sent the request. */
	uint16_t source; /* w1[31:16]: Responding endpoint; must be the caller. */
	const uint64_t *payload; /* x4..x17: Implementation defined payload, one register each. Points at the registers decoded: read it before they are written. */
};
#define FFA_MSG_SEND_DIRECT_RESP2_ARGS_PAYLOAD_COUNT 14


/* FFA_NS_RES_INFO_GET: DEN0077A v1.3 §13.13 */
struct ffa_ns_res_info_get_args {
	bool smc64; /* called with the SMC64 id */
	uint16_t target_id; /* x1[15:0]: Secure endpoint to report on, when target-valid is set; SBZ otherwise. */
	bool target_valid; /* x2[0:0]: Report only on target-id (else on every secure endpoint). */
	uint8_t resource_type; /* x2[3:2]: Kind of resource; 0 = regions of the NS PAS (others reserved). */
	bool continue_; /* x2[4:4]: Continue the retrieval in progress (else start a new one). */
};

struct ffa_ns_res_info_get_result {
	bool smc64; /* answer with 64-bit registers where the result has them */
	uint32_t remaining_size; /* x2[31:0]: Bytes of the descriptor still to be transferred. */
	uint32_t written_size; /* x2[63:32]: Bytes of the descriptor written to the RX buffer by this call. */
};


/* FFA_ABORT: DEN0077A v1.3 §13.14 */
struct ffa_abort_args {
	bool smc64; /* called with the SMC64 id */
	uint64_t impdef; /* x2: Implementation defined value describing the error. */
};



/* Decode and encode. */

/* FFA_ERROR: DEN0077A v1.2 §12.2 */
static inline __attribute__((warn_unused_result)) int32_t
ffa_decode_error(const struct ffa_regs *r, enum ffa_version v, struct ffa_error_args *out)
{
	const uint32_t fid = (uint32_t)r->x[0];
	const bool smc64 = false;

	if (fid != FFA_ERROR_32)
		return FFA_NOT_SUPPORTED;
	(void)v;
	out->smc64 = smc64;
	out->target_vcpu = (ffa_vcpu_id_t)(((r->x[1] >> 0) & 0xffffU));
	out->target_id = (uint16_t)(((r->x[1] >> 16) & 0xffffU));
	out->error_code = (int32_t)(uint32_t)r->x[2];
	out->error_arg = (uint32_t)r->x[3];
	return FFA_OK;
}

static inline void
ffa_encode_error(const struct ffa_error_args *a, enum ffa_version v, struct ffa_regs *r)
{
	(void)v;
	r->x[0] = FFA_ERROR_32;
	r->x[1] = 0;
	r->x[2] = (uint64_t)(uint32_t)a->error_code & 0xffffffffU;
	r->x[3] = (uint64_t)a->error_arg & 0xffffffffU;
	r->x[4] = 0;
	r->x[5] = 0;
	r->x[6] = 0;
	r->x[7] = 0;
	r->x[1] |= ((uint64_t)a->target_vcpu & 0xffffU) << 0;
	r->x[1] |= ((uint64_t)a->target_id & 0xffffU) << 16;
}

/* FFA_SUCCESS: DEN0077A v1.2 §12.3 */
static inline __attribute__((warn_unused_result)) int32_t
ffa_decode_success(const struct ffa_regs *r, enum ffa_version v, struct ffa_success_args *out)
{
	const uint32_t fid = (uint32_t)r->x[0];
	const bool smc64 = fid == FFA_SUCCESS_64;

	if (fid != FFA_SUCCESS_32 && !smc64)
		return FFA_NOT_SUPPORTED;
	(void)v;
	out->smc64 = smc64;
	out->target_vcpu = (ffa_vcpu_id_t)(((r->x[1] >> 0) & 0xffffU));
	out->target_id = (uint16_t)(((r->x[1] >> 16) & 0xffffU));
	return FFA_OK;
}

static inline void
ffa_encode_success(const struct ffa_success_args *a, enum ffa_version v, struct ffa_regs *r)
{
	(void)v;
	r->x[0] = a->smc64 ? FFA_SUCCESS_64 : FFA_SUCCESS_32;
	r->x[1] = 0;
	r->x[2] = 0;
	r->x[3] = 0;
	r->x[4] = 0;
	r->x[5] = 0;
	r->x[6] = 0;
	r->x[7] = 0;
	r->x[1] |= ((uint64_t)a->target_vcpu & 0xffffU) << 0;
	r->x[1] |= ((uint64_t)a->target_id & 0xffffU) << 16;
}

/* FFA_INTERRUPT: DEN0077A v1.2 §14.4 */
static inline __attribute__((warn_unused_result)) int32_t
ffa_decode_interrupt(const struct ffa_regs *r, enum ffa_version v, struct ffa_interrupt_args *out)
{
	const uint32_t fid = (uint32_t)r->x[0];
	const bool smc64 = false;

	if (fid != FFA_INTERRUPT_32)
		return FFA_NOT_SUPPORTED;
	(void)v;
	out->smc64 = smc64;
	out->vcpu = (ffa_vcpu_id_t)(((r->x[1] >> 0) & 0xffffU));
	out->endpoint = (uint16_t)(((r->x[1] >> 16) & 0xffffU));
	out->interrupt_id = (uint32_t)r->x[2];
	return FFA_OK;
}

static inline void
ffa_encode_interrupt(const struct ffa_interrupt_args *a, enum ffa_version v, struct ffa_regs *r)
{
	(void)v;
	r->x[0] = FFA_INTERRUPT_32;
	r->x[1] = 0;
	r->x[2] = (uint64_t)a->interrupt_id & 0xffffffffU;
	r->x[3] = 0;
	r->x[4] = 0;
	r->x[5] = 0;
	r->x[6] = 0;
	r->x[7] = 0;
	r->x[1] |= ((uint64_t)a->vcpu & 0xffffU) << 0;
	r->x[1] |= ((uint64_t)a->endpoint & 0xffffU) << 16;
}

/* FFA_VERSION: DEN0077A v1.2 §13.2 */
static inline __attribute__((warn_unused_result)) int32_t
ffa_decode_version(const struct ffa_regs *r, enum ffa_version v, struct ffa_version_args *out)
{
	const uint32_t fid = (uint32_t)r->x[0];
	const bool smc64 = false;
	const uint64_t conv = FFA_CONV_MASK(smc64);

	if (fid != FFA_VERSION_32)
		return FFA_NOT_SUPPORTED;
	(void)v;
	if ((r->x[1] & conv & 0x80000000U) != 0)
		return FFA_INVALID_PARAMETERS;
	out->smc64 = smc64;
	out->minor = (uint16_t)(((r->x[1] >> 0) & 0xffffU));
	out->major = (uint16_t)(((r->x[1] >> 16) & 0x7fffU));
	return FFA_OK;
}

static inline void
ffa_encode_version(const struct ffa_version_args *a, enum ffa_version v, struct ffa_regs *r)
{
	(void)v;
	r->x[0] = FFA_VERSION_32;
	r->x[1] = 0;
	r->x[2] = 0;
	r->x[3] = 0;
	r->x[4] = 0;
	r->x[5] = 0;
	r->x[6] = 0;
	r->x[7] = 0;
	r->x[1] |= ((uint64_t)a->minor & 0xffffU) << 0;
	r->x[1] |= ((uint64_t)a->major & 0x7fffU) << 16;
}

static inline __attribute__((warn_unused_result)) int32_t
ffa_decode_version_result(const struct ffa_regs *r, enum ffa_version v, struct ffa_version_result *out)
{
	const uint32_t w0 = (uint32_t)r->x[0];
	const bool smc64 = false;
	const uint64_t conv = FFA_CONV_MASK(smc64);

	if ((int32_t)w0 < 0)
		return (int32_t)w0;
	(void)v;
	if ((r->x[0] & conv & 0x80000000U) != 0)
		return FFA_INVALID_PARAMETERS;
	out->smc64 = smc64;
	out->minor = (uint16_t)(((r->x[0] >> 0) & 0xffffU));
	out->major = (uint16_t)(((r->x[0] >> 16) & 0x7fffU));
	return FFA_OK;
}

static inline void
ffa_encode_version_result(const struct ffa_version_result *res, enum ffa_version v, struct ffa_regs *r)
{
	(void)v;
	r->x[0] = 0;
	r->x[1] = 0;
	r->x[2] = 0;
	r->x[3] = 0;
	r->x[4] = 0;
	r->x[5] = 0;
	r->x[6] = 0;
	r->x[7] = 0;
	r->x[0] |= ((uint64_t)res->minor & 0xffffU) << 0;
	r->x[0] |= ((uint64_t)res->major & 0x7fffU) << 16;
}

/* FFA_FEATURES: DEN0077A v1.2 §13.3 */
static inline __attribute__((warn_unused_result)) int32_t
ffa_decode_features(const struct ffa_regs *r, enum ffa_version v, struct ffa_features_args *out)
{
	const uint32_t fid = (uint32_t)r->x[0];
	const bool smc64 = false;

	if (fid != FFA_FEATURES_32)
		return FFA_NOT_SUPPORTED;
	*out = (struct ffa_features_args){ .smc64 = smc64 };
	out->feature = (uint32_t)r->x[1];
	if (v >= FFA_VERSION_1_1) {
		out->input_properties = (uint32_t)r->x[2];
	}
	return FFA_OK;
}

static inline void
ffa_encode_features(const struct ffa_features_args *a, enum ffa_version v, struct ffa_regs *r)
{
	r->x[0] = FFA_FEATURES_32;
	r->x[1] = (uint64_t)a->feature & 0xffffffffU;
	r->x[2] = 0;
	r->x[3] = 0;
	r->x[4] = 0;
	r->x[5] = 0;
	r->x[6] = 0;
	r->x[7] = 0;
	if (v >= FFA_VERSION_1_1) {
		r->x[2] = (uint64_t)a->input_properties & 0xffffffffU;
	}
}

static inline __attribute__((warn_unused_result)) int32_t
ffa_decode_features_result(const struct ffa_regs *r, enum ffa_version v, struct ffa_features_result *out)
{
	const uint32_t w0 = (uint32_t)r->x[0];
	const bool smc64 = w0 == FFA_SUCCESS_64;

	if (w0 == FFA_ERROR_32)
		return ffa_status_at(r->x[2], v);
	if (w0 != FFA_SUCCESS_32 && !smc64)
		return FFA_INVALID_PARAMETERS;
	out->smc64 = smc64;
	out->properties = (uint32_t)r->x[2];
	out->properties_2 = (uint32_t)r->x[3];
	return FFA_OK;
}

static inline void
ffa_encode_features_result(const struct ffa_features_result *res, enum ffa_version v, struct ffa_regs *r)
{
	(void)v;
	r->x[0] = FFA_SUCCESS_32;
	r->x[1] = 0;
	r->x[2] = (uint64_t)res->properties & 0xffffffffU;
	r->x[3] = (uint64_t)res->properties_2 & 0xffffffffU;
	r->x[4] = 0;
	r->x[5] = 0;
	r->x[6] = 0;
	r->x[7] = 0;
}

/* FFA_RX_RELEASE: DEN0077A v1.2 §13.5 */
static inline __attribute__((warn_unused_result)) int32_t
ffa_decode_rx_release(const struct ffa_regs *r, enum ffa_version v, struct ffa_rx_release_args *out)
{
	const uint32_t fid = (uint32_t)r->x[0];
	const bool smc64 = false;

	if (fid != FFA_RX_RELEASE_32)
		return FFA_NOT_SUPPORTED;
	*out = (struct ffa_rx_release_args){ .smc64 = smc64 };
	if (v >= FFA_VERSION_1_1) {
		out->vm_id = (uint16_t)(((r->x[1] >> 0) & 0xffffU));
	}
	return FFA_OK;
}

static inline void
ffa_encode_rx_release(const struct ffa_rx_release_args *a, enum ffa_version v, struct ffa_regs *r)
{
	r->x[0] = FFA_RX_RELEASE_32;
	r->x[1] = 0;
	r->x[2] = 0;
	r->x[3] = 0;
	r->x[4] = 0;
	r->x[5] = 0;
	r->x[6] = 0;
	r->x[7] = 0;
	if (v >= FFA_VERSION_1_1) {
		r->x[1] |= ((uint64_t)a->vm_id & 0xffffU) << 0;
	}
}

static inline __attribute__((warn_unused_result)) int32_t
ffa_decode_rx_release_result(const struct ffa_regs *r, enum ffa_version v, struct ffa_rx_release_result *out)
{
	const uint32_t w0 = (uint32_t)r->x[0];
	const bool smc64 = w0 == FFA_SUCCESS_64;

	if (w0 == FFA_ERROR_32)
		return ffa_status_at(r->x[2], v);
	if (w0 != FFA_SUCCESS_32 && !smc64)
		return FFA_INVALID_PARAMETERS;
	out->smc64 = smc64;
	return FFA_OK;
}

static inline void
ffa_encode_rx_release_result(const struct ffa_rx_release_result *res, enum ffa_version v, struct ffa_regs *r)
{
	(void)v;
	(void)res;
	r->x[0] = FFA_SUCCESS_32;
	r->x[1] = 0;
	r->x[2] = 0;
	r->x[3] = 0;
	r->x[4] = 0;
	r->x[5] = 0;
	r->x[6] = 0;
	r->x[7] = 0;
}

/* FFA_RXTX_MAP: DEN0077A v1.2 §13.6 */
static inline __attribute__((warn_unused_result)) int32_t
ffa_decode_rxtx_map(const struct ffa_regs *r, enum ffa_version v, struct ffa_rxtx_map_args *out)
{
	const uint32_t fid = (uint32_t)r->x[0];
	const bool smc64 = fid == FFA_RXTX_MAP_64;
	const uint64_t conv = FFA_CONV_MASK(smc64);

	if (fid != FFA_RXTX_MAP_32 && !smc64)
		return FFA_NOT_SUPPORTED;
	(void)v;
	if ((r->x[3] & conv & 0xffffffc0U) != 0)
		return FFA_INVALID_PARAMETERS;
	out->smc64 = smc64;
	out->tx_address = (uint64_t)(r->x[1] & conv);
	out->rx_address = (uint64_t)(r->x[2] & conv);
	out->page_count = (uint8_t)(((r->x[3] >> 0) & 0x3fU));
	return FFA_OK;
}

static inline void
ffa_encode_rxtx_map(const struct ffa_rxtx_map_args *a, enum ffa_version v, struct ffa_regs *r)
{
	const uint64_t conv = FFA_CONV_MASK(a->smc64);

	(void)v;
	r->x[0] = a->smc64 ? FFA_RXTX_MAP_64 : FFA_RXTX_MAP_32;
	r->x[1] = (uint64_t)a->tx_address & conv;
	r->x[2] = (uint64_t)a->rx_address & conv;
	r->x[3] = 0;
	r->x[4] = 0;
	r->x[5] = 0;
	r->x[6] = 0;
	r->x[7] = 0;
	r->x[3] |= ((uint64_t)a->page_count & 0x3fU) << 0;
}

static inline __attribute__((warn_unused_result)) int32_t
ffa_decode_rxtx_map_result(const struct ffa_regs *r, enum ffa_version v, struct ffa_rxtx_map_result *out)
{
	const uint32_t w0 = (uint32_t)r->x[0];
	const bool smc64 = w0 == FFA_SUCCESS_64;

	if (w0 == FFA_ERROR_32)
		return ffa_status_at(r->x[2], v);
	if (w0 != FFA_SUCCESS_32 && !smc64)
		return FFA_INVALID_PARAMETERS;
	out->smc64 = smc64;
	return FFA_OK;
}

static inline void
ffa_encode_rxtx_map_result(const struct ffa_rxtx_map_result *res, enum ffa_version v, struct ffa_regs *r)
{
	(void)v;
	(void)res;
	r->x[0] = FFA_SUCCESS_32;
	r->x[1] = 0;
	r->x[2] = 0;
	r->x[3] = 0;
	r->x[4] = 0;
	r->x[5] = 0;
	r->x[6] = 0;
	r->x[7] = 0;
}

/* FFA_RXTX_UNMAP: DEN0077A v1.2 §13.7 */
static inline __attribute__((warn_unused_result)) int32_t
ffa_decode_rxtx_unmap(const struct ffa_regs *r, enum ffa_version v, struct ffa_rxtx_unmap_args *out)
{
	const uint32_t fid = (uint32_t)r->x[0];
	const bool smc64 = false;

	if (fid != FFA_RXTX_UNMAP_32)
		return FFA_NOT_SUPPORTED;
	(void)v;
	out->smc64 = smc64;
	out->vm_id = (uint16_t)(((r->x[1] >> 16) & 0xffffU));
	return FFA_OK;
}

static inline void
ffa_encode_rxtx_unmap(const struct ffa_rxtx_unmap_args *a, enum ffa_version v, struct ffa_regs *r)
{
	(void)v;
	r->x[0] = FFA_RXTX_UNMAP_32;
	r->x[1] = 0;
	r->x[2] = 0;
	r->x[3] = 0;
	r->x[4] = 0;
	r->x[5] = 0;
	r->x[6] = 0;
	r->x[7] = 0;
	r->x[1] |= ((uint64_t)a->vm_id & 0xffffU) << 16;
}

static inline __attribute__((warn_unused_result)) int32_t
ffa_decode_rxtx_unmap_result(const struct ffa_regs *r, enum ffa_version v, struct ffa_rxtx_unmap_result *out)
{
	const uint32_t w0 = (uint32_t)r->x[0];
	const bool smc64 = w0 == FFA_SUCCESS_64;

	if (w0 == FFA_ERROR_32)
		return ffa_status_at(r->x[2], v);
	if (w0 != FFA_SUCCESS_32 && !smc64)
		return FFA_INVALID_PARAMETERS;
	out->smc64 = smc64;
	return FFA_OK;
}

static inline void
ffa_encode_rxtx_unmap_result(const struct ffa_rxtx_unmap_result *res, enum ffa_version v, struct ffa_regs *r)
{
	(void)v;
	(void)res;
	r->x[0] = FFA_SUCCESS_32;
	r->x[1] = 0;
	r->x[2] = 0;
	r->x[3] = 0;
	r->x[4] = 0;
	r->x[5] = 0;
	r->x[6] = 0;
	r->x[7] = 0;
}

/* FFA_PARTITION_INFO_GET: DEN0077A v1.2 §13.8 */
static inline __attribute__((warn_unused_result)) int32_t
ffa_decode_partition_info_get(const struct ffa_regs *r, enum ffa_version v, struct ffa_partition_info_get_args *out)
{
	const uint32_t fid = (uint32_t)r->x[0];
	const bool smc64 = false;
	const uint64_t conv = FFA_CONV_MASK(smc64);

	if (fid != FFA_PARTITION_INFO_GET_32)
		return FFA_NOT_SUPPORTED;
	if ((r->x[5] & conv & (v >= FFA_VERSION_1_1 ? 0xfffffffeU : 0xffffffffU)) != 0)
		return FFA_INVALID_PARAMETERS;
	*out = (struct ffa_partition_info_get_args){ .smc64 = smc64 };
	ffa_le_put(out->uuid.b + 0, (uint32_t)r->x[1], 4);
	ffa_le_put(out->uuid.b + 4, (uint32_t)r->x[2], 4);
	ffa_le_put(out->uuid.b + 8, (uint32_t)r->x[3], 4);
	ffa_le_put(out->uuid.b + 12, (uint32_t)r->x[4], 4);
	if (v >= FFA_VERSION_1_1) {
		out->count_only = (((r->x[5] >> 0) & 0x1U) != 0);
	}
	return FFA_OK;
}

static inline void
ffa_encode_partition_info_get(const struct ffa_partition_info_get_args *a, enum ffa_version v, struct ffa_regs *r)
{
	r->x[0] = FFA_PARTITION_INFO_GET_32;
	r->x[1] = ffa_le_get(a->uuid.b + 0, 4);
	r->x[2] = ffa_le_get(a->uuid.b + 4, 4);
	r->x[3] = ffa_le_get(a->uuid.b + 8, 4);
	r->x[4] = ffa_le_get(a->uuid.b + 12, 4);
	r->x[5] = 0;
	r->x[6] = 0;
	r->x[7] = 0;
	if (v >= FFA_VERSION_1_1) {
		r->x[5] |= ((uint64_t)a->count_only & 0x1U) << 0;
	}
}

static inline __attribute__((warn_unused_result)) int32_t
ffa_decode_partition_info_get_result(const struct ffa_regs *r, enum ffa_version v, struct ffa_partition_info_get_result *out)
{
	const uint32_t w0 = (uint32_t)r->x[0];
	const bool smc64 = w0 == FFA_SUCCESS_64;

	if (w0 == FFA_ERROR_32)
		return ffa_status_at(r->x[2], v);
	if (w0 != FFA_SUCCESS_32 && !smc64)
		return FFA_INVALID_PARAMETERS;
	*out = (struct ffa_partition_info_get_result){ .smc64 = smc64 };
	out->count = (uint32_t)r->x[2];
	if (v >= FFA_VERSION_1_1) {
		out->desc_size = (uint32_t)r->x[3];
	}
	return FFA_OK;
}

static inline void
ffa_encode_partition_info_get_result(const struct ffa_partition_info_get_result *res, enum ffa_version v, struct ffa_regs *r)
{
	r->x[0] = FFA_SUCCESS_32;
	r->x[1] = 0;
	r->x[2] = (uint64_t)res->count & 0xffffffffU;
	r->x[3] = 0;
	r->x[4] = 0;
	r->x[5] = 0;
	r->x[6] = 0;
	r->x[7] = 0;
	if (v >= FFA_VERSION_1_1) {
		r->x[3] = (uint64_t)res->desc_size & 0xffffffffU;
	}
}

/* FFA_ID_GET: DEN0077A v1.2 §13.10 */
static inline __attribute__((warn_unused_result)) int32_t
ffa_decode_id_get(const struct ffa_regs *r, enum ffa_version v, struct ffa_id_get_args *out)
{
	const uint32_t fid = (uint32_t)r->x[0];
	const bool smc64 = false;

	if (fid != FFA_ID_GET_32)
		return FFA_NOT_SUPPORTED;
	(void)v;
	out->smc64 = smc64;
	return FFA_OK;
}

static inline void
ffa_encode_id_get(const struct ffa_id_get_args *a, enum ffa_version v, struct ffa_regs *r)
{
	(void)v;
	(void)a;
	r->x[0] = FFA_ID_GET_32;
	r->x[1] = 0;
	r->x[2] = 0;
	r->x[3] = 0;
	r->x[4] = 0;
	r->x[5] = 0;
	r->x[6] = 0;
	r->x[7] = 0;
}

static inline __attribute__((warn_unused_result)) int32_t
ffa_decode_id_get_result(const struct ffa_regs *r, enum ffa_version v, struct ffa_id_get_result *out)
{
	const uint32_t w0 = (uint32_t)r->x[0];
	const bool smc64 = w0 == FFA_SUCCESS_64;
	const uint64_t conv = FFA_CONV_MASK(smc64);

	if (w0 == FFA_ERROR_32)
		return ffa_status_at(r->x[2], v);
	if (w0 != FFA_SUCCESS_32 && !smc64)
		return FFA_INVALID_PARAMETERS;
	if ((r->x[2] & conv & 0xffff0000U) != 0)
		return FFA_INVALID_PARAMETERS;
	out->smc64 = smc64;
	out->id = (uint16_t)(((r->x[2] >> 0) & 0xffffU));
	return FFA_OK;
}

static inline void
ffa_encode_id_get_result(const struct ffa_id_get_result *res, enum ffa_version v, struct ffa_regs *r)
{
	(void)v;
	r->x[0] = FFA_SUCCESS_32;
	r->x[1] = 0;
	r->x[2] = 0;
	r->x[3] = 0;
	r->x[4] = 0;
	r->x[5] = 0;
	r->x[6] = 0;
	r->x[7] = 0;
	r->x[2] |= ((uint64_t)res->id & 0xffffU) << 0;
}

/* FFA_MSG_POLL: DEN0077A v1.2 §18.4.2 */
static inline __attribute__((warn_unused_result)) int32_t
ffa_decode_msg_poll(const struct ffa_regs *r, enum ffa_version v, struct ffa_msg_poll_args *out)
{
	const uint32_t fid = (uint32_t)r->x[0];
	const bool smc64 = false;
	const uint64_t conv = FFA_CONV_MASK(smc64);

	if (fid != FFA_MSG_POLL_32)
		return FFA_NOT_SUPPORTED;
	(void)v;
	if ((r->x[1] & conv & UINT64_C(0xffffffffffffffff)) != 0)
		return FFA_INVALID_PARAMETERS;
	if ((r->x[2] & conv & UINT64_C(0xffffffffffffffff)) != 0)
		return FFA_INVALID_PARAMETERS;
	if ((r->x[3] & conv & UINT64_C(0xffffffffffffffff)) != 0)
		return FFA_INVALID_PARAMETERS;
	if ((r->x[4] & conv & UINT64_C(0xffffffffffffffff)) != 0)
		return FFA_INVALID_PARAMETERS;
	if ((r->x[5] & conv & UINT64_C(0xffffffffffffffff)) != 0)
		return FFA_INVALID_PARAMETERS;
	if ((r->x[6] & conv & UINT64_C(0xffffffffffffffff)) != 0)
		return FFA_INVALID_PARAMETERS;
	if ((r->x[7] & conv & UINT64_C(0xffffffffffffffff)) != 0)
		return FFA_INVALID_PARAMETERS;
	out->smc64 = smc64;
	return FFA_OK;
}

static inline void
ffa_encode_msg_poll(const struct ffa_msg_poll_args *a, enum ffa_version v, struct ffa_regs *r)
{
	(void)v;
	(void)a;
	r->x[0] = FFA_MSG_POLL_32;
	r->x[1] = 0;
	r->x[2] = 0;
	r->x[3] = 0;
	r->x[4] = 0;
	r->x[5] = 0;
	r->x[6] = 0;
	r->x[7] = 0;
}

/* FFA_MSG_WAIT: DEN0077A v1.2 §14.1 */
static inline __attribute__((warn_unused_result)) int32_t
ffa_decode_msg_wait(const struct ffa_regs *r, enum ffa_version v, struct ffa_msg_wait_args *out)
{
	const uint32_t fid = (uint32_t)r->x[0];
	const bool smc64 = false;

	if (fid != FFA_MSG_WAIT_32)
		return FFA_NOT_SUPPORTED;
	*out = (struct ffa_msg_wait_args){ .smc64 = smc64 };
	if (v >= FFA_VERSION_1_2) {
		out->retain_rx = (((r->x[2] >> 0) & 0x1U) != 0);
	}
	return FFA_OK;
}

static inline void
ffa_encode_msg_wait(const struct ffa_msg_wait_args *a, enum ffa_version v, struct ffa_regs *r)
{
	r->x[0] = FFA_MSG_WAIT_32;
	r->x[1] = 0;
	r->x[2] = 0;
	r->x[3] = 0;
	r->x[4] = 0;
	r->x[5] = 0;
	r->x[6] = 0;
	r->x[7] = 0;
	if (v >= FFA_VERSION_1_2) {
		r->x[2] |= ((uint64_t)a->retain_rx & 0x1U) << 0;
	}
}

/* FFA_YIELD: DEN0077A v1.2 §14.2 */
static inline __attribute__((warn_unused_result)) int32_t
ffa_decode_yield(const struct ffa_regs *r, enum ffa_version v, struct ffa_yield_args *out)
{
	const uint32_t fid = (uint32_t)r->x[0];
	const bool smc64 = false;

	if (fid != FFA_YIELD_32)
		return FFA_NOT_SUPPORTED;
	(void)v;
	out->smc64 = smc64;
	out->vcpu = (ffa_vcpu_id_t)(((r->x[1] >> 0) & 0xffffU));
	out->endpoint = (uint16_t)(((r->x[1] >> 16) & 0xffffU));
	out->timeout_lo = (uint32_t)r->x[2];
	out->timeout_hi = (uint32_t)r->x[3];
	return FFA_OK;
}

static inline void
ffa_encode_yield(const struct ffa_yield_args *a, enum ffa_version v, struct ffa_regs *r)
{
	(void)v;
	r->x[0] = FFA_YIELD_32;
	r->x[1] = 0;
	r->x[2] = (uint64_t)a->timeout_lo & 0xffffffffU;
	r->x[3] = (uint64_t)a->timeout_hi & 0xffffffffU;
	r->x[4] = 0;
	r->x[5] = 0;
	r->x[6] = 0;
	r->x[7] = 0;
	r->x[1] |= ((uint64_t)a->vcpu & 0xffffU) << 0;
	r->x[1] |= ((uint64_t)a->endpoint & 0xffffU) << 16;
}

/* FFA_RUN: DEN0077A v1.2 §14.3 */
static inline __attribute__((warn_unused_result)) int32_t
ffa_decode_run(const struct ffa_regs *r, enum ffa_version v, struct ffa_run_args *out)
{
	const uint32_t fid = (uint32_t)r->x[0];
	const bool smc64 = false;

	if (fid != FFA_RUN_32)
		return FFA_NOT_SUPPORTED;
	(void)v;
	out->smc64 = smc64;
	out->vcpu = (ffa_vcpu_id_t)(((r->x[1] >> 0) & 0xffffU));
	out->target = (uint16_t)(((r->x[1] >> 16) & 0xffffU));
	return FFA_OK;
}

static inline void
ffa_encode_run(const struct ffa_run_args *a, enum ffa_version v, struct ffa_regs *r)
{
	(void)v;
	r->x[0] = FFA_RUN_32;
	r->x[1] = 0;
	r->x[2] = 0;
	r->x[3] = 0;
	r->x[4] = 0;
	r->x[5] = 0;
	r->x[6] = 0;
	r->x[7] = 0;
	r->x[1] |= ((uint64_t)a->vcpu & 0xffffU) << 0;
	r->x[1] |= ((uint64_t)a->target & 0xffffU) << 16;
}

/* FFA_MSG_SEND: DEN0077A v1.2 §18.4.1 */
static inline __attribute__((warn_unused_result)) int32_t
ffa_decode_msg_send(const struct ffa_regs *r, enum ffa_version v, struct ffa_msg_send_args *out)
{
	const uint32_t fid = (uint32_t)r->x[0];
	const bool smc64 = false;
	const uint64_t conv = FFA_CONV_MASK(smc64);

	if (fid != FFA_MSG_SEND_32)
		return FFA_NOT_SUPPORTED;
	(void)v;
	if ((r->x[2] & conv & UINT64_C(0xffffffffffffffff)) != 0)
		return FFA_INVALID_PARAMETERS;
	if ((r->x[4] & conv & 0xfffffffeU) != 0)
		return FFA_INVALID_PARAMETERS;
	if ((r->x[5] & conv & 0xffff0000U) != 0)
		return FFA_INVALID_PARAMETERS;
	if ((r->x[6] & conv & UINT64_C(0xffffffffffffffff)) != 0)
		return FFA_INVALID_PARAMETERS;
	if ((r->x[7] & conv & UINT64_C(0xffffffffffffffff)) != 0)
		return FFA_INVALID_PARAMETERS;
	out->smc64 = smc64;
	out->receiver = (uint16_t)(((r->x[1] >> 0) & 0xffffU));
	out->sender = (uint16_t)(((r->x[1] >> 16) & 0xffffU));
	out->size = (uint32_t)r->x[3];
	out->notify = (((r->x[4] >> 0) & 0x1U) != 0);
	out->sender_vcpu = (ffa_vcpu_id_t)(((r->x[5] >> 0) & 0xffffU));
	return FFA_OK;
}

static inline void
ffa_encode_msg_send(const struct ffa_msg_send_args *a, enum ffa_version v, struct ffa_regs *r)
{
	(void)v;
	r->x[0] = FFA_MSG_SEND_32;
	r->x[1] = 0;
	r->x[2] = 0;
	r->x[3] = (uint64_t)a->size & 0xffffffffU;
	r->x[4] = 0;
	r->x[5] = 0;
	r->x[6] = 0;
	r->x[7] = 0;
	r->x[1] |= ((uint64_t)a->receiver & 0xffffU) << 0;
	r->x[1] |= ((uint64_t)a->sender & 0xffffU) << 16;
	r->x[4] |= ((uint64_t)a->notify & 0x1U) << 0;
	r->x[5] |= ((uint64_t)a->sender_vcpu & 0xffffU) << 0;
}

static inline __attribute__((warn_unused_result)) int32_t
ffa_decode_msg_send_result(const struct ffa_regs *r, enum ffa_version v, struct ffa_msg_send_result *out)
{
	const uint32_t w0 = (uint32_t)r->x[0];
	const bool smc64 = w0 == FFA_SUCCESS_64;

	if (w0 == FFA_ERROR_32)
		return ffa_status_at(r->x[2], v);
	if (w0 != FFA_SUCCESS_32 && !smc64)
		return FFA_INVALID_PARAMETERS;
	out->smc64 = smc64;
	return FFA_OK;
}

static inline void
ffa_encode_msg_send_result(const struct ffa_msg_send_result *res, enum ffa_version v, struct ffa_regs *r)
{
	(void)v;
	(void)res;
	r->x[0] = FFA_SUCCESS_32;
	r->x[1] = 0;
	r->x[2] = 0;
	r->x[3] = 0;
	r->x[4] = 0;
	r->x[5] = 0;
	r->x[6] = 0;
	r->x[7] = 0;
}

/* FFA_MSG_SEND_DIRECT_REQ: DEN0077A v1.2 §15.2 */
static inline __attribute__((warn_unused_result)) int32_t
ffa_decode_msg_send_direct_req(const struct ffa_regs *r, enum ffa_version v, struct ffa_msg_send_direct_req_args *out)
{
	const uint32_t fid = (uint32_t)r->x[0];
	const bool smc64 = fid == FFA_MSG_SEND_DIRECT_REQ_64;

	if (fid != FFA_MSG_SEND_DIRECT_REQ_32 && !smc64)
		return FFA_NOT_SUPPORTED;
	(void)v;
	out->smc64 = smc64;
	out->destination = (uint16_t)(((r->x[1] >> 0) & 0xffffU));
	out->source = (uint16_t)(((r->x[1] >> 16) & 0xffffU));
	out->framework_type = (uint8_t)(((r->x[2] >> 0) & 0xffU));
	out->framework = (((r->x[2] >> 31) & 0x1U) != 0);
	out->payload = &r->x[3];
	return FFA_OK;
}

static inline void
ffa_encode_msg_send_direct_req(const struct ffa_msg_send_direct_req_args *a, enum ffa_version v, struct ffa_regs *r)
{
	const uint64_t conv = FFA_CONV_MASK(a->smc64);

	(void)v;
	r->x[0] = a->smc64 ? FFA_MSG_SEND_DIRECT_REQ_64 : FFA_MSG_SEND_DIRECT_REQ_32;
	r->x[1] = 0;
	r->x[2] = 0;
	r->x[1] |= ((uint64_t)a->destination & 0xffffU) << 0;
	r->x[1] |= ((uint64_t)a->source & 0xffffU) << 16;
	r->x[2] |= ((uint64_t)a->framework_type & 0xffU) << 0;
	r->x[2] |= ((uint64_t)a->framework & 0x1U) << 31;
	if (a->payload == NULL) {
		r->x[3] = 0;
		r->x[4] = 0;
		r->x[5] = 0;
		r->x[6] = 0;
		r->x[7] = 0;
	} else if (a->payload != &r->x[3] || conv != UINT64_MAX) {
		r->x[3] = a->payload[0] & conv;
		r->x[4] = a->payload[1] & conv;
		r->x[5] = a->payload[2] & conv;
		r->x[6] = a->payload[3] & conv;
		r->x[7] = a->payload[4] & conv;
	}
}

/* FFA_MSG_SEND_DIRECT_RESP: DEN0077A v1.2 §15.3 */
static inline __attribute__((warn_unused_result)) int32_t
ffa_decode_msg_send_direct_resp(const struct ffa_regs *r, enum ffa_version v, struct ffa_msg_send_direct_resp_args *out)
{
	const uint32_t fid = (uint32_t)r->x[0];
	const bool smc64 = fid == FFA_MSG_SEND_DIRECT_RESP_64;

	if (fid != FFA_MSG_SEND_DIRECT_RESP_32 && !smc64)
		return FFA_NOT_SUPPORTED;
	(void)v;
	out->smc64 = smc64;
	out->destination = (uint16_t)(((r->x[1] >> 0) & 0xffffU));
	out->source = (uint16_t)(((r->x[1] >> 16) & 0xffffU));
	out->framework_type = (uint8_t)(((r->x[2] >> 0) & 0xffU));
	out->framework = (((r->x[2] >> 31) & 0x1U) != 0);
	out->payload = &r->x[3];
	return FFA_OK;
}

static inline void
ffa_encode_msg_send_direct_resp(const struct ffa_msg_send_direct_resp_args *a, enum ffa_version v, struct ffa_regs *r)
{
	const uint64_t conv = FFA_CONV_MASK(a->smc64);

	(void)v;
	r->x[0] = a->smc64 ? FFA_MSG_SEND_DIRECT_RESP_64 : FFA_MSG_SEND_DIRECT_RESP_32;
	r->x[1] = 0;
	r->x[2] = 0;
	r->x[1] |= ((uint64_t)a->destination & 0xffffU) << 0;
	r->x[1] |= ((uint64_t)a->source & 0xffffU) << 16;
	r->x[2] |= ((uint64_t)a->framework_type & 0xffU) << 0;
	r->x[2] |= ((uint64_t)a->framework & 0x1U) << 31;
	if (a->payload == NULL) {
		r->x[3] = 0;
		r->x[4] = 0;
		r->x[5] = 0;
		r->x[6] = 0;
		r->x[7] = 0;
	} else if (a->payload != &r->x[3] || conv != UINT64_MAX) {
		r->x[3] = a->payload[0] & conv;
		r->x[4] = a->payload[1] & conv;
		r->x[5] = a->payload[2] & conv;
		r->x[6] = a->payload[3] & conv;
		r->x[7] = a->payload[4] & conv;
	}
}

/* FFA_MEM_DONATE: DEN0077A v1.0 §11.1 */
static inline __attribute__((warn_unused_result)) int32_t
ffa_decode_mem_donate(const struct ffa_regs *r, enum ffa_version v, struct ffa_mem_donate_args *out)
{
	const uint32_t fid = (uint32_t)r->x[0];
	const bool smc64 = fid == FFA_MEM_DONATE_64;
	const uint64_t conv = FFA_CONV_MASK(smc64);

	if (fid != FFA_MEM_DONATE_32 && !smc64)
		return FFA_NOT_SUPPORTED;
	(void)v;
	out->smc64 = smc64;
	out->total_length = (uint32_t)r->x[1];
	out->fragment_length = (uint32_t)r->x[2];
	out->buffer_address = (uint64_t)(r->x[3] & conv);
	out->page_count = (uint32_t)r->x[4];
	return FFA_OK;
}

static inline void
ffa_encode_mem_donate(const struct ffa_mem_donate_args *a, enum ffa_version v, struct ffa_regs *r)
{
	const uint64_t conv = FFA_CONV_MASK(a->smc64);

	(void)v;
	r->x[0] = a->smc64 ? FFA_MEM_DONATE_64 : FFA_MEM_DONATE_32;
	r->x[1] = (uint64_t)a->total_length & 0xffffffffU;
	r->x[2] = (uint64_t)a->fragment_length & 0xffffffffU;
	r->x[3] = (uint64_t)a->buffer_address & conv;
	r->x[4] = (uint64_t)a->page_count & 0xffffffffU;
	r->x[5] = 0;
	r->x[6] = 0;
	r->x[7] = 0;
}

static inline __attribute__((warn_unused_result)) int32_t
ffa_decode_mem_donate_result(const struct ffa_regs *r, enum ffa_version v, struct ffa_mem_donate_result *out)
{
	const uint32_t w0 = (uint32_t)r->x[0];
	const bool smc64 = w0 == FFA_SUCCESS_64;

	if (w0 == FFA_ERROR_32)
		return ffa_status_at(r->x[2], v);
	if (w0 != FFA_SUCCESS_32 && !smc64)
		return FFA_INVALID_PARAMETERS;
	*out = (struct ffa_mem_donate_result){ .smc64 = smc64 };
	out->handle |= (ffa_mem_handle_t)(uint32_t)r->x[2] << 0;
	out->handle |= (ffa_mem_handle_t)(uint32_t)r->x[3] << 32;
	return FFA_OK;
}

static inline void
ffa_encode_mem_donate_result(const struct ffa_mem_donate_result *res, enum ffa_version v, struct ffa_regs *r)
{
	(void)v;
	r->x[0] = FFA_SUCCESS_32;
	r->x[1] = 0;
	r->x[2] = ((uint64_t)res->handle >> 0) & 0xffffffffU;
	r->x[3] = ((uint64_t)res->handle >> 32) & 0xffffffffU;
	r->x[4] = 0;
	r->x[5] = 0;
	r->x[6] = 0;
	r->x[7] = 0;
}

/* FFA_MEM_LEND: DEN0077A v1.0 §11.2 */
static inline __attribute__((warn_unused_result)) int32_t
ffa_decode_mem_lend(const struct ffa_regs *r, enum ffa_version v, struct ffa_mem_lend_args *out)
{
	const uint32_t fid = (uint32_t)r->x[0];
	const bool smc64 = fid == FFA_MEM_LEND_64;
	const uint64_t conv = FFA_CONV_MASK(smc64);

	if (fid != FFA_MEM_LEND_32 && !smc64)
		return FFA_NOT_SUPPORTED;
	(void)v;
	out->smc64 = smc64;
	out->total_length = (uint32_t)r->x[1];
	out->fragment_length = (uint32_t)r->x[2];
	out->buffer_address = (uint64_t)(r->x[3] & conv);
	out->page_count = (uint32_t)r->x[4];
	return FFA_OK;
}

static inline void
ffa_encode_mem_lend(const struct ffa_mem_lend_args *a, enum ffa_version v, struct ffa_regs *r)
{
	const uint64_t conv = FFA_CONV_MASK(a->smc64);

	(void)v;
	r->x[0] = a->smc64 ? FFA_MEM_LEND_64 : FFA_MEM_LEND_32;
	r->x[1] = (uint64_t)a->total_length & 0xffffffffU;
	r->x[2] = (uint64_t)a->fragment_length & 0xffffffffU;
	r->x[3] = (uint64_t)a->buffer_address & conv;
	r->x[4] = (uint64_t)a->page_count & 0xffffffffU;
	r->x[5] = 0;
	r->x[6] = 0;
	r->x[7] = 0;
}

static inline __attribute__((warn_unused_result)) int32_t
ffa_decode_mem_lend_result(const struct ffa_regs *r, enum ffa_version v, struct ffa_mem_lend_result *out)
{
	const uint32_t w0 = (uint32_t)r->x[0];
	const bool smc64 = w0 == FFA_SUCCESS_64;

	if (w0 == FFA_ERROR_32)
		return ffa_status_at(r->x[2], v);
	if (w0 != FFA_SUCCESS_32 && !smc64)
		return FFA_INVALID_PARAMETERS;
	*out = (struct ffa_mem_lend_result){ .smc64 = smc64 };
	out->handle |= (ffa_mem_handle_t)(uint32_t)r->x[2] << 0;
	out->handle |= (ffa_mem_handle_t)(uint32_t)r->x[3] << 32;
	return FFA_OK;
}

static inline void
ffa_encode_mem_lend_result(const struct ffa_mem_lend_result *res, enum ffa_version v, struct ffa_regs *r)
{
	(void)v;
	r->x[0] = FFA_SUCCESS_32;
	r->x[1] = 0;
	r->x[2] = ((uint64_t)res->handle >> 0) & 0xffffffffU;
	r->x[3] = ((uint64_t)res->handle >> 32) & 0xffffffffU;
	r->x[4] = 0;
	r->x[5] = 0;
	r->x[6] = 0;
	r->x[7] = 0;
}

/* FFA_MEM_SHARE: DEN0077A v1.0 §11.3 */
/*
 * ffa_decode_mem_share() for ffa_dispatch()'s case, which answers
 * FFA_MEM_DONATE and FFA_MEM_LEND too (spec: case): any of their ids.
 */
static inline __attribute__((warn_unused_result)) int32_t
ffa_decode_mem_share_case(const struct ffa_regs *r, enum ffa_version v, struct ffa_mem_share_args *out)
{
	const uint32_t fid = (uint32_t)r->x[0];
	const bool smc64 = (fid & FFA_FUNCTION_ID_SMC64_MASK) != 0;
	const uint64_t conv = FFA_CONV_MASK(smc64);

	if (fid != FFA_MEM_SHARE_32 &&
	    fid != FFA_MEM_SHARE_64 &&
	    fid != FFA_MEM_DONATE_32 &&
	    fid != FFA_MEM_DONATE_64 &&
	    fid != FFA_MEM_LEND_32 &&
	    fid != FFA_MEM_LEND_64)
		return FFA_NOT_SUPPORTED;
	(void)v;
	out->smc64 = smc64;
	out->total_length = (uint32_t)r->x[1];
	out->fragment_length = (uint32_t)r->x[2];
	out->buffer_address = (uint64_t)(r->x[3] & conv);
	out->page_count = (uint32_t)r->x[4];
	return FFA_OK;
}

static inline __attribute__((warn_unused_result)) int32_t
ffa_decode_mem_share(const struct ffa_regs *r, enum ffa_version v, struct ffa_mem_share_args *out)
{
	const uint32_t fid = (uint32_t)r->x[0];

	/* Its own ids only; the rest is its case's decode. */
	if (fid != FFA_MEM_SHARE_32 && fid != FFA_MEM_SHARE_64)
		return FFA_NOT_SUPPORTED;
	return ffa_decode_mem_share_case(r, v, out);
}

static inline void
ffa_encode_mem_share(const struct ffa_mem_share_args *a, enum ffa_version v, struct ffa_regs *r)
{
	const uint64_t conv = FFA_CONV_MASK(a->smc64);

	(void)v;
	r->x[0] = a->smc64 ? FFA_MEM_SHARE_64 : FFA_MEM_SHARE_32;
	r->x[1] = (uint64_t)a->total_length & 0xffffffffU;
	r->x[2] = (uint64_t)a->fragment_length & 0xffffffffU;
	r->x[3] = (uint64_t)a->buffer_address & conv;
	r->x[4] = (uint64_t)a->page_count & 0xffffffffU;
	r->x[5] = 0;
	r->x[6] = 0;
	r->x[7] = 0;
}

static inline __attribute__((warn_unused_result)) int32_t
ffa_decode_mem_share_result(const struct ffa_regs *r, enum ffa_version v, struct ffa_mem_share_result *out)
{
	const uint32_t w0 = (uint32_t)r->x[0];
	const bool smc64 = w0 == FFA_SUCCESS_64;

	if (w0 == FFA_ERROR_32)
		return ffa_status_at(r->x[2], v);
	if (w0 != FFA_SUCCESS_32 && !smc64)
		return FFA_INVALID_PARAMETERS;
	*out = (struct ffa_mem_share_result){ .smc64 = smc64 };
	out->handle |= (ffa_mem_handle_t)(uint32_t)r->x[2] << 0;
	out->handle |= (ffa_mem_handle_t)(uint32_t)r->x[3] << 32;
	return FFA_OK;
}

static inline void
ffa_encode_mem_share_result(const struct ffa_mem_share_result *res, enum ffa_version v, struct ffa_regs *r)
{
	(void)v;
	r->x[0] = FFA_SUCCESS_32;
	r->x[1] = 0;
	r->x[2] = ((uint64_t)res->handle >> 0) & 0xffffffffU;
	r->x[3] = ((uint64_t)res->handle >> 32) & 0xffffffffU;
	r->x[4] = 0;
	r->x[5] = 0;
	r->x[6] = 0;
	r->x[7] = 0;
}

/* FFA_MEM_RETRIEVE_REQ: DEN0077A v1.0 §11.4 */
static inline __attribute__((warn_unused_result)) int32_t
ffa_decode_mem_retrieve_req(const struct ffa_regs *r, enum ffa_version v, struct ffa_mem_retrieve_req_args *out)
{
	const uint32_t fid = (uint32_t)r->x[0];
	const bool smc64 = fid == FFA_MEM_RETRIEVE_REQ_64;
	const uint64_t conv = FFA_CONV_MASK(smc64);

	if (fid != FFA_MEM_RETRIEVE_REQ_32 && !smc64)
		return FFA_NOT_SUPPORTED;
	(void)v;
	out->smc64 = smc64;
	out->total_length = (uint32_t)r->x[1];
	out->fragment_length = (uint32_t)r->x[2];
	out->buffer_address = (uint64_t)(r->x[3] & conv);
	out->page_count = (uint32_t)r->x[4];
	return FFA_OK;
}

static inline void
ffa_encode_mem_retrieve_req(const struct ffa_mem_retrieve_req_args *a, enum ffa_version v, struct ffa_regs *r)
{
	const uint64_t conv = FFA_CONV_MASK(a->smc64);

	(void)v;
	r->x[0] = a->smc64 ? FFA_MEM_RETRIEVE_REQ_64 : FFA_MEM_RETRIEVE_REQ_32;
	r->x[1] = (uint64_t)a->total_length & 0xffffffffU;
	r->x[2] = (uint64_t)a->fragment_length & 0xffffffffU;
	r->x[3] = (uint64_t)a->buffer_address & conv;
	r->x[4] = (uint64_t)a->page_count & 0xffffffffU;
	r->x[5] = 0;
	r->x[6] = 0;
	r->x[7] = 0;
}

/* FFA_MEM_RETRIEVE_RESP: DEN0077A v1.0 §11.5 */
static inline __attribute__((warn_unused_result)) int32_t
ffa_decode_mem_retrieve_resp(const struct ffa_regs *r, enum ffa_version v, struct ffa_mem_retrieve_resp_args *out)
{
	const uint32_t fid = (uint32_t)r->x[0];
	const bool smc64 = false;

	if (fid != FFA_MEM_RETRIEVE_RESP_32)
		return FFA_NOT_SUPPORTED;
	(void)v;
	out->smc64 = smc64;
	out->total_length = (uint32_t)r->x[1];
	out->fragment_length = (uint32_t)r->x[2];
	return FFA_OK;
}

static inline void
ffa_encode_mem_retrieve_resp(const struct ffa_mem_retrieve_resp_args *a, enum ffa_version v, struct ffa_regs *r)
{
	(void)v;
	r->x[0] = FFA_MEM_RETRIEVE_RESP_32;
	r->x[1] = (uint64_t)a->total_length & 0xffffffffU;
	r->x[2] = (uint64_t)a->fragment_length & 0xffffffffU;
	r->x[3] = 0;
	r->x[4] = 0;
	r->x[5] = 0;
	r->x[6] = 0;
	r->x[7] = 0;
}

/* FFA_MEM_RELINQUISH: DEN0077A v1.0 §11.6 */
static inline __attribute__((warn_unused_result)) int32_t
ffa_decode_mem_relinquish(const struct ffa_regs *r, enum ffa_version v, struct ffa_mem_relinquish_args *out)
{
	const uint32_t fid = (uint32_t)r->x[0];
	const bool smc64 = false;

	if (fid != FFA_MEM_RELINQUISH_32)
		return FFA_NOT_SUPPORTED;
	(void)v;
	out->smc64 = smc64;
	return FFA_OK;
}

static inline void
ffa_encode_mem_relinquish(const struct ffa_mem_relinquish_args *a, enum ffa_version v, struct ffa_regs *r)
{
	(void)v;
	(void)a;
	r->x[0] = FFA_MEM_RELINQUISH_32;
	r->x[1] = 0;
	r->x[2] = 0;
	r->x[3] = 0;
	r->x[4] = 0;
	r->x[5] = 0;
	r->x[6] = 0;
	r->x[7] = 0;
}

static inline __attribute__((warn_unused_result)) int32_t
ffa_decode_mem_relinquish_result(const struct ffa_regs *r, enum ffa_version v, struct ffa_mem_relinquish_result *out)
{
	const uint32_t w0 = (uint32_t)r->x[0];
	const bool smc64 = w0 == FFA_SUCCESS_64;

	if (w0 == FFA_ERROR_32)
		return ffa_status_at(r->x[2], v);
	if (w0 != FFA_SUCCESS_32 && !smc64)
		return FFA_INVALID_PARAMETERS;
	out->smc64 = smc64;
	return FFA_OK;
}

static inline void
ffa_encode_mem_relinquish_result(const struct ffa_mem_relinquish_result *res, enum ffa_version v, struct ffa_regs *r)
{
	(void)v;
	(void)res;
	r->x[0] = FFA_SUCCESS_32;
	r->x[1] = 0;
	r->x[2] = 0;
	r->x[3] = 0;
	r->x[4] = 0;
	r->x[5] = 0;
	r->x[6] = 0;
	r->x[7] = 0;
}

/* FFA_MEM_RECLAIM: DEN0077A v1.0 §11.7 */
static inline __attribute__((warn_unused_result)) int32_t
ffa_decode_mem_reclaim(const struct ffa_regs *r, enum ffa_version v, struct ffa_mem_reclaim_args *out)
{
	const uint32_t fid = (uint32_t)r->x[0];
	const bool smc64 = false;
	const uint64_t conv = FFA_CONV_MASK(smc64);

	if (fid != FFA_MEM_RECLAIM_32)
		return FFA_NOT_SUPPORTED;
	(void)v;
	if ((r->x[3] & conv & 0xfffffffcU) != 0)
		return FFA_INVALID_PARAMETERS;
	*out = (struct ffa_mem_reclaim_args){ .smc64 = smc64 };
	out->handle |= (ffa_mem_handle_t)(uint32_t)r->x[1] << 0;
	out->handle |= (ffa_mem_handle_t)(uint32_t)r->x[2] << 32;
	out->zero_memory = (((r->x[3] >> 0) & 0x1U) != 0);
	out->time_slice = (((r->x[3] >> 1) & 0x1U) != 0);
	return FFA_OK;
}

static inline void
ffa_encode_mem_reclaim(const struct ffa_mem_reclaim_args *a, enum ffa_version v, struct ffa_regs *r)
{
	(void)v;
	r->x[0] = FFA_MEM_RECLAIM_32;
	r->x[1] = ((uint64_t)a->handle >> 0) & 0xffffffffU;
	r->x[2] = ((uint64_t)a->handle >> 32) & 0xffffffffU;
	r->x[3] = 0;
	r->x[4] = 0;
	r->x[5] = 0;
	r->x[6] = 0;
	r->x[7] = 0;
	r->x[3] |= ((uint64_t)a->zero_memory & 0x1U) << 0;
	r->x[3] |= ((uint64_t)a->time_slice & 0x1U) << 1;
}

static inline __attribute__((warn_unused_result)) int32_t
ffa_decode_mem_reclaim_result(const struct ffa_regs *r, enum ffa_version v, struct ffa_mem_reclaim_result *out)
{
	const uint32_t w0 = (uint32_t)r->x[0];
	const bool smc64 = w0 == FFA_SUCCESS_64;

	if (w0 == FFA_ERROR_32)
		return ffa_status_at(r->x[2], v);
	if (w0 != FFA_SUCCESS_32 && !smc64)
		return FFA_INVALID_PARAMETERS;
	out->smc64 = smc64;
	return FFA_OK;
}

static inline void
ffa_encode_mem_reclaim_result(const struct ffa_mem_reclaim_result *res, enum ffa_version v, struct ffa_regs *r)
{
	(void)v;
	(void)res;
	r->x[0] = FFA_SUCCESS_32;
	r->x[1] = 0;
	r->x[2] = 0;
	r->x[3] = 0;
	r->x[4] = 0;
	r->x[5] = 0;
	r->x[6] = 0;
	r->x[7] = 0;
}

/* FFA_MEM_OP_PAUSE: DEN0077A v1.0 §11.8 */
static inline __attribute__((warn_unused_result)) int32_t
ffa_decode_mem_op_pause(const struct ffa_regs *r, enum ffa_version v, struct ffa_mem_op_pause_args *out)
{
	const uint32_t fid = (uint32_t)r->x[0];
	const bool smc64 = false;

	if (fid != FFA_MEM_OP_PAUSE_32)
		return FFA_NOT_SUPPORTED;
	(void)v;
	*out = (struct ffa_mem_op_pause_args){ .smc64 = smc64 };
	out->handle |= (ffa_mem_handle_t)(uint32_t)r->x[1] << 0;
	out->handle |= (ffa_mem_handle_t)(uint32_t)r->x[2] << 32;
	return FFA_OK;
}

static inline void
ffa_encode_mem_op_pause(const struct ffa_mem_op_pause_args *a, enum ffa_version v, struct ffa_regs *r)
{
	(void)v;
	r->x[0] = FFA_MEM_OP_PAUSE_32;
	r->x[1] = ((uint64_t)a->handle >> 0) & 0xffffffffU;
	r->x[2] = ((uint64_t)a->handle >> 32) & 0xffffffffU;
	r->x[3] = 0;
	r->x[4] = 0;
	r->x[5] = 0;
	r->x[6] = 0;
	r->x[7] = 0;
}

/* FFA_MEM_OP_RESUME: DEN0077A v1.0 §11.9 */
static inline __attribute__((warn_unused_result)) int32_t
ffa_decode_mem_op_resume(const struct ffa_regs *r, enum ffa_version v, struct ffa_mem_op_resume_args *out)
{
	const uint32_t fid = (uint32_t)r->x[0];
	const bool smc64 = false;

	if (fid != FFA_MEM_OP_RESUME_32)
		return FFA_NOT_SUPPORTED;
	(void)v;
	*out = (struct ffa_mem_op_resume_args){ .smc64 = smc64 };
	out->handle |= (ffa_mem_handle_t)(uint32_t)r->x[1] << 0;
	out->handle |= (ffa_mem_handle_t)(uint32_t)r->x[2] << 32;
	return FFA_OK;
}

static inline void
ffa_encode_mem_op_resume(const struct ffa_mem_op_resume_args *a, enum ffa_version v, struct ffa_regs *r)
{
	(void)v;
	r->x[0] = FFA_MEM_OP_RESUME_32;
	r->x[1] = ((uint64_t)a->handle >> 0) & 0xffffffffU;
	r->x[2] = ((uint64_t)a->handle >> 32) & 0xffffffffU;
	r->x[3] = 0;
	r->x[4] = 0;
	r->x[5] = 0;
	r->x[6] = 0;
	r->x[7] = 0;
}

static inline __attribute__((warn_unused_result)) int32_t
ffa_decode_mem_op_resume_result(const struct ffa_regs *r, enum ffa_version v, struct ffa_mem_op_resume_result *out)
{
	const uint32_t w0 = (uint32_t)r->x[0];
	const bool smc64 = w0 == FFA_SUCCESS_64;

	if (w0 == FFA_ERROR_32)
		return ffa_status_at(r->x[2], v);
	if (w0 != FFA_SUCCESS_32 && !smc64)
		return FFA_INVALID_PARAMETERS;
	out->smc64 = smc64;
	return FFA_OK;
}

static inline void
ffa_encode_mem_op_resume_result(const struct ffa_mem_op_resume_result *res, enum ffa_version v, struct ffa_regs *r)
{
	(void)v;
	(void)res;
	r->x[0] = FFA_SUCCESS_32;
	r->x[1] = 0;
	r->x[2] = 0;
	r->x[3] = 0;
	r->x[4] = 0;
	r->x[5] = 0;
	r->x[6] = 0;
	r->x[7] = 0;
}

/* FFA_MEM_FRAG_RX: DEN0077A v1.0 §11.10 */
static inline __attribute__((warn_unused_result)) int32_t
ffa_decode_mem_frag_rx(const struct ffa_regs *r, enum ffa_version v, struct ffa_mem_frag_rx_args *out)
{
	const uint32_t fid = (uint32_t)r->x[0];
	const bool smc64 = false;

	if (fid != FFA_MEM_FRAG_RX_32)
		return FFA_NOT_SUPPORTED;
	(void)v;
	*out = (struct ffa_mem_frag_rx_args){ .smc64 = smc64 };
	out->handle |= (ffa_mem_handle_t)(uint32_t)r->x[1] << 0;
	out->handle |= (ffa_mem_handle_t)(uint32_t)r->x[2] << 32;
	out->fragment_offset = (uint32_t)r->x[3];
	out->endpoint_id = (uint16_t)(((r->x[4] >> 16) & 0xffffU));
	return FFA_OK;
}

static inline void
ffa_encode_mem_frag_rx(const struct ffa_mem_frag_rx_args *a, enum ffa_version v, struct ffa_regs *r)
{
	(void)v;
	r->x[0] = FFA_MEM_FRAG_RX_32;
	r->x[1] = ((uint64_t)a->handle >> 0) & 0xffffffffU;
	r->x[2] = ((uint64_t)a->handle >> 32) & 0xffffffffU;
	r->x[3] = (uint64_t)a->fragment_offset & 0xffffffffU;
	r->x[4] = 0;
	r->x[5] = 0;
	r->x[6] = 0;
	r->x[7] = 0;
	r->x[4] |= ((uint64_t)a->endpoint_id & 0xffffU) << 16;
}

/* FFA_MEM_FRAG_TX: DEN0077A v1.0 §11.11 */
static inline __attribute__((warn_unused_result)) int32_t
ffa_decode_mem_frag_tx(const struct ffa_regs *r, enum ffa_version v, struct ffa_mem_frag_tx_args *out)
{
	const uint32_t fid = (uint32_t)r->x[0];
	const bool smc64 = false;

	if (fid != FFA_MEM_FRAG_TX_32)
		return FFA_NOT_SUPPORTED;
	(void)v;
	*out = (struct ffa_mem_frag_tx_args){ .smc64 = smc64 };
	out->handle |= (ffa_mem_handle_t)(uint32_t)r->x[1] << 0;
	out->handle |= (ffa_mem_handle_t)(uint32_t)r->x[2] << 32;
	out->fragment_length = (uint32_t)r->x[3];
	out->endpoint_id = (uint16_t)(((r->x[4] >> 16) & 0xffffU));
	return FFA_OK;
}

static inline void
ffa_encode_mem_frag_tx(const struct ffa_mem_frag_tx_args *a, enum ffa_version v, struct ffa_regs *r)
{
	(void)v;
	r->x[0] = FFA_MEM_FRAG_TX_32;
	r->x[1] = ((uint64_t)a->handle >> 0) & 0xffffffffU;
	r->x[2] = ((uint64_t)a->handle >> 32) & 0xffffffffU;
	r->x[3] = (uint64_t)a->fragment_length & 0xffffffffU;
	r->x[4] = 0;
	r->x[5] = 0;
	r->x[6] = 0;
	r->x[7] = 0;
	r->x[4] |= ((uint64_t)a->endpoint_id & 0xffffU) << 16;
}

static inline __attribute__((warn_unused_result)) int32_t
ffa_decode_mem_frag_tx_result(const struct ffa_regs *r, enum ffa_version v, struct ffa_mem_frag_tx_result *out)
{
	const uint32_t w0 = (uint32_t)r->x[0];
	const bool smc64 = w0 == FFA_SUCCESS_64;

	if (w0 == FFA_ERROR_32)
		return ffa_status_at(r->x[2], v);
	if (w0 != FFA_SUCCESS_32 && !smc64)
		return FFA_INVALID_PARAMETERS;
	*out = (struct ffa_mem_frag_tx_result){ .smc64 = smc64 };
	out->handle |= (ffa_mem_handle_t)(uint32_t)r->x[2] << 0;
	out->handle |= (ffa_mem_handle_t)(uint32_t)r->x[3] << 32;
	return FFA_OK;
}

static inline void
ffa_encode_mem_frag_tx_result(const struct ffa_mem_frag_tx_result *res, enum ffa_version v, struct ffa_regs *r)
{
	(void)v;
	r->x[0] = FFA_SUCCESS_32;
	r->x[1] = 0;
	r->x[2] = ((uint64_t)res->handle >> 0) & 0xffffffffU;
	r->x[3] = ((uint64_t)res->handle >> 32) & 0xffffffffU;
	r->x[4] = 0;
	r->x[5] = 0;
	r->x[6] = 0;
	r->x[7] = 0;
}

/* FFA_NORMAL_WORLD_RESUME: DEN0077A v1.2 §14.5 */
static inline __attribute__((warn_unused_result)) int32_t
ffa_decode_normal_world_resume(const struct ffa_regs *r, enum ffa_version v, struct ffa_normal_world_resume_args *out)
{
	const uint32_t fid = (uint32_t)r->x[0];
	const bool smc64 = false;

	if (fid != FFA_NORMAL_WORLD_RESUME_32)
		return FFA_NOT_SUPPORTED;
	(void)v;
	out->smc64 = smc64;
	return FFA_OK;
}

static inline void
ffa_encode_normal_world_resume(const struct ffa_normal_world_resume_args *a, enum ffa_version v, struct ffa_regs *r)
{
	(void)v;
	(void)a;
	r->x[0] = FFA_NORMAL_WORLD_RESUME_32;
	r->x[1] = 0;
	r->x[2] = 0;
	r->x[3] = 0;
	r->x[4] = 0;
	r->x[5] = 0;
	r->x[6] = 0;
	r->x[7] = 0;
}

/* FFA_NOTIFICATION_BITMAP_CREATE: DEN0077A v1.2 §16.1 */
static inline __attribute__((warn_unused_result)) int32_t
ffa_decode_notification_bitmap_create(const struct ffa_regs *r, enum ffa_version v, struct ffa_notification_bitmap_create_args *out)
{
	const uint32_t fid = (uint32_t)r->x[0];
	const bool smc64 = false;
	const uint64_t conv = FFA_CONV_MASK(smc64);

	if (fid != FFA_NOTIFICATION_BITMAP_CREATE_32)
		return FFA_NOT_SUPPORTED;
	(void)v;
	if ((r->x[1] & conv & 0xffff0000U) != 0)
		return FFA_INVALID_PARAMETERS;
	out->smc64 = smc64;
	out->vm_id = (uint16_t)(((r->x[1] >> 0) & 0xffffU));
	out->vcpu_count = (uint32_t)r->x[2];
	return FFA_OK;
}

static inline void
ffa_encode_notification_bitmap_create(const struct ffa_notification_bitmap_create_args *a, enum ffa_version v, struct ffa_regs *r)
{
	(void)v;
	r->x[0] = FFA_NOTIFICATION_BITMAP_CREATE_32;
	r->x[1] = 0;
	r->x[2] = (uint64_t)a->vcpu_count & 0xffffffffU;
	r->x[3] = 0;
	r->x[4] = 0;
	r->x[5] = 0;
	r->x[6] = 0;
	r->x[7] = 0;
	r->x[1] |= ((uint64_t)a->vm_id & 0xffffU) << 0;
}

static inline __attribute__((warn_unused_result)) int32_t
ffa_decode_notification_bitmap_create_result(const struct ffa_regs *r, enum ffa_version v, struct ffa_notification_bitmap_create_result *out)
{
	const uint32_t w0 = (uint32_t)r->x[0];
	const bool smc64 = w0 == FFA_SUCCESS_64;

	if (w0 == FFA_ERROR_32)
		return ffa_status_at(r->x[2], v);
	if (w0 != FFA_SUCCESS_32 && !smc64)
		return FFA_INVALID_PARAMETERS;
	out->smc64 = smc64;
	return FFA_OK;
}

static inline void
ffa_encode_notification_bitmap_create_result(const struct ffa_notification_bitmap_create_result *res, enum ffa_version v, struct ffa_regs *r)
{
	(void)v;
	(void)res;
	r->x[0] = FFA_SUCCESS_32;
	r->x[1] = 0;
	r->x[2] = 0;
	r->x[3] = 0;
	r->x[4] = 0;
	r->x[5] = 0;
	r->x[6] = 0;
	r->x[7] = 0;
}

/* FFA_NOTIFICATION_BITMAP_DESTROY: DEN0077A v1.2 §16.2 */
static inline __attribute__((warn_unused_result)) int32_t
ffa_decode_notification_bitmap_destroy(const struct ffa_regs *r, enum ffa_version v, struct ffa_notification_bitmap_destroy_args *out)
{
	const uint32_t fid = (uint32_t)r->x[0];
	const bool smc64 = false;

	if (fid != FFA_NOTIFICATION_BITMAP_DESTROY_32)
		return FFA_NOT_SUPPORTED;
	(void)v;
	out->smc64 = smc64;
	out->vm_id = (uint16_t)(((r->x[1] >> 0) & 0xffffU));
	return FFA_OK;
}

static inline void
ffa_encode_notification_bitmap_destroy(const struct ffa_notification_bitmap_destroy_args *a, enum ffa_version v, struct ffa_regs *r)
{
	(void)v;
	r->x[0] = FFA_NOTIFICATION_BITMAP_DESTROY_32;
	r->x[1] = 0;
	r->x[2] = 0;
	r->x[3] = 0;
	r->x[4] = 0;
	r->x[5] = 0;
	r->x[6] = 0;
	r->x[7] = 0;
	r->x[1] |= ((uint64_t)a->vm_id & 0xffffU) << 0;
}

static inline __attribute__((warn_unused_result)) int32_t
ffa_decode_notification_bitmap_destroy_result(const struct ffa_regs *r, enum ffa_version v, struct ffa_notification_bitmap_destroy_result *out)
{
	const uint32_t w0 = (uint32_t)r->x[0];
	const bool smc64 = w0 == FFA_SUCCESS_64;

	if (w0 == FFA_ERROR_32)
		return ffa_status_at(r->x[2], v);
	if (w0 != FFA_SUCCESS_32 && !smc64)
		return FFA_INVALID_PARAMETERS;
	out->smc64 = smc64;
	return FFA_OK;
}

static inline void
ffa_encode_notification_bitmap_destroy_result(const struct ffa_notification_bitmap_destroy_result *res, enum ffa_version v, struct ffa_regs *r)
{
	(void)v;
	(void)res;
	r->x[0] = FFA_SUCCESS_32;
	r->x[1] = 0;
	r->x[2] = 0;
	r->x[3] = 0;
	r->x[4] = 0;
	r->x[5] = 0;
	r->x[6] = 0;
	r->x[7] = 0;
}

/* FFA_NOTIFICATION_BIND: DEN0077A v1.2 §16.3 */
static inline __attribute__((warn_unused_result)) int32_t
ffa_decode_notification_bind(const struct ffa_regs *r, enum ffa_version v, struct ffa_notification_bind_args *out)
{
	const uint32_t fid = (uint32_t)r->x[0];
	const bool smc64 = false;
	const uint64_t conv = FFA_CONV_MASK(smc64);

	if (fid != FFA_NOTIFICATION_BIND_32)
		return FFA_NOT_SUPPORTED;
	(void)v;
	if ((r->x[2] & conv & 0xfffffffeU) != 0)
		return FFA_INVALID_PARAMETERS;
	*out = (struct ffa_notification_bind_args){ .smc64 = smc64 };
	out->receiver = (uint16_t)(((r->x[1] >> 0) & 0xffffU));
	out->sender = (uint16_t)(((r->x[1] >> 16) & 0xffffU));
	out->per_vcpu = (((r->x[2] >> 0) & 0x1U) != 0);
	out->bitmap |= (ffa_notification_bitmap_t)(uint32_t)r->x[3] << 0;
	out->bitmap |= (ffa_notification_bitmap_t)(uint32_t)r->x[4] << 32;
	return FFA_OK;
}

static inline void
ffa_encode_notification_bind(const struct ffa_notification_bind_args *a, enum ffa_version v, struct ffa_regs *r)
{
	(void)v;
	r->x[0] = FFA_NOTIFICATION_BIND_32;
	r->x[1] = 0;
	r->x[2] = 0;
	r->x[3] = ((uint64_t)a->bitmap >> 0) & 0xffffffffU;
	r->x[4] = ((uint64_t)a->bitmap >> 32) & 0xffffffffU;
	r->x[5] = 0;
	r->x[6] = 0;
	r->x[7] = 0;
	r->x[1] |= ((uint64_t)a->receiver & 0xffffU) << 0;
	r->x[1] |= ((uint64_t)a->sender & 0xffffU) << 16;
	r->x[2] |= ((uint64_t)a->per_vcpu & 0x1U) << 0;
}

static inline __attribute__((warn_unused_result)) int32_t
ffa_decode_notification_bind_result(const struct ffa_regs *r, enum ffa_version v, struct ffa_notification_bind_result *out)
{
	const uint32_t w0 = (uint32_t)r->x[0];
	const bool smc64 = w0 == FFA_SUCCESS_64;

	if (w0 == FFA_ERROR_32)
		return ffa_status_at(r->x[2], v);
	if (w0 != FFA_SUCCESS_32 && !smc64)
		return FFA_INVALID_PARAMETERS;
	out->smc64 = smc64;
	return FFA_OK;
}

static inline void
ffa_encode_notification_bind_result(const struct ffa_notification_bind_result *res, enum ffa_version v, struct ffa_regs *r)
{
	(void)v;
	(void)res;
	r->x[0] = FFA_SUCCESS_32;
	r->x[1] = 0;
	r->x[2] = 0;
	r->x[3] = 0;
	r->x[4] = 0;
	r->x[5] = 0;
	r->x[6] = 0;
	r->x[7] = 0;
}

/* FFA_NOTIFICATION_UNBIND: DEN0077A v1.2 §16.4 */
static inline __attribute__((warn_unused_result)) int32_t
ffa_decode_notification_unbind(const struct ffa_regs *r, enum ffa_version v, struct ffa_notification_unbind_args *out)
{
	const uint32_t fid = (uint32_t)r->x[0];
	const bool smc64 = false;
	const uint64_t conv = FFA_CONV_MASK(smc64);

	if (fid != FFA_NOTIFICATION_UNBIND_32)
		return FFA_NOT_SUPPORTED;
	(void)v;
	if ((r->x[2] & conv & 0xffffffffU) != 0)
		return FFA_INVALID_PARAMETERS;
	*out = (struct ffa_notification_unbind_args){ .smc64 = smc64 };
	out->receiver = (uint16_t)(((r->x[1] >> 0) & 0xffffU));
	out->sender = (uint16_t)(((r->x[1] >> 16) & 0xffffU));
	out->bitmap |= (ffa_notification_bitmap_t)(uint32_t)r->x[3] << 0;
	out->bitmap |= (ffa_notification_bitmap_t)(uint32_t)r->x[4] << 32;
	return FFA_OK;
}

static inline void
ffa_encode_notification_unbind(const struct ffa_notification_unbind_args *a, enum ffa_version v, struct ffa_regs *r)
{
	(void)v;
	r->x[0] = FFA_NOTIFICATION_UNBIND_32;
	r->x[1] = 0;
	r->x[2] = 0;
	r->x[3] = ((uint64_t)a->bitmap >> 0) & 0xffffffffU;
	r->x[4] = ((uint64_t)a->bitmap >> 32) & 0xffffffffU;
	r->x[5] = 0;
	r->x[6] = 0;
	r->x[7] = 0;
	r->x[1] |= ((uint64_t)a->receiver & 0xffffU) << 0;
	r->x[1] |= ((uint64_t)a->sender & 0xffffU) << 16;
}

static inline __attribute__((warn_unused_result)) int32_t
ffa_decode_notification_unbind_result(const struct ffa_regs *r, enum ffa_version v, struct ffa_notification_unbind_result *out)
{
	const uint32_t w0 = (uint32_t)r->x[0];
	const bool smc64 = w0 == FFA_SUCCESS_64;

	if (w0 == FFA_ERROR_32)
		return ffa_status_at(r->x[2], v);
	if (w0 != FFA_SUCCESS_32 && !smc64)
		return FFA_INVALID_PARAMETERS;
	out->smc64 = smc64;
	return FFA_OK;
}

static inline void
ffa_encode_notification_unbind_result(const struct ffa_notification_unbind_result *res, enum ffa_version v, struct ffa_regs *r)
{
	(void)v;
	(void)res;
	r->x[0] = FFA_SUCCESS_32;
	r->x[1] = 0;
	r->x[2] = 0;
	r->x[3] = 0;
	r->x[4] = 0;
	r->x[5] = 0;
	r->x[6] = 0;
	r->x[7] = 0;
}

/* FFA_NOTIFICATION_SET: DEN0077A v1.2 §16.5 */
static inline __attribute__((warn_unused_result)) int32_t
ffa_decode_notification_set(const struct ffa_regs *r, enum ffa_version v, struct ffa_notification_set_args *out)
{
	const uint32_t fid = (uint32_t)r->x[0];
	const bool smc64 = false;
	const uint64_t conv = FFA_CONV_MASK(smc64);

	if (fid != FFA_NOTIFICATION_SET_32)
		return FFA_NOT_SUPPORTED;
	(void)v;
	if ((r->x[2] & conv & 0xfffcU) != 0)
		return FFA_INVALID_PARAMETERS;
	*out = (struct ffa_notification_set_args){ .smc64 = smc64 };
	out->receiver = (uint16_t)(((r->x[1] >> 0) & 0xffffU));
	out->sender = (uint16_t)(((r->x[1] >> 16) & 0xffffU));
	out->per_vcpu = (((r->x[2] >> 0) & 0x1U) != 0);
	out->delay_sri = (((r->x[2] >> 1) & 0x1U) != 0);
	out->receiver_vcpu = (ffa_vcpu_id_t)(((r->x[2] >> 16) & 0xffffU));
	out->bitmap |= (ffa_notification_bitmap_t)(uint32_t)r->x[3] << 0;
	out->bitmap |= (ffa_notification_bitmap_t)(uint32_t)r->x[4] << 32;
	return FFA_OK;
}

static inline void
ffa_encode_notification_set(const struct ffa_notification_set_args *a, enum ffa_version v, struct ffa_regs *r)
{
	(void)v;
	r->x[0] = FFA_NOTIFICATION_SET_32;
	r->x[1] = 0;
	r->x[2] = 0;
	r->x[3] = ((uint64_t)a->bitmap >> 0) & 0xffffffffU;
	r->x[4] = ((uint64_t)a->bitmap >> 32) & 0xffffffffU;
	r->x[5] = 0;
	r->x[6] = 0;
	r->x[7] = 0;
	r->x[1] |= ((uint64_t)a->receiver & 0xffffU) << 0;
	r->x[1] |= ((uint64_t)a->sender & 0xffffU) << 16;
	r->x[2] |= ((uint64_t)a->per_vcpu & 0x1U) << 0;
	r->x[2] |= ((uint64_t)a->delay_sri & 0x1U) << 1;
	r->x[2] |= ((uint64_t)a->receiver_vcpu & 0xffffU) << 16;
}

static inline __attribute__((warn_unused_result)) int32_t
ffa_decode_notification_set_result(const struct ffa_regs *r, enum ffa_version v, struct ffa_notification_set_result *out)
{
	const uint32_t w0 = (uint32_t)r->x[0];
	const bool smc64 = w0 == FFA_SUCCESS_64;

	if (w0 == FFA_ERROR_32)
		return ffa_status_at(r->x[2], v);
	if (w0 != FFA_SUCCESS_32 && !smc64)
		return FFA_INVALID_PARAMETERS;
	out->smc64 = smc64;
	return FFA_OK;
}

static inline void
ffa_encode_notification_set_result(const struct ffa_notification_set_result *res, enum ffa_version v, struct ffa_regs *r)
{
	(void)v;
	(void)res;
	r->x[0] = FFA_SUCCESS_32;
	r->x[1] = 0;
	r->x[2] = 0;
	r->x[3] = 0;
	r->x[4] = 0;
	r->x[5] = 0;
	r->x[6] = 0;
	r->x[7] = 0;
}

/* FFA_NOTIFICATION_GET: DEN0077A v1.2 §16.6 */
static inline __attribute__((warn_unused_result)) int32_t
ffa_decode_notification_get(const struct ffa_regs *r, enum ffa_version v, struct ffa_notification_get_args *out)
{
	const uint32_t fid = (uint32_t)r->x[0];
	const bool smc64 = false;
	const uint64_t conv = FFA_CONV_MASK(smc64);

	if (fid != FFA_NOTIFICATION_GET_32)
		return FFA_NOT_SUPPORTED;
	(void)v;
	if ((r->x[2] & conv & 0xfffffff0U) != 0)
		return FFA_INVALID_PARAMETERS;
	out->smc64 = smc64;
	out->receiver = (uint16_t)(((r->x[1] >> 0) & 0xffffU));
	out->receiver_vcpu = (ffa_vcpu_id_t)(((r->x[1] >> 16) & 0xffffU));
	out->from_sp = (((r->x[2] >> 0) & 0x1U) != 0);
	out->from_vm = (((r->x[2] >> 1) & 0x1U) != 0);
	out->from_spm = (((r->x[2] >> 2) & 0x1U) != 0);
	out->from_hyp = (((r->x[2] >> 3) & 0x1U) != 0);
	return FFA_OK;
}

static inline void
ffa_encode_notification_get(const struct ffa_notification_get_args *a, enum ffa_version v, struct ffa_regs *r)
{
	(void)v;
	r->x[0] = FFA_NOTIFICATION_GET_32;
	r->x[1] = 0;
	r->x[2] = 0;
	r->x[3] = 0;
	r->x[4] = 0;
	r->x[5] = 0;
	r->x[6] = 0;
	r->x[7] = 0;
	r->x[1] |= ((uint64_t)a->receiver & 0xffffU) << 0;
	r->x[1] |= ((uint64_t)a->receiver_vcpu & 0xffffU) << 16;
	r->x[2] |= ((uint64_t)a->from_sp & 0x1U) << 0;
	r->x[2] |= ((uint64_t)a->from_vm & 0x1U) << 1;
	r->x[2] |= ((uint64_t)a->from_spm & 0x1U) << 2;
	r->x[2] |= ((uint64_t)a->from_hyp & 0x1U) << 3;
}

static inline __attribute__((warn_unused_result)) int32_t
ffa_decode_notification_get_result(const struct ffa_regs *r, enum ffa_version v, struct ffa_notification_get_result *out)
{
	const uint32_t w0 = (uint32_t)r->x[0];
	const bool smc64 = w0 == FFA_SUCCESS_64;

	if (w0 == FFA_ERROR_32)
		return ffa_status_at(r->x[2], v);
	if (w0 != FFA_SUCCESS_32 && !smc64)
		return FFA_INVALID_PARAMETERS;
	*out = (struct ffa_notification_get_result){ .smc64 = smc64 };
	out->sp_bitmap |= (ffa_notification_bitmap_t)(uint32_t)r->x[2] << 0;
	out->sp_bitmap |= (ffa_notification_bitmap_t)(uint32_t)r->x[3] << 32;
	out->vm_bitmap |= (ffa_notification_bitmap_t)(uint32_t)r->x[4] << 0;
	out->vm_bitmap |= (ffa_notification_bitmap_t)(uint32_t)r->x[5] << 32;
	out->spm_bitmap = (uint32_t)r->x[6];
	out->hyp_bitmap = (uint32_t)r->x[7];
	return FFA_OK;
}

static inline void
ffa_encode_notification_get_result(const struct ffa_notification_get_result *res, enum ffa_version v, struct ffa_regs *r)
{
	(void)v;
	r->x[0] = FFA_SUCCESS_32;
	r->x[1] = 0;
	r->x[2] = ((uint64_t)res->sp_bitmap >> 0) & 0xffffffffU;
	r->x[3] = ((uint64_t)res->sp_bitmap >> 32) & 0xffffffffU;
	r->x[4] = ((uint64_t)res->vm_bitmap >> 0) & 0xffffffffU;
	r->x[5] = ((uint64_t)res->vm_bitmap >> 32) & 0xffffffffU;
	r->x[6] = (uint64_t)res->spm_bitmap & 0xffffffffU;
	r->x[7] = (uint64_t)res->hyp_bitmap & 0xffffffffU;
}

/* FFA_NOTIFICATION_INFO_GET: DEN0077A v1.2 §16.7 */
static inline __attribute__((warn_unused_result)) int32_t
ffa_decode_notification_info_get(const struct ffa_regs *r, enum ffa_version v, struct ffa_notification_info_get_args *out)
{
	const uint32_t fid = (uint32_t)r->x[0];
	const bool smc64 = fid == FFA_NOTIFICATION_INFO_GET_64;

	if (fid != FFA_NOTIFICATION_INFO_GET_32 && !smc64)
		return FFA_NOT_SUPPORTED;
	(void)v;
	out->smc64 = smc64;
	return FFA_OK;
}

static inline void
ffa_encode_notification_info_get(const struct ffa_notification_info_get_args *a, enum ffa_version v, struct ffa_regs *r)
{
	(void)v;
	r->x[0] = a->smc64 ? FFA_NOTIFICATION_INFO_GET_64 : FFA_NOTIFICATION_INFO_GET_32;
	r->x[1] = 0;
	r->x[2] = 0;
	r->x[3] = 0;
	r->x[4] = 0;
	r->x[5] = 0;
	r->x[6] = 0;
	r->x[7] = 0;
}

static inline __attribute__((warn_unused_result)) int32_t
ffa_decode_notification_info_get_result(const struct ffa_regs *r, enum ffa_version v, struct ffa_notification_info_get_result *out)
{
	const uint32_t w0 = (uint32_t)r->x[0];
	const bool smc64 = w0 == FFA_SUCCESS_64;
	const uint64_t conv = FFA_CONV_MASK(smc64);

	if (w0 == FFA_ERROR_32)
		return ffa_status_at(r->x[2], v);
	if (w0 != FFA_SUCCESS_32 && !smc64)
		return FFA_INVALID_PARAMETERS;
	if ((r->x[2] & conv & 0x7eU) != 0)
		return FFA_INVALID_PARAMETERS;
	out->smc64 = smc64;
	out->more_pending = (((r->x[2] >> 0) & 0x1U) != 0);
	out->list_count = (uint8_t)(((r->x[2] >> 7) & 0x1fU));
	out->list_size = (uint32_t)((r->x[2] >> 12) & 0xfffffU);
	out->list_size_hi = (uint32_t)((r->x[2] >> 32) & 0xfffffU);
	out->ids[0].packed = (uint64_t)(r->x[3] & conv);
	out->ids[1].packed = (uint64_t)(r->x[4] & conv);
	out->ids[2].packed = (uint64_t)(r->x[5] & conv);
	out->ids[3].packed = (uint64_t)(r->x[6] & conv);
	out->ids[4].packed = (uint64_t)(r->x[7] & conv);
	return FFA_OK;
}

static inline void
ffa_encode_notification_info_get_result(const struct ffa_notification_info_get_result *res, enum ffa_version v, struct ffa_regs *r)
{
	const uint64_t conv = FFA_CONV_MASK(res->smc64);

	(void)v;
	r->x[0] = res->smc64 ? FFA_SUCCESS_64 : FFA_SUCCESS_32;
	r->x[1] = 0;
	r->x[2] = 0;
	r->x[3] = (uint64_t)res->ids[0].packed & conv;
	r->x[4] = (uint64_t)res->ids[1].packed & conv;
	r->x[5] = (uint64_t)res->ids[2].packed & conv;
	r->x[6] = (uint64_t)res->ids[3].packed & conv;
	r->x[7] = (uint64_t)res->ids[4].packed & conv;
	r->x[2] |= ((uint64_t)res->more_pending & 0x1U) << 0;
	r->x[2] |= ((uint64_t)res->list_count & 0x1fU) << 7;
	r->x[2] |= ((uint64_t)res->list_size & 0xfffffU) << 12;
	r->x[2] |= ((uint64_t)res->list_size_hi & 0xfffffU) << 32;
	r->x[2] &= conv;
}

/*
 * The reply built in place, for a handler that finds its elements one by
 * one: ffa_encode_notification_info_get_result_head() writes every register but the
 * elements', ffa_encode_notification_info_get_result_ids() one element. Each
 * of the 5 must be written (zeroes for an unused one).
 */
static inline void
ffa_encode_notification_info_get_result_head(const struct ffa_notification_info_get_result *res, enum ffa_version v, struct ffa_regs *r)
{
	const uint64_t conv = FFA_CONV_MASK(res->smc64);

	(void)v;
	r->x[0] = res->smc64 ? FFA_SUCCESS_64 : FFA_SUCCESS_32;
	r->x[1] = 0;
	r->x[2] = 0;
	r->x[2] |= ((uint64_t)res->more_pending & 0x1U) << 0;
	r->x[2] |= ((uint64_t)res->list_count & 0x1fU) << 7;
	r->x[2] |= ((uint64_t)res->list_size & 0xfffffU) << 12;
	r->x[2] |= ((uint64_t)res->list_size_hi & 0xfffffU) << 32;
	r->x[2] &= conv;
}

/* Element i of ids (i < 5; others are not written). */
static inline void
ffa_encode_notification_info_get_result_ids(const struct ffa_notification_info_get_result_ids *e, unsigned int i, bool smc64, struct ffa_regs *r)
{
	const uint64_t conv = FFA_CONV_MASK(smc64);

	if (i >= 5)
		return;
	r->x[3 + 1 * i] = (uint64_t)e->packed & conv;
}

/* FFA_RX_ACQUIRE: DEN0077A v1.2 §13.4 */
static inline __attribute__((warn_unused_result)) int32_t
ffa_decode_rx_acquire(const struct ffa_regs *r, enum ffa_version v, struct ffa_rx_acquire_args *out)
{
	const uint32_t fid = (uint32_t)r->x[0];
	const bool smc64 = false;

	if (fid != FFA_RX_ACQUIRE_32)
		return FFA_NOT_SUPPORTED;
	(void)v;
	out->smc64 = smc64;
	out->vm_id = (uint16_t)(((r->x[1] >> 0) & 0xffffU));
	return FFA_OK;
}

static inline void
ffa_encode_rx_acquire(const struct ffa_rx_acquire_args *a, enum ffa_version v, struct ffa_regs *r)
{
	(void)v;
	r->x[0] = FFA_RX_ACQUIRE_32;
	r->x[1] = 0;
	r->x[2] = 0;
	r->x[3] = 0;
	r->x[4] = 0;
	r->x[5] = 0;
	r->x[6] = 0;
	r->x[7] = 0;
	r->x[1] |= ((uint64_t)a->vm_id & 0xffffU) << 0;
}

static inline __attribute__((warn_unused_result)) int32_t
ffa_decode_rx_acquire_result(const struct ffa_regs *r, enum ffa_version v, struct ffa_rx_acquire_result *out)
{
	const uint32_t w0 = (uint32_t)r->x[0];
	const bool smc64 = w0 == FFA_SUCCESS_64;

	if (w0 == FFA_ERROR_32)
		return ffa_status_at(r->x[2], v);
	if (w0 != FFA_SUCCESS_32 && !smc64)
		return FFA_INVALID_PARAMETERS;
	out->smc64 = smc64;
	return FFA_OK;
}

static inline void
ffa_encode_rx_acquire_result(const struct ffa_rx_acquire_result *res, enum ffa_version v, struct ffa_regs *r)
{
	(void)v;
	(void)res;
	r->x[0] = FFA_SUCCESS_32;
	r->x[1] = 0;
	r->x[2] = 0;
	r->x[3] = 0;
	r->x[4] = 0;
	r->x[5] = 0;
	r->x[6] = 0;
	r->x[7] = 0;
}

/* FFA_SPM_ID_GET: DEN0077A v1.2 §13.11 */
static inline __attribute__((warn_unused_result)) int32_t
ffa_decode_spm_id_get(const struct ffa_regs *r, enum ffa_version v, struct ffa_spm_id_get_args *out)
{
	const uint32_t fid = (uint32_t)r->x[0];
	const bool smc64 = false;

	if (fid != FFA_SPM_ID_GET_32)
		return FFA_NOT_SUPPORTED;
	(void)v;
	out->smc64 = smc64;
	return FFA_OK;
}

static inline void
ffa_encode_spm_id_get(const struct ffa_spm_id_get_args *a, enum ffa_version v, struct ffa_regs *r)
{
	(void)v;
	(void)a;
	r->x[0] = FFA_SPM_ID_GET_32;
	r->x[1] = 0;
	r->x[2] = 0;
	r->x[3] = 0;
	r->x[4] = 0;
	r->x[5] = 0;
	r->x[6] = 0;
	r->x[7] = 0;
}

static inline __attribute__((warn_unused_result)) int32_t
ffa_decode_spm_id_get_result(const struct ffa_regs *r, enum ffa_version v, struct ffa_spm_id_get_result *out)
{
	const uint32_t w0 = (uint32_t)r->x[0];
	const bool smc64 = w0 == FFA_SUCCESS_64;
	const uint64_t conv = FFA_CONV_MASK(smc64);

	if (w0 == FFA_ERROR_32)
		return ffa_status_at(r->x[2], v);
	if (w0 != FFA_SUCCESS_32 && !smc64)
		return FFA_INVALID_PARAMETERS;
	if ((r->x[2] & conv & 0xffff0000U) != 0)
		return FFA_INVALID_PARAMETERS;
	out->smc64 = smc64;
	out->id = (uint16_t)(((r->x[2] >> 0) & 0xffffU));
	return FFA_OK;
}

static inline void
ffa_encode_spm_id_get_result(const struct ffa_spm_id_get_result *res, enum ffa_version v, struct ffa_regs *r)
{
	(void)v;
	r->x[0] = FFA_SUCCESS_32;
	r->x[1] = 0;
	r->x[2] = 0;
	r->x[3] = 0;
	r->x[4] = 0;
	r->x[5] = 0;
	r->x[6] = 0;
	r->x[7] = 0;
	r->x[2] |= ((uint64_t)res->id & 0xffffU) << 0;
}

/* FFA_MSG_SEND2: DEN0077A v1.2 §15.1 */
static inline __attribute__((warn_unused_result)) int32_t
ffa_decode_msg_send2(const struct ffa_regs *r, enum ffa_version v, struct ffa_msg_send2_args *out)
{
	const uint32_t fid = (uint32_t)r->x[0];
	const bool smc64 = false;
	const uint64_t conv = FFA_CONV_MASK(smc64);

	if (fid != FFA_MSG_SEND2_32)
		return FFA_NOT_SUPPORTED;
	(void)v;
	if ((r->x[2] & conv & 0xfffffffdU) != 0)
		return FFA_INVALID_PARAMETERS;
	out->smc64 = smc64;
	out->sender_vm_id = (uint16_t)(((r->x[1] >> 16) & 0xffffU));
	out->delay_sri = (((r->x[2] >> 1) & 0x1U) != 0);
	return FFA_OK;
}

static inline void
ffa_encode_msg_send2(const struct ffa_msg_send2_args *a, enum ffa_version v, struct ffa_regs *r)
{
	(void)v;
	r->x[0] = FFA_MSG_SEND2_32;
	r->x[1] = 0;
	r->x[2] = 0;
	r->x[3] = 0;
	r->x[4] = 0;
	r->x[5] = 0;
	r->x[6] = 0;
	r->x[7] = 0;
	r->x[1] |= ((uint64_t)a->sender_vm_id & 0xffffU) << 16;
	r->x[2] |= ((uint64_t)a->delay_sri & 0x1U) << 1;
}

static inline __attribute__((warn_unused_result)) int32_t
ffa_decode_msg_send2_result(const struct ffa_regs *r, enum ffa_version v, struct ffa_msg_send2_result *out)
{
	const uint32_t w0 = (uint32_t)r->x[0];
	const bool smc64 = w0 == FFA_SUCCESS_64;

	if (w0 == FFA_ERROR_32)
		return ffa_status_at(r->x[2], v);
	if (w0 != FFA_SUCCESS_32 && !smc64)
		return FFA_INVALID_PARAMETERS;
	out->smc64 = smc64;
	return FFA_OK;
}

static inline void
ffa_encode_msg_send2_result(const struct ffa_msg_send2_result *res, enum ffa_version v, struct ffa_regs *r)
{
	(void)v;
	(void)res;
	r->x[0] = FFA_SUCCESS_32;
	r->x[1] = 0;
	r->x[2] = 0;
	r->x[3] = 0;
	r->x[4] = 0;
	r->x[5] = 0;
	r->x[6] = 0;
	r->x[7] = 0;
}

/* FFA_SECONDARY_EP_REGISTER: DEN0077A v1.2 §18.2.2.1 */
static inline __attribute__((warn_unused_result)) int32_t
ffa_decode_secondary_ep_register(const struct ffa_regs *r, enum ffa_version v, struct ffa_secondary_ep_register_args *out)
{
	const uint32_t fid = (uint32_t)r->x[0];
	const bool smc64 = fid == FFA_SECONDARY_EP_REGISTER_64;
	const uint64_t conv = FFA_CONV_MASK(smc64);

	if (fid != FFA_SECONDARY_EP_REGISTER_32 && !smc64)
		return FFA_NOT_SUPPORTED;
	(void)v;
	out->smc64 = smc64;
	out->entry_point = (uint64_t)(r->x[1] & conv);
	return FFA_OK;
}

static inline void
ffa_encode_secondary_ep_register(const struct ffa_secondary_ep_register_args *a, enum ffa_version v, struct ffa_regs *r)
{
	const uint64_t conv = FFA_CONV_MASK(a->smc64);

	(void)v;
	r->x[0] = a->smc64 ? FFA_SECONDARY_EP_REGISTER_64 : FFA_SECONDARY_EP_REGISTER_32;
	r->x[1] = (uint64_t)a->entry_point & conv;
	r->x[2] = 0;
	r->x[3] = 0;
	r->x[4] = 0;
	r->x[5] = 0;
	r->x[6] = 0;
	r->x[7] = 0;
}

static inline __attribute__((warn_unused_result)) int32_t
ffa_decode_secondary_ep_register_result(const struct ffa_regs *r, enum ffa_version v, struct ffa_secondary_ep_register_result *out)
{
	const uint32_t w0 = (uint32_t)r->x[0];
	const bool smc64 = w0 == FFA_SUCCESS_64;

	if (w0 == FFA_ERROR_32)
		return ffa_status_at(r->x[2], v);
	if (w0 != FFA_SUCCESS_32 && !smc64)
		return FFA_INVALID_PARAMETERS;
	out->smc64 = smc64;
	return FFA_OK;
}

static inline void
ffa_encode_secondary_ep_register_result(const struct ffa_secondary_ep_register_result *res, enum ffa_version v, struct ffa_regs *r)
{
	(void)v;
	(void)res;
	r->x[0] = FFA_SUCCESS_32;
	r->x[1] = 0;
	r->x[2] = 0;
	r->x[3] = 0;
	r->x[4] = 0;
	r->x[5] = 0;
	r->x[6] = 0;
	r->x[7] = 0;
}

/* FFA_MEM_PERM_GET: DEN0077A v1.1 §16.8 */
static inline __attribute__((warn_unused_result)) int32_t
ffa_decode_mem_perm_get(const struct ffa_regs *r, enum ffa_version v, struct ffa_mem_perm_get_args *out)
{
	const uint32_t fid = (uint32_t)r->x[0];
	const bool smc64 = fid == FFA_MEM_PERM_GET_64;
	const uint64_t conv = FFA_CONV_MASK(smc64);

	if (fid != FFA_MEM_PERM_GET_32 && !smc64)
		return FFA_NOT_SUPPORTED;
	(void)v;
	out->smc64 = smc64;
	out->base_address = (uint64_t)(r->x[1] & conv);
	return FFA_OK;
}

static inline void
ffa_encode_mem_perm_get(const struct ffa_mem_perm_get_args *a, enum ffa_version v, struct ffa_regs *r)
{
	const uint64_t conv = FFA_CONV_MASK(a->smc64);

	(void)v;
	r->x[0] = a->smc64 ? FFA_MEM_PERM_GET_64 : FFA_MEM_PERM_GET_32;
	r->x[1] = (uint64_t)a->base_address & conv;
	r->x[2] = 0;
	r->x[3] = 0;
	r->x[4] = 0;
	r->x[5] = 0;
	r->x[6] = 0;
	r->x[7] = 0;
}

static inline __attribute__((warn_unused_result)) int32_t
ffa_decode_mem_perm_get_result(const struct ffa_regs *r, enum ffa_version v, struct ffa_mem_perm_get_result *out)
{
	const uint32_t w0 = (uint32_t)r->x[0];
	const bool smc64 = w0 == FFA_SUCCESS_64;
	const uint64_t conv = FFA_CONV_MASK(smc64);

	if (w0 == FFA_ERROR_32)
		return ffa_status_at(r->x[2], v);
	if (w0 != FFA_SUCCESS_32 && !smc64)
		return FFA_INVALID_PARAMETERS;
	if ((r->x[2] & conv & 0xfffffff8U) != 0)
		return FFA_INVALID_PARAMETERS;
	out->smc64 = smc64;
	out->data_access = (uint8_t)(((r->x[2] >> 0) & 0x3U));
	out->exec_never = (((r->x[2] >> 2) & 0x1U) != 0);
	return FFA_OK;
}

static inline void
ffa_encode_mem_perm_get_result(const struct ffa_mem_perm_get_result *res, enum ffa_version v, struct ffa_regs *r)
{
	(void)v;
	r->x[0] = FFA_SUCCESS_32;
	r->x[1] = 0;
	r->x[2] = 0;
	r->x[3] = 0;
	r->x[4] = 0;
	r->x[5] = 0;
	r->x[6] = 0;
	r->x[7] = 0;
	r->x[2] |= ((uint64_t)res->data_access & 0x3U) << 0;
	r->x[2] |= ((uint64_t)res->exec_never & 0x1U) << 2;
}

/* FFA_MEM_PERM_SET: DEN0077A v1.1 §16.9 */
static inline __attribute__((warn_unused_result)) int32_t
ffa_decode_mem_perm_set(const struct ffa_regs *r, enum ffa_version v, struct ffa_mem_perm_set_args *out)
{
	const uint32_t fid = (uint32_t)r->x[0];
	const bool smc64 = fid == FFA_MEM_PERM_SET_64;
	const uint64_t conv = FFA_CONV_MASK(smc64);

	if (fid != FFA_MEM_PERM_SET_32 && !smc64)
		return FFA_NOT_SUPPORTED;
	(void)v;
	if ((r->x[3] & conv & 0xfffffff8U) != 0)
		return FFA_INVALID_PARAMETERS;
	out->smc64 = smc64;
	out->base_address = (uint64_t)(r->x[1] & conv);
	out->page_count = (uint32_t)r->x[2];
	out->data_access = (uint8_t)(((r->x[3] >> 0) & 0x3U));
	out->exec_never = (((r->x[3] >> 2) & 0x1U) != 0);
	return FFA_OK;
}

static inline void
ffa_encode_mem_perm_set(const struct ffa_mem_perm_set_args *a, enum ffa_version v, struct ffa_regs *r)
{
	const uint64_t conv = FFA_CONV_MASK(a->smc64);

	(void)v;
	r->x[0] = a->smc64 ? FFA_MEM_PERM_SET_64 : FFA_MEM_PERM_SET_32;
	r->x[1] = (uint64_t)a->base_address & conv;
	r->x[2] = (uint64_t)a->page_count & 0xffffffffU;
	r->x[3] = 0;
	r->x[4] = 0;
	r->x[5] = 0;
	r->x[6] = 0;
	r->x[7] = 0;
	r->x[3] |= ((uint64_t)a->data_access & 0x3U) << 0;
	r->x[3] |= ((uint64_t)a->exec_never & 0x1U) << 2;
}

static inline __attribute__((warn_unused_result)) int32_t
ffa_decode_mem_perm_set_result(const struct ffa_regs *r, enum ffa_version v, struct ffa_mem_perm_set_result *out)
{
	const uint32_t w0 = (uint32_t)r->x[0];
	const bool smc64 = w0 == FFA_SUCCESS_64;

	if (w0 == FFA_ERROR_32)
		return ffa_status_at(r->x[2], v);
	if (w0 != FFA_SUCCESS_32 && !smc64)
		return FFA_INVALID_PARAMETERS;
	out->smc64 = smc64;
	return FFA_OK;
}

static inline void
ffa_encode_mem_perm_set_result(const struct ffa_mem_perm_set_result *res, enum ffa_version v, struct ffa_regs *r)
{
	(void)v;
	(void)res;
	r->x[0] = FFA_SUCCESS_32;
	r->x[1] = 0;
	r->x[2] = 0;
	r->x[3] = 0;
	r->x[4] = 0;
	r->x[5] = 0;
	r->x[6] = 0;
	r->x[7] = 0;
}

/* FFA_CONSOLE_LOG: DEN0077A v1.2 §13.12 */
static inline __attribute__((warn_unused_result)) int32_t
ffa_decode_console_log(const struct ffa_regs *r, enum ffa_version v, struct ffa_console_log_args *out)
{
	const uint32_t fid = (uint32_t)r->x[0];
	const bool smc64 = fid == FFA_CONSOLE_LOG_64;

	if (fid != FFA_CONSOLE_LOG_32 && !smc64)
		return FFA_NOT_SUPPORTED;
	(void)v;
	out->smc64 = smc64;
	out->char_count = (uint8_t)(((r->x[1] >> 0) & 0xffU));
	out->chars = &r->x[2];
	return FFA_OK;
}

static inline void
ffa_encode_console_log(const struct ffa_console_log_args *a, enum ffa_version v, struct ffa_regs *r)
{
	const uint64_t conv = FFA_CONV_MASK(a->smc64);

	(void)v;
	r->x[0] = a->smc64 ? FFA_CONSOLE_LOG_64 : FFA_CONSOLE_LOG_32;
	r->x[1] = 0;
	r->x[1] |= ((uint64_t)a->char_count & 0xffU) << 0;
	if (a->chars == NULL) {
		r->x[2] = 0;
		r->x[3] = 0;
		r->x[4] = 0;
		r->x[5] = 0;
		r->x[6] = 0;
		r->x[7] = 0;
		r->x[8] = 0;
		r->x[9] = 0;
		r->x[10] = 0;
		r->x[11] = 0;
		r->x[12] = 0;
		r->x[13] = 0;
		r->x[14] = 0;
		r->x[15] = 0;
		r->x[16] = 0;
		r->x[17] = 0;
	} else if (a->chars != &r->x[2] || conv != UINT64_MAX) {
		r->x[2] = a->chars[0] & conv;
		r->x[3] = a->chars[1] & conv;
		r->x[4] = a->chars[2] & conv;
		r->x[5] = a->chars[3] & conv;
		r->x[6] = a->chars[4] & conv;
		r->x[7] = a->chars[5] & conv;
		r->x[8] = a->chars[6] & conv;
		r->x[9] = a->chars[7] & conv;
		r->x[10] = a->chars[8] & conv;
		r->x[11] = a->chars[9] & conv;
		r->x[12] = a->chars[10] & conv;
		r->x[13] = a->chars[11] & conv;
		r->x[14] = a->chars[12] & conv;
		r->x[15] = a->chars[13] & conv;
		r->x[16] = a->chars[14] & conv;
		r->x[17] = a->chars[15] & conv;
	}
}

static inline __attribute__((warn_unused_result)) int32_t
ffa_decode_console_log_result(const struct ffa_regs *r, enum ffa_version v, struct ffa_console_log_result *out)
{
	const uint32_t w0 = (uint32_t)r->x[0];
	const bool smc64 = w0 == FFA_SUCCESS_64;

	if (w0 == FFA_ERROR_32)
		return ffa_status_at(r->x[2], v);
	if (w0 != FFA_SUCCESS_32 && !smc64)
		return FFA_INVALID_PARAMETERS;
	out->smc64 = smc64;
	return FFA_OK;
}

static inline void
ffa_encode_console_log_result(const struct ffa_console_log_result *res, enum ffa_version v, struct ffa_regs *r)
{
	(void)v;
	(void)res;
	r->x[0] = FFA_SUCCESS_32;
	r->x[1] = 0;
	r->x[2] = 0;
	r->x[3] = 0;
	r->x[4] = 0;
	r->x[5] = 0;
	r->x[6] = 0;
	r->x[7] = 0;
}

/* FFA_PARTITION_INFO_GET_REGS: DEN0077A v1.2 §13.9 */
static inline __attribute__((warn_unused_result)) int32_t
ffa_decode_partition_info_get_regs(const struct ffa_regs *r, enum ffa_version v, struct ffa_partition_info_get_regs_args *out)
{
	const uint32_t fid = (uint32_t)r->x[0];
	const bool smc64 = true;
	const uint64_t conv = FFA_CONV_MASK(smc64);

	if (fid != FFA_PARTITION_INFO_GET_REGS_64)
		return FFA_NOT_SUPPORTED;
	(void)v;
	/* tag must be zero while start-index is. */
	if (((r->x[3] & conv) & 0xffffU) == 0 && ((r->x[3] & conv) & 0xffff0000U) != 0)
		return FFA_INVALID_PARAMETERS;
	out->smc64 = smc64;
	ffa_le_put(out->uuid.b + 0, r->x[1], 8);
	ffa_le_put(out->uuid.b + 8, r->x[2], 8);
	out->start_index = (uint16_t)(((r->x[3] >> 0) & 0xffffU));
	out->tag = (uint16_t)(((r->x[3] >> 16) & 0xffffU));
	return FFA_OK;
}

static inline void
ffa_encode_partition_info_get_regs(const struct ffa_partition_info_get_regs_args *a, enum ffa_version v, struct ffa_regs *r)
{
	const uint64_t conv = FFA_CONV_MASK(true);

	(void)v;
	r->x[0] = FFA_PARTITION_INFO_GET_REGS_64;
	r->x[1] = ffa_le_get(a->uuid.b + 0, 8);
	r->x[2] = ffa_le_get(a->uuid.b + 8, 8);
	r->x[3] = 0;
	r->x[4] = 0;
	r->x[5] = 0;
	r->x[6] = 0;
	r->x[7] = 0;
	r->x[3] |= ((uint64_t)a->start_index & 0xffffU) << 0;
	r->x[3] |= ((uint64_t)a->tag & 0xffffU) << 16;
	r->x[3] &= conv;
}

static inline __attribute__((warn_unused_result)) int32_t
ffa_decode_partition_info_get_regs_result(const struct ffa_regs *r, enum ffa_version v, struct ffa_partition_info_get_regs_result *out)
{
	const uint32_t w0 = (uint32_t)r->x[0];
	const bool smc64 = w0 == FFA_SUCCESS_64;
	const uint64_t conv = FFA_CONV_MASK(smc64);

	if (w0 == FFA_ERROR_32)
		return ffa_status_at(r->x[2], v);
	if (w0 != FFA_SUCCESS_32 && !smc64)
		return FFA_INVALID_PARAMETERS;
	out->smc64 = smc64;
	out->last_index = (uint16_t)(((r->x[2] >> 0) & 0xffffU));
	out->current_index = (uint16_t)(((r->x[2] >> 16) & 0xffffU));
	out->tag = (uint16_t)(((r->x[2] >> 32) & 0xffffU));
	out->desc_size = (uint16_t)(((r->x[2] >> 48) & 0xffffU));
	out->desc[0].info = (uint64_t)(r->x[3] & conv);
	out->desc[0].uuid_lo = (uint64_t)(r->x[4] & conv);
	out->desc[0].uuid_hi = (uint64_t)(r->x[5] & conv);
	out->desc[1].info = (uint64_t)(r->x[6] & conv);
	out->desc[1].uuid_lo = (uint64_t)(r->x[7] & conv);
	out->desc[1].uuid_hi = (uint64_t)(r->x[8] & conv);
	out->desc[2].info = (uint64_t)(r->x[9] & conv);
	out->desc[2].uuid_lo = (uint64_t)(r->x[10] & conv);
	out->desc[2].uuid_hi = (uint64_t)(r->x[11] & conv);
	out->desc[3].info = (uint64_t)(r->x[12] & conv);
	out->desc[3].uuid_lo = (uint64_t)(r->x[13] & conv);
	out->desc[3].uuid_hi = (uint64_t)(r->x[14] & conv);
	out->desc[4].info = (uint64_t)(r->x[15] & conv);
	out->desc[4].uuid_lo = (uint64_t)(r->x[16] & conv);
	out->desc[4].uuid_hi = (uint64_t)(r->x[17] & conv);
	return FFA_OK;
}

static inline void
ffa_encode_partition_info_get_regs_result(const struct ffa_partition_info_get_regs_result *res, enum ffa_version v, struct ffa_regs *r)
{
	const uint64_t conv = FFA_CONV_MASK(res->smc64);

	(void)v;
	r->x[0] = res->smc64 ? FFA_SUCCESS_64 : FFA_SUCCESS_32;
	r->x[1] = 0;
	r->x[2] = 0;
	r->x[3] = (uint64_t)res->desc[0].info & conv;
	r->x[4] = (uint64_t)res->desc[0].uuid_lo & conv;
	r->x[5] = (uint64_t)res->desc[0].uuid_hi & conv;
	r->x[6] = (uint64_t)res->desc[1].info & conv;
	r->x[7] = (uint64_t)res->desc[1].uuid_lo & conv;
	r->x[8] = (uint64_t)res->desc[1].uuid_hi & conv;
	r->x[9] = (uint64_t)res->desc[2].info & conv;
	r->x[10] = (uint64_t)res->desc[2].uuid_lo & conv;
	r->x[11] = (uint64_t)res->desc[2].uuid_hi & conv;
	r->x[12] = (uint64_t)res->desc[3].info & conv;
	r->x[13] = (uint64_t)res->desc[3].uuid_lo & conv;
	r->x[14] = (uint64_t)res->desc[3].uuid_hi & conv;
	r->x[15] = (uint64_t)res->desc[4].info & conv;
	r->x[16] = (uint64_t)res->desc[4].uuid_lo & conv;
	r->x[17] = (uint64_t)res->desc[4].uuid_hi & conv;
	r->x[2] |= ((uint64_t)res->last_index & 0xffffU) << 0;
	r->x[2] |= ((uint64_t)res->current_index & 0xffffU) << 16;
	r->x[2] |= ((uint64_t)res->tag & 0xffffU) << 32;
	r->x[2] |= ((uint64_t)res->desc_size & 0xffffU) << 48;
	r->x[2] &= conv;
}

/*
 * The reply built in place, for a handler that finds its elements one by
 * one: ffa_encode_partition_info_get_regs_result_head() writes every register but the
 * elements', ffa_encode_partition_info_get_regs_result_desc() one element. Each
 * of the 5 must be written (zeroes for an unused one).
 */
static inline void
ffa_encode_partition_info_get_regs_result_head(const struct ffa_partition_info_get_regs_result *res, enum ffa_version v, struct ffa_regs *r)
{
	const uint64_t conv = FFA_CONV_MASK(res->smc64);

	(void)v;
	r->x[0] = res->smc64 ? FFA_SUCCESS_64 : FFA_SUCCESS_32;
	r->x[1] = 0;
	r->x[2] = 0;
	r->x[2] |= ((uint64_t)res->last_index & 0xffffU) << 0;
	r->x[2] |= ((uint64_t)res->current_index & 0xffffU) << 16;
	r->x[2] |= ((uint64_t)res->tag & 0xffffU) << 32;
	r->x[2] |= ((uint64_t)res->desc_size & 0xffffU) << 48;
	r->x[2] &= conv;
}

/* Element i of desc (i < 5; others are not written). */
static inline void
ffa_encode_partition_info_get_regs_result_desc(const struct ffa_partition_info_get_regs_result_desc *e, unsigned int i, bool smc64, struct ffa_regs *r)
{
	const uint64_t conv = FFA_CONV_MASK(smc64);

	if (i >= 5)
		return;
	r->x[3 + 3 * i] = (uint64_t)e->info & conv;
	r->x[4 + 3 * i] = (uint64_t)e->uuid_lo & conv;
	r->x[5 + 3 * i] = (uint64_t)e->uuid_hi & conv;
}

/* FFA_EL3_INTR_HANDLE: DEN0077A v1.2 §17.1 */
static inline __attribute__((warn_unused_result)) int32_t
ffa_decode_el3_intr_handle(const struct ffa_regs *r, enum ffa_version v, struct ffa_el3_intr_handle_args *out)
{
	const uint32_t fid = (uint32_t)r->x[0];
	const bool smc64 = false;

	if (fid != FFA_EL3_INTR_HANDLE_32)
		return FFA_NOT_SUPPORTED;
	(void)v;
	out->smc64 = smc64;
	return FFA_OK;
}

static inline void
ffa_encode_el3_intr_handle(const struct ffa_el3_intr_handle_args *a, enum ffa_version v, struct ffa_regs *r)
{
	(void)v;
	(void)a;
	r->x[0] = FFA_EL3_INTR_HANDLE_32;
	r->x[1] = 0;
	r->x[2] = 0;
	r->x[3] = 0;
	r->x[4] = 0;
	r->x[5] = 0;
	r->x[6] = 0;
	r->x[7] = 0;
}

static inline __attribute__((warn_unused_result)) int32_t
ffa_decode_el3_intr_handle_result(const struct ffa_regs *r, enum ffa_version v, struct ffa_el3_intr_handle_result *out)
{
	const uint32_t w0 = (uint32_t)r->x[0];
	const bool smc64 = w0 == FFA_SUCCESS_64;

	if (w0 == FFA_ERROR_32)
		return ffa_status_at(r->x[2], v);
	if (w0 != FFA_SUCCESS_32 && !smc64)
		return FFA_INVALID_PARAMETERS;
	out->smc64 = smc64;
	return FFA_OK;
}

static inline void
ffa_encode_el3_intr_handle_result(const struct ffa_el3_intr_handle_result *res, enum ffa_version v, struct ffa_regs *r)
{
	(void)v;
	(void)res;
	r->x[0] = FFA_SUCCESS_32;
	r->x[1] = 0;
	r->x[2] = 0;
	r->x[3] = 0;
	r->x[4] = 0;
	r->x[5] = 0;
	r->x[6] = 0;
	r->x[7] = 0;
}

/* FFA_MSG_SEND_DIRECT_REQ2: DEN0077A v1.2 §15.4 */
static inline __attribute__((warn_unused_result)) int32_t
ffa_decode_msg_send_direct_req2(const struct ffa_regs *r, enum ffa_version v, struct ffa_msg_send_direct_req2_args *out)
{
	const uint32_t fid = (uint32_t)r->x[0];
	const bool smc64 = true;

	if (fid != FFA_MSG_SEND_DIRECT_REQ2_64)
		return FFA_NOT_SUPPORTED;
	(void)v;
	out->smc64 = smc64;
	out->destination = (uint16_t)(((r->x[1] >> 0) & 0xffffU));
	out->source = (uint16_t)(((r->x[1] >> 16) & 0xffffU));
	ffa_le_put(out->uuid.b + 0, r->x[2], 8);
	ffa_le_put(out->uuid.b + 8, r->x[3], 8);
	out->payload = &r->x[4];
	return FFA_OK;
}

static inline void
ffa_encode_msg_send_direct_req2(const struct ffa_msg_send_direct_req2_args *a, enum ffa_version v, struct ffa_regs *r)
{
	const uint64_t conv = FFA_CONV_MASK(true);

	(void)v;
	r->x[0] = FFA_MSG_SEND_DIRECT_REQ2_64;
	r->x[1] = 0;
	r->x[2] = ffa_le_get(a->uuid.b + 0, 8);
	r->x[3] = ffa_le_get(a->uuid.b + 8, 8);
	r->x[1] |= ((uint64_t)a->destination & 0xffffU) << 0;
	r->x[1] |= ((uint64_t)a->source & 0xffffU) << 16;
	if (a->payload == NULL) {
		r->x[4] = 0;
		r->x[5] = 0;
		r->x[6] = 0;
		r->x[7] = 0;
		r->x[8] = 0;
		r->x[9] = 0;
		r->x[10] = 0;
		r->x[11] = 0;
		r->x[12] = 0;
		r->x[13] = 0;
		r->x[14] = 0;
		r->x[15] = 0;
		r->x[16] = 0;
		r->x[17] = 0;
	} else if (a->payload != &r->x[4] || conv != UINT64_MAX) {
		r->x[4] = a->payload[0] & conv;
		r->x[5] = a->payload[1] & conv;
		r->x[6] = a->payload[2] & conv;
		r->x[7] = a->payload[3] & conv;
		r->x[8] = a->payload[4] & conv;
		r->x[9] = a->payload[5] & conv;
		r->x[10] = a->payload[6] & conv;
		r->x[11] = a->payload[7] & conv;
		r->x[12] = a->payload[8] & conv;
		r->x[13] = a->payload[9] & conv;
		r->x[14] = a->payload[10] & conv;
		r->x[15] = a->payload[11] & conv;
		r->x[16] = a->payload[12] & conv;
		r->x[17] = a->payload[13] & conv;
	}
}

/* FFA_MSG_SEND_DIRECT_RESP2: DEN0077A v1.2 §15.5 */
static inline __attribute__((warn_unused_result)) int32_t
ffa_decode_msg_send_direct_resp2(const struct ffa_regs *r, enum ffa_version v, struct ffa_msg_send_direct_resp2_args *out)
{
	const uint32_t fid = (uint32_t)r->x[0];
	const bool smc64 = true;

	if (fid != FFA_MSG_SEND_DIRECT_RESP2_64)
		return FFA_NOT_SUPPORTED;
	(void)v;
	out->smc64 = smc64;
	out->destination = (uint16_t)(((r->x[1] >> 0) & 0xffffU));
	out->source = (uint16_t)(((r->x[1] >> 16) & 0xffffU));
	out->payload = &r->x[4];
	return FFA_OK;
}

static inline void
ffa_encode_msg_send_direct_resp2(const struct ffa_msg_send_direct_resp2_args *a, enum ffa_version v, struct ffa_regs *r)
{
	const uint64_t conv = FFA_CONV_MASK(true);

	(void)v;
	r->x[0] = FFA_MSG_SEND_DIRECT_RESP2_64;
	r->x[1] = 0;
	r->x[2] = 0;
	r->x[3] = 0;
	r->x[1] |= ((uint64_t)a->destination & 0xffffU) << 0;
	r->x[1] |= ((uint64_t)a->source & 0xffffU) << 16;
	if (a->payload == NULL) {
		r->x[4] = 0;
		r->x[5] = 0;
		r->x[6] = 0;
		r->x[7] = 0;
		r->x[8] = 0;
		r->x[9] = 0;
		r->x[10] = 0;
		r->x[11] = 0;
		r->x[12] = 0;
		r->x[13] = 0;
		r->x[14] = 0;
		r->x[15] = 0;
		r->x[16] = 0;
		r->x[17] = 0;
	} else if (a->payload != &r->x[4] || conv != UINT64_MAX) {
		r->x[4] = a->payload[0] & conv;
		r->x[5] = a->payload[1] & conv;
		r->x[6] = a->payload[2] & conv;
		r->x[7] = a->payload[3] & conv;
		r->x[8] = a->payload[4] & conv;
		r->x[9] = a->payload[5] & conv;
		r->x[10] = a->payload[6] & conv;
		r->x[11] = a->payload[7] & conv;
		r->x[12] = a->payload[8] & conv;
		r->x[13] = a->payload[9] & conv;
		r->x[14] = a->payload[10] & conv;
		r->x[15] = a->payload[11] & conv;
		r->x[16] = a->payload[12] & conv;
		r->x[17] = a->payload[13] & conv;
	}
}

/* FFA_NS_RES_INFO_GET: DEN0077A v1.3 §13.13 */
static inline __attribute__((warn_unused_result)) int32_t
ffa_decode_ns_res_info_get(const struct ffa_regs *r, enum ffa_version v, struct ffa_ns_res_info_get_args *out)
{
	const uint32_t fid = (uint32_t)r->x[0];
	const bool smc64 = true;

	if (fid != FFA_NS_RES_INFO_GET_64)
		return FFA_NOT_SUPPORTED;
	(void)v;
	out->smc64 = smc64;
	out->target_id = (uint16_t)(((r->x[1] >> 0) & 0xffffU));
	out->target_valid = (((r->x[2] >> 0) & 0x1U) != 0);
	out->resource_type = (uint8_t)(((r->x[2] >> 2) & 0x3U));
	out->continue_ = (((r->x[2] >> 4) & 0x1U) != 0);
	return FFA_OK;
}

static inline void
ffa_encode_ns_res_info_get(const struct ffa_ns_res_info_get_args *a, enum ffa_version v, struct ffa_regs *r)
{
	const uint64_t conv = FFA_CONV_MASK(true);

	(void)v;
	r->x[0] = FFA_NS_RES_INFO_GET_64;
	r->x[1] = 0;
	r->x[2] = 0;
	r->x[3] = 0;
	r->x[4] = 0;
	r->x[5] = 0;
	r->x[6] = 0;
	r->x[7] = 0;
	r->x[1] |= ((uint64_t)a->target_id & 0xffffU) << 0;
	r->x[1] &= conv;
	r->x[2] |= ((uint64_t)a->target_valid & 0x1U) << 0;
	r->x[2] |= ((uint64_t)a->resource_type & 0x3U) << 2;
	r->x[2] |= ((uint64_t)a->continue_ & 0x1U) << 4;
	r->x[2] &= conv;
}

static inline __attribute__((warn_unused_result)) int32_t
ffa_decode_ns_res_info_get_result(const struct ffa_regs *r, enum ffa_version v, struct ffa_ns_res_info_get_result *out)
{
	const uint32_t w0 = (uint32_t)r->x[0];
	const bool smc64 = w0 == FFA_SUCCESS_64;

	if (w0 == FFA_ERROR_32)
		return ffa_status_at(r->x[2], v);
	if (w0 != FFA_SUCCESS_32 && !smc64)
		return FFA_INVALID_PARAMETERS;
	out->smc64 = smc64;
	out->remaining_size = (uint32_t)(((r->x[2] >> 0) & 0xffffffffU));
	out->written_size = (uint32_t)(((r->x[2] >> 32) & 0xffffffffU));
	return FFA_OK;
}

static inline void
ffa_encode_ns_res_info_get_result(const struct ffa_ns_res_info_get_result *res, enum ffa_version v, struct ffa_regs *r)
{
	const uint64_t conv = FFA_CONV_MASK(res->smc64);

	(void)v;
	r->x[0] = res->smc64 ? FFA_SUCCESS_64 : FFA_SUCCESS_32;
	r->x[1] = 0;
	r->x[2] = 0;
	r->x[3] = 0;
	r->x[4] = 0;
	r->x[5] = 0;
	r->x[6] = 0;
	r->x[7] = 0;
	r->x[2] |= ((uint64_t)res->remaining_size & 0xffffffffU) << 0;
	r->x[2] |= ((uint64_t)res->written_size & 0xffffffffU) << 32;
	r->x[2] &= conv;
}

/* FFA_ABORT: DEN0077A v1.3 §13.14 */
static inline __attribute__((warn_unused_result)) int32_t
ffa_decode_abort(const struct ffa_regs *r, enum ffa_version v, struct ffa_abort_args *out)
{
	const uint32_t fid = (uint32_t)r->x[0];
	const bool smc64 = fid == FFA_ABORT_64;
	const uint64_t conv = FFA_CONV_MASK(smc64);

	if (fid != FFA_ABORT_32 && !smc64)
		return FFA_NOT_SUPPORTED;
	(void)v;
	out->smc64 = smc64;
	out->impdef = (uint64_t)(r->x[2] & conv);
	return FFA_OK;
}

static inline void
ffa_encode_abort(const struct ffa_abort_args *a, enum ffa_version v, struct ffa_regs *r)
{
	const uint64_t conv = FFA_CONV_MASK(a->smc64);

	(void)v;
	r->x[0] = a->smc64 ? FFA_ABORT_64 : FFA_ABORT_32;
	r->x[1] = 0;
	r->x[2] = (uint64_t)a->impdef & conv;
	r->x[3] = 0;
	r->x[4] = 0;
	r->x[5] = 0;
	r->x[6] = 0;
	r->x[7] = 0;
}


/*
 * Framework message VM_CREATED_REQ: FFA_MSG_SEND_DIRECT_REQ_32 with w2 = 0x80000004U.
 * DEN0077A v1.2 §18.3
 */
struct ffa_fwk_vm_created_req_args {
	bool smc64; /* always false: framework messages are SMC32 */
	uint16_t destination; /* w1[15:0]: The partition told. */
	uint16_t source; /* w1[31:16]: The hypervisor (0). */
	ffa_mem_handle_t handle; /* w3/w4: Handle of memory given to the partition with the message; FFA_HANDLE_INVALID when none. */
	uint16_t vm_id; /* w5[15:0]: The VM concerned. */
};

/* NOT_SUPPORTED for another id, INVALID_PARAMETERS for another w2. */
static inline __attribute__((warn_unused_result)) int32_t
ffa_decode_fwk_vm_created_req(const struct ffa_regs *r, enum ffa_version v, struct ffa_fwk_vm_created_req_args *out)
{
	(void)v;
	if ((uint32_t)r->x[0] != FFA_MSG_SEND_DIRECT_REQ_32)
		return FFA_NOT_SUPPORTED;
	if ((uint32_t)r->x[2] != 0x80000004U)
		return FFA_INVALID_PARAMETERS;
	*out = (struct ffa_fwk_vm_created_req_args){ .smc64 = false };
	out->destination = (uint16_t)(((r->x[1] >> 0) & 0xffffU));
	out->source = (uint16_t)(((r->x[1] >> 16) & 0xffffU));
	out->handle |= (ffa_mem_handle_t)(uint32_t)r->x[3] << 0;
	out->handle |= (ffa_mem_handle_t)(uint32_t)r->x[4] << 32;
	out->vm_id = (uint16_t)(((r->x[5] >> 0) & 0xffffU));
	return FFA_OK;
}

static inline void
ffa_encode_fwk_vm_created_req(const struct ffa_fwk_vm_created_req_args *a, enum ffa_version v, struct ffa_regs *r)
{
	(void)v;
	r->x[0] = FFA_MSG_SEND_DIRECT_REQ_32;
	r->x[1] = 0;
	r->x[2] = 0;
	r->x[3] = ((uint64_t)a->handle >> 0) & 0xffffffffU;
	r->x[4] = ((uint64_t)a->handle >> 32) & 0xffffffffU;
	r->x[5] = 0;
	r->x[6] = 0;
	r->x[7] = 0;
	r->x[1] |= ((uint64_t)a->destination & 0xffffU) << 0;
	r->x[1] |= ((uint64_t)a->source & 0xffffU) << 16;
	r->x[5] |= ((uint64_t)a->vm_id & 0xffffU) << 0;
	r->x[2] = 0x80000004U;
}

/*
 * Framework message VM_CREATED_RESP: FFA_MSG_SEND_DIRECT_RESP_32 with w2 = 0x80000005U.
 * DEN0077A v1.2 §18.3
 */
struct ffa_fwk_vm_created_resp_args {
	bool smc64; /* always false: framework messages are SMC32 */
	uint16_t destination; /* w1[15:0]: The hypervisor (0). */
	uint16_t source; /* w1[31:16]: The partition answering. */
	int32_t status; /* w3: 0, or an FF-A status (BUSY and RETRY ask to try again). */
};

/* NOT_SUPPORTED for another id, INVALID_PARAMETERS for another w2. */
static inline __attribute__((warn_unused_result)) int32_t
ffa_decode_fwk_vm_created_resp(const struct ffa_regs *r, enum ffa_version v, struct ffa_fwk_vm_created_resp_args *out)
{
	(void)v;
	if ((uint32_t)r->x[0] != FFA_MSG_SEND_DIRECT_RESP_32)
		return FFA_NOT_SUPPORTED;
	if ((uint32_t)r->x[2] != 0x80000005U)
		return FFA_INVALID_PARAMETERS;
	out->smc64 = false;
	out->destination = (uint16_t)(((r->x[1] >> 0) & 0xffffU));
	out->source = (uint16_t)(((r->x[1] >> 16) & 0xffffU));
	out->status = (int32_t)(uint32_t)r->x[3];
	return FFA_OK;
}

static inline void
ffa_encode_fwk_vm_created_resp(const struct ffa_fwk_vm_created_resp_args *a, enum ffa_version v, struct ffa_regs *r)
{
	(void)v;
	r->x[0] = FFA_MSG_SEND_DIRECT_RESP_32;
	r->x[1] = 0;
	r->x[2] = 0;
	r->x[3] = (uint64_t)(uint32_t)a->status & 0xffffffffU;
	r->x[4] = 0;
	r->x[5] = 0;
	r->x[6] = 0;
	r->x[7] = 0;
	r->x[1] |= ((uint64_t)a->destination & 0xffffU) << 0;
	r->x[1] |= ((uint64_t)a->source & 0xffffU) << 16;
	r->x[2] = 0x80000005U;
}

/*
 * Framework message VM_DESTROYED_REQ: FFA_MSG_SEND_DIRECT_REQ_32 with w2 = 0x80000006U.
 * DEN0077A v1.2 §18.3
 */
struct ffa_fwk_vm_destroyed_req_args {
	bool smc64; /* always false: framework messages are SMC32 */
	uint16_t destination; /* w1[15:0]: The partition told. */
	uint16_t source; /* w1[31:16]: The hypervisor (0). */
	ffa_mem_handle_t handle; /* w3/w4: Handle of memory given to the partition with the message; FFA_HANDLE_INVALID when none. */
	uint16_t vm_id; /* w5[15:0]: The VM concerned. */
};

/* NOT_SUPPORTED for another id, INVALID_PARAMETERS for another w2. */
static inline __attribute__((warn_unused_result)) int32_t
ffa_decode_fwk_vm_destroyed_req(const struct ffa_regs *r, enum ffa_version v, struct ffa_fwk_vm_destroyed_req_args *out)
{
	(void)v;
	if ((uint32_t)r->x[0] != FFA_MSG_SEND_DIRECT_REQ_32)
		return FFA_NOT_SUPPORTED;
	if ((uint32_t)r->x[2] != 0x80000006U)
		return FFA_INVALID_PARAMETERS;
	*out = (struct ffa_fwk_vm_destroyed_req_args){ .smc64 = false };
	out->destination = (uint16_t)(((r->x[1] >> 0) & 0xffffU));
	out->source = (uint16_t)(((r->x[1] >> 16) & 0xffffU));
	out->handle |= (ffa_mem_handle_t)(uint32_t)r->x[3] << 0;
	out->handle |= (ffa_mem_handle_t)(uint32_t)r->x[4] << 32;
	out->vm_id = (uint16_t)(((r->x[5] >> 0) & 0xffffU));
	return FFA_OK;
}

static inline void
ffa_encode_fwk_vm_destroyed_req(const struct ffa_fwk_vm_destroyed_req_args *a, enum ffa_version v, struct ffa_regs *r)
{
	(void)v;
	r->x[0] = FFA_MSG_SEND_DIRECT_REQ_32;
	r->x[1] = 0;
	r->x[2] = 0;
	r->x[3] = ((uint64_t)a->handle >> 0) & 0xffffffffU;
	r->x[4] = ((uint64_t)a->handle >> 32) & 0xffffffffU;
	r->x[5] = 0;
	r->x[6] = 0;
	r->x[7] = 0;
	r->x[1] |= ((uint64_t)a->destination & 0xffffU) << 0;
	r->x[1] |= ((uint64_t)a->source & 0xffffU) << 16;
	r->x[5] |= ((uint64_t)a->vm_id & 0xffffU) << 0;
	r->x[2] = 0x80000006U;
}

/*
 * Framework message VM_DESTROYED_RESP: FFA_MSG_SEND_DIRECT_RESP_32 with w2 = 0x80000007U.
 * DEN0077A v1.2 §18.3
 */
struct ffa_fwk_vm_destroyed_resp_args {
	bool smc64; /* always false: framework messages are SMC32 */
	uint16_t destination; /* w1[15:0]: The hypervisor (0). */
	uint16_t source; /* w1[31:16]: The partition answering. */
	int32_t status; /* w3: 0, or an FF-A status (BUSY and RETRY ask to try again). */
};

/* NOT_SUPPORTED for another id, INVALID_PARAMETERS for another w2. */
static inline __attribute__((warn_unused_result)) int32_t
ffa_decode_fwk_vm_destroyed_resp(const struct ffa_regs *r, enum ffa_version v, struct ffa_fwk_vm_destroyed_resp_args *out)
{
	(void)v;
	if ((uint32_t)r->x[0] != FFA_MSG_SEND_DIRECT_RESP_32)
		return FFA_NOT_SUPPORTED;
	if ((uint32_t)r->x[2] != 0x80000007U)
		return FFA_INVALID_PARAMETERS;
	out->smc64 = false;
	out->destination = (uint16_t)(((r->x[1] >> 0) & 0xffffU));
	out->source = (uint16_t)(((r->x[1] >> 16) & 0xffffU));
	out->status = (int32_t)(uint32_t)r->x[3];
	return FFA_OK;
}

static inline void
ffa_encode_fwk_vm_destroyed_resp(const struct ffa_fwk_vm_destroyed_resp_args *a, enum ffa_version v, struct ffa_regs *r)
{
	(void)v;
	r->x[0] = FFA_MSG_SEND_DIRECT_RESP_32;
	r->x[1] = 0;
	r->x[2] = 0;
	r->x[3] = (uint64_t)(uint32_t)a->status & 0xffffffffU;
	r->x[4] = 0;
	r->x[5] = 0;
	r->x[6] = 0;
	r->x[7] = 0;
	r->x[1] |= ((uint64_t)a->destination & 0xffffU) << 0;
	r->x[1] |= ((uint64_t)a->source & 0xffffU) << 16;
	r->x[2] = 0x80000007U;
}

#endif /* FFA_CALLS_H */
