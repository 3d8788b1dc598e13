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


class BadFiles(ScenarioFiles):
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
            policy: {1: [2, 16]}
            steps:
              - spmc-set: {partition: 0x8001, behaviour: interupt-once}
              - spmc-set: {partition: 0x8009, behaviour: busy}
              - spmc-set: {partition: 0x8001, behaviour: echo, bad-id: 2}
              - spmc-set: {partition: 0x8002, vm-msg: {busy: 0}}
              - spmc-set: {partition: 0x8002, vm-msg: busy}
              - spmc-set: {partition: 0x8001, behaviour: busy, error: DENIED}
              - policy: {0: [1]}
            """, (3, "16 is not a VM id from 0 to 15"),
                          (5, "did you mean 'interrupt-once'"),
                          (6, "0x8009 is not a partition here"),
                          (7, "bad-id is for behaviour wrong-source or "
                              "wrong-dest"),
                          (8, "busy: the number of refusals, at least 1"),
                          (9, "vm-msg is ok, {busy: N}"),
                          (10, "error: is the status of behaviour: error"),
                          (11, "VM id 0 is not a number from 1 to 15"))

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


if __name__ == "__main__":
    unittest.main()
