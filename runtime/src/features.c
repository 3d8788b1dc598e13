/* SPDX-License-Identifier: MIT */
/*
 * FFA_FEATURES (DEN0077A v1.2 §13.3): what this VM may use, at its version
 * and in its execution state, from this mediator with this SPMC. The
 * answer, ffa_features_answer(), is the one copy the full dispatch and the
 * fast lane both call (features_leaf.h).
 */
#include "features_leaf.h"

/*
 * May the VM use fid, here and now, or get it as a reply (spec: reply:
 * FFA_ERROR, FFA_SUCCESS, FFA_INTERRUPT, implemented interfaces by
 * DEN0077A v1.2 §13.3 though a VM never calls them; the ACS counts ERROR
 * and INTERRUPT mandatory and wants a SUCCESS, Hafnium and Xen offer
 * them)?
 */
static bool features_offered(const struct ffa_mediator *m, enum ffa_version v, bool aarch64,
			     uint32_t fid)
{
	/* One look at the row: a reply a VM also calls is offered as a call. */
	const struct ffa_call_desc *d = ffa_call_row(fid, v, aarch64,
						     FFA_CALL_DISPATCHED | FFA_CALL_REPLY);

	if (d == NULL || !(d->flags & FFA_CALL_DISPATCHED))
		return d != NULL;
	return !(d->flags & FFA_CALL_PENDING) &&
	       (!(d->flags & FFA_CALL_NEEDS_SPMC) || ffa_spmc_implements(m, fid));
}

/* w2 of the answer for the ids whose answer has properties (features.yaml). */
static uint32_t features_properties(const struct ffa_mediator *m, enum ffa_version v, uint32_t fid)
{
	uint32_t props = 0;

	if (fid == FFA_RXTX_MAP_32 || fid == FFA_RXTX_MAP_64) {
		props = ffa_features_rxtx_map_set_min_buffer_size(0, FFA_RXTX_GRANULE_GRANULE_4K);
		if (v >= FFA_VERSION_1_2)
			props = ffa_features_rxtx_map_set_max_page_count(
				props, m->config.vm_rxtx_max_pages);
	}
	return props;
}

/*
 * The notification interrupts the hypervisor injects (from 1.1): the
 * schedule receiver interrupt and the notification pending interrupt.
 * The managed exit interrupt is for SPs only.
 */
static bool features_interrupt(const struct ffa_mediator *m, enum ffa_version v, uint32_t feature,
			       uint32_t *intid)
{
	const struct ffa_config *c = &m->config;

	if (v < FFA_VERSION_1_1 || (feature & FFA_FEATURES_QUERY_MBZ_MASK) != 0)
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
 * The properties before the offer: in this order GCC finds registers
 * enough for the answer on x86-64 without saving any (FFA_FEATURES on the
 * fast lane 111 -> 98 instructions).
 */
int32_t ffa_features_answer(const struct ffa_mediator *m, enum ffa_version v, bool aarch64,
			    uint32_t feature, uint32_t *properties)
{
	if (ffa_features_query_get_function(feature)) {
		*properties = features_properties(m, v, feature);
		return features_offered(m, v, aarch64, feature) ? FFA_OK : FFA_NOT_SUPPORTED;
	}
	return features_interrupt(m, v, feature, properties) ? FFA_OK : FFA_NOT_SUPPORTED;
}

int32_t ffa_handle_features(struct ffa_call_ctx *ctx, const struct ffa_features_args *args,
			    struct ffa_regs *out)
{
	return ffa_leaf_features(ctx, args, out);
}
