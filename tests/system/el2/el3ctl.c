/* SPDX-License-Identifier: MIT */
/* The test-control SMC to EL3 (sys/testctl.h), for the SPMC's side. */
#include "firmware.h"
#include "hyp.h"
#include "sys/string.h"
#include "sys/testctl.h"
#include "sys/uart.h"

static char buf[64 * 1024] __attribute__((aligned(4096)));

const char *el3_command(const char *command)
{
	struct ffa_regs r = { .x = { TESTCTL_CALL, (uint64_t)buf, sizeof(buf) } };
	size_t n = strlen(command);

	/* Real firmware has no such call: never make it, answer at once. */
	if (firmware_real()) {
		uart_printf("@ err %s takes no test-control commands (%s)\n", firmware_name(),
			    command);
		return NULL;
	}
	if (n + 1 > sizeof(buf)) {
		uart_puts("@ err command too long for EL3\n");
		return NULL;
	}
	memcpy(buf, command, n + 1);
	smc_call(&r);
	if (r.x[0] != TESTCTL_OK) {
		uart_printf("@ err EL3 test control failed (%ld)\n", (long)r.x[0]);
		return NULL;
	}
	return buf;
}
