# SPDX-License-Identifier: MIT
"""xen.py's reading of the shared console, without QEMU or Xen: which
lines are dom0's, the dom0less domUs' and Xen's own."""
import os
import sys
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import xen  # noqa: E402


class Consoles(unittest.TestCase):
    def test_lines_by_source(self):
        dom0, domu, lender, own = xen.consoles(
            "[    1.0] dom0 line\n(XEN) DOM1: domU line\n(XEN) DOM2: lender line\n"
            "(XEN) ffa: VM 0x1 destroyed\n")
        self.assertEqual(dom0, "[    1.0] dom0 line")
        self.assertEqual(domu, "domU line")
        self.assertEqual(lender, "lender line")
        self.assertEqual(own, "ffa: VM 0x1 destroyed")

    def test_xen_line_inside_a_dom0_line(self):
        """dom0 writes its console a character at a time; Xen's own lines
        (a domU's relayed output among them) can land in the middle of one.
        The console of a CI run, whose line ends the console doubles: dom0's
        "optee: initialized driver" was cut by domU 1's line."""
        dom0, domu, _, own = xen.consoles(
            "[    7.197333] optee: revision 4.10\n\n"
            "[    7.288485] o(XEN) DOM1: ffa-test: device arm-ffa-5 id=0x0002\n\n"
            "ptee: initialized driver\n\n"
            "ffa-test: insmod optee ok\n\n"
            "ffa-test: /dev/tee0 present(XEN) DOM1: ffa-test: 5 arm_ffa devices\n\n"
            "(XEN) DOM1: ffa-test: domU ready\n\n\n\n"
            "ffa-test: /dev/teepriv0 present\n\n"
            "(XEN) ffa: VM 0x1 vCPU 0: FFA_MEM_RECLAIM_32\n")
        self.assertIn("[    7.288485] optee: initialized driver\n", dom0)
        self.assertIn("ffa-test: insmod optee ok", dom0)
        self.assertIn("ffa-test: /dev/tee0 present", dom0)
        self.assertIn("ffa-test: /dev/teepriv0 present", dom0)
        self.assertNotIn("(XEN)", dom0)
        self.assertEqual(domu.splitlines(), ["ffa-test: device arm-ffa-5 id=0x0002",
                                             "ffa-test: 5 arm_ffa devices",
                                             "ffa-test: domU ready"])
        self.assertEqual(own, "ffa: VM 0x1 vCPU 0: FFA_MEM_RECLAIM_32")


if __name__ == "__main__":
    unittest.main()
