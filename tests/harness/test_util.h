/* SPDX-License-Identifier: MIT */
/*
 * Shared by the runtime's Check suites: a simulated machine with the
 * standard partitions, VMs 1 (AArch64) and 2 (AArch32) created, 3 with
 * memory only; calls through the public API; and the checks that a
 * refused call changed nothing.
 */
#ifndef TEST_UTIL_H
#define TEST_UTIL_H

#include <check.h>

#include "mediator_access.h"
#include "sim_platform.h"

#define IPA_BASE UINT64_C(0x40000000)
#define MEM_PAGES 256u
#define TX_IPA (IPA_BASE + 0x10000)
#define RX_IPA (IPA_BASE + 0x20000)

extern struct sim_platform sim;
extern struct ffa_mediator *med;
extern struct ffa_vm *vm64;  /* id 1, AArch64 */
extern struct ffa_vm *vm32;  /* id 2, AArch32 */
/* 8-byte aligned, as a struct ffa_uuid: ffa_le_get() reads its words. */
extern const uint8_t optee_uuid[16] __attribute__((__aligned__(8)));

/* What a refused call must leave as it was. */
struct snapshot {
	enum ffa_version version;
	bool frozen;
	bool mapped, registered, acquired;
	enum ffa_rx_state rx_state;
	uint32_t pages;
	uint64_t tx_ipa, rx_ipa;
	uint32_t effects;
	uint32_t mappings;
	struct spmc_buffers spmc;
};

void setup(void);
void teardown(void);
struct ffa_regs call(struct ffa_vm *vm, struct ffa_regs in);
void assert_error(const struct ffa_regs *r, int32_t status);
void assert_success(const struct ffa_regs *r);
struct snapshot snap(const struct ffa_vm *vm);
void assert_same(const struct snapshot *a, const struct snapshot *b);
void refused(struct ffa_vm *vm, struct ffa_regs in, int32_t status);
void refused_undone(struct ffa_vm *vm, struct ffa_regs in, int32_t status);
struct ffa_regs version_call(uint32_t major, uint32_t minor);
void negotiate(struct ffa_vm *vm, uint32_t minor);
struct ffa_regs rxtx_map_call(bool smc64, uint64_t tx, uint64_t rx, uint32_t pages);
void map_buffers(struct ffa_vm *vm, uint32_t pages);
struct ffa_regs simple_call(uint32_t fid);
struct ffa_regs pinfo_call(const uint8_t *uuid, bool count_only);
/*
 * A new AArch64 VM id with pages pages of memory at IPA_BASE in reverse
 * physical order (no two pages merge into one run), at version 1.2, with
 * one-page buffers mapped.
 */
struct ffa_vm *add_reversed_vm(uint16_t id, uint32_t pages);

#endif
