"""The ``report`` command: the page a facilitator hands the portfolio holders."""

from __future__ import annotations

import argparse
import os

from ._common import (
    EXIT_INVALID,
    EXIT_OK,
    EXIT_USAGE,
    emit,
    load_or_report,
    parse_date,
    write_or_report,
)
from .readiness import _gate_ok

__all__ = ["register"]

#: ``--names`` choices; the same as :data:`sportsocial.report.NAMES`, written out
#: so that building the parser imports nothing of the report.
_NAMES = ["show", "hide"]


def _format(args: argparse.Namespace) -> str:
    """``--format``, or from the suffix of ``-o`` (``.md``: Markdown), else HTML."""
    if args.format:
        return str(args.format)
    if args.output and os.path.splitext(args.output)[1].lower() in (".md", ".markdown"):
        return "markdown"
    return "html"


def _report(args: argparse.Namespace) -> int:
    import datetime as dt

    from ..report import report

    eng = load_or_report(args.file, args.lang)
    if eng is None:
        return EXIT_INVALID
    base = os.path.dirname(args.file)
    if not _gate_ok(eng, args.gate, base, args.lang):
        return EXIT_USAGE
    r = report(
        eng,
        on=args.on or dt.date.today(),
        lang=args.lang,
        names=args.names,
        gate=args.gate,
        every=args.every,
        base=base,
    )
    text = r.to_markdown() if _format(args) == "markdown" else r.to_html()
    if args.output:
        return EXIT_OK if write_or_report(args.output, text, args.lang) else EXIT_INVALID
    emit(text)
    return EXIT_OK


def register(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    """Add ``report``."""
    p = sub.add_parser(
        "report",
        parents=[common],
        help="the report for the portfolio holders: one self-contained HTML page, or Markdown",
        description="Where the engagement stands on the phase diagram, the verdict for the next "
        "gate with its blockers by level and their remedies, shared funding and governance "
        "(now and over time), the stakeholder network, who pays and who benefits, the draft "
        "agenda and the opportunities. The HTML page holds its style and pictures, loads "
        "nothing from the network and prints on A4.",
    )
    p.add_argument("file", metavar="FILE")
    p.add_argument("--on", type=parse_date, help="date of the report (default: today)")
    p.add_argument(
        "--gate", metavar="PHASE", help="the gate whose verdict is shown (default: the next phase)"
    )
    p.add_argument(
        "--format",
        choices=["html", "markdown"],
        help="html or markdown (default: from the suffix of -o, else html)",
    )
    p.add_argument("-o", "--output", metavar="FILE", help="write the report here (atomically)")
    p.add_argument(
        "--names",
        choices=_NAMES,
        default="show",
        help="show or hide the names of stakeholders (hidden: their kind and a number)",
    )
    p.add_argument(
        "--every",
        choices=["month", "quarter", "year"],
        default="quarter",
        help="spacing of the timeline (default: quarter)",
    )
    p.set_defaults(func=_report)
