/* SPDX-License-Identifier: MIT */
/*
 * The simulated SPMC (see spmc.h). Behaviour follows Hafnium's SPMC
 * (src/api.c, src/ffa/spmc/) where it defines one; where Hafnium is laxer
 * than the specification the model takes the stricter reading and says so.
 *
 * Register and descriptor layouts come only from the generated code
 * (ffa_calls.h encoders/decoders, ffa_abi.h bitfield accessors,
 * ffa_structs.h bounds-checked readers and writers).
 */
#include "spmc.h"
#include "spmc_optee.h"

#include "ffa/ffa_structs.h"

/*
 * The composite descriptor offsets of an endpoint RX/TX descriptor are
 * 8-byte aligned (DEN0077A v1.1 §13 Table 13.27). The generated code states
 * this only in a comment, so the model names it here.
 */
#define SPMC_RXTX_DESC_ALIGN 8U

/*
 * Feature id of the schedule receiver interrupt (DEN0077A v1.2 §13.3.2).
 * The generated code defines feature ids in the mediator's dispatch header,
 * which this file (the SPMC's side) does not include.
 */
#define SPMC_FEATURE_ID_SRI 2U

/* Most descriptors FFA_PARTITION_INFO_GET_REGS returns at once (x3..x17). */
#define SPMC_REGS_DESCS                                                    \
	(sizeof(((struct ffa_partition_info_get_regs_result *)0)->desc) /  \
	 sizeof(((struct ffa_partition_info_get_regs_result *)0)->desc[0]))

/* Hafnium's buffer size: HF_MAILBOX_SIZE / FFA_PAGE_SIZE. */
#define SPMC_DEFAULT_MAX_PAGES 1U

typedef int32_t (*spmc_handler)(struct spmc *s, const struct ffa_regs *in,
				struct ffa_regs *out);

/* --- small helpers (no libc) --------------------------------------------- */

static void zero_bytes(void *p, size_t len)
{
	uint8_t *b = p;

	for (size_t i = 0; i < len; i++)
		b[i] = 0;
}

static bool uuid_is_nil(const struct ffa_uuid *u)
{
	uint8_t acc = 0;

	for (size_t i = 0; i < sizeof(u->b); i++)
		acc |= u->b[i];
	return acc == 0;
}

static bool uuid_equal(const struct ffa_uuid *a, const struct ffa_uuid *b)
{
	for (size_t i = 0; i < sizeof(a->b); i++) {
		if (a->b[i] != b->b[i])
			return false;
	}
	return true;
}

static bool id_is_secure(uint16_t id)
{
	return ffa_endpoint_id_get_secure(id) != 0;
}

/* A VM id: a Non-secure endpoint other than the hypervisor. */
static bool id_is_vm(uint16_t id)
{
	return id != FFA_HYPERVISOR_ID && !id_is_secure(id);
}

static bool page_aligned(uint64_t pa)
{
	return pa % FFA_PAGE_SIZE == 0;
}

static uint32_t max_pages(const struct spmc *s)
{
	return s->config.rxtx_max_pages != 0 ? s->config.rxtx_max_pages
					      : SPMC_DEFAULT_MAX_PAGES;
}

static uint32_t version_major(enum ffa_version v)
{
	return ffa_version_number_get_major((uint32_t)v);
}

static uint32_t version_minor(enum ffa_version v)
{
	return ffa_version_number_get_minor((uint32_t)v);
}

static enum ffa_version version_make(uint32_t major, uint32_t minor)
{
	return (enum ffa_version)ffa_version_number_set_major(
		ffa_version_number_set_minor(0, minor), major);
}

static void reply_error(struct ffa_regs *out, int32_t status)
{
	const struct ffa_error_args e = { .error_code = status };

	ffa_encode_error(&e, FFA_VERSION_1_0, out);
}

/*
 * Whether 32-bit register n carries bits the canonical encoding of the
 * decoded arguments lacks: reserved bits the generated decoders ignore
 * (SBZ) but Hafnium refuses.
 */
static bool w_reserved_set(const struct ffa_regs *in,
			   const struct ffa_regs *canon, unsigned int n)
{
	return (uint32_t)in->x[n] != (uint32_t)canon->x[n];
}

/* --- buffers -------------------------------------------------------------- */

static struct spmc_buffers *vm_buffers(struct spmc *s, uint16_t id)
{
	for (size_t i = 0; i < SPMC_MAX_VM_BUFFERS; i++) {
		if (s->vm[i].mapped && s->vm[i].endpoint == id)
			return &s->vm[i];
	}
	return NULL;
}

/* The buffers of endpoint id (0: the hypervisor's own), or NULL. */
static struct spmc_buffers *buffers_of(struct spmc *s, uint16_t id)
{
	if (id == FFA_HYPERVISOR_ID)
		return s->hyp.mapped ? &s->hyp : NULL;
	return vm_buffers(s, id);
}

static struct spmc_buffers *free_vm_slot(struct spmc *s)
{
	for (size_t i = 0; i < SPMC_MAX_VM_BUFFERS; i++) {
		if (!s->vm[i].mapped)
			return &s->vm[i];
	}
	return NULL;
}

/* Do two page runs share a page? Compared in page numbers: no overflow. */
static bool ranges_overlap(const struct spmc_range *a,
			   const struct spmc_range *b)
{
	const uint64_t a0 = a->pa / FFA_PAGE_SIZE;
	const uint64_t b0 = b->pa / FFA_PAGE_SIZE;

	return a0 < b0 + b->pages && b0 < a0 + a->pages;
}

/* Does the run go past the top of the physical address space? */
static bool range_wraps(const struct spmc_range *r)
{
	const uint64_t len = (uint64_t)r->pages * FFA_PAGE_SIZE;

	return len != 0 && r->pa > UINT64_MAX - (len - 1);
}

/* Does any range of registered buffers b share a page with r? */
static bool buffers_overlap(const struct spmc_buffers *b,
			    const struct spmc_range *r)
{
	if (!b->mapped)
		return false;
	for (uint32_t i = 0; i < b->rx_count; i++) {
		if (ranges_overlap(&b->rx[i], r))
			return true;
	}
	for (uint32_t i = 0; i < b->tx_count; i++) {
		if (ranges_overlap(&b->tx[i], r))
			return true;
	}
	return false;
}

static bool range_in_transactions(const struct spmc *s,
				  const struct spmc_range *r,
				  const struct spmc_mem_transaction *except);

/* Has the normal world lost access to a page of r (a complete LEND or DONATE)? */
static bool range_lent_away(const struct spmc *s, const struct spmc_range *r);

/*
 * Checks the ranges of buffers about to be registered: no two of them share
 * a page (INVALID_PARAMETERS, Hafnium: "Mailbox buffers overlap"), phys()
 * accepts each (DENIED, Hafnium: not in the NWd page tables), none is part
 * of buffers already registered (DENIED: Hafnium unmaps registered buffers
 * from the NWd page tables, so they fail the same check) nor lent or
 * donated (DENIED: the NWd page tables no longer give the sender read,
 * write and execute access, which Hafnium's
 * arch_other_world_vm_configure_rxtx_map() wants). That is all Hafnium
 * checks: a page the VM shares keeps its access, so it may become an RX/TX
 * buffer here; keeping the two apart is the hypervisor's job (FF-A 1.0
 * §8.4, Hafnium's own hypervisor api_vm_configure_pages()).
 */
static int32_t check_new_buffers(struct spmc *s, const struct spmc_buffers *b)
{
	struct spmc_range all[2 * SPMC_MAX_CONSTITUENTS];
	uint32_t n = 0;

	for (uint32_t i = 0; i < b->rx_count; i++)
		all[n++] = b->rx[i];
	for (uint32_t i = 0; i < b->tx_count; i++)
		all[n++] = b->tx[i];

	for (uint32_t i = 0; i < n; i++) {
		if (range_wraps(&all[i]))
			return FFA_INVALID_PARAMETERS;
		for (uint32_t j = 0; j < i; j++) {
			if (ranges_overlap(&all[i], &all[j]))
				return FFA_INVALID_PARAMETERS;
		}
	}
	for (uint32_t i = 0; i < n; i++) {
		const uint64_t len = (uint64_t)all[i].pages * FFA_PAGE_SIZE;

		if (s->config.phys(s->config.phys_ctx, all[i].pa, len) == NULL)
			return FFA_DENIED;
		if (buffers_overlap(&s->hyp, &all[i]) ||
		    range_lent_away(s, &all[i]))
			return FFA_DENIED;
		for (size_t k = 0; k < SPMC_MAX_VM_BUFFERS; k++) {
			if (buffers_overlap(&s->vm[k], &all[i]))
				return FFA_DENIED;
		}
	}
	return FFA_OK;
}

/*
 * The memory at byte off of the buffer made of the n page runs r (in
 * order), and in *chunk how many of the len bytes wanted from there are
 * contiguous; NULL when off is past the runs or phys() refuses it.
 */
static uint8_t *ranges_chunk(const struct spmc *s, const struct spmc_range *r,
			     uint32_t n, uint64_t off, uint64_t len,
			     uint64_t *chunk)
{
	for (uint32_t i = 0; i < n; i++) {
		const uint64_t run = (uint64_t)r[i].pages * FFA_PAGE_SIZE;

		if (off >= run) {
			off -= run;
			continue;
		}
		*chunk = run - off < len ? run - off : len;
		return s->config.phys(s->config.phys_ctx, r[i].pa + off, *chunk);
	}
	return NULL;
}

/* Copies len bytes from byte off of the runs r to dst; false on a fault. */
static bool ranges_read(const struct spmc *s, const struct spmc_range *r,
			uint32_t n, uint64_t off, void *dst, uint64_t len)
{
	uint8_t *d = dst;

	while (len > 0) {
		uint64_t chunk = 0;
		const uint8_t *m = ranges_chunk(s, r, n, off, len, &chunk);

		if (m == NULL)
			return false;
		ffa_copy_bytes(d, m, chunk);
		d += chunk;
		off += chunk;
		len -= chunk;
	}
	return true;
}

/* Copies len bytes from src to byte off of the runs r; false on a fault. */
static bool ranges_write(const struct spmc *s, const struct spmc_range *r,
			 uint32_t n, uint64_t off, const void *src,
			 uint64_t len)
{
	const uint8_t *p = src;

	while (len > 0) {
		uint64_t chunk = 0;
		uint8_t *m = ranges_chunk(s, r, n, off, len, &chunk);

		if (m == NULL)
			return false;
		ffa_copy_bytes(m, p, chunk);
		p += chunk;
		off += chunk;
		len -= chunk;
	}
	return true;
}

/* --- FFA_VERSION ---------------------------------------------------------- */

static void reply_version_not_supported(struct ffa_regs *out)
{
	zero_bytes(out, sizeof(*out));
	out->x[0] = (uint32_t)FFA_NOT_SUPPORTED;
}

/*
 * FFA_VERSION (DEN0077A v1.2 §13.2): the hypervisor's version negotiation.
 * Replies with the SPMC's own version in w0 and records the version the
 * hypervisor uses from now on: the one it asked for, or ours when it asked
 * for a higher minor (it then has to work at ours).
 * Errors, as NOT_SUPPORTED in w0 (not FFA_ERROR, §13.2.1):
 *  - w1 bit 31 set;
 *  - another major version;
 *  - a higher minor, when config.refuse_newer_minor (Hafnium);
 *  - another version than the recorded one once a call other than
 *    FFA_VERSION froze it (Hafnium, ACS).
 */
static int32_t handle_version(struct spmc *s, const struct ffa_regs *in,
			      struct ffa_regs *out)
{
	const enum ffa_version own = s->config.version;
	struct ffa_version_args a;
	struct ffa_version_result r = { 0 };
	enum ffa_version v;

	if (ffa_decode_version(in, s->caller_version, &a) != FFA_OK ||
	    a.major != version_major(own) ||
	    (a.minor > version_minor(own) && s->config.refuse_newer_minor)) {
		reply_version_not_supported(out);
		return FFA_OK;
	}
	v = a.minor > version_minor(own) ? own : version_make(a.major, a.minor);
	if (s->version_frozen && v != s->caller_version) {
		reply_version_not_supported(out);
		return FFA_OK;
	}
	s->caller_version = v;
	s->version_negotiated = true;
	r.major = (uint16_t)version_major(own);
	r.minor = (uint16_t)version_minor(own);
	ffa_encode_version_result(&r, v, out);
	return FFA_OK;
}

/* --- the calls the model implements --------------------------------------- */

static int32_t handle_features(struct spmc *s, const struct ffa_regs *in,
			       struct ffa_regs *out);
static int32_t handle_rx_release(struct spmc *s, const struct ffa_regs *in,
				 struct ffa_regs *out);
static int32_t handle_rxtx_map(struct spmc *s, const struct ffa_regs *in,
			       struct ffa_regs *out);
static int32_t handle_rxtx_unmap(struct spmc *s, const struct ffa_regs *in,
				 struct ffa_regs *out);
static int32_t handle_partition_info_get(struct spmc *s,
					 const struct ffa_regs *in,
					 struct ffa_regs *out);
static int32_t handle_id_get(struct spmc *s, const struct ffa_regs *in,
			     struct ffa_regs *out);
static int32_t handle_rx_acquire(struct spmc *s, const struct ffa_regs *in,
				 struct ffa_regs *out);
static int32_t handle_spm_id_get(struct spmc *s, const struct ffa_regs *in,
				 struct ffa_regs *out);
static int32_t handle_partition_info_get_regs(struct spmc *s,
					      const struct ffa_regs *in,
					      struct ffa_regs *out);
static int32_t handle_direct_req(struct spmc *s, const struct ffa_regs *in,
				 struct ffa_regs *out);
static int32_t handle_direct_req2(struct spmc *s, const struct ffa_regs *in,
				  struct ffa_regs *out);
static int32_t handle_run(struct spmc *s, const struct ffa_regs *in,
			  struct ffa_regs *out);
static int32_t handle_msg_send2(struct spmc *s, const struct ffa_regs *in,
				struct ffa_regs *out);
static int32_t handle_mem_send(struct spmc *s, const struct ffa_regs *in,
			       struct ffa_regs *out);
static int32_t handle_mem_frag_tx(struct spmc *s, const struct ffa_regs *in,
				  struct ffa_regs *out);
static int32_t handle_mem_frag_rx(struct spmc *s, const struct ffa_regs *in,
				  struct ffa_regs *out);
static int32_t handle_mem_reclaim(struct spmc *s, const struct ffa_regs *in,
				  struct ffa_regs *out);

/*
 * The function ids the model knows, with the version that introduced each
 * (DEN0077A v1.2 §11.1; FFA_SPM_ID_GET and FFA_RX_ACQUIRE 1.1,
 * FFA_PARTITION_INFO_GET_REGS 1.2). The model's own table, not the
 * generated one, so that a mistake in the spec files shows up as a
 * disagreement. The ids without a handler are those the model answers
 * with but the hypervisor may not call (FFA_ERROR, FFA_SUCCESS,
 * FFA_INTERRUPT, FFA_MSG_WAIT, the direct responses): FFA_FEATURES reports
 * them as Hafnium's ffa_features_function() does (Linux, for one, takes
 * DIRECT_REQ2 as usable only when DIRECT_RESP2 is reported too), and
 * calling them gets NOT_SUPPORTED.
 */
static const struct spmc_fn {
	uint32_t fid;
	enum ffa_version since;
	spmc_handler handler;
} spmc_fns[] = {
	{ FFA_ERROR_32, FFA_VERSION_1_0, NULL },
	{ FFA_SUCCESS_32, FFA_VERSION_1_0, NULL },
	{ FFA_VERSION_32, FFA_VERSION_1_0, handle_version },
	{ FFA_FEATURES_32, FFA_VERSION_1_0, handle_features },
	{ FFA_RX_RELEASE_32, FFA_VERSION_1_0, handle_rx_release },
	{ FFA_RXTX_MAP_32, FFA_VERSION_1_0, handle_rxtx_map },
	{ FFA_RXTX_MAP_64, FFA_VERSION_1_0, handle_rxtx_map },
	{ FFA_RXTX_UNMAP_32, FFA_VERSION_1_0, handle_rxtx_unmap },
	{ FFA_PARTITION_INFO_GET_32, FFA_VERSION_1_0,
	  handle_partition_info_get },
	{ FFA_ID_GET_32, FFA_VERSION_1_0, handle_id_get },
	{ FFA_RX_ACQUIRE_32, FFA_VERSION_1_1, handle_rx_acquire },
	{ FFA_SPM_ID_GET_32, FFA_VERSION_1_1, handle_spm_id_get },
	{ FFA_PARTITION_INFO_GET_REGS_64, FFA_VERSION_1_2,
	  handle_partition_info_get_regs },
	{ FFA_INTERRUPT_32, FFA_VERSION_1_0, NULL },
	{ FFA_MSG_WAIT_32, FFA_VERSION_1_0, NULL },
	{ FFA_RUN_32, FFA_VERSION_1_0, handle_run },
	{ FFA_MSG_SEND_DIRECT_REQ_32, FFA_VERSION_1_0, handle_direct_req },
	{ FFA_MSG_SEND_DIRECT_REQ_64, FFA_VERSION_1_0, handle_direct_req },
	{ FFA_MSG_SEND_DIRECT_RESP_32, FFA_VERSION_1_0, NULL },
	{ FFA_MSG_SEND_DIRECT_RESP_64, FFA_VERSION_1_0, NULL },
	{ FFA_MSG_SEND2_32, FFA_VERSION_1_1, handle_msg_send2 },
	{ FFA_MSG_SEND_DIRECT_REQ2_64, FFA_VERSION_1_2, handle_direct_req2 },
	{ FFA_MSG_SEND_DIRECT_RESP2_64, FFA_VERSION_1_2, NULL },
	{ FFA_MEM_DONATE_32, FFA_VERSION_1_0, handle_mem_send },
	{ FFA_MEM_DONATE_64, FFA_VERSION_1_0, handle_mem_send },
	{ FFA_MEM_LEND_32, FFA_VERSION_1_0, handle_mem_send },
	{ FFA_MEM_LEND_64, FFA_VERSION_1_0, handle_mem_send },
	{ FFA_MEM_SHARE_32, FFA_VERSION_1_0, handle_mem_send },
	{ FFA_MEM_SHARE_64, FFA_VERSION_1_0, handle_mem_send },
	{ FFA_MEM_RECLAIM_32, FFA_VERSION_1_0, handle_mem_reclaim },
	{ FFA_MEM_FRAG_RX_32, FFA_VERSION_1_0, handle_mem_frag_rx },
	{ FFA_MEM_FRAG_TX_32, FFA_VERSION_1_0, handle_mem_frag_tx },
	{ FFA_NOTIFICATION_BITMAP_CREATE_32, FFA_VERSION_1_1, spmc_notify_bitmap_create },
	{ FFA_NOTIFICATION_BITMAP_DESTROY_32, FFA_VERSION_1_1, spmc_notify_bitmap_destroy },
	{ FFA_NOTIFICATION_BIND_32, FFA_VERSION_1_1, spmc_notify_bind },
	{ FFA_NOTIFICATION_UNBIND_32, FFA_VERSION_1_1, spmc_notify_unbind },
	{ FFA_NOTIFICATION_SET_32, FFA_VERSION_1_1, spmc_notify_set },
	{ FFA_NOTIFICATION_GET_32, FFA_VERSION_1_1, spmc_notify_get },
	{ FFA_NOTIFICATION_INFO_GET_32, FFA_VERSION_1_1, spmc_notify_info_get },
	{ FFA_NOTIFICATION_INFO_GET_64, FFA_VERSION_1_1, spmc_notify_info_get },
};

static const struct spmc_fn *fn_find(uint32_t fid)
{
	for (size_t i = 0; i < sizeof(spmc_fns) / sizeof(spmc_fns[0]); i++) {
		if (spmc_fns[i].fid == fid)
			return &spmc_fns[i];
	}
	return NULL;
}

/* --- functions removed and answers scripted by tests ---------------------- */

/* Is fid (either calling convention) one of config.removed? */
static bool function_removed(const struct spmc_config *c, uint32_t fid)
{
	const uint32_t smc64 = UINT32_C(1) << 30;

	for (uint32_t i = 0; i < c->removed_count && i < SPMC_MAX_REMOVED; i++) {
		if ((c->removed[i] | smc64) == (fid | smc64))
			return true;
	}
	return false;
}

bool spmc_remove_function(struct spmc_config *c, uint32_t fid)
{
	if (c->removed_count >= SPMC_MAX_REMOVED)
		return false;
	c->removed[c->removed_count++] = fid;
	return true;
}

bool spmc_script_add(struct spmc_config *c, uint32_t fid, const struct ffa_regs *reply)
{
	if (c->script_count >= SPMC_MAX_SCRIPTED)
		return false;
	c->script[c->script_count].fid = fid;
	c->script[c->script_count].reply = *reply;
	c->script_count++;
	return true;
}

/* The first scripted answer for in's w0, taken out of the script; false: none. */
static bool scripted_answer(struct spmc *s, const struct ffa_regs *in, struct ffa_regs *out)
{
	struct spmc_config *c = &s->config;

	for (uint32_t i = 0; i < c->script_count && i < SPMC_MAX_SCRIPTED; i++) {
		if (c->script[i].fid != (uint32_t)in->x[0])
			continue;
		*out = c->script[i].reply;
		for (uint32_t j = i + 1; j < c->script_count; j++)
			c->script[j - 1] = c->script[j];
		c->script_count--;
		return true;
	}
	return false;
}

/* --- FFA_FEATURES --------------------------------------------------------- */

/* w2 of FFA_FEATURES(FFA_RXTX_MAP): 4K granule; from 1.2 the max size. */
static uint32_t rxtx_map_properties(const struct spmc *s, enum ffa_version v)
{
	uint32_t w = ffa_features_rxtx_map_set_min_buffer_size(
		0, FFA_RXTX_GRANULE_GRANULE_4K);

	/* Hafnium reports the size only to callers at 1.2 or later. */
	if (v >= FFA_VERSION_1_2)
		w = ffa_features_rxtx_map_set_max_page_count(w, max_pages(s));
	return w;
}

/*
 * FFA_FEATURES with a feature id (w1 bit 31 clear; DEN0077A v1.2 §13.3.2).
 * Only the schedule receiver interrupt, when config.sri_intid is set, and
 * from 1.1. Errors: NOT_SUPPORTED for every other id (the notification
 * pending and managed exit interrupts are for SPs only in Hafnium), for an
 * id with bits [30:8] set, and for nonzero input properties in w2 (Hafnium).
 */
static int32_t features_feature_id(struct spmc *s,
				   const struct ffa_features_args *a,
				   struct ffa_regs *out)
{
	struct ffa_features_result r = { 0 };

	if (a->feature != SPMC_FEATURE_ID_SRI || a->input_properties != 0 ||
	    s->config.sri_intid == 0 || s->caller_version < FFA_VERSION_1_1)
		return FFA_NOT_SUPPORTED;
	r.properties = ffa_features_interrupt_id_set_interrupt_id(
		0, s->config.sri_intid);
	ffa_encode_features_result(&r, s->caller_version, out);
	return FFA_OK;
}

/*
 * FFA_FEATURES (DEN0077A v1.2 §13.3). For a function id (w1 bit 31 set):
 * SUCCESS when the model implements it at the hypervisor's negotiated
 * version, with w2 = features-rxtx-map for FFA_RXTX_MAP_32/64,
 * features-mem with dyn-buffer clear for FFA_MEM_SHARE/LEND/DONATE and 0
 * otherwise; input properties (w2) are ignored, as Hafnium does for these
 * ids. Feature ids: see features_feature_id().
 * Errors: NOT_SUPPORTED for any id the model does not implement at that
 * version.
 */
static int32_t handle_features(struct spmc *s, const struct ffa_regs *in,
			       struct ffa_regs *out)
{
	const enum ffa_version v = s->caller_version;
	struct ffa_features_args a;
	struct ffa_features_result r = { 0 };
	const struct spmc_fn *fn;
	int32_t ret = ffa_decode_features(in, v, &a);

	if (ret != FFA_OK)
		return ret;
	if (ffa_function_id_get_fast_call(a.feature) == 0)
		return features_feature_id(s, &a, out);
	fn = fn_find(a.feature);
	if (fn == NULL || fn->since > v || function_removed(&s->config, a.feature))
		return FFA_NOT_SUPPORTED;
	if (fn->fid == FFA_RXTX_MAP_32 || fn->fid == FFA_RXTX_MAP_64)
		r.properties = rxtx_map_properties(s, v);
	/* The descriptor only in the TX buffer: no dynamic buffers. */
	if (fn->handler == handle_mem_send)
		r.properties = ffa_features_mem_set_dyn_buffer(0, 0);
	ffa_encode_features_result(&r, v, out);
	return FFA_OK;
}

/* --- FFA_ID_GET, FFA_SPM_ID_GET ------------------------------------------- */

/*
 * FFA_ID_GET (DEN0077A v1.2 §13.10): the caller's id, 0 at the Non-secure
 * physical instance. No errors.
 */
static int32_t handle_id_get(struct spmc *s, const struct ffa_regs *in,
			     struct ffa_regs *out)
{
	struct ffa_id_get_args a;
	struct ffa_id_get_result r = { .id = FFA_HYPERVISOR_ID };
	int32_t ret = ffa_decode_id_get(in, s->caller_version, &a);

	if (ret != FFA_OK)
		return ret;
	ffa_encode_id_get_result(&r, s->caller_version, out);
	return FFA_OK;
}

/*
 * FFA_SPM_ID_GET (DEN0077A v1.2 §13.11, 1.1+): the SPMC's id
 * (config.spmc_id). No errors past the version gate.
 */
static int32_t handle_spm_id_get(struct spmc *s, const struct ffa_regs *in,
				 struct ffa_regs *out)
{
	struct ffa_spm_id_get_args a;
	struct ffa_spm_id_get_result r = { .id = s->config.spmc_id };
	int32_t ret = ffa_decode_spm_id_get(in, s->caller_version, &a);

	if (ret != FFA_OK)
		return ret;
	ffa_encode_spm_id_get_result(&r, s->caller_version, out);
	return FFA_OK;
}

/* --- FFA_RXTX_MAP, FFA_RXTX_UNMAP ----------------------------------------- */

static void reply_rxtx_map_success(const struct spmc *s, bool smc64,
				   struct ffa_regs *out)
{
	const struct ffa_rxtx_map_result r = { .smc64 = smc64 };

	ffa_encode_rxtx_map_result(&r, s->caller_version, out);
}

/* Fills the fields every registered buffer pair has. */
static void buffers_commit(struct spmc_buffers *dst,
			   const struct spmc_buffers *b, uint16_t endpoint)
{
	*dst = *b;
	dst->mapped = true;
	dst->endpoint = endpoint;
	dst->rx_pa = b->rx[0].pa;
	dst->tx_pa = b->tx[0].pa;
	dst->rx_state = SPMC_RX_FREE;
}

/*
 * The hypervisor's own buffers: x1 = TX, x2 = RX, w3[5:0] = pages.
 * Errors:
 *  - DENIED: already mapped (ACS, Hafnium); see check_new_buffers();
 *  - INVALID_PARAMETERS: page count 0 or above the max (Hafnium: exactly
 *    1), an address not 4K aligned; see check_new_buffers().
 */
static int32_t map_own(struct spmc *s, const struct ffa_rxtx_map_args *a,
		       struct ffa_regs *out)
{
	struct spmc_buffers b = { 0 };
	int32_t ret;

	if (s->hyp.mapped)
		return FFA_DENIED;
	if (a->page_count == 0 || a->page_count > max_pages(s))
		return FFA_INVALID_PARAMETERS;
	if (!page_aligned(a->tx_address) || !page_aligned(a->rx_address))
		return FFA_INVALID_PARAMETERS;
	b.pages = a->page_count;
	b.rx_count = 1;
	b.rx[0] = (struct spmc_range){ a->rx_address, a->page_count };
	b.tx_count = 1;
	b.tx[0] = (struct spmc_range){ a->tx_address, a->page_count };
	ret = check_new_buffers(s, &b);
	if (ret != FFA_OK)
		return ret;
	buffers_commit(&s->hyp, &b, FFA_HYPERVISOR_ID);
	reply_rxtx_map_success(s, a->smc64, out);
	return FFA_OK;
}

/*
 * Reads one composite memory region descriptor (DEN0077A v1.1 §10 Tables
 * 10.13/10.14) at offset off of the endpoint RX/TX descriptor in buf, into
 * out[] (SPMC_MAX_CONSTITUENTS entries).
 * Errors:
 *  - INVALID_PARAMETERS: off not 8-byte aligned or inside the endpoint
 *    descriptor; the composite or a constituent past the buffer or with a
 *    reserved field set; no constituents; a total page count of 0, above
 *    the max, below the constituent count or not their sum; a constituent
 *    not 4K aligned or of 0 pages;
 *  - NO_MEMORY: more constituents than the model holds.
 */
static int32_t read_composite(const struct spmc *s, const void *buf,
			      size_t size, uint32_t off,
			      struct spmc_range *out, uint32_t *count,
			      uint32_t *pages)
{
	struct ffa_mem_composite_v1_0 c;
	uint64_t sum = 0;

	if (off % SPMC_RXTX_DESC_ALIGN != 0 || off < FFA_ENDPOINT_RXTX_V1_1_SIZE)
		return FFA_INVALID_PARAMETERS;
	if (!ffa_mem_composite_v1_0_read(buf, size, off, &c) ||
	    !ffa_mem_composite_v1_0_mbz_ok(&c))
		return FFA_INVALID_PARAMETERS;
	if (c.range_count == 0 || c.total_page_count == 0 ||
	    c.total_page_count > max_pages(s) ||
	    c.range_count > c.total_page_count)
		return FFA_INVALID_PARAMETERS;
	if (c.range_count > SPMC_MAX_CONSTITUENTS)
		return FFA_NO_MEMORY;
	for (uint32_t i = 0; i < c.range_count; i++) {
		struct ffa_mem_constituent_v1_0 k;

		if (!ffa_mem_constituent_v1_0_read_at(
			    buf, size, (size_t)off + FFA_MEM_COMPOSITE_V1_0_SIZE,
			    i, &k) ||
		    !ffa_mem_constituent_v1_0_mbz_ok(&k) || k.page_count == 0 ||
		    !page_aligned(k.address))
			return FFA_INVALID_PARAMETERS;
		sum += k.page_count;
		out[i] = (struct spmc_range){ k.address, k.page_count };
	}
	if (sum != c.total_page_count)
		return FFA_INVALID_PARAMETERS;
	*count = c.range_count;
	*pages = c.total_page_count;
	return FFA_OK;
}

/*
 * A VM's buffers, forwarded by the hypervisor (x1 = x2 = w3 = 0, 1.1+;
 * DEN0077A v1.1 §13.6 and §13 Table 13.27, Hafnium
 * api_get_rxtx_description()): the endpoint RX/TX descriptor is at the
 * start of the hypervisor's TX buffer, copied once before it is checked.
 * Errors:
 *  - INVALID_PARAMETERS: the hypervisor has no TX buffer (Hafnium); the
 *    descriptor's reserved field is set; RX and TX sizes differ; see
 *    read_composite() and check_new_buffers();
 *  - DENIED: the endpoint is not a VM (0, or bit 15 set), already has
 *    buffers, or every slot is taken (Hafnium: no NWd VM slot); see
 *    check_new_buffers();
 *  - NO_MEMORY: see read_composite();
 *  - ABORTED: phys() refuses the hypervisor's TX buffer (Hafnium: a
 *    faulting copy).
 */
static int32_t map_forwarded(struct spmc *s, bool smc64, struct ffa_regs *out)
{
	const size_t size = (size_t)s->hyp.pages * FFA_PAGE_SIZE;
	struct ffa_endpoint_rxtx_v1_1 d;
	struct spmc_buffers b = { 0 };
	struct spmc_buffers *slot;
	uint32_t tx_pages = 0;
	const void *tx;
	int32_t ret;

	if (!s->hyp.mapped)
		return FFA_INVALID_PARAMETERS;
	tx = s->config.phys(s->config.phys_ctx, s->hyp.tx_pa, size);
	if (tx == NULL)
		return FFA_ABORTED;
	if (!ffa_endpoint_rxtx_v1_1_read(tx, size, 0, &d) ||
	    !ffa_endpoint_rxtx_v1_1_mbz_ok(&d))
		return FFA_INVALID_PARAMETERS;
	if (!id_is_vm(d.endpoint_id) || vm_buffers(s, d.endpoint_id) != NULL)
		return FFA_DENIED;
	slot = free_vm_slot(s);
	if (slot == NULL)
		return FFA_DENIED;
	ret = read_composite(s, tx, size, d.rx_offset, b.rx, &b.rx_count,
			     &b.pages);
	if (ret != FFA_OK)
		return ret;
	ret = read_composite(s, tx, size, d.tx_offset, b.tx, &b.tx_count,
			     &tx_pages);
	if (ret != FFA_OK)
		return ret;
	if (tx_pages != b.pages)
		return FFA_INVALID_PARAMETERS;
	ret = check_new_buffers(s, &b);
	if (ret != FFA_OK)
		return ret;
	buffers_commit(slot, &b, d.endpoint_id);
	reply_rxtx_map_success(s, smc64, out);
	return FFA_OK;
}

/*
 * FFA_RXTX_MAP_32/64 (DEN0077A v1.2 §13.6): the hypervisor's own buffers
 * (map_own()), or from 1.1 with x1 = x2 = w3 = 0 a VM's (map_forwarded()).
 * Hafnium implements only the SMC64 form; the model takes both.
 * Errors: INVALID_PARAMETERS when w3 bits [31:6] are set (Hafnium takes all
 * of w3 as the page count); see map_own() and map_forwarded().
 */
static int32_t handle_rxtx_map(struct spmc *s, const struct ffa_regs *in,
			       struct ffa_regs *out)
{
	struct ffa_rxtx_map_args a;
	struct ffa_regs canon = { { 0 } };
	int32_t ret = ffa_decode_rxtx_map(in, s->caller_version, &a);

	if (ret != FFA_OK)
		return ret;
	ffa_encode_rxtx_map(&a, s->caller_version, &canon);
	if (w_reserved_set(in, &canon, 3))
		return FFA_INVALID_PARAMETERS;
	if (a.tx_address == 0 && a.rx_address == 0 && a.page_count == 0 &&
	    s->caller_version >= FFA_VERSION_1_1)
		return map_forwarded(s, a.smc64, out);
	return map_own(s, &a, out);
}

/*
 * FFA_RXTX_UNMAP (DEN0077A v1.2 §13.7): w1[31:16] = 0 forgets the
 * hypervisor's own buffers, else that VM's.
 * Errors: INVALID_PARAMETERS when the id has bit 15 set (Hafnium: the
 * hypervisor must name a VM) or no buffers are registered for it.
 */
static int32_t handle_rxtx_unmap(struct spmc *s, const struct ffa_regs *in,
				 struct ffa_regs *out)
{
	const struct ffa_rxtx_unmap_result r = { 0 };
	struct ffa_rxtx_unmap_args a;
	struct spmc_buffers *b;
	int32_t ret = ffa_decode_rxtx_unmap(in, s->caller_version, &a);

	if (ret != FFA_OK)
		return ret;
	if (id_is_secure(a.vm_id))
		return FFA_INVALID_PARAMETERS;
	b = buffers_of(s, a.vm_id);
	if (b == NULL)
		return FFA_INVALID_PARAMETERS;
	zero_bytes(b, sizeof(*b));
	ffa_encode_rxtx_unmap_result(&r, s->caller_version, out);
	return FFA_OK;
}

/* --- FFA_RX_RELEASE, FFA_RX_ACQUIRE --------------------------------------- */

/*
 * FFA_RX_RELEASE (DEN0077A v1.2 §13.5): w1[15:0] = 0 (always at 1.0) hands
 * the hypervisor's own RX buffer back to the SPMC; a VM id (1.1+) hands
 * back that VM's, once the VM has read what the SPMC wrote or the
 * hypervisor is done with a buffer it acquired.
 * Errors:
 *  - DENIED: the consumer does not own the buffer: it is free, or the
 *    hypervisor has no RX buffer at all (ACS);
 *  - INVALID_PARAMETERS: a VM without registered buffers, or an id with
 *    bit 15 set (Hafnium: no such VM; it would release an SP's own buffer).
 */
static int32_t handle_rx_release(struct spmc *s, const struct ffa_regs *in,
				 struct ffa_regs *out)
{
	const struct ffa_rx_release_result r = { 0 };
	struct ffa_rx_release_args a;
	struct spmc_buffers *b;
	int32_t ret = ffa_decode_rx_release(in, s->caller_version, &a);

	if (ret != FFA_OK)
		return ret;
	if (id_is_secure(a.vm_id))
		return FFA_INVALID_PARAMETERS;
	b = buffers_of(s, a.vm_id);
	if (b == NULL)
		return a.vm_id == FFA_HYPERVISOR_ID ? FFA_DENIED
						     : FFA_INVALID_PARAMETERS;
	if (b->rx_state == SPMC_RX_FREE)
		return FFA_DENIED;
	b->rx_state = SPMC_RX_FREE;
	ffa_encode_rx_release_result(&r, s->caller_version, out);
	return FFA_OK;
}

/*
 * FFA_RX_ACQUIRE (DEN0077A v1.2 §13.4, 1.1+): the hypervisor takes the RX
 * buffer of VM w1[15:0] from the SPMC, to write to it; it gives it back with
 * FFA_RX_RELEASE.
 * Errors:
 *  - NOT_SUPPORTED: the id has bit 15 set (Hafnium: not a VM id);
 *  - INVALID_PARAMETERS: id 0 (the model's choice: Hafnium would mark the
 *    hypervisor's own RX buffer acquired), or no buffers registered;
 *  - DENIED: the SPMC does not own the buffer: full and not yet released,
 *    or already acquired (Hafnium: any state but empty).
 */
static int32_t handle_rx_acquire(struct spmc *s, const struct ffa_regs *in,
				 struct ffa_regs *out)
{
	const struct ffa_rx_acquire_result r = { 0 };
	struct ffa_rx_acquire_args a;
	struct spmc_buffers *b;
	int32_t ret = ffa_decode_rx_acquire(in, s->caller_version, &a);

	if (ret != FFA_OK)
		return ret;
	if (id_is_secure(a.vm_id))
		return FFA_NOT_SUPPORTED;
	b = id_is_vm(a.vm_id) ? vm_buffers(s, a.vm_id) : NULL;
	if (b == NULL)
		return FFA_INVALID_PARAMETERS;
	if (b->rx_state != SPMC_RX_FREE)
		return FFA_DENIED;
	b->rx_state = SPMC_RX_ACQUIRED;
	ffa_encode_rx_acquire_result(&r, s->caller_version, out);
	return FFA_OK;
}

/* --- partition discovery -------------------------------------------------- */

/* One entry of the partition list: a partition under one of its UUIDs. */
struct spmc_match {
	const struct spmc_partition_config *p;
	const struct ffa_uuid *uuid;
};

/*
 * Counts the (partition, UUID) pairs the filter selects (every one for the
 * Nil UUID), in configuration order, and fills *m with the want-th. Hafnium
 * lists a partition once per UUID, and a Nil UUID ends a partition's list.
 */
static uint32_t match_partitions(const struct spmc *s,
				 const struct ffa_uuid *filter, uint32_t want,
				 struct spmc_match *m)
{
	const bool any = uuid_is_nil(filter);
	uint32_t count = 0;

	for (uint32_t i = 0;
	     i < s->config.partition_count && i < SPMC_MAX_PARTITIONS; i++) {
		const struct spmc_partition_config *p = &s->config.partitions[i];

		for (uint32_t u = 0; u < p->uuid_count && u < SPMC_MAX_UUIDS;
		     u++) {
			if (uuid_is_nil(&p->uuids[u]))
				break;
			if (!any && !uuid_equal(filter, &p->uuids[u]))
				continue;
			if (count == want && m != NULL)
				*m = (struct spmc_match){ p, &p->uuids[u] };
			count++;
		}
	}
	return count;
}

/*
 * A partition's properties as the Non-secure world sees them (Hafnium
 * ffa_setup_partition_properties() and
 * api_ffa_partitions_info_get_properties()), limited to the bits the
 * caller's version v defines.
 */
static uint32_t reported_properties(const struct spmc_partition_config *p,
				    enum ffa_version v)
{
	uint32_t w = p->properties;

	/* An SP never sends direct requests to the normal world. */
	w = ffa_partition_properties_set_direct_req_send(w, 0);
	w = ffa_partition_properties_set_direct_req2_send(w, 0);
	if (p->version < FFA_VERSION_1_2)
		w = ffa_partition_properties_set_direct_req2_recv(w, 0);
	if (p->version < FFA_VERSION_1_1) {
		w = ffa_partition_properties_set_notifications(w, 0);
		w = ffa_partition_properties_set_indirect_msg(w, 0);
	}
	/* VM availability messages are direct requests. */
	if (ffa_partition_properties_get_direct_req_recv(w) == 0) {
		w = ffa_partition_properties_set_vm_created_msg(w, 0);
		w = ffa_partition_properties_set_vm_destroyed_msg(w, 0);
	}
	return w & ffa_partition_properties_fields_at(v);
}

/* Descriptor size in the RX buffer at version v: 8 bytes at 1.0, else 24. */
static uint32_t info_desc_size(enum ffa_version v)
{
	return v >= FFA_VERSION_1_1 ? FFA_PARTITION_INFO_V1_1_SIZE
				    : FFA_PARTITION_INFO_V1_0_SIZE;
}

/* Writes descriptor i of the list to buf in the layout of version v. */
static bool write_info(void *buf, size_t size, uint32_t i,
		       const struct spmc_match *m, bool nil_query,
		       enum ffa_version v)
{
	const size_t off = (size_t)i * info_desc_size(v);

	if (v < FFA_VERSION_1_1) {
		const struct ffa_partition_info_v1_0 d = {
			.partition_id = m->p->id,
			.exec_ctx_count = m->p->exec_ctx_count,
			.properties = reported_properties(m->p, v),
		};

		return ffa_partition_info_v1_0_write(buf, size, off, &d);
	}
	struct ffa_partition_info_v1_1 d = {
		.partition_id = m->p->id,
		.exec_ctx_count = m->p->exec_ctx_count,
		.properties = reported_properties(m->p, v),
	};

	/* The UUID only answers a Nil UUID query (Hafnium; MBZ otherwise). */
	if (nil_query)
		d.uuid = *m->uuid;
	return ffa_partition_info_v1_1_write(buf, size, off, &d);
}

/*
 * FFA_PARTITION_INFO_GET (DEN0077A v1.2 §13.8): the partitions the UUID in
 * w1..w4 selects (see match_partitions()), written to the hypervisor's RX
 * buffer in the layout of its negotiated version; the buffer then belongs
 * to the hypervisor until FFA_RX_RELEASE. With w5 bit 0 (1.1+) only the
 * count, and the RX buffer is neither needed nor touched.
 * Reply: w2 = count, w3 = descriptor size (1.1+; 0 with count-only).
 * Errors:
 *  - INVALID_PARAMETERS: a w5 bit other than bit 0 (any bit at 1.0;
 *    Hafnium: bits [31:1] MBZ), or no partition matches the UUID;
 *  - BUSY: the hypervisor's RX buffer is not mapped or not free (ACS,
 *    Hafnium vm_is_mailbox_busy());
 *  - NO_MEMORY: the descriptors do not fit in the RX buffer (Hafnium; not
 *    reachable with SPMC_MAX_PARTITIONS * SPMC_MAX_UUIDS entries);
 *  - ABORTED: phys() refuses the RX buffer.
 */
static int32_t handle_partition_info_get(struct spmc *s,
					 const struct ffa_regs *in,
					 struct ffa_regs *out)
{
	const enum ffa_version v = s->caller_version;
	struct ffa_partition_info_get_args a;
	struct ffa_partition_info_get_result r = { 0 };
	struct ffa_regs canon = { { 0 } };
	size_t size;
	void *rx;
	int32_t ret = ffa_decode_partition_info_get(in, v, &a);

	if (ret != FFA_OK)
		return ret;
	ffa_encode_partition_info_get(&a, v, &canon);
	if (w_reserved_set(in, &canon, 5))
		return FFA_INVALID_PARAMETERS;
	r.count = match_partitions(s, &a.uuid, UINT32_MAX, NULL);
	if (r.count == 0)
		return FFA_INVALID_PARAMETERS;
	if (a.count_only) {
		ffa_encode_partition_info_get_result(&r, v, out);
		return FFA_OK;
	}
	if (!s->hyp.mapped || s->hyp.rx_state != SPMC_RX_FREE)
		return FFA_BUSY;
	size = (size_t)s->hyp.pages * FFA_PAGE_SIZE;
	r.desc_size = info_desc_size(v);
	if ((uint64_t)r.count * r.desc_size > size)
		return FFA_NO_MEMORY;
	rx = s->config.phys(s->config.phys_ctx, s->hyp.rx_pa, size);
	if (rx == NULL)
		return FFA_ABORTED;
	for (uint32_t i = 0; i < r.count; i++) {
		struct spmc_match m;

		(void)match_partitions(s, &a.uuid, i, &m);
		if (!write_info(rx, size, i, &m, uuid_is_nil(&a.uuid), v))
			return FFA_NO_MEMORY;
	}
	s->hyp.rx_state = SPMC_RX_FULL;
	ffa_encode_partition_info_get_result(&r, v, out);
	return FFA_OK;
}

/*
 * A UUID as two registers (bytes 0-7, 8-15), packed by the generated
 * encoder of FFA_PARTITION_INFO_GET_REGS's own UUID argument, which has the
 * layout the reply uses.
 */
static void uuid_to_regs(const struct ffa_uuid *u, uint64_t *lo, uint64_t *hi)
{
	const struct ffa_partition_info_get_regs_args a = { .smc64 = true,
							    .uuid = *u };
	struct ffa_regs r = { { 0 } };

	ffa_encode_partition_info_get_regs(&a, FFA_VERSION_1_2, &r);
	*lo = r.x[1];
	*hi = r.x[2];
}

/*
 * FFA_PARTITION_INFO_GET_REGS_64 (DEN0077A v1.2 §13.9, 1.2+): the list of
 * FFA_PARTITION_INFO_GET in registers. x3[15:0] = first index wanted,
 * x3[31:16] = a tag from an earlier reply (0: none). Reply SUCCESS_64: x2 =
 * last index, index of the last descriptor in this reply, the list's
 * current tag (nonzero; it changes when the list does) and descriptor size
 * (24); up to 5 descriptors in x3..x17 (partition-info-regs-info, then the
 * UUID, zero unless the Nil UUID was asked for, as Hafnium does).
 * Errors:
 *  - RETRY: a nonzero tag that is not the current one (Hafnium, which
 *    keeps no tags, answers RETRY to every nonzero tag);
 *  - INVALID_PARAMETERS: no partition matches the UUID, or the start index
 *    is past the last descriptor (Hafnium).
 */
static int32_t handle_partition_info_get_regs(struct spmc *s,
					      const struct ffa_regs *in,
					      struct ffa_regs *out)
{
	const enum ffa_version v = s->caller_version;
	struct ffa_partition_info_get_regs_args a;
	struct ffa_partition_info_get_regs_result r = { .smc64 = true };
	uint32_t count;
	uint32_t n;
	int32_t ret = ffa_decode_partition_info_get_regs(in, v, &a);
	struct ffa_regs untagged = *in;

	/*
	 * FF-A makes the tag MBZ at start index 0, which the decoder refuses;
	 * Hafnium answers RETRY to any tag there instead: if the call is good
	 * but for that (x3 holds only start index and tag), do as it does.
	 */
	untagged.x[3] = 0;
	if (ret == FFA_INVALID_PARAMETERS &&
	    ffa_decode_partition_info_get_regs(&untagged, v, &a) == FFA_OK)
		return FFA_RETRY;
	if (ret != FFA_OK)
		return ret;
	if (a.tag != 0 && a.tag != s->partitions_tag)
		return FFA_RETRY;
	count = match_partitions(s, &a.uuid, UINT32_MAX, NULL);
	if (count == 0 || a.start_index >= count)
		return FFA_INVALID_PARAMETERS;
	n = count - a.start_index;
	if (n > SPMC_REGS_DESCS)
		n = SPMC_REGS_DESCS;
	r.last_index = (uint16_t)(count - 1);
	r.current_index = (uint16_t)(a.start_index + n - 1);
	r.tag = s->partitions_tag;
	r.desc_size = FFA_PARTITION_INFO_V1_1_SIZE;
	for (uint32_t i = 0; i < n; i++) {
		struct spmc_match m;
		uint64_t info = 0;

		(void)match_partitions(s, &a.uuid, a.start_index + i, &m);
		info = ffa_partition_info_regs_info_set_partition_id(info,
								     m.p->id);
		info = ffa_partition_info_regs_info_set_exec_ctx_count(
			info, m.p->exec_ctx_count);
		info = ffa_partition_info_regs_info_set_properties(
			info, reported_properties(m.p, v));
		r.desc[i].info = info;
		if (uuid_is_nil(&a.uuid))
			uuid_to_regs(m.uuid, &r.desc[i].uuid_lo,
				     &r.desc[i].uuid_hi);
	}
	ffa_encode_partition_info_get_regs_result(&r, v, out);
	return FFA_OK;
}

/* --- partitions at work --------------------------------------------------- */

/* Index of partition id in config.partitions, or -1. */
static int partition_index(const struct spmc *s, uint16_t id)
{
	for (uint32_t i = 0;
	     i < s->config.partition_count && i < SPMC_MAX_PARTITIONS; i++) {
		if (s->config.partitions[i].id == id)
			return (int)i;
	}
	return -1;
}

/* Register n as the call's convention carries it (w for SMC32). */
static uint64_t reg_of(const struct ffa_regs *in, unsigned int n, bool smc64)
{
	return smc64 ? in->x[n] : (uint32_t)in->x[n];
}

/* A partition, its state and the vCPU a request or FFA_RUN is for. */
struct spmc_target {
	const struct spmc_partition_config *p;
	struct spmc_partition_state *st;
	ffa_vcpu_id_t vcpu;
};

/*
 * Does the partition offer the UUID a DIRECT_REQ2 names? The Nil UUID
 * names any partition (its first UUID), and a Nil UUID ends a partition's
 * list (Hafnium ffa_uuid_find()).
 */
static bool partition_has_uuid(const struct spmc_partition_config *p,
			       const struct ffa_uuid *u)
{
	if (uuid_is_nil(u))
		return true;
	for (uint32_t i = 0; i < p->uuid_count && i < SPMC_MAX_UUIDS; i++) {
		if (uuid_is_nil(&p->uuids[i]))
			break;
		if (uuid_equal(u, &p->uuids[i]))
			return true;
	}
	return false;
}

/*
 * Does the partition receive direct requests of kind fid? REQ needs
 * direct-req-recv, REQ2 direct-req2-recv and a partition at 1.2 or later
 * (Hafnium ffa_direct_msg_is_direct_request_supported()); the SMC64 forms
 * also need the AArch64 property (the model's addition: an AArch32
 * partition cannot take 64-bit registers; Hafnium's SPs are all AArch64).
 */
static bool partition_receives(const struct spmc_partition_config *p,
			       uint32_t fid)
{
	const uint32_t w = p->properties;

	if (fid == FFA_MSG_SEND_DIRECT_REQ2_64)
		return p->version >= FFA_VERSION_1_2 &&
		       ffa_partition_properties_get_direct_req2_recv(w) != 0 &&
		       ffa_partition_properties_get_aarch64(w) != 0;
	if (ffa_partition_properties_get_direct_req_recv(w) == 0)
		return false;
	return fid != FFA_MSG_SEND_DIRECT_REQ_64 ||
	       ffa_partition_properties_get_aarch64(w) != 0;
}

/*
 * The vCPU of p that runs on the hypervisor's current CPU: 0 for a UP
 * partition, s->cpu for an MP one (Hafnium api_ffa_get_vm_vcpu()).
 * Errors: INVALID_PARAMETERS for a partition without execution contexts
 * or an MP partition with no vCPU for this CPU (or one past the model's
 * SPMC_MAX_VCPUS).
 */
static int32_t partition_vcpu(const struct spmc *s,
			      const struct spmc_partition_config *p,
			      ffa_vcpu_id_t *vcpu)
{
	if (p->exec_ctx_count == 0)
		return FFA_INVALID_PARAMETERS;
	*vcpu = p->exec_ctx_count == 1 ? 0 : s->cpu;
	if (*vcpu >= p->exec_ctx_count || *vcpu >= SPMC_MAX_VCPUS)
		return FFA_INVALID_PARAMETERS;
	return FFA_OK;
}

/*
 * The checks of a direct request to a partition, in Hafnium's order
 * (api_ffa_msg_send_direct_req(), ffa_direct_msg_is_direct_request_valid()
 * for an SPMC called from the normal world):
 *  - INVALID_PARAMETERS: the sender is a secure id (only the hypervisor,
 *    0, or a VM may send from the normal world), the receiver is not a
 *    secure id or not a partition, or (REQ2) the partition has not the
 *    named UUID;
 *  - DENIED: the partition does not receive this kind of request (see
 *    partition_receives());
 *  - INVALID_PARAMETERS: no vCPU for this CPU (see partition_vcpu());
 *  - BUSY: that vCPU has a request pending (preempted or blocked).
 */
static int32_t direct_target(struct spmc *s, uint32_t fid, uint16_t sender,
			     uint16_t receiver, const struct ffa_uuid *uuid,
			     struct spmc_target *t)
{
	int i;
	int32_t ret;

	if (id_is_secure(sender) || !id_is_secure(receiver))
		return FFA_INVALID_PARAMETERS;
	i = partition_index(s, receiver);
	if (i < 0)
		return FFA_INVALID_PARAMETERS;
	t->p = &s->config.partitions[i];
	t->st = &s->part[i];
	if (uuid != NULL && !partition_has_uuid(t->p, uuid))
		return FFA_INVALID_PARAMETERS;
	if (!partition_receives(t->p, fid))
		return FFA_DENIED;
	ret = partition_vcpu(s, t->p, &t->vcpu);
	if (ret != FFA_OK)
		return ret;
	if (t->st->vcpu_state[t->vcpu] != SPMC_VCPU_WAITING)
		return FFA_BUSY;
	return FFA_OK;
}

/* The three shapes of a direct response. */
enum spmc_resp_kind {
	SPMC_RESP_32,
	SPMC_RESP_64,
	SPMC_RESP2,
};

/* The response that answers request fid. */
static enum spmc_resp_kind resp_kind_of(uint32_t fid)
{
	if (fid == FFA_MSG_SEND_DIRECT_REQ2_64)
		return SPMC_RESP2;
	return fid == FFA_MSG_SEND_DIRECT_REQ_64 ? SPMC_RESP_64 : SPMC_RESP_32;
}

/* A direct response of kind k carrying r's payload. */
static void encode_resp(const struct spmc *s, enum spmc_resp_kind k,
			const struct spmc_request *r, uint16_t source,
			uint16_t destination, bool framework,
			struct ffa_regs *out)
{
	if (k == SPMC_RESP2) {
		struct ffa_msg_send_direct_resp2_args a = {
			.smc64 = true,
			.source = source,
			.destination = destination,
			.payload = r->payload,
		};

		ffa_encode_msg_send_direct_resp2(&a, s->caller_version, out);
		return;
	}
	struct ffa_msg_send_direct_resp_args a = {
		.smc64 = k == SPMC_RESP_64,
		.source = source,
		.destination = destination,
		.framework = framework,
		.framework_type =
			framework ? FFA_FRAMEWORK_MSG_VM_CREATED_RESP : 0,
		.payload = r->payload,
	};

	ffa_encode_msg_send_direct_resp(&a, s->caller_version, out);
}

/*
 * The partition stops before answering r: FFA_INTERRUPT (preempted by a
 * non-secure interrupt, Hafnium api_preempt()) or FFA_YIELD (Hafnium
 * ffa_cpu_cycles_yield_prepare()), w1 = partition id and vCPU. r stays
 * pending on the vCPU until FFA_RUN.
 */
static void partition_stop(const struct spmc *s, const struct spmc_target *t,
			   const struct spmc_request *r, bool yield,
			   struct ffa_regs *out)
{
	t->st->pending[t->vcpu] = *r;
	if (yield) {
		const struct ffa_yield_args y = {
			.endpoint = t->p->id,
			.vcpu = t->vcpu,
			.timeout_lo = t->p->yield_timeout_lo,
			.timeout_hi = t->p->yield_timeout_hi,
		};

		t->st->vcpu_state[t->vcpu] = SPMC_VCPU_BLOCKED;
		ffa_encode_yield(&y, s->caller_version, out);
		return;
	}
	const struct ffa_interrupt_args i = { .endpoint = t->p->id,
					      .vcpu = t->vcpu };

	t->st->vcpu_state[t->vcpu] = SPMC_VCPU_PREEMPTED;
	ffa_encode_interrupt(&i, s->caller_version, out);
}

/*
 * The partition's answer to partition message r, as config.behaviour
 * says (see enum spmc_behaviour); resumed: r is being resumed by FFA_RUN,
 * so INTERRUPT_ONCE and YIELD_ONCE now answer.
 */
static void partition_answer(struct spmc *s, const struct spmc_target *t,
			     const struct spmc_request *r, bool resumed,
			     struct ffa_regs *out)
{
	const struct spmc_partition_config *p = t->p;
	enum spmc_resp_kind kind = resp_kind_of(r->fid);
	uint16_t source = p->id;
	uint16_t destination = r->sender;
	bool framework = false;

	switch (p->behaviour) {
	case SPMC_BEHAVE_BUSY:
		reply_error(out, FFA_BUSY);
		return;
	case SPMC_BEHAVE_ERROR:
		reply_error(out, p->error != 0 ? p->error : FFA_ABORTED);
		return;
	case SPMC_BEHAVE_SEQUENCE: {
		uint32_t *made = &t->st->stops_made[t->vcpu];

		if (!resumed)
			*made = 0;
		if (*made < p->stop_count && *made < SPMC_MAX_STOPS) {
			partition_stop(s, t, r, p->stops[(*made)++] == SPMC_STOP_YIELD, out);
			return;
		}
		break;
	}
	case SPMC_BEHAVE_INTERRUPT_ONCE:
	case SPMC_BEHAVE_YIELD_ONCE:
		if (!resumed) {
			partition_stop(s, t, r,
				       p->behaviour == SPMC_BEHAVE_YIELD_ONCE,
				       out);
			return;
		}
		break;
	case SPMC_BEHAVE_WRONG_SOURCE:
		source = p->bad_id != 0 ? p->bad_id : (uint16_t)(p->id + 1U);
		break;
	case SPMC_BEHAVE_WRONG_DEST:
		destination = p->bad_id != 0 ? p->bad_id
					     : (uint16_t)(r->sender + 1U);
		break;
	case SPMC_BEHAVE_WRONG_FUNC:
		kind = kind == SPMC_RESP_64 ? SPMC_RESP_32 : SPMC_RESP_64;
		break;
	case SPMC_BEHAVE_GARBAGE: {
		const struct ffa_success_args a = { .smc64 = true };

		ffa_encode_success(&a, s->caller_version, out);
		for (unsigned int n = 1; n < FFA_REG_COUNT; n++)
			out->x[n] = SPMC_JUNK(n);
		return;
	}
	case SPMC_BEHAVE_FRAMEWORK_RESP:
		framework = true;
		if (kind == SPMC_RESP2)
			kind = SPMC_RESP_64;
		break;
	case SPMC_BEHAVE_OPTEE: {
		struct spmc_request answer = *r;

		spmc_optee_answer(s, t->st, p->id, r, answer.payload);
		encode_resp(s, kind, &answer, source, destination, false, out);
		return;
	}
	case SPMC_BEHAVE_ECHO:
	default:
		break;
	}
	encode_resp(s, kind, r, source, destination, framework, out);
}

/* A checked partition message reaches the partition, which answers it. */
static void partition_deliver(struct spmc *s, const struct spmc_target *t,
			      struct spmc_request *r, struct ffa_regs *out)
{
	r->vcpu = t->vcpu;
	t->st->requests++;
	t->st->last = *r;
	partition_answer(s, t, r, false, out);
}

/* --- VM created / destroyed framework messages ---------------------------- */

static int known_vm_index(const struct spmc_partition_state *st, uint16_t vm)
{
	for (uint32_t i = 0; i < st->vm_count && i < SPMC_MAX_KNOWN_VMS; i++) {
		if (st->vms[i].id == vm)
			return (int)i;
	}
	return -1;
}

/*
 * What the partition answers to a VM created / destroyed message (see
 * enum spmc_vm_msg_behaviour), updating the VMs it knows: once it would
 * accept the message, a VM id that is not a VM's (0 or secure), a
 * creation of a VM it knows or a destruction of one it does not know get
 * INVALID_PARAMETERS, and a creation with SPMC_MAX_KNOWN_VMS known gets
 * NO_MEMORY: a partition cannot make sense of them, and for the mediator
 * they are bugs to catch.
 */
static int32_t vm_msg_status(const struct spmc_partition_config *p,
			     struct spmc_partition_state *st, bool created,
			     const struct spmc_vm_msg *m)
{
	int k;

	switch (p->vm_msg) {
	case SPMC_VM_MSG_BUSY:
	case SPMC_VM_MSG_RETRY: {
		const uint32_t n =
			p->vm_msg_fail_count != 0 ? p->vm_msg_fail_count : 1;

		if (st->vm_msg_failures < n) {
			st->vm_msg_failures++;
			return p->vm_msg == SPMC_VM_MSG_BUSY ? FFA_BUSY
							     : FFA_RETRY;
		}
		st->vm_msg_failures = 0;
		break;
	}
	case SPMC_VM_MSG_ERROR:
		return p->vm_msg_error != 0 ? p->vm_msg_error
					    : FFA_INVALID_PARAMETERS;
	case SPMC_VM_MSG_OK:
	default:
		break;
	}
	if (!id_is_vm(m->vm))
		return FFA_INVALID_PARAMETERS;
	k = known_vm_index(st, m->vm);
	if (!created) {
		if (k < 0)
			return FFA_INVALID_PARAMETERS;
		st->vms[k] = st->vms[st->vm_count - 1];
		st->vm_count--;
		return FFA_OK;
	}
	if (k >= 0)
		return FFA_INVALID_PARAMETERS;
	if (st->vm_count >= SPMC_MAX_KNOWN_VMS)
		return FFA_NO_MEMORY;
	st->vms[st->vm_count++] =
		(struct spmc_known_vm){ .id = m->vm, .handle = m->handle };
	return FFA_OK;
}

/*
 * Decodes a VM created / destroyed message with the generated decoder of
 * its type into *m, and says in *sbz whether w5[31:16], w6 or w7 (SBZ)
 * were set. Returns false for any other framework message type.
 */
static bool vm_msg_decode(const struct ffa_regs *in, enum ffa_version v,
			  uint8_t type, struct spmc_vm_msg *m, bool *sbz)
{
	struct ffa_regs canon = { { 0 } };

	if (type == FFA_FRAMEWORK_MSG_VM_CREATED_REQ) {
		struct ffa_fwk_vm_created_req_args c;

		if (ffa_decode_fwk_vm_created_req(in, v, &c) != FFA_OK)
			return false;
		ffa_encode_fwk_vm_created_req(&c, v, &canon);
		m->vm = c.vm_id;
		m->handle = c.handle;
	} else if (type == FFA_FRAMEWORK_MSG_VM_DESTROYED_REQ) {
		struct ffa_fwk_vm_destroyed_req_args d;

		if (ffa_decode_fwk_vm_destroyed_req(in, v, &d) != FFA_OK)
			return false;
		ffa_encode_fwk_vm_destroyed_req(&d, v, &canon);
		m->vm = d.vm_id;
		m->handle = d.handle;
	} else {
		return false;
	}
	m->type = type;
	*sbz = w_reserved_set(in, &canon, 5) || w_reserved_set(in, &canon, 6) ||
	       w_reserved_set(in, &canon, 7);
	return true;
}

/*
 * A framework message in FFA_MSG_SEND_DIRECT_REQ (DEN0077A v1.2 §18.3):
 * VM created (type VM_CREATED_REQ) or destroyed (VM_DESTROYED_REQ),
 * w3/w4 = handle (FFA_HANDLE_INVALID when none), w5[15:0] = VM id. The
 * partition answers FFA_MSG_SEND_DIRECT_RESP_32 from itself to 0 with the
 * framework bit, type VM_CREATED_RESP / VM_DESTROYED_RESP and w3 = status
 * (see vm_msg_status()).
 * Errors:
 *  - INVALID_PARAMETERS: the SMC64 form, a caller below 1.1 (both the
 *    model's: the messages are 32-bit and came with 1.1), any other
 *    framework message type (Hafnium: the rest are SPMD-to-SPMC only),
 *    a sender other than the hypervisor (the model's: Hafnium takes any
 *    normal-world sender), a receiver that is not a partition or has
 *    not the vm-created-msg / vm-destroyed-msg property (Hafnium
 *    check_vm_availability_message());
 *  - then the checks of direct_target() (DENIED without direct request
 *    receive, BUSY when its vCPU has a request pending).
 * w5[31:16], w6 and w7 are SBZ: counted in s->sbz_warnings, not refused
 * (Hafnium logs a warning).
 */
static int32_t framework_msg(struct spmc *s,
			     const struct ffa_msg_send_direct_req_args *a,
			     const struct ffa_regs *in, struct ffa_regs *out)
{
	const enum ffa_version v = s->caller_version;
	const struct spmc_partition_config *p;
	struct spmc_vm_msg m = { 0 };
	struct spmc_target t;
	bool created;
	bool sbz = false;
	int32_t ret;
	int i;

	if (a->smc64 || v < FFA_VERSION_1_1 ||
	    !vm_msg_decode(in, v, a->framework_type, &m, &sbz))
		return FFA_INVALID_PARAMETERS;
	created = m.type == FFA_FRAMEWORK_MSG_VM_CREATED_REQ;
	if (a->source != FFA_HYPERVISOR_ID)
		return FFA_INVALID_PARAMETERS;
	i = id_is_secure(a->destination) ? partition_index(s, a->destination)
					 : -1;
	if (i < 0)
		return FFA_INVALID_PARAMETERS;
	p = &s->config.partitions[i];
	if ((created ? ffa_partition_properties_get_vm_created_msg(p->properties)
		     : ffa_partition_properties_get_vm_destroyed_msg(
			       p->properties)) == 0)
		return FFA_INVALID_PARAMETERS;
	if (sbz)
		s->sbz_warnings++;
	ret = direct_target(s, FFA_MSG_SEND_DIRECT_REQ_32, a->source,
			    a->destination, NULL, &t);
	if (ret != FFA_OK)
		return ret;
	m.status = vm_msg_status(p, t.st, created, &m);
	if (!created && m.status == FFA_OK && p->behaviour == SPMC_BEHAVE_OPTEE)
		spmc_optee_vm_destroyed(s, p->id, m.vm);
	if (!created && m.status == FFA_OK && s->config.notify_follows_vm_msgs)
		spmc_notify_vm_gone(s, m.vm);
	t.st->vm_msgs++;
	t.st->last_vm_msg = m;
	if (created) {
		const struct ffa_fwk_vm_created_resp_args r = {
			.source = p->id,
			.destination = FFA_HYPERVISOR_ID,
			.status = m.status,
		};

		ffa_encode_fwk_vm_created_resp(&r, v, out);
	} else {
		const struct ffa_fwk_vm_destroyed_resp_args r = {
			.source = p->id,
			.destination = FFA_HYPERVISOR_ID,
			.status = m.status,
		};

		ffa_encode_fwk_vm_destroyed_resp(&r, v, out);
	}
	return FFA_OK;
}

/* --- FFA_MSG_SEND_DIRECT_REQ, FFA_MSG_SEND_DIRECT_REQ2 -------------------- */

/*
 * FFA_MSG_SEND_DIRECT_REQ_32/64 (DEN0077A v1.2 §15.2) from the hypervisor:
 * w1 = sender [31:16] (0 or a VM) / receiver [15:0], x3..x7 payload. A
 * framework message (w2 bit 31) goes to framework_msg(); a partition
 * message to the partition, which answers as its behaviour says.
 * Errors:
 *  - INVALID_PARAMETERS: a partition message with w2 (x2 for SMC64)
 *    nonzero (Hafnium), a framework message with w2 bits other than the
 *    framework bit and type set (the model's);
 *  - see direct_target() and framework_msg().
 */
static int32_t handle_direct_req(struct spmc *s, const struct ffa_regs *in,
				 struct ffa_regs *out)
{
	const uint32_t fid = (uint32_t)in->x[0];
	struct ffa_msg_send_direct_req_args a;
	struct spmc_request r = { .fid = fid };
	struct spmc_target t;
	struct ffa_regs canon = { { 0 } };
	int32_t ret = ffa_decode_msg_send_direct_req(in, s->caller_version, &a);

	if (ret != FFA_OK)
		return ret;
	if (a.framework) {
		ffa_encode_msg_send_direct_req(&a, s->caller_version, &canon);
		if (reg_of(in, 2, a.smc64) != canon.x[2])
			return FFA_INVALID_PARAMETERS;
		return framework_msg(s, &a, in, out);
	}
	if (reg_of(in, 2, a.smc64) != 0)
		return FFA_INVALID_PARAMETERS;
	ret = direct_target(s, fid, a.source, a.destination, NULL, &t);
	if (ret != FFA_OK)
		return ret;
	r.sender = a.source;
	for (size_t i = 0; i < FFA_MSG_SEND_DIRECT_REQ_ARGS_PAYLOAD_COUNT; i++)
		r.payload[i] = a.payload[i] & FFA_CONV_MASK(a.smc64);
	partition_deliver(s, &t, &r, out);
	return FFA_OK;
}

/*
 * FFA_MSG_SEND_DIRECT_REQ2_64 (DEN0077A v1.2 §15.4, 1.2+): w1 as for
 * DIRECT_REQ, x2/x3 = UUID of the service (Nil: the partition's default),
 * x4..x17 payload. No framework messages.
 * Errors: see direct_target().
 */
static int32_t handle_direct_req2(struct spmc *s, const struct ffa_regs *in,
				  struct ffa_regs *out)
{
	struct ffa_msg_send_direct_req2_args a;
	struct spmc_request r = { .fid = FFA_MSG_SEND_DIRECT_REQ2_64 };
	struct spmc_target t;
	int32_t ret =
		ffa_decode_msg_send_direct_req2(in, s->caller_version, &a);

	if (ret != FFA_OK)
		return ret;
	ret = direct_target(s, r.fid, a.source, a.destination, &a.uuid, &t);
	if (ret != FFA_OK)
		return ret;
	r.sender = a.source;
	r.uuid = a.uuid;
	for (size_t i = 0; i < FFA_MSG_SEND_DIRECT_REQ2_ARGS_PAYLOAD_COUNT; i++)
		r.payload[i] = a.payload[i];
	partition_deliver(s, &t, &r, out);
	return FFA_OK;
}

/* --- FFA_RUN -------------------------------------------------------------- */

/*
 * FFA_RUN (DEN0077A v1.2 §14.3): w1 = partition [31:16], vCPU [15:0].
 * A vCPU with a preempted or blocked request resumes it and answers it as
 * the partition's behaviour says (SPMC_BEHAVE_*_ONCE: the echo). A waiting
 * vCPU runs, has nothing to do and goes back to waiting: FFA_MSG_WAIT_32
 * with every other register zero (Hafnium: FFA_RUN hands the SP FFA_RUN,
 * the SP's FFA_MSG_WAIT returns to the normal world through
 * ffa_msg_wait_complete() as FFA_MSG_WAIT_32).
 * Errors (all INVALID_PARAMETERS, Hafnium api_ffa_run() and
 * ffa_cpu_cycles_run_checks()): the target is not a partition; an MP
 * partition's vCPU other than the one for the current CPU (struct
 * spmc.cpu); a vCPU past the partition's execution context count.
 */
static int32_t handle_run(struct spmc *s, const struct ffa_regs *in,
			  struct ffa_regs *out)
{
	struct ffa_run_args a;
	struct spmc_request r;
	struct spmc_target t;
	int i;
	int32_t ret = ffa_decode_run(in, s->caller_version, &a);

	if (ret != FFA_OK)
		return ret;
	i = id_is_secure(a.target) ? partition_index(s, a.target) : -1;
	if (i < 0)
		return FFA_INVALID_PARAMETERS;
	t = (struct spmc_target){ &s->config.partitions[i], &s->part[i],
				  a.vcpu };
	if (t.p->exec_ctx_count > 1 && a.vcpu != s->cpu)
		return FFA_INVALID_PARAMETERS;
	if (a.vcpu >= t.p->exec_ctx_count || a.vcpu >= SPMC_MAX_VCPUS)
		return FFA_INVALID_PARAMETERS;
	t.st->runs++;
	if (t.st->vcpu_state[a.vcpu] == SPMC_VCPU_WAITING) {
		const struct ffa_msg_wait_args w = { 0 };

		ffa_encode_msg_wait(&w, s->caller_version, out);
		return FFA_OK;
	}
	r = t.st->pending[a.vcpu];
	zero_bytes(&t.st->pending[a.vcpu], sizeof(t.st->pending[a.vcpu]));
	t.st->vcpu_state[a.vcpu] = SPMC_VCPU_WAITING;
	partition_answer(s, &t, &r, true, out);
	return FFA_OK;
}

/* --- FFA_MSG_SEND2 -------------------------------------------------------- */

/* The fields of a partition message header the SPMC uses. */
struct spmc_msg_header {
	uint32_t offset;
	uint32_t size;
	uint16_t sender;
	uint16_t receiver;
};

/*
 * Reads the partition message header at the start of raw (len bytes) in
 * the layout of version v (20 bytes at 1.1, 40 from 1.2). The endpoints
 * word has the layout of direct-msg-endpoints (receiver [15:0], sender
 * [31:16]); the generated code has no accessor of its own for it.
 * Returns false when a reserved field is set (the model's: Hafnium does
 * not check them).
 */
static bool msg_header_read(const uint8_t *raw, size_t len, enum ffa_version v,
			    struct spmc_msg_header *h)
{
	uint32_t endpoints;

	if (v >= FFA_VERSION_1_2) {
		struct ffa_partition_msg_header_v1_2 d;

		if (!ffa_partition_msg_header_v1_2_read(raw, len, 0, &d) ||
		    !ffa_partition_msg_header_v1_2_mbz_ok(&d))
			return false;
		h->offset = d.offset;
		h->size = d.size;
		endpoints = d.endpoints;
	} else {
		struct ffa_partition_msg_header_v1_1 d;

		if (!ffa_partition_msg_header_v1_1_read(raw, len, 0, &d) ||
		    !ffa_partition_msg_header_v1_1_mbz_ok(&d))
			return false;
		h->offset = d.offset;
		h->size = d.size;
		endpoints = d.endpoints;
	}
	h->sender = (uint16_t)ffa_direct_msg_endpoints_get_source(endpoints);
	h->receiver =
		(uint16_t)ffa_direct_msg_endpoints_get_destination(endpoints);
	return true;
}

static uint32_t inbox_size(const struct spmc_partition_config *p)
{
	return p->inbox_size != 0 && p->inbox_size < SPMC_INBOX_MAX
		       ? p->inbox_size
		       : SPMC_INBOX_MAX;
}

/*
 * FFA_MSG_SEND2 (DEN0077A v1.2 §15.1, 1.1+) from the hypervisor on behalf
 * of VM w1[31:16] (0: the hypervisor itself). As Hafnium's
 * api_ffa_msg_send2() (the hypervisor side sets only w1, "to allow the
 * SPMC to retrieve VM's TX buffer"), the message is read from the
 * sender's own TX buffer as registered with the SPMC: the VM's buffers
 * forwarded with FFA_RXTX_MAP, or the hypervisor's for sender 0 (with
 * config.send2_reads_hyp_tx always the hypervisor's). The header, in the
 * layout of the hypervisor's negotiated version (Hafnium gives its
 * normal-world VM records the hypervisor's version), is copied once and
 * checked; the message (header, gap, payload: offset + size bytes) is
 * copied to the receiving partition's inbox, with the checked header copy
 * in front. Reply SUCCESS_32.
 * Errors, in Hafnium's order:
 *  - INVALID_PARAMETERS: w1[15:0] or w2 bits other than bit 1 set, or a
 *    secure sender id (the model's; Hafnium would look the id up among
 *    its SPs and read that SP's TX buffer);
 *  - DENIED: no buffers registered for the sender (the hypervisor's own
 *    with config.send2_reads_hyp_tx);
 *  - ABORTED: phys() refuses the TX buffer;
 *  - INVALID_PARAMETERS: a header reserved field set (the model's); the
 *    header's sender is not w1's or equals its receiver; delay-SRI (w2
 *    bit 1) set, which only an SP may use; the receiver is not a
 *    partition;
 *  - DENIED: the partition is below 1.1 or lacks the indirect message
 *    property (Hafnium ffa_indirect_msg_is_supported());
 *  - BUSY: its inbox is full (empty it with spmc_inbox_take());
 *  - INVALID_PARAMETERS: offset below the header size, offset + size
 *    overflowing 32 bits, or more than the inbox (config.inbox_size,
 *    at most Hafnium's FFA_MSG_PAYLOAD_MAX) or the TX buffer holds.
 */
static int32_t handle_msg_send2(struct spmc *s, const struct ffa_regs *in,
				struct ffa_regs *out)
{
	const enum ffa_version v = s->caller_version;
	const size_t hsize = ffa_partition_msg_header_size(v);
	uint8_t raw[FFA_PARTITION_MSG_HEADER_V1_2_SIZE] = { 0 };
	const struct ffa_msg_send2_result res = { 0 };
	struct ffa_msg_send2_args a;
	struct spmc_msg_header h;
	struct spmc_buffers *b;
	struct spmc_partition_state *st;
	const struct spmc_partition_config *p;
	struct ffa_regs canon = { { 0 } };
	uint64_t total;
	int i;
	int32_t ret = ffa_decode_msg_send2(in, v, &a);

	if (ret != FFA_OK)
		return ret;
	ffa_encode_msg_send2(&a, v, &canon);
	if (w_reserved_set(in, &canon, 1) || w_reserved_set(in, &canon, 2))
		return FFA_INVALID_PARAMETERS;
	if (id_is_secure(a.sender_vm_id))
		return FFA_INVALID_PARAMETERS;
	b = buffers_of(s, s->config.send2_reads_hyp_tx ? FFA_HYPERVISOR_ID
						       : a.sender_vm_id);
	if (b == NULL)
		return FFA_DENIED;
	if (hsize == 0 || hsize > sizeof(raw))
		return FFA_NOT_SUPPORTED;
	if (!ranges_read(s, b->tx, b->tx_count, 0, raw, hsize))
		return FFA_ABORTED;
	if (!msg_header_read(raw, hsize, v, &h))
		return FFA_INVALID_PARAMETERS;
	if (h.sender != a.sender_vm_id || h.receiver == h.sender)
		return FFA_INVALID_PARAMETERS;
	if (a.delay_sri)
		return FFA_INVALID_PARAMETERS;
	i = id_is_secure(h.receiver) ? partition_index(s, h.receiver) : -1;
	if (i < 0)
		return FFA_INVALID_PARAMETERS;
	p = &s->config.partitions[i];
	st = &s->part[i];
	if (p->version < FFA_VERSION_1_1 ||
	    ffa_partition_properties_get_indirect_msg(p->properties) == 0)
		return FFA_DENIED;
	if (st->inbox_full)
		return FFA_BUSY;
	if (h.offset < hsize)
		return FFA_INVALID_PARAMETERS;
	total = (uint64_t)h.offset + h.size;
	if (total > UINT32_MAX || total > inbox_size(p) ||
	    total > (uint64_t)b->pages * FFA_PAGE_SIZE)
		return FFA_INVALID_PARAMETERS;
	if (!ranges_read(s, b->tx, b->tx_count, 0, st->inbox, total))
		return FFA_ABORTED;
	ffa_copy_bytes(st->inbox, raw, hsize);
	st->inbox_full = true;
	st->inbox_len = (uint32_t)total;
	st->inbox_sender = h.sender;
	st->indirect_msgs++;
	ffa_encode_msg_send2_result(&res, v, out);
	return FFA_OK;
}

/* --- memory transactions -------------------------------------------------- */

/*
 * The composite descriptor offset is 16-byte aligned: Hafnium
 * (ffa_memory_send_validate()) and TF-A (spmc_shmem_check_obj()) refuse
 * anything else, though the specification (the generated
 * FFA_DESCRIPTOR_ALIGNMENT) asks for 8.
 */
#define SPMC_MEM_COMPOSITE_ALIGN 16U

/*
 * Descriptor and fragment lengths are multiples of a constituent's size
 * (Hafnium ffa_memory_send_validate() and api_ffa_mem_frag_tx()), so a
 * fragment after the first holds whole constituents only.
 */
#define SPMC_MEM_UNIT FFA_MEM_CONSTITUENT_V1_0_SIZE

/* The header fields of a transaction descriptor, from either layout. */
struct mem_header {
	uint16_t sender;
	uint16_t attributes;          /* 16-bit mem-attributes layout */
	bool attributes_reserved;     /* a reserved attribute bit was set */
	uint32_t flags;
	uint64_t tag;
	uint32_t access_size;
	uint32_t access_offset;
	uint32_t receiver_count;
};

/* An endpoint memory access descriptor, from either layout. */
struct mem_access {
	uint16_t receiver;
	uint8_t permissions;
	uint8_t flags;
	uint32_t composite_offset;
	uint64_t impdef[2];
};

static enum ffa_mem_transaction_type mem_type_of(uint32_t fid)
{
	switch (fid) {
	case FFA_MEM_DONATE_32:
	case FFA_MEM_DONATE_64:
		return FFA_MEM_TRANSACTION_TYPE_DONATE;
	case FFA_MEM_LEND_32:
	case FFA_MEM_LEND_64:
		return FFA_MEM_TRANSACTION_TYPE_LEND;
	default:
		return FFA_MEM_TRANSACTION_TYPE_SHARE;
	}
}

/* The registers of FFA_MEM_SHARE/LEND/DONATE: one layout for the three. */
static int32_t mem_send_decode(const struct ffa_regs *in, enum ffa_version v,
			       struct ffa_mem_share_args *a)
{
	int32_t ret;

	switch (mem_type_of((uint32_t)in->x[0])) {
	case FFA_MEM_TRANSACTION_TYPE_DONATE: {
		struct ffa_mem_donate_args d;

		ret = ffa_decode_mem_donate(in, v, &d);
		*a = (struct ffa_mem_share_args){ d.smc64, d.total_length,
						  d.fragment_length,
						  d.buffer_address,
						  d.page_count };
		return ret;
	}
	case FFA_MEM_TRANSACTION_TYPE_LEND: {
		struct ffa_mem_lend_args l;

		ret = ffa_decode_mem_lend(in, v, &l);
		*a = (struct ffa_mem_share_args){ l.smc64, l.total_length,
						  l.fragment_length,
						  l.buffer_address,
						  l.page_count };
		return ret;
	}
	default:
		return ffa_decode_mem_share(in, v, a);
	}
}

/* FFA_SUCCESS with the handle, for the call that carried the last part. */
static void mem_reply_done(const struct spmc *s, uint32_t fid,
			   ffa_mem_handle_t handle, struct ffa_regs *out)
{
	const enum ffa_version v = s->caller_version;

	switch (fid) {
	case FFA_MEM_FRAG_TX_32: {
		const struct ffa_mem_frag_tx_result r = { .handle = handle };

		ffa_encode_mem_frag_tx_result(&r, v, out);
		return;
	}
	case FFA_MEM_DONATE_32:
	case FFA_MEM_DONATE_64: {
		const struct ffa_mem_donate_result r = { .handle = handle };

		ffa_encode_mem_donate_result(&r, v, out);
		return;
	}
	case FFA_MEM_LEND_32:
	case FFA_MEM_LEND_64: {
		const struct ffa_mem_lend_result r = { .handle = handle };

		ffa_encode_mem_lend_result(&r, v, out);
		return;
	}
	default: {
		const struct ffa_mem_share_result r = { .handle = handle };

		ffa_encode_mem_share_result(&r, v, out);
		return;
	}
	}
}

/*
 * FFA_MEM_FRAG_RX: send the next fragment, from offset t->received, with
 * the sender VM in w4[31:16] (Hafnium ffa_memory_send(), TF-A
 * spmc_ffa_fill_desc()).
 */
static void mem_reply_more(const struct spmc *s,
			   const struct spmc_mem_transaction *t,
			   struct ffa_regs *out)
{
	const struct ffa_mem_frag_rx_args a = {
		.handle = t->handle,
		.fragment_offset = t->received,
		.endpoint_id = t->sender,
	};

	ffa_encode_mem_frag_rx(&a, s->caller_version, out);
}

/* mem-attributes-v1-0 as the 16-bit mem-attributes, field by field. */
static uint16_t attributes_from_v1_0(uint8_t a)
{
	uint16_t w = ffa_mem_attributes_set_shareability(
		0, ffa_mem_attributes_v1_0_get_shareability(a));

	w = ffa_mem_attributes_set_cacheability(
		w, ffa_mem_attributes_v1_0_get_cacheability(a));
	return ffa_mem_attributes_set_mem_type(
		w, ffa_mem_attributes_v1_0_get_mem_type(a));
}

/*
 * The header at the start of the fragment, in the layout of version v.
 * False when it does not fit, a reserved field or the handle is set, or
 * (1.1+) the access descriptors are not at offset 48 (Hafnium
 * receiver_size_and_offset_valid_for_version()) or not 16 bytes (any
 * 1.1+) or 32 bytes (1.2+) long: a caller may use an older layout than
 * its own, never a newer one (Hafnium ffa_versions_are_compatible()).
 */
static bool mem_header_read(const uint8_t *buf, size_t len, enum ffa_version v,
			    struct mem_header *h)
{
	if (v < FFA_VERSION_1_1) {
		struct ffa_mem_transaction_v1_0 d;

		if (!ffa_mem_transaction_v1_0_read(buf, len, 0, &d) ||
		    !ffa_mem_transaction_v1_0_mbz_ok(&d) || d.handle != 0)
			return false;
		*h = (struct mem_header){
			.sender = d.sender,
			.attributes = attributes_from_v1_0(d.attributes),
			.attributes_reserved =
				(d.attributes &
				 (uint8_t)~ffa_mem_attributes_v1_0_fields_at(v)) != 0,
			.flags = d.flags,
			.tag = d.tag,
			.access_size = FFA_MEM_ACCESS_V1_0_SIZE,
			.access_offset = FFA_MEM_TRANSACTION_V1_0_SIZE,
			.receiver_count = d.receiver_count,
		};
		return true;
	}
	struct ffa_mem_transaction_v1_1 d;

	if (!ffa_mem_transaction_v1_1_read(buf, len, 0, &d) ||
	    !ffa_mem_transaction_v1_1_mbz_ok(&d) || d.handle != 0)
		return false;
	if (d.mem_access_offset != FFA_MEM_TRANSACTION_V1_1_SIZE)
		return false;
	if (d.mem_access_size != FFA_MEM_ACCESS_V1_0_SIZE &&
	    !(d.mem_access_size == FFA_MEM_ACCESS_V1_2_SIZE &&
	      v >= FFA_VERSION_1_2))
		return false;
	*h = (struct mem_header){
		.sender = d.sender,
		.attributes = d.attributes,
		.attributes_reserved =
			(d.attributes &
			 (uint16_t)~ffa_mem_attributes_fields_at(v)) != 0,
		.flags = d.flags,
		.tag = d.tag,
		.access_size = d.mem_access_size,
		.access_offset = d.mem_access_offset,
		.receiver_count = d.receiver_count,
	};
	return true;
}

/* Access descriptor i; false when it does not fit or a reserved field is set. */
static bool mem_access_read(const uint8_t *buf, size_t len,
			    const struct mem_header *h, uint32_t i,
			    struct mem_access *a)
{
	if (h->access_size == FFA_MEM_ACCESS_V1_2_SIZE) {
		struct ffa_mem_access_v1_2 d;

		if (!ffa_mem_access_v1_2_read_at(buf, len, h->access_offset, i,
						 &d) ||
		    !ffa_mem_access_v1_2_mbz_ok(&d))
			return false;
		*a = (struct mem_access){ d.receiver, d.permissions, d.flags,
					  d.composite_offset,
					  { d.impdef[0], d.impdef[1] } };
		return true;
	}
	struct ffa_mem_access_v1_0 d;

	if (!ffa_mem_access_v1_0_read_at(buf, len, h->access_offset, i, &d) ||
	    !ffa_mem_access_v1_0_mbz_ok(&d))
		return false;
	*a = (struct mem_access){ d.receiver, d.permissions, d.flags,
				  d.composite_offset, { 0, 0 } };
	return true;
}

/*
 * The transaction flags an operation may carry: zero-memory except for a
 * share (the sender keeps access), time-slice only with
 * config.mem_allow_time_slice (Hafnium accepts none but zero-memory).
 */
static bool mem_flags_ok(const struct spmc *s,
			 enum ffa_mem_transaction_type type, uint32_t flags)
{
	uint32_t allowed = ffa_mem_transaction_flags_set_zero_memory(
		0, type != FFA_MEM_TRANSACTION_TYPE_SHARE);

	allowed = ffa_mem_transaction_flags_set_time_slice(
		allowed, s->config.mem_allow_time_slice);
	return (flags & ~allowed) == 0;
}

/*
 * A receiver's permissions (Hafnium ffa_memory_send_validate()): no
 * reserved bits or values, no access flags (MBZ in DONATE/LEND/SHARE),
 * instruction access "not specified" (DEN0077A v1.2 §11.10.3: NX for a
 * share is the SPMC's to set; Hafnium refuses any for every operation),
 * data access given for SHARE/LEND and "not specified" for DONATE.
 */
static int32_t mem_permissions_check(enum ffa_mem_transaction_type type,
				     const struct mem_access *a,
				     enum ffa_version v)
{
	const uint8_t data = ffa_mem_permissions_get_data_access(a->permissions);
	const uint8_t instr =
		ffa_mem_permissions_get_instruction_access(a->permissions);

	if ((a->permissions & (uint8_t)~ffa_mem_permissions_fields_at(v)) != 0 ||
	    a->flags != 0)
		return FFA_INVALID_PARAMETERS;
	if (data > FFA_MEM_DATA_ACCESS_READ_WRITE ||
	    instr > FFA_MEM_INSTRUCTION_ACCESS_EXECUTABLE)
		return FFA_INVALID_PARAMETERS;
	if (instr != FFA_MEM_INSTRUCTION_ACCESS_NOT_SPECIFIED)
		return FFA_INVALID_PARAMETERS;
	if (type == FFA_MEM_TRANSACTION_TYPE_DONATE)
		return data == FFA_MEM_DATA_ACCESS_NOT_SPECIFIED
			       ? FFA_OK
			       : FFA_INVALID_PARAMETERS;
	return data != FFA_MEM_DATA_ACCESS_NOT_SPECIFIED ? FFA_OK
							  : FFA_INVALID_PARAMETERS;
}

/*
 * The memory region attributes (Hafnium ffa_memory_send_validate()): the
 * NS bit is the SPMC's to set (INVALID_PARAMETERS, as every other
 * reserved bit); a DONATE or a LEND to one borrower leaves the type "not
 * specified" (INVALID_PARAMETERS; the model also wants the other fields
 * zero then; with config.mem_allow_typed_lend_donate it may also give a
 * type, checked as for a share); a SHARE or a LEND to several borrowers
 * must say normal, write-back, inner-shareable memory (DENIED, Hafnium
 * ffa_memory_attributes_validate(); the reserved type: INVALID_PARAMETERS).
 */
static int32_t mem_attributes_check(const struct spmc *s,
				    enum ffa_mem_transaction_type type,
				    const struct mem_header *h)
{
	const uint16_t a = h->attributes;
	const uint16_t mem_type = ffa_mem_attributes_get_mem_type(a);

	if (h->attributes_reserved || ffa_mem_attributes_get_ns(a) != 0)
		return FFA_INVALID_PARAMETERS;
	if (type == FFA_MEM_TRANSACTION_TYPE_DONATE ||
	    (type == FFA_MEM_TRANSACTION_TYPE_LEND && h->receiver_count == 1)) {
		if (a == 0)
			return FFA_OK;
		if (!s->config.mem_allow_typed_lend_donate ||
		    mem_type == FFA_MEM_TYPE_NOT_SPECIFIED)
			return FFA_INVALID_PARAMETERS;
	}
	if (mem_type > FFA_MEM_TYPE_NORMAL)
		return FFA_INVALID_PARAMETERS;
	if (mem_type != FFA_MEM_TYPE_NORMAL ||
	    ffa_mem_attributes_get_cacheability(a) !=
		    FFA_MEM_CACHEABILITY_WRITE_BACK ||
	    ffa_mem_attributes_get_shareability(a) !=
		    FFA_MEM_SHAREABILITY_INNER_SHAREABLE)
		return FFA_DENIED;
	return FFA_OK;
}

/*
 * Everything in the first fragment but the constituents, in Hafnium's order
 * (api_ffa_mem_send(), ffa_memory_region_sanity_check(),
 * api_memory_region_check_flags(), ffa_memory_send_validate()); see
 * spmc.h for the list. Fills the header, the access descriptors, the
 * composite descriptor and its offset.
 */
static int32_t mem_check_first(const struct spmc *s,
			       enum ffa_mem_transaction_type type,
			       const uint8_t *frag, uint32_t len,
			       uint32_t total, struct mem_header *h,
			       struct mem_access *acc,
			       struct ffa_mem_composite_v1_0 *c,
			       uint32_t *comp_out)
{
	const enum ffa_version v = s->caller_version;
	uint64_t receivers_end;
	uint32_t comp;
	int32_t ret;

	if (!mem_header_read(frag, len, v, h))
		return FFA_INVALID_PARAMETERS;
	if (h->receiver_count == 0 || h->receiver_count > SPMC_MAX_PARTITIONS)
		return FFA_INVALID_PARAMETERS;
	receivers_end = (uint64_t)h->access_offset +
			(uint64_t)h->access_size * h->receiver_count;
	if (receivers_end + FFA_MEM_COMPOSITE_V1_0_SIZE > len)
		return FFA_INVALID_PARAMETERS;
	for (uint32_t i = 0; i < h->receiver_count; i++) {
		if (!mem_access_read(frag, len, h, i, &acc[i]))
			return FFA_INVALID_PARAMETERS;
	}
	comp = acc[0].composite_offset;
	if (comp == 0 || comp < receivers_end ||
	    (uint64_t)comp + FFA_MEM_COMPOSITE_V1_0_SIZE > len)
		return FFA_INVALID_PARAMETERS;
	for (uint32_t i = 1; i < h->receiver_count; i++) {
		if (acc[i].composite_offset != comp)
			return FFA_INVALID_PARAMETERS;
	}
	if (!mem_flags_ok(s, type, h->flags))
		return FFA_INVALID_PARAMETERS;
	if (type == FFA_MEM_TRANSACTION_TYPE_DONATE && h->receiver_count != 1)
		return FFA_INVALID_PARAMETERS;
	for (uint32_t i = 0; i < h->receiver_count; i++) {
		if (!id_is_secure(acc[i].receiver) ||
		    partition_index(s, acc[i].receiver) < 0)
			return FFA_INVALID_PARAMETERS;
	}
	if (total % SPMC_MEM_UNIT != 0 || len % SPMC_MEM_UNIT != 0)
		return FFA_INVALID_PARAMETERS;
	if (!id_is_vm(h->sender))
		return FFA_DENIED;
	if (receivers_end + FFA_MEM_COMPOSITE_V1_0_SIZE +
		    FFA_MEM_CONSTITUENT_V1_0_SIZE >
	    total)
		return FFA_INVALID_PARAMETERS;
	if (comp % SPMC_MEM_COMPOSITE_ALIGN != 0)
		return FFA_INVALID_PARAMETERS;
	if (!ffa_mem_composite_v1_0_read(frag, len, comp, c) ||
	    !ffa_mem_composite_v1_0_mbz_ok(c))
		return FFA_INVALID_PARAMETERS;
	/* Both lengths and comp are multiples of 16: this divides exactly. */
	if (((uint64_t)total - comp - FFA_MEM_COMPOSITE_V1_0_SIZE) /
		    FFA_MEM_CONSTITUENT_V1_0_SIZE !=
	    c->range_count)
		return FFA_INVALID_PARAMETERS;
	for (uint32_t i = 0; i < h->receiver_count; i++) {
		for (uint32_t j = i + 1; j < h->receiver_count; j++) {
			if (acc[i].receiver == acc[j].receiver)
				return FFA_INVALID_PARAMETERS;
		}
		ret = mem_permissions_check(type, &acc[i], v);
		if (ret != FFA_OK)
			return ret;
	}
	ret = mem_attributes_check(s, type, h);
	if (ret != FFA_OK)
		return ret;
	*comp_out = comp;
	return FFA_OK;
}

/* The transaction with that handle (complete or not), or NULL. */
static struct spmc_mem_transaction *mem_find(struct spmc *s,
					     ffa_mem_handle_t handle)
{
	for (uint32_t i = 0; i < SPMC_MAX_TRANSACTIONS; i++) {
		if (s->mem[i].used && s->mem[i].handle == handle)
			return &s->mem[i];
	}
	return NULL;
}

/* The sender's transaction in fragments, or NULL. */
static struct spmc_mem_transaction *mem_partial_of(struct spmc *s,
						   uint16_t sender)
{
	for (uint32_t i = 0; i < SPMC_MAX_TRANSACTIONS; i++) {
		if (s->mem[i].used && !s->mem[i].complete &&
		    s->mem[i].sender == sender)
			return &s->mem[i];
	}
	return NULL;
}

/* A free slot with a new handle, or NULL. */
static struct spmc_mem_transaction *mem_alloc(struct spmc *s)
{
	for (uint32_t i = 0; i < SPMC_MAX_TRANSACTIONS; i++) {
		struct spmc_mem_transaction *t = &s->mem[i];

		if (t->used)
			continue;
		zero_bytes(t, sizeof(*t));
		t->used = true;
		t->handle = SPMC_HANDLE_BASE + ++s->mem_handles;
		t->first_range = SPMC_NO_RANGE;
		t->last_range = SPMC_NO_RANGE;
		return t;
	}
	return NULL;
}

/* The transaction ends: its ranges go back to the pool. */
static void mem_free(struct spmc *s, struct spmc_mem_transaction *t)
{
	uint32_t i = t->first_range;

	while (i != SPMC_NO_RANGE) {
		const uint32_t next = s->ranges[i].next;

		s->ranges[i] = (struct spmc_mem_range){ .next = s->free_range };
		s->free_range = i;
		s->free_ranges++;
		i = next;
	}
	zero_bytes(t, sizeof(*t));
	t->first_range = SPMC_NO_RANGE;
	t->last_range = SPMC_NO_RANGE;
}

static struct spmc_range range_at(const struct spmc *s, uint32_t i)
{
	return (struct spmc_range){ s->ranges[i].pa, s->ranges[i].pages };
}

/* Does a list of ranges share a page with r? */
static bool range_in_list(const struct spmc *s, uint32_t first,
			  const struct spmc_range *r)
{
	for (uint32_t i = first; i != SPMC_NO_RANGE; i = s->ranges[i].next) {
		const struct spmc_range k = range_at(s, i);

		if (ranges_overlap(&k, r))
			return true;
	}
	return false;
}

/* Does a complete transaction other than except share a page with r? */
static bool range_in_transactions(const struct spmc *s,
				  const struct spmc_range *r,
				  const struct spmc_mem_transaction *except)
{
	for (uint32_t i = 0; i < SPMC_MAX_TRANSACTIONS; i++) {
		const struct spmc_mem_transaction *t = &s->mem[i];

		if (t != except && t->used && t->complete &&
		    range_in_list(s, t->first_range, r))
			return true;
	}
	return false;
}

static bool range_lent_away(const struct spmc *s, const struct spmc_range *r)
{
	for (uint32_t i = 0; i < SPMC_MAX_TRANSACTIONS; i++) {
		const struct spmc_mem_transaction *t = &s->mem[i];

		if (t->used && t->complete &&
		    t->type != FFA_MEM_TRANSACTION_TYPE_SHARE &&
		    range_in_list(s, t->first_range, r))
			return true;
	}
	return false;
}

/*
 * One constituent of t arrives. What is wrong with it is remembered for
 * the last fragment (Hafnium checks constituents in ffa_send_check_update()
 * once all are in); after an INVALID_PARAMETERS one, nothing more is kept.
 * Adjacent constituents are merged. NO_MEMORY when the pool is full.
 */
static int32_t mem_add_constituent(struct spmc *s,
				   struct spmc_mem_transaction *t,
				   const struct ffa_mem_constituent_v1_0 *k)
{
	const struct spmc_range r = { k->address, k->page_count };
	struct spmc_mem_range *tail;
	uint32_t i;

	t->constituents_received++;
	t->pages_received += k->page_count;
	if (!ffa_mem_constituent_v1_0_mbz_ok(k) || !page_aligned(r.pa) ||
	    r.pages == 0 || range_wraps(&r) ||
	    range_in_list(s, t->first_range, &r))
		t->bad_constituent = true;
	if (t->bad_constituent)
		return FFA_OK;
	if (s->config.phys(s->config.phys_ctx, r.pa,
			   (uint64_t)r.pages * FFA_PAGE_SIZE) == NULL)
		t->denied_constituent = true;
	tail = t->last_range != SPMC_NO_RANGE ? &s->ranges[t->last_range]
					      : NULL;
	/* Compared in page numbers: no overflow. */
	if (tail != NULL &&
	    tail->pa / FFA_PAGE_SIZE + tail->pages == r.pa / FFA_PAGE_SIZE &&
	    tail->pages <= UINT32_MAX - r.pages) {
		tail->pages += r.pages;
		return FFA_OK;
	}
	if (s->free_range == SPMC_NO_RANGE)
		return FFA_NO_MEMORY;
	i = s->free_range;
	s->free_range = s->ranges[i].next;
	s->free_ranges--;
	s->ranges[i] = (struct spmc_mem_range){ r.pa, r.pages, SPMC_NO_RANGE };
	if (tail != NULL)
		tail->next = i;
	else
		t->first_range = i;
	t->last_range = i;
	t->range_count++;
	return FFA_OK;
}

/* The whole constituents in buf[off, len). */
static int32_t mem_take_constituents(struct spmc *s,
				     struct spmc_mem_transaction *t,
				     const uint8_t *buf, size_t len,
				     size_t off)
{
	struct ffa_mem_constituent_v1_0 k;

	for (size_t at = off;
	     ffa_mem_constituent_v1_0_read(buf, len, at, &k);
	     at += FFA_MEM_CONSTITUENT_V1_0_SIZE) {
		const int32_t ret = mem_add_constituent(s, t, &k);

		if (ret != FFA_OK)
			return ret;
	}
	return FFA_OK;
}

/* Does r share a page with registered RX/TX buffers? */
static bool range_in_buffers(const struct spmc *s, const struct spmc_range *r)
{
	if (buffers_overlap(&s->hyp, r))
		return true;
	for (size_t k = 0; k < SPMC_MAX_VM_BUFFERS; k++) {
		if (buffers_overlap(&s->vm[k], r))
			return true;
	}
	return false;
}

/* Zero every page of t through phys(); false on a fault. */
static bool mem_zero(const struct spmc *s, const struct spmc_mem_transaction *t)
{
	for (uint32_t i = t->first_range; i != SPMC_NO_RANGE;
	     i = s->ranges[i].next) {
		const uint64_t len = (uint64_t)s->ranges[i].pages * FFA_PAGE_SIZE;
		void *p = s->config.phys(s->config.phys_ctx, s->ranges[i].pa,
					 len);

		if (p == NULL)
			return false;
		zero_bytes(p, (size_t)len);
	}
	return true;
}

/*
 * The last fragment is in: the constituents as a whole (Hafnium
 * ffa_send_check_update(): overlaps and the page count INVALID_PARAMETERS,
 * then the sender's ownership of every page DENIED), and zeroing for
 * LEND/DONATE with zero-memory (NO_MEMORY if it faults, as Hafnium's
 * failed clear). On an error the transaction ends.
 */
static int32_t mem_complete(struct spmc *s, struct spmc_mem_transaction *t)
{
	int32_t ret = FFA_OK;

	if (t->bad_constituent || t->pages_received != t->total_pages) {
		ret = FFA_INVALID_PARAMETERS;
	} else if (t->denied_constituent) {
		ret = FFA_DENIED;
	} else {
		for (uint32_t i = t->first_range; i != SPMC_NO_RANGE;
		     i = s->ranges[i].next) {
			const struct spmc_range r = range_at(s, i);

			if (range_in_transactions(s, &r, t) ||
			    range_in_buffers(s, &r)) {
				ret = FFA_DENIED;
				break;
			}
		}
	}
	if (ret == FFA_OK &&
	    ffa_mem_transaction_flags_get_zero_memory(t->flags) != 0 &&
	    !mem_zero(s, t))
		ret = FFA_NO_MEMORY;
	if (ret != FFA_OK) {
		mem_free(s, t);
		return ret;
	}
	t->complete = true;
	return FFA_OK;
}

/*
 * FFA_MEM_SHARE/LEND/DONATE_32/64 from the hypervisor for a VM (DEN0077A
 * v1.1 §11.1-11.3, Hafnium api_ffa_mem_send() at the SPMC): see spmc.h.
 */
static int32_t handle_mem_send(struct spmc *s, const struct ffa_regs *in,
			       struct ffa_regs *out)
{
	const uint32_t fid = (uint32_t)in->x[0];
	const enum ffa_mem_transaction_type type = mem_type_of(fid);
	const size_t tx_size = (size_t)s->hyp.pages * FFA_PAGE_SIZE;
	struct mem_access acc[SPMC_MAX_PARTITIONS];
	struct ffa_mem_composite_v1_0 c;
	struct ffa_mem_share_args a;
	struct spmc_mem_transaction *t;
	struct mem_header h;
	const uint8_t *tx;
	uint32_t comp = 0;
	int32_t ret = mem_send_decode(in, s->caller_version, &a);

	if (ret != FFA_OK)
		return ret;
	if (s->config.tfa_el3 && s->caller_version >= FFA_VERSION_1_2)
		return FFA_INVALID_PARAMETERS;
	if (a.buffer_address != 0 || a.page_count != 0)
		return FFA_INVALID_PARAMETERS;
	if (a.fragment_length > a.total_length)
		return FFA_INVALID_PARAMETERS;
	if (!s->hyp.mapped || a.fragment_length > tx_size)
		return FFA_INVALID_PARAMETERS;
	tx = s->config.phys(s->config.phys_ctx, s->hyp.tx_pa, tx_size);
	if (tx == NULL)
		return FFA_ABORTED;
	ret = mem_check_first(s, type, tx, a.fragment_length, a.total_length,
			      &h, acc, &c, &comp);
	if (ret != FFA_OK)
		return ret;
	if (s->config.mem_one_partial_per_sender &&
	    mem_partial_of(s, h.sender) != NULL)
		return FFA_BUSY;
	t = mem_alloc(s);
	if (t == NULL)
		return FFA_NO_MEMORY;
	t->fid = fid;
	t->type = type;
	t->sender = h.sender;
	t->attributes = h.attributes;
	t->flags = h.flags;
	t->tag = h.tag;
	t->access_size = h.access_size;
	t->receiver_count = h.receiver_count;
	for (uint32_t i = 0; i < h.receiver_count; i++) {
		t->receivers[i].id = acc[i].receiver;
		t->receivers[i].permissions = acc[i].permissions;
		t->receivers[i].impdef[0] = acc[i].impdef[0];
		t->receivers[i].impdef[1] = acc[i].impdef[1];
	}
	t->total_length = a.total_length;
	t->total_pages = c.total_page_count;
	t->constituent_count = c.range_count;
	ret = mem_take_constituents(s, t, tx, a.fragment_length,
				    (size_t)comp + FFA_MEM_COMPOSITE_V1_0_SIZE);
	if (ret != FFA_OK) {
		mem_free(s, t);
		return ret;
	}
	/*
	 * Hafnium's constituents_get_mode() refuses a transaction whose first
	 * fragment has no constituent, once the last one is in.
	 */
	if (t->constituents_received == 0)
		t->bad_constituent = true;
	t->received = a.fragment_length;
	t->fragments = 1;
	if (t->received < t->total_length) {
		mem_reply_more(s, t, out);
		return FFA_OK;
	}
	ret = mem_complete(s, t);
	if (ret != FFA_OK)
		return ret;
	mem_reply_done(s, fid, t->handle, out);
	return FFA_OK;
}

/*
 * FFA_MEM_FRAG_TX_32 (DEN0077A v1.1 §11.11, Hafnium api_ffa_mem_frag_tx()
 * and ffa_memory_send_continue()): the next fragment of a transaction in
 * the hypervisor's TX buffer; see spmc.h.
 */
static int32_t handle_mem_frag_tx(struct spmc *s, const struct ffa_regs *in,
				  struct ffa_regs *out)
{
	const size_t tx_size = (size_t)s->hyp.pages * FFA_PAGE_SIZE;
	struct ffa_mem_frag_tx_args a;
	struct spmc_mem_transaction *t;
	struct ffa_regs canon = { { 0 } };
	const uint8_t *tx;
	int32_t ret = ffa_decode_mem_frag_tx(in, s->caller_version, &a);

	if (ret != FFA_OK)
		return ret;
	ffa_encode_mem_frag_tx(&a, s->caller_version, &canon);
	if (w_reserved_set(in, &canon, 4))
		return FFA_INVALID_PARAMETERS;
	if (!s->hyp.mapped || a.fragment_length > tx_size ||
	    a.fragment_length == 0 || a.fragment_length % SPMC_MEM_UNIT != 0)
		return FFA_INVALID_PARAMETERS;
	tx = s->config.phys(s->config.phys_ctx, s->hyp.tx_pa, tx_size);
	if (tx == NULL)
		return FFA_ABORTED;
	t = mem_find(s, a.handle);
	if (t == NULL || t->complete || a.endpoint_id != t->sender)
		return FFA_INVALID_PARAMETERS;
	if ((uint64_t)t->received + a.fragment_length > t->total_length) {
		mem_free(s, t);
		return FFA_INVALID_PARAMETERS;
	}
	ret = mem_take_constituents(s, t, tx, a.fragment_length, 0);
	if (ret != FFA_OK) {
		mem_free(s, t);
		return ret;
	}
	t->received += a.fragment_length;
	t->fragments++;
	if (t->received < t->total_length) {
		mem_reply_more(s, t, out);
		return FFA_OK;
	}
	ret = mem_complete(s, t);
	if (ret != FFA_OK)
		return ret;
	mem_reply_done(s, FFA_MEM_FRAG_TX_32, t->handle, out);
	return FFA_OK;
}

/*
 * FFA_MEM_FRAG_RX_32 from the hypervisor (DEN0077A v1.1 §11.10): it
 * continues a hypervisor retrieve request (Hafnium
 * ffa_memory_retrieve_continue()), which the model does not implement, so
 * there is never one to continue: INVALID_PARAMETERS, Hafnium's answer to
 * an unknown handle or a retrieval not started.
 */
static int32_t handle_mem_frag_rx(struct spmc *s, const struct ffa_regs *in,
				  struct ffa_regs *out)
{
	struct ffa_mem_frag_rx_args a;
	const int32_t ret = ffa_decode_mem_frag_rx(in, s->caller_version, &a);

	(void)out;
	if (ret != FFA_OK)
		return ret;
	return FFA_INVALID_PARAMETERS;
}

/*
 * FFA_MEM_RECLAIM_32 (DEN0077A v1.1 §11.7, Hafnium ffa_memory_reclaim() at
 * the SPMC): see spmc.h.
 */
static int32_t handle_mem_reclaim(struct spmc *s, const struct ffa_regs *in,
				  struct ffa_regs *out)
{
	const struct ffa_mem_reclaim_result r = { 0 };
	struct ffa_mem_reclaim_args a;
	struct spmc_mem_transaction *t;
	int32_t ret = ffa_decode_mem_reclaim(in, s->caller_version, &a);

	if (ret != FFA_OK)
		return ret;
	t = mem_find(s, a.handle);
	if (t == NULL)
		return FFA_INVALID_PARAMETERS;
	if (!t->complete) {
		if (!s->config.mem_reclaim_aborts_partial)
			return FFA_INVALID_PARAMETERS;
		mem_free(s, t);
		ffa_encode_mem_reclaim_result(&r, s->caller_version, out);
		return FFA_OK;
	}
	for (uint32_t i = 0; i < t->receiver_count; i++) {
		if (t->receivers[i].retrieved)
			return FFA_DENIED;
	}
	if (a.zero_memory && t->type == FFA_MEM_TRANSACTION_TYPE_SHARE)
		return FFA_INVALID_PARAMETERS;
	if (a.zero_memory && !mem_zero(s, t))
		return FFA_NO_MEMORY;
	mem_free(s, t);
	ffa_encode_mem_reclaim_result(&r, s->caller_version, out);
	return FFA_OK;
}

/* --- entry points --------------------------------------------------------- */

void spmc_init(struct spmc *s, const struct spmc_config *config)
{
	zero_bytes(s, sizeof(*s));
	s->config = *config;
	s->caller_version = config->version;
	s->partitions_tag = 1;
	for (uint32_t i = 0; i < SPMC_MAX_RANGES; i++)
		s->ranges[i].next = i + 1 < SPMC_MAX_RANGES ? i + 1
							    : SPMC_NO_RANGE;
	s->free_range = 0;
	s->free_ranges = SPMC_MAX_RANGES;
	for (uint32_t i = 0; i < SPMC_MAX_TRANSACTIONS; i++) {
		s->mem[i].first_range = SPMC_NO_RANGE;
		s->mem[i].last_range = SPMC_NO_RANGE;
	}
}

/*
 * Gates by the version the hypervisor negotiated (NOT_SUPPORTED for an id
 * that came later, as for one the model does not know), then runs the
 * handler; a handler's nonzero status becomes FFA_ERROR. Any known call
 * but FFA_VERSION freezes the negotiated version (Hafnium).
 */
static void dispatch(struct spmc *s, const struct ffa_regs *in,
		     struct ffa_regs *out)
{
	const uint32_t fid = (uint32_t)in->x[0];
	const struct spmc_fn *fn = fn_find(fid);
	int32_t ret;

	if (fn == NULL || fn->handler == NULL || function_removed(&s->config, fid)) {
		reply_error(out, FFA_NOT_SUPPORTED);
		return;
	}
	if (fid != FFA_VERSION_32)
		s->version_frozen = true;
	if (fn->since > s->caller_version) {
		reply_error(out, FFA_NOT_SUPPORTED);
		return;
	}
	ret = fn->handler(s, in, out);
	if (ret != FFA_OK)
		reply_error(out, ret);
}

/*
 * The registers TF-A's EL3 SPMC writes in a success reply to fid, after
 * x0 (SMC_RETn with n - 1 of them); 7: all of them.
 */
static int tfa_written(uint32_t fid)
{
	switch (fid & FFA_FUNCTION_ID_NUMBER_MASK) {
	case FFA_VERSION_32 & FFA_FUNCTION_ID_NUMBER_MASK:
	case FFA_RXTX_MAP_32 & FFA_FUNCTION_ID_NUMBER_MASK:
	case FFA_RXTX_UNMAP_32 & FFA_FUNCTION_ID_NUMBER_MASK:
	case FFA_RX_RELEASE_32 & FFA_FUNCTION_ID_NUMBER_MASK:
	case FFA_MEM_RECLAIM_32 & FFA_FUNCTION_ID_NUMBER_MASK:
	case FFA_RX_ACQUIRE_32 & FFA_FUNCTION_ID_NUMBER_MASK:
	case FFA_NOTIFICATION_BITMAP_CREATE_32 & FFA_FUNCTION_ID_NUMBER_MASK:
	case FFA_NOTIFICATION_BITMAP_DESTROY_32 & FFA_FUNCTION_ID_NUMBER_MASK:
	case FFA_NOTIFICATION_BIND_32 & FFA_FUNCTION_ID_NUMBER_MASK:
	case FFA_NOTIFICATION_UNBIND_32 & FFA_FUNCTION_ID_NUMBER_MASK:
	case FFA_NOTIFICATION_SET_32 & FFA_FUNCTION_ID_NUMBER_MASK:
		return 0;
	case FFA_FEATURES_32 & FFA_FUNCTION_ID_NUMBER_MASK:
	case FFA_ID_GET_32 & FFA_FUNCTION_ID_NUMBER_MASK:
	case FFA_SPM_ID_GET_32 & FFA_FUNCTION_ID_NUMBER_MASK:
		return 2;
	case FFA_PARTITION_INFO_GET_32 & FFA_FUNCTION_ID_NUMBER_MASK:
	case FFA_MEM_SHARE_32 & FFA_FUNCTION_ID_NUMBER_MASK:
	case FFA_MEM_LEND_32 & FFA_FUNCTION_ID_NUMBER_MASK:
	case FFA_MEM_DONATE_32 & FFA_FUNCTION_ID_NUMBER_MASK:
	case FFA_MEM_FRAG_TX_32 & FFA_FUNCTION_ID_NUMBER_MASK:
		return 3;
	default:
		return 7;
	}
}

/* config.tfa_el3: the reply in TF-A's form (see spmc.h). */
static void tfa_reply_form(const struct ffa_regs *in, struct ffa_regs *out)
{
	const uint32_t fid = (uint32_t)in->x[0];
	const uint32_t w0 = (uint32_t)out->x[0];

	if (w0 == FFA_ERROR_32) {
		out->x[2] = (uint64_t)(int64_t)(int32_t)(uint32_t)out->x[2];
		return;
	}
	if (w0 != FFA_SUCCESS_32 && w0 != FFA_SUCCESS_64 && fid != FFA_VERSION_32)
		return;
	for (int i = tfa_written(fid) + 1; i <= 7; i++)
		out->x[i] = in->x[i];
}

void spmc_call(struct spmc *s, struct ffa_regs *regs)
{
	struct spmc_trace_entry *t = &s->trace[s->trace_count % SPMC_TRACE_SIZE];
	struct ffa_regs out = { { 0 } };

	t->in = *regs;
	if (!scripted_answer(s, regs, &out)) {
		dispatch(s, regs, &out);
		if (s->config.tfa_el3)
			tfa_reply_form(regs, &out);
	}
	t->out = out;
	*regs = out;
	s->trace_count++;
}

const struct spmc_buffers *spmc_buffers_of(const struct spmc *s,
					   uint16_t endpoint)
{
	return buffers_of((struct spmc *)s, endpoint);
}

const struct spmc_trace_entry *spmc_trace_last(const struct spmc *s,
					       uint32_t i)
{
	const uint32_t kept = s->trace_count < SPMC_TRACE_SIZE
				      ? s->trace_count
				      : SPMC_TRACE_SIZE;

	if (i >= kept)
		return NULL;
	return &s->trace[(s->trace_count - 1 - i) % SPMC_TRACE_SIZE];
}

void spmc_partitions_changed(struct spmc *s)
{
	s->partitions_tag++;
	/* Tag 0 means "no tag" in a request. */
	if (s->partitions_tag == 0)
		s->partitions_tag = 1;
}

int32_t spmc_deliver_rx(struct spmc *s, uint16_t endpoint, const void *msg,
			uint32_t len)
{
	struct spmc_buffers *b = id_is_secure(endpoint) ? NULL
							: buffers_of(s, endpoint);

	if (b == NULL || len > (uint64_t)b->pages * FFA_PAGE_SIZE)
		return FFA_INVALID_PARAMETERS;
	if (b->rx_state != SPMC_RX_FREE)
		return FFA_BUSY;
	/* The buffer may be several constituents: fill them in order. */
	if (!ranges_write(s, b->rx, b->rx_count, 0, msg, len))
		return FFA_ABORTED;
	b->rx_state = SPMC_RX_FULL;
	spmc_notify_rx_full(s, endpoint);
	return FFA_OK;
}

const struct spmc_partition_state *spmc_partition_state_of(const struct spmc *s,
							   uint16_t id)
{
	const int i = partition_index(s, id);

	return i < 0 ? NULL : &s->part[i];
}

bool spmc_vm_known(const struct spmc *s, uint16_t partition, uint16_t vm)
{
	const struct spmc_partition_state *st =
		spmc_partition_state_of(s, partition);

	return st != NULL && known_vm_index(st, vm) >= 0;
}

int32_t spmc_inbox_take(struct spmc *s, uint16_t partition, void *buf,
			uint32_t size, uint32_t *len)
{
	const int i = partition_index(s, partition);
	struct spmc_partition_state *st;

	if (i < 0)
		return FFA_INVALID_PARAMETERS;
	st = &s->part[i];
	if (!st->inbox_full)
		return FFA_NO_DATA;
	if (buf != NULL && size < st->inbox_len)
		return FFA_NO_MEMORY;
	if (buf != NULL)
		ffa_copy_bytes(buf, st->inbox, st->inbox_len);
	if (len != NULL)
		*len = st->inbox_len;
	st->inbox_full = false;
	st->inbox_len = 0;
	st->inbox_sender = 0;
	return FFA_OK;
}

int32_t spmc_partition_send2_to_vm(struct spmc *s, uint16_t partition,
				   uint16_t vm, const struct ffa_uuid *uuid,
				   const void *payload, uint32_t len)
{
	const int i = partition_index(s, partition);
	const struct spmc_partition_config *p;
	uint8_t raw[FFA_PARTITION_MSG_HEADER_V1_2_SIZE] = { 0 };
	struct spmc_buffers *b;
	uint32_t endpoints;
	size_t hsize;
	uint64_t total;
	bool ok;

	if (i < 0)
		return FFA_INVALID_PARAMETERS;
	p = &s->config.partitions[i];
	b = id_is_vm(vm) ? vm_buffers(s, vm) : NULL;
	if (b == NULL)
		return FFA_INVALID_PARAMETERS;
	if (p->version < FFA_VERSION_1_1 ||
	    ffa_partition_properties_get_indirect_msg(p->properties) == 0)
		return FFA_DENIED;
	if (b->rx_state != SPMC_RX_FREE)
		return FFA_BUSY;
	hsize = ffa_partition_msg_header_size(p->version);
	total = (uint64_t)hsize + len;
	if (total > SPMC_INBOX_MAX || total > (uint64_t)b->pages * FFA_PAGE_SIZE)
		return FFA_INVALID_PARAMETERS;
	endpoints = ffa_direct_msg_endpoints_set_destination(
		ffa_direct_msg_endpoints_set_source(0, partition), vm);
	if (p->version >= FFA_VERSION_1_2) {
		struct ffa_partition_msg_header_v1_2 d = {
			.offset = (uint32_t)hsize,
			.endpoints = endpoints,
			.size = len,
		};

		if (uuid != NULL)
			d.uuid = *uuid;
		ok = ffa_partition_msg_header_v1_2_write(raw, sizeof(raw), 0, &d);
	} else {
		const struct ffa_partition_msg_header_v1_1 d = {
			.offset = (uint32_t)hsize,
			.endpoints = endpoints,
			.size = len,
		};

		ok = ffa_partition_msg_header_v1_1_write(raw, sizeof(raw), 0, &d);
	}
	if (!ok)
		return FFA_INVALID_PARAMETERS;
	if (!ranges_write(s, b->rx, b->rx_count, 0, raw, hsize) ||
	    !ranges_write(s, b->rx, b->rx_count, hsize, payload, len))
		return FFA_ABORTED;
	b->rx_state = SPMC_RX_FULL;
	spmc_notify_rx_full(s, vm);
	return FFA_OK;
}

const struct spmc_mem_transaction *
spmc_transaction_of(const struct spmc *s, ffa_mem_handle_t handle)
{
	return mem_find((struct spmc *)s, handle);
}

uint32_t spmc_transaction_count(const struct spmc *s)
{
	uint32_t n = 0;

	for (uint32_t i = 0; i < SPMC_MAX_TRANSACTIONS; i++)
		n += s->mem[i].used ? 1U : 0U;
	return n;
}

const struct spmc_mem_transaction *spmc_transaction_at(const struct spmc *s,
							uint32_t n)
{
	for (uint32_t i = 0; i < SPMC_MAX_TRANSACTIONS; i++) {
		if (!s->mem[i].used)
			continue;
		if (n == 0)
			return &s->mem[i];
		n--;
	}
	return NULL;
}

bool spmc_transaction_range(const struct spmc *s,
			    const struct spmc_mem_transaction *t, uint32_t i,
			    struct spmc_range *out)
{
	uint32_t k = t->first_range;

	while (k != SPMC_NO_RANGE && i > 0) {
		k = s->ranges[k].next;
		i--;
	}
	if (k == SPMC_NO_RANGE)
		return false;
	*out = range_at(s, k);
	return true;
}

/* The receiver entry of partition in a complete transaction, or NULL. */
static struct spmc_mem_receiver *mem_receiver(struct spmc *s,
					      ffa_mem_handle_t handle,
					      uint16_t partition,
					      struct spmc_mem_transaction **tp)
{
	struct spmc_mem_transaction *t = mem_find(s, handle);

	if (t == NULL || !t->complete)
		return NULL;
	for (uint32_t i = 0; i < t->receiver_count; i++) {
		if (t->receivers[i].id == partition) {
			*tp = t;
			return &t->receivers[i];
		}
	}
	return NULL;
}

int32_t spmc_sp_mem_access(struct spmc *s, ffa_mem_handle_t handle, uint16_t partition,
			   uint64_t off, void *buf, uint64_t len, bool write)
{
	struct spmc_mem_transaction *t = NULL;
	struct spmc_mem_receiver *r = mem_receiver(s, handle, partition, &t);
	uint8_t *p = buf;
	struct spmc_range run;

	if (r == NULL || !r->retrieved)
		return FFA_INVALID_PARAMETERS;
	if (write &&
	    ffa_mem_permissions_get_data_access(r->permissions) != FFA_MEM_DATA_ACCESS_READ_WRITE)
		return FFA_DENIED;
	for (uint32_t i = 0; len > 0 && spmc_transaction_range(s, t, i, &run); i++) {
		const uint64_t size = (uint64_t)run.pages * FFA_PAGE_SIZE;
		uint64_t chunk;
		uint8_t *m;

		if (off >= size) {
			off -= size;
			continue;
		}
		chunk = size - off < len ? size - off : len;
		m = s->config.phys(s->config.phys_ctx, run.pa + off, chunk);
		if (m == NULL)
			return FFA_ABORTED;
		if (write)
			ffa_copy_bytes(m, p, chunk);
		else
			ffa_copy_bytes(p, m, chunk);
		p += chunk;
		len -= chunk;
		off = 0;
	}
	return len == 0 ? FFA_OK : FFA_INVALID_PARAMETERS;
}

uint32_t spmc_transaction_count_of(const struct spmc *s, uint16_t sender)
{
	uint32_t n = 0;

	for (uint32_t i = 0; i < SPMC_MAX_TRANSACTIONS; i++)
		n += s->mem[i].used && s->mem[i].sender == sender ? 1U : 0U;
	return n;
}

bool spmc_vm_has_bitmaps(const struct spmc *s, uint16_t vm)
{
	for (uint32_t i = 0; i < SPMC_NOTIFY_VMS; i++) {
		if (s->notify.vms[i].used && s->notify.vms[i].id == vm)
			return true;
	}
	return false;
}

int32_t spmc_retrieve(struct spmc *s, ffa_mem_handle_t handle,
		      uint16_t partition)
{
	struct spmc_mem_transaction *t = NULL;
	struct spmc_mem_receiver *r = mem_receiver(s, handle, partition, &t);

	if (r == NULL)
		return FFA_INVALID_PARAMETERS;
	if (r->retrieved)
		return FFA_DENIED;
	r->retrieved = true;
	r->retrieves++;
	if (t->type == FFA_MEM_TRANSACTION_TYPE_DONATE)
		mem_free(s, t);
	return FFA_OK;
}

int32_t spmc_relinquish(struct spmc *s, ffa_mem_handle_t handle,
			uint16_t partition)
{
	struct spmc_mem_transaction *t = NULL;
	struct spmc_mem_receiver *r = mem_receiver(s, handle, partition, &t);

	if (r == NULL || !r->retrieved)
		return FFA_INVALID_PARAMETERS;
	r->retrieved = false;
	r->relinquishes++;
	return FFA_OK;
}
