/* SPDX-License-Identifier: MIT */
/*
 * A small formatter for log lines: the runtime has no libc, and a
 * hypervisor's own printf is not reachable through the platform ops.
 * Handing the platform (level, fmt, va_list) instead would save about
 * 800 bytes of aarch64 code (issue 15), but every platform would then
 * format the lines, and not alike: C's printf writes %#x of 0 as "0",
 * Linux's and Xen's as "0x0" (as this one does), so the same call would
 * log different lines on different hypervisors, and a freestanding port
 * (the system test's EL2 hypervisor) would need a formatter of its own.
 */
#include <stdarg.h>

#include "internal.h"

#define LOG_LINE 192

struct line {
	char buf[LOG_LINE];
	unsigned int len;
};

/* Called, not inlined: every character of a line goes through it, from a dozen places. */
static __attribute__((__noinline__)) void put(struct line *l, char c)
{
	if (l->len < LOG_LINE - 1)
		l->buf[l->len++] = c;
}

static void put_str(struct line *l, const char *s)
{
	while (*s != '\0')
		put(l, *s++);
}

/*
 * The number v of a %d (sign-extended), %u or %x (with '#', a 0x first).
 * Not inlined, as take(): one copy for every conversion, not one per case.
 */
static __attribute__((__noinline__)) void put_num(struct line *l, unsigned long long v, char conv,
						  bool alt)
{
	const unsigned int base = conv == 'x' ? 16 : 10;
	char digits[24];
	unsigned int n = 0;

	if (conv == 'd' && (long long)v < 0) {
		put(l, '-');
		v = 0ULL - v;
	}
	if (alt && conv == 'x')
		put_str(l, "0x");
	do {
		digits[n++] = "0123456789abcdef"[v % base];
		v /= base;
	} while (v != 0);
	while (n > 0)
		put(l, digits[--n]);
}

/*
 * The integer argument of a %d, %u or %x with `longs` 'l's, widened to 64
 * bits (a %d's sign-extended). One function reads them all: each va_arg
 * is a dozen instructions.
 */
static __attribute__((__noinline__)) unsigned long long take(va_list *ap, char conv, int longs)
{
	if (conv == 'd') {
		if (longs >= 2)
			return (unsigned long long)va_arg(*ap, long long);
		if (longs == 1)
			return (unsigned long long)va_arg(*ap, long);
		return (unsigned long long)va_arg(*ap, int);
	}
	if (longs >= 2)
		return va_arg(*ap, unsigned long long);
	if (longs == 1)
		return va_arg(*ap, unsigned long);
	return va_arg(*ap, unsigned int);
}

static void format(struct line *l, const char *fmt, va_list *ap)
{
	for (; *fmt != '\0'; fmt++) {
		bool alt = false;
		int longs = 0;

		if (*fmt != '%') {
			put(l, *fmt);
			continue;
		}
		fmt++;
		if (*fmt == '#') {
			alt = true;
			fmt++;
		}
		while (*fmt == 'l') {
			longs++;
			fmt++;
		}
		switch (*fmt) {
		case 's':
			put_str(l, va_arg(*ap, const char *));
			break;
		case 'd':
		case 'u':
		case 'x':
			put_num(l, take(ap, *fmt, longs), *fmt, alt);
			break;
		case '%':
			put(l, '%');
			break;
		default:
			put(l, '?');
			break;
		}
		if (*fmt == '\0')
			break;
	}
}

void ffa_log(const struct ffa_mediator *m, enum ffa_log_level level,
	     const char *fmt, ...)
{
	struct line l;
	va_list ap;

	if (!ffa_log_on(m, level))
		return;
	l.len = 0;
	va_start(ap, fmt);
	format(&l, fmt, &ap);
	va_end(ap);
	l.buf[l.len] = '\0';
	m->plat->log(m->plat->ctx, level, l.buf);
}
