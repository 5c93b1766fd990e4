"""Checking plain data against a JSON Schema, every error as a problem record.

``jsonschema``'s ``iter_errors`` yields all errors, not the first; each is
turned into a :class:`~sportsocial.errors.Problem` with a stable code and the
JSON path of the offending value kept as a field.

That is thorough and slow (pure Python, a validator object per value), so valid
documents do not pay for it: :func:`schema_accepts` asks a compiled validator
(``jsonschema-rs``, Rust) for a yes or no, about a hundred times faster, and
only a document it refuses goes through :func:`check_schema` for every problem
at once. The two must agree on every document (a hypothesis test checks both
directions): both read ``pattern`` as JSON Schema does (ECMA-262, where ``$`` is
the very end of the text, not before a final newline as in Python's ``re``), and
both refuse the dates :func:`_is_date` refuses.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import re
from collections.abc import Iterator
from typing import Any

import jsonschema
import jsonschema_rs
from jsonschema import Draft202012Validator, FormatChecker
from jsonschema.exceptions import ValidationError

from ..errors import Problem
from ..i18n import Text
from .paths import json_path
from .problems import closest, problem

__all__ = ["check_schema", "schema_accepts", "validator_for"]

_DATE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
_formats = FormatChecker(formats=())


@_formats.checks("date", raises=ValueError)
def _is_date(value: object) -> bool:
    if not isinstance(value, str):
        return True
    if not _DATE.match(value):
        return False
    dt.date.fromisoformat(value)
    return True


_TYPE_NAMES = {
    "string": ("text", "tekst"),
    "integer": ("a whole number", "een geheel getal"),
    "number": ("a number", "een getal"),
    "boolean": ("true or false", "waar of onwaar (true/false)"),
    "array": ("a list", "een lijst"),
    "object": ("a mapping", "een verzameling velden"),
    "null": ("nothing", "niets"),
}


def _type_name(name: str) -> tuple[str, str]:
    return _TYPE_NAMES.get(name, (name, name))


def _type_of(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    if isinstance(value, dict):
        return "object"
    return type(value).__name__


def _show(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False, default=str)
    return text if len(text) <= 60 else text[:57] + "..."


#: What the compiled validator's own ``format: date`` (RFC 3339 full-date) accepts
#: beyond :func:`_is_date`: the year 0000, which ``datetime.date`` cannot hold.
_NO_YEAR_ZERO = {"pattern": "^(?!0000)"}


def _for_compiled(schema: Any) -> Any:
    """``schema`` with every ``format: date`` also refusing the year 0000.

    The compiled validator then judges dates as :func:`_is_date` does (a test
    compares the two on many strings) without calling back into Python for
    each date, which would cost it three quarters of its time.
    """
    if isinstance(schema, list):
        return [_for_compiled(s) for s in schema]
    if not isinstance(schema, dict):
        return schema
    out = {k: _for_compiled(v) for k, v in schema.items()}
    if out.get("format") == "date":
        out["allOf"] = [*out.get("allOf", []), _NO_YEAR_ZERO]
    return out


_END = re.compile(r"(?<!\\)((?:\\\\)*)\$")


@functools.cache
def _ecma(pattern: str) -> re.Pattern[str]:
    """``pattern`` compiled with ``$`` meaning the end of the text, as in ECMA-262.

    Python's ``$`` also matches before a final newline, so ``"ab\\n"`` would
    pass ``^[a-z]+$``; the JSON Schema (and every other validator) refuses it.
    A ``$`` behind an odd number of backslashes is a literal dollar and stays (the
    shipped schemas have no ``$`` inside a character class, where it is literal too).
    """
    return re.compile(_END.sub(lambda m: m.group(1) + r"\Z", pattern))


def _pattern(
    validator: Any, pattern: str, instance: Any, schema: dict[str, Any]
) -> Iterator[ValidationError]:
    if validator.is_type(instance, "string") and not _ecma(pattern).search(instance):
        yield ValidationError(f"{instance!r} does not match {pattern!r}")


_Draft = jsonschema.validators.extend(  # type: ignore[no-untyped-call]
    Draft202012Validator, {"pattern": _pattern}
)


@functools.cache
def _validator(schema_json: str) -> Draft202012Validator:
    schema = json.loads(schema_json)
    Draft202012Validator.check_schema(schema)
    validator: Draft202012Validator = _Draft(schema, format_checker=_formats)
    return validator


#: Compiled validators by ``id()`` of their schema, the schema kept beside it so the
#: id stays its own; the shipped schemas are loaded once, so this stays small.
_COMPILED: dict[int, tuple[dict[str, Any], jsonschema_rs.Validator]] = {}


def _compiled(schema: dict[str, Any]) -> jsonschema_rs.Validator:
    known = _COMPILED.get(id(schema))
    if known is not None and known[0] is schema:
        return known[1]
    validator = jsonschema_rs.validator_for(_for_compiled(schema), validate_formats=True)
    if len(_COMPILED) > 64:  # schemas built on the fly (tests): do not hoard them
        _COMPILED.clear()
    _COMPILED[id(schema)] = (schema, validator)
    return validator


def schema_accepts(data: Any, schema: dict[str, Any]) -> bool:
    """Whether ``data`` meets ``schema``, by the compiled validator: a fast yes or no.

    ``data`` must have passed :func:`~sportsocial.io.guards.check_tree` (finite,
    safe numbers, text keys). When in doubt it says no, and the caller runs
    :func:`check_schema`, which has the last word.
    """
    try:
        return bool(_compiled(schema).is_valid(data))
    except (ValueError, TypeError, OverflowError):  # a value it cannot read: ask the full check
        return False


def validator_for(schema: dict[str, Any]) -> Draft202012Validator:
    """A (cached) draft 2020-12 validator with the strict date format check."""
    return _validator(json.dumps(schema, sort_keys=True))


def _problems_for(error: ValidationError, source: str | None) -> Iterator[Problem]:
    parts = list(error.absolute_path)
    path = json_path(parts)
    kind = error.validator
    value = error.instance
    rule: Any = error.validator_value
    schema: Any = error.schema
    if kind == "required":
        present = value if isinstance(value, dict) else {}
        for name in rule:
            if name not in present:
                yield problem("SCH101", json_path([*parts, name]), source=source, field=name)
    elif kind == "additionalProperties":
        known = set(schema.get("properties", {}))
        given: dict[str, Any] = value if isinstance(value, dict) else {}
        unused = [k for k in known if k not in given]  # a typo names a field not given
        for name in given:
            if name not in known:
                yield problem(
                    "SCH102",
                    json_path([*parts, name]),
                    source=source,
                    suggestion=closest(name, unused),
                    field=name,
                )
    elif kind == "type":
        wanted = rule
        names = [wanted] if isinstance(wanted, str) else list(wanted)
        yield problem(
            "SCH103",
            path,
            source=source,
            expected=Text(
                en=" or ".join(_type_name(n)[0] for n in names),
                nl=" of ".join(_type_name(n)[1] for n in names),
            ),
            found=Text(
                en=f"{_type_name(_type_of(value))[0]} {_show(value)}",
                nl=f"{_type_name(_type_of(value))[1]} {_show(value)}",
            ),
        )
    elif kind in ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"):
        sign = {"minimum": ">=", "maximum": "<=", "exclusiveMinimum": ">", "exclusiveMaximum": "<"}[
            kind
        ]
        shown: object = (
            Text(en="a huge number", nl="een zeer groot getal")
            if isinstance(value, int) and len(str(abs(value))) > 20
            else _show(value)
        )
        yield problem("SCH104", path, source=source, value=shown, bound=f"{sign} {rule}")
    elif kind in ("enum", "const"):
        allowed = rule if kind == "enum" else [rule]
        yield problem(
            "SCH105",
            path,
            source=source,
            value=_show(value),
            allowed=", ".join(_show(a) for a in allowed),
            suggestion=closest(value, [a for a in allowed if isinstance(a, str)]),
        )
    elif kind == "pattern":
        yield problem("SCH106", path, source=source, value=_show(value), form=rule)
    elif kind == "format":
        yield problem("SCH107", path, source=source, value=_show(value))
    elif kind in ("minLength", "minItems"):
        yield problem("SCH108", path, source=source)
    elif kind == "uniqueItems":
        yield problem("SCH109", path, source=source)
    elif kind in ("allOf", "anyOf", "oneOf") and error.context:
        for sub in error.context:
            yield from _problems_for(sub, source)
    else:
        yield problem("SCH199", path, source=source, detail=error.message)


def check_schema(data: Any, schema: dict[str, Any], source: str | None = None) -> list[Problem]:
    """Every way ``data`` breaks ``schema``, as problems sorted by path, duplicates removed."""
    seen: set[tuple[str, str]] = set()
    out: list[Problem] = []
    try:
        errors = list(validator_for(schema).iter_errors(data))
    except (
        jsonschema.exceptions.SchemaError
    ) as exc:  # pragma: no cover - shipped schemas are tested
        raise RuntimeError(f"invalid schema: {exc.message}") from exc
    for error in errors:
        for p in _problems_for(error, source):
            if (p.code, p.path) not in seen:
                seen.add((p.code, p.path))
                out.append(p)
    # A number out of range is also "not an integer" when it overflowed to infinity;
    # the range is what the user needs to hear.
    out_of_range = {p.path for p in out if p.code == "SCH104"}
    out = [p for p in out if not (p.code == "SCH103" and p.path in out_of_range)]
    return sorted(out, key=lambda p: (p.path, p.code))
