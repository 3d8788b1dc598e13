/* SPDX-License-Identifier: MIT */
/*
 * The mediator's lock order (runtime/src/internal.h), checked in the test
 * platforms' lock ops: each struct ffa_lock carries its rank, and a CPU
 * (a thread, in the host tests) takes locks in increasing rank, locks of
 * one rank by increasing address. Header-only, for the bare-metal
 * hypervisor of the system test and the host tests alike.
 */
#ifndef LOCK_ORDER_H
#define LOCK_ORDER_H

#include "ffa/platform.h"

#define LOCK_ORDER_MAX_HELD 8

/* The locks one CPU holds, in the order taken. */
struct lock_order {
	const struct ffa_lock *held[LOCK_ORDER_MAX_HELD];
	unsigned int count;
};

/*
 * Note that lock is being taken: NULL when that keeps the order, or what
 * is wrong (the caller panics).
 */
static inline const char *lock_order_take(struct lock_order *o, const struct ffa_lock *lock)
{
	if (lock->rank == 0)
		return "a lock without a rank";
	for (unsigned int i = 0; i < o->count; i++) {
		const struct ffa_lock *h = o->held[i];

		if (h == lock)
			return "a lock taken twice";
		if (h->rank > lock->rank ||
		    (h->rank == lock->rank && (uintptr_t)h > (uintptr_t)lock))
			return "a lock taken out of order";
	}
	if (o->count == LOCK_ORDER_MAX_HELD)
		return "more locks held at once than the order has";
	o->held[o->count++] = lock;
	return NULL;
}

/* Note that lock is given back (in any order). */
static inline void lock_order_drop(struct lock_order *o, const struct ffa_lock *lock)
{
	for (unsigned int i = 0; i < o->count; i++) {
		if (o->held[i] == lock) {
			o->held[i] = o->held[--o->count];
			return;
		}
	}
}

#endif /* LOCK_ORDER_H */
