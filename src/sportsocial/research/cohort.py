"""Cohorts: many engagements evaluated at once, on any executor, into tidy tables.

A researcher compares municipalities (342 of them, or a study that follows
tens over years). :func:`evaluate_cohort` loads and evaluates every document
(readiness at the gate, alignment, network) on one date or on a series of
dates, in chunks on any :class:`concurrent.futures.Executor` (a local process
pool, or a distributed engine's executor such as Dask's
``Client.get_executor()``), and collects small records only: the engagements,
reports and graphs are dropped as soon as their rows are made. A document that
cannot be loaded is listed in :attr:`Cohort.problems` with every problem, and
the run goes on. :func:`stream_cohort` hands the results on one document at a
time for cohorts whose rows should not be held at all.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable, Iterator
from concurrent.futures import Executor
from pathlib import Path
from typing import TYPE_CHECKING

import attrs

from ..alignment.timeline import Every
from ..errors import Problem
from ..methodology.model import Methodology
from ..model import Engagement
from ._evaluate import (
    COHORT_COLUMNS,
    COHORT_FINDING_COLUMNS,
    DocumentResult,
    Item,
    Spec,
    evaluate_chunk,
)
from ._parallel import chunk_size, chunks, ordered_map, workers_of
from .tables import Column, Record, Table

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "DOCUMENT_SUFFIXES",
    "Cohort",
    "DocumentProblems",
    "DocumentResult",
    "evaluate_cohort",
    "expand_sources",
    "stream_cohort",
]

#: Files a folder given as a source contributes (its own files, not its sub-folders').
DOCUMENT_SUFFIXES = (".json", ".yaml", ".yml")

_EVERY = ("month", "quarter", "year")


def expand_sources(
    sources: Iterable[str | os.PathLike[str] | Engagement],
) -> Iterator[Item]:
    """Paths and engagements, with each folder replaced by its documents in name order.

    A folder contributes its files ending in ``.json``, ``.yaml`` or ``.yml``
    (not those of its sub-folders). Any other path is kept as it is: a file
    that does not exist is reported as a problem of that document.
    """
    for source in sources:
        if isinstance(source, Engagement):
            yield source
            continue
        path = os.fspath(source)
        if os.path.isdir(path):
            for child in sorted(Path(path).iterdir()):
                if child.is_file() and child.suffix.lower() in DOCUMENT_SUFFIXES:
                    yield str(child)
        else:
            yield path


@attrs.frozen(kw_only=True)
class DocumentProblems:
    """A document that could not be evaluated, and every problem that stopped it."""

    source: str
    problems: tuple[Problem, ...]

    @property
    def codes(self) -> tuple[str, ...]:
        """The problems' codes, in order."""
        return tuple(p.code for p in self.problems)


def _spec(
    on: dt.date | None,
    every: Every | None,
    gate: str | None,
    methodology: Methodology | None,
) -> Spec:
    if every is not None and every not in _EVERY:
        raise ValueError(f"every must be one of {', '.join(_EVERY)} or None, not {every!r}")
    return Spec(on=on or dt.date.today(), every=every, gate=gate, methodology=methodology)


def _run(
    items: Iterable[Item],
    total: int | None,
    spec: Spec,
    executor: Executor | None,
    chunksize: int | None,
) -> Iterator[DocumentResult]:
    workers = workers_of(executor)
    size = chunksize or chunk_size(total, workers)
    tasks = ((spec, batch) for batch in chunks(enumerate(items), size))
    return ordered_map(evaluate_chunk, tasks, executor, window=2 * workers)


def stream_cohort(
    sources: Iterable[str | os.PathLike[str] | Engagement],
    *,
    on: dt.date | None = None,
    every: Every | None = None,
    gate: str | None = None,
    methodology: Methodology | None = None,
    executor: Executor | None = None,
    chunksize: int | None = None,
) -> Iterator[DocumentResult]:
    """Evaluate documents one chunk at a time and yield one result per document, in order.

    Takes the arguments of :func:`evaluate_cohort`. Sources are read lazily,
    so a generator of paths is never held whole; only a few chunks are in
    flight at once.
    """
    spec = _spec(on, every, gate, methodology)
    return _run(expand_sources(sources), None, spec, executor, chunksize)


@attrs.frozen(kw_only=True, repr=False)
class Cohort:
    """The evaluation of many engagements: one row per engagement and date.

    Attributes
    ----------
    on, every, gate:
        The evaluated date (with ``every``: the last of a series per
        engagement) and the gate (``None``: each engagement's next phase).
    rows:
        One record per engagement and date (columns :data:`COHORT_COLUMNS`).
    finding_rows:
        One record per finding (columns :data:`COHORT_FINDING_COLUMNS`).
    problems:
        The documents that could not be evaluated, each with its problems.
    sources:
        What was evaluated (paths, or engagements), kept for :func:`sweep`.
    """

    on: dt.date
    every: Every | None
    gate: str | None
    rows: tuple[Record, ...]
    finding_rows: tuple[Record, ...]
    problems: tuple[DocumentProblems, ...]
    sources: tuple[Item, ...] = attrs.field(eq=False)
    methodology: Methodology | None = attrs.field(default=None, eq=False)

    @property
    def documents(self) -> int:
        """Number of documents given (evaluated or not)."""
        return len(self.sources)

    def __len__(self) -> int:
        return len(self.rows)

    def table(self) -> Table:
        """The rows as a :class:`~sportsocial.research.tables.Table` (no pandas needed)."""
        return Table(COHORT_COLUMNS, self.rows)

    def findings_table(self) -> Table:
        """The findings as a :class:`~sportsocial.research.tables.Table`."""
        return Table(COHORT_FINDING_COLUMNS, self.finding_rows)

    def to_records(self) -> list[Record]:
        """One plain mapping per engagement and date."""
        return self.table().to_records()

    def to_dataframe(self) -> pd.DataFrame:
        """One row per engagement and date: municipality, phase, verdict, counts,
        scores, the alignment index and its figures, network measures (``analysis`` extra)."""
        return self.table().to_dataframe()

    def findings(self) -> pd.DataFrame:
        """The long table: one row per finding, with the document it came from."""
        return self.findings_table().to_dataframe()

    def problems_table(self, lang: str = "en") -> Table:
        """One row per problem of a document that could not be evaluated, messages in ``lang``."""
        columns: tuple[Column, ...] = (
            ("source", "str"),
            ("code", "str"),
            ("path", "str"),
            ("message", "str"),
        )
        records: list[Record] = [
            {"source": d.source, "code": p.code, "path": p.path, "message": p.message(lang)}
            for d in self.problems
            for p in d.problems
        ]
        return Table(columns, records)

    def __repr__(self) -> str:
        from ..display import short_repr

        return short_repr(self)

    def _repr_html_(self) -> str:
        from ..display import to_html

        return to_html(self)

    def _repr_markdown_(self) -> str:
        from ..display import to_markdown

        return to_markdown(self)


def evaluate_cohort(
    sources: Iterable[str | os.PathLike[str] | Engagement],
    *,
    on: dt.date | None = None,
    every: Every | None = None,
    gate: str | None = None,
    methodology: Methodology | None = None,
    executor: Executor | None = None,
    chunksize: int | None = None,
) -> Cohort:
    """Evaluate many engagements: readiness, alignment and network, on a date or over time.

    Parameters
    ----------
    sources:
        Paths of documents, folders of documents (their ``.json``, ``.yaml``
        and ``.yml`` files), or engagements, in any mix.
    on:
        The date to evaluate (default: today). With ``every``, the last date.
    every:
        ``"month"``, ``"quarter"`` or ``"year"``: a row on the closing day of
        each period from the engagement's start up to ``on`` (as
        :func:`~sportsocial.timeline`), instead of one row on ``on``.
    gate:
        The gate to check (default: each engagement's next phase on each date).
    methodology:
        Judge every engagement by this methodology instead of the one it names.
    executor:
        Any :class:`concurrent.futures.Executor`: a
        :class:`~concurrent.futures.ProcessPoolExecutor`, or a distributed
        engine's (``dask.distributed.Client(...).get_executor()``).
        ``None`` runs here, serially. Every executor gives the same tables.
    chunksize:
        Documents per task (default: about four tasks per worker, at most 16).

    Returns
    -------
    Cohort
        Its rows in the order of ``sources``; documents that could not be
        loaded in :attr:`Cohort.problems`.

    Examples
    --------
    >>> import datetime as dt, sportsocial as ss
    >>> c = ss.evaluate_cohort(["examples"], on=dt.date(2026, 11, 24))
    >>> [(r["municipality"], r["ready"]) for r in c.rows]
    [('Bergen op Zoom', False), ('Etten-Leur', False), ('Roosendaal', True)]
    """
    spec = _spec(on, every, gate, methodology)
    items = tuple(expand_sources(sources))
    rows: list[Record] = []
    findings: list[Record] = []
    problems: list[DocumentProblems] = []
    for result in _run(items, len(items), spec, executor, chunksize):
        rows.extend(result.rows)
        findings.extend(result.findings)
        if result.problems:
            problems.append(DocumentProblems(source=result.source, problems=result.problems))
    return Cohort(
        on=spec.on,
        every=every,
        gate=gate,
        rows=tuple(rows),
        finding_rows=tuple(findings),
        problems=tuple(problems),
        sources=items,
        methodology=methodology,
    )
