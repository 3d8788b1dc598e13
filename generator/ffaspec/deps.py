"""The Python modules a tool needs, found or provided by a re-run.

Imports nothing outside the standard library, so a tool can call it before
it imports what it needs.
"""
import importlib
import os
import sys

DEBIAN_PYTHON = "/usr/bin/python3"


def ensure(prog, modules, packages):
    """Re-run the tool under Debian's python3 when this interpreter (a pyenv
    or venv one, say) lacks one of modules; else say what to install."""
    try:
        for name in modules:
            importlib.import_module(name)
    except ImportError as e:
        if os.path.exists(DEBIAN_PYTHON) and \
                os.path.realpath(sys.executable) != \
                os.path.realpath(DEBIAN_PYTHON):
            os.execv(DEBIAN_PYTHON, [DEBIAN_PYTHON] + sys.argv)
        sys.exit(f"{prog}: {e.name} is missing: apt-get install "
                 f"{' '.join(packages)}")
