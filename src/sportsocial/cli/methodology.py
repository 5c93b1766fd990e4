"""Commands about the methodology and moving through it: ``methodology``, ``status``, ``advance``."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys

from .._shipped import METHODOLOGIES as SHIPPED
from ._common import (
    EXIT_INVALID,
    EXIT_OK,
    SEVERAL_FORMATS,
    emit,
    emit_json,
    file_argument,
    format_option,
    load_or_report,
    on_option,
    report_problems,
    say,
    suggest,
)
from ._lang import pick

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing: start-up time
if TYPE_CHECKING:
    from typing import Any

    from ..methodology import Methodology
    from ..model import Engagement

__all__ = ["register"]


def _methodology(ref: str) -> Methodology:
    """A shipped methodology by id, or one from a file the user named (anywhere: the user
    chose it); MET101 when it is neither."""
    from ..errors import InvalidDocument
    from ..io.problems import problem
    from ..methodology.library import shipped_methodology
    from ..readiness.gate_rules import load_methodology  # checks the gates against the rules

    try:
        return shipped_methodology(ref) if ref in SHIPPED else load_methodology(ref)
    except InvalidDocument as exc:
        if ref not in SHIPPED and all(p.code == "DOC001" for p in exc.problems):
            shipped = ", ".join(SHIPPED)
            raise InvalidDocument(
                [problem("MET101", "$", source=ref, ref=ref, shipped=shipped)], ref
            ) from None
        raise


def _show(args: argparse.Namespace) -> int:
    from ..methodology import describe, methodology_markdown
    from ..readiness import rule_title

    m = _methodology(args.methodology)
    if args.format == "markdown":
        emit(methodology_markdown(m, args.lang, rule_title))
    elif args.format == "json":
        from ..io.converter import converter

        emit_json(converter().unstructure(m))
    else:
        emit(describe(m, args.lang, rule_title))
    return EXIT_OK


def _diagram(args: argparse.Namespace) -> int:
    from ..methodology import mermaid

    emit(mermaid(_methodology(args.methodology), args.lang))
    return EXIT_OK


def _validate(args: argparse.Namespace) -> int:
    from ..errors import InvalidDocument
    from ..i18n import Text
    from ..readiness.gate_rules import load_methodology  # checks the gates against the rules

    valid = Text(
        en="{file}: valid methodology '{id}' ({count} phases)",
        nl="{file}: geldige methodiek '{id}' ({count} fasen)",
    )
    bad = False
    for path in args.files:
        try:
            m = load_methodology(path)
        except InvalidDocument as exc:
            report_problems(exc.problems, args.lang)
            bad = True
            continue
        emit(valid.format(file=path, id=m.id, count=len(m.phases))(args.lang))
    return EXIT_INVALID if bad else EXIT_OK


def _status(args: argparse.Namespace) -> int:
    from ..methodology import status

    if len(args.files) > 1 or args.format == "csv":
        return _status_several(args)
    path = args.files[0]
    eng = load_or_report(path, args.lang)
    if eng is None:
        return EXIT_INVALID
    s = status(eng, on=args.on, base=os.path.dirname(path))
    if args.format == "json":
        emit_json(s.to_dict(args.lang))
    else:
        emit(s.to_text(args.lang))
    return EXIT_OK


def _status_several(args: argparse.Namespace) -> int:
    """``status`` of several files (or ``--format csv``): a row per file."""
    from ..i18n import Text
    from ..methodology import status
    from ._table import Column, several

    def row(path: str, eng: Engagement) -> tuple[dict[str, Any], int]:
        d = status(eng, on=args.on, base=os.path.dirname(path)).to_dict(args.lang)
        gate = d.get("next_gate") or {}
        counts = gate.get("counts") or {}
        return {
            "municipality": d["municipality"],
            "phase": d["phase"],
            "since": d["since"],
            "days_in_phase": d["days_in_phase"],
            "next_phase": d["next_phase"],
            "ready": gate.get("ready"),
            "blockers": counts.get("blockers"),
            "warnings": counts.get("warnings"),
        }, EXIT_OK

    columns = [
        Column("municipality", Text(en="municipality", nl="gemeente")),
        Column("phase", Text(en="phase", nl="fase")),
        Column("since", Text(en="since", nl="sinds")),
        Column("days_in_phase", Text(en="days", nl="dagen"), "count"),
        Column("next_phase", Text(en="next phase", nl="volgende fase")),
        Column("ready", Text(en="ready", nl="gereed"), "yes-no"),
        Column("blockers", Text(en="blockers", nl="blokkades"), "count"),
        Column("warnings", Text(en="warnings", nl="waarschuwingen"), "count"),
    ]
    return several(args.files, columns, row, args.format, args.lang)


def _advance(args: argparse.Namespace) -> int:
    from ..errors import GateBlocked, TransitionNotAllowed
    from ..i18n import Text, day_text
    from ..io import dump
    from ..methodology import advance, resolve_methodology
    from ..model import Waiver

    advanced = Text(
        en="{file}: entered {phase} on {date} (decided by {who})",
        nl="{file}: fase {phase} betreden op {date} (besloten door {who})",
    )
    unchanged = Text(en="{file} is unchanged.", nl="{file} is niet gewijzigd.")
    would_advance = Text(
        en="{file}: would enter {phase} on {date} (decided by {who}); --dry-run: not written",
        nl="{file}: zou fase {phase} betreden op {date} (besloten door {who}); --dry-run: niet geschreven",
    )
    eng = load_or_report(args.file, args.lang)
    if eng is None:
        return EXIT_INVALID
    on = args.on or dt.date.today()
    waivers = [
        Waiver(code=c.upper(), reason=args.reason or "", decided_by=args.decided_by, date=on)
        for c in args.waive
    ]
    if waivers and not (args.reason and args.reason.strip()):
        say(Text(en="A waiver needs --reason.", nl="Een ontheffing vraagt --reason."), args.lang)
        return EXIT_INVALID
    try:
        moved = advance(
            eng,
            args.to,
            on=on,
            decided_by=args.decided_by,
            waivers=waivers,
            reason=args.reason,
            decision=args.decision,
            base=os.path.dirname(args.file),
        )
    except GateBlocked as exc:
        if args.format == "json":
            emit_json(exc.check.to_dict(args.lang))  # type: ignore[attr-defined]
        else:
            emit(exc.check.explain(args.lang), sys.stderr)  # type: ignore[attr-defined]
        say(unchanged, args.lang, file=args.file)
        return EXIT_INVALID
    except TransitionNotAllowed as exc:
        say(exc.message, args.lang)
        phases = resolve_methodology(eng.methodology, os.path.dirname(args.file) or None).phase_ids
        if args.to not in phases:
            suggest(args.to, phases, args.lang)
        say(unchanged, args.lang, file=args.file)
        return EXIT_INVALID
    if not args.dry_run:
        dump(moved, args.file)
    say(
        would_advance if args.dry_run else advanced,
        args.lang,
        file=args.file,
        phase=resolve_methodology(moved.methodology, os.path.dirname(args.file) or None).phase_text(
            moved.phase
        ),
        date=day_text(on),
        who=args.decided_by,
    )
    return EXIT_OK


def register(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    """Add ``methodology``, ``status`` and ``advance``."""
    p = sub.add_parser(
        "methodology",
        parents=[common],
        help=pick(
            "show, draw or validate a methodology", "toon, teken of controleer een methodiek"
        ),
    )
    msub = p.add_subparsers(
        dest="action",
        metavar=pick("ACTION", "HANDELING"),
        required=True,
        title=pick("actions", "handelingen"),
    )
    shipped = ", ".join(SHIPPED)
    which = pick(
        f"shipped id ({shipped}) or file (default: ssnb)",
        f"meegeleverde id ({shipped}) of bestand (standaard: ssnb)",
    )
    q = msub.add_parser(
        "show",
        parents=[common],
        help=pick(
            "phases, level, purpose, outputs and gate",
            "fasen, niveau, doel, opbrengsten en poort",
        ),
    )
    q.add_argument("methodology", nargs="?", default="ssnb", help=which)
    format_option(q, ["text", "markdown", "json"], "text")
    q.set_defaults(func=_show)
    q = msub.add_parser(
        "diagram",
        parents=[common],
        help=pick(
            "Mermaid flowchart with the gates on the arrows",
            "Mermaid-stroomschema met de poorten op de pijlen",
        ),
    )
    q.add_argument("methodology", nargs="?", default="ssnb", help=which)
    q.set_defaults(func=_diagram)
    q = msub.add_parser(
        "validate",
        parents=[common],
        help=pick(
            "check methodology documents; list every problem",
            "controleer methodiekdocumenten; toon elk probleem",
        ),
    )
    q.add_argument(
        "files",
        nargs="+",
        metavar="FILE",
        help=pick("methodology documents (JSON or YAML)", "methodiekdocumenten (JSON of YAML)"),
    )
    q.set_defaults(func=_validate)

    p = sub.add_parser(
        "status",
        parents=[common],
        help=pick(
            "where the engagement stands and what the next gate still needs",
            "waar het traject staat en wat de volgende poort nog vraagt",
        ),
    )
    file_argument(p, several=True)
    on_option(p)
    format_option(p, ["text", "json", "csv"], "text", *SEVERAL_FORMATS)
    p.set_defaults(func=_status)

    p = sub.add_parser(
        "advance",
        parents=[common],
        help=pick(
            "enter a phase; refused, with the reasons, when the gate is blocked",
            "ga een fase in; geweigerd, met de redenen, als de poort dicht is",
        ),
        description=pick(
            "Record entering a phase in the engagement's phase log. The file is only "
            "changed when the move is allowed.",
            "Leg het ingaan van een fase vast in het fasenlogboek van het traject. Het bestand "
            "verandert alleen als de stap is toegestaan.",
        ),
    )
    file_argument(p)
    p.add_argument("--to", required=True, help=pick("phase to enter", "fase om in te gaan"))
    on_option(p, "date of the move (default: today)", "datum van de stap (standaard: vandaag)")
    p.add_argument(
        "--decided-by",
        required=True,
        help=pick(
            "who decided (body, stakeholder id or role)",
            "wie besloot (overleg, id van een belanghebbende of rol)",
        ),
    )
    p.add_argument(
        "--decision",
        help=pick(
            "id of the recorded decision behind the move",
            "id van het vastgelegde besluit achter de stap",
        ),
    )
    p.add_argument(
        "--reason",
        help=pick(
            "why: required for a return and for waivers",
            "waarom: verplicht bij een terugkeer en bij ontheffingen",
        ),
    )
    p.add_argument(
        "--waive",
        action="append",
        default=[],
        metavar="CODE",
        help=pick(
            "waive a gate criterion (repeatable)",
            "verleen ontheffing van een poortcriterium (herhaalbaar)",
        ),
    )
    p.add_argument(
        "--dry-run",
        action="store_true",
        help=pick(
            "check only; do not write the file", "alleen controleren; schrijf het bestand niet"
        ),
    )
    format_option(
        p,
        ["text", "json"],
        "text",
        "format of a refusal (default: text)",
        "formaat van een weigering (standaard: text)",
    )
    p.set_defaults(func=_advance)
