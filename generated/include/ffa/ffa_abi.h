/* SPDX-License-Identifier: MIT */
/*
 * Generated from spec/abi.yaml, spec/status.yaml, spec/functions.yaml; do not edit.
 * To regenerate: python3 generator/ffagen.py
 * FFA-GEN include/ffa/ffa_abi.h
 */
#ifndef FFA_ABI_H
#define FFA_ABI_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Bumped when generated code changes shape; the runtime checks it. */
#define FFA_GEN_ABI 1

#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ != __ORDER_LITTLE_ENDIAN__
#error "FF-A descriptors are little-endian; this code assumes a little-endian CPU"
#endif

/* x0..x17 of one SMCCC call or reply (SMCCC 1.2 uses up to x17). */
#define FFA_REG_COUNT 18
/*
 * x0..x7 are in every FF-A message (unused ones zero); x8..x17 only in the
 * messages that list them, and a reply leaves them as the caller had them
 * otherwise (SMCCC 1.2: registers without a result are preserved).
 */
#define FFA_MSG_REG_COUNT 8
struct ffa_regs {
	uint64_t x[FFA_REG_COUNT];
};

/*
 * A UUID as the specification lays it out in memory (16 bytes), aligned
 * as its two registers are: copying it to and from them is two loads or
 * stores, even where unaligned access is off (an EL2 hypervisor's
 * -mstrict-align), not a byte loop or a memcpy call.
 */
struct ffa_uuid {
	uint8_t b[16];
} __attribute__((__aligned__(8)));

/*
 * Little-endian byte packing for values spread over registers (the CPU is
 * little-endian, checked above). p is nbytes-aligned: it is a word of a
 * struct ffa_uuid, 8-byte aligned, at a multiple of the word's size (the
 * generator checks the spec's UUIDs so), so that the copy is one load or
 * store: not told, GCC with -mstrict-align calls memcpy for 8 bytes.
 */
static inline void ffa_le_put(uint8_t *p, uint64_t v, unsigned int nbytes)
{
	const uint32_t w = (uint32_t)v;

	if (nbytes == 8)
		__builtin_memcpy(__builtin_assume_aligned(p, 8), &v, 8);
	else if (nbytes == 4)
		__builtin_memcpy(__builtin_assume_aligned(p, 4), &w, 4);
	else
		for (unsigned int i = 0; i < nbytes; i++)
			p[i] = (uint8_t)(v >> (8 * i));
}

static inline uint64_t ffa_le_get(const uint8_t *p, unsigned int nbytes)
{
	uint64_t v = 0;
	uint32_t w;

	if (nbytes == 8) {
		__builtin_memcpy(&v, __builtin_assume_aligned(p, 8), 8);
	} else if (nbytes == 4) {
		__builtin_memcpy(&w, __builtin_assume_aligned(p, 4), 4);
		v = w;
	} else {
		for (unsigned int i = 0; i < nbytes; i++)
			v |= (uint64_t)p[i] << (8 * i);
	}
	return v;
}

/* FF-A versions: (major << 16) | minor. Compare these, never raw numbers. */
enum ffa_version {
	FFA_VERSION_1_0 = 0x10000, /* DEN0077A v1.0 §8.1 */
	FFA_VERSION_1_1 = 0x10001, /* DEN0077A v1.1 §13.2 */
	FFA_VERSION_1_2 = 0x10002, /* DEN0077A v1.2 §13.2 */
	FFA_VERSION_1_3 = 0x10003, /* DEN0077A v1.3 §13.2 */
};
#define FFA_VERSION_MEDIATOR_MAX FFA_VERSION_1_2
#define FFA_VERSION_MEDIATOR_MIN FFA_VERSION_1_0

/* Status codes (w2 of FFA_ERROR, a signed 32-bit value). */
#define FFA_OK 0
#define FFA_NOT_SUPPORTED (-1) /* since 1.0: DEN0077A v1.2 §11.2 Table 11.2 */
#define FFA_INVALID_PARAMETERS (-2) /* since 1.0: DEN0077A v1.2 §11.2 Table 11.2 */
#define FFA_NO_MEMORY (-3) /* since 1.0: DEN0077A v1.2 §11.2 Table 11.2 */
#define FFA_BUSY (-4) /* since 1.0: DEN0077A v1.2 §11.2 Table 11.2 */
#define FFA_INTERRUPTED (-5) /* since 1.0: DEN0077A v1.2 §11.2 Table 11.2 */
#define FFA_DENIED (-6) /* since 1.0: DEN0077A v1.2 §11.2 Table 11.2 */
#define FFA_RETRY (-7) /* since 1.0: DEN0077A v1.2 §11.2 Table 11.2 */
#define FFA_ABORTED (-8) /* since 1.0: DEN0077A v1.2 §11.2 Table 11.2 */
#define FFA_NO_DATA (-9) /* since 1.1: DEN0077A v1.2 §11.2 Table 11.2 */
#define FFA_NOT_READY (-10) /* since 1.2: DEN0077A v1.2 §11.2 Table 11.2 */

/* The version that defined a status code; an unknown one, never. */
static inline enum ffa_version ffa_status_since(int32_t status)
{
	switch (status) {
	case FFA_NOT_SUPPORTED:
		return FFA_VERSION_1_0;
	case FFA_INVALID_PARAMETERS:
		return FFA_VERSION_1_0;
	case FFA_NO_MEMORY:
		return FFA_VERSION_1_0;
	case FFA_BUSY:
		return FFA_VERSION_1_0;
	case FFA_INTERRUPTED:
		return FFA_VERSION_1_0;
	case FFA_DENIED:
		return FFA_VERSION_1_0;
	case FFA_RETRY:
		return FFA_VERSION_1_0;
	case FFA_ABORTED:
		return FFA_VERSION_1_0;
	case FFA_NO_DATA:
		return FFA_VERSION_1_1;
	case FFA_NOT_READY:
		return FFA_VERSION_1_2;
	default:
		return (enum ffa_version)0x7fffffff;
	}
}

/*
 * The status a caller gets instead of one its version does not define, or
 * one FF-A does not define: What a caller gets instead of a status its FF-A version does not define (NO_DATA before 1.1, NOT_READY before 1.2) or that FF-A does not define at all (-11, a positive value, 0x80038003): the mediator answers ABORTED, which every version has and which blames no parameter of the caller, and logs a warning. It applies at both boundaries: to the SPMC's FFA_ERROR replies at the version the mediator negotiated with it, and to every FFA_ERROR a VM receives at the VM's version. The low 32 bits of w2 are the status: an SMC32 reply's upper half is not part of it, and real SPMCs (TF-A) fill it with the sign.
 * (DEN0077A v1.2 §11.2 Table 11.2)
 */
#define FFA_STATUS_FALLBACK FFA_ABORTED

/*
 * The status in w2 of an FFA_ERROR, as a caller at version v may be given
 * it: the low 32 bits if FF-A defines that status at v, FFA_STATUS_FALLBACK
 * otherwise. Every status that crosses the mediator goes through here.
 */
static inline int32_t ffa_status_at(uint64_t w2, enum ffa_version v)
{
	const int32_t status = (int32_t)(uint32_t)w2;

	/* Every status is negative; saying so lets a compiler see a decoder's
	 * error path never returns FFA_OK. */
	return status < 0 && ffa_status_since(status) <= v ? status : FFA_STATUS_FALLBACK;
}

/* Function numbers and ids (DEN0077A §11.1: FFA_FUNCTION_ID_SMC32_BASE or _SMC64_BASE | n). */
#define FFA_FN_ERROR 0x60
#define FFA_ERROR_32 0x84000060U
#define FFA_FN_SUCCESS 0x61
#define FFA_SUCCESS_32 0x84000061U
#define FFA_SUCCESS_64 0xc4000061U
#define FFA_FN_INTERRUPT 0x62
#define FFA_INTERRUPT_32 0x84000062U
#define FFA_FN_VERSION 0x63
#define FFA_VERSION_32 0x84000063U
#define FFA_FN_FEATURES 0x64
#define FFA_FEATURES_32 0x84000064U
#define FFA_FN_RX_RELEASE 0x65
#define FFA_RX_RELEASE_32 0x84000065U
#define FFA_FN_RXTX_MAP 0x66
#define FFA_RXTX_MAP_32 0x84000066U
#define FFA_RXTX_MAP_64 0xc4000066U
#define FFA_FN_RXTX_UNMAP 0x67
#define FFA_RXTX_UNMAP_32 0x84000067U
#define FFA_FN_PARTITION_INFO_GET 0x68
#define FFA_PARTITION_INFO_GET_32 0x84000068U
#define FFA_FN_ID_GET 0x69
#define FFA_ID_GET_32 0x84000069U
#define FFA_FN_MSG_POLL 0x6a
#define FFA_MSG_POLL_32 0x8400006aU
#define FFA_FN_MSG_WAIT 0x6b
#define FFA_MSG_WAIT_32 0x8400006bU
#define FFA_FN_YIELD 0x6c
#define FFA_YIELD_32 0x8400006cU
#define FFA_FN_RUN 0x6d
#define FFA_RUN_32 0x8400006dU
#define FFA_FN_MSG_SEND 0x6e
#define FFA_MSG_SEND_32 0x8400006eU
#define FFA_FN_MSG_SEND_DIRECT_REQ 0x6f
#define FFA_MSG_SEND_DIRECT_REQ_32 0x8400006fU
#define FFA_MSG_SEND_DIRECT_REQ_64 0xc400006fU
#define FFA_FN_MSG_SEND_DIRECT_RESP 0x70
#define FFA_MSG_SEND_DIRECT_RESP_32 0x84000070U
#define FFA_MSG_SEND_DIRECT_RESP_64 0xc4000070U
#define FFA_FN_MEM_DONATE 0x71
#define FFA_MEM_DONATE_32 0x84000071U
#define FFA_MEM_DONATE_64 0xc4000071U
#define FFA_FN_MEM_LEND 0x72
#define FFA_MEM_LEND_32 0x84000072U
#define FFA_MEM_LEND_64 0xc4000072U
#define FFA_FN_MEM_SHARE 0x73
#define FFA_MEM_SHARE_32 0x84000073U
#define FFA_MEM_SHARE_64 0xc4000073U
#define FFA_FN_MEM_RETRIEVE_REQ 0x74
#define FFA_MEM_RETRIEVE_REQ_32 0x84000074U
#define FFA_MEM_RETRIEVE_REQ_64 0xc4000074U
#define FFA_FN_MEM_RETRIEVE_RESP 0x75
#define FFA_MEM_RETRIEVE_RESP_32 0x84000075U
#define FFA_FN_MEM_RELINQUISH 0x76
#define FFA_MEM_RELINQUISH_32 0x84000076U
#define FFA_FN_MEM_RECLAIM 0x77
#define FFA_MEM_RECLAIM_32 0x84000077U
#define FFA_FN_MEM_OP_PAUSE 0x78
#define FFA_MEM_OP_PAUSE_32 0x84000078U
#define FFA_FN_MEM_OP_RESUME 0x79
#define FFA_MEM_OP_RESUME_32 0x84000079U
#define FFA_FN_MEM_FRAG_RX 0x7a
#define FFA_MEM_FRAG_RX_32 0x8400007aU
#define FFA_FN_MEM_FRAG_TX 0x7b
#define FFA_MEM_FRAG_TX_32 0x8400007bU
#define FFA_FN_NORMAL_WORLD_RESUME 0x7c
#define FFA_NORMAL_WORLD_RESUME_32 0x8400007cU
#define FFA_FN_NOTIFICATION_BITMAP_CREATE 0x7d
#define FFA_NOTIFICATION_BITMAP_CREATE_32 0x8400007dU
#define FFA_FN_NOTIFICATION_BITMAP_DESTROY 0x7e
#define FFA_NOTIFICATION_BITMAP_DESTROY_32 0x8400007eU
#define FFA_FN_NOTIFICATION_BIND 0x7f
#define FFA_NOTIFICATION_BIND_32 0x8400007fU
#define FFA_FN_NOTIFICATION_UNBIND 0x80
#define FFA_NOTIFICATION_UNBIND_32 0x84000080U
#define FFA_FN_NOTIFICATION_SET 0x81
#define FFA_NOTIFICATION_SET_32 0x84000081U
#define FFA_FN_NOTIFICATION_GET 0x82
#define FFA_NOTIFICATION_GET_32 0x84000082U
#define FFA_FN_NOTIFICATION_INFO_GET 0x83
#define FFA_NOTIFICATION_INFO_GET_32 0x84000083U
#define FFA_NOTIFICATION_INFO_GET_64 0xc4000083U
#define FFA_FN_RX_ACQUIRE 0x84
#define FFA_RX_ACQUIRE_32 0x84000084U
#define FFA_FN_SPM_ID_GET 0x85
#define FFA_SPM_ID_GET_32 0x84000085U
#define FFA_FN_MSG_SEND2 0x86
#define FFA_MSG_SEND2_32 0x84000086U
#define FFA_FN_SECONDARY_EP_REGISTER 0x87
#define FFA_SECONDARY_EP_REGISTER_32 0x84000087U
#define FFA_SECONDARY_EP_REGISTER_64 0xc4000087U
#define FFA_FN_MEM_PERM_GET 0x88
#define FFA_MEM_PERM_GET_32 0x84000088U
#define FFA_MEM_PERM_GET_64 0xc4000088U
#define FFA_FN_MEM_PERM_SET 0x89
#define FFA_MEM_PERM_SET_32 0x84000089U
#define FFA_MEM_PERM_SET_64 0xc4000089U
#define FFA_FN_CONSOLE_LOG 0x8a
#define FFA_CONSOLE_LOG_32 0x8400008aU
#define FFA_CONSOLE_LOG_64 0xc400008aU
#define FFA_FN_PARTITION_INFO_GET_REGS 0x8b
#define FFA_PARTITION_INFO_GET_REGS_64 0xc400008bU
#define FFA_FN_EL3_INTR_HANDLE 0x8c
#define FFA_EL3_INTR_HANDLE_32 0x8400008cU
#define FFA_FN_MSG_SEND_DIRECT_REQ2 0x8d
#define FFA_MSG_SEND_DIRECT_REQ2_64 0xc400008dU
#define FFA_FN_MSG_SEND_DIRECT_RESP2 0x8e
#define FFA_MSG_SEND_DIRECT_RESP2_64 0xc400008eU
#define FFA_FN_NS_RES_INFO_GET 0x8f
#define FFA_NS_RES_INFO_GET_64 0xc400008fU
#define FFA_FN_ABORT 0x90
#define FFA_ABORT_32 0x84000090U
#define FFA_ABORT_64 0xc4000090U

/* Constants. */
#define FFA_HYPERVISOR_ID 0x0U /* Endpoint id of the hypervisor, also the sender id a hypervisor uses for its own calls. */
#define FFA_HANDLE_INVALID UINT64_C(0xffffffffffffffff) /* The invalid memory handle (all ones); also the handle in VM created/destroyed messages that carry none. */
#define FFA_PAGE_SIZE 0x1000U /* The translation granule every FF-A page count is expressed in (4K), whatever the caller's own page size. */
#define FFA_FUNCTION_ID_SMC32_BASE 0x84000000U /* Fast call, SMC32, owner 4 (standard secure service); OR in the function number. */
#define FFA_FUNCTION_ID_SMC64_BASE 0xc4000000U /* Fast call, SMC64, owner 4 (standard secure service); OR in the function number. */
#define FFA_FUNCTION_NUMBER_FIRST 0x60U /* First function number SMCCC reserves for FF-A in the standard secure service; ids below are not FF-A's. */
#define FFA_FUNCTION_NUMBER_LAST 0xefU /* Last function number SMCCC reserves for FF-A in the standard secure service. */
#define FFA_DESCRIPTOR_ALIGNMENT 0x8U /* Alignment of the offsets at which one descriptor places another in a buffer (endpoint RX/TX, memory region descriptors). */
#define FFA_RXTX_MAP_MAX_PAGES 0x3fU /* Largest page count w3[5:0] of FFA_RXTX_MAP can express. */

/* Named scalar types. */
typedef uint16_t ffa_vcpu_id_t; /* An execution context (vCPU) index of an endpoint. */
typedef uint64_t ffa_mem_handle_t; /* A 64-bit memory region handle; bit 63 says who allocated it (1 hypervisor, 0 SPMC). */
typedef uint64_t ffa_notification_bitmap_t; /* A 64-bit set of notification ids, bit n = notification n. */

/* Enumerations. */
/* instance: DEN0077A v1.2 §2.9 */
enum ffa_instance {
	FFA_INSTANCE_VM = 0,
	FFA_INSTANCE_HYP = 1,
	FFA_INSTANCE_SP = 2,
	FFA_INSTANCE_SPMC = 3,
};

/* framework-msg: DEN0077A v1.2 §18.2.1 */
enum ffa_framework_msg {
	FFA_FRAMEWORK_MSG_PSCI_REQ = 0,
	FFA_FRAMEWORK_MSG_WARM_BOOT_REQ = 1,
	FFA_FRAMEWORK_MSG_PM_RESP = 2,
	FFA_FRAMEWORK_MSG_VM_CREATED_REQ = 4, /* since 1.1 */
	FFA_FRAMEWORK_MSG_VM_CREATED_RESP = 5, /* since 1.1 */
	FFA_FRAMEWORK_MSG_VM_DESTROYED_REQ = 6, /* since 1.1 */
	FFA_FRAMEWORK_MSG_VM_DESTROYED_RESP = 7, /* since 1.1 */
	FFA_FRAMEWORK_MSG_VERSION_REQ = 8, /* since 1.2 */
	FFA_FRAMEWORK_MSG_VERSION_RESP = 9, /* since 1.2 */
};

/* partition-id-type: DEN0077A v1.2 §6.2.3 */
enum ffa_partition_id_type {
	FFA_PARTITION_ID_TYPE_PE_ENDPOINT = 0,
	FFA_PARTITION_ID_TYPE_SEPID_INDEPENDENT = 1,
	FFA_PARTITION_ID_TYPE_SEPID_DEPENDENT = 2,
	FFA_PARTITION_ID_TYPE_AUXILIARY = 3,
};

/* rxtx-granule: DEN0077A v1.2 §13.3.2 */
enum ffa_rxtx_granule {
	FFA_RXTX_GRANULE_GRANULE_4K = 0,
	FFA_RXTX_GRANULE_GRANULE_64K = 1,
	FFA_RXTX_GRANULE_GRANULE_16K = 2,
};

/* mem-type: DEN0077A v1.1 §10 Table 10.18 */
enum ffa_mem_type {
	FFA_MEM_TYPE_NOT_SPECIFIED = 0,
	FFA_MEM_TYPE_DEVICE = 1,
	FFA_MEM_TYPE_NORMAL = 2,
};

/* mem-cacheability: DEN0077A v1.1 §10 Table 10.18 */
enum ffa_mem_cacheability {
	FFA_MEM_CACHEABILITY_NON_CACHEABLE = 1,
	FFA_MEM_CACHEABILITY_WRITE_BACK = 3,
};

/* device-mem-attributes: DEN0077A v1.1 §10 Table 10.18 */
enum ffa_device_mem_attributes {
	FFA_DEVICE_MEM_ATTRIBUTES_NGNRNE = 0,
	FFA_DEVICE_MEM_ATTRIBUTES_NGNRE = 1,
	FFA_DEVICE_MEM_ATTRIBUTES_NGRE = 2,
	FFA_DEVICE_MEM_ATTRIBUTES_GRE = 3,
};

/* mem-shareability: DEN0077A v1.1 §10 Table 10.18 */
enum ffa_mem_shareability {
	FFA_MEM_SHAREABILITY_NON_SHAREABLE = 0,
	FFA_MEM_SHAREABILITY_OUTER_SHAREABLE = 2,
	FFA_MEM_SHAREABILITY_INNER_SHAREABLE = 3,
};

/* mem-data-access: DEN0077A v1.1 §10 Table 10.15 */
enum ffa_mem_data_access {
	FFA_MEM_DATA_ACCESS_NOT_SPECIFIED = 0,
	FFA_MEM_DATA_ACCESS_READ_ONLY = 1,
	FFA_MEM_DATA_ACCESS_READ_WRITE = 2,
};

/* mem-instruction-access: DEN0077A v1.1 §10 Table 10.15 */
enum ffa_mem_instruction_access {
	FFA_MEM_INSTRUCTION_ACCESS_NOT_SPECIFIED = 0,
	FFA_MEM_INSTRUCTION_ACCESS_NOT_EXECUTABLE = 1,
	FFA_MEM_INSTRUCTION_ACCESS_EXECUTABLE = 2,
};

/* mem-transaction-type: DEN0077A v1.1 §10 Table 10.20 */
enum ffa_mem_transaction_type {
	FFA_MEM_TRANSACTION_TYPE_UNSPECIFIED = 0,
	FFA_MEM_TRANSACTION_TYPE_SHARE = 1,
	FFA_MEM_TRANSACTION_TYPE_LEND = 2,
	FFA_MEM_TRANSACTION_TYPE_DONATE = 3,
};

/*
 * Bitfields: FFA_<WORD>_<FIELD>_SHIFT/_WIDTH/_MASK (mask in place), and
 * ffa_<word>_get_<field>() / ffa_<word>_set_<field>() accessors. A field
 * with copies takes an index; copy i sits i widths above the first.
 */
/* version-number (32 bits): DEN0077A v1.2 §13.2.1 */
#define FFA_VERSION_NUMBER_MINOR_SHIFT 0
#define FFA_VERSION_NUMBER_MINOR_WIDTH 16
#define FFA_VERSION_NUMBER_MINOR_MASK 0xffffU
static inline uint32_t ffa_version_number_get_minor(uint32_t w)
{
	return (uint32_t)((w >> 0) & 0xffffU);
}

static inline uint32_t ffa_version_number_set_minor(uint32_t w, uint32_t v)
{
	return (uint32_t)((w & ~(uint32_t)0xffffU) | ((uint32_t)(v & 0xffffU) << 0));
}

#define FFA_VERSION_NUMBER_MAJOR_SHIFT 16
#define FFA_VERSION_NUMBER_MAJOR_WIDTH 15
#define FFA_VERSION_NUMBER_MAJOR_MASK 0x7fff0000U
static inline uint32_t ffa_version_number_get_major(uint32_t w)
{
	return (uint32_t)((w >> 16) & 0x7fffU);
}

static inline uint32_t ffa_version_number_set_major(uint32_t w, uint32_t v)
{
	return (uint32_t)((w & ~(uint32_t)0x7fff0000U) | ((uint32_t)(v & 0x7fffU) << 16));
}

#define FFA_VERSION_NUMBER_MBZ_MASK 0x80000000U

/* The bits of version-number that version v defines. */
static inline uint32_t ffa_version_number_fields_at(enum ffa_version v)
{
	(void)v;
	return (uint32_t)0x7fffffffU;
}

/* function-id (32 bits): DEN0077A v1.2 §11.1 */
#define FFA_FUNCTION_ID_NUMBER_SHIFT 0
#define FFA_FUNCTION_ID_NUMBER_WIDTH 16
#define FFA_FUNCTION_ID_NUMBER_MASK 0xffffU
static inline uint32_t ffa_function_id_get_number(uint32_t w)
{
	return (uint32_t)((w >> 0) & 0xffffU);
}

static inline uint32_t ffa_function_id_set_number(uint32_t w, uint32_t v)
{
	return (uint32_t)((w & ~(uint32_t)0xffffU) | ((uint32_t)(v & 0xffffU) << 0));
}

#define FFA_FUNCTION_ID_OWNER_SHIFT 24
#define FFA_FUNCTION_ID_OWNER_WIDTH 6
#define FFA_FUNCTION_ID_OWNER_MASK 0x3f000000U
static inline uint32_t ffa_function_id_get_owner(uint32_t w)
{
	return (uint32_t)((w >> 24) & 0x3fU);
}

static inline uint32_t ffa_function_id_set_owner(uint32_t w, uint32_t v)
{
	return (uint32_t)((w & ~(uint32_t)0x3f000000U) | ((uint32_t)(v & 0x3fU) << 24));
}

#define FFA_FUNCTION_ID_SMC64_SHIFT 30
#define FFA_FUNCTION_ID_SMC64_WIDTH 1
#define FFA_FUNCTION_ID_SMC64_MASK 0x40000000U
static inline uint32_t ffa_function_id_get_smc64(uint32_t w)
{
	return (uint32_t)((w >> 30) & 0x1U);
}

static inline uint32_t ffa_function_id_set_smc64(uint32_t w, uint32_t v)
{
	return (uint32_t)((w & ~(uint32_t)0x40000000U) | ((uint32_t)(v & 0x1U) << 30));
}

#define FFA_FUNCTION_ID_FAST_CALL_SHIFT 31
#define FFA_FUNCTION_ID_FAST_CALL_WIDTH 1
#define FFA_FUNCTION_ID_FAST_CALL_MASK 0x80000000U
static inline uint32_t ffa_function_id_get_fast_call(uint32_t w)
{
	return (uint32_t)((w >> 31) & 0x1U);
}

static inline uint32_t ffa_function_id_set_fast_call(uint32_t w, uint32_t v)
{
	return (uint32_t)((w & ~(uint32_t)0x80000000U) | ((uint32_t)(v & 0x1U) << 31));
}

#define FFA_FUNCTION_ID_MBZ_MASK 0x0U

/* The bits of function-id that version v defines. */
static inline uint32_t ffa_function_id_fields_at(enum ffa_version v)
{
	(void)v;
	return (uint32_t)0xff00ffffU;
}

/* endpoint-id (16 bits): DEN0077A v1.2 §6.1 */
#define FFA_ENDPOINT_ID_INDEX_SHIFT 0
#define FFA_ENDPOINT_ID_INDEX_WIDTH 15
#define FFA_ENDPOINT_ID_INDEX_MASK 0x7fffU
static inline uint16_t ffa_endpoint_id_get_index(uint16_t w)
{
	return (uint16_t)((w >> 0) & 0x7fffU);
}

static inline uint16_t ffa_endpoint_id_set_index(uint16_t w, uint16_t v)
{
	return (uint16_t)((w & ~(uint16_t)0x7fffU) | ((uint16_t)(v & 0x7fffU) << 0));
}

#define FFA_ENDPOINT_ID_SECURE_SHIFT 15
#define FFA_ENDPOINT_ID_SECURE_WIDTH 1
#define FFA_ENDPOINT_ID_SECURE_MASK 0x8000U
static inline uint16_t ffa_endpoint_id_get_secure(uint16_t w)
{
	return (uint16_t)((w >> 15) & 0x1U);
}

static inline uint16_t ffa_endpoint_id_set_secure(uint16_t w, uint16_t v)
{
	return (uint16_t)((w & ~(uint16_t)0x8000U) | ((uint16_t)(v & 0x1U) << 15));
}

#define FFA_ENDPOINT_ID_MBZ_MASK 0x0U

/* The bits of endpoint-id that version v defines. */
static inline uint16_t ffa_endpoint_id_fields_at(enum ffa_version v)
{
	(void)v;
	return (uint16_t)0xffffU;
}

/* partition-properties (32 bits): DEN0077A v1.2 §6.2.3 Table 6.2 */
#define FFA_PARTITION_PROPERTIES_DIRECT_REQ_RECV_SHIFT 0
#define FFA_PARTITION_PROPERTIES_DIRECT_REQ_RECV_WIDTH 1
#define FFA_PARTITION_PROPERTIES_DIRECT_REQ_RECV_MASK 0x1U
static inline uint32_t ffa_partition_properties_get_direct_req_recv(uint32_t w)
{
	return (uint32_t)((w >> 0) & 0x1U);
}

static inline uint32_t ffa_partition_properties_set_direct_req_recv(uint32_t w, uint32_t v)
{
	return (uint32_t)((w & ~(uint32_t)0x1U) | ((uint32_t)(v & 0x1U) << 0));
}

#define FFA_PARTITION_PROPERTIES_DIRECT_REQ_SEND_SHIFT 1
#define FFA_PARTITION_PROPERTIES_DIRECT_REQ_SEND_WIDTH 1
#define FFA_PARTITION_PROPERTIES_DIRECT_REQ_SEND_MASK 0x2U
static inline uint32_t ffa_partition_properties_get_direct_req_send(uint32_t w)
{
	return (uint32_t)((w >> 1) & 0x1U);
}

static inline uint32_t ffa_partition_properties_set_direct_req_send(uint32_t w, uint32_t v)
{
	return (uint32_t)((w & ~(uint32_t)0x2U) | ((uint32_t)(v & 0x1U) << 1));
}

#define FFA_PARTITION_PROPERTIES_INDIRECT_MSG_SHIFT 2
#define FFA_PARTITION_PROPERTIES_INDIRECT_MSG_WIDTH 1
#define FFA_PARTITION_PROPERTIES_INDIRECT_MSG_MASK 0x4U
static inline uint32_t ffa_partition_properties_get_indirect_msg(uint32_t w)
{
	return (uint32_t)((w >> 2) & 0x1U);
}

static inline uint32_t ffa_partition_properties_set_indirect_msg(uint32_t w, uint32_t v)
{
	return (uint32_t)((w & ~(uint32_t)0x4U) | ((uint32_t)(v & 0x1U) << 2));
}

#define FFA_PARTITION_PROPERTIES_NOTIFICATIONS_SHIFT 3
#define FFA_PARTITION_PROPERTIES_NOTIFICATIONS_WIDTH 1
#define FFA_PARTITION_PROPERTIES_NOTIFICATIONS_MASK 0x8U
static inline uint32_t ffa_partition_properties_get_notifications(uint32_t w)
{
	return (uint32_t)((w >> 3) & 0x1U);
}

static inline uint32_t ffa_partition_properties_set_notifications(uint32_t w, uint32_t v)
{
	return (uint32_t)((w & ~(uint32_t)0x8U) | ((uint32_t)(v & 0x1U) << 3));
}

#define FFA_PARTITION_PROPERTIES_ID_TYPE_SHIFT 4
#define FFA_PARTITION_PROPERTIES_ID_TYPE_WIDTH 2
#define FFA_PARTITION_PROPERTIES_ID_TYPE_MASK 0x30U
static inline uint32_t ffa_partition_properties_get_id_type(uint32_t w)
{
	return (uint32_t)((w >> 4) & 0x3U);
}

static inline uint32_t ffa_partition_properties_set_id_type(uint32_t w, uint32_t v)
{
	return (uint32_t)((w & ~(uint32_t)0x30U) | ((uint32_t)(v & 0x3U) << 4));
}

#define FFA_PARTITION_PROPERTIES_VM_CREATED_MSG_SHIFT 6
#define FFA_PARTITION_PROPERTIES_VM_CREATED_MSG_WIDTH 1
#define FFA_PARTITION_PROPERTIES_VM_CREATED_MSG_MASK 0x40U
static inline uint32_t ffa_partition_properties_get_vm_created_msg(uint32_t w)
{
	return (uint32_t)((w >> 6) & 0x1U);
}

static inline uint32_t ffa_partition_properties_set_vm_created_msg(uint32_t w, uint32_t v)
{
	return (uint32_t)((w & ~(uint32_t)0x40U) | ((uint32_t)(v & 0x1U) << 6));
}

#define FFA_PARTITION_PROPERTIES_VM_DESTROYED_MSG_SHIFT 7
#define FFA_PARTITION_PROPERTIES_VM_DESTROYED_MSG_WIDTH 1
#define FFA_PARTITION_PROPERTIES_VM_DESTROYED_MSG_MASK 0x80U
static inline uint32_t ffa_partition_properties_get_vm_destroyed_msg(uint32_t w)
{
	return (uint32_t)((w >> 7) & 0x1U);
}

static inline uint32_t ffa_partition_properties_set_vm_destroyed_msg(uint32_t w, uint32_t v)
{
	return (uint32_t)((w & ~(uint32_t)0x80U) | ((uint32_t)(v & 0x1U) << 7));
}

#define FFA_PARTITION_PROPERTIES_AARCH64_SHIFT 8
#define FFA_PARTITION_PROPERTIES_AARCH64_WIDTH 1
#define FFA_PARTITION_PROPERTIES_AARCH64_MASK 0x100U
static inline uint32_t ffa_partition_properties_get_aarch64(uint32_t w)
{
	return (uint32_t)((w >> 8) & 0x1U);
}

static inline uint32_t ffa_partition_properties_set_aarch64(uint32_t w, uint32_t v)
{
	return (uint32_t)((w & ~(uint32_t)0x100U) | ((uint32_t)(v & 0x1U) << 8));
}

#define FFA_PARTITION_PROPERTIES_DIRECT_REQ2_RECV_SHIFT 9
#define FFA_PARTITION_PROPERTIES_DIRECT_REQ2_RECV_WIDTH 1
#define FFA_PARTITION_PROPERTIES_DIRECT_REQ2_RECV_MASK 0x200U
static inline uint32_t ffa_partition_properties_get_direct_req2_recv(uint32_t w)
{
	return (uint32_t)((w >> 9) & 0x1U);
}

static inline uint32_t ffa_partition_properties_set_direct_req2_recv(uint32_t w, uint32_t v)
{
	return (uint32_t)((w & ~(uint32_t)0x200U) | ((uint32_t)(v & 0x1U) << 9));
}

#define FFA_PARTITION_PROPERTIES_DIRECT_REQ2_SEND_SHIFT 10
#define FFA_PARTITION_PROPERTIES_DIRECT_REQ2_SEND_WIDTH 1
#define FFA_PARTITION_PROPERTIES_DIRECT_REQ2_SEND_MASK 0x400U
static inline uint32_t ffa_partition_properties_get_direct_req2_send(uint32_t w)
{
	return (uint32_t)((w >> 10) & 0x1U);
}

static inline uint32_t ffa_partition_properties_set_direct_req2_send(uint32_t w, uint32_t v)
{
	return (uint32_t)((w & ~(uint32_t)0x400U) | ((uint32_t)(v & 0x1U) << 10));
}

#define FFA_PARTITION_PROPERTIES_MBZ_MASK 0x0U

/* The bits of partition-properties that version v defines. */
static inline uint32_t ffa_partition_properties_fields_at(enum ffa_version v)
{
	(void)v;
	return (uint32_t)(v >= FFA_VERSION_1_2 ? 0x7ffU : v >= FFA_VERSION_1_1 ? 0x1ffU : 0x7U);
}

/* direct-msg-endpoints (32 bits): DEN0077A v1.2 §15.2.1 */
#define FFA_DIRECT_MSG_ENDPOINTS_DESTINATION_SHIFT 0
#define FFA_DIRECT_MSG_ENDPOINTS_DESTINATION_WIDTH 16
#define FFA_DIRECT_MSG_ENDPOINTS_DESTINATION_MASK 0xffffU
static inline uint32_t ffa_direct_msg_endpoints_get_destination(uint32_t w)
{
	return (uint32_t)((w >> 0) & 0xffffU);
}

static inline uint32_t ffa_direct_msg_endpoints_set_destination(uint32_t w, uint32_t v)
{
	return (uint32_t)((w & ~(uint32_t)0xffffU) | ((uint32_t)(v & 0xffffU) << 0));
}

#define FFA_DIRECT_MSG_ENDPOINTS_SOURCE_SHIFT 16
#define FFA_DIRECT_MSG_ENDPOINTS_SOURCE_WIDTH 16
#define FFA_DIRECT_MSG_ENDPOINTS_SOURCE_MASK 0xffff0000U
static inline uint32_t ffa_direct_msg_endpoints_get_source(uint32_t w)
{
	return (uint32_t)((w >> 16) & 0xffffU);
}

static inline uint32_t ffa_direct_msg_endpoints_set_source(uint32_t w, uint32_t v)
{
	return (uint32_t)((w & ~(uint32_t)0xffff0000U) | ((uint32_t)(v & 0xffffU) << 16));
}

#define FFA_DIRECT_MSG_ENDPOINTS_MBZ_MASK 0x0U

/* The bits of direct-msg-endpoints that version v defines. */
static inline uint32_t ffa_direct_msg_endpoints_fields_at(enum ffa_version v)
{
	(void)v;
	return (uint32_t)0xffffffffU;
}

/* direct-msg-flags (32 bits): DEN0077A v1.2 §15.2.1 */
#define FFA_DIRECT_MSG_FLAGS_FRAMEWORK_TYPE_SHIFT 0
#define FFA_DIRECT_MSG_FLAGS_FRAMEWORK_TYPE_WIDTH 8
#define FFA_DIRECT_MSG_FLAGS_FRAMEWORK_TYPE_MASK 0xffU
static inline uint32_t ffa_direct_msg_flags_get_framework_type(uint32_t w)
{
	return (uint32_t)((w >> 0) & 0xffU);
}

static inline uint32_t ffa_direct_msg_flags_set_framework_type(uint32_t w, uint32_t v)
{
	return (uint32_t)((w & ~(uint32_t)0xffU) | ((uint32_t)(v & 0xffU) << 0));
}

#define FFA_DIRECT_MSG_FLAGS_FRAMEWORK_SHIFT 31
#define FFA_DIRECT_MSG_FLAGS_FRAMEWORK_WIDTH 1
#define FFA_DIRECT_MSG_FLAGS_FRAMEWORK_MASK 0x80000000U
static inline uint32_t ffa_direct_msg_flags_get_framework(uint32_t w)
{
	return (uint32_t)((w >> 31) & 0x1U);
}

static inline uint32_t ffa_direct_msg_flags_set_framework(uint32_t w, uint32_t v)
{
	return (uint32_t)((w & ~(uint32_t)0x80000000U) | ((uint32_t)(v & 0x1U) << 31));
}

#define FFA_DIRECT_MSG_FLAGS_MBZ_MASK 0x0U

/* The bits of direct-msg-flags that version v defines. */
static inline uint32_t ffa_direct_msg_flags_fields_at(enum ffa_version v)
{
	(void)v;
	return (uint32_t)0x800000ffU;
}

/* mem-attributes (16 bits): DEN0077A v1.1 §10 Table 10.18 */
#define FFA_MEM_ATTRIBUTES_SHAREABILITY_SHIFT 0
#define FFA_MEM_ATTRIBUTES_SHAREABILITY_WIDTH 2
#define FFA_MEM_ATTRIBUTES_SHAREABILITY_MASK 0x3U
static inline uint16_t ffa_mem_attributes_get_shareability(uint16_t w)
{
	return (uint16_t)((w >> 0) & 0x3U);
}

static inline uint16_t ffa_mem_attributes_set_shareability(uint16_t w, uint16_t v)
{
	return (uint16_t)((w & ~(uint16_t)0x3U) | ((uint16_t)(v & 0x3U) << 0));
}

#define FFA_MEM_ATTRIBUTES_CACHEABILITY_SHIFT 2
#define FFA_MEM_ATTRIBUTES_CACHEABILITY_WIDTH 2
#define FFA_MEM_ATTRIBUTES_CACHEABILITY_MASK 0xcU
static inline uint16_t ffa_mem_attributes_get_cacheability(uint16_t w)
{
	return (uint16_t)((w >> 2) & 0x3U);
}

static inline uint16_t ffa_mem_attributes_set_cacheability(uint16_t w, uint16_t v)
{
	return (uint16_t)((w & ~(uint16_t)0xcU) | ((uint16_t)(v & 0x3U) << 2));
}

#define FFA_MEM_ATTRIBUTES_MEM_TYPE_SHIFT 4
#define FFA_MEM_ATTRIBUTES_MEM_TYPE_WIDTH 2
#define FFA_MEM_ATTRIBUTES_MEM_TYPE_MASK 0x30U
static inline uint16_t ffa_mem_attributes_get_mem_type(uint16_t w)
{
	return (uint16_t)((w >> 4) & 0x3U);
}

static inline uint16_t ffa_mem_attributes_set_mem_type(uint16_t w, uint16_t v)
{
	return (uint16_t)((w & ~(uint16_t)0x30U) | ((uint16_t)(v & 0x3U) << 4));
}

#define FFA_MEM_ATTRIBUTES_NS_SHIFT 6
#define FFA_MEM_ATTRIBUTES_NS_WIDTH 1
#define FFA_MEM_ATTRIBUTES_NS_MASK 0x40U
static inline uint16_t ffa_mem_attributes_get_ns(uint16_t w)
{
	return (uint16_t)((w >> 6) & 0x1U);
}

static inline uint16_t ffa_mem_attributes_set_ns(uint16_t w, uint16_t v)
{
	return (uint16_t)((w & ~(uint16_t)0x40U) | ((uint16_t)(v & 0x1U) << 6));
}

#define FFA_MEM_ATTRIBUTES_MBZ_MASK 0xff80U

/* The bits of mem-attributes that version v defines. */
static inline uint16_t ffa_mem_attributes_fields_at(enum ffa_version v)
{
	(void)v;
	return (uint16_t)(v >= FFA_VERSION_1_1 ? 0x7fU : 0x3fU);
}

/* mem-attributes-v1-0 (8 bits): DEN0077A v1.0 §5 Table 44 */
#define FFA_MEM_ATTRIBUTES_V1_0_SHAREABILITY_SHIFT 0
#define FFA_MEM_ATTRIBUTES_V1_0_SHAREABILITY_WIDTH 2
#define FFA_MEM_ATTRIBUTES_V1_0_SHAREABILITY_MASK 0x3U
static inline uint8_t ffa_mem_attributes_v1_0_get_shareability(uint8_t w)
{
	return (uint8_t)((w >> 0) & 0x3U);
}

static inline uint8_t ffa_mem_attributes_v1_0_set_shareability(uint8_t w, uint8_t v)
{
	return (uint8_t)((w & ~(uint8_t)0x3U) | ((uint8_t)(v & 0x3U) << 0));
}

#define FFA_MEM_ATTRIBUTES_V1_0_CACHEABILITY_SHIFT 2
#define FFA_MEM_ATTRIBUTES_V1_0_CACHEABILITY_WIDTH 2
#define FFA_MEM_ATTRIBUTES_V1_0_CACHEABILITY_MASK 0xcU
static inline uint8_t ffa_mem_attributes_v1_0_get_cacheability(uint8_t w)
{
	return (uint8_t)((w >> 2) & 0x3U);
}

static inline uint8_t ffa_mem_attributes_v1_0_set_cacheability(uint8_t w, uint8_t v)
{
	return (uint8_t)((w & ~(uint8_t)0xcU) | ((uint8_t)(v & 0x3U) << 2));
}

#define FFA_MEM_ATTRIBUTES_V1_0_MEM_TYPE_SHIFT 4
#define FFA_MEM_ATTRIBUTES_V1_0_MEM_TYPE_WIDTH 2
#define FFA_MEM_ATTRIBUTES_V1_0_MEM_TYPE_MASK 0x30U
static inline uint8_t ffa_mem_attributes_v1_0_get_mem_type(uint8_t w)
{
	return (uint8_t)((w >> 4) & 0x3U);
}

static inline uint8_t ffa_mem_attributes_v1_0_set_mem_type(uint8_t w, uint8_t v)
{
	return (uint8_t)((w & ~(uint8_t)0x30U) | ((uint8_t)(v & 0x3U) << 4));
}

#define FFA_MEM_ATTRIBUTES_V1_0_MBZ_MASK 0xc0U

/* The bits of mem-attributes-v1-0 that version v defines. */
static inline uint8_t ffa_mem_attributes_v1_0_fields_at(enum ffa_version v)
{
	(void)v;
	return (uint8_t)0x3fU;
}

/* mem-permissions (8 bits): DEN0077A v1.1 §10 Table 10.15 */
#define FFA_MEM_PERMISSIONS_DATA_ACCESS_SHIFT 0
#define FFA_MEM_PERMISSIONS_DATA_ACCESS_WIDTH 2
#define FFA_MEM_PERMISSIONS_DATA_ACCESS_MASK 0x3U
static inline uint8_t ffa_mem_permissions_get_data_access(uint8_t w)
{
	return (uint8_t)((w >> 0) & 0x3U);
}

static inline uint8_t ffa_mem_permissions_set_data_access(uint8_t w, uint8_t v)
{
	return (uint8_t)((w & ~(uint8_t)0x3U) | ((uint8_t)(v & 0x3U) << 0));
}

#define FFA_MEM_PERMISSIONS_INSTRUCTION_ACCESS_SHIFT 2
#define FFA_MEM_PERMISSIONS_INSTRUCTION_ACCESS_WIDTH 2
#define FFA_MEM_PERMISSIONS_INSTRUCTION_ACCESS_MASK 0xcU
static inline uint8_t ffa_mem_permissions_get_instruction_access(uint8_t w)
{
	return (uint8_t)((w >> 2) & 0x3U);
}

static inline uint8_t ffa_mem_permissions_set_instruction_access(uint8_t w, uint8_t v)
{
	return (uint8_t)((w & ~(uint8_t)0xcU) | ((uint8_t)(v & 0x3U) << 2));
}

#define FFA_MEM_PERMISSIONS_MBZ_MASK 0xf0U

/* The bits of mem-permissions that version v defines. */
static inline uint8_t ffa_mem_permissions_fields_at(enum ffa_version v)
{
	(void)v;
	return (uint8_t)0xfU;
}

/* mem-access-flags (8 bits): DEN0077A v1.1 §10 Table 10.15 */
#define FFA_MEM_ACCESS_FLAGS_NON_RETRIEVAL_BORROWER_SHIFT 0
#define FFA_MEM_ACCESS_FLAGS_NON_RETRIEVAL_BORROWER_WIDTH 1
#define FFA_MEM_ACCESS_FLAGS_NON_RETRIEVAL_BORROWER_MASK 0x1U
static inline uint8_t ffa_mem_access_flags_get_non_retrieval_borrower(uint8_t w)
{
	return (uint8_t)((w >> 0) & 0x1U);
}

static inline uint8_t ffa_mem_access_flags_set_non_retrieval_borrower(uint8_t w, uint8_t v)
{
	return (uint8_t)((w & ~(uint8_t)0x1U) | ((uint8_t)(v & 0x1U) << 0));
}

#define FFA_MEM_ACCESS_FLAGS_MBZ_MASK 0xfeU

/* The bits of mem-access-flags that version v defines. */
static inline uint8_t ffa_mem_access_flags_fields_at(enum ffa_version v)
{
	(void)v;
	return (uint8_t)0x1U;
}

/* mem-transaction-flags (32 bits): DEN0077A v1.1 §10 Table 10.20 */
#define FFA_MEM_TRANSACTION_FLAGS_ZERO_MEMORY_SHIFT 0
#define FFA_MEM_TRANSACTION_FLAGS_ZERO_MEMORY_WIDTH 1
#define FFA_MEM_TRANSACTION_FLAGS_ZERO_MEMORY_MASK 0x1U
static inline uint32_t ffa_mem_transaction_flags_get_zero_memory(uint32_t w)
{
	return (uint32_t)((w >> 0) & 0x1U);
}

static inline uint32_t ffa_mem_transaction_flags_set_zero_memory(uint32_t w, uint32_t v)
{
	return (uint32_t)((w & ~(uint32_t)0x1U) | ((uint32_t)(v & 0x1U) << 0));
}

#define FFA_MEM_TRANSACTION_FLAGS_TIME_SLICE_SHIFT 1
#define FFA_MEM_TRANSACTION_FLAGS_TIME_SLICE_WIDTH 1
#define FFA_MEM_TRANSACTION_FLAGS_TIME_SLICE_MASK 0x2U
static inline uint32_t ffa_mem_transaction_flags_get_time_slice(uint32_t w)
{
	return (uint32_t)((w >> 1) & 0x1U);
}

static inline uint32_t ffa_mem_transaction_flags_set_time_slice(uint32_t w, uint32_t v)
{
	return (uint32_t)((w & ~(uint32_t)0x2U) | ((uint32_t)(v & 0x1U) << 1));
}

#define FFA_MEM_TRANSACTION_FLAGS_ZERO_AFTER_RELINQUISH_SHIFT 2
#define FFA_MEM_TRANSACTION_FLAGS_ZERO_AFTER_RELINQUISH_WIDTH 1
#define FFA_MEM_TRANSACTION_FLAGS_ZERO_AFTER_RELINQUISH_MASK 0x4U
static inline uint32_t ffa_mem_transaction_flags_get_zero_after_relinquish(uint32_t w)
{
	return (uint32_t)((w >> 2) & 0x1U);
}

static inline uint32_t ffa_mem_transaction_flags_set_zero_after_relinquish(uint32_t w, uint32_t v)
{
	return (uint32_t)((w & ~(uint32_t)0x4U) | ((uint32_t)(v & 0x1U) << 2));
}

#define FFA_MEM_TRANSACTION_FLAGS_TRANSACTION_TYPE_SHIFT 3
#define FFA_MEM_TRANSACTION_FLAGS_TRANSACTION_TYPE_WIDTH 2
#define FFA_MEM_TRANSACTION_FLAGS_TRANSACTION_TYPE_MASK 0x18U
static inline uint32_t ffa_mem_transaction_flags_get_transaction_type(uint32_t w)
{
	return (uint32_t)((w >> 3) & 0x3U);
}

static inline uint32_t ffa_mem_transaction_flags_set_transaction_type(uint32_t w, uint32_t v)
{
	return (uint32_t)((w & ~(uint32_t)0x18U) | ((uint32_t)(v & 0x3U) << 3));
}

#define FFA_MEM_TRANSACTION_FLAGS_ALIGN_HINT_SHIFT 5
#define FFA_MEM_TRANSACTION_FLAGS_ALIGN_HINT_WIDTH 4
#define FFA_MEM_TRANSACTION_FLAGS_ALIGN_HINT_MASK 0x1e0U
static inline uint32_t ffa_mem_transaction_flags_get_align_hint(uint32_t w)
{
	return (uint32_t)((w >> 5) & 0xfU);
}

static inline uint32_t ffa_mem_transaction_flags_set_align_hint(uint32_t w, uint32_t v)
{
	return (uint32_t)((w & ~(uint32_t)0x1e0U) | ((uint32_t)(v & 0xfU) << 5));
}

#define FFA_MEM_TRANSACTION_FLAGS_ALIGN_HINT_VALID_SHIFT 9
#define FFA_MEM_TRANSACTION_FLAGS_ALIGN_HINT_VALID_WIDTH 1
#define FFA_MEM_TRANSACTION_FLAGS_ALIGN_HINT_VALID_MASK 0x200U
static inline uint32_t ffa_mem_transaction_flags_get_align_hint_valid(uint32_t w)
{
	return (uint32_t)((w >> 9) & 0x1U);
}

static inline uint32_t ffa_mem_transaction_flags_set_align_hint_valid(uint32_t w, uint32_t v)
{
	return (uint32_t)((w & ~(uint32_t)0x200U) | ((uint32_t)(v & 0x1U) << 9));
}

#define FFA_MEM_TRANSACTION_FLAGS_BYPASS_BORROWER_CHECK_SHIFT 10
#define FFA_MEM_TRANSACTION_FLAGS_BYPASS_BORROWER_CHECK_WIDTH 1
#define FFA_MEM_TRANSACTION_FLAGS_BYPASS_BORROWER_CHECK_MASK 0x400U
static inline uint32_t ffa_mem_transaction_flags_get_bypass_borrower_check(uint32_t w)
{
	return (uint32_t)((w >> 10) & 0x1U);
}

static inline uint32_t ffa_mem_transaction_flags_set_bypass_borrower_check(uint32_t w, uint32_t v)
{
	return (uint32_t)((w & ~(uint32_t)0x400U) | ((uint32_t)(v & 0x1U) << 10));
}

#define FFA_MEM_TRANSACTION_FLAGS_MBZ_MASK 0xfffffc00U

/* The bits of mem-transaction-flags that version v defines. */
static inline uint32_t ffa_mem_transaction_flags_fields_at(enum ffa_version v)
{
	(void)v;
	return (uint32_t)(v >= FFA_VERSION_1_2 ? 0x7ffU : 0x3ffU);
}

/* mem-relinquish-flags (32 bits): DEN0077A v1.1 §16 Table 16.25 */
#define FFA_MEM_RELINQUISH_FLAGS_ZERO_MEMORY_SHIFT 0
#define FFA_MEM_RELINQUISH_FLAGS_ZERO_MEMORY_WIDTH 1
#define FFA_MEM_RELINQUISH_FLAGS_ZERO_MEMORY_MASK 0x1U
static inline uint32_t ffa_mem_relinquish_flags_get_zero_memory(uint32_t w)
{
	return (uint32_t)((w >> 0) & 0x1U);
}

static inline uint32_t ffa_mem_relinquish_flags_set_zero_memory(uint32_t w, uint32_t v)
{
	return (uint32_t)((w & ~(uint32_t)0x1U) | ((uint32_t)(v & 0x1U) << 0));
}

#define FFA_MEM_RELINQUISH_FLAGS_TIME_SLICE_SHIFT 1
#define FFA_MEM_RELINQUISH_FLAGS_TIME_SLICE_WIDTH 1
#define FFA_MEM_RELINQUISH_FLAGS_TIME_SLICE_MASK 0x2U
static inline uint32_t ffa_mem_relinquish_flags_get_time_slice(uint32_t w)
{
	return (uint32_t)((w >> 1) & 0x1U);
}

static inline uint32_t ffa_mem_relinquish_flags_set_time_slice(uint32_t w, uint32_t v)
{
	return (uint32_t)((w & ~(uint32_t)0x2U) | ((uint32_t)(v & 0x1U) << 1));
}

#define FFA_MEM_RELINQUISH_FLAGS_MBZ_MASK 0xfffffffcU

/* The bits of mem-relinquish-flags that version v defines. */
static inline uint32_t ffa_mem_relinquish_flags_fields_at(enum ffa_version v)
{
	(void)v;
	return (uint32_t)0x3U;
}

/* mem-reclaim-flags (32 bits): DEN0077A v1.1 §16 */
#define FFA_MEM_RECLAIM_FLAGS_ZERO_MEMORY_SHIFT 0
#define FFA_MEM_RECLAIM_FLAGS_ZERO_MEMORY_WIDTH 1
#define FFA_MEM_RECLAIM_FLAGS_ZERO_MEMORY_MASK 0x1U
static inline uint32_t ffa_mem_reclaim_flags_get_zero_memory(uint32_t w)
{
	return (uint32_t)((w >> 0) & 0x1U);
}

static inline uint32_t ffa_mem_reclaim_flags_set_zero_memory(uint32_t w, uint32_t v)
{
	return (uint32_t)((w & ~(uint32_t)0x1U) | ((uint32_t)(v & 0x1U) << 0));
}

#define FFA_MEM_RECLAIM_FLAGS_TIME_SLICE_SHIFT 1
#define FFA_MEM_RECLAIM_FLAGS_TIME_SLICE_WIDTH 1
#define FFA_MEM_RECLAIM_FLAGS_TIME_SLICE_MASK 0x2U
static inline uint32_t ffa_mem_reclaim_flags_get_time_slice(uint32_t w)
{
	return (uint32_t)((w >> 1) & 0x1U);
}

static inline uint32_t ffa_mem_reclaim_flags_set_time_slice(uint32_t w, uint32_t v)
{
	return (uint32_t)((w & ~(uint32_t)0x2U) | ((uint32_t)(v & 0x1U) << 1));
}

#define FFA_MEM_RECLAIM_FLAGS_MBZ_MASK 0xfffffffcU

/* The bits of mem-reclaim-flags that version v defines. */
static inline uint32_t ffa_mem_reclaim_flags_fields_at(enum ffa_version v)
{
	(void)v;
	return (uint32_t)0x3U;
}

/* partition-info-regs-info (64 bits): DEN0077A v1.2 §13.9 */
#define FFA_PARTITION_INFO_REGS_INFO_PARTITION_ID_SHIFT 0
#define FFA_PARTITION_INFO_REGS_INFO_PARTITION_ID_WIDTH 16
#define FFA_PARTITION_INFO_REGS_INFO_PARTITION_ID_MASK 0xffffU
static inline uint64_t ffa_partition_info_regs_info_get_partition_id(uint64_t w)
{
	return (uint64_t)((w >> 0) & 0xffffU);
}

static inline uint64_t ffa_partition_info_regs_info_set_partition_id(uint64_t w, uint64_t v)
{
	return (uint64_t)((w & ~(uint64_t)0xffffU) | ((uint64_t)(v & 0xffffU) << 0));
}

#define FFA_PARTITION_INFO_REGS_INFO_EXEC_CTX_COUNT_SHIFT 16
#define FFA_PARTITION_INFO_REGS_INFO_EXEC_CTX_COUNT_WIDTH 16
#define FFA_PARTITION_INFO_REGS_INFO_EXEC_CTX_COUNT_MASK 0xffff0000U
static inline uint64_t ffa_partition_info_regs_info_get_exec_ctx_count(uint64_t w)
{
	return (uint64_t)((w >> 16) & 0xffffU);
}

static inline uint64_t ffa_partition_info_regs_info_set_exec_ctx_count(uint64_t w, uint64_t v)
{
	return (uint64_t)((w & ~(uint64_t)0xffff0000U) | ((uint64_t)(v & 0xffffU) << 16));
}

#define FFA_PARTITION_INFO_REGS_INFO_PROPERTIES_SHIFT 32
#define FFA_PARTITION_INFO_REGS_INFO_PROPERTIES_WIDTH 32
#define FFA_PARTITION_INFO_REGS_INFO_PROPERTIES_MASK UINT64_C(0xffffffff00000000)
static inline uint64_t ffa_partition_info_regs_info_get_properties(uint64_t w)
{
	return (uint64_t)((w >> 32) & 0xffffffffU);
}

static inline uint64_t ffa_partition_info_regs_info_set_properties(uint64_t w, uint64_t v)
{
	return (uint64_t)((w & ~(uint64_t)UINT64_C(0xffffffff00000000)) | ((uint64_t)(v & 0xffffffffU) << 32));
}

#define FFA_PARTITION_INFO_REGS_INFO_MBZ_MASK 0x0U

/* The bits of partition-info-regs-info that version v defines. */
static inline uint64_t ffa_partition_info_regs_info_fields_at(enum ffa_version v)
{
	(void)v;
	return (uint64_t)UINT64_C(0xffffffffffffffff);
}

/* framework-notifications (32 bits): DEN0077A v1.2 §10.2 */
#define FFA_FRAMEWORK_NOTIFICATIONS_RX_BUFFER_FULL_SHIFT 0
#define FFA_FRAMEWORK_NOTIFICATIONS_RX_BUFFER_FULL_WIDTH 1
#define FFA_FRAMEWORK_NOTIFICATIONS_RX_BUFFER_FULL_MASK 0x1U
static inline uint32_t ffa_framework_notifications_get_rx_buffer_full(uint32_t w)
{
	return (uint32_t)((w >> 0) & 0x1U);
}

static inline uint32_t ffa_framework_notifications_set_rx_buffer_full(uint32_t w, uint32_t v)
{
	return (uint32_t)((w & ~(uint32_t)0x1U) | ((uint32_t)(v & 0x1U) << 0));
}

#define FFA_FRAMEWORK_NOTIFICATIONS_MBZ_MASK 0x0U

/* The bits of framework-notifications that version v defines. */
static inline uint32_t ffa_framework_notifications_fields_at(enum ffa_version v)
{
	(void)v;
	return (uint32_t)0x1U;
}

/* notification-info-get-flags (64 bits): DEN0077A v1.2 §16.7 */
#define FFA_NOTIFICATION_INFO_GET_FLAGS_MORE_PENDING_SHIFT 0
#define FFA_NOTIFICATION_INFO_GET_FLAGS_MORE_PENDING_WIDTH 1
#define FFA_NOTIFICATION_INFO_GET_FLAGS_MORE_PENDING_MASK 0x1U
static inline uint64_t ffa_notification_info_get_flags_get_more_pending(uint64_t w)
{
	return (uint64_t)((w >> 0) & 0x1U);
}

static inline uint64_t ffa_notification_info_get_flags_set_more_pending(uint64_t w, uint64_t v)
{
	return (uint64_t)((w & ~(uint64_t)0x1U) | ((uint64_t)(v & 0x1U) << 0));
}

#define FFA_NOTIFICATION_INFO_GET_FLAGS_LIST_COUNT_SHIFT 7
#define FFA_NOTIFICATION_INFO_GET_FLAGS_LIST_COUNT_WIDTH 5
#define FFA_NOTIFICATION_INFO_GET_FLAGS_LIST_COUNT_MASK 0xf80U
static inline uint64_t ffa_notification_info_get_flags_get_list_count(uint64_t w)
{
	return (uint64_t)((w >> 7) & 0x1fU);
}

static inline uint64_t ffa_notification_info_get_flags_set_list_count(uint64_t w, uint64_t v)
{
	return (uint64_t)((w & ~(uint64_t)0xf80U) | ((uint64_t)(v & 0x1fU) << 7));
}

#define FFA_NOTIFICATION_INFO_GET_FLAGS_LIST_SIZE_SHIFT 12
#define FFA_NOTIFICATION_INFO_GET_FLAGS_LIST_SIZE_WIDTH 2
#define FFA_NOTIFICATION_INFO_GET_FLAGS_LIST_SIZE_MASK 0x3000U
#define FFA_NOTIFICATION_INFO_GET_FLAGS_LIST_SIZE_COUNT 20
static inline uint64_t ffa_notification_info_get_flags_get_list_size(uint64_t w, unsigned int i)
{
	return (uint64_t)((w >> (12 + i * 2)) & 0x3U);
}

static inline uint64_t ffa_notification_info_get_flags_set_list_size(uint64_t w, unsigned int i, uint64_t v)
{
	const unsigned int shift = 12 + i * 2;

	return (uint64_t)((w & ~(((uint64_t)0x3U) << shift)) | ((v & 0x3U) << shift));
}

#define FFA_NOTIFICATION_INFO_GET_FLAGS_MBZ_MASK UINT64_C(0xfff000000000007e)

/* The bits of notification-info-get-flags that version v defines. */
static inline uint64_t ffa_notification_info_get_flags_fields_at(enum ffa_version v)
{
	(void)v;
	return (uint64_t)UINT64_C(0xfffffffffff81);
}

/* notification-info-get-flags-32 (32 bits): DEN0077A v1.2 §16.7 */
#define FFA_NOTIFICATION_INFO_GET_FLAGS_32_MORE_PENDING_SHIFT 0
#define FFA_NOTIFICATION_INFO_GET_FLAGS_32_MORE_PENDING_WIDTH 1
#define FFA_NOTIFICATION_INFO_GET_FLAGS_32_MORE_PENDING_MASK 0x1U
static inline uint32_t ffa_notification_info_get_flags_32_get_more_pending(uint32_t w)
{
	return (uint32_t)((w >> 0) & 0x1U);
}

static inline uint32_t ffa_notification_info_get_flags_32_set_more_pending(uint32_t w, uint32_t v)
{
	return (uint32_t)((w & ~(uint32_t)0x1U) | ((uint32_t)(v & 0x1U) << 0));
}

#define FFA_NOTIFICATION_INFO_GET_FLAGS_32_LIST_COUNT_SHIFT 7
#define FFA_NOTIFICATION_INFO_GET_FLAGS_32_LIST_COUNT_WIDTH 5
#define FFA_NOTIFICATION_INFO_GET_FLAGS_32_LIST_COUNT_MASK 0xf80U
static inline uint32_t ffa_notification_info_get_flags_32_get_list_count(uint32_t w)
{
	return (uint32_t)((w >> 7) & 0x1fU);
}

static inline uint32_t ffa_notification_info_get_flags_32_set_list_count(uint32_t w, uint32_t v)
{
	return (uint32_t)((w & ~(uint32_t)0xf80U) | ((uint32_t)(v & 0x1fU) << 7));
}

#define FFA_NOTIFICATION_INFO_GET_FLAGS_32_LIST_SIZE_SHIFT 12
#define FFA_NOTIFICATION_INFO_GET_FLAGS_32_LIST_SIZE_WIDTH 2
#define FFA_NOTIFICATION_INFO_GET_FLAGS_32_LIST_SIZE_MASK 0x3000U
#define FFA_NOTIFICATION_INFO_GET_FLAGS_32_LIST_SIZE_COUNT 10
static inline uint32_t ffa_notification_info_get_flags_32_get_list_size(uint32_t w, unsigned int i)
{
	return (uint32_t)((w >> (12 + i * 2)) & 0x3U);
}

static inline uint32_t ffa_notification_info_get_flags_32_set_list_size(uint32_t w, unsigned int i, uint32_t v)
{
	const unsigned int shift = 12 + i * 2;

	return (uint32_t)((w & ~(((uint32_t)0x3U) << shift)) | ((v & 0x3U) << shift));
}

#define FFA_NOTIFICATION_INFO_GET_FLAGS_32_MBZ_MASK 0x7eU

/* The bits of notification-info-get-flags-32 that version v defines. */
static inline uint32_t ffa_notification_info_get_flags_32_fields_at(enum ffa_version v)
{
	(void)v;
	return (uint32_t)0xffffff81U;
}

/* notification-info-ids-64 (64 bits): DEN0077A v1.2 §16.7 */
#define FFA_NOTIFICATION_INFO_IDS_64_ID_SHIFT 0
#define FFA_NOTIFICATION_INFO_IDS_64_ID_WIDTH 16
#define FFA_NOTIFICATION_INFO_IDS_64_ID_MASK 0xffffU
#define FFA_NOTIFICATION_INFO_IDS_64_ID_COUNT 4
static inline uint64_t ffa_notification_info_ids_64_get_id(uint64_t w, unsigned int i)
{
	return (uint64_t)((w >> (0 + i * 16)) & 0xffffU);
}

static inline uint64_t ffa_notification_info_ids_64_set_id(uint64_t w, unsigned int i, uint64_t v)
{
	const unsigned int shift = 0 + i * 16;

	return (uint64_t)((w & ~(((uint64_t)0xffffU) << shift)) | ((v & 0xffffU) << shift));
}

#define FFA_NOTIFICATION_INFO_IDS_64_MBZ_MASK 0x0U

/* The bits of notification-info-ids-64 that version v defines. */
static inline uint64_t ffa_notification_info_ids_64_fields_at(enum ffa_version v)
{
	(void)v;
	return (uint64_t)UINT64_C(0xffffffffffffffff);
}

/* notification-info-ids-32 (32 bits): DEN0077A v1.2 §16.7 */
#define FFA_NOTIFICATION_INFO_IDS_32_ID_SHIFT 0
#define FFA_NOTIFICATION_INFO_IDS_32_ID_WIDTH 16
#define FFA_NOTIFICATION_INFO_IDS_32_ID_MASK 0xffffU
#define FFA_NOTIFICATION_INFO_IDS_32_ID_COUNT 2
static inline uint32_t ffa_notification_info_ids_32_get_id(uint32_t w, unsigned int i)
{
	return (uint32_t)((w >> (0 + i * 16)) & 0xffffU);
}

static inline uint32_t ffa_notification_info_ids_32_set_id(uint32_t w, unsigned int i, uint32_t v)
{
	const unsigned int shift = 0 + i * 16;

	return (uint32_t)((w & ~(((uint32_t)0xffffU) << shift)) | ((v & 0xffffU) << shift));
}

#define FFA_NOTIFICATION_INFO_IDS_32_MBZ_MASK 0x0U

/* The bits of notification-info-ids-32 that version v defines. */
static inline uint32_t ffa_notification_info_ids_32_fields_at(enum ffa_version v)
{
	(void)v;
	return (uint32_t)0xffffffffU;
}

/* features-rxtx-map (32 bits): DEN0077A v1.2 §13.3.2 */
#define FFA_FEATURES_RXTX_MAP_MIN_BUFFER_SIZE_SHIFT 0
#define FFA_FEATURES_RXTX_MAP_MIN_BUFFER_SIZE_WIDTH 2
#define FFA_FEATURES_RXTX_MAP_MIN_BUFFER_SIZE_MASK 0x3U
static inline uint32_t ffa_features_rxtx_map_get_min_buffer_size(uint32_t w)
{
	return (uint32_t)((w >> 0) & 0x3U);
}

static inline uint32_t ffa_features_rxtx_map_set_min_buffer_size(uint32_t w, uint32_t v)
{
	return (uint32_t)((w & ~(uint32_t)0x3U) | ((uint32_t)(v & 0x3U) << 0));
}

#define FFA_FEATURES_RXTX_MAP_MAX_PAGE_COUNT_SHIFT 16
#define FFA_FEATURES_RXTX_MAP_MAX_PAGE_COUNT_WIDTH 16
#define FFA_FEATURES_RXTX_MAP_MAX_PAGE_COUNT_MASK 0xffff0000U
static inline uint32_t ffa_features_rxtx_map_get_max_page_count(uint32_t w)
{
	return (uint32_t)((w >> 16) & 0xffffU);
}

static inline uint32_t ffa_features_rxtx_map_set_max_page_count(uint32_t w, uint32_t v)
{
	return (uint32_t)((w & ~(uint32_t)0xffff0000U) | ((uint32_t)(v & 0xffffU) << 16));
}

#define FFA_FEATURES_RXTX_MAP_MBZ_MASK 0xfffffffcU

/* The bits of features-rxtx-map that version v defines. */
static inline uint32_t ffa_features_rxtx_map_fields_at(enum ffa_version v)
{
	(void)v;
	return (uint32_t)(v >= FFA_VERSION_1_2 ? 0xffff0003U : 0x3U);
}

/* features-mem (32 bits): DEN0077A v1.2 §13.3.2 */
#define FFA_FEATURES_MEM_DYN_BUFFER_SHIFT 0
#define FFA_FEATURES_MEM_DYN_BUFFER_WIDTH 1
#define FFA_FEATURES_MEM_DYN_BUFFER_MASK 0x1U
static inline uint32_t ffa_features_mem_get_dyn_buffer(uint32_t w)
{
	return (uint32_t)((w >> 0) & 0x1U);
}

static inline uint32_t ffa_features_mem_set_dyn_buffer(uint32_t w, uint32_t v)
{
	return (uint32_t)((w & ~(uint32_t)0x1U) | ((uint32_t)(v & 0x1U) << 0));
}

#define FFA_FEATURES_MEM_MBZ_MASK 0xfffffffeU

/* The bits of features-mem that version v defines. */
static inline uint32_t ffa_features_mem_fields_at(enum ffa_version v)
{
	(void)v;
	return (uint32_t)0x1U;
}

/* features-mem-retrieve-req (32 bits): DEN0077A v1.2 §13.3.2 */
#define FFA_FEATURES_MEM_RETRIEVE_REQ_DYN_BUFFER_SHIFT 0
#define FFA_FEATURES_MEM_RETRIEVE_REQ_DYN_BUFFER_WIDTH 1
#define FFA_FEATURES_MEM_RETRIEVE_REQ_DYN_BUFFER_MASK 0x1U
static inline uint32_t ffa_features_mem_retrieve_req_get_dyn_buffer(uint32_t w)
{
	return (uint32_t)((w >> 0) & 0x1U);
}

static inline uint32_t ffa_features_mem_retrieve_req_set_dyn_buffer(uint32_t w, uint32_t v)
{
	return (uint32_t)((w & ~(uint32_t)0x1U) | ((uint32_t)(v & 0x1U) << 0));
}

#define FFA_FEATURES_MEM_RETRIEVE_REQ_NS_BIT_SHIFT 1
#define FFA_FEATURES_MEM_RETRIEVE_REQ_NS_BIT_WIDTH 1
#define FFA_FEATURES_MEM_RETRIEVE_REQ_NS_BIT_MASK 0x2U
static inline uint32_t ffa_features_mem_retrieve_req_get_ns_bit(uint32_t w)
{
	return (uint32_t)((w >> 1) & 0x1U);
}

static inline uint32_t ffa_features_mem_retrieve_req_set_ns_bit(uint32_t w, uint32_t v)
{
	return (uint32_t)((w & ~(uint32_t)0x2U) | ((uint32_t)(v & 0x1U) << 1));
}

#define FFA_FEATURES_MEM_RETRIEVE_REQ_HYP_RETRIEVE_SHIFT 2
#define FFA_FEATURES_MEM_RETRIEVE_REQ_HYP_RETRIEVE_WIDTH 1
#define FFA_FEATURES_MEM_RETRIEVE_REQ_HYP_RETRIEVE_MASK 0x4U
static inline uint32_t ffa_features_mem_retrieve_req_get_hyp_retrieve(uint32_t w)
{
	return (uint32_t)((w >> 2) & 0x1U);
}

static inline uint32_t ffa_features_mem_retrieve_req_set_hyp_retrieve(uint32_t w, uint32_t v)
{
	return (uint32_t)((w & ~(uint32_t)0x4U) | ((uint32_t)(v & 0x1U) << 2));
}

#define FFA_FEATURES_MEM_RETRIEVE_REQ_MBZ_MASK 0xfffffff8U

/* The bits of features-mem-retrieve-req that version v defines. */
static inline uint32_t ffa_features_mem_retrieve_req_fields_at(enum ffa_version v)
{
	(void)v;
	return (uint32_t)(v >= FFA_VERSION_1_1 ? 0x7U : 0x1U);
}

/* features-mem-retrieve-req-2 (32 bits): DEN0077A v1.2 §13.3.2 */
#define FFA_FEATURES_MEM_RETRIEVE_REQ_2_REFCOUNT_BITS_SHIFT 0
#define FFA_FEATURES_MEM_RETRIEVE_REQ_2_REFCOUNT_BITS_WIDTH 8
#define FFA_FEATURES_MEM_RETRIEVE_REQ_2_REFCOUNT_BITS_MASK 0xffU
static inline uint32_t ffa_features_mem_retrieve_req_2_get_refcount_bits(uint32_t w)
{
	return (uint32_t)((w >> 0) & 0xffU);
}

static inline uint32_t ffa_features_mem_retrieve_req_2_set_refcount_bits(uint32_t w, uint32_t v)
{
	return (uint32_t)((w & ~(uint32_t)0xffU) | ((uint32_t)(v & 0xffU) << 0));
}

#define FFA_FEATURES_MEM_RETRIEVE_REQ_2_MBZ_MASK 0xffffff00U

/* The bits of features-mem-retrieve-req-2 that version v defines. */
static inline uint32_t ffa_features_mem_retrieve_req_2_fields_at(enum ffa_version v)
{
	(void)v;
	return (uint32_t)0xffU;
}

/* features-mem-retrieve-input (32 bits): DEN0077A v1.2 §13.3.1 */
#define FFA_FEATURES_MEM_RETRIEVE_INPUT_NS_BIT_SHIFT 1
#define FFA_FEATURES_MEM_RETRIEVE_INPUT_NS_BIT_WIDTH 1
#define FFA_FEATURES_MEM_RETRIEVE_INPUT_NS_BIT_MASK 0x2U
static inline uint32_t ffa_features_mem_retrieve_input_get_ns_bit(uint32_t w)
{
	return (uint32_t)((w >> 1) & 0x1U);
}

static inline uint32_t ffa_features_mem_retrieve_input_set_ns_bit(uint32_t w, uint32_t v)
{
	return (uint32_t)((w & ~(uint32_t)0x2U) | ((uint32_t)(v & 0x1U) << 1));
}

#define FFA_FEATURES_MEM_RETRIEVE_INPUT_MBZ_MASK 0x0U

/* The bits of features-mem-retrieve-input that version v defines. */
static inline uint32_t ffa_features_mem_retrieve_input_fields_at(enum ffa_version v)
{
	(void)v;
	return (uint32_t)(v >= FFA_VERSION_1_1 ? 0x2U : 0x0U);
}

/* features-interrupt-id (32 bits): DEN0077A v1.2 §13.3.2 */
#define FFA_FEATURES_INTERRUPT_ID_INTERRUPT_ID_SHIFT 0
#define FFA_FEATURES_INTERRUPT_ID_INTERRUPT_ID_WIDTH 32
#define FFA_FEATURES_INTERRUPT_ID_INTERRUPT_ID_MASK 0xffffffffU
static inline uint32_t ffa_features_interrupt_id_get_interrupt_id(uint32_t w)
{
	return (uint32_t)((w >> 0) & 0xffffffffU);
}

static inline uint32_t ffa_features_interrupt_id_set_interrupt_id(uint32_t w, uint32_t v)
{
	return (uint32_t)((w & ~(uint32_t)0xffffffffU) | ((uint32_t)(v & 0xffffffffU) << 0));
}

#define FFA_FEATURES_INTERRUPT_ID_MBZ_MASK 0x0U

/* The bits of features-interrupt-id that version v defines. */
static inline uint32_t ffa_features_interrupt_id_fields_at(enum ffa_version v)
{
	(void)v;
	return (uint32_t)0xffffffffU;
}

/* features-notification (32 bits): DEN0077A v1.3 §13.3.2 */
#define FFA_FEATURES_NOTIFICATION_NO_PER_VCPU_VM_SHIFT 0
#define FFA_FEATURES_NOTIFICATION_NO_PER_VCPU_VM_WIDTH 1
#define FFA_FEATURES_NOTIFICATION_NO_PER_VCPU_VM_MASK 0x1U
static inline uint32_t ffa_features_notification_get_no_per_vcpu_vm(uint32_t w)
{
	return (uint32_t)((w >> 0) & 0x1U);
}

static inline uint32_t ffa_features_notification_set_no_per_vcpu_vm(uint32_t w, uint32_t v)
{
	return (uint32_t)((w & ~(uint32_t)0x1U) | ((uint32_t)(v & 0x1U) << 0));
}

#define FFA_FEATURES_NOTIFICATION_NO_PER_VCPU_SP_SHIFT 1
#define FFA_FEATURES_NOTIFICATION_NO_PER_VCPU_SP_WIDTH 1
#define FFA_FEATURES_NOTIFICATION_NO_PER_VCPU_SP_MASK 0x2U
static inline uint32_t ffa_features_notification_get_no_per_vcpu_sp(uint32_t w)
{
	return (uint32_t)((w >> 1) & 0x1U);
}

static inline uint32_t ffa_features_notification_set_no_per_vcpu_sp(uint32_t w, uint32_t v)
{
	return (uint32_t)((w & ~(uint32_t)0x2U) | ((uint32_t)(v & 0x1U) << 1));
}

#define FFA_FEATURES_NOTIFICATION_MBZ_MASK 0xfff00000U

/* The bits of features-notification that version v defines. */
static inline uint32_t ffa_features_notification_fields_at(enum ffa_version v)
{
	(void)v;
	return (uint32_t)0x3U;
}

/* features-query (32 bits): DEN0077A v1.2 §13.3.1 */
#define FFA_FEATURES_QUERY_FEATURE_ID_SHIFT 0
#define FFA_FEATURES_QUERY_FEATURE_ID_WIDTH 8
#define FFA_FEATURES_QUERY_FEATURE_ID_MASK 0xffU
static inline uint32_t ffa_features_query_get_feature_id(uint32_t w)
{
	return (uint32_t)((w >> 0) & 0xffU);
}

static inline uint32_t ffa_features_query_set_feature_id(uint32_t w, uint32_t v)
{
	return (uint32_t)((w & ~(uint32_t)0xffU) | ((uint32_t)(v & 0xffU) << 0));
}

#define FFA_FEATURES_QUERY_FUNCTION_SHIFT 31
#define FFA_FEATURES_QUERY_FUNCTION_WIDTH 1
#define FFA_FEATURES_QUERY_FUNCTION_MASK 0x80000000U
static inline uint32_t ffa_features_query_get_function(uint32_t w)
{
	return (uint32_t)((w >> 31) & 0x1U);
}

static inline uint32_t ffa_features_query_set_function(uint32_t w, uint32_t v)
{
	return (uint32_t)((w & ~(uint32_t)0x80000000U) | ((uint32_t)(v & 0x1U) << 31));
}

#define FFA_FEATURES_QUERY_MBZ_MASK 0x7fffff00U

/* The bits of features-query that version v defines. */
static inline uint32_t ffa_features_query_fields_at(enum ffa_version v)
{
	(void)v;
	return (uint32_t)0x800000ffU;
}

#endif /* FFA_ABI_H */
