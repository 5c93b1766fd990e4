"""Rendering a readiness report as terminal text and as Markdown."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..i18n import Text, check_lang, count_text, day, day_text, number, number_text
from ..model import Level
from .finding import Finding

if TYPE_CHECKING:
    from .report import Report

__all__ = ["render_markdown", "render_text"]

_W = {
    "ready": Text(en="READY", nl="GEREED"),
    "not_ready": Text(en="NOT READY", nl="NIET GEREED"),
    "gate": Text(en="gate", nl="poort"),
    "counts": Text(
        en="{blockers}, {warnings}, {waived} waived, {rules} evaluated",
        nl="{blockers}, {warnings}, {waived} ontheven, {rules} getoetst",
    ),
    "general": Text(en="Across levels", nl="Niveau-overstijgend"),
    "fix": Text(en="fix", nl="oplossing"),
    "waived": Text(
        en="waived by {who} on {date}: {reason}", nl="ontheven door {who} op {date}: {reason}"
    ),
    "scores": Text(en="Scores", nl="Scores"),
    "none": Text(
        en="Every criterion of this gate holds.", nl="Elk criterium van deze poort is vervuld."
    ),
    "code": Text(en="Code", nl="Code"),
    "severity": Text(en="Severity", nl="Ernst"),
    "finding": Text(en="Finding", nl="Bevinding"),
    "where": Text(en="Where", nl="Waar"),
    "dimension": Text(en="Dimension", nl="Dimensie"),
    "score": Text(en="Score", nl="Score"),
}

_MARK = {"error": "x", "warning": "!"}


def _level_title(level: Level | None, lang: str) -> str:
    if level is None:
        return _W["general"](lang)
    return level.label(lang).capitalize()


def _waiver(f: Finding, lang: str) -> str:
    assert f.waived is not None
    w = f.waived
    return _W["waived"].format(who=w.decided_by, date=day_text(w.date), reason=w.reason)(lang)


def _counts(report: Report) -> Text:
    c = report.counts
    return _W["counts"].format(
        blockers=count_text(c["blockers"], ("blocker", "blockers"), ("blokkade", "blokkades")),
        warnings=count_text(
            c["warnings"], ("warning", "warnings"), ("waarschuwing", "waarschuwingen")
        ),
        waived=number_text(c["waived"]),
        rules=count_text(c["rules"], ("rule", "rules"), ("regel", "regels")),
    )


def _headline(report: Report, lang: str) -> list[str]:
    verdict = (_W["ready"] if report.ready else _W["not_ready"])(lang)
    gate = report.gate_label(lang)
    return [
        f"{report.municipality} — {_W['gate'](lang)} {gate} ({day(report.on, lang)}): {verdict}",
        _counts(report)(lang),
    ]


def render_text(report: Report, lang: str = "en", names: str = "show") -> str:
    """Findings grouped by level, each with its fix; then the dimension scores."""
    lang = check_lang(lang)
    out = _headline(report, lang)
    if not report.findings:
        out.append(_W["none"](lang))
    for level, findings in report.by_level().items():
        out += ["", _level_title(level, lang)]
        for f in findings:
            mark = "~" if f.waived else _MARK[f.severity.value]
            out.append(f"  {mark} {f.code} {report.message(f, lang, names)}  [{f.path}]")
            if f.waived:
                out.append(f"      {_waiver(f, lang)}")
            else:
                out.append(f"      {_W['fix'](lang)}: {f.remedy(lang)}")
    scores = report.scores()
    if scores:
        out += [
            "",
            f"{_W['scores'](lang)}: "
            + ", ".join(f"{d.label(lang)} {number(s, lang, 2)}" for d, s in scores.items()),
        ]
    return "\n".join(out) + "\n"


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def render_markdown(report: Report, lang: str = "en", names: str = "show") -> str:
    """A Markdown report: verdict, one table per level, scores."""
    lang = check_lang(lang)
    head = _headline(report, lang)
    out = [f"# {head[0]}", "", head[1], ""]
    if not report.findings:
        out += [_W["none"](lang), ""]
    for level, findings in report.by_level().items():
        out += [f"## {_level_title(level, lang)}", ""]
        out.append(
            f"| {_W['code'](lang)} | {_W['severity'](lang)} | {_W['finding'](lang)} | {_W['fix'](lang)} | {_W['where'](lang)} |"
        )
        out.append("|---|---|---|---|---|")
        for f in findings:
            severity = f.severity.label(lang) if f.open else f"~~{f.severity.label(lang)}~~"
            fix = _waiver(f, lang) if f.waived else f.remedy(lang)
            out.append(
                f"| {f.code} | {severity} | {_cell(report.message(f, lang, names))} | {_cell(fix)} | `{f.path}` |"
            )
        out.append("")
    scores = report.scores()
    if scores:
        out += [
            f"## {_W['scores'](lang)}",
            "",
            f"| {_W['dimension'](lang)} | {_W['score'](lang)} |",
            "|---|---|",
        ]
        out += [f"| {d.label(lang)} | {number(s, lang, 2)} |" for d, s in scores.items()]
        out.append("")
    return "\n".join(out)
