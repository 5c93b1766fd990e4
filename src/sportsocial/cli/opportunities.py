"""Commands about the intervention and funding-route catalogue: ``opportunities``, ``catalogue``."""

from __future__ import annotations

import argparse
import datetime as dt

from ._common import (
    EXIT_INVALID,
    EXIT_OK,
    emit,
    emit_json,
    file_argument,
    format_option,
    load_or_report,
    on_option,
)
from ._lang import pick

__all__ = ["register"]


# An invalid --catalogue file raises InvalidDocument, which ``main`` reports (exit 1).


def _opportunities(args: argparse.Namespace) -> int:
    from ..catalogue import load_catalogue, opportunities
    from ..catalogue.render import suggestions_markdown, suggestions_text
    from ..catalogue.validity import plan_window

    eng = load_or_report(args.file, args.lang)
    if eng is None:
        return EXIT_INVALID
    catalogue = load_catalogue(args.catalogue)
    found = opportunities(eng, on=args.on, catalogue=catalogue)
    name = eng.municipality.name
    on = (args.on or dt.date.today()).isoformat()
    if args.format == "json":
        window = plan_window(eng.as_of(args.on) if args.on else eng)
        emit_json(
            {
                "municipality": name,
                "on": on,
                "plan_window": None
                if window is None
                else {
                    "start": window[0].isoformat(),
                    "end": window[1].isoformat() if window[1] else None,
                },
                "suggestions": [s.to_dict() for s in found],
            }
        )
    elif args.format == "markdown":
        emit(suggestions_markdown(found, args.lang, name=name, on=on))
    else:
        emit(suggestions_text(found, args.lang, name=name, on=on))
    return EXIT_OK


def _list(args: argparse.Namespace) -> int:
    from ..catalogue import catalogue_to_data, load_catalogue
    from ..catalogue.render import catalogue_markdown, catalogue_text

    catalogue = load_catalogue(args.catalogue)
    on = args.on or dt.date.today()
    if args.format == "json":
        emit_json(catalogue_to_data(catalogue))
    elif args.format == "markdown":
        emit(catalogue_markdown(catalogue, args.lang, on))
    else:
        emit(catalogue_text(catalogue, args.lang, on))
    return EXIT_OK


def register(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    """Add ``opportunities`` and ``catalogue``."""
    own_catalogue = pick(
        "your own catalogue (JSON or YAML) instead of the shipped one",
        "je eigen catalogus (JSON of YAML) in plaats van de meegeleverde",
    )
    p = sub.add_parser(
        "opportunities",
        parents=[common],
        help=pick(
            "promising connections from the catalogue for an engagement",
            "kansrijke verbindingen uit de catalogus voor een traject",
        ),
        description=pick(
            "Match the intervention and funding-route catalogue against an engagement's "
            "target groups, goals and domains, as the catalogue stands on the date and over the "
            "plan period: entries not yet in its plan first (those lasting the plan period "
            "before those that end sooner, each with its end date), then the ones already "
            "present.",
            "Leg de catalogus van interventies en financieringsroutes naast de doelgroepen, "
            "doelen en domeinen van een traject, zoals de catalogus er op de datum en over de "
            "planperiode bij staat: eerst wat nog niet in het plan staat (wat de hele "
            "planperiode loopt voor wat eerder eindigt, elk met de einddatum), dan wat er al "
            "in staat.",
        ),
    )
    file_argument(p)
    on_option(
        p,
        "the engagement as it stood on this date, and the catalogue on it (default: today)",
        "het traject zoals het op deze datum stond, en de catalogus op die datum (standaard: "
        "vandaag)",
    )
    format_option(p, ["text", "json", "markdown"], "text")
    p.add_argument("--catalogue", metavar="FILE", help=own_catalogue)
    p.set_defaults(func=_opportunities)

    p = sub.add_parser(
        "catalogue",
        parents=[common],
        help=pick(
            "list the intervention and funding-route catalogue with its sources",
            "toon de catalogus van interventies en financieringsroutes met de bronnen",
        ),
        description=pick(
            "List every catalogue entry with its validity, target groups, goals, "
            "funding and public sources. With --catalogue, check and list your own catalogue "
            "file.",
            "Toon elk item van de catalogus met geldigheid, doelgroepen, doelen, financiering "
            "en openbare bronnen. Met --catalogue: controleer en toon je eigen "
            "catalogusbestand.",
        ),
    )
    on_option(
        p,
        "say whether each entry holds on this date (default: today)",
        "zeg of elk item op deze datum geldt (standaard: vandaag)",
    )
    format_option(p, ["text", "json", "markdown"], "text")
    p.add_argument("--catalogue", metavar="FILE", help=own_catalogue)
    p.set_defaults(func=_list)
