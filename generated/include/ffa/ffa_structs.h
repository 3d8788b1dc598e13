/* SPDX-License-Identifier: MIT */
/*
 * Generated from spec/structs.yaml; do not edit.
 * To regenerate: python3 generator/ffagen.py
 * FFA-GEN include/ffa/ffa_structs.h
 */
#ifndef FFA_STRUCTS_H
#define FFA_STRUCTS_H

#include "ffa/ffa_abi.h"

/*
 * Descriptor layouts, one struct per layout version, with every offset and
 * size checked at compile time. Data from guest memory is never read in
 * place: ffa_<struct>_read() copies it once, after an overflow-safe bounds
 * check, so a guest changing its buffer meanwhile cannot change what was
 * validated.
 */

/* off + len <= size, without overflow. */
static inline bool ffa_range_ok(size_t size, size_t off, size_t len)
{
	return off <= size && len <= size - off;
}

/* off = base + index * stride, unless that overflows. */
static inline bool ffa_index_offset(size_t base, size_t index, size_t stride, size_t *off)
{
	if (stride != 0 && index > (SIZE_MAX - base) / stride)
		return false;
	*off = base + index * stride;
	return true;
}

/*
 * A copy of a length known only at run time, without libc (the runtime is
 * freestanding): one call to the memcpy every freestanding C compiler
 * needs anyway, as a descriptor's read and write below make for their
 * constant size where the alignment is unknown. A loop of 8-byte copies
 * is no cheaper: with -mstrict-align, GCC turns each of them into a
 * memcpy call of its own.
 */
static inline void ffa_copy_bytes(void *dst, const void *src, size_t len)
{
	__builtin_memcpy(dst, src, len);
}

/* partition-info, since 1.0, until 1.1: DEN0077A v1.2 §6.2.3 Table 6.1 */
struct ffa_partition_info_v1_0 {
	uint16_t partition_id; /* @0: Id of the partition, stream or auxiliary endpoint. */
	uint16_t exec_ctx_count; /* @2: Number of execution contexts (vCPUs) of the partition. */
	uint32_t properties; /* @4: Partition properties; FF-A 1.0 defines bits [2:0] only, bits [31:3] MBZ. */
};
#define FFA_PARTITION_INFO_V1_0_SIZE 8
_Static_assert(sizeof(struct ffa_partition_info_v1_0) == 8, "ffa_partition_info_v1_0: size");
#define FFA_PARTITION_INFO_V1_0_PARTITION_ID_OFFSET 0
_Static_assert(offsetof(struct ffa_partition_info_v1_0, partition_id) == 0, "ffa_partition_info_v1_0.partition_id: offset");
#define FFA_PARTITION_INFO_V1_0_EXEC_CTX_COUNT_OFFSET 2
_Static_assert(offsetof(struct ffa_partition_info_v1_0, exec_ctx_count) == 2, "ffa_partition_info_v1_0.exec_ctx_count: offset");
#define FFA_PARTITION_INFO_V1_0_PROPERTIES_OFFSET 4
_Static_assert(offsetof(struct ffa_partition_info_v1_0, properties) == 4, "ffa_partition_info_v1_0.properties: offset");

/* Copy one partition-info at buf[off] out of a buffer of size bytes. */
static inline bool ffa_partition_info_v1_0_read(const void *buf, size_t size, size_t off, struct ffa_partition_info_v1_0 *out)
{
	if (!ffa_range_ok(size, off, 8))
		return false;
	__builtin_memcpy(out, (const uint8_t *)buf + off, 8);
	return true;
}

/* Copy element index of an array of partition-info starting at buf[base]. */
static inline bool ffa_partition_info_v1_0_read_at(const void *buf, size_t size, size_t base, size_t index, struct ffa_partition_info_v1_0 *out)
{
	size_t off;

	return ffa_index_offset(base, index, 8, &off) && ffa_partition_info_v1_0_read(buf, size, off, out);
}

/* Store one partition-info at buf[off] of a buffer of size bytes. */
static inline bool ffa_partition_info_v1_0_write(void *buf, size_t size, size_t off, const struct ffa_partition_info_v1_0 *in)
{
	if (!ffa_range_ok(size, off, 8))
		return false;
	__builtin_memcpy((uint8_t *)buf + off, in, 8);
	return true;
}

/* Are the reserved (MBZ) fields of a partition-info zero? */
static inline bool ffa_partition_info_v1_0_mbz_ok(const struct ffa_partition_info_v1_0 *d)
{
	(void)d;
	return true;
}

/* partition-info, since 1.1, until 1.3: DEN0077A v1.2 §6.2.3 Table 6.1 */
struct ffa_partition_info_v1_1 {
	uint16_t partition_id; /* @0: Id of the partition, stream or auxiliary endpoint. */
	uint16_t exec_ctx_count; /* @2: Execution context count for a PE endpoint (id type 0); proxy endpoint id for a dependent peripheral device (id type 2); MBZ otherwise. */
	uint32_t properties; /* @4: Partition properties. */
	struct ffa_uuid uuid; /* @8: UUID of the partition when the Nil UUID was asked for; MBZ when a specific UUID was asked for. */
};
#define FFA_PARTITION_INFO_V1_1_SIZE 24
_Static_assert(sizeof(struct ffa_partition_info_v1_1) == 24, "ffa_partition_info_v1_1: size");
#define FFA_PARTITION_INFO_V1_1_PARTITION_ID_OFFSET 0
_Static_assert(offsetof(struct ffa_partition_info_v1_1, partition_id) == 0, "ffa_partition_info_v1_1.partition_id: offset");
#define FFA_PARTITION_INFO_V1_1_EXEC_CTX_COUNT_OFFSET 2
_Static_assert(offsetof(struct ffa_partition_info_v1_1, exec_ctx_count) == 2, "ffa_partition_info_v1_1.exec_ctx_count: offset");
#define FFA_PARTITION_INFO_V1_1_PROPERTIES_OFFSET 4
_Static_assert(offsetof(struct ffa_partition_info_v1_1, properties) == 4, "ffa_partition_info_v1_1.properties: offset");
#define FFA_PARTITION_INFO_V1_1_UUID_OFFSET 8
_Static_assert(offsetof(struct ffa_partition_info_v1_1, uuid) == 8, "ffa_partition_info_v1_1.uuid: offset");

/* Copy one partition-info at buf[off] out of a buffer of size bytes. */
static inline bool ffa_partition_info_v1_1_read(const void *buf, size_t size, size_t off, struct ffa_partition_info_v1_1 *out)
{
	if (!ffa_range_ok(size, off, 24))
		return false;
	__builtin_memcpy(out, (const uint8_t *)buf + off, 24);
	return true;
}

/* Copy element index of an array of partition-info starting at buf[base]. */
static inline bool ffa_partition_info_v1_1_read_at(const void *buf, size_t size, size_t base, size_t index, struct ffa_partition_info_v1_1 *out)
{
	size_t off;

	return ffa_index_offset(base, index, 24, &off) && ffa_partition_info_v1_1_read(buf, size, off, out);
}

/* Store one partition-info at buf[off] of a buffer of size bytes. */
static inline bool ffa_partition_info_v1_1_write(void *buf, size_t size, size_t off, const struct ffa_partition_info_v1_1 *in)
{
	if (!ffa_range_ok(size, off, 24))
		return false;
	__builtin_memcpy((uint8_t *)buf + off, in, 24);
	return true;
}

/* Are the reserved (MBZ) fields of a partition-info zero? */
static inline bool ffa_partition_info_v1_1_mbz_ok(const struct ffa_partition_info_v1_1 *d)
{
	(void)d;
	return true;
}

/* partition-info, since 1.3: DEN0077A v1.2 §6.2.3 Table 6.1 */
struct ffa_partition_info_v1_3 {
	uint16_t partition_id; /* @0: Id of the partition, stream or auxiliary endpoint. */
	uint16_t exec_ctx_count; /* @2: Execution context count for a PE endpoint (id type 0); proxy endpoint id for a dependent peripheral device (id type 2); MBZ otherwise. */
	uint32_t properties; /* @4: Partition properties (1.3 adds bit 11 live activation, bit 12 CPU rendezvous, bit 13 SMC64 CPU cycle ids). */
	struct ffa_uuid uuid; /* @8: Protocol UUID of the partition when the Nil UUID or the image UUID was asked for; MBZ when a protocol UUID was asked for. */
	struct ffa_uuid image_uuid; /* @24: UUID of the partition image; the Nil UUID when the partition has none. */
	uint32_t ffa_version; /* @40: FF-A version the partition supports. */
	uint32_t reserved_0; /* @44, MBZ: Reserved. */
};
#define FFA_PARTITION_INFO_V1_3_SIZE 48
_Static_assert(sizeof(struct ffa_partition_info_v1_3) == 48, "ffa_partition_info_v1_3: size");
#define FFA_PARTITION_INFO_V1_3_PARTITION_ID_OFFSET 0
_Static_assert(offsetof(struct ffa_partition_info_v1_3, partition_id) == 0, "ffa_partition_info_v1_3.partition_id: offset");
#define FFA_PARTITION_INFO_V1_3_EXEC_CTX_COUNT_OFFSET 2
_Static_assert(offsetof(struct ffa_partition_info_v1_3, exec_ctx_count) == 2, "ffa_partition_info_v1_3.exec_ctx_count: offset");
#define FFA_PARTITION_INFO_V1_3_PROPERTIES_OFFSET 4
_Static_assert(offsetof(struct ffa_partition_info_v1_3, properties) == 4, "ffa_partition_info_v1_3.properties: offset");
#define FFA_PARTITION_INFO_V1_3_UUID_OFFSET 8
_Static_assert(offsetof(struct ffa_partition_info_v1_3, uuid) == 8, "ffa_partition_info_v1_3.uuid: offset");
#define FFA_PARTITION_INFO_V1_3_IMAGE_UUID_OFFSET 24
_Static_assert(offsetof(struct ffa_partition_info_v1_3, image_uuid) == 24, "ffa_partition_info_v1_3.image_uuid: offset");
#define FFA_PARTITION_INFO_V1_3_FFA_VERSION_OFFSET 40
_Static_assert(offsetof(struct ffa_partition_info_v1_3, ffa_version) == 40, "ffa_partition_info_v1_3.ffa_version: offset");
#define FFA_PARTITION_INFO_V1_3_RESERVED_0_OFFSET 44
_Static_assert(offsetof(struct ffa_partition_info_v1_3, reserved_0) == 44, "ffa_partition_info_v1_3.reserved_0: offset");

/* Copy one partition-info at buf[off] out of a buffer of size bytes. */
static inline bool ffa_partition_info_v1_3_read(const void *buf, size_t size, size_t off, struct ffa_partition_info_v1_3 *out)
{
	if (!ffa_range_ok(size, off, 48))
		return false;
	__builtin_memcpy(out, (const uint8_t *)buf + off, 48);
	return true;
}

/* Copy element index of an array of partition-info starting at buf[base]. */
static inline bool ffa_partition_info_v1_3_read_at(const void *buf, size_t size, size_t base, size_t index, struct ffa_partition_info_v1_3 *out)
{
	size_t off;

	return ffa_index_offset(base, index, 48, &off) && ffa_partition_info_v1_3_read(buf, size, off, out);
}

/* Store one partition-info at buf[off] of a buffer of size bytes. */
static inline bool ffa_partition_info_v1_3_write(void *buf, size_t size, size_t off, const struct ffa_partition_info_v1_3 *in)
{
	if (!ffa_range_ok(size, off, 48))
		return false;
	__builtin_memcpy((uint8_t *)buf + off, in, 48);
	return true;
}

/* Are the reserved (MBZ) fields of a partition-info zero? */
static inline bool ffa_partition_info_v1_3_mbz_ok(const struct ffa_partition_info_v1_3 *d)
{
	/* Field by field: a loop over the bytes is a loop in the code too. */
	uint64_t acc = 0;

	acc |= d->reserved_0;
	return acc == 0;
}

/* Size of a partition-info in the layout of version v (0 before it existed). */
static inline size_t ffa_partition_info_size(enum ffa_version v)
{
	if (v >= FFA_VERSION_1_3)
		return 48;
	if (v >= FFA_VERSION_1_1 && v < FFA_VERSION_1_3)
		return 24;
	if (v >= FFA_VERSION_1_0 && v < FFA_VERSION_1_1)
		return 8;
	return 0;
}

/* mem-transaction, since 1.0, until 1.1: DEN0077A v1.1 §10 Table 10.20 */
struct ffa_mem_transaction_v1_0 {
	uint16_t sender; /* @0: Id of the owner (lender, donor or sharer) of the region. */
	uint8_t attributes; /* @2: Memory region attributes. */
	uint8_t reserved_0; /* @3, MBZ: Reserved. */
	uint32_t flags; /* @4: Flags of the transaction (which bits each ABI allows is in mem-transaction-flags). */
	ffa_mem_handle_t handle; /* @8: Handle of the region: MBZ in DONATE/LEND/SHARE from an endpoint, set in retrieve requests and responses. */
	uint64_t tag; /* @16: Implementation defined value the sender associates with the region; a retrieve request must repeat it. */
	uint32_t reserved_1; /* @24, MBZ: Reserved. */
	uint32_t receiver_count; /* @28: Number of endpoint memory access descriptors that follow at offset 32. */
};
#define FFA_MEM_TRANSACTION_V1_0_SIZE 32
_Static_assert(sizeof(struct ffa_mem_transaction_v1_0) == 32, "ffa_mem_transaction_v1_0: size");
#define FFA_MEM_TRANSACTION_V1_0_SENDER_OFFSET 0
_Static_assert(offsetof(struct ffa_mem_transaction_v1_0, sender) == 0, "ffa_mem_transaction_v1_0.sender: offset");
#define FFA_MEM_TRANSACTION_V1_0_ATTRIBUTES_OFFSET 2
_Static_assert(offsetof(struct ffa_mem_transaction_v1_0, attributes) == 2, "ffa_mem_transaction_v1_0.attributes: offset");
#define FFA_MEM_TRANSACTION_V1_0_RESERVED_0_OFFSET 3
_Static_assert(offsetof(struct ffa_mem_transaction_v1_0, reserved_0) == 3, "ffa_mem_transaction_v1_0.reserved_0: offset");
#define FFA_MEM_TRANSACTION_V1_0_FLAGS_OFFSET 4
_Static_assert(offsetof(struct ffa_mem_transaction_v1_0, flags) == 4, "ffa_mem_transaction_v1_0.flags: offset");
#define FFA_MEM_TRANSACTION_V1_0_HANDLE_OFFSET 8
_Static_assert(offsetof(struct ffa_mem_transaction_v1_0, handle) == 8, "ffa_mem_transaction_v1_0.handle: offset");
#define FFA_MEM_TRANSACTION_V1_0_TAG_OFFSET 16
_Static_assert(offsetof(struct ffa_mem_transaction_v1_0, tag) == 16, "ffa_mem_transaction_v1_0.tag: offset");
#define FFA_MEM_TRANSACTION_V1_0_RESERVED_1_OFFSET 24
_Static_assert(offsetof(struct ffa_mem_transaction_v1_0, reserved_1) == 24, "ffa_mem_transaction_v1_0.reserved_1: offset");
#define FFA_MEM_TRANSACTION_V1_0_RECEIVER_COUNT_OFFSET 28
_Static_assert(offsetof(struct ffa_mem_transaction_v1_0, receiver_count) == 28, "ffa_mem_transaction_v1_0.receiver_count: offset");

/* Copy one mem-transaction at buf[off] out of a buffer of size bytes. */
static inline bool ffa_mem_transaction_v1_0_read(const void *buf, size_t size, size_t off, struct ffa_mem_transaction_v1_0 *out)
{
	if (!ffa_range_ok(size, off, 32))
		return false;
	__builtin_memcpy(out, (const uint8_t *)buf + off, 32);
	return true;
}

/* Copy element index of an array of mem-transaction starting at buf[base]. */
static inline bool ffa_mem_transaction_v1_0_read_at(const void *buf, size_t size, size_t base, size_t index, struct ffa_mem_transaction_v1_0 *out)
{
	size_t off;

	return ffa_index_offset(base, index, 32, &off) && ffa_mem_transaction_v1_0_read(buf, size, off, out);
}

/* Store one mem-transaction at buf[off] of a buffer of size bytes. */
static inline bool ffa_mem_transaction_v1_0_write(void *buf, size_t size, size_t off, const struct ffa_mem_transaction_v1_0 *in)
{
	if (!ffa_range_ok(size, off, 32))
		return false;
	__builtin_memcpy((uint8_t *)buf + off, in, 32);
	return true;
}

/* Are the reserved (MBZ) fields of a mem-transaction zero? */
static inline bool ffa_mem_transaction_v1_0_mbz_ok(const struct ffa_mem_transaction_v1_0 *d)
{
	/* Field by field: a loop over the bytes is a loop in the code too. */
	uint64_t acc = 0;

	acc |= d->reserved_0;
	acc |= d->reserved_1;
	return acc == 0;
}

/* mem-transaction, since 1.1: DEN0077A v1.1 §10 Table 10.20 */
struct ffa_mem_transaction_v1_1 {
	uint16_t sender; /* @0: Id of the owner (lender, donor or sharer) of the region. */
	uint16_t attributes; /* @2: Memory region attributes. */
	uint32_t flags; /* @4: Flags of the transaction (which bits each ABI allows is in mem-transaction-flags). */
	ffa_mem_handle_t handle; /* @8: Handle of the region: MBZ in DONATE/LEND/SHARE from an endpoint, set in retrieve requests and responses. */
	uint64_t tag; /* @16: Implementation defined value the sender associates with the region; a retrieve request must repeat it. */
	uint32_t mem_access_size; /* @24: Size of each endpoint memory access descriptor: 16 (1.1) or 32 (1.2 and later). */
	uint32_t receiver_count; /* @28: Number of endpoint memory access descriptors. */
	uint32_t mem_access_offset; /* @32: Offset from the start of this header to the first endpoint memory access descriptor; 16-byte aligned and not inside the header (Hafnium requires exactly 48). */
	uint32_t reserved_0; /* @36, MBZ: Reserved (SBZ in FF-A 1.3). */
	uint64_t reserved_1; /* @40, MBZ: Reserved (SBZ in FF-A 1.3). */
};
#define FFA_MEM_TRANSACTION_V1_1_SIZE 48
_Static_assert(sizeof(struct ffa_mem_transaction_v1_1) == 48, "ffa_mem_transaction_v1_1: size");
#define FFA_MEM_TRANSACTION_V1_1_SENDER_OFFSET 0
_Static_assert(offsetof(struct ffa_mem_transaction_v1_1, sender) == 0, "ffa_mem_transaction_v1_1.sender: offset");
#define FFA_MEM_TRANSACTION_V1_1_ATTRIBUTES_OFFSET 2
_Static_assert(offsetof(struct ffa_mem_transaction_v1_1, attributes) == 2, "ffa_mem_transaction_v1_1.attributes: offset");
#define FFA_MEM_TRANSACTION_V1_1_FLAGS_OFFSET 4
_Static_assert(offsetof(struct ffa_mem_transaction_v1_1, flags) == 4, "ffa_mem_transaction_v1_1.flags: offset");
#define FFA_MEM_TRANSACTION_V1_1_HANDLE_OFFSET 8
_Static_assert(offsetof(struct ffa_mem_transaction_v1_1, handle) == 8, "ffa_mem_transaction_v1_1.handle: offset");
#define FFA_MEM_TRANSACTION_V1_1_TAG_OFFSET 16
_Static_assert(offsetof(struct ffa_mem_transaction_v1_1, tag) == 16, "ffa_mem_transaction_v1_1.tag: offset");
#define FFA_MEM_TRANSACTION_V1_1_MEM_ACCESS_SIZE_OFFSET 24
_Static_assert(offsetof(struct ffa_mem_transaction_v1_1, mem_access_size) == 24, "ffa_mem_transaction_v1_1.mem_access_size: offset");
#define FFA_MEM_TRANSACTION_V1_1_RECEIVER_COUNT_OFFSET 28
_Static_assert(offsetof(struct ffa_mem_transaction_v1_1, receiver_count) == 28, "ffa_mem_transaction_v1_1.receiver_count: offset");
#define FFA_MEM_TRANSACTION_V1_1_MEM_ACCESS_OFFSET_OFFSET 32
_Static_assert(offsetof(struct ffa_mem_transaction_v1_1, mem_access_offset) == 32, "ffa_mem_transaction_v1_1.mem_access_offset: offset");
#define FFA_MEM_TRANSACTION_V1_1_RESERVED_0_OFFSET 36
_Static_assert(offsetof(struct ffa_mem_transaction_v1_1, reserved_0) == 36, "ffa_mem_transaction_v1_1.reserved_0: offset");
#define FFA_MEM_TRANSACTION_V1_1_RESERVED_1_OFFSET 40
_Static_assert(offsetof(struct ffa_mem_transaction_v1_1, reserved_1) == 40, "ffa_mem_transaction_v1_1.reserved_1: offset");

/* Copy one mem-transaction at buf[off] out of a buffer of size bytes. */
static inline bool ffa_mem_transaction_v1_1_read(const void *buf, size_t size, size_t off, struct ffa_mem_transaction_v1_1 *out)
{
	if (!ffa_range_ok(size, off, 48))
		return false;
	__builtin_memcpy(out, (const uint8_t *)buf + off, 48);
	return true;
}

/* Copy element index of an array of mem-transaction starting at buf[base]. */
static inline bool ffa_mem_transaction_v1_1_read_at(const void *buf, size_t size, size_t base, size_t index, struct ffa_mem_transaction_v1_1 *out)
{
	size_t off;

	return ffa_index_offset(base, index, 48, &off) && ffa_mem_transaction_v1_1_read(buf, size, off, out);
}

/* Store one mem-transaction at buf[off] of a buffer of size bytes. */
static inline bool ffa_mem_transaction_v1_1_write(void *buf, size_t size, size_t off, const struct ffa_mem_transaction_v1_1 *in)
{
	if (!ffa_range_ok(size, off, 48))
		return false;
	__builtin_memcpy((uint8_t *)buf + off, in, 48);
	return true;
}

/* Are the reserved (MBZ) fields of a mem-transaction zero? */
static inline bool ffa_mem_transaction_v1_1_mbz_ok(const struct ffa_mem_transaction_v1_1 *d)
{
	/* Field by field: a loop over the bytes is a loop in the code too. */
	uint64_t acc = 0;

	acc |= d->reserved_0;
	acc |= d->reserved_1;
	return acc == 0;
}

/* Size of a mem-transaction in the layout of version v (0 before it existed). */
static inline size_t ffa_mem_transaction_size(enum ffa_version v)
{
	if (v >= FFA_VERSION_1_1)
		return 48;
	if (v >= FFA_VERSION_1_0 && v < FFA_VERSION_1_1)
		return 32;
	return 0;
}

/* mem-access-perm, since 1.0: DEN0077A v1.1 §10 Table 10.15 */
struct ffa_mem_access_perm_v1_0 {
	uint16_t receiver; /* @0: Endpoint the permissions apply to. */
	uint8_t permissions; /* @2: Data and instruction access permissions. */
	uint8_t flags; /* @3: ABI specific flags. */
};
#define FFA_MEM_ACCESS_PERM_V1_0_SIZE 4
_Static_assert(sizeof(struct ffa_mem_access_perm_v1_0) == 4, "ffa_mem_access_perm_v1_0: size");
#define FFA_MEM_ACCESS_PERM_V1_0_RECEIVER_OFFSET 0
_Static_assert(offsetof(struct ffa_mem_access_perm_v1_0, receiver) == 0, "ffa_mem_access_perm_v1_0.receiver: offset");
#define FFA_MEM_ACCESS_PERM_V1_0_PERMISSIONS_OFFSET 2
_Static_assert(offsetof(struct ffa_mem_access_perm_v1_0, permissions) == 2, "ffa_mem_access_perm_v1_0.permissions: offset");
#define FFA_MEM_ACCESS_PERM_V1_0_FLAGS_OFFSET 3
_Static_assert(offsetof(struct ffa_mem_access_perm_v1_0, flags) == 3, "ffa_mem_access_perm_v1_0.flags: offset");

/* Copy one mem-access-perm at buf[off] out of a buffer of size bytes. */
static inline bool ffa_mem_access_perm_v1_0_read(const void *buf, size_t size, size_t off, struct ffa_mem_access_perm_v1_0 *out)
{
	if (!ffa_range_ok(size, off, 4))
		return false;
	__builtin_memcpy(out, (const uint8_t *)buf + off, 4);
	return true;
}

/* Copy element index of an array of mem-access-perm starting at buf[base]. */
static inline bool ffa_mem_access_perm_v1_0_read_at(const void *buf, size_t size, size_t base, size_t index, struct ffa_mem_access_perm_v1_0 *out)
{
	size_t off;

	return ffa_index_offset(base, index, 4, &off) && ffa_mem_access_perm_v1_0_read(buf, size, off, out);
}

/* Store one mem-access-perm at buf[off] of a buffer of size bytes. */
static inline bool ffa_mem_access_perm_v1_0_write(void *buf, size_t size, size_t off, const struct ffa_mem_access_perm_v1_0 *in)
{
	if (!ffa_range_ok(size, off, 4))
		return false;
	__builtin_memcpy((uint8_t *)buf + off, in, 4);
	return true;
}

/* Are the reserved (MBZ) fields of a mem-access-perm zero? */
static inline bool ffa_mem_access_perm_v1_0_mbz_ok(const struct ffa_mem_access_perm_v1_0 *d)
{
	(void)d;
	return true;
}

/* Size of a mem-access-perm in the layout of version v (0 before it existed). */
static inline size_t ffa_mem_access_perm_size(enum ffa_version v)
{
	if (v >= FFA_VERSION_1_0)
		return 4;
	return 0;
}

/* mem-access, since 1.0, until 1.2: DEN0077A v1.1 §10 Table 10.16 */
struct ffa_mem_access_v1_0 {
	uint16_t receiver; /* @0: Endpoint the permissions apply to. */
	uint8_t permissions; /* @2: Data and instruction access permissions. */
	uint8_t flags; /* @3: ABI specific flags. */
	uint32_t composite_offset; /* @4: Offset from the start of the transaction descriptor to the composite memory region descriptor for this receiver; 0 = the region named by the handle (retrieve requests). DONATE/LEND/SHARE: non-zero and equal for every receiver. */
	uint64_t reserved_0; /* @8, MBZ: Reserved. */
};
#define FFA_MEM_ACCESS_V1_0_SIZE 16
_Static_assert(sizeof(struct ffa_mem_access_v1_0) == 16, "ffa_mem_access_v1_0: size");
#define FFA_MEM_ACCESS_V1_0_RECEIVER_OFFSET 0
_Static_assert(offsetof(struct ffa_mem_access_v1_0, receiver) == 0, "ffa_mem_access_v1_0.receiver: offset");
#define FFA_MEM_ACCESS_V1_0_PERMISSIONS_OFFSET 2
_Static_assert(offsetof(struct ffa_mem_access_v1_0, permissions) == 2, "ffa_mem_access_v1_0.permissions: offset");
#define FFA_MEM_ACCESS_V1_0_FLAGS_OFFSET 3
_Static_assert(offsetof(struct ffa_mem_access_v1_0, flags) == 3, "ffa_mem_access_v1_0.flags: offset");
#define FFA_MEM_ACCESS_V1_0_COMPOSITE_OFFSET_OFFSET 4
_Static_assert(offsetof(struct ffa_mem_access_v1_0, composite_offset) == 4, "ffa_mem_access_v1_0.composite_offset: offset");
#define FFA_MEM_ACCESS_V1_0_RESERVED_0_OFFSET 8
_Static_assert(offsetof(struct ffa_mem_access_v1_0, reserved_0) == 8, "ffa_mem_access_v1_0.reserved_0: offset");

/* Copy one mem-access at buf[off] out of a buffer of size bytes. */
static inline bool ffa_mem_access_v1_0_read(const void *buf, size_t size, size_t off, struct ffa_mem_access_v1_0 *out)
{
	if (!ffa_range_ok(size, off, 16))
		return false;
	__builtin_memcpy(out, (const uint8_t *)buf + off, 16);
	return true;
}

/* Copy element index of an array of mem-access starting at buf[base]. */
static inline bool ffa_mem_access_v1_0_read_at(const void *buf, size_t size, size_t base, size_t index, struct ffa_mem_access_v1_0 *out)
{
	size_t off;

	return ffa_index_offset(base, index, 16, &off) && ffa_mem_access_v1_0_read(buf, size, off, out);
}

/* Store one mem-access at buf[off] of a buffer of size bytes. */
static inline bool ffa_mem_access_v1_0_write(void *buf, size_t size, size_t off, const struct ffa_mem_access_v1_0 *in)
{
	if (!ffa_range_ok(size, off, 16))
		return false;
	__builtin_memcpy((uint8_t *)buf + off, in, 16);
	return true;
}

/* Are the reserved (MBZ) fields of a mem-access zero? */
static inline bool ffa_mem_access_v1_0_mbz_ok(const struct ffa_mem_access_v1_0 *d)
{
	/* Field by field: a loop over the bytes is a loop in the code too. */
	uint64_t acc = 0;

	acc |= d->reserved_0;
	return acc == 0;
}

/* mem-access, since 1.2: DEN0077A v1.1 §10 Table 10.16 */
struct ffa_mem_access_v1_2 {
	uint16_t receiver; /* @0: Endpoint the permissions apply to. */
	uint8_t permissions; /* @2: Data and instruction access permissions. */
	uint8_t flags; /* @3: ABI specific flags. */
	uint32_t composite_offset; /* @4: Offset from the start of the transaction descriptor to the composite memory region descriptor for this receiver; 0 = the region named by the handle (retrieve requests). DONATE/LEND/SHARE: non-zero and equal for every receiver. */
	uint64_t impdef[2]; /* @8: 16 implementation defined bytes the sender gives each receiver; the receiver repeats them in its retrieve request (DEN0140 v1.2 Table 1.16). */
	uint64_t reserved_0; /* @24, MBZ: Reserved (SBZ in FF-A 1.3). */
};
#define FFA_MEM_ACCESS_V1_2_SIZE 32
_Static_assert(sizeof(struct ffa_mem_access_v1_2) == 32, "ffa_mem_access_v1_2: size");
#define FFA_MEM_ACCESS_V1_2_RECEIVER_OFFSET 0
_Static_assert(offsetof(struct ffa_mem_access_v1_2, receiver) == 0, "ffa_mem_access_v1_2.receiver: offset");
#define FFA_MEM_ACCESS_V1_2_PERMISSIONS_OFFSET 2
_Static_assert(offsetof(struct ffa_mem_access_v1_2, permissions) == 2, "ffa_mem_access_v1_2.permissions: offset");
#define FFA_MEM_ACCESS_V1_2_FLAGS_OFFSET 3
_Static_assert(offsetof(struct ffa_mem_access_v1_2, flags) == 3, "ffa_mem_access_v1_2.flags: offset");
#define FFA_MEM_ACCESS_V1_2_COMPOSITE_OFFSET_OFFSET 4
_Static_assert(offsetof(struct ffa_mem_access_v1_2, composite_offset) == 4, "ffa_mem_access_v1_2.composite_offset: offset");
#define FFA_MEM_ACCESS_V1_2_IMPDEF_OFFSET 8
_Static_assert(offsetof(struct ffa_mem_access_v1_2, impdef) == 8, "ffa_mem_access_v1_2.impdef: offset");
#define FFA_MEM_ACCESS_V1_2_RESERVED_0_OFFSET 24
_Static_assert(offsetof(struct ffa_mem_access_v1_2, reserved_0) == 24, "ffa_mem_access_v1_2.reserved_0: offset");

/* Copy one mem-access at buf[off] out of a buffer of size bytes. */
static inline bool ffa_mem_access_v1_2_read(const void *buf, size_t size, size_t off, struct ffa_mem_access_v1_2 *out)
{
	if (!ffa_range_ok(size, off, 32))
		return false;
	__builtin_memcpy(out, (const uint8_t *)buf + off, 32);
	return true;
}

/* Copy element index of an array of mem-access starting at buf[base]. */
static inline bool ffa_mem_access_v1_2_read_at(const void *buf, size_t size, size_t base, size_t index, struct ffa_mem_access_v1_2 *out)
{
	size_t off;

	return ffa_index_offset(base, index, 32, &off) && ffa_mem_access_v1_2_read(buf, size, off, out);
}

/* Store one mem-access at buf[off] of a buffer of size bytes. */
static inline bool ffa_mem_access_v1_2_write(void *buf, size_t size, size_t off, const struct ffa_mem_access_v1_2 *in)
{
	if (!ffa_range_ok(size, off, 32))
		return false;
	__builtin_memcpy((uint8_t *)buf + off, in, 32);
	return true;
}

/* Are the reserved (MBZ) fields of a mem-access zero? */
static inline bool ffa_mem_access_v1_2_mbz_ok(const struct ffa_mem_access_v1_2 *d)
{
	/* Field by field: a loop over the bytes is a loop in the code too. */
	uint64_t acc = 0;

	acc |= d->reserved_0;
	return acc == 0;
}

/* Size of a mem-access in the layout of version v (0 before it existed). */
static inline size_t ffa_mem_access_size(enum ffa_version v)
{
	if (v >= FFA_VERSION_1_2)
		return 32;
	if (v >= FFA_VERSION_1_0 && v < FFA_VERSION_1_2)
		return 16;
	return 0;
}

/* mem-composite, since 1.0: DEN0077A v1.1 §10 Table 10.13 */
struct ffa_mem_composite_v1_0 {
	uint32_t total_page_count; /* @0: Size of the region in 4K pages; equal to the sum of the constituents' page counts (check with overflow-safe arithmetic). */
	uint32_t range_count; /* @4: Number of constituent memory region descriptors that follow. */
	uint64_t reserved_0; /* @8, MBZ: Reserved (SBZ in FF-A 1.3). */
};
#define FFA_MEM_COMPOSITE_V1_0_SIZE 16
_Static_assert(sizeof(struct ffa_mem_composite_v1_0) == 16, "ffa_mem_composite_v1_0: size");
#define FFA_MEM_COMPOSITE_V1_0_TOTAL_PAGE_COUNT_OFFSET 0
_Static_assert(offsetof(struct ffa_mem_composite_v1_0, total_page_count) == 0, "ffa_mem_composite_v1_0.total_page_count: offset");
#define FFA_MEM_COMPOSITE_V1_0_RANGE_COUNT_OFFSET 4
_Static_assert(offsetof(struct ffa_mem_composite_v1_0, range_count) == 4, "ffa_mem_composite_v1_0.range_count: offset");
#define FFA_MEM_COMPOSITE_V1_0_RESERVED_0_OFFSET 8
_Static_assert(offsetof(struct ffa_mem_composite_v1_0, reserved_0) == 8, "ffa_mem_composite_v1_0.reserved_0: offset");

/* Copy one mem-composite at buf[off] out of a buffer of size bytes. */
static inline bool ffa_mem_composite_v1_0_read(const void *buf, size_t size, size_t off, struct ffa_mem_composite_v1_0 *out)
{
	if (!ffa_range_ok(size, off, 16))
		return false;
	__builtin_memcpy(out, (const uint8_t *)buf + off, 16);
	return true;
}

/* Copy element index of an array of mem-composite starting at buf[base]. */
static inline bool ffa_mem_composite_v1_0_read_at(const void *buf, size_t size, size_t base, size_t index, struct ffa_mem_composite_v1_0 *out)
{
	size_t off;

	return ffa_index_offset(base, index, 16, &off) && ffa_mem_composite_v1_0_read(buf, size, off, out);
}

/* Store one mem-composite at buf[off] of a buffer of size bytes. */
static inline bool ffa_mem_composite_v1_0_write(void *buf, size_t size, size_t off, const struct ffa_mem_composite_v1_0 *in)
{
	if (!ffa_range_ok(size, off, 16))
		return false;
	__builtin_memcpy((uint8_t *)buf + off, in, 16);
	return true;
}

/* Are the reserved (MBZ) fields of a mem-composite zero? */
static inline bool ffa_mem_composite_v1_0_mbz_ok(const struct ffa_mem_composite_v1_0 *d)
{
	/* Field by field: a loop over the bytes is a loop in the code too. */
	uint64_t acc = 0;

	acc |= d->reserved_0;
	return acc == 0;
}

/* Size of a mem-composite in the layout of version v (0 before it existed). */
static inline size_t ffa_mem_composite_size(enum ffa_version v)
{
	if (v >= FFA_VERSION_1_0)
		return 16;
	return 0;
}

/* mem-constituent, since 1.0: DEN0077A v1.1 §10 Table 10.14 */
struct ffa_mem_constituent_v1_0 {
	uint64_t address; /* @0: Base address (IPA for a VM, PA towards the SPMC), 4K aligned. */
	uint32_t page_count; /* @8: Number of 4K pages; non-zero. */
	uint32_t reserved_0; /* @12, MBZ: Reserved (SBZ in FF-A 1.3). */
};
#define FFA_MEM_CONSTITUENT_V1_0_SIZE 16
_Static_assert(sizeof(struct ffa_mem_constituent_v1_0) == 16, "ffa_mem_constituent_v1_0: size");
#define FFA_MEM_CONSTITUENT_V1_0_ADDRESS_OFFSET 0
_Static_assert(offsetof(struct ffa_mem_constituent_v1_0, address) == 0, "ffa_mem_constituent_v1_0.address: offset");
#define FFA_MEM_CONSTITUENT_V1_0_PAGE_COUNT_OFFSET 8
_Static_assert(offsetof(struct ffa_mem_constituent_v1_0, page_count) == 8, "ffa_mem_constituent_v1_0.page_count: offset");
#define FFA_MEM_CONSTITUENT_V1_0_RESERVED_0_OFFSET 12
_Static_assert(offsetof(struct ffa_mem_constituent_v1_0, reserved_0) == 12, "ffa_mem_constituent_v1_0.reserved_0: offset");

/* Copy one mem-constituent at buf[off] out of a buffer of size bytes. */
static inline bool ffa_mem_constituent_v1_0_read(const void *buf, size_t size, size_t off, struct ffa_mem_constituent_v1_0 *out)
{
	if (!ffa_range_ok(size, off, 16))
		return false;
	__builtin_memcpy(out, (const uint8_t *)buf + off, 16);
	return true;
}

/* Copy element index of an array of mem-constituent starting at buf[base]. */
static inline bool ffa_mem_constituent_v1_0_read_at(const void *buf, size_t size, size_t base, size_t index, struct ffa_mem_constituent_v1_0 *out)
{
	size_t off;

	return ffa_index_offset(base, index, 16, &off) && ffa_mem_constituent_v1_0_read(buf, size, off, out);
}

/* Store one mem-constituent at buf[off] of a buffer of size bytes. */
static inline bool ffa_mem_constituent_v1_0_write(void *buf, size_t size, size_t off, const struct ffa_mem_constituent_v1_0 *in)
{
	if (!ffa_range_ok(size, off, 16))
		return false;
	__builtin_memcpy((uint8_t *)buf + off, in, 16);
	return true;
}

/* Are the reserved (MBZ) fields of a mem-constituent zero? */
static inline bool ffa_mem_constituent_v1_0_mbz_ok(const struct ffa_mem_constituent_v1_0 *d)
{
	/* Field by field: a loop over the bytes is a loop in the code too. */
	uint64_t acc = 0;

	acc |= d->reserved_0;
	return acc == 0;
}

/* Size of a mem-constituent in the layout of version v (0 before it existed). */
static inline size_t ffa_mem_constituent_size(enum ffa_version v)
{
	if (v >= FFA_VERSION_1_0)
		return 16;
	return 0;
}

/* mem-relinquish, since 1.0: DEN0077A v1.1 §16 Table 16.25 */
struct ffa_mem_relinquish_v1_0 {
	ffa_mem_handle_t handle; /* @0: Handle of the region. */
	uint32_t flags; /* @8: Flags of the relinquish. */
	uint32_t endpoint_count; /* @12: Number of endpoint ids that follow. */
};
#define FFA_MEM_RELINQUISH_V1_0_SIZE 16
_Static_assert(sizeof(struct ffa_mem_relinquish_v1_0) == 16, "ffa_mem_relinquish_v1_0: size");
#define FFA_MEM_RELINQUISH_V1_0_HANDLE_OFFSET 0
_Static_assert(offsetof(struct ffa_mem_relinquish_v1_0, handle) == 0, "ffa_mem_relinquish_v1_0.handle: offset");
#define FFA_MEM_RELINQUISH_V1_0_FLAGS_OFFSET 8
_Static_assert(offsetof(struct ffa_mem_relinquish_v1_0, flags) == 8, "ffa_mem_relinquish_v1_0.flags: offset");
#define FFA_MEM_RELINQUISH_V1_0_ENDPOINT_COUNT_OFFSET 12
_Static_assert(offsetof(struct ffa_mem_relinquish_v1_0, endpoint_count) == 12, "ffa_mem_relinquish_v1_0.endpoint_count: offset");

/* Copy one mem-relinquish at buf[off] out of a buffer of size bytes. */
static inline bool ffa_mem_relinquish_v1_0_read(const void *buf, size_t size, size_t off, struct ffa_mem_relinquish_v1_0 *out)
{
	if (!ffa_range_ok(size, off, 16))
		return false;
	__builtin_memcpy(out, (const uint8_t *)buf + off, 16);
	return true;
}

/* Copy element index of an array of mem-relinquish starting at buf[base]. */
static inline bool ffa_mem_relinquish_v1_0_read_at(const void *buf, size_t size, size_t base, size_t index, struct ffa_mem_relinquish_v1_0 *out)
{
	size_t off;

	return ffa_index_offset(base, index, 16, &off) && ffa_mem_relinquish_v1_0_read(buf, size, off, out);
}

/* Store one mem-relinquish at buf[off] of a buffer of size bytes. */
static inline bool ffa_mem_relinquish_v1_0_write(void *buf, size_t size, size_t off, const struct ffa_mem_relinquish_v1_0 *in)
{
	if (!ffa_range_ok(size, off, 16))
		return false;
	__builtin_memcpy((uint8_t *)buf + off, in, 16);
	return true;
}

/* Are the reserved (MBZ) fields of a mem-relinquish zero? */
static inline bool ffa_mem_relinquish_v1_0_mbz_ok(const struct ffa_mem_relinquish_v1_0 *d)
{
	(void)d;
	return true;
}

/* Size of a mem-relinquish in the layout of version v (0 before it existed). */
static inline size_t ffa_mem_relinquish_size(enum ffa_version v)
{
	if (v >= FFA_VERSION_1_0)
		return 16;
	return 0;
}

/* partition-msg-header, since 1.1, until 1.2: DEN0077A v1.1 §6 Table 6.2 */
struct ffa_partition_msg_header_v1_1 {
	uint32_t flags; /* @0, MBZ: Flags; none are defined. */
	uint32_t reserved_0; /* @4, MBZ: Reserved. */
	uint32_t offset; /* @8: Offset of the payload from the start of the header. */
	uint32_t endpoints; /* @12: Receiver id in bits [15:0], sender id in bits [31:16]. */
	uint32_t size; /* @16: Size of the payload in bytes. */
};
#define FFA_PARTITION_MSG_HEADER_V1_1_SIZE 20
_Static_assert(sizeof(struct ffa_partition_msg_header_v1_1) == 20, "ffa_partition_msg_header_v1_1: size");
#define FFA_PARTITION_MSG_HEADER_V1_1_FLAGS_OFFSET 0
_Static_assert(offsetof(struct ffa_partition_msg_header_v1_1, flags) == 0, "ffa_partition_msg_header_v1_1.flags: offset");
#define FFA_PARTITION_MSG_HEADER_V1_1_RESERVED_0_OFFSET 4
_Static_assert(offsetof(struct ffa_partition_msg_header_v1_1, reserved_0) == 4, "ffa_partition_msg_header_v1_1.reserved_0: offset");
#define FFA_PARTITION_MSG_HEADER_V1_1_OFFSET_OFFSET 8
_Static_assert(offsetof(struct ffa_partition_msg_header_v1_1, offset) == 8, "ffa_partition_msg_header_v1_1.offset: offset");
#define FFA_PARTITION_MSG_HEADER_V1_1_ENDPOINTS_OFFSET 12
_Static_assert(offsetof(struct ffa_partition_msg_header_v1_1, endpoints) == 12, "ffa_partition_msg_header_v1_1.endpoints: offset");
#define FFA_PARTITION_MSG_HEADER_V1_1_SIZE_OFFSET 16
_Static_assert(offsetof(struct ffa_partition_msg_header_v1_1, size) == 16, "ffa_partition_msg_header_v1_1.size: offset");

/* Copy one partition-msg-header at buf[off] out of a buffer of size bytes. */
static inline bool ffa_partition_msg_header_v1_1_read(const void *buf, size_t size, size_t off, struct ffa_partition_msg_header_v1_1 *out)
{
	if (!ffa_range_ok(size, off, 20))
		return false;
	__builtin_memcpy(out, (const uint8_t *)buf + off, 20);
	return true;
}

/* Copy element index of an array of partition-msg-header starting at buf[base]. */
static inline bool ffa_partition_msg_header_v1_1_read_at(const void *buf, size_t size, size_t base, size_t index, struct ffa_partition_msg_header_v1_1 *out)
{
	size_t off;

	return ffa_index_offset(base, index, 20, &off) && ffa_partition_msg_header_v1_1_read(buf, size, off, out);
}

/* Store one partition-msg-header at buf[off] of a buffer of size bytes. */
static inline bool ffa_partition_msg_header_v1_1_write(void *buf, size_t size, size_t off, const struct ffa_partition_msg_header_v1_1 *in)
{
	if (!ffa_range_ok(size, off, 20))
		return false;
	__builtin_memcpy((uint8_t *)buf + off, in, 20);
	return true;
}

/* Are the reserved (MBZ) fields of a partition-msg-header zero? */
static inline bool ffa_partition_msg_header_v1_1_mbz_ok(const struct ffa_partition_msg_header_v1_1 *d)
{
	/* Field by field: a loop over the bytes is a loop in the code too. */
	uint64_t acc = 0;

	acc |= d->flags;
	acc |= d->reserved_0;
	return acc == 0;
}

/* partition-msg-header, since 1.2: DEN0077A v1.1 §6 Table 6.2 */
struct ffa_partition_msg_header_v1_2 {
	uint32_t flags; /* @0, MBZ: Flags; none are defined. */
	uint32_t reserved_0; /* @4, MBZ: Reserved. */
	uint32_t offset; /* @8: Offset of the payload from the start of the header. */
	uint32_t endpoints; /* @12: Receiver id in bits [15:0], sender id in bits [31:16]. */
	uint32_t size; /* @16: Size of the payload in bytes. */
	uint32_t reserved_1; /* @20, MBZ: Reserved. */
	struct ffa_uuid uuid; /* @24: UUID of the protocol (service) the message is for; Nil for the receiver's default. */
};
#define FFA_PARTITION_MSG_HEADER_V1_2_SIZE 40
_Static_assert(sizeof(struct ffa_partition_msg_header_v1_2) == 40, "ffa_partition_msg_header_v1_2: size");
#define FFA_PARTITION_MSG_HEADER_V1_2_FLAGS_OFFSET 0
_Static_assert(offsetof(struct ffa_partition_msg_header_v1_2, flags) == 0, "ffa_partition_msg_header_v1_2.flags: offset");
#define FFA_PARTITION_MSG_HEADER_V1_2_RESERVED_0_OFFSET 4
_Static_assert(offsetof(struct ffa_partition_msg_header_v1_2, reserved_0) == 4, "ffa_partition_msg_header_v1_2.reserved_0: offset");
#define FFA_PARTITION_MSG_HEADER_V1_2_OFFSET_OFFSET 8
_Static_assert(offsetof(struct ffa_partition_msg_header_v1_2, offset) == 8, "ffa_partition_msg_header_v1_2.offset: offset");
#define FFA_PARTITION_MSG_HEADER_V1_2_ENDPOINTS_OFFSET 12
_Static_assert(offsetof(struct ffa_partition_msg_header_v1_2, endpoints) == 12, "ffa_partition_msg_header_v1_2.endpoints: offset");
#define FFA_PARTITION_MSG_HEADER_V1_2_SIZE_OFFSET 16
_Static_assert(offsetof(struct ffa_partition_msg_header_v1_2, size) == 16, "ffa_partition_msg_header_v1_2.size: offset");
#define FFA_PARTITION_MSG_HEADER_V1_2_RESERVED_1_OFFSET 20
_Static_assert(offsetof(struct ffa_partition_msg_header_v1_2, reserved_1) == 20, "ffa_partition_msg_header_v1_2.reserved_1: offset");
#define FFA_PARTITION_MSG_HEADER_V1_2_UUID_OFFSET 24
_Static_assert(offsetof(struct ffa_partition_msg_header_v1_2, uuid) == 24, "ffa_partition_msg_header_v1_2.uuid: offset");

/* Copy one partition-msg-header at buf[off] out of a buffer of size bytes. */
static inline bool ffa_partition_msg_header_v1_2_read(const void *buf, size_t size, size_t off, struct ffa_partition_msg_header_v1_2 *out)
{
	if (!ffa_range_ok(size, off, 40))
		return false;
	__builtin_memcpy(out, (const uint8_t *)buf + off, 40);
	return true;
}

/* Copy element index of an array of partition-msg-header starting at buf[base]. */
static inline bool ffa_partition_msg_header_v1_2_read_at(const void *buf, size_t size, size_t base, size_t index, struct ffa_partition_msg_header_v1_2 *out)
{
	size_t off;

	return ffa_index_offset(base, index, 40, &off) && ffa_partition_msg_header_v1_2_read(buf, size, off, out);
}

/* Store one partition-msg-header at buf[off] of a buffer of size bytes. */
static inline bool ffa_partition_msg_header_v1_2_write(void *buf, size_t size, size_t off, const struct ffa_partition_msg_header_v1_2 *in)
{
	if (!ffa_range_ok(size, off, 40))
		return false;
	__builtin_memcpy((uint8_t *)buf + off, in, 40);
	return true;
}

/* Are the reserved (MBZ) fields of a partition-msg-header zero? */
static inline bool ffa_partition_msg_header_v1_2_mbz_ok(const struct ffa_partition_msg_header_v1_2 *d)
{
	/* Field by field: a loop over the bytes is a loop in the code too. */
	uint64_t acc = 0;

	acc |= d->flags;
	acc |= d->reserved_0;
	acc |= d->reserved_1;
	return acc == 0;
}

/* Size of a partition-msg-header in the layout of version v (0 before it existed). */
static inline size_t ffa_partition_msg_header_size(enum ffa_version v)
{
	if (v >= FFA_VERSION_1_2)
		return 40;
	if (v >= FFA_VERSION_1_1 && v < FFA_VERSION_1_2)
		return 20;
	return 0;
}

/* endpoint-rxtx, since 1.1: DEN0077A v1.1 §13 Table 13.27 */
struct ffa_endpoint_rxtx_v1_1 {
	uint16_t endpoint_id; /* @0: Id of the VM the buffers belong to. */
	uint16_t reserved_0; /* @2, MBZ: Reserved. */
	uint32_t rx_offset; /* @4: Offset from the start of this descriptor to the composite memory region descriptor of the RX buffer (8-byte aligned). */
	uint32_t tx_offset; /* @8: Offset from the start of this descriptor to the composite memory region descriptor of the TX buffer (8-byte aligned). */
};
#define FFA_ENDPOINT_RXTX_V1_1_SIZE 12
_Static_assert(sizeof(struct ffa_endpoint_rxtx_v1_1) == 12, "ffa_endpoint_rxtx_v1_1: size");
#define FFA_ENDPOINT_RXTX_V1_1_ENDPOINT_ID_OFFSET 0
_Static_assert(offsetof(struct ffa_endpoint_rxtx_v1_1, endpoint_id) == 0, "ffa_endpoint_rxtx_v1_1.endpoint_id: offset");
#define FFA_ENDPOINT_RXTX_V1_1_RESERVED_0_OFFSET 2
_Static_assert(offsetof(struct ffa_endpoint_rxtx_v1_1, reserved_0) == 2, "ffa_endpoint_rxtx_v1_1.reserved_0: offset");
#define FFA_ENDPOINT_RXTX_V1_1_RX_OFFSET_OFFSET 4
_Static_assert(offsetof(struct ffa_endpoint_rxtx_v1_1, rx_offset) == 4, "ffa_endpoint_rxtx_v1_1.rx_offset: offset");
#define FFA_ENDPOINT_RXTX_V1_1_TX_OFFSET_OFFSET 8
_Static_assert(offsetof(struct ffa_endpoint_rxtx_v1_1, tx_offset) == 8, "ffa_endpoint_rxtx_v1_1.tx_offset: offset");

/* Copy one endpoint-rxtx at buf[off] out of a buffer of size bytes. */
static inline bool ffa_endpoint_rxtx_v1_1_read(const void *buf, size_t size, size_t off, struct ffa_endpoint_rxtx_v1_1 *out)
{
	if (!ffa_range_ok(size, off, 12))
		return false;
	__builtin_memcpy(out, (const uint8_t *)buf + off, 12);
	return true;
}

/* Copy element index of an array of endpoint-rxtx starting at buf[base]. */
static inline bool ffa_endpoint_rxtx_v1_1_read_at(const void *buf, size_t size, size_t base, size_t index, struct ffa_endpoint_rxtx_v1_1 *out)
{
	size_t off;

	return ffa_index_offset(base, index, 12, &off) && ffa_endpoint_rxtx_v1_1_read(buf, size, off, out);
}

/* Store one endpoint-rxtx at buf[off] of a buffer of size bytes. */
static inline bool ffa_endpoint_rxtx_v1_1_write(void *buf, size_t size, size_t off, const struct ffa_endpoint_rxtx_v1_1 *in)
{
	if (!ffa_range_ok(size, off, 12))
		return false;
	__builtin_memcpy((uint8_t *)buf + off, in, 12);
	return true;
}

/* Are the reserved (MBZ) fields of a endpoint-rxtx zero? */
static inline bool ffa_endpoint_rxtx_v1_1_mbz_ok(const struct ffa_endpoint_rxtx_v1_1 *d)
{
	/* Field by field: a loop over the bytes is a loop in the code too. */
	uint64_t acc = 0;

	acc |= d->reserved_0;
	return acc == 0;
}

/* Size of a endpoint-rxtx in the layout of version v (0 before it existed). */
static inline size_t ffa_endpoint_rxtx_size(enum ffa_version v)
{
	if (v >= FFA_VERSION_1_1)
		return 12;
	return 0;
}

#endif /* FFA_STRUCTS_H */
