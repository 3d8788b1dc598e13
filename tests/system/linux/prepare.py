#!/usr/bin/python3
"""Produce the Linux guest of the system test: kernel Image, initramfs and
device tree, from Debian's arm64 packages, cached so that later runs need no
network. See README.md beside this file."""

import argparse
import glob
import gzip
import io
import lzma
import os
import re
import shutil
import struct
import subprocess
import sys
import tarfile
import tempfile
import time

HOST_PACKAGES = ["device-tree-compiler", "debian-archive-keyring"]
KEYRING = "/usr/share/keyrings/debian-archive-keyring.gpg"
KERNEL_SUITE = "trixie-backports"   # the first suite with FF-A as a module
BUSYBOX_SUITE = "bookworm"
# Debian's arm64 kernel flavours: cloud (small, has what a virt guest
# needs: the default), generic, 16K pages (needs QEMU's -cpu max), PREEMPT_RT.
FLAVOURS = ("cloud-arm64", "arm64", "arm64-16k", "rt-arm64")
DEFAULT_FLAVOUR = "cloud-arm64"
UNSIGNED = "-unsigned"              # linux-image-VER-unsigned, beside the signed one

# Kernel options the test cannot do without, and the values that will do.
REQUIRED_CONFIG = {
    "CONFIG_ARM_FFA_TRANSPORT": ("m", "y"),
    "CONFIG_ARM_FFA_SMCCC": ("y",),
    "CONFIG_OPTEE": ("m", "y"),
}

# Loaded in two steps so that the FF-A bus is listed before OP-TEE probes.
FFA_MODULES = ["ffa_core", "ffa_module"]
TEE_MODULES = ["tee", "optee"]

ARM64_IMAGE_MAGIC = b"ARM\x64"      # at offset 0x38 of an arm64 Image header


class Failure(Exception):
    """A problem to report in one line, without a traceback."""


def run(cmd, what=None, **kwargs):
    """Run a command; on failure show what it printed and stop. `what` names
    it in the message when the whole command line would be too long."""
    result = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, **kwargs)
    if result.returncode != 0:
        sys.stderr.write(result.stdout.decode(errors="replace"))
        raise Failure(f"{what or ' '.join(cmd)} exited with status {result.returncode}")
    return result.stdout.decode(errors="replace")


def write_atomic(path, data):
    """Write a file whole or not at all, so no half file is ever taken as done."""
    tmp = f"{path}.tmp{os.getpid()}"
    with open(tmp, "wb") as f:
        f.write(data)
    os.replace(tmp, path)


# ---------------------------------------------------------------- host packages

def ensure_host_packages(packages):
    """Install those of `packages` that are missing, with one apt-get update."""
    missing = [p for p in packages if not is_installed(p)]
    if not missing:
        return
    log(f"installing {' '.join(missing)}")
    run(["apt-get", "update", "-q"])
    run(["apt-get", "install", "-y", "-q", *missing],
        env={**os.environ, "DEBIAN_FRONTEND": "noninteractive"})


def is_installed(package):
    result = subprocess.run(["dpkg-query", "-W", "-f", "${db:Status-Abbrev}", package],
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    return result.stdout.startswith(b"ii")


# ---------------------------------------------------------------- private apt

def machine_archive_uri():
    """The Debian archive the machine's own apt uses: the source whose suites
    include the release's codename itself (not -security or -updates)."""
    codename = os_release().get("VERSION_CODENAME", "bookworm")
    for uris, suites in machine_sources():
        if codename in suites and uris:
            return uris[0]
    raise Failure(f"no apt source for suite {codename} in /etc/apt/sources.list(.d)")


def os_release():
    with open("/etc/os-release") as f:
        return dict(line.rstrip("\n").split("=", 1) for line in f if "=" in line)


def machine_sources():
    """(uris, suites) of every enabled 'deb' source, one-line and deb822 formats."""
    paths = ["/etc/apt/sources.list"] + sorted(glob.glob("/etc/apt/sources.list.d/*.list"))
    for path in paths:
        if os.path.exists(path):
            with open(path) as f:
                for line in f:
                    words = re.sub(r"\[[^]]*\]", "", line.split("#", 1)[0]).split()
                    if len(words) >= 3 and words[0] == "deb":
                        yield [words[1]], [words[2]]
    for path in sorted(glob.glob("/etc/apt/sources.list.d/*.sources")):
        with open(path) as f:
            for stanza in re.split(r"\n\s*\n", f.read()):
                fields = deb822_fields(stanza)
                if "deb" in fields.get("types", "").split() and \
                        fields.get("enabled", "yes").lower() != "no":
                    yield fields.get("uris", "").split(), fields.get("suites", "").split()


def deb822_fields(stanza):
    fields = {}
    for line in stanza.splitlines():
        if line.startswith("#") or ":" not in line or line[:1].isspace():
            continue
        key, value = line.split(":", 1)
        fields[key.strip().lower()] = value.strip()
    return fields


def private_apt_options(root, source_lines, extra=None):
    """apt-get options for an apt of our own under root: these sources.list
    lines, its own lists and cache, and an empty status (nothing installed:
    the host's packages are not ours), so the machine's apt state is left as
    it is. The kernel, firmware and Xen downloads all use it."""
    state = os.path.join(root, "state")
    for d in ("state/lists/partial", "cache/archives/partial", "preferences.d"):
        os.makedirs(os.path.join(root, d), exist_ok=True)
    status = os.path.join(state, "status")
    open(status, "a").close()
    sources = os.path.join(root, "sources.list")
    write_atomic(sources, "".join(line + "\n" for line in source_lines).encode())
    options = {
        "Dir::Etc::sourcelist": sources,
        "Dir::Etc::sourceparts": "-",
        "Dir::Etc::preferencesparts": os.path.join(root, "preferences.d"),
        "Dir::State": state,
        "Dir::State::Lists": os.path.join(state, "lists"),
        "Dir::State::status": status,
        "Dir::Cache": os.path.join(root, "cache"),
        # The cache dir is root's; apt's _apt sandbox user could not write it.
        "APT::Sandbox::User": "root",
        **(extra or {}),
    }
    return [arg for k, v in options.items() for arg in ("-o", f"{k}={v}")]


class PrivateApt:
    """apt-get and apt-cache with their own sources, lists and cache under the
    cache dir, for arm64 only: the machine's apt state is left as it is (and
    arm64 needs no dpkg --add-architecture, since nothing is installed)."""

    def __init__(self, cache):
        uri = machine_archive_uri()
        self.options = private_apt_options(
            os.path.join(cache, "apt"),
            [f"deb [arch=arm64 signed-by={KEYRING}] {uri} {suite} main"
             for suite in (KERNEL_SUITE, BUSYBOX_SUITE)],
            {"APT::Architecture": "arm64", "APT::Architectures::": "arm64"})
        self.updated = False

    def update(self):
        if not self.updated:
            log(f"apt-get update ({KERNEL_SUITE}, {BUSYBOX_SUITE}; arm64)")
            run(["apt-get", "-q", *self.options, "update"], "apt-get update")
            self.updated = True

    def kernels(self):
        """{choice: [packages]} of every arm64 kernel the archive has whole
        (any flavour), where a choice is the kernel release (the name of its
        modules directory), with UNSIGNED after it for an unsigned package.
        Two layouts: 7.x splits a kernel into linux-binary-VER (the signed
        image), linux-modules-VER and linux-base-VER (config), with
        linux-image-VER a meta package; older ones are one linux-image-VER
        (signed) or linux-image-VER-unsigned with everything in it."""
        self.update()
        out = run(["apt-cache", *self.options, "--names-only", "search",
                   "^linux-(binary|modules|base|image)-[0-9]"], "apt-cache search")
        return kernels_in({line.split()[0] for line in out.splitlines() if line.strip()})

    def download(self, packages, into):
        """Fetch .debs into a scratch dir, then move each into `into`: a
        .deb found there is always complete."""
        self.update()
        log(f"downloading {' '.join(packages)}")
        scratch = tempfile.mkdtemp(prefix=".download-", dir=into)
        try:
            run(["apt-get", "-q", *self.options, "download", *packages], "apt-get download",
                cwd=scratch)
            for name in os.listdir(scratch):
                if name.endswith(".deb"):
                    os.replace(os.path.join(scratch, name), os.path.join(into, name))
        finally:
            shutil.rmtree(scratch)


def kernels_in(names):
    """kernels() from a set of package names."""
    found = {}
    for name in names:
        m = re.match(r"linux-(binary|image)-([0-9].*)$", name)
        if m is None or m.group(2).endswith("-dbg"):
            continue
        kind, version = m.groups()
        split = [f"linux-{part}-{version}" for part in ("binary", "modules", "base")]
        if kind == "binary":
            if set(split) <= names:
                found[version] = split
        elif version.endswith(UNSIGNED):
            found[version] = [name]
        elif f"linux-binary-{version}" not in names:   # not a 7.x meta package
            found[version] = [name]
    return found


def flavour_of(choice):
    """The flavour a kernel release ends with (the longest that fits), or None."""
    release = choice.removesuffix(UNSIGNED)
    fits = [f for f in FLAVOURS if release.endswith("-" + f)]
    return max(fits, key=len) if fits else None


def upstream_version(kernel):
    """7.3.4+deb13-cloud-arm64 -> (7, 3, 4), to order kernel versions."""
    return tuple(int(n) for n in re.match(r"[0-9.]+", kernel).group(0).strip(".").split("."))


def order_key(choice):
    """Kernels ordered by upstream version, then ABI (6.1.0-47 before -50),
    the signed package before the unsigned one."""
    abi = re.match(r"[0-9.]+-([0-9]+)-", choice)
    return upstream_version(choice), int(abi.group(1)) if abi else 0, choice.endswith(UNSIGNED)


def describe_kernels(available):
    """What the archive has, by flavour, newest last: for an error message."""
    lines = []
    for flavour in FLAVOURS:
        of = sorted((c for c in available if flavour_of(c) == flavour), key=order_key)
        if of:
            lines.append(f"  {flavour}: {' '.join(of)}")
    return "\n".join(lines) or "  none"


# ---------------------------------------------------------------- cache

class Cache:
    """Downloaded .debs, and the default kernel of each flavour (the
    archive's newest when first asked for) so that a run without --kernel
    keeps using it, offline. Only defaults are remembered: a --kernel
    VERSION is that run's alone."""

    def __init__(self, root):
        self.root = root
        self.deb_dir = os.path.join(root, "debs")
        os.makedirs(self.deb_dir, exist_ok=True)
        self.apt = None

    def private_apt(self):
        if self.apt is None:
            self.apt = PrivateApt(self.root)
        return self.apt

    def default_file(self, flavour):
        return os.path.join(self.root, f"default-kernel-{flavour}")

    def default_kernel(self, flavour):
        if os.path.exists(self.default_file(flavour)):
            with open(self.default_file(flavour)) as f:
                return f.read().strip() or None
        return None

    def remember_default(self, flavour, kernel):
        write_atomic(self.default_file(flavour), f"{kernel}\n".encode())

    def deb(self, package):
        """The cached .deb of `package`, or None."""
        found = sorted(glob.glob(os.path.join(self.deb_dir, f"{glob.escape(package)}_*_arm64.deb")))
        return found[-1] if found else None

    def debs(self, packages):
        """The .debs of `packages`, downloading those not cached yet."""
        missing = [p for p in packages if self.deb(p) is None]
        if missing:
            self.private_apt().download(missing, self.deb_dir)
        paths = {p: self.deb(p) for p in packages}
        absent = [p for p, path in paths.items() if path is None]
        if absent:
            raise Failure(f"apt-get download gave no .deb for {' '.join(absent)}")
        return paths


def kernel_packages(kernel):
    """The 7.x layout's packages of a kernel release."""
    return {"binary": f"linux-binary-{kernel}", "modules": f"linux-modules-{kernel}",
            "base": f"linux-base-{kernel}"}


def kernel_choice(requested):
    """--kernel as given (a release, a package name, a flavour, 'latest')
    without a package prefix: linux-image-7.3.4+deb13-arm64 -> 7.3.4+deb13-arm64."""
    for prefix in ("linux-image-", "linux-binary-"):
        requested = requested.removeprefix(prefix)
    return requested


def newest(cache, flavour):
    of = sorted((c for c in cache.private_apt().kernels()
                 if flavour_of(c) == flavour and not c.endswith(UNSIGNED)), key=order_key)
    if not of:
        raise Failure(f"no {flavour} kernel in {KERNEL_SUITE}")
    return of[-1]


def choose_kernel(cache, requested):
    """The kernel to use: --kernel VERSION (a release such as
    7.3.4+deb13-arm64-16k or a package name, with -unsigned for the unsigned
    package), 'latest' (ask the archive for the newest cloud kernel now),
    a flavour (its default), or by default the default flavour's default.
    A flavour's default is the archive's newest the first time, then the
    same one, offline, until the cache is deleted. Nothing but a default
    is ever remembered: a later run without --kernel uses the default."""
    choice = kernel_choice(requested) if requested else DEFAULT_FLAVOUR
    if choice == "latest":
        return newest(cache, DEFAULT_FLAVOUR)
    if choice not in FLAVOURS:
        return choice
    remembered = cache.default_kernel(choice)
    if remembered:
        return remembered
    kernel = newest(cache, choice)
    cache.remember_default(choice, kernel)
    return kernel


def kernel_debs_cached(cache, choice):
    """The cached packages of a kernel in either layout, or None: so a
    second run needs no network, not even to learn the layout."""
    release = choice.removesuffix(UNSIGNED)
    layouts = [[f"linux-image-{choice}"]] if choice.endswith(UNSIGNED) else \
        [list(kernel_packages(release).values()), [f"linux-image-{release}"]]
    for packages in layouts:
        if all(cache.deb(p) for p in packages):
            return packages
    return None


def fetch(cache, kernel):
    """{package: .deb} of the kernel and busybox, from the cache when it has
    them; a kernel the archive has not is an error that says what it has."""
    packages = kernel_debs_cached(cache, kernel)
    if packages is None:
        available = cache.private_apt().kernels()
        if kernel not in available:
            raise Failure(
                f"the archive ({KERNEL_SUITE}, {BUSYBOX_SUITE}) has no arm64 kernel {kernel}. "
                f"These are there (a version, "
                f"by flavour, oldest first; {UNSIGNED} names an unsigned package; the kernel "
                f"must also have FF-A, checked once fetched):\n{describe_kernels(available)}\n"
                f"--kernel takes one of them, a flavour ({', '.join(FLAVOURS)}) or 'latest'")
        packages = available[kernel]
    return cache.debs(packages + ["busybox-static"])


# ---------------------------------------------------------------- .deb contents

def deb_files(deb, wanted):
    """{path: bytes} of the regular files in `deb` whose path (without the
    leading ./) `wanted` accepts, read without unpacking the rest to disk."""
    proc = subprocess.Popen(["dpkg-deb", "--fsys-tarfile", deb], stdout=subprocess.PIPE)
    files = {}
    with tarfile.open(fileobj=proc.stdout, mode="r|") as tar:
        for member in tar:
            path = member.name.removeprefix("./")
            if member.isfile() and wanted(path):
                files[path] = tar.extractfile(member).read()
    if proc.wait() != 0:
        raise Failure(f"dpkg-deb could not read {deb}")
    return files


def deb_file(deb, path):
    files = deb_files(deb, lambda p: p == path)
    if path not in files:
        raise Failure(f"{os.path.basename(deb)} has no {path}")
    return files[path]


def check_config(config, kernel):
    values = dict(re.findall(r"^(CONFIG_\w+)=(.*)$", config, re.M))
    bad = [f"{name}={values.get(name, 'unset')} (need {' or '.join(ok)})"
           for name, ok in REQUIRED_CONFIG.items() if values.get(name) not in ok]
    if bad:
        raise Failure(f"kernel {kernel} cannot run the test: {', '.join(bad)}; "
                      f"choose another with --kernel")


def check_image(image, kernel):
    if image[0x38:0x3c] != ARM64_IMAGE_MAGIC:
        raise Failure(f"vmlinuz of {kernel} is not a raw arm64 Image (no ARM\\x64 magic at 0x38)")


def raw_image(vmlinuz, kernel):
    """The raw arm64 Image inside a package's vmlinuz: as it is (7.x, and
    signed kernels: the Image is its own EFI application), gzip-compressed,
    or an EFI zboot image (MZ, 'zimg', payload offset and size at 8 and 12,
    compression at 24) of gzip or xz."""
    if vmlinuz[:2] == b"\x1f\x8b":
        vmlinuz = gzip.decompress(vmlinuz)
    elif vmlinuz[:2] == b"MZ" and vmlinuz[4:8] == b"zimg":
        offset, size = struct.unpack_from("<II", vmlinuz, 8)
        kind = vmlinuz[24:32].rstrip(b"\0").decode(errors="replace")
        payload = vmlinuz[offset:offset + size]
        if kind == "gzip":
            vmlinuz = gzip.decompress(payload)
        elif kind == "xzkern":
            vmlinuz = lzma.decompress(payload)
        else:
            raise Failure(f"vmlinuz of {kernel} is an EFI zboot image compressed with {kind}, "
                          "which this script cannot unpack")
    check_image(vmlinuz, kernel)
    return vmlinuz


def kernel_files(debs, kernel):
    """{path: bytes} of what the test takes from a kernel's packages, the
    path without ./ and usr/ (7.x packages use /usr/lib/modules, older ones
    /lib/modules and /boot): its vmlinuz, config, modules.builtin and
    modules, in either layout."""
    release = kernel.removesuffix(UNSIGNED)
    moddir = f"lib/modules/{release}/"
    wanted = {f"{moddir}vmlinuz", f"boot/vmlinuz-{release}", f"{moddir}config",
              f"boot/config-{release}", f"{moddir}modules.builtin"}
    files = {}
    for deb in debs:
        found = deb_files(deb, lambda p: strip_usr(p) in wanted or (
            strip_usr(p).startswith(moddir) and re.search(r"\.ko(\.xz)?$", p)))
        files.update((strip_usr(p), data) for p, data in found.items())
    return files


def strip_usr(path):
    return path.removeprefix("usr/")


def one_of(files, paths, kernel, what):
    for path in paths:
        if path in files:
            return files[path]
    raise Failure(f"the packages of {kernel} have no {what} ({' or '.join(paths)})")


def guest_kernel(debs, kernel):
    """(raw Image, Modules) of a kernel from its .debs, its config checked
    for what the test needs."""
    release = kernel.removesuffix(UNSIGNED)
    files = kernel_files(debs, kernel)
    moddir = f"lib/modules/{release}/"
    config = one_of(files, [f"{moddir}config", f"boot/config-{release}"], kernel, "config")
    check_config(config.decode(errors="replace"), kernel)
    image = raw_image(one_of(files, [f"{moddir}vmlinuz", f"boot/vmlinuz-{release}"], kernel,
                             "vmlinuz"), kernel)
    builtin = one_of(files, [f"{moddir}modules.builtin"], kernel, "modules.builtin")
    return image, Modules(files, builtin, release)


# ---------------------------------------------------------------- modules

def module_name(path):
    """kernel/drivers/tee/optee/optee.ko.xz -> optee: the name the kernel uses,
    with '_' where file names may have '-'."""
    return re.sub(r"\.ko(\.xz)?$", "", os.path.basename(path)).replace("-", "_")


def modinfo(ko):
    """The key=value strings of a module's .modinfo section (ELF64, little endian)."""
    if ko[:6] != b"\x7fELF\x02\x01":
        raise Failure("a module is not a little-endian ELF64 file")
    shoff, = struct.unpack_from("<Q", ko, 0x28)
    shentsize, shnum, shstrndx = struct.unpack_from("<HHH", ko, 0x3a)

    def section(i):
        name, _, _, _, offset, size = struct.unpack_from("<IIQQQQ", ko, shoff + i * shentsize)
        return name, offset, size

    _, names, _ = section(shstrndx)
    for i in range(shnum):
        name, offset, size = section(i)
        if ko[names + name:names + name + 9] == b".modinfo\0":
            info = {}
            for entry in ko[offset:offset + size].split(b"\0"):
                key, eq, value = entry.decode(errors="replace").partition("=")
                if eq:
                    info.setdefault(key, value)
            return info
    raise Failure("a module has no .modinfo section")


class Modules:
    """The kernel's modules, by name, decompressed on demand. The packages
    have no modules.dep (depmod makes it at install time), so dependencies
    come from each module's own 'depends=' modinfo, the list depmod itself
    would use."""

    def __init__(self, files, builtin, release):
        """files: {path: bytes} with the modules under lib/modules/RELEASE
        (.ko or .ko.xz); builtin: the bytes of modules.builtin."""
        prefix = f"lib/modules/{release}/"
        self.packed = {module_name(p): data for p, data in files.items()
                       if p.startswith(prefix) and re.search(r"\.ko(\.xz)?$", p)}
        self.builtin = {module_name(line) for line in builtin.decode().split()}
        self.chosen = {}   # name -> .ko bytes of the modules listed so far

    def load_order(self, names):
        """`names` and what they depend on, dependencies first, skipping those
        built into the kernel and those an earlier call already listed."""
        order = []
        for name in names:
            self._visit(name, order, ())
        return order

    def _visit(self, name, order, chain):
        if name in self.chosen or name in self.builtin:
            return
        if name in chain:
            raise Failure(f"modules depend on each other in a circle: {' -> '.join(chain + (name,))}")
        if name not in self.packed:
            raise Failure(f"module {name} is neither in the modules package nor built in")
        ko = self.packed[name]
        if ko[:6] == b"\xfd7zXZ\0":
            ko = lzma.decompress(ko)
        for dep in filter(None, modinfo(ko).get("depends", "").split(",")):
            self._visit(dep.replace("-", "_"), order, chain + (name,))
        self.chosen[name] = ko
        order.append(name)


# ---------------------------------------------------------------- initramfs

INIT_SCRIPT = r"""#!/bin/sh
# The guest's only process: load the FF-A driver and report the partitions it
# found, load the OP-TEE driver, run the user's script if there is one
# (run.py --init), unload everything (teardown makes FF-A calls too), power
# off. Every line meant for the test starts with "ffa-test: ".
/bin/busybox --install -s
mount -t proc proc /proc
mount -t sysfs sysfs /sys
mount -t devtmpfs devtmpfs /dev
# From the bootargs, numbered by the hypervisor (placeholders when booted elsewhere).
ffa_test_guest=${ffa_test_guest:-1}
ffa_test_guests=${ffa_test_guests:-1}
FFA_MODULES="@FFA_MODULES@"
TEE_MODULES="@TEE_MODULES@"
export ffa_test_guest ffa_test_guests FFA_MODULES TEE_MODULES
echo "ffa-test: init started, kernel $(uname -r), guest $ffa_test_guest of $ffa_test_guests"

# load NAME, unload NAME: insmod or rmmod one of the modules, and say how it went.
load() {
	if insmod "/lib/modules/$1.ko"; then
		echo "ffa-test: insmod $1 ok"
	else
		echo "ffa-test: FAIL insmod $1"
	fi
}
unload() {
	if rmmod "$1"; then
		echo "ffa-test: rmmod $1 ok"
	else
		echo "ffa-test: FAIL rmmod $1"
	fi
}
# crash: end the guest as a crash does (PSCI SYSTEM_RESET, no clean-up), on purpose.
crash() {
	echo "ffa-test: crashing on purpose (sysrq b)"
	echo b > /proc/sysrq-trigger
	echo "ffa-test: FAIL still running after sysrq b"
}

for m in $FFA_MODULES; do load "$m"; done
count=0
for d in /sys/bus/arm_ffa/devices/*; do
	[ -e "$d" ] || continue
	echo "ffa-test: device ${d##*/} id=$(cat "$d/partition_id") uuid=$(cat "$d/uuid")"
	count=$((count + 1))
done
echo "ffa-test: $count arm_ffa devices"

for m in $TEE_MODULES; do load "$m"; done
for dev in tee0 teepriv0; do
	if [ -e "/dev/$dev" ]; then
		echo "ffa-test: /dev/$dev present"
	else
		echo "ffa-test: /dev/$dev absent"
	fi
done

if [ -e /ffa-test/user-init ]; then
	echo "ffa-test: user script started"
	# A subshell: its exit or its errors cannot end init (which would panic).
	( . /ffa-test/user-init )
	echo "ffa-test: user script ended with status $?"
fi

# Whatever is still loaded, newest first: the order that dependencies allow.
for m in $FFA_MODULES $TEE_MODULES; do loaded="$m $loaded"; done
for m in $loaded; do
	[ -d "/sys/module/$m" ] && unload "$m"
done
echo "ffa-test: done"
poweroff -f
echo "ffa-test: FAIL poweroff"
"""

S_IFDIR, S_IFREG, S_IFLNK, S_IFCHR = 0o040000, 0o100000, 0o120000, 0o020000


def cpio_newc(entries):
    """A cpio archive in the 'newc' format the kernel unpacks. Entries are
    (path, mode, data, rdev); owner root and mtime 0 keep it reproducible,
    and /dev/console needs no mknod (so no root) to be made."""
    out = io.BytesIO()

    def pad():
        out.write(b"\0" * (-out.tell() % 4))

    for ino, (path, mode, data, (major, minor)) in enumerate(entries + [("TRAILER!!!", 0, b"", (0, 0))], 1):
        name = path.encode() + b"\0"
        nlink = 2 if mode & S_IFDIR else 1
        fields = (ino, mode, 0, 0, nlink, 0, len(data), 0, 0, major, minor, len(name), 0)
        out.write(b"070701" + b"".join(b"%08x" % f for f in fields) + name)
        pad()
        out.write(data)
        pad()
    return out.getvalue()


def build_initramfs(busybox, modules, ffa_order, tee_order, user_init=None):
    """user_init: the bytes of the user's script (--init), run by /init as
    /ffa-test/user-init, or None."""
    init = INIT_SCRIPT.replace("@FFA_MODULES@", " ".join(ffa_order)) \
                      .replace("@TEE_MODULES@", " ".join(tee_order))
    entries = [(d, S_IFDIR | 0o755, b"", (0, 0))
               for d in ("bin", "dev", "ffa-test", "lib", "lib/modules", "proc", "sbin",
                         "sys", "usr", "usr/bin", "usr/sbin")]
    entries += [
        ("dev/console", S_IFCHR | 0o600, b"", (5, 1)),  # the kernel opens it before /init runs
        ("bin/busybox", S_IFREG | 0o755, busybox, (0, 0)),
        ("bin/sh", S_IFLNK | 0o777, b"busybox", (0, 0)),
        ("init", S_IFREG | 0o755, init.encode(), (0, 0)),
    ]
    entries += [(f"lib/modules/{name}.ko", S_IFREG | 0o644, modules.chosen[name], (0, 0))
                for name in ffa_order + tee_order]
    if user_init is not None:
        entries.append(("ffa-test/user-init", S_IFREG | 0o755, user_init, (0, 0)))
    return gzip.compress(cpio_newc(entries), compresslevel=9, mtime=0)


# ---------------------------------------------------------------- device tree

# What the guest sees of QEMU 7.2's virt machine (-cpu cortex-a57 -smp 1, GICv2)
# under the hypervisor: only the devices in 0x08000000-0x10000000 that it passes
# through, GICv2 without the virtualization interface or v2m, and the RAM it
# maps at these IPAs. Interrupt specifiers follow hw/arm/virt.c: <type num flags>,
# type 0 SPI / 1 PPI, flags 4 = level high, plus for PPIs on GICv2 a CPU mask
# in bits 8-15 (0x1 for one CPU). Timer PPIs: secure 13, non-secure 14,
# virtual 11, hypervisor 10.
DTS_TEMPLATE = """/dts-v1/;

/ {{
	compatible = "linux,dummy-virt";
	model = "ffa-mediator system test guest";
	#address-cells = <2>;
	#size-cells = <2>;
	interrupt-parent = <&gic>;

	chosen {{
		bootargs = "console=ttyAMA0 earlycon=pl011,0x09000000 loglevel=8 panic=-1 rdinit=/init {guest_args}";
		stdout-path = "/pl011@9000000";
		linux,initrd-start = <{initrd_start}>;
		linux,initrd-end = <{initrd_end}>;
	}};

	psci {{
		compatible = "arm,psci-1.0", "arm,psci-0.2";
		method = "{psci_method}";
	}};

	cpus {{
		#address-cells = <1>;
		#size-cells = <0>;

		cpu@0 {{
			device_type = "cpu";
			compatible = "arm,cortex-a57";
			reg = <0>;
			enable-method = "psci";
		}};
	}};

	memory@{ram_base:x} {{
		device_type = "memory";
		reg = <{ram}>;
	}};

{gic}
	timer {{
		compatible = "arm,armv8-timer", "arm,armv7-timer";
		interrupts = <1 13 {ppi}>, <1 14 {ppi}>, <1 11 {ppi}>, <1 10 {ppi}>;
		always-on;
	}};

	clk24mhz: apb-pclk {{
		compatible = "fixed-clock";
		#clock-cells = <0>;
		clock-frequency = <24000000>;
		clock-output-names = "clk24mhz";
	}};

	pl011@9000000 {{
		compatible = "arm,pl011", "arm,primecell";
		reg = <0x0 0x09000000 0x0 0x1000>;
		interrupts = <0 1 4>;
		clocks = <&clk24mhz &clk24mhz>;
		clock-names = "uartclk", "apb_pclk";
	}};

	pl031@9010000 {{
		compatible = "arm,pl031", "arm,primecell";
		reg = <0x0 0x09010000 0x0 0x1000>;
		interrupts = <0 2 4>;
		clocks = <&clk24mhz>;
		clock-names = "apb_pclk";
	}};
}};
"""


# The interrupt controller, by GIC version. A GICv2 PPI's flags carry the
# CPU mask (0x1 in bits 8-15); GICv3 has none. Linux's FF-A driver maps its
# schedule receiver interrupt only on a GICv3 (drivers/firmware/arm_ffa).
GIC_NODES = {
    2: ("""	gic: intc@8000000 {
		compatible = "arm,cortex-a15-gic";
		#interrupt-cells = <3>;
		#address-cells = <0>;	/* no children; dtc wants it said */
		interrupt-controller;
		reg = <0x0 0x08000000 0x0 0x10000>,	/* GICD */
		      <0x0 0x08010000 0x0 0x10000>;	/* GICC */
	};
""", "0x104"),
    3: ("""	gic: intc@8000000 {
		compatible = "arm,gic-v3";
		#interrupt-cells = <3>;
		#address-cells = <0>;
		interrupt-controller;
		reg = <0x0 0x08000000 0x0 0x10000>,	/* GICD */
		      <0x0 0x080a0000 0x0 0xf60000>;	/* GICR */
		interrupts = <1 9 4>;
	};
""", "0x4"),
}


def cells64(*values):
    """64-bit values as pairs of 32-bit cells, as #address-cells = 2 wants."""
    return " ".join(f"0x{v >> 32:x} 0x{v & 0xffffffff:x}" for v in values)


# Placeholders the hypervisor writes the guest's number and the run's count
# of guests over (el2/linux.c, three digits then spaces); init gets them as
# environment variables, since Linux hands unknown key=value words to init.
GUEST_ARGS = "ffa_test_guest=000 ffa_test_guests=000"


def device_tree_source(args, initrd_size):
    return DTS_TEMPLATE.format(
        guest_args=GUEST_ARGS,
        initrd_start=cells64(args.initrd_ipa),
        initrd_end=cells64(args.initrd_ipa + initrd_size),
        psci_method=args.psci_method,
        gic=GIC_NODES[args.gic][0],
        ppi=GIC_NODES[args.gic][1],
        ram_base=args.ram_base,
        ram=cells64(args.ram_base, args.ram_size))


def compile_dts(source, out):
    dts = os.path.join(out, "guest.dts")
    write_atomic(dts, source.encode())
    tmp = os.path.join(out, f"guest.dtb.tmp{os.getpid()}")
    warnings = run(["dtc", "-I", "dts", "-O", "dtb", "-o", tmp, dts])
    if warnings:
        log(f"dtc: {warnings.strip()}")
    os.replace(tmp, os.path.join(out, "guest.dtb"))


# ---------------------------------------------------------------- main

def log(message):
    print(f"prepare.py: {message}", file=sys.stderr, flush=True)


def parse_args():
    default_cache = os.path.join(os.environ.get("XDG_CACHE_HOME") or
                                 os.path.join(os.path.expanduser("~"), ".cache"),
                                 "ffa-mediator", "linux")
    number = lambda s: int(s, 0)
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--out", required=True, help="where to write Image, initramfs.cpio.gz, guest.dtb")
    p.add_argument("--cache", default=default_cache, help=f"default {default_cache}")
    p.add_argument("--kernel", metavar="VERSION",
                   help="kernel release, e.g. 7.3.4+deb13-cloud-arm64, or 'latest' for the "
                        "archive's newest; default: the one used last time (newest the first time)")
    p.add_argument("--ram-base", type=number, default=0x40000000, help="guest RAM IPA")
    p.add_argument("--ram-size", type=number, default=0x10000000)
    p.add_argument("--initrd-ipa", type=number, default=0x44200000,
                   help="where the hypervisor puts initramfs.cpio.gz")
    p.add_argument("--psci-method", choices=("smc", "hvc"), default="smc")
    p.add_argument("--init", metavar="FILE",
                   help="a shell script of yours that /init runs (as /ffa-test/user-init, "
                        "in a subshell) after loading the drivers and before unloading them")
    p.add_argument("--gic", type=int, choices=(2, 3), default=2,
                   help="interrupt controller version (QEMU's gic-version)")
    return p.parse_args()


def main():
    args = parse_args()
    started = time.monotonic()
    ensure_host_packages(HOST_PACKAGES)
    os.makedirs(args.out, exist_ok=True)
    cache = Cache(args.cache)

    kernel = choose_kernel(cache, args.kernel)
    debs = fetch(cache, kernel)
    image, modules = guest_kernel([d for p, d in debs.items() if p != "busybox-static"], kernel)
    ffa_order = modules.load_order(FFA_MODULES)
    tee_order = modules.load_order(TEE_MODULES)
    busybox = deb_file(debs["busybox-static"], "bin/busybox")
    user_init = None
    if args.init:
        with open(args.init, "rb") as f:
            user_init = f.read()
    initramfs = build_initramfs(busybox, modules, ffa_order, tee_order, user_init)

    write_atomic(os.path.join(args.out, "Image"), image)
    write_atomic(os.path.join(args.out, "initramfs.cpio.gz"), initramfs)
    compile_dts(device_tree_source(args, len(initramfs)), args.out)
    write_atomic(os.path.join(args.out, "kernel-version"), f"{kernel}\n".encode())

    print(f"prepare.py: kernel {kernel}, Image {len(image)} bytes, initramfs {len(initramfs)} "
          f"bytes (modules {' '.join(ffa_order + tee_order)}), guest.dtb (RAM "
          f"0x{args.ram_base:x}+0x{args.ram_size:x}, initrd 0x{args.initrd_ipa:x}-"
          f"0x{args.initrd_ipa + len(initramfs):x}, psci {args.psci_method}) in {args.out} "
          f"[{time.monotonic() - started:.1f} s]")


if __name__ == "__main__":
    try:
        main()
    except Failure as e:
        sys.exit(f"prepare.py: error: {e}")
