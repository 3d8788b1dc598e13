/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Xen builds without libc headers (-nostdinc): the runtime's <stdint.h>
 * is Xen's own fixed-width types, plus what Xen's types.h lacks.
 */
#ifndef FFA_XEN_STDINT_H
#define FFA_XEN_STDINT_H

#include <xen/types.h>

#ifndef UINT64_C
#define UINT64_C(c) c ## UL
#endif
#ifndef UINT64_MAX
#define UINT64_MAX 0xffffffffffffffffUL
#endif
#ifndef SIZE_MAX
#define SIZE_MAX 0xffffffffffffffffUL
#endif

#endif /* FFA_XEN_STDINT_H */
