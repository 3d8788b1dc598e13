#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Unit tests of linux/prepare.py's kernel choice, with the archive's
package names given (no network): which kernels exist in which layout,
what --kernel means, that only defaults are remembered, and what an error
says when a kernel does not exist."""
import gzip
import lzma
import os
import shutil
import struct
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import prepare  # noqa: E402

# Package names as trixie-backports and bookworm had them (December 2026):
# 7.2+ split into binary/modules/base (linux-image a meta package), 7.0 and
# 7.1 incomplete there, 6.18 one signed package, 6.1 signed and unsigned.
ARCHIVE = set()
for flavour in ("cloud-arm64", "arm64", "arm64-16k", "rt-arm64"):
    for v in ("7.2.12", "7.3.4"):
        for part in ("binary", "modules", "base", "image"):
            ARCHIVE.add(f"linux-{part}-{v}+deb13-{flavour}")
        ARCHIVE.add(f"linux-image-{v}+deb13-{flavour}-dbg")
    ARCHIVE |= {f"linux-binary-7.1.13+deb13-{flavour}", f"linux-image-7.1.13+deb13-{flavour}",
                f"linux-image-6.18.15+deb13-{flavour}"}
ARCHIVE |= {"linux-image-6.1.0-50-arm64", "linux-image-6.1.0-50-arm64-unsigned",
            "linux-image-6.1.0-47-arm64", "linux-image-6.1.0-50-cloud-arm64"}


class FakeApt:
    """The private apt, answering from ARCHIVE; counts its questions."""

    def __init__(self, names):
        self.names = names
        self.asked = 0

    def kernels(self):
        self.asked += 1
        return prepare.kernels_in(self.names)


class Layouts(unittest.TestCase):
    def test_split_and_classic_kernels(self):
        k = prepare.kernels_in(ARCHIVE)
        self.assertEqual(k["7.3.4+deb13-arm64-16k"],
                         ["linux-binary-7.3.4+deb13-arm64-16k", "linux-modules-7.3.4+deb13-arm64-16k",
                          "linux-base-7.3.4+deb13-arm64-16k"])
        self.assertEqual(k["6.18.15+deb13-arm64"], ["linux-image-6.18.15+deb13-arm64"])
        self.assertEqual(k["6.1.0-50-arm64-unsigned"], ["linux-image-6.1.0-50-arm64-unsigned"])
        self.assertEqual(k["6.1.0-50-arm64"], ["linux-image-6.1.0-50-arm64"])
        # A 7.x meta package without its modules and base is no kernel.
        self.assertNotIn("7.1.13+deb13-arm64", k)
        self.assertFalse(any(c.endswith("-dbg") for c in k))

    def test_flavours(self):
        self.assertEqual(prepare.flavour_of("7.3.4+deb13-arm64-16k"), "arm64-16k")
        self.assertEqual(prepare.flavour_of("7.3.4+deb13-cloud-arm64"), "cloud-arm64")
        self.assertEqual(prepare.flavour_of("7.3.4+deb13-rt-arm64"), "rt-arm64")
        self.assertEqual(prepare.flavour_of("6.1.0-50-arm64-unsigned"), "arm64")
        self.assertIsNone(prepare.flavour_of("7.3.4+deb13-amd64"))


class Choice(unittest.TestCase):
    def setUp(self):
        self.root = tempfile.mkdtemp()
        self.cache = prepare.Cache(self.root)
        self.cache.apt = FakeApt(ARCHIVE)

    def tearDown(self):
        shutil.rmtree(self.root)

    def test_default_is_newest_cloud_then_remembered(self):
        self.assertEqual(prepare.choose_kernel(self.cache, None), "7.3.4+deb13-cloud-arm64")
        asked = self.cache.apt.asked
        self.cache.apt = FakeApt(ARCHIVE | {"linux-binary-7.4.1+deb13-cloud-arm64",
                                            "linux-modules-7.4.1+deb13-cloud-arm64",
                                            "linux-base-7.4.1+deb13-cloud-arm64"})
        # The same default, without asking the archive (offline).
        self.assertEqual(prepare.choose_kernel(self.cache, None), "7.3.4+deb13-cloud-arm64")
        self.assertEqual(self.cache.apt.asked, 0)
        self.assertEqual(asked, 1)
        self.assertEqual(prepare.choose_kernel(self.cache, "latest"), "7.4.1+deb13-cloud-arm64")

    def test_a_chosen_kernel_does_not_stick(self):
        """issue 14: a --kernel choice was remembered, and a later run
        without --kernel used it instead of the default."""
        self.assertEqual(prepare.choose_kernel(self.cache, "7.2.12+deb13-arm64-16k"),
                         "7.2.12+deb13-arm64-16k")
        self.assertEqual(prepare.choose_kernel(self.cache, "linux-image-6.1.0-50-arm64-unsigned"),
                         "6.1.0-50-arm64-unsigned")
        self.assertEqual(prepare.choose_kernel(self.cache, None), "7.3.4+deb13-cloud-arm64")
        self.assertEqual(prepare.choose_kernel(self.cache, "latest"), "7.3.4+deb13-cloud-arm64")
        self.assertEqual(prepare.choose_kernel(self.cache, None), "7.3.4+deb13-cloud-arm64")

    def test_flavour_defaults(self):
        self.assertEqual(prepare.choose_kernel(self.cache, "arm64"), "7.3.4+deb13-arm64")
        self.assertEqual(prepare.choose_kernel(self.cache, "arm64-16k"), "7.3.4+deb13-arm64-16k")
        self.assertEqual(prepare.choose_kernel(self.cache, None), "7.3.4+deb13-cloud-arm64")

    def test_a_missing_kernel_says_what_exists(self):
        with self.assertRaises(prepare.Failure) as e:
            prepare.fetch(self.cache, "7.3.5+deb13-arm64")
        text = str(e.exception)
        self.assertIn("has no arm64 kernel 7.3.5+deb13-arm64. These are there", text)
        self.assertIn("  arm64: 6.1.0-47-arm64 6.1.0-50-arm64 6.1.0-50-arm64-unsigned "
                      "6.18.15+deb13-arm64 7.2.12+deb13-arm64 7.3.4+deb13-arm64", text)
        self.assertIn("  arm64-16k: 6.18.15+deb13-arm64-16k 7.2.12+deb13-arm64-16k "
                      "7.3.4+deb13-arm64-16k", text)
        self.assertIn("  cloud-arm64: 6.1.0-50-cloud-arm64 6.18.15+deb13-cloud-arm64", text)


class Images(unittest.TestCase):
    IMAGE = bytes(0x38) + prepare.ARM64_IMAGE_MAGIC + bytes(64)

    def test_raw_and_gzip(self):
        self.assertEqual(prepare.raw_image(self.IMAGE, "k"), self.IMAGE)
        self.assertEqual(prepare.raw_image(gzip.compress(self.IMAGE), "k"), self.IMAGE)

    def test_efi_zboot(self):
        for kind, pack in (("gzip", gzip.compress), ("xzkern", lzma.compress)):
            payload = pack(self.IMAGE)
            head = b"MZ\0\0zimg" + struct.pack("<II", 64, len(payload)) + bytes(8)
            head += kind.encode().ljust(8, b"\0")
            head = head.ljust(64, b"\0")
            self.assertEqual(prepare.raw_image(head + payload, "k"), self.IMAGE)

    def test_not_an_image(self):
        with self.assertRaises(prepare.Failure):
            prepare.raw_image(bytes(128), "k")


if __name__ == "__main__":
    unittest.main()
