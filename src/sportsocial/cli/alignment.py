"""Commands about alignment: ``alignment`` and ``timeline``."""

from __future__ import annotations

import argparse
import datetime as dt
import os

from ._common import (
    EXIT_INVALID,
    EXIT_OK,
    EXIT_USAGE,
    draw_or_report,
    emit,
    emit_json,
    load_or_report,
    parse_date,
    picture_refused,
    say,
    write_or_report,
)

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing: start-up time
if TYPE_CHECKING:
    from ..i18n import Text
    from ..model import Engagement

__all__ = ["register"]


def _phase_names(eng: Engagement, file: str) -> dict[str, Text]:
    """Names of the phases of the engagement's methodology, by id; empty when
    the methodology cannot be read (the ids are shown instead)."""
    from ..errors import InvalidDocument
    from ..methodology.library import resolve_methodology

    try:
        methodology = resolve_methodology(eng.methodology, os.path.dirname(file))
    except InvalidDocument:
        return {}
    return {p.id: p.name for p in methodology.phases}


def _phase_label(phase_id: str | None, eng: Engagement, file: str, lang: str) -> str | None:
    """The phase as ``status`` shows it (its name; in English with its id); the id
    alone when the engagement's methodology cannot be read or does not know it."""
    if phase_id is None:
        return None
    name = _phase_names(eng, file).get(phase_id)
    if name is None:
        return phase_id
    return f"{name(lang)} [{phase_id}]" if lang == "en" else name(lang)


def _alignment(args: argparse.Namespace) -> int:
    from ..alignment import alignment, who_pays_who_benefits
    from ..alignment.render import alignment_text

    eng = load_or_report(args.file, args.lang)
    if eng is None:
        return EXIT_INVALID
    on = args.on or dt.date.today()
    a = alignment(eng, on=on)
    pockets = who_pays_who_benefits(eng, on=on)
    if args.format == "json":
        emit_json({**a.to_dict(), "who_pays_who_benefits": pockets.to_dict()})
    else:
        phase = _phase_label(a.phase, eng, args.file, args.lang)
        names = {b.id: b.name for b in eng.governance} | {s.id: s.name for s in eng.funding}
        emit(alignment_text(a, pockets, args.lang, phase=phase, names=names))
    return EXIT_OK


def _parse_dates(text: str) -> list[dt.date]:
    """argparse type for ``--dates``: comma-separated ``YYYY-MM-DD`` dates (at least one)."""
    dates = [parse_date(part.strip()) for part in text.split(",") if part.strip()]
    if not dates:
        raise argparse.ArgumentTypeError(
            f"no date (YYYY-MM-DD) given / geen datum (JJJJ-MM-DD) gegeven: {text!r}"
        )
    return dates


def _timeline(args: argparse.Namespace) -> int:
    if picture_refused(args.plot, args.lang):
        return EXIT_USAGE
    dates = [d for group in args.dates for d in group] if args.dates else None
    if dates is None and args.start is not None:
        end = args.end or dt.date.today()
        if args.start > end:
            from ..i18n import Text

            start_after_end = Text(
                en="--start {start} lies after the end of the timeline ({end}): no dates to show",
                nl="--start {start} ligt na het einde van de tijdlijn ({end}): geen datums te tonen",
            )
            say(start_after_end, args.lang, start=args.start, end=end)
            return EXIT_USAGE
    eng = load_or_report(args.file, args.lang)
    if eng is None:
        return EXIT_INVALID
    from ..alignment import timeline

    ts = timeline(eng, args.every, start=args.start, end=args.end, dates=dates)
    if args.plot:
        names = _phase_names(eng, args.file)
        plot = args.plot
        if not draw_or_report(
            lambda: ts.plot(plot, lang=args.lang, phase_names=names), plot, args.lang
        ):
            return EXIT_INVALID
    text = ts.to_csv() if args.format == "csv" else ts.to_json()
    if args.output:
        if not write_or_report(args.output, text, args.lang):
            return EXIT_INVALID
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
        "--dates",
        action="append",
        type=_parse_dates,
        metavar="DATES",
        help="explicit dates (YYYY-MM-DD), comma-separated, instead of --every/--start/--end",
    )
    p.add_argument("--format", choices=["csv", "json"], default="csv")
    p.add_argument("-o", "--output", metavar="FILE", help="write the table here (atomically)")
    p.add_argument(
        "--plot",
        metavar="IMAGE",
        help="draw the timeline to a PNG/SVG/PDF file (needs the analysis extra)",
    )
    p.set_defaults(func=_timeline)
