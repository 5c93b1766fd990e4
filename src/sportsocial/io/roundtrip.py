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

import datetime as dt
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
    """A new value as it is best written: integral floats as integers; mappings and
    lists as ruamel's, which can carry the comment that follows them."""
    from ruamel.yaml.comments import CommentedMap, CommentedSeq

    if isinstance(value, float) and value.is_integer() and abs(value) <= _SAFE_INT:
        return int(value)
    if isinstance(value, dict):
        return CommentedMap((k, _plain(v)) for k, v in value.items())
    if isinstance(value, list):
        return CommentedSeq(_plain(v) for v in value)
    return value


# ruamel keeps the comment lines below a value on the innermost last entry of the
# mapping or list that ends there: in ``ca.items[key][2]`` of a mapping, in
# ``ca.items[index][0]`` of a list, as one token whose text starts with the rest of
# that entry's own line (``\n``, or an end-of-line comment). When the last entry
# changes — an item appended, the last key removed, a value replaced — those lines
# would move with it or vanish; instead they are taken off before and put back
# after the new last entry.


def _slot(node: Any) -> tuple[Any, Any, int] | None:
    """The comment slot of the innermost last entry of ``node``: (ca.items, key, index)."""
    found = None
    while isinstance(node, MutableMapping | MutableSequence) and len(node) and hasattr(node, "ca"):
        last: Any = next(reversed(node)) if isinstance(node, MutableMapping) else len(node) - 1
        found = (node.ca.items, last, 2 if isinstance(node, MutableMapping) else 0)
        node = node[last]
    return found


def _take_trailing(node: Any) -> Any:
    """Take the comment lines below ``node`` off it; ``None`` when there are none.
    An end-of-line comment of its last line stays where it is."""
    where = _slot(node)
    return None if where is None else _take_from(*where)


def _take_from(items: Any, key: Any, index: int) -> Any:
    """Take the comment lines below entry ``key`` (slot ``index`` of ``items``)."""
    entry = items.get(key)
    token = entry[index] if entry is not None and len(entry) > index else None
    if token is None or not isinstance(getattr(token, "value", None), str):
        return None
    head, newline, rest = token.value.partition("\n")
    if not rest:
        return None
    if head.strip():  # an end-of-line comment: it stays on its line
        token.value = head + newline
    else:
        entry[index] = None
    return _comment("\n" + rest)


def _comment(text: str) -> Any:
    """A comment token of whole lines, each with its own indentation in ``text``."""
    from ruamel.yaml.error import CommentMark
    from ruamel.yaml.tokens import CommentToken

    return CommentToken(text, CommentMark(0))


def _put_trailing(node: Any, token: Any) -> bool:
    """Put comment lines taken by :func:`_take_trailing` below ``node``; ``False``
    when ``node`` has no entry to carry them."""
    where = _slot(node)
    if where is None or token is None:
        return False
    items, key, index = where
    entry = items.setdefault(key, [None, None, None, None])
    while len(entry) <= index:
        entry.append(None)
    if entry[index] is not None and isinstance(entry[index].value, str):
        entry[index].value = entry[index].value.rstrip("\n") + token.value
    else:
        entry[index] = token
    return True


def _put_before(target: Any, key: Any, token: Any) -> None:
    """Put comment lines above ``key`` of mapping ``target`` (without their line end)."""
    ca = getattr(target, "ca", None)
    if ca is None or token is None or key not in target:
        return
    text = token.value[1:] if token.value.startswith("\n") else token.value
    entry = ca.items.setdefault(key, [None, None, None, None])
    entry[1] = [_comment(text), *(entry[1] or [])]


def _line(token: Any) -> str:
    """The text of a comment token that stood above a key, with its indentation."""
    value = str(token.value)
    column = getattr(token, "column", None) or 0
    return " " * column + value if value.strip() and not value.startswith(" ") else value


def _pre(target: Any, key: Any) -> list[Any]:
    """Take the comment lines above ``key`` of mapping ``target``."""
    ca = getattr(target, "ca", None)
    entry = ca.items.get(key) if ca is not None else None
    if not entry or len(entry) < 2 or not entry[1]:
        return []
    taken = list(entry[1])
    entry[1] = None
    return taken


def _styled(old: Any, new: Any) -> Any:
    """``new`` in the style ``old`` was written in (quotes of a string kept)."""
    new = _plain(new)
    if isinstance(old, dt.date) and isinstance(new, str):  # a date written without quotes
        try:
            return dt.date.fromisoformat(new)
        except ValueError:
            return new
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


def _merge_value(target: Any, old: Any, new: Any, keep: bool) -> tuple[bool, Any]:
    """Merge ``old``→``new`` into ``target``; ``(True, x)`` when ``x`` must replace ``target``."""
    if _same(old, new):
        return False, target
    if isinstance(old, dict) and isinstance(new, dict) and isinstance(target, MutableMapping):
        merge(target, old, new, keep_lists=keep)
        return False, target
    if (
        isinstance(old, list)
        and isinstance(new, list)
        and isinstance(target, MutableSequence)
        and len(target) == len(old)
    ):
        left = _merge_list(target, old, new, keep)
        if left is not None:  # now empty: written [] with the lines below it kept
            return True, (_empty_list(), left)
        return False, target
    return True, _styled(target, new)


def _merge_list(target: MutableSequence[Any], old: list[Any], new: list[Any], keep: bool) -> Any:
    """Merge ``old``→``new`` into list ``target``; return the comment lines that
    followed it when it ends up empty (for the caller to place)."""
    trailing = _take_trailing(target)
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
            replace, value = _merge_value(target[i1 + k], old[i1 + k], new[j1 + k], keep)
            if replace:
                target[i1 + k] = value
    if trailing is not None and not _put_trailing(target, trailing):
        return trailing
    return None


def _empty_list() -> Any:
    from ruamel.yaml.comments import CommentedSeq

    empty = CommentedSeq()
    empty.fa.set_flow_style()
    return empty


def _set(target: MutableMapping[Any, Any], key: Any, value: Any) -> None:
    """Replace the value of ``key``; the comment lines below the old value stay below."""
    trailing = None
    if isinstance(value, tuple):  # an emptied list and the lines that followed it
        value, trailing = value
    elif isinstance(target[key], MutableMapping | MutableSequence):
        trailing = _take_trailing(target[key])
    target[key] = value
    if trailing is None:
        return
    if isinstance(value, MutableMapping | MutableSequence) and _put_trailing(value, trailing):
        return
    ca = getattr(target, "ca", None)
    if ca is not None:  # below a scalar or an empty [] / {}: the key's own slot
        entry = ca.items.setdefault(key, [None, None, None, None])
        entry[2] = trailing


def _remove(target: MutableMapping[Any, Any], key: Any, keep_lists: bool) -> None:
    """Remove ``key``; comment lines above and below it go above the next key.

    A list that became empty is kept as ``key: []``: the section stays in the
    file (with its comments) for the next entry.
    """
    if keep_lists and isinstance(target[key], MutableSequence) and hasattr(target, "ca"):
        _set(target, key, (_empty_list(), _take_trailing(target[key])))
        return
    keys = list(target)
    after = keys[keys.index(key) + 1] if keys.index(key) + 1 < len(keys) else None
    above = _pre(target, key)
    value = target[key]
    below = _take_trailing(value) if isinstance(value, MutableMapping) and len(value) else None
    ca = getattr(target, "ca", None)
    if below is None and ca is not None:
        below = _take_from(ca.items, key, 2)
    del target[key]
    if ca is None:
        return
    if after is None:  # the last key went: its comment lines go below the one before
        lines = "".join(_line(token) for token in above)
        if below is not None:
            lines += below.value[1:]
        if lines:
            _put_trailing(target, _comment("\n" + lines))
        return
    if below is not None:
        _put_before(target, after, below)
    if above:
        entry = ca.items.setdefault(after, [None, None, None, None])
        entry[1] = [*above, *(entry[1] or [])]


def merge(
    target: MutableMapping[Any, Any],
    old: dict[str, Any],
    new: dict[str, Any],
    *,
    keep_lists: bool = True,
) -> None:
    """Apply the differences between plain documents ``old`` and ``new`` to ``target``.

    ``target`` is the file's own tree (a ruamel mapping, or a dict read from
    JSON) in the shape of ``old``, possibly with more keys, which are kept.
    Comment lines stay with what they are above or below (see :func:`_take_trailing`).
    A list ``new`` leaves out (it became empty) stays as ``[]`` when
    ``keep_lists``; a migration, which drops keys for good, passes ``False``.
    """
    trailing = _take_trailing(target)
    for key in [k for k in old if k not in new]:
        if key in target:
            _remove(target, key, keep_lists)
    order = list(new)
    for index, key in enumerate(order):
        value = new[key]
        if key in old and key in target:
            replace, merged = _merge_value(target[key], old[key], value, keep_lists)
            if replace:
                _set(target, key, merged)
        elif key in target:  # written out at its default, now a value of its own
            if not _same(target[key], value):
                _set(target, key, _styled(target[key], value))
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
    if trailing is not None:
        _put_trailing(target, trailing)


#: One step of a merge: the old and the new document, and whether it is a
#: migration (which drops keys for good rather than leaving them empty).
Step = tuple[dict[str, Any], dict[str, Any], bool]


#: Tabs before a comment at the end of a line outside quotes: valid YAML that
#: libyaml reads, but ruamel's round-trip reader refuses (the save would then write
#: the file whole and lose its comments). They become spaces.
_TAB_BEFORE_COMMENT = re.compile(r"""^([^'"#\n]*?)([ \t]*\t[ \t]*)(#)""", re.M)


def _spaces(m: re.Match[str]) -> str:
    return m.group(1) + " " * len(m.group(2)) + m.group(3)


def merged_text(current: str, fmt: Format, steps: list[Step]) -> str:
    """``current`` with each ``(old, new, migration)`` difference of ``steps`` applied in turn.

    Line ends stay as the file has them (``\\r\\n`` on Windows).
    """
    crlf = "\r\n" in current
    current = current.replace("\r\n", "\n") if crlf else current
    if fmt == "yaml" and "\t" in current:
        current = _TAB_BEFORE_COMMENT.sub(_spaces, current)
    text = _merged(current, fmt, steps)
    return text.replace("\n", "\r\n") if crlf else text


def _merged(current: str, fmt: Format, steps: list[Step]) -> str:
    if fmt == "json":
        tree = json.loads(current)
        for old, new, migration in steps:
            merge(tree, old, new, keep_lists=not migration)
        return json_text(tree) + "\n"
    yaml = _yaml(current)
    tree = yaml.load(current)
    for old, new, migration in steps:
        merge(tree, old, new, keep_lists=not migration)
    out = io.StringIO()
    yaml.dump(tree, out)
    return out.getvalue()
