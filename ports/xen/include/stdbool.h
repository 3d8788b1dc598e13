/* SPDX-License-Identifier: GPL-2.0-only */
/* The runtime's <stdbool.h> in Xen. */
#include <xen/stdbool.h>
