#!/usr/bin/env python3
"""Run tests/bench/bench under callgrind and report instructions per call.

Each case's dump holds the instructions of ITERATIONS calls; the baseline
case (the same loop around an empty function) is subtracted, so what is
left is ffa_handle_call() itself: dispatch, decode, handler, encode.
"""
import glob
import os
import re
import subprocess
import sys
import tempfile

GOALS = {"FFA_VERSION": 100, "FFA_ID_GET": 100, "FFA_FEATURES": 100,
         "FFA_PARTITION_INFO_GET_REGS": 100, "FFA_MSG_SEND_DIRECT_REQ2": 150}

# Cases that call the stub SPMC this many times per iteration.
STUB_CALLS = {"FFA_MSG_SEND_DIRECT_REQ2": 1,
              "FFA_MSG_SEND2 1KiB VM-to-VM + FFA_RX_RELEASE": 2}
HELPERS = ("baseline", "smc-stub", "memcpy-1k")


def measure(binary):
    """{case: instructions per iteration} from one callgrind run."""
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "cg.out")
        r = subprocess.run(["valgrind", "--tool=callgrind",
                            f"--callgrind-out-file={out}", binary],
                           capture_output=True, text=True)
        if r.returncode != 0:
            sys.exit(f"bench failed:\n{r.stdout}\n{r.stderr}")
        iterations = int(re.search(r"iterations (\d+)", r.stdout).group(1))
        costs = {}
        # Dumps in the order they were made: cg.out.1, cg.out.2, ... cg.out.10.
        for path in sorted(glob.glob(out + "*"),
                           key=lambda p: int(p.rsplit(".", 1)[1])
                           if p.rsplit(".", 1)[1].isdigit() else 0):
            with open(path) as f:
                text = f.read()
            trigger = re.search(r"^desc: Trigger: Client Request: (.+)$", text,
                                re.M)
            total = re.search(r"^(?:summary|totals): (\d+)", text, re.M)
            if trigger and total:
                costs[trigger.group(1).strip()] = int(total.group(1)) / iterations
    return costs


def main():
    costs = measure(sys.argv[1])
    base = costs["baseline"]
    stub = costs.get("smc-stub", base) - base
    copy = costs.get("memcpy-1k", base) - base
    print(f"{'call (mediator only, no SMC)':46} {'instructions':>12} {'goal':>7}")
    for name, total in costs.items():
        if name in HELPERS:
            continue
        per_call = total - base - STUB_CALLS.get(name, 0) * stub
        goal = GOALS.get(name)
        mark = "" if goal is None or per_call < goal else "  over goal"
        print(f"{name:46} {per_call:12.1f} "
              f"{('< ' + str(goal)) if goal else '':>7}{mark}")
    print(f"(subtracted: the loop, {base:.1f} per iteration, and the stub "
          f"SPMC, {stub:.1f} per SMC; a 1 KiB memcpy alone costs "
          f"{copy:.1f}; the memory case counts its stub SPMC and stub "
          f"platform memory ops, a few instructions a call)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
