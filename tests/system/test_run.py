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


def el2_line(conduit, call, reply, share=None, vm=1):
    """A line as el2/calllog.c prints it."""
    regs = lambda r: " ".join(f"{v:x}" for v in (r + [0] * 18)[:18])
    tail = f" [share {share[0]:#x}: {share[1]} pages]" if share else ""
    return f"el2: call VM {vm} by {conduit}: {regs(call)} -> {regs(reply)}{tail}\n"


SHARE, RECLAIM, SUCCESS = 0xc4000073, 0x84000077, 0x84000061


def share(handle, vm=1):
    return el2_line("SMC", [SHARE, 0x70, 0x70],
                    [SUCCESS, 0, handle & 0xffffffff, handle >> 32],
                    (handle, 1), vm)


def reclaim(handle, vm=1):
    return el2_line("HVC", [RECLAIM, handle & 0xffffffff, handle >> 32],
                    [SUCCESS], vm=vm)


def verdict(results):
    """All of share_checks' results passed, and what they said."""
    return (all(passed for _, passed in results),
            "; ".join(what for what, _ in results))


def guest_start(number, count, vm):
    """The line el2/linux.c prints as it boots a guest."""
    return (f"el2: Linux guest {number} of {count}, VM {vm}: 256 MiB of RAM "
            f"at IPA 0x40000000, stage 2 maps it to PA 0x50000000; entry "
            f"0x40200000\n")


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
        [(what, passed)] = run.silence_checks(status, "tick\n", 3, 600)
        self.assertFalse(passed)
        self.assertIn("within 600 s", what)

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
        text = (guest_start(1, 1, 1)
                + "[    3.37] ARM FF-A: Firmware version 1.2 found\n")
        [found, devices] = run.checks(0, text, "", "sim")[:2]
        self.assertIn("FF-A 1.2", found[0])
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
        passed, what = verdict(run.share_checks(run.el2_calls(text)))
        self.assertTrue(passed, what)
        self.assertIn("0x1, 0x2", what)

    def test_fewer_shares_than_optee_driver_loads_fails(self):
        text = share(0x1) + reclaim(0x1)
        self.assertFalse(verdict(run.share_checks(run.el2_calls(text), 2))[0])

    def test_a_crashed_guest_may_leave_shares_to_the_teardown(self):
        text = share(0x1) + share(0x2) + reclaim(0x1)
        passed, what = verdict(run.share_checks(run.el2_calls(text),
                                                crashed=True))
        self.assertTrue(passed, what)
        self.assertIn("reclaimed 1 of its 2", what)

    def test_a_reclaim_before_its_share_does_not_count(self):
        text = reclaim(0x1) + share(0x1)
        passed, what = verdict(run.share_checks(run.el2_calls(text)))
        self.assertFalse(passed)
        self.assertIn("never reclaimed: 0x1", what)

    def test_each_guest_is_its_own_vm(self):
        # With --guests each guest's calls are its VM's: VM 2 reclaiming
        # VM 1's handle does not reclaim VM 1's share.
        text = share(0x1, vm=1) + share(0x2, vm=2) + reclaim(0x1, vm=2) \
            + reclaim(0x2, vm=2)
        self.assertFalse(verdict(run.share_checks(run.el2_calls(text, 1)))[0])
        self.assertEqual(len(run.el2_calls(text, 2)), 3)
        passed, what = verdict(run.share_checks(run.el2_calls(text, 2)))
        self.assertTrue(passed, what)
        self.assertIn("0x2", what)
        self.assertNotIn("0x1,", what)

    def test_the_same_handle_twice_fails(self):
        text = share(0x5) + reclaim(0x5) + share(0x5) + reclaim(0x5)
        passed, what = verdict(run.share_checks(run.el2_calls(text)))
        self.assertFalse(passed)
        self.assertIn("the same handle twice", what)

    def test_a_share_never_reclaimed_fails(self):
        text = share(0x100000001) + share(0x100000002) + reclaim(0x100000001)
        passed, what = verdict(run.share_checks(run.el2_calls(text)))
        self.assertFalse(passed)
        self.assertIn("never reclaimed: 0x100000002", what)

    def test_no_share_at_all_fails(self):
        self.assertFalse(verdict(run.share_checks([]))[0])

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
        off = ("el2: the Linux guest of VM 1 turned itself off (PSCI "
               "0x84000008 by HVC) after 20 FF-A calls\n")
        self.assertTrue(run.conduit_checks("hvc", off)[0][1])
        self.assertFalse(run.conduit_checks("smc", off)[0][1])
        # Every guest of a run, not only the first.
        reset = ("el2: the Linux guest of VM 2 reset itself (PSCI "
                 "0x84000009 by SMC) after 20 FF-A calls\n")
        self.assertFalse(run.conduit_checks("hvc", off + reset)[0][1])
        # EL3 turned the machine off: EL2 never saw the guest's call.
        self.assertFalse(run.conduit_checks("hvc", "el3: SPMC at power-off\n")[0][1])


if __name__ == "__main__":
    unittest.main()
