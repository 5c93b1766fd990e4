"""Commands about readiness: ``check``, ``rules``, ``explain``, ``agenda``."""

from __future__ import annotations

import argparse
import json
import os

from ..i18n import Text
from ..readiness import agenda, check, explain, rules_table
from ..readiness.registry import RULES, Severity
from ._common import (
    EXIT_INVALID,
    EXIT_OK,
    EXIT_USAGE,
    emit,
    emit_json,
    load_or_report,
    parse_date,
    say,
)

__all__ = ["register"]


def _codes(values: list[str] | None) -> list[str] | None:
    if not values:
        return None
    return [c for v in values for c in v.split(",") if c.strip()]


def _check(args: argparse.Namespace) -> int:
    eng = load_or_report(args.file, args.lang)
    if eng is None:
        return EXIT_INVALID
    try:
        report = check(
            eng,
            args.gate,
            on=args.on,
            select=_codes(args.select),
            ignore=_codes(args.ignore),
            base=os.path.dirname(args.file),
        )
    except (ValueError, KeyError) as exc:
        say(Text(en="{error}", nl="{error}"), args.lang, error=str(exc).strip("'\""))
        return EXIT_USAGE
    if args.format == "json":
        emit_json(report.to_dict(args.lang if args.lang_only else None))
    elif args.format == "markdown":
        emit(report.to_markdown(args.lang))
    elif args.format == "sarif":
        emit(json.dumps(report.to_sarif(args.lang, uri=args.file), indent=2, ensure_ascii=False))
    else:
        emit(report.to_text(args.lang))
    threshold = Severity.WARNING if args.fail_on == "warning" else Severity.ERROR
    failing = [f for f in report.findings if f.open and f.severity.rank >= threshold.rank]
    return EXIT_INVALID if failing else EXIT_OK


def _rules(args: argparse.Namespace) -> int:
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
    return EXIT_OK


def _explain(args: argparse.Namespace) -> int:
    try:
        emit(explain(args.code, args.lang))
    except KeyError as exc:
        say(Text(en="{error}", nl="{error}"), args.lang, error=str(exc).strip("'\""))
        return EXIT_USAGE
    return EXIT_OK


def _agenda(args: argparse.Namespace) -> int:
    eng = load_or_report(args.file, args.lang)
    if eng is None:
        return EXIT_INVALID
    try:
        draft = agenda(eng, args.gate, on=args.on, base=os.path.dirname(args.file))
    except (ValueError, KeyError) as exc:
        say(Text(en="{error}", nl="{error}"), args.lang, error=str(exc).strip("'\""))
        return EXIT_USAGE
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
    p.set_defaults(func=_agenda)
