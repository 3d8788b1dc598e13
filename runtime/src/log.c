/* SPDX-License-Identifier: MIT */
/*
 * ffa_log(): the level's check, then the platform's vlog op, which formats
 * the line with the hypervisor's own printf. The runtime carries no
 * formatter of its own (issue 15: 929 -> 112 bytes of aarch64 code);
 * its formats keep to what every printf formats alike (platform.h).
 * Out of line: a function with va_start is never inlined.
 */
#include <stdarg.h>

#include "internal.h"

void ffa_log(const struct ffa_mediator *m, enum ffa_log_level level,
	     const char *fmt, ...)
{
	va_list ap;

	if (!ffa_log_on(m, level))
		return;
	va_start(ap, fmt);
	m->plat->vlog(m->plat->ctx, level, fmt, ap);
	va_end(ap);
}
