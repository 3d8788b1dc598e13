/* SPDX-License-Identifier: MIT */
/*
 * What Xen 4.17's <xen/types.h> (with asm/types.h, arm64) gives a file
 * that includes it, and nothing more: bool, the fixed-width types,
 * size_t, ptrdiff_t, uintptr_t, NULL and the limits it defines. The Xen port's
 * include/stdint.h and stddef.h map the runtime's headers to it; with
 * this in its place, the host build (ffa_mediator_xen_flags) finds what
 * the runtime takes from libc that Xen does not have (UINT32_C, INT64_MAX
 * ...) before a Xen build does.
 */
#ifndef FFA_XEN_SHIM_TYPES_H
#define FFA_XEN_SHIM_TYPES_H

#include <xen/stdbool.h>

#define NULL ((void *)0)

#define INT8_MIN (-127 - 1)
#define INT16_MIN (-32767 - 1)
#define INT32_MIN (-2147483647 - 1)
#define INT8_MAX (127)
#define INT16_MAX (32767)
#define INT32_MAX (2147483647)
#define UINT8_MAX (255)
#define UINT16_MAX (65535)
#define UINT32_MAX (4294967295U)
#define INT_MAX ((int)(~0U >> 1))
#define INT_MIN (-INT_MAX - 1)
#define UINT_MAX (~0U)
#define LONG_MAX ((long)(~0UL >> 1))
#define LONG_MIN (-LONG_MAX - 1)
#define ULONG_MAX (~0UL)

typedef unsigned char uint8_t;
typedef signed char int8_t;
typedef unsigned short uint16_t;
typedef signed short int16_t;
typedef unsigned int uint32_t;
typedef signed int int32_t;
typedef unsigned long uint64_t;
typedef signed long int64_t;
typedef unsigned long uintptr_t;
typedef __SIZE_TYPE__ size_t;
typedef signed long ssize_t;
typedef __PTRDIFF_TYPE__ ptrdiff_t;

#endif /* FFA_XEN_SHIM_TYPES_H */
