/* SPDX-License-Identifier: GPL-2.0-only */
/* The runtime's <stddef.h> in Xen: size_t, NULL and offsetof are Xen's. */
#ifndef FFA_XEN_STDDEF_H
#define FFA_XEN_STDDEF_H

#include <xen/types.h>

#endif /* FFA_XEN_STDDEF_H */
