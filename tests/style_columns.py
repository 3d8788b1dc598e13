#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""The house style's line length: no hand-written C line (runtime/, ports/,
tests/) is wider than 100 columns, tabs counted as 8 (.clang-format).

    style_columns.py ROOT

Prints each offending file:line and exits 1 if there is one."""
import os
import sys

LIMIT = 100
DIRS = ("runtime", "ports", "tests")


def wide_lines(root):
    for top in DIRS:
        for base, dirs, files in os.walk(os.path.join(root, top)):
            dirs[:] = sorted(d for d in dirs if not d.startswith(("build", ".")))
            for name in sorted(files):
                if not name.endswith((".c", ".h")):
                    continue
                path = os.path.join(base, name)
                with open(path, encoding="utf-8", errors="replace") as f:
                    for number, line in enumerate(f, 1):
                        if len(line.rstrip("\n").expandtabs(8)) > LIMIT:
                            yield os.path.relpath(path, root), number


def main():
    found = list(wide_lines(sys.argv[1]))
    for path, number in found:
        print(f"{path}:{number}: wider than {LIMIT} columns")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
