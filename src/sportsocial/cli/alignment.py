"""Commands about alignment: ``alignment`` and ``timeline``."""

from __future__ import annotations

import argparse
import datetime as dt

from ..alignment import alignment, timeline, who_pays_who_benefits
from ..alignment.render import alignment_text
from ..i18n import Text
from ..io import write_atomic
from ._common import (
    EXIT_INVALID,
    EXIT_OK,
    EXIT_USAGE,
    emit,
    emit_json,
    load_or_report,
    parse_date,
    say,
)

__all__ = ["register"]


def _alignment(args: argparse.Namespace) -> int:
    eng = load_or_report(args.file, args.lang)
    if eng is None:
        return EXIT_INVALID
    on = args.on or dt.date.today()
    a = alignment(eng, on=on)
    pockets = who_pays_who_benefits(eng, on=on)
    if args.format == "json":
        emit_json({**a.to_dict(), "who_pays_who_benefits": pockets.to_dict()})
    else:
        emit(alignment_text(a, pockets, args.lang))
    return EXIT_OK


def _dates(values: list[str] | None) -> list[dt.date] | None:
    if not values:
        return None
    return [parse for v in values for parse in map(dt.date.fromisoformat, v.split(","))]


def _timeline(args: argparse.Namespace) -> int:
    try:
        dates = _dates(args.dates)
    except ValueError as exc:
        say(Text(en="not a date: {error}", nl="geen datum: {error}"), args.lang, error=str(exc))
        return EXIT_USAGE
    eng = load_or_report(args.file, args.lang)
    if eng is None:
        return EXIT_INVALID
    ts = timeline(eng, args.every, start=args.start, end=args.end, dates=dates)
    if args.plot:
        ts.plot(args.plot, lang=args.lang)
        say(Text(en="written: {path}", nl="geschreven: {path}"), args.lang, path=args.plot)
    text = ts.to_csv() if args.format == "csv" else ts.to_json()
    if args.output:
        write_atomic(args.output, text)
    elif not args.plot:
        emit(text)
    return EXIT_OK


def register(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    """Add ``alignment`` and ``timeline``."""
    p = sub.add_parser(
        "alignment",
        parents=[common],
        help="funding and governance profile on a date, and who pays for whose benefit",
    )
    p.add_argument("file", metavar="FILE")
    p.add_argument("--on", type=parse_date, help="date (default: today)")
    p.add_argument("--format", choices=["text", "json"], default="text")
    p.set_defaults(func=_alignment)

    p = sub.add_parser(
        "timeline",
        parents=[common],
        help="alignment figures at a series of dates (CSV, JSON, plot)",
        description="The alignment figures at the close of every month, quarter or year "
        "(or at --dates), from the first phase entered until today (or --start/--end).",
    )
    p.add_argument("file", metavar="FILE")
    p.add_argument("--every", choices=["month", "quarter", "year"], default="quarter")
    p.add_argument("--start", type=parse_date, help="first date (default: first phase entered)")
    p.add_argument("--end", type=parse_date, help="last date (default: today)")
    p.add_argument(
        "--dates", action="append", metavar="DATES", help="explicit dates, comma-separated"
    )
    p.add_argument("--format", choices=["csv", "json"], default="csv")
    p.add_argument("-o", "--output", metavar="FILE", help="write the table here (atomically)")
    p.add_argument(
        "--plot",
        metavar="IMAGE",
        help="draw the timeline to a PNG/SVG/PDF file (needs the analysis extra)",
    )
    p.set_defaults(func=_timeline)
