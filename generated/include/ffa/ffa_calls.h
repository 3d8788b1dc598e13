/* SPDX-License-Identifier: MIT */
/*
 * Generated from spec/functions.yaml; do not edit.
 * To regenerate: python3 generator/ffagen.py
 * FFA-GEN include/ffa/ffa_calls.h
 */
#ifndef FFA_CALLS_H
#define FFA_CALLS_H

#include "ffa/ffa_abi.h"

/*
 * One struct per call (its arguments) and per successful result, with
 * decode and encode:
 *  - ffa_decode_<call>() checks that w0 is one of the call's ids and that
 *    every MBZ bit at the caller's version is zero (else
 *    FFA_INVALID_PARAMETERS), then fills the struct. Returns FFA_OK or an
 *    FF-A status.
 *  - ffa_encode_<call>() writes the id for args->smc64 and the fields,
 *    zeroing every other register.
 *  - ffa_decode_<call>_result() accepts FFA_SUCCESS_32/64 (or, for a raw
 *    result, w0 itself); it returns the status of an FFA_ERROR reply and
 *    FFA_INVALID_PARAMETERS for any other reply.
 *  - ffa_encode_<call>_result() writes FFA_SUCCESS_64 when the call was
 *    SMC64 and the result uses 64-bit registers, FFA_SUCCESS_32 otherwise.
 * Registers: wN is 32 bits; xN is 64 bits in SMC64, 32 bits in SMC32.
 */

/* FFA_ERROR: DEN0077A v1.2 §12.2 */
struct ffa_error_args {
	bool smc64; /* called with the SMC64 id */
	ffa_vcpu_id_t target_vcpu; /* w1[15:0]: vCPU of the SP/VM the error is delivered to. */
	uint16_t target_id; /* w1[31:16]: SP/VM the error is delivered to. */
	int32_t error_code; /* w2: The FF-A status code (a negative 32-bit value). */
	uint32_t error_arg; /* w3: Extra error information some calls define (FFA_CONSOLE_LOG with RETRY: characters logged), otherwise zero. */
};

__attribute__((warn_unused_result)) int32_t ffa_decode_error(const struct ffa_regs *r, enum ffa_version v, struct ffa_error_args *out);
void ffa_encode_error(const struct ffa_error_args *a, enum ffa_version v, struct ffa_regs *r);

/* FFA_SUCCESS: DEN0077A v1.2 §12.3 */
struct ffa_success_args {
	bool smc64; /* called with the SMC64 id */
	ffa_vcpu_id_t target_vcpu; /* w1[15:0]: vCPU of the SP/VM the results are delivered to. */
	uint16_t target_id; /* w1[31:16]: SP/VM the results are delivered to. */
};

__attribute__((warn_unused_result)) int32_t ffa_decode_success(const struct ffa_regs *r, enum ffa_version v, struct ffa_success_args *out);
void ffa_encode_success(const struct ffa_success_args *a, enum ffa_version v, struct ffa_regs *r);

/* FFA_INTERRUPT: DEN0077A v1.2 §14.4 */
struct ffa_interrupt_args {
	bool smc64; /* called with the SMC64 id */
	ffa_vcpu_id_t vcpu; /* w1[15:0]: vCPU (execution context) that was preempted. */
	uint16_t endpoint; /* w1[31:16]: Endpoint whose vCPU was preempted. */
	uint32_t interrupt_id; /* w2: Interrupt id handed to a waiting callee, when the usage defines it; MBZ otherwise. */
};

__attribute__((warn_unused_result)) int32_t ffa_decode_interrupt(const struct ffa_regs *r, enum ffa_version v, struct ffa_interrupt_args *out);
void ffa_encode_interrupt(const struct ffa_interrupt_args *a, enum ffa_version v, struct ffa_regs *r);

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

__attribute__((warn_unused_result)) int32_t ffa_decode_version(const struct ffa_regs *r, enum ffa_version v, struct ffa_version_args *out);
void ffa_encode_version(const struct ffa_version_args *a, enum ffa_version v, struct ffa_regs *r);
__attribute__((warn_unused_result)) int32_t ffa_decode_version_result(const struct ffa_regs *r, enum ffa_version v, struct ffa_version_result *out);
void ffa_encode_version_result(const struct ffa_version_result *res, enum ffa_version v, struct ffa_regs *r);

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

__attribute__((warn_unused_result)) int32_t ffa_decode_features(const struct ffa_regs *r, enum ffa_version v, struct ffa_features_args *out);
void ffa_encode_features(const struct ffa_features_args *a, enum ffa_version v, struct ffa_regs *r);
__attribute__((warn_unused_result)) int32_t ffa_decode_features_result(const struct ffa_regs *r, enum ffa_version v, struct ffa_features_result *out);
void ffa_encode_features_result(const struct ffa_features_result *res, enum ffa_version v, struct ffa_regs *r);

/* FFA_RX_RELEASE: DEN0077A v1.2 §13.5 */
struct ffa_rx_release_args {
	bool smc64; /* called with the SMC64 id */
	uint16_t vm_id; /* w1[15:0]: VM whose RX buffer the hypervisor releases at the Non-secure physical instance; MBZ from a VM. */
};

struct ffa_rx_release_result {
	bool smc64; /* answer with 64-bit registers where the result has them */
};

__attribute__((warn_unused_result)) int32_t ffa_decode_rx_release(const struct ffa_regs *r, enum ffa_version v, struct ffa_rx_release_args *out);
void ffa_encode_rx_release(const struct ffa_rx_release_args *a, enum ffa_version v, struct ffa_regs *r);
__attribute__((warn_unused_result)) int32_t ffa_decode_rx_release_result(const struct ffa_regs *r, enum ffa_version v, struct ffa_rx_release_result *out);
void ffa_encode_rx_release_result(const struct ffa_rx_release_result *res, enum ffa_version v, struct ffa_regs *r);

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

__attribute__((warn_unused_result)) int32_t ffa_decode_rxtx_map(const struct ffa_regs *r, enum ffa_version v, struct ffa_rxtx_map_args *out);
void ffa_encode_rxtx_map(const struct ffa_rxtx_map_args *a, enum ffa_version v, struct ffa_regs *r);
__attribute__((warn_unused_result)) int32_t ffa_decode_rxtx_map_result(const struct ffa_regs *r, enum ffa_version v, struct ffa_rxtx_map_result *out);
void ffa_encode_rxtx_map_result(const struct ffa_rxtx_map_result *res, enum ffa_version v, struct ffa_regs *r);

/* FFA_RXTX_UNMAP: DEN0077A v1.2 §13.7 */
struct ffa_rxtx_unmap_args {
	bool smc64; /* called with the SMC64 id */
	uint16_t vm_id; /* w1[31:16]: VM whose buffers the hypervisor unmaps at the Non-secure physical instance; MBZ from a VM. */
};

struct ffa_rxtx_unmap_result {
	bool smc64; /* answer with 64-bit registers where the result has them */
};

__attribute__((warn_unused_result)) int32_t ffa_decode_rxtx_unmap(const struct ffa_regs *r, enum ffa_version v, struct ffa_rxtx_unmap_args *out);
void ffa_encode_rxtx_unmap(const struct ffa_rxtx_unmap_args *a, enum ffa_version v, struct ffa_regs *r);
__attribute__((warn_unused_result)) int32_t ffa_decode_rxtx_unmap_result(const struct ffa_regs *r, enum ffa_version v, struct ffa_rxtx_unmap_result *out);
void ffa_encode_rxtx_unmap_result(const struct ffa_rxtx_unmap_result *res, enum ffa_version v, struct ffa_regs *r);

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

__attribute__((warn_unused_result)) int32_t ffa_decode_partition_info_get(const struct ffa_regs *r, enum ffa_version v, struct ffa_partition_info_get_args *out);
void ffa_encode_partition_info_get(const struct ffa_partition_info_get_args *a, enum ffa_version v, struct ffa_regs *r);
__attribute__((warn_unused_result)) int32_t ffa_decode_partition_info_get_result(const struct ffa_regs *r, enum ffa_version v, struct ffa_partition_info_get_result *out);
void ffa_encode_partition_info_get_result(const struct ffa_partition_info_get_result *res, enum ffa_version v, struct ffa_regs *r);

/* FFA_ID_GET: DEN0077A v1.2 §13.10 */
struct ffa_id_get_args {
	bool smc64; /* called with the SMC64 id */
};

struct ffa_id_get_result {
	bool smc64; /* answer with 64-bit registers where the result has them */
	uint16_t id; /* w2[15:0]: FF-A id of the caller. */
};

__attribute__((warn_unused_result)) int32_t ffa_decode_id_get(const struct ffa_regs *r, enum ffa_version v, struct ffa_id_get_args *out);
void ffa_encode_id_get(const struct ffa_id_get_args *a, enum ffa_version v, struct ffa_regs *r);
__attribute__((warn_unused_result)) int32_t ffa_decode_id_get_result(const struct ffa_regs *r, enum ffa_version v, struct ffa_id_get_result *out);
void ffa_encode_id_get_result(const struct ffa_id_get_result *res, enum ffa_version v, struct ffa_regs *r);

/* FFA_MSG_POLL: DEN0077A v1.2 §18.4.2 */
struct ffa_msg_poll_args {
	bool smc64; /* called with the SMC64 id */
};

__attribute__((warn_unused_result)) int32_t ffa_decode_msg_poll(const struct ffa_regs *r, enum ffa_version v, struct ffa_msg_poll_args *out);
void ffa_encode_msg_poll(const struct ffa_msg_poll_args *a, enum ffa_version v, struct ffa_regs *r);

/* FFA_MSG_WAIT: DEN0077A v1.2 §14.1 */
struct ffa_msg_wait_args {
	bool smc64; /* called with the SMC64 id */
	bool retain_rx; /* w2[0:0]: Keep ownership of the RX buffer instead of releasing it. */
};

__attribute__((warn_unused_result)) int32_t ffa_decode_msg_wait(const struct ffa_regs *r, enum ffa_version v, struct ffa_msg_wait_args *out);
void ffa_encode_msg_wait(const struct ffa_msg_wait_args *a, enum ffa_version v, struct ffa_regs *r);

/* FFA_YIELD: DEN0077A v1.2 §14.2 */
struct ffa_yield_args {
	bool smc64; /* called with the SMC64 id */
	ffa_vcpu_id_t vcpu; /* w1[15:0]: vCPU of the yielding endpoint; MBZ from a VM. */
	uint16_t endpoint; /* w1[31:16]: Yielding endpoint; MBZ from a VM. */
	uint32_t timeout_lo; /* w2: Bits [31:0] of a timeout in ns after which the VM vCPU is run again, set only by the hypervisor (ERET); MBZ from a VM. */
	uint32_t timeout_hi; /* w3: Bits [63:32] of that timeout; MBZ from a VM. */
};

__attribute__((warn_unused_result)) int32_t ffa_decode_yield(const struct ffa_regs *r, enum ffa_version v, struct ffa_yield_args *out);
void ffa_encode_yield(const struct ffa_yield_args *a, enum ffa_version v, struct ffa_regs *r);

/* FFA_RUN: DEN0077A v1.2 §14.3 */
struct ffa_run_args {
	bool smc64; /* called with the SMC64 id */
	ffa_vcpu_id_t vcpu; /* w1[15:0]: vCPU of the target to run. */
	uint16_t target; /* w1[31:16]: Endpoint to run. */
};

__attribute__((warn_unused_result)) int32_t ffa_decode_run(const struct ffa_regs *r, enum ffa_version v, struct ffa_run_args *out);
void ffa_encode_run(const struct ffa_run_args *a, enum ffa_version v, struct ffa_regs *r);

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

__attribute__((warn_unused_result)) int32_t ffa_decode_msg_send(const struct ffa_regs *r, enum ffa_version v, struct ffa_msg_send_args *out);
void ffa_encode_msg_send(const struct ffa_msg_send_args *a, enum ffa_version v, struct ffa_regs *r);
__attribute__((warn_unused_result)) int32_t ffa_decode_msg_send_result(const struct ffa_regs *r, enum ffa_version v, struct ffa_msg_send_result *out);
void ffa_encode_msg_send_result(const struct ffa_msg_send_result *res, enum ffa_version v, struct ffa_regs *r);

/* FFA_MSG_SEND_DIRECT_REQ: DEN0077A v1.2 §15.2 */
struct ffa_msg_send_direct_req_args {
	bool smc64; /* called with the SMC64 id */
	uint16_t destination; /* w1[15:0]: Receiver endpoint id. */
	uint16_t source; /* w1[31:16]: Sender endpoint id; must be the caller. */
	uint8_t framework_type; /* w2[7:0]: Framework message type; MBZ for a partition message. */
	bool framework; /* w2[31:31]: Set for a framework message, which a VM may never send. */
	uint64_t payload[5]; /* x3..x7: Implementation defined payload, one register each. */
};

__attribute__((warn_unused_result)) int32_t ffa_decode_msg_send_direct_req(const struct ffa_regs *r, enum ffa_version v, struct ffa_msg_send_direct_req_args *out);
void ffa_encode_msg_send_direct_req(const struct ffa_msg_send_direct_req_args *a, enum ffa_version v, struct ffa_regs *r);

/* FFA_MSG_SEND_DIRECT_RESP: DEN0077A v1.2 §15.3 */
struct ffa_msg_send_direct_resp_args {
	bool smc64; /* called with the SMC64 id */
	uint16_t destination; /* w1[15:0]: Receiver endpoint id. */
	uint16_t source; /* w1[31:16]: Sender endpoint id; must be the caller. */
	uint8_t framework_type; /* w2[7:0]: Framework message type; MBZ for a partition message. */
	bool framework; /* w2[31:31]: Set for a framework message, which a VM may never send. */
	uint64_t payload[5]; /* x3..x7: Implementation defined payload, one register each. */
};

__attribute__((warn_unused_result)) int32_t ffa_decode_msg_send_direct_resp(const struct ffa_regs *r, enum ffa_version v, struct ffa_msg_send_direct_resp_args *out);
void ffa_encode_msg_send_direct_resp(const struct ffa_msg_send_direct_resp_args *a, enum ffa_version v, struct ffa_regs *r);

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

__attribute__((warn_unused_result)) int32_t ffa_decode_mem_donate(const struct ffa_regs *r, enum ffa_version v, struct ffa_mem_donate_args *out);
void ffa_encode_mem_donate(const struct ffa_mem_donate_args *a, enum ffa_version v, struct ffa_regs *r);
__attribute__((warn_unused_result)) int32_t ffa_decode_mem_donate_result(const struct ffa_regs *r, enum ffa_version v, struct ffa_mem_donate_result *out);
void ffa_encode_mem_donate_result(const struct ffa_mem_donate_result *res, enum ffa_version v, struct ffa_regs *r);

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

__attribute__((warn_unused_result)) int32_t ffa_decode_mem_lend(const struct ffa_regs *r, enum ffa_version v, struct ffa_mem_lend_args *out);
void ffa_encode_mem_lend(const struct ffa_mem_lend_args *a, enum ffa_version v, struct ffa_regs *r);
__attribute__((warn_unused_result)) int32_t ffa_decode_mem_lend_result(const struct ffa_regs *r, enum ffa_version v, struct ffa_mem_lend_result *out);
void ffa_encode_mem_lend_result(const struct ffa_mem_lend_result *res, enum ffa_version v, struct ffa_regs *r);

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

__attribute__((warn_unused_result)) int32_t ffa_decode_mem_share(const struct ffa_regs *r, enum ffa_version v, struct ffa_mem_share_args *out);
void ffa_encode_mem_share(const struct ffa_mem_share_args *a, enum ffa_version v, struct ffa_regs *r);
__attribute__((warn_unused_result)) int32_t ffa_decode_mem_share_result(const struct ffa_regs *r, enum ffa_version v, struct ffa_mem_share_result *out);
void ffa_encode_mem_share_result(const struct ffa_mem_share_result *res, enum ffa_version v, struct ffa_regs *r);

/* FFA_MEM_RETRIEVE_REQ: DEN0077A v1.0 §11.4 */
struct ffa_mem_retrieve_req_args {
	bool smc64; /* called with the SMC64 id */
	uint32_t total_length; /* w1: Length of the whole transaction descriptor in bytes. */
	uint32_t fragment_length; /* w2: Length in bytes of the first fragment (the whole descriptor when it is not fragmented). */
	uint64_t buffer_address; /* x3: Address of a buffer the caller allocated for the descriptor, or 0 for the TX buffer. */
	uint32_t page_count; /* w4: Size in 4K pages of the buffer in x3; MBZ with the TX buffer. */
};

__attribute__((warn_unused_result)) int32_t ffa_decode_mem_retrieve_req(const struct ffa_regs *r, enum ffa_version v, struct ffa_mem_retrieve_req_args *out);
void ffa_encode_mem_retrieve_req(const struct ffa_mem_retrieve_req_args *a, enum ffa_version v, struct ffa_regs *r);

/* FFA_MEM_RETRIEVE_RESP: DEN0077A v1.0 §11.5 */
struct ffa_mem_retrieve_resp_args {
	bool smc64; /* called with the SMC64 id */
	uint32_t total_length; /* w1: Length of the whole response descriptor in bytes. */
	uint32_t fragment_length; /* w2: Length in bytes of the fragment in the RX buffer. */
};

__attribute__((warn_unused_result)) int32_t ffa_decode_mem_retrieve_resp(const struct ffa_regs *r, enum ffa_version v, struct ffa_mem_retrieve_resp_args *out);
void ffa_encode_mem_retrieve_resp(const struct ffa_mem_retrieve_resp_args *a, enum ffa_version v, struct ffa_regs *r);

/* FFA_MEM_RELINQUISH: DEN0077A v1.0 §11.6 */
struct ffa_mem_relinquish_args {
	bool smc64; /* called with the SMC64 id */
};

struct ffa_mem_relinquish_result {
	bool smc64; /* answer with 64-bit registers where the result has them */
};

__attribute__((warn_unused_result)) int32_t ffa_decode_mem_relinquish(const struct ffa_regs *r, enum ffa_version v, struct ffa_mem_relinquish_args *out);
void ffa_encode_mem_relinquish(const struct ffa_mem_relinquish_args *a, enum ffa_version v, struct ffa_regs *r);
__attribute__((warn_unused_result)) int32_t ffa_decode_mem_relinquish_result(const struct ffa_regs *r, enum ffa_version v, struct ffa_mem_relinquish_result *out);
void ffa_encode_mem_relinquish_result(const struct ffa_mem_relinquish_result *res, enum ffa_version v, struct ffa_regs *r);

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

__attribute__((warn_unused_result)) int32_t ffa_decode_mem_reclaim(const struct ffa_regs *r, enum ffa_version v, struct ffa_mem_reclaim_args *out);
void ffa_encode_mem_reclaim(const struct ffa_mem_reclaim_args *a, enum ffa_version v, struct ffa_regs *r);
__attribute__((warn_unused_result)) int32_t ffa_decode_mem_reclaim_result(const struct ffa_regs *r, enum ffa_version v, struct ffa_mem_reclaim_result *out);
void ffa_encode_mem_reclaim_result(const struct ffa_mem_reclaim_result *res, enum ffa_version v, struct ffa_regs *r);

/* FFA_MEM_OP_PAUSE: DEN0077A v1.0 §11.8 */
struct ffa_mem_op_pause_args {
	bool smc64; /* called with the SMC64 id */
	ffa_mem_handle_t handle; /* w1/w2: Handle of the paused transaction (w1 bits [31:0], w2 bits [63:32]). */
};

__attribute__((warn_unused_result)) int32_t ffa_decode_mem_op_pause(const struct ffa_regs *r, enum ffa_version v, struct ffa_mem_op_pause_args *out);
void ffa_encode_mem_op_pause(const struct ffa_mem_op_pause_args *a, enum ffa_version v, struct ffa_regs *r);

/* FFA_MEM_OP_RESUME: DEN0077A v1.0 §11.9 */
struct ffa_mem_op_resume_args {
	bool smc64; /* called with the SMC64 id */
	ffa_mem_handle_t handle; /* w1/w2: Handle of the paused transaction (w1 bits [31:0], w2 bits [63:32]). */
};

struct ffa_mem_op_resume_result {
	bool smc64; /* answer with 64-bit registers where the result has them */
};

__attribute__((warn_unused_result)) int32_t ffa_decode_mem_op_resume(const struct ffa_regs *r, enum ffa_version v, struct ffa_mem_op_resume_args *out);
void ffa_encode_mem_op_resume(const struct ffa_mem_op_resume_args *a, enum ffa_version v, struct ffa_regs *r);
__attribute__((warn_unused_result)) int32_t ffa_decode_mem_op_resume_result(const struct ffa_regs *r, enum ffa_version v, struct ffa_mem_op_resume_result *out);
void ffa_encode_mem_op_resume_result(const struct ffa_mem_op_resume_result *res, enum ffa_version v, struct ffa_regs *r);

/* FFA_MEM_FRAG_RX: DEN0077A v1.0 §11.10 */
struct ffa_mem_frag_rx_args {
	bool smc64; /* called with the SMC64 id */
	ffa_mem_handle_t handle; /* w1/w2: Handle of the transaction (w1 bits [31:0], w2 bits [63:32]). */
	uint32_t fragment_offset; /* w3: Offset in bytes of the next fragment wanted (bytes received so far). */
	uint16_t endpoint_id; /* w4[31:16]: Endpoint the hypervisor acts for between itself and the SPMC; MBZ from a VM. */
};

__attribute__((warn_unused_result)) int32_t ffa_decode_mem_frag_rx(const struct ffa_regs *r, enum ffa_version v, struct ffa_mem_frag_rx_args *out);
void ffa_encode_mem_frag_rx(const struct ffa_mem_frag_rx_args *a, enum ffa_version v, struct ffa_regs *r);

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

__attribute__((warn_unused_result)) int32_t ffa_decode_mem_frag_tx(const struct ffa_regs *r, enum ffa_version v, struct ffa_mem_frag_tx_args *out);
void ffa_encode_mem_frag_tx(const struct ffa_mem_frag_tx_args *a, enum ffa_version v, struct ffa_regs *r);
__attribute__((warn_unused_result)) int32_t ffa_decode_mem_frag_tx_result(const struct ffa_regs *r, enum ffa_version v, struct ffa_mem_frag_tx_result *out);
void ffa_encode_mem_frag_tx_result(const struct ffa_mem_frag_tx_result *res, enum ffa_version v, struct ffa_regs *r);

/* FFA_NORMAL_WORLD_RESUME: DEN0077A v1.2 §14.5 */
struct ffa_normal_world_resume_args {
	bool smc64; /* called with the SMC64 id */
};

__attribute__((warn_unused_result)) int32_t ffa_decode_normal_world_resume(const struct ffa_regs *r, enum ffa_version v, struct ffa_normal_world_resume_args *out);
void ffa_encode_normal_world_resume(const struct ffa_normal_world_resume_args *a, enum ffa_version v, struct ffa_regs *r);

/* FFA_NOTIFICATION_BITMAP_CREATE: DEN0077A v1.2 §16.1 */
struct ffa_notification_bitmap_create_args {
	bool smc64; /* called with the SMC64 id */
	uint16_t vm_id; /* w1[15:0]: VM the bitmaps are created for. */
	uint32_t vcpu_count; /* w2: Number of vCPUs of the VM. */
};

struct ffa_notification_bitmap_create_result {
	bool smc64; /* answer with 64-bit registers where the result has them */
};

__attribute__((warn_unused_result)) int32_t ffa_decode_notification_bitmap_create(const struct ffa_regs *r, enum ffa_version v, struct ffa_notification_bitmap_create_args *out);
void ffa_encode_notification_bitmap_create(const struct ffa_notification_bitmap_create_args *a, enum ffa_version v, struct ffa_regs *r);
__attribute__((warn_unused_result)) int32_t ffa_decode_notification_bitmap_create_result(const struct ffa_regs *r, enum ffa_version v, struct ffa_notification_bitmap_create_result *out);
void ffa_encode_notification_bitmap_create_result(const struct ffa_notification_bitmap_create_result *res, enum ffa_version v, struct ffa_regs *r);

/* FFA_NOTIFICATION_BITMAP_DESTROY: DEN0077A v1.2 §16.2 */
struct ffa_notification_bitmap_destroy_args {
	bool smc64; /* called with the SMC64 id */
	uint16_t vm_id; /* w1[15:0]: VM whose bitmaps are destroyed. */
};

struct ffa_notification_bitmap_destroy_result {
	bool smc64; /* answer with 64-bit registers where the result has them */
};

__attribute__((warn_unused_result)) int32_t ffa_decode_notification_bitmap_destroy(const struct ffa_regs *r, enum ffa_version v, struct ffa_notification_bitmap_destroy_args *out);
void ffa_encode_notification_bitmap_destroy(const struct ffa_notification_bitmap_destroy_args *a, enum ffa_version v, struct ffa_regs *r);
__attribute__((warn_unused_result)) int32_t ffa_decode_notification_bitmap_destroy_result(const struct ffa_regs *r, enum ffa_version v, struct ffa_notification_bitmap_destroy_result *out);
void ffa_encode_notification_bitmap_destroy_result(const struct ffa_notification_bitmap_destroy_result *res, enum ffa_version v, struct ffa_regs *r);

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

__attribute__((warn_unused_result)) int32_t ffa_decode_notification_bind(const struct ffa_regs *r, enum ffa_version v, struct ffa_notification_bind_args *out);
void ffa_encode_notification_bind(const struct ffa_notification_bind_args *a, enum ffa_version v, struct ffa_regs *r);
__attribute__((warn_unused_result)) int32_t ffa_decode_notification_bind_result(const struct ffa_regs *r, enum ffa_version v, struct ffa_notification_bind_result *out);
void ffa_encode_notification_bind_result(const struct ffa_notification_bind_result *res, enum ffa_version v, struct ffa_regs *r);

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

__attribute__((warn_unused_result)) int32_t ffa_decode_notification_unbind(const struct ffa_regs *r, enum ffa_version v, struct ffa_notification_unbind_args *out);
void ffa_encode_notification_unbind(const struct ffa_notification_unbind_args *a, enum ffa_version v, struct ffa_regs *r);
__attribute__((warn_unused_result)) int32_t ffa_decode_notification_unbind_result(const struct ffa_regs *r, enum ffa_version v, struct ffa_notification_unbind_result *out);
void ffa_encode_notification_unbind_result(const struct ffa_notification_unbind_result *res, enum ffa_version v, struct ffa_regs *r);

/* FFA_NOTIFICATION_SET: DEN0077A v1.2 §16.5 */
struct ffa_notification_set_args {
	bool smc64; /* called with the SMC64 id */
	uint16_t receiver; /* w1[15:0]: Receiver endpoint. */
	uint16_t sender; /* w1[31:16]: Sender endpoint; must be the caller (the hypervisor names a VM here). */
	bool per_vcpu; /* w2[0:0]: All notifications in the bitmap are per-vCPU and go to receiver-vcpu (else global). */
	bool delay_sri; /* w2[1:1]: Delay the schedule receiver interrupt; used only by an SP, MBZ from a VM. */
	ffa_vcpu_id_t receiver_vcpu; /* w2[31:16]: Receiver vCPU for per-vCPU notifications; MBZ otherwise. */
	ffa_notification_bitmap_t bitmap; /* w3/w4: Notifications to signal (w3 bits [31:0], w4 bits [63:32]). */
};

struct ffa_notification_set_result {
	bool smc64; /* answer with 64-bit registers where the result has them */
};

__attribute__((warn_unused_result)) int32_t ffa_decode_notification_set(const struct ffa_regs *r, enum ffa_version v, struct ffa_notification_set_args *out);
void ffa_encode_notification_set(const struct ffa_notification_set_args *a, enum ffa_version v, struct ffa_regs *r);
__attribute__((warn_unused_result)) int32_t ffa_decode_notification_set_result(const struct ffa_regs *r, enum ffa_version v, struct ffa_notification_set_result *out);
void ffa_encode_notification_set_result(const struct ffa_notification_set_result *res, enum ffa_version v, struct ffa_regs *r);

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

__attribute__((warn_unused_result)) int32_t ffa_decode_notification_get(const struct ffa_regs *r, enum ffa_version v, struct ffa_notification_get_args *out);
void ffa_encode_notification_get(const struct ffa_notification_get_args *a, enum ffa_version v, struct ffa_regs *r);
__attribute__((warn_unused_result)) int32_t ffa_decode_notification_get_result(const struct ffa_regs *r, enum ffa_version v, struct ffa_notification_get_result *out);
void ffa_encode_notification_get_result(const struct ffa_notification_get_result *res, enum ffa_version v, struct ffa_regs *r);

/* FFA_NOTIFICATION_INFO_GET: DEN0077A v1.2 §16.7 */
struct ffa_notification_info_get_args {
	bool smc64; /* called with the SMC64 id */
};

struct ffa_notification_info_get_result {
	bool smc64; /* answer with 64-bit registers where the result has them */
	bool more_pending; /* x2[0:0]: More lists remain than this reply carries; call again. */
	uint8_t list_count; /* x2[11:7]: Number of id lists (at most 10 in SMC32, 20 in SMC64). */
	uint8_t list_size[10]; /* x2[31:12]: Lists 1-10: number of vCPU ids (0-3) after the endpoint id (copy i at bit 12 + 2i). */
	uint8_t list_size_hi[10]; /* x2[51:32]: Lists 11-20, SMC64 only: as list-size (copy i at bit 32 + 2i). */
	uint64_t ids_0; /* x3: Packed 16-bit ids 0-3 (0-1 in SMC32), least significant first. */
	uint64_t ids_1; /* x4: Packed 16-bit ids 4-7 (2-3 in SMC32). */
	uint64_t ids_2; /* x5: Packed 16-bit ids 8-11 (4-5 in SMC32). */
	uint64_t ids_3; /* x6: Packed 16-bit ids 12-15 (6-7 in SMC32). */
	uint64_t ids_4; /* x7: Packed 16-bit ids 16-19 (8-9 in SMC32). */
};

__attribute__((warn_unused_result)) int32_t ffa_decode_notification_info_get(const struct ffa_regs *r, enum ffa_version v, struct ffa_notification_info_get_args *out);
void ffa_encode_notification_info_get(const struct ffa_notification_info_get_args *a, enum ffa_version v, struct ffa_regs *r);
__attribute__((warn_unused_result)) int32_t ffa_decode_notification_info_get_result(const struct ffa_regs *r, enum ffa_version v, struct ffa_notification_info_get_result *out);
void ffa_encode_notification_info_get_result(const struct ffa_notification_info_get_result *res, enum ffa_version v, struct ffa_regs *r);

/* FFA_RX_ACQUIRE: DEN0077A v1.2 §13.4 */
struct ffa_rx_acquire_args {
	bool smc64; /* called with the SMC64 id */
	uint16_t vm_id; /* w1[15:0]: VM whose RX buffer is acquired. */
};

struct ffa_rx_acquire_result {
	bool smc64; /* answer with 64-bit registers where the result has them */
};

__attribute__((warn_unused_result)) int32_t ffa_decode_rx_acquire(const struct ffa_regs *r, enum ffa_version v, struct ffa_rx_acquire_args *out);
void ffa_encode_rx_acquire(const struct ffa_rx_acquire_args *a, enum ffa_version v, struct ffa_regs *r);
__attribute__((warn_unused_result)) int32_t ffa_decode_rx_acquire_result(const struct ffa_regs *r, enum ffa_version v, struct ffa_rx_acquire_result *out);
void ffa_encode_rx_acquire_result(const struct ffa_rx_acquire_result *res, enum ffa_version v, struct ffa_regs *r);

/* FFA_SPM_ID_GET: DEN0077A v1.2 §13.11 */
struct ffa_spm_id_get_args {
	bool smc64; /* called with the SMC64 id */
};

struct ffa_spm_id_get_result {
	bool smc64; /* answer with 64-bit registers where the result has them */
	uint16_t id; /* w2[15:0]: FF-A id of the SPMC (or SPMD). */
};

__attribute__((warn_unused_result)) int32_t ffa_decode_spm_id_get(const struct ffa_regs *r, enum ffa_version v, struct ffa_spm_id_get_args *out);
void ffa_encode_spm_id_get(const struct ffa_spm_id_get_args *a, enum ffa_version v, struct ffa_regs *r);
__attribute__((warn_unused_result)) int32_t ffa_decode_spm_id_get_result(const struct ffa_regs *r, enum ffa_version v, struct ffa_spm_id_get_result *out);
void ffa_encode_spm_id_get_result(const struct ffa_spm_id_get_result *res, enum ffa_version v, struct ffa_regs *r);

/* FFA_MSG_SEND2: DEN0077A v1.2 §15.1 */
struct ffa_msg_send2_args {
	bool smc64; /* called with the SMC64 id */
	uint16_t sender_vm_id; /* w1[31:16]: Sender VM at the Non-secure physical instance (hypervisor forwarding); MBZ from a VM. */
	bool delay_sri; /* w2[1:1]: Delay the schedule receiver interrupt; used only by an SP, MBZ from a VM. */
};

struct ffa_msg_send2_result {
	bool smc64; /* answer with 64-bit registers where the result has them */
};

__attribute__((warn_unused_result)) int32_t ffa_decode_msg_send2(const struct ffa_regs *r, enum ffa_version v, struct ffa_msg_send2_args *out);
void ffa_encode_msg_send2(const struct ffa_msg_send2_args *a, enum ffa_version v, struct ffa_regs *r);
__attribute__((warn_unused_result)) int32_t ffa_decode_msg_send2_result(const struct ffa_regs *r, enum ffa_version v, struct ffa_msg_send2_result *out);
void ffa_encode_msg_send2_result(const struct ffa_msg_send2_result *res, enum ffa_version v, struct ffa_regs *r);

/* FFA_SECONDARY_EP_REGISTER: DEN0077A v1.2 §18.2.2.1 */
struct ffa_secondary_ep_register_args {
	bool smc64; /* called with the SMC64 id */
	uint64_t entry_point; /* x1: Entry point address (IPA under an S-EL2 SPMC, PA at the Secure physical instance). */
};

struct ffa_secondary_ep_register_result {
	bool smc64; /* answer with 64-bit registers where the result has them */
};

__attribute__((warn_unused_result)) int32_t ffa_decode_secondary_ep_register(const struct ffa_regs *r, enum ffa_version v, struct ffa_secondary_ep_register_args *out);
void ffa_encode_secondary_ep_register(const struct ffa_secondary_ep_register_args *a, enum ffa_version v, struct ffa_regs *r);
__attribute__((warn_unused_result)) int32_t ffa_decode_secondary_ep_register_result(const struct ffa_regs *r, enum ffa_version v, struct ffa_secondary_ep_register_result *out);
void ffa_encode_secondary_ep_register_result(const struct ffa_secondary_ep_register_result *res, enum ffa_version v, struct ffa_regs *r);

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

__attribute__((warn_unused_result)) int32_t ffa_decode_mem_perm_get(const struct ffa_regs *r, enum ffa_version v, struct ffa_mem_perm_get_args *out);
void ffa_encode_mem_perm_get(const struct ffa_mem_perm_get_args *a, enum ffa_version v, struct ffa_regs *r);
__attribute__((warn_unused_result)) int32_t ffa_decode_mem_perm_get_result(const struct ffa_regs *r, enum ffa_version v, struct ffa_mem_perm_get_result *out);
void ffa_encode_mem_perm_get_result(const struct ffa_mem_perm_get_result *res, enum ffa_version v, struct ffa_regs *r);

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

__attribute__((warn_unused_result)) int32_t ffa_decode_mem_perm_set(const struct ffa_regs *r, enum ffa_version v, struct ffa_mem_perm_set_args *out);
void ffa_encode_mem_perm_set(const struct ffa_mem_perm_set_args *a, enum ffa_version v, struct ffa_regs *r);
__attribute__((warn_unused_result)) int32_t ffa_decode_mem_perm_set_result(const struct ffa_regs *r, enum ffa_version v, struct ffa_mem_perm_set_result *out);
void ffa_encode_mem_perm_set_result(const struct ffa_mem_perm_set_result *res, enum ffa_version v, struct ffa_regs *r);

/* FFA_CONSOLE_LOG: DEN0077A v1.2 §13.12 */
struct ffa_console_log_args {
	bool smc64; /* called with the SMC64 id */
	uint8_t char_count; /* w1[7:0]: Number of characters, 1-24 in SMC32 (w2..w7) or 1-128 in SMC64 (x2..x17). */
	uint64_t chars[16]; /* x2..x17: Characters, first in bits [7:0] of the first register, tightly packed; registers past x7 in SMC64 only. */
};

struct ffa_console_log_result {
	bool smc64; /* answer with 64-bit registers where the result has them */
};

__attribute__((warn_unused_result)) int32_t ffa_decode_console_log(const struct ffa_regs *r, enum ffa_version v, struct ffa_console_log_args *out);
void ffa_encode_console_log(const struct ffa_console_log_args *a, enum ffa_version v, struct ffa_regs *r);
__attribute__((warn_unused_result)) int32_t ffa_decode_console_log_result(const struct ffa_regs *r, enum ffa_version v, struct ffa_console_log_result *out);
void ffa_encode_console_log_result(const struct ffa_console_log_result *res, enum ffa_version v, struct ffa_regs *r);

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
	uint16_t tag; /* x3[31:16]: Information tag from an earlier reply; MBZ when start-index is 0. */
};

struct ffa_partition_info_get_regs_result {
	bool smc64; /* answer with 64-bit registers where the result has them */
	uint16_t last_index; /* x2[15:0]: Index of the last descriptor available (count - 1). */
	uint16_t current_index; /* x2[31:16]: Index of the last descriptor in this reply. */
	uint16_t tag; /* x2[47:32]: Tag identifying this version of the partition list. */
	uint16_t desc_size; /* x2[63:48]: Size of one descriptor in bytes. */
	struct ffa_partition_info_get_regs_result_desc desc[5]; /* x3..x17: Up to five partition information descriptors, three registers each. */
};

__attribute__((warn_unused_result)) int32_t ffa_decode_partition_info_get_regs(const struct ffa_regs *r, enum ffa_version v, struct ffa_partition_info_get_regs_args *out);
void ffa_encode_partition_info_get_regs(const struct ffa_partition_info_get_regs_args *a, enum ffa_version v, struct ffa_regs *r);
__attribute__((warn_unused_result)) int32_t ffa_decode_partition_info_get_regs_result(const struct ffa_regs *r, enum ffa_version v, struct ffa_partition_info_get_regs_result *out);
void ffa_encode_partition_info_get_regs_result(const struct ffa_partition_info_get_regs_result *res, enum ffa_version v, struct ffa_regs *r);

/* FFA_EL3_INTR_HANDLE: DEN0077A v1.2 §17.1 */
struct ffa_el3_intr_handle_args {
	bool smc64; /* called with the SMC64 id */
};

struct ffa_el3_intr_handle_result {
	bool smc64; /* answer with 64-bit registers where the result has them */
};

__attribute__((warn_unused_result)) int32_t ffa_decode_el3_intr_handle(const struct ffa_regs *r, enum ffa_version v, struct ffa_el3_intr_handle_args *out);
void ffa_encode_el3_intr_handle(const struct ffa_el3_intr_handle_args *a, enum ffa_version v, struct ffa_regs *r);
__attribute__((warn_unused_result)) int32_t ffa_decode_el3_intr_handle_result(const struct ffa_regs *r, enum ffa_version v, struct ffa_el3_intr_handle_result *out);
void ffa_encode_el3_intr_handle_result(const struct ffa_el3_intr_handle_result *res, enum ffa_version v, struct ffa_regs *r);

/* FFA_MSG_SEND_DIRECT_REQ2: DEN0077A v1.2 §15.4 */
struct ffa_msg_send_direct_req2_args {
	bool smc64; /* called with the SMC64 id */
	uint16_t destination; /* w1[15:0]: Receiver endpoint id. */
	uint16_t source; /* w1[31:16]: Sender endpoint id; must be the caller. */
	struct ffa_uuid uuid; /* x2/x3: UUID of the target service (bytes 0-7 in x2, 8-15 in x3); the Nil UUID selects the default one. */
	uint64_t payload[14]; /* x4..x17: Implementation defined payload, one register each. */
};

__attribute__((warn_unused_result)) int32_t ffa_decode_msg_send_direct_req2(const struct ffa_regs *r, enum ffa_version v, struct ffa_msg_send_direct_req2_args *out);
void ffa_encode_msg_send_direct_req2(const struct ffa_msg_send_direct_req2_args *a, enum ffa_version v, struct ffa_regs *r);

/* FFA_MSG_SEND_DIRECT_RESP2: DEN0077A v1.2 §15.5 */
struct ffa_msg_send_direct_resp2_args {
	bool smc64; /* called with the SMC64 id */
	uint16_t destination; /* w1[15:0]: Endpoint that sent the request. */
	uint16_t source; /* w1[31:16]: Responding endpoint; must be the caller. */
	uint64_t payload[14]; /* x4..x17: Implementation defined payload, one register each. */
};

__attribute__((warn_unused_result)) int32_t ffa_decode_msg_send_direct_resp2(const struct ffa_regs *r, enum ffa_version v, struct ffa_msg_send_direct_resp2_args *out);
void ffa_encode_msg_send_direct_resp2(const struct ffa_msg_send_direct_resp2_args *a, enum ffa_version v, struct ffa_regs *r);

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

__attribute__((warn_unused_result)) int32_t ffa_decode_ns_res_info_get(const struct ffa_regs *r, enum ffa_version v, struct ffa_ns_res_info_get_args *out);
void ffa_encode_ns_res_info_get(const struct ffa_ns_res_info_get_args *a, enum ffa_version v, struct ffa_regs *r);
__attribute__((warn_unused_result)) int32_t ffa_decode_ns_res_info_get_result(const struct ffa_regs *r, enum ffa_version v, struct ffa_ns_res_info_get_result *out);
void ffa_encode_ns_res_info_get_result(const struct ffa_ns_res_info_get_result *res, enum ffa_version v, struct ffa_regs *r);

/* FFA_ABORT: DEN0077A v1.3 §13.14 */
struct ffa_abort_args {
	bool smc64; /* called with the SMC64 id */
	uint64_t impdef; /* x2: Implementation defined value describing the error. */
};

__attribute__((warn_unused_result)) int32_t ffa_decode_abort(const struct ffa_regs *r, enum ffa_version v, struct ffa_abort_args *out);
void ffa_encode_abort(const struct ffa_abort_args *a, enum ffa_version v, struct ffa_regs *r);

#endif /* FFA_CALLS_H */
