#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Both scenario engines answer alike: the same commands get the same words.

engine_answers.py --engine ENGINE [--emulator CMD]
sends one fixed session of mistakes and plain commands to a scenario engine
(the host one, tests/scenario/engine.c, or the QEMU machine's,
tests/system/scenario-engine) and compares every answer line with the one
written below. The engines share their commands (engine_core.c); what may
differ is only the machine's name and its room, filled in from LIMITS by
the name the engine gives. Exit status 0 when every answer is as written.
"""
import argparse
import shlex
import subprocess
import sys

# What each machine has room for (struct engine_limits of engine.c and of
# tests/system/el2/scenario_engine.c).
LIMITS = {
    "host": {"vcpus": 65535, "memory": 0x400000000, "vms": 40, "ids": 64},
    "el2": {"vcpus": 8, "memory": 0x4000000, "vms": 16, "ids": 16},
}

# (command, answer): {name} and the LIMITS keys are the machine's.
SESSION = [
    ("engine", "engine {name}"),
    ("frame 1", "err unknown command frame"),
    ("config foo 1", "err unknown mediator setting foo"),
    ("config hyp_buffer_pages", "err usage: config KEY VALUE"),
    ("trace 2", "err usage: trace 0|1"),
    ("vm_create 1 aarch64 1 0x100000 0x40000000", "err vm_create before init"),
    ("counts", "err counts before init"),
    ("init", "ok 0x10002 0x10002"),
    ("init", "err init after init"),
    ("config vm_rxtx_max_pages 2", "err config after init"),
    ("vm_create 1 aarch65 1 0x100000 0x40000000",
     "err usage: vm_create ID aarch64|aarch32 VCPUS MEMSIZE IPABASE "
     "(VCPUS <= {vcpus}, MEMSIZE <= {memory:#x})"),
    ("vm_create 1 aarch64 1 0x100000 0x40000000", "ok"),
    ("vm_create 1 aarch64 1 0x100000 0x40000000",
     "err the machine cannot add VM 0x1 (duplicate, {vms} VMs, memory, "
     "alignment)"),
    ("vm_create 2 aarch32 1 0x100000 0x40000000", "ok"),
    ("call 9 0 1", "err VM 0x9 does not exist"),
    ("call 1 0 1", "err usage: call VM VCPU X0..X17"),
    ("call_hvc 1 0" + " 0" * 17 + " zz", "err bad register x17"),
    ("call 1 0 0x84000061" + " 0" * 17,
     "reply 84000060 0 ffffffff" + " 0" * 15),
    ("call_hvc 2 0 0x84000061" + " 0" * 17,
     "reply 84000060 0 ffffffff" + " 0" * 15),
    ("write 1 0x40000000 0g", "err usage: write VM IPA HEX"),
    ("write 1 0x40100000 00",
     "err 0x1 bytes at IPA 0x40100000 are not VM 0x1's memory"),
    ("write 1 0x40000000 00ff", "ok"),
    ("read 1 0x40000000 3", "data 00ff00"),
    ("read 1 0x400ffffe 4",
     "err 0x4 bytes at IPA 0x400ffffe are not VM 0x1's memory"),
    ("read 1", "err usage: read VM IPA LEN"),
    ("hyp_read tx 0 0x1001",
     "err usage: hyp_read tx|rx OFFSET LEN, inside the 4096-byte buffer"),
    # Init's last PARTITION_INFO_GET left the first partition, 0x8001, there.
    ("hyp_read rx 0 2", "data 0180"),
    ("pa 1 0x40000000x", "err usage: pa VM IPA"),
    ("pa 1 0x50000000", "status -2"),
    ("vm_destroy 3", "err VM 0x3 does not exist"),
    ("vm_destroy_poll 1", "err VM 0x1 was not destroyed"),
    ("vm_destroy_poll x", "err usage: vm_destroy_poll ID"),
    ("policy", "err usage: policy SENDER [RECEIVER...], ids below {ids}"),
    ("policy 1 99999", "err usage: policy SENDER [RECEIVER...], ids below {ids}"),
    ("policy 1 2", "ok"),
    ("fail_next_map", "err usage: fail_next_map N (N <= 1000)"),
    ("take_virq 1 1", "err usage: take_virq VM VCPU (one of the VM's vCPUs)"),
    ("take_virq 1 0", "virq none"),
    ("sri", "ok"),
    ("page_state 1", "err usage: page_state VM IPA"),
    ("page_state 1 0x40000000", "page 0 0 0 0 1"),
    ("vm_state", "err usage: vm_state VM"),
    ("vm_state 1", "vm 0 0"),
    ("live_mappings 1", "count 0"),
    ("vm_destroy 2", "status 0"),
    ("vm_destroy_poll 2", "status 0"),
    ("page_state 2 0x40000000", "page 0 0 0 0 0"),
    ("spmc_set version 0x10002", "err spmc_set after init"),
    ("partition_set 0x8001 behaviour nonsense",
     "err bad partition setting behaviour nonsense"),
    ("nothing", "err unknown command nothing"),
]


def answers(argv, timeout):
    """The engine's answer lines to SESSION, then quit."""
    text = "".join(c + "\n" for c, _ in SESSION) + "quit\n"
    done = subprocess.run(argv, input=text, capture_output=True, text=True,
                          timeout=timeout)
    return [line[2:] for line in done.stdout.splitlines()
            if line.startswith("@ ")]


def main(args=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--engine", required=True)
    ap.add_argument("--emulator", default="")
    ap.add_argument("--timeout", type=int, default=120)
    a = ap.parse_args(args)
    got = answers(shlex.split(a.emulator) + [a.engine], a.timeout)
    name = got[0].split()[1] if got and got[0].startswith("engine ") else "?"
    if name not in LIMITS:
        print(f"the engine named itself {got[:1]}, not one of "
              f"{', '.join(LIMITS)}", file=sys.stderr)
        return 1
    bad = 0
    for i, (command, want) in enumerate(SESSION):
        want = want.format(name=name, **LIMITS[name])
        have = got[i] if i < len(got) else "(no answer)"
        if have != want:
            bad += 1
            print(f"{command!r}: expected {want!r}, got {have!r}",
                  file=sys.stderr)
    if len(got) > len(SESSION):
        bad += 1
        print(f"{len(got) - len(SESSION)} answers more than commands: "
              f"{got[len(SESSION):][:3]}", file=sys.stderr)
    print(f"engine {name}: {len(SESSION) - bad} of {len(SESSION)} answers "
          f"as written")
    return 0 if bad == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
