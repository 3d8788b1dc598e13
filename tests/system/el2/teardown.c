/* SPDX-License-Identifier: MIT */
/*
 * The end of a Linux guest's VM: destroyed through the mediator as a
 * production hypervisor destroys one (ffa_vm_destroy, then polling until
 * the partitions took their VM destroyed messages), and an account of what
 * the teardown left, from the mediator's side, the hypervisor's (stage 2,
 * buffer mappings, pins) and, with the simulated SPMC, the SPMC's. run.py
 * judges the lines printed here.
 */
#include "teardown.h"

#include "sys/string.h"

#include "cmdline.h"
#include "firmware.h"
#include "hyp.h"
#include "mediator_access.h"
#include "memmap.h"
#include "sys/fmt.h"
#include "sys/uart.h"

/* How often the teardown asks partitions again before it gives up. */
#define DESTROY_POLLS 100

bool spmc_view_of(uint16_t vm_id, struct spmc_view *v)
{
	char line[128], command[32];
	const char *answer;
	struct cmd c;
	uint64_t n[4];
	size_t len;

	*v = (struct spmc_view){ 0 };
	if (firmware_real())
		return false; /* no such question to real firmware: its log says */
	fmt_snprintf(command, sizeof(command), "spmc_vm %u", vm_id);
	answer = el3_command(command);
	if (answer == NULL)
		return false;
	len = strlen(answer);
	if (len >= sizeof(line))
		return false;
	memcpy(line, answer, len + 1);
	if (len > 0 && line[len - 1] == '\n')
		line[len - 1] = '\0';
	cmd_tokenize(line, &c);
	/* "@ spmcvm TRANSACTIONS BUFFERS-MAPPED PARTITIONS-KNOWING BITMAPS" */
	if (c.argc != 6 || strcmp(c.argv[1], "spmcvm") != 0)
		return false;
	for (int i = 0; i < 4; i++) {
		if (!cmd_parse_u64(c.argv[2 + i], &n[i]) || n[i] > UINT32_MAX)
			return false;
	}
	*v = (struct spmc_view){ .valid = true,
				 .transactions = (uint32_t)n[0],
				 .buffers = n[1] != 0,
				 .partitions = (uint32_t)n[2],
				 .bitmaps = n[3] != 0 };
	return true;
}

/* What the mediator still has of the VM. */
static void mediator_leftovers(uint16_t vm_id, uint32_t *shares, bool *slot_taken,
			       uint32_t *preempted)
{
	*shares = 0;
	*slot_taken = false;
	*preempted = 0;
	*shares = access_vm_shares(hyp_mediator, vm_id);
	for (uint32_t i = 0; i < access_vm_slots(hyp_mediator); i++) {
		const struct ffa_vm *vm = access_vm_slot(hyp_mediator, i);

		*slot_taken = *slot_taken || (vm != NULL && vm->id == vm_id);
	}
	for (uint32_t i = 0; i < FFA_MAX_PREEMPTED; i++)
		*preempted += hyp_mediator->preempted[i].vm == vm_id;
}

/* Its pages still pinned (in a transaction) or taken from it (lent, donated). */
static void stage2_leftovers(const struct guest *g, uint32_t *claimed, uint32_t *withheld)
{
	struct s2_page page;

	*claimed = 0;
	*withheld = 0;
	for (uint64_t ipa = g->ipa_base; ipa < g->ipa_base + g->size; ipa += PAGE_SIZE) {
		if (!s2_lookup(&g->s2, ipa, &page))
			continue;
		*claimed += page.claimed;
		*withheld += !page.accessible;
	}
}

static void say_spmc(const char *when, const struct spmc_view *v)
{
	uart_printf("%s %u transactions, buffers %s, known to %u partitions, notification bitmaps "
		    "%s",
		    when, v->transactions, v->buffers ? "mapped" : "unmapped", v->partitions,
		    v->bitmaps ? "present" : "absent");
}

bool teardown(struct guest *g, const struct spmc_view *before)
{
	const uint16_t id = g->id;
	int32_t ret = ffa_vm_destroy(hyp_mediator, g->ffa);
	uint32_t shares, preempted, claimed, withheld, mappings;
	struct spmc_view after;
	bool slot_taken, clean;
	int polls = 0;

	while (ret == FFA_RETRY && polls < DESTROY_POLLS) {
		ret = ffa_vm_destroy_poll(hyp_mediator, g->ffa);
		polls++;
	}
	g->state = ret == FFA_OK ? GUEST_GONE : GUEST_DYING;
	if (ret == FFA_OK)
		uart_printf("el2: VM %u destroyed: the teardown is complete (%d polls)\n", id,
			    polls);
	else
		uart_printf("el2: VM %u destroyed: the teardown is still open after %d polls "
			    "(status %d)\n",
			    id, polls, ret);
	mediator_leftovers(id, &shares, &slot_taken, &preempted);
	stage2_leftovers(g, &claimed, &withheld);
	mappings = platform_live_mappings(&hyp_plat, id);
	uart_printf("el2: left of VM %u: %u memory transactions, %u buffer mappings, %u claimed "
		    "pages, "
		    "%u pages withheld, %u preempted calls, mediator slot %s\n",
		    id, shares, mappings, claimed, withheld, preempted,
		    slot_taken ? "taken" : "free");
	clean = ret == FFA_OK && shares == 0 && mappings == 0 && claimed == 0 && withheld == 0 &&
		preempted == 0 && !slot_taken;
	if (spmc_view_of(id, &after)) {
		uart_printf("el2: SPMC on VM %u:", id);
		say_spmc(" before the teardown", before);
		say_spmc("; after:", &after);
		uart_puts("\n");
		clean = clean && after.transactions == 0 && !after.buffers &&
			after.partitions == 0 && !after.bitmaps;
	}
	/* Nothing refers to its pages any more: stage 2 and RAM go back. */
	if (!clean) {
		uart_printf("el2: VM %u's memory stays taken: something still holds it\n", id);
		return false;
	}
	uart_printf("el2: VM %u's stage 2 and RAM released %s\n", id,
		    guest_release(g) ? "for the next guest" :
				       "(its memory stays in the pool: not the newest)");
	return true;
}
