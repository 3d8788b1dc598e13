/* SPDX-License-Identifier: MIT */
/*
 * FFA_FEATURES (DEN0077A v1.2 §13.3): what this VM may use, at its version
 * and in its execution state, from this mediator with this SPMC. A leaf
 * handler (spec/functions.yaml), inline in the fast lane and in features.c.
 */
#ifndef FFA_FEATURES_LEAF_H
#define FFA_FEATURES_LEAF_H

#include "internal.h"

/*
 * May the VM use fid, here and now, or get it as a reply (spec: reply:
 * FFA_ERROR, FFA_SUCCESS, FFA_INTERRUPT, implemented interfaces by
 * DEN0077A v1.2 §13.3 though a VM never calls them; the ACS counts ERROR
 * and INTERRUPT mandatory and wants a SUCCESS, Hafnium and Xen offer
 * them)?
 */
static inline bool features_offered(const struct ffa_call_ctx *ctx, uint32_t fid)
{
	/* One look at the row: a reply a VM also calls is offered as a call. */
	const struct ffa_call_desc *d = ffa_call_row(fid, ctx->version, ctx->vm->aarch64,
						     FFA_CALL_DISPATCHED | FFA_CALL_REPLY);

	if (d == NULL || !(d->flags & FFA_CALL_DISPATCHED))
		return d != NULL;
	return !(d->flags & FFA_CALL_PENDING) &&
	       (!(d->flags & FFA_CALL_NEEDS_SPMC) || ffa_spmc_implements(ctx->m, fid));
}

/* w2 of the answer for the ids whose answer has properties (features.yaml). */
static inline uint32_t features_properties(const struct ffa_call_ctx *ctx, uint32_t fid)
{
	uint32_t props = 0;

	if (fid == FFA_RXTX_MAP_32 || fid == FFA_RXTX_MAP_64) {
		props = ffa_features_rxtx_map_set_min_buffer_size(0, FFA_RXTX_GRANULE_GRANULE_4K);
		if (ctx->version >= FFA_VERSION_1_2)
			props = ffa_features_rxtx_map_set_max_page_count(
				props, ctx->m->config.vm_rxtx_max_pages);
	}
	return props;
}

/*
 * The notification interrupts the hypervisor injects (from 1.1): the
 * schedule receiver interrupt and the notification pending interrupt.
 * The managed exit interrupt is for SPs only.
 */
static inline bool features_interrupt(const struct ffa_call_ctx *ctx, uint32_t feature,
				      uint32_t *intid)
{
	const struct ffa_config *c = &ctx->m->config;

	if (ctx->version < FFA_VERSION_1_1 || (feature & FFA_FEATURES_QUERY_MBZ_MASK) != 0)
		return false;
	switch (ffa_features_query_get_feature_id(feature)) {
	case FFA_FEATURE_ID_SCHEDULE_RECEIVER_INTERRUPT:
		*intid = c->sri_intid != 0 ? c->sri_intid : FFA_SRI_INTID_DEFAULT;
		return true;
	case FFA_FEATURE_ID_NOTIFICATION_PENDING_INTERRUPT:
		*intid = c->npi_intid != 0 ? c->npi_intid : FFA_NPI_INTID_DEFAULT;
		return true;
	default:
		return false;
	}
}

/*
 * Errors: NOT_SUPPORTED for an id the VM may not use (unknown, another
 * convention, SMC64 from AArch32, not at its version, not for VMs, not
 * offered, needing an SPMC that lacks it) and that is no reply it gets,
 * and for a feature id this mediator does not offer or with bits [30:8]
 * set.
 */
static inline int32_t ffa_leaf_features(struct ffa_call_ctx *ctx,
					const struct ffa_features_args *args, struct ffa_regs *out)
{
	struct ffa_features_result res = { 0 };

	if (ffa_features_query_get_function(args->feature)) {
		if (!features_offered(ctx, args->feature))
			return FFA_NOT_SUPPORTED;
		res.properties = features_properties(ctx, args->feature);
	} else if (!features_interrupt(ctx, args->feature, &res.properties)) {
		return FFA_NOT_SUPPORTED;
	}
	ffa_encode_features_result(&res, ctx->version, out);
	return FFA_OK;
}

#endif /* FFA_FEATURES_LEAF_H */
