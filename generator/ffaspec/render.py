"""Render the model into generated files: returns {relative path: text}.

Nothing here writes to disk; ffagen.py decides what to do with the text.
"""
import os

import jinja2

from . import names
from .cgen import CallCode, c_hex, ALL32, ALL64, FIRST_PRESERVED
from .model import Reg, in_span

GEN_ABI = 1

# SMCCC reserves function numbers 0x60-0xEF of the standard secure service
# owner for FF-A: anything else in that owner is not ours to answer.
FFA_NUMBER_FIRST = 0x60
FFA_NUMBER_LAST = 0xEF

OUTPUTS = [
    # (template, output path, source files named in the banner)
    ("ffa_abi.h.j2", "include/ffa/ffa_abi.h",
     ["abi.yaml", "status.yaml", "functions.yaml"]),
    ("ffa_calls.h.j2", "include/ffa/ffa_calls.h", ["functions.yaml"]),
    ("ffa_dispatch.h.j2", "include/ffa/ffa_dispatch.h",
     ["functions.yaml", "features.yaml"]),
    ("ffa_dispatch.c.j2", "src/ffa_dispatch.c",
     ["functions.yaml", "features.yaml"]),
    ("ffa_structs.h.j2", "include/ffa/ffa_structs.h", ["structs.yaml"]),
    ("test_conformance.c.j2", "tests/test_conformance.c",
     ["functions.yaml"]),
    ("ffa-reference.md.j2", "docs/ffa-reference.md",
     ["abi.yaml", "status.yaml", "functions.yaml", "features.yaml",
      "structs.yaml"]),
]


def _env(template_dir):
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(template_dir),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["upper_c"] = names.c_upper
    env.filters["lower_c"] = names.c_lower
    env.filters["hex"] = c_hex
    env.filters["vstr"] = lambda v: names.version_str(v) if v else "-"
    env.filters["venum"] = lambda v: names.version_enum(v) if v else "0"
    return env


# ------------------------------------------------------------ call views
class CallView:
    """What the templates need to print one function."""

    def __init__(self, spec, fn):
        self.fn = fn
        self.name = fn.name
        self.c = fn.c_name
        self.upper = names.c_upper(fn.name)
        self.ids = []
        if fn.has_smc32:
            self.ids.append((names.function_id_macro(fn.name, False),
                             0x84000000 | fn.number))
        if fn.has_smc64:
            self.ids.append((names.function_id_macro(fn.name, True),
                             0xC4000000 | fn.number))
        self.args = CallCode(spec, fn, fn.args, False)
        self.result = CallCode(spec, fn, fn.result.layout, True) \
            if fn.result else None
        self.id32 = names.function_id_macro(fn.name, False) \
            if fn.has_smc32 else None
        self.id64 = names.function_id_macro(fn.name, True) \
            if fn.has_smc64 else None
        self.vm_callable = "vm" in fn.callers and fn.mediator != "refuse"
        # Answered NOT_SUPPORTED by generated code until the runtime has a handler.
        self.pending = fn.mediator == "pending"
        self.fn_macro = f"FFA_FN_{self.upper}"
        flags = (["FFA_CALL_NEEDS_SPMC"] if fn.needs_spmc else []) + \
            (["FFA_CALL_RAW_ERROR"] if fn.raw_error else [])
        self.flags_c = " | ".join(flags)
        never = "FFA_VERSION_NEVER"
        self.first32 = names.version_enum(fn.since) if fn.has_smc32 \
            else never
        self.first64 = names.version_enum(
            max(fn.since, fn.smc64_since or fn.since)) if fn.has_smc64 \
            else never
        self.until = names.version_enum(fn.removed) if fn.removed else never
        self.callers_c = " | ".join(
            f"(1U << FFA_INSTANCE_{names.c_upper(c)})" for c in fn.callers)

    @property
    def default_id(self):
        return self.id32 or self.id64

    def id_for(self, smc64_expr):
        """C expression of the id for a given convention flag."""
        if self.id32 and self.id64:
            return f"{smc64_expr} ? {self.id64} : {self.id32}"
        return self.default_id


def fields_mask_expr(spec, bitfield):
    """C expression (of v) for the bits of a word's fields present at v."""
    from .cgen import in_span, select_by_version
    values = []
    for v in spec.versions:
        mask = 0
        for f in bitfield.fields:
            if in_span(f.since, f.removed, v):
                mask |= f.span_mask
        values.append((v, c_hex(mask)))
    return select_by_version(values)


class MessageView:
    """What the templates need to print one framework message."""

    def __init__(self, spec, msg):
        self.msg = msg
        self.name = msg.name
        self.c = f"fwk_{names.c_lower(msg.name)}"
        self.upper = names.c_upper(msg.name)
        self.carrier = names.function_id_macro(msg.carrier.name, False)
        self.w2 = c_hex(msg.w2)
        self.args = CallCode(spec, msg.fn, msg.fn.args, False)


def gate(fn, number_ok, smc64, version, aarch64):
    """The verdict the specification requires, computed independently of
    the C dispatch so the conformance tests check one against the other."""
    if fn is None:
        return "FFA_VERDICT_UNKNOWN" if number_ok else "FFA_VERDICT_NOT_FFA"
    if smc64 and not fn.has_smc64 or not smc64 and not fn.has_smc32:
        return "FFA_VERDICT_CONVENTION"
    if smc64 and not aarch64:
        return "FFA_VERDICT_CONVENTION"
    if not fn.exists_at(version, smc64):
        return "FFA_VERDICT_VERSION"
    if "vm" not in fn.callers:
        return "FFA_VERDICT_CALLER"
    if fn.mediator == "refuse":
        return "FFA_VERDICT_REFUSED"
    return "FFA_VERDICT_HANDLED"


def _bit_runs(mask):
    """Lowest and highest bit of each run of set bits in mask."""
    out, bit = [], 0
    while mask >> bit:
        if mask >> bit & 1:
            lo = bit
            while mask >> bit & 1:
                bit += 1
            out += [lo] if bit - 1 == lo else [lo, bit - 1]
        else:
            bit += 1
    return out


def carried_beyond_x7(fn):
    """Mask of x8..x17 that fn's arguments or result carry (its reply may be
    a message of the same shape, DIRECT_REQ2's RESP2): the rest must come
    back as the caller had them."""
    last = 7
    if fn is not None:
        last = max(fn.args.last_reg, fn.result.layout.last_reg
                   if fn.result else 0)
    return sum(1 << i for i in range(FIRST_PRESERVED, last + 1))


def _ranges_text(mask):
    """'[31:16], [7]' for the runs of set bits in mask, highest first."""
    runs, bit = [], 0
    while mask >> bit:
        if mask >> bit & 1:
            lo = bit
            while mask >> (bit + 1) & 1:
                bit += 1
            runs.append(f"[{bit}]" if bit == lo else f"[{bit}:{lo}]")
        bit += 1
    return ", ".join(reversed(runs))


def _version_span_text(versions, all_versions):
    """'1.1 on', '1.0 only', 'all'... for a set of mediator versions."""
    if versions == all_versions:
        return "all"
    if len(versions) == 1:
        return f"{names.version_str(versions[0])} only"
    if versions == all_versions[all_versions.index(versions[0]):]:
        return f"{names.version_str(versions[0])} on"
    return ", ".join(names.version_str(v) for v in versions)


def ignored_rows(spec, views):
    """(call, registers, bits, versions, reason) for every reserved input a
    VM may set that the mediator ignores: reserved bits of listed registers
    (with the register's `ignored` reason) and unlisted registers of calls
    whose unused registers are SBZ."""
    rows = []
    for view in views:
        fn = view.fn
        if not view.vm_callable:
            continue
        vs = [v for v in spec.mediator_versions
              if fn.exists_at(v, False) or fn.exists_at(v, True)]
        for e in fn.args.entries:
            if not isinstance(e, Reg) or e.ignored is None:
                continue
            by_mask = {}
            for v in vs:
                if in_span(e.since, e.removed, v) and e.reserved_mask(v):
                    by_mask.setdefault(e.reserved_mask(v), []).append(v)
            for mask, at in by_mask.items():
                rows.append((view.upper, e.reg, _ranges_text(mask),
                             _version_span_text(at, vs), e.ignored))
        by_regs = {}
        for v in vs:
            regs = tuple(view.args.sbz_regs(v))
            if regs:
                by_regs.setdefault(regs, []).append(v)
        for regs, at in by_regs.items():
            width = "x" if fn.has_smc64 else "w"
            text = ", ".join(f"{width}{i}" for i in regs)
            rows.append((view.upper, text, "all", _version_span_text(at, vs),
                         "unused registers (SBZ, see above)"))
    return rows


def conformance_rows(spec, views):
    by_number = {v.fn.number: v.fn for v in views}
    gating, mbz, sbz = [], [], []
    numbers = list(range(FFA_NUMBER_FIRST, 0x100))
    for number in numbers:
        fn = by_number.get(number)
        for smc64 in (False, True):
            fid = (0xC4000000 if smc64 else 0x84000000) | number
            for version in spec.mediator_versions:
                for aarch64 in (True, False):
                    verdict = gate(fn, number <= FFA_NUMBER_LAST, smc64,
                                   version, aarch64)
                    gating.append((fid, version, aarch64, verdict,
                                   fn.name if fn else f"{number:#x}",
                                   carried_beyond_x7(fn)))
    # Ids outside FF-A's range are not ours: the hypervisor handles them.
    for fid in (0x84000000, 0x84000003, 0xC4000003, 0x8400005F,
                0x86000063, 0x04000063, 0xC5000063, 0x840000F0):
        for version in spec.mediator_versions:
            gating.append((fid, version, True, "FFA_VERDICT_NOT_FFA",
                           f"{fid:#x}", 0))
    for view in views:
        fn = view.fn
        for smc64 in (False, True):
            fid = (0xC4000000 if smc64 else 0x84000000) | fn.number
            for version in spec.mediator_versions:
                if gate(fn, True, smc64, version, True) != \
                        "FFA_VERDICT_HANDLED":
                    continue
                for index, mask in view.args.mbz_table(version).items():
                    if not smc64:
                        mask &= ALL32
                    for bit in _bit_runs(mask):
                        mbz.append((fid, version, index, bit, fn.name,
                                    fn.raw_error))
                for index in view.args.sbz_regs(version):
                    sbz.append((fid, version, index, 0, fn.name))
                    sbz.append((fid, version, index, 31, fn.name))
    return gating, mbz, sbz


def cond_mbz_rows(spec, views):
    """(fid, version, reg, field bit, other field bit, name): a field that
    must be zero while another is (mbz-when-zero), at every version and
    form a VM reaches."""
    rows = []
    for view in views:
        fn = view.fn
        for index, f, other, _ in view.args.cond_mbz():
            for smc64 in (False, True):
                fid = (0xC4000000 if smc64 else 0x84000000) | fn.number
                for version in spec.mediator_versions:
                    if gate(fn, True, smc64, version, True) != \
                            "FFA_VERDICT_HANDLED" or not all(
                                in_span(x.since, x.removed, version)
                                for x in (f, other)):
                        continue
                    rows.append((fid, version, index, f.lo, other.lo,
                                 f"{fn.name} {f.name}"))
    return rows


def roundtrip_rows(spec, views):
    """(fid or success id, version, mbz masks x0..x17, view, is_result) for
    every form of every call and result the codec handles."""
    rows = []
    for view in views:
        fn = view.fn
        for smc64 in (False, True):
            for version in spec.versions:
                if not fn.exists_at(version, smc64):
                    continue
                fid = (0xC4000000 if smc64 else 0x84000000) | fn.number
                conv = ALL64 if smc64 else ALL32
                table = view.args.mbz_table(version)
                masks = [table.get(i, 0) & conv for i in range(18)]
                rows.append((fid, version, masks, view, False))
                if view.result is None:
                    continue
                table = view.result.mbz_table(version)
                masks = [table.get(i, 0) & conv for i in range(18)]
                if fn.result.via == "raw":
                    rid = 0
                    masks[0] |= 0xFFFFFFFF00000000
                elif smc64 and view.result.has_wide():
                    rid = 0xC4000061
                else:
                    rid = 0x84000061
                rows.append((rid, version, masks, view, True))
    return rows


# --------------------------------------------------------------- render
def render(spec, template_dir, spec_dir_name="spec"):
    env = _env(template_dir)
    views = [CallView(spec, fn) for fn in spec.functions]
    gating, mbz, sbz = conformance_rows(spec, views)
    table_first = min(fn.number for fn in spec.functions)
    table_last = max(fn.number for fn in spec.functions)
    ctx = {
        "spec": spec,
        "calls": views,
        "call_by_name": {v.name: v for v in views},
        "messages": [MessageView(spec, m) for m in spec.framework_messages],
        "gen_abi": GEN_ABI,
        "number_first": FFA_NUMBER_FIRST,
        "number_last": FFA_NUMBER_LAST,
        "table_first": table_first,
        "table_last": table_last,
        "gating_rows": gating,
        "mbz_rows": mbz,
        "sbz_rows": sbz,
        "cond_mbz_rows": cond_mbz_rows(spec, views),
        "ignored_rows": ignored_rows(spec, views),
        "roundtrip_rows": roundtrip_rows(spec, views),
        "names": names,
        "Reg": Reg,
        "version_enum": names.version_enum,
        "version_str": names.version_str,
        "version_value": names.version_value,
        "fields_mask_expr": lambda b: fields_mask_expr(spec, b),
    }
    out = {}
    for template, path, sources in OUTPUTS:
        banner_sources = ", ".join(f"{spec_dir_name}/{s}" for s in sources)
        text = env.get_template(template).render(
            ctx, banner_sources=banner_sources, out_path=path,
            guard=names.c_upper(os.path.basename(path).replace(".", "_")))
        out[path] = text
    return out
