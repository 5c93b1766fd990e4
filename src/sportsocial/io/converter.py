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


class _Builders:
    """Functions that build each attrs class of the model from data the schema accepted.

    cattrs' generated functions check nothing either once told so, but they
    still collect the optional fields in a mapping, call a hook with the type
    for every value and look up item hooks per call. These are written for
    the model instead, one expression per field (a date is one
    ``fromisoformat``, an enumeration one dictionary look-up, text is taken as
    it is, an optional field one ``get``), storing the values straight in the
    slots where ``__init__`` would do no more (:func:`_sets_fields_only`): about
    three times as fast. They trust the schema: unknown keys are
    ignored and wrong types are not noticed, so only accepted data comes here.

    Each function takes the mapping and two lists: it adds the mapping's number
    of keys to the first and the length of every list it reads to the second.
    The fast road (:mod:`.fast_load`) compares the keys with those written in the
    text to see that no mapping repeated a key, and the lists with those the text
    opens to see that every list was read and none is too long: no walk of its own.
    """

    def __init__(self) -> None:
        self.names: dict[str, Any] = {
            "__fromiso": dt.date.fromisoformat,
            "__new": object.__new__,
            "__missing": object(),
        }
        self.functions: dict[type, str] = {}

    def _name(self, value: Any) -> str:
        name = f"__v{len(self.names)}"
        self.names[name] = value
        return name

    def _expr(self, tp: Any, src: str) -> str:
        """Python source building a value of type ``tp`` from the data at ``src``."""
        origin, args = typing.get_origin(tp), typing.get_args(tp)
        if origin in (typing.Union, types.UnionType):
            inner = [a for a in args if a is not type(None)]
            if len(inner) != 1 or len(args) != 2:
                raise TypeError(f"no fast structuring of {tp!r}")
            return f"(None if {src} is None else {self._expr(inner[0], src)})"
        if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
            item = self._expr(args[0], "x")
            # the list's length goes to ``n`` (``None or`` the tuple: the tuple)
            built = "tuple(w)" if item == "x" else f"tuple([{item} for x in w])"
            return f"(n.append(len(w := {src})) or {built})"
        if tp is str or tp is bool:
            return src
        if tp is int:  # JSON Schema's integer admits 45000.0; the model holds 45000
            return f"int({src})"
        if tp is float:
            return f"float({src})"
        if tp is dt.date:
            return f"__fromiso({src})"
        if isinstance(tp, type) and issubclass(tp, enum.Enum):
            return f"{self._name(tp._value2member_map_)}[{src}]"
        if attrs.has(tp):
            self.build(tp)
            return f"{self.functions[tp]}({src}, k, n)"
        raise TypeError(f"no fast structuring of {tp!r}")

    def build(self, cls: type) -> Any:
        """The function building ``cls`` from a mapping (made once, with those it calls)."""
        fn = self.functions.get(cls)
        if fn is None:
            fn = self.functions[cls] = f"__build{len(self.functions)}_{cls.__name__}"
            hints = typing.get_type_hints(cls)
            direct = _sets_fields_only(cls)
            lines = [f"def {fn}(o, k, n):", "    k.append(len(o))"]
            if direct:
                lines.append(f"    s = __new({self._name(cls)})")
            parts = []
            for f in attrs.fields(cls):
                if not f.init:
                    continue
                key = document_key(f)
                if f.default is attrs.NOTHING:
                    value = self._expr(hints[f.name], f"o[{key!r}]")
                else:
                    if isinstance(f.default, attrs.Factory):  # type: ignore[arg-type]
                        default = f"{self._name(f.default.factory)}()"
                    else:
                        default = self._name(f.default)
                    given = self._expr(hints[f.name], "v")
                    value = (
                        f"o.get({key!r}, {default})"
                        if given == "v"
                        else f"({given} if (v := o.get({key!r}, __missing)) is not __missing"
                        f" else {default})"
                    )
                if direct:
                    lines.append(f"    {self._name(getattr(cls, f.name).__set__)}(s, {value})")
                else:
                    parts.append(f"{f.alias}={value}")
            lines.append(
                "    return s" if direct else f"    return {self._name(cls)}({', '.join(parts)})"
            )
            exec("\n".join(lines) + "\n", self.names)
        return self.names[fn]


def _sets_fields_only(cls: type) -> bool:
    """Whether ``cls``'s ``__init__`` does nothing but store each field in its slot.

    Then a builder stores the values in the slots itself, which costs half of
    calling ``__init__`` with keywords; a class with a validator, a converter,
    a hook around ``__init__``, a field outside ``__init__``, a cached hash or
    attributes beyond its slots is built through ``__init__``.
    """
    init = getattr(cls, "__init__", None)
    code = getattr(init, "__code__", None)
    if code is None or not code.co_filename.startswith("<attrs generated"):
        return False
    if hasattr(cls, "__attrs_pre_init__") or hasattr(cls, "__attrs_post_init__"):
        return False
    fields = attrs.fields(cls)
    if any(not f.init or f.validator or f.converter for f in fields):
        return False
    slots = {
        name
        for klass in cls.__mro__
        for name in (
            [klass.__dict__["__slots__"]]
            if isinstance(klass.__dict__.get("__slots__"), str)
            else klass.__dict__.get("__slots__", ())
        )
    }
    if slots - {"__weakref__"} != {f.name for f in fields} or any(
        "__dict__" in klass.__dict__ for klass in cls.__mro__ if klass is not object
    ):
        return False
    return all(isinstance(getattr(cls, f.name, None), types.MemberDescriptorType) for f in fields)


@functools.cache
def _fast_builder() -> Any:
    return _Builders().build(Engagement)


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


def structure_accepted(
    data: dict[str, Any], keys: list[int] | None = None, lists: list[int] | None = None
) -> Engagement:
    """:func:`structure_engagement` for data the compiled schema check accepted: faster.

    Raises whatever the converter raises on data it cannot build (which the
    schema should have refused); the caller then asks :func:`structure_engagement`
    for the detailed errors. ``keys``, when given, receives the number of keys of
    every mapping built from, the top-level one included; ``lists`` the length of
    every list.
    """
    body = {k: v for k, v in data.items() if k not in ("schema_version", "revision")}
    counted: list[int] = [] if keys is None else keys
    lengths: list[int] = [] if lists is None else lists
    engagement: Engagement = _fast_builder()(body, counted, lengths)
    counted.append(len(data) - len(body))  # the keys the model does not hold
    return engagement
