"""Load and check a scenario file (tests/scenario/FORMAT.md) into steps.

Everything is resolved before the engine starts: names through the spec
model (ffacodec), register values, bytes to write, and every expectation as
a list of bit checks. A mistake in the file is a ScenarioError located by
file and line; all of them are collected and reported together, one line
each, as the generator does for spec/.
"""
import copy
import os
import re
import sys
from dataclasses import dataclass, field

import ffacodec
from ffacodec import (REG_COUNT, REG_RE, ArraySlot, Piece, did_you_mean,
                      exists_at, fmt_int, parse_version_text, upper,
                      version_number, version_str)

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(ROOT, "generator"))

from ffaspec.errors import SpecError  # noqa: E402
from ffaspec.loader import LineDict, LineList, load_yaml  # noqa: E402

ALL64 = (1 << 64) - 1
DEFAULT_SPMC_VERSION = (1, 2)      # sim_default_spmc()
DEFAULT_VM_MEMORY = 64 * 4096
DEFAULT_IPA_BASE = 0x40000000
SPMC_SETTINGS = {"rxtx-max-pages": "rxtx_max_pages", "sri-intid": "sri_intid",
                 "refuse-newer-minor": "refuse_newer_minor",
                 "notify-follows-vm-msgs": "notify_follows_vm_msgs",
                 "tfa-el3": "tfa_el3"}
MEDIATOR_SETTINGS = {"hyp-buffer-pages": "hyp_buffer_pages",
                     "vm-rxtx-max-pages": "vm_rxtx_max_pages"}
# The standard test partitions (sim_default_spmc()).
DEFAULT_PARTITION_IDS = (0x8001, 0x8002, 0x8003)
# How a simulated partition answers (enum spmc_behaviour in tests/spmc/spmc.h;
# the engine knows the same names).
BEHAVIOURS = ("echo", "busy", "error", "interrupt-once", "yield-once",
              "wrong-source", "wrong-dest", "wrong-func", "garbage",
              "framework-resp", "sequence", "optee")
# The stops of behaviour sequence (enum spmc_stop), as the engine spells them.
STOPS = {"interrupt": "i", "yield": "y"}
SPMC_MAX_STOPS = 8
# ... and answers VM created / destroyed messages (enum spmc_vm_msg_behaviour).
VM_MSG_BEHAVIOURS = ("ok", "busy", "retry", "error")
PARTITION_BEHAVIOUR_KEYS = ("behaviour", "error", "bad-id", "yield-timeout",
                            "vm-msg", "inbox-size", "stops")
SIM_MAX_VM_ID = 64                 # sim.allow[][] (tests/harness/sim_platform.h)
SPMC_INBOX_MAX = 4096


# A value found at run time: $name, $name+N, $name-N (see Var).
VAR_RE = re.compile(r"^\$([A-Za-z_][A-Za-z0-9_]*)"
                    r"(?:\s*([+-])\s*(0x[0-9a-fA-F]+|[0-9]+))?$")
# A bound instead of a value in an expectation (see Bound).
BOUND_KEYS = ("at-least", "at-most", "bits", "nonzero", "not")
MAX_REPEAT = 4096                  # steps one repeat may unroll to


class ScenarioError(SpecError):
    """One mistake in a scenario file: file:line: message."""


class Bad(Exception):
    """Abandons the element being parsed; becomes a ScenarioError."""

    def __init__(self, line, message):
        super().__init__(message)
        self.line = line
        self.message = message


def line_of(node, key=None):
    if key is not None and isinstance(node, (LineDict, LineList)):
        return node.line_of(key)
    return getattr(node, "line", 0)


def bad(node, key, message):
    raise Bad(line_of(node, key), message)


def checked(node, key, fn, *args):
    """fn(*args), with a ValueError located at node[key]."""
    try:
        return fn(*args)
    except ValueError as e:
        bad(node, key, str(e))


def mapping(node, what, required=(), optional=(), parent=None, key=None):
    if not isinstance(node, dict):
        bad(parent if parent is not None else node, key,
            f"{what} must be a mapping, got {type(node).__name__} {node!r}")
    known = list(required) + list(optional)
    for k in node:
        if k not in known:
            bad(node, k, f"unknown key '{k}' in {what}"
                f"{did_you_mean(k, known)} (known: {', '.join(known)})")
    for k in required:
        if k not in node:
            bad(node, None, f"{what} needs '{k}'")
    return node


def integer(node, key, what=None, bits=64, default=None):
    if key not in node:
        if default is None:
            bad(node, None, f"'{key}' is missing")
        return default
    v = node[key]
    if isinstance(v, bool) or not isinstance(v, int):
        bad(node, key, f"{what or key}: expected a number, got {v!r}")
    if v < 0 or v >= 1 << bits:
        bad(node, key, f"{what or key}: {v} does not fit {bits} bits")
    return v


def version_at(node, key):
    return checked(node, key, parse_version_text, node[key])


# ------------------------------------------------------------------ checks
@dataclass
class Check:
    """value must be found in pieces of the registers (or bytes)."""
    label: str
    pieces: list
    value: int
    type: object = None


@dataclass
class RegExpect:
    """An expected register set: field checks plus bits that must be 0."""
    summary: str
    checks: list
    zero: list                      # per register, a mask of must-be-zero bits
    not_ffa: bool = False
    by_fields: bool = False         # the zero bits depend on the version
    fn: object = None
    smc64: bool = False
    version: tuple = None
    reply_fn: object = None         # a reply that is a call: its function
    reply_smc64: bool = False


@dataclass(frozen=True)
class PhysAddr:
    """The physical address behind VM vm's IPA ipa: machines differ, so the
    runner asks the engine ("pa VM IPA") when the step runs."""
    vm: int
    ipa: int


@dataclass(frozen=True)
class Var:
    """A value captured by an earlier step (capture:), plus add: the
    runner puts it in when the step runs."""
    name: str
    add: int = 0

    def __str__(self):
        if not self.add:
            return f"${self.name}"
        return f"${self.name}{'+' if self.add > 0 else '-'}{abs(self.add)}"


@dataclass(frozen=True)
class Bound:
    """An expectation that a value lies in a range rather than equals one:
    lo <= v <= hi (each an int or a Var, or None), v < 2**bits, v != 0,
    v != other (an int or a Var, or None)."""
    lo: object = None
    hi: object = None
    bits: int = None
    nonzero: bool = False
    other: object = None

    def __str__(self):
        parts = []
        if self.lo is not None:
            parts.append(f"at least {fmt_int(self.lo) if isinstance(self.lo, int) else self.lo}")
        if self.hi is not None:
            parts.append(f"at most {fmt_int(self.hi) if isinstance(self.hi, int) else self.hi}")
        if self.bits is not None:
            parts.append(f"fits {self.bits} bits")
        if self.nonzero:
            parts.append("nonzero")
        if self.other is not None:
            parts.append(f"not {fmt_int(self.other) if isinstance(self.other, int) else self.other}")
        return ", ".join(parts) or "any value"

    def holds(self, v):
        """Does v satisfy this bound (lo and hi already ints)?"""
        return (self.lo is None or v >= self.lo) and \
            (self.hi is None or v <= self.hi) and \
            (self.bits is None or v < 1 << self.bits) and \
            (not self.nonzero or v != 0) and \
            (self.other is None or v != self.other)


@dataclass
class AnyOf:
    """expect-any: the reply matches one of the alternatives (RegExpects)."""
    alternatives: list
    summary: str
    not_ffa: bool = False

    # How a reply is described (--trace): as the first alternative would.
    @property
    def fn(self):
        return self.alternatives[0].fn

    @property
    def smc64(self):
        return self.alternatives[0].smc64

    @property
    def version(self):
        return self.alternatives[0].version


def substitute(node, env):
    """A copy of a YAML node with each string $v (or $v+N, $v-N) of a loop
    variable v in env replaced by its number; lines are kept."""
    if isinstance(node, dict):
        out = LineDict((k, substitute(v, env)) for k, v in node.items())
        out.line = getattr(node, "line", 0)
        out.key_lines = getattr(node, "key_lines", None)
        return out
    if isinstance(node, list):
        out = LineList(substitute(v, env) for v in node)
        out.line = getattr(node, "line", 0)
        out.item_lines = getattr(node, "item_lines", None)
        return out
    if isinstance(node, str):
        m = VAR_RE.match(node.strip())
        if m and m.group(1) in env:
            add = int(m.group(3), 0) if m.group(3) else 0
            return env[m.group(1)] + (-add if m.group(2) == "-" else add)
    return node


@dataclass
class MemCheck:
    label: str
    offset: int
    size: int
    value: int
    type: object = None


@dataclass
class Step:
    kind: str
    line: int
    desc: str
    doc: str = ""
    data: dict = field(default_factory=dict)
    spmc: object = None             # inline expect-spmc: None, or a list
    effects: object = None          # inline expect-effects: None, or a list
    host_only: bool = False         # skipped by an engine that is no host
    firmware: object = None         # None: every firmware; else a tuple


@dataclass
class Scenario:
    path: str
    doc: str
    spmc_line: int
    spmc_version: tuple
    spmc_settings: dict
    partitions: list                # None: the standard test partitions
    mediator_settings: dict
    mediator_version: tuple         # what the mediator must negotiate
    vms: list
    steps: list
    partition_settings: list = field(default_factory=list)  # (id, key, value)
    policy: dict = field(default_factory=dict)   # sender -> [receivers]
    spmc_script: list = field(default_factory=list)  # before init: steps
    host_only: bool = False         # only the host engine runs it
    firmware: tuple = ("sim",)      # the secure firmware it is written for
    sim_only: str = ""              # why it is not for real firmware


@dataclass
class VmState:
    aarch64: bool
    version: tuple
    conduit: str = "smc"            # calls' default conduit (conduit:)


# The secure firmware a scenario may run on (tests/system/machine.py): the
# simulated SPMC, OP-TEE as the SPMC, TF-A's EL3 SPMC with OP-TEE.
FIRMWARES = ("sim", "optee", "tfa")
# Steps that command the simulated SPMC, which real firmware cannot obey.
# (No kind of step is host-only: the host engine and the QEMU machine's run
# the same commands, engine_core.c. What the machine lacks is room, and a
# step beyond it says host-only: true; FORMAT.md, "Host-only steps".)
SIM_ONLY_STEPS = ("spmc-set", "spmc-deliver-rx", "expect-inbox",
                  "expect-known-vms", "sp-notify", "sp-bind",
                  "expect-sp-notifications", "sri", "spmc-remove",
                  "spmc-answer", "sp-retrieve", "sp-relinquish", "sp-write",
                  "expect-sp-memory", "expect-spmc-transaction",
                  "expect-spmc-vm")


# ------------------------------------------------------------------ parser
class Parser:
    def __init__(self, codec, path, shown=None):
        self.codec = codec
        self.spec = codec.spec
        self.path = path
        self.shown = shown or path
        self.errors = []
        self.vms = {}               # id -> VmState, as the steps go
        self.dying = set()          # destroyed, a partition still to be told
        self.gone = set()           # destroyed for good
        self.mediator_version = None
        self.partition_ids = set(DEFAULT_PARTITION_IDS)
        self.captured = set()       # names captured by the steps so far

    def error(self, b):
        self.errors.append(ScenarioError(self.shown, b.line, b.message))

    def guarded(self, fn, *args):
        try:
            return fn(*args)
        except Bad as b:
            self.error(b)
            return None

    # -- top level ------------------------------------------------------------
    def parse(self):
        try:
            data = load_yaml(self.path, self.shown)
        except SpecError as e:
            raise ScenarioErrors([ScenarioError(e.file, e.line, e.message)])
        top = self.guarded(mapping, data, "a scenario", ("doc", "steps"),
                           ("spmc", "mediator", "vms", "defs", "policy",
                            "host-only", "firmware", "sim-only"))
        if top is None:
            raise ScenarioErrors(self.errors)
        firmware = self.guarded(self.parse_firmware, data)
        spmc = self.guarded(self.parse_spmc, data.get("spmc"), data)
        mediator = self.guarded(self.parse_mediator, data.get("mediator"),
                                data)
        spmc_version = spmc[0] if spmc else DEFAULT_SPMC_VERSION
        cap = self.spmc_version_cap(data.get("mediator"))
        self.mediator_version = min(max(self.spec.mediator_versions),
                                    spmc_version, cap)
        # What VMs are offered: the mediator's newest over an SPMC at 1.1
        # or later (it converts layouts), 1.0 over a 1.0 SPMC (no UUIDs).
        self.vm_version_max = max(self.spec.mediator_versions) \
            if self.mediator_version >= (1, 1) else (1, 0)
        if spmc and spmc[2] is not None:
            self.partition_ids = {p["id"] for p in spmc[2]}
        spmc_script = self.guarded(self.parse_spmc_script, data.get("spmc")) \
            if isinstance(data.get("spmc"), dict) else []
        policy = self.guarded(self.parse_policy, data, "policy") \
            if "policy" in data else {}
        vms, steps = [], []
        vm_list = data.get("vms") or []
        if not isinstance(vm_list, list):
            self.error(Bad(line_of(data, "vms"), "vms must be a list"))
            vm_list = []
        for node in vm_list:
            vm = self.guarded(self.parse_vm, node)
            if vm is not None:
                vms.append(vm)
                steps.extend(vm.pop("steps"))
        raw_steps = data.get("steps")
        if not isinstance(raw_steps, list) or not raw_steps:
            self.error(Bad(line_of(data, "steps"),
                           "steps must be a non-empty list"))
            raw_steps = []
        for node in raw_steps:
            steps.extend(self.guarded(self.parse_steps, node) or [])
        host_only = data.get("host-only", False)
        if not isinstance(host_only, bool):
            self.error(Bad(line_of(data, "host-only"),
                           "host-only is true or false"))
        if firmware:
            self.guarded(self.check_real_steps, data, firmware, steps)
        if self.errors:
            raise ScenarioErrors(self.errors)
        return Scenario(self.shown, str(data["doc"]).strip(),
                        line_of(data, "spmc") if "spmc" in data else 0,
                        spmc_version, spmc[1] if spmc else {},
                        spmc[2] if spmc else None, mediator or {},
                        self.mediator_version, vms, steps,
                        spmc[3] if spmc else [], policy or {},
                        spmc_script or [], host_only is True,
                        firmware or ("sim",), str(data.get("sim-only", "")))

    # -- firmware ---------------------------------------------------------------
    def firmware_list(self, node, key):
        v = node[key]
        if not isinstance(v, list) or not v or \
                any(f not in FIRMWARES for f in v) or len(set(v)) != len(v):
            bad(node, key, f"{key}: a list of {', '.join(FIRMWARES)}, "
                f"got {v!r}")
        return tuple(v)

    def parse_firmware(self, data):
        """firmware: which secure firmware the scenario is written for
        (default the simulated SPMC only; sim-only: says why)."""
        firmware = self.firmware_list(data, "firmware") \
            if "firmware" in data else ("sim",)
        real = [f for f in firmware if f != "sim"]
        if real and "sim-only" in data:
            bad(data, "sim-only", f"sim-only: but firmware lists "
                f"{', '.join(real)}")
        return firmware

    def check_real_steps(self, data, firmware, steps):
        """Real firmware knows no test commands: a step that needs one is
        restricted to the simulation (a step's own firmware: [sim])."""
        real = [f for f in firmware if f != "sim"]
        if not real:
            return
        if "spmc" in data and "sim" not in firmware:
            bad(data, "spmc", "spmc: configures the simulated SPMC, which "
                "this scenario does not run on")
        for step in steps:
            on = step.firmware or firmware
            if step.kind in SIM_ONLY_STEPS and any(f != "sim" for f in on):
                raise Bad(step.line, f"a {step.kind} step commands the "
                          f"simulated SPMC: say firmware: [sim] on it")

    def parse_spmc(self, node, parent):
        if node is None:
            return None
        mapping(node, "spmc", (), ("version", "id", "partitions", "remove",
                                   "answers") +
                tuple(SPMC_SETTINGS), parent, "spmc")
        version = version_at(node, "version") if "version" in node \
            else DEFAULT_SPMC_VERSION
        if version not in self.spec.mediator_versions:
            bad(node, "version", f"the simulated SPMC implements "
                f"{', '.join(version_str(v) for v in self.spec.mediator_versions)}")
        settings = {"version": version_number(version)}
        if "id" in node:
            settings["id"] = integer(node, "id", bits=16)
        for key, name in SPMC_SETTINGS.items():
            if key in node:
                settings[name] = int(node[key]) if isinstance(node[key], bool) \
                    else integer(node, key, bits=32)
        partitions = None
        behaviours = []
        if "partitions" in node:
            if not isinstance(node["partitions"], list):
                bad(node, "partitions", "partitions must be a list")
            partitions = [self.parse_partition(p)
                          for p in node["partitions"]]
            ids = [p["id"] for p in partitions]
            for p in partitions:
                behaviours += [(p["id"], k, v) for k, v in p["behaviour"]]
            if len(set(ids)) != len(ids):
                bad(node, "partitions", "two partitions have the same id")
        return version, settings, partitions, behaviours

    def parse_spmc_script(self, node):
        """spmc: remove: [...] and answers: [...]: spmc-remove and
        spmc-answer steps that run before the mediator starts."""
        out = []
        if "remove" in node:
            out.append(self.step_spmc_remove(node, "remove"))
        if "answers" in node:
            answers = node["answers"]
            if not isinstance(answers, list) or not answers:
                bad(node, "answers", "answers is a list of spmc-answer "
                    "mappings")
            for i, a in enumerate(answers):
                holder = LineDict({"spmc-answer": a})
                holder.line = answers.line_of(i)
                out.append(self.step_spmc_answer(holder))
        return out

    def parse_partition(self, node):
        mapping(node, "a partition", ("id", "uuids"),
                ("properties", "exec-contexts", "version") +
                PARTITION_BEHAVIOUR_KEYS)
        props_type = self.spec.types["partition-properties"]
        props = checked(node, "properties", self.codec.encode, props_type,
                        node.get("properties", 0), 32, "properties")
        uuids = node["uuids"]
        if not isinstance(uuids, list) or not 1 <= len(uuids) <= 4:
            bad(node, "uuids", "uuids must be a list of 1 to 4 UUIDs")
        return {
            "id": integer(node, "id", bits=16),
            "exec": integer(node, "exec-contexts", bits=16, default=1),
            "properties": props,
            "version": version_number(version_at(node, "version"))
            if "version" in node else version_number(DEFAULT_SPMC_VERSION),
            "uuids": [checked(node, "uuids", self.codec.uuid, u, "uuids")
                      for u in uuids],
            "behaviour": self.partition_behaviour(node),
        }

    def partition_behaviour(self, node):
        """[(engine key, value)] for a partition's behaviour keys (see
        enum spmc_behaviour and enum spmc_vm_msg_behaviour)."""
        out = []
        behaviour = node.get("behaviour")
        if behaviour is not None:
            if behaviour not in BEHAVIOURS:
                bad(node, "behaviour", f"behaviour is one of "
                    f"{', '.join(BEHAVIOURS)}"
                    f"{did_you_mean(behaviour, BEHAVIOURS)}")
        if "error" in node:
            if behaviour is None:
                behaviour = "error"
            elif behaviour != "error":
                bad(node, "error", "error: is the status of behaviour: error")
            status = checked(node, "error", self.codec.status_value,
                             node["error"])
            out.append(("error", str(status & 0xffffffff)))
        if behaviour is not None:
            out.insert(0, ("behaviour", behaviour))
        if "bad-id" in node:
            if behaviour not in ("wrong-source", "wrong-dest"):
                bad(node, "bad-id", "bad-id is for behaviour wrong-source "
                    "or wrong-dest")
            out.append(("bad_id", str(integer(node, "bad-id", bits=16))))
        if "yield-timeout" in node:
            t = integer(node, "yield-timeout")
            out += [("yield_timeout_lo", str(t & 0xffffffff)),
                    ("yield_timeout_hi", str(t >> 32))]
        if "stops" in node:
            stops = node["stops"]
            if behaviour not in (None, "sequence"):
                bad(node, "stops", "stops: are for behaviour: sequence")
            if not isinstance(stops, list) or not \
                    1 <= len(stops) <= SPMC_MAX_STOPS or \
                    any(x not in STOPS for x in stops):
                bad(node, "stops", f"stops is a list of 1 to "
                    f"{SPMC_MAX_STOPS} of interrupt, yield")
            if behaviour is None:
                out.insert(0, ("behaviour", "sequence"))
            out.append(("stops", "".join(STOPS[x] for x in stops)))
        elif behaviour == "sequence":
            bad(node, "behaviour", "behaviour: sequence needs stops: "
                "[interrupt, yield, ...]")
        if "inbox-size" in node:
            n = integer(node, "inbox-size", bits=32)
            if not 1 <= n <= SPMC_INBOX_MAX:
                bad(node, "inbox-size", f"inbox-size is 1 to "
                    f"{SPMC_INBOX_MAX} bytes")
            out.append(("inbox_size", str(n)))
        if "vm-msg" in node:
            out += self.vm_msg_behaviour(node)
        return out

    def vm_msg_behaviour(self, node):
        """vm-msg: ok | {busy: N} | {retry: N} | {error: STATUS}."""
        v = node["vm-msg"]
        if v == "ok":
            return [("vm_msg", "ok")]
        if not isinstance(v, dict) or len(v) != 1 or \
                next(iter(v)) not in VM_MSG_BEHAVIOURS[1:]:
            bad(node, "vm-msg", "vm-msg is ok, {busy: N}, {retry: N} (N "
                "refusals before each success) or {error: STATUS}")
        kind, arg = next(iter(v.items()))
        if kind == "error":
            status = checked(v, kind, self.codec.status_value, arg)
            return [("vm_msg", "error"),
                    ("vm_msg_error", str(status & 0xffffffff))]
        n = integer(v, kind, bits=32)
        if n == 0:
            bad(v, kind, f"{kind}: the number of refusals, at least 1")
        return [("vm_msg", kind), ("vm_msg_fail_count", str(n))]

    def parse_policy(self, node, key):
        """{sender: [receivers]}: VM-to-VM messaging the platform allows."""
        p = node[key]
        if not isinstance(p, dict) or not p:
            bad(node, key, "policy is a mapping of sender VM ids to the "
                "lists of VMs each may message ({1: [2, 3], 2: []})")
        out = {}
        for sender, receivers in p.items():
            if isinstance(sender, bool) or not isinstance(sender, int) or \
                    not 0 < sender < SIM_MAX_VM_ID:
                bad(p, sender, f"policy: VM id {sender!r} is not a number "
                    f"from 1 to {SIM_MAX_VM_ID - 1} (the simulated "
                    f"platform's policy table)")
            if not isinstance(receivers, list):
                bad(p, sender, f"policy: VM {sender} needs a list of VM ids "
                    f"([] for none)")
            for r in receivers:
                if isinstance(r, bool) or not isinstance(r, int) or \
                        not 0 <= r < SIM_MAX_VM_ID:
                    bad(p, sender, f"policy: {r!r} is not a VM id from 0 to "
                        f"{SIM_MAX_VM_ID - 1}")
            out[sender] = sorted(set(receivers))
        return out

    def parse_mediator(self, node, parent):
        if node is None:
            return {}
        mapping(node, "mediator", (), tuple(MEDIATOR_SETTINGS) +
                ("spmc-version-max",), parent, "mediator")
        out = {name: integer(node, key, bits=32)
               for key, name in MEDIATOR_SETTINGS.items() if key in node}
        if "spmc-version-max" in node:
            out["spmc_version_max"] = version_number(
                version_at(node, "spmc-version-max"))
        return out

    def spmc_version_cap(self, node):
        """mediator: spmc-version-max (struct ffa_config), or no cap."""
        if not isinstance(node, dict) or "spmc-version-max" not in node:
            return max(self.spec.mediator_versions)
        try:
            return version_at(node, "spmc-version-max")
        except Exception:
            return max(self.spec.mediator_versions)

    def parse_vm(self, node, what="a VM"):
        mapping(node, what, ("id",),
                ("arch", "vcpus", "memory", "ipa-base", "version", "expect",
                 "conduit"))
        vm = {
            "line": node.line,
            "id": integer(node, "id", bits=16),
            "arch": node.get("arch", "aarch64"),
            "vcpus": integer(node, "vcpus", bits=16, default=1),
            "memory": integer(node, "memory", default=DEFAULT_VM_MEMORY),
            "ipa-base": integer(node, "ipa-base", default=DEFAULT_IPA_BASE),
        }
        if vm["arch"] not in ("aarch64", "aarch32"):
            bad(node, "arch", "arch is aarch64 or aarch32")
        conduit = node.get("conduit", "smc")
        if conduit not in ("smc", "hvc"):
            bad(node, "conduit", "conduit is smc or hvc (the default for "
                "the VM's calls)")
        if vm["memory"] % 4096 or vm["ipa-base"] % 4096:
            bad(node, "memory", "memory and ipa-base must be 4K aligned")
        vm["status"] = None
        if "expect" in node:
            e = mapping(node["expect"], "vm-create expect", ("error",), (),
                        node, "expect")
            vm["status"] = checked(e, "error", self.codec.status_value,
                                   e["error"])
        if vm["id"] in self.vms:
            bad(node, "id", f"VM {vm['id']:#x} already exists here")
        if vm["status"] is None:
            self.vms[vm["id"]] = VmState(vm["arch"] == "aarch64", (1, 0),
                                         conduit)
            self.gone.discard(vm["id"])
        steps = []
        if "version" in node:
            if vm["status"] is not None:
                bad(node, "version", "a VM expected not to exist has no "
                    "version to negotiate")
            steps.append(self.version_step(node, vm["id"]))
        vm["steps"] = steps
        return vm

    def version_step(self, node, vm_id):
        """vms: version: "1.1" is FFA_VERSION(1.1) answered with ours."""
        asked = version_at(node, "version")
        call = LineDict({"vm": vm_id, "id": "FFA_VERSION",
                         "args": LineDict({"major": asked[0],
                                           "minor": asked[1]})})
        call.line = line_of(node, "version")
        step = LineDict({"call": call, "expect": LineDict(
            {"version": version_str(self.vm_version_max)})})
        step.line = call.line
        return self.parse_step(step)

    # -- steps ----------------------------------------------------------------
    STEP_KINDS = ("call", "write", "expect-memory", "vm-create", "vm-destroy",
                  "vm-destroy-poll", "expect-spmc", "expect-effects",
                  "fail-next-map", "spmc-deliver-rx", "expect-mappings",
                  "spmc-set", "policy", "expect-inbox", "expect-known-vms",
                  "sp-notify", "sp-bind", "sri", "expect-sp-notifications",
                  "take-virq", "spmc-remove", "spmc-answer",
                  "expect-platform", "sp-retrieve", "sp-relinquish",
                  "sp-write", "expect-sp-memory", "expect-spmc-transaction",
                  "expect-spmc-vm")
    ACTIONS = ("call", "write", "vm-create", "vm-destroy", "vm-destroy-poll",
               "fail-next-map", "spmc-deliver-rx", "sp-notify", "sp-bind",
               "sri")
    # Steps that may say what they must return with a sibling expect:.
    WITH_EXPECT = ("call", "spmc-deliver-rx", "vm-destroy", "vm-destroy-poll",
                   "sp-notify", "sp-bind", "sp-retrieve", "sp-relinquish",
                   "sp-write")

    def parse_step(self, node):
        if not isinstance(node, dict):
            bad(node, None, f"a step must be a mapping with one of "
                f"{', '.join(self.STEP_KINDS)}")
        kinds = [k for k in node if k in self.STEP_KINDS]
        actions = [k for k in kinds if k in self.ACTIONS]
        if len(actions) == 1:
            # An action's own expect-spmc/expect-effects check what it did.
            kinds = actions
        if len(kinds) != 1:
            unknown = [k for k in node if k not in self.STEP_KINDS and
                       k not in ("expect", "doc")]
            if unknown:
                bad(node, unknown[0], f"unknown step '{unknown[0]}'"
                    f"{did_you_mean(unknown[0], self.STEP_KINDS)}")
            bad(node, None, f"a step has exactly one of "
                f"{', '.join(self.STEP_KINDS)}; this one has "
                f"{', '.join(kinds) or 'none'}")
        kind = kinds[0]
        optional = ["doc", "host-only", "firmware"]
        if kind in self.WITH_EXPECT:
            optional.append("expect")
        if kind == "call":
            optional.append("expect-any")
        if kind in ("call", "expect-memory"):
            optional.append("capture")
        if kind in self.ACTIONS:
            optional += ["expect-spmc", "expect-effects"]
        mapping(node, f"a {kind} step", (kind,), optional)
        if kind == "call" and ("expect" in node) == ("expect-any" in node):
            bad(node, kind, "a call step needs 'expect' or 'expect-any' "
                "(one of them)")
        if kind in ("spmc-deliver-rx", "sp-notify",
                    "sp-bind") and "expect" not in node:
            bad(node, kind, f"a {kind} step needs 'expect'")
        host_only = node.get("host-only", False)
        if not isinstance(host_only, bool):
            bad(node, "host-only", "host-only is true or false")
        step = getattr(self, "step_" + kind.replace("-", "_"))(node)
        step.doc = str(node.get("doc", ""))
        step.host_only = host_only
        if "firmware" in node:
            step.firmware = self.firmware_list(node, "firmware")
        if kind in self.ACTIONS:
            if "expect-spmc" in node:
                step.spmc = self.spmc_list(node, "expect-spmc")
            if "expect-effects" in node:
                step.effects = self.effect_list(node, "expect-effects")
        return step

    def parse_steps(self, node):
        """The steps of one list item: one, or a repeat's unrolled body."""
        if isinstance(node, dict) and "repeat" in node:
            return self.step_repeat(node)
        return [self.parse_step(node)]

    def step_repeat(self, node):
        """repeat: N | {count: N, var: i} | {var: i, from: A, to: B,
        step: S} | {var: i, values: [...]}, with steps: [...]: the steps
        once per value, $i (or $i+N) replaced by the value."""
        mapping(node, "a repeat step", ("repeat", "steps"), ("doc",))
        r = node["repeat"]
        var = None
        if isinstance(r, int) and not isinstance(r, bool):
            values = list(range(integer(node, "repeat", bits=16)))
        else:
            mapping(r, "repeat", (), ("count", "var", "from", "to", "step",
                                      "values"), node, "repeat")
            shapes = [k for k in ("count", "values", "from") if k in r]
            if len(shapes) != 1:
                bad(r, None, "repeat has one of count: N, values: [...] or "
                    "from: A, to: B (step: S)")
            if "var" in r:
                var = str(r["var"])
                if not VAR_RE.match("$" + var) or var in self.captured:
                    bad(r, "var", f"var is a name of letters, digits and _ "
                        f"that is not captured elsewhere ({var!r})")
            if "count" in r:
                values = list(range(integer(r, "count", bits=16)))
            elif "values" in r:
                values = r["values"]
                if not isinstance(values, list) or any(
                        isinstance(v, bool) or not isinstance(v, int)
                        for v in values):
                    bad(r, "values", "values is a list of numbers")
            else:
                step = integer(r, "step", default=1)
                if step == 0:
                    bad(r, "step", "step is at least 1")
                values = list(range(integer(r, "from"),
                                    integer(r, "to") + 1, step))
            if var is None and ("values" in r or "from" in r):
                bad(r, None, "name the loop variable: var: i (use it as $i)")
        body = node["steps"]
        if not isinstance(body, list) or not body:
            bad(node, "steps", "steps is a non-empty list of steps")
        if len(values) * len(body) > MAX_REPEAT:
            bad(node, "repeat", f"a repeat unrolls to at most {MAX_REPEAT} "
                f"steps ({len(values)} times {len(body)})")
        out = []
        for i, v in enumerate(values):
            env = {var: v} if var is not None else {}
            label = f"[{var}={fmt_int(v)}] " if var is not None \
                else f"[{i + 1}/{len(values)}] "
            for sub in body:
                for step in self.parse_steps(substitute(sub, env)):
                    step.desc = label + step.desc
                    out.append(step)
        return out

    def var_ref(self, node, key, v):
        """A Var for the text $name (captured by an earlier step), else
        None."""
        if not isinstance(v, str) or not v.strip().startswith("$"):
            return None
        m = VAR_RE.match(v.strip())
        if not m:
            bad(node, key, f"{v!r}: a captured value is written $name, "
                f"$name+N or $name-N")
        if m.group(1) not in self.captured:
            bad(node, key, f"${m.group(1)} is not captured by an earlier "
                f"step (capture: {{{m.group(1)}: FIELD}}; captured so far: "
                f"{', '.join('$' + n for n in sorted(self.captured)) or 'none'})")
        add = int(m.group(3), 0) if m.group(3) else 0
        return Var(m.group(1), -add if m.group(2) == "-" else add)

    def expected(self, node, key, v, encode):
        """What an expectation wants of a value: a Var, a Bound, or the
        number encode(v)."""
        var = self.var_ref(node, key, v)
        if var is not None:
            return var
        if isinstance(v, str) and v in ("any", "nonzero"):
            return Bound(nonzero=v == "nonzero")
        if isinstance(v, dict) and v and all(k in BOUND_KEYS for k in v):
            def end(k):
                if k not in v:
                    return None
                ref = self.var_ref(v, k, v[k])
                return ref if ref is not None else checked(v, k, encode, v[k])
            bits = integer(v, "bits", bits=7) if "bits" in v else None
            if bits is not None and not 1 <= bits <= 64:
                bad(v, "bits", "bits: from 1 to 64")
            if not isinstance(v.get("nonzero", False), bool):
                bad(v, "nonzero", "nonzero is true or false")
            return Bound(end("at-least"), end("at-most"), bits,
                         v.get("nonzero", False), end("not"))
        return checked(node, key, encode, v)

    @staticmethod
    def show_want(v):
        return fmt_int(v) if isinstance(v, int) else str(v)

    @staticmethod
    def capture_mapping(node, of_what):
        """A step's capture: mapping, its names checked (each becomes a
        $name for later steps); of_what says what the names map to."""
        c = node["capture"]
        if not isinstance(c, dict) or not c:
            bad(node, "capture", f"capture is a mapping of names to {of_what}")
        for name in c:
            if not isinstance(name, str) or not VAR_RE.match("$" + name):
                bad(c, name, "a capture's name is letters, digits and _ "
                    "(later steps use it as $name)")
        return c

    def parse_captures(self, node, slots, what):
        """capture: {NAME: FIELD}: [(NAME, pieces)] of result fields (slots)
        or registers."""
        c = self.capture_mapping(node, "result fields ({h: handle}) or "
                                 "registers ({h: w2})")
        out = []
        for name, f in c.items():
            f = str(f)
            m = REG_RE.match(f)
            if f in slots:
                slot = slots[f]
                if isinstance(slot, ArraySlot) or slot.count != 1:
                    bad(c, name, f"{f} has several values: capture one "
                        f"register (x3)")
                pieces = slot.pieces
            elif m and int(m.group(2)) < REG_COUNT:
                width = 64 if m.group(1) == "x" else 32
                pieces = [Piece(int(m.group(2)), 0, width, 0)]
            else:
                bad(c, name, f"'{f}' is not a result field of {what}"
                    f"{did_you_mean(f, slots)} nor a register (w2, x3)")
            out.append((name, pieces))
        return out

    def vm_ref(self, node, key="vm"):
        if key not in node:
            if len(self.vms) == 1:
                return next(iter(self.vms))
            bad(node, None, f"say which VM ('{key}:'); "
                f"{len(self.vms)} exist here")
        vm = integer(node, key, bits=16)
        if vm not in self.vms:
            bad(node, key, f"VM {vm:#x} does not exist here (VMs: "
                f"{', '.join(hex(v) for v in self.vms) or 'none'})")
        return vm

    # -- call -----------------------------------------------------------------
    def step_call(self, node):
        c = mapping(node["call"], "call", (),
                    ("vm", "vcpu", "id", "message", "args", "conduit"), node,
                    "call")
        vm = self.vm_ref(c)
        state = self.vms[vm]
        fn, smc64, fid, msg = self.target(c)
        regs, shown, patches = self.encode_args(
            c, msg.fn if msg else fn, smc64, fid, msg.w2 if msg else None)
        if "expect-any" in node:
            expect = self.parse_expect_any(node, fn, smc64, state.version)
        else:
            expect = self.parse_expect(node, "expect", fn, smc64,
                                       state.version)
        vcpu = integer(c, "vcpu", bits=16, default=0)
        conduit = c.get("conduit", state.conduit)
        if conduit not in ("smc", "hvc"):
            bad(c, "conduit", "conduit is smc or hvc")
        captures = []
        if "capture" in node:
            slots = dict(self.codec.slots(fn.result.layout, smc64)) \
                if fn is not None and fn.result is not None else {}
            for x in expect.alternatives if isinstance(expect, AnyOf) \
                    else [expect]:
                if x.reply_fn is not None:
                    slots.update(self.codec.slots(x.reply_fn.args,
                                                  x.reply_smc64))
            captures = self.parse_captures(
                node, slots, self.codec.fid_name(fid) or hex(fid))
            self.captured.update(name for name, _ in captures)
        self.track_version(fn, regs, expect, state)
        name = self.codec.fid_name(fid) or hex(fid)
        if msg:
            name += f"[{msg.name}]"
        if conduit == "hvc":
            name = "hvc " + name
        return Step("call", node.line,
                    f"vm {fmt_int(vm)}{f' vcpu {vcpu}' if vcpu else ''}: "
                    f"{name}({shown}) -> {expect.summary}",
                    data={"vm": vm, "vcpu": vcpu, "regs": regs,
                          "expect": expect, "fn": fn, "smc64": smc64,
                          "version": state.version, "patches": patches,
                          "captures": captures, "conduit": conduit,
                          "aarch64": state.aarch64})

    def target(self, c):
        """(Function, smc64, id, framework message or None) of a call: by
        id, or by framework message (its carrier's SMC32 id unless id says
        which)."""
        if "message" not in c:
            if "id" not in c:
                bad(c, None, "say which call: 'id' (or 'message' for a "
                    "framework message)")
            return checked(c, "id", self.codec.function, c["id"]) + (None,)
        msg = checked(c, "message", self.codec.message, c["message"])
        smc64 = False
        if "id" in c:
            fn, smc64, fid = checked(c, "id", self.codec.function, c["id"])
            if fn is not msg.carrier:
                bad(c, "id", f"{msg.name} is carried by "
                    f"FFA_{upper(msg.carrier.name)}_32/64")
        return msg.carrier, smc64, self.codec.fid(msg.carrier, smc64), msg

    def encode_args(self, c, fn, smc64, fid, w2=None):
        """(registers, shown, patches): patches put captured values ($name)
        in when the step runs: [(pieces, width, Var, key)]."""
        patches = []
        regs = [0] * REG_COUNT
        regs[0] = fid
        if w2 is not None:
            regs[2] = w2        # a framework message's bit and type
        args = c.get("args") or LineDict()
        if not isinstance(args, dict):
            bad(c, "args", "args must be a mapping of argument names")
        slots = self.codec.slots(fn.args, smc64) if fn else {}
        shown = []
        # Raw registers first: named fields then replace their own bits.
        for k, v in args.items():
            m = REG_RE.match(str(k))
            if m and k not in slots:
                i = int(m.group(2))
                if not 1 <= i < REG_COUNT and not (i == 0 and m.group(1) == "x"):
                    bad(args, k, f"register {k} is not one of x0..x17")
                width = 64 if m.group(1) == "x" else 32
                var = self.var_ref(args, k, v)
                if var is not None:
                    patches.append(([Piece(i, 0, width, 0)], width, var, k))
                    shown.append(f"{k}={var}")
                    continue
                regs[i] = checked(args, k, self.codec.integer, v, width, k)
                shown.append(f"{k}={fmt_int(regs[i])}")
        for k, v in args.items():
            if REG_RE.match(str(k)) and k not in slots:
                continue
            if k not in slots:
                names = list(slots)
                bad(args, k, f"'{k}' is not an argument of "
                    f"{self.codec.fid_name(fid) or hex(fid)}"
                    f"{did_you_mean(k, names)} (arguments: "
                    f"{', '.join(names) or 'none'}; raw registers: x1..x17, "
                    f"w1..w17)")
            self.put_slot(args, k, slots[k], v, regs, patches)
            shown.append(f"{k}={self.show(v)}")
        return regs, ", ".join(shown), patches

    @staticmethod
    def show(v):
        if isinstance(v, int) and not isinstance(v, bool):
            return fmt_int(v)
        if isinstance(v, dict):
            return "{" + ", ".join(f"{k}: {Parser.show(x)}"
                                   for k, x in v.items()) + "}"
        if isinstance(v, list):
            return "[" + ", ".join(Parser.show(x) for x in v) + "]"
        return str(v)

    def put_slot(self, node, key, slot, value, regs, patches):
        if isinstance(slot, ArraySlot):
            for i, elem in enumerate(self.array_elements(node, key, slot,
                                                         value)):
                for member, v in elem.items():
                    self.put_slot(node, key, slot.elements[i][member], v, regs,
                                  patches)
            return
        for i, v in enumerate(self.copies(node, key, slot, value)):
            var = self.var_ref(node, key, v)
            if var is not None:
                patches.append((slot.copy_pieces(i), slot.width, var, key))
                continue
            x = checked(node, key, self.codec.encode, slot.type, v,
                        slot.width, key)
            for p in slot.copy_pieces(i):
                part = (x >> p.shift) & ((1 << p.width) - 1)
                regs[p.reg] = (regs[p.reg] & ~p.mask) | (part << p.lo)

    @staticmethod
    def copies(node, key, slot, value):
        if slot.count == 1:
            return [value]
        if not isinstance(value, list) or len(value) > slot.count:
            bad(node, key, f"{key} has {slot.count} copies: give a list of "
                f"up to {slot.count} values")
        return value

    def array_elements(self, node, key, slot, value):
        """[{member: value}] for the listed elements of an array."""
        if not isinstance(value, list) or len(value) > len(slot.elements):
            bad(node, key, f"{key} is an array of {len(slot.elements)}: give "
                f"a list of up to {len(slot.elements)} elements")
        members = slot.elements[0]
        paired = self.codec.paired_members(members)
        out = []
        for v in value:
            if "" in members:
                out.append({"": v})
                continue
            if not isinstance(v, dict):
                bad(node, key, f"each element of {key} is a mapping of "
                    f"{', '.join(list(members) + list(paired))}")
            elem = {}
            for m, x in v.items():
                if m in paired:
                    # X for the X-lo/X-hi pair: 128 bits, lo first (a UUID).
                    whole = checked(node, key, self.codec.uuid, x, f"{key}.{m}")
                    elem[paired[m][0]] = whole & ALL64
                    elem[paired[m][1]] = whole >> 64
                elif m in members:
                    elem[m] = x
                else:
                    bad(node, key, f"'{m}' is not a member of {key}"
                        f"{did_you_mean(m, list(members) + list(paired))}")
            out.append(elem)
        return out

    def track_version(self, fn, regs, expect, state):
        """The guest's own view: after FFA_VERSION(asked) answered with a
        version of the same major, it works at the lower of the two."""
        if fn is None or fn.result is None or fn.result.via != "raw" or \
                not isinstance(expect, RegExpect):
            return
        args = self.codec.slots(fn.args, False)
        res = expect.checks
        if "major" not in args or "minor" not in args:
            return
        got = {c.label.split(" ")[0]: c.value for c in res}
        if "major" not in got or "minor" not in got:
            return
        a = args["major"].pieces[0]
        b = args["minor"].pieces[0]
        asked = ((regs[a.reg] >> a.lo) & ((1 << a.width) - 1),
                 (regs[b.reg] >> b.lo) & ((1 << b.width) - 1))
        answered = (got["major"], got["minor"])
        if asked[0] == answered[0]:
            state.version = min(asked, answered)

    # -- expectations -----------------------------------------------------------
    def parse_expect_any(self, node, fn, smc64, version):
        """expect-any: [...]: alternatives, each as expect: would be."""
        alts = node["expect-any"]
        if not isinstance(alts, list) or len(alts) < 2:
            bad(node, "expect-any", "expect-any is a list of at least two "
                "expectations, each as expect: would be")
        xs = []
        for i, a in enumerate(alts):
            holder = LineDict({"expect": a})
            holder.line = alts.line_of(i)
            xs.append(self.parse_expect(holder, "expect", fn, smc64, version))
        if any(x.not_ffa for x in xs):
            bad(node, "expect-any", "not-ffa cannot be one of several "
                "answers")
        return AnyOf(xs, " or ".join(x.summary for x in xs))

    def parse_expect(self, node, key, fn, smc64, version):
        """An expectation of a reply (VM call, or the SPMC's answer)."""
        e = node[key]
        name = self.codec.fid_name(self.codec.fid(fn, smc64)) if fn else \
            "this id"
        if e == "not-ffa":
            return RegExpect("not an FF-A call", [], [], not_ffa=True)
        if e == "any":
            return RegExpect("any reply", [], [0] * REG_COUNT)
        shapes = ("success", "error", "raw", "result", "version", "message",
                  "id")
        if not isinstance(e, dict):
            bad(node, key, f"expect is one of {', '.join(shapes)} (a "
                f"mapping), not-ffa or any")
        kinds = [k for k in e if k in shapes]
        if len(kinds) != 1:
            bad(e, None, f"expect has exactly one of {', '.join(shapes)}")
        kind = kinds[0]
        optional = ["others"] + (["reply-id"] if kind == "success" else []) \
            + (["args"] if kind in ("message", "id") else [])
        mapping(e, "expect", (kind,), optional)
        others = e.get("others", "zero")
        if others not in ("zero", "any"):
            bad(e, "others", "others is zero (default) or any")
        raw_result = fn is not None and fn.result is not None and \
            fn.result.via == "raw"
        if kind == "error":
            x = self.expect_error(e, fn, raw_result)
        elif kind == "raw":
            x = self.expect_raw(e)
        elif kind == "message":
            x = self.expect_message(e, smc64)
        elif kind == "id":
            x = self.expect_call(e, version)
        elif kind == "success":
            if fn is None or fn.result is None or fn.result.via != "success":
                bad(e, kind, f"{name} does not answer FFA_SUCCESS in the "
                    f"spec; use raw")
            x = self.expect_fields(e, kind, fn, smc64, version)
        else:
            if not raw_result:
                bad(e, kind, f"{kind}: only for a call whose reply is its "
                    f"result (FFA_VERSION)")
            x = self.expect_fields(e, kind, fn, smc64, version)
        if others == "any":
            x.zero = [0] * REG_COUNT
        x.fn, x.smc64, x.version = fn, smc64, version
        x.by_fields = kind in ("success", "result", "version", "message",
                               "id")
        return x

    def expect_error(self, e, fn, raw_result):
        status = checked(e, "error", self.codec.status_value, e["error"])
        t = self.spec.types["status"]
        zero = [ALL64] * REG_COUNT
        zero[0] = 0
        label = upper(self.codec.status_name(status & 0xffffffff) or
                      str(status))
        if fn is not None and fn.raw_error:
            # The status in w0 itself (FFA_VERSION).
            return RegExpect(f"{label} (in w0)", [
                Check("w0", [Piece(0, 0, 64, 0)], status & 0xffffffff, t)],
                zero)
        zero[2] = 0
        return RegExpect(f"FFA_ERROR({label})", [
            Check("w0", [Piece(0, 0, 64, 0)], self.codec.fid_by_name["FFA_ERROR_32"],
                  self.spec.types["function-id"]),
            Check("w2", [Piece(2, 0, 64, 0)], status & 0xffffffff, t)], zero)

    def expect_message(self, e, smc64):
        """A framework message as the reply (VM created/destroyed resp)."""
        msg = checked(e, "message", self.codec.message, e["message"])
        fid = self.codec.fid(msg.carrier, smc64)
        checks = [Check("w0", [Piece(0, 0, 64, 0)], fid,
                        self.spec.types["function-id"]),
                  Check("w2 (framework message)", [Piece(2, 0, 64, 0)],
                        msg.w2)]
        zero = [ALL64] * REG_COUNT
        zero[0] = zero[2] = 0
        slots = self.codec.slots(msg.fn.args, smc64)
        for slot in slots.values():
            for p in self.all_pieces(slot):
                zero[p.reg] &= ~p.mask
        args = e.get("args") or LineDict()
        if not isinstance(args, dict):
            bad(e, "args", "args is a mapping of the message's fields")
        for k, v in args.items():
            if k not in slots:
                bad(args, k, f"'{k}' is not a field of {msg.name}"
                    f"{did_you_mean(k, slots)} (fields: {', '.join(slots)})")
            checks += self.slot_checks(args, k, slots[k], v, zero)
        shown = ", ".join(f"{k}={self.show(v)}" for k, v in args.items())
        return RegExpect(f"{msg.name}({shown})", checks, zero)

    def expect_call(self, e, version):
        """A reply that is itself an FF-A call (FFA_MSG_SEND_DIRECT_RESP,
        FFA_INTERRUPT, FFA_YIELD, FFA_MSG_WAIT): its id, the listed
        arguments, and zero in every bit that is no argument of it at the
        version."""
        fn, smc64, fid = checked(e, "id", self.codec.function, e["id"])
        if fn is None:
            bad(e, "id", f"{e['id']!r} is not an FF-A function id")
        name = self.codec.fid_name(fid) or hex(fid)
        checks = [Check("w0", [Piece(0, 0, 64, 0)], fid,
                        self.spec.types["function-id"])]
        zero = [ALL64] * REG_COUNT
        zero[0] = 0
        slots = self.codec.slots(fn.args, smc64)
        for slot in slots.values():
            if exists_at(slot.since, slot.removed, version):
                for p in self.all_pieces(slot):
                    zero[p.reg] &= ~p.mask
        args = e.get("args") or LineDict()
        if not isinstance(args, dict):
            bad(e, "args", f"args is a mapping of {name}'s arguments")
        for k, v in args.items():
            if k not in slots:
                bad(args, k, f"'{k}' is not an argument of {name}"
                    f"{did_you_mean(k, slots)} (arguments: "
                    f"{', '.join(slots) or 'none'})")
            if not exists_at(slots[k].since, slots[k].removed, version):
                bad(args, k, f"'{k}' is not an argument of {name} at "
                    f"{version_str(version)}")
            checks += self.slot_checks(args, k, slots[k], v, zero)
        shown = ", ".join(f"{k}={self.show(v)}" for k, v in args.items())
        return RegExpect(f"{name}({shown})", checks, zero, reply_fn=fn,
                         reply_smc64=smc64)

    def expect_raw(self, e):
        raw = e["raw"]
        if not isinstance(raw, dict) or not raw:
            bad(e, "raw", "raw is a mapping of registers (x0: ..., w2: ...)")
        checks, zero = [], [ALL64] * REG_COUNT
        for k, v in raw.items():
            m = REG_RE.match(str(k))
            if not m or int(m.group(2)) >= REG_COUNT:
                bad(raw, k, f"'{k}' is not a register x0..x17 or w0..w17")
            i, width = int(m.group(2)), 64 if m.group(1) == "x" else 32
            value = self.expected(raw, k, v, lambda y, w=width, k=k:
                                  self.codec.integer(y, w, k))
            checks.append(Check(k, [Piece(i, 0, width, 0)], value))
            zero[i] &= ~((1 << width) - 1)
        shown = ", ".join(f"{k}={self.show_want(c.value)}"
                          for k, c in zip(raw, checks))
        return RegExpect(f"raw({shown})", checks, zero)

    def expect_fields(self, e, kind, fn, smc64, version):
        layout = fn.result.layout
        slots = self.codec.slots(layout, smc64)
        checks, zero = [], [ALL64] * REG_COUNT
        values = e[kind]
        if kind == "version":
            if "major" not in slots or "minor" not in slots:
                bad(e, kind, "version: only for a result with major and "
                    "minor fields")
            v = version_at(e, kind)
            values = LineDict({"major": v[0], "minor": v[1]})
            values.line = line_of(e, kind)
        if values is None:
            values = LineDict()
        if not isinstance(values, dict):
            bad(e, kind, f"{kind} is a mapping of result fields")
        # Described bits may hold anything unless listed; the rest must be 0.
        for slot in slots.values():
            if not exists_at(slot.since, slot.removed, version):
                continue
            for elem in ([m for el in slot.elements for m in el.values()]
                         if isinstance(slot, ArraySlot) else [slot]):
                for p in elem.pieces:
                    zero[p.reg] &= ~p.mask
        for k, v in values.items():
            if k not in slots:
                bad(values, k, f"'{k}' is not a result field of "
                    f"FFA_{upper(fn.name)}{did_you_mean(k, slots)} (fields: "
                    f"{', '.join(slots) or 'none'})")
            slot = slots[k]
            if not exists_at(slot.since, slot.removed, version):
                bad(values, k, f"'{k}' is not in FFA_{upper(fn.name)}'s "
                    f"result at {version_str(version)}")
            checks += self.slot_checks(values, k, slot, v, zero)
        if kind == "success":
            reply = "FFA_SUCCESS_64" if smc64 and self.wide(layout) \
                else "FFA_SUCCESS_32"
            if "reply-id" in e:
                _, _, fid = checked(e, "reply-id", self.codec.function,
                                    e["reply-id"])
                reply = self.codec.fid_name(fid) or hex(fid)
            else:
                fid = self.codec.fid_by_name[reply]
            checks.insert(0, Check("w0", [Piece(0, 0, 64, 0)], fid,
                                   self.spec.types["function-id"]))
            zero[0] = 0
            shown = ", ".join(f"{k}={self.show(v)}" for k, v in values.items())
            summary = f"{reply}({shown})"
        else:
            summary = f"version {e[kind]}" if kind == "version" else \
                "result(" + ", ".join(f"{k}={self.show(v)}"
                                      for k, v in values.items()) + ")"
        return RegExpect(summary, checks, zero)

    @staticmethod
    def wide(layout):
        """Does a result use 64-bit registers (so SMC64 answers SUCCESS_64)?"""
        for e in layout.entries:
            if type(e).__name__ == "RegGroup":
                if any(wide for _, _, wide in e.regs):
                    return True
            elif e.wide:
                return True
        return False

    @staticmethod
    def all_pieces(slot):
        if isinstance(slot, ArraySlot):
            return [p for el in slot.elements for m in el.values()
                    for p in m.pieces]
        return slot.pieces

    def slot_checks(self, node, key, slot, value, zero):
        """Checks that value is in slot; an array's unlisted tail is zero."""
        if isinstance(slot, ArraySlot):
            elems = self.array_elements(node, key, slot, value)
            out = []
            for i, elem in enumerate(elems):
                for member, v in elem.items():
                    m = slot.elements[i][member]
                    label = f"{key}[{i}]" + (f".{member}" if member else "")
                    out += self.value_checks(node, key, label, m, v)
            for el in slot.elements[len(elems):]:
                for m in el.values():
                    for p in m.pieces:
                        zero[p.reg] |= p.mask
            return out
        return self.value_checks(node, key, key, slot, value)

    def value_checks(self, node, key, label, slot, value):
        out = []
        vals = self.copies(node, key, slot, value)
        for i, v in enumerate(vals):
            x = self.expected(node, key, v, lambda y: self.codec.encode(
                slot.type, y, slot.width, label))
            name = label if slot.count == 1 else f"{label}[{i}]"
            out.append(Check(f"{name} ({slot.where})", slot.copy_pieces(i),
                             x, slot.type))
        return out

    # -- SPMC and platform expectations -------------------------------------
    def spmc_list(self, node, key):
        v = node[key]
        if v == "none" or v == []:
            return []
        if not isinstance(v, list):
            bad(node, key, f"{key} is a list of calls or none")
        return [self.spmc_call(item) for item in v]

    def spmc_call(self, item):
        mapping(item, "an expected SPMC call", (),
                ("id", "message", "args", "others", "reply"))
        fn, smc64, fid, msg = self.target(item)
        v = self.mediator_version
        checks = [Check("x0", [Piece(0, 0, 64, 0)], fid,
                        self.spec.types["function-id"])]
        zero = [ALL64] * REG_COUNT
        zero[0] = 0
        if msg:
            checks.append(Check("w2 (framework message)",
                                [Piece(2, 0, 64, 0)], msg.w2))
            zero[2] = 0
        args = item.get("args") or LineDict()
        if not isinstance(args, dict):
            bad(item, "args", "args is a mapping of argument names")
        layout = msg.fn.args if msg else fn.args if fn else None
        slots = self.codec.slots(layout, smc64) if layout else {}
        for slot in slots.values():
            if exists_at(slot.since, slot.removed, v):
                for p in self.all_pieces(slot):
                    zero[p.reg] &= ~p.mask
        shown = []
        for k, val in args.items():
            m = REG_RE.match(str(k))
            if m and k not in slots:
                i, width = int(m.group(2)), 64 if m.group(1) == "x" else 32
                checks.append(Check(k, [Piece(i, 0, width, 0)],
                                    self.expected(args, k, val,
                                                  lambda y, w=width, k=k:
                                                  self.codec.integer(y, w, k))))
                zero[i] &= ~((1 << width) - 1)
            elif k in slots:
                if not exists_at(slots[k].since, slots[k].removed, v):
                    bad(args, k, f"'{k}' is not an argument at "
                        f"{version_str(v)}, the version the mediator uses "
                        f"with the SPMC")
                checks += self.slot_checks(args, k, slots[k], val, zero)
            else:
                bad(args, k, f"'{k}' is not an argument of "
                    f"{self.codec.fid_name(fid) or hex(fid)}"
                    f"{did_you_mean(k, slots)}")
            shown.append(f"{k}={self.show(val)}")
        if item.get("others", "zero") == "any":
            zero = [0] * REG_COUNT
        reply = self.parse_expect(item, "reply", fn, smc64, v) \
            if "reply" in item else None
        name = self.codec.fid_name(fid) or hex(fid)
        if msg:
            name += f"[{msg.name}]"
        return {"line": item.line, "summary": f"{name}({', '.join(shown)})",
                "expect": RegExpect(name, checks, zero, by_fields=True, fn=fn,
                                    smc64=smc64, version=v),
                "reply": reply}

    EFFECT_KEYS = {"map": ("vm", "ipa", "pages", "writable"),
                   "unmap": ("vm", "ipa", "pages"),
                   "virq": ("vm", "vcpu", "intid"),
                   "claim": ("vm", "ipa", "pages", "op"),
                   "unclaim": ("vm", "ipa", "pages", "op")}
    # enum ffa_mem_op (runtime/include/ffa/platform.h), as the engine reports it.
    MEM_OPS = ("share", "lend", "donate")

    def effect_list(self, node, key):
        v = node[key]
        if v == "none" or v == []:
            return []
        if not isinstance(v, list):
            bad(node, key,
                f"{key} is a list of map/unmap/virq/claim/unclaim or none")
        out = []
        for item in v:
            if not isinstance(item, dict) or len(item) != 1 or \
                    next(iter(item)) not in self.EFFECT_KEYS:
                bad(item if isinstance(item, dict) else node, key,
                    "each effect is one of map: {...}, unmap: {...}, "
                    "virq: {...}, claim: {...}, unclaim: {...}")
            kind, body = next(iter(item.items()))
            body = body if body is not None else LineDict()
            mapping(body, kind, (), self.EFFECT_KEYS[kind], item, kind)
            want = {}
            for k in self.EFFECT_KEYS[kind]:
                if k == "writable" and k in body:
                    if not isinstance(body[k], bool):
                        bad(body, k, "writable is true or false")
                    want[k] = int(body[k])
                elif k == "op" and k in body:
                    if body[k] not in self.MEM_OPS:
                        bad(body, k, "op is share, lend or donate")
                    want[k] = self.MEM_OPS.index(body[k])
                elif k in body:
                    want[k] = integer(body, k)
            out.append({"line": line_of(item, kind), "kind": kind,
                        "want": want})
        return out

    def step_expect_spmc(self, node):
        calls = self.spmc_list(node, "expect-spmc")
        desc = "; ".join(c["summary"] for c in calls) if calls else "none"
        return Step("expect-spmc", node.line, f"SPMC received: {desc}",
                    data={"calls": calls})

    def step_expect_effects(self, node):
        effects = self.effect_list(node, "expect-effects")
        return Step("expect-effects", node.line,
                    f"platform effects: {self.show_effects(effects)}",
                    data={"effects": effects})

    def show_effects(self, effects):
        if not effects:
            return "none"
        return "; ".join(
            f"{e['kind']}(" + ", ".join(f"{k}={fmt_int(v)}"
                                        for k, v in e["want"].items()) + ")"
            for e in effects)

    # -- memory -----------------------------------------------------------------
    def where(self, b, kind):
        """(target, base, label): a VM's IPA or the hypervisor's buffer."""
        if "hyp" in b:
            if kind == "write":
                bad(b, "hyp", "write goes to a VM's memory; hyp: is for "
                    "expect-memory")
            if b["hyp"] not in ("tx", "rx"):
                bad(b, "hyp", "hyp is tx or rx (the mediator's own buffers "
                    "with the SPMC)")
            off = integer(b, "offset", default=0)
            return ("hyp", b["hyp"]), off, f"hyp {b['hyp']}+{off:#x}"
        vm = self.vm_ref(b)
        if "ipa" not in b:
            bad(b, None, f"{kind} needs 'ipa'")
        ipa = integer(b, "ipa") + integer(b, "offset", default=0)
        return ("vm", vm), ipa, f"vm {fmt_int(vm)} {ipa:#x}"

    def memory_shape(self, b, kind, vm_version):
        """Bytes to write, or checks: from hex, fill, struct or array."""
        shapes = [k for k in ("hex", "text", "fill", "struct", "array")
                  if k in b]
        if len(shapes) != 1:
            bad(b, None, f"{kind} has exactly one of hex, text, fill, "
                f"struct, array")
        shape = shapes[0]
        if shape == "text":
            data = str(b["text"]).encode()
            return len(data), [MemCheck(f"bytes {i}", i, 1, x)
                               for i, x in enumerate(data)], data
        if shape == "hex":
            text = str(b["hex"]).replace(" ", "").replace("_", "")
            try:
                data = bytes.fromhex(text)
            except ValueError:
                bad(b, "hex", "hex is pairs of hex digits ('de ad be ef')")
            return len(data), [MemCheck(f"bytes {i}", i, 1, x)
                               for i, x in enumerate(data)], data
        if shape == "fill":
            n = integer(b, "length")
            byte = integer(b, "fill", bits=8)
            return n, [MemCheck(f"byte {i}", i, 1, byte) for i in range(n)], \
                bytes([byte]) * n
        if shape == "struct":
            version = version_at(b, "version") if "version" in b \
                else vm_version
            lay = checked(b, "struct", self.codec.struct_layout, b["struct"],
                          version)
            fields = b.get("fields") or LineDict()
            checks = self.struct_checks(b, fields, lay, 0, b["struct"])
            return lay.size, checks, self.struct_bytes(lay, checks)
        a = mapping(b["array"], "array", ("struct",),
                    ("version", "count", "items", "stride"), b, "array")
        version = version_at(a, "version") if "version" in a else vm_version
        lay = checked(a, "struct", self.codec.struct_layout, a["struct"],
                      version)
        stride = integer(a, "stride", default=lay.size)
        items = a.get("items") or []
        if not isinstance(items, list):
            bad(a, "items", "items is a list of field mappings")
        count = integer(a, "count", default=len(items))
        if len(items) > count:
            bad(a, "items", f"{len(items)} items but count is {count}")
        checks = []
        for i, item in enumerate(items):
            checks += self.struct_checks(a, item or LineDict(), lay,
                                         i * stride, f"{a['struct']}[{i}]")
        size = stride * (count - 1) + lay.size if count else 0
        return size, checks, self.struct_bytes(lay, checks, size)

    def struct_checks(self, node, fields, lay, base, label):
        if not isinstance(fields, dict):
            bad(node, None, f"the fields of {label} are a mapping")
        by_name = {f.name: f for f in lay.fields}
        out = []
        for k, v in fields.items():
            f = by_name.get(k)
            if f is None:
                bad(fields, k, f"'{k}' is not a field of {label}"
                    f"{did_you_mean(k, by_name)} (fields: "
                    f"{', '.join(by_name)})")
            each = f.type.bits // 8
            vals = v if f.count > 1 else [v]
            if f.count > 1 and (not isinstance(v, list) or len(v) > f.count):
                bad(fields, k, f"{k} has {f.count} elements: give a list")
            for i, x in enumerate(vals):
                if isinstance(x, dict) and "pa-of" in x:
                    value = self.phys_addr(x, f)
                else:
                    value = self.expected(fields, k, x, lambda y, f=f, k=k:
                                          self.codec.encode(f.type, y,
                                                            f.type.bits, k))
                name = k if f.count == 1 else f"{k}[{i}]"
                out.append(MemCheck(f"{label}.{name} (offset "
                                    f"{base + f.offset + i * each})",
                                    base + f.offset + i * each, each, value,
                                    f.type))
        return out

    @staticmethod
    def phys_addr(node, field):
        """{pa-of: {vm: 1, ipa: 0x40010000}}: a PhysAddr, for expectations."""
        mapping(node, "pa-of", ("pa-of",))
        b = mapping(node["pa-of"], "pa-of", ("vm", "ipa"), (), node, "pa-of")
        if field.type.bits != 64:
            bad(node, "pa-of", "pa-of is a 64-bit address")
        return PhysAddr(integer(b, "vm", bits=16), integer(b, "ipa"))

    @staticmethod
    def struct_bytes(lay, checks, size=None):
        buf = bytearray(size if size is not None else lay.size)
        for c in checks:
            if not isinstance(c.value, int):
                continue    # PhysAddr, Bound: only expected; Var: patched
            buf[c.offset:c.offset + c.size] = c.value.to_bytes(c.size,
                                                                "little")
        return bytes(buf)

    def step_write(self, node):
        b = mapping(node["write"], "write", (),
                    ("vm", "ipa", "offset", "hex", "text", "fill", "length",
                     "struct", "version", "fields", "array"), node, "write")
        target, addr, label = self.where(b, "write")
        _, checks, data = self.memory_shape(b, "write",
                                            self.vms[target[1]].version)
        if any(isinstance(c.value, PhysAddr) for c in checks):
            bad(node, "write", "pa-of is for expect-memory: a guest writes "
                "addresses it knows")
        if any(isinstance(c.value, Bound) for c in checks):
            bad(node, "write", "a bound (at-least, any, ...) is for "
                "expectations: a write gives values")
        patches = [(c.offset, c.size, c.value) for c in checks
                   if isinstance(c.value, Var)]
        return Step("write", node.line, f"write {len(data)} bytes to {label}",
                    data={"vm": target[1], "ipa": addr, "bytes": data,
                          "patches": patches})

    def step_expect_memory(self, node):
        b = mapping(node["expect-memory"], "expect-memory", (),
                    ("vm", "ipa", "offset", "hyp", "hex", "text", "fill",
                     "length", "struct", "version", "fields", "array"), node,
                    "expect-memory")
        target, addr, label = self.where(b, "expect-memory")
        version = self.vms[target[1]].version if target[0] == "vm" \
            else self.mediator_version
        size, checks, _ = self.memory_shape(b, "expect-memory", version)
        what = b.get("struct") or (b["array"].get("struct")
                                   if "array" in b else None)
        captures = []
        if "capture" in node:
            captures = self.memory_captures(node, b, version)
        return Step("expect-memory", node.line,
                    f"{label}: {size} bytes" + (f" of {what}" if what else ""),
                    data={"target": target, "addr": addr, "size": size,
                          "checks": checks, "captures": captures})

    def memory_captures(self, node, b, version):
        """capture: {NAME: FIELD} of an expect-memory struct: [(NAME,
        offset, size)]."""
        if "struct" not in b:
            bad(node, "capture", "capture reads fields of a struct: "
                "expect-memory needs struct:")
        v = version_at(b, "version") if "version" in b else version
        lay = checked(b, "struct", self.codec.struct_layout, b["struct"], v)
        by_name = {f.name: f for f in lay.fields}
        c = self.capture_mapping(node, "fields of the struct ({h: handle})")
        out = []
        for name, f in c.items():
            fld = by_name.get(str(f))
            if fld is None or fld.count != 1:
                bad(c, name, f"'{f}' is not a field of {b['struct']}"
                    f"{did_you_mean(str(f), by_name)}")
            out.append((name, fld.offset, fld.type.bits // 8))
        self.captured.update(name for name, _, _ in out)
        return out

    # -- VM lifecycle and platform ------------------------------------------
    def step_vm_create(self, node):
        vm = self.parse_vm(node["vm-create"], "vm-create")
        steps = vm.pop("steps")
        status = vm["status"]
        want = "ok" if status is None else upper(
            self.codec.status_name(status & 0xffffffff) or str(status))
        step = Step("vm-create", node.line,
                    f"create VM {vm['id']:#x} ({vm['arch']}, {vm['vcpus']} "
                    f"vCPUs) -> {want}", data={"vm": vm})
        step.data["then"] = steps
        return step

    def step_vm_destroy(self, node):
        b = node["vm-destroy"]
        if isinstance(b, int) and not isinstance(b, bool):
            b = LineDict({"vm": b})
            b.line = node.line
        mapping(b, "vm-destroy", ("vm",), (), node, "vm-destroy")
        vm = self.vm_ref(b)
        status = self.status_expect(node)
        del self.vms[vm]
        (self.gone if status == 0 else self.dying).add(vm)
        return Step("vm-destroy", node.line, f"destroy VM {vm:#x} -> "
                    f"{self.show_status(status)}",
                    data={"vm": vm, "status": status})

    def step_vm_destroy_poll(self, node):
        b = node["vm-destroy-poll"]
        if isinstance(b, int) and not isinstance(b, bool):
            b = LineDict({"vm": b})
            b.line = node.line
        mapping(b, "vm-destroy-poll", ("vm",), ("until-ok",), node,
                "vm-destroy-poll")
        vm = integer(b, "vm", bits=16)
        if vm not in self.dying and vm not in self.gone:
            bad(b, "vm", f"VM {vm:#x} was not destroyed here (only a "
                f"destroyed VM can be polled)")
        until = integer(b, "until-ok", bits=16) if "until-ok" in b else None
        if until is not None and "expect" in node:
            bad(node, "expect", "until-ok polls until ok: no expect")
        if until == 0:
            bad(b, "until-ok", "until-ok is the most polls, at least 1")
        status = self.status_expect(node) if until is None else 0
        if status == 0:
            self.dying.discard(vm)
            self.gone.add(vm)
        what = f"poll the teardown of VM {vm:#x} -> " \
            f"{self.show_status(status)}" if until is None else \
            f"poll the teardown of VM {vm:#x} until ok, at most {until} times"
        return Step("vm-destroy-poll", node.line, what,
                    data={"vm": vm, "status": status, "until": until})

    def status_expect(self, node):
        """expect: ok (the default), a status name, or {error: STATUS}."""
        e = node.get("expect", "ok")
        if e == "ok":
            return 0
        if isinstance(e, dict):
            mapping(e, "expect", ("error",), (), node, "expect")
            return checked(e, "error", self.codec.status_value, e["error"])
        return checked(node, "expect", self.codec.status_value, e)

    def show_status(self, status):
        return "ok" if status == 0 else \
            upper(self.codec.status_name(status & 0xffffffff) or str(status))

    # -- the simulated SPMC and platform --------------------------------------
    def partition_ref(self, b, key="partition"):
        p = integer(b, key, bits=16)
        if p not in self.partition_ids:
            bad(b, key, f"{p:#x} is not a partition here (partitions: "
                f"{', '.join(hex(i) for i in sorted(self.partition_ids))})")
        return p

    def step_spmc_set(self, node):
        b = mapping(node["spmc-set"], "spmc-set", ("partition",),
                    PARTITION_BEHAVIOUR_KEYS, node, "spmc-set")
        p = self.partition_ref(b)
        settings = self.partition_behaviour(b)
        if not settings:
            bad(b, None, f"spmc-set says how the partition behaves: "
                f"{', '.join(PARTITION_BEHAVIOUR_KEYS)}")
        shown = ", ".join(f"{k}: {self.show(v)}" for k, v in b.items()
                          if k != "partition")
        return Step("spmc-set", node.line, f"partition {p:#x} now: {shown}",
                    data={"partition": p, "settings": settings})

    def step_spmc_remove(self, node, key="spmc-remove"):
        """spmc-remove: FFA_X or [FFA_X, ...]: the SPMC implements them no
        more (either calling convention), whatever its version."""
        names = node[key]
        if not isinstance(names, list):
            names = [names]
        if not names:
            bad(node, key, f"{key} names one or more functions")
        fids = []
        for name in names:
            fn, _, fid = checked(node, key, self.codec.function, name)
            if fn is None:
                bad(node, key, f"{name!r} is not an FF-A function")
            fids.append(fid)
        shown = ", ".join(self.codec.fid_name(f) or hex(f) for f in fids)
        return Step("spmc-remove", line_of(node, key),
                    f"the SPMC no longer implements {shown}",
                    data={"fids": fids})

    def step_spmc_answer(self, node):
        """spmc-answer: {id: FFA_X_32, reply: EXPECT-SHAPE, registers: {x5:
        ...}, times: N}: the SPMC's next N calls with that id get these
        registers."""
        b = mapping(node["spmc-answer"], "spmc-answer", ("id", "reply"),
                    ("registers", "times"), node, "spmc-answer")
        fn, smc64, fid = checked(b, "id", self.codec.function, b["id"])
        v = self.mediator_version
        reply = self.parse_expect(b, "reply", fn, smc64, v)
        if reply.not_ffa:
            bad(b, "reply", "the SPMC answers with registers: not-ffa is "
                "for the mediator")
        fills = []
        for chk in reply.checks:
            if isinstance(chk.value, Bound):
                bad(b, "reply", "an answer gives values: bounds (any, "
                    "at-least, ...) are for expectations")
            fills.append((chk.pieces, chk.value))
        regs = b.get("registers") or LineDict()
        if not isinstance(regs, dict):
            bad(b, "registers", "registers is a mapping x1..x17 / w1..w17 "
                "(junk in registers the answer does not use)")
        for k, val in regs.items():
            m = REG_RE.match(str(k))
            if not m or int(m.group(2)) >= REG_COUNT:
                bad(regs, k, f"'{k}' is not a register x0..x17 or w0..w17")
            width = 64 if m.group(1) == "x" else 32
            var = self.var_ref(regs, k, val)
            fills.append(([Piece(int(m.group(2)), 0, width, 0)],
                          var if var is not None else checked(
                              regs, k, self.codec.integer, val, width, k)))
        times = integer(b, "times", bits=4, default=1)
        if times == 0:
            bad(b, "times", "times is at least 1")
        name = self.codec.fid_name(fid) or hex(fid)
        extra = f" + {self.show(dict(regs))}" if regs else ""
        return Step("spmc-answer", node.line,
                    f"the SPMC answers the next {times if times > 1 else ''}"
                    f"{' ' if times > 1 else ''}{name} with "
                    f"{reply.summary}{extra}",
                    data={"fid": fid, "fills": fills, "times": times})

    def step_policy(self, node):
        policy = self.parse_policy(node, "policy")
        shown = "; ".join(f"VM {s} may message "
                          f"{', '.join(map(str, r)) or 'no VM'}"
                          for s, r in policy.items())
        return Step("policy", node.line, f"policy: {shown}",
                    data={"policy": policy})

    def step_expect_known_vms(self, node):
        b = mapping(node["expect-known-vms"], "expect-known-vms",
                    ("partition", "vms"), (), node, "expect-known-vms")
        p = self.partition_ref(b)
        vms = b["vms"]
        if not isinstance(vms, list) or any(
                isinstance(v, bool) or not isinstance(v, int) for v in vms):
            bad(b, "vms", "vms is a list of VM ids ([] for none)")
        return Step("expect-known-vms", node.line,
                    f"partition {p:#x} knows VMs "
                    f"{', '.join(map(str, sorted(vms))) or 'none'}",
                    data={"partition": p, "vms": sorted(vms)})

    def step_expect_inbox(self, node):
        b = mapping(node["expect-inbox"], "expect-inbox", ("partition",),
                    ("empty", "sender", "header", "version", "hex", "text",
                     "length", "keep"), node, "expect-inbox")
        p = self.partition_ref(b)
        d = {"partition": p, "keep": bool(b.get("keep", False))}
        if b.get("empty", False) is True:
            others = [k for k in b if k not in ("partition", "empty")]
            if others:
                bad(b, others[0], "an empty inbox has nothing to check")
            d["empty"] = True
            return Step("expect-inbox", node.line,
                        f"partition {p:#x}'s inbox is empty", data=d)
        if "empty" in b and b["empty"] is not False:
            bad(b, "empty", "empty is true or false")
        d["empty"] = False
        version = version_at(b, "version") if "version" in b \
            else self.mediator_version
        lay = checked(b, "version", self.codec.struct_layout,
                      "partition-msg-header", version)
        by_name = {f.name: f for f in lay.fields}
        for f in ("offset", "size"):
            if f not in by_name:
                bad(b, None, f"partition-msg-header has no '{f}' field in "
                    f"spec/structs.yaml")
        d["offset-field"] = (by_name["offset"].offset,
                             by_name["offset"].type.bits // 8)
        d["size-field"] = (by_name["size"].offset,
                           by_name["size"].type.bits // 8)
        d["checks"] = self.struct_checks(b, b.get("header") or LineDict(),
                                         lay, 0, "partition-msg-header") \
            if "header" in b else []
        d["sender"] = integer(b, "sender", bits=16) if "sender" in b \
            else None
        d["length"] = integer(b, "length", bits=32) if "length" in b \
            else None
        if "hex" in b and "text" in b:
            bad(b, "text", "the payload is hex or text, not both")
        d["payload"] = None
        if "hex" in b:
            d["payload"] = self.hex_bytes(b, "hex")
        elif "text" in b:
            d["payload"] = str(b["text"]).encode()
        what = []
        if d["sender"] is not None:
            what.append(f"from {fmt_int(d['sender'])}")
        if d["payload"] is not None:
            what.append(f"payload {self.show_bytes(d['payload'])}")
        verb = "holds" if d["keep"] else "takes"
        return Step("expect-inbox", node.line,
                    f"partition {p:#x} {verb} a message "
                    f"{' '.join(what)}".rstrip(), data=d)

    @staticmethod
    def hex_bytes(b, key):
        text = str(b[key]).replace(" ", "").replace("_", "")
        try:
            return bytes.fromhex(text)
        except ValueError:
            bad(b, key, f"{key} is pairs of hex digits ('de ad be ef')")

    @staticmethod
    def show_bytes(data):
        try:
            text = data.decode()
            if text.isprintable():
                return repr(text)
        except UnicodeDecodeError:
            pass
        return data.hex(" ") if len(data) <= 16 else \
            f"{data[:16].hex(' ')} ... ({len(data)} bytes)"

    def step_fail_next_map(self, node):
        n = integer(node, "fail-next-map", bits=10)
        return Step("fail-next-map", node.line,
                    f"the platform fails the next {n} map_guest calls "
                    f"(NO_MEMORY)", data={"count": n})

    def step_spmc_deliver_rx(self, node):
        b = mapping(node["spmc-deliver-rx"], "spmc-deliver-rx",
                    ("endpoint", "hex"), (), node, "spmc-deliver-rx")
        try:
            data = bytes.fromhex(str(b["hex"]).replace(" ", ""))
        except ValueError:
            bad(b, "hex", "hex is pairs of hex digits")
        status = self.status_expect(node)
        return Step("spmc-deliver-rx", node.line,
                    f"an SP writes {len(data)} bytes to endpoint "
                    f"{fmt_int(integer(b, 'endpoint', bits=16))}'s RX buffer",
                    data={"endpoint": b["endpoint"], "bytes": data,
                          "status": status})

    def sp_vm_bitmap(self, node, kind, optional=()):
        b = mapping(node[kind], kind, ("partition", "vm", "bitmap"), optional,
                    node, kind)
        return b, {"partition": integer(b, "partition", bits=16),
                   "vm": integer(b, "vm", bits=16),
                   "bitmap": integer(b, "bitmap")}

    def step_sp_notify(self, node):
        b, d = self.sp_vm_bitmap(node, "sp-notify", ("vcpu",))
        d["vcpu"] = integer(b, "vcpu", bits=16) if "vcpu" in b else None
        d["status"] = self.status_expect(node)
        where = f" on vCPU {d['vcpu']}" if d["vcpu"] is not None else ""
        return Step("sp-notify", node.line,
                    f"partition {fmt_int(d['partition'])} sets notifications "
                    f"{d['bitmap']:#x} for VM {d['vm']}{where}", data=d)

    def step_sp_bind(self, node):
        _, d = self.sp_vm_bitmap(node, "sp-bind")
        d["status"] = self.status_expect(node)
        return Step("sp-bind", node.line,
                    f"partition {fmt_int(d['partition'])} lets VM {d['vm']} "
                    f"set notifications {d['bitmap']:#x}", data=d)

    def step_sri(self, node):
        if node["sri"] not in (None, {}, True):
            bad(node, "sri", "sri takes no arguments (sri: {})")
        return Step("sri", node.line, "the schedule receiver interrupt "
                    "reaches the hypervisor", data={})

    def step_take_virq(self, node):
        b = mapping(node["take-virq"], "take-virq", ("vm", "taken"),
                    ("vcpu",), node, "take-virq")
        vm = self.vm_ref(b)
        vcpu = integer(b, "vcpu", bits=3) if "vcpu" in b else 0
        if not isinstance(b["taken"], bool):
            bad(b, "taken", "taken is true or false")
        return Step("take-virq", node.line,
                    f"VM {vm} vCPU {vcpu} runs with interrupts unmasked: "
                    f"{'takes a virtual interrupt' if b['taken'] else 'none'}",
                    data={"vm": vm, "vcpu": vcpu, "taken": b["taken"]})

    def step_expect_sp_notifications(self, node):
        b = mapping(node["expect-sp-notifications"], "expect-sp-notifications",
                    ("partition", "bitmap"), (), node,
                    "expect-sp-notifications")
        d = {"partition": integer(b, "partition", bits=16),
             "bitmap": integer(b, "bitmap")}
        return Step("expect-sp-notifications", node.line,
                    f"partition {fmt_int(d['partition'])} has notifications "
                    f"{d['bitmap']:#x} from VMs", data=d)

    def step_expect_platform(self, node):
        """expect-platform: the platform's state now, per page ({vm, ipa,
        pages, mapped, writable, claimed, stage2}) or per VM ({vm,
        mappings, claimed-pages})."""
        b = mapping(node["expect-platform"], "expect-platform", ("vm",),
                    ("ipa", "pages", "mapped", "writable", "claimed",
                     "stage2", "mappings", "claimed-pages"), node,
                    "expect-platform")
        vm = integer(b, "vm", bits=16)
        d = {"vm": vm, "ipa": None, "want": {}, "vm-want": {}}
        page_keys = [k for k in ("ipa", "pages", "mapped", "writable",
                                 "claimed", "stage2") if k in b]
        vm_keys = [k for k in ("mappings", "claimed-pages") if k in b]
        if not page_keys and not vm_keys:
            bad(b, None, "expect-platform says what to check: ipa: with "
                "mapped, writable, claimed, stage2; or mappings, "
                "claimed-pages")
        for k in vm_keys:
            d["vm-want"][k] = integer(b, k)
        shown = [f"{k}={fmt_int(v)}" for k, v in d["vm-want"].items()]
        if page_keys:
            if "ipa" not in b:
                bad(b, None, "a page check needs ipa:")
            d["ipa"] = integer(b, "ipa")
            if d["ipa"] % 4096:
                bad(b, "ipa", "ipa is a page address (4K aligned)")
            d["pages"] = integer(b, "pages", bits=20, default=1)
            for k in ("mapped", "writable", "stage2"):
                if k in b:
                    if not isinstance(b[k], bool):
                        bad(b, k, f"{k} is true or false")
                    d["want"][k] = b[k]
            if "claimed" in b:
                c = b["claimed"]
                ops = ("none",) + self.MEM_OPS
                if c is False:
                    c = "none"
                if c not in ops:
                    bad(b, "claimed", "claimed is none (or false), share, "
                        "lend or donate")
                d["want"]["claimed"] = c
            shown.insert(0, f"{d['pages']} page(s) at {d['ipa']:#x}: " +
                         ", ".join(f"{k}={str(v).lower()}"
                                   for k, v in d["want"].items()))
        return Step("expect-platform", node.line,
                    f"VM {vm:#x} now: {'; '.join(shown)}", data=d)

    # -- the partitions' side of memory; the SPMC's state ----------------------
    def handle_value(self, b, key="handle"):
        """A handle: a number, a constant, or $NAME."""
        var = self.var_ref(b, key, b[key])
        if var is not None:
            return var
        return checked(b, key, self.codec.integer, b[key], 64, key)

    def sp_handle_step(self, node, kind, optional=()):
        b = mapping(node[kind], kind, ("partition", "handle"), optional,
                    node, kind)
        return b, {"partition": self.partition_ref(b),
                   "handle": self.handle_value(b)}

    def step_sp_retrieve(self, node):
        _, d = self.sp_handle_step(node, "sp-retrieve")
        d["status"] = self.status_expect(node)
        return Step("sp-retrieve", node.line,
                    f"partition {d['partition']:#x} retrieves "
                    f"{self.show_want(d['handle'])} -> "
                    f"{self.show_status(d['status'])}", data=d)

    def step_sp_relinquish(self, node):
        _, d = self.sp_handle_step(node, "sp-relinquish")
        d["status"] = self.status_expect(node)
        return Step("sp-relinquish", node.line,
                    f"partition {d['partition']:#x} relinquishes "
                    f"{self.show_want(d['handle'])} -> "
                    f"{self.show_status(d['status'])}", data=d)

    def sp_bytes(self, b, kind):
        """(offset, bytes) of sp-write / expect-sp-memory: hex, text, or
        fill and length."""
        shapes = [k for k in ("hex", "text", "fill") if k in b]
        if len(shapes) != 1:
            bad(b, None, f"{kind} has one of hex, text, fill (with length)")
        if shapes[0] == "hex":
            data = self.hex_bytes(b, "hex")
        elif shapes[0] == "text":
            data = str(b["text"]).encode()
        else:
            data = bytes([integer(b, "fill", bits=8)]) * integer(b, "length")
        if not data:
            bad(b, None, f"{kind}: no bytes")
        return integer(b, "offset", default=0), data

    def step_sp_write(self, node):
        b, d = self.sp_handle_step(node, "sp-write", ("offset", "hex", "text",
                                                      "fill", "length"))
        d["offset"], d["bytes"] = self.sp_bytes(b, "sp-write")
        d["status"] = self.status_expect(node)
        return Step("sp-write", node.line,
                    f"partition {d['partition']:#x} writes "
                    f"{len(d['bytes'])} bytes at {d['offset']:#x} of "
                    f"{self.show_want(d['handle'])} -> "
                    f"{self.show_status(d['status'])}", data=d)

    def step_expect_sp_memory(self, node):
        b, d = self.sp_handle_step(node, "expect-sp-memory",
                                   ("offset", "hex", "text", "fill", "length"))
        d["offset"], d["bytes"] = self.sp_bytes(b, "expect-sp-memory")
        return Step("expect-sp-memory", node.line,
                    f"partition {d['partition']:#x} reads "
                    f"{self.show_bytes(d['bytes'])} at {d['offset']:#x} of "
                    f"{self.show_want(d['handle'])}", data=d)

    TRANSACTION_KEYS = ("absent", "complete", "type", "sender", "attributes",
                        "flags", "tag", "total-page-count", "receivers",
                        "ranges")

    def step_expect_spmc_transaction(self, node):
        """The transaction as the SPMC holds it, by the spec's field names."""
        b = mapping(node["expect-spmc-transaction"], "expect-spmc-transaction",
                    ("handle",), self.TRANSACTION_KEYS, node,
                    "expect-spmc-transaction")
        t = self.spec.types
        d = {"handle": self.handle_value(b), "absent": False, "want": {},
             "receivers": None, "ranges": None}
        if "absent" in b:
            if b["absent"] is not True or len(b) > 2:
                bad(b, "absent", "absent: true alone says the SPMC holds no "
                    "such transaction")
            d["absent"] = True
        types = {"type": (t.get("mem-transaction-type"), 8),
                 "sender": (t.get("endpoint-id"), 16),
                 "attributes": (t.get("mem-attributes"), 16),
                 "flags": (t.get("mem-transaction-flags"), 32),
                 "tag": (None, 64), "total-page-count": (None, 32)}
        for k, (ty, bits) in types.items():
            if k in b:
                d["want"][k] = self.expected(
                    b, k, b[k], lambda y, ty=ty, bits=bits, k=k:
                    self.codec.encode(ty, y, bits, k))
        if "complete" in b:
            if not isinstance(b["complete"], bool):
                bad(b, "complete", "complete is true or false")
            d["want"]["complete"] = int(b["complete"])
        if "receivers" in b:
            rs = b["receivers"]
            if not isinstance(rs, list):
                bad(b, "receivers", "receivers is a list of {receiver, "
                    "permissions, retrieved}")
            d["receivers"] = []
            for r in rs:
                mapping(r, "a receiver", ("receiver",),
                        ("permissions", "retrieved"), b, "receivers")
                want = {"receiver": integer(r, "receiver", bits=16)}
                if "permissions" in r:
                    want["permissions"] = self.expected(
                        r, "permissions", r["permissions"], lambda y:
                        self.codec.encode(t.get("mem-permissions"), y, 8,
                                          "permissions"))
                if "retrieved" in r:
                    if not isinstance(r["retrieved"], bool):
                        bad(r, "retrieved", "retrieved is true or false")
                    want["retrieved"] = int(r["retrieved"])
                d["receivers"].append(want)
        if "ranges" in b:
            rs = b["ranges"]
            if not isinstance(rs, list):
                bad(b, "ranges", "ranges is a list of {address, page-count}")
            d["ranges"] = []
            for r in rs:
                mapping(r, "a range", (), ("address", "page-count"), b,
                        "ranges")
                want = {}
                if "address" in r:
                    a = r["address"]
                    if isinstance(a, dict) and "pa-of" in a:
                        mapping(a, "pa-of", ("pa-of",))
                        p = mapping(a["pa-of"], "pa-of", ("vm", "ipa"), (),
                                    a, "pa-of")
                        want["address"] = PhysAddr(integer(p, "vm", bits=16),
                                                   integer(p, "ipa"))
                    else:
                        want["address"] = self.expected(
                            r, "address", a,
                            lambda y: self.codec.integer(y, 64, "address"))
                if "page-count" in r:
                    want["page-count"] = self.expected(
                        r, "page-count", r["page-count"],
                        lambda y: self.codec.integer(y, 32, "page-count"))
                d["ranges"].append(want)
        shown = "absent" if d["absent"] else ", ".join(
            f"{k}={self.show(b[k])}" for k in b if k != "handle")
        return Step("expect-spmc-transaction", node.line,
                    f"the SPMC holds {self.show_want(d['handle'])}: {shown}",
                    data=d)

    def step_expect_spmc_vm(self, node):
        """What the SPMC still holds of a VM (nothing, after its teardown)."""
        b = mapping(node["expect-spmc-vm"], "expect-spmc-vm", ("vm",),
                    ("transactions", "buffers", "known-by", "bitmaps"), node,
                    "expect-spmc-vm")
        d = {"vm": integer(b, "vm", bits=16), "want": {}}
        for k in ("transactions", "known-by"):
            if k in b:
                d["want"][k] = self.expected(
                    b, k, b[k], lambda y, k=k: self.codec.integer(y, 32, k))
        for k in ("buffers", "bitmaps"):
            if k in b:
                if not isinstance(b[k], bool):
                    bad(b, k, f"{k} is true or false")
                d["want"][k] = int(b[k])
        if not d["want"]:
            bad(b, None, "expect-spmc-vm checks transactions, buffers, "
                "known-by or bitmaps")
        return Step("expect-spmc-vm", node.line,
                    f"the SPMC holds of VM {d['vm']:#x}: " + ", ".join(
                        f"{k}={self.show(b[k])}" for k in b if k != "vm"),
                    data=d)

    def step_expect_mappings(self, node):
        b = mapping(node["expect-mappings"], "expect-mappings",
                    ("vm", "count"), (), node, "expect-mappings")
        vm = integer(b, "vm", bits=16)
        count = integer(b, "count")
        return Step("expect-mappings", node.line,
                    f"VM {vm:#x} has {count} pages ranges mapped in the "
                    f"hypervisor", data={"vm": vm, "count": count})


class ScenarioErrors(Exception):
    def __init__(self, errors):
        super().__init__("\n".join(str(e) for e in errors))
        self.errors = sorted(errors, key=lambda e: (e.file, e.line))


def load(codec, path, shown=None):
    """Parse and check a scenario; raises ScenarioErrors."""
    return Parser(codec, path, shown).parse()


__all__ = ["load", "ScenarioErrors", "ScenarioError", "Scenario", "Step",
           "RegExpect", "Check", "MemCheck", "ffacodec"]
