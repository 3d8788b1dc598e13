"""The spec as Python objects: the data model builder.py fills in from
validated YAML (checks.py holds the semantic checks).
"""
from dataclasses import dataclass, field as dc_field

from . import names


def in_span(since, removed, v):
    """Does version v lie in [since, removed)? None bounds are open."""
    return (since is None or since <= v) and (removed is None or v < removed)

MEDIATOR_MAX_REG = 17


def parse_version(text):
    major, minor = text.split(".")
    return (int(major), int(minor))


# ------------------------------------------------------------------ types
@dataclass
class TypeInfo:
    name: str
    kind: str            # builtin, alias, enum, bitfield, status
    ctype: str
    bits: int


@dataclass
class EnumValue:
    name: str
    value: int
    since: tuple
    removed: tuple
    doc: str


@dataclass
class Enum:
    name: str
    base: str
    values: list
    doc: str
    ref: str


@dataclass
class BitField:
    """A bit range in a register or word; `count` copies sit side by side."""
    name: str
    hi: int
    lo: int
    type: TypeInfo
    count: int
    since: tuple
    removed: tuple
    doc: str
    line: int
    mbz_when_zero: str = None   # must be zero while this other field is

    @property
    def width(self):
        return self.hi - self.lo + 1

    @property
    def top(self):
        """Highest bit used by the last copy."""
        return self.hi + (self.count - 1) * self.width

    @property
    def mask(self):
        """Mask of one copy, unshifted."""
        return (1 << self.width) - 1

    @property
    def mask_in_place(self):
        """Mask of the first copy, in place."""
        return self.mask << self.lo

    @property
    def span_mask(self):
        """Mask of every copy, in place."""
        return ((1 << (self.width * self.count)) - 1) << self.lo

    @property
    def ctype(self):
        if self.type is not None:
            return self.type.ctype
        return "bool" if self.width == 1 else names.uint_for_bits(self.width)


@dataclass
class MbzRange:
    hi: int
    lo: int
    since: tuple
    removed: tuple
    line: int

    @property
    def mask(self):
        return ((1 << (self.hi - self.lo + 1)) - 1) << self.lo


@dataclass
class Bitfield:
    name: str
    width: int
    fields: list
    mbz: list
    doc: str
    ref: str

    @property
    def ctype(self):
        return names.uint_for_bits(self.width)

    @property
    def mbz_mask(self):
        m = 0
        for r in self.mbz:
            m |= r.mask
        return m


# -------------------------------------------------------------- functions
@dataclass
class Reg:
    """One register of a call or result."""
    reg: str
    index: int
    wide: bool            # xN: convention width; wN: always 32 bits
    name: str             # whole-register value, else None
    type: TypeInfo
    fields: list
    mbz: list
    since: tuple
    removed: tuple
    doc: str
    line: int
    ignored: str = None   # why reserved bits no field or mbz covers are ignored

    @property
    def ctype(self):
        if self.type is not None:
            return self.type.ctype
        return "uint64_t" if self.wide else "uint32_t"

    def reserved_mask(self, v):
        """Bits neither a field nor an mbz range covers at version v."""
        if self.name is not None:
            return 0
        covered = 0
        for f in self.fields:
            if in_span(f.since, f.removed, v):
                covered |= f.span_mask
        for m in self.mbz:
            if in_span(m.since, m.removed, v):
                covered |= m.mask
        return ~covered & ((1 << self.width) - 1)

    @property
    def width(self):
        return 64 if self.wide else 32


@dataclass
class RegGroup:
    """One value spread over several whole registers, low part first."""
    regs: list            # [(reg, index, wide)]
    name: str
    type: TypeInfo
    since: tuple
    removed: tuple
    doc: str
    line: int

    @property
    def ctype(self):
        return self.type.ctype


@dataclass
class RegArray:
    """count records of whole registers from register first on."""
    name: str
    first: int
    wide: bool
    count: int
    record: list          # [(name, TypeInfo or None, doc)]; [] = one register
    type: TypeInfo        # element type when there is no record
    since: tuple
    removed: tuple
    doc: str
    line: int

    @property
    def stride(self):
        return max(1, len(self.record))

    @property
    def indexes(self):
        return range(self.first, self.first + self.count * self.stride)

    @property
    def reg(self):
        return f"{'x' if self.wide else 'w'}{self.first}"

    def elem_ctype(self, t):
        if t is not None:
            return t.ctype
        return "uint64_t" if self.wide else "uint32_t"


@dataclass
class Layout:
    """The registers of a call's arguments or of its result."""
    entries: list
    unused: str
    last_reg: int

    def regs(self):
        return [e for e in self.entries if isinstance(e, Reg)]

    def groups(self):
        return [e for e in self.entries if isinstance(e, RegGroup)]


@dataclass
class Result:
    via: str
    layout: Layout
    doc: str


@dataclass
class Function:
    name: str
    number: int
    conventions: list     # ["smc32", "smc64"]
    since: tuple
    removed: tuple
    smc64_since: tuple
    callers: list
    mediator: str
    args: Layout
    result: Result
    replies: list
    doc: str
    ref: str
    line: int
    raw_error: bool = False
    needs_spmc: bool = False
    leaf: bool = False
    reply: bool = False
    lane: bool = False
    # Answered in this other call's case of ffa_dispatch() (spec: case).
    case: str = None

    @property
    def has_smc32(self):
        return "smc32" in self.conventions

    @property
    def has_smc64(self):
        return "smc64" in self.conventions

    def exists_at(self, version, smc64):
        if smc64 and not self.has_smc64 or not smc64 and not self.has_smc32:
            return False
        first = self.smc64_since if smc64 and self.smc64_since else self.since
        return first <= version and (self.removed is None
                                     or version < self.removed)

    @property
    def c_name(self):
        return names.c_lower(self.name)


@dataclass
class FrameworkMessage:
    """A direct request/response with the framework bit and a type."""
    name: str
    carrier: Function     # msg-send-direct-req or -resp
    type_value: int       # framework-msg enum value
    w2: int               # the whole w2: framework bit and type
    fn: Function          # a Function view of the message for CallCode
    doc: str
    ref: str


@dataclass
class StructField:
    name: str
    offset: int
    type: TypeInfo
    count: int
    mbz: bool
    doc: str

    @property
    def size(self):
        return self.type.bits // 8 * self.count


@dataclass
class StructLayout:
    since: tuple
    removed: tuple
    size: int
    fields: list
    c_name: str


@dataclass
class Struct:
    name: str
    layouts: list
    doc: str
    ref: str


@dataclass
class FeatureAnswer:
    function: str
    properties: str
    properties_2: str
    input: str
    since: tuple
    doc: str


@dataclass
class FeatureId:
    name: str
    value: int
    since: tuple
    properties: str
    doc: str
    ref: str


@dataclass
class Status:
    name: str
    value: int
    since: tuple
    doc: str
    ref: str


@dataclass
class Spec:
    versions: list = dc_field(default_factory=list)
    mediator_versions: list = dc_field(default_factory=list)
    version_docs: dict = dc_field(default_factory=dict)
    status: list = dc_field(default_factory=list)
    status_fallback: object = None
    constants: list = dc_field(default_factory=list)
    types: dict = dc_field(default_factory=dict)
    aliases: list = dc_field(default_factory=list)
    enums: list = dc_field(default_factory=list)
    bitfields: list = dc_field(default_factory=list)
    functions: list = dc_field(default_factory=list)
    framework_messages: list = dc_field(default_factory=list)
    feature_answers: list = dc_field(default_factory=list)
    feature_ids: list = dc_field(default_factory=list)
    structs: list = dc_field(default_factory=list)
    sources: dict = dc_field(default_factory=dict)

    def constant(self, name, default=None):
        """The value of an abi.yaml constant."""
        for c, _ in self.constants:
            if c["name"] == name:
                return c["value"]
        return default


def versions_meet(since_a, removed_a, since_b, removed_b):
    """Do two [since, removed) version spans share a version?"""
    lo = max(since_a or (0, 0), since_b or (0, 0))
    hi = min(removed_a or (999, 0), removed_b or (999, 0))
    return lo < hi
