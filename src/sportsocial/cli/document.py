"""Commands on the document itself: ``validate``, ``schema``, ``new``."""

from __future__ import annotations

import argparse
import datetime as dt
import sys

from ._common import (
    EXIT_INVALID,
    EXIT_OK,
    emit,
    emit_json,
    parse_date,
    report_problems,
    say,
    say_written,
)

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing: start-up time
if TYPE_CHECKING:
    from typing import Any

__all__ = ["register"]


def _validate(args: argparse.Namespace) -> int:
    from .. import methodology  # noqa: F401 - adds the methodology check to reading
    from ..errors import InvalidDocument
    from ..i18n import Text, plural
    from ..io.document import engagement_from_data as build
    from ..io.document import read_document

    valid = Text(en="{file}: valid", nl="{file}: geldig")
    summary = Text(
        en="{bad} of {total} file(s) invalid, {count} problem(s)",
        nl="{bad} van {files_nl} ongeldig, {problems_nl}",
    )
    results: list[dict[str, Any]] = []
    for path in args.files:
        try:
            data, _ = read_document(path)
            build(data, path)
            results.append({"file": path, "valid": True, "problems": []})
        except InvalidDocument as exc:
            results.append({"file": path, "valid": False, "problems": list(exc.problems)})
    bad = [r for r in results if not r["valid"]]
    if args.format == "json":
        emit_json(
            {
                "valid": not bad,
                "files": [{**r, "problems": [p.to_dict() for p in r["problems"]]} for r in results],
            }
        )
    else:
        for r in results:
            if r["valid"]:
                emit(valid.format(file=r["file"])(args.lang))
            else:
                report_problems(r["problems"], args.lang)
        if bad:
            count = sum(len(r["problems"]) for r in bad)
            say(
                summary,
                args.lang,
                bad=len(bad),
                total=len(results),
                count=count,
                files_nl=plural(len(results), "nl", "bestand", "bestanden"),
                problems_nl=plural(count, "nl", "probleem", "problemen"),
            )
    return EXIT_INVALID if bad else EXIT_OK


def _schema(args: argparse.Namespace) -> int:
    from ..io import engagement_schema
    from ..io.schema import render

    if args.document == "methodology":
        from ..methodology import methodology_schema

        emit(render(methodology_schema()))
    elif args.document == "report":
        from ..readiness.report import report_schema

        emit(render(report_schema()))
    elif args.document == "catalogue":
        from ..catalogue import catalogue_schema

        emit(render(catalogue_schema()))
    else:
        emit(render(engagement_schema()))
    return EXIT_OK


def _new(args: argparse.Namespace) -> int:
    from .. import methodology  # noqa: F401 - adds the methodology check to reading
    from ..errors import InvalidDocument
    from ..io import SCHEMA_VERSION, dump, dumps, engagement_from_data

    municipality: dict[str, Any] = {"name": args.municipality, "cbs_code": args.cbs_code}
    if args.population is not None:
        municipality["population"] = args.population
    data: dict[str, Any] = {
        "schema_version": SCHEMA_VERSION,
        "municipality": municipality,
        "methodology": args.methodology,
    }
    if args.facilitator:
        data["facilitator"] = {"name": args.facilitator, "engaged": {"start": args.on.isoformat()}}
    try:
        engagement = engagement_from_data(data, "<new>")
    except InvalidDocument as exc:
        report_problems(exc.problems, args.lang)
        return EXIT_INVALID
    if args.output is None:
        sys.stdout.write(dumps(engagement, args.format or "yaml"))
        return EXIT_OK
    dump(engagement, args.output, format=args.format, force=args.force)
    say_written(args.output, args.lang)
    return EXIT_OK


def register(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    """Add ``validate``, ``schema`` and ``new`` to the command line."""
    p = sub.add_parser(
        "validate",
        parents=[common],
        help="check engagement documents; list every problem",
        description="Check one or more engagement documents (JSON or YAML). Exit 0 when all are valid, 1 otherwise.",
    )
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--format", choices=["text", "json"], default="text")
    p.set_defaults(func=_validate)

    p = sub.add_parser(
        "schema",
        parents=[common],
        help="print a JSON Schema: engagement (default), methodology, report or catalogue",
        description="Print the JSON Schema (draft 2020-12) of an engagement document, a methodology "
        "document, a readiness report, or the intervention and funding-route catalogue.",
    )
    p.add_argument(
        "document",
        nargs="?",
        choices=["engagement", "methodology", "report", "catalogue"],
        default="engagement",
    )
    p.set_defaults(func=_schema)

    p = sub.add_parser(
        "new",
        parents=[common],
        help="start a new engagement document",
        description="Write a new, valid engagement document for a municipality.",
    )
    p.add_argument("--municipality", required=True, help="name of the municipality")
    p.add_argument("--cbs-code", required=True, help="CBS code, GM plus four digits (GM1674)")
    p.add_argument("--population", type=int, help="number of inhabitants")
    p.add_argument("--facilitator", help="organisation of the process facilitator")
    p.add_argument("--methodology", default="ssnb", help="methodology id or path (default: ssnb)")
    p.add_argument(
        "--on", type=parse_date, default=dt.date.today(), help="start date (default: today)"
    )
    p.add_argument("-o", "--output", help="file to write (.json, .yaml); default: standard output")
    p.add_argument(
        "--format", choices=["json", "yaml"], help="format (default: from suffix, else yaml)"
    )
    p.add_argument("--force", action="store_true", help="overwrite an existing file")
    p.set_defaults(func=_new)
