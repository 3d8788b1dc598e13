/* SPDX-License-Identifier: MIT */
/*
 * Where the engine protocol's answers go: the host engine's stdout, the
 * system test's UART, or EL3's answer buffer. Freestanding.
 */
#ifndef ENGINE_OUT_H
#define ENGINE_OUT_H

#include <stdarg.h>

/* print(ctx, fmt, ap) appends text (printf formats). */
struct engine_out {
	void (*print)(void *ctx, const char *fmt, va_list ap);
	void *ctx;
};

/* Text as it is. */
void engine_say(const struct engine_out *out, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

/* One answer line: "@ ", the text, a newline. */
void engine_reply(const struct engine_out *out, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

#endif
