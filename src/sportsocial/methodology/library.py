"""Loading methodologies: the shipped ones by id, the user's own from a file.

A methodology document is checked like an engagement: JSON Schema first (every
problem at once), then the structure (unique phases, skips that jump forward).
Its gates name readiness rules, which this package does not know: the readiness
engine adds the check against its registry to :data:`METHODOLOGY_CHECKS` (every
criterion names an existing rule, every parameter belongs to one). Problems
carry ``MET`` codes.

An engagement document names its methodology: a shipped id, or a path. The
path is the document's, not the user's, choice, so it is held to a rule
(:func:`methodology_file`): relative to the document's folder, and, with
symbolic links followed, inside that folder or a folder the user allows in
:data:`METHODOLOGY_PATH_ENV`; and a regular file, never a device or a pipe.
"""

from __future__ import annotations

import functools
import json
import os
import re
from collections.abc import Callable
from importlib import resources
from pathlib import Path
from typing import Any

import cattrs

from .._shipped import METHODOLOGIES
from ..errors import InvalidDocument, Problem
from ..io.converter import converter
from ..io.document import build_from_file
from ..io.paths import json_path
from ..io.problems import closest, problem
from ..io.schema import build_model_schema
from ..io.schema_check import check_schema
from .model import Methodology

__all__ = [
    "METHODOLOGY_CHECKS",
    "METHODOLOGY_PATH_ENV",
    "SHIPPED",
    "check_methodology",
    "load_methodology",
    "methodology_file",
    "methodology_from_data",
    "methodology_schema",
    "resolve_methodology",
    "shipped_methodology",
]

#: Ids of the methodologies that ship with the package.
SHIPPED: tuple[str, ...] = METHODOLOGIES

#: Environment variable with further folders (separated by ``os.pathsep``) in
#: which a methodology file named by an engagement document may lie.
METHODOLOGY_PATH_ENV = "SPORTSOCIAL_METHODOLOGY_PATH"

SCHEMA_ID = "urn:sportsocial:schema:methodology:1"


def build_methodology_schema() -> dict[str, Any]:
    """The methodology document's JSON Schema, generated from the model."""
    return build_model_schema(
        Methodology, schema_id=SCHEMA_ID, title="sportsocial methodology", version=None
    )


@functools.cache
def methodology_schema() -> dict[str, Any]:
    """The shipped methodology schema (package data), loaded once."""
    text = (
        resources.files("sportsocial.methodology")
        .joinpath("data/methodology.schema.json")
        .read_text("utf-8")
    )
    schema: dict[str, Any] = json.loads(text)
    return schema


#: Further checks of a methodology, run after the structural ones. The readiness
#: engine adds the check of every gate's rules and parameters against its
#: registry (``MET204``, ``MET206``-``MET208``) when it is imported: the
#: methodology knows nothing of the rules, and the rules are checked where
#: both are known.
METHODOLOGY_CHECKS: list[Callable[[Methodology, str | None], list[Problem]]] = []


def check_methodology(m: Methodology, source: str | None = None) -> list[Problem]:
    """Structural problems of a methodology (``MET201``-``MET205``), then those of
    :data:`METHODOLOGY_CHECKS`."""
    out: list[Problem] = []
    seen: set[str] = set()
    for i, phase in enumerate(m.phases):
        if phase.id in seen:
            out.append(
                problem("MET201", json_path(["phases", i, "id"]), source=source, phase=phase.id)
            )
        seen.add(phase.id)
    order = {pid: i for i, pid in reversed(list(enumerate(m.phase_ids)))}
    for i, skip in enumerate(m.skips):
        bad = False
        for key, pid in (("source", skip.source), ("target", skip.target)):
            if pid not in order:
                bad = True
                out.append(
                    problem("MET202", json_path(["skips", i, key]), source=source, phase=pid)
                )
        if not bad and order[skip.target] - order[skip.source] < 2:
            out.append(
                problem(
                    "MET203",
                    json_path(["skips", i]),
                    source=source,
                    start=skip.source,
                    target=skip.target,
                )
            )
    for i, phase in enumerate(m.phases):
        for code in sorted(set(phase.gate.must) & set(phase.gate.should)):
            j = phase.gate.should.index(code)
            out.append(
                problem(
                    "MET205",
                    json_path(["phases", i, "gate", "should", j]),
                    source=source,
                    rule=code,
                )
            )
    for extra in METHODOLOGY_CHECKS:
        out.extend(extra(m, source))
    return out


def methodology_from_data(data: Any, source: str | None = None) -> Methodology:
    """Validate plain data and build a :class:`Methodology`; ``InvalidDocument`` on any problem."""
    if not isinstance(data, dict):
        found = type(data).__name__ if data is not None else "nothing"
        raise InvalidDocument([problem("DOC004", "$", source=source, found=found)], source)
    problems = check_schema(data, methodology_schema(), source)
    if problems:
        raise InvalidDocument(problems, source)
    try:
        methodology = converter().structure(data, Methodology)
    except (
        cattrs.BaseValidationError,
        ValueError,
        TypeError,
    ) as exc:  # pragma: no cover - schema first
        raise InvalidDocument(
            [problem("SCH199", "$", source=source, detail=str(exc))], source
        ) from None
    problems = check_methodology(methodology, source)
    if problems:
        raise InvalidDocument(problems, source)
    return methodology


def load_methodology(path: str | os.PathLike[str]) -> Methodology:
    """Load and validate a methodology: a shipped one by its id (``"ssnb"``,
    ``"five-step"``), or a document (JSON, or YAML) by its path.

    The file must be a regular file (``DOC008`` for a device, pipe or folder)
    within the size limits of :class:`~sportsocial.io.Limits`.

    Raises
    ------
    InvalidDocument
        With every problem found, each with a code and a JSON path.

    Examples
    --------
    >>> load_methodology("ssnb").id
    'ssnb'
    """
    if isinstance(path, str) and path in SHIPPED:
        return shipped_methodology(path)
    return build_from_file(path, methodology_from_data, regular_only=True)


@functools.cache
def shipped_methodology(methodology_id: str) -> Methodology:
    """A methodology shipped with the package, by id (see :data:`SHIPPED`)."""
    if methodology_id not in SHIPPED:
        raise KeyError(f"no shipped methodology {methodology_id!r}; shipped: {', '.join(SHIPPED)}")
    resource = resources.files("sportsocial.methodology").joinpath(f"data/{methodology_id}.json")
    data = json.loads(resource.read_text("utf-8"))
    return methodology_from_data(data, f"sportsocial:{methodology_id}")


def _within(path: str, folder: str) -> bool:
    return path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)


def _unusable(ref: str) -> InvalidDocument:
    shipped = ", ".join(SHIPPED)
    hint = closest(ref, SHIPPED)
    found = problem("MET101", "$", source=ref, suggestion=hint, ref=ref, shipped=shipped)
    return InvalidDocument([found], ref)


def methodology_file(ref: str, base: str | os.PathLike[str] | None = None) -> Path:
    """The file an engagement's ``methodology`` path ``ref`` names, if it may be read.

    ``ref`` is taken relative to ``base``, the folder of the engagement
    document (default: the current folder). Symbolic links are followed; the
    file they lead to must lie in ``base`` or below it, or in a folder listed
    in the environment variable :data:`METHODOLOGY_PATH_ENV`.

    Raises
    ------
    InvalidDocument
        ``MET105`` when the file lies outside those folders, ``MET101`` for a
        name no file can have (a NUL character).
    """
    if "\0" in ref or re.search(r"[\ud800-\udfff]", ref):
        raise _unusable(ref)
    folder = os.fspath(base) if base is not None and os.fspath(base) else os.getcwd()
    path = Path(folder) / ref
    real = os.path.realpath(path)
    extra = [p for p in os.environ.get(METHODOLOGY_PATH_ENV, "").split(os.pathsep) if p]
    roots = [os.path.realpath(folder), *(os.path.realpath(p) for p in extra)]
    if not any(_within(real, root) for root in roots):
        raise InvalidDocument(
            [problem("MET105", "$", source=ref, ref=ref, variable=METHODOLOGY_PATH_ENV)], ref
        )
    return path


def resolve_methodology(ref: str, base: str | os.PathLike[str] | None = None) -> Methodology:
    """The methodology an engagement refers to: a shipped id, or a path.

    A path is taken relative to ``base`` (the folder of the engagement
    document) when given, else the current folder, so a document and its
    variant travel together; it must pass :func:`methodology_file`. To use a
    methodology from anywhere else, load it with :func:`load_methodology` and
    hand it over (``methodology=`` of :func:`~sportsocial.check`,
    :func:`~sportsocial.status`, ...).
    """
    if ref in SHIPPED:
        return shipped_methodology(ref)
    return load_methodology(methodology_file(ref, base))
