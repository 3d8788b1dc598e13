"""Render the model into generated files: returns {relative path: text}.

Nothing here writes to disk; ffagen.py decides what to do with the text.
"""
import os
import re

import jinja2

from . import names
from . import namepack
from . import oracle
from .cgen import CallCode, c_hex
from .model import Reg, in_span

GEN_ABI = 1

OUTPUTS = [
    # (template, output path, source files named in the banner)
    ("ffa_abi.h.j2", "include/ffa/ffa_abi.h",
     ["abi.yaml", "status.yaml", "functions.yaml"]),
    ("ffa_calls.h.j2", "include/ffa/ffa_calls.h", ["functions.yaml"]),
    ("ffa_dispatch.h.j2", "include/ffa/ffa_dispatch.h",
     ["functions.yaml", "features.yaml"]),
    ("ffa_leaf.h.j2", "include/ffa/ffa_leaf.h", ["functions.yaml"]),
    ("ffa_lane.h.j2", "include/ffa/ffa_lane.h", ["functions.yaml"]),
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
    # Does C code (a list of lines or a string) use an identifier?
    env.tests["using"] = lambda code, word: re.search(
        rf"\b{word}\b", code if isinstance(code, str) else
        "\n".join(code)) is not None
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
                             oracle.function_id(spec, fn.number, False)))
        if fn.has_smc64:
            self.ids.append((names.function_id_macro(fn.name, True),
                             oracle.function_id(spec, fn.number, True)))
        self.args = CallCode(spec, fn, fn.args, False)
        self.result = CallCode(spec, fn, fn.result.layout, True) \
            if fn.result else None
        self.id32 = names.function_id_macro(fn.name, False) \
            if fn.has_smc32 else None
        self.id64 = names.function_id_macro(fn.name, True) \
            if fn.has_smc64 else None
        # A VM reaches it at a version this mediator negotiates: a thunk
        # and (unless pending) a handler. An id of a later version only
        # needs its row.
        self.vm_callable = "vm" in fn.callers and \
            fn.mediator != "refuse" and any(
                fn.exists_at(v, smc64) for v in spec.mediator_versions
                for smc64 in (False, True))
        # Answered NOT_SUPPORTED by generated code until the runtime has a handler.
        self.pending = fn.mediator == "pending"
        # Can ffa_decode_<call>() refuse one of the call's ids? Only for an
        # MBZ bit: a pending call whose arguments have none needs no decode.
        self.decode_can_fail = bool(self.args.mbz_checks() or self.args.cond_mbz())
        # Also answered on the fast lane by the runtime's ffa_leaf_<call>().
        self.leaf = fn.leaf and self.vm_callable
        # Sent straight to its ffa_dispatch_<call>() by the runtime's switch.
        self.lane = fn.lane and self.vm_callable
        # Answered in another call's case of ffa_dispatch() (spec: case),
        # and the calls answered in this one's: linked by render().
        self.case_of = None
        self.case_calls = []
        self.fn_macro = f"FFA_FN_{self.upper}"
        flags = (["FFA_CALL_NEEDS_SPMC"] if fn.needs_spmc else []) + \
            (["FFA_CALL_PENDING"] if self.pending else []) + \
            (["FFA_CALL_DISPATCHED"] if self.vm_callable else []) + \
            (["FFA_CALL_REPLY"] if fn.reply else []) + \
            (["FFA_CALL_VM"] if "vm" in fn.callers else [])
        self.flags_c = " | ".join(flags)
        # The first version of the SMC32 and the SMC64 form (None: no such
        # form), as the dispatch's cases test them and as a row keeps them
        # (ffa_dispatch.h: FFA_CALL_VERSION(), NEVER for none).
        since = [fn.since if fn.has_smc32 else None,
                 max(fn.since, fn.smc64_since or fn.since)
                 if fn.has_smc64 else None]
        never = "FFA_VERSION_NEVER"
        # The first version of any of its forms: what the dispatch's
        # shared gate may test for every case (switch_refused_c()).
        self.first = min(v for v in since if v is not None)
        self.first32, self.first64 = (
            names.version_enum(v) if v is not None else never for v in since)
        self.until = names.version_enum(fn.removed) if fn.removed else never
        self.row_since = [_row_version(v) for v in since]
        self.row_removed = _row_version(fn.removed)
        self.refused_c = self._refused_c()

    def _refused_c(self):
        """C condition, in the dispatch's case for this call's ids, under
        which a VM at version v may not call it (fid being one of its ids)."""
        conds = []
        if self.id32 and self.id64:
            first = self.first32 if self.first32 == self.first64 else \
                f"(fid == {self.id64} ? {self.first64} : {self.first32})"
            conds.append(f"v < {first}")
        else:
            conds.append(f"v < {self.first64 if self.id64 else self.first32}")
        if self.fn.removed:
            conds.append(f"v >= {self.until}")
        if self.id32 and self.id64:
            conds.append(f"(fid == {self.id64} && !aarch64)")
        elif self.id64:
            conds.append("!aarch64")
        return " || ".join(conds)

    def switch_refused_c(self, first):
        """refused_c() in ffa_dispatch()'s switch, whose shared test has
        refused a version before first, which is no later than any case's
        self.first: only the rest is left to the case ("" when nothing
        is)."""
        conds = []
        if self.id32 and self.id64 and self.first32 != self.first64:
            smc64 = "(fid & FFA_FUNCTION_ID_SMC64_MASK) != 0" if self.case_calls \
                else f"fid == {self.id64}"
            conds.append(f"v < ({smc64} ? {self.first64} : {self.first32})")
        elif self.first > first:
            conds.append(f"v < {names.version_enum(self.first)}")
        if self.fn.removed:
            conds.append(f"v >= {self.until}")
        if self.id32 and self.id64:
            smc64 = f"fid == {self.id64} && !aarch64"
            if self.case_calls:
                smc64 = "(fid & FFA_FUNCTION_ID_SMC64_MASK) != 0 && !aarch64"
            conds.append(f"({smc64})" if conds else smc64)
        elif self.id64:
            conds.append("!aarch64")
        return " || ".join(conds)

    @property
    def case_ids(self):
        """The ids of ffa_dispatch()'s case for this call: its own, and
        those of the calls answered in it."""
        return self.ids + [i for c in self.case_calls for i in c.ids]

    @property
    def not_its_id_c(self):
        """C condition: fid is none of the call's ids."""
        return " && ".join(f"fid != {macro}" for macro, _ in self.ids)

    @property
    def default_id(self):
        return self.id32 or self.id64

    def id_for(self, smc64_expr):
        """C expression of the id for a given convention flag."""
        if self.id32 and self.id64:
            return f"{smc64_expr} ? {self.id64} : {self.id32}"
        return self.default_id


def _row_version(version):
    """A version as a dispatch table row keeps it; None for never."""
    if version is None:
        return "FFA_CALL_VERSION_NEVER"
    return f"FFA_CALL_VERSION({names.version_enum(version)})"


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


# --------------------------------------------------------------- render
def render(spec, template_dir, spec_dir_name="spec"):
    env = _env(template_dir)
    views = [CallView(spec, fn) for fn in spec.functions]
    by_name = {v.name: v for v in views}
    for v in views:
        if v.fn.case is not None:
            v.case_of = by_name[v.fn.case]
            v.case_of.case_calls.append(v)
    gating, mbz, sbz = oracle.conformance_rows(spec, views)
    table_first = min(fn.number for fn in spec.functions)
    table_last = max(fn.number for fn in spec.functions)
    # One name a row, "" for a number FF-A does not define.
    by_number = {v.fn.number: v.upper for v in views}
    row_names = [by_number.get(n, "") for n in range(table_first, table_last + 1)]
    shared_words, packed_names = namepack.pack(row_names)
    ctx = {
        "spec": spec,
        "call_words": shared_words,
        "call_names_packed": [(n, namepack.c_text(p))
                              for n, p in zip(row_names, packed_names)],
        "calls": views,
        # The earliest version at which a VM reaches any call: the one test
        # of the version every case of ffa_dispatch()'s switch shares.
        "dispatch_first": min(v.first for v in views if v.vm_callable),
        "call_by_name": {v.name: v for v in views},
        "messages": [MessageView(spec, m) for m in spec.framework_messages],
        "gen_abi": GEN_ABI,
        "table_first": table_first,
        "table_last": table_last,
        "gating_rows": gating,
        "mbz_rows": mbz,
        "sbz_rows": sbz,
        "cond_mbz_rows": oracle.cond_mbz_rows(spec, views),
        "ignored_rows": ignored_rows(spec, views),
        "roundtrip_rows": oracle.roundtrip_rows(spec, views),
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
