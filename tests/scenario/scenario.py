#!/usr/bin/env python3
"""Run FF-A conformance scenarios against the real mediator.

    scenario.py FILE.yaml...      run each scenario, one line per step
    scenario.py --all FILE        keep going after a failed step
    scenario.py --trace FILE      show every boundary crossing as it happens
    scenario.py --check FILE...   only load and check the files
    scenario.py --engine PATH [--emulator "qemu-aarch64 -L /"] FILE

A scenario (tests/scenario/FORMAT.md) names calls, arguments, results,
descriptors and statuses in the words of spec/; this runner resolves them
through the generator's model, drives tests/scenario/engine.c (the runtime
on the simulated machine and SPMC) over a line protocol, and compares.
Exit status: 0 every step passed, 1 a step failed, 2 the scenario file is
wrong or the engine could not run it.
"""
import argparse
import os
import re
import shlex
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(ROOT, "generator"))
from ffaspec import deps  # noqa: E402

if __name__ == "__main__":
    # PyYAML and jsonschema: the spec loader needs them.
    deps.ensure("scenario", ("jsonschema", "yaml"),
                ("python3-yaml", "python3-jsonschema"))

import ffacodec  # noqa: E402
import scnparse  # noqa: E402
from ffacodec import MSG_REG_COUNT, REG_COUNT, fmt_int, version_str  # noqa: E402
from scnparse import ALL64  # noqa: E402
ALL32 = (1 << 32) - 1


def fmt_effect(name, value):
    """An effect's field as a scenario writes it: a memory op by name."""
    ops = scnparse.Parser.MEM_OPS
    if name == "op" and 0 <= value < len(ops):
        return ops[value]
    return fmt_int(value)
from ffaspec.errors import SpecError, SpecErrors  # noqa: E402

DEFAULT_ENGINE = os.path.join(ROOT, "build", "host", "tests",
                              "ffa_scenario_engine")
_CODEC = None


def codec():
    """The spec model, loaded once per process."""
    global _CODEC
    if _CODEC is None:
        import ffagen
        _CODEC = ffacodec.Codec(ffagen.load_spec(os.path.join(ROOT, "spec")))
    return _CODEC


class EngineError(Exception):
    """The engine answered "err", died, or said something unexpected."""


class StepFailure(Exception):
    """A step cannot run as written (a value it needs was not captured)."""


class Engine:
    """tests/scenario/engine.c over a pipe: answers start with "@ "."""

    def __init__(self, argv, trace, annotate):
        self.trace = trace
        self.annotate = annotate
        self.log = []
        try:
            self.proc = subprocess.Popen(argv, stdin=subprocess.PIPE,
                                         stdout=subprocess.PIPE,
                                         stderr=subprocess.STDOUT,
                                         text=True, bufsize=1)
        except OSError as e:
            raise EngineError(f"cannot start {' '.join(argv)}: {e.strerror}")

    def _line(self):
        while True:
            line = self.proc.stdout.readline()
            if not line:
                status = self.proc.wait()
                tail = "".join(f"\n        {x}" for x in self.log[-8:])
                raise EngineError(f"the engine exited (status {status})"
                                  f"{tail}")
            line = line.rstrip("\n")
            if line.startswith("@ "):
                return line[2:]
            # Trace and log output of the simulator and the mediator.
            self.log.append(line)
            if self.trace:
                print(self.annotate(line))

    def send(self, command):
        try:
            self.proc.stdin.write(command + "\n")
            self.proc.stdin.flush()
        except OSError:
            pass            # _line() reports how the engine ended
        answer = self._line()
        if answer.startswith("err unknown command"):
            # The system test's engine lacks some of the host's commands.
            raise EngineError(f"not supported on this engine: "
                              f"{command.split()[0]} ({answer[4:]})")
        if answer.startswith("err "):
            raise EngineError(f"engine: {answer[4:]} (command: "
                              f"{command[:80]})")
        return answer

    def more(self):
        return self._line()

    def close(self):
        try:
            self.proc.stdin.write("quit\n")
            self.proc.stdin.close()
        except OSError:
            pass
        self.proc.wait()


def shorten(text, width=150):
    """One step per line: the FAIL details say the rest."""
    return text if len(text) <= width else text[:width - 4] + " ..."


def extract(pieces, regs):
    v = 0
    for p in pieces:
        v |= ((regs[p.reg] >> p.lo) & ((1 << p.width) - 1)) << p.shift
    return v


class Runner:
    def __init__(self, codec, scn, engine, args, out=None):
        self.c = codec
        self.scn = scn
        self.engine = engine
        self.run_all = args.all
        self.trace = args.trace
        self.firmware = getattr(args, "firmware", "sim")
        self.out = out or sys.stdout
        self.name = scn.path
        self.passed = 0
        self.failed = 0
        self.skipped = 0
        self.vars = {}           # values captured so far (capture:)
        self.host = True         # the host engine (engine.c), not QEMU's
        self.mark = (0, 0)       # SPMC calls and effects before the last action
        self.end = (0, 0)        # and after it

    # -- output -----------------------------------------------------------
    def report(self, line, desc, failures):
        ok = not failures
        if ok:
            self.passed += 1
        else:
            self.failed += 1
        status = "PASS" if ok else "FAIL"
        if self.trace:
            print(f"  => {status}", file=self.out)
        else:
            print(f"{status}  {self.name}:{line}  {shorten(desc)}",
                  file=self.out)
        for f in failures:
            print(f"        {f}", file=self.out)
        if failures and not self.trace:
            for x in self.engine.log[-6:]:
                print(f"        log: {x.strip()}", file=self.out)
        return ok

    # -- reply descriptions ------------------------------------------------
    def describe(self, regs, fn=None, smc64=False, version=None):
        """A reply (or call) as a scenario writer would read it."""
        c = self.c
        x0 = regs[0]
        name = c.fid_name(x0)
        if name == "FFA_ERROR_32":
            rest = self.nonzero(regs, skip=(0, 2))
            status = c.status_name(regs[2]) or hex(regs[2])
            return f"FFA_ERROR({status})" \
                + (f" {rest}" if rest else "")
        if fn is not None and fn.result is not None and \
                fn.result.via == "raw" and c.status_name(x0) is not None:
            return f"{c.status_name(x0)} in w0" + self._rest(regs, (0,))
        if fn is not None and fn.result is not None and (
                fn.result.via == "raw" or name in ("FFA_SUCCESS_32",
                                                   "FFA_SUCCESS_64")):
            fields = self.fields(fn.result.layout, regs, smc64, version)
            head = "result" if fn.result.via == "raw" else name
            return f"{head}({fields})"
        if name is not None:
            return self.describe_call(regs, None, smc64, version)
        return hex(x0) + self._rest(regs, (0,))

    def describe_call(self, regs, fn, smc64, version):
        """A call (or a reply that is a call) by its spec names."""
        name = self.c.fid_name(regs[0]) or hex(regs[0])
        msg = self.c.message_of(regs)
        if msg is not None:
            smc64 = bool(regs[0] & 0x40000000)
            return f"{name}[{msg.name}](" \
                f"{self.fields(msg.fn.args, regs, smc64, version)})"
        if fn is None and name in self.c.fid_by_name:
            fn, smc64, _ = self.c.function(regs[0])
        if fn is None:
            return name + self._rest(regs, (0,))
        return f"{name}({self.fields(fn.args, regs, smc64, version)})"

    def _rest(self, regs, skip):
        rest = self.nonzero(regs, skip)
        return f" {rest}" if rest else ""

    @staticmethod
    def nonzero(regs, skip=()):
        return " ".join(f"x{i}={regs[i]:#x}" for i in range(REG_COUNT)
                        if i not in skip and regs[i])

    def fields(self, layout, regs, smc64, version):
        parts = []
        for name, slot in self.c.slots(layout, smc64).items():
            if not ffacodec.exists_at(slot.since, slot.removed, version):
                continue
            if isinstance(slot, ffacodec.ArraySlot):
                for i, el in enumerate(slot.elements):
                    parts += self.element(f"{name}[{i}]", el, regs)
                continue
            for i in range(slot.count):
                v = extract(slot.copy_pieces(i), regs)
                if v:
                    label = name if slot.count == 1 else f"{name}[{i}]"
                    parts.append(f"{label}={self.c.format(slot.type, v)}")
        return ", ".join(parts)

    def element(self, label, members, regs):
        """The nonzero members of one array element; X-lo/X-hi as UUID X."""
        pairs = {lo: (whole, hi) for whole, (lo, hi)
                 in self.c.paired_members(members).items()}
        his = {hi for _, hi in pairs.values()}
        out = []
        for m, s in members.items():
            v = extract(s.pieces, regs)
            if m in pairs:
                whole, hi = pairs[m]
                v |= extract(members[hi].pieces, regs) << 64
                if v:
                    out.append(f"{label}.{whole}={self.c.uuid_text(v)}")
            elif v and m not in his:
                out.append(f"{label}{'.' + m if m else ''}="
                           f"{self.c.format(s.type, v)}")
        return out

    # -- register checks -----------------------------------------------------
    def check_regs(self, x, regs, prefix="", caller=None):
        """Failures (strings) of reply regs against expectation x. With the
        caller's registers, x8..x17 that are no part of the reply must be
        the caller's (SMCCC 1.2: the callee preserves what carries no
        result), not zero."""
        if isinstance(x, scnparse.AnyOf):
            if regs is None:
                return [f"{prefix}the mediator did not take it as an FF-A "
                        f"call (ffa_handle_call returned false); expected "
                        f"{x.summary}"]
            fails = []
            for i, alt in enumerate(x.alternatives):
                f = self.check_regs(alt, regs, prefix, caller)
                if not f:
                    return []
                fails.append(f"{prefix}not {alt.summary}: " +
                             f[0][len(prefix):])
            first = x.alternatives[0]
            return [f"{prefix}none of the {len(fails)} alternatives "
                    f"matched"] + [f"  {f}" for f in fails] + [
                f"{prefix}got: "
                f"{self.describe(regs, first.fn, first.smc64, first.version)}"]
        if regs is None:
            return [] if x.not_ffa else \
                [f"{prefix}the mediator did not take it as an FF-A call "
                 f"(ffa_handle_call returned false); expected {x.summary}"]
        if x.not_ffa:
            return [f"{prefix}expected not an FF-A call, got "
                    f"{self.describe(regs, x.fn, x.smc64, x.version)}"]
        out = []
        for chk in x.checks:
            got = extract(chk.pieces, regs)
            want = self.resolve(chk.value)
            if not self.matches(want, got):
                out.append(f"{prefix}{chk.label}: expected "
                           f"{self.show_want(chk.type, want)}, got "
                           f"{self.c.format(chk.type, got)}")
                if chk.pieces and chk.pieces[0].reg == 0:
                    break           # another reply: the rest is noise
        if not out:
            for i in range(REG_COUNT):
                if caller is not None and i >= MSG_REG_COUNT and \
                        x.zero[i] == ALL64:
                    value, mask = caller[i]
                    if (regs[i] ^ value) & mask:
                        out.append(f"{prefix}x{i} = {regs[i]:#x}: no part "
                                   f"of this reply, so the caller's "
                                   f"{value & mask:#x} must be preserved")
                    continue
                stray = regs[i] & x.zero[i]
                if stray:
                    at = f" at {version_str(x.version)}" \
                        if x.by_fields else ""
                    out.append(f"{prefix}x{i} = {regs[i]:#x}: bits "
                               f"{stray:#x} are not part of this reply{at} "
                               f"and must be zero")
        if out:
            out.append(f"{prefix}got: "
                       f"{self.describe(regs, x.fn, x.smc64, x.version)}")
        return out

    # -- engine helpers --------------------------------------------------------
    def counts(self):
        _, spmc, effects = self.engine.send("counts").split()
        return int(spmc), int(effects)

    def spmc_calls(self, since, until):
        head = self.engine.send(f"spmc_calls_since {since}").split()
        n, lost = int(head[1]), int(head[2])
        calls = []
        for _ in range(n):
            nums = [int(v, 16) for v in self.engine.more().split()[1:]]
            calls.append((nums[:REG_COUNT], nums[REG_COUNT:]))
        return calls[:max(0, until - since - lost)], lost

    def effects(self, since, until):
        head = self.engine.send(f"effects_since {since}").split()
        n, lost = int(head[1]), int(head[2])
        out = []
        for _ in range(n):
            f = self.engine.more().split()
            if f[0] == "map":
                out.append(("map", {"vm": int(f[1], 0), "ipa": int(f[2], 0),
                                    "pages": int(f[3]),
                                    "writable": int(f[4])}))
            elif f[0] == "unmap":
                out.append(("unmap", {"vm": int(f[1], 0), "ipa": int(f[2], 0),
                                      "pages": int(f[3])}))
            elif f[0] in ("claim", "unclaim"):
                out.append((f[0], {"vm": int(f[1], 0), "ipa": int(f[2], 0),
                                   "pages": int(f[3]), "op": int(f[4])}))
            else:
                out.append(("virq", {"vm": int(f[1], 0), "vcpu": int(f[2]),
                                     "intid": int(f[3])}))
        return out[:max(0, until - since)], lost

    # -- SPMC and effects --------------------------------------------------------
    def check_spmc(self, want, mark, end):
        calls, lost = self.spmc_calls(mark[0], end[0])
        if lost:
            return [f"{lost} SPMC calls fell out of the simulator's trace "
                    f"ring; split the step"]
        got = [self.describe_spmc(i, o) for i, o in calls]
        if len(calls) != len(want):
            return [f"expected {len(want)} SPMC calls, got {len(calls)}:"] + \
                [f"  {i + 1}. {g}" for i, g in enumerate(got)] + \
                [f"  expected {i + 1}. {w['summary']}"
                 for i, w in enumerate(want)]
        out = []
        for i, (w, (regs_in, regs_out)) in enumerate(zip(want, calls)):
            fails = self.check_regs(w["expect"], regs_in,
                                    f"SPMC call {i + 1}: ")
            if w["reply"] is not None and not fails:
                fails = self.check_regs(w["reply"], regs_out,
                                        f"SPMC call {i + 1} reply: ")
            out += fails
        return out

    def describe_spmc(self, regs_in, regs_out):
        fn, smc64, _ = self.c.function(regs_in[0] & 0xffffffff)
        v = self.scn.mediator_version
        return f"{self.describe_call(regs_in, fn, smc64, v)} -> " \
            f"{self.describe(regs_out, fn, smc64, v)}"

    def check_effects(self, want, mark, end):
        got, lost = self.effects(mark[1], end[1])
        if lost:
            return [f"{lost} platform effects were not kept by the "
                    f"simulator (more than it logs)"]
        shown = ["{}({})".format(k, ", ".join(
            f"{n}={fmt_effect(n, v)}" for n, v in d.items())) for k, d in got]
        if len(got) != len(want) or any(
                k != w["kind"] or any(d.get(n) != v
                                      for n, v in w["want"].items())
                for (k, d), w in zip(got, want)):
            return [f"expected effects: "
                    f"{self.describe_effects(want)}",
                    f"got: {'; '.join(shown) or 'none'}"]
        return []

    @staticmethod
    def describe_effects(want):
        if not want:
            return "none"
        return "; ".join(f"{w['kind']}(" + ", ".join(
            f"{n}={fmt_effect(n, v)}" for n, v in w["want"].items()) + ")"
            for w in want)

    def inline_checks(self, step):
        out = []
        if step.spmc is not None:
            out += self.check_spmc(step.spmc, self.mark, self.end)
        if step.effects is not None:
            out += self.check_effects(step.effects, self.mark, self.end)
        return out

    # -- steps ---------------------------------------------------------------
    def call_regs(self, d):
        """The call's registers with the captured values put in."""
        regs = list(d["regs"])
        for pieces, width, var, key in d["patches"]:
            v = self.var(var)
            if v >> width:
                raise StepFailure(f"{key}: {var} = {v:#x} does not fit "
                                  f"{width} bits")
            for p in pieces:
                part = (v >> p.shift) & ((1 << p.width) - 1)
                regs[p.reg] = (regs[p.reg] & ~p.mask) | (part << p.lo)
        return regs

    @staticmethod
    def preserved(d, sent):
        """(value, mask) per register: what of the caller's registers a
        reply must keep. An AArch32 VM has r8..r14 of 32 bits; x15..x17
        are no registers of its own (mask 0)."""
        if d["aarch64"]:
            return [(v, ALL64) for v in sent]
        return [(v, ALL32 if i < 15 else 0) for i, v in enumerate(sent)]

    def do_call(self, d):
        regs = self.call_regs(d)
        if self.trace:
            print(f"  vm {fmt_int(d['vm'])} vcpu {d['vcpu']} -> mediator: "
                  f"{self.describe_call(regs, d['fn'], d['smc64'], d['version'])}",
                  file=self.out)
        # call_hvc: the VM trapped with HVC, not SMC (conduit: hvc).
        command = "call_hvc" if d["conduit"] == "hvc" else "call"
        answer = self.engine.send(
            f"{command} {d['vm']} {d['vcpu']} " +
            " ".join(str(r) for r in regs))
        sent, regs = regs, None
        if answer != "notffa":
            regs = [int(v, 16) for v in answer.split()[1:]]
        x = d["expect"]
        if self.trace:
            got = "not FF-A" if regs is None else \
                self.describe(regs, x.fn, x.smc64, x.version)
            print(f"  mediator -> vm {fmt_int(d['vm'])}: {got}", file=self.out)
        failures = self.check_regs(x, regs, caller=self.preserved(d, sent))
        # Only a reply as expected has the fields a capture names.
        for name, pieces in d["captures"] if not failures else []:
            self.vars[name] = extract(pieces, regs)
        return failures

    def do_write(self, d):
        data = bytearray(d["bytes"])
        for off, size, var in d.get("patches", []):
            data[off:off + size] = (self.var(var) & ((1 << 8 * size) - 1)) \
                .to_bytes(size, "little")
        self.engine.send(f"write {d['vm']} {d['ipa']} {data.hex()}")
        return []

    def do_vm_create(self, d):
        vm = d["vm"]
        answer = self.engine.send(
            f"vm_create {vm['id']} {vm['arch']} {vm['vcpus']} "
            f"{vm['memory']} {vm['ipa-base']}")
        if vm["status"] is None:
            if answer != "ok":
                return [f"ffa_vm_create failed: "
                        f"{self.status_text(int(answer.split()[1]))}"]
            return []
        if answer == "ok":
            return [f"ffa_vm_create succeeded; expected "
                    f"{self.status_text(vm['status'])}"]
        got = int(answer.split()[1])
        if got != vm["status"]:
            return [f"ffa_vm_create: expected "
                    f"{self.status_text(vm['status'])}, got "
                    f"{self.status_text(got)}"]
        return []

    def status_text(self, v):
        return self.c.format(self.c.spec.types["status"], v & 0xffffffff)

    def do_vm_destroy(self, d):
        answer = self.engine.send(f"vm_destroy {d['vm']}")
        return self.check_status("ffa_vm_destroy", d["status"],
                                 int(answer.split()[1]))

    def do_vm_destroy_poll(self, d):
        if d.get("until") is None:
            answer = self.engine.send(f"vm_destroy_poll {d['vm']}")
            return self.check_status("ffa_vm_destroy_poll", d["status"],
                                     int(answer.split()[1]))
        got = []
        for _ in range(d["until"]):
            got.append(int(self.engine.send(
                f"vm_destroy_poll {d['vm']}").split()[1]))
            if got[-1] == 0:
                return []
        return [f"ffa_vm_destroy_poll never answered OK in {len(got)} "
                f"polls: " + ", ".join(
                    "OK" if v == 0 else self.status_text(v) for v in got)]

    def check_status(self, what, want, got):
        if got == want:
            return []
        def show(v):
            return "OK" if v == 0 else self.status_text(v)
        return [f"{what}: expected {show(want)}, got {show(got)}"]

    def do_spmc_set(self, d):
        for key, value in d["settings"]:
            self.engine.send(f"partition_set {d['partition']} {key} {value}")
        return []

    def do_spmc_remove(self, d):
        for fid in d["fids"]:
            self.engine.send(f"spmc_remove {fid:#x}")
        return []

    def do_spmc_answer(self, d):
        regs = [0] * REG_COUNT
        for pieces, value in d["fills"]:
            v = self.resolve(value)
            for p in pieces:
                part = (v >> p.shift) & ((1 << p.width) - 1)
                regs[p.reg] = (regs[p.reg] & ~p.mask) | (part << p.lo)
        for _ in range(d["times"]):
            self.engine.send(f"spmc_answer {d['fid']:#x} " +
                             " ".join(f"{r:#x}" for r in regs))
        return []

    def do_policy(self, d):
        for sender, receivers in d["policy"].items():
            self.engine.send(f"policy {sender} " +
                             " ".join(str(r) for r in receivers))
        return []

    def do_expect_known_vms(self, d):
        got = sorted(int(v) for v in self.engine.send(
            f"known_vms {d['partition']}").split()[2:])
        if got != d["vms"]:
            return [f"partition {d['partition']:#x} knows VMs "
                    f"{', '.join(map(str, got)) or 'none'}; expected "
                    f"{', '.join(map(str, d['vms'])) or 'none'}"]
        return []

    def do_expect_inbox(self, d):
        mode = "peek" if d["keep"] or d["empty"] else "take"
        f = self.engine.send(f"inbox {d['partition']} {mode}").split()
        full, sender = f[1] == "1", int(f[2])
        msg = bytes.fromhex(f[3]) if len(f) > 3 else b""
        if d["empty"]:
            return [] if not full else [
                f"the inbox holds a message from {fmt_int(sender)} "
                f"({len(msg)} bytes)"]
        if not full:
            return ["the inbox is empty"]
        out = []
        if d["sender"] is not None and sender != d["sender"]:
            out.append(f"sender: expected {fmt_int(d['sender'])}, got "
                       f"{fmt_int(sender)}")
        if d["length"] is not None and len(msg) != d["length"]:
            out.append(f"length: expected {d['length']} bytes, got "
                       f"{len(msg)}")
        for chk in d["checks"]:
            got = int.from_bytes(msg[chk.offset:chk.offset + chk.size],
                                 "little")
            if got != chk.value:
                out.append(f"{chk.label}: expected "
                           f"{self.c.format(chk.type, chk.value)}, got "
                           f"{self.c.format(chk.type, got)}")
        if d["payload"] is not None:
            def field(where):
                off, size = where
                return int.from_bytes(msg[off:off + size], "little")
            offset, size = field(d["offset-field"]), field(d["size-field"])
            payload = msg[offset:offset + size]
            if payload != d["payload"]:
                out.append(f"payload (offset {offset}, size {size}): "
                           f"expected {scnparse.Parser.show_bytes(d['payload'])}"
                           f", got {scnparse.Parser.show_bytes(payload)}")
        if out:
            out.append(f"message ({len(msg)} bytes): "
                       f"{scnparse.Parser.show_bytes(msg)}")
        return out

    def do_fail_next_map(self, d):
        self.engine.send(f"fail_next_map {d['count']}")
        return []

    def check_engine_status(self, what, command, want):
        got = int(self.engine.send(command).split()[1])
        if got != want:
            return [f"{what}: expected "
                    f"{'OK' if want == 0 else self.status_text(want)}, got "
                    f"{'OK' if got == 0 else self.status_text(got)}"]
        return []

    def do_spmc_deliver_rx(self, d):
        return self.check_engine_status(
            "spmc_deliver_rx", f"spmc_deliver {d['endpoint']} "
            f"{d['bytes'].hex()}", d["status"])

    def do_sp_notify(self, d):
        vcpu = f" {d['vcpu']}" if d["vcpu"] is not None else ""
        return self.check_engine_status(
            "sp_notify", f"sp_notify {d['partition']} {d['vm']} "
            f"{d['bitmap']:#x}{vcpu}", d["status"])

    def do_sp_bind(self, d):
        return self.check_engine_status(
            "sp_bind", f"sp_bind {d['partition']} {d['vm']} {d['bitmap']:#x}",
            d["status"])

    def do_sri(self, d):
        self.engine.send("sri")
        return []

    def do_take_virq(self, d):
        got = self.engine.send(f"take_virq {d['vm']} {d['vcpu']}").split()[1]
        if (got == "taken") != d["taken"]:
            return [f"expected {'a' if d['taken'] else 'no'} virtual "
                    f"interrupt, got {got}"]
        return []

    def do_expect_sp_notifications(self, d):
        got = int(self.engine.send(
            f"sp_notifications {d['partition']}").split()[1], 16)
        if got != d["bitmap"]:
            return [f"expected notifications {d['bitmap']:#x}, got {got:#x}"]
        return []

    def var(self, v):
        """The number a Var stands for now."""
        if v.name not in self.vars:
            raise StepFailure(f"${v.name} has no value: the step that "
                              f"captures it did not run or failed")
        return (self.vars[v.name] + v.add) & ((1 << 64) - 1)

    @staticmethod
    def matches(want, got):
        if isinstance(want, scnparse.Bound):
            return want.holds(got)
        return got == want

    def show_want(self, t, want):
        if isinstance(want, scnparse.Bound):
            return str(want)
        return self.c.format(t, want)

    def resolve(self, value):
        """A value to compare: a PhysAddr is asked of the engine, a Var is
        what was captured, a Bound gets its ends resolved."""
        if isinstance(value, scnparse.Var):
            return self.var(value)
        if isinstance(value, scnparse.Bound):
            return scnparse.Bound(
                self.resolve(value.lo) if value.lo is not None else None,
                self.resolve(value.hi) if value.hi is not None else None,
                value.bits, value.nonzero,
                self.resolve(value.other) if value.other is not None else None)
        if not isinstance(value, scnparse.PhysAddr):
            return value
        answer = self.engine.send(f"pa {value.vm} {value.ipa:#x}").split()
        if answer[0] != "pa":
            raise EngineError(f"VM {value.vm} has no page at IPA "
                              f"{value.ipa:#x} (status {answer[-1]})")
        return int(answer[1], 16)

    def do_expect_memory(self, d):
        kind, which = d["target"]
        if kind == "hyp":
            answer = self.engine.send(
                f"hyp_read {which} {d['addr']} {d['size']}")
        else:
            answer = self.engine.send(f"read {which} {d['addr']} {d['size']}")
        data = bytes.fromhex(answer.split()[1]) if d["size"] else b""
        out, bytes_off = [], []
        for chk in d["checks"]:
            got = int.from_bytes(data[chk.offset:chk.offset + chk.size],
                                 "little")
            want = self.resolve(chk.value)
            if self.matches(want, got):
                continue
            if chk.label.startswith("byte"):
                bytes_off.append((chk.offset, want, got))
            else:
                out.append(f"{chk.label}: expected "
                           f"{self.show_want(chk.type, want)}, got "
                           f"{self.c.format(chk.type, got)}")
        if bytes_off:
            first = ", ".join(f"[{o}] {w:#04x} != {g:#04x}"
                              for o, w, g in bytes_off[:4])
            more = f" and {len(bytes_off) - 4} more" \
                if len(bytes_off) > 4 else ""
            out.append(f"{len(bytes_off)} bytes differ (expected != got): "
                       f"{first}{more}")
        for name, off, size in d.get("captures", []):
            self.vars[name] = int.from_bytes(data[off:off + size], "little")
        return out

    def do_expect_spmc(self, d):
        return self.check_spmc(d["calls"], self.mark, self.end)

    def do_expect_effects(self, d):
        return self.check_effects(d["effects"], self.mark, self.end)

    def do_expect_platform(self, d):
        out = []
        if d["vm-want"]:
            f = self.engine.send(f"vm_state {d['vm']}").split()
            got = {"mappings": int(f[1]), "claimed-pages": int(f[2])}
            for k, v in d["vm-want"].items():
                if got[k] != v:
                    out.append(f"VM {d['vm']:#x}: {k} expected {v}, got "
                               f"{got[k]}")
        ops = ("none",) + scnparse.Parser.MEM_OPS
        for i in range(d["pages"] if d["ipa"] is not None else 0):
            ipa = d["ipa"] + i * 4096
            f = self.engine.send(f"page_state {d['vm']} {ipa:#x}").split()
            got = {"mapped": int(f[1]) > 0, "writable": f[2] == "1",
                   "claimed": ops[int(f[4]) + 1] if f[3] == "1" else "none",
                   "stage2": f[5] == "1"}
            wrong = [f"{k} expected {str(v).lower()}, got "
                     f"{str(got[k]).lower()}"
                     for k, v in d["want"].items() if got[k] != v]
            if wrong:
                out.append(f"page {ipa:#x}: " + ", ".join(wrong))
        if len(out) > 8:
            out = out[:8] + [f"and {len(out) - 8} more pages"]
        return out

    def do_sp_retrieve(self, d):
        return self.check_engine_status(
            "spmc_retrieve", f"sp_retrieve {d['partition']} "
            f"{self.resolve(d['handle']):#x}", d["status"])

    def do_sp_relinquish(self, d):
        return self.check_engine_status(
            "spmc_relinquish", f"sp_relinquish {d['partition']} "
            f"{self.resolve(d['handle']):#x}", d["status"])

    def do_sp_write(self, d):
        return self.check_engine_status(
            "the partition's write", f"sp_write {d['partition']} "
            f"{self.resolve(d['handle']):#x} {d['offset']} "
            f"{d['bytes'].hex()}", d["status"])

    def do_expect_sp_memory(self, d):
        f = self.engine.send(f"sp_read {d['partition']} "
                             f"{self.resolve(d['handle']):#x} {d['offset']} "
                             f"{len(d['bytes'])}").split()
        if f[0] == "status":
            return [f"the partition cannot read it: "
                    f"{self.status_text(int(f[1]))}"]
        got = bytes.fromhex(f[1])
        if got == d["bytes"]:
            return []
        show = scnparse.Parser.show_bytes
        return [f"expected {show(d['bytes'])}, got {show(got)}"]

    def do_expect_spmc_transaction(self, d):
        handle = self.resolve(d["handle"])
        f = self.engine.send(f"spmc_transaction {handle:#x}").split()
        if f[1] == "0":
            return [] if d["absent"] else [
                f"the SPMC holds no transaction {handle:#x}"]
        nums = [int(x, 0) for x in f[1:]]
        names = ("used", "complete", "fid", "type", "sender", "attributes",
                 "flags", "tag", "total-page-count", "receiver-count",
                 "range-count")
        got = dict(zip(names, nums))
        receivers = [[int(x, 0) for x in self.engine.more().split()[1:]]
                     for _ in range(got["receiver-count"])]
        ranges = [[int(x, 0) for x in self.engine.more().split()[1:]]
                  for _ in range(got["range-count"])]
        if d["absent"]:
            return [f"the SPMC still holds {handle:#x} (sender "
                    f"{got['sender']:#x}, {got['total-page-count']} pages)"]
        out = []

        def cmp(label, want, value):
            w = self.resolve(want)
            if not self.matches(w, value):
                out.append(f"{label}: expected {self.show_want(None, w)}, "
                           f"got {fmt_int(value)}")
        for k, want in d["want"].items():
            cmp(k, want, got[k])
        if d["receivers"] is not None:
            if len(d["receivers"]) != len(receivers):
                out.append(f"expected {len(d['receivers'])} receivers, got "
                           f"{len(receivers)}: " + ", ".join(
                               hex(r[0]) for r in receivers))
            for i, (w, r) in enumerate(zip(d["receivers"], receivers)):
                have = {"receiver": r[0], "permissions": r[1],
                        "retrieved": r[2]}
                for k, want in w.items():
                    cmp(f"receivers[{i}].{k}", want, have[k])
        if d["ranges"] is not None:
            if len(d["ranges"]) != len(ranges):
                out.append(f"expected {len(d['ranges'])} ranges, got "
                           f"{len(ranges)}")
            for i, (w, r) in enumerate(zip(d["ranges"], ranges)):
                have = {"address": r[0], "page-count": r[1]}
                for k, want in w.items():
                    cmp(f"ranges[{i}].{k}", want, have[k])
        return out

    def do_expect_spmc_vm(self, d):
        f = self.engine.send(f"spmc_vm {d['vm']}").split()
        got = {"transactions": int(f[1]), "buffers": int(f[2]),
               "known-by": int(f[3]), "bitmaps": int(f[4])}
        out = []
        for k, want in d["want"].items():
            w = self.resolve(want)
            if not self.matches(w, got[k]):
                shown = str(bool(w)).lower() if k in ("buffers", "bitmaps") \
                    else self.show_want(None, w)
                have = str(bool(got[k])).lower() \
                    if k in ("buffers", "bitmaps") else got[k]
                out.append(f"VM {d['vm']:#x} {k}: expected {shown}, got "
                           f"{have}")
        return out

    def do_expect_mappings(self, d):
        got = int(self.engine.send(f"live_mappings {d['vm']}").split()[1])
        if got != d["count"]:
            return [f"expected {d['count']} live mappings, got {got}"]
        return []

    def run_step(self, step):
        """True to go on."""
        if step.firmware and self.firmware not in step.firmware:
            return True     # what another firmware answers
        if self.trace:
            print(f"{self.name}:{step.line}  {step.desc}", file=self.out)
        self.engine.log = []
        if step.host_only and not self.host:
            self.skipped += 1
            print(f"SKIP  {self.name}:{step.line}  {shorten(step.desc)}  "
                  f"(host-only: not supported on this engine)", file=self.out)
            return True
        action = step.kind in scnparse.Parser.ACTIONS
        if action:
            self.mark = self.counts()
        try:
            failures = getattr(self, "do_" + step.kind.replace("-", "_"))(
                step.data)
        except StepFailure as e:
            failures = [str(e)]
        done = not failures
        if action:
            self.end = self.counts()
            if not failures:
                failures = self.inline_checks(step)
        if failures and step.doc:
            failures.insert(0, f"({step.doc.strip()})")
        ok = self.report(step.line, step.desc, failures)
        if not ok and not self.run_all:
            return False
        # A created VM's own steps (its FFA_VERSION) run once it exists.
        for sub in step.data.get("then", []) if done else []:
            if not self.run_step(sub):
                return False
        return True

    # -- setup -----------------------------------------------------------------
    def setup(self):
        scn = self.scn
        # The host engine answers "engine host", QEMU's "engine el2" (an
        # older one says the command is unknown).
        try:
            self.host = self.engine.send("engine").split()[:2] == \
                ["engine", "host"]
        except EngineError:
            self.host = False
        if scn.host_only and not self.host:
            self.skipped = len(scn.steps)
            print(f"SKIP  {self.name}  host-only scenario: not supported on "
                  f"this engine", file=self.out)
            return False
        # The engine keeps the mediator's start-up calls out of the trace.
        self.engine.send(f"trace {int(self.trace)}")
        if self.firmware != "sim":
            return self.setup_mediator()
        for name, v in scn.spmc_settings.items():
            self.engine.send(f"spmc_set {name} {v}")
        if scn.partitions is not None:
            self.engine.send("spmc_clear")
            for p in scn.partitions:
                uuids = " ".join(u.to_bytes(16, "little").hex()
                                 for u in p["uuids"])
                self.engine.send(f"spmc_partition {p['id']} {p['exec']} "
                                 f"{p['properties']} {p['version']} {uuids}")
        for pid, key, value in scn.partition_settings:
            self.engine.send(f"partition_set {pid} {key} {value}")
        for step in scn.spmc_script:
            self.run_step(step)
        return self.setup_mediator()

    def setup_mediator(self):
        """The mediator's settings and init, the VMs: every firmware."""
        scn = self.scn
        for name, v in scn.mediator_settings.items():
            self.engine.send(f"config {name} {v}")
        answer = self.engine.send("init").split()
        if answer[0] != "ok":
            return self.report(scn.spmc_line, "mediator init", [
                f"ffa_mediator_init failed: "
                f"{self.status_text(int(answer[1]))}"])
        self.do_policy({"policy": scn.policy})
        got = int(answer[1], 16)
        want = ffacodec.version_number(scn.mediator_version)
        # Real firmware: the version with the SPMC is the hypervisor's
        # choice for that firmware (a cap for TF-A); VMs' steps say theirs.
        if got != want and self.firmware == "sim":
            return self.report(scn.spmc_line, "mediator init", [
                f"the mediator negotiated {got >> 16}.{got & 0xffff} with the "
                f"SPMC; expected {version_str(scn.mediator_version)}"])
        for vm in scn.vms:
            fails = self.do_vm_create({"vm": vm})
            if fails:
                return self.report(vm["line"], f"create VM {vm['id']:#x}",
                                   fails)
        self.end = self.counts()
        return True

    def run(self):
        if not self.setup():
            return self.skipped > 0 and self.failed == 0
        for step in self.scn.steps:
            if not self.run_step(step):
                break
        return self.failed == 0


def annotator(c):
    """Names the function ids in the simulator's raw trace lines."""
    pattern = re.compile(r"x0=(0x[0-9a-f]+)")

    def annotate(line):
        m = pattern.search(line)
        if m:
            name = c.fid_name(int(m.group(1), 16)) or \
                c.status_name(int(m.group(1), 16))
            if name:
                return f"{line}   [{name}]"
        return line
    return annotate


def engine_argv(args):
    engine = args.engine or os.environ.get("FFA_SCENARIO_ENGINE") or \
        DEFAULT_ENGINE
    if not os.path.exists(engine):
        raise EngineError(f"no engine at {engine}: build it with cmake "
                          f"--build build/host --target ffa_scenario_engine, "
                          f"or pass --engine")
    return shlex.split(args.emulator or "") + [engine]


def headline(doc):
    """The doc's first sentence, for the header line."""
    first = doc.split(". ")[0].splitlines()[0] if doc else ""
    return first if len(first) <= 100 else first[:97] + "..."


def run_file(path, args, out=None):
    """0 passed, 1 failed, 2 the file or the engine is wrong."""
    out = out or sys.stdout
    c = codec()
    shown = os.path.relpath(path)
    if shown.startswith(".."):
        shown = path
    try:
        scn = scnparse.load(c, path, shown)
    except scnparse.ScenarioErrors as e:
        for err in e.errors:
            print(err, file=sys.stderr)
        return 2
    if args.check:
        print(f"{shown}: {len(scn.steps)} steps, ok", file=out)
        return 0
    firmware = getattr(args, "firmware", "sim")
    if firmware not in scn.firmware:
        print(f"{shown}: not for {firmware} ("
              f"{scn.sim_only or 'written for ' + ', '.join(scn.firmware)})",
              file=out)
        return 0
    print(f"== {shown}: {headline(scn.doc)}"
          + (f" [{firmware}]" if firmware != "sim" else ""),
          file=out)
    t0 = time.monotonic()
    engine = None
    try:
        engine = Engine(engine_argv(args), args.trace, annotator(c))
        runner = Runner(c, scn, engine, args, out)
        ok = runner.run()
    except EngineError as e:
        print(f"{shown}: {e}", file=sys.stderr)
        return 2
    finally:
        if engine is not None:
            engine.close()
    total = runner.passed + runner.failed
    skipped = f", {runner.skipped} skipped (host-only)" \
        if runner.skipped else ""
    print(f"{shown}: {total} steps, {runner.passed} passed, "
          f"{runner.failed} failed{skipped} "
          f"({time.monotonic() - t0:.2f}s)", file=out)
    return 0 if ok else 1


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("files", nargs="+", metavar="FILE.yaml")
    ap.add_argument("--all", action="store_true",
                    help="run every step even after a failure")
    ap.add_argument("--trace", action="store_true",
                    help="print every call at each boundary")
    ap.add_argument("--check", action="store_true",
                    help="only load and check the scenario files")
    ap.add_argument("--engine", help=f"the engine binary (default: "
                    f"$FFA_SCENARIO_ENGINE, else "
                    f"{os.path.relpath(DEFAULT_ENGINE, ROOT)})")
    ap.add_argument("--emulator", help="run the engine under this command, "
                    "e.g. \"qemu-aarch64 -L /\"")
    ap.add_argument("--firmware", choices=scnparse.FIRMWARES,
                    default=os.environ.get("FFA_FIRMWARE", "sim"),
                    help="the secure firmware the engine has (default "
                    "$FFA_FIRMWARE, else sim); steps written for another "
                    "are skipped")
    args = ap.parse_args(argv)
    try:
        codec()
    except (SpecError, SpecErrors) as e:
        print(f"scenario: spec/ does not load:\n{e}", file=sys.stderr)
        return 2
    worst = 0
    for path in args.files:
        worst = max(worst, run_file(path, args))
    return worst


if __name__ == "__main__":
    sys.exit(main())
