"""Showing a methodology and a status to people: text, Markdown, Mermaid."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..i18n import Text, check_lang
from .model import Methodology, Phase

if TYPE_CHECKING:
    from .engine import Status

__all__ = ["describe", "mermaid", "methodology_markdown", "status_text"]

_W = {
    "level": Text(en="level", nl="niveau"),
    "purpose": Text(en="Purpose", nl="Doel"),
    "outputs": Text(en="Outputs", nl="Opbrengsten"),
    "must": Text(en="Must hold to enter", nl="Moet gelden om binnen te gaan"),
    "should": Text(en="Should hold", nl="Zou moeten gelden"),
    "sessions": Text(en="Work sessions required at", nl="Werksessies vereist op"),
    "no_gate": Text(
        en="No gate: the engagement starts here.", nl="Geen poort: hier begint het traject."
    ),
    "skips": Text(en="Permitted skips", nl="Toegestane sprongen"),
    "returns": Text(
        en="Returning to an earlier phase is allowed, with a reason.",
        nl="Terugkeren naar een eerdere fase mag, met een reden.",
    ),
    "no_returns": Text(
        en="Returning to an earlier phase is not allowed.",
        nl="Terugkeren naar een eerdere fase mag niet.",
    ),
    "sources": Text(en="Sources", nl="Bronnen"),
}


def _rule_label(code: str, lang: str) -> str:
    from ..readiness.registry import RULES

    rule = RULES.get(code)
    return f"{code} {rule.name}" if rule else code


def _gate_lines(phase: Phase, lang: str, bullet: str) -> list[str]:
    g = phase.gate
    if not g:
        return [_W["no_gate"](lang)]
    lines: list[str] = []
    if g.must:
        lines.append(f"{_W['must'](lang)}:")
        lines += [f"{bullet}{_rule_label(c, lang)}" for c in g.must]
    if g.should:
        lines.append(f"{_W['should'](lang)}:")
        lines += [f"{bullet}{_rule_label(c, lang)}" for c in g.should]
    if g.session_levels:
        lines.append(
            f"{_W['sessions'](lang)}: " + ", ".join(lv.label(lang) for lv in g.session_levels)
        )
    return lines


def describe(m: Methodology, lang: str = "en") -> str:
    """A plain-text description for a terminal: phases, level, purpose, outputs, gate."""
    lang = check_lang(lang)
    out = [m.name(lang), "=" * len(m.name(lang)), m.description(lang), ""]
    for i, p in enumerate(m.phases, 1):
        out.append(f"{i}. {p.name(lang)} [{p.id}] ({_W['level'](lang)}: {p.level.label(lang)})")
        out.append(f"   {p.purpose(lang)}")
        if p.outputs:
            out.append(f"   {_W['outputs'](lang)}: " + "; ".join(o(lang) for o in p.outputs))
        out += [f"   {line}" for line in _gate_lines(p, lang, "  - ")]
        out.append("")
    if m.skips:
        out.append(
            f"{_W['skips'](lang)}: " + ", ".join(f"{s.source} -> {s.target}" for s in m.skips)
        )
    out.append(_W["returns"](lang) if m.returns else _W["no_returns"](lang))
    return "\n".join(out) + "\n"


def methodology_markdown(m: Methodology, lang: str = "en") -> str:
    """A Markdown page for facilitators, generated from the methodology data."""
    lang = check_lang(lang)
    out = [f"# {m.name(lang)}", "", m.description(lang), ""]
    for i, p in enumerate(m.phases, 1):
        out += [
            f"## {i}. {p.name(lang)} (`{p.id}`)",
            "",
            f"*{_W['level'](lang)}: {p.level.label(lang)}*",
            "",
        ]
        out += [f"{_W['purpose'](lang)}: {p.purpose(lang)}", ""]
        if p.outputs:
            out += [f"{_W['outputs'](lang)}:", ""] + [f"- {o(lang)}" for o in p.outputs] + [""]
        out += [*_gate_lines(p, lang, "- "), ""]
    if m.skips:
        out += [
            f"{_W['skips'](lang)}: " + ", ".join(f"`{s.source}` → `{s.target}`" for s in m.skips),
            "",
        ]
    out += [_W["returns"](lang) if m.returns else _W["no_returns"](lang), ""]
    if m.references:
        out += [f"## {_W['sources'](lang)}", ""]
        for r in m.references:
            where = f" <{r.url}>" if r.url else ""
            out.append(f"- {r.title} ({r.date}){where}")
        out.append("")
    return "\n".join(out)


def _node(phase_id: str) -> str:
    return "p_" + phase_id.replace("-", "_")


def _quote(text: str) -> str:
    return text.replace('"', "'")


def mermaid(m: Methodology, lang: str = "en") -> str:
    """A Mermaid flowchart: one node per phase (name and level), gates on the arrows.

    Blocking criteria label the arrow into a phase; permitted skips are dotted
    arrows, labelled like the arrow into their target (a skip passes the same
    gate). Returns, always possible with a reason, are not drawn.
    """
    lang = check_lang(lang)
    lines = ["flowchart LR"]
    for p in m.phases:
        lines.append(f'    {_node(p.id)}["{_quote(p.name(lang))}<br/>({p.level.label(lang)})"]')

    def arrow(line: str, target: str) -> str:
        label = ", ".join(m.phase(target).gate.must)
        return f'{line}|"{label}"|' if label else line

    for prev, p in zip(m.phases, m.phases[1:], strict=False):
        lines.append(f"    {_node(prev.id)} {arrow('-->', p.id)} {_node(p.id)}")
    for s in m.skips:
        lines.append(f"    {_node(s.source)} {arrow('-.->', s.target)} {_node(s.target)}")
    return "\n".join(lines) + "\n"


def status_text(s: Status, lang: str = "en") -> str:
    """The status as a few readable lines, then the next gate's report."""
    lang = check_lang(lang)
    m = s.methodology
    if s.phase is None:
        where = Text(en="No phase entered yet.", nl="Nog geen fase betreden.")(lang)
    else:
        p = m.phase(s.phase)
        where = Text(
            en=f"Phase: {p.name('en')} [{p.id}], led at {p.level.label('en')} level, since {s.since} ({s.days_in_phase} days).",
            nl=f"Fase: {p.name('nl')} [{p.id}], geleid op {p.level.label('nl')} niveau, sinds {s.since} ({s.days_in_phase} dagen).",
        )(lang)
    lines = [f"{s.municipality} — {m.name(lang)} ({s.on.isoformat()})", where]
    if s.reachable:
        kinds = {
            "start": Text(en="start", nl="start"),
            "next": Text(en="next", nl="volgende"),
            "skip": Text(en="skip", nl="sprong"),
            "return": Text(en="return, with a reason", nl="terug, met een reden"),
        }
        ready = Text(en="ready", nl="gereed")
        blocked = Text(en="blocked", nl="geblokkeerd")
        lines.append(Text(en="Reachable:", nl="Bereikbaar:")(lang))
        for r in s.reachable:
            state = "" if r.kind.value == "return" else f", {(ready if r.ready else blocked)(lang)}"
            lines.append(f"  - {r.phase} ({kinds[r.kind.value](lang)}{state})")
    if s.next_gate is not None:
        lines += ["", s.next_gate.to_text(lang)]
    else:
        lines.append(Text(en="This is the last phase.", nl="Dit is de laatste fase.")(lang))
    return "\n".join(lines) + "\n"
