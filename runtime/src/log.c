/* SPDX-License-Identifier: MIT */
/*
 * A small formatter for log lines: the runtime has no libc, and a
 * hypervisor's own printf is not reachable through the platform ops.
 */
#include <stdarg.h>

#include "internal.h"

#define LOG_LINE 192

struct line {
	char buf[LOG_LINE];
	unsigned int len;
};

static void put(struct line *l, char c)
{
	if (l->len < LOG_LINE - 1)
		l->buf[l->len++] = c;
}

static void put_str(struct line *l, const char *s)
{
	while (*s != '\0')
		put(l, *s++);
}

static void put_num(struct line *l, unsigned long long v, unsigned int base,
		    bool prefix)
{
	char digits[24];
	unsigned int n = 0;

	if (prefix)
		put_str(l, "0x");
	do {
		digits[n++] = "0123456789abcdef"[v % base];
		v /= base;
	} while (v != 0);
	while (n > 0)
		put(l, digits[--n]);
}

static unsigned long long take_unsigned(va_list *ap, int longs)
{
	if (longs >= 2)
		return va_arg(*ap, unsigned long long);
	if (longs == 1)
		return va_arg(*ap, unsigned long);
	return va_arg(*ap, unsigned int);
}

static long long take_signed(va_list *ap, int longs)
{
	if (longs >= 2)
		return va_arg(*ap, long long);
	if (longs == 1)
		return va_arg(*ap, long);
	return va_arg(*ap, int);
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
		case 'c':
			put(l, (char)va_arg(*ap, int));
			break;
		case 'd': {
			long long v = take_signed(ap, longs);

			if (v < 0)
				put(l, '-');
			put_num(l, v < 0 ? 0ULL - (unsigned long long)v : (unsigned long long)v, 10,
				false);
			break;
		}
		case 'u':
			put_num(l, take_unsigned(ap, longs), 10, false);
			break;
		case 'x':
			put_num(l, take_unsigned(ap, longs), 16, alt);
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
	struct line l = { .len = 0 };
	va_list ap;

	if (!ffa_log_on(m, level))
		return;
	va_start(ap, fmt);
	format(&l, fmt, &ap);
	va_end(ap);
	l.buf[l.len] = '\0';
	m->plat->log(m->plat->ctx, level, l.buf);
}
