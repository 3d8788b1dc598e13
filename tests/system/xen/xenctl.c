// SPDX-License-Identifier: MIT
/*
 * dom0's tool in the Xen system test, a static program in its initramfs:
 * with no xenstore (dom0less), xl cannot run, so this asks Xen itself
 * through /dev/xen/privcmd (Linux's privcmd driver, xen_privcmd.ko).
 *
 *   xenctl wait-console TEXT SECONDS   wait until Xen's console ring
 *                                      (XEN_SYSCTL_readconsole) holds TEXT
 *   xenctl destroy DOMID               XEN_DOMCTL_destroydomain, as
 *                                      `xl destroy` does after a crash
 *
 * Interface versions and layouts: Xen 4.17's public/domctl.h, sysctl.h.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <time.h>
#include <unistd.h>

#define HYPERVISOR_sysctl 35
#define HYPERVISOR_domctl 36
#define XEN_SYSCTL_INTERFACE_VERSION 0x15
#define XEN_DOMCTL_INTERFACE_VERSION 0x15
#define XEN_SYSCTL_readconsole 1
#define XEN_DOMCTL_destroydomain 2

struct privcmd_hypercall {
	uint64_t op;
	uint64_t arg[5];
};
#define IOCTL_PRIVCMD_HYPERCALL _IOC(_IOC_NONE, 'P', 0, sizeof(struct privcmd_hypercall))

struct xen_sysctl {
	uint32_t cmd;
	uint32_t interface_version;
	union {
		struct {
			uint8_t clear;
			uint8_t incremental;
			uint8_t pad0, pad1;
			uint32_t index;
			uint64_t buffer;
			uint32_t count;
		} readconsole;
		uint8_t pad[128];
	} u;
};

struct xen_domctl {
	uint32_t cmd;
	uint32_t interface_version;
	uint16_t domain;
	uint16_t pad[3];
	union {
		uint64_t align;
		uint8_t pad[128];
	} u;
};

static int privcmd = -1;

static long hypercall(unsigned int op, void *arg)
{
	struct privcmd_hypercall h = { .op = op, .arg = { (uintptr_t)arg } };

	return ioctl(privcmd, IOCTL_PRIVCMD_HYPERCALL, &h);
}

/* Poll the console ring from where the last read ended; the TEXT may span reads. */
static int wait_console(const char *text, int seconds)
{
	static char buf[16384], window[16384 * 2];
	size_t len = strlen(text), have = 0;
	struct xen_sysctl s;
	uint32_t index = 0;
	time_t end = time(NULL) + seconds;

	if (len == 0 || len >= sizeof(buf))
		return 2;
	/* Xen writes through dom0's page tables: the pages must be there. */
	memset(buf, 0, sizeof(buf));
	while (time(NULL) < end) {
		memset(&s, 0, sizeof(s));
		s.cmd = XEN_SYSCTL_readconsole;
		s.interface_version = XEN_SYSCTL_INTERFACE_VERSION;
		s.u.readconsole.incremental = 1;
		s.u.readconsole.index = index;
		s.u.readconsole.buffer = (uintptr_t)buf;
		s.u.readconsole.count = sizeof(buf);
		if (hypercall(HYPERVISOR_sysctl, &s) < 0) {
			printf("xenctl: readconsole failed: %s\n", strerror(errno));
			return 1;
		}
		index = s.u.readconsole.index;
		memcpy(window + have, buf, s.u.readconsole.count);
		have += s.u.readconsole.count;
		window[have] = '\0';
		if (memmem(window, have, text, len) != NULL)
			return 0;
		/* Keep only what could begin the text. */
		if (have >= len) {
			memmove(window, window + have - (len - 1), len - 1);
			have = len - 1;
		}
		if (s.u.readconsole.count < sizeof(buf))
			sleep(1);
	}
	/* Not the text itself: dom0's console is in the ring too. */
	printf("xenctl: not on Xen's console after %d s\n", seconds);
	return 1;
}

static int destroy(unsigned int domid)
{
	struct xen_domctl d;
	long ret;

	do {
		memset(&d, 0, sizeof(d));
		d.cmd = XEN_DOMCTL_destroydomain;
		d.interface_version = XEN_DOMCTL_INTERFACE_VERSION;
		d.domain = (uint16_t)domid;
		ret = hypercall(HYPERVISOR_domctl, &d);
	} while (ret < 0 && errno == EAGAIN);
	if (ret < 0) {
		printf("xenctl: destroying domain %u failed: %s\n", domid, strerror(errno));
		return 1;
	}
	return 0;
}

int main(int argc, char **argv)
{
	privcmd = open("/dev/xen/privcmd", O_RDWR);
	if (privcmd < 0) {
		printf("xenctl: /dev/xen/privcmd: %s\n", strerror(errno));
		return 1;
	}
	if (argc == 4 && strcmp(argv[1], "wait-console") == 0)
		return wait_console(argv[2], atoi(argv[3]));
	if (argc == 3 && strcmp(argv[1], "destroy") == 0)
		return destroy((unsigned int)strtoul(argv[2], NULL, 0));
	fprintf(stderr, "usage: xenctl wait-console TEXT SECONDS | destroy DOMID\n");
	return 2;
}
