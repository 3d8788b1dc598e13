/* SPDX-License-Identifier: MIT */
/*
 * A partition that answers as OP-TEE does over FF-A (SPMC_BEHAVE_OPTEE),
 * enough for Linux's optee driver to probe and remove: the OP-TEE FF-A
 * ABI of drivers/tee/optee/optee_ffa.h (API 1.0), direct requests with
 * the service id in w3.
 */
#ifndef SPMC_OPTEE_H
#define SPMC_OPTEE_H

#include "spmc.h"

/*
 * The answer of OP-TEE partition `partition` (its state st) to request r:
 * w3..w7 of its direct response in reply[0..4]. A call with an argument
 * page retrieves that page's transaction (as OP-TEE does on first use),
 * answers in the struct optee_msg_arg there and records what it read in
 * st->optee; UNREGISTER_SHM relinquishes it.
 */
void spmc_optee_answer(struct spmc *s, struct spmc_partition_state *st, uint16_t partition,
		       const struct spmc_request *r, uint64_t reply[5]);

/*
 * OP-TEE partition `partition` heard that VM vm is destroyed: as OP-TEE
 * with virtualization does (virt_guest_destroyed(): "Removing guest N",
 * the guest's context and its shared memory freed), it lets go of
 * (relinquishes) every transaction of that VM it retrieved, so the
 * hypervisor can reclaim them.
 */
void spmc_optee_vm_destroyed(struct spmc *s, uint16_t partition, uint16_t vm);

#endif
