"""C statements for one call's decode and encode, computed from the model.

Templates only print what these functions return: every mask, shift and
version condition is decided here, at generation time.
"""
from . import names
from .model import Reg, RegArray, RegGroup, in_span

# x0..x7 carry every FF-A message; x8..x17 only the messages that list them
# (FF-A 1.2, SMCCC 1.2). An encoder writes the first group whole and leaves
# the rest of the second as it found it: the caller's registers, or the
# zeroes of a request the mediator builds.
FIRST_PRESERVED = 8  # FFA_MSG_REG_COUNT in ffa_abi.h

ALL64 = (1 << 64) - 1
ALL32 = (1 << 32) - 1


def c_hex(value):
    """A C literal of the right width for a mask or id."""
    if value > ALL32:
        return f"UINT64_C({value:#x})"
    return f"{value:#x}U"


def carried(e):
    """Is e an array of whole x registers (a message payload)? The C
    struct then points at the registers instead of holding a copy: a
    mediator forwards a payload, it does not read it, and a payload
    already in place is not copied at all."""
    return isinstance(e, RegArray) and not e.record and e.wide and \
        e.type is None


def packed_ctype(f):
    """The C type of a repeated bit field kept packed."""
    return names.uint_for_bits(max(32, f.width * f.count))


def version_cond(since, removed):
    """C condition for `v` lying in [since, removed); None means always."""
    parts = []
    if since is not None and since > (1, 0):
        parts.append(f"v >= {names.version_enum(since)}")
    if removed is not None:
        parts.append(f"v < {names.version_enum(removed)}")
    return " && ".join(parts) or None


def select_by_version(values):
    """values: [(version, c_expr)] ascending. A ternary chain on `v` that
    picks each version's value, collapsing runs of equal values."""
    runs = []
    for v, expr in values:
        if runs and runs[-1][1] == expr:
            continue
        runs.append((v, expr))
    if len(runs) == 1:
        return runs[0][1]
    expr = runs[0][1]
    for v, e in runs[1:]:
        expr = f"v >= {names.version_enum(v)} ? {e} : {expr}"
    return f"({expr})"


class CallCode:
    """Decode/encode statements for one layout (arguments or result)."""

    def __init__(self, spec, fn, layout, is_result):
        self.spec = spec
        self.fn = fn
        self.layout = layout
        self.is_result = is_result
        self.versions = [v for v in spec.versions
                         if fn.exists_at(v, False) or fn.exists_at(v, True)]

    # ---------------------------------------------------------------- masks
    def entry_at(self, index):
        for e in self.layout.entries:
            if isinstance(e, RegArray) and index in e.indexes:
                return e
            if isinstance(e, Reg) and e.index == index:
                return e
            if isinstance(e, RegGroup) and any(i == index
                                               for _, i, _ in e.regs):
                return e
        return None

    def mbz_mask(self, index, v):
        """Bits of register `index` that must be zero at version v."""
        e = self.entry_at(index)
        mbz_unused = self.layout.unused == "mbz" and not self.is_result
        if e is None or not in_span(e.since, e.removed, v):
            if not mbz_unused:
                return 0
            wide = e.regs[0][2] if isinstance(e, RegGroup) else \
                (e.wide if e is not None else True)
            return ALL64 if wide else ALL32
        if isinstance(e, (RegGroup, RegArray)) or e.name is not None:
            return 0
        mask = 0
        for m in e.mbz:
            if in_span(m.since, m.removed, v):
                mask |= m.mask
        if mbz_unused:
            # Bits no field describes at v are reserved like unused registers.
            described = 0
            for f in e.fields:
                if in_span(f.since, f.removed, v):
                    described |= f.span_mask
            mask |= ~described
        return mask & (ALL64 if e.wide else ALL32)

    def mbz_checks(self):
        """[(index, c_mask_expr)] for each register with MBZ bits."""
        out = []
        first = 0 if self.is_result and self.fn.result.via == "raw" else 1
        for index in range(first, self.layout.last_reg + 1):
            values = [(v, self.mbz_mask(index, v)) for v in self.versions]
            if not any(m for _, m in values):
                continue
            out.append((index, select_by_version(
                [(v, c_hex(m)) for v, m in values])))
        return out

    def cond_mbz(self):
        """[(index, field, other, c_condition)]: field must be zero while
        other (same register) is zero; the condition is true when refused."""
        out = []
        for e in self.layout.entries:
            if not isinstance(e, Reg):
                continue
            by_name = {f.name: f for f in e.fields}
            for f in e.fields:
                other = by_name.get(f.mbz_when_zero)
                if other is None:
                    continue
                reg = f"(r->x[{e.index}] & conv)"
                cond = (f"({reg} & {c_hex(other.mask_in_place)}) == 0 && "
                        f"({reg} & {c_hex(f.mask_in_place)}) != 0")
                vcond = version_cond(
                    max(x for x in (f.since, other.since, e.since, (0, 0))
                        if x is not None),
                    min((x for x in (f.removed, other.removed, e.removed)
                         if x is not None), default=None))
                if vcond:
                    cond = f"{vcond} && {cond}"
                out.append((e.index, f, other, cond))
        return out

    def mbz_table(self, v):
        """{index: mask} at version v, for the conformance tests."""
        out = {}
        first = 0 if self.is_result and self.fn.result.via == "raw" else 1
        for index in range(first, self.layout.last_reg + 1):
            m = self.mbz_mask(index, v)
            if m:
                out[index] = m
        return out

    def sbz_regs(self, v):
        """Registers that a call may set freely at version v (ignored)."""
        out = []
        for index in range(1, self.layout.last_reg + 1):
            e = self.entry_at(index)
            if (e is None or not in_span(e.since, e.removed, v)) and \
                    self.layout.unused == "sbz":
                out.append(index)
        return out

    # -------------------------------------------------------------- members
    def members(self):
        """[(ctype, name, array_len, doc)] of the C struct."""
        out = []
        for e in self.layout.entries:
            if carried(e):
                out.append(("const uint64_t *", names.c_lower(e.name), 0,
                            f"{e.doc} Points at the registers decoded: "
                            "read it before they are written.",
                            f"{e.reg}..x{e.indexes[-1]}"))
                continue
            if isinstance(e, RegArray):
                ctype = f"struct {self.record_struct(e)}" if e.record else \
                    e.elem_ctype(e.type)
                regs = f"{e.reg}..x{e.indexes[-1]}"
                out.append((ctype, names.c_lower(e.name), e.count, e.doc,
                            regs))
                continue
            if isinstance(e, RegGroup) or e.name is not None:
                out.append((e.ctype, names.c_lower(e.name), 0, e.doc,
                            e.reg if isinstance(e, Reg) else
                            "/".join(r for r, _, _ in e.regs)))
                continue
            for f in e.fields:
                bits = f"{e.reg}[{f.top}:{f.lo}]"
                if f.count > 1:
                    out.append((packed_ctype(f), names.c_lower(f.name), 0,
                                f"{f.doc} Packed: {self.packed_stem()}_get_"
                                f"{names.c_lower(f.name)}() and _set_"
                                f"{names.c_lower(f.name)}().", bits))
                    continue
                out.append((f.ctype, names.c_lower(f.name), 0, f.doc, bits))
        return out

    def packed_stem(self):
        kind = "result" if self.is_result else "args"
        return f"ffa_{self.fn.c_name}_{kind}"

    def packed_fields(self):
        """[(accessor stem, member, packed ctype, width, mask, count)] of the
        repeated bit fields, each kept packed as the register has it: the
        codec moves it with one shift, and only the copies a caller uses
        cost anything."""
        out = []
        for e in self.layout.entries:
            if isinstance(e, (RegArray, RegGroup)) or e.name is not None:
                continue
            for f in e.fields:
                if f.count > 1:
                    out.append((self.packed_stem(), names.c_lower(f.name),
                                packed_ctype(f), f.width, c_hex(f.mask),
                                f.count))
        return out

    def carried_counts(self):
        """[(member, count)] of the payloads the struct points at."""
        return [(names.c_lower(e.name), e.count)
                for e in self.layout.entries if carried(e)]

    def record_struct(self, arr):
        kind = "result" if self.is_result else "args"
        return f"ffa_{self.fn.c_name}_{kind}_{names.c_lower(arr.name)}"

    def records(self):
        """[(struct name, [(ctype, member, doc)])] for register arrays."""
        out = []
        for e in self.layout.entries:
            if isinstance(e, RegArray) and e.record:
                out.append((self.record_struct(e), [
                    (e.elem_ctype(t), names.c_lower(n), d)
                    for n, t, d in e.record]))
        return out

    def array_slots(self, arr, member):
        """[(register index, C lvalue, ctype)] of every element."""
        out = []
        for i in range(arr.count):
            if not arr.record:
                out.append((arr.first + i, f"{member}[{i}]",
                            arr.elem_ctype(arr.type)))
                continue
            for j, (n, t, _) in enumerate(arr.record):
                out.append((arr.first + i * arr.stride + j,
                            f"{member}[{i}].{names.c_lower(n)}",
                            arr.elem_ctype(t)))
        return out

    # --------------------------------------------------------------- decode
    def reg_value(self, index, wide):
        return f"(r->x[{index}] & conv)" if wide else \
            f"(uint32_t)r->x[{index}]"

    def decode_stmts(self, dst="out"):
        lines = []
        for e in self.layout.entries:
            body = []
            if carried(e):
                body.append(f"{dst}->{names.c_lower(e.name)} = &r->x[{e.first}];")
            elif isinstance(e, RegArray):
                member = f"{dst}->{names.c_lower(e.name)}"
                for index, lvalue, ctype in self.array_slots(e, member):
                    body.append(f"{lvalue} = ({ctype})"
                                f"{self.reg_value(index, e.wide)};")
            elif isinstance(e, RegGroup):
                body += self.decode_group(e, dst)
            elif e.name is not None:
                if e.type is not None and e.type.kind == "status":
                    val = f"(int32_t){self.reg_value(e.index, False)}"
                elif not e.wide and e.ctype == "uint32_t":
                    val = self.reg_value(e.index, False)
                else:
                    val = f"({e.ctype}){self.reg_value(e.index, e.wide)}"
                body.append(f"{dst}->{names.c_lower(e.name)} = {val};")
            else:
                for f in e.fields:
                    body += self.wrap(f.since, f.removed,
                                      self.decode_field(e, f, dst))
            lines += self.wrap(e.since, e.removed, body)
        return lines

    def decode_assigns_all(self):
        """Does the decode assign every member unconditionally (no field
        only at some versions, nothing OR-ed in)? Then the struct needs no
        zeroing first."""
        return not any(line.startswith("if (") or "|=" in line
                       for line in self.decode_stmts())

    def decode_field(self, e, f, dst):
        member = f"{dst}->{names.c_lower(f.name)}"
        src = f"r->x[{e.index}]"
        out = []
        if f.count > 1:
            mask = c_hex(f.span_mask >> f.lo)
            return [f"{member} = ({packed_ctype(f)})(({src} >> {f.lo}) & {mask});"]
        for i in range(f.count):
            shift = f.lo + i * f.width
            target = f"{member}[{i}]" if f.count > 1 else member
            expr = f"({src} >> {shift}) & {c_hex(f.mask)}"
            if f.ctype == "bool":
                out.append(f"{target} = (({expr}) != 0);")
            else:
                out.append(f"{target} = ({f.ctype})(({expr}));")
        return out

    def decode_group(self, g, dst):
        member = f"{dst}->{names.c_lower(g.name)}"
        out, shift = [], 0
        for reg, index, wide in g.regs:
            nbytes = 8 if wide else 4
            val = f"r->x[{index}]" if wide else f"(uint32_t)r->x[{index}]"
            if g.type.name == "uuid":
                out.append(f"ffa_le_put({member}.b + {shift // 8}, {val}, "
                           f"{nbytes});")
            else:
                out.append(f"{member} |= ({g.ctype}){val} << {shift};")
            shift += nbytes * 8
        return out

    @staticmethod
    def wrap(since, removed, body):
        cond = version_cond(since, removed)
        if cond is None or not body:
            return body
        return [f"if ({cond}) {{"] + [f"\t{b}" for b in body] + ["}"]

    # --------------------------------------------------------------- encode
    def encode_stmts(self, x0, src="a", records=True):
        """The registers this message has, each written once: x0, then
        x1..x7 with its value or 0 (FF-A: unused result registers are
        zero; no memset, the compiler pairs the stores), then x8..x17 only
        where the message has a value there (SMCCC 1.2: the callee
        preserves registers that carry no result), then the bit fields and
        version-dependent values OR-ed in. Without records, the registers
        of arrays of records are left alone: the element encoders write
        them (a reply built in place)."""
        plain, extra, in_place = {0: f"r->x[0] = {x0};"}, [], set()
        for e in self.layout.entries:
            always = version_cond(e.since, e.removed) is None
            assigns, body = [], []
            if isinstance(e, RegArray) and e.record and not records:
                in_place.update(e.indexes)
            elif carried(e):
                # No payload is zeroes. One already in place (the
                # caller's registers forwarded as they are) is not copied,
                # only masked to the convention.
                member = f"{src}->{names.c_lower(e.name)}"
                body.append(f"if ({member} == NULL) {{")
                body += [f"\tr->x[{e.first + i}] = 0;" for i in range(e.count)]
                body.append(f"}} else if ({member} != &r->x[{e.first}] || "
                            "conv != UINT64_MAX) {")
                body += [f"\tr->x[{e.first + i}] = {member}[{i}] & conv;"
                         for i in range(e.count)]
                body.append("}")
                in_place.update(e.indexes)
            elif isinstance(e, RegArray):
                mask = "conv" if e.wide else c_hex(ALL32)
                member = f"{src}->{names.c_lower(e.name)}"
                for index, lvalue, _ in self.array_slots(e, member):
                    assigns.append((index, f"(uint64_t){lvalue} & {mask}"))
            elif isinstance(e, RegGroup):
                shift = 0
                for reg, index, wide in e.regs:
                    nbytes = 8 if wide else 4
                    member = f"{src}->{names.c_lower(e.name)}"
                    if e.type.name == "uuid":
                        val = f"ffa_le_get({member}.b + {shift // 8}, {nbytes})"
                    else:
                        mask = ALL64 if wide else ALL32
                        val = f"((uint64_t){member} >> {shift}) & {c_hex(mask)}"
                    assigns.append((index, val))
                    shift += nbytes * 8
            elif e.name is not None:
                mask = "conv" if e.wide else c_hex(ALL32)
                member = f"{src}->{names.c_lower(e.name)}"
                val = f"(uint64_t)(uint32_t){member}" \
                    if e.type is not None and e.type.kind == "status" else \
                    f"(uint64_t){member}"
                assigns.append((e.index, f"{val} & {mask}"))
            else:
                for f in e.fields:
                    body += self.wrap(f.since, f.removed,
                                      self.encode_field(e, f, src))
                if e.wide:
                    body.append(f"r->x[{e.index}] &= conv;")
                if e.index >= FIRST_PRESERVED:
                    # Fields are OR-ed into a register this message has.
                    if always:
                        plain[e.index] = f"r->x[{e.index}] = 0;"
                    else:
                        body.insert(0, f"r->x[{e.index}] = 0;")
            if always:
                for index, val in assigns:
                    plain[index] = f"r->x[{index}] = {val};"
            else:
                body = [f"r->x[{i}] = {val};" for i, val in assigns] + body
            extra += self.wrap(e.since, e.removed, body) if not always \
                else body
        lines = [plain.get(i, f"r->x[{i}] = 0;")
                 for i in range(FIRST_PRESERVED) if i not in in_place]
        lines += [plain[i] for i in range(FIRST_PRESERVED, 18) if i in plain]
        return lines + extra

    def record_arrays(self):
        """[(member, record struct, count, [statement])] of the arrays of
        records: each statement writes one register of element i from
        the record e, at the element's first register plus its place."""
        out = []
        for e in self.layout.entries:
            if not (isinstance(e, RegArray) and e.record):
                continue
            mask = "conv" if e.wide else c_hex(ALL32)
            stmts = [f"r->x[{e.first + j} + {e.stride} * i] = "
                     f"(uint64_t)e->{names.c_lower(n)} & {mask};"
                     for j, (n, _, _) in enumerate(e.record)]
            out.append((names.c_lower(e.name), self.record_struct(e),
                        e.count, stmts))
        return out

    def encode_field(self, e, f, src):
        member = f"{src}->{names.c_lower(f.name)}"
        out = []
        if f.count > 1:
            mask = c_hex(f.span_mask >> f.lo)
            return [f"r->x[{e.index}] |= ((uint64_t){member} & {mask}) << {f.lo};"]
        for i in range(f.count):
            shift = f.lo + i * f.width
            value = f"{member}[{i}]" if f.count > 1 else member
            out.append(f"r->x[{e.index}] |= ((uint64_t){value} & "
                       f"{c_hex(f.mask)}) << {shift};")
        return out

    def uses_conv(self):
        """Does the code read or write an x register (convention width)?"""
        for e in self.layout.entries:
            if isinstance(e, (Reg, RegArray)) and e.wide:
                return True
        return any(i for i, _ in self.mbz_checks())

    def has_wide(self):
        return any(isinstance(e, (Reg, RegArray)) and e.wide or
                   isinstance(e, RegGroup) and any(w for _, _, w in e.regs)
                   for e in self.layout.entries)
