"""Commands on the document itself: ``validate``, ``schema``, ``new``, ``migrate``."""

from __future__ import annotations

import argparse
import datetime as dt
import sys

from ._common import (
    EXIT_INVALID,
    EXIT_OK,
    emit,
    emit_json,
    file_argument,
    format_option,
    parse_date,
    report_problems,
    say,
    say_written,
)
from ._lang import pick

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing: start-up time
if TYPE_CHECKING:
    from typing import Any

__all__ = ["register"]


def _validate(args: argparse.Namespace) -> int:
    from .. import methodology  # noqa: F401 - adds the methodology check to reading
    from ..errors import InvalidDocument
    from ..i18n import Text, plural
    from ..io.document import load

    valid = Text(en="{file}: valid", nl="{file}: geldig")
    summary = Text(
        en="{bad} of {total} file(s) invalid, {count} problem(s)",
        nl="{bad} van {files_nl} ongeldig, {problems_nl}",
    )
    results: list[dict[str, Any]] = []
    for path in args.files:
        try:
            load(path)
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
    from ..errors import ConflictError, InvalidDocument
    from ..i18n import Text
    from ..io import SCHEMA_VERSION, dumps, engagement_from_data
    from ..io.atomic import write_atomic
    from ..io.formats import format_for
    from ..io.skeleton import skeleton

    municipality: dict[str, Any] = {"name": args.municipality, "cbs_code": args.cbs_code}
    if args.population is not None:
        municipality["population"] = args.population
    data: dict[str, Any] = {
        "schema_version": SCHEMA_VERSION,
        "municipality": municipality,
        "methodology": args.methodology,
    }
    facilitator: dict[str, Any] | None = None
    if args.facilitator:
        facilitator = {"name": args.facilitator, "engaged": {"start": args.on.isoformat()}}
        data["facilitator"] = facilitator
    try:
        engagement = engagement_from_data(data, "<new>")
    except InvalidDocument as exc:
        report_problems(exc.problems, args.lang)
        return EXIT_INVALID
    fmt = args.format or (format_for(args.output) if args.output else None) or "yaml"
    if fmt == "json":  # JSON has no comments: the document alone
        text = dumps(engagement, "json")
    else:
        text = skeleton(
            municipality,
            methodology=args.methodology,
            facilitator=facilitator,
            lang=args.lang,
            on=args.on,
        )
    if args.output is None:
        sys.stdout.write(text)
        return EXIT_OK
    exists = Text(
        en="exists; use --force to overwrite it",
        nl="bestaat al; gebruik --force om het te overschrijven",
    )

    def absent(current: bytes | None) -> None:
        if current is not None and not args.force:
            raise ConflictError(args.output, exists)

    write_atomic(args.output, text, check=absent)
    say_written(args.output, args.lang)
    return EXIT_OK


def _migrate(args: argparse.Namespace) -> int:
    from .. import methodology  # noqa: F401 - adds the methodology check to reading
    from ..i18n import Text
    from ..io.document import migrate_file

    result = migrate_file(args.file, dry_run=args.dry_run)
    if args.format == "json":
        emit_json(result.to_dict())
        return EXIT_OK
    if not result.changes:
        current = Text(
            en="{file}: already version {version}; unchanged",
            nl="{file}: al versie {version}; niet gewijzigd",
        )
        say(current, args.lang, file=args.file, version=result.to_version)
        return EXIT_OK
    head = (
        Text(
            en="{file}: would migrate from version {old} to {new}; --dry-run: not written",
            nl="{file}: zou omzetten van versie {old} naar {new}; --dry-run: niet geschreven",
        )
        if args.dry_run
        else Text(
            en="{file}: migrated from version {old} to {new}",
            nl="{file}: omgezet van versie {old} naar {new}",
        )
    )
    emit(head.format(file=args.file, old=result.from_version, new=result.to_version)(args.lang))
    for change in result.changes:
        emit("  " + change.render(args.lang))
    return EXIT_OK


def register(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    """Add ``validate``, ``schema``, ``new`` and ``migrate`` to the command line."""
    p = sub.add_parser(
        "validate",
        parents=[common],
        help=pick(
            "check engagement documents; list every problem",
            "controleer trajectdocumenten; toon elk probleem",
        ),
        description=pick(
            "Check one or more engagement documents (JSON or YAML). Exit 0 when all are valid, "
            "1 otherwise.",
            "Controleer een of meer trajectdocumenten (JSON of YAML). Afsluitcode 0 als ze alle "
            "geldig zijn, anders 1.",
        ),
    )
    p.add_argument(
        "files",
        nargs="+",
        metavar="FILE",
        help=pick("engagement documents (JSON or YAML)", "trajectdocumenten (JSON of YAML)"),
    )
    format_option(p, ["text", "json"], "text", "text (default) or json", "text (standaard) of json")
    p.set_defaults(func=_validate)

    p = sub.add_parser(
        "schema",
        parents=[common],
        help=pick(
            "print a JSON Schema: engagement (default), methodology, report or catalogue",
            "toon een JSON Schema: engagement (standaard), methodology, report of catalogue",
        ),
        description=pick(
            "Print the JSON Schema (draft 2020-12) of an engagement document, a methodology "
            "document, a readiness report, or the intervention and funding-route catalogue.",
            "Toon het JSON Schema (draft 2020-12) van een trajectdocument, een "
            "methodiekdocument, een gereedheidsrapport of de catalogus van interventies en "
            "financieringsroutes.",
        ),
    )
    p.add_argument(
        "document",
        nargs="?",
        choices=["engagement", "methodology", "report", "catalogue"],
        default="engagement",
        help=pick("which document (default: engagement)", "welk document (standaard: engagement)"),
    )
    p.set_defaults(func=_schema)

    p = sub.add_parser(
        "new",
        parents=[common],
        help=pick("start a new engagement document", "begin een nieuw trajectdocument"),
        description=pick(
            "Write a new, valid engagement document for a municipality: in YAML with "
            "every section explained in a comment (in the --lang language) and an example "
            "of each. An existing file is only overwritten with --force.",
            "Schrijf een nieuw, geldig trajectdocument voor een gemeente: in YAML, met bij "
            "elk onderdeel uitleg in commentaar (in de taal van --lang) en een voorbeeld. "
            "Een bestaand bestand wordt alleen met --force overschreven.",
        ),
    )
    p.add_argument(
        "--municipality",
        required=True,
        help=pick("name of the municipality", "naam van de gemeente"),
    )
    p.add_argument(
        "--cbs-code",
        required=True,
        help=pick(
            "CBS code, GM plus four digits (GM1674)", "CBS-code, GM plus vier cijfers (GM1674)"
        ),
    )
    p.add_argument("--population", type=int, help=pick("number of inhabitants", "aantal inwoners"))
    p.add_argument(
        "--facilitator",
        help=pick("organisation of the process facilitator", "organisatie van de procesbegeleider"),
    )
    p.add_argument(
        "--methodology",
        default="ssnb",
        help=pick(
            "methodology id or path (default: ssnb)", "id of pad van de methodiek (standaard: ssnb)"
        ),
    )
    p.add_argument(
        "--on",
        type=parse_date,
        default=dt.date.today(),
        help=pick("start date (default: today)", "startdatum (standaard: vandaag)"),
    )
    p.add_argument(
        "-o",
        "--output",
        help=pick(
            "file to write (.json, .yaml); default: standard output",
            "te schrijven bestand (.json, .yaml); standaard: standaarduitvoer",
        ),
    )
    p.add_argument(
        "--format",
        choices=["json", "yaml"],
        help=pick(
            "format (default: from suffix, else yaml)",
            "formaat (standaard: volgens de extensie, anders yaml)",
        ),
    )
    p.add_argument(
        "--force",
        action="store_true",
        help=pick("overwrite an existing file", "overschrijf een bestaand bestand"),
    )
    p.set_defaults(func=_new)

    p = sub.add_parser(
        "migrate",
        parents=[common],
        help=pick(
            "rewrite a document of an older format in the current one",
            "herschrijf een document in een ouder formaat naar het huidige",
        ),
        description=pick(
            "Rewrite an engagement document of an older schema_version in place in the "
            "current one, keeping comments and key order, and list what changed. The file is "
            "replaced atomically, and only when nobody changed it meanwhile.",
            "Herschrijf een trajectdocument met een oudere schema_version ter plekke naar de "
            "huidige, met behoud van commentaar en volgorde van de velden, en toon wat er "
            "veranderde. Het bestand wordt in één keer vervangen, en alleen als niemand het "
            "intussen heeft gewijzigd.",
        ),
    )
    file_argument(p)
    p.add_argument(
        "--dry-run",
        action="store_true",
        help=pick(
            "show what would change; write nothing", "toon wat zou veranderen; schrijf niets"
        ),
    )
    format_option(p, ["text", "json"], "text", "text (default) or json", "text (standaard) of json")
    p.set_defaults(func=_migrate)
