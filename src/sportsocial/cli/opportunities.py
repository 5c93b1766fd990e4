"""Commands about the intervention and funding-route catalogue: ``opportunities``, ``catalogue``."""

from __future__ import annotations

import argparse

from ._common import EXIT_INVALID, EXIT_OK, emit, emit_json, load_or_report, parse_date

__all__ = ["register"]


# An invalid --catalogue file raises InvalidDocument, which ``main`` reports (exit 1).


def _opportunities(args: argparse.Namespace) -> int:
    from ..catalogue import load_catalogue, opportunities
    from ..catalogue.render import suggestions_markdown, suggestions_text

    eng = load_or_report(args.file, args.lang)
    if eng is None:
        return EXIT_INVALID
    catalogue = load_catalogue(args.catalogue)
    found = opportunities(eng, on=args.on, catalogue=catalogue)
    name = eng.municipality.name
    on = args.on.isoformat() if args.on else None
    if args.format == "json":
        emit_json(
            {
                "municipality": name,
                "on": on,
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
    if args.format == "json":
        emit_json(catalogue_to_data(catalogue))
    elif args.format == "markdown":
        emit(catalogue_markdown(catalogue, args.lang))
    else:
        emit(catalogue_text(catalogue, args.lang))
    return EXIT_OK


def register(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    """Add ``opportunities`` and ``catalogue``."""
    p = sub.add_parser(
        "opportunities",
        parents=[common],
        help="promising connections from the catalogue for an engagement",
        description="Match the intervention and funding-route catalogue against an engagement's "
        "target groups, goals and domains: entries not yet in its plan first, by score, then "
        "the ones already present.",
    )
    p.add_argument("file", metavar="FILE")
    p.add_argument("--on", type=parse_date, help="the engagement as it stood on this date")
    p.add_argument("--format", choices=["text", "json", "markdown"], default="text")
    p.add_argument(
        "--catalogue",
        metavar="FILE",
        help="your own catalogue (JSON or YAML) instead of the shipped one",
    )
    p.set_defaults(func=_opportunities)

    p = sub.add_parser(
        "catalogue",
        parents=[common],
        help="list the intervention and funding-route catalogue with its sources",
        description="List every catalogue entry with its target groups, goals, funding and public "
        "sources. With --catalogue, check and list your own catalogue file.",
    )
    p.add_argument("--format", choices=["text", "json", "markdown"], default="text")
    p.add_argument(
        "--catalogue",
        metavar="FILE",
        help="your own catalogue (JSON or YAML) instead of the shipped one",
    )
    p.set_defaults(func=_list)
