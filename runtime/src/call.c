/* SPDX-License-Identifier: MIT */
/*
 * The entry point for a trapped SMC or HVC. ffa_handle_call() sends the id
 * of every call with a lane of its own to that lane, never to dispatch():
 * dispatch()'s switch needs no case for it (ffa_dispatch.h).
 */
#define FFA_DISPATCH_LANES_ELSEWHERE
#include "features_leaf.h"
#include "id_leaf.h"
#include "lanes.h"
#include "notification_leaf.h"
#include "version_leaf.h"
#include "ffa/ffa_lane.h"
#include "ffa/ffa_leaf.h"

/*
 * The verdicts' names for a log line, one after another in one object:
 * separate strings would each be padded to 8 bytes, and a table of
 * pointers to them take 8 bytes a verdict; verdict_name() finds one by
 * its offset.
 */
static const struct verdict_text {
	char not_ffa[sizeof("not FF-A")];
	char unknown[sizeof("unknown id")];
	char convention[sizeof("wrong convention")];
	char version[sizeof("not at this version")];
	char caller[sizeof("not for a VM")];
	char refused[sizeof("not offered")];
	char invalid[sizeof("MBZ bit set")];
	char handled[sizeof("handled")];
} verdict_text = {
	"not FF-A", "unknown id", "wrong convention", "not at this version",
	"not for a VM", "not offered", "MBZ bit set", "handled",
};

#define VERDICT_AT(member) ((uint8_t)offsetof(struct verdict_text, member))
static const uint8_t verdict_at[] = {
	[FFA_VERDICT_NOT_FFA] = VERDICT_AT(not_ffa),
	[FFA_VERDICT_UNKNOWN] = VERDICT_AT(unknown),
	[FFA_VERDICT_CONVENTION] = VERDICT_AT(convention),
	[FFA_VERDICT_VERSION] = VERDICT_AT(version),
	[FFA_VERDICT_CALLER] = VERDICT_AT(caller),
	[FFA_VERDICT_REFUSED] = VERDICT_AT(refused),
	[FFA_VERDICT_INVALID] = VERDICT_AT(invalid),
	[FFA_VERDICT_HANDLED] = VERDICT_AT(handled),
};
#undef VERDICT_AT
_Static_assert(sizeof(verdict_text) <= UINT8_MAX, "a verdict's offset fits in a byte");

static const char *verdict_name(enum ffa_verdict verdict)
{
	return (const char *)&verdict_text + verdict_at[verdict];
}

/*
 * A call's context, as an initialiser: the version the call is gated at
 * comes from the VM's state word.
 */
#define CALL_CTX(m, vm, vcpu, state)						\
	{									\
		.m = (m), .vm = (vm), .vcpu = (vcpu),				\
		.version = (enum ffa_version)((state) & ~FFA_VM_VERSION_FLAGS),	\
	}

/*
 * A VM is given only the statuses its version defines: whatever its call
 * met (the SPMC's answer, a partition's, the mediator's own), any other
 * becomes the fallback of spec/status.yaml, with a warning. The only place
 * a status leaves for a VM.
 */
static void status_for_vm(const struct ffa_call_ctx *ctx, uint32_t fid, struct ffa_regs *out)
{
	char name[32];

	ffa_log(ctx->m, FFA_LOG_WARN,
		"VM 0x%x: %s: status %d is not an FF-A %u.%u status; answered %d", ctx->vm->id,
		ffa_call_name(fid, name), (int)(int32_t)(uint32_t)out->x[2],
		(unsigned int)ffa_version_number_get_major(ctx->version),
		(unsigned int)ffa_version_number_get_minor(ctx->version), FFA_STATUS_FALLBACK);
	out->x[2] = (uint32_t)FFA_STATUS_FALLBACK;
}

/*
 * After a call, the rare work: not FF-A (the hypervisor's), an error
 * status the VM's version lacks, freezing the version on a VM's first
 * successful call other than VERSION, and logging each call by name.
 * Attribute names take underscores: Xen and Linux define noinline as a macro.
 */
static __attribute__((__noinline__, __cold__)) bool after_call(const struct ffa_call_ctx *ctx,
							       uint32_t fid,
							       enum ffa_verdict verdict,
							       struct ffa_regs *out)
{
	char name[32];
	/* Read once: neither status_for_vm() nor a log changes w0. */
	const bool error = out->x[0] == FFA_ERROR_32;

	if (verdict == FFA_VERDICT_NOT_FFA)
		return false;
	/* A VM being destroyed has version 0 and gets NOT_SUPPORTED: a 1.0 status. */
	if (error &&
	    ffa_status_at(out->x[2], ctx->version != 0 ? ctx->version : FFA_VERSION_1_0) !=
		    (int32_t)(uint32_t)out->x[2])
		status_for_vm(ctx, fid, out);
	/*
	 * A refused call changes nothing, not even the version's freedom. A
	 * VM settled on 1.0 takes no indirect messages: it leaves the
	 * partition lists of the VMs that listed it (partinfo.c).
	 */
	if (fid != FFA_VERSION_32 && verdict == FFA_VERDICT_HANDLED && !error &&
	    ffa_version_freeze(ctx->m, ctx->vm) &&
	    ctx->version == FFA_VERSION_1_0)
		ffa_vm_list_changed(ctx->m);
	if (ctx->m->log_calls)
		ffa_log(ctx->m, FFA_LOG_VERBOSE, "VM 0x%x vCPU %u: %s (0x%x): %s, w0 0x%x w2 0x%x",
			ctx->vm->id, ctx->vcpu, ffa_call_name(fid, name), fid,
			verdict_name(verdict), (unsigned int)out->x[0], (unsigned int)out->x[2]);
	return true;
}

/* ffa_dispatch(), or a call's own ffa_dispatch_lane_<call>() (ffa_lane.h). */
typedef enum ffa_verdict (*dispatcher_fn)(struct ffa_call_ctx *ctx, enum ffa_version v,
					  bool aarch64, const struct ffa_regs *in,
					  struct ffa_regs *out);

/*
 * The full dispatch of a call whose id is fid: gate, decode, handle with
 * dispatcher, then the rare work of after_call(). Always inline, so that
 * each use calls its dispatcher directly, with the context in registers.
 */
static inline __attribute__((__always_inline__)) bool
dispatch_with(dispatcher_fn dispatcher, struct ffa_mediator *m, struct ffa_vm *vm, uint16_t vcpu,
	      struct ffa_regs *regs, uint32_t fid)
{
	/* One load: the version the call is gated at, and whether it is quiet. */
	const uint32_t state = ffa_atomic_load_acquire(&vm->version_state);
	struct ffa_call_ctx ctx = CALL_CTX(m, vm, vcpu, state);
	/* The reply replaces the call in place: decoding is done before any
	 * register is written. */
	const enum ffa_verdict verdict = dispatcher(&ctx, ctx.version, vm->aarch64, regs, regs);

	/* The common case: answered, no error, the version frozen already, no log. */
	if (__builtin_expect(verdict == FFA_VERDICT_HANDLED && regs->x[0] != FFA_ERROR_32 &&
			     (state & FFA_VM_VERSION_QUIET) != 0, 1))
		return true;
	return after_call(&ctx, fid, verdict, regs);
}

/*
 * The full dispatch of any call. Out of line, so that the fast lane before
 * it needs no stack frame.
 */
static __attribute__((__noinline__)) bool dispatch(struct ffa_mediator *m, struct ffa_vm *vm,
						   uint16_t vcpu, struct ffa_regs *regs)
{
	return dispatch_with(ffa_dispatch, m, vm, vcpu, regs, (uint32_t)regs->x[0]);
}

/*
 * A call with a lane of its own (spec: lane, ffa_lane.h): the full
 * dispatch of its id alone, errors and after_call() included, without the
 * switch over every id. For a frequent call that goes out to the SPMC,
 * which a leaf lane could not try twice. id is the one the entry's test
 * found: a constant there, which the compiler carries into the lane
 * instead of keeping the id in a register across the SPMC call. Its
 * after_call() takes the context in memory, as the full dispatch's does:
 * a copy taking it in parts, which spared PARTITION_INFO_GET_REGS's lane
 * its stores (4 instructions), cost 60 bytes.
 */
#define OWN_LANE(call)								\
	static __attribute__((__noinline__)) bool lane_##call(			\
		struct ffa_mediator *m, struct ffa_vm *vm, uint16_t vcpu,	\
		struct ffa_regs *regs, uint32_t id)				\
	{									\
		return dispatch_with(ffa_dispatch_lane_##call, m, vm, vcpu, regs, id); \
	}
FFA_LANE_CALLS(OWN_LANE)
#undef OWN_LANE

/*
 * The fast lane (ffa_leaf.h): a leaf call from a quiet VM needs nothing
 * after it when it succeeds, as after_call() would find; anything else goes
 * on to the full dispatch. One function per leaf call, so that each is
 * given registers for itself alone and none needs a stack frame.
 */
#define LANE(call)								\
	static __attribute__((__noinline__)) bool lane_##call(			\
		struct ffa_mediator *m, struct ffa_vm *vm, uint16_t vcpu,	\
		struct ffa_regs *regs)						\
	{									\
		const uint32_t state = ffa_atomic_load_acquire(&vm->version_state); \
		struct ffa_call_ctx ctx = CALL_CTX(m, vm, vcpu, state);	\
										\
		if ((state & FFA_VM_VERSION_QUIET) != 0 &&			\
		    ffa_dispatch_leaf_##call(&ctx, ctx.version, vm->aarch64, regs, regs)) \
			return true;						\
		return dispatch(m, vm, vcpu, regs);				\
	}
FFA_LEAF_CALLS(LANE)
#undef LANE

/* The entry's split below: every leaf call is SMC32, every own lane's SMC64. */
#define LEAF_IS_SMC32(id, call) \
	_Static_assert(((id) & FFA_FUNCTION_ID_SMC64_MASK) == 0, "leaf call " #call " is SMC32");
FFA_LEAF_IDS(LEAF_IS_SMC32)
#undef LEAF_IS_SMC32
#define LANE_IS_SMC64(id, call) \
	_Static_assert(((id) & FFA_FUNCTION_ID_SMC64_MASK) != 0, "lane " #call " is SMC64");
FFA_LANE_IDS(LANE_IS_SMC64)
#undef LANE_IS_SMC64

bool ffa_handle_call(struct ffa_mediator *m, struct ffa_vm *vm, uint16_t vcpu,
		     struct ffa_regs *regs)
{
	const uint32_t fid = (uint32_t)regs->x[0];

	/*
	 * One test of the convention first: the leaf calls then need no test
	 * of an own lane's id, and the own lanes none of a leaf call's.
	 */
	if ((fid & FFA_FUNCTION_ID_SMC64_MASK) == 0) {
		switch (fid) {
#define LANE_CASE(id, call)	\
		case id:	\
			return lane_##call(m, vm, vcpu, regs);
		FFA_LEAF_IDS(LANE_CASE)
#undef LANE_CASE
		default:
			break;
		}
	} else {
#define OWN_LANE_IF(id, call)					\
		if (fid == (id))				\
			return lane_##call(m, vm, vcpu, regs, id);
		FFA_LANE_IDS(OWN_LANE_IF)
#undef OWN_LANE_IF
	}
	return dispatch(m, vm, vcpu, regs);
}
