/* SPDX-License-Identifier: MIT */
/*
 * Generated from spec/functions.yaml, spec/features.yaml; do not edit.
 * To regenerate: python3 generator/ffagen.py
 * FFA-GEN src/ffa_dispatch.c
 */
#include "ffa/ffa_dispatch.h"

#define ID_BASE_MASK (~(uint32_t)(FFA_FUNCTION_ID_SMC64_MASK | FFA_FUNCTION_ID_NUMBER_MASK))
_Static_assert(FFA_CALLS_FIRST == FFA_FUNCTION_NUMBER_FIRST, "the table starts at FF-A's first number");
_Static_assert(FFA_CALL_VERSION_FITS(FFA_VERSION_1_0), "FFA_CALL_VERSION() keeps FFA_VERSION_1_0 in a byte");
_Static_assert(FFA_CALL_VERSION_FITS(FFA_VERSION_1_1), "FFA_CALL_VERSION() keeps FFA_VERSION_1_1 in a byte");
_Static_assert(FFA_CALL_VERSION_FITS(FFA_VERSION_1_2), "FFA_CALL_VERSION() keeps FFA_VERSION_1_2 in a byte");
_Static_assert(FFA_CALL_VERSION_FITS(FFA_VERSION_1_3), "FFA_CALL_VERSION() keeps FFA_VERSION_1_3 in a byte");

/*
 * x0..x7 only: the caller's x8..x17 carry no result and are preserved.
 * Called, not inlined, by the refusals below too: one copy of the stores.
 */
__attribute__((__noinline__)) void ffa_set_error(struct ffa_regs *out, int32_t status)
{
	const struct ffa_error_args e = { .error_code = status };

	ffa_encode_error(&e, FFA_VERSION_MEDIATOR_MAX, out);
}

__attribute__((__noinline__)) void ffa_set_raw_error(struct ffa_regs *out, int32_t status)
{
	int i;

	out->x[0] = (uint32_t)status;
	for (i = 1; i < FFA_MSG_REG_COUNT; i++)
		out->x[i] = 0;
}

__attribute__((__cold__)) enum ffa_verdict ffa_refuse_args(struct ffa_regs *out, int32_t status, bool raw)
{
	/* A raw-error call reports any invalid input as NOT_SUPPORTED. */
	if (raw)
		ffa_set_raw_error(out, FFA_NOT_SUPPORTED);
	else
		ffa_set_error(out, status);
	return FFA_VERDICT_INVALID;
}

/*
 * Words the names of the table's rows share, each ending in NUL: byte k
 * (1 to 31, below ' ') of a name stands for the k-th (a log line's names
 * take a third less room so).
 */
static const char ffa_call_words[] =
	"NOTIFICATION_\0" /* 1 */
	"MSG_SEND_DIRECT_\0" /* 2 */
	"MEM_\0" /* 3 */
	"PARTITION_INFO_\0" /* 4 */
	"GET\0" /* 5 */
	"MSG_\0" /* 6 */
	"RETRIEVE_\0" /* 7 */
	"BITMAP_\0" /* 8 */
	"RESUME\0" /* 9 */
	"FRAG_\0" /* 10 */
	"INFO_\0" /* 11 */
	"PERM_\0" /* 12 */
	"RXTX_\0" /* 13 */
	"RESP\0" /* 14 */
	;

/*
 * The names of the table's rows one after another, in the table's order,
 * each ending in NUL and with its shared words as their bytes, an empty one
 * for a row FF-A does not define: a row needs no offset into them
 * (ffa_call_name() counts its way there, for a log line).
 */
static const char ffa_call_names[] =
	"ERROR\0"
	"SUCCESS\0"
	"INTERRUPT\0"
	"VERSION\0"
	"FEATURES\0"
	"RX_RELEASE\0"
	"\015MAP\0" /* RXTX_MAP */
	"\015UNMAP\0" /* RXTX_UNMAP */
	"\004\005\0" /* PARTITION_INFO_GET */
	"ID_\005\0" /* ID_GET */
	"\006POLL\0" /* MSG_POLL */
	"\006WAIT\0" /* MSG_WAIT */
	"YIELD\0"
	"RUN\0"
	"\006SEND\0" /* MSG_SEND */
	"\002REQ\0" /* MSG_SEND_DIRECT_REQ */
	"\002\016\0" /* MSG_SEND_DIRECT_RESP */
	"\003DONATE\0" /* MEM_DONATE */
	"\003LEND\0" /* MEM_LEND */
	"\003SHARE\0" /* MEM_SHARE */
	"\003\007REQ\0" /* MEM_RETRIEVE_REQ */
	"\003\007\016\0" /* MEM_RETRIEVE_RESP */
	"\003RELINQUISH\0" /* MEM_RELINQUISH */
	"\003RECLAIM\0" /* MEM_RECLAIM */
	"\003OP_PAUSE\0" /* MEM_OP_PAUSE */
	"\003OP_\011\0" /* MEM_OP_RESUME */
	"\003\012RX\0" /* MEM_FRAG_RX */
	"\003\012TX\0" /* MEM_FRAG_TX */
	"NORMAL_WORLD_\011\0" /* NORMAL_WORLD_RESUME */
	"\001\010CREATE\0" /* NOTIFICATION_BITMAP_CREATE */
	"\001\010DESTROY\0" /* NOTIFICATION_BITMAP_DESTROY */
	"\001BIND\0" /* NOTIFICATION_BIND */
	"\001UNBIND\0" /* NOTIFICATION_UNBIND */
	"\001SET\0" /* NOTIFICATION_SET */
	"\001\005\0" /* NOTIFICATION_GET */
	"\001\013\005\0" /* NOTIFICATION_INFO_GET */
	"RX_ACQUIRE\0"
	"SPM_ID_\005\0" /* SPM_ID_GET */
	"\006SEND2\0" /* MSG_SEND2 */
	"SECONDARY_EP_REGISTER\0"
	"\003\014\005\0" /* MEM_PERM_GET */
	"\003\014SET\0" /* MEM_PERM_SET */
	"CONSOLE_LOG\0"
	"\004GET_REGS\0" /* PARTITION_INFO_GET_REGS */
	"EL3_INTR_HANDLE\0"
	"\002REQ2\0" /* MSG_SEND_DIRECT_REQ2 */
	"\002RESP2\0" /* MSG_SEND_DIRECT_RESP2 */
	"NS_RES_\013\005\0" /* NS_RES_INFO_GET */
	"ABORT\0"
	;

const struct ffa_call_desc ffa_calls[FFA_CALLS_COUNT] = {
	[FFA_FN_ERROR - FFA_CALLS_FIRST] = {
		.since = { FFA_CALL_VERSION(FFA_VERSION_1_0), FFA_CALL_VERSION_NEVER },
		.removed = FFA_CALL_VERSION_NEVER,
		.flags = FFA_CALL_REPLY | FFA_CALL_VM,
	},
	[FFA_FN_SUCCESS - FFA_CALLS_FIRST] = {
		.since = { FFA_CALL_VERSION(FFA_VERSION_1_0), FFA_CALL_VERSION(FFA_VERSION_1_0) },
		.removed = FFA_CALL_VERSION_NEVER,
		.flags = FFA_CALL_REPLY | FFA_CALL_VM,
	},
	[FFA_FN_INTERRUPT - FFA_CALLS_FIRST] = {
		.since = { FFA_CALL_VERSION(FFA_VERSION_1_0), FFA_CALL_VERSION_NEVER },
		.removed = FFA_CALL_VERSION_NEVER,
		.flags = FFA_CALL_REPLY,
	},
	[FFA_FN_VERSION - FFA_CALLS_FIRST] = {
		.since = { FFA_CALL_VERSION(FFA_VERSION_1_0), FFA_CALL_VERSION_NEVER },
		.removed = FFA_CALL_VERSION_NEVER,
		.flags = FFA_CALL_DISPATCHED | FFA_CALL_VM,
	},
	[FFA_FN_FEATURES - FFA_CALLS_FIRST] = {
		.since = { FFA_CALL_VERSION(FFA_VERSION_1_0), FFA_CALL_VERSION_NEVER },
		.removed = FFA_CALL_VERSION_NEVER,
		.flags = FFA_CALL_DISPATCHED | FFA_CALL_VM,
	},
	[FFA_FN_RX_RELEASE - FFA_CALLS_FIRST] = {
		.since = { FFA_CALL_VERSION(FFA_VERSION_1_0), FFA_CALL_VERSION_NEVER },
		.removed = FFA_CALL_VERSION_NEVER,
		.flags = FFA_CALL_DISPATCHED | FFA_CALL_VM,
	},
	[FFA_FN_RXTX_MAP - FFA_CALLS_FIRST] = {
		.since = { FFA_CALL_VERSION(FFA_VERSION_1_0), FFA_CALL_VERSION(FFA_VERSION_1_0) },
		.removed = FFA_CALL_VERSION_NEVER,
		.flags = FFA_CALL_DISPATCHED | FFA_CALL_VM,
	},
	[FFA_FN_RXTX_UNMAP - FFA_CALLS_FIRST] = {
		.since = { FFA_CALL_VERSION(FFA_VERSION_1_0), FFA_CALL_VERSION_NEVER },
		.removed = FFA_CALL_VERSION_NEVER,
		.flags = FFA_CALL_DISPATCHED | FFA_CALL_VM,
	},
	[FFA_FN_PARTITION_INFO_GET - FFA_CALLS_FIRST] = {
		.since = { FFA_CALL_VERSION(FFA_VERSION_1_0), FFA_CALL_VERSION_NEVER },
		.removed = FFA_CALL_VERSION_NEVER,
		.flags = FFA_CALL_DISPATCHED | FFA_CALL_VM,
	},
	[FFA_FN_ID_GET - FFA_CALLS_FIRST] = {
		.since = { FFA_CALL_VERSION(FFA_VERSION_1_0), FFA_CALL_VERSION_NEVER },
		.removed = FFA_CALL_VERSION_NEVER,
		.flags = FFA_CALL_DISPATCHED | FFA_CALL_VM,
	},
	[FFA_FN_MSG_POLL - FFA_CALLS_FIRST] = {
		.since = { FFA_CALL_VERSION(FFA_VERSION_1_0), FFA_CALL_VERSION_NEVER },
		.removed = FFA_CALL_VERSION(FFA_VERSION_1_1),
		.flags = FFA_CALL_VM,
	},
	[FFA_FN_MSG_WAIT - FFA_CALLS_FIRST] = {
		.since = { FFA_CALL_VERSION(FFA_VERSION_1_0), FFA_CALL_VERSION_NEVER },
		.removed = FFA_CALL_VERSION_NEVER,
		.flags = FFA_CALL_VM,
	},
	[FFA_FN_YIELD - FFA_CALLS_FIRST] = {
		.since = { FFA_CALL_VERSION(FFA_VERSION_1_0), FFA_CALL_VERSION_NEVER },
		.removed = FFA_CALL_VERSION_NEVER,
		.flags = FFA_CALL_VM,
	},
	[FFA_FN_RUN - FFA_CALLS_FIRST] = {
		.since = { FFA_CALL_VERSION(FFA_VERSION_1_0), FFA_CALL_VERSION_NEVER },
		.removed = FFA_CALL_VERSION_NEVER,
		.flags = FFA_CALL_NEEDS_SPMC | FFA_CALL_DISPATCHED | FFA_CALL_VM,
	},
	[FFA_FN_MSG_SEND - FFA_CALLS_FIRST] = {
		.since = { FFA_CALL_VERSION(FFA_VERSION_1_0), FFA_CALL_VERSION_NEVER },
		.removed = FFA_CALL_VERSION(FFA_VERSION_1_1),
		.flags = FFA_CALL_VM,
	},
	[FFA_FN_MSG_SEND_DIRECT_REQ - FFA_CALLS_FIRST] = {
		.since = { FFA_CALL_VERSION(FFA_VERSION_1_0), FFA_CALL_VERSION(FFA_VERSION_1_0) },
		.removed = FFA_CALL_VERSION_NEVER,
		.flags = FFA_CALL_NEEDS_SPMC | FFA_CALL_DISPATCHED | FFA_CALL_VM,
	},
	[FFA_FN_MSG_SEND_DIRECT_RESP - FFA_CALLS_FIRST] = {
		.since = { FFA_CALL_VERSION(FFA_VERSION_1_0), FFA_CALL_VERSION(FFA_VERSION_1_0) },
		.removed = FFA_CALL_VERSION_NEVER,
		.flags = FFA_CALL_VM,
	},
	[FFA_FN_MEM_DONATE - FFA_CALLS_FIRST] = {
		.since = { FFA_CALL_VERSION(FFA_VERSION_1_0), FFA_CALL_VERSION(FFA_VERSION_1_0) },
		.removed = FFA_CALL_VERSION_NEVER,
		.flags = FFA_CALL_NEEDS_SPMC | FFA_CALL_DISPATCHED | FFA_CALL_VM,
	},
	[FFA_FN_MEM_LEND - FFA_CALLS_FIRST] = {
		.since = { FFA_CALL_VERSION(FFA_VERSION_1_0), FFA_CALL_VERSION(FFA_VERSION_1_0) },
		.removed = FFA_CALL_VERSION_NEVER,
		.flags = FFA_CALL_NEEDS_SPMC | FFA_CALL_DISPATCHED | FFA_CALL_VM,
	},
	[FFA_FN_MEM_SHARE - FFA_CALLS_FIRST] = {
		.since = { FFA_CALL_VERSION(FFA_VERSION_1_0), FFA_CALL_VERSION(FFA_VERSION_1_0) },
		.removed = FFA_CALL_VERSION_NEVER,
		.flags = FFA_CALL_NEEDS_SPMC | FFA_CALL_DISPATCHED | FFA_CALL_VM,
	},
	[FFA_FN_MEM_RETRIEVE_REQ - FFA_CALLS_FIRST] = {
		.since = { FFA_CALL_VERSION(FFA_VERSION_1_0), FFA_CALL_VERSION(FFA_VERSION_1_0) },
		.removed = FFA_CALL_VERSION_NEVER,
		.flags = FFA_CALL_VM,
	},
	[FFA_FN_MEM_RETRIEVE_RESP - FFA_CALLS_FIRST] = {
		.since = { FFA_CALL_VERSION(FFA_VERSION_1_0), FFA_CALL_VERSION_NEVER },
		.removed = FFA_CALL_VERSION_NEVER,
	},
	[FFA_FN_MEM_RELINQUISH - FFA_CALLS_FIRST] = {
		.since = { FFA_CALL_VERSION(FFA_VERSION_1_0), FFA_CALL_VERSION_NEVER },
		.removed = FFA_CALL_VERSION_NEVER,
		.flags = FFA_CALL_VM,
	},
	[FFA_FN_MEM_RECLAIM - FFA_CALLS_FIRST] = {
		.since = { FFA_CALL_VERSION(FFA_VERSION_1_0), FFA_CALL_VERSION_NEVER },
		.removed = FFA_CALL_VERSION_NEVER,
		.flags = FFA_CALL_NEEDS_SPMC | FFA_CALL_DISPATCHED | FFA_CALL_VM,
	},
	[FFA_FN_MEM_OP_PAUSE - FFA_CALLS_FIRST] = {
		.since = { FFA_CALL_VERSION(FFA_VERSION_1_0), FFA_CALL_VERSION_NEVER },
		.removed = FFA_CALL_VERSION_NEVER,
	},
	[FFA_FN_MEM_OP_RESUME - FFA_CALLS_FIRST] = {
		.since = { FFA_CALL_VERSION(FFA_VERSION_1_0), FFA_CALL_VERSION_NEVER },
		.removed = FFA_CALL_VERSION_NEVER,
	},
	[FFA_FN_MEM_FRAG_RX - FFA_CALLS_FIRST] = {
		.since = { FFA_CALL_VERSION(FFA_VERSION_1_0), FFA_CALL_VERSION_NEVER },
		.removed = FFA_CALL_VERSION_NEVER,
		.flags = FFA_CALL_NEEDS_SPMC | FFA_CALL_PENDING | FFA_CALL_DISPATCHED | FFA_CALL_VM,
	},
	[FFA_FN_MEM_FRAG_TX - FFA_CALLS_FIRST] = {
		.since = { FFA_CALL_VERSION(FFA_VERSION_1_0), FFA_CALL_VERSION_NEVER },
		.removed = FFA_CALL_VERSION_NEVER,
		.flags = FFA_CALL_NEEDS_SPMC | FFA_CALL_DISPATCHED | FFA_CALL_VM,
	},
	[FFA_FN_NORMAL_WORLD_RESUME - FFA_CALLS_FIRST] = {
		.since = { FFA_CALL_VERSION(FFA_VERSION_1_0), FFA_CALL_VERSION_NEVER },
		.removed = FFA_CALL_VERSION_NEVER,
	},
	[FFA_FN_NOTIFICATION_BITMAP_CREATE - FFA_CALLS_FIRST] = {
		.since = { FFA_CALL_VERSION(FFA_VERSION_1_1), FFA_CALL_VERSION_NEVER },
		.removed = FFA_CALL_VERSION_NEVER,
	},
	[FFA_FN_NOTIFICATION_BITMAP_DESTROY - FFA_CALLS_FIRST] = {
		.since = { FFA_CALL_VERSION(FFA_VERSION_1_1), FFA_CALL_VERSION_NEVER },
		.removed = FFA_CALL_VERSION_NEVER,
	},
	[FFA_FN_NOTIFICATION_BIND - FFA_CALLS_FIRST] = {
		.since = { FFA_CALL_VERSION(FFA_VERSION_1_1), FFA_CALL_VERSION_NEVER },
		.removed = FFA_CALL_VERSION_NEVER,
		.flags = FFA_CALL_DISPATCHED | FFA_CALL_VM,
	},
	[FFA_FN_NOTIFICATION_UNBIND - FFA_CALLS_FIRST] = {
		.since = { FFA_CALL_VERSION(FFA_VERSION_1_1), FFA_CALL_VERSION_NEVER },
		.removed = FFA_CALL_VERSION_NEVER,
		.flags = FFA_CALL_DISPATCHED | FFA_CALL_VM,
	},
	[FFA_FN_NOTIFICATION_SET - FFA_CALLS_FIRST] = {
		.since = { FFA_CALL_VERSION(FFA_VERSION_1_1), FFA_CALL_VERSION_NEVER },
		.removed = FFA_CALL_VERSION_NEVER,
		.flags = FFA_CALL_DISPATCHED | FFA_CALL_VM,
	},
	[FFA_FN_NOTIFICATION_GET - FFA_CALLS_FIRST] = {
		.since = { FFA_CALL_VERSION(FFA_VERSION_1_1), FFA_CALL_VERSION_NEVER },
		.removed = FFA_CALL_VERSION_NEVER,
		.flags = FFA_CALL_DISPATCHED | FFA_CALL_VM,
	},
	[FFA_FN_NOTIFICATION_INFO_GET - FFA_CALLS_FIRST] = {
		.since = { FFA_CALL_VERSION(FFA_VERSION_1_1), FFA_CALL_VERSION(FFA_VERSION_1_1) },
		.removed = FFA_CALL_VERSION_NEVER,
		.flags = FFA_CALL_DISPATCHED | FFA_CALL_VM,
	},
	[FFA_FN_RX_ACQUIRE - FFA_CALLS_FIRST] = {
		.since = { FFA_CALL_VERSION(FFA_VERSION_1_1), FFA_CALL_VERSION_NEVER },
		.removed = FFA_CALL_VERSION_NEVER,
	},
	[FFA_FN_SPM_ID_GET - FFA_CALLS_FIRST] = {
		.since = { FFA_CALL_VERSION(FFA_VERSION_1_1), FFA_CALL_VERSION_NEVER },
		.removed = FFA_CALL_VERSION_NEVER,
		.flags = FFA_CALL_DISPATCHED | FFA_CALL_VM,
	},
	[FFA_FN_MSG_SEND2 - FFA_CALLS_FIRST] = {
		.since = { FFA_CALL_VERSION(FFA_VERSION_1_1), FFA_CALL_VERSION_NEVER },
		.removed = FFA_CALL_VERSION_NEVER,
		.flags = FFA_CALL_DISPATCHED | FFA_CALL_VM,
	},
	[FFA_FN_SECONDARY_EP_REGISTER - FFA_CALLS_FIRST] = {
		.since = { FFA_CALL_VERSION(FFA_VERSION_1_1), FFA_CALL_VERSION(FFA_VERSION_1_1) },
		.removed = FFA_CALL_VERSION_NEVER,
	},
	[FFA_FN_MEM_PERM_GET - FFA_CALLS_FIRST] = {
		.since = { FFA_CALL_VERSION(FFA_VERSION_1_1), FFA_CALL_VERSION(FFA_VERSION_1_1) },
		.removed = FFA_CALL_VERSION_NEVER,
	},
	[FFA_FN_MEM_PERM_SET - FFA_CALLS_FIRST] = {
		.since = { FFA_CALL_VERSION(FFA_VERSION_1_1), FFA_CALL_VERSION(FFA_VERSION_1_1) },
		.removed = FFA_CALL_VERSION_NEVER,
	},
	[FFA_FN_CONSOLE_LOG - FFA_CALLS_FIRST] = {
		.since = { FFA_CALL_VERSION(FFA_VERSION_1_2), FFA_CALL_VERSION(FFA_VERSION_1_2) },
		.removed = FFA_CALL_VERSION_NEVER,
	},
	[FFA_FN_PARTITION_INFO_GET_REGS - FFA_CALLS_FIRST] = {
		.since = { FFA_CALL_VERSION_NEVER, FFA_CALL_VERSION(FFA_VERSION_1_2) },
		.removed = FFA_CALL_VERSION_NEVER,
		.flags = FFA_CALL_DISPATCHED | FFA_CALL_VM,
	},
	[FFA_FN_EL3_INTR_HANDLE - FFA_CALLS_FIRST] = {
		.since = { FFA_CALL_VERSION(FFA_VERSION_1_2), FFA_CALL_VERSION_NEVER },
		.removed = FFA_CALL_VERSION_NEVER,
	},
	[FFA_FN_MSG_SEND_DIRECT_REQ2 - FFA_CALLS_FIRST] = {
		.since = { FFA_CALL_VERSION_NEVER, FFA_CALL_VERSION(FFA_VERSION_1_2) },
		.removed = FFA_CALL_VERSION_NEVER,
		.flags = FFA_CALL_NEEDS_SPMC | FFA_CALL_DISPATCHED | FFA_CALL_VM,
	},
	[FFA_FN_MSG_SEND_DIRECT_RESP2 - FFA_CALLS_FIRST] = {
		.since = { FFA_CALL_VERSION_NEVER, FFA_CALL_VERSION(FFA_VERSION_1_2) },
		.removed = FFA_CALL_VERSION_NEVER,
		.flags = FFA_CALL_VM,
	},
	[FFA_FN_NS_RES_INFO_GET - FFA_CALLS_FIRST] = {
		.since = { FFA_CALL_VERSION_NEVER, FFA_CALL_VERSION(FFA_VERSION_1_3) },
		.removed = FFA_CALL_VERSION_NEVER,
	},
	[FFA_FN_ABORT - FFA_CALLS_FIRST] = {
		.since = { FFA_CALL_VERSION(FFA_VERSION_1_3), FFA_CALL_VERSION(FFA_VERSION_1_3) },
		.removed = FFA_CALL_VERSION_NEVER,
	},
};

const struct ffa_call_desc *ffa_call_lookup(uint32_t fid)
{
	const uint32_t number = fid & FFA_FUNCTION_ID_NUMBER_MASK;

	if ((fid & ID_BASE_MASK) != FFA_FUNCTION_ID_SMC32_BASE || number - FFA_CALLS_FIRST >= FFA_CALLS_COUNT ||
	    !ffa_call_defined(&ffa_calls[number - FFA_CALLS_FIRST]))
		return NULL;
	return &ffa_calls[number - FFA_CALLS_FIRST];
}

/* The n-th of the NUL-terminated strings s holds one after another. */
static __attribute__((__cold__, __noinline__)) const char *nth_string(const char *s, unsigned int n)
{
	for (; n > 0; n--) {
		while (*s++ != '\0')
			;
	}
	return s;
}

/* For a log line: compiled for size. */
__attribute__((__cold__)) const char *ffa_call_name(uint32_t fid, char buf[32])
{
	const struct ffa_call_desc *d = ffa_call_lookup(fid);
	const bool smc64 = (fid & FFA_FUNCTION_ID_SMC64_MASK) != 0;
	const char *s;
	unsigned int i = 4;

	if (d == NULL)
		return "?";
	buf[0] = 'F';
	buf[1] = 'F';
	buf[2] = 'A';
	buf[3] = '_';
	/* At most 24 characters of the name: the convention's suffix fits. */
	for (s = nth_string(ffa_call_names, (unsigned int)(d - ffa_calls)); *s != '\0'; s++) {
		const bool shared = (unsigned char)*s < ' ';
		const char *w = shared ? nth_string(ffa_call_words, (unsigned char)*s - 1) : s;

		do {
			if (i < 28)
				buf[i++] = *w;
		} while (shared && *++w != '\0');
	}
	buf[i++] = '_';
	buf[i++] = smc64 ? '6' : '3';
	buf[i++] = smc64 ? '4' : '2';
	buf[i] = '\0';
	return buf;
}

/* For a refusal (ffa_dispatch_refused()) and start-up: compiled for size. */
__attribute__((__cold__)) enum ffa_verdict ffa_gate(uint32_t fid, enum ffa_version v, bool aarch64)
{
	const uint32_t number = fid & FFA_FUNCTION_ID_NUMBER_MASK;
	const unsigned int smc64 = (fid & FFA_FUNCTION_ID_SMC64_MASK) != 0;
	const struct ffa_call_desc *d;

	if ((fid & ID_BASE_MASK) != FFA_FUNCTION_ID_SMC32_BASE ||
	    number - FFA_FUNCTION_NUMBER_FIRST > FFA_FUNCTION_NUMBER_LAST - FFA_FUNCTION_NUMBER_FIRST)
		return FFA_VERDICT_NOT_FFA;
	d = ffa_call_lookup(fid);
	if (d == NULL)
		return FFA_VERDICT_UNKNOWN;
	if (!ffa_call_has_form(d, smc64) || (smc64 && !aarch64))
		return FFA_VERDICT_CONVENTION;
	if (!ffa_call_form_at(d, smc64, v))
		return FFA_VERDICT_VERSION;
	if (!(d->flags & FFA_CALL_VM))
		return FFA_VERDICT_CALLER;
	if (!(d->flags & FFA_CALL_DISPATCHED))
		return FFA_VERDICT_REFUSED;
	return FFA_VERDICT_HANDLED;
}

__attribute__((__cold__)) enum ffa_verdict ffa_dispatch_refused(uint32_t fid, enum ffa_version v, bool aarch64,
								 struct ffa_regs *out)
{
	const enum ffa_verdict verdict = ffa_gate(fid, v, aarch64);

	if (verdict != FFA_VERDICT_NOT_FFA)
		ffa_set_error(out, FFA_NOT_SUPPORTED);
	return verdict;
}
