"""The QEMU machine of the system test: EL3 firmware, EL2 hypervisor.

Shared by scenario-engine (the conformance scenarios on the machine) and
run.py (the Linux guest). Memory map: tests/system/el2/memmap.h.
"""
import os
import shutil

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(
    os.path.abspath(__file__))))
DEFAULT_BUILD = os.path.join(ROOT, "build", "system")
HYP_PA = 0x40200000


def images(build):
    """The firmware and hypervisor images of a build; exits if missing."""
    firmware = os.path.join(build, "el3", "firmware.bin")
    hyp = os.path.join(build, "el2", "hyp.bin")
    for path in (firmware, hyp):
        if not os.path.exists(path):
            raise SystemExit(f"no {path}: build the system test first "
                             f"(cmake -S tests/system -B {build})")
    return firmware, hyp


def qemu_command(build, memory="1G", loads=(), gic=2):
    """qemu-system-aarch64 for EL3 + EL2 + EL1, the UART on stdio.

    loads: (file, physical address) pairs for QEMU's generic loader;
    gic: the interrupt controller's version, 2 or 3.
    """
    qemu = shutil.which("qemu-system-aarch64")
    if qemu is None:
        raise SystemExit("qemu-system-aarch64 is missing (Debian package "
                         "qemu-system-arm)")
    firmware, hyp = images(build)
    argv = [qemu, "-M", f"virt,virtualization=on,secure=on,gic-version={gic}",
            "-cpu", "cortex-a57", "-smp", "1", "-m", memory,
            "-display", "none", "-monitor", "none", "-serial", "stdio",
            "-nic", "none", "-semihosting", "-bios", firmware,
            "-device", f"loader,file={hyp},addr={HYP_PA:#x},force-raw=on"]
    for path, addr in loads:
        argv += ["-device", f"loader,file={path},addr={addr:#x},force-raw=on"]
    return argv
