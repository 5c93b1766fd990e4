"""The fast road: a valid JSON engagement read for little more than its parse costs.

Most documents a program reads are valid: a cohort of municipalities, a
notebook reloading its file, a tool embedding the package. For them every
check the careful road makes one by one (duplicate keys, nesting, sizes,
numbers, text, the schema, references) is proven here in bulk:

* :func:`~sportsocial.io.formats.plain_json` parses the text after scans in C
  that rule out refused characters, ``NaN``/``Infinity`` and unsafe numbers;
* the compiled schema check (``jsonschema-rs``) accepts the data, and with it
  the nesting and the size of every mapping, which the schema bounds
  (:mod:`.schema_bounds`);
* the model is built by the generated builders, which count the keys of the
  mappings they read (as many as the text writes means no key was repeated)
  and the lengths of the lists they read (as many lists as the text opens
  means every list was read, so the longest is known); the values in all are
  bounded by the length of the text or its commas, and only what these leave
  open is walked;
* the reference and phase checks find nothing.

Anything else — a problem, an older version to migrate, a text beyond what
the scans can prove — returns ``None``, and the careful road reads the
document again from its text, finding every problem with its place. Nothing
is accepted here that the careful road refuses (``tests/test_fast_path.py`` and
``tests/test_fast_road.py`` hold both roads to the same verdict).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from typing import Any

from ..errors import Problem
from ..model import Engagement
from .converter import structure_accepted
from .formats import collection_counts, no_repeated_keys, plain_json
from .limits import Limits
from .migrations import migrate
from .schema import engagement_schema
from .schema_bounds import SchemaBounds, schema_bounds
from .schema_check import schema_accepts

__all__ = ["fast_engagement", "within_limits"]

Check = Callable[[Engagement, str | None], list[Problem]]


@functools.cache
def _bounds() -> SchemaBounds:
    return schema_bounds(engagement_schema())


def within_limits(
    text: str,
    data: Any,
    limits: Limits,
    bounds: SchemaBounds,
    lists: Sequence[int],
    commas: int,
) -> bool:
    """Whether ``data``, parsed from JSON ``text`` (which writes ``commas`` commas),
    accepted by a schema with ``bounds`` and built by builders that read lists of the
    lengths ``lists``, keeps within ``limits``; the data is walked only when the
    following do not settle it.

    * Nesting and mapping sizes: the schema's bounds.
    * List sizes: a short text settles them by its length (every item takes a
      character and all but a list's last a comma); else the lists read, when the
      builders read as many lists as the text opens (so every one, and no ``[`` in
      a text), or the commas of the text (a list of *n* items writes *n* - 1).
    * The values in all: the length of a short text, else one more than the commas
      and the collections together.
    """
    if (
        bounds.depth is not None
        and bounds.depth <= limits.max_depth
        and bounds.widest <= limits.max_items
    ):
        if (len(text) + 1) // 2 <= limits.max_items and len(text) <= limits.max_values:
            return True
        values = commas + text.count("[") + text.count("{") + 1
        longest_known = max(lists, default=0) <= limits.max_items and len(lists) == text.count("[")
        if values <= limits.max_values and (longest_known or commas + 1 <= limits.max_items):
            return True
    counts = collection_counts(data, limits)
    return counts is not None and counts[0] <= limits.max_values


def fast_engagement(text: str, limits: Limits, checks: Sequence[Check]) -> Engagement | None:
    """The engagement of JSON ``text`` when it is valid and the fast road can prove
    it (module docstring), with its ``revision`` left unset; else ``None``."""
    commas = text.count(",")
    if len(text) > limits.max_bytes or commas + 1 > limits.max_values:
        return None  # the careful road refuses it without parsing it
    data = plain_json(text)
    if type(data) is not dict:
        return None
    migrated, problems = migrate(data, None)
    if problems or migrated is not data:  # an older version: the careful road migrates
        return None
    if not schema_accepts(data, engagement_schema()):
        return None
    keys: list[int] = []
    lists: list[int] = []
    try:
        engagement = structure_accepted(data, keys, lists)
    except Exception:  # the careful road says what is wrong
        return None
    if not within_limits(text, data, limits, _bounds(), lists, commas):
        return None
    revision = data.get("revision")
    digest_colons = revision.count(":") if type(revision) is str else 0
    if not no_repeated_keys(text, sum(keys), digest_colons):
        return None
    if any(check(engagement, None) for check in checks):
        return None
    object.__delattr__(engagement, "revision")
    return engagement
