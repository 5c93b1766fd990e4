"""Commands for research: ``cohort`` (many documents into one table)."""

from __future__ import annotations

import argparse
import datetime as dt
import io
import itertools
import json
import sys
from collections.abc import Iterable, Iterator
from concurrent.futures import Executor, ProcessPoolExecutor
from typing import TextIO

from ..i18n import Text
from ..research._evaluate import COHORT_COLUMNS, COHORT_FINDING_COLUMNS
from ..research.cohort import DocumentResult, stream_cohort
from ..research.tables import Column, Record, parquet_bytes, write_csv
from ._common import (
    EXIT_INVALID,
    EXIT_OK,
    EXIT_USAGE,
    parse_date,
    report_problems,
    say,
    write_or_report,
)

__all__ = ["register"]

_PARQUET_NEEDS_FILE = Text(
    en="--format parquet writes a file: give it with -o FILE",
    nl="--format parquet schrijft een bestand: geef het op met -o BESTAND",
)
_SUMMARY = Text(
    en="{documents} document(s), {rows} row(s); {bad} document(s) could not be evaluated",
    nl="{documents} document(en), {rows} rij(en); {bad} document(en) niet te beoordelen",
)
#: Rows per Parquet row group: large enough for fast scans, small enough to stay flat in memory.
_ROW_GROUP = 2000


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(
            f"not a whole number of 1 or more / geen geheel getal van 1 of meer: {text!r}"
        )
    return value


class _Tally:
    """Counts what streams past, and reports each unreadable document as it comes."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.documents = 0
        self.rows = 0
        self.bad = 0
        self.findings: list[Record] = []

    def watch(self, results: Iterable[DocumentResult], keep_findings: bool) -> Iterator[Record]:
        for result in results:
            self.documents += 1
            if result.problems:
                self.bad += 1
                report_problems(result.problems, self.lang)
            if keep_findings:
                self.findings.extend(result.findings)
            self.rows += len(result.rows)
            yield from result.rows


def _text(fmt: str, columns: tuple[Column, ...], records: Iterable[Record], out: TextIO) -> None:
    if fmt == "csv":
        write_csv(out, columns, records, header=True)
        return
    out.write("[")
    for i, r in enumerate(records):
        row = {k: v.isoformat() if isinstance(v, dt.date) else v for k, v in r.items()}
        out.write(("," if i else "") + "\n  " + json.dumps(row, ensure_ascii=False))
    out.write("\n]\n")


def _batches(records: Iterable[Record]) -> Iterator[list[Record]]:
    it = iter(records)
    while batch := list(itertools.islice(it, _ROW_GROUP)):
        yield batch


def _write(
    fmt: str, columns: tuple[Column, ...], records: Iterable[Record], path: str | None, lang: str
) -> bool:
    """Write a table to ``path`` (atomically) or, for text formats, to stdout as it streams."""
    if fmt == "parquet":
        assert path is not None
        return write_or_report(path, parquet_bytes(columns, _batches(records)), lang)
    if path is None:
        _text(fmt, columns, records, sys.stdout)
        return True
    buffer = io.StringIO()
    _text(fmt, columns, records, buffer)
    return write_or_report(path, buffer.getvalue(), lang)


def _cohort(args: argparse.Namespace) -> int:
    if args.format == "parquet" and args.output is None:
        say(_PARQUET_NEEDS_FILE, args.lang)
        return EXIT_USAGE
    executor: Executor | None = ProcessPoolExecutor(args.jobs) if args.jobs > 1 else None
    tally = _Tally(args.lang)
    try:
        results = stream_cohort(
            args.sources, on=args.on, every=args.every, gate=args.gate, executor=executor
        )
        rows = tally.watch(results, keep_findings=args.findings is not None)
        ok = _write(args.format, COHORT_COLUMNS, rows, args.output, args.lang)
    finally:
        if executor is not None:
            executor.shutdown(cancel_futures=True)
    if ok and args.findings is not None:
        ok = _write(args.format, COHORT_FINDING_COLUMNS, tally.findings, args.findings, args.lang)
    say(_SUMMARY, args.lang, documents=tally.documents, rows=tally.rows, bad=tally.bad)
    return EXIT_OK if ok and not tally.bad else EXIT_INVALID


def register(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    """Add ``cohort``."""
    p = sub.add_parser(
        "cohort",
        parents=[common],
        help="evaluate many engagements into one table (CSV, JSON, Parquet)",
        description="Readiness, alignment and network measures of many engagement documents, "
        "one row per document (and date with --every). Documents that cannot be read are "
        "reported and left out; the run goes on (exit code 1 at the end).",
    )
    p.add_argument(
        "sources", nargs="+", metavar="FILE_OR_DIR", help="documents, or folders of documents"
    )
    p.add_argument("--on", type=parse_date, help="date (default: today); with --every the last")
    p.add_argument(
        "--every",
        choices=["month", "quarter", "year"],
        help="a row at the close of every period from each engagement's start up to --on",
    )
    p.add_argument("--gate", help="phase whose gate to check (default: each one's next phase)")
    p.add_argument(
        "--jobs", type=_positive, default=1, metavar="N", help="processes to use (default: 1)"
    )
    p.add_argument("--format", choices=["csv", "json", "parquet"], default="csv")
    p.add_argument("-o", "--output", metavar="FILE", help="write the table here (atomically)")
    p.add_argument(
        "--findings", metavar="FILE", help="also write the findings, one row each, to FILE"
    )
    p.set_defaults(func=_cohort)
