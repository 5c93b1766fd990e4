"""How much a document may hold before reading it stops: size, nesting, list length.

Documents come from users, e-mail attachments and web forms. A real engagement
is a few hundred kilobytes with a few thousand values; the defaults leave room
for a hundred times that, and refuse, quickly and with a problem code, what
would otherwise take minutes and gigabytes (a 200 MB file, a ten-million-item
list, a YAML alias bomb, a thousand nested lists).

>>> from sportsocial.io import Limits
>>> Limits().max_bytes
20000000
>>> Limits(max_items=100).max_items
100
"""

from __future__ import annotations

import attrs

__all__ = ["DEFAULT_LIMITS", "MAX_SAFE_INTEGER", "Limits"]

#: The largest whole number every JSON reader stores exactly (2**53 - 1, I-JSON,
#: RFC 7493). Numbers beyond it, either way, are out of range in any document.
MAX_SAFE_INTEGER = 2**53 - 1


def _positive(_: object, attribute: attrs.Attribute[int], value: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ValueError(f"{attribute.name} must be a whole number of at least 1, not {value!r}")


@attrs.frozen(kw_only=True)
class Limits:
    """Limits on one document, checked while and right after it is parsed.

    Attributes
    ----------
    max_bytes:
        Size of the file (or of the text, in characters) — default 20 MB.
    max_depth:
        Nesting of mappings and lists; the top-level mapping is depth 1 — default 32
        (a real document nests about 6 deep).
    max_items:
        Entries of one list or mapping — default 10,000.
    max_values:
        Values in the whole document, every mapping, list, text and number
        counted, and a YAML alias counted as often as it is used, as if written
        out — default 100,000. This is what stops an alias bomb.
    """

    max_bytes: int = attrs.field(default=20_000_000, validator=_positive)
    max_depth: int = attrs.field(default=32, validator=_positive)
    max_items: int = attrs.field(default=10_000, validator=_positive)
    max_values: int = attrs.field(default=100_000, validator=_positive)


#: The limits used when none are given.
DEFAULT_LIMITS = Limits()
