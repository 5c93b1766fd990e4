"""The ``roadmap`` command: the steps to the kick-off on the municipal calendar, and the earliest date."""

from __future__ import annotations

import argparse
import datetime as dt
import os

from ._common import (
    EXIT_INVALID,
    EXIT_OK,
    EXIT_USAGE,
    emit,
    emit_json,
    file_argument,
    format_option,
    load_or_report,
    names_option,
    on_option,
    parse_date,
    say,
    say_written,
    suggest,
    type_error,
    write_or_report,
)
from ._lang import pick

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing: start-up time
if TYPE_CHECKING:
    from ..model import Engagement
    from ..roadmap import MunicipalCalendar

__all__ = ["register"]


def parse_months(text: str) -> tuple[int, ...]:
    """argparse type for a comma-separated list of months, 1 to 12."""
    try:
        months = tuple(int(p) for p in text.split(",") if p.strip())
    except ValueError:
        raise type_error("not a list of months 1-12", "geen lijst van maanden 1-12", text) from None
    if not months or any(not 1 <= m <= 12 for m in months):
        raise type_error("not a list of months 1-12", "geen lijst van maanden 1-12", text)
    return months


def parse_month(text: str) -> int:
    """argparse type for one month, 1 to 12."""
    months = parse_months(text)
    if len(months) != 1:
        raise type_error("not a month 1-12", "geen maand 1-12", text)
    return months[0]


def parse_dates(text: str) -> tuple[dt.date, ...]:
    """argparse type for comma-separated dates ``YYYY-MM-DD``."""
    return tuple(parse_date(p.strip()) for p in text.split(",") if p.strip())


def parse_recess(text: str) -> tuple[tuple[int, int], tuple[int, int]]:
    """argparse type for a recess ``MM-DD:MM-DD``."""
    try:
        first, last = text.split(":")
        ends = tuple(tuple(int(x) for x in part.split("-")) for part in (first, last))
        for end in ends:
            dt.date(2000, *end)
        start, stop = ends
        if len(start) != 2 or len(stop) != 2:
            raise ValueError(text)
        # within one year, and leaving days outside it (as MunicipalCalendar checks)
        if start > stop or (start, stop) == ((1, 1), (12, 31)):
            raise ValueError(text)
    except (ValueError, TypeError):
        raise type_error(
            "not a recess MM-DD:MM-DD (e.g. 07-15:08-31)",
            "geen reces MM-DD:MM-DD (bijvoorbeeld 07-15:08-31)",
            text,
        ) from None
    return (start[0], start[1]), (stop[0], stop[1])


def _calendar(args: argparse.Namespace) -> MunicipalCalendar:
    import attrs

    from ..roadmap import MunicipalCalendar

    cal = MunicipalCalendar.default()
    if args.council_months is not None:
        cal = attrs.evolve(cal, council_months=args.council_months)
    if args.council_meetings is not None:
        cal = attrs.evolve(cal, council_meetings=args.council_meetings)
    if args.kadernota_month is not None:
        cal = attrs.evolve(cal, kadernota_month=args.kadernota_month)
    if args.no_kadernota:
        cal = attrs.evolve(cal, kadernota_first=False)
    if args.begroting_month is not None:
        cal = attrs.evolve(cal, begroting_month=args.begroting_month)
    if args.recess is not None:
        cal = attrs.evolve(cal, recess=args.recess)
    return cal


def _steps(values: list[str] | None) -> tuple[str, ...]:
    return tuple(s.strip() for v in values or () for s in v.split(",") if s.strip())


def _roadmap(args: argparse.Namespace) -> int:
    from ..i18n import Text
    from ..roadmap import BeyondTheCalendar, NotApplicable, roadmap, what_if

    eng = load_or_report(args.file, args.lang)
    if eng is None:
        return EXIT_INVALID
    base = os.path.dirname(args.file)
    cal = _calendar(args)
    assume = _steps(args.assume)
    summary = None
    try:
        if assume:
            outcome = what_if(
                eng,
                *assume,
                on=args.on,
                calendar=cal,
                budget_route=args.budget_route,
                base=base,
                lang=args.lang,
                names=args.names,
            )
            result = outcome.after
            summary = outcome
        else:
            result = roadmap(
                eng,
                args.on,
                calendar=cal,
                budget_route=args.budget_route,
                base=base,
                lang=args.lang,
                names=args.names,
            )
    except NotApplicable as exc:
        say(Text(en="--assume: {why}", nl="--assume: {why}"), args.lang, why=exc.message)
        _suggest_steps(assume, eng, args, cal, base)
        return EXIT_INVALID
    except BeyondTheCalendar as exc:
        say(Text(en="roadmap: {why}", nl="roadmap: {why}"), args.lang, why=exc.message)
        return EXIT_INVALID
    except KeyError as exc:  # an unknown phase of the methodology
        say(Text(en="roadmap: {why}", nl="roadmap: {why}"), args.lang, why=str(exc.args[0]))
        return EXIT_USAGE
    if args.format == "json":
        data = result.to_dict(args.lang if args.lang_only else None)
        if summary is not None:
            data["what_if"] = {
                "applied": list(summary.applied),
                "kickoff_before": summary.before.earliest_kickoff.date.isoformat(),
                "moved_by_days": summary.moved_by_days,
            }
        if args.output:
            import json

            text = json.dumps(data, indent=2, ensure_ascii=False) + "\n"
            return _write(args.output, text, args.lang)
        emit_json(data)
        return EXIT_OK
    if args.format == "ics":
        text = result.to_ics(args.lang)
    elif args.format == "markdown":
        text = result.to_markdown(args.lang)
    else:
        text = result.to_text(args.lang)
    if summary is not None and args.format != "ics":
        text = f"{summary.summary(args.lang)}\n\n{text}"
    if args.output:
        return _write(args.output, text, args.lang)
    emit(text)
    return EXIT_OK


def _suggest_steps(
    assume: tuple[str, ...],
    eng: Engagement,
    args: argparse.Namespace,
    cal: MunicipalCalendar,
    base: str,
) -> None:
    """For each ``--assume`` that names neither a step of the roadmap nor a rule it
    resolves, say which of those it was most likely meant to be."""
    from ..roadmap import roadmap

    steps = roadmap(
        eng, args.on, calendar=cal, budget_route=args.budget_route, base=base, lang=args.lang
    ).steps
    known = [name for s in steps for name in (s.id, *s.codes)]
    for name in assume:
        if name not in known:
            suggest(name, known, args.lang)


def _write(path: str, text: str, lang: str) -> int:
    if not write_or_report(path, text.encode("utf-8"), lang):
        return EXIT_INVALID
    say_written(path, lang)
    return EXIT_OK


def register(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    """Add ``roadmap``."""
    p = sub.add_parser(
        "roadmap",
        parents=[common],
        help=pick(
            "the steps to the kick-off on the municipal calendar, and its earliest date",
            "de stappen naar de kick-off op de gemeentelijke kalender, en de vroegste datum",
        ),
        description=pick(
            "Plan the road from where the engagement stands to the kick-off: every open "
            "finding of the gates on the way becomes a step, placed on the first day the "
            "municipal calendar allows after what it waits for. The calendar's defaults can be "
            "changed per municipality with the options below.",
            "Plan de weg van waar het traject staat naar de kick-off: elke open bevinding van "
            "de poorten onderweg wordt een stap, op de eerste dag die de gemeentelijke kalender "
            "toelaat na waar hij op wacht. De standaarden van de kalender zijn per gemeente aan "
            "te passen met de opties hieronder.",
        ),
    )
    file_argument(p)
    on_option(
        p, "date to plan from (default: today)", "datum om vanaf te plannen (standaard: vandaag)"
    )
    format_option(p, ["text", "json", "markdown", "ics"], "text")
    p.add_argument(
        "-o",
        "--output",
        metavar="PATH",
        help=pick(
            "write to this file instead of stdout",
            "schrijf naar dit bestand in plaats van naar de standaarduitvoer",
        ),
    )
    p.add_argument(
        "--budget-route",
        choices=["begroting", "amendment"],
        default="begroting",
        help=pick(
            "money with the next begroting (default) or by a budget amendment during the year",
            "geld bij de volgende begroting (standaard) of met een begrotingswijziging in de "
            "loop van het jaar",
        ),
    )
    p.add_argument(
        "--assume",
        action="append",
        metavar="STEPS",
        help=pick(
            "plan as if these steps (ids or rule codes, comma-separated) were taken on --on",
            "plan alsof deze stappen (ids of regelcodes, gescheiden door komma's) op --on "
            "gezet zijn",
        ),
    )
    p.add_argument(
        "--council-months",
        type=parse_months,
        metavar="MONTHS",
        help=pick(
            "months the council meets, e.g. 1,2,3,4,5,6,7,9,10,11,12 (the default)",
            "maanden waarin de raad vergadert, bijvoorbeeld 1,2,3,4,5,6,7,9,10,11,12 (de "
            "standaard)",
        ),
    )
    p.add_argument(
        "--council-meetings",
        type=parse_dates,
        metavar="DATES",
        help=pick(
            "the council's own meeting dates, comma-separated; they replace the pattern in "
            "their years",
            "de eigen vergaderdata van de raad, gescheiden door komma's; ze vervangen het "
            "patroon in hun jaren",
        ),
    )
    p.add_argument(
        "--kadernota-month",
        type=parse_month,
        metavar="MONTH",
        help=pick("default: 7 (July)", "standaard: 7 (juli)"),
    )
    p.add_argument(
        "--no-kadernota",
        action="store_true",
        help=pick(
            "new money goes straight into the begroting, without a kadernota",
            "nieuw geld gaat rechtstreeks de begroting in, zonder kadernota",
        ),
    )
    p.add_argument(
        "--begroting-month",
        type=parse_month,
        metavar="MONTH",
        help=pick("default: 11 (November)", "standaard: 11 (november)"),
    )
    p.add_argument(
        "--recess",
        type=parse_recess,
        metavar="MM-DD:MM-DD",
        help=pick("default: 07-15:08-31", "standaard: 07-15:08-31"),
    )
    p.add_argument(
        "--lang-only",
        action="store_true",
        help=pick(
            "JSON: texts only in --lang instead of both",
            "JSON: teksten alleen in --lang in plaats van in beide talen",
        ),
    )
    names_option(p)
    p.set_defaults(func=_roadmap)
