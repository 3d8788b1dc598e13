/* SPDX-License-Identifier: MIT */
#include "sys/fmt.h"

#include <stdbool.h>
#include <stdint.h>

struct out {
	char *buf;
	size_t size;
	size_t len; /* wanted so far, may exceed size */
};

static void put(struct out *o, char c)
{
	if (o->len + 1 < o->size)
		o->buf[o->len] = c;
	o->len++;
}

struct spec {
	bool zero;
	bool alt;
	bool left;
	unsigned int width;
	int longs;    /* 0: int, 1: long, 2: long long, 3: size_t */
};

static void put_padded(struct out *o, const char *s, size_t n, const struct spec *sp,
		       const char *prefix)
{
	size_t plen = 0;

	while (prefix[plen] != '\0')
		plen++;
	if (!sp->left && !sp->zero) {
		for (size_t i = n + plen; i < sp->width; i++)
			put(o, ' ');
	}
	for (size_t i = 0; i < plen; i++)
		put(o, prefix[i]);
	if (!sp->left && sp->zero) {
		for (size_t i = n + plen; i < sp->width; i++)
			put(o, '0');
	}
	for (size_t i = 0; i < n; i++)
		put(o, s[i]);
	if (sp->left) {
		for (size_t i = n + plen; i < sp->width; i++)
			put(o, ' ');
	}
}

static void put_number(struct out *o, uint64_t v, unsigned int base, bool upper, bool negative,
		       const struct spec *sp)
{
	const char *digits = upper ? "0123456789ABCDEF" : "0123456789abcdef";
	char tmp[24];
	size_t n = 0;

	do {
		tmp[sizeof(tmp) - 1 - n++] = digits[v % base];
		v /= base;
	} while (v != 0);
	put_padded(o, tmp + sizeof(tmp) - n, n, sp,
		   negative ? "-" : (sp->alt && base == 16) ? (upper ? "0X" : "0x") : "");
}

static uint64_t unsigned_arg(va_list *ap, int longs)
{
	switch (longs) {
	case 0:
		return va_arg(*ap, unsigned int);
	case 1:
		return va_arg(*ap, unsigned long);
	case 2:
		return va_arg(*ap, unsigned long long);
	default:
		return va_arg(*ap, size_t);
	}
}

static int64_t signed_arg(va_list *ap, int longs)
{
	switch (longs) {
	case 0:
		return va_arg(*ap, int);
	case 1:
		return va_arg(*ap, long);
	case 2:
		return va_arg(*ap, long long);
	default:
		return (int64_t)va_arg(*ap, size_t);
	}
}

/* Flags, width and length of one conversion; fmt left at its letter. */
static const char *parse_spec(const char *fmt, struct spec *sp)
{
	*sp = (struct spec){ 0 };
	for (;; fmt++) {
		if (*fmt == '0')
			sp->zero = true;
		else if (*fmt == '#')
			sp->alt = true;
		else if (*fmt == '-')
			sp->left = true;
		else
			break;
	}
	while (*fmt >= '0' && *fmt <= '9')
		sp->width = sp->width * 10 + (unsigned int)(*fmt++ - '0');
	for (; *fmt == 'l'; fmt++)
		sp->longs++;
	if (*fmt == 'z') {
		sp->longs = 3;
		fmt++;
	}
	return fmt;
}

static void convert(struct out *o, char c, const struct spec *sp, va_list *ap)
{
	switch (c) {
	case 'd':
	case 'i': {
		int64_t v = signed_arg(ap, sp->longs);

		put_number(o, v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v, 10, false, v < 0,
			   sp);
		break;
	}
	case 'u':
		put_number(o, unsigned_arg(ap, sp->longs), 10, false, false, sp);
		break;
	case 'x':
	case 'X':
		put_number(o, unsigned_arg(ap, sp->longs), 16, c == 'X', false, sp);
		break;
	case 'p': {
		struct spec p = *sp;

		p.alt = true;
		put_number(o, (uint64_t)(uintptr_t)va_arg(*ap, void *), 16, false, false, &p);
		break;
	}
	case 'c': {
		char ch = (char)va_arg(*ap, int);

		put_padded(o, &ch, 1, sp, "");
		break;
	}
	case 's': {
		const char *s = va_arg(*ap, const char *);
		size_t n = 0;

		if (s == NULL)
			s = "(null)";
		while (s[n] != '\0')
			n++;
		put_padded(o, s, n, sp, "");
		break;
	}
	default:
		put(o, '%');
		put(o, c);
	}
}

int fmt_vsnprintf(char *buf, size_t size, const char *fmt, va_list ap)
{
	struct out o = { buf, size, 0 };
	va_list args;

	va_copy(args, ap);
	for (; *fmt != '\0'; fmt++) {
		struct spec sp;

		if (*fmt != '%') {
			put(&o, *fmt);
			continue;
		}
		fmt = parse_spec(fmt + 1, &sp);
		if (*fmt == '\0')
			break;
		if (*fmt == '%')
			put(&o, '%');
		else
			convert(&o, *fmt, &sp, &args);
	}
	va_end(args);
	if (size > 0)
		buf[o.len < size ? o.len : size - 1] = '\0';
	return (int)o.len;
}

int fmt_snprintf(char *buf, size_t size, const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = fmt_vsnprintf(buf, size, fmt, ap);
	va_end(ap);
	return n;
}
