/* SPDX-License-Identifier: MIT */
/*
 * The few atomic operations the runtime uses, in one place, so that a
 * hypervisor can map them to its own primitives: build with
 * -DFFA_ATOMIC_HEADER='"my_atomic.h"' and define the same five macros
 * there (Xen: read_atomic/write_atomic with smp_mb, cmpxchg, xchg;
 * Linux: smp_load_acquire, smp_store_release, atomic64_fetch_or_release,
 * xchg, try_cmpxchg). Each takes a pointer to a naturally aligned
 * integer or bool of the runtime's state; the orderings are the ones
 * the callers' comments rely on. The default is GCC's and Clang's
 * __atomic builtins, which every freestanding compiler the runtime
 * supports has.
 */
#ifndef FFA_ATOMIC_H
#define FFA_ATOMIC_H

#ifdef FFA_ATOMIC_HEADER
#include FFA_ATOMIC_HEADER
#else
/* *p, and nothing after it moves before it. */
#define ffa_atomic_load_acquire(p) __atomic_load_n((p), __ATOMIC_ACQUIRE)
/* *p = v, and nothing before it moves after it. */
#define ffa_atomic_store_release(p, v) __atomic_store_n((p), (v), __ATOMIC_RELEASE)
/* *p |= v, published as a release (the bits are read with acquire). */
#define ffa_atomic_or_release(p, v) ((void)__atomic_fetch_or((p), (v), __ATOMIC_RELEASE))
/* The old *p, replaced by v, with acquire and release. */
#define ffa_atomic_xchg(p, v) __atomic_exchange_n((p), (v), __ATOMIC_ACQ_REL)
/* If *p == *old, *p = v and true; else *old = *p and false. Acquire and release. */
#define ffa_atomic_cmpxchg(p, old, v) \
	__atomic_compare_exchange_n((p), (old), (v), false, __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE)
#endif

#endif /* FFA_ATOMIC_H */
