#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""The mediator inside Debian's Xen, on the system test's machine.

    xen.py boot  [--build DIR]       fetch, patch, build Xen with the port;
                                     boot it with dom0 and two dom0less domUs
    xen.py check GROUP [--build DIR] judge the last boot's console (GROUP:
                                     dom0, domu, teardown, lend)
    xen.py demo  [--build DIR]       boot and print a readable account

Xen's source is bookworm's `xen` (apt-get source through a private apt
configuration, cached in ~/.cache/ffa-mediator/xen); ports/xen/install.sh
puts the adapter, the runtime and the generated code into it. The machine:
the system test's EL3 firmware (-bios), a shim at EL2 that starts the
SPMC and enters Xen, dom0 = Debian's Linux with the Linux guest test's
modules and checks, domU 1 = the same Linux (its own initramfs), domU 2 =
a bare-metal guest that lends a page, reclaims it and shares another.
dom0 destroys both domUs while their FF-A buffers are mapped and a share
is open. See README.md ("The Xen system test").
"""
import argparse
import fcntl
import glob
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
SYSTEM = os.path.dirname(HERE)
ROOT = os.path.dirname(os.path.dirname(SYSTEM))
sys.path.insert(0, SYSTEM)
sys.path.insert(0, os.path.join(SYSTEM, "linux"))
import machine  # noqa: E402
import prepare  # noqa: E402

XEN_SOURCE = "xen"
XEN_VERSION = "4.17.5+72-g01140da4e8-1"   # bookworm's; the only one the archive serves
XEN_SUITE = "bookworm"
KEYRING = "/usr/share/keyrings/debian-archive-keyring.gpg"
CROSS = "aarch64-linux-gnu-"
JOBS = "2"

# Xen's configuration: TEE and the port on, debug console on QEMU's PL011.
XEN_CONFIG = """CONFIG_UNSUPPORTED=y
CONFIG_EXPERT=y
CONFIG_TEE=y
CONFIG_FFA_MEDIATOR=y
CONFIG_DEBUG=y
CONFIG_EARLY_PRINTK=y
CONFIG_EARLY_UART_CHOICE_PL011=y
CONFIG_EARLY_UART_BASE_ADDRESS=0x09000000
"""

# Physical memory (QEMU -m 1G at 0x40000000): the first 4 MiB hold QEMU's
# own device tree and the shim, reserved in Xen's.
MEMORY = "1G"
SHIM_PA = 0x40200000
XEN_PA = 0x40400000
DTB_PA = 0x40800000
LENDER_PA = 0x40a00000
KERNEL_PA = 0x41000000       # dom0's and domU 1's kernel: one module, shared
DOM0_INITRD_PA = 0x44000000
DOMU_INITRD_PA = 0x45000000
GIC = 3
TIMEOUT = 600

DOMU_READY = "ffa-test: domU ready"
LENDER_READY = "lender: ready, buffers mapped and a share open"
PARTITIONS = {0x8001, 0x8002, 0x8003}
DEVICE_ENUM_TA = "7011a688-ddde-4053-a5a9-7b3c4ddf13b8"


class Failure(Exception):
    """A problem to report in one line."""


def log(message):
    print(f"xen.py: {message}", file=sys.stderr, flush=True)


def run(cmd, what, **kwargs):
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, **kwargs)
    if r.returncode != 0:
        sys.stderr.write(r.stdout.decode(errors="replace")[-4000:])
        raise Failure(f"{what} exited with status {r.returncode}")
    return r.stdout.decode(errors="replace")


def cache_root():
    return os.path.join(os.environ.get("XDG_CACHE_HOME") or
                        os.path.join(os.path.expanduser("~"), ".cache"), "ffa-mediator")


# ---------------------------------------------------------------- the source

def apt_options(root):
    """apt-get with its own deb-src list, lists and cache: the machine's
    apt state is left alone. Only bookworm: its xen is the one served."""
    return prepare.private_apt_options(root, [
        f"deb-src [signed-by={KEYRING}] {prepare.machine_archive_uri()} "
        f"{XEN_SUITE} main"])


def fetch_source(cache):
    """The .dsc of Xen's source package, downloaded once."""
    src = os.path.join(cache, XEN_VERSION)
    dsc = os.path.join(src, f"{XEN_SOURCE}_{XEN_VERSION}.dsc")
    if os.path.exists(os.path.join(src, "complete")):
        return dsc
    opts = apt_options(os.path.join(cache, "apt"))
    log(f"apt-get source {XEN_SOURCE}={XEN_VERSION} ({XEN_SUITE}, deb-src)")
    scratch = tempfile.mkdtemp(prefix=".download-", dir=cache)
    try:
        for cmd in (["apt-get", "-q", *opts, "update"],
                    ["apt-get", "-q", *opts, "source", "--download-only",
                     f"{XEN_SOURCE}={XEN_VERSION}"]):
            r = subprocess.run(cmd, cwd=scratch, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
            out = r.stdout.decode(errors="replace")
            if r.returncode != 0 or re.search(r"^(W: Failed|E: |Err:)", out, re.M):
                lines = out.splitlines()
                why = next((l for pattern in (r"W: Failed to fetch", r"E: ") for l in lines
                            if re.match(pattern, l)), f"apt-get exited with status {r.returncode}")
                why = re.sub(r"\s+", " ", why)
                raise Failure(f"cannot fetch Xen {XEN_VERSION} source from the Debian archive "
                              f"({prepare.machine_archive_uri()}): {why.strip()}")
        if os.path.exists(src):
            shutil.rmtree(src)
        os.rename(scratch, src)
    finally:
        if os.path.exists(scratch):
            shutil.rmtree(scratch)
    open(os.path.join(src, "complete"), "w").close()
    return dsc


# ---------------------------------------------------------------- the build

def digest(paths):
    h = hashlib.sha256()
    for path in paths:
        h.update(path.encode() + b"\0")
        with open(path, "rb") as f:
            h.update(f.read())
    return h.hexdigest()[:16]


def port_files():
    """What install.sh puts into Xen's tree (README and COPYING do not count)."""
    port = os.path.join(ROOT, "ports/xen")
    return [os.path.join(port, "install.sh"), os.path.join(port, "ffa_xen.c")] + \
        sorted(glob.glob(os.path.join(port, "include/*.h"))) + \
        sorted(glob.glob(os.path.join(port, "patches/*.patch")))


def mediator_files():
    files = [os.path.join(ROOT, "cmake/ffa_sources.cmake")]
    for pattern in ("runtime/include/ffa/*.h", "runtime/src/*", "generated/include/ffa/*.h",
                    "generated/src/*.c"):
        files += sorted(glob.glob(os.path.join(ROOT, pattern)))
    return files


def configured_tree(cache, dsc):
    """Xen's source, patched and configured; one tree per patch series and
    configuration, made once."""
    patches = sorted(glob.glob(os.path.join(ROOT, "ports/xen/patches/*.patch")))
    key = digest(patches + [os.path.join(ROOT, "ports/xen/install.sh")])
    key = hashlib.sha256((key + XEN_CONFIG).encode()).hexdigest()[:12]
    tree = os.path.join(cache, "build", f"{XEN_VERSION}-{key}")
    if os.path.exists(os.path.join(tree, ".ffa-configured")):
        return tree
    log(f"unpacking and configuring Xen {XEN_VERSION} in {tree}")
    if os.path.exists(tree):
        shutil.rmtree(tree)
    os.makedirs(os.path.dirname(tree), exist_ok=True)
    run(["dpkg-source", "--no-check", "-x", dsc, tree], "dpkg-source -x")
    run([os.path.join(ROOT, "ports/xen/install.sh"), tree], "ports/xen/install.sh")
    with open(os.path.join(tree, "xen", ".config"), "w") as f:
        f.write(XEN_CONFIG)
    run(["make", "-C", os.path.join(tree, "xen"), "XEN_TARGET_ARCH=arm64",
         f"CROSS_COMPILE={CROSS}", "olddefconfig"], "make olddefconfig")
    config = open(os.path.join(tree, "xen", ".config")).read()
    for line in XEN_CONFIG.split():
        if line not in config:
            raise Failure(f"Xen's olddefconfig dropped {line}")
    open(os.path.join(tree, ".ffa-configured"), "w").close()
    return tree


def build_xen(cache, dest):
    """Xen with the port, copied to dest under the cache's lock: several
    checkouts (and their ./run test) share one tree per patch series."""
    os.makedirs(cache, exist_ok=True)
    with open(os.path.join(cache, "lock"), "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        binary, seconds = build_xen_locked(cache)
        shutil.copyfile(binary, dest)
    return dest, seconds


def build_xen_locked(cache):
    """Xen with the port; rebuilt only when the port or the mediator changed.
    Returns (path of the xen binary, seconds spent building, 0 if cached)."""
    tree = configured_tree(cache, fetch_source(cache))
    key = digest(port_files() + mediator_files())
    binary = os.path.join(tree, "xen", "xen")
    stamp = os.path.join(tree, ".ffa-built")
    if os.path.exists(binary) and os.path.exists(stamp) and open(stamp).read() == key:
        return binary, 0.0
    run([os.path.join(ROOT, "ports/xen/install.sh"), "--sources-only", tree], "install.sh")
    log(f"building Xen (make -j{JOBS}; a cold build takes a few minutes)")
    t0 = time.monotonic()
    run(["make", "-C", os.path.join(tree, "xen"), f"-j{JOBS}", "XEN_TARGET_ARCH=arm64",
         f"CROSS_COMPILE={CROSS}"], "Xen's make")
    seconds = time.monotonic() - t0
    prepare.write_atomic(stamp, key.encode())
    return binary, seconds


# ---------------------------------------------------------------- the guests

# dom0 runs the Linux guest test's script (linux/prepare.py), and before
# its end waits for both domUs to be ready and destroys domU 2 (the
# lender), as a toolstack would after a crash: its buffers are still mapped
# and a share open. Then domU 1, whose optee share OP-TEE's partition has
# retrieved: it lets go when told the VM is destroyed.
DOM0_TEARDOWN = r"""
echo "ffa-test: dom0 destroys domU 2"
if insmod /lib/modules/xen_privcmd.ko && /bin/xenctl wait-console "@READY@" 300 \
		&& /bin/xenctl wait-console "@LENDER@" 300 && /bin/xenctl destroy 2; then
	echo "ffa-test: domU 2 destroyed"
else
	echo "ffa-test: FAIL destroying domU 2"
fi
echo "ffa-test: dom0 destroys domU 1"
if /bin/xenctl destroy 1; then
	echo "ffa-test: domU 1 destroyed"
else
	echo "ffa-test: FAIL destroying domU 1"
fi
"""

DOMU_SCRIPT = r"""#!/bin/sh
# domU 1: load the FF-A and OP-TEE drivers, report, and stay up with the
# buffers mapped and optee's shared memory open until dom0 destroys it.
/bin/busybox --install -s
mount -t proc proc /proc
mount -t sysfs sysfs /sys
mount -t devtmpfs devtmpfs /dev
echo "ffa-test: domU init started, kernel $(uname -r)"
for m in @MODULES@; do
	if insmod "/lib/modules/$m.ko"; then
		echo "ffa-test: insmod $m ok"
	else
		echo "ffa-test: FAIL insmod $m"
	fi
done
count=0
for d in /sys/bus/arm_ffa/devices/*; do
	[ -e "$d" ] || continue
	echo "ffa-test: device ${d##*/} id=$(cat "$d/partition_id") uuid=$(cat "$d/uuid")"
	count=$((count + 1))
done
echo "ffa-test: $count arm_ffa devices"
[ -e /dev/tee0 ] && echo "ffa-test: /dev/tee0 present"
echo "@READY@"
while true; do sleep 3600; done
"""


def initramfs(busybox, modules, names, init, extra=()):
    entries = [(d, prepare.S_IFDIR | 0o755, b"", (0, 0))
               for d in ("bin", "dev", "lib", "lib/modules", "proc", "sbin", "sys",
                         "usr", "usr/bin", "usr/sbin")]
    entries += [
        ("dev/console", prepare.S_IFCHR | 0o600, b"", (5, 1)),
        ("bin/busybox", prepare.S_IFREG | 0o755, busybox, (0, 0)),
        ("bin/sh", prepare.S_IFLNK | 0o777, b"busybox", (0, 0)),
        ("init", prepare.S_IFREG | 0o755, init.encode(), (0, 0)),
    ]
    entries += [(f"lib/modules/{n}.ko", prepare.S_IFREG | 0o644, modules.chosen[n], (0, 0))
                for n in names]
    entries += list(extra)
    import gzip
    return gzip.compress(prepare.cpio_newc(entries), compresslevel=6, mtime=0)


def cross_compile(out, name, argv):
    path = os.path.join(out, name)
    run([f"{CROSS}gcc", *argv, "-o", path], f"{CROSS}gcc {name}")
    return path


def build_guests(out):
    """Image, dom0's and domU 1's initramfs, dom0's xenctl, the shim and
    the lender; returns {name: path}."""
    cache = prepare.Cache(os.path.join(cache_root(), "linux"))
    kernel = prepare.choose_kernel(cache, None)
    debs = prepare.fetch(cache, kernel)
    image, modules = prepare.guest_kernel(
        [deb for package, deb in debs.items() if package != "busybox-static"], kernel)
    ffa = modules.load_order(prepare.FFA_MODULES)
    tee = modules.load_order(prepare.TEE_MODULES)
    privcmd = modules.load_order(["xen_privcmd"])
    if privcmd != ["xen_privcmd"]:
        raise Failure(f"xen_privcmd needs modules the test does not load: {privcmd}")
    busybox = prepare.deb_file(debs["busybox-static"], "bin/busybox")

    xenctl = cross_compile(out, "xenctl", ["-static", "-O2", "-s", "-Wall", "-Wextra", "-Werror",
                                           os.path.join(HERE, "xenctl.c")])
    dom0_init = prepare.INIT_SCRIPT \
        .replace("@FFA_MODULES@", " ".join(ffa)).replace("@TEE_MODULES@", " ".join(tee)) \
        .replace('echo "ffa-test: done"\n',
                 DOM0_TEARDOWN.replace("@READY@", DOMU_READY).replace("@LENDER@", LENDER_READY) + 'echo "ffa-test: done"\n')
    if DOMU_READY not in dom0_init:
        raise Failure("linux/prepare.py's init script has no 'ffa-test: done' line to extend")
    files = {"Image": image}
    files["dom0.cpio.gz"] = initramfs(
        busybox, modules, ffa + tee + privcmd, dom0_init,
        [("bin/xenctl", prepare.S_IFREG | 0o755, open(xenctl, "rb").read(), (0, 0))])
    files["domu.cpio.gz"] = initramfs(
        busybox, modules, ffa + tee,
        DOMU_SCRIPT.replace("@MODULES@", " ".join(ffa + tee)).replace("@READY@", DOMU_READY))
    paths = {}
    for name, data in files.items():
        paths[name] = os.path.join(out, name)
        prepare.write_atomic(paths[name], data)
    elf = cross_compile(out, "shim.elf", ["-nostdlib", "-static", f"-DXEN_PA={XEN_PA:#x}",
                                          f"-DDTB_PA={DTB_PA:#x}", f"-Wl,-Ttext={SHIM_PA:#x}",
                                          "-Wl,--build-id=none", os.path.join(HERE, "shim.S")])
    paths["shim.bin"] = os.path.join(out, "shim.bin")
    run([f"{CROSS}objcopy", "-O", "binary", elf, paths["shim.bin"]], "objcopy shim")
    elf = cross_compile(out, "lender.elf", [
        "-O2", "-Wall", "-Wextra", "-Werror", "-ffreestanding", "-fno-pic", "-fno-pie", "-no-pie",
        "-mgeneral-regs-only", "-mstrict-align", "-fno-stack-protector", "-nostdlib", "-static",
        f"-Wl,-T,{os.path.join(HERE, 'lender.ld')}", "-Wl,--build-id=none",
        "-Wl,--no-warn-rwx-segments", os.path.join(HERE, "lender_start.S"),
        os.path.join(HERE, "lender.c")])
    paths["lender.bin"] = os.path.join(out, "lender.bin")
    run([f"{CROSS}objcopy", "-O", "binary", elf, paths["lender.bin"]], "objcopy lender")
    return paths, kernel


# ---------------------------------------------------------------- the machine

def machine_args(build):
    argv = machine.qemu_command(build, memory=MEMORY, gic=GIC)
    # machine.py loads the system test's own EL2 hypervisor; here the shim
    # and Xen take EL2, so drop that loader.
    i = next(i for i, a in enumerate(argv) if a.startswith("loader,") and
             f"addr={machine.HYP_PA:#x}" in a)
    return argv[:i - 1] + argv[i + 1:]


def device_tree(build, out, paths):
    """QEMU's own tree (dumped with the same -bios), plus PSCI, Xen's and
    dom0's command lines, the boot modules and the dom0less domUs."""
    argv = machine_args(build)
    m = argv.index("-M")
    argv[m + 1] += f",dumpdtb={os.path.join(out, 'qemu.dtb')}"
    run(argv, "qemu-system-aarch64 dumpdtb", stdin=subprocess.DEVNULL)
    dts = run(["dtc", "-q", "-I", "dtb", "-O", "dts", os.path.join(out, "qemu.dtb")], "dtc")
    size = lambda name: os.path.getsize(paths[name])
    dts = dts.replace("/dts-v1/;", f"/dts-v1/;\n/memreserve/ 0x40000000 {XEN_PA - 0x40000000:#x};", 1)
    dts += f"""
/ {{
	psci {{
		compatible = "arm,psci-1.0", "arm,psci-0.2";
		method = "smc";
	}};
	chosen {{
		#address-cells = <2>;
		#size-cells = <2>;
		xen,xen-bootargs = "console=dtuart dtuart=/pl011@9000000 dom0_mem=384M dom0_max_vcpus=1 loglvl=all guest_loglvl=all conring_size=1M ffa-verbose";
		xen,dom0-bootargs = "console=hvc0 earlycon=xenboot rdinit=/init";
		module@{KERNEL_PA:x} {{
			compatible = "multiboot,kernel", "multiboot,module";
			reg = <0x0 {KERNEL_PA:#x} 0x0 {size('Image'):#x}>;
		}};
		module@{DOM0_INITRD_PA:x} {{
			compatible = "multiboot,ramdisk", "multiboot,module";
			reg = <0x0 {DOM0_INITRD_PA:#x} 0x0 {size('dom0.cpio.gz'):#x}>;
		}};
		domU1 {{
			compatible = "xen,domain";
			#address-cells = <2>;
			#size-cells = <2>;
			memory = <0x0 0x30000>;
			cpus = <1>;
			vpl011;
			xen,tee;
			module@{KERNEL_PA:x} {{
				compatible = "multiboot,kernel", "multiboot,module";
				reg = <0x0 {KERNEL_PA:#x} 0x0 {size('Image'):#x}>;
				bootargs = "console=ttyAMA0 rdinit=/init";
			}};
			module@{DOMU_INITRD_PA:x} {{
				compatible = "multiboot,ramdisk", "multiboot,module";
				reg = <0x0 {DOMU_INITRD_PA:#x} 0x0 {size('domu.cpio.gz'):#x}>;
			}};
		}};
		domU2 {{
			compatible = "xen,domain";
			#address-cells = <2>;
			#size-cells = <2>;
			memory = <0x0 0x4000>;
			cpus = <1>;
			vpl011;
			xen,tee;
			module@{LENDER_PA:x} {{
				compatible = "multiboot,kernel", "multiboot,module";
				reg = <0x0 {LENDER_PA:#x} 0x0 {size('lender.bin'):#x}>;
			}};
		}};
	}};
}};
"""
    src = os.path.join(out, "xen.dts")
    prepare.write_atomic(src, dts.encode())
    path = os.path.join(out, "xen.dtb")
    run(["dtc", "-q", "-I", "dts", "-O", "dtb", "-o", path, src], "dtc xen.dts")
    return path


def boot(build, out, xen, paths, log_path):
    loads = [(paths["shim.bin"], SHIM_PA), (xen, XEN_PA), (paths["xen.dtb"], DTB_PA),
             (paths["Image"], KERNEL_PA), (paths["dom0.cpio.gz"], DOM0_INITRD_PA),
             (paths["domu.cpio.gz"], DOMU_INITRD_PA), (paths["lender.bin"], LENDER_PA)]
    argv = machine_args(build)
    for path, addr in loads:
        argv += ["-device", f"loader,file={path},addr={addr:#x},force-raw=on"]
    t0 = time.monotonic()
    with open(log_path, "w") as f:
        try:
            status = subprocess.run(argv, stdin=subprocess.DEVNULL, stdout=f,
                                    stderr=subprocess.STDOUT, timeout=TIMEOUT).returncode
        except subprocess.TimeoutExpired:
            status = "timeout"
    return status, time.monotonic() - t0


# ---------------------------------------------------------------- the checks

def consoles(text):
    """(dom0's lines, domU 1's, domU 2's, Xen's): Xen prefixes its own
    with (XEN), and a dom0less domU's vpl011 output with (XEN) DOMn:.
    dom0 writes a character at a time, so a line of Xen's may start in the
    middle of one of dom0's: what came before it is joined to dom0's next
    line that is not empty, where the rest of that line is (the console
    doubles line ends, so the empty lines between say nothing)."""
    dom0, domu, lender, xen = [], [], [], []
    cut = ""  # the start of a dom0 line a Xen line broke into
    for line in text.splitlines():
        at = line.find("(XEN)")
        if at > 0:
            cut += line[:at]
            line = line[at:]
        m = re.match(r"\(XEN\) DOM([12]): (.*)", line)
        if m:
            (domu if m.group(1) == "1" else lender).append(m.group(2))
        elif line.startswith("(XEN)"):
            xen.append(line[6:])
        elif not (cut and line == ""):
            dom0.append(cut + line)
            cut = ""
    return "\n".join(dom0), "\n".join(domu), "\n".join(lender), "\n".join(xen)


def ffa_calls(xen, vm):
    """[(name, verdict, w0, w2)] the mediator logged for a VM."""
    return re.findall(rf"ffa: VM {vm:#x} vCPU \d+: (FFA_\w+) \(0x[0-9a-f]+\): ([\w -]+?), "
                      rf"w0 (0x[0-9a-f]+) w2 (0x[0-9a-f]+)", xen)


def optee_record(text):
    m = re.search(r"el3: OP-TEE partition 0x8002: (\d+) calls read their argument page, "
                  r"(\d+) opened a session(?:, the last for TA (\S+))?", text)
    return (int(m.group(1)), int(m.group(2)), m.group(3)) if m else (0, 0, None)


def linux_checks(who, out, xen, vm):
    """What the Linux guest test checks, for one Linux under Xen."""
    calls = ffa_calls(xen, vm)
    ok = [c[0] for c in calls if int(c[2], 16) != 0x84000060]
    share = next((i for i, n in enumerate(ok) if n.startswith("FFA_MEM_SHARE")), None)
    devices = {int(m, 16) for m in re.findall(r"ffa-test: device \S+ id=(0x[0-9a-f]+)", out)}
    return [
        (f"{who}: Linux's FF-A driver found FF-A 1.2 through Xen",
         "ARM FF-A: Firmware version 1.2 found" in out),
        (f"{who}: its own VM id {vm:#x} (FFA_ID_GET through the mediator)",
         any(n.startswith("FFA_ID_GET") and int(w2, 16) == vm for n, _, _, w2 in calls)),
        (f"{who}: a device for every partition: " + ", ".join(hex(p) for p in sorted(PARTITIONS)),
         PARTITIONS <= devices),
        (f"{who}: notifications enabled (no \"Notification setup failed\"; the SRI id from "
         f"the mediator)",
         "Firmware version 1.2 found" in out and "Notification setup failed" not in out and
         any(n == "FFA_FEATURES_32" and w0 == "0x84000061" and w2 == "0x8" for n, _, w0, w2 in calls)),
        (f"{who}: optee: initialized driver", "optee: initialized driver" in out),
        (f"{who}: MEM_SHARE through the mediator", share is not None),
    ]


def spmc_held(text):
    """What the SPMC still held at power-off, by kind: {kind: [VM ids]}."""
    m = re.search(r"el3: SPMC at power-off: buffers of VMs \[([^]]*)\], transactions of VMs "
                  r"\[([^]]*)\], notification bitmaps of VMs \[([^]]*)\], VMs known to "
                  r"partitions \[([^]]*)\]", text)
    if m is None:
        return None
    return dict(zip(("buffers", "transactions", "bitmaps", "known"),
                    (g.split() for g in m.groups())))


def checks(group, status, text):
    dom0, domu, lender, xen = consoles(text)
    reads, sessions, ta = optee_record(text)
    ended = [("QEMU ended with status 0 (dom0's power-off through Xen's PSCI)", status == 0)]
    if group == "dom0":
        calls = [c[0] for c in ffa_calls(xen, 1) if int(c[2], 16) != 0x84000060]
        share = next((i for i, n in enumerate(calls) if n.startswith("FFA_MEM_SHARE")), None)
        return [
            ("Xen reports SMCCC 1.2 and uses the project's mediator",
             "Using SMC Calling Convention v1.2" in xen and
             "Using TEE mediator for FF-A (ffa-mediator)" in xen),
            ("Xen: d0 is VM 0x1", "ffa: d0 is VM 0x1" in xen),
        ] + linux_checks("dom0", dom0, xen, 1) + [
            ("dom0: MEM_RECLAIM after the MEM_SHARE (rmmod optee)",
             share is not None and any(n.startswith("FFA_MEM_RECLAIM") for n in calls[share:])),
            ("OP-TEE's partition read the session request dom0 wrote in the shared page (TA "
             + DEVICE_ENUM_TA + ")", reads >= 1 and sessions >= 1 and ta == DEVICE_ENUM_TA),
            ("dom0 ran its script to the end", "ffa-test: done" in dom0),
        ] + ended
    if group == "domu":
        return [("Xen: d1 (dom0less, xen,tee) is VM 0x2", "ffa: d1 is VM 0x2" in xen)] + \
            linux_checks("domU 1", domu, xen, 2) + [
            ("domU 1's share translated through its own stage 2: OP-TEE's partition read "
             "both guests' session requests", reads >= 2 and sessions >= 2),
            ("domU 1 got ready (buffers mapped, optee's share open)", DOMU_READY in domu),
        ] + ended
    held = spmc_held(text)
    if group == "teardown":
        calls = [c[0] for c in ffa_calls(xen, 3) if int(c[2], 16) != 0x84000060]
        calls_d1 = [c[0] for c in ffa_calls(xen, 2) if int(c[2], 16) != 0x84000060]
        return [
            ("Xen: d2 (dom0less, xen,tee) is VM 0x3", "ffa: d2 is VM 0x3" in xen),
            ("domU 2 had its RX/TX mapped and a share open when destroyed (its last call "
             "FFA_MEM_SHARE_64, no RXTX_UNMAP)",
             "FFA_RXTX_MAP_64" in calls and calls[-1:] == ["FFA_MEM_SHARE_64"]
             and LENDER_READY in lender),
            ("dom0 destroyed domU 2 (XEN_DOMCTL_destroydomain through /dev/xen/privcmd)",
             "ffa-test: domU 2 destroyed" in dom0),
            ("Xen's log: the mediator tore VM 0x3 down (VM destroyed messages, reclaim, "
             "unmapping, bitmaps), nothing left claimed",
             re.search(r"ffa: d2 \(VM 0x3\) torn down: destroy 0, 0 pages still claimed", xen)
             is not None),
            ("the SPMC holds nothing of VM 0x3 afterwards (no buffers, transactions, "
             "bitmaps, or partition that knows it, in its report at power-off), and still "
             "holds dom0's (VM 0x1) bitmaps",
             held is not None and all("0x3" not in v for v in held.values())
             and "0x1" in held["bitmaps"]),
            ("dom0 destroyed the Linux domU 1 too, its buffers mapped and optee's share open "
             "(retrieved by OP-TEE's partition, which lets go when told the VM is gone): the "
             "mediator tore VM 0x2 down with nothing left claimed",
             "ffa-test: domU 1 destroyed" in dom0 and "FFA_RXTX_MAP_64" in calls_d1 and
             any(n.startswith("FFA_MEM_SHARE") for n in calls_d1) and
             not any(n.startswith(("FFA_MEM_RECLAIM", "FFA_RXTX_UNMAP")) for n in calls_d1) and
             re.search(r"ffa: d1 \(VM 0x2\) torn down: destroy 0, 0 pages still claimed", xen)
             is not None),
            ("the SPMC holds nothing of VM 0x2 either",
             held is not None and all("0x2" not in v for v in held.values())),
            ("dom0 carried on after the destroys", "ffa-test: done" in dom0),
        ] + ended
    if group == "lend":
        calls = ffa_calls(xen, 3)
        lend = [c for c in calls if c[0] == "FFA_MEM_LEND_64"]
        reclaim = [c for c in calls if c[0].startswith("FFA_MEM_RECLAIM")]
        return [
            ("domU 2 (bare metal) negotiated FF-A 1.2 through Xen",
             "lender: FFA_VERSION(1.2): w0 0x10002" in lender),
            ("FFA_MEM_LEND_64 of one page to 0x8001 through the mediator",
             bool(lend) and lend[0][2] == "0x84000061" and
             "lender: FFA_MEM_LEND_64 of one page to 0x8001: w0 0x84000061" in lender),
            ("while lent, the page is out of domU 2's stage 2 (its read took a data abort)",
             "lender: while lent, reading the page took a data abort" in lender),
            ("FFA_MEM_RECLAIM gave it back",
             bool(reclaim) and reclaim[0][2] == "0x84000061" and
             "lender: FFA_MEM_RECLAIM of the lent page: w0 0x84000061" in lender),
            ("after reclaim the page is mapped again, its content intact",
             "lender: after reclaim the page is back" in lender),
            ("no FAIL from domU 2", "lender: FAIL" not in lender),
        ] + ended
    raise Failure(f"no check group {group}")


def state_paths(build):
    out = os.path.join(build, "xen")
    return out, os.path.join(out, "console.log"), os.path.join(out, "result.json")


def cmd_boot(args):
    out, log_path, result = state_paths(args.build)
    os.makedirs(out, exist_ok=True)
    if os.path.exists(result):
        os.remove(result)
    t0 = time.monotonic()
    xen, build_seconds = build_xen(os.path.join(cache_root(), "xen"), os.path.join(out, "xen"))
    paths, kernel = build_guests(out)
    paths["xen.dtb"] = device_tree(args.build, out, paths)
    prep = time.monotonic() - t0
    log(f"booting Xen {XEN_VERSION} with dom0 and domU 1 ({kernel}) under qemu-system-aarch64")
    status, seconds = boot(args.build, out, xen, paths, log_path)
    with open(result, "w") as f:
        json.dump({"status": status, "boot_seconds": seconds, "build_seconds": build_seconds,
                   "prepare_seconds": prep, "kernel": kernel}, f)
    print(f"xen.py: QEMU status {status} after {seconds:.1f} s (Xen build {build_seconds:.0f} s, "
          f"0 = cached); console in {log_path}")
    return 0 if status == 0 else 1


def load_result(build):
    _, log_path, result = state_paths(build)
    if not os.path.exists(result):
        raise Failure(f"no {result}: run xen.py boot first")
    with open(result) as f:
        res = json.load(f)
    with open(log_path, errors="replace") as f:
        return res, f.read()


def cmd_check(args):
    res, text = load_result(args.build)
    results = checks(args.group, res["status"], text)
    for what, passed in results:
        print(f"{'PASS' if passed else 'FAIL'}  {what}")
    return 0 if all(p for _, p in results) else 1


def cmd_demo(args):
    """Boot, then the account: Xen and the mediator, each domain's calls,
    what each found, every check's verdict, the times."""
    status = cmd_boot(args)
    res, text = load_result(args.build)
    dom0, domu, lender, xen = consoles(text)
    print("\nXen and the mediator:")
    for line in xen.splitlines():
        if re.search(r"Xen version|SMC Calling|PSCI v|TEE mediator|ffa: (?!VM 0x[0-9a-f]+ vCPU)", line):
            print("  (XEN) " + line.strip())
    names = {1: "dom0 (Linux)", 2: "domU 1 (dom0less Linux)", 3: "domU 2 (dom0less, bare metal)"}
    for vm, who in names.items():
        calls = ffa_calls(xen, vm)
        print(f"\nFF-A calls the mediator saw from {who}, VM {vm:#x} ({len(calls)}):")
        for name, verdict, w0, w2 in calls:
            print(f"  {name:34} {verdict:9} w0 {w0} w2 {w2}")
    for who, out in (("dom0", dom0), ("domU 1", domu), ("domU 2", lender)):
        print(f"\nWhat {who} printed about FF-A, OP-TEE and the test:")
        for line in out.splitlines():
            if re.search(r"ARM FF-A|optee|ffa-test|lender:", line):
                print("  " + line.strip())
    print("\nWhat the SPMC at EL3 reported at power-off:")
    for line in text.splitlines():
        if line.startswith("el3: "):
            print("  " + line.strip())
    ok = status == 0
    for group in ("dom0", "domu", "teardown", "lend"):
        print(f"\nVerdict ({group}):")
        for what, passed in checks(group, res["status"], text):
            print(f"  {'PASS' if passed else 'FAIL'}  {what}")
            ok = ok and passed
    print(f"\n{'PASSED' if ok else 'FAILED'}: Xen build {res['build_seconds']:.0f} s (0: cached), "
          f"guests and device tree {res['prepare_seconds'] - res['build_seconds']:.0f} s, boot to "
          f"power-off {res['boot_seconds']:.1f} s (QEMU status {res['status']}); the whole console "
          f"is in {state_paths(args.build)[1]}")
    return 0 if ok else 1


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("command", choices=("boot", "check", "demo"))
    ap.add_argument("group", nargs="?", help="for check: dom0, domu, teardown, lend")
    ap.add_argument("--build", default=machine.DEFAULT_BUILD)
    args = ap.parse_args()
    if args.command == "boot":
        return cmd_boot(args)
    if args.command == "check":
        return cmd_check(args)
    return cmd_demo(args)


if __name__ == "__main__":
    try:
        sys.exit(main())
    except (Failure, prepare.Failure) as e:
        sys.exit(f"xen.py: error: {e}")
