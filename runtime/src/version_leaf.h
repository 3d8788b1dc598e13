/* SPDX-License-Identifier: MIT */
/*
 * FFA_VERSION (DEN0077A v1.2 §13.2), per VM: what a VM asking a version
 * gets, and the leaf handler (spec/functions.yaml) of the fast lane, which
 * answers a VM whose version is frozen already.
 */
#ifndef FFA_VERSION_LEAF_H
#define FFA_VERSION_LEAF_H

#include "internal.h"

/* The version a VM asking for args is served at; 0 for another major version. */
static inline enum ffa_version ffa_version_served(const struct ffa_mediator *m,
						  const struct ffa_version_args *args)
{
	const enum ffa_version ours = m->vm_version_max;
	enum ffa_version asked;

	if (args->major != ffa_version_number_get_major(ours))
		return (enum ffa_version)0;
	asked = (enum ffa_version)ffa_version_number_set_minor(
		ffa_version_number_set_major(0, args->major), args->minor);
	return asked < ours ? asked : ours;
}

/* The success reply: our version, encoded at the version served. */
static inline void ffa_version_reply(const struct ffa_mediator *m, enum ffa_version served,
				     struct ffa_regs *out)
{
	const struct ffa_version_result res = {
		.major = (uint16_t)ffa_version_number_get_major(m->vm_version_max),
		.minor = (uint16_t)ffa_version_number_get_minor(m->vm_version_max),
	};

	ffa_encode_version_result(&res, served, out);
}

/*
 * For a VM whose version is frozen (the fast lane's): asking the same
 * version again succeeds; anything else is NOT_SUPPORTED, which the full
 * dispatch then reports and logs. "The same" is ffa_version_served() ==
 * the VM's version v, which (v being ours or older, of our major version)
 * is: v's major, and v's minor or, when v is ours, a later one.
 */
static inline int32_t ffa_leaf_version(struct ffa_call_ctx *ctx,
				       const struct ffa_version_args *args, struct ffa_regs *out)
{
	const enum ffa_version v = ctx->version;
	const uint32_t minor = ffa_version_number_get_minor(v);

	if (args->major != ffa_version_number_get_major(v) ||
	    (args->minor != minor && (v != ctx->m->vm_version_max || args->minor < minor)))
		return FFA_NOT_SUPPORTED;
	ffa_version_reply(ctx->m, v, out);
	return FFA_OK;
}

#endif /* FFA_VERSION_LEAF_H */
