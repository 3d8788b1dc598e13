/* SPDX-License-Identifier: MIT */
/* A small vsnprintf for freestanding images (what uart_printf uses). */
#ifndef SYS_FMT_H
#define SYS_FMT_H

#include <stdarg.h>
#include <stddef.h>

/*
 * Formats like vsnprintf for %s %c %d %i %u %x %X %p %% with the l, ll and
 * z length modifiers, a width, '0' padding and '#' (0x prefix). Always
 * NUL-terminates when size > 0; returns the length it wanted.
 */
int fmt_vsnprintf(char *buf, size_t size, const char *fmt, va_list ap);
int fmt_snprintf(char *buf, size_t size, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

#endif
