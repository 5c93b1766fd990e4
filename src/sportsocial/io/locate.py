"""Where in the text a problem is: line, column and the item it concerns.

A problem is found in plain data and carries a JSON path
(``$.stakeholders[6].level``); a person editing the file needs the line and
column, and the id of the item (``weth-sport``), to find it. Locating is done
only for a document that has problems, after every check ran, so a valid
document never pays for it: the text is read once more into a tree of nodes
with their positions (PyYAML's composer for YAML; a small scanner for JSON)
and each path is followed in that tree. A path that does not exist in the text
(a missing field) is located at the nearest part that does.
"""

from __future__ import annotations

import bisect
import json
import re
from collections.abc import Iterable, Iterator
from typing import Any

import attrs

from ..errors import Problem
from ..i18n import Text
from .formats import Format
from .problems import problem

__all__ = ["item_of", "located", "path_parts"]

_PART = re.compile(
    r"\.([A-Za-z_][A-Za-z0-9_]*)|\[(\d+)\]|\[('(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\")\]"
)


def path_parts(path: str) -> list[str | int] | None:
    """The parts of a JSON path made by :func:`~sportsocial.io.paths.json_path`.

    >>> path_parts("$.funding[2]['odd key']")
    ['funding', 2, 'odd key']
    """
    if not path.startswith("$"):
        return None
    parts: list[str | int] = []
    position = 1
    while position < len(path):
        match = _PART.match(path, position)
        if match is None:
            return None
        name, index, quoted = match.groups()
        if name is not None:
            parts.append(name)
        elif index is not None:
            parts.append(int(index))
        else:
            import ast

            parts.append(str(ast.literal_eval(quoted)))
        position = match.end()
    return parts


@attrs.frozen
class _Node:
    """A value in the text: where it starts (1-based) and what it holds.

    ``entries`` of a mapping: (key, line, column of the key, value node), in the
    order written, duplicates included; ``items`` of a list: the value nodes.
    """

    line: int
    column: int
    entries: tuple[tuple[str, int, int, _Node], ...] = ()
    items: tuple[_Node, ...] = ()
    scalar: bool = True
    value: str | None = None

    def get(self, key: str) -> str | None:
        """The text of the scalar at ``key`` of a mapping (the last one written)."""
        for name, _, _, node in reversed(self.entries):
            if name == key:
                return node.value
        return None


def _yaml_tree(text: str) -> _Node | None:
    import yaml

    base = getattr(yaml, "CSafeLoader", None) or yaml.SafeLoader
    try:
        root = yaml.compose(text, Loader=base)
    except (yaml.YAMLError, RecursionError, ValueError):
        return None
    if root is None:
        return None
    seen: dict[int, _Node] = {}

    def convert(node: Any, depth: int) -> _Node:
        known = seen.get(id(node))
        if known is not None:
            return known
        line, column = node.start_mark.line + 1, node.start_mark.column + 1
        if depth > 200:
            return _Node(line, column)
        if isinstance(node, yaml.MappingNode):
            entries = tuple(
                (
                    str(k.value),
                    k.start_mark.line + 1,
                    k.start_mark.column + 1,
                    convert(v, depth + 1),
                )
                for k, v in node.value
                if isinstance(k, yaml.ScalarNode)
            )
            out = _Node(line, column, entries=entries, scalar=False)
        elif isinstance(node, yaml.SequenceNode):
            out = _Node(
                line, column, items=tuple(convert(v, depth + 1) for v in node.value), scalar=False
            )
        else:
            text = node.value if isinstance(node.value, str) else None
            out = _Node(line, column, value=text)
        seen[id(node)] = out
        return out

    return convert(root, 0)


class _JsonScanner:
    """Positions of the values of a JSON text (which ``json`` does not give)."""

    _SPACE = re.compile(r"[ \t\r\n]*")
    _LITERAL = re.compile(r"[^\s{}\[\],:\"]+")

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts = [0] + [m.end() for m in re.finditer("\n", text)]

    def where(self, offset: int) -> tuple[int, int]:
        line = bisect.bisect_right(self.starts, offset)
        return line, offset - self.starts[line - 1] + 1

    def skip(self, i: int) -> int:
        match = self._SPACE.match(self.text, i)
        return match.end() if match else i

    def value(self, i: int, depth: int) -> tuple[_Node, int]:
        i = self.skip(i)
        line, column = self.where(i)
        char = self.text[i : i + 1]
        if depth > 200:
            raise ValueError("too deep")
        if char == "{":
            entries: list[tuple[str, int, int, _Node]] = []
            i = self.skip(i + 1)
            while self.text[i : i + 1] != "}":
                if self.text[i : i + 1] != '"':
                    raise ValueError("key expected")
                key_line, key_column = self.where(i)
                key, i = json.decoder.scanstring(self.text, i + 1)  # type: ignore[attr-defined]
                i = self.skip(i)
                if self.text[i : i + 1] != ":":
                    raise ValueError(": expected")
                node, i = self.value(i + 1, depth + 1)
                entries.append((key, key_line, key_column, node))
                i = self.skip(i)
                if self.text[i : i + 1] == ",":
                    i = self.skip(i + 1)
            return _Node(line, column, entries=tuple(entries), scalar=False), i + 1
        if char == "[":
            items: list[_Node] = []
            i = self.skip(i + 1)
            while self.text[i : i + 1] != "]":
                node, i = self.value(i, depth + 1)
                items.append(node)
                i = self.skip(i)
                if self.text[i : i + 1] == ",":
                    i = self.skip(i + 1)
                elif self.text[i : i + 1] != "]":
                    raise ValueError(", expected")
            return _Node(line, column, items=tuple(items), scalar=False), i + 1
        if char == '"':
            text, end = json.decoder.scanstring(self.text, i + 1)  # type: ignore[attr-defined]
            return _Node(line, column, value=text), end
        match = self._LITERAL.match(self.text, i)
        if match is None:
            raise ValueError("value expected")
        return _Node(line, column), match.end()


def _json_tree(text: str) -> _Node | None:
    try:
        return _JsonScanner(text).value(0, 0)[0]
    except (ValueError, IndexError, RecursionError):
        return None


def _follow(
    root: _Node, parts: list[str | int], at_key: bool = False
) -> tuple[int, int, list[tuple[int, int]], str | None]:
    """Line and column of ``parts`` (or the nearest part that exists), every
    position of the last key when it is written more than once, and the item
    (see :func:`item_of`)."""
    node = root
    line, column = root.line, root.column
    occurrences: list[tuple[int, int]] = []
    item: str | None = None
    for position, part in enumerate(parts):
        item = node.get("id") or item
        last = position == len(parts) - 1
        if isinstance(part, int):
            if node.scalar or part >= len(node.items):
                break
            node = node.items[part]
            line, column = node.line, node.column
            continue
        matches = [e for e in node.entries if e[0] == part]
        if not matches:
            break
        _, key_line, key_column, value = matches[-1]
        occurrences = [(e[1], e[2]) for e in matches]
        node = value
        # A scalar is shown where its value is; a list or mapping where its key is,
        # and so is anything a problem about the key itself concerns (``at_key``).
        line, column = (
            (value.line, value.column)
            if last and value.scalar and not at_key
            else (key_line, key_column)
        )
    else:
        item = node.get("id") or item or node.get("stakeholder")
    return line, column, occurrences, item


def _tree(text: str, fmt: Format) -> _Node | None:
    return _json_tree(text) if fmt == "json" else _yaml_tree(text)


def item_of(data: Any, parts: Iterable[str | int]) -> str | None:
    """The id of the innermost item along ``parts`` with an ``id`` (else a ``stakeholder``)."""
    found: str | None = None
    node = data
    for part in parts:
        if isinstance(node, dict) and isinstance(node.get("id"), str):
            found = node["id"]
        if isinstance(node, list) and isinstance(part, int) and part < len(node):
            node = node[part]
            continue
        if isinstance(node, dict) and isinstance(part, str) and part in node:
            node = node[part]
        else:
            node = None
            break
    if isinstance(node, dict) and isinstance(node.get("id"), str):
        found = node["id"]
    if found is None and isinstance(node, dict) and isinstance(node.get("stakeholder"), str):
        found = node["stakeholder"]
    return found


#: Problems of a text too large to read again for positions.
_BEYOND_LIMITS = frozenset({"DOC009", "DOC010", "DOC011", "DOC012", "DOC014"})

#: Problems about a key rather than its value: shown where the key is.
_AT_KEY = frozenset({"SCH102", "DOC013", "SCH110"})


def _both(first: tuple[int, int], second: tuple[int, int]) -> Text:
    return Text(
        en=f" (line {second[0]}, column {second[1]}; first at line {first[0]}, column {first[1]})",
        nl=f" (regel {second[0]}, kolom {second[1]}; eerst op regel {first[0]}, kolom {first[1]})",
    )


def _located(problems: list[Problem], tree: _Node | None, data: Any) -> Iterator[Problem]:
    for p in problems:
        if p.line is not None:
            yield p
            continue
        parts = path_parts(p.path)
        if parts is None:
            yield p
            continue
        item = p.item or item_of(data, parts)
        if tree is None:
            yield attrs.evolve(p, item=item)
            continue
        line, column, occurrences, found = _follow(tree, parts, p.code in _AT_KEY)
        item = item or found
        if p.code == "DOC013" and len(occurrences) >= 2:
            again = problem(
                "DOC013",
                p.path,
                source=p.source,
                key=parts[-1],
                where=_both(occurrences[0], occurrences[1]),
            )
            line, column = occurrences[1]
            p = attrs.evolve(again, severity=p.severity)
        if not parts and p.code.startswith("DOC"):
            yield attrs.evolve(p, item=item)  # about the file as a whole
            continue
        yield attrs.evolve(p, line=line, column=column, item=item)


def located(
    problems: Iterable[Problem], text: str | None, fmt: Format | None, data: Any = None
) -> list[Problem]:
    """``problems`` with ``line``, ``column`` and ``item`` filled in from ``text``
    (and ``data``, the document as read), where they can be found."""
    todo = list(problems)
    if not todo or any(p.code in _BEYOND_LIMITS for p in todo):
        # A text beyond a limit is not read again: that is what the limit is for.
        return todo
    tree = _tree(text, fmt) if text is not None and fmt is not None else None
    return list(_located(todo, tree, data))
