/* SPDX-License-Identifier: GPL-2.0-only */
/* The runtime's <stdarg.h> in Xen. */
#include <xen/stdarg.h>
