/* SPDX-License-Identifier: MIT */
/*
 * The simulated SPMC's notifications (DEN0077A v1.2 §10, §16), between VMs
 * (through the hypervisor at the Non-secure physical instance) and
 * partitions, modelled on Hafnium's: per VM bitmaps the hypervisor
 * creates and destroys, bindings of partitions' notifications, pending
 * bits per VM (global or per vCPU) and the SPM's RX-buffer-full framework
 * notification, reported once by FFA_NOTIFICATION_INFO_GET. The
 * partitions' side (an SP binds a VM's notifications, sets one for a VM)
 * is played by tests through the spmc_sp_* calls.
 *
 * Answers to the hypervisor (the model's choices where Hafnium's could not
 * be checked are marked so):
 *  - BITMAP_CREATE: INVALID_PARAMETERS for VM id 0, a partition's id or
 *    no vCPU; DENIED when the VM has bitmaps already (Hafnium);
 *    NO_MEMORY when SPMC_NOTIFY_VMS VMs have them.
 *  - BITMAP_DESTROY: INVALID_PARAMETERS without bitmaps; DENIED while a
 *    notification is pending (Hafnium; bindings go with the bitmaps).
 *  - BIND/UNBIND (receiver a VM, sender a partition): INVALID_PARAMETERS
 *    for no bitmaps, a sender that is no partition, flags past bit 0;
 *    DENIED for a bit bound to another sender (BIND), a bit not bound to
 *    that sender or pending (UNBIND; the model's).
 *  - SET (sender a VM, receiver a partition): INVALID_PARAMETERS for no
 *    such partition or an empty bitmap; DENIED for a bit the partition did
 *    not bind to that VM.
 *  - GET (receiver a VM): INVALID_PARAMETERS without bitmaps or for a vCPU
 *    past its count; returns and clears the SP bitmap (global and that
 *    vCPU's) and the SPM bitmap as the flags ask.
 *  - INFO_GET: the VMs (and vCPUs) with notifications not reported yet, in
 *    the spec's packing; NO_DATA when none.
 */
#ifndef SPMC_NOTIFY_H
#define SPMC_NOTIFY_H

#include "ffa/ffa_calls.h"

/* VMs with bitmaps at once, and per-vCPU notifications tracked per VM. */
/* A build may raise it (the scenario engine: the mediator's FFA_DEFAULT_VMS). */
#ifndef SPMC_NOTIFY_VMS
#define SPMC_NOTIFY_VMS 64
#endif
#define SPMC_NOTIFY_VCPUS 8

struct spmc_notify_vm {
	bool used;
	uint16_t id;
	uint32_t vcpu_count;
	uint64_t bound;                    /* bound to a partition (sender[i]) */
	uint64_t per_vcpu;                 /* of those, per-vCPU */
	uint16_t sender[64];
	uint64_t pending;                  /* global, from partitions */
	uint64_t pending_vcpu[SPMC_NOTIFY_VCPUS];
	uint32_t spm_pending;              /* framework: RX buffer full */
	bool info_global;                  /* not reported by INFO_GET yet */
	uint32_t info_vcpus;
};

/* A partition's side: which VM may set which of its notifications. */
struct spmc_notify_sp {
	uint64_t bound;
	uint64_t per_vcpu;                 /* of bound: bound per-vCPU */
	uint16_t sender[64];
	uint64_t pending;                  /* set by VMs, not yet taken */
};

struct spmc_notify {
	struct spmc_notify_vm vms[SPMC_NOTIFY_VMS];
};

#endif
