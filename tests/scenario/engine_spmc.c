/* SPDX-License-Identifier: MIT */
#include "engine_spmc.h"

#include "spmc_defaults.h"

#define COUNT_OF(a) (sizeof(a) / sizeof((a)[0]))

static void say_hex(const struct engine_out *out, const uint8_t *p, uint64_t len)
{
	for (uint64_t i = 0; i < len; i++)
		engine_say(out, "%02x", p[i]);
}

static void say_regs(const struct engine_out *out, const struct ffa_regs *r)
{
	for (int i = 0; i < FFA_REG_COUNT; i++)
		engine_say(out, " %llx", (unsigned long long)r->x[i]);
}

void engine_spmc_defaults(struct engine_spmc *e)
{
	spmc_default_config(&e->config);
}

/* --- before init: the configuration ---------------------------------------- */

/* Sets one field of the SPMC's configuration; false for an unknown key. */
static bool spmc_setting(struct spmc_config *cfg, const char *key, uint64_t v)
{
	if (cmd_word_is(key, "version"))
		cfg->version = (enum ffa_version)v;
	else if (cmd_word_is(key, "id"))
		cfg->spmc_id = (uint16_t)v;
	else if (cmd_word_is(key, "rxtx_max_pages"))
		cfg->rxtx_max_pages = (uint32_t)v;
	else if (cmd_word_is(key, "sri_intid"))
		cfg->sri_intid = (uint32_t)v;
	else if (cmd_word_is(key, "refuse_newer_minor"))
		cfg->refuse_newer_minor = v != 0;
	else if (cmd_word_is(key, "notify_follows_vm_msgs"))
		cfg->notify_follows_vm_msgs = v != 0;
	else if (cmd_word_is(key, "tfa_el3"))
		cfg->tfa_el3 = v != 0;
	else
		return false;
	return true;
}

static void cmd_spmc_set(struct engine_spmc *e, const struct cmd *c, const struct engine_out *out)
{
	uint64_t v;

	if (c->argc != 3 || !cmd_parse_u64(c->argv[2], &v))
		engine_reply(out, "err usage: spmc_set KEY VALUE");
	else if (!spmc_setting(&e->config, c->argv[1], v))
		engine_reply(out, "err unknown SPMC setting %s", c->argv[1]);
	else
		engine_reply(out, "ok");
}

static void cmd_spmc_clear(struct engine_spmc *e, const struct cmd *c, const struct engine_out *out)
{
	(void)c;
	e->config.partition_count = 0;
	__builtin_memset(e->config.partitions, 0, sizeof(e->config.partitions));
	engine_reply(out, "ok");
}

static bool parse_uuid(char *hex, struct ffa_uuid *u)
{
	if (cmd_unhex(hex) != (long)sizeof(u->b))
		return false;
	__builtin_memcpy(u->b, hex, sizeof(u->b));
	return true;
}

static void cmd_spmc_partition(struct engine_spmc *e, const struct cmd *c,
			       const struct engine_out *out)
{
	struct spmc_partition_config p;
	uint64_t id, exec, props, version;

	if (e->config.partition_count >= SPMC_MAX_PARTITIONS || c->argc < 6 ||
	    c->argc - 5 > SPMC_MAX_UUIDS || !cmd_arg_num(c, 1, UINT16_MAX, &id) ||
	    !cmd_arg_num(c, 2, UINT16_MAX, &exec) || !cmd_arg_num(c, 3, UINT32_MAX, &props) ||
	    !cmd_arg_num(c, 4, UINT32_MAX, &version)) {
		engine_reply(out,
			     "err usage: spmc_partition ID EXEC PROPS VERSION UUID..., at most %d",
			     SPMC_MAX_PARTITIONS);
		return;
	}
	p = (struct spmc_partition_config){ .id = (uint16_t)id,
					    .exec_ctx_count = (uint16_t)exec,
					    .properties = (uint32_t)props,
					    .version = (enum ffa_version)version };
	for (int i = 5; i < c->argc; i++) {
		if (!parse_uuid(c->argv[i], &p.uuids[p.uuid_count++])) {
			engine_reply(out, "err bad UUID (32 hex digits)");
			return;
		}
	}
	e->config.partitions[e->config.partition_count++] = p;
	engine_reply(out, "ok");
}

/* --- any time: how a partition behaves ------------------------------------------ */

/* Names of enum spmc_behaviour and enum spmc_vm_msg_behaviour values. */
static const struct {
	const char *name;
	enum spmc_behaviour value;
} behaviours[] = {
	{ "echo", SPMC_BEHAVE_ECHO },
	{ "busy", SPMC_BEHAVE_BUSY },
	{ "error", SPMC_BEHAVE_ERROR },
	{ "interrupt-once", SPMC_BEHAVE_INTERRUPT_ONCE },
	{ "yield-once", SPMC_BEHAVE_YIELD_ONCE },
	{ "wrong-source", SPMC_BEHAVE_WRONG_SOURCE },
	{ "wrong-dest", SPMC_BEHAVE_WRONG_DEST },
	{ "wrong-func", SPMC_BEHAVE_WRONG_FUNC },
	{ "garbage", SPMC_BEHAVE_GARBAGE },
	{ "framework-resp", SPMC_BEHAVE_FRAMEWORK_RESP },
	{ "optee", SPMC_BEHAVE_OPTEE },
	{ "sequence", SPMC_BEHAVE_SEQUENCE },
};

static const struct {
	const char *name;
	enum spmc_vm_msg_behaviour value;
} vm_msg_behaviours[] = {
	{ "ok", SPMC_VM_MSG_OK },
	{ "busy", SPMC_VM_MSG_BUSY },
	{ "retry", SPMC_VM_MSG_RETRY },
	{ "error", SPMC_VM_MSG_ERROR },
};

/*
 * The configuration of partition id: the one init will use, or after init
 * the model's own (it reads it on every call); *index is its index. NULL
 * for no such partition.
 */
static struct spmc_partition_config *partition_config(struct engine_spmc *e, uint16_t id,
						      int *index)
{
	struct spmc_config *cfg = e->initialised ? &e->spmc->config : &e->config;

	for (uint32_t i = 0; i < cfg->partition_count && i < SPMC_MAX_PARTITIONS; i++) {
		if (cfg->partitions[i].id == id) {
			*index = (int)i;
			return &cfg->partitions[i];
		}
	}
	return 0;
}

static bool named_behaviour(struct engine_spmc *e, struct spmc_partition_config *p, int index,
			    const char *key, const char *value)
{
	if (cmd_word_is(key, "behaviour")) {
		for (size_t i = 0; i < COUNT_OF(behaviours); i++) {
			if (cmd_word_is(value, behaviours[i].name)) {
				p->behaviour = behaviours[i].value;
				return true;
			}
		}
		return false;
	}
	for (size_t i = 0; i < COUNT_OF(vm_msg_behaviours); i++) {
		if (cmd_word_is(value, vm_msg_behaviours[i].name)) {
			p->vm_msg = vm_msg_behaviours[i].value;
			/* The count of refusals starts again. */
			if (e->initialised)
				e->spmc->part[index].vm_msg_failures = 0;
			return true;
		}
	}
	return false;
}

/* stops ISEQ: the stops of SPMC_BEHAVE_SEQUENCE, one letter each (i, y). */
static bool set_stops(struct spmc_partition_config *p, const char *value)
{
	uint32_t n = 0;

	for (; value[n] != '\0'; n++) {
		if (n == SPMC_MAX_STOPS || (value[n] != 'i' && value[n] != 'y'))
			return false;
		p->stops[n] = value[n] == 'y' ? SPMC_STOP_YIELD : SPMC_STOP_INTERRUPT;
	}
	p->stop_count = n;
	return true;
}

/* Sets one behaviour of a partition; false for an unknown key or value. */
static bool partition_setting(struct engine_spmc *e, struct spmc_partition_config *p, int index,
			      const char *key, const char *value)
{
	uint64_t v;

	if (cmd_word_is(key, "behaviour") || cmd_word_is(key, "vm_msg"))
		return named_behaviour(e, p, index, key, value);
	if (cmd_word_is(key, "stops"))
		return set_stops(p, value);
	if (!cmd_parse_u64(value, &v) || v > UINT32_MAX)
		return false;
	if (cmd_word_is(key, "error"))
		p->error = (int32_t)(uint32_t)v;
	else if (cmd_word_is(key, "bad_id") && v <= UINT16_MAX)
		p->bad_id = (uint16_t)v;
	else if (cmd_word_is(key, "yield_timeout_lo"))
		p->yield_timeout_lo = (uint32_t)v;
	else if (cmd_word_is(key, "yield_timeout_hi"))
		p->yield_timeout_hi = (uint32_t)v;
	else if (cmd_word_is(key, "vm_msg_fail_count"))
		p->vm_msg_fail_count = (uint32_t)v;
	else if (cmd_word_is(key, "vm_msg_error"))
		p->vm_msg_error = (int32_t)(uint32_t)v;
	else if (cmd_word_is(key, "inbox_size") && v <= SPMC_INBOX_MAX)
		p->inbox_size = (uint32_t)v;
	else
		return false;
	return true;
}

static void cmd_partition_set(struct engine_spmc *e, const struct cmd *c,
			      const struct engine_out *out)
{
	struct spmc_partition_config *p;
	uint64_t id;
	int index = 0;

	if (c->argc != 4 || !cmd_arg_num(c, 1, UINT16_MAX, &id)) {
		engine_reply(out, "err usage: partition_set ID KEY VALUE");
		return;
	}
	p = partition_config(e, (uint16_t)id, &index);
	if (p == 0)
		engine_reply(out, "err no partition %#llx", (unsigned long long)id);
	else if (!partition_setting(e, p, index, c->argv[2], c->argv[3]))
		engine_reply(out, "err bad partition setting %s %s", c->argv[2], c->argv[3]);
	else
		engine_reply(out, "ok");
}

/* --- any time: functions removed, answers scripted ------------------------------ */

/* The configuration the model uses: init's, or after init the model's own. */
static struct spmc_config *live_config(struct engine_spmc *e)
{
	return e->initialised ? &e->spmc->config : &e->config;
}

/* spmc_remove FID: the SPMC no longer implements that function. */
static void cmd_spmc_remove(struct engine_spmc *e, const struct cmd *c,
			    const struct engine_out *out)
{
	uint64_t fid;

	if (c->argc != 2 || !cmd_arg_num(c, 1, UINT32_MAX, &fid))
		engine_reply(out, "err usage: spmc_remove FID");
	else if (!spmc_remove_function(live_config(e), (uint32_t)fid))
		engine_reply(out, "err at most %d functions removed", SPMC_MAX_REMOVED);
	else
		engine_reply(out, "ok");
}

/* spmc_answer FID X0..X17: the next call with that w0 gets these registers. */
static void cmd_spmc_answer(struct engine_spmc *e, const struct cmd *c,
			    const struct engine_out *out)
{
	struct ffa_regs r = { { 0 } };
	uint64_t fid;

	if (c->argc != 2 + FFA_REG_COUNT || !cmd_arg_num(c, 1, UINT32_MAX, &fid)) {
		engine_reply(out, "err usage: spmc_answer FID X0..X17");
		return;
	}
	for (int i = 0; i < FFA_REG_COUNT; i++) {
		if (!cmd_arg_num(c, 2 + i, UINT64_MAX, &r.x[i])) {
			engine_reply(out, "err bad register x%d", i);
			return;
		}
	}
	if (!spmc_script_add(live_config(e), (uint32_t)fid, &r))
		engine_reply(out, "err at most %d answers waiting", SPMC_MAX_SCRIPTED);
	else
		engine_reply(out, "ok");
}

/* spmc_answers: how many scripted answers are still waiting. */
static void cmd_spmc_answers(struct engine_spmc *e, const struct cmd *c,
			     const struct engine_out *out)
{
	(void)c;
	engine_reply(out, "count %u", live_config(e)->script_count);
}

/* --- init and after ---------------------------------------------------------------- */

static void cmd_spmc_init(struct engine_spmc *e, const struct cmd *c, const struct engine_out *out)
{
	(void)c;
	spmc_init(e->spmc, &e->config);
	e->initialised = true;
	engine_reply(out, "ok %#x", (unsigned int)e->config.version);
}

static void cmd_spmc_count(struct engine_spmc *e, const struct cmd *c, const struct engine_out *out)
{
	(void)c;
	engine_reply(out, "count %u", e->spmc->trace_count);
}

/* What partition argument 1 received, or NULL after an error reply. */
static const struct spmc_partition_state *arg_partition_state(struct engine_spmc *e,
							      const struct cmd *c,
							      const struct engine_out *out,
							      uint16_t *id)
{
	uint64_t v = 0;
	const struct spmc_partition_state *st = 0;

	if (cmd_arg_num(c, 1, UINT16_MAX, &v))
		st = spmc_partition_state_of(e->spmc, (uint16_t)v);
	if (st == 0)
		engine_reply(out, "err no partition %s", c->argc > 1 ? c->argv[1] : "given");
	*id = (uint16_t)v;
	return st;
}

static void cmd_inbox(struct engine_spmc *e, const struct cmd *c, const struct engine_out *out)
{
	static uint8_t buf[SPMC_INBOX_MAX];
	const struct spmc_partition_state *st;
	uint32_t len = 0;
	uint16_t id = 0, sender;

	if (c->argc != 3 || (!cmd_word_is(c->argv[2], "take") && !cmd_word_is(c->argv[2], "pee"
											  "k"))) {
		engine_reply(out, "err usage: inbox ID take|peek");
		return;
	}
	st = arg_partition_state(e, c, out, &id);
	if (st == 0)
		return;
	if (!st->inbox_full) {
		engine_reply(out, "inbox 0 0");
		return;
	}
	sender = st->inbox_sender;
	if (cmd_word_is(c->argv[2], "take")) {
		if (spmc_inbox_take(e->spmc, id, buf, sizeof(buf), &len) != FFA_OK)
			len = 0;
	} else {
		len = st->inbox_len <= sizeof(buf) ? st->inbox_len : 0;
		__builtin_memcpy(buf, st->inbox, len);
	}
	engine_say(out, "@ inbox 1 %u ", sender);
	say_hex(out, buf, len);
	engine_say(out, "\n");
}

static void cmd_known_vms(struct engine_spmc *e, const struct cmd *c, const struct engine_out *out)
{
	uint16_t id = 0;
	const struct spmc_partition_state *st = arg_partition_state(e, c, out, &id);

	if (st == 0)
		return;
	engine_say(out, "@ known %u", st->vm_count);
	for (uint32_t i = 0; i < st->vm_count && i < SPMC_MAX_KNOWN_VMS; i++)
		engine_say(out, " %u", st->vms[i].id);
	engine_say(out, "\n");
}

static void cmd_spmc_calls_since(struct engine_spmc *e, const struct cmd *c,
				 const struct engine_out *out)
{
	const uint32_t total = e->spmc->trace_count;
	uint64_t since;
	uint32_t kept, first;

	if (!cmd_arg_num(c, 1, total, &since)) {
		engine_reply(out, "err usage: spmc_calls_since N (N <= %u)", total);
		return;
	}
	kept = total - (uint32_t)since > SPMC_TRACE_SIZE ? SPMC_TRACE_SIZE :
							   total - (uint32_t)since;
	first = total - kept;
	engine_reply(out, "spmc %u %u", kept, first - (uint32_t)since);
	for (uint32_t n = first; n < total; n++) {
		const struct spmc_trace_entry *t = spmc_trace_last(e->spmc, total - 1 - n);

		engine_say(out, "@ call");
		say_regs(out, &t->in);
		say_regs(out, &t->out);
		engine_say(out, "\n");
	}
}

static void cmd_spmc_deliver(struct engine_spmc *e, const struct cmd *c,
			     const struct engine_out *out)
{
	uint64_t ep;
	long len = c->argc == 3 ? cmd_unhex(c->argv[2]) : -1;

	if (len < 0 || !cmd_arg_num(c, 1, UINT16_MAX, &ep)) {
		engine_reply(out, "err usage: spmc_deliver ENDPOINT HEX");
		return;
	}
	engine_reply(out, "status %d",
		     spmc_deliver_rx(e->spmc, (uint16_t)ep, c->argv[2], (uint32_t)len));
}

/* A partition's id, VM id and bitmap from arguments 1-3; false after an error reply. */
static bool sp_vm_bitmap(const struct cmd *c, const struct engine_out *out, uint64_t v[3],
			 const char *usage)
{
	if (c->argc < 4 || !cmd_arg_num(c, 1, UINT16_MAX, &v[0]) ||
	    !cmd_arg_num(c, 2, UINT16_MAX, &v[1]) || !cmd_arg_num(c, 3, UINT64_MAX, &v[2])) {
		engine_reply(out, "err usage: %s", usage);
		return false;
	}
	return true;
}

/* sp_notify SP VM BITMAP [VCPU]: the partition sets notifications for a VM. */
static void cmd_sp_notify(struct engine_spmc *e, const struct cmd *c, const struct engine_out *out)
{
	uint64_t v[3], vcpu = 0;

	if (!sp_vm_bitmap(c, out, v, "sp_notify SP VM BITMAP [VCPU]"))
		return;
	if (c->argc > 5 || (c->argc == 5 && !cmd_arg_num(c, 4, UINT16_MAX, &vcpu))) {
		engine_reply(out, "err usage: sp_notify SP VM BITMAP [VCPU]");
		return;
	}
	engine_reply(out, "status %d",
		     spmc_sp_notification_set(e->spmc, (uint16_t)v[0], (uint16_t)v[1], v[2],
					      c->argc == 5, (uint16_t)vcpu));
}

/* sp_bind SP VM BITMAP: the partition lets a VM set those notifications. */
static void cmd_sp_bind(struct engine_spmc *e, const struct cmd *c, const struct engine_out *out)
{
	uint64_t v[3];

	if (c->argc != 4 || !sp_vm_bitmap(c, out, v, "sp_bind SP VM BITMAP"))
		return;
	engine_reply(out, "status %d",
		     spmc_sp_notification_bind(e->spmc, (uint16_t)v[0], (uint16_t)v[1], v[2]));
}

/* sp_notifications SP: what VMs set for the partition, taken. */
static void cmd_sp_notifications(struct engine_spmc *e, const struct cmd *c,
				 const struct engine_out *out)
{
	uint64_t sp;

	if (c->argc != 2 || !cmd_arg_num(c, 1, UINT16_MAX, &sp)) {
		engine_reply(out, "err usage: sp_notifications SP");
		return;
	}
	engine_reply(out, "notifications %#llx",
		     (unsigned long long)spmc_sp_notifications_take(e->spmc, (uint16_t)sp));
}

/* --- the partitions' side of memory, the SPMC's transactions ----------------------- */

/* A partition's id and a handle from arguments 1 and 2; false after an error reply. */
static bool sp_handle(const struct cmd *c, const struct engine_out *out, uint64_t v[2],
		      const char *usage)
{
	if (c->argc < 3 || !cmd_arg_num(c, 1, UINT16_MAX, &v[0]) ||
	    !cmd_arg_num(c, 2, UINT64_MAX, &v[1])) {
		engine_reply(out, "err usage: %s", usage);
		return false;
	}
	return true;
}

/* sp_retrieve SP HANDLE: the partition retrieves the transaction. */
static void cmd_sp_retrieve(struct engine_spmc *e, const struct cmd *c,
			    const struct engine_out *out)
{
	uint64_t v[2];

	if (c->argc == 3 && sp_handle(c, out, v, "sp_retrieve SP HANDLE"))
		engine_reply(out, "status %d", spmc_retrieve(e->spmc, v[1], (uint16_t)v[0]));
	else if (c->argc != 3)
		engine_reply(out, "err usage: sp_retrieve SP HANDLE");
}

/* sp_relinquish SP HANDLE: the partition gives it back. */
static void cmd_sp_relinquish(struct engine_spmc *e, const struct cmd *c,
			      const struct engine_out *out)
{
	uint64_t v[2];

	if (c->argc == 3 && sp_handle(c, out, v, "sp_relinquish SP HANDLE"))
		engine_reply(out, "status %d", spmc_relinquish(e->spmc, v[1], (uint16_t)v[0]));
	else if (c->argc != 3)
		engine_reply(out, "err usage: sp_relinquish SP HANDLE");
}

/* sp_read SP HANDLE OFFSET LEN: the bytes the partition reads there. */
static void cmd_sp_read(struct engine_spmc *e, const struct cmd *c, const struct engine_out *out)
{
	static uint8_t buf[4096];
	uint64_t v[2], off, len;
	int32_t ret = FFA_OK;

	if (c->argc != 5 || !sp_handle(c, out, v, "sp_read SP HANDLE OFFSET LEN") ||
	    !cmd_arg_num(c, 3, UINT64_MAX, &off) || !cmd_arg_num(c, 4, UINT32_MAX, &len)) {
		if (c->argc != 5)
			engine_reply(out, "err usage: sp_read SP HANDLE OFFSET LEN");
		return;
	}
	/* All of it first, so a fault answers a status, not half the data. */
	for (uint64_t done = 0; done < len && ret == FFA_OK; done += sizeof(buf))
		ret = spmc_sp_mem_access(e->spmc, v[1], (uint16_t)v[0], off + done, buf,
					 len - done < sizeof(buf) ? len - done : sizeof(buf),
					 false);
	if (ret != FFA_OK) {
		engine_reply(out, "status %d", ret);
		return;
	}
	engine_say(out, "@ data ");
	for (uint64_t done = 0; done < len; done += sizeof(buf)) {
		const uint64_t n = len - done < sizeof(buf) ? len - done : sizeof(buf);

		(void)spmc_sp_mem_access(e->spmc, v[1], (uint16_t)v[0], off + done, buf, n, false);
		say_hex(out, buf, n);
	}
	engine_say(out, "\n");
}

/* sp_write SP HANDLE OFFSET HEX: the partition writes these bytes there. */
static void cmd_sp_write(struct engine_spmc *e, const struct cmd *c, const struct engine_out *out)
{
	uint64_t v[2], off;
	long len = c->argc == 5 ? cmd_unhex(c->argv[4]) : -1;

	if (len < 0 || !sp_handle(c, out, v, "sp_write SP HANDLE OFFSET HEX") ||
	    !cmd_arg_num(c, 3, UINT64_MAX, &off)) {
		if (len < 0)
			engine_reply(out, "err usage: sp_write SP HANDLE OFFSET HEX");
		return;
	}
	engine_reply(out, "status %d",
		     spmc_sp_mem_access(e->spmc, v[1], (uint16_t)v[0], off, c->argv[4],
					(uint64_t)len, true));
}

/*
 * spmc_transaction HANDLE: the transaction as the SPMC holds it:
 * "transaction 0" for none, else "transaction 1 COMPLETE FID TYPE SENDER
 * ATTRIBUTES FLAGS TAG TOTAL_PAGES RECEIVERS RANGES", then a line
 * "receiver ID PERMISSIONS RETRIEVED" for each receiver and "range PA
 * PAGES" for each range (adjacent constituents merged).
 */
static void cmd_spmc_transaction(struct engine_spmc *e, const struct cmd *c,
				 const struct engine_out *out)
{
	const struct spmc_mem_transaction *t;
	struct spmc_range r;
	uint64_t handle;
	uint32_t ranges = 0;

	if (c->argc != 2 || !cmd_arg_num(c, 1, UINT64_MAX, &handle)) {
		engine_reply(out, "err usage: spmc_transaction HANDLE");
		return;
	}
	t = spmc_transaction_of(e->spmc, handle);
	if (t == 0) {
		engine_reply(out, "transaction 0");
		return;
	}
	while (spmc_transaction_range(e->spmc, t, ranges, &r))
		ranges++;
	engine_reply(out, "transaction 1 %d %#x %d %#x %#x %#x %#llx %u %u %u", t->complete, t->fid,
		     (int)t->type, t->sender, t->attributes, t->flags, (unsigned long long)t->tag,
		     t->total_pages, t->receiver_count, ranges);
	for (uint32_t i = 0; i < t->receiver_count && i < SPMC_MAX_PARTITIONS; i++)
		engine_reply(out, "receiver %#x %#x %d", t->receivers[i].id,
			     t->receivers[i].permissions, t->receivers[i].retrieved);
	for (uint32_t i = 0; spmc_transaction_range(e->spmc, t, i, &r); i++)
		engine_reply(out, "range %#llx %u", (unsigned long long)r.pa, r.pages);
}

/* spmc_vm VM: what the SPMC still holds of a VM: "spmcvm TRANSACTIONS BUFFERS KNOWN_BY BITMAPS". */
static void cmd_spmc_vm(struct engine_spmc *e, const struct cmd *c, const struct engine_out *out)
{
	const struct spmc_buffers *b;
	uint32_t known = 0;
	uint64_t vm;

	if (c->argc != 2 || !cmd_arg_num(c, 1, UINT16_MAX, &vm)) {
		engine_reply(out, "err usage: spmc_vm VM");
		return;
	}
	for (uint32_t i = 0; i < e->spmc->config.partition_count && i < SPMC_MAX_PARTITIONS; i++)
		known += (unsigned int)spmc_vm_known(e->spmc, e->spmc->config.partitions[i].id,
						     (uint16_t)vm);
	b = vm == 0 ? 0 : spmc_buffers_of(e->spmc, (uint16_t)vm);
	engine_reply(out, "spmcvm %u %d %u %d", spmc_transaction_count_of(e->spmc, (uint16_t)vm),
		     b != 0 && b->mapped, known, spmc_vm_has_bitmaps(e->spmc, (uint16_t)vm));
}

/* spmc_transactions: how many the SPMC holds, of every sender. */
static void cmd_spmc_transactions(struct engine_spmc *e, const struct cmd *c,
				  const struct engine_out *out)
{
	(void)c;
	engine_reply(out, "count %u", spmc_transaction_count(e->spmc));
}

/* --- the table ------------------------------------------------------------------- */

static const struct {
	const char *name;
	enum cmd_when when;
	void (*run)(struct engine_spmc *e, const struct cmd *c, const struct engine_out *out);
} commands[] = {
	{ "spmc_set", CMD_BEFORE_INIT, cmd_spmc_set },
	{ "spmc_clear", CMD_BEFORE_INIT, cmd_spmc_clear },
	{ "spmc_partition", CMD_BEFORE_INIT, cmd_spmc_partition },
	{ "partition_set", CMD_ANY, cmd_partition_set },
	{ "spmc_remove", CMD_ANY, cmd_spmc_remove },
	{ "spmc_answer", CMD_ANY, cmd_spmc_answer },
	{ "spmc_answers", CMD_ANY, cmd_spmc_answers },
	{ "spmc_init", CMD_BEFORE_INIT, cmd_spmc_init },
	{ "spmc_count", CMD_AFTER_INIT, cmd_spmc_count },
	{ "inbox", CMD_AFTER_INIT, cmd_inbox },
	{ "known_vms", CMD_AFTER_INIT, cmd_known_vms },
	{ "spmc_calls_since", CMD_AFTER_INIT, cmd_spmc_calls_since },
	{ "spmc_deliver", CMD_AFTER_INIT, cmd_spmc_deliver },
	{ "sp_notify", CMD_AFTER_INIT, cmd_sp_notify },
	{ "sp_bind", CMD_AFTER_INIT, cmd_sp_bind },
	{ "sp_notifications", CMD_AFTER_INIT, cmd_sp_notifications },
	{ "sp_retrieve", CMD_AFTER_INIT, cmd_sp_retrieve },
	{ "sp_relinquish", CMD_AFTER_INIT, cmd_sp_relinquish },
	{ "sp_read", CMD_AFTER_INIT, cmd_sp_read },
	{ "sp_write", CMD_AFTER_INIT, cmd_sp_write },
	{ "spmc_transaction", CMD_AFTER_INIT, cmd_spmc_transaction },
	{ "spmc_transactions", CMD_AFTER_INIT, cmd_spmc_transactions },
	{ "spmc_vm", CMD_AFTER_INIT, cmd_spmc_vm },
};

bool engine_spmc_command(struct engine_spmc *e, const struct cmd *c, const struct engine_out *out)
{
	for (size_t i = 0; c->argc > 0 && i < COUNT_OF(commands); i++) {
		const char *refused = cmd_refused(commands[i].when, e->initialised);

		if (!cmd_word_is(c->argv[0], commands[i].name))
			continue;
		if (refused != NULL)
			engine_reply(out, "err %s %s", c->argv[0], refused);
		else
			commands[i].run(e, c, out);
		return true;
	}
	return false;
}
