"""Load spec/*.yaml keeping the line of every mapping and key.

Mappings load as LineDict (a dict with .line and .key_lines), sequences as
LineList (a list with .line and .item_lines), so every later stage can name
the file and line of what it complains about.
"""
import yaml

from .errors import SpecError


class LineDict(dict):
    """A dict that remembers where it and each of its keys were written."""
    line = 0
    key_lines = None

    def line_of(self, key):
        return (self.key_lines or {}).get(key, self.line)


class LineList(list):
    """A list that remembers where it and each of its items were written."""
    line = 0
    item_lines = None

    def line_of(self, index):
        lines = self.item_lines or []
        return lines[index] if 0 <= index < len(lines) else self.line


# libyaml's parser when PyYAML was built with it (Debian's is): several
# times faster; the marks (lines) are the same.
_BASE = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_BASE):
    """SafeLoader that builds LineDict/LineList and rejects duplicate keys."""


def _construct_mapping(loader, node):
    loader.flatten_mapping(node)
    out = LineDict()
    out.line = node.start_mark.line + 1
    out.key_lines = {}
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        if key in out:
            raise SpecError(loader.name, key_node.start_mark.line + 1,
                            f"duplicate key '{key}'")
        out[key] = loader.construct_object(value_node, deep=True)
        out.key_lines[key] = key_node.start_mark.line + 1
    return out


def _construct_sequence(loader, node):
    out = LineList(loader.construct_object(n, deep=True) for n in node.value)
    out.line = node.start_mark.line + 1
    out.item_lines = [n.start_mark.line + 1 for n in node.value]
    return out


_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG,
                        _construct_mapping)
_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG,
                        _construct_sequence)


def load_yaml(path, display_name):
    """Parse one YAML file; a syntax error becomes a SpecError with its line."""
    try:
        with open(path, encoding="utf-8") as f:
            text = f.read()
    except OSError as e:
        raise SpecError(display_name, 0, f"cannot read: {e.strerror}")
    loader = _Loader(text)
    loader.name = display_name
    try:
        data = loader.get_single_data()
    except yaml.MarkedYAMLError as e:
        mark = e.problem_mark or e.context_mark
        line = mark.line + 1 if mark else 0
        raise SpecError(display_name, line, f"YAML: {e.problem or e.context}")
    except yaml.YAMLError as e:
        raise SpecError(display_name, 0, f"YAML: {e}")
    finally:
        loader.dispose()
    if data is None:
        raise SpecError(display_name, 1, "file is empty")
    return data
