"""JSON paths for problem records: ``$.funding[2].period.end``."""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["json_path"]

_PLAIN = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def json_path(parts: Iterable[str | int]) -> str:
    """Render path parts as a JSON path.

    Examples
    --------
    >>> json_path(["funding", 2, "period", "end"])
    '$.funding[2].period.end'
    >>> json_path(["odd key"])
    "$['odd key']"
    >>> json_path([])
    '$'
    """
    out = ["$"]
    for part in parts:
        if isinstance(part, int):
            out.append(f"[{part}]")
        elif _PLAIN.match(part):
            out.append(f".{part}")
        else:
            out.append("[" + repr(part) + "]")
    return "".join(out)
