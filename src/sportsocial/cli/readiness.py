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
    load_or_report,
    names_option,
    parse_date,
    say,
)

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing: start-up time
if TYPE_CHECKING:
    from ..model import Engagement

__all__ = ["register"]


def _codes(values: list[str] | None) -> list[str] | None:
    if not values:
        return None
    return [c.strip() for v in values for c in v.split(",") if c.strip()]


def _selection(option: str, values: list[str] | None, lang: str) -> tuple[bool, list[str] | None]:
    """The codes of ``--select`` or ``--ignore``; ``(False, None)`` after saying what is wrong."""
    from ..i18n import Text
    from ..readiness.registry import unknown_selectors

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
    return False


def _artifact_uri(path: str) -> str:
    """The file as a SARIF artifact URI: a relative URI reference, spaces and the like escaped."""
    import pathlib
    import urllib.parse

    return urllib.parse.quote(pathlib.PurePath(path).as_posix())


def _check(args: argparse.Namespace) -> int:

    from ..readiness import check
    from ..readiness.registry import Severity

    eng = load_or_report(args.file, args.lang)
    if eng is None:
        return EXIT_INVALID
    base = os.path.dirname(args.file)
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
        log = report.to_sarif(args.lang, uri=_artifact_uri(args.file))
        emit_json(log)
    else:
        emit(report.to_text(args.lang, args.names))
    threshold = Severity.WARNING if args.fail_on == "warning" else Severity.ERROR
    failing = [f for f in report.findings if f.open and f.severity.rank >= threshold.rank]
    return EXIT_INVALID if failing else EXIT_OK


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
        return EXIT_USAGE
    emit(explain(code, args.lang))
    return EXIT_OK


def _agenda(args: argparse.Namespace) -> int:
    from ..readiness import agenda

    eng = load_or_report(args.file, args.lang)
    if eng is None:
        return EXIT_INVALID
    base = os.path.dirname(args.file)
    if not _gate_ok(eng, args.gate, base, args.lang):
        return EXIT_USAGE
    draft = agenda(eng, args.gate, on=args.on, base=base, lang=args.lang, names=args.names)
    if args.format == "json":
        emit_json(draft.to_dict(args.lang))
    else:
        emit(draft.to_markdown(args.lang))
    return EXIT_OK


def register(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    """Add ``check``, ``rules``, ``explain`` and ``agenda``."""
    p = sub.add_parser(
        "check",
        parents=[common],
        help="readiness for the next gate; exit 1 on a blocker",
        description="Check an engagement against a gate of its methodology. Exit 1 when an open finding "
        "reaches --fail-on (default: error, i.e. a blocker).",
    )
    p.add_argument("file", metavar="FILE")
    p.add_argument(
        "--gate",
        help="phase whose entry gate to check (default: the next phase); 'all': every rule",
    )
    p.add_argument("--on", type=parse_date, help="date (default: today)")
    p.add_argument("--format", choices=["text", "json", "markdown", "sarif"], default="text")
    p.add_argument(
        "--select",
        action="append",
        metavar="CODES",
        help="only these codes or prefixes, comma-separated",
    )
    p.add_argument(
        "--ignore", action="append", metavar="CODES", help="leave out these codes or prefixes"
    )
    p.add_argument("--fail-on", choices=["error", "warning"], default="error")
    p.add_argument(
        "--lang-only", action="store_true", help="JSON: messages only in --lang instead of both"
    )
    names_option(p)
    p.set_defaults(func=_check)

    p = sub.add_parser(
        "rules", parents=[common], help="table of all rules: code, family, level, severity"
    )
    p.add_argument("--format", choices=["text", "json"], default="text")
    p.set_defaults(func=_rules)

    p = sub.add_parser(
        "explain", parents=[common], help="what a rule checks, why it matters, how to fix it"
    )
    p.add_argument("code", metavar="CODE")
    p.set_defaults(func=_explain)

    p = sub.add_parser(
        "agenda", parents=[common], help="draft agenda of the next work session (Markdown)"
    )
    p.add_argument("file", metavar="FILE")
    p.add_argument(
        "--gate", help="phase whose entry gate to work towards (default: the next phase)"
    )
    p.add_argument("--on", type=parse_date, help="date (default: today)")
    p.add_argument("--format", choices=["markdown", "json"], default="markdown")
    names_option(p)
    p.set_defaults(func=_agenda)
