# SPDX-License-Identifier: MIT
"""run.py's own machinery, without QEMU: the watchdog that stops a silent
machine, and the checks that read the console (a guest whose calls the
mediator never saw, memory transactions and their handles)."""
import io
import os
import sys
import time
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import run  # noqa: E402


def el2_line(conduit, call, reply, share=None):
    """A line as el2/calllog.c prints it."""
    regs = lambda r: " ".join(f"{v:x}" for v in (r + [0] * 18)[:18])
    tail = f" [share {share[0]:#x}: {share[1]} pages]" if share else ""
    return f"el2: call VM 1 by {conduit}: {regs(call)} -> {regs(reply)}{tail}\n"


SHARE, RECLAIM, SUCCESS = 0xc4000073, 0x84000077, 0x84000061


def share(handle):
    return el2_line("SMC", [SHARE, 0x70, 0x70],
                    [SUCCESS, 0, handle & 0xffffffff, handle >> 32],
                    (handle, 1))


def reclaim(handle):
    return el2_line("HVC", [RECLAIM, handle & 0xffffffff, handle >> 32],
                    [SUCCESS])


class Watch(unittest.TestCase):
    def test_silent_machine_is_stopped_well_before_the_limit(self):
        log = io.BytesIO()
        t0 = time.monotonic()
        status = run.watch(["sh", "-c", "echo booting; echo last words; "
                            "exec sleep 60"], log, silence=2, limit=50)
        self.assertEqual(status, "silent")
        self.assertLess(time.monotonic() - t0, 20)
        text = log.getvalue().decode()
        self.assertEqual(run.last_printed(text), "last words")
        [(what, passed)] = run.silence_checks(status, text, 2)
        self.assertFalse(passed)
        self.assertIn("printed nothing for 2 s", what)
        self.assertIn("'last words'", what)

    def test_talking_machine_runs_to_the_limit(self):
        log = io.BytesIO()
        status = run.watch(["sh", "-c", "while :; do echo tick; sleep 0.2; "
                            "done"], log, silence=3, limit=2)
        self.assertEqual(status, "timeout")
        self.assertFalse(run.silence_checks(status, "tick\n", 3)[0][1])

    def test_exit_status_is_returned(self):
        log = io.BytesIO()
        self.assertEqual(run.watch(["sh", "-c", "echo hi; exit 3"], log,
                                   silence=5, limit=20), 3)
        self.assertEqual(log.getvalue(), b"hi\n")
        self.assertEqual(run.silence_checks(3, "hi\n", 5), [])


class Checks(unittest.TestCase):
    def test_linux_alone_saying_ffa_found_is_not_enough(self):
        # What issue 14 saw: HVC went to EL3 unmediated, Linux still
        # printed this line, and the check passed.
        text = "[    3.37] ARM FF-A: Firmware version 1.2 found\n"
        [found, devices] = run.checks(0, text, "", "sim")[:2]
        self.assertFalse(found[1])
        self.assertFalse(devices[1])

    def test_discovery_through_the_mediator(self):
        log = "".join(
            f"ffa call: VM 0x1 vCPU 0: {name} (0x0): handled, w0 {w0:#x} "
            f"w2 {w2:#x}\n" for name, w0, w2 in [
                ("FFA_VERSION_32", 0x10002, 0),
                ("FFA_ID_GET_32", SUCCESS, 1),
                ("FFA_RXTX_MAP_64", SUCCESS, 0),
                ("FFA_PARTITION_INFO_GET_REGS_64", 0xc4000061, 0x30003)])
        self.assertTrue(run.mediated_discovery(log))
        # The SPMC's answer to ID_GET is 0 (the hypervisor's id), not the VM's.
        self.assertFalse(run.mediated_discovery(
            log.replace("FFA_ID_GET_32 (0x0): handled, w0 0x84000061 w2 0x1",
                        "FFA_ID_GET_32 (0x0): handled, w0 0x84000061 w2 0x0")))

    def test_two_shares_with_their_own_handles_both_reclaimed(self):
        text = share(0x1) + share(0x2) + reclaim(0x2) + reclaim(0x1)
        [(what, passed)] = run.share_checks(run.el2_calls(text))
        self.assertTrue(passed, what)
        self.assertIn("0x1, 0x2", what)

    def test_the_same_handle_twice_fails(self):
        text = share(0x5) + reclaim(0x5) + share(0x5) + reclaim(0x5)
        [(what, passed)] = run.share_checks(run.el2_calls(text))
        self.assertFalse(passed)
        self.assertIn("the same handle twice", what)

    def test_a_share_never_reclaimed_fails(self):
        text = share(0x100000001) + share(0x100000002) + reclaim(0x100000001)
        [(what, passed)] = run.share_checks(run.el2_calls(text))
        self.assertFalse(passed)
        self.assertIn("never reclaimed: 0x100000002", what)

    def test_no_share_at_all_fails(self):
        self.assertFalse(run.share_checks([])[0][1])

    def test_a_panic_is_named(self):
        line = ("el3: PANIC: unexpected exception from EL2: ESR 0x66000000 "
                "ELR 0x40201814 FAR 0x0")
        [(what, passed)] = run.panic_checks("booting\n" + line + "\n")
        self.assertFalse(passed)
        self.assertIn("ELR 0x40201814", what)
        self.assertTrue(run.panic_checks("booting\n")[0][1])
        stop = ("el2: the Linux guest stopped: ESR 0x92000046 ELR "
                "0xffff800080001000 FAR 0x1000")
        [(what, passed)] = run.panic_checks(stop + "\n")
        self.assertFalse(passed)
        self.assertIn("FAR 0x1000", what)

    def test_conduit_is_the_one_asked_for(self):
        off = ("el2: the Linux guest turned itself off (PSCI 0x84000008 by "
               "HVC) after 20 FF-A calls\n")
        self.assertTrue(run.conduit_checks("hvc", off)[0][1])
        self.assertFalse(run.conduit_checks("smc", off)[0][1])
        # EL3 turned the machine off: EL2 never saw the guest's call.
        self.assertFalse(run.conduit_checks("hvc", "el3: SPMC at power-off\n")[0][1])


if __name__ == "__main__":
    unittest.main()
