"""The semantic checks of a spec: what JSON Schema cannot say (duplicate
names or numbers, overlapping bit fields, function numbers outside FF-A's
range, reserved bits ignored without a reason, names the generated C needs).
Each adds its problems, with file and line, to the builder's collector.
"""
from .model import in_span, versions_meet


class Checks:
    """Mixed into the Builder: uses its err, spec and _file()."""

    def unique(self, fname, items, what, key="name"):
        seen = {}
        for item in items:
            value = item.get(key)
            if value not in seen:
                seen[value] = item.line_of(key)
                continue
            shown = f"{value:#x}" if key == "number" else \
                f"'{value}'" if isinstance(value, str) else value
            self.err.add(fname, item.line_of(key),
                         f"duplicate {what} {key} {shown} "
                         f"(first at line {seen[value]})")

    def check_overlaps(self, fname, fields, mbz, where):
        """No two fields (or MBZ ranges) that coexist in a version overlap."""
        spans = [(f.name, f.lo, f.top, f.since, f.removed, f.line)
                 for f in fields]
        spans += [(f"mbz [{m.hi}:{m.lo}]", m.lo, m.hi, m.since, m.removed,
                   m.line) for m in mbz]
        for i, a in enumerate(spans):
            for b in spans[:i]:
                if a[1] > b[2] or b[1] > a[2]:
                    continue
                if not versions_meet(a[3], a[4], b[3], b[4]):
                    continue
                self.err.add(fname, a[5],
                             f"{where}: bits [{a[2]}:{a[1]}] of '{a[0]}' "
                             f"overlap '{b[0]}' [{b[2]}:{b[1]}]")

    def check_mbz_when_zero(self, fname, fields, where):
        by_name = {f.name: f for f in fields}
        for f in fields:
            other = by_name.get(f.mbz_when_zero)
            if f.mbz_when_zero is None:
                continue
            if other is None or other is f:
                self.err.add(fname, f.line,
                             f"{where}: field '{f.name}' is mbz-when-zero of "
                             f"'{f.mbz_when_zero}', which is no other field "
                             f"of this register")
            elif f.count > 1 or other.count > 1:
                self.err.add(fname, f.line,
                             f"{where}: mbz-when-zero needs single fields")

    def check_ignored(self, fname, fn, item, reg, unused, where):
        """A call a VM may make ignores reserved bits only with a reason."""
        if unused != "sbz" or fn.mediator == "refuse" or \
                "vm" not in fn.callers:
            return
        gaps = any(reg.reserved_mask(v) for v in self.spec.versions
                   if (fn.exists_at(v, False) or fn.exists_at(v, True)) and
                   in_span(reg.since, reg.removed, v))
        if gaps and reg.ignored is None:
            self.err.add(fname, item.line,
                         f"{where}: reserved bits no field or mbz range "
                         f"covers are ignored; refuse them (mbz) or say why "
                         f"(ignored)")
        if not gaps and reg.ignored is not None:
            self.err.add(fname, item.line_of("ignored"),
                         f"{where}: 'ignored' given, but every bit is a "
                         f"field or mbz")

    def check_required(self):
        """Names the generated C itself relies on."""
        spec = self.spec
        constants = {c["name"] for c, _ in spec.constants}
        need = [
            ("abi", "constant", "function-id-smc32-base", constants),
            ("abi", "constant", "function-id-smc64-base", constants),
            ("abi", "constant", "function-number-first", constants),
            ("abi", "constant", "function-number-last", constants),
            ("abi", "bitfield", "function-id",
             {b.name for b in spec.bitfields}),
            ("abi", "enum", "instance", {e.name for e in spec.enums}),
            ("status", "status", "not-supported",
             {s.name for s in spec.status}),
            ("status", "status", "invalid-parameters",
             {s.name for s in spec.status}),
            ("functions", "function", "error",
             {f.name for f in spec.functions}),
            ("functions", "function", "success",
             {f.name for f in spec.functions}),
        ]
        for key, what, name, have in need:
            if name not in have:
                self.err.add(self._file(key), 1,
                             f"missing {what} '{name}', which the generated "
                             f"code needs")
        for b in spec.bitfields:
            if b.name == "function-id":
                fields = {f.name for f in b.fields}
                for f in ("number", "smc64"):
                    if f not in fields:
                        self.err.add(self._file("abi"), 1,
                                     f"bitfield 'function-id' needs a field "
                                     f"'{f}'")
        for e in spec.enums:
            if e.name == "instance" and "vm" not in {v.name for v in e.values}:
                self.err.add(self._file("abi"), 1,
                             "enum 'instance' needs a value 'vm'")

    def check_function(self, fname, item, fn):
        """A function number within FF-A's range; pending only for a VM."""
        first = self.spec.constant("function-number-first", 0)
        last = self.spec.constant("function-number-last", 0xffff)
        if not first <= fn.number <= last:
            self.err.add(fname, item.line_of("number"),
                         f"{fn.name}: number {fn.number:#x} is outside "
                         f"FF-A's function numbers {first:#x}..{last:#x}")
        if fn.mediator == "pending" and "vm" not in fn.callers:
            self.err.add(fname, item.line_of("mediator"),
                         f"{fn.name}: pending is for an id a VM may call, "
                         f"and vm is not among its callers")
        if fn.reply and fn.mediator == "handle":
            self.err.add(fname, item.line_of("reply"),
                         f"{fn.name}: reply is for an id the mediator "
                         f"answers with but does not handle; FFA_FEATURES "
                         f"reports a handled call anyway")
        if fn.leaf and fn.mediator != "handle":
            self.err.add(fname, item.line_of("leaf"),
                         f"{fn.name}: leaf is for a call the runtime "
                         f"handles (mediator: handle)")
        if fn.lane and (fn.mediator != "handle" or fn.leaf or fn.raw_error):
            self.err.add(fname, item.line_of("lane"),
                         f"{fn.name}: lane is for a call the runtime "
                         f"handles (mediator: handle) that is not a leaf "
                         f"and reports errors with FFA_ERROR")
