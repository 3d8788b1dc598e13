/* SPDX-License-Identifier: MIT */
/*
 * Indirect messages: FFA_MSG_SEND2 (DEN0077A v1.2 §15.1). The message sits
 * in the sender's TX buffer behind a partition message header in the
 * layout of the sender's version (20 bytes at 1.1, 40 from 1.2). The header
 * is copied out once and checked with overflow-safe arithmetic; then:
 *  - to a partition: FFA_MSG_SEND2 with the VM's id in w1, and the SPMC
 *    reads the message from the VM's TX buffer, which it knows from the
 *    buffers' registration (as Hafnium does; the SPMC checks it again). The
 *    SPMC reads a normal-world VM's header in the layout of the version the
 *    hypervisor negotiated, so a VM whose layout differs cannot send to a
 *    partition (DENIED), nor can one whose buffers the SPMC does not keep;
 *  - to another VM, if the hypervisor's policy allows it (default deny):
 *    into the receiver's RX buffer behind a header in the receiver's
 *    layout, when that buffer is free (else BUSY); the receiver then owns
 *    it until FFA_RX_RELEASE.
 */
#include "internal.h"

/* A message header, whatever layout it came in. */
struct message {
	uint32_t offset;
	uint32_t size;
	uint16_t sender;
	uint16_t receiver;
	struct ffa_uuid uuid;
};

static size_t header_size(enum ffa_version v)
{
	return ffa_partition_msg_header_size(v);
}

/* Copy the header out of buf and check it against a buffer of size bytes. */
static int32_t read_header(const void *buf, size_t size, enum ffa_version v, struct message *msg)
{
	const size_t hsize = header_size(v);
	struct ffa_partition_msg_header_v1_2 h;

	if (v >= FFA_VERSION_1_2) {
		if (!ffa_partition_msg_header_v1_2_read(buf, size, 0, &h) ||
		    !ffa_partition_msg_header_v1_2_mbz_ok(&h))
			return FFA_INVALID_PARAMETERS;
	} else {
		struct ffa_partition_msg_header_v1_1 h1;

		if (!ffa_partition_msg_header_v1_1_read(buf, size, 0, &h1) ||
		    !ffa_partition_msg_header_v1_1_mbz_ok(&h1))
			return FFA_INVALID_PARAMETERS;
		/* The 1.2 form, with no UUID: one assignment fills msg. */
		h = (struct ffa_partition_msg_header_v1_2){ .offset = h1.offset,
							    .endpoints = h1.endpoints,
							    .size = h1.size };
	}
	*msg = (struct message){
		.offset = h.offset,
		.size = h.size,
		.sender = (uint16_t)ffa_direct_msg_endpoints_get_source(h.endpoints),
		.receiver = (uint16_t)ffa_direct_msg_endpoints_get_destination(h.endpoints),
		.uuid = h.uuid,
	};
	/* The payload lies after the header and inside the buffer. */
	if (msg->offset < hsize || !ffa_range_ok(size, msg->offset, msg->size))
		return FFA_INVALID_PARAMETERS;
	return FFA_OK;
}

/*
 * Write msg's header in the layout of version v at the start of buf, and
 * its payload right behind it; false if it does not fit.
 */
static bool write_message(void *buf, size_t size, enum ffa_version v, const struct message *msg,
			  const uint8_t *payload)
{
	const uint32_t hsize = (uint32_t)header_size(v);
	const uint32_t endpoints = (uint32_t)ffa_direct_msg_endpoints_set_destination(
		ffa_direct_msg_endpoints_set_source(0, msg->sender), msg->receiver);
	bool ok;

	if (!ffa_range_ok(size, hsize, msg->size))
		return false;
	if (v >= FFA_VERSION_1_2) {
		struct ffa_partition_msg_header_v1_2 h = {
			.offset = hsize,
			.endpoints = endpoints,
			.size = msg->size,
			.uuid = msg->uuid,
		};

		ok = ffa_partition_msg_header_v1_2_write(buf, size, 0, &h);
	} else {
		struct ffa_partition_msg_header_v1_1 h = { .offset = hsize,
							   .endpoints = endpoints,
							   .size = msg->size };

		ok = ffa_partition_msg_header_v1_1_write(buf, size, 0, &h);
	}
	if (ok)
		__builtin_memcpy((uint8_t *)buf + hsize, payload, msg->size);
	return ok;
}

static size_t buffer_bytes(uint32_t pages)
{
	return (size_t)pages * FFA_PAGE_SIZE;
}

/*
 * To a partition: the SPMC reads the VM's TX buffer itself, while the VM is
 * locked (so no other vCPU unmaps it meanwhile). Inline in its one caller.
 */
static inline __attribute__((__always_inline__)) int32_t
send_to_partition(const struct ffa_call_ctx *ctx, struct ffa_vm_locked sender,
		  const struct message *msg)
{
	const struct ffa_mediator *m = ctx->m;
	const struct ffa_partition *p = ffa_partition_find(m, msg->receiver);
	struct ffa_msg_send2_args a = { .sender_vm_id = ctx->vm->id };
	struct ffa_regs r;
	if (p == NULL)
		return FFA_INVALID_PARAMETERS;
	if (!(p->properties & FFA_PARTITION_PROPERTIES_INDIRECT_MSG_MASK))
		return FFA_DENIED;
	if (!ffa_spmc_implements(m, FFA_MSG_SEND2_32))
		return FFA_NOT_SUPPORTED;
	if (!sender.vm->rxtx.spmc_registered ||
	    header_size(ctx->version) != header_size(m->version))
		return FFA_DENIED;
	ffa_encode_msg_send2(&a, m->version, &r);
	return ffa_spmc_call_status(m, &r);
}

/*
 * To another VM. The sender is locked on entry and on return. A VM is
 * found under the table lock, which comes before VM locks: the sender's
 * lock is dropped for the look-up and taken again with the receiver's,
 * and its TX buffer checked to be the same (another vCPU may have
 * unmapped it meanwhile). Inline in its one caller.
 */
static inline __attribute__((__always_inline__)) int32_t
send_to_vm(const struct ffa_call_ctx *ctx, struct ffa_vm_locked *sender, const struct message *msg,
	   const uint8_t *payload)
{
	struct ffa_mediator *m = ctx->m;
	const struct ffa_platform *p = m->plat;
	const void *tx = ctx->vm->rxtx.tx;
	const uint32_t pages = ctx->vm->rxtx.pages;
	struct ffa_vm_locked to;
	struct ffa_vm_ref ref;
	enum ffa_version version;
	int32_t ret;

	if (p->vm_messaging_allowed == NULL ||
	    !p->vm_messaging_allowed(p->ctx, ctx->vm->id, msg->receiver))
		return FFA_DENIED;
	ffa_vm_unlock(m, sender);
	ref = ffa_vm_find_ref(m, msg->receiver);
	if (!ffa_vm_lock_with(m, ctx->vm, &ref, sender, &to))
		return FFA_INVALID_PARAMETERS;
	/*
	 * ffa_vm_destroy() freezes a VM at version 0 without taking its lock,
	 * so it may have done so since ffa_vm_lock_with() found the VM live:
	 * read the version once. At 0 the VM is gone as a receiver (not a 1.0
	 * VM, DENIED).
	 */
	version = ffa_vm_version(to.vm);
	if (!ctx->vm->rxtx.mapped || ctx->vm->rxtx.tx != tx || ctx->vm->rxtx.pages != pages)
		ret = FFA_BUSY;
	else if (version == 0)
		ret = FFA_INVALID_PARAMETERS;
	else if (version < FFA_VERSION_1_1)
		ret = FFA_DENIED; /* a 1.0 VM knows no indirect messages */
	else
		ret = ffa_rx_claim(m, to);
	if (ret == FFA_OK) {
		if (write_message(to.vm->rxtx.rx, buffer_bytes(to.vm->rxtx.pages), version, msg,
				  payload)) {
			ffa_rx_fill_done(to);
			ffa_notify_rx_full(m, to);
		} else {
			ffa_rx_unclaim(m, to);
			ret = FFA_NO_MEMORY;
		}
	}
	ffa_vm_unlock(m, &to);
	return ret;
}

/*
 * Errors: INVALID_PARAMETERS for w1 or w2 set (only a hypervisor or a
 * partition uses them), a header that is not valid for the caller's
 * version (flags or reserved fields set, payload outside the TX buffer),
 * a sender other than the caller, the caller as receiver, or a receiver
 * that is no partition taking indirect messages nor a live VM; DENIED
 * without TX buffer, when the policy does not let the caller message that
 * VM (or it is a 1.0 VM), or, to a partition, when the SPMC does not keep
 * the caller's buffers or reads another header layout; BUSY when the
 * receiving VM's RX buffer is not free; NO_MEMORY when the message does
 * not fit the receiving VM's RX buffer; the SPMC's error for a partition.
 */
int32_t ffa_handle_msg_send2(struct ffa_call_ctx *ctx, const struct ffa_msg_send2_args *args,
			     struct ffa_regs *out)
{
	struct ffa_mediator *m = ctx->m;
	struct ffa_vm *vm = ctx->vm;
	struct ffa_msg_send2_result res = { 0 };
	struct ffa_vm_locked locked;
	struct message msg;
	const uint8_t *tx;
	int32_t ret;

	if (args->sender_vm_id != 0 || args->delay_sri)
		return FFA_INVALID_PARAMETERS;
	/* The reply if all goes well: an error's FFA_ERROR replaces it whole. */
	ffa_encode_msg_send2_result(&res, ctx->version, out);
	locked = ffa_vm_lock(m, vm);
	tx = vm->rxtx.tx;
	ret = vm->rxtx.mapped ? read_header(tx, buffer_bytes(vm->rxtx.pages), ctx->version, &msg)
			      : FFA_DENIED;
	/* Nor the hypervisor (id 0): it is no endpoint of indirect messages (Hafnium, Xen). */
	if (ret == FFA_OK &&
	    (msg.sender != vm->id || msg.receiver == vm->id || msg.receiver == FFA_HYPERVISOR_ID))
		ret = FFA_INVALID_PARAMETERS;
	if (ret == FFA_OK)
		ret = ffa_endpoint_id_get_secure(msg.receiver) ?
			      send_to_partition(ctx, locked, &msg) :
			      send_to_vm(ctx, &locked, &msg, tx + msg.offset);
	ffa_vm_unlock(m, &locked);
	return ret;
}
