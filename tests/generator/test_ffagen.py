"""Tests of generator/ffagen.py (Python's unittest; run by ctest).

Bad specs: each tests/generator/bad/*.yaml names a file of the tiny spec
(tests/generator/tiny/), a text to find there and what to replace it with,
and the one error line the generator must print (file:line: message), with
exit status 1 and no traceback.
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unittest

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
FFAGEN = os.path.join(ROOT, "generator", "ffagen.py")
TINY = os.path.join(HERE, "tiny")
BAD = os.path.join(HERE, "bad")
PYTHON = sys.executable


def run_ffagen(cwd, *args):
    return subprocess.run([PYTHON, FFAGEN, *args], cwd=cwd,
                          capture_output=True, text=True, timeout=60)


def make_spec(tmp, source=TINY):
    """A spec/ directory in tmp: the tiny spec plus the real schema."""
    spec = os.path.join(tmp, "spec")
    shutil.copytree(source, spec)
    shutil.copy(os.path.join(ROOT, "spec", "schema.yaml"), spec)
    return spec


class TinySpec(unittest.TestCase):
    def test_generates_every_output(self):
        with tempfile.TemporaryDirectory() as tmp:
            make_spec(tmp)
            r = run_ffagen(tmp, "--spec", "spec", "--out", "out")
            self.assertEqual(r.returncode, 0, r.stderr)
            with open(os.path.join(HERE, "tiny.expected"),
                      encoding="utf-8") as f:
                expected = yaml.safe_load(f)
            for rel, patterns in expected.items():
                with open(os.path.join(tmp, "out", rel),
                          encoding="utf-8") as f:
                    text = f.read()
                for pattern in patterns:
                    self.assertRegex(text, pattern, f"{rel}: {pattern}")

    def test_output_is_deterministic(self):
        with tempfile.TemporaryDirectory() as tmp:
            make_spec(tmp)
            for out in ("a", "b"):
                r = run_ffagen(tmp, "--spec", "spec", "--out", out)
                self.assertEqual(r.returncode, 0, r.stderr)
            diff = subprocess.run(["diff", "-r", "a", "b"], cwd=tmp,
                                  capture_output=True, text=True)
            self.assertEqual(diff.returncode, 0, diff.stdout)

    def test_head_encoder_leaves_records_alone(self):
        """The head of a reply built in place writes every register but
        its records' (x5..x6 in the tiny spec): the element encoder's."""
        with tempfile.TemporaryDirectory() as tmp:
            make_spec(tmp)
            r = run_ffagen(tmp, "--spec", "spec", "--out", "out")
            self.assertEqual(r.returncode, 0, r.stderr)
            with open(os.path.join(tmp, "out", "include", "ffa",
                                   "ffa_calls.h"), encoding="utf-8") as f:
                text = f.read()
            head = re.search(r"ffa_encode_ping_result_head\([^)]*\)\n\{\n"
                             r"(.*?)\n\}", text, re.S).group(1)
            for i in range(8):
                written = f"r->x[{i}]" in head
                self.assertEqual(written, i not in (5, 6), f"x{i}: {head}")

    def test_banner_names_source_and_no_absolute_paths(self):
        with tempfile.TemporaryDirectory() as tmp:
            make_spec(tmp)
            self.assertEqual(run_ffagen(tmp, "--spec", "spec", "--out",
                                        "out").returncode, 0)
            for dirpath, _, files in os.walk(os.path.join(tmp, "out")):
                for f in files:
                    text = open(os.path.join(dirpath, f),
                                encoding="utf-8").read()
                    self.assertIn("do not edit", text[:400], f)
                    self.assertIn("FFA-GEN", text[:400], f)
                    self.assertNotIn(tmp, text, f)


class MediatorActions(unittest.TestCase):
    """What each `mediator:` action of functions.yaml generates (issue 16.5:
    adding a function id is YAML alone)."""

    def generate(self, edits):
        """The tiny spec with (file, find, replace) edits: {path: text}."""
        with tempfile.TemporaryDirectory() as tmp:
            spec = make_spec(tmp)
            for name, find, replace in edits:
                path = os.path.join(spec, name)
                with open(path, encoding="utf-8") as f:
                    text = f.read()
                self.assertIn(find, text, "edit does not apply")
                with open(path, "w", encoding="utf-8") as f:
                    f.write(text.replace(find, replace, 1))
            r = run_ffagen(tmp, "--spec", "spec", "--out", "out")
            self.assertEqual(r.returncode, 0, r.stderr)
            out = {}
            for rel in ("include/ffa/ffa_dispatch.h", "src/ffa_dispatch.c",
                        "include/ffa/ffa_calls.h",
                        "include/ffa/ffa_leaf.h", "include/ffa/ffa_lane.h",
                        "tests/test_conformance.c"):
                with open(os.path.join(tmp, "out", rel),
                          encoding="utf-8") as f:
                    out[rel] = f.read()
            return out

    def test_pending_is_answered_by_generated_code(self):
        out = self.generate([("functions.yaml",
                              "    callers: [vm]\n    mediator: handle\n",
                              "    callers: [vm]\n    mediator: pending\n")])
        header, source = out["include/ffa/ffa_dispatch.h"], \
            out["src/ffa_dispatch.c"]
        # No handler for the runtime to write: nothing to link.
        self.assertNotIn("ffa_handle_peek", header + source)
        self.assertRegex(header, r"case FFA_PEEK_32:\n(\t\t.*\n)*?"
                         r"\t\tret = ffa_decode_peek\(in, v, &args.peek\);\n"
                         r"(\t\t.*\n)*?\t\tret = FFA_NOT_SUPPORTED;\n"
                         r"\t\tbreak;\n")
        # FFA_FEATURES says NOT_SUPPORTED for it: the row is flagged.
        self.assertRegex(source, r"\[FFA_FN_PEEK - FFA_CALLS_FIRST\] = \{\n"
                         r"(\t\t.*\n)*?"
                         r"\t\t\.flags = FFA_CALL_PENDING \| "
                         r"FFA_CALL_DISPATCHED \| FFA_CALL_VM,\n\t\},")

    def test_pending_without_mbz_bits_is_not_decoded(self):
        """A pending call whose decode could refuse nothing (no MBZ bit)
        is answered without it: the decode would be dead stores."""
        out = self.generate([
            ("functions.yaml", "    callers: [vm]\n    mediator: handle\n",
             "    callers: [vm]\n    mediator: pending\n"),
            ("functions.yaml", ", mbz-when-zero: start", ""),
            ("functions.yaml",
             "      - {reg: w3, mbz: [[31, 0]], doc: A reserved register.}\n",
             "")])
        header = out["include/ffa/ffa_dispatch.h"]
        self.assertRegex(header, r"case FFA_PEEK_32:\n(\t\t/\*.*\*/\n)*"
                         r"\t\tret = FFA_NOT_SUPPORTED;\n\t\tbreak;\n")
        self.assertNotIn("ffa_decode_peek(", header)

    def test_handle_declares_the_handler(self):
        out = self.generate([])
        self.assertIn("int32_t ffa_handle_peek(struct ffa_call_ctx *ctx, "
                      "const struct ffa_peek_args *args, struct ffa_regs "
                      "*out);", out["include/ffa/ffa_dispatch.h"])
        self.assertIn("ret = ffa_handle_peek(ctx, &args.peek, out);",
                      out["include/ffa/ffa_dispatch.h"])

    def test_id_no_vm_reaches_needs_no_handler(self):
        # peek only from a version the mediator does not negotiate.
        out = self.generate([
            ("abi.yaml", "constants:\n",
             "  - {version: \"1.2\", mediator: false, doc: Third., "
             "ref: DEN0077A v1.2 §13.2}\nconstants:\n"),
            ("functions.yaml", "    number: 0x74\n    conventions: [smc32]\n"
             "    since: \"1.0\"\n", "    number: 0x74\n    conventions: "
             "[smc32]\n    since: \"1.2\"\n")])
        header, source = out["include/ffa/ffa_dispatch.h"], \
            out["src/ffa_dispatch.c"]
        self.assertNotIn("ffa_handle_peek", header + source)
        self.assertNotIn("case FFA_PEEK_32:", header)
        self.assertRegex(source, r"\[FFA_FN_PEEK - FFA_CALLS_FIRST\] = \{\n"
                         r"(\t\t.*\n)*?\t\},")
        self.assertNotRegex(source, r"\[FFA_FN_PEEK - FFA_CALLS_FIRST\] = \{\n(\t\t.*\n)*?"
                            r"\t\t\.flags = .*FFA_CALL_DISPATCHED")

    def test_leaf_gets_a_lane_and_keeps_its_handler(self):
        out = self.generate([("functions.yaml",
                              "    callers: [vm, sp]\n    mediator: handle\n",
                              "    callers: [vm, sp]\n    mediator: handle\n"
                              "    leaf: true\n")])
        leaf = out["include/ffa/ffa_leaf.h"]
        # X(call) once, X(id, call) per id of the call, for the runtime.
        self.assertIn("#define FFA_LEAF_CALLS(X) \\\n"
                      "\tX(ping) \\\n\t/* end */\n"
                      "#define FFA_LEAF_IDS(X) \\\n"
                      "\tX(FFA_PING_32, ping) \\\n"
                      "\tX(FFA_PING_64, ping) \\\n\t/* end */",
                      out["include/ffa/ffa_dispatch.h"])
        # Gated and decoded as the dispatch does, then the leaf handler.
        self.assertIn("return !(v < FFA_VERSION_1_0 || (fid == FFA_PING_64 "
                      "&& !aarch64)) && ffa_decode_ping(in, v, &args) == "
                      "FFA_OK &&\n\t       ffa_leaf_ping(ctx, &args, out) "
                      "== FFA_OK;", leaf)
        self.assertNotIn("ffa_leaf_peek", leaf)
        # Only the runtime's switch calls it, with the call's ids: the
        # decode, inline, tests the id no more.
        self.assertIn("\tif (fid != FFA_PING_32 && fid != FFA_PING_64)\n"
                      "\t\t__builtin_unreachable();\n\treturn !(", leaf)
        # The full dispatch still calls the extern handler (errors, logs).
        self.assertIn("ret = ffa_handle_ping(ctx, &args.ping, out);",
                      out["include/ffa/ffa_dispatch.h"])

    def test_no_leaf_no_lane(self):
        out = self.generate([])
        self.assertIn("#define FFA_LEAF_CALLS(X) \\\n\t/* end */\n"
                      "#define FFA_LEAF_IDS(X) \\\n\t/* end */",
                      out["include/ffa/ffa_dispatch.h"])
        self.assertNotIn("static inline bool ffa_dispatch_leaf_",
                         out["include/ffa/ffa_leaf.h"])

    def test_lane_dispatches_one_call_with_the_runtime_handler(self):
        out = self.generate([("functions.yaml",
                              "    callers: [vm, sp]\n    mediator: handle\n",
                              "    callers: [vm, sp]\n    mediator: handle\n"
                              "    lane: true\n")])
        header, lane = out["include/ffa/ffa_dispatch.h"], \
            out["include/ffa/ffa_lane.h"]
        # X(call) once, X(id, call) per id of the call, for the runtime.
        self.assertIn("#define FFA_LANE_CALLS(X) \\\n"
                      "\tX(ping) \\\n\t/* end */\n"
                      "#define FFA_LANE_IDS(X) \\\n"
                      "\tX(FFA_PING_32, ping) \\\n"
                      "\tX(FFA_PING_64, ping) \\\n\t/* end */", header)
        # Gated, decoded and answered as ffa_dispatch()'s case, errors
        # included, with the runtime's inline ffa_lane_ping().
        self.assertIn("static inline enum ffa_verdict ffa_dispatch_lane_ping(", lane)
        self.assertIn("\tif (fid != FFA_PING_32 && fid != FFA_PING_64)\n"
                      "\t\t__builtin_unreachable();\n"
                      "\tif (v < FFA_VERSION_1_0 || (fid == FFA_PING_64 && "
                      "!aarch64))\n\t\treturn ffa_dispatch_refused(fid, v, "
                      "aarch64, out);\n"
                      "\tret = ffa_decode_ping(in, v, &args);\n"
                      "\tif (__builtin_expect(ret != FFA_OK, 0))\n"
                      "\t\treturn ffa_refuse_args(out, ret, false);\n"
                      "\tret = ffa_lane_ping(ctx, &args, out);\n"
                      "\tif (__builtin_expect(ret != FFA_OK, 0))\n"
                      "\t\tffa_set_error(out, ret);\n"
                      "\treturn FFA_VERDICT_HANDLED;\n", lane)
        self.assertNotIn("ffa_lane_peek", lane)
        # The full dispatch keeps its case, with the extern handler, but
        # not for an includer that sends the lane's ids to the lane.
        self.assertIn("ret = ffa_handle_ping(ctx, &args.ping, out);", header)
        self.assertIn("#ifndef FFA_DISPATCH_LANES_ELSEWHERE\n"
                      "\tcase FFA_PING_32:\n\tcase FFA_PING_64:\n", header)
        guarded = header.split("#ifndef FFA_DISPATCH_LANES_ELSEWHERE\n")[1]
        self.assertIn("ffa_handle_ping(", guarded.split("#endif\n")[0])
        # The runtime defines no ffa_handle_ping(): the conformance suite
        # defines it with the lane's own handler, for its ffa_dispatch().
        self.assertIn("int32_t ffa_handle_ping(struct ffa_call_ctx *ctx, "
                      "const struct ffa_ping_args *args, struct ffa_regs *out)\n"
                      "{\n\treturn ffa_lane_ping(ctx, args, out);\n}\n",
                      out["tests/test_conformance.c"])

    def test_case_answers_a_call_in_another_calls_case(self):
        """A call with case: ping (ping's registers, conventions, versions)
        has no handler, decode or union member in ffa_dispatch() of its
        own: ping's case takes its ids too, decodes them all with
        ffa_decode_ping_case() and hands ping's handler the id called."""
        with open(os.path.join(TINY, "functions.yaml"), encoding="utf-8") as f:
            text = f.read()
        ping = text[text.index("  - name: ping\n"):text.index("    result:\n")]
        pang = ping.replace("name: ping", "name: pang").replace(
            "number: 0x70", "number: 0x72").replace(
            "    mediator: handle\n", "    mediator: handle\n    case: ping\n")
        out = self.generate([("functions.yaml", "  - name: peek\n",
                              pang + "  - name: peek\n")])
        header = out["include/ffa/ffa_dispatch.h"]
        self.assertNotIn("ffa_handle_pang", header)
        self.assertNotIn("struct ffa_pang_args pang;", header)
        self.assertIn("int32_t ffa_handle_ping(struct ffa_call_ctx *ctx, "
                      "uint32_t fid, const struct ffa_ping_args *args, "
                      "struct ffa_regs *out);", header)
        self.assertRegex(header, r"\tcase FFA_PING_32:\n\tcase FFA_PING_64:\n"
                         r"\tcase FFA_PANG_32:\n\tcase FFA_PANG_64:\n"
                         r"\t\t/\*.*\*/\n"
                         r"\t\tif \(\(fid & FFA_FUNCTION_ID_SMC64_MASK\) != 0 "
                         r"&& !aarch64\)\n\t\t\tgoto refused;\n"
                         r"\t\tret = ffa_decode_ping_case\(in, v, &args.ping\);\n"
                         r"(\t\t.*\n){2}"
                         r"\t\tret = ffa_handle_ping\(ctx, fid, &args.ping, out\);\n")
        self.assertIn("ffa_decode_ping_case(const struct ffa_regs *r, "
                      "enum ffa_version v, struct ffa_ping_args *out)\n{\n",
                      out["include/ffa/ffa_calls.h"])
        self.assertIn("\tconst bool smc64 = (fid & FFA_FUNCTION_ID_SMC64_MASK) != 0;\n",
                      out["include/ffa/ffa_calls.h"])
        self.assertIn("\tif (fid != FFA_PING_32 &&\n\t    fid != FFA_PING_64 &&\n"
                      "\t    fid != FFA_PANG_32 &&\n\t    fid != FFA_PANG_64)\n"
                      "\t\treturn FFA_NOT_SUPPORTED;\n", out["include/ffa/ffa_calls.h"])
        # ping's own decode tests its ids and leaves the rest to it.
        self.assertIn("\tif (fid != FFA_PING_32 && fid != FFA_PING_64)\n"
                      "\t\treturn FFA_NOT_SUPPORTED;\n"
                      "\treturn ffa_decode_ping_case(r, v, out);\n}\n",
                      out["include/ffa/ffa_calls.h"])
        # Both rows are a VM's (FFA_FEATURES offers both).
        self.assertRegex(out["src/ffa_dispatch.c"],
                         r"\[FFA_FN_PANG - FFA_CALLS_FIRST\] = \{\n(\t\t.*\n)*?"
                         r"\t\t\.flags = FFA_CALL_DISPATCHED \| FFA_CALL_VM,\n")

    def test_no_lane_no_lane_dispatch(self):
        out = self.generate([])
        self.assertIn("#define FFA_LANE_CALLS(X) \\\n\t/* end */\n"
                      "#define FFA_LANE_IDS(X) \\\n\t/* end */",
                      out["include/ffa/ffa_dispatch.h"])
        self.assertNotIn("static inline enum ffa_verdict ffa_dispatch_lane_",
                         out["include/ffa/ffa_lane.h"])

    def test_dispatch_tests_the_earliest_version_once(self):
        """ffa_dispatch() refuses a version before every call's once, before
        its switch; a case tests only a later first version of its own."""
        peek_since = ("functions.yaml", "    number: 0x74\n    conventions: "
                      "[smc32]\n    since: \"1.0\"\n", "    number: 0x74\n"
                      "    conventions: [smc32]\n    since: \"1.1\"\n")
        header = self.generate([peek_since])["include/ffa/ffa_dispatch.h"]
        self.assertIn("\tif (v < FFA_VERSION_1_0)\n\t\tgoto refused;\n"
                      "\tswitch (fid) {\n", header)
        self.assertIn("\tcase FFA_PING_32:\n\tcase FFA_PING_64:\n"
                      "\t\tif (fid == FFA_PING_64 && !aarch64)\n"
                      "\t\t\tgoto refused;\n"
                      "\t\tret = ffa_decode_ping(", header)
        self.assertIn("\tcase FFA_PEEK_32:\n\t\tif (v < FFA_VERSION_1_1)\n"
                      "\t\t\tgoto refused;\n"
                      "\t\tret = ffa_decode_peek(", header)
        # Every call from 1.1: the shared test is 1.1's, no case's is.
        header = self.generate([peek_since, (
            "functions.yaml", "    number: 0x70\n    conventions: [smc32, "
            "smc64]\n    since: \"1.0\"\n", "    number: 0x70\n    "
            "conventions: [smc32, smc64]\n    since: \"1.1\"\n")])[
                "include/ffa/ffa_dispatch.h"]
        self.assertIn("\tif (v < FFA_VERSION_1_1)\n\t\tgoto refused;\n"
                      "\tswitch (fid) {\n", header)
        self.assertIn("\tcase FFA_PEEK_32:\n"
                      "\t\tret = ffa_decode_peek(", header)
        self.assertEqual(header.count("v < FFA_VERSION_1_1"), 1, header)

    def test_table_has_no_mediator_column(self):
        source = self.generate([])["src/ffa_dispatch.c"]
        self.assertNotIn(".mediator", source)
        self.assertNotIn("FFA_MEDIATOR_", source)


class NamePack(unittest.TestCase):
    def test_packed_names_expand_to_the_names(self):
        sys.path.insert(0, os.path.join(ROOT, "generator"))
        from ffaspec import namepack
        from ffaspec.names import c_upper
        with open(os.path.join(ROOT, "spec", "functions.yaml")) as f:
            names = [c_upper(fn["name"]) for fn in yaml.safe_load(f)["functions"]]
        shared, packed = namepack.pack(names)
        self.assertLessEqual(len(shared), namepack.MAX_WORDS)
        for name, pieces in zip(names, packed):
            self.assertEqual("".join(p if isinstance(p, str) else shared[p]
                                     for p in pieces), name)
        # Fewer bytes, the shared words' own included.
        packed_bytes = sum(len(w) + 1 for w in shared) + sum(
            len(p) if isinstance(p, str) else 1 for ps in packed for p in ps)
        self.assertLess(packed_bytes, sum(len(n) for n in names))
        # A digit after a shared word stays out of its octal escape.
        self.assertEqual(namepack.c_text([0, "2"]), "\\0012")


class BadSpecs(unittest.TestCase):
    def test_each_bad_spec_gets_its_error_line(self):
        cases = sorted(f for f in os.listdir(BAD) if f.endswith(".yaml"))
        self.assertGreaterEqual(len(cases), 8)
        for case in cases:
            with self.subTest(case=case):
                bad = yaml.safe_load(open(os.path.join(BAD, case),
                                          encoding="utf-8"))
                with tempfile.TemporaryDirectory() as tmp:
                    spec = make_spec(tmp)
                    path = os.path.join(spec, bad["file"])
                    text = open(path, encoding="utf-8").read()
                    self.assertIn(bad["find"], text, "case does not apply")
                    with open(path, "w", encoding="utf-8") as f:
                        f.write(text.replace(bad["find"], bad["replace"], 1))
                    r = run_ffagen(tmp, "--spec", "spec", "--out", "out")
                self.assertEqual(r.returncode, 1, r.stderr)
                self.assertNotIn("Traceback", r.stderr)
                lines = r.stderr.strip().splitlines()
                self.assertTrue(any(line.startswith(bad["expect"])
                                    for line in lines),
                                f"expected a line starting with\n"
                                f"  {bad['expect']}\ngot:\n  " +
                                "\n  ".join(lines))
                for line in lines:
                    self.assertRegex(line, r"^spec/[a-z]+\.yaml:\d+: \S")


class CheckMode(unittest.TestCase):
    """--check on a copy of the real tree."""

    def setUp(self):
        self.tmp = tempfile.mkdtemp()
        for d in ("spec", "generated"):
            shutil.copytree(os.path.join(ROOT, d), os.path.join(self.tmp, d))

    def tearDown(self):
        shutil.rmtree(self.tmp)

    def check(self):
        return run_ffagen(self.tmp, "--spec", "spec", "--out", "generated",
                          "--check")

    def test_clean_tree_passes(self):
        r = self.check()
        self.assertEqual(r.returncode, 0, r.stderr)

    def test_changed_spec_field_fails_and_names_files(self):
        path = os.path.join(self.tmp, "spec", "functions.yaml")
        text = open(path, encoding="utf-8").read()
        changed = re.sub(r"(name: id-get\n    number: )0x69", r"\g<1>0xa9",
                         text, count=1)
        self.assertTrue(text != changed, "id-get not found")
        with open(path, "w", encoding="utf-8") as f:
            f.write(changed)
        r = self.check()
        self.assertEqual(r.returncode, 1)
        self.assertRegex(r.stderr, r"generated/include/ffa/ffa_abi\.h: stale")
        self.assertRegex(r.stderr, r"generated/src/ffa_dispatch\.c: stale")
        self.assertIn("python3 generator/ffagen.py", r.stderr)

    def test_hand_edit_of_generated_file_fails(self):
        path = os.path.join(self.tmp, "generated", "src", "ffa_dispatch.c")
        with open(path, "a", encoding="utf-8") as f:
            f.write("/* hand edit */\n")
        r = self.check()
        self.assertEqual(r.returncode, 1)
        self.assertIn("ffa_dispatch.c: stale", r.stderr)

    def test_file_no_longer_generated_fails_then_goes(self):
        # A generated file whose template went away: --check names it,
        # a normal run deletes it.
        path = os.path.join(self.tmp, "generated", "src", "ffa_old.c")
        with open(path, "w", encoding="utf-8") as f:
            f.write("/*\n * FFA-GEN src/ffa_old.c\n */\n")
        r = self.check()
        self.assertEqual(r.returncode, 1)
        self.assertIn("ffa_old.c: no longer generated", r.stderr)
        r = run_ffagen(self.tmp, "--spec", "spec", "--out", "generated")
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertFalse(os.path.exists(path))
        self.assertEqual(self.check().returncode, 0)


class RealSpec(unittest.TestCase):
    """The spec holds every FF-A 1.0 to 1.2 id, and the 1.3 ones."""

    # number: conventions, from DEN0077A 1.0-1.3 (see shared/FFA-FACTS.md).
    IDS = {
        0x60: {32}, 0x61: {32, 64}, 0x62: {32}, 0x63: {32}, 0x64: {32},
        0x65: {32}, 0x66: {32, 64}, 0x67: {32}, 0x68: {32}, 0x69: {32},
        0x6A: {32}, 0x6B: {32}, 0x6C: {32}, 0x6D: {32}, 0x6E: {32},
        0x6F: {32, 64}, 0x70: {32, 64}, 0x71: {32, 64}, 0x72: {32, 64},
        0x73: {32, 64}, 0x74: {32, 64}, 0x75: {32}, 0x76: {32}, 0x77: {32},
        0x78: {32}, 0x79: {32}, 0x7A: {32}, 0x7B: {32}, 0x7C: {32},
        0x7D: {32}, 0x7E: {32}, 0x7F: {32}, 0x80: {32}, 0x81: {32},
        0x82: {32}, 0x83: {32, 64}, 0x84: {32}, 0x85: {32}, 0x86: {32},
        0x87: {32, 64}, 0x88: {32, 64}, 0x89: {32, 64}, 0x8A: {32, 64},
        0x8B: {64}, 0x8C: {32}, 0x8D: {64}, 0x8E: {64}, 0x8F: {64},
        0x90: {32, 64},
    }

    def test_every_id_is_in_the_spec_and_the_reference(self):
        spec = yaml.safe_load(open(os.path.join(ROOT, "spec",
                                                "functions.yaml")))
        got = {f["number"]: {int(c[3:]) for c in f["conventions"]}
               for f in spec["functions"]}
        for number, convs in self.IDS.items():
            self.assertIn(number, got, f"{number:#x} missing")
            self.assertTrue(convs <= got[number],
                            f"{number:#x}: {got[number]} lacks {convs}")
        ref = open(os.path.join(ROOT, "generated", "docs",
                                "ffa-reference.md")).read()
        for number, convs in self.IDS.items():
            for c in convs:
                fid = (0xC4000000 if c == 64 else 0x84000000) | number
                self.assertIn(f"{fid:#010x}", ref)


if __name__ == "__main__":
    unittest.main()
