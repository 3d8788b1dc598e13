"""Builds the model (model.py) from the validated YAML files.

Every problem is collected with its file and line (the semantic checks are
in checks.py); nothing is reported by raising half-way.
"""
import dataclasses

from . import names
from .checks import Checks
from .errors import Collector
from .model import (
    parse_version, TypeInfo, EnumValue, Enum, BitField, MbzRange,
    Bitfield, Reg, RegGroup, RegArray, Layout, Result, Function,
    FrameworkMessage, StructField, StructLayout, Struct,
    FeatureAnswer, FeatureId, Status, Spec)


def _registers(layout):
    """A layout as plain data, without where the spec says it or why: two
    calls whose registers are the same compare equal."""
    def strip(value):
        if isinstance(value, dict):
            return {k: strip(v) for k, v in value.items()
                    if k not in ("line", "doc")}
        if isinstance(value, (list, tuple)):
            return [strip(v) for v in value]
        return value
    return strip(dataclasses.asdict(layout)) if layout else None


class Builder(Checks):
    """Turns the loaded files into a Spec, collecting every problem."""

    def __init__(self, files):
        self.files = files          # {"abi": (display_name, data), ...}
        self.err = Collector()
        self.spec = Spec()
        self.type_lines = {}

    # -- helpers ----------------------------------------------------------
    def _file(self, key):
        return self.files[key][0]

    def version(self, fname, node, key):
        text = node.get(key)
        if text is None:
            return None
        v = parse_version(text)
        if v not in self.spec.versions:
            known = ", ".join(names.version_str(x) for x in self.spec.versions)
            self.err.add(fname, node.line_of(key),
                         f"unknown version {text} (known: {known})")
        return v

    def span(self, fname, node):
        since = self.version(fname, node, "since")
        removed = self.version(fname, node, "removed")
        if since and removed and removed <= since:
            self.err.add(fname, node.line_of("removed"),
                         f"removed {names.version_str(removed)} is not after "
                         f"since {names.version_str(since)}")
        return since, removed

    def resolve_type(self, fname, node, key="type"):
        tname = node.get(key)
        if tname is None:
            return None
        t = self.spec.types.get(tname)
        if t is None:
            self.err.add(fname, node.line_of(key),
                         f"reference to undefined type '{tname}'")
        return t

    # -- abi ----------------------------------------------------------------
    def build_abi(self):
        fname, data = self.files["abi"]
        spec = self.spec
        for v in data["versions"]:
            ver = parse_version(v["version"])
            if ver in spec.versions:
                self.err.add(fname, v.line, f"duplicate version {v['version']}")
                continue
            spec.versions.append(ver)
            spec.version_docs[ver] = (v["doc"], v["ref"])
            if v.get("mediator", False):
                spec.mediator_versions.append(ver)
        spec.versions.sort()
        spec.mediator_versions.sort()
        for b, bits in names.BUILTIN_BITS.items():
            spec.types[b] = TypeInfo(b, "builtin", names.BUILTIN_C_TYPES[b],
                                     bits)
        spec.types["status"].kind = "status"
        # Declare every named type first so definitions may refer to each
        # other in any order.
        kinds = (("types", "alias"), ("enums", "enum"),
                 ("bitfields", "bitfield"))
        for section, kind in kinds:
            for item in data[section]:
                tname = item["name"]
                if tname in spec.types:
                    first = self.type_lines.get(tname)
                    where = f" (first at line {first})" if first else \
                        " (a builtin type)"
                    self.err.add(fname, item.line_of("name"),
                                 f"duplicate type name '{tname}'{where}")
                    continue
                self.type_lines[tname] = item.line_of("name")
                if kind == "bitfield":
                    bits = item["width"]
                    ctype = names.uint_for_bits(bits)
                elif kind == "alias":
                    bits = names.BUILTIN_BITS[item["base"]]
                    ctype = names.alias_ctype(tname)
                else:
                    bits = names.BUILTIN_BITS[item["base"]]
                    ctype = names.BUILTIN_C_TYPES[item["base"]]
                spec.types[tname] = TypeInfo(tname, kind, ctype, bits)
        for item in data["types"]:
            spec.aliases.append(item)
        for item in data["enums"]:
            self.build_enum(fname, item)
        for item in data["bitfields"]:
            self.build_bitfield(fname, item)
        self.unique(fname, data["constants"], "constant")
        for c in data["constants"]:
            t = self.resolve_type(fname, c)
            bits = t.bits if t else 64
            if c["value"] < 0 or c["value"] >= 1 << bits:
                self.err.add(fname, c.line_of("value"),
                             f"constant '{c['name']}' value does not fit "
                             f"{bits} bits")
            spec.constants.append((c, t))

    def build_enum(self, fname, item):
        self.unique(fname, item["values"], f"enum '{item['name']}' value")
        self.unique(fname, item["values"], f"enum '{item['name']}' value",
                    key="value")
        bits = names.BUILTIN_BITS[item["base"]]
        values = []
        for v in item["values"]:
            since, removed = self.span(fname, v)
            if v["value"] < 0 or v["value"] >= 1 << bits:
                self.err.add(fname, v.line_of("value"),
                             f"enum value {v['name']} does not fit "
                             f"{item['base']}")
            values.append(EnumValue(v["name"], v["value"], since, removed,
                                    v["doc"]))
        self.spec.enums.append(Enum(item["name"], item["base"], values,
                                    item["doc"], item["ref"]))

    def bit_fields(self, fname, items, width, where):
        out = []
        self.unique(fname, items, f"field in {where}")
        for f in items:
            hi, lo = f["bits"]
            if hi < lo:
                self.err.add(fname, f.line_of("bits"),
                             f"{where}: field '{f['name']}' bits "
                             f"[{hi}:{lo}] are not [high, low]")
                continue
            since, removed = self.span(fname, f)
            t = self.resolve_type(fname, f)
            bf = BitField(f["name"], hi, lo, t, f.get("count", 1), since,
                          removed, f["doc"], f.line, f.get("mbz-when-zero"))
            if bf.top >= width:
                self.err.add(fname, f.line_of("bits"),
                             f"{where}: field '{bf.name}' bits "
                             f"[{bf.top}:{lo}] past the {width}-bit width")
            if t is not None and t.kind != "status" and bf.width > t.bits:
                self.err.add(fname, f.line_of("type"),
                             f"{where}: field '{bf.name}' is {bf.width} bits, "
                             f"wider than its type '{t.name}' ({t.bits} bits)")
            out.append(bf)
        return out

    def mbz_ranges(self, fname, items, width, where, line):
        out = []
        for i, m in enumerate(items or []):
            if isinstance(m, dict):
                hi, lo = m["bits"]
                since, removed = self.span(fname, m)
                mline = m.line
            else:
                hi, lo = m
                since, removed = None, None
                mline = items.line_of(i) if hasattr(items, "line_of") \
                    else line
            if hi < lo or hi >= width:
                self.err.add(fname, mline,
                             f"{where}: mbz bits [{hi}:{lo}] are not a "
                             f"[high, low] range inside {width} bits")
                continue
            out.append(MbzRange(hi, lo, since, removed, mline))
        return out

    def build_bitfield(self, fname, item):
        where = f"bitfield '{item['name']}'"
        fields = self.bit_fields(fname, item["fields"], item["width"], where)
        mbz = self.mbz_ranges(fname, item.get("mbz"), item["width"], where,
                              item.line)
        self.check_overlaps(fname, fields, mbz, where)
        self.spec.bitfields.append(Bitfield(item["name"], item["width"],
                                            fields, mbz, item["doc"],
                                            item["ref"]))

    # -- status ---------------------------------------------------------------
    def build_status(self):
        fname, data = self.files["status"]
        self.unique(fname, data["status"], "status")
        self.unique(fname, data["status"], "status", key="value")
        for s in data["status"]:
            since, _ = self.span(fname, s)
            self.spec.status.append(Status(s["name"], s["value"], since,
                                           s["doc"], s["ref"]))
        fb = data["fallback"]
        match = [s for s in self.spec.status if s.name == fb["status"]]
        if not match or match[0].since != min(self.spec.versions):
            self.err.add(fname, fb.line_of("status"),
                         f"fallback status '{fb['status']}' is not a status "
                         f"every version defines")
        else:
            self.spec.status_fallback = Status(
                match[0].name, match[0].value, match[0].since, fb["doc"],
                fb["ref"])

    # -- functions ------------------------------------------------------------
    def build_layout(self, fname, fn, items, unused, last_reg, where,
                     allow_w0):
        entries, used_regs, member_names = [], {}, {}
        for item in items or []:
            if "array" in item:
                entry = self.build_array(fname, fn, item, last_reg, where,
                                         used_regs, member_names)
                entries.append(entry)
                continue
            regs = item["regs"] if "regs" in item else [item["reg"]]
            parsed = []
            for r in regs:
                index = int(r[1:])
                if index == 0 and not allow_w0:
                    self.err.add(fname, item.line,
                                 f"{where}: register {r} is the function id; "
                                 f"only a raw result may use it")
                if index > last_reg:
                    self.err.add(fname, item.line,
                                 f"{where}: register {r} is past last-reg "
                                 f"x{last_reg}")
                if index in used_regs:
                    self.err.add(fname, item.line,
                                 f"{where}: register {r} is listed twice "
                                 f"(first at line {used_regs[index]})")
                used_regs[index] = item.line
                parsed.append((r, index, r[0] == "x"))
            since, removed = self.span(fname, item)
            if since and since < fn.since:
                self.err.add(fname, item.line_of("since"),
                             f"{where}: since {names.version_str(since)} is "
                             f"before the function's own since")
            t = self.resolve_type(fname, item)
            if "regs" in item:
                entry = RegGroup(parsed, item["name"], t, since, removed,
                                 item["doc"], item.line)
                if t is not None and t.bits != sum(
                        64 if w else 32 for _, _, w in parsed):
                    self.err.add(fname, item.line_of("type"),
                                 f"{where}: '{entry.name}' of type '{t.name}' "
                                 f"({t.bits} bits) does not fill registers "
                                 f"{', '.join(regs)} exactly")
                # ffa_le_get()/ffa_le_put() copy a UUID word as one aligned
                # access: each lies at a multiple of its size.
                at = 0
                for r, _, w in parsed:
                    size = 8 if w else 4
                    if t is not None and t.name == "uuid" and at % size:
                        self.err.add(fname, item.line_of("regs"),
                                     f"{where}: '{entry.name}': {r} lies at "
                                     f"byte {at} of the UUID, not at a "
                                     f"multiple of its {size} bytes")
                    at += size
                if fn.has_smc32 and any(w for _, _, w in parsed):
                    self.err.add(fname, item.line_of("regs"),
                                 f"{where}: '{entry.name}' spreads over x "
                                 f"registers, whose width changes with the "
                                 f"convention; use w registers")
                members = [(entry.name, item.line)]
            else:
                r, index, wide = parsed[0]
                width = 64 if wide else 32
                rwhere = f"{where} {r}"
                fields = self.bit_fields(fname, item.get("fields") or [],
                                         width, rwhere)
                mbz = self.mbz_ranges(fname, item.get("mbz"), width, rwhere,
                                      item.line)
                self.check_overlaps(fname, fields, mbz, rwhere)
                self.check_mbz_when_zero(fname, fields, rwhere)
                entry = Reg(r, index, wide, item.get("name"), t, fields, mbz,
                            since, removed, item.get("doc", ""), item.line,
                            item.get("ignored"))
                self.check_ignored(fname, fn, item, entry, unused, rwhere)
                if entry.name and t is not None and t.bits > width:
                    self.err.add(fname, item.line_of("type"),
                                 f"{rwhere}: type '{t.name}' ({t.bits} bits) "
                                 f"is wider than the register")
                members = [(f.name, f.line) for f in fields] if fields else \
                    [(entry.name, item.line)]
            for mname, mline in members:
                if mname in member_names:
                    self.err.add(fname, mline,
                                 f"{where}: duplicate name '{mname}' "
                                 f"(first at line {member_names[mname]})")
                member_names[mname] = mline
            entries.append(entry)
        return Layout(entries, unused, last_reg)

    def build_array(self, fname, fn, item, last_reg, where, used_regs,
                    member_names):
        first = int(item["first"][1:])
        wide = item["first"][0] == "x"
        record = [(r["name"], self.resolve_type(fname, r), r["doc"])
                  for r in item.get("regs", [])]
        since, removed = self.span(fname, item)
        arr = RegArray(item["array"], first, wide, item["count"], record,
                       self.resolve_type(fname, item), since, removed,
                       item["doc"], item.line)
        if record and "type" in item:
            self.err.add(fname, item.line_of("type"),
                         f"{where}: array '{arr.name}' has both a type and "
                         f"record regs; give each reg its type")
        if first == 0:
            self.err.add(fname, item.line_of("first"),
                         f"{where}: register {arr.reg} is the function id")
        for index in arr.indexes:
            if index > last_reg:
                self.err.add(fname, item.line_of("count"),
                             f"{where}: array '{arr.name}' runs past "
                             f"last-reg x{last_reg}")
                break
            if index in used_regs:
                self.err.add(fname, item.line,
                             f"{where}: register x{index} is listed twice "
                             f"(first at line {used_regs[index]})")
            used_regs[index] = item.line
        width = 64 if wide else 32
        for name, t, _ in record or [(arr.name, arr.type, "")]:
            if t is not None and t.bits > width:
                self.err.add(fname, item.line,
                             f"{where}: '{name}' of type '{t.name}' is wider "
                             f"than a register")
        if arr.name in member_names:
            self.err.add(fname, item.line,
                         f"{where}: duplicate name '{arr.name}' "
                         f"(first at line {member_names[arr.name]})")
        member_names[arr.name] = item.line
        return arr

    def build_functions(self):
        fname, data = self.files["functions"]
        funcs = data["functions"]
        self.unique(fname, funcs, "function")
        self.unique(fname, funcs, "function", key="number")
        for item in funcs:
            since, removed = self.span(fname, item)
            smc64_since = self.version(fname, item, "smc64-since")
            fn = Function(item["name"], item["number"], list(
                item["conventions"]), since, removed, smc64_since,
                list(item["callers"]), item["mediator"], None, None,
                list(item.get("replies", [])), item["doc"], item["ref"],
                item.line, item.get("error-reply") == "raw",
                item.get("needs-spmc", False), item.get("leaf", False),
                item.get("reply", False), item.get("lane", False),
                item.get("case"))
            self.check_function(fname, item, fn)
            where = f"{fn.name}"
            fn.args = self.build_layout(
                fname, fn, item.get("args"), item.get("unused", "mbz"),
                item.get("last-reg", 7), f"{where} args", False)
            res = item.get("result")
            if res is not None:
                via = res["via"]
                layout = self.build_layout(
                    fname, fn, res.get("regs"), res.get("unused", "mbz"),
                    res.get("last-reg", 7), f"{where} result", via == "raw")
                if via == "raw" and not any(
                        isinstance(e, Reg) and e.index == 0
                        for e in layout.entries):
                    self.err.add(fname, res.line,
                                 f"{where} result: a raw result must list w0")
                fn.result = Result(via, layout, res.get("doc", ""))
            if smc64_since and (not fn.has_smc64 or smc64_since <= since):
                self.err.add(fname, item.line_of("smc64-since"),
                             f"{where}: smc64-since needs an SMC64 form "
                             f"added after since")
            self.spec.functions.append(fn)
        self.spec.functions.sort(key=lambda f: f.number)
        known = {f.name for f in self.spec.functions}
        by_name = {f.name: f for f in self.spec.functions}
        for item in funcs:
            if "case" in item:
                self.check_case(fname, item, by_name[item["name"]],
                                by_name.get(item["case"]))
            replies = item.get("replies") or []
            for i, r in enumerate(replies):
                if r not in known:
                    self.err.add(fname, replies.line_of(i),
                                 f"{item['name']}: reply '{r}' is not a "
                                 f"function in {fname}")

    def check_case(self, fname, item, fn, other):
        """fn is answered in other's case of ffa_dispatch() (spec: case):
        decoded as other's arguments and handled by other's handler, which
        tells the calls apart by their id."""
        line = item.line_of("case")
        if other is None:
            self.err.add(fname, line, f"{fn.name}: case '{item['case']}' "
                         f"is not a function in {fname}")
        elif other is fn or other.case is not None:
            self.err.add(fname, line, f"{fn.name}: case names a call with "
                         f"a case of its own (no case of another)")
        elif any(f.mediator != "handle" or f.leaf or f.lane or f.raw_error
                 or "vm" not in f.callers for f in (fn, other)):
            self.err.add(fname, line, f"{fn.name}: case is for two calls "
                         f"a VM makes and the runtime handles (mediator: "
                         f"handle), neither leaf nor lane nor error-reply: "
                         f"raw")
        elif (_registers(fn.args), fn.conventions, fn.since, fn.removed,
              fn.smc64_since) != (_registers(other.args), other.conventions,
                                  other.since, other.removed,
                                  other.smc64_since):
            self.err.add(fname, line, f"{fn.name}: case needs the same "
                         f"args, conventions and versions as "
                         f"{other.name}")

    def framework_w2(self, fname, item, value):
        """w2 of a framework message, from the direct-msg-flags bitfield."""
        flags = {b.name: b for b in self.spec.bitfields}.get("direct-msg-flags")
        fields = {f.name: f for f in flags.fields} if flags else {}
        if "framework" not in fields or "framework-type" not in fields:
            self.err.add(fname, item.line,
                         "framework messages need the direct-msg-flags "
                         "bitfield with fields framework and framework-type")
            return 0
        return (1 << fields["framework"].lo) | \
            (value << fields["framework-type"].lo)

    def build_framework_messages(self):
        fname, data = self.files["functions"]
        items = data.get("framework-messages") or []
        self.unique(fname, items, "framework message")
        functions = {f.name: f for f in self.spec.functions}
        enum = {e.name: e for e in self.spec.enums}.get("framework-msg")
        values = {v.name: v.value for v in enum.values} if enum else {}
        for item in items:
            carrier = functions.get(item["function"])
            if carrier is None:
                self.err.add(fname, item.line_of("function"),
                             f"framework message '{item['name']}': unknown "
                             f"function '{item['function']}'")
                continue
            if item["type"] not in values:
                self.err.add(fname, item.line_of("type"),
                             f"framework message '{item['name']}': type "
                             f"'{item['type']}' is not a framework-msg value")
                continue
            since, _ = self.span(fname, item)
            view = Function(f"fwk-{item['name']}", carrier.number,
                            ["smc32"], since, None, None, carrier.callers,
                            "refuse", None, None, [], item["doc"],
                            item["ref"], item.line)
            view.args = self.build_layout(fname, view, item["args"], "sbz",
                                          7, f"{item['name']} args", False)
            for e in view.args.entries:
                if isinstance(e, Reg) and e.index == 2:
                    self.err.add(fname, e.line,
                                 f"{item['name']} args: w2 holds the "
                                 f"framework bit and type; do not list it")
            self.spec.framework_messages.append(FrameworkMessage(
                item["name"], carrier, values[item["type"]],
                self.framework_w2(fname, item, values[item["type"]]), view,
                item["doc"], item["ref"]))

    # -- features -------------------------------------------------------------
    def bitfield_ref(self, fname, node, key):
        bname = node.get(key)
        if bname is None:
            return None
        t = self.spec.types.get(bname)
        if t is None or t.kind != "bitfield":
            self.err.add(fname, node.line_of(key),
                         f"reference to undefined bitfield '{bname}'")
        return bname

    def build_features(self):
        fname, data = self.files["features"]
        known = {f.name for f in self.spec.functions}
        self.unique(fname, data["function-features"], "feature answer",
                    key="function")
        for a in data["function-features"]:
            if a["function"] not in known:
                self.err.add(fname, a.line_of("function"),
                             f"feature answer for unknown function "
                             f"'{a['function']}'")
            since, _ = self.span(fname, a)
            self.spec.feature_answers.append(FeatureAnswer(
                a["function"], self.bitfield_ref(fname, a, "properties"),
                self.bitfield_ref(fname, a, "properties-2"),
                self.bitfield_ref(fname, a, "input"), since, a["doc"]))
        self.unique(fname, data["feature-ids"], "feature id")
        self.unique(fname, data["feature-ids"], "feature id", key="value")
        for f in data["feature-ids"]:
            since, _ = self.span(fname, f)
            self.spec.feature_ids.append(FeatureId(
                f["name"], f["value"], since,
                self.bitfield_ref(fname, f, "properties"), f["doc"], f["ref"]))

    # -- structs --------------------------------------------------------------
    def build_struct_layout(self, fname, s, lay):
        where = f"struct '{s['name']}'"
        since, removed = self.span(fname, lay)
        self.unique(fname, lay["fields"], f"field in {where}")
        fields, cursor, align = [], 0, 1
        for f in lay["fields"]:
            t = self.resolve_type(fname, f)
            if t is None:
                continue
            if t.bits % 8:
                self.err.add(fname, f.line_of("type"),
                             f"{where}: field '{f['name']}' type '{t.name}' "
                             f"is not a whole number of bytes")
                continue
            sf = StructField(f["name"], f["offset"], t, f.get("count", 1),
                             f.get("mbz", False), f["doc"])
            natural = min(t.bits // 8, 8) if t.name != "uuid" else 1
            align = max(align, natural)
            if sf.offset % natural:
                self.err.add(fname, f.line_of("offset"),
                             f"{where}: field '{sf.name}' at offset "
                             f"{sf.offset} is not {natural}-byte aligned")
            if sf.offset < cursor:
                self.err.add(fname, f.line_of("offset"),
                             f"{where}: field '{sf.name}' at offset "
                             f"{sf.offset} overlaps the previous field "
                             f"(which ends at {cursor})")
            elif sf.offset > cursor:
                self.err.add(fname, f.line_of("offset"),
                             f"{where}: bytes {cursor}..{sf.offset - 1} are "
                             f"not covered by any field")
            cursor = max(cursor, sf.offset + sf.size)
            fields.append(sf)
        if cursor != lay["size"]:
            self.err.add(fname, lay.line_of("size"),
                         f"{where}: size {lay['size']} but the fields end at "
                         f"{cursor}")
        elif lay["size"] % align:
            self.err.add(fname, lay.line_of("size"),
                         f"{where}: size {lay['size']} is not a multiple of "
                         f"its {align}-byte alignment")
        c_name = names.layout_struct(s["name"], since or (1, 0))
        return StructLayout(since, removed, lay["size"], fields, c_name)

    def build_structs(self):
        fname, data = self.files["structs"]
        self.unique(fname, data["structs"], "struct")
        for s in data["structs"]:
            layouts = [self.build_struct_layout(fname, s, lay)
                       for lay in s["layouts"]]
            sinces = [lay.since for lay in layouts]
            if len(set(sinces)) != len(sinces):
                self.err.add(fname, s.line_of("layouts"),
                             f"struct '{s['name']}': two layouts start at "
                             f"the same version")
            layouts.sort(key=lambda lay: lay.since or (0, 0))
            self.spec.structs.append(Struct(s["name"], layouts, s["doc"],
                                            s["ref"]))

    def build(self):
        self.build_abi()
        self.build_status()
        self.build_functions()
        self.build_framework_messages()
        self.build_features()
        self.build_structs()
        if not self.err.errors:
            self.check_required()
        self.err.raise_if_any()
        return self.spec
