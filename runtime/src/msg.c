/* SPDX-License-Identifier: MIT */
/*
 * Direct messages from a VM to a partition: FFA_MSG_SEND_DIRECT_REQ
 * (DEN0077A v1.2 §15.2), FFA_MSG_SEND_DIRECT_REQ2 (§15.4), and FFA_RUN
 * (§14.3) to resume a partition that was interrupted or yielded.
 *
 * The VM's arguments are decoded, checked and encoded again for the SPMC,
 * so nothing but what the specification defines reaches it. The SPMC's
 * reply is decoded, checked against the request (a response must come from
 * the partition called and be addressed to the VM) and encoded again for
 * the VM: the VM never sees raw secure-world registers. A reply that is not
 * one the call allows gets FFA_ERROR(ABORTED).
 *
 * All but DIRECT_REQ2's lane (msg_lane.h) is FFA_COLD, compiled for size:
 * the lane answers the common request and reply itself, and DIRECT_REQ,
 * RUN and preemptions are rare.
 */
#include "msg_lane.h"
#include "partinfo_lane.h"

/*
 * Replies a call allows besides FFA_ERROR, FFA_INTERRUPT and FFA_YIELD
 * (which every call here allows).
 */
enum reply_kinds {
	REPLY_RESP32 = 1u << 0,  /* FFA_MSG_SEND_DIRECT_RESP_32 */
	REPLY_RESP64 = 1u << 1,  /* FFA_MSG_SEND_DIRECT_RESP_64 */
	REPLY_RESP2 = 1u << 2,   /* FFA_MSG_SEND_DIRECT_RESP2_64 */
	REPLY_WAITING = 1u << 3, /* FFA_SUCCESS, FFA_MSG_WAIT (FFA_RUN: waiting again) */
};

/* The caller's x8..x17, kept while the SPMC answers in its registers (relay()). */
#define CALLER_X8_COUNT (FFA_REG_COUNT - FFA_MSG_REG_COUNT)

/*
 * No partition has id: DENIED for a VM in the caller's partition list (its
 * descriptor says it receives no direct requests here), as Hafnium and the
 * ACS's direct_message_error tests answer; INVALID_PARAMETERS for any
 * other id. Out of line: the common call names a partition.
 */
__attribute__((__noinline__)) FFA_COLD int32_t ffa_msg_no_partition(const struct ffa_call_ctx *ctx,
								    uint16_t id)
{
	const struct ffa_vm_ref ref = ffa_vm_find_ref(ctx->m, id);

	/* In the caller's list: a live VM the policy lets it message (partinfo_lane.h). */
	if (ref.vm != NULL && ctx->m->plat->vm_messaging_allowed != NULL &&
	    shows(ctx->m, ctx->vm, ref.vm, id))
		return FFA_DENIED;
	return FFA_INVALID_PARAMETERS;
}

/*
 * A partition's FFA_ERROR, passed on: ffa_spmc_call checked its status
 * against FF-A, and ffa_handle_call gives the VM only what its version
 * defines (NO_DATA before 1.1, NOT_READY before 1.2 become ABORTED).
 */
FFA_COLD static int32_t relay_error(const struct ffa_call_ctx *ctx, const struct ffa_regs *r)
{
	struct ffa_error_args e;

	if (ffa_decode_error(r, ctx->m->version, &e) != FFA_OK)
		return FFA_ABORTED;
	return e.error_code;
}

/* --- which VM may resume a preempted partition vCPU ----------------- */

/*
 * The VM whose request a partition vCPU holds (0: none); with record, that
 * holder becomes vm, or is forgotten (vm 0). One function for the look-up
 * and both changes: the table's lock and loop once in the code.
 */
FFA_COLD
static uint16_t preempted(struct ffa_mediator *m, uint16_t partition, uint16_t vcpu, bool record,
			  uint16_t vm)
{
	__typeof__(&m->preempted[0]) e = NULL, vacant = NULL;
	uint16_t holder = 0;

	m->plat->lock(m->plat->ctx, &m->preempted_lock);
	for (int j = 0; j < FFA_MAX_PREEMPTED && e == NULL; j++) {
		if (m->preempted[j].vm == 0)
			vacant = vacant == NULL ? &m->preempted[j] : vacant;
		else if (m->preempted[j].partition == partition && m->preempted[j].vcpu == vcpu)
			e = &m->preempted[j];
	}
	if (e != NULL)
		holder = e->vm;
	else if (vm != 0)
		e = vacant; /* the first free entry, if any */
	if (record && e != NULL)
		*e = (__typeof__(*e)){ .partition = partition, .vcpu = vcpu, .vm = vm };
	else if (record && vm != 0)
		ffa_log(m, FFA_LOG_WARN,
			"partition 0x%x vCPU %u: no room to note VM 0x%x's request", partition,
			vcpu, vm);
	m->plat->unlock(m->plat->ctx, &m->preempted_lock);
	return holder;
}

/* Record (vm != 0) or forget (vm == 0) who holds a preempted vCPU. */
static void set_preempted(struct ffa_mediator *m, uint16_t partition, uint16_t vcpu, uint16_t vm)
{
	preempted(m, partition, vcpu, true, vm);
}

/*
 * FFA_RUN calls per ffa_vm_destroy_poll(), for all of a destroyed VM's
 * preempted requests together: the poll holds the VM's lock, so its work
 * is bounded whatever number of requests partitions hold (README:
 * "Bounded work"); what is left waits for the next poll.
 */
#define DRAIN_RUNS_PER_POLL 4

/*
 * A destroyed VM's direct requests still preempted in partitions: run each
 * to its end and drop the answer, so a new VM with the same id never gets
 * it. FFA_RETRY while one is still preempted after DRAIN_RUNS_PER_POLL
 * runs (the VM's id then stays taken).
 */
FFA_COLD int32_t ffa_msg_drain_vm(struct ffa_mediator *m, uint16_t vm)
{
	int32_t result = FFA_OK;
	int runs = 0;

	for (int i = 0; i < FFA_MAX_PREEMPTED; i++) {
		struct ffa_run_args run;
		uint32_t w0 = FFA_INTERRUPT_32;
		struct ffa_regs r;
		bool mine;

		m->plat->lock(m->plat->ctx, &m->preempted_lock);
		run = (struct ffa_run_args){ .target = m->preempted[i].partition,
					     .vcpu = m->preempted[i].vcpu };
		mine = m->preempted[i].vm == vm;
		m->plat->unlock(m->plat->ctx, &m->preempted_lock);
		if (!mine)
			continue;
		for (; runs < DRAIN_RUNS_PER_POLL && (w0 == FFA_INTERRUPT_32 || w0 == FFA_YIELD_32);
		     runs++) {
			ffa_encode_run(&run, m->version, &r);
			ffa_spmc_call(m, &r);
			w0 = (uint32_t)r.x[0];
		}
		/*
		 * Any other answer, even a w0 of 0 from a broken SPMC, ends the
		 * request: the entry goes, or the VM's next holder of the id
		 * could resume it.
		 */
		if (w0 == FFA_INTERRUPT_32 || w0 == FFA_YIELD_32)
			result = FFA_RETRY;
		else
			set_preempted(m, run.target, run.vcpu, 0);
	}
	return result;
}

/* A DIRECT_RESP of a width kinds allows, from partition `from` to this VM. */
FFA_COLD
static bool relay_resp(const struct ffa_call_ctx *ctx, struct ffa_regs *r, uint16_t from,
		       unsigned int kinds)
{
	struct ffa_msg_send_direct_resp_args a;

	if (ffa_decode_msg_send_direct_resp(r, ctx->m->version, &a) != FFA_OK ||
	    !(kinds & (a.smc64 ? REPLY_RESP64 : REPLY_RESP32)) || a.framework ||
	    a.framework_type != 0 || a.source != from || a.destination != ctx->vm->id)
		return false;
	ffa_encode_msg_send_direct_resp(&a, ctx->version, r);
	return true;
}

/*
 * FFA_INTERRUPT or FFA_YIELD of the partition called: the VM resumes that
 * vCPU with FFA_RUN, and only this VM may.
 */
FFA_COLD
static bool relay_preempted(const struct ffa_call_ctx *ctx, struct ffa_regs *r, uint16_t from)
{
	struct ffa_interrupt_args irq;
	struct ffa_yield_args y;
	ffa_vcpu_id_t vcpu;

	if (ffa_decode_interrupt(r, ctx->m->version, &irq) == FFA_OK && irq.endpoint == from) {
		vcpu = irq.vcpu;
		ffa_encode_interrupt(&irq, ctx->version, r);
	} else if (ffa_decode_yield(r, ctx->m->version, &y) == FFA_OK && y.endpoint == from) {
		vcpu = y.vcpu;
		ffa_encode_yield(&y, ctx->version, r);
	} else {
		return false;
	}
	set_preempted(ctx->m, from, vcpu, ctx->vm->id);
	return true;
}

/* FFA_SUCCESS or FFA_MSG_WAIT, where kinds allows them. */
FFA_COLD
static bool relay_waiting(const struct ffa_call_ctx *ctx, struct ffa_regs *r, unsigned int kinds)
{
	struct ffa_success_args s;
	struct ffa_msg_wait_args w;

	if (!(kinds & REPLY_WAITING))
		return false;
	if (ffa_decode_success(r, ctx->m->version, &s) == FFA_OK) {
		ffa_encode_success(&s, ctx->version, r);
		return true;
	}
	if (ffa_decode_msg_wait(r, ctx->m->version, &w) == FFA_OK) {
		ffa_encode_msg_wait(&w, ctx->version, r);
		return true;
	}
	return false;
}

/*
 * Turn the SPMC's reply in r, to a call for partition `from`, into the
 * VM's reply, in place: FFA_OK, or the status for FFA_ERROR. Each reply is
 * decoded whole before r is written. Only DIRECT_RESP2 answers in
 * x8..x17, so for any other they are the caller's again, from caller_x8
 * (SMCCC 1.2: preserved).
 */
FFA_COLD
static int32_t relay(const struct ffa_call_ctx *ctx, struct ffa_regs *r, uint16_t from,
		     unsigned int kinds, const uint64_t *caller_x8)
{
	const uint32_t w0 = (uint32_t)r->x[0];
	int32_t ret = FFA_OK;

	if (w0 == FFA_ERROR_32) {
		ret = relay_error(ctx, r);
	} else if ((kinds & REPLY_RESP2) && ffa_msg_relay_resp2(ctx, r, from, r)) {
		return FFA_OK;
	} else if (!relay_resp(ctx, r, from, kinds) &&
		   !relay_preempted(ctx, r, from) &&
		   !relay_waiting(ctx, r, kinds)) {
		ffa_log(ctx->m, FFA_LOG_ERROR,
			"VM 0x%x: unexpected SPMC reply 0x%x for partition 0x%x", ctx->vm->id, w0,
			from);
		ret = FFA_ABORTED;
	}
	__builtin_memcpy(&r->x[FFA_MSG_REG_COUNT], caller_x8, CALLER_X8_COUNT * sizeof(r->x[0]));
	return ret;
}

/*
 * Errors: INVALID_PARAMETERS when the source is not the caller, for a
 * framework message (a VM may never send one) or a type without the
 * framework bit, or a destination that is no partition; DENIED for a
 * partition that does not receive direct requests (of this width);
 * NOT_SUPPORTED when the SPMC lacks the call;
 * the partition's FFA_ERROR; ABORTED for a reply the call does not allow.
 */
FFA_COLD
int32_t ffa_handle_msg_send_direct_req(struct ffa_call_ctx *ctx,
				       const struct ffa_msg_send_direct_req_args *args,
				       struct ffa_regs *out)
{
	const struct ffa_mediator *m = ctx->m;
	const uint32_t fid = args->smc64 ? FFA_MSG_SEND_DIRECT_REQ_64 : FFA_MSG_SEND_DIRECT_REQ_32;
	uint64_t caller_x8[CALLER_X8_COUNT];
	int32_t ret;

	if (args->source != ctx->vm->id || args->framework || args->framework_type != 0)
		return FFA_INVALID_PARAMETERS;
	ret = ffa_msg_receiver(ctx, ffa_partition_find(m, args->destination), args->destination,
			       FFA_PARTITION_PROPERTIES_DIRECT_REQ_RECV_MASK, args->smc64);
	if (ret != FFA_OK)
		return ret;
	if (!ffa_spmc_implements(m, fid))
		return FFA_NOT_SUPPORTED;
	/* In the VM's registers: the payload, decoded in place, needs no copy. */
	__builtin_memcpy(caller_x8, &out->x[FFA_MSG_REG_COUNT], sizeof(caller_x8));
	ffa_encode_msg_send_direct_req(args, m->version, out);
	ffa_spmc_call(m, out);
	/* The response has the request's width. */
	return relay(ctx, out, args->destination,
		     args->smc64 ? REPLY_RESP64 : REPLY_RESP32, caller_x8);
}

/*
 * A DIRECT_REQ2's reply other than its partition's DIRECT_RESP2:
 * FFA_INTERRUPT, FFA_YIELD, FFA_ERROR, or ABORTED for one the call does
 * not allow (a DIRECT_RESP2 that failed ffa_msg_relay_resp2()'s checks
 * among them). Only DIRECT_RESP2 answers in x8..x17, so they are the
 * caller's again, from caller_x8 (SMCCC 1.2: preserved). Out of line: the
 * lane keeps the common reply alone.
 */
FFA_COLD
int32_t ffa_msg_req2_other_reply(const struct ffa_call_ctx *ctx, struct ffa_regs *out,
				 uint16_t from, const uint64_t *caller_x8)
{
	return relay(ctx, out, from, 0 /* no DIRECT_RESP2 but the lane's */, caller_x8);
}

/*
 * FFA_RUN of a partition's vCPU, to finish a direct request it was
 * preempted in. Errors: INVALID_PARAMETERS for a target that is not a
 * partition or a vCPU it does not have; DENIED when that vCPU holds
 * another VM's preempted request (only that VM may resume it); the SPMC's
 * FFA_ERROR; ABORTED for a reply FFA_RUN does not allow.
 */
FFA_COLD
int32_t ffa_handle_run(struct ffa_call_ctx *ctx, const struct ffa_run_args *args,
		       struct ffa_regs *out)
{
	struct ffa_mediator *m = ctx->m;
	const struct ffa_partition *p = ffa_partition_find(m, args->target);
	uint64_t caller_x8[CALLER_X8_COUNT];
	uint16_t holder;

	if (p == NULL || args->vcpu >= p->exec_ctx_count)
		return FFA_INVALID_PARAMETERS;
	if (!ffa_spmc_implements(m, FFA_RUN_32))
		return FFA_NOT_SUPPORTED;
	holder = preempted(m, p->id, args->vcpu, false, 0);
	if (holder != 0 && holder != ctx->vm->id)
		return FFA_DENIED;
	__builtin_memcpy(caller_x8, &out->x[FFA_MSG_REG_COUNT], sizeof(caller_x8));
	ffa_encode_run(args, m->version, out);
	ffa_spmc_call(m, out);
	/* Whatever comes back but another preemption ends the request. */
	if (holder != 0 && (uint32_t)out->x[0] != FFA_INTERRUPT_32 &&
	    (uint32_t)out->x[0] != FFA_YIELD_32)
		set_preempted(m, p->id, args->vcpu, 0);
	/* An AArch32 VM can only have sent 32-bit requests. */
	return relay(ctx, out, p->id,
		     (ctx->vm->aarch64 ? REPLY_RESP32 | REPLY_RESP64 | REPLY_RESP2 : REPLY_RESP32) |
			     REPLY_WAITING,
		     caller_x8);
}
