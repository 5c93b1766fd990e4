"""Commands about alignment: ``alignment`` and ``timeline``."""

from __future__ import annotations

import argparse
import datetime as dt
import os

from ._common import (
    EXIT_INVALID,
    EXIT_OK,
    EXIT_USAGE,
    SEVERAL_FORMATS,
    draw_or_report,
    emit,
    emit_json,
    file_argument,
    format_option,
    load_or_report,
    on_option,
    parse_date,
    picture_refused,
    say,
    type_error,
    write_or_report,
)
from ._lang import pick

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing: start-up time
if TYPE_CHECKING:
    from typing import Any

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

    if len(args.files) > 1 or args.format == "csv":
        return _alignment_several(args)
    path = args.files[0]
    eng = load_or_report(path, args.lang)
    if eng is None:
        return EXIT_INVALID
    on = args.on or dt.date.today()
    a = alignment(eng, on=on)
    pockets = who_pays_who_benefits(eng, on=on)
    if args.format == "json":
        emit_json({**a.to_dict(), "who_pays_who_benefits": pockets.to_dict()})
    else:
        phase = _phase_label(a.phase, eng, path, args.lang)
        names = {b.id: b.name for b in eng.governance} | {s.id: s.name for s in eng.funding}
        emit(alignment_text(a, pockets, args.lang, phase=phase, names=names))
    return EXIT_OK


def _alignment_several(args: argparse.Namespace) -> int:
    """``alignment`` of several files (or ``--format csv``): a row per file, the main figures."""
    from ..alignment import alignment
    from ..i18n import Text
    from ._table import Column, several

    on = args.on or dt.date.today()

    def row(path: str, eng: Engagement) -> tuple[dict[str, Any], int]:
        d = alignment(eng, on=on).to_dict()
        funding, governance = d["funding"], d["governance"]
        return {
            "municipality": d["municipality"],
            "phase": d["phase"],
            "index": d["index"],
            "total_per_year": funding["total_per_year"],
            "shared_share": funding["shared_share"],
            "structural_share": funding["structural_share"],
            "joint_controlled_share": governance["joint_controlled_share"],
            "plan_coverage": funding["plan_coverage"],
        }, EXIT_OK

    columns = [
        Column("municipality", Text(en="municipality", nl="gemeente")),
        Column("phase", Text(en="phase", nl="fase")),
        Column("index", Text(en="alignment index", nl="afstemmingsindex"), "number"),
        Column("total_per_year", Text(en="per year", nl="per jaar"), "amount"),
        Column("shared_share", Text(en="shared money", nl="gedeeld geld"), "share"),
        Column("structural_share", Text(en="structural", nl="structureel"), "share"),
        Column(
            "joint_controlled_share",
            Text(en="under joint control", nl="onder gezamenlijk beheer"),
            "share",
        ),
        Column("plan_coverage", Text(en="plan covered", nl="plan gedekt"), "share"),
    ]
    return several(args.files, columns, row, args.format, args.lang)


def _parse_dates(text: str) -> list[dt.date]:
    """argparse type for ``--dates``: comma-separated ``YYYY-MM-DD`` dates (at least one)."""
    dates = [parse_date(part.strip()) for part in text.split(",") if part.strip()]
    if not dates:
        raise type_error("no date (YYYY-MM-DD) given", "geen datum (JJJJ-MM-DD) gegeven", text)
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
        help=pick(
            "funding and governance profile on a date, and who pays for whose benefit",
            "profiel van financiering en besturing op een datum, en wie betaalt voor wiens baat",
        ),
    )
    file_argument(p, several=True)
    on_option(p)
    format_option(p, ["text", "json", "csv"], "text", *SEVERAL_FORMATS)
    p.set_defaults(func=_alignment)

    p = sub.add_parser(
        "timeline",
        parents=[common],
        help=pick(
            "alignment figures at a series of dates (CSV, JSON, plot)",
            "cijfers van de afstemming op een reeks datums (CSV, JSON, grafiek)",
        ),
        description=pick(
            "The alignment figures at the close of every month, quarter or year "
            "(or at --dates), from the first phase entered until today (or --start/--end).",
            "De cijfers van de afstemming aan het eind van elke maand, elk kwartaal of elk jaar "
            "(of op --dates), van de eerste fase tot vandaag (of --start/--end).",
        ),
    )
    file_argument(p)
    p.add_argument(
        "--every",
        choices=["month", "quarter", "year"],
        default="quarter",
        help=pick(
            "a date at the close of every month, quarter (default) or year",
            "een datum aan het eind van elke maand, elk kwartaal (standaard) of elk jaar",
        ),
    )
    p.add_argument(
        "--start",
        type=parse_date,
        help=pick(
            "first date (default: first phase entered)",
            "eerste datum (standaard: begin van de eerste fase)",
        ),
    )
    p.add_argument(
        "--end",
        type=parse_date,
        help=pick("last date (default: today)", "laatste datum (standaard: vandaag)"),
    )
    p.add_argument(
        "--dates",
        action="append",
        type=_parse_dates,
        metavar="DATES",
        help=pick(
            "explicit dates (YYYY-MM-DD), comma-separated, instead of --every/--start/--end",
            "eigen datums (JJJJ-MM-DD), gescheiden door komma's, in plaats van "
            "--every/--start/--end",
        ),
    )
    format_option(p, ["csv", "json"], "csv")
    p.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help=pick("write the table here (atomically)", "schrijf de tabel hierheen (atomair)"),
    )
    p.add_argument(
        "--plot",
        metavar="IMAGE",
        help=pick(
            "draw the timeline to a PNG/SVG/PDF file (needs the analysis extra)",
            "teken de tijdlijn in een PNG/SVG/PDF-bestand (vraagt de extra 'analysis')",
        ),
    )
    p.set_defaults(func=_timeline)
