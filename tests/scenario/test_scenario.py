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
