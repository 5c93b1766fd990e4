"""What every document a JSON Schema accepts is bound to, read off the schema itself.

A document the schema accepts cannot nest deeper than the schema's own
structure, nor hold more keys in one mapping than the mapping lists, when
every mapping is closed (``additionalProperties: false``) and no definition
refers back to itself. The fast road for valid documents (:mod:`.fast_load`)
uses that to skip walking the data for the nesting and mapping-size limits of
:class:`~sportsocial.io.limits.Limits`: the schema check it runs anyway proves
them. Computed from the schema rather than written down, so a later format
that opens a mapping or nests deeper simply loses the shortcut (and the walk
runs again); it can never make a document pass a limit it breaks.

>>> bounds = schema_bounds({"type": "object", "additionalProperties": False,
...     "properties": {"a": {"type": "array", "items": {"type": "string"}}}})
>>> (bounds.depth, bounds.widest)
(2, 1)
>>> schema_bounds({"type": "object"}).depth is None
True
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs

__all__ = ["SchemaBounds", "schema_bounds"]

#: Keywords whose schemas an instance has to meet (all of them, or one of them).
_BRANCHES = ("allOf", "anyOf", "oneOf")


@attrs.frozen
class SchemaBounds:
    """Bounds on every document a schema accepts.

    Attributes
    ----------
    depth:
        The deepest nesting of mappings and lists (the top-level mapping is 1, as
        in :class:`~sportsocial.io.limits.Limits`); ``None`` when the schema
        leaves it open (an open mapping, a list of anything, a definition
        inside itself).
    widest:
        The most keys one mapping can hold: the longest ``properties``.
    """

    depth: int | None
    widest: int


def _literal_depth(value: Any) -> int:
    """Nesting of a ``const`` or ``enum`` value (a scalar is 0)."""
    if isinstance(value, dict):
        return 1 + max((_literal_depth(v) for v in value.values()), default=0)
    if isinstance(value, list):
        return 1 + max((_literal_depth(v) for v in value), default=0)
    return 0


class _Reader:
    def __init__(self, root: Mapping[str, Any]) -> None:
        self.root = root
        self.widest = 0

    def resolve(self, ref: str) -> Any:
        if not ref.startswith("#/"):
            return None  # a schema elsewhere: unknown, so open
        node: Any = self.root
        for part in ref[2:].split("/"):
            part = part.replace("~1", "/").replace("~0", "~")
            if not isinstance(node, Mapping) or part not in node:
                return None
            node = node[part]
        return node

    def depth(self, node: Any, within: frozenset[str]) -> int | None:
        """Deepest nesting of a value ``node`` accepts; ``None`` when unbounded."""
        if node is False:
            return 0
        if not isinstance(node, Mapping) or "if" in node:
            return None  # ``true``, a condition or something unreadable: taken as open
        found: list[int] = []
        ref = node.get("$ref")
        if isinstance(ref, str):
            if ref in within:
                return None  # a definition inside itself
            target = self.resolve(ref)
            inner = None if target is None else self.depth(target, within | {ref})
            if inner is None:
                return None
            found.append(inner)
        for key in _BRANCHES:
            branches = node.get(key)
            for branch in [branches] if isinstance(branches, Mapping) else branches or []:
                inner = self.depth(branch, within)
                if inner is None:
                    return None
                found.append(inner)
        if "const" in node:
            return max(found, default=_literal_depth(node["const"]))
        if isinstance(node.get("enum"), list):
            return max(found, default=max(map(_literal_depth, node["enum"]), default=0))
        kinds = node.get("type")
        if kinds is None:
            # no type of its own: bounded only if a reference or a branch bounds it
            return max(found) if found else None
        types = {kinds} if isinstance(kinds, str) else set(kinds)
        if "object" in types:
            if node.get("additionalProperties") is not False or "patternProperties" in node:
                return None
            properties = node.get("properties", {})
            self.widest = max(self.widest, len(properties))
            inner_depths = [self.depth(p, within) for p in properties.values()]
            if any(d is None for d in inner_depths):
                return None
            found.append(1 + max((d for d in inner_depths if d is not None), default=0))
        if "array" in types:
            items = node.get("items")
            if items is None or "prefixItems" in node:
                return None
            inner = self.depth(items, within)
            if inner is None:
                return None
            found.append(1 + inner)
        return max(found, default=0)


def schema_bounds(schema: Mapping[str, Any]) -> SchemaBounds:
    """The :class:`SchemaBounds` of every document ``schema`` accepts."""
    reader = _Reader(schema)
    depth = reader.depth(schema, frozenset())
    return SchemaBounds(depth=depth, widest=reader.widest)
