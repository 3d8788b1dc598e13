/* SPDX-License-Identifier: MIT */
/* What Xen 4.17's <xen/stdbool.h> defines (see types.h here). */
#ifndef FFA_XEN_SHIM_STDBOOL_H
#define FFA_XEN_SHIM_STDBOOL_H

#define bool _Bool
#define true 1
#define false 0
#define __bool_true_false_are_defined 1

#endif /* FFA_XEN_SHIM_STDBOOL_H */
