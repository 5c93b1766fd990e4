"""Commands for research: ``cohort`` (many documents into one table), ``synth`` (synthetic documents).

Building the parser imports only the standard library; each command imports
the research machinery when it runs.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import itertools
import json
import os
import sys

from ._common import (
    EXIT_INVALID,
    EXIT_OK,
    EXIT_USAGE,
    format_option,
    on_option,
    report_not_written,
    report_problems,
    say,
    type_error,
    write_or_report,
)
from ._lang import pick

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing: start-up time
if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator
    from typing import TextIO

    from ..research.cohort import DocumentResult
    from ..research.tables import Column, Record

__all__ = ["register"]

#: Rows per Parquet row group: large enough for fast scans, small enough to stay flat in memory.
_ROW_GROUP = 2000


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise type_error("not a whole number of 1 or more", "geen geheel getal van 1 of meer", text)
    return value


def _count(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = -1
    if value < 0:
        raise type_error("not a whole number of 0 or more", "geen geheel getal van 0 of meer", text)
    return value


def _seed(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise type_error("not a whole number", "geen geheel getal", text) from None


class _Tally:
    """Counts what streams past, and reports each document that could not be evaluated."""

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
    from ..research.tables import write_csv

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
        from ..research.tables import parquet_bytes

        assert path is not None
        return write_or_report(path, parquet_bytes(columns, _batches(records)), lang)
    if path is None:
        _text(fmt, columns, records, sys.stdout)
        return True
    buffer = io.StringIO()
    _text(fmt, columns, records, buffer)
    return write_or_report(path, buffer.getvalue(), lang)


def _cohort(args: argparse.Namespace) -> int:
    from concurrent.futures import Executor, ProcessPoolExecutor

    from ..i18n import Text, plural
    from ..research._evaluate import COHORT_COLUMNS, COHORT_FINDING_COLUMNS
    from ..research.cohort import stream_cohort

    if args.format == "parquet" and args.output is None:
        say(
            Text(
                en="--format parquet writes a file: give it with -o FILE",
                nl="--format parquet schrijft een bestand: geef het op met -o BESTAND",
            ),
            args.lang,
        )
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
    summary = Text(
        en="{documents} document(s), {rows} row(s); {bad} document(s) could not be evaluated",
        nl="{documents_nl}, {rows_nl}; {bad_nl} niet te beoordelen",
    )
    say(
        summary,
        args.lang,
        documents=tally.documents,
        rows=tally.rows,
        bad=tally.bad,
        documents_nl=plural(tally.documents, "nl", "document", "documenten"),
        rows_nl=plural(tally.rows, "nl", "rij", "rijen"),
        bad_nl=plural(tally.bad, "nl", "document", "documenten"),
    )
    return EXIT_OK if ok and not tally.bad else EXIT_INVALID


def _synth(args: argparse.Namespace) -> int:
    from ..i18n import Text, plural
    from ..io import dumps
    from ..research.synthetic import iter_engagements

    folder = args.output
    try:
        os.makedirs(folder, exist_ok=True)
    except OSError as exc:
        report_not_written(folder, exc, args.lang)
        return EXIT_INVALID
    width = max(5, len(str(args.n - 1)))
    for i, engagement in enumerate(iter_engagements(args.n, args.seed)):
        path = os.path.join(folder, f"synthetic-{i:0{width}d}.{args.format}")
        if not write_or_report(path, dumps(engagement, args.format), args.lang):
            return EXIT_INVALID
    done = Text(
        en="{n} synthetic engagement(s) written to {folder}",
        nl="{n_nl} geschreven naar {folder}",
    )
    say(
        done,
        args.lang,
        n=args.n,
        folder=folder,
        n_nl=plural(args.n, "nl", "synthetisch traject", "synthetische trajecten"),
    )
    return EXIT_OK


def register(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    """Add ``cohort`` and ``synth``."""
    p = sub.add_parser(
        "cohort",
        parents=[common],
        help=pick(
            "evaluate many engagements into one table (CSV, JSON, Parquet)",
            "beoordeel veel trajecten in één tabel (CSV, JSON, Parquet)",
        ),
        description=pick(
            "Readiness, alignment and network measures of many engagement documents, "
            "one row per document (and date with --every). Documents that cannot be read are "
            "reported and left out; the run goes on (exit code 1 at the end).",
            "Gereedheid, afstemming en netwerkmaten van veel trajectdocumenten, een regel per "
            "document (en per datum met --every). Documenten die niet te lezen zijn worden "
            "gemeld en weggelaten; de run gaat door (afsluitcode 1 aan het eind).",
        ),
    )
    p.add_argument(
        "sources",
        nargs="+",
        metavar="FILE_OR_DIR",
        help=pick("documents, or folders of documents", "documenten, of mappen met documenten"),
    )
    on_option(
        p,
        "date (default: today); with --every the last",
        "datum (standaard: vandaag); met --every de laatste",
    )
    p.add_argument(
        "--every",
        choices=["month", "quarter", "year"],
        help=pick(
            "a row at the close of every period from each engagement's start up to --on",
            "een regel aan het eind van elke periode, van het begin van elk traject tot --on",
        ),
    )
    p.add_argument(
        "--gate",
        help=pick(
            "phase whose gate to check (default: each one's next phase)",
            "fase waarvan de poort getoetst wordt (standaard: voor elk de volgende fase)",
        ),
    )
    p.add_argument(
        "--jobs",
        type=_positive,
        default=1,
        metavar="N",
        help=pick("processes to use (default: 1)", "aantal processen (standaard: 1)"),
    )
    format_option(p, ["csv", "json", "parquet"], "csv")
    p.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help=pick("write the table here (atomically)", "schrijf de tabel hierheen (atomair)"),
    )
    p.add_argument(
        "--findings",
        metavar="FILE",
        help=pick(
            "also write the findings, one row each, to FILE",
            "schrijf ook de bevindingen, een regel per bevinding, naar FILE",
        ),
    )
    p.set_defaults(func=_cohort)

    p = sub.add_parser(
        "synth",
        parents=[common],
        help=pick(
            "write seeded synthetic engagement documents (valid, realistic, reproducible)",
            "schrijf synthetische trajectdocumenten uit een seed (geldig, realistisch, "
            "reproduceerbaar)",
        ),
        description=pick(
            "Write N synthetic engagements to a folder, one file each. The same seed "
            "gives the same documents; see docs/research.md for how they are drawn.",
            "Schrijf N synthetische trajecten naar een map, een bestand per traject. Dezelfde "
            "seed geeft dezelfde documenten; zie docs/research.md voor hoe ze getrokken worden.",
        ),
    )
    p.add_argument(
        "--n", type=_count, required=True, help=pick("number of engagements", "aantal trajecten")
    )
    p.add_argument(
        "--seed", type=_seed, default=0, help=pick("seed (default: 0)", "seed (standaard: 0)")
    )
    format_option(p, ["json", "yaml"], "json")
    p.add_argument(
        "-o",
        "--output",
        metavar="DIR",
        required=True,
        help=pick("folder to write to", "map om naar te schrijven"),
    )
    p.set_defaults(func=_synth)
