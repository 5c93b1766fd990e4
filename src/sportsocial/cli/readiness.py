"""Commands about readiness: ``check``, ``rules``, ``explain``, ``agenda``."""

from __future__ import annotations

import argparse
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
    say,
    suggest,
)
from ._lang import pick

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing: start-up time
if TYPE_CHECKING:
    from typing import Any

    from ..model import Engagement

__all__ = ["register"]


def _codes(values: list[str] | None) -> list[str] | None:
    if not values:
        return None
    return [c.strip() for v in values for c in v.split(",") if c.strip()]


def _selection(option: str, values: list[str] | None, lang: str) -> tuple[bool, list[str] | None]:
    """The codes of ``--select`` or ``--ignore``; ``(False, None)`` after saying what is wrong."""
    from ..i18n import Text
    from ..readiness.registry import RULES, unknown_selectors

    codes = _codes(values)
    if values is not None and not codes:
        no_codes = Text(
            en="{option}: no codes given (e.g. {option} GOV,FIN101)",
            nl="{option}: geen codes opgegeven (bijvoorbeeld {option} GOV,FIN101)",
        )
        say(no_codes, lang, option=option)
        return False, None
    unknown = unknown_selectors(codes or [])
    if unknown:
        unknown_selector = Text(
            en="{option}: no rule matches {codes} (give codes such as GOV101 or prefixes such as "
            "GOV, GOV1; `sportsocial rules` lists them)",
            nl="{option}: geen regel past bij {codes} (geef codes zoals GOV101 of voorvoegsels "
            "zoals GOV, GOV1; `sportsocial rules` toont ze)",
        )
        say(unknown_selector, lang, option=option, codes=", ".join(unknown))
        known = [*RULES, *{code[:3] for code in RULES}]
        for code in unknown:
            suggest(code, known, lang, upper=True)
        return False, None
    return True, codes


def _gate_ok(eng: Engagement, gate: str | None, base: str, lang: str) -> bool:
    """Whether ``--gate`` names a phase of the engagement's methodology (or 'all'); else say so."""
    from ..i18n import Text
    from ..methodology.library import resolve_methodology
    from ..readiness.engine import ALL_RULES

    if gate is None or gate == ALL_RULES:
        return True
    m = resolve_methodology(eng.methodology, base)
    if gate in m.phase_ids:
        return True
    unknown_gate = Text(
        en="--gate: '{gate}' is not a phase of methodology '{id}' ({phases}), nor 'all'",
        nl="--gate: '{gate}' is geen fase van methodiek '{id}' ({phases}), en ook geen 'all'",
    )
    say(unknown_gate, lang, gate=gate, id=m.id, phases=", ".join(m.phase_ids))
    suggest(gate, [*m.phase_ids, ALL_RULES], lang)
    return False


def _artifact_uri(path: str) -> str:
    """The file as a SARIF artifact URI: a relative URI reference, spaces and the like escaped."""
    import pathlib
    import urllib.parse

    return urllib.parse.quote(pathlib.PurePath(path).as_posix())


def _check(args: argparse.Namespace) -> int:
    from ..readiness import check
    from ..readiness.registry import Severity

    if len(args.files) > 1 or args.format == "csv":
        return _check_several(args)
    path = args.files[0]
    eng = load_or_report(path, args.lang)
    if eng is None:
        return EXIT_INVALID
    base = os.path.dirname(path)
    ok_select, select = _selection("--select", args.select, args.lang)
    ok_ignore, ignore = _selection("--ignore", args.ignore, args.lang)
    if not (ok_select and ok_ignore and _gate_ok(eng, args.gate, base, args.lang)):
        return EXIT_USAGE
    report = check(eng, args.gate, on=args.on, select=select, ignore=ignore, base=base)
    if args.format == "json":
        emit_json(report.to_dict(args.lang if args.lang_only else None))
    elif args.format == "markdown":
        emit(report.to_markdown(args.lang, args.names))
    elif args.format == "sarif":
        log = report.to_sarif(args.lang, uri=_artifact_uri(path))
        emit_json(log)
    else:
        emit(report.to_text(args.lang, args.names))
    threshold = Severity.WARNING if args.fail_on == "warning" else Severity.ERROR
    failing = [f for f in report.findings if f.open and f.severity.rank >= threshold.rank]
    return EXIT_INVALID if failing else EXIT_OK


def _check_several(args: argparse.Namespace) -> int:
    """``check`` of several files (or ``--format csv``): a row per file; SARIF: a run per file."""
    from ..i18n import Text
    from ..readiness import check
    from ..readiness.registry import Severity
    from ._table import Column, several

    ok_select, select = _selection("--select", args.select, args.lang)
    ok_ignore, ignore = _selection("--ignore", args.ignore, args.lang)
    if not (ok_select and ok_ignore):
        return EXIT_USAGE
    threshold = Severity.WARNING if args.fail_on == "warning" else Severity.ERROR
    runs: list[Any] = []
    log: dict[str, Any] = {}

    def row(path: str, eng: Engagement) -> tuple[dict[str, Any], int] | None:
        base = os.path.dirname(path)
        if not _gate_ok(eng, args.gate, base, args.lang):
            return None
        report = check(eng, args.gate, on=args.on, select=select, ignore=ignore, base=base)
        if args.format == "sarif":
            log.update(report.to_sarif(args.lang, uri=_artifact_uri(path)))
            runs.extend(log["runs"])
        failing = [f for f in report.findings if f.open and f.severity.rank >= threshold.rank]
        d = report.to_dict(args.lang)
        return {
            "municipality": d["municipality"],
            "phase": d["phase"],
            "gate": d["gate"],
            "ready": d["ready"],
            **d["counts"],
        }, EXIT_INVALID if failing else EXIT_OK

    columns = [
        Column("municipality", Text(en="municipality", nl="gemeente")),
        Column("phase", Text(en="phase", nl="fase")),
        Column("gate", Text(en="gate", nl="poort")),
        Column("ready", Text(en="ready", nl="gereed"), "yes-no"),
        Column("blockers", Text(en="blockers", nl="blokkades"), "count"),
        Column("warnings", Text(en="warnings", nl="waarschuwingen"), "count"),
        Column("waived", Text(en="waived", nl="ontheven"), "count"),
        Column("rules", Text(en="rules", nl="regels"), "count"),
    ]
    if args.format != "sarif":
        return several(args.files, columns, row, args.format, args.lang)
    code = several(args.files, columns, row, "none", args.lang)
    if code != EXIT_USAGE:
        emit_json({**log, "runs": runs})
    return code


def _rules(args: argparse.Namespace) -> int:
    from ..readiness import rules_table
    from ..readiness.registry import RULES

    if args.format == "json":
        emit_json(
            [
                {
                    "code": r.code,
                    "name": r.name,
                    "family": r.family.value,
                    "dimension": r.dimension.value,
                    "level": r.level.value if r.level else None,
                    "severity": r.severity.value,
                    "status": r.status,
                    "since": r.since,
                    "parameters": {p.name: p.default for p in r.parameters},
                }
                for r in (RULES[c] for c in sorted(RULES))
            ]
        )
    else:
        emit(rules_table(args.lang))
    _report_plugin_errors(args.lang)
    return EXIT_OK


def _report_plugin_errors(lang: str) -> None:
    """Name every rule plug-in that failed to load (on standard error)."""
    from ..i18n import Text
    from ..readiness.registry import PLUGIN_ERRORS

    failed_text = Text(
        en="plug-in {name} ({value}) was not loaded: {reason}",
        nl="plug-in {name} ({value}) is niet geladen: {reason}",
    )
    for failed in PLUGIN_ERRORS:
        say(failed_text, lang, name=failed.name, value=failed.value, reason=failed.reason)


def _explain(args: argparse.Namespace) -> int:
    from ..i18n import Text
    from ..readiness import explain
    from ..readiness.registry import REMOVED, RULES

    code = args.code.strip().upper()
    if code in REMOVED:
        successor = REMOVED[code]
        removed_rule = Text(
            en="explain: rule {code} was removed{successor}",
            nl="explain: regel {code} is vervallen{successor_nl}",
        )
        say(
            removed_rule,
            args.lang,
            code=code,
            successor=f"; see {successor}" if successor else "",
            successor_nl=f"; zie {successor}" if successor else "",
        )
        return EXIT_USAGE
    if code not in RULES:
        unknown_rule = Text(
            en="explain: there is no rule '{code}'; `sportsocial rules` lists them",
            nl="explain: er is geen regel '{code}'; `sportsocial rules` toont ze",
        )
        say(unknown_rule, args.lang, code=args.code)
        suggest(code, [*RULES, *REMOVED], args.lang, upper=True)
        return EXIT_USAGE
    emit(explain(code, args.lang))
    return EXIT_OK


def _agenda(args: argparse.Namespace) -> int:
    from ..readiness import agenda

    if len(args.files) > 1 or args.format == "csv":
        return _agenda_several(args)
    path = args.files[0]
    eng = load_or_report(path, args.lang)
    if eng is None:
        return EXIT_INVALID
    base = os.path.dirname(path)
    if not _gate_ok(eng, args.gate, base, args.lang):
        return EXIT_USAGE
    draft = agenda(eng, args.gate, on=args.on, base=base, lang=args.lang, names=args.names)
    if args.format == "json":
        emit_json(draft.to_dict(args.lang))
    else:
        emit(draft.to_markdown(args.lang))
    return EXIT_OK


def _agenda_several(args: argparse.Namespace) -> int:
    """``agenda`` of several files (or ``--format csv``): a row per file, what each session holds."""
    from ..i18n import Text
    from ..readiness import agenda
    from ._table import Column, several

    def row(path: str, eng: Engagement) -> tuple[dict[str, Any], int] | None:
        base = os.path.dirname(path)
        if not _gate_ok(eng, args.gate, base, args.lang):
            return None
        draft = agenda(eng, args.gate, on=args.on, base=base, lang=args.lang, names=args.names)
        d = draft.to_dict(args.lang)
        items = d["items"]
        return {
            "municipality": d["municipality"],
            "phase": (eng.as_of(args.on) if args.on else eng).phase,
            "gate": d["gate"],
            "items": len(items),
            "blocking": sum(1 for item in items if item["blocking"]),
        }, EXIT_OK

    columns = [
        Column("municipality", Text(en="municipality", nl="gemeente")),
        Column("phase", Text(en="phase", nl="fase")),
        Column("gate", Text(en="gate", nl="poort")),
        Column("items", Text(en="items", nl="punten"), "count"),
        Column("blocking", Text(en="blocking", nl="blokkerend"), "count"),
    ]
    return several(args.files, columns, row, args.format, args.lang)


def register(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    """Add ``check``, ``rules``, ``explain`` and ``agenda``."""
    p = sub.add_parser(
        "check",
        parents=[common],
        help=pick(
            "readiness for the next gate; exit 1 on a blocker",
            "gereedheid voor de volgende poort; afsluitcode 1 bij een blokkade",
        ),
        description=pick(
            "Check an engagement against a gate of its methodology. Exit 1 when an open "
            "finding reaches --fail-on (default: error, i.e. a blocker).",
            "Toets een traject aan een poort van zijn methodiek. Afsluitcode 1 als een open "
            "bevinding --fail-on bereikt (standaard: error, een blokkade).",
        ),
    )
    file_argument(p, several=True)
    p.add_argument(
        "--gate",
        help=pick(
            "phase whose entry gate to check (default: the next phase); 'all': every rule",
            "fase waarvan de toegangspoort getoetst wordt (standaard: de volgende fase); "
            "'all': elke regel",
        ),
    )
    on_option(p)
    format_option(
        p,
        ["text", "json", "markdown", "sarif", "csv"],
        "text",
        "text (default), json, markdown, sarif or csv; with several files a row per file "
        "(sarif: a run per file)",
        "text (standaard), json, markdown, sarif of csv; bij meer bestanden een regel per "
        "bestand (sarif: een run per bestand)",
    )
    p.add_argument(
        "--select",
        action="append",
        metavar="CODES",
        help=pick(
            "only these codes or prefixes, comma-separated",
            "alleen deze codes of voorvoegsels, gescheiden door komma's",
        ),
    )
    p.add_argument(
        "--ignore",
        action="append",
        metavar="CODES",
        help=pick("leave out these codes or prefixes", "laat deze codes of voorvoegsels weg"),
    )
    p.add_argument(
        "--fail-on",
        choices=["error", "warning"],
        default="error",
        help=pick(
            "the severity of an open finding that makes the exit code 1 (default: error)",
            "de ernst van een open bevinding die afsluitcode 1 geeft (standaard: error)",
        ),
    )
    p.add_argument(
        "--lang-only",
        action="store_true",
        help=pick(
            "JSON: messages only in --lang instead of both",
            "JSON: meldingen alleen in --lang in plaats van in beide talen",
        ),
    )
    names_option(p)
    p.set_defaults(func=_check)

    p = sub.add_parser(
        "rules",
        parents=[common],
        help=pick(
            "table of all rules: code, family, level, severity",
            "tabel van alle regels: code, familie, niveau, ernst",
        ),
    )
    format_option(p, ["text", "json"], "text")
    p.set_defaults(func=_rules)

    p = sub.add_parser(
        "explain",
        parents=[common],
        help=pick(
            "what a rule checks, why it matters, how to fix it",
            "wat een regel toetst, waarom dat ertoe doet, hoe je het oplost",
        ),
    )
    p.add_argument(
        "code",
        metavar="CODE",
        help=pick("rule code, e.g. GOV101", "regelcode, bijvoorbeeld GOV101"),
    )
    p.set_defaults(func=_explain)

    p = sub.add_parser(
        "agenda",
        parents=[common],
        help=pick(
            "draft agenda of the next work session (Markdown)",
            "conceptagenda van de volgende werksessie (Markdown)",
        ),
    )
    file_argument(p, several=True)
    p.add_argument(
        "--gate",
        help=pick(
            "phase whose entry gate to work towards (default: the next phase)",
            "fase naar wier toegangspoort gewerkt wordt (standaard: de volgende fase)",
        ),
    )
    on_option(p)
    format_option(
        p,
        ["markdown", "json", "csv"],
        "markdown",
        "markdown (default), json or csv; with several files a row per file",
        "markdown (standaard), json of csv; bij meer bestanden een regel per bestand",
    )
    names_option(p)
    p.set_defaults(func=_agenda)
