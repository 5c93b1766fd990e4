"""The engagement document's JSON Schema (draft 2020-12), generated from the model.

The schema is built from the attrs classes and their field metadata
(:func:`sportsocial.model._fields.meta`), then shipped as package data
(``io/data/engagement.schema.json``); a test fails when the shipped file and the
model disagree. Regenerate with ``python -m sportsocial.io.schema --write``.

Optional fields are left out of a document rather than written as ``null``.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import json
import sys
import types
import typing
from importlib import resources
from typing import Any

import attrs

from ..model import Engagement
from ..model._fields import document_key

__all__ = [
    "SCHEMA_ID",
    "SCHEMA_VERSION",
    "build_model_schema",
    "build_schema",
    "engagement_schema",
]

#: Version of the engagement document format this release reads and writes.
SCHEMA_VERSION = 2
SCHEMA_ID = "urn:sportsocial:schema:engagement:2"
_DIALECT = "https://json-schema.org/draft/2020-12/schema"


def _is_optional(tp: Any) -> tuple[bool, Any]:
    args = typing.get_args(tp)
    if typing.get_origin(tp) in (typing.Union, types.UnionType) and type(None) in args:
        rest = [a for a in args if a is not type(None)]
        return True, rest[0]
    return False, tp


def build_model_schema(
    root: type, *, schema_id: str, title: str, version: int | None
) -> dict[str, Any]:
    """Build a JSON Schema for the attrs class ``root`` and every class it uses.

    Enumerations become ``enum`` keywords listing their values, dates strings of
    ``format: date``, tuples arrays, nested classes ``$ref`` into ``$defs``.
    With ``version``, a required ``schema_version`` field (const) comes first.
    """
    defs: dict[str, Any] = {}

    def type_schema(tp: Any) -> dict[str, Any]:
        if tp is str:
            return {"type": "string"}
        if tp is bool:
            return {"type": "boolean"}
        if tp is int:
            return {"type": "integer"}
        if tp is float:
            return {"type": "number"}
        if tp is dt.date:
            return {"type": "string", "format": "date"}
        if isinstance(tp, type) and issubclass(tp, enum.Enum):
            if tp.__name__ not in defs:
                defs[tp.__name__] = {
                    "type": "string",
                    "enum": [m.value for m in tp],
                    "description": (tp.__doc__ or "").strip().splitlines()[0],
                }
            return {"$ref": f"#/$defs/{tp.__name__}"}
        if typing.get_origin(tp) is tuple:
            item = typing.get_args(tp)[0]
            return {"type": "array", "items": type_schema(item)}
        if attrs.has(tp):
            if tp.__name__ not in defs:
                defs[tp.__name__] = {}  # reserve the name against recursion
                defs[tp.__name__] = class_schema(tp)
            return {"$ref": f"#/$defs/{tp.__name__}"}
        raise TypeError(f"no JSON Schema mapping for {tp!r}")

    def class_schema(cls: type) -> dict[str, Any]:
        hints = typing.get_type_hints(cls)
        properties: dict[str, Any] = {}
        required: list[str] = []
        for field in attrs.fields(cls):
            _, tp = _is_optional(hints[field.name])
            prop = type_schema(tp)
            extra = dict(field.metadata.get("schema", {}))
            if isinstance(prop.get("items"), dict) and isinstance(extra.get("items"), dict):
                extra["items"] = {**prop["items"], **extra["items"]}
            prop = {"allOf": [prop], **extra} if "$ref" in prop and extra else {**prop, **extra}
            description = field.metadata.get("description")
            if description:
                prop = {"description": description, **prop}
            key = document_key(field)
            properties[key] = prop
            if field.default is attrs.NOTHING:
                required.append(key)
        doc = (cls.__doc__ or "").strip().split("\n\n")[0]
        out: dict[str, Any] = {"type": "object", "description": " ".join(doc.split())}
        out["properties"] = properties
        if required:
            out["required"] = required
        out["additionalProperties"] = False
        return out

    body = class_schema(root)
    if version is not None:
        body["properties"] = {
            "schema_version": {
                "description": "Version of the document format; always the first field.",
                "const": version,
            },
            **body["properties"],
        }
        body["required"] = ["schema_version", *body.get("required", [])]
    return {
        "$schema": _DIALECT,
        "$id": schema_id,
        "title": title,
        **body,
        "$defs": dict(sorted(defs.items())),
    }


def build_schema() -> dict[str, Any]:
    """Build the engagement schema from the model (what the shipped file must equal)."""
    return build_model_schema(
        Engagement,
        schema_id=SCHEMA_ID,
        title="sportsocial engagement",
        version=SCHEMA_VERSION,
    )


@functools.cache
def engagement_schema() -> dict[str, Any]:
    """The shipped engagement schema, loaded once from package data."""
    text = (
        resources.files("sportsocial.io").joinpath("data/engagement.schema.json").read_text("utf-8")
    )
    schema: dict[str, Any] = json.loads(text)
    return schema


def render(schema: dict[str, Any]) -> str:
    """The canonical text of a schema file: two-space indent, trailing newline."""
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"


if __name__ == "__main__":  # pragma: no cover - developer tool
    text = render(build_schema())
    if "--write" in sys.argv:
        target = resources.files("sportsocial.io").joinpath("data/engagement.schema.json")
        with open(str(target), "w", encoding="utf-8") as fh:
            fh.write(text)
    else:
        sys.stdout.write(text)
