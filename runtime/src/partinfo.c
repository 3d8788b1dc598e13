/* SPDX-License-Identifier: MIT */
/*
 * Partition discovery: FFA_PARTITION_INFO_GET (DEN0077A v1.2 §13.8) and
 * FFA_PARTITION_INFO_GET_REGS (§13.9), answered from the list read from the
 * SPMC at init, in the layout of the VM's own version. Properties a VM's
 * version does not define are cleared.
 */
#include "internal.h"

static bool uuid_is_nil(const struct ffa_uuid *u)
{
	return (ffa_le_get(u->b, 8) | ffa_le_get(u->b + 8, 8)) == 0;
}

static bool uuid_equal(const struct ffa_uuid *a, const struct ffa_uuid *b)
{
	return ((ffa_le_get(a->b, 8) ^ ffa_le_get(b->b, 8)) | (ffa_le_get(a->b + 8, 8) ^ ffa_le_get(b->b + 8, 8))) == 0;
}

static bool matches(const struct ffa_partition *p, const struct ffa_uuid *filter)
{
	return uuid_is_nil(filter) || uuid_equal(&p->uuid, filter);
}

static uint32_t count_matching(const struct ffa_mediator *m, const struct ffa_uuid *filter)
{
	uint32_t n = 0;

	if (uuid_is_nil(filter))
		return m->partition_count;
	for (uint32_t i = 0; i < m->partition_count; i++)
		n += matches(&m->partitions[i], filter);
	return n;
}

/* Write one descriptor in the layout of version v; false if it does not fit. */
static bool write_descriptor(void *rx, size_t size, size_t off, const struct ffa_partition *p,
			     enum ffa_version v, bool with_uuid)
{
	const uint32_t props = p->properties & ffa_partition_properties_fields_at(v);

	if (v < FFA_VERSION_1_1) {
		struct ffa_partition_info_v1_0 d = { p->id, p->exec_ctx_count, props };

		return ffa_partition_info_v1_0_write(rx, size, off, &d);
	}
	struct ffa_partition_info_v1_1 d = { p->id, p->exec_ctx_count, props, { { 0 } } };

	/* The UUID field is MBZ when the VM asked for a specific UUID. */
	if (with_uuid)
		d.uuid = p->uuid;
	return ffa_partition_info_v1_1_write(rx, size, off, &d);
}

/*
 * Errors: INVALID_PARAMETERS for a UUID no partition has; BUSY when the
 * VM's RX buffer is not mapped or not free (or the SPMC holds it);
 * NO_MEMORY when the descriptors do not fit in it.
 */
int32_t ffa_handle_partition_info_get(struct ffa_call_ctx *ctx, const struct ffa_partition_info_get_args *args,
				      struct ffa_regs *out)
{
	struct ffa_mediator *m = ctx->m;
	struct ffa_vm *vm = ctx->vm;
	const size_t desc_size = ffa_partition_info_size(ctx->version);
	const bool nil = uuid_is_nil(&args->uuid);
	struct ffa_partition_info_get_result res = { .count = count_matching(m, &args->uuid) };
	size_t rx_size;
	uint32_t written = 0;
	int32_t ret;

	if (res.count == 0)
		return FFA_INVALID_PARAMETERS;
	if (args->count_only) {
		ffa_encode_partition_info_get_result(&res, ctx->version, out);
		return FFA_OK;
	}
	ffa_vm_lock(m, vm);
	ret = ffa_rx_claim(ctx);
	if (ret != FFA_OK)
		goto out;
	rx_size = (size_t)vm->rxtx.pages * FFA_PAGE_SIZE;
	for (uint32_t i = 0; i < m->partition_count; i++) {
		const struct ffa_partition *p = &m->partitions[i];

		if (!matches(p, &args->uuid))
			continue;
		if (!write_descriptor(vm->rxtx.rx, rx_size, written * desc_size, p, ctx->version, nil)) {
			ret = FFA_NO_MEMORY;
			break;
		}
		written++;
	}
	if (ret != FFA_OK) {
		ffa_rx_unclaim(ctx);
		goto out;
	}
	ffa_rx_fill_done(ctx);
	res.desc_size = (uint32_t)desc_size;
	ffa_encode_partition_info_get_result(&res, ctx->version, out);
out:
	ffa_vm_unlock(m, vm);
	return ret;
}

static uint64_t regs_info(const struct ffa_partition *p, enum ffa_version v)
{
	uint64_t w = ffa_partition_info_regs_info_set_partition_id(0, p->id);

	w = ffa_partition_info_regs_info_set_exec_ctx_count(w, p->exec_ctx_count);
	return ffa_partition_info_regs_info_set_properties(w, p->properties & ffa_partition_properties_fields_at(v));
}

/*
 * Errors: INVALID_PARAMETERS for a UUID no partition has or a start index
 * past the last descriptor; RETRY for a tag other than the current one
 * (the list changed since the VM's earlier call).
 */
int32_t ffa_handle_partition_info_get_regs(struct ffa_call_ctx *ctx,
					   const struct ffa_partition_info_get_regs_args *args,
					   struct ffa_regs *out)
{
	const struct ffa_mediator *m = ctx->m;
	const uint32_t count = count_matching(m, &args->uuid);
	const uint32_t per_call = sizeof(((struct ffa_partition_info_get_regs_result *)0)->desc) /
				  sizeof(((struct ffa_partition_info_get_regs_result *)0)->desc[0]);
	struct ffa_partition_info_get_regs_result res = {
		.smc64 = true,
		.tag = m->partitions_tag,
		.desc_size = (uint16_t)ffa_partition_info_size(ctx->version),
	};
	const bool nil = uuid_is_nil(&args->uuid);
	uint32_t index = 0;
	uint32_t filled = 0;

	if (count == 0 || args->start_index >= count)
		return FFA_INVALID_PARAMETERS;
	if (args->tag != 0 && args->tag != m->partitions_tag)
		return FFA_RETRY;
	/* Without a filter, index i is partition i: start there. */
	for (uint32_t i = nil ? args->start_index : 0; i < m->partition_count && filled < per_call; i++) {
		const struct ffa_partition *p = &m->partitions[i];

		if (!nil && (!uuid_equal(&p->uuid, &args->uuid) || index++ < args->start_index))
			continue;
		res.desc[filled].info = regs_info(p, ctx->version);
		res.desc[filled].uuid_lo = ffa_le_get(p->uuid.b, 8);
		res.desc[filled].uuid_hi = ffa_le_get(p->uuid.b + 8, 8);
		filled++;
	}
	res.last_index = (uint16_t)(count - 1);
	res.current_index = (uint16_t)(args->start_index + filled - 1);
	ffa_encode_partition_info_get_regs_result(&res, ctx->version, out);
	return FFA_OK;
}
