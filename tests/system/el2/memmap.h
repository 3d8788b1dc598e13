/* SPDX-License-Identifier: MIT */
/*
 * Physical memory of the QEMU virt machine (-m 1G) as the system test
 * uses it. EL3 runs from secure flash and secure RAM; all of the
 * Non-secure RAM below is ours.
 */
#ifndef EL2_MEMMAP_H
#define EL2_MEMMAP_H

#define RAM_BASE 0x40000000UL     /* Non-secure RAM, 1 GiB */
#define RAM_END 0x80000000UL
#define HYP_BASE 0x40200000UL     /* this image, its tables and stacks, to 0x42000000 */
#define BOOT_INFO_PA 0x42000000UL /* the Linux run's struct boot_info (linux.h) */
/*
 * FW_INFO_PA 0x42001000, the firmware word (firmware.h);
 * TEST_FAULT_PA 0x42001008 (sys/testfault.h)
 */
#define STAGING_BASE 0x44000000UL /* the Linux run's kernel, DTB, initrd, as QEMU loaded them */
#define GUEST_POOL_BASE 0x50000000UL /* guests' RAM comes from here */
#define GUEST_POOL_END RAM_END

#define DEVICE_BASE 0x08000000UL  /* GIC, UART, RTC...: passed through to a Linux guest */
#define DEVICE_END 0x10000000UL
#define UART_BASE 0x09000000UL

/*
 * The page every scenario VM runs: "smc #0; hvc #0xff" (AArch64 at offset 0,
 * AArch32 at STUB_A32_OFFSET; "hvc #0; hvc #0xff" 0x20 after each, guest.c).
 * It is the hypervisor's, mapped read-only into each VM at STUB_IPA, outside
 * any guest RAM a scenario describes.
 */
#define STUB_IPA 0x30000000UL
#define STUB_A32_OFFSET 0x100

#define PAGE_SIZE 4096UL

#endif
