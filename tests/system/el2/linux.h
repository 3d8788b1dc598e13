/* SPDX-License-Identifier: MIT */
/*
 * What the Linux run loads beside the hypervisor (tests/system/run.py
 * writes it, QEMU loads it at BOOT_INFO_PA): where the kernel, DTB and
 * initramfs were put and where the guest must see them.
 */
#ifndef EL2_LINUX_H
#define EL2_LINUX_H

#include <stdint.h>

#define BOOT_INFO_MAGIC 0x58554e494c414646UL /* "FFALINUX", little-endian */
#define BOOT_MAX_IMAGES 4

struct boot_image {
	uint64_t pa;   /* where QEMU loaded it */
	uint64_t ipa;  /* where the guest finds it */
	uint64_t size;
};

struct boot_info {
	uint64_t magic;
	uint64_t ram_ipa;   /* the guest's RAM */
	uint64_t ram_size;
	uint64_t entry_ipa; /* the kernel's first instruction */
	uint64_t dtb_ipa;   /* x0 at entry */
	uint64_t image_count;
	struct boot_image images[BOOT_MAX_IMAGES];
	uint64_t guest_count; /* guests to boot one after another (0: one) */
};

#endif
