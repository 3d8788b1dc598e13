#!/usr/bin/env python3
"""Print what spec/ covers, per FF-A version: for ./run demo."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import ffagen  # noqa: E402  (re-executes under Debian's python3 if needed)
from ffaspec import names  # noqa: E402
from ffaspec.oracle import conformance_rows  # noqa: E402
from ffaspec.render import CallView  # noqa: E402


def main():
    spec = ffagen.load_spec(os.path.join(os.path.dirname(HERE), "spec"))
    views = [CallView(spec, fn) for fn in spec.functions]
    gating, mbz, sbz = conformance_rows(spec, views)
    print(f"\nspec/: {len(spec.functions)} functions, "
          f"{sum(len(v.ids) for v in views)} ids, {len(spec.status)} status "
          f"codes, {len(spec.structs)} descriptors "
          f"({sum(len(s.layouts) for s in spec.structs)} layouts), "
          f"{len(spec.bitfields)} bitfields\n")
    print(f"{'version':8} {'ids':>5} {'VM may call':>12} {'handled':>8} "
          f"{'pending':>8} {'refused':>8}")
    for v in spec.versions:
        ids = [(fn, smc64) for fn in spec.functions for smc64 in (False, True)
               if fn.exists_at(v, smc64)]
        vm = [(fn, s) for fn, s in ids if "vm" in fn.callers]
        count = {m: sum(1 for fn, _ in vm if fn.mediator == m)
                 for m in ("handle", "pending", "refuse")}
        tag = "" if v in spec.mediator_versions else "  (recognised only)"
        print(f"{names.version_str(v):8} {len(ids):5} {len(vm):12} "
              f"{count['handle']:8} {count['pending']:8} "
              f"{count['refuse']:8}{tag}")
    print(f"\nconformance rows generated: {len(gating)} gating "
          f"(id x convention x version x AArch64/AArch32), {len(mbz)} MBZ "
          f"bits, {len(sbz)} SBZ bits")


if __name__ == "__main__":
    main()
