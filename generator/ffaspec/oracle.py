"""The conformance oracle: what the specification requires of every call
(its gating verdict, MBZ and SBZ bits, codec round trips), computed from
the model independently of the generated C, so the generated conformance
tests check one against the other.
"""
from .cgen import ALL32, ALL64, FIRST_PRESERVED
from .model import in_span


def function_id(spec, number, smc64):
    """The SMC32 or SMC64 id of a function number (abi.yaml's bases)."""
    base = spec.constant("function-id-smc64-base" if smc64
                         else "function-id-smc32-base")
    return base | number


def success_id(spec, smc64):
    """FFA_SUCCESS in one convention, from functions.yaml's success."""
    number = next(fn.number for fn in spec.functions if fn.name == "success")
    return function_id(spec, number, smc64)


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


def conformance_rows(spec, views):
    by_number = {v.fn.number: v.fn for v in views}
    gating, mbz, sbz = [], [], []
    first = spec.constant("function-number-first")
    last = spec.constant("function-number-last")
    for number in range(first, 0x100):
        fn = by_number.get(number)
        for smc64 in (False, True):
            fid = function_id(spec, number, smc64)
            for version in spec.mediator_versions:
                for aarch64 in (True, False):
                    verdict = gate(fn, number <= last, smc64,
                                   version, aarch64)
                    gating.append((fid, version, aarch64, verdict,
                                   fn.name if fn else f"{number:#x}",
                                   carried_beyond_x7(fn)))
    # Ids outside FF-A's range are not ours: the hypervisor handles them.
    smc32 = spec.constant("function-id-smc32-base")
    smc64_base = spec.constant("function-id-smc64-base")
    for fid in (smc32, smc32 | 3, smc64_base | 3, smc32 | (first - 1),
                smc32 + 0x2000000 + 0x63, (smc32 & 0x7fffffff) | 0x63,
                smc64_base + 0x1000000 + 0x63, smc32 | (last + 1)):
        for version in spec.mediator_versions:
            gating.append((fid, version, True, "FFA_VERDICT_NOT_FFA",
                           f"{fid:#x}", 0))
    for view in views:
        fn = view.fn
        for smc64 in (False, True):
            fid = function_id(spec, fn.number, smc64)
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
                fid = function_id(spec, fn.number, smc64)
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
                fid = function_id(spec, fn.number, smc64)
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
                else:
                    rid = success_id(spec, smc64 and view.result.has_wide())
                rows.append((rid, version, masks, view, True))
    return rows
