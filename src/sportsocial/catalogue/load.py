"""Loading the catalogue: the shipped one, or a user's own file.

A catalogue document is checked like an engagement: JSON Schema first (every
problem at once, ``SCH`` codes), then cattrs, then the cross-field checks of
:mod:`sportsocial.catalogue.checks` (``CAT`` codes). Any problem raises one
:class:`~sportsocial.errors.InvalidDocument` carrying all of them.

The schema is generated from the model and shipped as package data
(``catalogue/data/catalogue.schema.json``); a test fails when the two differ.
Regenerate with ``python tools/regenerate.py``.
"""

from __future__ import annotations

import functools
import json
import os
from importlib import resources
from typing import Any

import cattrs

from ..errors import InvalidDocument
from ..io.converter import converter
from ..io.document import read_document
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
CATALOGUE_SCHEMA_VERSION = 1
SCHEMA_ID = "urn:sportsocial:schema:catalogue:1"
_PACKAGE = "sportsocial.catalogue"


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
    """Validate plain data and build a :class:`Catalogue`; ``InvalidDocument`` on any problem."""
    if not isinstance(data, dict):
        found = type(data).__name__ if data is not None else "nothing"
        raise InvalidDocument([problem("DOC004", "$", source=source, found=found)], source)
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
    data, _ = read_document(path)
    return catalogue_from_data(data, os.fspath(path))
