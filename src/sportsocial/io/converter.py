"""The one cattrs converter of sportsocial.

All (un)structuring goes through :func:`make_converter`; the global cattrs
converter is never used. Data reaches the converter only after the JSON Schema
has accepted it, so its own errors are rare; they are still collected
(``detailed_validation``) and turned into problem records.
"""

from __future__ import annotations

import datetime as dt
import functools
from typing import Any

import cattrs

from ..model import Engagement

__all__ = ["converter", "make_converter", "structure_engagement", "unstructure_engagement"]


def make_converter() -> cattrs.Converter:
    """Build a converter for the document format.

    Dates are ISO strings (``2024-03-01``), enumerations their values, tuples
    lists; fields equal to their default are left out, so documents stay short
    and a missing optional field means the same as its default.
    """
    conv = cattrs.Converter(omit_if_default=True, forbid_extra_keys=True, detailed_validation=True)
    conv.register_unstructure_hook(dt.date, lambda d: d.isoformat())
    conv.register_structure_hook(dt.date, lambda v, _: _date(v))
    return conv


def _date(value: Any) -> dt.date:
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        raise TypeError(f"expected a date string, got {type(value).__name__}")
    return dt.date.fromisoformat(value)


@functools.cache
def converter() -> cattrs.Converter:
    """The shared converter (built once)."""
    return make_converter()


def unstructure_engagement(engagement: Engagement) -> dict[str, Any]:
    """The engagement as plain data, without ``schema_version`` or ``revision``."""
    data: dict[str, Any] = converter().unstructure(engagement)
    data.pop("revision", None)
    return data


def structure_engagement(data: dict[str, Any]) -> Engagement:
    """Build an :class:`Engagement` from plain data that passed the schema."""
    body = {k: v for k, v in data.items() if k not in ("schema_version", "revision")}
    return converter().structure(body, Engagement)
