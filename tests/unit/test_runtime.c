/* SPDX-License-Identifier: MIT */
/*
 * The runtime against the simulated SPMC, through the public API: every
 * handler's success and error paths. Every refused call is checked to have
 * changed nothing: the VM's state, the platform (nothing mapped or
 * unmapped) and what the SPMC holds for the VM.
 */
#include <check.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check_run.h"
#include "mem_desc.h"
#include "test_util.h"

/* ------------------------------------------------------------- version */

START_TEST(test_version_each_minor)
{
	/* A guest of each version gets its own version; the reply is ours. */
	for (uint32_t minor = 0; minor <= 3; minor++) {
		struct ffa_vm *vm;
		int32_t status;
		struct ffa_regs out = { { 0 } };

		vm = ffa_vm_create(med, 3, true, 1, &status);
		out = call(vm, version_call(1, minor));
		ck_assert_uint_eq(out.x[0], FFA_VERSION_1_2);
		for (int i = 1; i < FFA_REG_COUNT; i++)
			ck_assert_uint_eq(out.x[i], 0);
		ck_assert_int_eq(ffa_vm_version(vm),
				 minor > 2 ? FFA_VERSION_1_2 : (enum ffa_version)(0x10000 | minor));
		ffa_vm_destroy(med, vm);
	}
}
END_TEST

START_TEST(test_version_refusals)
{
	struct snapshot before = snap(vm64);
	struct ffa_regs out = call(vm64, version_call(2, 0));

	ck_assert_uint_eq(out.x[0], (uint32_t)FFA_NOT_SUPPORTED);
	out = call(vm64, (struct ffa_regs){ .x = { FFA_VERSION_32, 0x80010002 } });
	ck_assert_uint_eq(out.x[0], (uint32_t)FFA_NOT_SUPPORTED);
	out = call(vm64, version_call(0, 9));
	ck_assert_uint_eq(out.x[0], (uint32_t)FFA_NOT_SUPPORTED);
	for (int i = 1; i < FFA_REG_COUNT; i++)
		ck_assert_uint_eq(out.x[i], 0);
	struct snapshot after = snap(vm64);
	assert_same(&before, &after);
}
END_TEST

START_TEST(test_version_frozen_after_other_call)
{
	struct ffa_regs out = { { 0 } };

	negotiate(vm64, 2);
	negotiate(vm64, 1); /* renegotiating before other calls is fine */
	ck_assert_int_eq(ffa_vm_version(vm64), FFA_VERSION_1_1);
	/* A refused call does not freeze it. */
	refused(vm64, simple_call(FFA_RX_RELEASE_32), FFA_DENIED);
	negotiate(vm64, 2);
	out = call(vm64, simple_call(FFA_ID_GET_32));
	assert_success(&out);
	/* Now only the same version is accepted. */
	out = call(vm64, version_call(1, 1));
	ck_assert_uint_eq(out.x[0], (uint32_t)FFA_NOT_SUPPORTED);
	ck_assert_int_eq(ffa_vm_version(vm64), FFA_VERSION_1_2);
	negotiate(vm64, 2);
}
END_TEST

/* The mediator's log lines that name ID_GET (a hypervisor's vlog op). */
static int id_get_lines;

static void count_id_get(void *ctx, enum ffa_log_level level, const char *fmt, va_list ap)
{
	char line[256];

	(void)ctx;
	(void)level;
	vsnprintf(line, sizeof(line), fmt, ap);
	if (strstr(line, "FFA_ID_GET") != NULL)
		id_get_lines++;
}

/* A mediator of its own: quiet (calls not logged) or logging every call (counted). */
static struct ffa_mediator *lane_mediator(struct sim_platform *s, bool logging)
{
	struct spmc_config c;
	struct ffa_config config = { .hyp_buffer_pages = 1,
				     .log_level = logging ? FFA_LOG_VERBOSE : FFA_LOG_ERROR };
	struct ffa_mediator *m;

	sim_default_spmc(&c, s);
	ck_assert_int_eq(sim_init(s, &c), 0);
	if (logging)
		s->ops.vlog = count_id_get;
	ck_assert_int_eq(sim_start_mediator(s, &config, &m), FFA_OK);
	return m;
}

/*
 * With call logging on, every call is logged, also once the version is
 * frozen: the call path's quiet shortcut must not skip it.
 */
START_TEST(test_calls_logged_after_freeze)
{
	struct sim_platform s;
	struct ffa_mediator *m = lane_mediator(&s, true);
	struct ffa_regs r;
	struct ffa_vm *vm;
	int32_t status;

	vm = ffa_vm_create(m, 3, true, 1, &status);
	ck_assert_ptr_nonnull(vm);
	id_get_lines = 0;
	for (int i = 0; i < 3; i++) {
		r = simple_call(FFA_ID_GET_32);
		ck_assert(ffa_handle_call(m, vm, 0, &r));
		assert_success(&r);
	}
	ck_assert_int_eq(id_get_lines, 3);
	ffa_vm_destroy(m, vm);
	sim_fini(&s);
}
END_TEST

static struct ffa_regs features_call(uint32_t feature)
{
	return (struct ffa_regs){ .x = { FFA_FEATURES_32, feature } };
}

/* A VM at 1.minor, its version frozen by a call that succeeded. */
static struct ffa_vm *lane_vm(struct ffa_mediator *m, bool aarch64, uint32_t minor)
{
	struct ffa_regs r = version_call(1, minor);
	int32_t status;
	struct ffa_vm *vm = ffa_vm_create(m, 3, aarch64, 1, &status);

	ck_assert_ptr_nonnull(vm);
	ck_assert(ffa_handle_call(m, vm, 0, &r));
	r = simple_call(FFA_ID_GET_32);
	ck_assert(ffa_handle_call(m, vm, 0, &r));
	assert_success(&r);
	return vm;
}

/* What the platform's vlog op was given: the level, and the line its own printf made of it. */
static struct {
	unsigned int calls;
	enum ffa_log_level level;
	char line[128];
} logged;

static void capture_vlog(void *ctx, enum ffa_log_level level, const char *fmt, va_list ap)
{
	ck_assert_ptr_eq(ctx, &sim);
	logged.calls++;
	logged.level = level;
	vsnprintf(logged.line, sizeof(logged.line), fmt, ap);
}

/*
 * ffa_log() hands the platform op the level, the format and every argument
 * (of each conversion platform.h allows), and asks nothing for a level the
 * configuration leaves out (the fixture's is WARN) or without a vlog op.
 */
START_TEST(test_log_forwards_to_platform)
{
	sim.ops.vlog = capture_vlog;
	logged.calls = 0;
	ffa_log(med, FFA_LOG_WARN, "VM 0x%x: %d %u 0x%llx 0x%x %s.", 0x8001u, -5, 4000000000u,
		0x8000000000000001ULL, 0u, "x");
	ck_assert_uint_eq(logged.calls, 1);
	ck_assert_int_eq(logged.level, FFA_LOG_WARN);
	ck_assert_str_eq(logged.line, "VM 0x8001: -5 4000000000 0x8000000000000001 0x0 x.");
	ffa_log(med, FFA_LOG_ERROR, "SPMC: %s", "down");
	ck_assert_uint_eq(logged.calls, 2);
	ck_assert_int_eq(logged.level, FFA_LOG_ERROR);
	ck_assert_str_eq(logged.line, "SPMC: down");
	ffa_log(med, FFA_LOG_INFO, "VM 0x%x created", 4u);
	ffa_log(med, FFA_LOG_VERBOSE, "VM 0x%x vCPU %u", 4u, 0u);
	ck_assert_uint_eq(logged.calls, 2);
	sim.ops.vlog = NULL;
	ffa_log(med, FFA_LOG_ERROR, "SPMC: %s", "down");
	ck_assert_uint_eq(logged.calls, 2);
}
END_TEST

/* A quiet VM and a logged one, alike but for that. */
struct lane_pair {
	struct ffa_mediator *qm, *lm;
	struct ffa_vm *quiet, *logged;
};

/* The same call to both VMs: the same reply in every register; did it succeed? */
static bool same_answer(const struct lane_pair *p, struct ffa_regs in)
{
	struct ffa_regs a = in, b = in;

	for (int i = 2; i < FFA_REG_COUNT; i++) {
		if (a.x[i] == 0 && i >= FFA_MSG_REG_COUNT)
			a.x[i] = b.x[i] = 0xca11e40000000000ULL | (uint64_t)i;
	}
	ck_assert(ffa_handle_call(p->qm, p->quiet, 0, &a));
	ck_assert(ffa_handle_call(p->lm, p->logged, 0, &b));
	for (int i = 0; i < FFA_REG_COUNT; i++)
		ck_assert_msg(a.x[i] == b.x[i], "fid %#x w1 %#x: x%d %#llx (lane) vs %#llx",
			      (unsigned int)in.x[0], (unsigned int)in.x[1], i,
			      (unsigned long long)a.x[i], (unsigned long long)b.x[i]);
	return a.x[0] != FFA_ERROR_32 && (a.x[0] & 0x80000000U) != 0;
}

/*
 * The fast lane (ffa_leaf.h) answers a quiet VM's leaf calls; a VM of a
 * mediator that logs calls goes through the full dispatch. Both give the
 * same reply, register for register, for every leaf call: the successes,
 * and every refusal, which the lane leaves to the full dispatch (also a
 * NOTIFICATION_GET of the partitions' bitmaps, which needs the SPMC).
 */
START_TEST(test_lane_answers_as_full_dispatch)
{
	static const uint32_t asked[] = { 0x10000, 0x10001, 0x10002, 0x10003, 0x1ffff,
					  0x20000, 0x0, 0x00010002 | 0x80000000U };
	struct sim_platform qs, ls;
	struct lane_pair p = { .qm = lane_mediator(&qs, false), .lm = lane_mediator(&ls, true) };
	unsigned int successes = 0;
	struct ffa_regs features_mbz;

	for (uint32_t minor = 0; minor <= 2; minor++) {
		for (int aarch64 = 0; aarch64 <= 1; aarch64++) {
			p.quiet = lane_vm(p.qm, aarch64, minor);
			p.logged = lane_vm(p.lm, aarch64, minor);

			for (size_t i = 0; i < sizeof(asked) / sizeof(asked[0]); i++) {
				const struct ffa_regs r = { .x = { FFA_VERSION_32, asked[i] } };

				successes += same_answer(&p, r);
			}
			for (uint32_t mbz = 0; mbz <= 1; mbz++) {
				const struct ffa_regs id = { .x = { FFA_ID_GET_32, mbz } };
				const struct ffa_regs spm = { .x = { FFA_SPM_ID_GET_32, 0, mbz } };

				successes += same_answer(&p, id);
				successes += same_answer(&p, spm);
			}
			for (uint32_t n = 0x60; n < 0x100; n++) {
				const uint32_t smc32 = FFA_FUNCTION_ID_SMC32_BASE | n;
				const uint32_t smc64 = FFA_FUNCTION_ID_SMC64_BASE | n;

				successes += same_answer(&p, features_call(smc32));
				successes += same_answer(&p, features_call(smc64));
			}
			for (uint32_t f = 0; f < 4; f++) {
				successes += same_answer(&p, features_call(f));
				successes += same_answer(&p, features_call(f | 0x100));
			}
			/* Each bitmap choice (and an MBZ bit), receiver and vCPU. */
			for (uint32_t flags = 0; flags <= 0x10; flags++) {
				for (uint32_t i = 0; i < 4; i++) {
					/* Receiver 3 (the caller) or 4, vCPU 0 or 1. */
					const uint32_t w1 = (i & 1 ? 4 : 3) | (i & 2) << 15;
					struct ffa_regs get = simple_call(FFA_NOTIFICATION_GET_32);

					get.x[1] = w1;
					get.x[2] = flags;
					successes += same_answer(&p, get);
				}
			}
			/* w2 is MBZ: INVALID_PARAMETERS. */
			features_mbz = features_call(FFA_ID_GET_32);
			features_mbz.x[2] = 1;
			successes += same_answer(&p, features_mbz);
			ffa_vm_destroy(p.qm, p.quiet);
			ffa_vm_destroy(p.lm, p.logged);
		}
	}
	/* Both kinds were met: the lane answered, and it left calls to the dispatch. */
	ck_assert_uint_gt(successes, 100);
	sim_fini(&qs);
	sim_fini(&ls);
}
END_TEST

START_TEST(test_not_ffa_is_not_handled)
{
	struct ffa_regs r = { .x = { 0x84000000U, 1, 2 } };

	ck_assert(!ffa_handle_call(med, vm64, 0, &r));
	ck_assert_uint_eq(r.x[0], 0x84000000U);
	ck_assert_uint_eq(r.x[1], 1);
}
END_TEST

/* ------------------------------------------------------------ features */

START_TEST(test_features_rxtx_map)
{
	struct ffa_regs out = { { 0 } };

	negotiate(vm64, 2);
	out = call(vm64, features_call(FFA_RXTX_MAP_64));
	ck_assert_uint_eq(out.x[0], FFA_SUCCESS_32);
	ck_assert_uint_eq(ffa_features_rxtx_map_get_min_buffer_size((uint32_t)out.x[2]),
			  FFA_RXTX_GRANULE_GRANULE_4K);
	ck_assert_uint_eq(ffa_features_rxtx_map_get_max_page_count((uint32_t)out.x[2]),
			  FFA_RXTX_MAP_MAX_PAGES);
	/* Before 1.2 the maximum is not reported. */
	negotiate(vm32, 1);
	out = call(vm32, features_call(FFA_RXTX_MAP_32));
	ck_assert_uint_eq(out.x[0], FFA_SUCCESS_32);
	ck_assert_uint_eq(out.x[2], 0);
	/* SMC64 ids from an AArch32 VM do not exist. */
	out = call(vm32, features_call(FFA_RXTX_MAP_64));
	assert_error(&out, FFA_NOT_SUPPORTED);
}
END_TEST

START_TEST(test_features_by_version_and_caller)
{
	negotiate(vm64, 1);
	refused(vm64, features_call(FFA_PARTITION_INFO_GET_REGS_64), FFA_NOT_SUPPORTED);
	refused(vm64, features_call(FFA_NOTIFICATION_BITMAP_CREATE_32), FFA_NOT_SUPPORTED);
	refused(vm64, features_call(FFA_MSG_WAIT_32), FFA_NOT_SUPPORTED);
	assert_success((struct ffa_regs[]){ call(vm64, features_call(FFA_NOTIFICATION_GET_32)) });
	refused(vm64, features_call(0x840000A0U), FFA_NOT_SUPPORTED);
	/* Feature ids: the notification interrupts; bits [30:8] set is never one. */
	ck_assert_uint_eq(call(vm64, features_call(1)).x[2], FFA_NPI_INTID_DEFAULT);
	ck_assert_uint_eq(call(vm64, features_call(2)).x[2], FFA_SRI_INTID_DEFAULT);
	refused(vm64, features_call(3), FFA_NOT_SUPPORTED);
	refused(vm64, features_call(0x102), FFA_NOT_SUPPORTED);
	assert_success((struct ffa_regs[]){ call(vm64, features_call(FFA_SPM_ID_GET_32)) });
	/* That succeeded, so the version is frozen at 1.1. */
	refused(vm64, features_call(FFA_PARTITION_INFO_GET_REGS_64), FFA_NOT_SUPPORTED);
	negotiate(vm32, 2);
	/* An AArch32 VM has no SMC64 ids, even at 1.2. */
	refused(vm32, features_call(FFA_PARTITION_INFO_GET_REGS_64), FFA_NOT_SUPPORTED);
}
END_TEST

START_TEST(test_features_version_1_0)
{
	/* A VM that never negotiated is served at 1.0. */
	refused(vm64, features_call(FFA_SPM_ID_GET_32), FFA_NOT_SUPPORTED);
	assert_success((struct ffa_regs[]){ call(vm64, features_call(FFA_ID_GET_32)) });
}
END_TEST

/*
 * The status reporting ids the mediator answers with are interfaces it
 * implements (DEN0077A v1.2 §13.3), though a VM never calls them: the ACS
 * (test/v1.0/setup_discovery/ffa_features) counts FFA_ERROR_32 and
 * FFA_INTERRUPT_32 mandatory and wants one FFA_SUCCESS, with w2..w7 zero;
 * Hafnium (ffa_features_function) and Xen (handle_features) answer
 * SUCCESS. FFA_SUCCESS_64 is an SMC64 id: not for an AArch32 VM.
 */
START_TEST(test_features_status_reporting_ids)
{
	static const uint32_t ids[] = { FFA_ERROR_32, FFA_SUCCESS_32, FFA_INTERRUPT_32 };

	for (uint32_t minor = 0; minor <= 2; minor++) {
		for (int aarch64 = 0; aarch64 <= 1; aarch64++) {
			struct ffa_vm *vm = lane_vm(med, aarch64, minor);
			struct ffa_regs out;

			for (size_t i = 0; i < sizeof(ids) / sizeof(ids[0]); i++) {
				out = call(vm, features_call(ids[i]));
				ck_assert_uint_eq(out.x[0], FFA_SUCCESS_32);
				for (int r = 1; r < FFA_REG_COUNT; r++)
					ck_assert_uint_eq(out.x[r], 0);
			}
			if (aarch64) {
				out = call(vm, features_call(FFA_SUCCESS_64));
				assert_success(&out);
			} else {
				refused(vm, features_call(FFA_SUCCESS_64), FFA_NOT_SUPPORTED);
			}
			/* Still nothing a VM may call: each is refused as a call. */
			refused(vm, simple_call(FFA_SUCCESS_32), FFA_NOT_SUPPORTED);
			refused(vm, simple_call(FFA_INTERRUPT_32), FFA_NOT_SUPPORTED);
			ffa_vm_destroy(med, vm);
		}
	}
}
END_TEST

/* ------------------------------------------------------------------ ids */

START_TEST(test_id_get)
{
	struct ffa_regs out = call(vm32, simple_call(FFA_ID_GET_32));

	ck_assert_uint_eq(out.x[0], FFA_SUCCESS_32);
	ck_assert_uint_eq(out.x[2], 2);
	refused(vm64, simple_call(FFA_SPM_ID_GET_32), FFA_NOT_SUPPORTED);
	negotiate(vm64, 1);
	out = call(vm64, simple_call(FFA_SPM_ID_GET_32));
	ck_assert_uint_eq(out.x[2], 0x8000);
}
END_TEST

/* ---------------------------------------------------------------- rxtx */

START_TEST(test_rxtx_map_registers_with_spmc)
{
	const struct spmc_buffers *b;
	uint64_t pa;

	negotiate(vm64, 2);
	map_buffers(vm64, 1);
	ck_assert_uint_eq(sim_live_mappings(&sim, 1), 2);
	ck_assert(vm64->rxtx.spmc_registered);
	b = spmc_buffers_of(&sim.spmc, 1);
	ck_assert_ptr_nonnull(b);
	ck_assert(b->mapped);
	ck_assert_int_eq(sim.ops.ipa_to_pa(&sim, 1, RX_IPA, &pa), FFA_OK);
	/* The SPMC got physical addresses, not the guest's IPAs. */
	ck_assert_uint_ne(pa, RX_IPA);
	ck_assert_uint_eq(b->rx_pa, pa);
	ck_assert_uint_eq(b->pages, 1);
	/* Mapping again is DENIED and changes nothing. */
	refused(vm64, rxtx_map_call(true, TX_IPA + 0x8000, RX_IPA + 0x8000, 1), FFA_DENIED);
}
END_TEST

/*
 * With an SPMC that takes 4-page buffers, each buffer goes to it as the
 * physical runs of its pages: 4 contiguous pages as one constituent; one
 * page of a VM whose memory is in reverse physical order (which only
 * maps one-page buffers) as its own physical page.
 */
START_TEST(test_rxtx_map_runs_at_spmc)
{
	struct sim_platform s;
	struct spmc_config c;
	struct ffa_config config = { .hyp_buffer_pages = 1, .log_level = FFA_LOG_ERROR };
	struct ffa_mediator *m;

	sim_default_spmc(&c, &s);
	c.rxtx_max_pages = 4;
	ck_assert_int_eq(sim_init(&s, &c), 0);
	ck_assert_int_eq(sim_start_mediator(&s, &config, &m), FFA_OK);
	for (uint16_t id = 1; id <= 2; id++) {
		const uint32_t pages = id == 1 ? 4 : 1;
		const struct spmc_buffers *b;
		struct ffa_regs r = version_call(1, 2);
		struct ffa_vm *vm;
		int32_t status;
		uint64_t pa;

		ck_assert_int_eq(sim_add_vm(&s, id, IPA_BASE, (uint64_t)MEM_PAGES * FFA_PAGE_SIZE),
				 0);
		if (id == 2)
			sim_reverse_vm(&s, id);
		vm = ffa_vm_create(m, id, true, 1, &status);
		ck_assert_ptr_nonnull(vm);
		ck_assert(ffa_handle_call(m, vm, 0, &r));
		r = rxtx_map_call(true, TX_IPA, RX_IPA, pages);
		ck_assert(ffa_handle_call(m, vm, 0, &r));
		assert_success(&r);
		ck_assert(vm->rxtx.spmc_registered);
		b = spmc_buffers_of(&s.spmc, id);
		ck_assert_ptr_nonnull(b);
		ck_assert_uint_eq(b->pages, pages);
		ck_assert_uint_eq(b->rx_count, 1);
		ck_assert_uint_eq(b->tx_count, 1);
		ck_assert_uint_eq(b->rx[0].pages, pages);
		ck_assert_uint_eq(b->tx[0].pages, pages);
		ck_assert_int_eq(s.ops.ipa_to_pa(&s, id, RX_IPA, &pa), FFA_OK);
		ck_assert_uint_eq(b->rx[0].pa, pa);
		ck_assert_int_eq(s.ops.ipa_to_pa(&s, id, TX_IPA, &pa), FFA_OK);
		ck_assert_uint_eq(b->tx[0].pa, pa);
		ffa_vm_destroy(m, vm);
	}
	sim_fini(&s);
}
END_TEST

START_TEST(test_rxtx_map_larger_than_spmc_takes)
{
	/* The SPMC (like Hafnium) takes one page: two are mapped here only. */
	negotiate(vm64, 2);
	map_buffers(vm64, 2);
	ck_assert_uint_eq(sim_live_mappings(&sim, 1), 2);
	ck_assert(!vm64->rxtx.spmc_registered);
	ck_assert(spmc_buffers_of(&sim.spmc, 1) == NULL || !spmc_buffers_of(&sim.spmc, 1)->mapped);
	assert_success((struct ffa_regs[]){ call(vm64, pinfo_call(NULL, false)) });
	assert_success((struct ffa_regs[]){ call(vm64, simple_call(FFA_RX_RELEASE_32)) });
}
END_TEST

START_TEST(test_rxtx_map_refusals)
{
	negotiate(vm64, 2);
	refused(vm64, rxtx_map_call(true, TX_IPA, RX_IPA, 0), FFA_INVALID_PARAMETERS);
	refused(vm64, rxtx_map_call(true, TX_IPA + 8, RX_IPA, 1), FFA_INVALID_PARAMETERS);
	refused(vm64, rxtx_map_call(true, TX_IPA, RX_IPA + 0x800, 1), FFA_INVALID_PARAMETERS);
	/* Overlapping buffers. */
	refused(vm64, rxtx_map_call(true, TX_IPA, TX_IPA + FFA_PAGE_SIZE, 2),
		FFA_INVALID_PARAMETERS);
	/* Not the VM's memory, at either end, or wrapping around. */
	refused_undone(vm64,
		       rxtx_map_call(true, TX_IPA,
				     IPA_BASE + MEM_PAGES * FFA_PAGE_SIZE - FFA_PAGE_SIZE, 2),
		       FFA_INVALID_PARAMETERS);
	refused(vm64, rxtx_map_call(true, 0x1000, RX_IPA, 1), FFA_INVALID_PARAMETERS);
	refused(vm64, rxtx_map_call(true, UINT64_MAX - 0xfff, RX_IPA, 1), FFA_INVALID_PARAMETERS);
	/* Above FFA_RXTX_MAP_MAX_PAGES: w3 bits past [5:0] are ignored, so 64 reads as 0. */
	refused(vm64, rxtx_map_call(true, TX_IPA, RX_IPA, 64), FFA_INVALID_PARAMETERS);
}
END_TEST

START_TEST(test_rxtx_map_platform_failure_leaves_nothing)
{
	/* The second map (RX) fails: the TX mapping must be undone. */
	negotiate(vm64, 2);
	sim.fail_next_map = 1;
	refused(vm64, rxtx_map_call(true, TX_IPA, RX_IPA, 1), FFA_NO_MEMORY);
	/* Now the RX map fails after the TX map succeeded. */
	sim.fail_next_map = 0;
	refused_undone(vm64, rxtx_map_call(true, TX_IPA, IPA_BASE + MEM_PAGES * FFA_PAGE_SIZE, 1),
		       FFA_INVALID_PARAMETERS);
	ck_assert_uint_eq(sim_live_mappings(&sim, 1), 0);
}
END_TEST

START_TEST(test_rxtx_map_spmc_refusal_leaves_nothing)
{
	struct ffa_regs out = { { 0 } };

	/* VM 1's buffers registered behind the mediator's back: the SPMC says DENIED. */
	negotiate(vm64, 2);
	map_buffers(vm64, 1);
	vm64->rxtx.spmc_registered = false; /* forget them here only */
	out = call(vm64, simple_call(FFA_RXTX_UNMAP_32));
	assert_success(&out);
	ck_assert(spmc_buffers_of(&sim.spmc, 1) != NULL && spmc_buffers_of(&sim.spmc, 1)->mapped);
	out = call(vm64, rxtx_map_call(true, TX_IPA, RX_IPA, 1));
	assert_error(&out, FFA_DENIED);
	ck_assert(!vm64->rxtx.mapped);
	ck_assert_uint_eq(sim_live_mappings(&sim, 1), 0);
}
END_TEST

START_TEST(test_rxtx_map_largest_and_large_pages)
{
	/* A VM with 64K pages maps 16 4K pages at a 64K-aligned IPA. */
	negotiate(vm64, 2);
	assert_success((struct ffa_regs[]){
		call(vm64, rxtx_map_call(true, IPA_BASE + 0x10000, IPA_BASE + 0x20000, 16)) });
	ck_assert_uint_eq(vm64->rxtx.pages, 16);
	assert_success((struct ffa_regs[]){ call(vm64, simple_call(FFA_RXTX_UNMAP_32)) });
	assert_success((struct ffa_regs[]){ call(
		vm64, rxtx_map_call(true, IPA_BASE, IPA_BASE + 0x40000, FFA_RXTX_MAP_MAX_PAGES)) });
	ck_assert_uint_eq(vm64->rxtx.pages, FFA_RXTX_MAP_MAX_PAGES);
}
END_TEST

START_TEST(test_rxtx_map_smc32_from_aarch32)
{
	struct ffa_regs in = rxtx_map_call(false, TX_IPA, RX_IPA, 1);

	/* Upper halves of SMC32 arguments are ignored. */
	in.x[1] |= UINT64_C(0xdead000000000000);
	assert_success((struct ffa_regs[]){ call(vm32, in) });
	ck_assert_uint_eq(vm32->rxtx.tx_ipa, TX_IPA);
	refused(vm32, rxtx_map_call(true, TX_IPA, RX_IPA, 1), FFA_NOT_SUPPORTED);
}
END_TEST

START_TEST(test_rxtx_map_version_1_0_not_registered)
{
	/* With a 1.0 VM the SPMC (1.2) still keeps the buffers: registration is about the SPMC. */
	map_buffers(vm64, 1);
	ck_assert(vm64->rxtx.spmc_registered);
}
END_TEST

START_TEST(test_rxtx_unmap)
{
	refused(vm64, simple_call(FFA_RXTX_UNMAP_32), FFA_INVALID_PARAMETERS);
	map_buffers(vm64, 1);
	refused(vm64, (struct ffa_regs){ .x = { FFA_RXTX_UNMAP_32, 1u << 16 } },
		FFA_INVALID_PARAMETERS);
	assert_success((struct ffa_regs[]){ call(vm64, simple_call(FFA_RXTX_UNMAP_32)) });
	ck_assert_uint_eq(sim_live_mappings(&sim, 1), 0);
	ck_assert(spmc_buffers_of(&sim.spmc, 1) == NULL || !spmc_buffers_of(&sim.spmc, 1)->mapped);
	/* And they can be mapped again. */
	map_buffers(vm64, 1);
}
END_TEST

START_TEST(test_rx_release)
{
	negotiate(vm64, 2);
	refused(vm64, simple_call(FFA_RX_RELEASE_32), FFA_DENIED);
	map_buffers(vm64, 1);
	refused(vm64, simple_call(FFA_RX_RELEASE_32), FFA_DENIED);
	refused(vm64, (struct ffa_regs){ .x = { FFA_RX_RELEASE_32, 1 } }, FFA_INVALID_PARAMETERS);
}
END_TEST

START_TEST(test_vm_destroy_unmaps_and_unregisters)
{
	map_buffers(vm64, 1);
	ffa_vm_destroy(med, vm64);
	ck_assert_uint_eq(sim_live_mappings(&sim, 1), 0);
	ck_assert(spmc_buffers_of(&sim.spmc, 1) == NULL || !spmc_buffers_of(&sim.spmc, 1)->mapped);
}
END_TEST

START_TEST(test_vm_create_refusals)
{
	int32_t status;

	ck_assert_ptr_null(ffa_vm_create(med, 0, true, 1, &status));
	ck_assert_int_eq(status, FFA_INVALID_PARAMETERS);
	ck_assert_ptr_null(ffa_vm_create(med, 0x8001, true, 1, &status));
	ck_assert_ptr_null(ffa_vm_create(med, 1, true, 1, &status));
	ck_assert_int_eq(status, FFA_INVALID_PARAMETERS);
	ck_assert_ptr_null(ffa_vm_create(med, 5, true, 0, &status));
	for (uint16_t id = 10; id < 10 + FFA_DEFAULT_VMS - 2; id++)
		ck_assert_ptr_nonnull(ffa_vm_create(med, id, true, 1, &status));
	ck_assert_ptr_null(ffa_vm_create(med, 100, true, 1, &status));
	ck_assert_int_eq(status, FFA_NO_MEMORY);
}
END_TEST

/*
 * The SPMC refuses a VM's notification bitmaps (here its table is full,
 * NO_MEMORY as Hafnium's nwd_vms): the VM is not created, as in Xen, and
 * nothing of it is left: the partition told it exists is told it is gone,
 * and its id is free once the SPMC has room.
 */
START_TEST(test_vm_create_fails_without_bitmaps)
{
	const struct spmc_partition_state *optee = spmc_partition_state_of(&sim.spmc, 0x8002);
	int32_t status = FFA_OK;

	for (unsigned int i = 0; i < SPMC_NOTIFY_VMS; i++) {
		if (!sim.spmc.notify.vms[i].used)
			sim.spmc.notify.vms[i] = (struct spmc_notify_vm){ .used = true,
									  .id = 0x7000 + i,
									  .vcpu_count = 1 };
	}
	ck_assert_ptr_null(ffa_vm_create(med, 5, true, 1, &status));
	ck_assert_int_eq(status, FFA_NO_MEMORY);
	ck_assert(!spmc_vm_known(&sim.spmc, 0x8002, 5));
	ck_assert_uint_eq(optee->last_vm_msg.type, FFA_FRAMEWORK_MSG_VM_DESTROYED_REQ);
	ck_assert_uint_eq(optee->last_vm_msg.vm, 5);
	/* Room again: the id was never kept. */
	sim.spmc.notify.vms[SPMC_NOTIFY_VMS - 1].used = false;
	ck_assert_ptr_nonnull(ffa_vm_create(med, 5, true, 1, &status));
	ck_assert(spmc_vm_known(&sim.spmc, 0x8002, 5));
}
END_TEST

/* ----------------------------------------------------- partition info */

START_TEST(test_partition_info_v1_0)
{
	struct ffa_partition_info_v1_0 d;
	const uint8_t *rx;
	struct ffa_regs out = { { 0 } };

	map_buffers(vm64, 1);
	out = call(vm64, pinfo_call(NULL, false));
	assert_success(&out);
	ck_assert_uint_eq(out.x[2], 4);   /* three partitions, one with two UUIDs */
	ck_assert_uint_eq(out.x[3], 0);   /* no size in 1.0 */
	rx = sim_guest_ptr(&sim, 1, RX_IPA, FFA_PAGE_SIZE);
	ck_assert(ffa_partition_info_v1_0_read(rx, FFA_PAGE_SIZE, 0, &d));
	ck_assert_uint_eq(d.partition_id, 0x8001);
	/* Only the properties 1.0 defines. */
	ck_assert_uint_eq(d.properties & ~ffa_partition_properties_fields_at(FFA_VERSION_1_0), 0);
	ck_assert(ffa_partition_info_v1_0_read(rx, FFA_PAGE_SIZE, 8, &d));
	ck_assert_uint_eq(d.partition_id, 0x8002);
	/* The VM owns its RX buffer now. */
	refused(vm64, pinfo_call(NULL, false), FFA_BUSY);
	assert_success((struct ffa_regs[]){ call(vm64, simple_call(FFA_RX_RELEASE_32)) });
	assert_success((struct ffa_regs[]){ call(vm64, pinfo_call(NULL, false)) });
}
END_TEST

START_TEST(test_partition_info_v1_1_and_filters)
{
	struct ffa_partition_info_v1_1 d;
	const uint8_t *rx;
	struct ffa_regs out = { { 0 } };

	negotiate(vm64, 1);
	map_buffers(vm64, 1);
	/* Count only: nothing written, RX stays free. */
	out = call(vm64, pinfo_call(NULL, true));
	assert_success(&out);
	ck_assert_uint_eq(out.x[2], 4);
	ck_assert_int_eq(vm64->rxtx.rx_state, FFA_RX_FREE);
	out = call(vm64, pinfo_call(optee_uuid, false));
	assert_success(&out);
	ck_assert_uint_eq(out.x[2], 1);
	ck_assert_uint_eq(out.x[3], 24);
	rx = sim_guest_ptr(&sim, 1, RX_IPA, FFA_PAGE_SIZE);
	ck_assert(ffa_partition_info_v1_1_read(rx, FFA_PAGE_SIZE, 0, &d));
	ck_assert_uint_eq(d.partition_id, 0x8002);
	/* A specific UUID was asked: the UUID field is MBZ. */
	for (int i = 0; i < 16; i++)
		ck_assert_uint_eq(d.uuid.b[i], 0);
	assert_success((struct ffa_regs[]){ call(vm64, simple_call(FFA_RX_RELEASE_32)) });
	out = call(vm64, pinfo_call(NULL, false));
	ck_assert(ffa_partition_info_v1_1_read(rx, FFA_PAGE_SIZE, 24, &d));
	ck_assert_uint_eq(d.partition_id, 0x8002);
	ck_assert_mem_eq(d.uuid.b, optee_uuid, 16);
	assert_success((struct ffa_regs[]){ call(vm64, simple_call(FFA_RX_RELEASE_32)) });
	/* Unknown UUID. */
	refused(vm64, pinfo_call((const uint8_t[16]){ 1 }, false), FFA_INVALID_PARAMETERS);
	/* w5[31:1] is MBZ (Hafnium, Xen, the arm-ffa crate): refused, RX untouched. */
	out = pinfo_call(NULL, false);
	out.x[5] = 2;
	refused(vm64, out, FFA_INVALID_PARAMETERS);
}
END_TEST

START_TEST(test_partition_info_needs_rx)
{
	refused(vm64, pinfo_call(NULL, false), FFA_BUSY);
}
END_TEST

START_TEST(test_partition_info_rx_held_by_spmc)
{
	struct spmc_buffers *b;

	negotiate(vm64, 2);
	map_buffers(vm64, 1);
	/* The SPMC wrote a message into the VM's RX buffer. */
	b = (struct spmc_buffers *)spmc_buffers_of(&sim.spmc, 1);
	b->rx_state = SPMC_RX_FULL;
	refused(vm64, pinfo_call(NULL, false), FFA_BUSY);
	b->rx_state = SPMC_RX_FREE;
	assert_success((struct ffa_regs[]){ call(vm64, pinfo_call(NULL, false)) });
	ck_assert_int_eq(spmc_buffers_of(&sim.spmc, 1)->rx_state, SPMC_RX_ACQUIRED);
	assert_success((struct ffa_regs[]){ call(vm64, simple_call(FFA_RX_RELEASE_32)) });
	ck_assert_int_eq(spmc_buffers_of(&sim.spmc, 1)->rx_state, SPMC_RX_FREE);
}
END_TEST

START_TEST(test_partition_info_versions_side_by_side)
{
	int32_t status;
	struct ffa_vm *vm3 = ffa_vm_create(med, 3, true, 1, &status);
	struct ffa_vm *vms[3] = { vm64, vm32, vm3 };

	for (uint32_t minor = 0; minor < 3; minor++) {
		struct ffa_regs out = { { 0 } };

		negotiate(vms[minor], minor);
		map_buffers(vms[minor], 1);
		out = call(vms[minor], pinfo_call(NULL, false));
		assert_success(&out);
		ck_assert_uint_eq(out.x[3], minor == 0 ? 0 : 24);
	}
}
END_TEST

static struct ffa_regs regs_call(const uint8_t *uuid, uint16_t start, uint16_t tag)
{
	struct ffa_partition_info_get_regs_args a = { .smc64 = true,
						      .start_index = start,
						      .tag = tag };
	struct ffa_regs r = { { 0 } };

	if (uuid != NULL)
		memcpy(a.uuid.b, uuid, 16);
	ffa_encode_partition_info_get_regs(&a, FFA_VERSION_1_2, &r);
	return r;
}

START_TEST(test_partition_info_get_regs)
{
	struct ffa_partition_info_get_regs_result res;
	struct ffa_regs out = { { 0 } };

	negotiate(vm64, 2);
	out = call(vm64, regs_call(NULL, 0, 0));
	ck_assert_uint_eq(out.x[0], FFA_SUCCESS_64);
	ck_assert_int_eq(ffa_decode_partition_info_get_regs_result(&out, FFA_VERSION_1_2, &res),
			 FFA_OK);
	/* Four partition entries, then the caller itself (DEN0077A v1.2 §13.8). */
	ck_assert_uint_eq(res.last_index, 4);
	ck_assert_uint_eq(res.current_index, 4);
	ck_assert_uint_eq(res.desc_size, 24);
	ck_assert_uint_ne(res.tag, 0);
	ck_assert_uint_eq(ffa_partition_info_regs_info_get_partition_id(res.desc[1].info), 0x8002);
	ck_assert_uint_eq(res.desc[1].uuid_lo, ffa_le_get(optee_uuid, 8));
	ck_assert_uint_eq(ffa_partition_info_regs_info_get_partition_id(res.desc[4].info), 1);
	ck_assert(res.desc[4].uuid_lo == 0 && res.desc[4].uuid_hi == 0);
	/* From index 2, with the tag. */
	out = call(vm64, regs_call(NULL, 2, res.tag));
	ck_assert_int_eq(ffa_decode_partition_info_get_regs_result(&out, FFA_VERSION_1_2, &res),
			 FFA_OK);
	ck_assert_uint_eq(res.current_index, 4);
	ck_assert_uint_eq(ffa_partition_info_regs_info_get_partition_id(res.desc[0].info), 0x8003);
	/* By UUID. */
	out = call(vm64, regs_call(optee_uuid, 0, 0));
	ck_assert_int_eq(ffa_decode_partition_info_get_regs_result(&out, FFA_VERSION_1_2, &res),
			 FFA_OK);
	ck_assert_uint_eq(res.last_index, 0);
	refused(vm64, regs_call(NULL, 5, 0), FFA_INVALID_PARAMETERS);
	refused(vm64, regs_call(NULL, 2, (uint16_t)(res.tag + 1)), FFA_RETRY);
	/* At start index 0 the tag is MBZ, even the current one (DEN0077A v1.2 §13.9). */
	refused(vm64, regs_call(NULL, 0, res.tag), FFA_INVALID_PARAMETERS);
	refused(vm64, regs_call(NULL, 0, (uint16_t)(res.tag + 1)), FFA_INVALID_PARAMETERS);
	refused(vm64, regs_call((const uint8_t[16]){ 7 }, 0, 0), FFA_INVALID_PARAMETERS);
	/* Not at 1.1. */
	negotiate(vm32, 1);
	refused(vm32, regs_call(NULL, 0, 0), FFA_NOT_SUPPORTED);
}
END_TEST

/* Descriptors i and after of a reply are all zero. */
static void assert_zero_from(const struct ffa_partition_info_get_regs_result *res, size_t i)
{
	for (; i < sizeof(res->desc) / sizeof(res->desc[0]); i++)
		ck_assert(res->desc[i].info == 0 && res->desc[i].uuid_lo == 0 &&
			  res->desc[i].uuid_hi == 0);
}

/*
 * DEN0077A v1.2 §13.9: the registers of a reply past its last descriptor
 * are zero (MBZ), and so is the UUID of each descriptor when a non-Nil UUID
 * was asked for (the descriptor of §6.2.3 Table 6.1). A window starting past
 * the partitions holds the VMs the caller may message: an AArch32 VM
 * sends direct requests, takes indirect messages and notifications (as
 * Xen and Hafnium describe a VM), its UUID is the Nil UUID.
 */
START_TEST(test_partition_info_get_regs_window)
{
	struct ffa_partition_info_get_regs_result res;
	struct ffa_regs out;

	sim.allow[1][2] = true;
	negotiate(vm64, 2);
	out = call(vm64, regs_call(NULL, 0, 0));
	ck_assert_int_eq(ffa_decode_partition_info_get_regs_result(&out, FFA_VERSION_1_2, &res),
			 FFA_OK);
	/* Four partition entries, the caller (VM 1) and VM 2. */
	ck_assert_uint_eq(res.last_index, 5);
	ck_assert_uint_eq(res.current_index, 4);
	out = call(vm64, regs_call(NULL, 5, res.tag));
	ck_assert_int_eq(ffa_decode_partition_info_get_regs_result(&out, FFA_VERSION_1_2, &res),
			 FFA_OK);
	ck_assert_uint_eq(res.last_index, 5);
	ck_assert_uint_eq(res.current_index, 5);
	ck_assert_uint_eq(ffa_partition_info_regs_info_get_partition_id(res.desc[0].info), 2);
	ck_assert_uint_eq(ffa_partition_info_regs_info_get_exec_ctx_count(res.desc[0].info), 1);
	ck_assert_uint_eq(ffa_partition_info_regs_info_get_properties(res.desc[0].info),
			  FFA_PARTITION_PROPERTIES_DIRECT_REQ_SEND_MASK |
				  FFA_PARTITION_PROPERTIES_INDIRECT_MSG_MASK |
				  FFA_PARTITION_PROPERTIES_NOTIFICATIONS_MASK);
	ck_assert(res.desc[0].uuid_lo == 0 && res.desc[0].uuid_hi == 0);
	assert_zero_from(&res, 1);
	/* By UUID: OP-TEE's entry alone, its UUID registers zero. */
	out = call(vm64, regs_call(optee_uuid, 0, 0));
	ck_assert_int_eq(ffa_decode_partition_info_get_regs_result(&out, FFA_VERSION_1_2, &res),
			 FFA_OK);
	ck_assert_uint_eq(res.last_index, 0);
	ck_assert_uint_eq(ffa_partition_info_regs_info_get_partition_id(res.desc[0].info), 0x8002);
	ck_assert(res.desc[0].uuid_lo == 0 && res.desc[0].uuid_hi == 0);
	assert_zero_from(&res, 1);
	/* By UUID from past its one entry: nothing to list. */
	refused(vm64, regs_call(optee_uuid, 1, 0), FFA_INVALID_PARAMETERS);
}
END_TEST

/* ------------------------------------------ statuses from the SPMC */

/*
 * The SPMC's reply to the next call with id `fid` is replaced by FFA_ERROR
 * with w2 = `w2`, as a broken or hostile secure world (or a fuzzer) might
 * answer; everything else goes to the simulated SPMC. With forge_instead,
 * the simulated SPMC never hears of that call (so it holds nothing the
 * mediator was told failed).
 */
static void (*real_smc)(void *ctx, struct ffa_regs *regs);
static uint32_t forge_fid;
static uint64_t forge_w2;
static bool forge_instead;

static void forging_smc(void *ctx, struct ffa_regs *regs)
{
	const uint32_t fid = (uint32_t)regs->x[0];

	if (fid != forge_fid || !forge_instead)
		real_smc(ctx, regs);
	if (fid == forge_fid) {
		*regs = (struct ffa_regs){ .x = { FFA_ERROR_32, 0, forge_w2 } };
		forge_fid = 0;
	}
}

static void forge(uint32_t fid, uint64_t w2)
{
	if (real_smc == NULL || sim.ops.smc != forging_smc) {
		real_smc = sim.ops.smc;
		sim.ops.smc = forging_smc;
	}
	forge_fid = fid;
	forge_w2 = w2;
	forge_instead = false;
}

/* What a VM is answered when the SPMC answers its RXTX_MAP with w2. */
static struct ffa_regs map_answered(struct ffa_vm *vm, uint64_t w2)
{
	struct ffa_regs out = { { 0 } };

	forge(FFA_RXTX_MAP_64, w2); /* how the mediator registers every VM's buffers */
	out = call(vm, rxtx_map_call(vm == vm64, TX_IPA, RX_IPA, 1));
	ck_assert_uint_eq(forge_fid, 0); /* the SPMC was asked */
	ck_assert(!vm->rxtx.mapped);
	ck_assert_uint_eq(sim_live_mappings(&sim, vm->id), 0);
	return out;
}

START_TEST(test_spmc_status_undefined_is_aborted)
{
	negotiate(vm64, 2);
	/* Statuses FF-A does not define, 32-bit and sign-extended. */
	assert_error((struct ffa_regs[]){ map_answered(vm64, (uint32_t)-11) }, FFA_ABORTED);
	assert_error((struct ffa_regs[]){ map_answered(vm64, UINT64_C(0xfffffffffffffff5)) },
		     FFA_ABORTED);
	assert_error((struct ffa_regs[]){ map_answered(vm64, 0x80038003) }, FFA_ABORTED);
	assert_error((struct ffa_regs[]){ map_answered(vm64, 0) }, FFA_ABORTED);
	assert_error((struct ffa_regs[]){ map_answered(vm64, 5) }, FFA_ABORTED);
}
END_TEST

START_TEST(test_spmc_status_sign_extended_is_accepted)
{
	/* TF-A sign-extends w2 to 64 bits: the status is its low half. */
	negotiate(vm64, 2);
	assert_error((struct ffa_regs[]){ map_answered(vm64, (uint64_t)(int64_t)FFA_BUSY) },
		     FFA_BUSY);
	assert_error((struct ffa_regs[]){ map_answered(vm64, (uint64_t)(int64_t)FFA_NOT_READY) },
		     FFA_NOT_READY);
	assert_error((struct ffa_regs[]){ map_answered(vm64, (uint32_t)FFA_DENIED) }, FFA_DENIED);
}
END_TEST

START_TEST(test_spmc_status_by_vm_version)
{
	/* NO_DATA (1.1) and NOT_READY (1.2) reach only VMs whose version has them. */
	const struct ffa_regs req = { .x = { FFA_MSG_SEND_DIRECT_REQ_32,
					     (uint64_t)2 << 16 | 0x8001 } };

	negotiate(vm32, 0);
	forge(FFA_MSG_SEND_DIRECT_REQ_32, (uint32_t)FFA_NO_DATA);
	assert_error((struct ffa_regs[]){ call(vm32, req) }, FFA_ABORTED);
	ck_assert_uint_eq(forge_fid, 0);
	negotiate(vm32, 1);
	forge(FFA_MSG_SEND_DIRECT_REQ_32, (uint32_t)FFA_NO_DATA);
	assert_error((struct ffa_regs[]){ call(vm32, req) }, FFA_NO_DATA);
	assert_error((struct ffa_regs[]){ map_answered(vm32, (uint32_t)FFA_NO_DATA) }, FFA_NO_DATA);
	assert_error((struct ffa_regs[]){ map_answered(vm32, (uint32_t)FFA_NOT_READY) },
		     FFA_ABORTED);
	negotiate(vm64, 2);
	assert_error((struct ffa_regs[]){ map_answered(vm64, (uint32_t)FFA_NOT_READY) },
		     FFA_NOT_READY);
}
END_TEST

START_TEST(test_spmc_status_other_calls)
{
	struct ffa_regs in = { { 0 } };

	/* RXTX_UNMAP and the notification calls: the same check. */
	negotiate(vm64, 2);
	map_buffers(vm64, 1);
	forge(FFA_RXTX_UNMAP_32, 0x80038003);
	assert_error((struct ffa_regs[]){ call(vm64, simple_call(FFA_RXTX_UNMAP_32)) },
		     FFA_ABORTED);
	ck_assert_uint_eq(forge_fid, 0);
	in = (struct ffa_regs){ .x = { FFA_NOTIFICATION_BIND_32, (uint64_t)0x8001 << 16 | 1, 0,
				       1 } };
	forge(FFA_NOTIFICATION_BIND_32, (uint32_t)-11);
	assert_error((struct ffa_regs[]){ call(vm64, in) }, FFA_ABORTED);
	ck_assert_uint_eq(forge_fid, 0);
	in = (struct ffa_regs){ .x = { FFA_NOTIFICATION_GET_32, 1, 1 } };
	forge(FFA_NOTIFICATION_GET_32, (uint64_t)(int64_t)FFA_NOT_READY);
	assert_error((struct ffa_regs[]){ call(vm64, in) }, FFA_NOT_READY);
	negotiate(vm32, 1);
	in = (struct ffa_regs){ .x = { FFA_NOTIFICATION_GET_32, 2, 1 } };
	forge(FFA_NOTIFICATION_GET_32, (uint64_t)(int64_t)FFA_NOT_READY);
	assert_error((struct ffa_regs[]){ call(vm32, in) }, FFA_ABORTED);
}
END_TEST

START_TEST(test_spmc_status_mem_share)
{
	const struct ffa_mem_constituent_v1_0 c = { .address = IPA_BASE + 0x40000,
						    .page_count = 2 };
	uint8_t *tx;
	uint32_t len;

	negotiate(vm64, 2);
	map_buffers(vm64, 1);
	tx = sim_guest_ptr(&sim, 1, TX_IPA, FFA_PAGE_SIZE);
	len = mem_desc_write(tx, 1, 0x8001, mem_desc_normal_wb(), mem_desc_rw(), &c, 1);
	/* The mediator sends a share on as FFA_MEM_SHARE_32 (lengths only). */
	forge(FFA_MEM_SHARE_32, 0x80038003);
	forge_instead = true;
	assert_error((struct ffa_regs[]){ call(
			     vm64, (struct ffa_regs){ .x = { FFA_MEM_SHARE_64, len, len } }) },
		     FFA_ABORTED);
	ck_assert_uint_eq(forge_fid, 0);
	ck_assert_uint_eq(sim_claimed_pages(&sim, 1), 0);
	ck_assert_uint_eq(vm64->share_count, 0);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("runtime");
	TCase *tc = tcase_create("handlers");

	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_version_each_minor);
	tcase_add_test(tc, test_version_refusals);
	tcase_add_test(tc, test_version_frozen_after_other_call);
	tcase_add_test(tc, test_calls_logged_after_freeze);
	tcase_add_test(tc, test_log_forwards_to_platform);
	tcase_add_test(tc, test_lane_answers_as_full_dispatch);
	tcase_add_test(tc, test_not_ffa_is_not_handled);
	tcase_add_test(tc, test_features_rxtx_map);
	tcase_add_test(tc, test_features_by_version_and_caller);
	tcase_add_test(tc, test_features_version_1_0);
	tcase_add_test(tc, test_features_status_reporting_ids);
	tcase_add_test(tc, test_id_get);
	tcase_add_test(tc, test_rxtx_map_registers_with_spmc);
	tcase_add_test(tc, test_rxtx_map_runs_at_spmc);
	tcase_add_test(tc, test_rxtx_map_larger_than_spmc_takes);
	tcase_add_test(tc, test_rxtx_map_refusals);
	tcase_add_test(tc, test_rxtx_map_platform_failure_leaves_nothing);
	tcase_add_test(tc, test_rxtx_map_spmc_refusal_leaves_nothing);
	tcase_add_test(tc, test_rxtx_map_largest_and_large_pages);
	tcase_add_test(tc, test_rxtx_map_smc32_from_aarch32);
	tcase_add_test(tc, test_rxtx_map_version_1_0_not_registered);
	tcase_add_test(tc, test_rxtx_unmap);
	tcase_add_test(tc, test_rx_release);
	tcase_add_test(tc, test_vm_destroy_unmaps_and_unregisters);
	tcase_add_test(tc, test_vm_create_refusals);
	tcase_add_test(tc, test_vm_create_fails_without_bitmaps);
	tcase_add_test(tc, test_partition_info_v1_0);
	tcase_add_test(tc, test_partition_info_v1_1_and_filters);
	tcase_add_test(tc, test_partition_info_needs_rx);
	tcase_add_test(tc, test_partition_info_rx_held_by_spmc);
	tcase_add_test(tc, test_partition_info_versions_side_by_side);
	tcase_add_test(tc, test_partition_info_get_regs);
	tcase_add_test(tc, test_partition_info_get_regs_window);
	tcase_add_test(tc, test_spmc_status_undefined_is_aborted);
	tcase_add_test(tc, test_spmc_status_sign_extended_is_accepted);
	tcase_add_test(tc, test_spmc_status_by_vm_version);
	tcase_add_test(tc, test_spmc_status_other_calls);
	tcase_add_test(tc, test_spmc_status_mem_share);
	suite_add_tcase(s, tc);
	return check_run(s);
}
