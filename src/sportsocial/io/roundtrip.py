"""Saving into a file as the user wrote it: only what changed changes.

People keep an engagement in a YAML file they edit by hand, with comments,
their own key order and quoting, ``120000`` rather than ``120000.0``, and
fields they wrote out although they equal the default (``methodology: ssnb``).
Writing the whole document anew would lose all of that. Instead a save reads
the file as it is now with a round-trip YAML reader (``ruamel.yaml``, which
keeps comments and styles on its nodes) and applies only the *differences*
between two plain documents to it: changed values are replaced where they
stand, new keys are put after their predecessor, new list items where they
belong, removed ones are deleted. Everything else — every comment, every key
the difference does not touch — stays byte for byte.

The differences are taken between two documents of the same shape: the file as
read and normalised (what the engagement was loaded from) and the one to save.
A key the file holds but neither document has (a field written out at its
default) is thus never touched. Reading the round-trip tree is slower than
the fast reader, so only a save pays for it.
"""

from __future__ import annotations

import difflib
import io
import json
import re
from collections.abc import MutableMapping, MutableSequence
from typing import Any

from .formats import Format, json_text

__all__ = ["merge", "merged_text", "rt_load"]

#: Integral floats up to this size are written as integers (``120000``, not ``120000.0``).
_SAFE_INT = 2**53 - 1


_KEY_LINE = re.compile(r"^( *)[^\s#-][^#]*:\s*(#.*)?$")
_ITEM_LINE = re.compile(r"^( *)-( +)[^\s#]")
_CONTENT_LINE = re.compile(r"^( *)[^\s#]")


def _guess_indent(text: str) -> tuple[int, int, int]:
    """How ``text`` indents: (mapping indent, list item indent, offset of ``-``
    under its key), as ruamel's ``indent()`` takes them.

    Read from the first nested mapping and the first block list below a key;
    a line-by-line look, far cheaper than ruamel's own guess (a full parse).
    """
    indent: int | None = None
    offset: int | None = None
    sequence: int | None = None
    lines = text.splitlines()
    for i, line in enumerate(lines[:-1]):
        key = _KEY_LINE.match(line)
        if key is None:
            continue
        nxt = next((n for n in lines[i + 1 :] if _CONTENT_LINE.match(n)), None)
        if nxt is None:
            break
        depth = len(key.group(1))
        item = _ITEM_LINE.match(nxt)
        if item is not None:
            if offset is None:
                offset = max(len(item.group(1)) - depth, 0)
                sequence = offset + 1 + len(item.group(2))
        else:
            match = _CONTENT_LINE.match(nxt)
            if indent is None and match is not None and len(match.group(1)) > depth:
                indent = len(match.group(1)) - depth
        if indent is not None and offset is not None:
            break
    offset = offset or 0
    return indent or 2, sequence or offset + 2, offset


def _yaml(text: str) -> Any:
    """A round-trip YAML reader/writer set up for the indentation ``text`` uses."""
    from ruamel.yaml import YAML

    indent, sequence, offset = _guess_indent(text)
    yaml = YAML(typ="rt")
    yaml.preserve_quotes = True
    yaml.width = 4096  # never fold a long line the user wrote on one line
    yaml.allow_unicode = True
    yaml.indent(mapping=indent, sequence=sequence, offset=offset)
    return yaml


def rt_load(text: str) -> Any:
    """The round-trip tree of YAML ``text`` (mappings keep comments, order and styles)."""
    return _yaml(text).load(text)


def _plain(value: Any) -> Any:
    """A new value as it is best written: integral floats as integers."""
    if isinstance(value, float) and value.is_integer() and abs(value) <= _SAFE_INT:
        return int(value)
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def _styled(old: Any, new: Any) -> Any:
    """``new`` in the style ``old`` was written in (quotes of a string kept)."""
    new = _plain(new)
    if isinstance(new, str) and isinstance(old, str) and type(old) is not str:
        try:
            return type(old)(new)
        except Exception:
            return new
    return new


def _same(a: Any, b: Any) -> bool:
    """Equal as document values: ``120000 == 120000.0``, but ``True != 1``."""
    if isinstance(a, bool) or isinstance(b, bool):
        return type(a) is type(b) and a == b
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(_same(a[k], b[k]) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    return bool(a == b) and isinstance(a, str) == isinstance(b, str)


def _key(item: Any) -> str:
    """What identifies a list item across two versions of a list: its id, else its content."""
    if isinstance(item, dict) and isinstance(item.get("id"), str):
        return "id:" + str(item["id"])
    return json.dumps(item, sort_keys=True, default=str)


def _merge_value(target: Any, old: Any, new: Any) -> tuple[bool, Any]:
    """Merge ``old``→``new`` into ``target``; ``(True, x)`` when ``x`` must replace ``target``."""
    if _same(old, new):
        return False, target
    if isinstance(old, dict) and isinstance(new, dict) and isinstance(target, MutableMapping):
        merge(target, old, new)
        return False, target
    if (
        isinstance(old, list)
        and isinstance(new, list)
        and isinstance(target, MutableSequence)
        and len(target) == len(old)
    ):
        _merge_list(target, old, new)
        return False, target
    return True, _styled(target, new)


def _merge_list(target: MutableSequence[Any], old: list[Any], new: list[Any]) -> None:
    matcher = difflib.SequenceMatcher(None, [_key(x) for x in old], [_key(x) for x in new], False)
    for tag, i1, i2, j1, j2 in reversed(matcher.get_opcodes()):
        paired = min(i2 - i1, j2 - j1) if tag in ("equal", "replace") else 0
        # Beyond the paired items: insert the new ones, delete the old ones.
        if j2 - j1 > paired:
            for offset, item in enumerate(new[j1 + paired : j2]):
                target.insert(i1 + paired + offset, _plain(item))
        if i2 - i1 > paired:
            del target[i1 + paired : i2]
        for k in range(paired - 1, -1, -1):
            replace, value = _merge_value(target[i1 + k], old[i1 + k], new[j1 + k])
            if replace:
                target[i1 + k] = value


def merge(target: MutableMapping[Any, Any], old: dict[str, Any], new: dict[str, Any]) -> None:
    """Apply the differences between plain documents ``old`` and ``new`` to ``target``.

    ``target`` is the file's own tree (a ruamel mapping, or a dict read from
    JSON) in the shape of ``old``, possibly with more keys, which are kept.
    """
    for key in [k for k in old if k not in new]:
        if key in target:
            del target[key]
    order = list(new)
    for index, key in enumerate(order):
        value = new[key]
        if key in old and key in target:
            replace, merged = _merge_value(target[key], old[key], value)
            if replace:
                target[key] = merged
        elif key in target:  # written out at its default, now a value of its own
            if not _same(target[key], value):
                target[key] = _styled(target[key], value)
        else:
            # Before the next key that the file has; with none, at the end.
            keys = list(target)
            position = len(keys)
            for after in order[index + 1 :]:
                if after in target:
                    position = keys.index(after)
                    break
            insert = getattr(target, "insert", None)
            if insert is not None:
                insert(position, key, _plain(value))
            else:  # a plain dict: rebuild it in order
                items = list(target.items())
                items.insert(position, (key, _plain(value)))
                target.clear()
                target.update(items)


def merged_text(
    current: str, fmt: Format, steps: list[tuple[dict[str, Any], dict[str, Any]]]
) -> str:
    """``current`` with each ``(old, new)`` difference of ``steps`` applied in turn.

    Line ends stay as the file has them (``\\r\\n`` on Windows).
    """
    crlf = "\r\n" in current
    current = current.replace("\r\n", "\n") if crlf else current
    text = _merged(current, fmt, steps)
    return text.replace("\n", "\r\n") if crlf else text


def _merged(current: str, fmt: Format, steps: list[tuple[dict[str, Any], dict[str, Any]]]) -> str:
    if fmt == "json":
        tree = json.loads(current)
        for old, new in steps:
            merge(tree, old, new)
        return json_text(tree) + "\n"
    yaml = _yaml(current)
    tree = yaml.load(current)
    for old, new in steps:
        merge(tree, old, new)
    out = io.StringIO()
    yaml.dump(tree, out)
    return out.getvalue()
