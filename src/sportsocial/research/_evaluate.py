"""The work done for one document of a cohort, wherever it runs.

These functions run in worker processes (a local pool, a Dask worker), so
they are module-level and take and return plain picklable values: a path or an
engagement in, small records out. Nothing large (an engagement, a report, a
graph) travels back: that is what keeps a cohort's memory flat.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Sequence
from typing import TypeAlias

import attrs

from ..alignment import alignment
from ..alignment.timeline import Every, first_date, timeline_dates
from ..errors import InvalidDocument, Problem
from ..io import load
from ..io.problems import problem
from ..methodology.library import resolve_methodology
from ..methodology.model import Methodology
from ..model import Engagement
from ..network import network_metrics
from ..readiness import Report, check
from ..readiness.engine import ALL_RULES
from ..readiness.registry import Dimension
from .tables import (
    ALIGNMENT_COLUMNS,
    FINDING_COLUMNS,
    NETWORK_COLUMNS,
    Column,
    Record,
    alignment_record,
    finding_records,
    network_record,
)

__all__ = [
    "COHORT_COLUMNS",
    "COHORT_FINDING_COLUMNS",
    "DocumentResult",
    "Item",
    "Spec",
    "evaluate_chunk",
    "evaluation_dates",
    "open_item",
    "prepare",
]

#: What a cohort is made of: a document's path, or an engagement in memory.
Item: TypeAlias = str | Engagement


@attrs.frozen(kw_only=True)
class Spec:
    """What to evaluate each document at: the date(s), the gate, the methodology."""

    on: dt.date
    every: Every | None = None
    gate: str | None = None
    methodology: Methodology | None = None


@attrs.frozen(kw_only=True)
class DocumentResult:
    """What one document gave: its rows, its findings, or the problems that stopped it."""

    source: str
    rows: tuple[Record, ...] = ()
    findings: tuple[Record, ...] = ()
    problems: tuple[Problem, ...] = ()


_HEAD: tuple[Column, ...] = (
    ("source", "str"),
    ("municipality", "str"),
    ("cbs_code", "str"),
    ("population", "int"),
    ("on", "date"),
    ("phase", "str"),
    ("gate", "str"),
    ("ready", "bool"),
    ("rules", "int"),
    ("blockers", "int"),
    ("warnings", "int"),
    ("waived", "int"),
)
_SCORES: tuple[Column, ...] = tuple((f"score_{d.value}", "float") for d in Dimension)

#: Columns of a cohort's table: one row per engagement and date.
COHORT_COLUMNS: tuple[Column, ...] = (
    *_HEAD,
    *_SCORES,
    *(c for c in ALIGNMENT_COLUMNS if c[0] not in ("municipality", "on", "phase")),
    *NETWORK_COLUMNS,
)
#: Columns of a cohort's findings: one row per finding.
COHORT_FINDING_COLUMNS: tuple[Column, ...] = (
    ("source", "str"),
    ("cbs_code", "str"),
    *FINDING_COLUMNS,
)


def source_of(item: Item, position: int) -> str:
    """How a document is named in tables: its path, or ``#<position>`` for an engagement."""
    return item if isinstance(item, str) else f"#{position}"


def open_item(item: Item, source: str) -> tuple[Engagement, str | None]:
    """The engagement and the folder its methodology path is relative to.

    Raises :class:`InvalidDocument` when a file cannot be loaded.
    """
    if isinstance(item, Engagement):
        return item, None
    return load(item), os.path.dirname(os.path.abspath(source))


def evaluation_dates(engagement: Engagement, spec: Spec) -> tuple[dt.date, ...]:
    """``spec.on``, or with ``every`` the closing day of each period from the
    engagement's start (:func:`~sportsocial.alignment.timeline.first_date`) up to it."""
    if spec.every is None:
        return (spec.on,)
    return timeline_dates(first_date(engagement) or spec.on, spec.on, spec.every)


def methodology_for(engagement: Engagement, spec: Spec, base: str | None) -> Methodology:
    """The methodology to judge with: the spec's, else the one the document names."""
    if spec.methodology is not None:
        return spec.methodology
    return resolve_methodology(engagement.methodology, base)


def _row(source: str, engagement: Engagement, report: Report, on: dt.date) -> Record:
    a = alignment(engagement, on=on)
    net = network_metrics(engagement, on=on)
    counts = report.counts
    scores = report.scores()
    record: Record = {
        "source": source,
        "municipality": engagement.municipality.name,
        "cbs_code": engagement.municipality.cbs_code,
        "population": engagement.municipality.population,
        "on": on,
        "phase": report.phase,
        "gate": report.gate,
        "ready": report.ready,
        **counts,
        **{f"score_{d.value}": scores.get(d) for d in Dimension},
    }
    record.update({k: v for k, v in alignment_record(a).items() if k not in record})
    record.update(network_record(net))
    return record


@attrs.frozen
class Prepared:
    """A document ready to evaluate: its engagement and methodology, or why it is not."""

    source: str
    engagement: Engagement | None = None
    methodology: Methodology | None = None
    problems: tuple[Problem, ...] = ()


def prepare(item: Item, position: int, spec: Spec) -> Prepared:
    """Load the document and its methodology, and check that it has the spec's gate.

    A document that cannot be loaded, whose methodology cannot be read, or
    whose methodology has no phase ``spec.gate`` (``MET103``) gets problems
    instead: the cohort lists it and goes on.
    """
    source = source_of(item, position)
    try:
        engagement, base = open_item(item, source)
        methodology = methodology_for(engagement, spec, base)
    except InvalidDocument as exc:
        return Prepared(source, problems=exc.problems)
    gate = spec.gate
    if gate is not None and gate != ALL_RULES and gate not in methodology.phase_ids:
        unknown = problem(
            "MET103",
            "$.methodology",
            source=source,
            phase=gate,
            ref=methodology.id,
            phases=", ".join(methodology.phase_ids),
        )
        return Prepared(source, problems=(unknown,))
    return Prepared(source, engagement, methodology)


def evaluate_one(item: Item, position: int, spec: Spec) -> DocumentResult:
    """Load (if need be) and evaluate one document on every date of ``spec``."""
    ready = prepare(item, position, spec)
    source, engagement, methodology = ready.source, ready.engagement, ready.methodology
    if engagement is None or methodology is None:
        return DocumentResult(source=source, problems=ready.problems)
    rows: list[Record] = []
    findings: list[Record] = []
    code = engagement.municipality.cbs_code
    for on in evaluation_dates(engagement, spec):
        report = check(engagement, spec.gate, on=on, methodology=methodology)
        rows.append(_row(source, engagement, report, on))
        findings.extend({"source": source, "cbs_code": code, **r} for r in finding_records(report))
    return DocumentResult(source=source, rows=tuple(rows), findings=tuple(findings))


def evaluate_chunk(task: tuple[Spec, Sequence[tuple[int, Item]]]) -> list[DocumentResult]:
    """Evaluate a chunk of documents (one task on an executor)."""
    spec, items = task
    return [evaluate_one(item, position, spec) for position, item in items]
