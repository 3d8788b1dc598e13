# SPDX-License-Identifier: MIT
# run.py --init: the optee driver removed and loaded again, so that one
# guest shares and reclaims OP-TEE's argument memory twice (its second
# MEM_SHARE must get a handle of its own); /init removes it the second time.
unload optee
load optee
[ -e /dev/tee0 ] && echo "ffa-test: /dev/tee0 present again" || echo "ffa-test: FAIL no /dev/tee0 after the second load"
