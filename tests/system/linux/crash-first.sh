# SPDX-License-Identifier: MIT
# run.py --guests 2 --init: the first guest crashes (sysrq b, PSCI
# SYSTEM_RESET) with the FF-A and OP-TEE drivers loaded, so its RX/TX
# buffers are still mapped and OP-TEE's shared memory is still open: the
# hypervisor's teardown of its VM must undo all of it before the second
# guest boots, which runs to the end.
if [ "$ffa_test_guest" = 1 ]; then
	crash
fi
echo "ffa-test: guest $ffa_test_guest of $ffa_test_guests goes on to the end"
