#!/usr/bin/env python3
"""The mediator's aarch64 code and read-only data, per file and in total.

Each source a hypervisor compiles (cmake/ffa_sources.cmake) is built as a
hypervisor builds it: aarch64, -O2, freestanding, general registers only,
no PIE and no unwind tables. The figure per object is its .text* and
.rodata* sections (what `size -A` lists), the same measure issue 15 uses.
Exit status 0 when the total is within GOAL, 1 when not.
"""
import os
import re
import subprocess
import sys
import tempfile

GOAL = 35000
CC = "aarch64-linux-gnu-gcc"
SIZE = "aarch64-linux-gnu-size"
FLAGS = ["-std=c11", "-O2", "-ffreestanding", "-nostdinc", "-fno-pie",
         "-mgeneral-regs-only", "-mstrict-align",
         "-fno-asynchronous-unwind-tables", "-fno-unwind-tables"]
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(
    os.path.abspath(__file__))))


def cmake_list(name):
    """A set() list of cmake/ffa_sources.cmake, relative to the root."""
    with open(os.path.join(ROOT, "cmake", "ffa_sources.cmake")) as f:
        text = f.read()
    body = re.search(r"set\(" + name + r"\s+(.*?)\)", text, re.S).group(1)
    return [p.replace("${FFA_ROOT}/", "") for p in body.split()]


def section_bytes(obj):
    out = subprocess.run([SIZE, "-A", obj], capture_output=True, text=True,
                         check=True).stdout
    total = 0
    for line in out.splitlines():
        parts = line.split()
        if len(parts) >= 2 and re.match(r"\.(text|rodata)", parts[0]):
            total += int(parts[1])
    return total


def main():
    include = subprocess.run([CC, "-print-file-name=include"],
                             capture_output=True, text=True,
                             check=True).stdout.strip()
    incs = [f"-I{os.path.join(ROOT, d)}"
            for d in cmake_list("FFA_MEDIATOR_INCLUDES")]
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for src in cmake_list("FFA_MEDIATOR_SOURCES"):
            obj = os.path.join(tmp, os.path.basename(src) + ".o")
            subprocess.run([CC, *FLAGS, "-isystem", include, *incs, "-c",
                            os.path.join(ROOT, src), "-o", obj], check=True)
            rows.append((src, section_bytes(obj)))
    print(f"{'aarch64 code + read-only data (-O2, no unwind tables)':56} "
          f"{'bytes':>7}")
    for src, size in rows:
        print(f"{src:56} {size:7}")
    total = sum(size for _, size in rows)
    met = total <= GOAL
    print(f"{'total':56} {total:7}  goal <= {GOAL}: "
          f"{'met' if met else 'NOT met'}")
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
