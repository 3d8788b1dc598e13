#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-only
#
# Put the FF-A mediator into a Xen 4.17 source tree:
#
#   ports/xen/install.sh [--sources-only] XEN_TREE
#
# applies ports/xen/patches/*.patch to XEN_TREE (the top of the tree, the
# directory holding xen/), then copies the adapter, the runtime and the
# generated code into XEN_TREE/xen/arch/arm/tee/ffa/ with a Makefile whose
# object list comes from cmake/ffa_sources.cmake. --sources-only skips the
# patches (a tree they were applied to already). Files whose content did
# not change keep their time stamps, so Xen's make rebuilds only what did.
# Then configure Xen with CONFIG_TEE=y and CONFIG_FFA_MEDIATOR=y (which
# needs CONFIG_UNSUPPORTED=y) and build it as usual.
set -eu

PORT=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$PORT/../.." && pwd)
patches=yes
if [ "${1:-}" = "--sources-only" ]; then
	patches=no
	shift
fi
[ $# -eq 1 ] && [ -d "$1/xen/arch/arm/tee" ] || {
	echo "usage: $0 [--sources-only] XEN_TREE (a Xen 4.17 tree: XEN_TREE/xen/arch/arm/tee)" >&2
	exit 2
}
TREE=$1
DEST=$TREE/xen/arch/arm/tee/ffa

if [ $patches = yes ]; then
	for p in "$PORT"/patches/*.patch; do
		patch -d "$TREE" -p1 --forward --quiet <"$p" || {
			echo "install.sh: $(basename "$p") does not apply to $TREE" >&2
			exit 1
		}
	done
fi

# copy SRC DEST_FILE: only when the content differs.
copy() {
	cmp -s "$1" "$2" 2>/dev/null || cp "$1" "$2"
}

mkdir -p "$DEST/include/ffa"
copy "$PORT/ffa_xen.c" "$DEST/ffa_xen.c"
for h in "$PORT"/include/*.h; do
	copy "$h" "$DEST/include/$(basename "$h")"
done
for h in "$ROOT"/runtime/include/ffa/*.h "$ROOT"/generated/include/ffa/*.h; do
	copy "$h" "$DEST/include/ffa/$(basename "$h")"
done
for h in "$ROOT"/runtime/src/*.h; do
	copy "$h" "$DEST/$(basename "$h")"
done

# The mediator's sources, as every other build of the project takes them.
sources=$(sed -n 's|^ *\${FFA_ROOT}/\(.*\.c\)$|\1|p' "$ROOT/cmake/ffa_sources.cmake")
[ -n "$sources" ] || { echo "install.sh: no sources in cmake/ffa_sources.cmake" >&2; exit 1; }
objs=""
for s in $sources; do
	copy "$ROOT/$s" "$DEST/$(basename "$s")"
	objs="$objs $(basename "$s" .c).o"
done

{
	echo "# SPDX-License-Identifier: GPL-2.0-only"
	echo "# Written by ffa-mediator's ports/xen/install.sh: the Xen adapter and the"
	echo "# runtime (MIT; cmake/ffa_sources.cmake), built with Xen's own flags."
	echo "obj-y += ffa_xen.o"
	for o in $objs; do
		echo "obj-y += $o"
	done
	echo ""
	echo "# include/ first: its stdint.h and friends map to Xen's types."
	echo "CFLAGS-y += -I\$(srctree)/arch/arm/tee/ffa/include"
} >"$DEST/Makefile.new"
copy "$DEST/Makefile.new" "$DEST/Makefile"
rm -f "$DEST/Makefile.new"
