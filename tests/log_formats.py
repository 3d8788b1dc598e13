#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""The runtime's log formats use only the conversions platform.h lists,
which every printf the vlog op may be (C's, Linux's, Xen's) formats alike:
%d, %u, %x, %llx, %s and %%, with no flag, width or precision. -Wformat
checks the arguments' types, not this: %#x of 0 is "0" in C and Xen 4.17
but "0x0" in Linux (write 0x%x), and a %p or %zu a freestanding printf
may lack.

    log_formats.py ROOT

Prints each offending conversion as file:line and exits 1 if there is one."""
import os
import re
import sys

DIRS = ("runtime/src", "generated/src")
ALLOWED = {"d", "u", "x", "llx", "s", "%"}
COMMENT = re.compile(r"/\*.*?\*/|//[^\n]*", re.S)
LITERAL = re.compile(r'"((?:[^"\\\n]|\\.)*)"')
# A conversion: flags, width, precision, length, then its letter.
CONVERSION = re.compile(r"%([-+ #0]*[0-9*]*(?:\.[0-9*]*)?(?:hh|h|ll|l|j|z|t|L)?[A-Za-z%]?)")


def blank_comments(text):
    """The text with each comment's characters (newlines kept) as spaces."""
    return COMMENT.sub(lambda m: re.sub(r"[^\n]", " ", m.group(0)), text)


def bad_conversions(root):
    for top in DIRS:
        folder = os.path.join(root, top)
        for name in sorted(os.listdir(folder)):
            if not name.endswith((".c", ".h")):
                continue
            path = os.path.join(folder, name)
            with open(path, encoding="utf-8") as f:
                text = blank_comments(f.read())
            for lit in LITERAL.finditer(text):
                for conv in CONVERSION.finditer(lit.group(1)):
                    if conv.group(1) not in ALLOWED:
                        line = text.count("\n", 0, lit.start()) + 1
                        yield os.path.relpath(path, root), line, "%" + conv.group(1)


def main():
    found = list(bad_conversions(sys.argv[1]))
    for path, line, conv in found:
        print(f"{path}:{line}: {conv} is not one of %d %u %x %llx %s %% "
              f"(runtime/include/ffa/platform.h)")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
