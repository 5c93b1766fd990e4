"""Field metadata shared by the model classes.

Each field documents itself once, here in the model: its description and the
JSON Schema constraints (pattern, bounds) that the document schema needs. The
schema in :mod:`sportsocial.io.schema` is generated from these, so the model and
the published schema cannot drift apart.
"""

from __future__ import annotations

from typing import Any

__all__ = ["MAX_AMOUNT", "MAX_POPULATION", "document_key", "meta"]

#: Largest amount (EUR per year) a funding stream or action may state; larger is a typo.
MAX_AMOUNT = 1_000_000_000_000
#: Largest population a municipality may state.
MAX_POPULATION = 100_000_000


def meta(description: str, *, key: str | None = None, **schema: Any) -> dict[str, Any]:
    """Metadata for ``attrs.field``: a description plus extra JSON Schema keywords.

    ``key`` is the field's name in documents when it cannot be its Python name
    (``from`` is a Python keyword); the schema and the converter both use it.
    """
    out: dict[str, Any] = {"description": description, "schema": schema}
    if key is not None:
        out["key"] = key
    return out


def document_key(field: Any) -> str:
    """The name of an attrs field in documents (its ``key`` metadata, else its name)."""
    key: str = field.metadata.get("key", field.name)
    return key
