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
         "FFA_PARTITION_INFO_GET_REGS": 100}


def main():
    binary = sys.argv[1]
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "cg.out")
        r = subprocess.run(["valgrind", "--tool=callgrind",
                            f"--callgrind-out-file={out}", binary],
                           capture_output=True, text=True)
        if r.returncode != 0:
            sys.exit(f"bench failed:\n{r.stdout}\n{r.stderr}")
        iterations = int(re.search(r"iterations (\d+)", r.stdout).group(1))
        costs = {}
        for path in glob.glob(out + "*"):
            text = open(path).read()
            trigger = re.search(r"^desc: Trigger: Client Request: (\S+)", text, re.M)
            total = re.search(r"^(?:summary|totals): (\d+)", text, re.M)
            if trigger and total:
                costs[trigger.group(1)] = int(total.group(1))
    base = costs.pop("baseline") / iterations
    print(f"{'call':32} {'instructions/call':>18} {'goal':>6}")
    failed = False
    for name, total in costs.items():
        per_call = total / iterations - base
        goal = GOALS.get(name)
        mark = "" if goal is None or per_call < goal else "  over goal"
        failed |= bool(mark)
        print(f"{name:32} {per_call:18.1f} {('< ' + str(goal)) if goal else '':>6}{mark}")
    print(f"(baseline loop: {base:.1f} instructions/iteration, subtracted)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
