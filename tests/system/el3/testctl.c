/* SPDX-License-Identifier: MIT */
/*
 * The test-control SMC (sys/testctl.h): one line of the scenario engine
 * protocol in a Non-secure buffer, run by engine_spmc.c against the SPMC
 * model, its answer written back into the same buffer.
 */
#include "el3.h"
#include "sys/fmt.h"
#include "sys/string.h"
#include "sys/testctl.h"

#define NS_RAM_BASE 0x40000000UL
#define NS_RAM_END 0x80000000UL
#define LINE_MAX_BYTES (96 * 1024)

struct answer {
	char *buf;
	size_t size;
	size_t len;
	bool overflow;
};

static void append(void *ctx, const char *fmt, va_list ap)
{
	struct answer *a = ctx;
	int n;

	if (a->overflow)
		return;
	n = fmt_vsnprintf(a->buf + a->len, a->size - a->len, fmt, ap);
	if (n < 0 || (size_t)n >= a->size - a->len)
		a->overflow = true;
	else
		a->len += (size_t)n;
}

void testctl_call(struct el3_regs *r)
{
	static char line[LINE_MAX_BYTES];
	const uint64_t pa = r->x[1], size = r->x[2];
	struct answer a = { (char *)pa, size, 0, false };
	const struct engine_out out = { append, &a };
	struct cmd c;
	size_t n;

	if (size == 0 || pa < NS_RAM_BASE || pa >= NS_RAM_END || size > NS_RAM_END - pa) {
		r->x[0] = TESTCTL_E_BAD_BUFFER;
		return;
	}
	/* Copied first: the answer overwrites the buffer. */
	for (n = 0; n < size && n < sizeof(line) - 1 && a.buf[n] != '\0'; n++)
		line[n] = a.buf[n];
	line[n] = '\0';
	a.buf[0] = '\0';
	cmd_tokenize(line, &c);
	if (!engine_spmc_command(&el3_spmc, &c, &out))
		engine_reply(&out, "err unknown command %s", c.argc > 0 ? c.argv[0] : "(none)");
	r->x[0] = a.overflow ? TESTCTL_E_TOO_SMALL : TESTCTL_OK;
}
