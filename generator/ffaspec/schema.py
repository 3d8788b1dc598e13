"""Validate each spec file against its $defs entry in spec/schema.yaml.

jsonschema's own messages are long; this turns each failure into one line
naming the file, the line of the offending key or item, and the problem.
"""
import jsonschema
from jsonschema.exceptions import best_match

from .loader import LineDict, LineList


def _locate(data, path):
    """Line of the deepest node on `path` that we know a line for."""
    node, line = data, getattr(data, "line", 1)
    for step in path:
        if isinstance(node, LineDict) and step in node:
            line = node.line_of(step)
        elif isinstance(node, LineList) and isinstance(step, int) \
                and step < len(node):
            line = node.line_of(step)
        else:
            break
        node = node[step]
    return node, line


def _describe_path(data, path):
    """functions[3] (rxtx-map).args[2] -- names help more than indexes."""
    out, node = "", data
    for step in path:
        if isinstance(step, int):
            out += f"[{step}]"
            node = node[step]
            if isinstance(node, dict) and isinstance(node.get("name"), str):
                out += f" ({node['name']})"
        else:
            out += ("." if out else "") + str(step)
            node = node[step] if isinstance(node, dict) and step in node \
                else None
        if node is None:
            break
    return out or "top level"


def _simplify(error):
    """Pick the most telling sub-error of a oneOf/anyOf failure."""
    while error.context:
        deeper = best_match(error.context)
        if deeper is None or list(deeper.absolute_path) == \
                list(error.absolute_path) and deeper.validator in \
                ("oneOf", "anyOf", "not", "required") and \
                error.validator != "oneOf":
            break
        error = deeper
    return error


def _message(error, schema_props):
    v = error.validator
    if v == "additionalProperties":
        extra = sorted(set(error.instance) - set(schema_props or ()))
        return f"unknown key '{extra[0]}'" if extra else error.message, extra
    if v == "required":
        return f"missing field {error.message.split(' is a ')[0]}", None
    if v == "pattern":
        return f"{error.instance!r} does not match {error.validator_value}", None
    if v == "enum":
        allowed = ", ".join(str(a) for a in error.validator_value)
        return f"{error.instance!r} is not one of: {allowed}", None
    if v == "not":
        return "has keys that cannot go together here " \
               "(name/type with fields?)", None
    if v == "oneOf":
        return "matches none of the allowed forms (see spec/schema.yaml)", None
    return error.message.split("\n")[0][:200], None


def check_file(schema, def_name, data, file, collector):
    """Report every schema violation of one file into `collector`."""
    root = dict(schema)
    root["$ref"] = f"#/$defs/{def_name}"
    validator = jsonschema.Draft202012Validator(root)
    seen = set()
    for error in validator.iter_errors(data):
        error = _simplify(error)
        path = list(error.absolute_path)
        node, line = _locate(data, path)
        props = error.schema.get("properties") if isinstance(
            error.schema, dict) else None
        msg, extra = _message(error, props)
        if extra and isinstance(node, LineDict):
            line = node.line_of(extra[0])
        where = _describe_path(data, path)
        key = (line, msg)
        if key in seen:
            continue
        seen.add(key)
        collector.add(file, line, f"{where}: {msg}")
