/* SPDX-License-Identifier: MIT */
/*
 * ffa_mediator_init() against SPMCs that do not answer at once: BUSY and
 * RETRY from the partition query are asked again (bounded); a start-up
 * that fails leaves the SPMC as it found it, so the hypervisor can call
 * ffa_mediator_init() again later. And the cap on the version used with
 * the SPMC.
 */
#include "check_run.h"
#include "test_util.h"

/* The SPMC's first `busy_left` answers to FFA_PARTITION_INFO_GET: this status. */
static unsigned int busy_left;
static int32_t busy_status;
static unsigned int pinfo_calls;
static void (*spmc_smc)(void *ctx, struct ffa_regs *regs);

static void busy_smc(void *ctx, struct ffa_regs *regs)
{
	if ((uint32_t)regs->x[0] == FFA_PARTITION_INFO_GET_32) {
		pinfo_calls++;
		if (busy_left > 0) {
			busy_left--;
			ffa_encode_error(&(struct ffa_error_args){ .error_code = busy_status },
					 FFA_VERSION_1_2, regs);
			return;
		}
	}
	spmc_smc(ctx, regs);
}

static struct ffa_config config;
static size_t med_size;

/* The standard simulated machine, the SPMC answering through busy_smc. */
static void boot_busy(void)
{
	struct spmc_config c;

	sim_default_spmc(&c, &sim);
	ck_assert_int_eq(sim_init(&sim, &c), 0);
	spmc_smc = sim.ops.smc;
	sim.ops.smc = busy_smc;
	pinfo_calls = 0;
	config = (struct ffa_config){ .hyp_buffer_pages = 1, .log_level = FFA_LOG_WARN };
	config.hyp_rx = sim_alloc_pages(&sim, 1);
	config.hyp_tx = sim_alloc_pages(&sim, 1);
	med = sim_mediator_memory(&sim, &config, &med_size);
	ck_assert_ptr_nonnull(med);
}

static void unboot(void)
{
	sim_fini(&sim);
}

START_TEST(test_init_retries_busy_partition_query)
{
	const int32_t statuses[] = { FFA_BUSY, FFA_RETRY };

	for (unsigned int i = 0; i < sizeof(statuses) / sizeof(statuses[0]); i++) {
		boot_busy();
		busy_status = statuses[i];
		busy_left = 3;
		ck_assert_int_eq(ffa_mediator_init(med, med_size, &sim.ops, &config), FFA_OK);
		ck_assert_uint_eq(pinfo_calls, 4);
		ck_assert_uint_eq(med->partition_count, 4);
		unboot();
	}
}
END_TEST

START_TEST(test_init_busy_for_good_can_be_called_again)
{
	const struct spmc_buffers *b;

	boot_busy();
	busy_status = FFA_BUSY;
	busy_left = 1000;
	ck_assert_int_eq(ffa_mediator_init(med, med_size, &sim.ops, &config), FFA_BUSY);
	/* Bounded, and the hypervisor's buffers are not left mapped at the SPMC. */
	ck_assert_uint_lt(pinfo_calls, 100);
	b = spmc_buffers_of(&sim.spmc, 0);
	ck_assert(b == NULL || !b->mapped);
	/* Later, the SPMC ready: the same call starts the mediator. */
	busy_left = 0;
	ck_assert_int_eq(ffa_mediator_init(med, med_size, &sim.ops, &config), FFA_OK);
	ck_assert_uint_eq(med->partition_count, 4);
	unboot();
}
END_TEST

START_TEST(test_init_permanent_refusal_not_retried)
{
	boot_busy();
	busy_status = FFA_INVALID_PARAMETERS;
	busy_left = 1000;
	ck_assert_int_eq(ffa_mediator_init(med, med_size, &sim.ops, &config),
			 FFA_INVALID_PARAMETERS);
	ck_assert_uint_eq(pinfo_calls, 1);
	unboot();
}
END_TEST

/*
 * struct ffa_config spmc_version_max: the version used with the SPMC is
 * capped; VMs keep the newest the mediator serves over it (1.2 over 1.1,
 * 1.0 over 1.0, where the SPMC gives no partition UUIDs).
 */
START_TEST(test_spmc_version_cap)
{
	const struct {
		enum ffa_version cap;
		int32_t status;
		enum ffa_version spmc, vms;
	} cases[] = {
		{ 0, FFA_OK, FFA_VERSION_1_2, FFA_VERSION_1_2 },
		{ FFA_VERSION_1_1, FFA_OK, FFA_VERSION_1_1, FFA_VERSION_1_2 },
		{ FFA_VERSION_1_0, FFA_OK, FFA_VERSION_1_0, FFA_VERSION_1_0 },
		{ (enum ffa_version)0x10003, FFA_INVALID_PARAMETERS, 0, 0 },
		{ (enum ffa_version)0x20000, FFA_INVALID_PARAMETERS, 0, 0 },
	};

	for (unsigned int i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		boot_busy();
		busy_left = 0;
		config.spmc_version_max = cases[i].cap;
		ck_assert_int_eq(ffa_mediator_init(med, med_size, &sim.ops, &config),
				 cases[i].status);
		if (cases[i].status == FFA_OK) {
			ck_assert_int_eq(med->version, cases[i].spmc);
			ck_assert_int_eq(sim.spmc.caller_version, cases[i].spmc);
			ck_assert_int_eq(med->vm_version_max, cases[i].vms);
		}
		unboot();
	}
}
END_TEST

int main(void)
{
	Suite *s = suite_create("startup");
	TCase *tc = tcase_create("init");

	tcase_add_test(tc, test_init_retries_busy_partition_query);
	tcase_add_test(tc, test_init_busy_for_good_can_be_called_again);
	tcase_add_test(tc, test_init_permanent_refusal_not_retried);
	tcase_add_test(tc, test_spmc_version_cap);
	suite_add_tcase(s, tc);
	return check_run(s);
}
