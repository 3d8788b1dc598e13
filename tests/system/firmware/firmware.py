#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Real secure firmware for the system test: TF-A and OP-TEE OS built from
Debian's source packages, in the two configurations of REAL-SPMC.md.

    firmware.py optee|tfa [--cache DIR] [--jobs N]

optee (configuration A): OP-TEE as the S-EL1 SPMC, TF-A's SPMD at EL3.
tfa   (configuration B): TF-A's EL3 SPMC, OP-TEE as an S-EL1 partition.
Both with GICv3. Prints the path of the QEMU -bios image (qemu_fw.bios) on
its last line. Sources and builds are cached under
~/.cache/ffa-mediator/firmware, keyed by the versions and every flag, so a
second run neither downloads nor builds.
"""
import argparse
import glob
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "linux"))
import prepare  # noqa: E402  (the machine's archive URI, one-line failures)

Failure = prepare.Failure
KEYRING = prepare.KEYRING

# Exact source versions, in order of preference; the first the archive can
# serve is used. REAL-SPMC.md: trixie has TF-A 2.12.1, sid OP-TEE 4.10.0.
SOURCES = {
    "arm-trusted-firmware": ["2.12.1+dfsg-1"],
    "optee-os": ["4.10.0-2", "4.10.0-1"],
}
SUITES = ["trixie", "sid"]

CROSS = "aarch64-linux-gnu-"
OPTEE_COMMON = [
    "PLATFORM=vexpress-qemu_armv8a", "CFG_ARM64_core=y", "CFG_USER_TA_TARGETS=ta_arm64",
    "CFG_ARM_GICV3=y", "CFG_BUILD_IN_TREE_TA=n", "DEBUG=0",
    f"CROSS_COMPILE={CROSS}", f"CROSS_COMPILE_core={CROSS}", f"CROSS_COMPILE_ta_arm64={CROSS}",
    "PYTHON3=/usr/bin/python3",
    # Debug messages on the secure UART: the tests read OP-TEE's own account
    # ("Open device.pta", "Asynchronous notifications are ready").
    "CFG_TEE_CORE_LOG_LEVEL=3",
]
TFA_COMMON = [
    "PLAT=qemu", "QEMU_USE_GIC_DRIVER=QEMU_GICV3", "SPD=spmd", "SPMD_SPM_AT_SEL2=0",
    "CTX_INCLUDE_EL2_REGS=0", "ENABLE_SME_FOR_NS=0", "ENABLE_SME_FOR_SWD=0",
    # BL31 enters the EL2 hypervisor (hyp.bin, loaded by QEMU) at EL2.
    "PRELOADED_BL33_BASE=0x40200000", "DEBUG=0", f"CROSS_COMPILE={CROSS}",
]

CONFIGS = {
    # A: OP-TEE is the SPMC at S-EL1; TF-A's SPMD relays to it.
    "optee": {
        "optee": ["CFG_CORE_SEL1_SPMC=y", "CFG_NS_VIRTUALIZATION=y"],
        "tfa": ["SPMC_OPTEE=1", "BL32_RAM_LOCATION=tdram"],
        "manifest": "spmc_manifest_optee.dts",
        "bl32": {"BL32": "tee-header_v2.bin", "BL32_EXTRA1": "tee-pager_v2.bin",
                 "BL32_EXTRA2": "tee-pageable_v2.bin"},
    },
    # B: TF-A's SPMC at EL3; OP-TEE is its one S-EL1 partition.
    "tfa": {
        "optee": ["CFG_CORE_EL3_SPMC=y"],
        "tfa": ["SPMC_AT_EL3=1", "BL32_RAM_LOCATION=tdram"],
        "manifest": "optee_sp_manifest_tfa.dts",
        "bl32": {"BL32": "tee-pager_v2.bin"},
    },
}


def log(message):
    print(f"firmware.py: {message}", file=sys.stderr, flush=True)


def run(cmd, cwd=None, logfile=None):
    """Run a build step; its output goes to logfile, shown only on failure."""
    with open(logfile or os.devnull, "ab") as out:
        result = subprocess.run(cmd, cwd=cwd, stdout=out, stderr=subprocess.STDOUT)
    if result.returncode != 0:
        if logfile:
            with open(logfile, errors="replace") as f:
                sys.stderr.write("".join(f.readlines()[-40:]))
        raise Failure(f"{' '.join(cmd[:3])}... exited with status {result.returncode}"
                      + (f" (whole log: {logfile})" if logfile else ""))


# ---------------------------------------------------------------- sources

class SourceApt:
    """apt-get with deb-src lines of its own (trixie, sid) and its own lists and
    cache, so the machine's apt state is untouched."""

    def __init__(self, root):
        self.root = os.path.join(root, "apt")
        uri = prepare.machine_archive_uri()
        self.options = prepare.private_apt_options(self.root, [
            f"deb-src [signed-by={KEYRING}] {uri} {suite} main" for suite in SUITES])
        self.updated = False

    def update(self):
        if not self.updated:
            log(f"apt-get update (deb-src {' '.join(SUITES)})")
            r = subprocess.run(["apt-get", "-q", *self.options, "update"],
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
            if r.returncode != 0:
                sys.stderr.write(r.stdout.decode(errors="replace")[-2000:])
                raise Failure("apt-get update of the deb-src suites failed")
            self.updated = True

    def source(self, package, version, into):
        """Download and unpack package=version into `into`; False when the
        archive cannot serve it (not listed, or its files not found)."""
        self.update()
        scratch = tempfile.mkdtemp(prefix=".src-", dir=into)
        try:
            r = subprocess.run(["apt-get", "-q", *self.options, "source", f"{package}={version}"],
                               cwd=scratch, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
            if r.returncode != 0:
                last = r.stdout.decode(errors="replace").strip().splitlines()[-1:]
                log(f"{package} {version}: {last[0] if last else 'failed'}")
                return False
            dirs = [d for d in os.listdir(scratch) if os.path.isdir(os.path.join(scratch, d))]
            if len(dirs) != 1:
                raise Failure(f"apt-get source {package}={version} unpacked {len(dirs)} directories")
            os.replace(os.path.join(scratch, dirs[0]), source_dir(into, package, version))
            return True
        finally:
            shutil.rmtree(scratch, ignore_errors=True)


def source_dir(root, package, version):
    return os.path.join(root, f"{package}_{version}")


def fetch_source(cache, apt, package):
    """The unpacked source of the first version of SOURCES[package] that is
    cached or that the archive serves: (version, directory)."""
    root = os.path.join(cache, "src")
    os.makedirs(root, exist_ok=True)
    for version in SOURCES[package]:
        if os.path.isdir(source_dir(root, package, version)):
            return version, source_dir(root, package, version)
    for version in SOURCES[package]:
        log(f"fetching {package} {version} (apt-get source)")
        if apt.source(package, version, root):
            return version, source_dir(root, package, version)
    raise Failure(f"the Debian archive cannot serve {package} "
                  f"{' or '.join(SOURCES[package])} (deb-src {', '.join(SUITES)})")


# ---------------------------------------------------------------- builds

def recipe_key(config, versions):
    """What a build depends on: versions, flags, the manifest, this script."""
    h = hashlib.sha256()
    c = CONFIGS[config]
    with open(os.path.join(HERE, c["manifest"]), "rb") as f:
        manifest = f.read()
    for part in (config, sorted(versions.items()), OPTEE_COMMON, c["optee"], TFA_COMMON,
                 c["tfa"], sorted(c["bl32"].items())):
        h.update(repr(part).encode())
    h.update(manifest)
    return h.hexdigest()[:16]


def build_optee(src, out, flags, jobs, logfile):
    log(f"building OP-TEE OS ({' '.join(flags)}; about 4 minutes on 2 cores)")
    run(["make", "-C", src, f"-j{jobs}", *OPTEE_COMMON, *flags, f"O={out}"], logfile=logfile)


def build_tfa(src, work, flags, bl32, manifest, jobs, logfile):
    """TF-A does not notice changed flags, and writes its tools into its
    source tree: build a fresh copy."""
    log(f"building TF-A ({' '.join(flags)})")
    tree = os.path.join(work, "tf-a")
    shutil.copytree(src, tree, symlinks=True)
    args = [f"{k}={v}" for k, v in bl32.items()]
    run(["make", "-C", tree, f"-j{jobs}", *TFA_COMMON, *flags, *args,
         f"QEMU_TOS_FW_CONFIG_DTS={manifest}", "all", "fip", "qemu_fw.bios"], logfile=logfile)
    return os.path.join(tree, "build", "qemu", "release", "qemu_fw.bios")


def build(config, cache, jobs):
    """The -bios image of `config`, from the cache when it is there."""
    apt = SourceApt(cache)
    versions, trees = {}, {}
    for package in SOURCES:
        versions[package], trees[package] = fetch_source(cache, apt, package)
    key = recipe_key(config, versions)
    done = os.path.join(cache, "build", f"{config}-{key}")
    image = os.path.join(done, "qemu_fw.bios")
    if os.path.exists(image):
        return image, versions, False
    os.makedirs(os.path.dirname(done), exist_ok=True)
    work = tempfile.mkdtemp(prefix=f".{config}-", dir=os.path.dirname(done))
    try:
        logfile = os.path.join(work, "build.log")
        c = CONFIGS[config]
        optee_out = os.path.join(work, "optee")
        build_optee(trees["optee-os"], optee_out, c["optee"], jobs, logfile)
        bl32 = {k: os.path.join(optee_out, "core", v) for k, v in c["bl32"].items()}
        bios = build_tfa(trees["arm-trusted-firmware"], work, c["tfa"], bl32,
                         os.path.join(HERE, c["manifest"]), jobs, logfile)
        os.makedirs(os.path.join(work, "out"))
        shutil.copy(bios, os.path.join(work, "out", "qemu_fw.bios"))
        shutil.copy(logfile, os.path.join(work, "out", "build.log"))
        with open(os.path.join(work, "out", "recipe.txt"), "w") as f:
            f.write(f"config {config}\n" + "".join(f"{p} {v}\n" for p, v in versions.items()))
        if os.path.isdir(done):
            shutil.rmtree(done)
        os.replace(os.path.join(work, "out"), done)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return image, versions, True


def default_cache():
    return os.path.join(os.environ.get("XDG_CACHE_HOME") or
                        os.path.join(os.path.expanduser("~"), ".cache"),
                        "ffa-mediator", "firmware")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("config", choices=sorted(CONFIGS))
    ap.add_argument("--cache", default=default_cache())
    ap.add_argument("--jobs", type=int, default=2)
    args = ap.parse_args()
    t0 = time.monotonic()
    image, versions, built = build(args.config, args.cache, args.jobs)
    log(f"{args.config}: TF-A {versions['arm-trusted-firmware']}, OP-TEE "
        f"{versions['optee-os']}, {'built' if built else 'cached'} "
        f"[{time.monotonic() - t0:.1f} s]")
    print(image)


if __name__ == "__main__":
    try:
        main()
    except Failure as e:
        sys.exit(f"firmware.py: error: {e}")
