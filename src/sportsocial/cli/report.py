"""The ``report`` command: the page a facilitator hands the portfolio holders."""

from __future__ import annotations

import argparse
import os

from ._common import (
    EXIT_INVALID,
    EXIT_OK,
    EXIT_USAGE,
    emit,
    file_argument,
    format_option,
    load_or_report,
    on_option,
    write_or_report,
)
from ._lang import pick
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
        help=pick(
            "the report for the portfolio holders: one self-contained HTML page, or Markdown",
            "het rapport voor de portefeuillehouders: één zelfstandige HTML-pagina, of Markdown",
        ),
        description=pick(
            "Where the engagement stands on the phase diagram, the verdict for the next "
            "gate with its blockers by level and their remedies, shared funding and governance "
            "(now and over time), the stakeholder network, who pays and who benefits, the draft "
            "agenda and the opportunities. The HTML page holds its style and pictures, loads "
            "nothing from the network and prints on A4.",
            "Waar het traject staat in het fasenschema, het oordeel over de volgende poort met "
            "de blokkades per niveau en hun oplossingen, gezamenlijke middelen en besturing (nu "
            "en door de tijd), het netwerk van belanghebbenden, wie betaalt en wie baat heeft, "
            "de conceptagenda en de kansen. De HTML-pagina bevat haar eigen opmaak en "
            "afbeeldingen, laadt niets van het netwerk en past op A4.",
        ),
    )
    file_argument(p)
    on_option(
        p, "date of the report (default: today)", "datum van het rapport (standaard: vandaag)"
    )
    p.add_argument(
        "--gate",
        metavar="PHASE",
        help=pick(
            "the gate whose verdict is shown (default: the next phase)",
            "de poort waarvan het oordeel getoond wordt (standaard: de volgende fase)",
        ),
    )
    format_option(
        p,
        ["html", "markdown"],
        None,
        "html or markdown (default: from the suffix of -o, else html)",
        "html of markdown (standaard: volgens de extensie van -o, anders html)",
    )
    p.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help=pick("write the report here (atomically)", "schrijf het rapport hierheen (atomair)"),
    )
    p.add_argument(
        "--names",
        choices=_NAMES,
        default="show",
        help=pick(
            "show or hide the names of stakeholders (hidden: their kind and a number)",
            "toon of verberg de namen van belanghebbenden (verborgen: hun soort en een nummer)",
        ),
    )
    p.add_argument(
        "--every",
        choices=["month", "quarter", "year"],
        default="quarter",
        help=pick(
            "spacing of the timeline (default: quarter)",
            "afstand tussen de punten van de tijdlijn (standaard: quarter)",
        ),
    )
    p.set_defaults(func=_report)
