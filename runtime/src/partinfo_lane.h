/* SPDX-License-Identifier: MIT */
/*
 * FFA_PARTITION_INFO_GET_REGS (DEN0077A v1.2 §13.9): its handler for the
 * lane of its own (spec/functions.yaml: lane; lanes.h), inline there, the
 * Nil UUID's list (the frequent query) in it, and what partinfo.c shares
 * with it. An FFA_PARTITION_INFO_GET_REGS reply is built in the caller's
 * registers as the list is walked: the descriptor of list index n is
 * element n - start of the reply, if the reply has that element.
 */
#ifndef FFA_PARTINFO_LANE_H
#define FFA_PARTINFO_LANE_H

#include "internal.h"

/*
 * The properties a VM at version v sees: those its version does not
 * define are cleared, and so are the VM created and destroyed message
 * bits, which only mean something to the hypervisor (the Non-secure
 * physical instance).
 */
static inline uint32_t vm_properties(uint32_t props, enum ffa_version v)
{
	return props & ffa_partition_properties_fields_at(v) &
	       ~(uint32_t)(FFA_PARTITION_PROPERTIES_VM_CREATED_MSG_MASK |
			   FFA_PARTITION_PROPERTIES_VM_DESTROYED_MSG_MASK);
}

/*
 * A VM as a partition: it sends direct requests (to partitions), takes
 * indirect messages and notifications (FF-A 1.1 and later; a caller's
 * version masks what it does not define). Xen (FFA_PART_VM_PROP) and
 * Hafnium (a VM's manifest) describe a VM so too.
 */
static inline struct ffa_partition vm_as_partition(const struct ffa_vm *vm)
{
	uint32_t props = ffa_partition_properties_set_direct_req_send(0, 1);

	props = ffa_partition_properties_set_indirect_msg(props, 1);
	props = ffa_partition_properties_set_notifications(props, 1);

	props = ffa_partition_properties_set_aarch64(props, vm->aarch64);
	return (struct ffa_partition){ .id = vm->id,
				       .exec_ctx_count = vm->vcpu_count,
				       .properties = props };
}

/*
 * Does caller see vm, a live VM with this id: one the policy lets it
 * message, other than itself? A VM settled on 1.0 takes no indirect
 * messages: not listed.
 */
static inline bool shows(const struct ffa_mediator *m, const struct ffa_vm *caller,
			 const struct ffa_vm *vm, uint16_t id)
{
	const struct ffa_platform *p = m->plat;

	return vm != caller &&
	       (ffa_atomic_load_acquire(&vm->version_state) & ~FFA_VM_VERSION_QUIET) !=
		       (FFA_VM_VERSION_FROZEN | FFA_VERSION_1_0) &&
	       p->vm_messaging_allowed(p->ctx, caller->id, id);
}

/* May caller see vm (the VM table locked)? */
static inline bool listed(const struct ffa_mediator *m, const struct ffa_vm *caller,
			  const struct ffa_vm *vm)
{
	return vm->live && shows(m, caller, vm, vm->id);
}

/* Descriptors per FFA_PARTITION_INFO_GET_REGS reply (x3..x17, three registers each). */
#define REGS_PER_CALL                                                     \
	(sizeof(((struct ffa_partition_info_get_regs_result *)0)->desc) / \
	 sizeof(((struct ffa_partition_info_get_regs_result *)0)->desc[0]))

/* p's FFA_PARTITION_INFO_GET_REGS info register, with every property p has. */
static inline uint64_t partinfo_regs_info(const struct ffa_partition *p)
{
	uint64_t info = ffa_partition_info_regs_info_set_partition_id(0, p->id);

	info = ffa_partition_info_regs_info_set_exec_ctx_count(info, p->exec_ctx_count);
	return ffa_partition_info_regs_info_set_properties(info, p->properties);
}

/* Element i of the reply, if the reply has it (the encoder writes no other). */
static inline void regs_put(struct ffa_regs *out, uint32_t i, uint64_t info, uint64_t uuid_lo,
			    uint64_t uuid_hi)
{
	const struct ffa_partition_info_get_regs_result_desc d = { info, uuid_lo, uuid_hi };

	ffa_encode_partition_info_get_regs_result_desc(&d, i, true, out);
}

/* Element i: partition sp's, with the properties info_mask lets through. */
static inline void regs_put_partition(struct ffa_regs *out, uint32_t i,
				      const struct ffa_partition *sp, uint64_t info_mask)
{
	regs_put(out, i, sp->regs_info & info_mask, ffa_le_get(sp->uuid.b, 8),
		 ffa_le_get(sp->uuid.b + 8, 8));
}

/* The properties of the info register a VM at version v may see. */
static inline uint64_t regs_info_mask(enum ffa_version v)
{
	return ffa_partition_info_regs_info_set_properties(UINT64_MAX,
							   vm_properties(UINT32_MAX, v));
}

/*
 * Element i: a VM's (its UUID is Nil), with the properties a caller at
 * version v may see; the VM's descriptor made only if the reply has the
 * element.
 */
static inline void regs_put_vm(struct ffa_regs *out, uint32_t i, const struct ffa_vm *vm,
			       enum ffa_version v)
{
	if (i < REGS_PER_CALL) {
		const struct ffa_partition as_sp = vm_as_partition(vm);

		regs_put(out, i, partinfo_regs_info(&as_sp) & regs_info_mask(v), 0, 0);
	}
}

/*
 * The reply's head (x0..x2), for a list of count descriptors from start,
 * start < count: the last index, less the descriptors past the reply.
 */
static inline void regs_head_only(struct ffa_regs *out, enum ffa_version v, uint32_t start,
				  uint32_t count, uint16_t tag)
{
	struct ffa_partition_info_get_regs_result res; /* the head: its elements are in out */

	res.smc64 = true;
	/*
	 * The last index, less the descriptors past the reply (start + 4 when
	 * more follow): so written, with start only in count - start, GCC
	 * keeps no copy of x3 across the lane's policy calls (8 instructions
	 * in ./run bench).
	 */
	res.current_index = (uint16_t)(count - 1 - (count - start > REGS_PER_CALL ?
						    count - start - REGS_PER_CALL : 0));
	res.desc_size = (uint16_t)ffa_partition_info_size(v);
	res.tag = tag;
	res.last_index = (uint16_t)(count - 1);
	ffa_encode_partition_info_get_regs_result_head(&res, v, out);
}

/*
 * The reply's head, for a list of count descriptors from start (those the
 * reply has are in it), and the elements past the last descriptor zeroed
 * (MBZ). Errors: INVALID_PARAMETERS for a start index past the last
 * descriptor, with nothing written (no index reached the reply).
 */
static inline int32_t regs_head(struct ffa_regs *out, enum ffa_version v, uint32_t start,
				uint32_t count, uint16_t tag)
{
	const struct ffa_partition_info_get_regs_result_desc none = { 0 };

	if (start >= count)
		return FFA_INVALID_PARAMETERS;
	for (uint32_t i = count - start; i < REGS_PER_CALL; i++)
		ffa_encode_partition_info_get_regs_result_desc(&none, i, true, out);
	regs_head_only(out, v, start, count, tag);
	return FFA_OK;
}

/*
 * The Nil UUID's list from start: every partition (with its UUID, as
 * FFA_PARTITION_INFO_GET), then the VMs caller sees, itself first, under
 * one hold of the VM table lock, which also keeps the tag that names
 * this list. Errors: RETRY when tag is not 0 and not the current tag
 * (the list changed since the VM's earlier call); as regs_head(). Each
 * descriptor goes to element i of the reply, its list index less start:
 * before start, i wraps past the reply. Few values live across the lock
 * and policy calls: each more is a register saved and restored there.
 */
static inline int32_t partinfo_regs_all(struct ffa_mediator *m, const struct ffa_vm *caller,
					enum ffa_version v, uint32_t start, uint32_t tag,
					struct ffa_regs *out)
{
	const bool policy = m->plat->vm_messaging_allowed != NULL;
	const struct ffa_vm *vm, *next, *end;
	uint64_t info_mask;
	uint16_t list_tag;
	uint32_t i;

	if (policy)
		m->plat->lock(m->plat->ctx, &m->vms_lock);
	list_tag = ffa_atomic_load_acquire(&m->partitions_tag);
	if (tag != 0 && tag != list_tag) {
		if (policy)
			m->plat->unlock(m->plat->ctx, &m->vms_lock);
		return FFA_RETRY;
	}
	info_mask = regs_info_mask(v);
	/*
	 * The partitions before start are passed over, and those after the
	 * reply: a loop of five at most, unrolled, one test an element.
	 */
	if (start < m->partition_count) {
		const struct ffa_partition *sp = &m->partitions[start];
		const uint32_t left = m->partition_count - start;

		_Pragma("GCC unroll 5")
		for (i = 0; i < REGS_PER_CALL; i++) {
			if (i >= left)
				break;
			regs_put_partition(out, i, &sp[i], info_mask);
		}
	}
	/* The call exists from FF-A 1.2, where the list has the caller (lists_self()). */
	i = m->partition_count - start;
	/*
	 * The caller, then each VM it sees (with a policy alone): one put for
	 * both, as put_list() does. Neither end nor the slots move while the
	 * lock is held: end is read once, not after each policy call.
	 */
	next = m->vms;
	end = next + (policy ? m->live_end : 0);
	for (vm = caller;; vm = next++) {
		regs_put_vm(out, i++, vm, v);
		while (next != end && !listed(m, caller, next))
			next++;
		if (next == end)
			break;
	}
	if (policy)
		m->plat->unlock(m->plat->ctx, &m->vms_lock);
	return regs_head(out, v, start, i + start, list_tag);
}

/*
 * One pass: the partitions selected and, for the Nil UUID, the VMs the
 * caller sees, each put in the reply as it is met if the reply holds it.
 * Errors: INVALID_PARAMETERS for a UUID no partition has or a start index
 * past the last descriptor; RETRY for a tag other than the current one
 * (the list changed since the VM's earlier call). A nonzero tag at start
 * index 0 never gets here: the generated decoder refuses it (MBZ there).
 * Every error but one is ruled out before the first element is written;
 * that one, a start index past the list, writes none (no index reaches
 * it): an error leaves the caller's x3..x17 as they were. The Nil UUID's
 * list here, from the decoded arguments in registers; any other UUID's out
 * of line (partinfo.c).
 */
static inline int32_t
ffa_lane_partition_info_get_regs(struct ffa_call_ctx *ctx,
				 const struct ffa_partition_info_get_regs_args *args,
				 struct ffa_regs *out)
{
	const uint64_t lo = ffa_le_get(args->uuid.b, 8), hi = ffa_le_get(args->uuid.b + 8, 8);

	if ((lo | hi) == 0)
		return partinfo_regs_all(ctx->m, ctx->vm, ctx->version, args->start_index,
					 args->tag, out);
	return ffa_partinfo_regs_selected(ctx->m, ctx->vm, ctx->version, lo, hi,
					  args->start_index, args->tag, out);
}

#endif /* FFA_PARTINFO_LANE_H */
