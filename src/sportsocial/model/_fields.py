"""Field metadata shared by the model classes.

Each field documents itself once, here in the model: its description and the
JSON Schema constraints (pattern, bounds) that the document schema needs. The
schema in :mod:`sportsocial.io.schema` is generated from these, so the model and
the published schema cannot drift apart.
"""

from __future__ import annotations

from typing import Any

__all__ = ["MAX_AMOUNT", "MAX_POPULATION", "meta"]

#: Largest amount (EUR per year) a funding stream or action may state; larger is a typo.
MAX_AMOUNT = 1_000_000_000_000
#: Largest population a municipality may state.
MAX_POPULATION = 100_000_000


def meta(description: str, **schema: Any) -> dict[str, Any]:
    """Metadata for ``attrs.field``: a description plus extra JSON Schema keywords."""
    return {"description": description, "schema": schema}
