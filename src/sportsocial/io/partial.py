"""The consistency checks of a document that failed the schema, on the parts that built.

Reference problems (``REF201``, an unknown id) used to appear only once every
schema problem was fixed, so a user editing by hand ran ``validate`` again and
again. Instead, when the schema check finds problems, every top-level list item
holding one is set aside (the whole section for a problem outside any item),
the rest is checked against the schema again and, when it is valid, built and
put through the same checks
(:data:`~sportsocial.io.document.CHECKS`) as a valid document. Their paths are
mapped back to the document as written. A reference to an item that was set
aside is not reported: the item exists, it only has problems of its own.

Anything that still does not build gives no further problems: the schema
problems alone are reported, as before. Only a document with problems pays
for this.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import attrs
import cattrs

from ..errors import Problem
from ..model import Engagement
from .converter import structure_engagement
from .locate import path_parts
from .paths import json_path
from .schema import engagement_schema
from .schema_check import check_schema

__all__ = ["checks_on_what_built"]

Check = Callable[[Engagement, str | None], list[Problem]]


def _ids_within(value: Any, out: set[str]) -> None:
    stack = [value]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            ident = node.get("id")
            if isinstance(ident, str):
                out.add(ident)
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)


#: A section the document cannot go without, set aside: what stands in for it. No
#: check across the document looks at the municipality.
_REQUIRED: dict[str, Any] = {"municipality": {"name": "-", "cbs_code": "GM0000"}}


def _set_aside(
    data: dict[str, Any], problems: list[Problem]
) -> tuple[dict[str, Any], dict[tuple[str | int, ...], list[int]], set[str]] | None:
    """``data`` without the list items that hold a problem (or, for a problem
    outside any list item, without its whole section); for each list the
    original index of every item kept; and the ids inside what was set aside.
    ``None`` when a problem concerns the document as a whole."""
    drop: dict[tuple[str | int, ...], set[int]] = {}
    whole: set[str] = set()
    for p in problems:
        parts = path_parts(p.path)
        if not parts or not isinstance(parts[0], str) or parts[0] == "schema_version":
            return None
        index = next((i for i, part in enumerate(parts) if isinstance(part, int)), None)
        if index is None or index == 0:
            whole.add(parts[0])  # not inside a list item: the whole section
            continue
        position = parts[index]
        assert isinstance(position, int)
        drop.setdefault(tuple(parts[:index]), set()).add(position)
    if "methodology" in whole:
        # without the document's own methodology its phases would be judged against
        # the default one: problems that are not there
        return None
    out = dict(data)
    kept: dict[tuple[str | int, ...], list[int]] = {}
    aside: set[str] = set()
    for key in whole:
        _ids_within(out.get(key), aside)
        if key in _REQUIRED:
            out[key] = _REQUIRED[key]
        else:
            out.pop(key, None)
    drop = {prefix: ix for prefix, ix in drop.items() if prefix[0] not in whole}
    for prefix, indexes in drop.items():
        # Top-level collections (``stakeholders``) and the plan's actions (``plan.actions``).
        parent: Any = out
        for part in prefix[:-1]:
            if not isinstance(parent, dict) or not isinstance(parent.get(part), dict):
                return None
            parent[part] = dict(parent[part])
            parent = parent[part]
        items = parent.get(prefix[-1]) if isinstance(parent, dict) else None
        if not isinstance(items, list):
            return None
        kept[prefix] = [i for i in range(len(items)) if i not in indexes]
        for i in indexes:
            if i < len(items):
                _ids_within(items[i], aside)
        parent[prefix[-1]] = [items[i] for i in kept[prefix]]
    return out, kept, aside


def _original_path(
    parts: list[str | int], kept: dict[tuple[str | int, ...], list[int]]
) -> list[str | int]:
    out: list[str | int] = []
    for position, part in enumerate(parts):
        mapping = kept.get(tuple(parts[:position]))
        out.append(
            mapping[part] if isinstance(part, int) and mapping and part < len(mapping) else part
        )
    return out


def _value_at(data: Any, parts: list[str | int]) -> Any:
    for part in parts:
        if isinstance(data, dict) and isinstance(part, str):
            data = data.get(part)
        elif isinstance(data, list) and isinstance(part, int) and part < len(data):
            data = data[part]
        else:
            return None
    return data


def checks_on_what_built(
    data: dict[str, Any], problems: list[Problem], checks: list[Check], source: str | None
) -> list[Problem]:
    """Problems of ``checks`` on the parts of ``data`` (already migrated) that have
    none of the schema ``problems``; see the module docstring."""
    try:
        found = _set_aside(data, problems)
        if found is None:
            return []
        pruned, kept, aside = found
        if check_schema(pruned, engagement_schema(), source):
            return []
        engagement = structure_engagement(pruned)
        more = [p for check in checks for p in check(engagement, source)]
    except (
        cattrs.BaseValidationError,
        ValueError,
        TypeError,
        KeyError,
        IndexError,
        AttributeError,
    ):
        return []
    out: list[Problem] = []
    for p in more:
        parts = path_parts(p.path)
        if parts is None:
            out.append(p)
            continue
        original = _original_path(parts, kept)
        if p.code == "REF201" and _value_at(data, original) in aside:
            continue
        if p.code == "REF202" and kept:  # its message names a path of the pruned data
            continue
        out.append(attrs.evolve(p, path=json_path(original)))
    return out
