"""Loading the catalogue: the shipped one, or a user's own file.

A catalogue document is checked like an engagement: JSON Schema first (every
problem at once, ``SCH`` codes), then cattrs, then the cross-field checks of
:mod:`sportsocial.catalogue.checks` (``CAT`` codes). Any problem raises one
:class:`~sportsocial.errors.InvalidDocument` carrying all of them.

The schema is generated from the model and shipped as package data
(``catalogue/data/catalogue.schema.json``); a test fails when the two differ.
Regenerate with ``python tools/regenerate.py``.

A version-1 catalogue (before validity, per-source check dates, co-financing
and taakvelden) is upgraded on load: its funders take the funding streams'
values (``national-government`` becomes ``state``, ``health-insurance``
``insurer``), its entries become open-ended, each source
takes its entry's ``checked`` date, and a funding route gets ``unverified``
records for the co-financing rule and the taakveld it never stated (and for
who pays, when it named no one from outside the municipality).
"""

from __future__ import annotations

import copy
import functools
import json
import os
from importlib import resources
from typing import Any

import cattrs

from ..errors import InvalidDocument
from ..io.converter import converter
from ..io.document import build_from_file
from ..io.problems import problem
from ..io.schema import build_model_schema
from ..io.schema_check import check_schema
from .checks import check_catalogue
from .model import Catalogue

__all__ = [
    "CATALOGUE_SCHEMA_VERSION",
    "build_catalogue_schema",
    "catalogue_from_data",
    "catalogue_schema",
    "catalogue_to_data",
    "load_catalogue",
]

#: Version of the catalogue document format this release reads and writes.
CATALOGUE_SCHEMA_VERSION = 2
SCHEMA_ID = "urn:sportsocial:schema:catalogue:2"
_PACKAGE = "sportsocial.catalogue"

_NOT_STATED = {
    "funder": {
        "en": "Not stated: in format 1, funders listed only money from outside the municipality.",
        "nl": "Niet vermeld: in formaat 1 stonden bij funders alleen geldgevers van buiten de "
        "gemeente.",
    },
    "co-financing": {
        "en": "Not stated: the catalogue was written in format 1, before co-financing rules.",
        "nl": "Niet vermeld: de catalogus is in formaat 1 geschreven, van voor de "
        "cofinancieringsregels.",
    },
    "taakveld": {
        "en": "Not stated: the catalogue was written in format 1, before taakvelden.",
        "nl": "Niet vermeld: de catalogus is in formaat 1 geschreven, van voor de taakvelden.",
    },
}


#: Format 1 named outside funders its own way; format 2 uses the funding streams' values.
_FUNDERS_1 = {"national-government": "state", "health-insurance": "insurer"}


def _entry_from_1(entry: Any) -> Any:
    if not isinstance(entry, dict):
        return entry
    out = {**entry, "valid_from": None, "valid_until": None}
    funders = entry.get("funders")
    if isinstance(funders, list):
        out["funders"] = [_FUNDERS_1.get(f, f) if isinstance(f, str) else f for f in funders]
    sources = entry.get("sources")
    if isinstance(sources, list):
        out["sources"] = [
            {**src, "checked": entry.get("checked")} if isinstance(src, dict) else src
            for src in sources
        ]
    if entry.get("kind") == "funding-route":
        out["unverified"] = [
            {"about": k, "note": dict(v)}
            for k, v in _NOT_STATED.items()
            if k != "funder" or not entry.get("funders")
        ]
    return out


def _from_1(data: dict[str, Any]) -> dict[str, Any]:
    """Version 1 to 2: validity, source check dates, and unverified funding facts."""
    out = copy.deepcopy(data)
    entries = out.get("entries")
    if isinstance(entries, list):
        out["entries"] = [_entry_from_1(e) for e in entries]
    out["schema_version"] = 2
    return out


def _migrate(data: dict[str, Any], source: str | None) -> dict[str, Any]:
    """``data`` in the current format; ``InvalidDocument`` (DOC005) for an unknown version."""
    version = data.get("schema_version")
    if not isinstance(version, int) or isinstance(version, bool):
        return data  # the schema check names the problem
    if version == 1:
        return _from_1(data)
    if version != CATALOGUE_SCHEMA_VERSION:
        found = problem(
            "DOC005",
            "$.schema_version",
            source=source,
            found=version,
            supported=CATALOGUE_SCHEMA_VERSION,
        )
        raise InvalidDocument([found], source)
    return data


def build_catalogue_schema() -> dict[str, Any]:
    """The catalogue document's JSON Schema, generated from the model."""
    return build_model_schema(
        Catalogue,
        schema_id=SCHEMA_ID,
        title="sportsocial intervention and funding-route catalogue",
        version=CATALOGUE_SCHEMA_VERSION,
    )


@functools.cache
def catalogue_schema() -> dict[str, Any]:
    """The shipped catalogue schema (package data), loaded once."""
    text = resources.files(_PACKAGE).joinpath("data/catalogue.schema.json").read_text("utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema


def catalogue_from_data(data: Any, source: str | None = None) -> Catalogue:
    """Validate plain data and build a :class:`Catalogue`; ``InvalidDocument`` on any problem.

    A version-1 document is upgraded first (see the module's notes).
    """
    if not isinstance(data, dict):
        found = type(data).__name__ if data is not None else "nothing"
        raise InvalidDocument([problem("DOC004", "$", source=source, found=found)], source)
    data = _migrate(data, source)
    problems = check_schema(data, catalogue_schema(), source)
    if problems:
        raise InvalidDocument(problems, source)
    body = {k: v for k, v in data.items() if k != "schema_version"}
    try:
        catalogue = converter().structure(body, Catalogue)
    except (
        cattrs.BaseValidationError,
        ValueError,
        TypeError,
    ) as exc:  # pragma: no cover - the schema comes first
        raise InvalidDocument(
            [problem("SCH199", "$", source=source, detail=str(exc))], source
        ) from None
    problems = check_catalogue(catalogue, source)
    if problems:
        raise InvalidDocument(problems, source)
    return catalogue


def catalogue_to_data(catalogue: Catalogue) -> dict[str, Any]:
    """The catalogue as a plain document: ``schema_version`` first, empty lists left out."""
    body: dict[str, Any] = converter().unstructure(catalogue)
    return {"schema_version": CATALOGUE_SCHEMA_VERSION, **body}


@functools.cache
def _shipped() -> Catalogue:
    resource = resources.files(_PACKAGE).joinpath("data/catalogue.json")
    data = json.loads(resource.read_text("utf-8"))
    return catalogue_from_data(data, "sportsocial:catalogue")


def load_catalogue(path: str | os.PathLike[str] | None = None) -> Catalogue:
    """The shipped catalogue (``path=None``, loaded once), or a user's own file.

    A file may be JSON, or YAML with the ``yaml`` extra (by suffix, else by content).

    Raises
    ------
    InvalidDocument
        With every problem found, each with a code and a JSON path.
    """
    if path is None:
        return _shipped()
    return build_from_file(path, catalogue_from_data)
