/* SPDX-License-Identifier: MIT */
/* The simulated SPMC's notifications: see spmc_notify.h. */
#include "spmc.h"

/* The bitmaps of VM id, or NULL. */
static struct spmc_notify_vm *vm_of(struct spmc *s, uint16_t id)
{
	for (unsigned int i = 0; i < SPMC_NOTIFY_VMS; i++) {
		if (s->notify.vms[i].used && s->notify.vms[i].id == id)
			return &s->notify.vms[i];
	}
	return 0;
}

/* The model's own state of partition id (its bindings), or NULL. */
static struct spmc_notify_sp *sp_of(struct spmc *s, uint16_t id)
{
	const struct spmc_partition_state *st = spmc_partition_state_of(s, id);

	return st == 0 ? 0 : &((struct spmc_partition_state *)st)->notify;
}

/* Execution contexts (vCPUs) of partition id; 0 for no partition. */
static uint16_t sp_vcpus(const struct spmc *s, uint16_t id)
{
	for (unsigned int i = 0; i < s->config.partition_count && i < SPMC_MAX_PARTITIONS; i++) {
		if (s->config.partitions[i].id == id)
			return s->config.partitions[i].exec_ctx_count;
	}
	return 0;
}

static bool is_vm_id(uint16_t id)
{
	return id != 0 && (id & FFA_ENDPOINT_ID_SECURE_MASK) == 0;
}

static uint64_t all_pending(const struct spmc_notify_vm *v)
{
	uint64_t all = v->pending;

	for (unsigned int i = 0; i < SPMC_NOTIFY_VCPUS; i++)
		all |= v->pending_vcpu[i];
	return all;
}

/* Every bit of bitmap in map bound to sender? */
static bool bound_to(uint64_t bound, const uint16_t *senders, uint64_t bitmap, uint16_t sender)
{
	if ((bound & bitmap) != bitmap)
		return false;
	for (uint64_t b = bitmap; b != 0; b &= b - 1) {
		if (senders[__builtin_ctzll(b)] != sender)
			return false;
	}
	return true;
}

/*
 * notify_follows_vm_msgs: does every partition that takes VM created
 * (created) or destroyed (!created) messages know VM vm?
 */
static bool vm_known_to_partitions(const struct spmc *s, uint16_t vm, bool created)
{
	for (uint32_t i = 0; i < s->config.partition_count; i++) {
		const struct spmc_partition_config *p = &s->config.partitions[i];
		const uint32_t wants =
			created ? ffa_partition_properties_get_vm_created_msg(p->properties) :
				  ffa_partition_properties_get_vm_destroyed_msg(p->properties);

		if (wants && ffa_partition_properties_get_direct_req_recv(p->properties) &&
		    !spmc_vm_known(s, p->id, vm))
			return false;
	}
	return true;
}

void spmc_notify_vm_gone(struct spmc *s, uint16_t vm)
{
	struct spmc_notify_vm *v = vm_of(s, vm);

	if (v != 0)
		v->used = false;
}

int32_t spmc_notify_bitmap_create(struct spmc *s, const struct ffa_regs *in, struct ffa_regs *out)
{
	struct ffa_notification_bitmap_create_args a;
	int32_t ret = ffa_decode_notification_bitmap_create(in, s->caller_version, &a);

	if (ret != FFA_OK)
		return ret;
	if (!is_vm_id(a.vm_id) || a.vcpu_count == 0)
		return FFA_INVALID_PARAMETERS;
	if (s->config.notify_follows_vm_msgs && !vm_known_to_partitions(s, a.vm_id, true))
		return FFA_INVALID_PARAMETERS;
	if (vm_of(s, a.vm_id) != 0)
		return FFA_DENIED;
	for (unsigned int i = 0; i < SPMC_NOTIFY_VMS; i++) {
		if (!s->notify.vms[i].used) {
			s->notify.vms[i] = (struct spmc_notify_vm){ .used = true, .id = a.vm_id,
								    .vcpu_count = a.vcpu_count };
			ffa_encode_notification_bitmap_create_result(
				&(struct ffa_notification_bitmap_create_result){ 0 },
				s->caller_version, out);
			return FFA_OK;
		}
	}
	return FFA_NO_MEMORY;
}

int32_t spmc_notify_bitmap_destroy(struct spmc *s, const struct ffa_regs *in, struct ffa_regs *out)
{
	struct ffa_notification_bitmap_destroy_args a;
	struct spmc_notify_vm *v;
	int32_t ret = ffa_decode_notification_bitmap_destroy(in, s->caller_version, &a);

	if (ret != FFA_OK)
		return ret;
	v = vm_of(s, a.vm_id);
	if (v == 0 ||
	    (s->config.notify_follows_vm_msgs && !vm_known_to_partitions(s, a.vm_id, false)))
		return FFA_INVALID_PARAMETERS;
	if (all_pending(v) != 0 || v->spm_pending != 0 ||
	    (s->config.notify_follows_vm_msgs && v->bound != 0))
		return FFA_DENIED;
	v->used = false;
	ffa_encode_notification_bitmap_destroy_result(
		&(struct ffa_notification_bitmap_destroy_result){ 0 }, s->caller_version, out);
	return FFA_OK;
}

int32_t spmc_notify_bind(struct spmc *s, const struct ffa_regs *in, struct ffa_regs *out)
{
	struct ffa_notification_bind_args a;
	struct spmc_notify_vm *v;
	int32_t ret = ffa_decode_notification_bind(in, s->caller_version, &a);

	if (ret != FFA_OK)
		return ret;
	v = vm_of(s, a.receiver);
	if (v == 0 || spmc_partition_state_of(s, a.sender) == 0 || a.bitmap == 0)
		return FFA_INVALID_PARAMETERS;
	if ((v->bound & a.bitmap) != 0)
		return FFA_DENIED;
	v->bound |= a.bitmap;
	v->per_vcpu = a.per_vcpu ? v->per_vcpu | a.bitmap : v->per_vcpu & ~a.bitmap;
	for (uint64_t b = a.bitmap; b != 0; b &= b - 1)
		v->sender[__builtin_ctzll(b)] = a.sender;
	ffa_encode_notification_bind_result(&(struct ffa_notification_bind_result){ 0 },
					    s->caller_version, out);
	return FFA_OK;
}

int32_t spmc_notify_unbind(struct spmc *s, const struct ffa_regs *in, struct ffa_regs *out)
{
	struct ffa_notification_unbind_args a;
	struct spmc_notify_vm *v;
	int32_t ret = ffa_decode_notification_unbind(in, s->caller_version, &a);

	if (ret != FFA_OK)
		return ret;
	v = vm_of(s, a.receiver);
	if (v == 0 || spmc_partition_state_of(s, a.sender) == 0 || a.bitmap == 0)
		return FFA_INVALID_PARAMETERS;
	if (!bound_to(v->bound, v->sender, a.bitmap, a.sender) || (all_pending(v) & a.bitmap) != 0)
		return FFA_DENIED;
	v->bound &= ~a.bitmap;
	v->per_vcpu &= ~a.bitmap;
	ffa_encode_notification_unbind_result(&(struct ffa_notification_unbind_result){ 0 },
					      s->caller_version, out);
	return FFA_OK;
}

/*
 * A VM's FFA_NOTIFICATION_SET to a partition, as Hafnium's
 * api_ffa_notification_set answers it: INVALID_PARAMETERS for a global
 * notification naming a vCPU other than 0, no such partition, a sender
 * that is no VM or an empty bitmap; DENIED when a bit is not bound to the
 * sender or bound with the other kind (per-vCPU or global); then
 * INVALID_PARAMETERS for a per-vCPU notification to a vCPU the partition
 * does not have.
 */
int32_t spmc_notify_set(struct spmc *s, const struct ffa_regs *in, struct ffa_regs *out)
{
	struct ffa_notification_set_args a;
	struct spmc_notify_sp *p;
	int32_t ret = ffa_decode_notification_set(in, s->caller_version, &a);

	if (ret != FFA_OK)
		return ret;
	if (!a.per_vcpu && a.receiver_vcpu != 0)
		return FFA_INVALID_PARAMETERS;
	p = sp_of(s, a.receiver);
	if (p == 0 || !is_vm_id(a.sender) || a.bitmap == 0)
		return FFA_INVALID_PARAMETERS;
	if (!bound_to(p->bound, p->sender, a.bitmap, a.sender) ||
	    (a.per_vcpu ? (p->per_vcpu & a.bitmap) != a.bitmap : (p->per_vcpu & a.bitmap) != 0))
		return FFA_DENIED;
	if (a.per_vcpu && a.receiver_vcpu >= sp_vcpus(s, a.receiver))
		return FFA_INVALID_PARAMETERS;
	p->pending |= a.bitmap;
	ffa_encode_notification_set_result(&(struct ffa_notification_set_result){ 0 },
					   s->caller_version, out);
	return FFA_OK;
}

int32_t spmc_notify_get(struct spmc *s, const struct ffa_regs *in, struct ffa_regs *out)
{
	struct ffa_notification_get_result res = { 0 };
	struct ffa_notification_get_args a;
	struct spmc_notify_vm *v;
	int32_t ret = ffa_decode_notification_get(in, s->caller_version, &a);

	if (ret != FFA_OK)
		return ret;
	v = vm_of(s, a.receiver);
	if (v == 0 || a.receiver_vcpu >= v->vcpu_count)
		return FFA_INVALID_PARAMETERS;
	if (a.from_sp) {
		res.sp_bitmap = v->pending;
		v->pending = 0;
		if (a.receiver_vcpu < SPMC_NOTIFY_VCPUS) {
			res.sp_bitmap |= v->pending_vcpu[a.receiver_vcpu];
			v->pending_vcpu[a.receiver_vcpu] = 0;
		}
	}
	if (a.from_spm) {
		res.spm_bitmap = v->spm_pending;
		v->spm_pending = 0;
	}
	ffa_encode_notification_get_result(&res, s->caller_version, out);
	return FFA_OK;
}

/* --- INFO_GET ---------------------------------------------------------------- */

struct info {
	uint16_t ids[20];
	uint8_t sizes[20];
	uint32_t ids_used;
	uint32_t lists;
	uint32_t max;
	bool more;
};

static bool info_add(struct info *in, uint16_t id, const uint16_t *vcpus, uint32_t n)
{
	if (in->ids_used + 1 + n > in->max || in->lists == in->max) {
		in->more = true;
		return false;
	}
	in->ids[in->ids_used++] = id;
	for (uint32_t i = 0; i < n; i++)
		in->ids[in->ids_used++] = vcpus[i];
	in->sizes[in->lists++] = (uint8_t)n;
	return true;
}

/* One VM's unreported state; what fits is reported. */
static void info_vm(struct spmc_notify_vm *v, struct info *in)
{
	uint16_t vcpus[3];
	uint32_t k = 0, taken = 0;

	if (v->info_global && info_add(in, v->id, vcpus, 0))
		v->info_global = false;
	for (uint32_t b = v->info_vcpus; b != 0; b &= b - 1) {
		vcpus[k++] = (uint16_t)__builtin_ctz(b);
		if (k < 3 && (b & (b - 1)) != 0)
			continue;
		if (!info_add(in, v->id, vcpus, k))
			break;
		for (uint32_t i = 0; i < k; i++)
			taken |= 1u << vcpus[i];
		k = 0;
	}
	v->info_vcpus &= ~taken;
}

int32_t spmc_notify_info_get(struct spmc *s, const struct ffa_regs *in, struct ffa_regs *out)
{
	struct ffa_notification_info_get_args a;
	struct ffa_notification_info_get_result res = { 0 };
	struct info info = { 0 };
	int32_t ret = ffa_decode_notification_info_get(in, s->caller_version, &a);

	if (ret != FFA_OK)
		return ret;
	info.max = a.smc64 ? 20 : 10;
	for (unsigned int i = 0; i < SPMC_NOTIFY_VMS; i++) {
		if (s->notify.vms[i].used)
			info_vm(&s->notify.vms[i], &info);
	}
	if (info.lists == 0)
		return FFA_NO_DATA;
	res.smc64 = a.smc64;
	res.more_pending = info.more;
	res.list_count = (uint8_t)info.lists;
	for (uint32_t i = 0; i < info.lists; i++) {
		const uint32_t lo = FFA_NOTIFICATION_INFO_GET_RESULT_LIST_SIZE_COUNT;

		if (i < lo)
			res.list_size = ffa_notification_info_get_result_set_list_size(
				res.list_size, i, info.sizes[i]);
		else
			res.list_size_hi = ffa_notification_info_get_result_set_list_size_hi(
				res.list_size_hi, i - lo, info.sizes[i]);
	}
	for (uint32_t i = 0; i < info.ids_used; i++) {
		const unsigned int per = a.smc64 ? 4 : 2;
		uint64_t *reg = &res.ids[i / per].packed;

		*reg = a.smc64 ? ffa_notification_info_ids_64_set_id(*reg, i % per, info.ids[i]) :
				 ffa_notification_info_ids_32_set_id((uint32_t)*reg, i % per,
								     info.ids[i]);
	}
	ffa_encode_notification_info_get_result(&res, s->caller_version, out);
	return FFA_OK;
}

/* --- the partitions' side -------------------------------------------------------- */

int32_t spmc_sp_notification_bind(struct spmc *s, uint16_t sp, uint16_t vm, uint64_t bitmap)
{
	return spmc_sp_notification_bind_kind(s, sp, vm, bitmap, false);
}

int32_t spmc_sp_notification_bind_kind(struct spmc *s, uint16_t sp, uint16_t vm, uint64_t bitmap,
				       bool per_vcpu)
{
	struct spmc_notify_sp *p = sp_of(s, sp);

	if (p == 0 || !is_vm_id(vm) || bitmap == 0)
		return FFA_INVALID_PARAMETERS;
	if ((p->bound & bitmap) != 0)
		return FFA_DENIED;
	p->bound |= bitmap;
	p->per_vcpu = per_vcpu ? p->per_vcpu | bitmap : p->per_vcpu & ~bitmap;
	for (uint64_t b = bitmap; b != 0; b &= b - 1)
		p->sender[__builtin_ctzll(b)] = vm;
	return FFA_OK;
}

int32_t spmc_sp_notification_set(struct spmc *s, uint16_t sp, uint16_t vm, uint64_t bitmap,
				 bool per_vcpu, uint16_t vcpu)
{
	struct spmc_notify_vm *v = vm_of(s, vm);

	/* Hafnium: a global notification names vCPU 0. */
	if (!per_vcpu && vcpu != 0)
		return FFA_INVALID_PARAMETERS;
	if (v == 0 || spmc_partition_state_of(s, sp) == 0 || bitmap == 0 ||
	    (per_vcpu && (vcpu >= v->vcpu_count || vcpu >= SPMC_NOTIFY_VCPUS)))
		return FFA_INVALID_PARAMETERS;
	if (!bound_to(v->bound, v->sender, bitmap, sp) || ((v->per_vcpu & bitmap) != 0) != per_vcpu)
		return FFA_DENIED;
	if (per_vcpu) {
		v->pending_vcpu[vcpu] |= bitmap;
		v->info_vcpus |= 1u << vcpu;
	} else {
		v->pending |= bitmap;
		v->info_global = true;
	}
	return FFA_OK;
}

uint64_t spmc_sp_notifications_take(struct spmc *s, uint16_t sp)
{
	struct spmc_notify_sp *p = sp_of(s, sp);
	uint64_t got = p == 0 ? 0 : p->pending;

	if (p != 0)
		p->pending = 0;
	return got;
}

void spmc_notify_rx_full(struct spmc *s, uint16_t vm)
{
	struct spmc_notify_vm *v = vm_of(s, vm);

	if (v != 0) {
		v->spm_pending |= FFA_FRAMEWORK_NOTIFICATIONS_RX_BUFFER_FULL_MASK;
		v->info_global = true;
	}
}
