/* SPDX-License-Identifier: MIT */
/*
 * The mediator's side of the SPMC: start-up (version, which ids the SPMC
 * implements, the hypervisor's RX/TX buffers, the partition list) and the
 * calls the runtime makes on a VM's behalf.
 */
#include "internal.h"

/*
 * The SPMC's FFA_ERROR reply (ffa_spmc_call_regs()): its status checked
 * once, here, and left in its 32-bit form (TF-A sign-extends it to 64
 * bits). A status FF-A does not define at the version agreed with the
 * SPMC becomes the fallback (spec/status.yaml), with a warning: a broken
 * or hostile secure world cannot hand the runtime, or a VM through it, a
 * status outside the specification. Cold: an error path (no measured call
 * meets one).
 */
FFA_COLD void ffa_spmc_error_checked(const struct ffa_mediator *m, struct ffa_regs *regs)
{
	/* Before FFA_VERSION is agreed, any status FF-A defines. */
	const enum ffa_version v = m->version != 0 ? m->version : FFA_VERSION_MEDIATOR_MAX;
	const int32_t status = ffa_status_at(regs->x[2], v);

	/* v is the agreed version or our newest: of major version 1 both. */
	if (status != (int32_t)(uint32_t)regs->x[2])
		ffa_log(m, FFA_LOG_WARN, "SPMC: status 0x%llx not FF-A 1.%u: taken as %d",
			(unsigned long long)regs->x[2],
			(unsigned int)ffa_version_number_get_minor(v), FFA_STATUS_FALLBACK);
	regs->x[2] = (uint32_t)status;
}

/*
 * A call whose arguments an encoder wrote to x0..x7 (each writes all
 * eight): x8..x17 go as zero (SMCCC 1.2), cleared here once instead of by
 * each of the callers' struct initialisers.
 */
__attribute__((__noinline__)) void ffa_spmc_call(const struct ffa_mediator *m,
						  struct ffa_regs *regs)
{
	__builtin_memset(&regs->x[FFA_MSG_REG_COUNT], 0,
			 (FFA_REG_COUNT - FFA_MSG_REG_COUNT) * sizeof(regs->x[0]));
	ffa_spmc_call_regs(m, regs);
}

/*
 * An SPMC call whose result is a bare FFA_SUCCESS (RXTX_MAP, RX_ACQUIRE,
 * RX_RELEASE, RXTX_UNMAP, MSG_SEND2, MEM_RECLAIM, the notification
 * bitmaps' calls): its status, as each of their decoders gives it (one and
 * the same, called rather than inlined at each caller, in this file too):
 * an FFA_ERROR's status (checked by ffa_spmc_call()), FFA_OK for
 * FFA_SUCCESS, INVALID_PARAMETERS for any other reply.
 */
__attribute__((__noinline__)) int32_t ffa_spmc_call_status(const struct ffa_mediator *m,
							   struct ffa_regs *regs)
{
	struct ffa_error_args e;
	struct ffa_success_args s;

	ffa_spmc_call(m, regs);
	if (ffa_decode_error(regs, m->version, &e) == FFA_OK)
		return e.error_code;
	return ffa_decode_success(regs, m->version, &s) == FFA_OK ? FFA_OK
								  : FFA_INVALID_PARAMETERS;
}

static uint64_t *implemented_set(struct ffa_mediator *m, uint32_t fid)
{
	return (fid & FFA_FUNCTION_ID_SMC64_MASK) ? m->spmc_smc64 : m->spmc_smc32;
}

/*
 * FFA_RX_ACQUIRE, FFA_RX_RELEASE or FFA_RXTX_UNMAP (fid) of vm_id's
 * buffers at the SPMC (0: the hypervisor's own). Each names a VM and
 * answers success or an error: one function, not inlined, sends them all,
 * so the steps they share are compiled once. vm_id second, where each
 * wrapper below has it already. RX_ACQUIRE's and RXTX_UNMAP's wrappers
 * are cold (a VM's partition list, its teardown); RX_RELEASE is SEND2's.
 */
static __attribute__((__noinline__)) int32_t buffer_call(const struct ffa_mediator *m,
							 uint16_t vm_id, uint32_t fid)
{
	const enum ffa_version v = m->version;
	struct ffa_regs r;

	if (fid == FFA_RX_ACQUIRE_32)
		ffa_encode_rx_acquire(&(struct ffa_rx_acquire_args){ .vm_id = vm_id }, v, &r);
	else if (fid == FFA_RX_RELEASE_32)
		ffa_encode_rx_release(&(struct ffa_rx_release_args){ .vm_id = vm_id }, v, &r);
	else
		ffa_encode_rxtx_unmap(&(struct ffa_rxtx_unmap_args){ .vm_id = vm_id }, v, &r);
	return ffa_spmc_call_status(m, &r);
}

FFA_COLD int32_t ffa_spmc_rx_acquire(const struct ffa_mediator *m, uint16_t vm_id)
{
	return buffer_call(m, vm_id, FFA_RX_ACQUIRE_32);
}

int32_t ffa_spmc_rx_release(const struct ffa_mediator *m, uint16_t vm_id)
{
	return buffer_call(m, vm_id, FFA_RX_RELEASE_32);
}

/* FFA_RXTX_UNMAP of vm_id's buffers at the SPMC (0: the hypervisor's own). */
FFA_COLD int32_t ffa_spmc_rxtx_unmap(const struct ffa_mediator *m, uint16_t vm_id)
{
	return buffer_call(m, vm_id, FFA_RXTX_UNMAP_32);
}

/*
 * FFA_RXTX_MAP at the SPMC, in its widest convention: the hypervisor's
 * buffers at these addresses, or (all 0) a VM's, which an endpoint RX/TX
 * descriptor in the hypervisor's TX buffer describes. Cold: once per
 * VM's RX/TX set-up.
 */
FFA_COLD int32_t ffa_spmc_rxtx_map(const struct ffa_mediator *m, uint64_t tx_pa, uint64_t rx_pa,
				   uint32_t pages)
{
	struct ffa_rxtx_map_args a = {
		.smc64 = ffa_spmc_implements(m, FFA_RXTX_MAP_64),
		.tx_address = tx_pa,
		.rx_address = rx_pa,
		.page_count = (uint8_t)pages,
	};
	struct ffa_regs r;

	ffa_encode_rxtx_map(&a, m->version, &r);
	return ffa_spmc_call_status(m, &r);
}

const struct ffa_partition *ffa_partition_find(const struct ffa_mediator *m, uint16_t id)
{
	const struct ffa_partition *end = m->partitions + m->partition_count;

	for (const struct ffa_partition *p = m->partitions; p < end; p++) {
		if (p->id == id)
			return p;
	}
	return NULL;
}

/*
 * A partition id the SPMC reports must be a secure-world id (bit 15 set,
 * DEN0077A v1.2 §6.2): one without would be listed to VMs as a partition
 * while every call naming it is routed as a VM's. Dropped with a warning,
 * as Xen's ffa_sp_list_cache_init does.
 */
static bool secure_partition_id(const struct ffa_mediator *m, uint16_t id)
{
	if (ffa_endpoint_id_get_secure(id))
		return true;
	ffa_log(m, FFA_LOG_WARN, "SPMC: dropped non-secure partition 0x%x", (unsigned int)id);
	return false;
}

/*
 * How often start-up asks the SPMC again when it answers BUSY, RETRY or
 * INTERRUPTED (an SPMC still starting its partitions, say).
 */
#define STARTUP_TRIES 8

static bool asks_retry(int32_t status)
{
	return status == FFA_BUSY || status == FFA_RETRY || status == FFA_INTERRUPTED;
}

/*
 * The hypervisor's buffers at the SPMC (fid): FFA_RXTX_MAP at start-up,
 * FFA_RX_RELEASE after the SPMC gave a list there, FFA_RXTX_UNMAP when
 * start-up fails after the map (to leave the SPMC as it was). A failure
 * is logged: an error for the map, which start-up needs.
 */
FFA_COLD static __attribute__((__noinline__)) int32_t hyp_buffers(struct ffa_mediator *m,
								  uint32_t fid)
{
	const struct ffa_platform *p = m->plat;
	const bool map = fid == FFA_RXTX_MAP_32;
	char name[32];
	int32_t ret;

	if (map) {
		ret = ffa_spmc_rxtx_map(m, p->va_to_pa(p->ctx, m->config.hyp_tx),
					p->va_to_pa(p->ctx, m->config.hyp_rx),
					m->config.hyp_buffer_pages);
		if (ffa_spmc_implements(m, FFA_RXTX_MAP_64))
			fid = FFA_RXTX_MAP_64;
	} else {
		ret = buffer_call(m, 0, fid);
	}
	if (ret != FFA_OK)
		ffa_log(m, map ? FFA_LOG_ERROR : FFA_LOG_WARN,
			"SPMC: hypervisor's %s: %d", ffa_call_name(fid, name), ret);
	return ret;
}

/*
 * The versions VMs may negotiate over an SPMC at `spmc`: the mediator's
 * newest from 1.1 on, as it converts memory descriptors, partition
 * descriptors and message headers between the layouts and refuses what
 * the SPMC cannot do (README: "Versions"). An FF-A 1.0 SPMC gives no
 * partition UUIDs, which every 1.1 partition descriptor holds: VMs stay
 * at 1.0 there.
 */
static enum ffa_version vm_version_over(enum ffa_version spmc)
{
	return spmc >= FFA_VERSION_1_1 ? FFA_VERSION_MEDIATOR_MAX : FFA_VERSION_1_0;
}

/*
 * FFA_VERSION with the SPMC: ask for our highest version (or the
 * configured cap); an SPMC that only knows an older minor either refuses
 * (Hafnium) or answers its own (Xen's style), and we ask again for that
 * one.
 */
FFA_COLD static int32_t negotiate_version(struct ffa_mediator *m)
{
	const enum ffa_version cap = m->config.spmc_version_max != 0 ? m->config.spmc_version_max
								      : FFA_VERSION_MEDIATOR_MAX;
	uint16_t minor = (uint16_t)ffa_version_number_get_minor(cap);

	for (;;) {
		struct ffa_version_args a = { .major = 1, .minor = minor };
		struct ffa_version_result res = { 0 };
		struct ffa_regs r;
		int32_t ret;

		ffa_encode_version(&a, FFA_VERSION_1_0, &r);
		ffa_spmc_call(m, &r);
		ret = ffa_decode_version_result(&r, FFA_VERSION_1_0, &res);
		if (ret == FFA_NOT_SUPPORTED && minor > 0) {
			minor--;
			continue;
		}
		if (ret != FFA_OK || res.major != 1) {
			ffa_log(m, FFA_LOG_ERROR, "SPMC: no common FF-A version (0x%x)",
				(unsigned int)r.x[0]);
			return FFA_NOT_SUPPORTED;
		}
		m->spmc_version = (enum ffa_version)ffa_version_number_set_minor(
			ffa_version_number_set_major(0, res.major), res.minor);
		if (res.minor >= minor) {
			m->version = (enum ffa_version)ffa_version_number_set_minor(
				ffa_version_number_set_major(0, 1), minor);
			m->vm_version_max = vm_version_over(m->version);
			return FFA_OK;
		}
		minor = res.minor;
	}
}

/*
 * FFA_FEATURES of fid at the SPMC, its answer in r: the probe of every id
 * and the RX/TX limits ask it, from one place.
 */
FFA_COLD static __attribute__((__noinline__)) void spmc_features(struct ffa_mediator *m,
								 uint32_t fid, struct ffa_regs *r)
{
	ffa_encode_features(&(struct ffa_features_args){ .feature = fid }, m->version, r);
	ffa_spmc_call(m, r);
}

/* Which of the ids the mediator relies on the SPMC implements. */
FFA_COLD static void probe_features(struct ffa_mediator *m)
{
	const enum ffa_version v = m->version;

	/* The dispatch table's rows: the ids FF-A defines, by function number. */
	for (uint32_t n = FFA_CALLS_FIRST; n < FFA_CALLS_FIRST + FFA_CALLS_COUNT; n++) {
		const struct ffa_call_desc *d = &ffa_calls[n - FFA_CALLS_FIRST];

		/*
		 * The id exists at the SPMC's version (a row FF-A does not define
		 * exists at none): ask for each form it has.
		 */
		if (!(ffa_call_form_at(d, 0, v) || ffa_call_form_at(d, 1, v)))
			continue;
		for (unsigned int smc64 = 0; smc64 < 2; smc64++) {
			const uint32_t fid =
				(smc64 ? FFA_FUNCTION_ID_SMC64_BASE : FFA_FUNCTION_ID_SMC32_BASE) |
				n;
			struct ffa_regs r;
			uint32_t i = n - FFA_FUNCTION_NUMBER_FIRST;

			if (!ffa_call_has_form(d, smc64))
				continue;
			spmc_features(m, fid, &r);
			/* Anything but FFA_ERROR: implemented. */
			if ((uint32_t)r.x[0] != FFA_ERROR_32)
				implemented_set(m, fid)[i / 64] |= UINT64_C(1) << (i % 64);
		}
	}
}

/*
 * The SPMC's RX/TX rules: a 4K granule (our buffers are 4K pages), and from
 * 1.2 its largest buffer; an older SPMC does not say, and Hafnium takes one
 * page, so that is what we assume.
 */
FFA_COLD static int32_t read_rxtx_limits(struct ffa_mediator *m)
{
	struct ffa_features_result res = { 0 };
	struct ffa_regs r;

	spmc_features(m, FFA_RXTX_MAP_32, &r);
	if (ffa_decode_features_result(&r, m->version, &res) != FFA_OK ||
	    ffa_features_rxtx_map_get_min_buffer_size(res.properties) !=
		    FFA_RXTX_GRANULE_GRANULE_4K) {
		ffa_log(m, FFA_LOG_ERROR, "SPMC: no FFA_RXTX_MAP with a 4K granule");
		return FFA_NOT_SUPPORTED;
	}
	m->spmc_rxtx_max_pages = m->version >= FFA_VERSION_1_2 ?
		ffa_features_rxtx_map_get_max_page_count(res.properties) : 1;
	if (m->spmc_rxtx_max_pages != 0 && m->config.hyp_buffer_pages > m->spmc_rxtx_max_pages) {
		ffa_log(m, FFA_LOG_ERROR, "SPMC: RX/TX buffers of at most %u pages",
			m->spmc_rxtx_max_pages);
		return FFA_INVALID_PARAMETERS;
	}
	return FFA_OK;
}

/*
 * Descriptor i of desc_size bytes (8, 24 or 48) in the hypervisor's RX
 * buffer, as a partition p (a 1.0 descriptor has no UUID); false if it
 * lies outside the buffer.
 */
FFA_COLD static bool read_descriptor(const struct ffa_mediator *m, uint32_t i, size_t desc_size,
				     struct ffa_partition *p)
{
	const size_t rx_size = (size_t)m->config.hyp_buffer_pages * FFA_PAGE_SIZE;
	struct ffa_partition_info_v1_1 d;
	size_t off;

	if (!ffa_index_offset(0, i, desc_size, &off))
		return false;
	if (desc_size >= FFA_PARTITION_INFO_V1_1_SIZE) {
		if (!ffa_partition_info_v1_1_read(m->config.hyp_rx, rx_size, off, &d))
			return false;
	} else {
		struct ffa_partition_info_v1_0 d0;

		if (!ffa_partition_info_v1_0_read(m->config.hyp_rx, rx_size, off, &d0))
			return false;
		/* The 1.1 form, with no UUID: one assignment fills p. */
		d = (struct ffa_partition_info_v1_1){ .partition_id = d0.partition_id,
						      .exec_ctx_count = d0.exec_ctx_count,
						      .properties = d0.properties };
	}
	p->id = d.partition_id;
	p->exec_ctx_count = d.exec_ctx_count;
	p->properties = d.properties;
	p->uuid = d.uuid;
	p->regs_info = ffa_partition_regs_info(p);
	return true;
}

/*
 * The partitions with uuid (Nil: every one), asked of the SPMC with
 * FFA_PARTITION_INFO_GET into the hypervisor's RX buffer, under
 * hyp_buffers_lock, and read from there: into the cache at start-up (ids
 * NULL, read_partitions()), else their ids (for an FF-A 1.0 SPMC, whose
 * descriptors carry no UUID: partinfo.c's fallback). One walk serves both;
 * an id without the secure bit is dropped. Start-up asks until the SPMC
 * answers other than BUSY, RETRY or INTERRUPTED, STARTUP_TRIES times at
 * most; a VM's query asks once. The status is ffa_spmc_call_status()'s,
 * which is the decoder's (the decoder is left only a success's fields to
 * read); NO_MEMORY for more than max partitions, INVALID_PARAMETERS for a
 * descriptor outside the buffer.
 */
FFA_COLD int32_t ffa_spmc_partition_ids(struct ffa_mediator *m, const struct ffa_uuid *uuid,
					uint16_t *ids, uint32_t max, uint32_t *count)
{
	const int tries = ids == NULL ? STARTUP_TRIES : 1;
	struct ffa_partition_info_get_args a = { .uuid = *uuid };
	struct ffa_partition_info_get_result res = { 0 };
	struct ffa_partition scratch;
	struct ffa_regs r;
	size_t desc_size;
	int32_t ret = FFA_RETRY;

	m->plat->lock(m->plat->ctx, &m->hyp_buffers_lock);
	for (int i = 0; i < tries && asks_retry(ret); i++) {
		ffa_encode_partition_info_get(&a, m->version, &r);
		ret = ffa_spmc_call_status(m, &r);
		/*
		 * FFA_OK comes of a success only: the second test, true then,
		 * lets the compiler drop the decoder's FFA_ERROR branch.
		 */
		if (ret == FFA_OK && (uint32_t)r.x[0] != FFA_ERROR_32)
			ret = ffa_decode_partition_info_get_result(&r, m->version, &res);
	}
	if (ret != FFA_OK) {
		if (ids == NULL)
			ffa_log(m, FFA_LOG_ERROR, "SPMC: FFA_PARTITION_INFO_GET: %d%s", ret,
				asks_retry(ret) ? " (retried; init later)" : "");
		goto out;
	}
	desc_size = m->version >= FFA_VERSION_1_1 ? res.desc_size : FFA_PARTITION_INFO_V1_0_SIZE;
	if (ids == NULL)
		m->partitions_have_uuids = desc_size >= FFA_PARTITION_INFO_V1_1_SIZE;
	if (res.count > max) {
		ffa_log(m, FFA_LOG_ERROR, "SPMC: %u partitions, FFA_MAX_PARTITIONS %u", res.count,
			max);
		ret = FFA_NO_MEMORY;
	} else if (desc_size < FFA_PARTITION_INFO_V1_0_SIZE) {
		ret = FFA_INVALID_PARAMETERS;
	}
	*count = 0;
	for (uint32_t i = 0; ret == FFA_OK && i < res.count; i++) {
		struct ffa_partition *p = ids != NULL ? &scratch : &m->partitions[*count];

		if (!read_descriptor(m, i, desc_size, p)) {
			ret = FFA_INVALID_PARAMETERS;
		} else if (secure_partition_id(m, p->id)) {
			if (ids != NULL)
				ids[*count] = p->id;
			(*count)++;
		}
	}
	(void)hyp_buffers(m, FFA_RX_RELEASE_32);
out:
	m->plat->unlock(m->plat->ctx, &m->hyp_buffers_lock);
	return ret;
}

/* The partition list, read once: FF-A 1.2 partitions do not come and go. */
FFA_COLD static int32_t read_partitions(struct ffa_mediator *m)
{
	const struct ffa_uuid nil = { 0 };
	const int32_t ret =
		ffa_spmc_partition_ids(m, &nil, NULL, FFA_MAX_PARTITIONS, &m->partition_count);

	/* A nonzero tag for PARTITION_INFO_GET_REGS: the list never changes. */
	m->partitions_tag = 1;
	return ret;
}

FFA_COLD static void read_spm_id(struct ffa_mediator *m)
{
	struct ffa_spm_id_get_args a = { 0 };
	struct ffa_spm_id_get_result res = { 0 };
	struct ffa_regs r;

	if (m->version < FFA_VERSION_1_1)
		return;
	ffa_encode_spm_id_get(&a, m->version, &r);
	ffa_spmc_call(m, &r);
	if (ffa_decode_spm_id_get_result(&r, m->version, &res) == FFA_OK) {
		m->spmc_id = res.id;
		m->spmc_has_spm_id = true;
	}
}

/* Is config one to start with? Its capacities: ffa_mediator_size(). */
FFA_COLD static bool config_ok(const struct ffa_config *c)
{
	return c->hyp_rx != NULL && c->hyp_tx != NULL && c->hyp_buffer_pages != 0 &&
	       c->hyp_buffer_pages <= FFA_RXTX_MAP_MAX_PAGES &&
	       c->vm_rxtx_max_pages <= FFA_RXTX_MAP_MAX_PAGES &&
	       (c->spmc_version_max == 0 || (c->spmc_version_max >= FFA_VERSION_1_0 &&
					     c->spmc_version_max <= FFA_VERSION_MEDIATOR_MAX));
}

/* A lock of the mediator's, its rank set before the platform makes it. Called: three locks. */
FFA_COLD static __attribute__((__noinline__)) void
lock_init(struct ffa_mediator *m, struct ffa_lock *lock, uint8_t rank)
{
	lock->rank = rank;
	m->plat->lock_init(m->plat->ctx, lock);
}

FFA_COLD
int32_t ffa_mediator_init(struct ffa_mediator *m, size_t size, const struct ffa_platform *plat,
			  const struct ffa_config *config)
{
	/* (size_t)-1: capacities over their limits, which no memory serves. */
	const size_t need = ffa_mediator_size(config);
	int32_t ret;

	if (!config_ok(config) || need == (size_t)-1 || (uintptr_t)m % FFA_MEDIATOR_ALIGN != 0 ||
	    size < need)
		return FFA_INVALID_PARAMETERS;
	__builtin_memset(m, 0, sizeof(*m));
	m->plat = plat;
	m->config = *config;
	ffa_config_capacities(&m->config);
	m->log_calls = plat->vlog != NULL && config->log_level >= FFA_LOG_VERBOSE;
	if (m->config.vm_rxtx_max_pages == 0)
		m->config.vm_rxtx_max_pages = FFA_RXTX_MAP_MAX_PAGES;
	ffa_layout_tables(m);
	lock_init(m, &m->vms_lock, FFA_LOCK_RANK_VM_TABLE);
	lock_init(m, &m->preempted_lock, FFA_LOCK_RANK_PREEMPTED);
	m->shares_lock.rank = FFA_LOCK_RANK_SHARES;
	ffa_mem_init(m);
	lock_init(m, &m->hyp_buffers_lock, FFA_LOCK_RANK_HYP_BUFFERS);

	ret = negotiate_version(m);
	if (ret != FFA_OK)
		return ret;
	probe_features(m);
	ret = read_rxtx_limits(m);
	if (ret != FFA_OK)
		return ret;
	ret = hyp_buffers(m, FFA_RXTX_MAP_32);
	if (ret != FFA_OK)
		return ret;
	ret = read_partitions(m);
	if (ret != FFA_OK) {
		/* So that ffa_mediator_init() can be called again. */
		(void)hyp_buffers(m, FFA_RXTX_UNMAP_32);
		return ret;
	}
	read_spm_id(m);
	/* All three of major version 1: negotiate_version() took no other. */
	ffa_log(m, FFA_LOG_INFO, "SPMC: FF-A 1.%u (we use 1.%u, VMs up to 1.%u), %u partitions",
		(unsigned int)ffa_version_number_get_minor(m->spmc_version),
		(unsigned int)ffa_version_number_get_minor(m->version),
		(unsigned int)ffa_version_number_get_minor(m->vm_version_max), m->partition_count);
	return FFA_OK;
}

/* Read-outs for the hypervisor (its start-up log): cold, so no alignment padding each. */
FFA_COLD enum ffa_version ffa_mediator_version(const struct ffa_mediator *m)
{
	return m->version;
}

FFA_COLD enum ffa_version ffa_mediator_spmc_version(const struct ffa_mediator *m)
{
	return m->spmc_version;
}

FFA_COLD uint32_t ffa_mediator_partition_count(const struct ffa_mediator *m)
{
	return m->partition_count;
}
