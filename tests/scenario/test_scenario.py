"""Tests of the scenario runner itself (tests/scenario/scenario.py).

Bad scenario files must give one file:line error per mistake and exit 2
before anything runs; a wrong expectation must FAIL with a message that
names the field, the expected and the actual value; names must become the
bits the spec gives them. The engine tests need ffa_scenario_engine
($FFA_SCENARIO_ENGINE, which ctest sets, or build/host) and are skipped
without it.
"""
import contextlib
import io
import os
import re
import sys
import tempfile
import textwrap
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import scenario  # noqa: E402
import scnparse  # noqa: E402

ERROR_LINE = re.compile(r"^\S+\.yaml:\d+: \S.*$")
ENGINE = os.environ.get("FFA_SCENARIO_ENGINE", scenario.DEFAULT_ENGINE)


class ScenarioFiles(unittest.TestCase):
    """Writes scenario text to a file and runs scenario.py's main() on it."""

    def setUp(self):
        self.dir = tempfile.TemporaryDirectory()
        self.addCleanup(self.dir.cleanup)

    def write(self, text, name="t.yaml"):
        path = os.path.join(self.dir.name, name)
        with open(path, "w", encoding="utf-8") as f:
            f.write(textwrap.dedent(text))
        return path

    def run_main(self, text, *options):
        path = self.write(text)
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            status = scenario.main(list(options) + ["--engine", ENGINE, path])
        return status, out.getvalue(), err.getvalue()


class ErrorChecks(ScenarioFiles):
    """Each mistake: exit 2 and one line "file:line: message" on stderr."""

    def check_errors(self, text, *expected):
        status, out, err = self.run_main(text, "--check")
        lines = err.splitlines()
        self.assertEqual(status, 2, err)
        self.assertEqual(out, "")
        self.assertEqual(len(lines), len(expected), err)
        for line, (lineno, fragment) in zip(lines, expected):
            self.assertRegex(line, ERROR_LINE)
            self.assertIn(f".yaml:{lineno}: ", line)
            self.assertIn(fragment, line)


class BadFiles(ErrorChecks):
    def test_yaml_syntax(self):
        self.check_errors("""\
            doc: x
            vms: [{id: 1}
            steps: []
            """, (3, "YAML"))

    def test_missing_doc_and_unknown_top_key(self):
        self.check_errors("""\
            step:
              - call: {id: FFA_ID_GET}
            """, (1, "unknown key 'step'"))

    def test_unknown_argument_suggests(self):
        self.check_errors("""\
            doc: x
            vms: [{id: 1}]
            steps:
              - call: {id: FFA_RXTX_MAP_64, args: {tx-adress: 0x1000}}
                expect: {error: INVALID_PARAMETERS}
            """, (4, "did you mean 'tx-address'"))

    def test_one_error_per_bad_step(self):
        self.check_errors("""\
            doc: x
            vms: [{id: 1}]
            steps:
              - call: {id: FFA_ID_GET}
                expect: {error: INVALID_PARAMETER}
              - call: {id: FFA_VERSION, args: {major: 1, minor: 1}}
                expect: {version: 1.2}
              - call: {id: FFA_RXTX_MAP, args: {page-count: 1}}
                expect: {success: {}}
              - call: {id: FFA_RXTX_MAP_64, args: {page-count: 64}}
                expect: {success: {}}
              - frobnicate: 1
            """,
                          (5, "unknown status 'INVALID_PARAMETER' (did you "
                              "mean 'INVALID_PARAMETERS'?)"),
                          (7, "must be quoted"),
                          (8, "say FFA_RXTX_MAP_32 or FFA_RXTX_MAP_64"),
                          (10, "page-count: 64 does not fit 6 bits"),
                          (12, "unknown step 'frobnicate'"))

    def test_result_field_at_the_vms_version(self):
        self.check_errors("""\
            doc: A 1.0 VM has no descriptor size in w3.
            vms: [{id: 1}]
            steps:
              - call: {id: FFA_PARTITION_INFO_GET}
                expect: {success: {count: 4, desc-size: 24}}
            """, (5, "'desc-size' is not in FFA_PARTITION_INFO_GET's result "
                     "at 1.0"))

    def test_struct_field_and_layout(self):
        self.check_errors("""\
            doc: x
            vms: [{id: 1}]
            steps:
              - expect-memory: {ipa: 0x40000000, struct: partition-info,
                                fields: {partition-id: 1, uuid: 0}}
              - expect-memory: {ipa: 0x40000000, struct: partition-inf}
            """, (5, "'uuid' is not a field of partition-info"),
                          (6, "did you mean 'partition-info'"))

    def test_unknown_vm(self):
        self.check_errors("""\
            doc: x
            vms: [{id: 1}, {id: 2}]
            steps:
              - call: {vm: 3, id: FFA_ID_GET}
                expect: {success: {id: 3}}
              - call: {id: FFA_ID_GET}
                expect: {success: {id: 3}}
            """, (4, "VM 0x3 does not exist"), (6, "say which VM"))


    def test_partitions_and_policy(self):
        self.check_errors("""\
            doc: x
            vms: [{id: 1}]
            policy: {1: [2, 64]}
            steps:
              - spmc-set: {partition: 0x8001, behaviour: interupt-once}
              - spmc-set: {partition: 0x8009, behaviour: busy}
              - spmc-set: {partition: 0x8001, behaviour: echo, bad-id: 2}
              - spmc-set: {partition: 0x8002, vm-msg: {busy: 0}}
              - spmc-set: {partition: 0x8002, vm-msg: busy}
              - spmc-set: {partition: 0x8001, behaviour: busy, error: DENIED}
              - policy: {0: [1]}
            """, (3, "64 is not a VM id from 0 to 63"),
                          (5, "did you mean 'interrupt-once'"),
                          (6, "0x8009 is not a partition here"),
                          (7, "bad-id is for behaviour wrong-source or "
                              "wrong-dest"),
                          (8, "busy: the number of refusals, at least 1"),
                          (9, "vm-msg is ok, {busy: N}"),
                          (10, "error: is the status of behaviour: error"),
                          (11, "VM id 0 is not a number from 1 to 63"))

    def test_inbox_known_vms_and_teardown(self):
        self.check_errors("""\
            doc: x
            vms: [{id: 1}, {id: 2}]
            steps:
              - expect-inbox: {partition: 0x8001, hex: "01", text: a}
              - expect-inbox: {partition: 0x8001, empty: true, sender: 1}
              - expect-known-vms: {partition: 0x8002, vms: 1}
              - vm-destroy-poll: 2
              - vm-destroy: 2
                expect: retyr
              - call: {vm: 1, id: FFA_MSG_SEND_DIRECT_REQ_32}
                expect: {id: FFA_MSG_SEND_DIRECT_RESP_32, args: {sender: 1}}
            """, (4, "the payload is hex or text, not both"),
                          (5, "an empty inbox has nothing to check"),
                          (6, "vms is a list of VM ids"),
                          (7, "VM 0x2 was not destroyed here"),
                          (9, "unknown status 'retyr'"),
                          (11, "'sender' is not an argument of "
                               "FFA_MSG_SEND_DIRECT_RESP_32"))

    def test_sim_command_in_a_real_firmware_scenario(self):
        self.check_errors("""\
            doc: x
            firmware: [sim, optee]
            vms: [{id: 1}]
            steps:
              - spmc-set: {partition: 0x8001, behaviour: echo}
            """, (5, "commands the simulated SPMC"))

    def test_bad_firmware_lists(self):
        self.check_errors("""\
            doc: x
            firmware: [sim, hafnium]
            vms: [{id: 1}]
            steps:
              - call: {vm: 1, id: FFA_ID_GET}
                expect: {success: {id: 1}}
                firmware: []
            """, (2, "firmware: a list of sim, optee, tfa"),
                 (7, "firmware: a list of sim, optee, tfa"))


class ConformanceFiles(unittest.TestCase):
    """Each of tests/conformance/*.yaml is written for real firmware too, or
    says why it is for the simulated SPMC only."""

    def test_each_says_its_firmware(self):
        folder = os.path.join(scenario.ROOT, "tests", "conformance")
        for name in sorted(os.listdir(folder)):
            if not name.endswith(".yaml"):
                continue
            with open(os.path.join(folder, name), encoding="utf-8") as f:
                text = f.read()
            real = re.search(r"^firmware:.*\b(optee|tfa)\b", text, re.M)
            why = re.search(r"^sim-only: *\S", text, re.M)
            self.assertTrue(real or why, f"{name}: neither firmware: with "
                            f"real firmware nor sim-only: with a reason")


class Encoding(unittest.TestCase):
    """Names become the bits spec/ gives them."""

    @classmethod
    def setUpClass(cls):
        cls.codec = scenario.codec()

    def call_regs(self, text):
        with tempfile.NamedTemporaryFile("w", suffix=".yaml") as f:
            f.write(textwrap.dedent(text))
            f.flush()
            scn = scnparse.load(self.codec, f.name)
        return scn.steps[0].data["regs"]

    def test_rxtx_map(self):
        regs = self.call_regs("""\
            doc: x
            vms: [{id: 1}]
            steps:
              - call: {id: FFA_RXTX_MAP_64, args: {tx-address: 0x40000000,
                       rx-address: 0x40001000, page-count: 3, w3: 0xffffff00}}
                expect: {success: {}}
            """)
        self.assertEqual(regs[:4], [0xc4000066, 0x40000000, 0x40001000,
                                    0xffffff03])

    def test_uuid_in_registers_is_smccc(self):
        regs = self.call_regs("""\
            doc: x
            vms: [{id: 1}]
            steps:
              - call: {id: FFA_PARTITION_INFO_GET,
                       args: {uuid: b4b5671e-4a90-4fe1-b81f-fb13dae1dacb,
                              count-only: 1}}
                expect: {success: {count: 1}}
            """)
        self.assertEqual(regs[:6], [0x84000068, 0x1e67b5b4, 0xe14f904a,
                                    0x13fb1fb8, 0xcbdae1da, 1])

    def test_symbols(self):
        regs = self.call_regs("""\
            doc: x
            vms: [{id: 1}]
            steps:
              - call: {id: FFA_FEATURES, args: {feature: FFA_RXTX_MAP_64,
                       w3: NOT_SUPPORTED, w4: "1.2", w5: schedule-receiver-interrupt}}
                expect: any
            """)
        self.assertEqual(regs[:6], [0x84000064, 0xc4000066, 0, 0xffffffff,
                                    0x10002, 2])

    def test_framework_message(self):
        regs = self.call_regs("""\
            doc: x
            vms: [{id: 1}]
            steps:
              - call: {message: vm-created-req,
                       args: {destination: 0x8002, handle: handle-invalid, vm-id: 1}}
                expect: any
            """)
        self.assertEqual(regs[:6], [0x8400006f, 0x8002, 0x80000004,
                                    0xffffffff, 0xffffffff, 1])

    def test_bitfield_values(self):
        t = self.codec.spec.types["partition-properties"]
        self.assertEqual(self.codec.encode(
            t, ["direct-req-recv", "aarch64", "direct-req2-recv"], 32, "p"),
            0x301)
        t = self.codec.spec.types["partition-info-regs-info"]
        self.assertEqual(self.codec.encode(
            t, {"partition-id": 0x8001, "exec-ctx-count": 4,
                "properties": ["aarch64"]}, 64, "info"), 0x0000010000048001)


@unittest.skipUnless(os.path.exists(ENGINE), f"no engine at {ENGINE}")
class Runs(ScenarioFiles):
    """Against the real runtime."""

    GOOD = """\
        doc: Two VMs ask for their ids.
        vms: [{id: 1, version: "1.1"}, {id: 2, arch: aarch32}]
        steps:
          - call: {vm: 1, id: FFA_ID_GET}
            expect: {success: {id: 1}}
            expect-spmc: none
          - call: {vm: 2, id: FFA_RXTX_MAP_64}
            expect: {error: NOT_SUPPORTED}
        """

    def test_passes(self):
        status, out, err = self.run_main(self.GOOD)
        self.assertEqual(status, 0, out + err)
        self.assertEqual(len(re.findall(r"^PASS ", out, re.M)), 3, out)
        self.assertIn("3 steps, 3 passed, 0 failed", out)

    def test_wrong_field_says_what_differed(self):
        status, out, _ = self.run_main(self.GOOD.replace("{id: 1}}", "{id: 2}}"))
        self.assertEqual(status, 1)
        self.assertRegex(out, r"(?m)^FAIL  \S+t\.yaml:4  vm 1: FFA_ID_GET_32")
        self.assertIn("id (w2[15:0]): expected 2, got 1", out)
        self.assertIn("got: FFA_SUCCESS_32(id=1)", out)
        self.assertNotIn("t.yaml:7", out, "stops at the first failure")

    def test_all_runs_every_step(self):
        text = self.GOOD.replace("{id: 1}}", "{id: 2}}").replace(
            "NOT_SUPPORTED", "DENIED")
        status, out, _ = self.run_main(text, "--all")
        self.assertEqual(status, 1)
        self.assertEqual(len(re.findall(r"^FAIL ", out, re.M)), 2, out)
        self.assertIn("w2: expected DENIED (-6), got NOT_SUPPORTED (-1)", out)

    def test_steps_of_another_firmware_are_skipped(self):
        text = self.GOOD.replace("""            expect-spmc: none
""", """            expect-spmc: none
          - call: {vm: 1, id: FFA_ID_GET}
            expect: {success: {id: 7}}
            firmware: [optee, tfa]
""")
        status, out, err = self.run_main(text)
        self.assertEqual(status, 0, out + err)
        self.assertIn("3 steps, 3 passed, 0 failed", out)

    def test_a_scenario_for_other_firmware_is_not_run(self):
        status, out, _ = self.run_main(self.GOOD.replace(
            "        steps:", "        firmware: [optee]\n        steps:"))
        self.assertEqual(status, 0)
        self.assertIn("not for sim (written for optee)", out)

    def test_wrong_reply_kind(self):
        status, out, _ = self.run_main(self.GOOD.replace(
            "{error: NOT_SUPPORTED}", "{success: {}}"))
        self.assertEqual(status, 1)
        self.assertIn("w0: expected FFA_SUCCESS_32 (0x84000061), got "
                      "FFA_ERROR_32 (0x84000060)", out)
        self.assertIn("got: FFA_ERROR(NOT_SUPPORTED)", out)

    def test_raw_checks_the_rest_is_zero(self):
        status, out, _ = self.run_main(self.GOOD.replace(
            "{error: NOT_SUPPORTED}", "{raw: {x0: FFA_ERROR_32}}"))
        self.assertEqual(status, 1)
        self.assertIn("x2 = 0xffffffff: bits 0xffffffff are not part of this "
                      "reply and must be zero", out)

    def test_spmc_and_effects(self):
        status, out, _ = self.run_main("""\
            doc: RXTX_MAP reaches the SPMC and maps two pages.
            vms: [{id: 1}]
            steps:
              - call: {id: FFA_RXTX_MAP_64, args: {tx-address: 0x40000000,
                       rx-address: 0x40001000, page-count: 1}}
                expect: {success: {}}
              - expect-spmc: none
              - expect-effects:
                  - map: {vm: 1, ipa: 0x40000000, writable: true}
            """, "--all")
        self.assertEqual(status, 1)
        self.assertIn("expected 0 SPMC calls, got 1:", out)
        self.assertIn("1. FFA_RXTX_MAP_64() -> FFA_SUCCESS_32()", out)
        self.assertIn("expected effects: map(vm=1, ipa=0x40000000, "
                      "writable=1)", out)

    def test_claim_effects(self):
        """A memory share's claim is an effect, its op named; a wrong op fails."""
        with open(os.path.join(HERE, "..", "conformance", "mem_share.yaml")) as f:
            text = f.read()
        self.assertIn("op: share}", text)
        status, out, _ = self.run_main(text.replace("op: share}", "op: lend}", 1), "--all")
        self.assertEqual(status, 1)
        self.assertIn("expected effects: claim(vm=1, ipa=0x40010000, pages=2, "
                      "op=lend)", out)
        self.assertIn("got: claim(vm=1, ipa=0x40010000, pages=2, op=share)", out)

    def test_memory_mismatch(self):
        status, out, _ = self.run_main("""\
            doc: The guest's own memory, read back.
            vms: [{id: 1}]
            steps:
              - write: {ipa: 0x40000010, hex: "01 02 03 04"}
              - expect-memory: {ipa: 0x40000010, hex: "01 02 03 05"}
              - expect-memory: {ipa: 0x40000010, struct: partition-info,
                                fields: {partition-id: 0x0201, exec-ctx-count: 0x0404}}
            """, "--all")
        self.assertEqual(status, 1)
        self.assertIn("1 bytes differ (expected != got): [3] 0x05 != 0x04", out)
        self.assertIn("partition-info.exec-ctx-count (offset 2): expected "
                      "0x404, got 0x403", out)

    def test_pa_of_asks_the_engine(self):
        """pa-of is the machine's own translation: the wrong page fails."""
        with open(os.path.join(HERE, "..", "conformance", "mem_share.yaml")) as f:
            text = f.read()
        good = "&mem-pa {pa-of: {vm: 1, ipa: 0x40010000}}"
        self.assertIn(good, text)
        status, out, _ = self.run_main(text.replace(good, good.replace(
            "0x40010000", "0x40011000")), "--all")
        self.assertEqual(status, 1)
        self.assertRegex(out, r"mem-constituent\.address \(offset 0\): "
                         r"expected 0x[0-9a-f]+, got 0x[0-9a-f]+")

    def test_pa_of_is_not_for_writes(self):
        status, _, err = self.run_main("""\
            doc: x
            vms: [{id: 1}]
            steps:
              - write: {ipa: 0x40000000, struct: mem-constituent,
                        fields: {address: {pa-of: {vm: 1, ipa: 0x40001000}}}}
            """, "--check")
        self.assertEqual(status, 2)
        self.assertIn("pa-of is for expect-memory", err)

    def test_partition_behaviour_and_reply_as_call(self):
        status, out, _ = self.run_main("""\
            doc: A busy partition, then an echo with the wrong payload expected.
            vms: [{id: 1}]
            steps:
              - spmc-set: {partition: 0x8001, behaviour: busy}
              - call: {id: FFA_MSG_SEND_DIRECT_REQ_32, args: {source: 1, destination: 0x8001}}
                expect: {error: BUSY}
                expect-spmc: [{id: FFA_MSG_SEND_DIRECT_REQ_32, reply: {error: BUSY}, others: any}]
              - spmc-set: {partition: 0x8001, behaviour: echo}
              - call: {id: FFA_MSG_SEND_DIRECT_REQ_32,
                       args: {source: 1, destination: 0x8001, payload: [7]}}
                expect: {id: FFA_MSG_SEND_DIRECT_RESP_32,
                         args: {source: 0x8001, destination: 1, payload: [8]}}
            """, "--all")
        self.assertEqual(status, 1, out)
        self.assertEqual(len(re.findall(r"^PASS ", out, re.M)), 3, out)
        self.assertIn("payload[0] (x3): expected 8, got 7", out)
        self.assertIn("got: FFA_MSG_SEND_DIRECT_RESP_32(", out)

    def test_inbox_policy_known_vms_teardown(self):
        status, out, _ = self.run_main("""\
            doc: Indirect messages, the policy and a deferred teardown.
            vms: [{id: 1, version: "1.2"}, {id: 2, version: "1.1"}]
            steps:
              - call: {vm: 1, id: FFA_RXTX_MAP_64, args: {tx-address: 0x40000000,
                       rx-address: 0x40001000, page-count: 1}}
                expect: {success: {}}
              - write: {vm: 1, ipa: 0x40000000, struct: partition-msg-header,
                        fields: {offset: 40, endpoints: {source: 1, destination: 0x8001}, size: 4}}
              - write: {vm: 1, ipa: 0x40000028, text: ping}
              - call: {vm: 1, id: FFA_MSG_SEND2}
                expect: {success: {}}
              - expect-inbox: {partition: 0x8001, sender: 1, text: pong}
              - expect-inbox: {partition: 0x8001, empty: true}
              - policy: {1: [2]}
              - expect-known-vms: {partition: 0x8002, vms: [2]}
              - spmc-set: {partition: 0x8002, vm-msg: {retry: 5}}
              - vm-destroy: 2
                expect: retry
              - vm-create: {id: 2, expect: {error: INVALID_PARAMETERS}}
              - vm-destroy-poll: 2
                expect: ok
              - vm-destroy-poll: 2
              - spmc-set: {partition: 0x8002, vm-msg: ok}
              - vm-create: {id: 2}
            """, "--all")
        self.assertEqual(status, 1, out)
        self.assertIn("payload (offset 40, size 4): expected 'pong', got "
                      "'ping'", out)
        self.assertIn("partition 0x8002 knows VMs 1, 2; expected 2", out)
        self.assertEqual(len(re.findall(r"^FAIL ", out, re.M)), 2, out)

    def test_engine_knows_every_behaviour(self):
        engine = scenario.Engine([ENGINE], False, str)
        try:
            for name in scnparse.BEHAVIOURS:
                self.assertEqual(engine.send(
                    f"partition_set 0x8001 behaviour {name}"), "ok")
            for name in scnparse.VM_MSG_BEHAVIOURS:
                self.assertEqual(engine.send(
                    f"partition_set 0x8002 vm_msg {name}"), "ok")
            with self.assertRaises(scenario.EngineError):
                engine.send("partition_set 0x8001 behaviour nonsense")
        finally:
            engine.close()

    def test_engine_missing(self):
        path = self.write(self.GOOD)
        err = io.StringIO()
        with contextlib.redirect_stdout(io.StringIO()), \
                contextlib.redirect_stderr(err):
            status = scenario.main(["--engine", "/nonexistent", path])
        self.assertEqual(status, 2)
        self.assertIn("no engine at /nonexistent", err.getvalue())



# A stand-in for an engine that is not the host's (the QEMU machine's): it
# passes every line to the host engine except the host-only commands, which
# it answers as the system test's EL3 does an unknown one.
NOT_HOST_ENGINE = """\
import subprocess, sys, threading
engine = subprocess.Popen([sys.argv[1]], stdin=subprocess.PIPE,
                          stdout=subprocess.PIPE, text=True, bufsize=1)
def copy():
    for line in engine.stdout:
        sys.stdout.write(line)
        sys.stdout.flush()
threading.Thread(target=copy, daemon=True).start()
for line in sys.stdin:
    word = (line.split() or [""])[0]
    if word in ("engine", "call_hvc"):
        print(f"@ err unknown command {word}", flush=True)
        continue
    engine.stdin.write(line)
    engine.stdin.flush()
    if word == "quit":
        break
engine.stdin.close()
engine.wait()
"""

SHARE = """\
  - call: {id: FFA_RXTX_MAP_64, args: {tx-address: 0x40000000,
           rx-address: 0x40001000, page-count: 1}}
    expect: {success: {}}
  - write: {ipa: 0x40000000, struct: mem-transaction,
            fields: {sender: 1, attributes: 0x2f, mem-access-size: 32,
                     receiver-count: 1, mem-access-offset: 48}}
  - write: {ipa: 0x40000030, struct: mem-access,
            fields: {receiver: 0x8001, permissions: {data-access: read-write},
                     composite-offset: 80}}
  - write: {ipa: 0x40000050, struct: mem-composite,
            fields: {total-page-count: 1, range-count: 1}}
  - write: {ipa: 0x40000060, struct: mem-constituent,
            fields: {address: 0x40010000, page-count: 1}}
"""


class RuntimeValueFiles(ErrorChecks):
    """Mistakes with captures, bounds, expect-any and repeat."""

    def test_value_not_captured(self):
        self.check_errors("""\
            doc: x
            vms: [{id: 1}]
            steps:
              - call: {id: FFA_MEM_RECLAIM, args: {handle: $h}}
                expect: {success: {}}
              - call: {id: FFA_ID_GET}
                expect: {success: {id: 1}}
                capture: {id: idd}
            """, (4, "$h is not captured by an earlier step"),
            (8, "'idd' is not a result field of FFA_ID_GET_32 (did you mean "
                "'id'?)"))

    def test_capture_is_for_later_steps(self):
        self.check_errors("""\
            doc: x
            vms: [{id: 1}]
            steps:
              - call: {id: FFA_ID_GET, args: {w1: $me}}
                expect: {success: {}}
                capture: {me: id}
            """, (4, "$me is not captured by an earlier step"))

    def test_expect_any_and_bounds(self):
        self.check_errors("""\
            doc: x
            vms: [{id: 1}]
            steps:
              - call: {id: FFA_ID_GET}
                expect-any: [{success: {}}]
              - call: {id: FFA_ID_GET}
                expect: {success: {}}
                expect-any: [{success: {}}, {error: DENIED}]
              - call: {id: FFA_ID_GET}
                expect: {success: {id: {bits: 65}}}
              - write: {ipa: 0x40000000, struct: mem-constituent,
                        fields: {page-count: nonzero}}
            """, (5, "at least two expectations"),
            (6, "'expect' or 'expect-any'"), (10, "bits: from 1 to 64"),
            (11, "a bound (at-least, any, ...) is for expectations"))

    def test_repeat_shapes(self):
        self.check_errors("""\
            doc: x
            vms: [{id: 1}]
            steps:
              - repeat: {from: 1, to: 3}
                steps: [{call: {id: FFA_ID_GET}, expect: any}]
              - repeat: {var: i, count: 2, values: [1]}
                steps: [{call: {id: FFA_ID_GET}, expect: any}]
              - repeat: 3
                steps: []
              - repeat: {var: i, count: 5000}
                steps: [{call: {id: FFA_ID_GET}, expect: any}]
            """, (4, "name the loop variable"), (6, "repeat has one of"),
            (9, "steps is a non-empty list"), (10, "at most 4096 steps"))

    def test_conduit(self):
        self.check_errors("""\
            doc: x
            vms: [{id: 1, conduit: svc}, {id: 2}]
            steps:
              - call: {vm: 2, id: FFA_ID_GET, conduit: smc32}
                expect: any
            """, (2, "conduit is smc or hvc"), (4, "conduit is smc or hvc"))


@unittest.skipUnless(os.path.exists(ENGINE), f"no engine at {ENGINE}")
class RuntimeValues(ScenarioFiles):
    """Captures, bounds, expect-any and repeat against the real runtime."""

    def test_handle_captured_and_reclaimed(self):
        status, out, _ = self.run_main("""\
            doc: A handle found at run time, used by later steps.
            vms: [{id: 1, version: "1.2"}]
            steps:
""" + textwrap.indent(SHARE, " " * 12) + """\
              - call: {id: FFA_MEM_SHARE_32, args: {total-length: 112, fragment-length: 112}}
                expect: {success: {handle: {bits: 63, nonzero: true}}}
                capture: {h: handle, low: w2}
              - call: {id: FFA_MEM_RECLAIM, args: {handle: $h}}
                expect: {success: {}}
                expect-spmc: [{id: FFA_MEM_RECLAIM, args: {handle: $h}, reply: {success: {}}}]
              - call: {id: FFA_MEM_RECLAIM, args: {w1: $low, w2: 0}}
                expect: {error: INVALID_PARAMETERS}
            """)
        self.assertEqual(status, 0, out)
        self.assertIn("FFA_MEM_RECLAIM_32(handle=$h) -> FFA_SUCCESS_32()", out)

    def test_captured_value_that_differs(self):
        status, out, _ = self.run_main("""\
            doc: A captured value in an expectation, plus one.
            vms: [{id: 1}]
            steps:
              - call: {id: FFA_ID_GET}
                expect: {success: {id: nonzero}}
                capture: {me: id}
              - call: {id: FFA_ID_GET}
                expect: {success: {id: $me+1}}
              - call: {id: FFA_ID_GET}
                expect: {success: {id: {not: $me}}}
            """, "--all")
        self.assertEqual(status, 1, out)
        self.assertIn("id (w2[15:0]): expected 2, got 1", out)
        self.assertIn("id (w2[15:0]): expected not $me, got 1", out.replace(
            "not 1", "not $me"))
        self.assertEqual(len(re.findall(r"^FAIL ", out, re.M)), 2, out)

    def test_capture_from_memory_and_write(self):
        status, out, _ = self.run_main("""\
            doc: A descriptor field read back, written elsewhere.
            vms: [{id: 1}]
            steps:
              - write: {ipa: 0x40000000, struct: mem-constituent,
                        fields: {address: 0x1234567890, page-count: 3}}
              - expect-memory: {ipa: 0x40000000, struct: mem-constituent,
                                fields: {page-count: {at-least: 1}}}
                capture: {a: address, n: page-count}
              - write: {ipa: 0x40000100, struct: mem-constituent,
                        fields: {address: $a+0x1000, page-count: $n}}
              - expect-memory: {ipa: 0x40000100, struct: mem-constituent,
                                fields: {address: 0x1234568890, page-count: 3}}
              - expect-memory: {ipa: 0x40000100, struct: mem-constituent,
                                fields: {address: $a}}
            """, "--all")
        self.assertEqual(status, 1, out)
        self.assertIn("mem-constituent.address (offset 0): expected "
                      "0x1234567890, got 0x1234568890", out)
        self.assertEqual(len(re.findall(r"^FAIL ", out, re.M)), 1, out)

    def test_failed_capture_leaves_no_value(self):
        status, out, _ = self.run_main("""\
            doc: A step that failed captures nothing.
            vms: [{id: 1}]
            steps:
              - call: {id: FFA_ID_GET}
                expect: {success: {id: 2}}
                capture: {me: id}
              - call: {id: FFA_ID_GET, args: {w1: $me}}
                expect: any
            """, "--all")
        self.assertEqual(status, 1, out)
        self.assertIn("$me has no value: the step that captures it did not "
                      "run or failed", out)

    def test_bounds(self):
        status, out, _ = self.run_main("""\
            doc: Bounds instead of values.
            vms: [{id: 1, version: "1.2"}]
            steps:
              - call: {id: FFA_RXTX_MAP_64, args: {tx-address: 0x40000000,
                       rx-address: 0x40001000, page-count: 1}}
                expect: {success: {}}
              - call: {id: FFA_PARTITION_INFO_GET, args: {uuid: 0, count-only: 1}}
                expect: {success: {count: {at-least: 5, at-most: 5}, desc-size: any}}
              - call: {id: FFA_PARTITION_INFO_GET, args: {uuid: 0, count-only: 1}}
                expect: {success: {count: {at-least: 6}}}
              - call: {id: FFA_PARTITION_INFO_GET, args: {uuid: 0, count-only: 1}}
                expect: {raw: {w0: FFA_SUCCESS_32, w2: {bits: 2}, w3: any}}
              - write: {ipa: 0x40000000, hex: "00 01"}
              - expect-memory: {ipa: 0x40000000, struct: mem-constituent,
                                fields: {address: {at-least: 0x100, at-most: 0x100}}}
            """, "--all")
        self.assertEqual(status, 1, out)
        # Four partition entries and the 1.2 caller itself.
        self.assertIn("count (w2): expected at least 6, got 5", out)
        self.assertIn("w2: expected fits 2 bits, got 5", out)
        self.assertEqual(len(re.findall(r"^FAIL ", out, re.M)), 2, out)

    def test_expect_any(self):
        status, out, _ = self.run_main("""\
            doc: One of several answers.
            vms: [{id: 1}]
            steps:
              - call: {id: FFA_ID_GET}
                expect-any: [{error: NOT_SUPPORTED}, {success: {id: 1}}]
              - call: {id: FFA_ID_GET}
                expect-any: [{error: NOT_SUPPORTED}, {success: {id: 3}}]
            """, "--all")
        self.assertEqual(status, 1, out)
        self.assertIn("none of the 2 alternatives matched", out)
        self.assertIn("not FFA_ERROR(NOT_SUPPORTED): w0: expected FFA_ERROR_32",
                      out)
        self.assertIn("not FFA_SUCCESS_32(id=3): id (w2[15:0]): expected 3, "
                      "got 1", out)

    def test_repeat(self):
        status, out, _ = self.run_main("""\
            doc: Steps repeated, with and without a variable.
            vms: [{id: 1}]
            steps:
              - repeat: {var: v, from: 1, to: 7, step: 3}
                steps:
                  - call: {id: FFA_MSG_SEND_DIRECT_REQ_32,
                           args: {source: 1, destination: 0x8001, payload: [$v, $v+1]}}
                    expect: {id: FFA_MSG_SEND_DIRECT_RESP_32,
                             args: {source: 0x8001, destination: 1, payload: [$v, $v+1]}}
              - repeat: 2
                steps:
                  - call: {id: FFA_ID_GET}
                    expect: {success: {id: 1}}
            """)
        self.assertEqual(status, 0, out)
        for v in (1, 4, 7):
            self.assertIn(f"[v={v}] vm 1: FFA_MSG_SEND_DIRECT_REQ_32(source=1, "
                          f"destination=0x8001, payload=[{v}, {v + 1}])", out)
        self.assertIn("[2/2] vm 1: FFA_ID_GET_32()", out)
        self.assertIn("5 steps, 5 passed", out)

    def not_host(self, text):
        """Runs text on an engine that is not the host's."""
        fake = self.write(NOT_HOST_ENGINE, "engine.py")
        path = self.write(text)
        out, err = io.StringIO(), io.StringIO()
        # The stand-in runs as the "emulator" of the host engine.
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            status = scenario.main(["--engine", ENGINE, "--emulator",
                                    f"{sys.executable} -u {fake}", path,
                                    "--all"])
        return status, out.getvalue(), err.getvalue()

    HVC = """\
        doc: HVC calls.
        vms: [{id: 1, conduit: hvc}, {id: 2}]
        steps:
          - call: {vm: 2, id: FFA_ID_GET, conduit: hvc}
            expect: {success: {id: 2}}
            host-only: true
          - call: {vm: 1, id: FFA_ID_GET}
            expect: {success: {id: 1}}
            host-only: true
          - call: {vm: 2, id: FFA_ID_GET}
            expect: {success: {id: 2}}
        """

    def test_hvc_on_the_host(self):
        status, out, _ = self.run_main(self.HVC)
        self.assertEqual(status, 0, out)
        self.assertIn("vm 2: hvc FFA_ID_GET_32() -> FFA_SUCCESS_32(id=2)", out)
        self.assertIn("vm 1: hvc FFA_ID_GET_32()", out)
        self.assertNotIn("SKIP", out)

    def test_host_only_steps_elsewhere(self):
        status, out, err = self.not_host(self.HVC)
        self.assertEqual(status, 0, out + err)
        self.assertEqual(len(re.findall(
            r"^SKIP .*\(host-only: not supported on this engine\)$", out,
            re.M)), 2, out)
        self.assertIn("1 steps, 1 passed, 0 failed, 2 skipped (host-only)",
                      out)

    def test_host_only_scenario_elsewhere(self):
        status, out, err = self.not_host("host-only: true\n" + textwrap.dedent(
            self.HVC))
        self.assertEqual(status, 0, out + err)
        self.assertIn("host-only scenario: not supported on this engine", out)
        self.assertIn("0 steps, 0 passed, 0 failed, 3 skipped (host-only)", out)
        self.assertNotIn("PASS", out)

    def test_unsupported_step_says_so(self):
        status, out, err = self.not_host(self.HVC.replace(
            "host-only: true", "doc: not marked"))
        self.assertEqual(status, 2, out + err)
        self.assertIn("not supported on this engine: call_hvc", err)



class ScriptedSpmcFiles(ErrorChecks):
    """Mistakes in scripting the secure side."""

    def test_mistakes(self):
        self.check_errors("""\
            doc: x
            spmc: {remove: [FFA_NOPE]}
            vms: [{id: 1}]
            steps:
              - spmc-set: {partition: 0x8001, behaviour: interrupt-once, stops: [interrupt]}
              - spmc-set: {partition: 0x8001, stops: [interrupt, sleep]}
              - spmc-answer: {id: FFA_ID_GET_32, reply: {success: {id: nonzero}}}
              - spmc-answer: {id: FFA_ID_GET_32, reply: {success: {}}, registers: {x18: 1}}
              - spmc-set: {partition: 0x8001, behaviour: sequence}
            """, (2, "FFA_NOPE"), (5, "stops: are for behaviour: sequence"),
            (6, "stops is a list of 1 to 8 of interrupt, yield"),
            (7, "an answer gives values"), (8, "'x18' is not a register"),
            (9, "behaviour: sequence needs stops"))


@unittest.skipUnless(os.path.exists(ENGINE), f"no engine at {ENGINE}")
class ScriptedSpmc(ScenarioFiles):
    """The SPMC answering as the scenario says."""

    def test_answer_with_junk_is_what_the_mediator_got(self):
        status, out, _ = self.run_main("""\
            doc: A scripted answer reaches the mediator as given, once.
            vms: [{id: 1}]
            steps:
              - spmc-answer: {id: FFA_MSG_SEND_DIRECT_REQ_32, times: 2,
                              reply: {id: FFA_MSG_SEND_DIRECT_RESP_32,
                                      args: {source: 0x8001, destination: 1, payload: [9]}},
                              registers: {x7: 0x77}}
              - call: {id: FFA_MSG_SEND_DIRECT_REQ_32, args: {source: 1, destination: 0x8001, payload: [1]}}
                expect: any
                expect-spmc:
                  - {id: FFA_MSG_SEND_DIRECT_REQ_32, args: {payload: [1]}, others: any,
                     reply: {raw: {x0: FFA_MSG_SEND_DIRECT_RESP_32, w1: 0x80010001, x3: 9, x7: 0x77}}}
              - call: {id: FFA_MSG_SEND_DIRECT_REQ_32, args: {source: 1, destination: 0x8001, payload: [2]}}
                expect: any
                expect-spmc:
                  - {id: FFA_MSG_SEND_DIRECT_REQ_32, others: any,
                     reply: {raw: {x0: FFA_MSG_SEND_DIRECT_RESP_32, w1: 0x80010001, x3: 9, x7: 0x77}}}
              - call: {id: FFA_MSG_SEND_DIRECT_REQ_32, args: {source: 1, destination: 0x8001, payload: [3]}}
                expect: {id: FFA_MSG_SEND_DIRECT_RESP_32, args: {source: 0x8001, destination: 1, payload: [3]}}
            """)
        self.assertEqual(status, 0, out)
        self.assertIn("the SPMC answers the next 2 FFA_MSG_SEND_DIRECT_REQ_32 "
                      "with FFA_MSG_SEND_DIRECT_RESP_32(source=0x8001, "
                      "destination=1, payload=[9]) + {x7: 119}", out)

    def test_removed_functions(self):
        status, out, _ = self.run_main("""\
            doc: Functions the SPMC lacks, before and after the mediator starts.
            spmc: {remove: FFA_MSG_SEND_DIRECT_REQ2}
            vms: [{id: 1, version: "1.2"}]
            steps:
              - call: {id: FFA_FEATURES, args: {feature: FFA_MSG_SEND_DIRECT_REQ2_64}}
                expect: {error: NOT_SUPPORTED}
              - spmc-remove: [FFA_MSG_SEND_DIRECT_REQ_32]
              - call: {id: FFA_MSG_SEND_DIRECT_REQ_64, args: {source: 1, destination: 0x8001}}
                expect: {error: NOT_SUPPORTED}
                expect-spmc:
                  - {id: FFA_MSG_SEND_DIRECT_REQ_64, others: any, reply: {error: NOT_SUPPORTED}}
            """)
        self.assertEqual(status, 0, out)
        self.assertIn("the SPMC no longer implements FFA_MSG_SEND_DIRECT_REQ_32",
                      out)

    def test_answers_before_init(self):
        status, out, _ = self.run_main("""\
            doc: The mediator's start-up calls get the scripted answers.
            spmc:
              answers:
                - {id: FFA_SPM_ID_GET_32, reply: {success: {id: 0x8123}}}
            vms: [{id: 1, version: "1.2"}]
            steps:
              - call: {id: FFA_SPM_ID_GET}
                expect: {success: {id: 0x8123}}
            """)
        self.assertEqual(status, 0, out)
        self.assertIn("the SPMC answers the next FFA_SPM_ID_GET_32 with "
                      "FFA_SUCCESS_32(id=0x8123)", out)

    def test_stops(self):
        status, out, _ = self.run_main("""\
            doc: Two stops, then the answer.
            vms: [{id: 1}]
            steps:
              - spmc-set: {partition: 0x8001, stops: [yield, interrupt]}
              - call: {id: FFA_MSG_SEND_DIRECT_REQ_32, args: {source: 1, destination: 0x8001, payload: [4]}}
                expect: {id: FFA_YIELD_32, args: {endpoint: 0x8001}, others: any}
              - call: {id: FFA_RUN, args: {target: 0x8001}}
                expect: {id: FFA_INTERRUPT_32, args: {endpoint: 0x8001}}
              - call: {id: FFA_RUN, args: {target: 0x8001}}
                expect: {id: FFA_INTERRUPT_32, args: {endpoint: 0x8001}}
            """)
        self.assertEqual(status, 1, out)
        self.assertIn("w0: expected FFA_INTERRUPT_32 (0x84000062), got "
                      "FFA_MSG_SEND_DIRECT_RESP_32", out)



class PlatformStateFiles(ErrorChecks):
    def test_mistakes(self):
        self.check_errors("""\
            doc: x
            vms: [{id: 1}]
            steps:
              - expect-platform: {vm: 1}
              - expect-platform: {vm: 1, mapped: true}
              - expect-platform: {vm: 1, ipa: 0x40000010}
              - expect-platform: {vm: 1, ipa: 0x40000000, claimed: pinned}
            """, (4, "expect-platform says what to check"),
            (5, "a page check needs ipa:"), (6, "4K aligned"),
            (7, "claimed is none (or false), share, lend or donate"))


@unittest.skipUnless(os.path.exists(ENGINE), f"no engine at {ENGINE}")
class PlatformState(ScenarioFiles):
    def test_pages_and_vm(self):
        status, out, _ = self.run_main("""\
            doc: Buffers mapped, page by page.
            vms: [{id: 1}]
            steps:
              - call: {id: FFA_RXTX_MAP_64, args: {tx-address: 0x40000000,
                       rx-address: 0x40001000, page-count: 1}}
                expect: {success: {}}
              - expect-platform: {vm: 1, ipa: 0x40000000, pages: 2, mapped: true,
                                  claimed: none, stage2: true}
              - expect-platform: {vm: 1, mappings: 2, claimed-pages: 0}
              - expect-platform: {vm: 1, ipa: 0x40001000, pages: 2, mapped: true,
                                  writable: false}
              - expect-platform: {vm: 1, mappings: 1}
            """, "--all")
        self.assertEqual(status, 1, out)
        self.assertIn("page 0x40001000: writable expected false, got true", out)
        self.assertIn("page 0x40002000: mapped expected true, got false", out)
        self.assertIn("VM 0x1: mappings expected 1, got 2", out)
        self.assertEqual(len(re.findall(r"^FAIL ", out, re.M)), 2, out)

    def test_every_effect_is_kept(self):
        status, out, _ = self.run_main("""\
            doc: 600 effects, the last ones checked.
            vms: [{id: 1}]
            steps:
              - repeat: 300
                steps:
                  - call: {id: FFA_RXTX_MAP_64, args: {tx-address: 0x40000000,
                           rx-address: 0x40001000, page-count: 1}}
                    expect: {success: {}}
                  - call: {id: FFA_RXTX_UNMAP}
                    expect: {success: {}}
              - call: {id: FFA_RXTX_MAP_64, args: {tx-address: 0x40000000,
                       rx-address: 0x40001000, page-count: 1}}
                expect: {success: {}}
                expect-effects:
                  - map: {vm: 1, ipa: 0x40000000, pages: 1}
                  - map: {vm: 1, ipa: 0x40001000, pages: 1}
            """)
        self.assertEqual(status, 0, out)



class PartitionSideFiles(ErrorChecks):
    def test_mistakes(self):
        self.check_errors("""\
            doc: x
            vms: [{id: 1}]
            steps:
              - sp-retrieve: {partition: 0x8009, handle: 1}
              - sp-write: {partition: 0x8001, handle: 1}
              - expect-spmc-transaction: {handle: 1, absent: true, sender: 1}
              - expect-spmc-vm: {vm: 1}
              - vm-destroy: 1
              - vm-destroy-poll: {vm: 1, until-ok: 2}
                expect: ok
            """, (4, "0x8009 is not a partition here"),
            (5, "sp-write has one of hex, text, fill"),
            (6, "absent: true alone"), (7, "expect-spmc-vm checks"),
            (10, "until-ok polls until ok: no expect"))


@unittest.skipUnless(os.path.exists(ENGINE), f"no engine at {ENGINE}")
class PartitionSide(ScenarioFiles):
    TEXT = """\
        doc: A partition's view of a share.
        vms: [{id: 1, version: "1.2"}]
        steps:
""" + textwrap.indent(SHARE, " " * 8) + """\
          - write: {ipa: 0x40010000, text: abc}
          - call: {id: FFA_MEM_SHARE_32, args: {total-length: 112, fragment-length: 112}}
            expect: {success: {}}
            capture: {h: handle}
          - expect-spmc-transaction:
              handle: $h
              type: lend
              receivers: [{receiver: 0x8001, retrieved: true}]
              ranges: [{address: {pa-of: {vm: 1, ipa: 0x40011000}}, page-count: 1}]
          - sp-retrieve: {partition: 0x8001, handle: $h}
            expect: ok
          - expect-sp-memory: {partition: 0x8001, handle: $h, text: abd}
          - sp-write: {partition: 0x8001, handle: $h, offset: 4095, hex: "01 02"}
            expect: ok
          - sp-relinquish: {partition: 0x8001, handle: $h}
            expect: ok
          - expect-spmc-vm: {vm: 1, transactions: 0, buffers: false, known-by: 1}
          - call: {id: FFA_MEM_RECLAIM, args: {handle: $h}}
            expect: {success: {}}
          - expect-spmc-transaction: {handle: $h, absent: true}
          - expect-spmc-vm: {vm: 1, transactions: 0, buffers: true, known-by: 0, bitmaps: true}
          - vm-destroy: 1
          - vm-destroy-poll: {vm: 1, until-ok: 1}
        """

    def test_partition_side(self):
        status, out, _ = self.run_main(self.TEXT, "--all")
        self.assertEqual(status, 1, out)
        self.assertIn("type: expected 2, got 1", out)
        self.assertIn("receivers[0].retrieved: expected 1, got 0", out)
        self.assertRegex(out, r"ranges\[0\]\.address: expected 0x[0-9a-f]+, "
                         r"got 0x[0-9a-f]+")
        self.assertIn("expected 'abd', got 'abc'", out)
        self.assertIn("the partition's write: expected OK, got "
                      "INVALID_PARAMETERS", out)
        self.assertIn("VM 0x1 transactions: expected 0, got 1", out)
        self.assertIn("VM 0x1 buffers: expected false, got true", out)
        self.assertEqual(len(re.findall(r"^FAIL ", out, re.M)), 5, out)


if __name__ == "__main__":
    unittest.main()
