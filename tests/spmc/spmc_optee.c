/* SPDX-License-Identifier: MIT */
/*
 * OP-TEE's side of its FF-A ABI, as the system test's Linux guest needs it.
 * Constants from Linux drivers/tee/optee/optee_ffa.h and optee_msg.h
 * (OP-TEE's own ABI, not FF-A's, so they are here and not in spec/).
 *
 * The only secure service offered is "no trusted application": every
 * OPEN_SESSION finds nothing (TEEC_ERROR_ITEM_NOT_FOUND), which is how
 * Linux's device enumeration learns there are no TEE devices; every other
 * command succeeds. What matters to the test is the path: the argument
 * page reaches this partition through the VM's FFA_MEM_SHARE, the
 * mediator's translation and the SPMC's transaction, and the answer goes
 * back the same way.
 */
#include "spmc_optee.h"

/* Service ids in w3 (optee_ffa.h). */
#define OPTEE_FFA_GET_API_VERSION 0u
#define OPTEE_FFA_GET_OS_VERSION 1u
#define OPTEE_FFA_EXCHANGE_CAPABILITIES 2u
#define OPTEE_FFA_UNREGISTER_SHM 3u
#define OPTEE_FFA_YIELDING_CALL_WITH_ARG 0x80000000u

#define OPTEE_FFA_VERSION_MAJOR 1u
#define OPTEE_FFA_VERSION_MINOR 0u
#define OPTEE_REVISION_MAJOR 4u  /* the OP-TEE release this pretends to be: */
#define OPTEE_REVISION_MINOR 10u /* Debian's optee-os 4.10.0, the real one tested */
/* What real OP-TEE offers for RPC arguments (THREAD_RPC_MAX_NUM_PARAMS). */
#define OPTEE_RPC_PARAMS 4u
#define OPTEE_FFA_SEC_CAP_ARG_OFFSET 1u /* w6 of a call may be non-zero */
#define OPTEE_FFA_YIELDING_CALL_RETURN_DONE 0u

/* struct optee_msg_arg (optee_msg.h): the fields read and written. */
#define OPTEE_MSG_ARG_CMD 0
#define OPTEE_MSG_ARG_RET 20
#define OPTEE_MSG_ARG_RET_ORIGIN 24
#define OPTEE_MSG_ARG_NUM_PARAMS 28
#define OPTEE_MSG_ARG_HEADER_SIZE 32
#define OPTEE_MSG_CMD_OPEN_SESSION 0u
/*
 * OPEN_SESSION's first parameter (struct optee_msg_param, 32 bytes after
 * the header): attr = META | VALUE_INPUT, then the TA's UUID as 16 bytes.
 */
#define OPTEE_MSG_PARAM_SIZE 32
#define OPTEE_MSG_PARAM_UUID 8
#define OPTEE_MSG_ATTR_TYPE_VALUE_INPUT 0x1u
#define OPTEE_MSG_ATTR_META 0x100u
#define OPTEE_MSG_ARG_READ (OPTEE_MSG_ARG_HEADER_SIZE + OPTEE_MSG_PARAM_SIZE)
#define TEEC_ERROR_ITEM_NOT_FOUND 0xffff0008u
#define TEEC_ORIGIN_TEE 3u

static void put_u32(uint8_t *p, uint32_t v)
{
	for (int i = 0; i < 4; i++)
		p[i] = (uint8_t)(v >> (8 * i));
}

static uint32_t get_u32(const uint8_t *p)
{
	return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

/* The struct optee_msg_arg at offset of handle's memory, or NULL. */
static uint8_t *msg_arg(struct spmc *s, ffa_mem_handle_t handle, uint32_t offset)
{
	const struct spmc_mem_transaction *t = spmc_transaction_of(s, handle);
	struct spmc_range first;

	if (t == 0 || !spmc_transaction_range(s, t, 0, &first) ||
	    (uint64_t)offset + OPTEE_MSG_ARG_READ > (uint64_t)first.pages * FFA_PAGE_SIZE)
		return 0;
	return s->config.phys(s->config.phys_ctx, first.pa + offset, OPTEE_MSG_ARG_READ);
}

/* The TA an OPEN_SESSION names, if its first parameter is the UUID. */
static void record_open_session(struct spmc_partition_state *st, const uint8_t *arg)
{
	const uint8_t *param = arg + OPTEE_MSG_ARG_HEADER_SIZE;

	if (get_u32(arg + OPTEE_MSG_ARG_NUM_PARAMS) < 1 ||
	    get_u32(param) != (OPTEE_MSG_ATTR_META | OPTEE_MSG_ATTR_TYPE_VALUE_INPUT))
		return;
	st->optee.open_sessions++;
	for (int i = 0; i < 16; i++)
		st->optee.last_ta.b[i] = param[OPTEE_MSG_PARAM_UUID + i];
}

/* OPTEE_FFA_YIELDING_CALL_WITH_ARG: w4/w5 the handle, w6 the offset. */
static void call_with_arg(struct spmc *s, struct spmc_partition_state *st, uint16_t partition,
			  const struct spmc_request *r, uint64_t reply[5])
{
	const ffa_mem_handle_t handle = (uint32_t)r->payload[1] | (uint64_t)(uint32_t)r->payload[2]
									  << 32;
	int32_t got = spmc_retrieve(s, handle, partition);
	uint8_t *arg;

	/* DENIED: retrieved by an earlier call and not relinquished yet. */
	arg = got == FFA_OK || got == FFA_DENIED ? msg_arg(s, handle, (uint32_t)r->payload[3]) : 0;
	if (arg == 0) {
		reply[0] = (uint32_t)FFA_INVALID_PARAMETERS;
		return;
	}
	st->optee.calls_with_arg++;
	if (get_u32(arg + OPTEE_MSG_ARG_CMD) == OPTEE_MSG_CMD_OPEN_SESSION) {
		record_open_session(st, arg);
		put_u32(arg + OPTEE_MSG_ARG_RET, TEEC_ERROR_ITEM_NOT_FOUND);
		put_u32(arg + OPTEE_MSG_ARG_RET_ORIGIN, TEEC_ORIGIN_TEE);
	} else {
		put_u32(arg + OPTEE_MSG_ARG_RET, 0);
		put_u32(arg + OPTEE_MSG_ARG_RET_ORIGIN, 0);
	}
	reply[0] = 0;
	reply[1] = OPTEE_FFA_YIELDING_CALL_RETURN_DONE;
}

void spmc_optee_vm_destroyed(struct spmc *s, uint16_t partition, uint16_t vm)
{
	for (uint32_t n = 0; n < spmc_transaction_count(s); n++) {
		const struct spmc_mem_transaction *t = spmc_transaction_at(s, n);

		/* Not retrieved by this partition: INVALID_PARAMETERS, nothing to do. */
		if (t->complete && t->sender == vm)
			(void)spmc_relinquish(s, t->handle, partition);
	}
}

void spmc_optee_answer(struct spmc *s, struct spmc_partition_state *st, uint16_t partition,
		       const struct spmc_request *r, uint64_t reply[5])
{
	for (int i = 0; i < 5; i++)
		reply[i] = 0;
	switch ((uint32_t)r->payload[0]) {
	case OPTEE_FFA_GET_API_VERSION:
		reply[0] = OPTEE_FFA_VERSION_MAJOR;
		reply[1] = OPTEE_FFA_VERSION_MINOR;
		break;
	case OPTEE_FFA_GET_OS_VERSION:
		reply[0] = OPTEE_REVISION_MAJOR;
		reply[1] = OPTEE_REVISION_MINOR;
		break;
	case OPTEE_FFA_EXCHANGE_CAPABILITIES:
		reply[1] = OPTEE_RPC_PARAMS;
		reply[2] = OPTEE_FFA_SEC_CAP_ARG_OFFSET;
		break;
	case OPTEE_FFA_UNREGISTER_SHM: {
		const ffa_mem_handle_t handle = (uint32_t)r->payload[1] |
						(uint64_t)(uint32_t)r->payload[2] << 32;

		reply[0] = (uint32_t)spmc_relinquish(s, handle, partition);
		break;
	}
	case OPTEE_FFA_YIELDING_CALL_WITH_ARG:
		call_with_arg(s, st, partition, r, reply);
		break;
	default:
		reply[0] = (uint32_t)FFA_NOT_SUPPORTED;
	}
}
