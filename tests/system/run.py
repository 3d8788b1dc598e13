#!/usr/bin/env python3
"""Boot an unmodified Debian arm64 Linux through the mediator, and judge it.

    run.py [--build DIR] [--firmware sim|optee|tfa] [--kernel VERSION]
           [--guests N] [--init FILE] [--cache DIR] [--log FILE]
           [--cpu MODEL] [--conduit smc|hvc] [--silence SECONDS]

prepares the guest (linux/prepare.py: the kernel, its FF-A and OP-TEE
modules in an initramfs, a device tree), boots it under the EL2
hypervisor with the secure firmware of --firmware (machine.py: sim, the
simulated SPMC at EL3; optee, real OP-TEE as the SPMC; tfa, TF-A's EL3
SPMC with OP-TEE as a partition), and checks what Linux, the mediator and
(real firmware) OP-TEE's own log printed: FF-A 1.2 negotiated through
the mediator (its own log, not only Linux's), a device for every
partition, OP-TEE's driver initialised with a MEM_SHARE and a MEM_RECLAIM
through the mediator, each handle its own and reclaimed, the session it
opened, and once the guest turned itself off (or crashed), the
hypervisor's destroy of the VM ending with nothing left. With --guests N,
N guests boot one after another in one machine, each a new VM, each
checked; --init adds a script of the user's to the guest's /init. --cpu
and --conduit choose the CPU model and the guest's SMCCC conduit (each
adds its checks); a machine silent for --silence seconds is stopped.
Prints a short account (each guest's FF-A calls with their arguments and
replies, named from spec/); exit 0 when every check passed.
"""
import argparse
import os
import re
import select
import struct
import subprocess
import sys
import time
import types

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import machine  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))

# The guest's view (its IPA space) and where QEMU puts the files (physical,
# tests/system/el2/memmap.h): the hypervisor copies them in through stage 2.
RAM_IPA, RAM_SIZE = 0x40000000, 0x10000000
KERNEL_IPA = RAM_IPA + 0x200000          # 2 MiB aligned, as booting.rst asks
DTB_IPA, INITRD_IPA = 0x48000000, 0x48200000
BOOT_INFO_PA = 0x42000000
STAGING = {"Image": 0x44000000, "guest.dtb": 0x47f00000,
           "initramfs.cpio.gz": 0x48000000}
BOOT_INFO_MAGIC = 0x58554E494C414646     # "FFALINUX"
BOOT_MAX_IMAGES = 4                      # el2/linux.h
TIMEOUT = 300    # seconds of wall clock for one boot, then QEMU is killed
# Seconds without a byte on the console after which a run is stopped as
# hung (--silence): a loaded machine's Linux boot has pauses of a few.
SILENCE = 60
# Linux's FF-A driver maps its notification interrupts on a GICv3 only.
GIC = 3

# The TA Linux's optee driver asks for first: device enumeration
# (drivers/tee/optee/device.c), through an argument page it shares.
DEVICE_ENUM_TA = "7011a688-ddde-4053-a5a9-7b3c4ddf13b8"

# What each firmware has and does (REAL-SPMC.md). partitions: what Linux
# must find; notifications: whether FF-A notifications can work at all;
# vm_messages: whether OP-TEE is told of VMs (and so logs their removal).
FIRMWARE = {
    # The simulated SPMC's standard partitions (tests/spmc); 0x8002
    # answers as OP-TEE does.
    "sim": {"partitions": {0x8001, 0x8002, 0x8003}, "notifications": True,
            "vm_messages": False},
    # A: OP-TEE is the SPMC, one partition (itself), told of every VM.
    "optee": {"partitions": {0x8001}, "notifications": True,
              "vm_messages": True},
    # B: TF-A's EL3 SPMC has no notifications (Linux's driver still finds
    # the mediator's own, between VMs) and no per-VM state; OP-TEE (0x8001)
    # is its one partition.
    "tfa": {"partitions": {0x8001}, "notifications": True,
            "vm_messages": False},
}


def prepare(args, out):
    cmd = [sys.executable, os.path.join(HERE, "linux", "prepare.py"),
           "--out", out, "--ram-base", hex(RAM_IPA), "--ram-size",
           hex(RAM_SIZE), "--initrd-ipa", hex(INITRD_IPA), "--gic", str(GIC)]
    if args.kernel:
        cmd += ["--kernel", args.kernel]
    if args.init:
        cmd += ["--init", args.init]
    if args.cache:
        cmd += ["--cache", args.cache]
    # The device tree's PSCI method is Linux's SMCCC conduit, and so FF-A's.
    cmd += ["--psci-method", args.conduit]
    # prepare.py said what went wrong (a kernel that does not exist: which do).
    if subprocess.run(cmd).returncode != 0:
        raise SystemExit("run.py: the guest could not be prepared (above)")


def kernel_entry(image):
    """KERNEL_IPA plus the Image header's text_offset."""
    with open(image, "rb") as f:
        head = f.read(64)
    if head[0x38:0x3c] != b"ARM\x64":
        raise SystemExit(f"{image} is not an arm64 Image")
    text_offset, image_size = struct.unpack_from("<QQ", head, 8)
    if KERNEL_IPA + text_offset + image_size > DTB_IPA:
        raise SystemExit(f"the kernel ({image_size} bytes) would overlap "
                         f"the device tree at {DTB_IPA:#x}")
    return KERNEL_IPA + text_offset


def write_boot_info(out, entry, guests):
    """struct boot_info (el2/linux.h) for the hypervisor."""
    ipas = {"Image": entry, "guest.dtb": DTB_IPA,
            "initramfs.cpio.gz": INITRD_IPA}
    blob = struct.pack("<6Q", BOOT_INFO_MAGIC, RAM_IPA, RAM_SIZE, entry,
                       DTB_IPA, len(STAGING))
    for name, pa in STAGING.items():
        blob += struct.pack("<3Q", pa, ipas[name],
                            os.path.getsize(os.path.join(out, name)))
    blob += bytes(24 * (BOOT_MAX_IMAGES - len(STAGING)))
    blob += struct.pack("<Q", guests)
    path = os.path.join(out, "boot.bin")
    with open(path, "wb") as f:
        f.write(blob)
    return path


def watch(argv, log, silence, limit):
    """Run argv with its output going to the binary file log as it comes;
    stop it once it printed nothing for silence seconds, or ran for limit
    seconds. Returns its exit status, or "silent" or "timeout" (also when
    a coreutils timeout in argv ended it: 124, 137)."""
    proc = subprocess.Popen(argv, stdin=subprocess.DEVNULL,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    fd = proc.stdout.fileno()
    start = last = time.monotonic()
    stopped = None
    while True:
        now = time.monotonic()
        if now - last >= silence:
            stopped = "silent"
        elif now - start >= limit:
            stopped = "timeout"
        if stopped:
            break
        ready, _, _ = select.select([fd], [], [], 0.5)
        if ready:
            chunk = os.read(fd, 65536)
            if not chunk:
                break       # it closed its output: it is ending
            log.write(chunk)
            log.flush()
            last = time.monotonic()
    if stopped:
        proc.terminate()    # coreutils timeout passes it on to QEMU
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
    proc.stdout.close()
    status = proc.wait()
    return stopped or ("timeout" if status in (124, 137) else status)


def last_printed(text):
    """The last line the machine printed (for a run that stopped)."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return lines[-1] if lines else "(nothing)"


def boot(build, out, log_path, firmware, secure_path, guests=1,
         cpu=machine.DEFAULT_CPU, silence=SILENCE):
    """Run the machine (QEMU's -cpu cpu) for guests guests one after
    another, stopped after silence seconds without output (each gap
    between two lines, whichever guest printed them) or TIMEOUT seconds
    per guest in all; (exit status or "silent"/"timeout", console text,
    secure UART text, seconds)."""
    loads = [(write_boot_info(out, kernel_entry(os.path.join(out, "Image")),
                              guests), BOOT_INFO_PA)]
    loads += [(os.path.join(out, name), pa) for name, pa in STAGING.items()]
    argv = machine.qemu_command(build, loads=loads, gic=GIC, firmware=firmware,
                                secure_log=secure_path,
                                limit=TIMEOUT * guests, cpu=cpu)
    if os.path.exists(secure_path):
        os.unlink(secure_path)
    t0 = time.monotonic()
    with open(log_path, "wb") as log:
        status = watch(argv, log, silence, TIMEOUT * guests + 10)
    secure = ""
    if firmware != "sim" and os.path.exists(secure_path):
        with open(secure_path, errors="replace") as f:
            secure = f.read()
    with open(log_path, errors="replace") as f:
        return status, f.read(), secure, time.monotonic() - t0


# Checks real firmware is known to fail, with the reason: reported as KNOWN
# and not counted against the run; once they pass they say so. None now:
# configuration B's OP-TEE failed every retrieve until its manifest named
# the normal world's RAM (ns-memory, firmware/optee_sp_manifest_tfa.dts).
KNOWN = {}


def known_failure(firmware, what):
    return next((why for (fw, start), why in KNOWN.items()
                 if fw == firmware and what.startswith(start)), None)


# The mediator's log of one call of a VM (runtime/src/call.c).
def mediator_calls(text, vm):
    """[(name, verdict, w0, w2)] (hex strings) the mediator logged for VM vm."""
    return re.findall(rf"ffa call: VM {vm:#x} vCPU \d+: (FFA_\w+) "
                      r"\(0x[0-9a-f]+\): (\w+), w0 (0x[0-9a-f]+) w2 "
                      r"(0x[0-9a-f]+)", text)


def mediator_saw(text, name, w0=None, w2=None, vm=1):
    """Whether the mediator handled a call of the Linux VM named name (a
    prefix: FFA_RXTX_MAP matches _64), with these w0 and w2 when given
    (w0 a value or a tuple of values)."""
    for fn, verdict, got0, got2 in mediator_calls(text, vm):
        if not fn.startswith(name) or verdict != "handled":
            continue
        if w0 is not None and int(got0, 16) not in (
                w0 if isinstance(w0, tuple) else (w0,)):
            continue
        if w2 is None or int(got2, 16) == w2:
            return True
    return False


def mediated_discovery(text, vm=1):
    """Linux's driver start-up as the mediator saw it: its own answers to
    VERSION (1.2) and ID_GET (the VM's id, vm: an SPMC asked directly says
    0, the hypervisor's), the RX/TX pair mapped and the partitions listed.
    Without these the guest talked to someone else (issue 14: HVC went to
    EL3 unmediated, and the guest's log alone still looked right)."""
    return (mediator_saw(text, "FFA_VERSION", w0=0x10002, vm=vm)
            and mediator_saw(text, "FFA_ID_GET", w0=FFA_SUCCESS, w2=vm, vm=vm)
            and mediator_saw(text, "FFA_RXTX_MAP", w0=FFA_SUCCESS, vm=vm)
            and (mediator_saw(text, "FFA_PARTITION_INFO_GET_REGS",
                              w0=FFA_SUCCESS, vm=vm)
                 or mediator_saw(text, "FFA_PARTITION_INFO_GET_32",
                                 w0=FFA_SUCCESS, vm=vm)))


GUEST_START = re.compile(r"^el2: Linux guest (\d+) of (\d+), VM (\d+):", re.M)
FFA_SUCCESS = (0x84000061, 0xc4000061)


def guest_segments(text):
    """[(number, VM id, text)]: each guest's part of the console, from its
    boot to the next guest's (its VM's teardown included)."""
    starts = list(GUEST_START.finditer(text))
    return [(int(m.group(1)), int(m.group(3)),
             text[m.start():starts[i + 1].start() if i + 1 < len(starts)
                  else len(text)])
            for i, m in enumerate(starts)]


# EL2's line for each FF-A call of a guest (el2/calllog.c).
EL2_CALL = re.compile(r"el2: call VM (\d+) by (SMC|HVC):((?: [0-9a-f]+){18}) "
                      r"->((?: [0-9a-f]+){18})"
                      r"(?: \[share (0x[0-9a-f]+): (\d+) pages\])?")


def el2_calls(text, vm=1):
    """The FF-A calls of a VM as EL2 logged them: dicts with conduit, call
    and reply (18 registers each) and pages (of the transaction the reply
    created, or None)."""
    return [{"conduit": m.group(2),
             "call": [int(v, 16) for v in m.group(3).split()],
             "reply": [int(v, 16) for v in m.group(4).split()],
             "pages": int(m.group(6)) if m.group(6) else None}
            for m in EL2_CALL.finditer(text) if int(m.group(1)) == vm]


def call_describer():
    """describe(call, reply, version) -> (call text, reply text), every
    field named from spec/ by the scenario runner's codec."""
    sys.path.insert(0, os.path.join(os.path.dirname(HERE), "scenario"))
    import scenario  # noqa: E402
    codec = scenario.codec()
    runner = scenario.Runner(codec, types.SimpleNamespace(path="linux"),
                             None, argparse.Namespace(all=False, trace=False))

    def describe(call, reply, version):
        fn, smc64, _ = codec.function(call[0])
        return (runner.describe_call(call, fn, smc64, version),
                runner.describe(reply, fn, smc64, version))
    return describe


def fid_name(fid):
    sys.path.insert(0, os.path.join(os.path.dirname(HERE), "scenario"))
    import scenario  # noqa: E402
    return scenario.codec().fid_name(fid) or hex(fid)


def negotiated(calls):
    """The version the guest's FFA_VERSION got (1.2 if none)."""
    for c in calls:
        if fid_name(c["call"][0]) == "FFA_VERSION_32" and \
                not c["reply"][0] >> 31:
            return (c["reply"][0] >> 16, c["reply"][0] & 0xffff)
    return (1, 2)


def handle_of(lo, hi):
    return (lo & 0xffffffff) | (hi & 0xffffffff) << 32


def share_checks(calls, loads=1, crashed=False):
    """[(what, passed)]: the MEM_SHAREs and MEM_LENDs of one guest (its
    calls as EL2 logged them) that the mediator answered with success, at
    least one per load of the optee driver (loads; real OP-TEE's driver
    shares twice per probe), each with a handle of its own, and each
    reclaimed after it was made; a guest that crashed reclaims at most
    those (the teardown takes the rest: teardown_checks)."""
    made, reclaimed = [], []
    for c in calls:
        name, ok = fid_name(c["call"][0]), fid_name(c["reply"][0])
        if not (ok or "").startswith("FFA_SUCCESS"):
            continue
        if name.startswith(("FFA_MEM_SHARE", "FFA_MEM_LEND")):
            made.append(handle_of(c["reply"][2], c["reply"][3]))
        elif name.startswith("FFA_MEM_RECLAIM"):
            handle = handle_of(c["call"][1], c["call"][2])
            # A reclaim of a handle not (yet) given out is not one of these.
            if handle in made:
                reclaimed.append(handle)
    unique = len(set(made)) == len(made)
    left = [h for h in made if h not in reclaimed]
    listed = ", ".join(hex(h) for h in made) or "none"
    out = [(f"{len(made)} memory transaction(s) through the mediator, at "
            f"least one per load of the optee driver ({loads}), each with a "
            f"handle of its own (handles: {listed}"
            + ("; the same handle twice" if not unique else "") + ")",
            len(made) >= loads >= 1 and unique)]
    if crashed:
        out.append((f"the guest reclaimed {len(made) - len(left)} of its "
                    f"{len(made)} transactions before it crashed, each once",
                    len(set(reclaimed)) == len(reclaimed)))
    else:
        out.append((f"each of them reclaimed through the mediator "
                    f"({len(made) - len(left)} of {len(made)}"
                    + (f"; never reclaimed: {', '.join(hex(h) for h in left)}"
                       if left else "") + ")",
                    bool(made) and not left))
    return out


def ending_checks(text, vm):
    """How the guest ended: its script's end and a power-off, or a crash
    it announced (crash in the init script) and a reset."""
    announced = "ffa-test: crashing on purpose" in text
    off = f"el2: the Linux guest of VM {vm} turned itself off" in text
    reset = f"el2: the Linux guest of VM {vm} reset itself" in text
    failures = re.findall(r"ffa-test: FAIL .*", text)
    out = [("no \"ffa-test: FAIL\" line from the guest"
            + (f" (it printed: {'; '.join(f.strip() for f in failures)})"
               if failures else ""), not failures)]
    if announced:
        out.append(("the guest crashed on purpose and the hypervisor saw its "
                    "PSCI SYSTEM_RESET", reset and not off))
    else:
        out.append(("the guest ran its script to the end and turned itself "
                    "off (PSCI SYSTEM_OFF)", "ffa-test: done" in text and off))
    return out


def teardown_checks(text, secure, vm, firmware):
    """The hypervisor destroyed the VM through the mediator, and nothing of
    it is left anywhere (el2/teardown.c prints what it found)."""
    out = [
        ("the hypervisor destroyed the VM and the mediator's teardown "
         "completed", f"el2: VM {vm} destroyed: the teardown is complete" in text),
        ("nothing of the VM left in the mediator or stage 2: no memory "
         "transaction, buffer mapping, pinned or withheld page, preempted "
         "call; its mediator slot free",
         f"el2: left of VM {vm}: 0 memory transactions, 0 buffer mappings, "
         "0 claimed pages, 0 pages withheld, 0 preempted calls, mediator slot "
         "free" in text),
        ("its stage 2 and RAM released for the next guest",
         f"el2: VM {vm}'s stage 2 and RAM released" in text),
    ]
    if firmware == "sim":
        m = re.search(rf"el2: SPMC on VM {vm}: before the teardown (\d+) "
                      r"transactions, buffers (\w+), known to (\d+) "
                      r"partitions, notification bitmaps (\w+); after: (\d+) "
                      r"transactions, buffers (\w+), known to (\d+) partitions, "
                      r"notification bitmaps (\w+)", text)
        before = f" (before it: {m.group(1)} transactions, buffers {m.group(2)}, " \
                 f"bitmaps {m.group(4)})" if m else ""
        out += [
            ("the SPMC holds nothing of the VM after the teardown: no "
             "transaction, buffers or notification bitmaps" + before,
             m is not None and m.group(5) == "0" and m.group(6) == "unmapped"
             and m.group(8) == "absent"),
            ("VM destroyed messages delivered: the partition told of the VM's "
             "creation knew it, none knows it after",
             m is not None and int(m.group(3)) >= 1 and m.group(7) == "0"),
        ]
    if FIRMWARE[firmware]["vm_messages"]:
        out.append((f"OP-TEE removed the guest (its log: \"Removing guest {vm}\")",
                    re.search(rf"Removing guest {vm}\b", secure) is not None))
    return out


def guest_checks(text, secure, vm, firmware):
    """[(what, passed)] for one guest's part of the console."""
    fw = FIRMWARE[firmware]
    devices = {int(m.group(1), 16) for m in
               re.finditer(r"ffa-test: device \S+ id=(0x[0-9a-f]+)", text)}
    partitions = fw["partitions"]
    crashed = "ffa-test: crashing on purpose" in text
    out = [
        ("Linux's FF-A driver found FF-A 1.2, from the mediator (its log "
         f"of VM {vm}'s VERSION, ID_GET with id {vm}, RXTX_MAP, "
         "PARTITION_INFO_GET)",
         "ARM FF-A: Firmware version 1.2 found" in text
         and mediated_discovery(text, vm)),
        ("a device for every partition: " +
         ", ".join(hex(p) for p in sorted(partitions)),
         partitions <= devices and mediated_discovery(text, vm)),
    ]
    if fw["notifications"]:
        out.append(
            ("Linux's FF-A driver enabled notifications (no \"Notification "
             "setup failed\"; the SRI id came from the mediator)",
             "ARM FF-A: Firmware version" in text
             and "Notification setup failed" not in text
             and re.search(rf"VM {vm:#x} vCPU \d+: FFA_FEATURES_32 "
                           r"\(0x84000064\): handled, w0 0x84000061 w2 0x8\b",
                           text) is not None))
    else:
        out.append(
            ("no notifications with this SPMC: Linux's FF-A driver says "
             "\"Notification setup failed\" and goes on",
             "Notification setup failed" in text))
    out.append(
        ("optee: initialized driver, its direct requests answered through "
         "the mediator",
         "optee: initialized driver" in text
         and mediator_saw(text, "FFA_MSG_SEND_DIRECT_REQ",
                          w0=(0x84000070, 0xc4000070), vm=vm)))
    out += share_checks(el2_calls(text, vm),
                        text.count("ffa-test: insmod optee ok"), crashed)
    if firmware == "optee":
        # OP-TEE logs nothing per guest when it works; Linux's optee driver
        # binds OP-TEE's notifications through the mediator, then enables them.
        out.append(
            ("asynchronous notifications set up: the guest's NOTIFICATION_BIND "
             "through the mediator succeeded, no \"Failed to initialize async "
             "notifications\" from Linux nor an error from OP-TEE",
             re.search(rf"VM {vm:#x} vCPU \d+: FFA_NOTIFICATION_BIND_32 "
                       r"\(0x8400007f\): handled, w0 0x84000061", text) is not None
             and "Failed to initialize async notifications" not in text
             and "Asynchronous notifications are not ready" not in secure))
    return out + ending_checks(text, vm) + teardown_checks(text, secure, vm, firmware)


def final_checks(status, text, secure, firmware, guests):
    """[(what, passed)] for the whole run, after its last guest."""
    ran = guest_segments(text)
    optee_loads = len(re.findall(r"ffa-test: insmod optee ok", text))
    out = [(f"{guests} guest(s) booted one after another, each a new VM",
            [vm for _, vm, _ in ran] == list(range(1, guests + 1)))]
    if firmware == "sim":
        sessions = re.search(r"el3: OP-TEE partition 0x8002: [1-9]\d* calls read "
                             r"their argument page, (\d+) opened a session, the "
                             r"last for TA " + DEVICE_ENUM_TA, text)
        out.append(
            ("OP-TEE's partition read the session request Linux wrote in the "
             "shared page, once per load of the optee driver "
             f"({optee_loads}; TA {DEVICE_ENUM_TA})",
             sessions is not None and int(sessions.group(1)) >= optee_loads >= 1))
    else:
        out.append(
            ("OP-TEE opened the device enumeration session Linux asked for "
             "through the shared page, for every guest (its own log: \"Open "
             "device.pta\")", secure.count("Open device.pta") >= guests))
    out.append((f"every VM torn down with nothing left ({guests} of {guests}), "
                "then the machine powered off",
                f"el2: {guests} guests ran, {guests} torn down with nothing "
                "left; the machine powers off" in text))
    if firmware == "sim":
        out.append(("the SPMC at power-off holds nothing of any VM: no buffers, "
                    "transactions, notification bitmaps, VMs known to "
                    "partitions",
                    "el3: SPMC at power-off: buffers of VMs [ ], transactions "
                    "of VMs [ ], notification bitmaps of VMs [ ], VMs known to "
                    "partitions [ ]" in text))
    out.append(("QEMU ended with status 0 (the hypervisor ended the machine)",
                status == 0))
    return out


# What Linux says when it finds a CPU's optional parts usable, per -cpu
# model that has them: each fails if EL3 or EL2 still traps it (the run
# then stops with a panic) or hides it.
CPU_FEATURES = {
    "max": [
        ("SVE", r"SVE: maximum available vector length \d+"),
        ("SME", r"SME: maximum available vector length \d+"),
        ("pointer authentication",
         r"CPU features: detected: Address authentication"),
    ],
}


def cpu_checks(cpu, text):
    """[(what, passed)]: the guest found and used what --cpu has."""
    features = CPU_FEATURES.get(cpu, [])
    if not features:
        return []
    names = ", ".join(name for name, _ in features)
    return [(f"-cpu {cpu}: Linux uses {names} (EL3 and EL2 leave them "
             f"untrapped)",
             all(re.search(rx, text) for _, rx in features))]


def conduit_checks(conduit, text):
    """[(what, passed)]: the guest called by the conduit asked for, and
    the hypervisor, not EL3, saw its PSCI SYSTEM_OFF (an unmediated
    conduit ends QEMU from EL3 before the VM is destroyed)."""
    ends = re.findall(r"el2: the Linux guest of VM \d+ (?:turned itself off|"
                      r"reset itself) \(PSCI \S+ by (SMC|HVC)\) after (\d+) "
                      r"FF-A calls", text)
    return [(f"every guest made its calls by {conduit.upper()} and the "
             f"hypervisor took them (its SYSTEM_OFF or SYSTEM_RESET and the "
             f"FF-A calls counted at EL2)",
             bool(ends) and all(by == conduit.upper() and int(n) > 0
                                for by, n in ends))]


# EL3's or EL2's panic, or the guest stopped by a trap EL2 does not handle.
PANIC = re.compile(r"^(?:el[23]: PANIC: |el2: the Linux guest stopped: ).*$",
                   re.M)


def panic_checks(text):
    """[(what, passed)]: neither the firmware nor the hypervisor stopped
    the machine on an exception; when one did, its line (ESR, ELR, FAR)."""
    panics = PANIC.findall(text)
    if not panics:
        return [("no PANIC of EL3 or EL2 (an exception they did not expect)",
                 True)]
    return [(f"no PANIC of EL3 or EL2, but: {panics[0].strip()}", False)]


def silence_checks(status, text, silence, limit=TIMEOUT):
    """[(what, passed)]: the machine did not hang (silence seconds without
    output) nor reach the overall limit (limit seconds: TIMEOUT per
    guest); when it did, what it last said."""
    if status == "silent":
        return [(f"the machine kept talking: it printed nothing for "
                 f"{silence} s (--silence), the last it printed was: "
                 f"{last_printed(text)!r}", False)]
    if status == "timeout":
        return [(f"the machine ended within {limit} s; the last it "
                 f"printed was: {last_printed(text)!r}", False)]
    return []


REPLY_WIDTH = 300   # a partition list is long: the account shows its start


def print_calls(calls, whose="Linux"):
    describe = call_describer()
    version = negotiated(calls)
    print(f"FF-A calls EL2 took from {whose} and the mediator's replies "
          f"({len(calls)}):")
    for c in calls:
        call, reply = describe(c["call"], c["reply"], version)
        pages = "" if c["pages"] is None else \
            f" [{c['pages']} page{'s' if c['pages'] != 1 else ''}]"
        if len(reply) > REPLY_WIDTH:
            reply = reply[:REPLY_WIDTH] + " ..."
        print(f"  {c['conduit']} {call}\n      -> {reply}{pages}")


def checks(status, text, secure, firmware, guests=1):
    """[(what, passed)] in the order a reader wants them: each guest's,
    then the run's."""
    out = []
    for number, vm, part in guest_segments(text):
        prefix = f"guest {number} (VM {vm}): " if guests > 1 else ""
        out += [(prefix + what, ok)
                for what, ok in guest_checks(part, secure, vm, firmware)]
    return out + final_checks(status, text, secure, firmware, guests)


def account(status, text, secure, seconds, log_path, firmware, secure_path,
            guests=1, extra=()):
    """The short, readable report; True when every check passed. extra:
    more (what, passed) checks, from the run's options."""
    print("The hypervisor:")
    for line in text.splitlines():
        if line.startswith("el2: ") and not EL2_CALL.match(line):
            print("  " + line.strip())
    # Each guest is its own VM (ids 1..N), its calls in its own part.
    for number, vm, part in guest_segments(text):
        print_calls(el2_calls(part, vm),
                    f"guest {number} (VM {vm})" if guests > 1 else "Linux")
    print("What Linux printed about FF-A and OP-TEE:")
    for line in text.splitlines():
        if re.search(r"ARM FF-A|optee|ffa-test|tee:|el3: OP-TEE|el3: SPMC", line):
            print("  " + line.strip())
    if firmware != "sim":
        print("What OP-TEE logged about the guest (secure UART):")
        for line in secure.splitlines():
            if re.search(r"Open device\.pta|Asynchronous notif|guest|[Ee]rror"
                         r"|Panic|Notif|SPMC|Lookup pseudo", line):
                print("  " + line.strip())
    results = checks(status, text, secure, firmware, guests) + list(extra)
    print("Verdict:")
    ok = True
    for what, passed in results:
        why = known_failure(firmware, what)
        if passed:
            print(f"  PASS  {what}" + (" (listed as a known failure: drop "
                                       "it from run.py's KNOWN)" if why else ""))
        elif why:
            print(f"  KNOWN FAIL  {what}: {why}")
        else:
            print(f"  FAIL  {what}")
            ok = False
    print(f"{'PASSED' if ok else 'FAILED'} in {seconds:.1f} s "
          f"(QEMU status {status}; the whole console is in {log_path}"
          + (f", the secure UART in {secure_path}" if firmware != "sim"
             else "") + ")")
    return ok


def guest_count(text):
    """--guests: 1 to the hypervisor's limit (el2/linux.c)."""
    n = int(text)
    if not 1 <= n <= 999:
        raise argparse.ArgumentTypeError("give 1 to 999 guests")
    return n


def readable_file(path):
    if not os.path.isfile(path):
        raise argparse.ArgumentTypeError(f"no file {path}")
    return os.path.abspath(path)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--build", default=machine.DEFAULT_BUILD)
    ap.add_argument("--firmware", choices=machine.FIRMWARES, default="sim",
                    help="the secure firmware: sim (the simulated SPMC at "
                    "EL3), optee (OP-TEE as the SPMC) or tfa (TF-A's EL3 "
                    "SPMC with OP-TEE as a partition)")
    ap.add_argument("--kernel", help="a Debian arm64 kernel with FF-A: a "
                    "flavour (cloud-arm64, arm64, arm64-16k, rt-arm64: its "
                    "default), a release such as 7.3.4+deb13-arm64-16k or a "
                    "package name (-unsigned for the unsigned package), or "
                    "latest; default: the cloud flavour's default (the "
                    "newest in trixie-backports when first fetched). Not "
                    "remembered for later runs")
    ap.add_argument("--guests", type=guest_count, default=1, metavar="N",
                    help="boot N guests one after another in one machine, "
                    "each a new VM (ids 1..N) destroyed through the "
                    "mediator when it powers off or crashes; default 1")
    ap.add_argument("--init", metavar="FILE", type=readable_file,
                    help="a shell script of yours that the guest's /init "
                    "runs after loading the FF-A and OP-TEE drivers and "
                    "before unloading them (README.md says what it may "
                    "rely on)")
    ap.add_argument("--cache", help="download cache (default "
                    "~/.cache/ffa-mediator/linux)")
    ap.add_argument("--cpu", default=machine.DEFAULT_CPU,
                    help="QEMU's CPU model (default %(default)s); max has "
                    "SVE, SME and pointer authentication, which a 16K-page "
                    "kernel needs")
    ap.add_argument("--conduit", choices=("smc", "hvc"), default="smc",
                    help="how the guest calls FF-A and PSCI: the device "
                    "tree's PSCI method, which Linux's FF-A driver follows "
                    "(default %(default)s); the hypervisor mediates both")
    ap.add_argument("--silence", type=int, default=SILENCE,
                    help="seconds without console output after which the "
                    "run is stopped as hung, saying what it printed last "
                    "(default %(default)s; each gap between two lines, "
                    f"whichever guest printed them; the whole run may take "
                    f"{TIMEOUT} s per guest)")
    ap.add_argument("--log", help="console log (default BUILD/linux.log, "
                    "BUILD/linux-FIRMWARE.log for real firmware; the secure "
                    "UART beside it, .secure.log)")
    args = ap.parse_args()
    out = os.path.join(args.build, "linux")
    os.makedirs(out, exist_ok=True)
    prepare(args, out)
    name = "linux" if args.firmware == "sim" else f"linux-{args.firmware}"
    log_path = args.log or os.path.join(args.build, f"{name}.log")
    secure_path = os.path.splitext(log_path)[0] + ".secure.log"
    status, text, secure, seconds = boot(args.build, out, log_path,
                                         args.firmware, secure_path,
                                         args.guests, args.cpu, args.silence)
    extra = (panic_checks(text)
             + silence_checks(status, text, args.silence,
                              TIMEOUT * args.guests)
             + cpu_checks(args.cpu, text) + conduit_checks(args.conduit, text))
    return 0 if account(status, text, secure, seconds, log_path,
                        args.firmware, secure_path, args.guests, extra) else 1


if __name__ == "__main__":
    sys.exit(main())
