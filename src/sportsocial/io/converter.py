"""The one cattrs converter of sportsocial.

All (un)structuring goes through :func:`make_converter`; the global cattrs
converter is never used. Data reaches the converter only after the JSON Schema
has accepted it, so its own errors are rare; they are still collected
(``detailed_validation``) and turned into problem records.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import types
import typing
from typing import Any

import attrs
import cattrs
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn, override

from ..model import Engagement
from ..model._fields import document_key

__all__ = [
    "converter",
    "make_converter",
    "structure_accepted",
    "structure_engagement",
    "unstructure_engagement",
]


def make_converter() -> cattrs.Converter:
    """Build a converter for the document format.

    Dates are ISO strings (``2024-03-01``), enumerations their values, tuples
    lists; fields equal to their default are left out, so documents stay short
    and a missing optional field means the same as its default.
    """
    conv = cattrs.Converter(omit_if_default=True, forbid_extra_keys=True, detailed_validation=True)
    conv.register_unstructure_hook(dt.date, lambda d: d.isoformat())
    conv.register_unstructure_hook(float, _number)
    conv.register_structure_hook(dt.date, lambda v, _: _date(v))
    # Fields whose document key differs from their Python name (``from``).
    conv.register_structure_hook_factory(_has_keys, lambda cls: _structure_fn(conv, cls))
    conv.register_unstructure_hook_factory(attrs.has, lambda cls: _unstructure_fn(conv, cls))
    return conv


def _number(value: float) -> float | int:
    """Whole amounts are written as integers (``120000``, not ``120000.0``), as users write them."""
    if isinstance(value, int) or (value.is_integer() and abs(value) < 2**53):
        return int(value)
    return value


def _has_keys(cls: Any) -> bool:
    return attrs.has(cls) and any("key" in f.metadata for f in attrs.fields(cls))


def _renames(cls: Any) -> dict[str, Any]:
    return {
        f.name: override(rename=document_key(f)) for f in attrs.fields(cls) if "key" in f.metadata
    }


def _structure_fn(conv: cattrs.Converter, cls: Any) -> Any:
    return make_dict_structure_fn(
        cls, conv, _cattrs_forbid_extra_keys=True, _cattrs_detailed_validation=True, **_renames(cls)
    )


def _unstructure_fn(conv: cattrs.Converter, cls: Any) -> Any:
    """Unstructure with the keys in the order the class declares them.

    cattrs writes fields without a default first when it leaves out defaults;
    documents read better in the declared order (who pays, then how much, then
    when), so the keys are put back in that order.
    """
    inner = make_dict_unstructure_fn(cls, conv, _cattrs_omit_if_default=True, **_renames(cls))
    order = [document_key(f) for f in attrs.fields(cls)]

    def unstructure(value: Any) -> dict[str, Any]:
        data: dict[str, Any] = inner(value)
        return {k: data[k] for k in order if k in data}

    return unstructure


def _date(value: Any) -> dt.date:
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        raise TypeError(f"expected a date string, got {type(value).__name__}")
    return dt.date.fromisoformat(value)


def _make_fast_converter() -> cattrs.Converter:
    """A converter for data the JSON Schema accepted: it cannot meet an unknown key,
    a wrong type or a bad date, so it checks none of them and collects no errors
    (about a quarter faster; an enumeration is one dictionary look-up)."""
    conv = cattrs.Converter(detailed_validation=False)
    conv.register_structure_hook(dt.date, lambda v, _: dt.date.fromisoformat(v))
    conv.register_structure_hook_factory(
        lambda cls: isinstance(cls, type) and issubclass(cls, enum.Enum),
        lambda cls: _enum_member(cls._value2member_map_),
    )
    conv.register_structure_hook_factory(
        _has_keys,
        lambda cls: make_dict_structure_fn(
            cls, conv, _cattrs_detailed_validation=False, **_renames(cls)
        ),
    )
    # cattrs looks up the hook of a tuple's items and of an optional value on every
    # call; looked up once, structuring takes about half the time.
    conv.register_structure_hook_factory(_is_tuple, lambda tp: _tuple_of(conv, tp))
    conv.register_structure_hook_factory(_is_optional, lambda tp: _optional(conv, tp))
    return conv


def _enum_member(members: dict[Any, Any]) -> Any:
    return lambda value, _: members[value]


def _is_tuple(tp: Any) -> bool:
    args = typing.get_args(tp)
    return typing.get_origin(tp) is tuple and len(args) == 2 and args[1] is Ellipsis


def _tuple_of(conv: cattrs.Converter, tp: Any) -> Any:
    item = typing.get_args(tp)[0]
    hook = conv.get_structure_hook(item)
    return lambda value, _: tuple([hook(v, item) for v in value])


def _is_optional(tp: Any) -> bool:
    args = typing.get_args(tp)
    return (
        typing.get_origin(tp) in (typing.Union, types.UnionType)
        and len(args) == 2
        and type(None) in args
    )


def _optional(conv: cattrs.Converter, tp: Any) -> Any:
    inner = next(a for a in typing.get_args(tp) if a is not type(None))
    hook = conv.get_structure_hook(inner)
    return lambda value, _: None if value is None else hook(value, inner)


@functools.cache
def _fast_converter() -> cattrs.Converter:
    return _make_fast_converter()


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


def structure_accepted(data: dict[str, Any]) -> Engagement:
    """:func:`structure_engagement` for data the compiled schema check accepted: faster.

    Raises whatever the converter raises on data it cannot build (which the
    schema should have refused); the caller then asks :func:`structure_engagement`
    for the detailed errors.
    """
    body = {k: v for k, v in data.items() if k not in ("schema_version", "revision")}
    return _fast_converter().structure(body, Engagement)
