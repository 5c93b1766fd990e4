"""Checks on parsed data before anything else reads it.

Whatever parsed a document (the JSON module, a YAML library), what comes out
is plain data: mappings, lists, text, numbers, true/false, null. Every later
step — migration, the JSON Schema, the converter, the analyses, the output
writers — assumes that data is finite, acyclic, of sane size and writable
again. :func:`check_tree` makes sure of it, in one walk that never recurses
(so no depth can break it) and stops at the first exceeded limit (so no
amount of input can make it slow):

* size: nesting depth, entries per list or mapping, values in all (aliases
  counted as written out) — :class:`~sportsocial.io.limits.Limits`;
* a container inside itself (a recursive YAML alias);
* keys that are not text (a YAML ``null:`` or ``1:`` key);
* duplicate keys found by the parser;
* numbers that are not finite (``NaN``, ``.inf``) or beyond ±(2**53 - 1);
* text holding characters no output can carry (control characters, half a
  surrogate pair, U+FFFE/U+FFFF);
* values that are not plain data (a YAML ``!!binary``, ``!!set`` or
  ``!!timestamp``).

The functions take data and return problems; they do not know which library
parsed the text.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from typing import Any

import attrs

from ..errors import Problem
from ..i18n import Text, number_text
from .limits import DEFAULT_LIMITS, MAX_SAFE_INTEGER, Limits
from .paths import json_path
from .problems import problem

__all__ = [
    "LIMIT_CODES",
    "DuplicateKey",
    "Duplicates",
    "check_tree",
    "too_large",
]

#: Codes of exceeded limits: the walk stops at the first.
LIMIT_CODES = frozenset({"DOC010", "DOC011", "DOC012", "DOC014"})

_BAD_CHAR = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


@attrs.frozen
class DuplicateKey:
    """A key a parser met twice in one mapping, and where (1-based) when known."""

    key: str
    line: int | None = None
    column: int | None = None


#: Duplicate keys a parser found, by ``id()`` of the mapping holding them; the
#: mapping itself is kept beside them, so the id cannot be reused meanwhile.
Duplicates = dict[int, tuple[object, list[DuplicateKey]]]


def too_large(size: int, limits: Limits = DEFAULT_LIMITS, source: str | None = None) -> Problem:
    """``DOC009``: a document of ``size`` bytes (or characters) above ``limits.max_bytes``."""
    return problem(
        "DOC009", "$", source=source, size=number_text(size), limit=number_text(limits.max_bytes)
    )


def _show(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    text = repr(value) if not isinstance(value, str) else value
    return text if len(text) <= 40 else text[:37] + "..."


def _char(text: str) -> str | None:
    match = _BAD_CHAR.search(text)
    return None if match is None else f"U+{ord(match.group()):04X}"


def _where(dup: DuplicateKey) -> Text:
    if dup.line is None:
        return Text(en="", nl="")
    return Text(
        en=f" (line {dup.line}, column {dup.column})",
        nl=f" (regel {dup.line}, kolom {dup.column})",
    )


_HUGE = Text(en="a huge number", nl="een zeer groot getal")


def _bad_number(value: int | float) -> bool:
    if isinstance(value, float) and not math.isfinite(value):
        return True
    return abs(value) > MAX_SAFE_INTEGER


def _number(value: int | float, path: str, source: str | None) -> Problem:
    if isinstance(value, float) and not math.isfinite(value):
        return problem("SCH111", path, source=source, value=str(value))
    shown: object = _HUGE if abs(value) >= 10**20 else repr(value)
    bound = f"-{MAX_SAFE_INTEGER} .. {MAX_SAFE_INTEGER}"
    return problem("SCH104", path, source=source, value=shown, bound=bound)


class _Frames:
    """The containers met so far: parent, key and identity, to build paths on demand."""

    def __init__(self) -> None:
        self.parent: list[int] = []
        self.key: list[str | int] = []
        self.ident: list[int] = []

    def add(self, parent: int, key: str | int, ident: int) -> int:
        self.parent.append(parent)
        self.key.append(key)
        self.ident.append(ident)
        return len(self.parent) - 1

    def path(self, frame: int, *more: str | int) -> str:
        parts: list[str | int] = list(reversed(more))
        while frame > 0:
            parts.append(self.key[frame])
            frame = self.parent[frame]
        return json_path(reversed(parts))

    def inside_itself(self, frame: int, ident: int) -> bool:
        frame = self.parent[frame]
        while frame >= 0:
            if self.ident[frame] == ident:
                return True
            frame = self.parent[frame]
        return False


def check_tree(
    data: Any,
    limits: Limits = DEFAULT_LIMITS,
    source: str | None = None,
    duplicates: Mapping[int, tuple[object, list[DuplicateKey]]] | None = None,
) -> list[Problem]:
    """Every problem of plain ``data`` that would trouble a later step (module docstring).

    Problems come in document order, those of a mapping's keys before those
    of its values. The walk stops at the first exceeded
    limit (:data:`LIMIT_CODES`), which is then the last problem.

    Examples
    --------
    >>> [p.code for p in check_tree({"a": float("nan"), "b": [1, 2**60], None: 1})]
    ['SCH110', 'SCH111', 'SCH104']
    >>> [p.code for p in check_tree([[[[1]]]], Limits(max_depth=3))]
    ['DOC010']
    """
    out: list[Problem] = []
    frames = _Frames()
    # (value, frame of the container holding it (-1: none), key in that container, depth)
    stack: list[tuple[Any, int, str | int, int]] = [(data, -1, "", 1)]
    seen = 0
    while stack:
        value, parent, key, depth = stack.pop()
        seen += 1
        if seen > limits.max_values:
            where = frames.path(parent, key) if parent >= 0 else "$"
            out.append(
                problem("DOC012", where, source=source, limit=number_text(limits.max_values))
            )
            break
        if isinstance(value, dict | list):
            frame = frames.add(parent, key, id(value))
            if depth > limits.max_depth:
                where = frames.path(frame)
                if frames.inside_itself(frame, id(value)):
                    out.append(problem("DOC014", where, source=source))
                else:
                    out.append(
                        problem("DOC010", where, source=source, limit=number_text(limits.max_depth))
                    )
                break
            if len(value) > limits.max_items:
                where, count = frames.path(frame), len(value)
                out.append(
                    problem(
                        "DOC011",
                        where,
                        source=source,
                        count=number_text(count),
                        limit=number_text(limits.max_items),
                    )
                )
                break
            if isinstance(value, list):
                stack.extend((value[i], frame, i, depth + 1) for i in reversed(range(len(value))))
                continue
            found = duplicates.get(id(value)) if duplicates else None
            if found is not None and found[0] is value:
                for dup in found[1]:
                    out.append(
                        problem(
                            "DOC013",
                            frames.path(frame, dup.key),
                            source=source,
                            key=_show(dup.key),
                            where=_where(dup),
                        )
                    )
            children: list[tuple[Any, int, str | int, int]] = []
            for k, v in value.items():
                if not isinstance(k, str):
                    k = _show(k)
                    out.append(problem("SCH110", frames.path(frame, k), source=source, found=k))
                else:
                    char = _char(k)
                    if char is not None:
                        at = frames.path(frame, k)
                        out.append(problem("SCH112", at, source=source, char=char))
                children.append((v, frame, k, depth + 1))
            stack.extend(reversed(children))
            continue
        if isinstance(value, str):
            char = _char(value)
            if char is not None:
                here = frames.path(parent, key) if parent >= 0 else "$"
                out.append(problem("SCH112", here, source=source, char=char))
        elif isinstance(value, bool) or value is None:
            pass
        elif isinstance(value, int | float):
            if _bad_number(value):
                here = frames.path(parent, key) if parent >= 0 else "$"
                out.append(_number(value, here, source))
        else:
            here = frames.path(parent, key) if parent >= 0 else "$"
            out.append(problem("SCH113", here, source=source, found=type(value).__name__))
    return out
