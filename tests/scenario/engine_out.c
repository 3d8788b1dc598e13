/* SPDX-License-Identifier: MIT */
#include "engine_out.h"

void engine_say(const struct engine_out *out, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	out->print(out->ctx, fmt, ap);
	va_end(ap);
}

void engine_reply(const struct engine_out *out, const char *fmt, ...)
{
	va_list ap;

	engine_say(out, "@ ");
	va_start(ap, fmt);
	out->print(out->ctx, fmt, ap);
	va_end(ap);
	engine_say(out, "\n");
}
