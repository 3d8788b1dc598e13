#!/usr/bin/env python3
"""Generate the FF-A mediator's C code, tests and reference from spec/.

    python3 generator/ffagen.py            regenerate generated/
    python3 generator/ffagen.py --out DIR  write the output under DIR
    python3 generator/ffagen.py --check    fail, naming each stale file, when
                                           generated/ differs from spec/

Pipeline: load (YAML with lines) -> schema (spec/schema.yaml) -> model (with
the semantic checks) -> render (Jinja2, returns text) -> write or compare.
Spec problems are printed one per line as file:line: message, exit status 1.
"""
import argparse
import os
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from ffaspec import deps  # noqa: E402

deps.ensure("ffagen", ("jinja2", "jsonschema", "yaml"),
            ("python3-jinja2", "python3-yaml", "python3-jsonschema"))

from ffaspec.errors import SpecError, SpecErrors, Collector  # noqa: E402
from ffaspec.loader import load_yaml  # noqa: E402
from ffaspec import schema as schema_check  # noqa: E402
from ffaspec.builder import Builder  # noqa: E402
from ffaspec.render import render, OUTPUTS  # noqa: E402

ROOT = os.path.dirname(HERE)
SPEC_FILES = ["abi", "status", "functions", "features", "structs"]


def load_spec(spec_dir):
    """Load, schema-check and model spec_dir; raises SpecErrors."""
    shown = os.path.relpath(spec_dir, os.getcwd())
    if shown.startswith(".."):
        shown = spec_dir
    schema = load_yaml(os.path.join(spec_dir, "schema.yaml"),
                       os.path.join(shown, "schema.yaml"))
    files, err = {}, Collector()
    for key in SPEC_FILES:
        name = os.path.join(shown, f"{key}.yaml")
        try:
            data = load_yaml(os.path.join(spec_dir, f"{key}.yaml"), name)
        except SpecError as e:
            err.errors.append(e)
            continue
        schema_check.check_file(schema, f"{key}-file", data, name, err)
        files[key] = (name, data)
    err.raise_if_any()
    return Builder(files).build()


def write_atomic(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=os.path.dirname(path), prefix=".ffagen-")
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(text)
    os.chmod(tmp, 0o644)
    os.replace(tmp, path)


def orphan_files(outputs, out_dir):
    """Files under out_dir that carry our marker but are no longer output
    (their template or spec entry went away)."""
    orphans = []
    for dirpath, _, files in os.walk(out_dir):
        for name in files:
            path = os.path.join(dirpath, name)
            rel = os.path.relpath(path, out_dir)
            if rel in outputs:
                continue
            try:
                with open(path, encoding="utf-8") as f:
                    head = f.read(400)
            except (OSError, UnicodeDecodeError):
                continue
            if "FFA-GEN " in head:
                orphans.append(rel)
    return sorted(orphans)


def stale_files(outputs, out_dir):
    stale = []
    for rel, text in sorted(outputs.items()):
        path = os.path.join(out_dir, rel)
        try:
            with open(path, encoding="utf-8") as f:
                current = f.read()
        except OSError:
            current = None
        if current != text:
            stale.append(rel)
    return stale


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--spec", default=os.path.join(ROOT, "spec"),
                    help="spec directory (default: spec/)")
    ap.add_argument("--out", default=os.path.join(ROOT, "generated"),
                    help="output directory (default: generated/)")
    ap.add_argument("--templates", default=os.path.join(ROOT, "templates"),
                    help=argparse.SUPPRESS)
    ap.add_argument("--check", action="store_true",
                    help="compare instead of writing; exit 1 if stale")
    args = ap.parse_args(argv)
    try:
        spec = load_spec(args.spec)
    except SpecErrors as e:
        for err in e.errors:
            print(err, file=sys.stderr)
        return 1
    except SpecError as e:
        print(e, file=sys.stderr)
        return 1
    outputs = render(spec, args.templates)
    if args.check:
        stale = stale_files(outputs, args.out)
        orphans = orphan_files(outputs, args.out)
        shown = os.path.relpath(args.out)
        for rel in stale:
            print(f"{os.path.join(shown, rel)}: stale, "
                  f"differs from what spec/ gives", file=sys.stderr)
        for rel in orphans:
            print(f"{os.path.join(shown, rel)}: no longer generated",
                  file=sys.stderr)
        if stale or orphans:
            print("run: python3 generator/ffagen.py", file=sys.stderr)
            return 1
        return 0
    for rel in stale_files(outputs, args.out):
        write_atomic(os.path.join(args.out, rel), outputs[rel])
    for rel in orphan_files(outputs, args.out):
        os.remove(os.path.join(args.out, rel))
    return 0


if __name__ == "__main__":
    sys.exit(main())
