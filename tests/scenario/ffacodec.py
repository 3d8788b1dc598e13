"""Registers and descriptors from names, over the spec model.

Everything here is derived from spec/ through generator/ffagen.py's model:
function ids, register layouts (Reg, RegGroup, RegArray and their bit
fields), status codes, enums, bitfields and descriptor layouts. Nothing
about an FF-A layout is written down in this file; it only knows how the
model describes one.

Values a scenario writes, by the type the spec gives a field:
  no type, u8..u64, aliases   an integer (or a symbol, below)
  uuid                        "b4b5671e-4a90-4fe1-b81f-fb13dae1dacb" (byte 0
                              first, as the text form reads) or an integer
  enum                        a value name (kebab-case or UPPER_SNAKE) or int
  status                      a status name (INVALID_PARAMETERS) or int
  bitfield                    an integer, a list of its 1-bit field names,
                              or a mapping {field: value} (values by the
                              field's own type)
Symbols accepted wherever an integer is: FFA_<CALL>_32/_64 (a function id),
a status name, a feature id name (FFA_FEATURES), a constant of abi.yaml
(handle-invalid), "M.m" (a version number).
Errors are ValueError with a message that names what was expected.
"""
import difflib
import re
from dataclasses import dataclass

UUID_RE = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-"
                     r"[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")
VERSION_RE = re.compile(r"^(\d+)\.(\d+)$")
REG_RE = re.compile(r"^([xw])(\d+)$")
REG_COUNT = 18
# x0..x7 are in every FF-A message; x8..x17 only in those that list them
# (FFA_MSG_REG_COUNT in ffa_abi.h).
MSG_REG_COUNT = 8


def did_you_mean(word, choices):
    close = difflib.get_close_matches(str(word), list(choices), n=1)
    return f" (did you mean '{close[0]}'?)" if close else ""


def kebab(name):
    return name.lower().replace("_", "-")


def upper(name):
    return name.upper().replace("-", "_")


def version_str(v):
    return f"{v[0]}.{v[1]}"


def version_number(v):
    return (v[0] << 16) | v[1]


def parse_version_text(text):
    """"1.2" -> (1, 2); ValueError otherwise (a float means it was unquoted)."""
    if isinstance(text, float):
        raise ValueError(f"version {text} must be quoted (\"{text}\"): YAML "
                         f"reads it as a number")
    m = VERSION_RE.match(str(text))
    if not m:
        raise ValueError(f"'{text}' is not a version like \"1.2\"")
    return (int(m.group(1)), int(m.group(2)))


def exists_at(since, removed, version):
    if version is None:
        return True
    return (since is None or since <= version) and \
        (removed is None or version < removed)


def fmt_int(v):
    """Counts and sizes read best in decimal, addresses and masks in hex."""
    return str(v) if 0 <= v < 1000 else hex(v)


@dataclass
class Piece:
    """Bits [lo + width - 1 : lo] of register `reg` hold bits
    [shift + width - 1 : shift] of a value."""
    reg: int
    lo: int
    width: int
    shift: int

    @property
    def mask(self):
        return ((1 << self.width) - 1) << self.lo


@dataclass
class Slot:
    """A named value somewhere in registers x0..x17."""
    name: str
    pieces: list            # [Piece], for each copy when count > 1
    type: object            # the model's TypeInfo, or None
    count: int              # copies side by side (bit field `count:`)
    since: tuple
    removed: tuple
    where: str              # "w3[5:0]"

    @property
    def width(self):
        return sum(p.width for p in self.pieces) // self.count

    def copy_pieces(self, i):
        n = len(self.pieces) // self.count
        return self.pieces[i * n:(i + 1) * n]


@dataclass
class ArraySlot:
    """A RegArray: count elements; each is a record of slots (or one)."""
    name: str
    elements: list          # [ {member: Slot} ] (one member '' if no record)
    since: tuple
    removed: tuple
    where: str


class Codec:
    """Names to bits and back, for one loaded spec."""

    def __init__(self, spec):
        self.spec = spec
        self.functions = {f.name: f for f in spec.functions}
        self.by_number = {f.number: f for f in spec.functions}
        self.status = {s.name: s for s in spec.status}
        self.status_by_value = {s.value: s for s in spec.status}
        self.enums = {e.name: e for e in spec.enums}
        self.bitfields = {b.name: b for b in spec.bitfields}
        self.structs = {s.name: s for s in spec.structs}
        self.feature_ids = {f.name: f for f in spec.feature_ids}
        self.constants = {c["name"]: c["value"] for c, _ in spec.constants}
        self.smc32_base = self.constants["function-id-smc32-base"]
        self.smc64_base = self.constants["function-id-smc64-base"]
        self.fid_names = {}
        for f in spec.functions:
            for smc64 in (False, True):
                if (f.has_smc64 if smc64 else f.has_smc32):
                    self.fid_names[self.fid(f, smc64)] = \
                        f"FFA_{upper(f.name)}_{64 if smc64 else 32}"
        self.fid_by_name = {n: v for v, n in self.fid_names.items()}
        self.messages = {m.name: m for m in
                         getattr(spec, "framework_messages", [])}

    # -- function ids -------------------------------------------------------
    def fid(self, fn, smc64):
        return (self.smc64_base if smc64 else self.smc32_base) | fn.number

    def fid_name(self, fid):
        return self.fid_names.get(fid)

    def function(self, ref):
        """FFA_RXTX_MAP_64, FFA_VERSION (one convention) or a number ->
        (Function or None, smc64, fid)."""
        if isinstance(ref, bool) or not isinstance(ref, (int, str)):
            raise ValueError(f"a function id must be a name like "
                             f"FFA_RXTX_MAP_64 or a number, not {ref!r}")
        if isinstance(ref, int):
            if ref < 0 or ref >= 1 << 64:
                raise ValueError(f"function id {ref:#x} does not fit x0")
            # The mediator reads the id from w0, as the callee must.
            fid = ref & 0xffffffff
            fn = self.by_number[fid & 0xffff] if fid in self.fid_names \
                else None
            return fn, bool(fid & (self.smc64_base ^ self.smc32_base)), ref
        text = ref.upper().replace("-", "_")
        if text in self.fid_by_name:
            fid = self.fid_by_name[text]
            return self.by_number[fid & 0xffff], text.endswith("_64"), fid
        name = kebab(text[4:] if text.startswith("FFA_") else text)
        fn = self.functions.get(name)
        if fn is None:
            known = list(self.fid_by_name) + \
                [f"FFA_{upper(f.name)}" for f in self.spec.functions]
            raise ValueError(f"unknown function '{ref}'"
                             f"{did_you_mean(text, known)}")
        if fn.has_smc32 and fn.has_smc64:
            raise ValueError(f"'{ref}' has an SMC32 and an SMC64 id: say "
                             f"FFA_{upper(fn.name)}_32 or "
                             f"FFA_{upper(fn.name)}_64")
        smc64 = fn.has_smc64
        return fn, smc64, self.fid(fn, smc64)

    # -- framework messages -------------------------------------------------
    def message(self, name):
        """A framework message (spec/functions.yaml framework-messages)."""
        m = self.messages.get(kebab(str(name)))
        if m is None:
            raise ValueError(f"unknown framework message '{name}'"
                             f"{did_you_mean(kebab(str(name)), self.messages)}"
                             f" (messages: {', '.join(self.messages)})")
        return m

    def message_of(self, regs):
        """The framework message a call or reply in regs is, or None."""
        for m in self.messages.values():
            if regs[0] & 0xffff == m.carrier.number and \
                    regs[0] in self.fid_names and regs[2] == m.w2:
                return m
        return None

    # -- status ---------------------------------------------------------------
    def status_value(self, ref):
        if isinstance(ref, int) and not isinstance(ref, bool):
            return ref
        name = kebab(str(ref))
        if name not in self.status:
            raise ValueError(f"unknown status '{ref}'"
                             f"{did_you_mean(upper(name), [upper(s) for s in self.status])}")
        return self.status[name].value

    def status_name(self, value):
        v = value - (1 << 32) if value >= 1 << 31 else value
        s = self.status_by_value.get(v)
        return upper(s.name) if s else None

    # -- symbols --------------------------------------------------------------
    def symbol(self, text):
        """A string that stands for a number wherever one is expected."""
        if VERSION_RE.match(text):
            return version_number(parse_version_text(text))
        key = text.upper().replace("-", "_")
        if key in self.fid_by_name:
            return self.fid_by_name[key]
        if kebab(text) in self.status:
            return self.status[kebab(text)].value & 0xffffffff
        if kebab(text) in self.feature_ids:
            return self.feature_ids[kebab(text)].value
        if kebab(text) in self.constants:
            return self.constants[kebab(text)]
        if key.startswith("FFA_"):
            return self.function(text)[2]   # one convention, or a hint
        raise ValueError(f"'{text}' is not a number, function id, status, "
                         f"feature id, constant or version")

    def integer(self, value, bits, what):
        if isinstance(value, bool):
            value = int(value)
        if isinstance(value, float):
            raise ValueError(f"{what}: {value} is not an integer (quote a "
                             f"version: \"1.2\")")
        if isinstance(value, str):
            value = self.symbol(value)
        if not isinstance(value, int):
            raise ValueError(f"{what}: expected a number, got {value!r}")
        if value < 0:
            if value < -(1 << (bits - 1)):
                raise ValueError(f"{what}: {value} does not fit {bits} bits")
            value &= (1 << bits) - 1
        if value >= 1 << bits:
            raise ValueError(f"{what}: {fmt_int(value)} does not fit "
                             f"{bits} bits")
        return value

    # -- typed values ---------------------------------------------------------
    def uuid(self, value, what):
        """A UUID as a 128-bit integer, byte 0 least significant."""
        if isinstance(value, str) and UUID_RE.match(value):
            return int.from_bytes(bytes.fromhex(value.replace("-", "")),
                                  "little")
        if isinstance(value, int) and not isinstance(value, bool) and \
                0 <= value < 1 << 128:
            return value
        raise ValueError(f"{what}: expected a UUID like "
                         f"b4b5671e-4a90-4fe1-b81f-fb13dae1dacb or 0, got "
                         f"{value!r}")

    @staticmethod
    def uuid_text(v):
        h = v.to_bytes(16, "little").hex()
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"

    def encode(self, t, value, bits, what):
        """value (scenario syntax) of type t (TypeInfo or None) -> int."""
        kind = t.kind if t is not None else None
        if kind == "builtin" and t.name == "uuid":
            return self.uuid(value, what)
        if kind == "status":
            if isinstance(value, str):
                value = self.status_value(value)
            return self.integer(value, bits, what)
        if kind == "enum" and isinstance(value, str) and \
                not VERSION_RE.match(value):
            enum = self.enums[t.name]
            for v in enum.values:
                if v.name == kebab(value):
                    return self.integer(v.value, bits, what)
            if not value.upper().startswith("FFA_"):
                raise ValueError(f"{what}: '{value}' is not a value of "
                                 f"{t.name}"
                                 f"{did_you_mean(kebab(value), [v.name for v in enum.values])}")
        if kind == "bitfield" and isinstance(value, (list, dict)):
            return self.encode_bitfield(self.bitfields[t.name], value, bits,
                                        what)
        return self.integer(value, bits, what)

    def encode_bitfield(self, bf, value, bits, what):
        fields = {f.name: f for f in bf.fields}
        out = 0
        items = [(n, 1) for n in value] if isinstance(value, list) else \
            list(value.items())
        for name, v in items:
            f = fields.get(name)
            if f is None:
                raise ValueError(f"{what}: '{name}' is not a field of "
                                 f"{bf.name}{did_you_mean(name, fields)}")
            if isinstance(value, list) and f.width != 1:
                raise ValueError(f"{what}: '{name}' is {f.width} bits wide; "
                                 f"give {bf.name} as a mapping to set it")
            sub = f"{what}.{name}"
            if f.count > 1:
                vals = v if isinstance(v, list) else [v]
                if len(vals) > f.count:
                    raise ValueError(f"{sub}: {len(vals)} values for "
                                     f"{f.count} copies")
            else:
                vals = [v]
            for i, one in enumerate(vals):
                x = self.encode(f.type, one, f.width, sub)
                out |= x << (f.lo + i * f.width)
        if out >= 1 << bits:
            raise ValueError(f"{what}: value does not fit {bits} bits")
        return out

    def format(self, t, v):
        """An int of type t as a scenario writer would read it."""
        kind = t.kind if t is not None else None
        if kind == "builtin" and t.name == "uuid":
            return self.uuid_text(v)
        if kind == "status":
            name = self.status_name(v)
            return f"{name} ({v - (1 << 32) if v >= 1 << 31 else v})" \
                if name else fmt_int(v)
        if kind == "enum":
            for e in self.enums[t.name].values:
                if e.value == v:
                    return f"{e.name} ({v})"
        if kind == "bitfield":
            if t.name == "function-id" and self.fid_name(v):
                return f"{self.fid_name(v)} ({v:#x})"
            return self.format_bitfield(self.bitfields[t.name], v)
        return fmt_int(v)

    def format_bitfield(self, bf, v):
        parts, only = [], None
        for f in bf.fields:
            for i in range(f.count):
                x = (v >> (f.lo + i * f.width)) & f.mask
                if x == 0:
                    continue
                label = f.name if f.count == 1 else f"{f.name}[{i}]"
                parts.append(label if f.width == 1 and f.type is None
                             else f"{label}: {self.format(f.type, x)}")
                only = f if f.lo == 0 and f.width > 1 else None
        # A word that is all one field (a plain VM id) reads as a number.
        if not parts or (len(parts) == 1 and only is not None):
            return fmt_int(v)
        return f"{v:#x} [{', '.join(parts)}]"

    # -- register layouts -------------------------------------------------------
    def slots(self, layout, smc64):
        """{name: Slot or ArraySlot} for a model Layout in a convention."""
        out = {}
        for e in layout.entries:
            kind = type(e).__name__
            if kind == "Reg":
                out.update(self._reg_slots(e, smc64))
            elif kind == "RegGroup":
                pieces, shift = [], 0
                for _, index, wide in e.regs:
                    w = 64 if wide and smc64 else 32
                    pieces.append(Piece(index, 0, w, shift))
                    shift += w
                out[e.name] = Slot(e.name, pieces, e.type, 1, e.since,
                                   e.removed,
                                   "+".join(r for r, _, _ in e.regs))
            elif kind == "RegArray":
                out[e.name] = self._array_slot(e, smc64)
        return out

    def _reg_slots(self, e, smc64):
        width = 64 if e.wide and smc64 else 32
        if not e.fields:
            name = e.name or e.reg
            return {name: Slot(name, [Piece(e.index, 0, width, 0)], e.type,
                               1, e.since, e.removed, e.reg)}
        out = {}
        for f in e.fields:
            if f.lo >= width:
                continue
            pieces = [Piece(e.index, f.lo + i * f.width, f.width, 0)
                      for i in range(f.count)]
            since = max([x for x in (e.since, f.since) if x], default=None)
            removed = min([x for x in (e.removed, f.removed) if x],
                          default=None)
            out[f.name] = Slot(f.name, pieces, f.type, f.count, since,
                               removed, f"{e.reg}[{f.top}:{f.lo}]")
        return out

    def _array_slot(self, e, smc64):
        width = 64 if e.wide and smc64 else 32
        letter = "x" if e.wide else "w"
        elements = []
        record = e.record or [("", e.type, "")]
        for i in range(e.count):
            members = {}
            for j, (name, t, _) in enumerate(record):
                index = e.first + i * e.stride + j
                members[name] = Slot(name or e.name,
                                     [Piece(index, 0, width, 0)], t, 1,
                                     e.since, e.removed, f"{letter}{index}")
            elements.append(members)
        return ArraySlot(e.name, elements, e.since, e.removed,
                         f"{letter}{e.first}..{letter}{e.indexes[-1]}")

    @staticmethod
    def paired_members(members):
        """Record members X-lo/X-hi, addressable together as X (128 bits)."""
        out = {}
        for name in members:
            if name.endswith("-lo") and name[:-3] + "-hi" in members:
                out[name[:-3]] = (name, name[:-3] + "-hi")
        return out

    # -- structs ----------------------------------------------------------------
    def struct_layout(self, name, version):
        s = self.structs.get(name)
        if s is None:
            raise ValueError(f"unknown struct '{name}'"
                             f"{did_you_mean(name, self.structs)}")
        for lay in s.layouts:
            if exists_at(lay.since, lay.removed, version):
                return lay
        spans = ", ".join(
            f"{version_str(lay.since or (1, 0))}"
            f"{'-' + version_str(lay.removed) if lay.removed else '+'}"
            for lay in s.layouts)
        raise ValueError(f"struct '{name}' has no layout at "
                         f"{version_str(version)} (layouts: {spans})")
