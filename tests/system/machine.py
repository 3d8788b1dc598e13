"""The QEMU machine of the system test: EL3 firmware, EL2 hypervisor.

Shared by scenario-engine (the conformance scenarios on the machine) and
run.py (the Linux guest). Memory map: tests/system/el2/memmap.h.

The secure firmware is the project's own (sim: the simulated SPMC at EL3)
or real firmware built from Debian's sources (firmware/firmware.py):
optee, OP-TEE as the SPMC (configuration A); tfa, TF-A's EL3 SPMC with
OP-TEE as a partition (B). Real firmware logs on the secure UART (QEMU's
second serial port), which goes to its own file.
"""
import os
import shutil
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(
    os.path.abspath(__file__))))
DEFAULT_BUILD = os.path.join(ROOT, "build", "system")
HYP_PA = 0x40200000
FIRMWARES = ("sim", "optee", "tfa")
DEFAULT_CPU = "cortex-a57"
# el2/firmware.h: the word that tells the hypervisor which firmware it has.
FW_INFO_PA = 0x42001000
FW_INFO_MAGIC = 0x46464657
FW_KIND = {"sim": 0, "optee": 1, "tfa": 2}
# common/include/sys/testfault.h: a fault injected into the hypervisor or
# the firmware (FFA_SYSTEM_FAULT), for a test that proves a check bites.
TEST_FAULT_PA = 0x42001008
TEST_FAULT_MAGIC = 0x544C5546
TEST_FAULTS = {"clobber_x8_x17": 1, "el3_trap_sve": 2, "hvc_to_el3": 3}


def real_firmware(firmware):
    """The -bios image of real firmware, built or taken from the cache."""
    sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                    "firmware"))
    import firmware as fw  # noqa: E402
    try:
        image, _, _ = fw.build(firmware, fw.default_cache(), 2)
    except fw.Failure as e:
        raise SystemExit(f"firmware.py: error: {e}")
    return image


def images(build):
    """The firmware and hypervisor images of a build; exits if missing."""
    firmware = os.path.join(build, "el3", "firmware.bin")
    hyp = os.path.join(build, "el2", "hyp.bin")
    for path in (firmware, hyp):
        if not os.path.exists(path):
            raise SystemExit(f"no {path}: build the system test first "
                             f"(cmake -S tests/system -B {build})")
    return firmware, hyp


def qemu_command(build, memory="1G", loads=(), gic=2, firmware="sim",
                 secure_log=None, limit=None, cpu=DEFAULT_CPU):
    """qemu-system-aarch64 for EL3 + EL2 + EL1, the UART on stdio.

    loads: (file, physical address) pairs for QEMU's generic loader;
    gic: the interrupt controller's version, 2 or 3 (real firmware is
    built for 3); firmware: one of FIRMWARES; secure_log: the file the
    secure UART goes to (real firmware only); limit: seconds of wall
    clock after which the machine is killed (coreutils timeout); cpu:
    QEMU's -cpu model (max has SVE, SME and pointer authentication, which
    EL3 and EL2 then enable for the guest).
    """
    qemu = shutil.which("qemu-system-aarch64")
    if qemu is None:
        raise SystemExit("qemu-system-aarch64 is missing (Debian package "
                         "qemu-system-arm)")
    bios, hyp = images(build)
    serial = ["-serial", "stdio"]
    if firmware != "sim":
        bios = real_firmware(firmware)
        gic = 3
        serial += ["-serial", f"file:{secure_log}" if secure_log else "null"]
    argv = [qemu, "-M", f"virt,virtualization=on,secure=on,gic-version={gic}",
            "-cpu", cpu, "-smp", "1", "-m", memory,
            "-display", "none", "-monitor", "none", *serial,
            "-nic", "none", "-semihosting", "-bios", bios,
            "-device", f"loader,file={hyp},addr={HYP_PA:#x},force-raw=on"]
    if firmware != "sim":
        word = FW_INFO_MAGIC << 32 | FW_KIND[firmware]
        argv += ["-device", f"loader,addr={FW_INFO_PA:#x},data={word:#x},data-len=8"]
    fault = os.environ.get("FFA_SYSTEM_FAULT")
    if fault:
        if fault not in TEST_FAULTS:
            raise SystemExit(f"FFA_SYSTEM_FAULT={fault}: none of "
                             f"{', '.join(TEST_FAULTS)}")
        word = TEST_FAULT_MAGIC << 32 | TEST_FAULTS[fault]
        argv += ["-device", f"loader,addr={TEST_FAULT_PA:#x},data={word:#x},data-len=8"]
    for path, addr in loads:
        argv += ["-device", f"loader,file={path},addr={addr:#x},force-raw=on"]
    if limit:
        argv = [shutil.which("timeout") or "/usr/bin/timeout", "-k", "5",
                str(limit)] + argv
    return argv
