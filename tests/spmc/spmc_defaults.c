/* SPDX-License-Identifier: MIT */
/*
 * The standard test partitions (tests/scenario/FORMAT.md), one table for
 * the host tests and the system test's EL3 firmware. Freestanding.
 */
#include "spmc_defaults.h"

static struct ffa_uuid uuid_of(const uint8_t b[16])
{
	struct ffa_uuid u;

	__builtin_memcpy(u.b, b, sizeof(u.b));
	return u;
}

/* Direct request receiver, AArch64, with the properties given. */
static uint32_t props(uint32_t extra)
{
	uint32_t p = ffa_partition_properties_set_direct_req_recv(0, 1);

	p = ffa_partition_properties_set_aarch64(p, 1);
	return p | extra;
}

void spmc_default_config(struct spmc_config *c)
{
	/* An echo partition (REQ and REQ2), UUID b4b5671e-4a90-4fe1-b81f-fb13dae1dacb. */
	static const uint8_t echo[16] = { 0xb4, 0xb5, 0x67, 0x1e, 0x4a, 0x90, 0x4f, 0xe1,
					  0xb8, 0x1f, 0xfb, 0x13, 0xda, 0xe1, 0xda, 0xcb };
	/* OP-TEE's UUID 486178e0-e7f8-11e3-bc5e-0002a5d5c51b. */
	static const uint8_t optee[16] = { 0x48, 0x61, 0x78, 0xe0, 0xe7, 0xf8, 0x11, 0xe3,
					   0xbc, 0x5e, 0x00, 0x02, 0xa5, 0xd5, 0xc5, 0x1b };
	/* An FF-A 1.0 partition with two services. */
	static const uint8_t old_a[16] = { 0x11, 0x11, 0x11, 0x11, 0x22, 0x22, 0x33, 0x33,
					   0x44, 0x44, 0x55, 0x55, 0x55, 0x55, 0x55, 0x55 };
	static const uint8_t old_b[16] = { 0x66, 0x66, 0x66, 0x66, 0x77, 0x77, 0x88, 0x88,
					   0x99, 0x99, 0xaa, 0xaa, 0xaa, 0xaa, 0xaa, 0xaa };
	uint32_t echo_props = ffa_partition_properties_set_direct_req2_recv(props(0), 1);
	uint32_t optee_props = ffa_partition_properties_set_vm_created_msg(props(0), 1);

	echo_props = ffa_partition_properties_set_notifications(echo_props, 1);
	echo_props = ffa_partition_properties_set_indirect_msg(echo_props, 1);
	optee_props = ffa_partition_properties_set_vm_destroyed_msg(optee_props, 1);
	__builtin_memset(c, 0, sizeof(*c));
	c->version = FFA_VERSION_1_2;
	c->spmc_id = 0x8000;
	/* 0x8002 is OP-TEE: as OP-TEE, the SPMC keeps a VM's bitmaps with it. */
	c->notify_follows_vm_msgs = true;
	c->partition_count = 3;
	c->partitions[0] = (struct spmc_partition_config){
		.id = 0x8001, .exec_ctx_count = 4, .properties = echo_props,
		.version = FFA_VERSION_1_2, .uuid_count = 1, .uuids = { uuid_of(echo) } };
	c->partitions[1] = (struct spmc_partition_config){
		.id = 0x8002, .exec_ctx_count = 4, .properties = optee_props,
		.version = FFA_VERSION_1_1, .uuid_count = 1, .uuids = { uuid_of(optee) } };
	c->partitions[2] =
		(struct spmc_partition_config){ .id = 0x8003,
						.exec_ctx_count = 1,
						.properties = props(0),
						.version = FFA_VERSION_1_0,
						.uuid_count = 2,
						.uuids = { uuid_of(old_a), uuid_of(old_b) } };
}
