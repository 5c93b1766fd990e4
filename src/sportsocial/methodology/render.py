"""Showing a methodology and a status to people: text, Markdown, Mermaid."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from ..i18n import Text, check_lang, count_text, day, day_text
from .model import Methodology, Phase

if TYPE_CHECKING:
    from .engine import Status

__all__ = ["describe", "mermaid", "methodology_markdown", "phase_label", "status_text"]

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


#: What a criterion is called, for a reader: the readiness engine passes its rules'
#: titles (:func:`sportsocial.readiness.rule_title`); without them, the code alone.
RuleTitles = Callable[[str, str], str | None]


def _rule_label(code: str, lang: str, titles: RuleTitles | None) -> str:
    title = titles(code, lang) if titles is not None else None
    return f"{code} {title}" if title else code


def _gate_lines(
    phase: Phase, lang: str, bullet: str, titles: RuleTitles | None = None
) -> list[str]:
    g = phase.gate
    if not g:
        return [_W["no_gate"](lang)]
    lines: list[str] = []
    if g.must:
        lines.append(f"{_W['must'](lang)}:")
        lines += [f"{bullet}{_rule_label(c, lang, titles)}" for c in g.must]
    if g.should:
        lines.append(f"{_W['should'](lang)}:")
        lines += [f"{bullet}{_rule_label(c, lang, titles)}" for c in g.should]
    if g.session_levels:
        lines.append(
            f"{_W['sessions'](lang)}: " + ", ".join(lv.label(lang) for lv in g.session_levels)
        )
    return lines


def describe(m: Methodology, lang: str = "en", titles: RuleTitles | None = None) -> str:
    """A plain-text description for a terminal: phases, level, purpose, outputs, gate
    (each criterion with its title when ``titles`` gives one)."""
    lang = check_lang(lang)
    out = [m.name(lang), "=" * len(m.name(lang)), m.description(lang), ""]
    for i, p in enumerate(m.phases, 1):
        out.append(
            f"{i}. {phase_label(m, p.id, lang)} ({_W['level'](lang)}: {p.level.label(lang)})"
        )
        out.append(f"   {p.purpose(lang)}")
        if p.outputs:
            out.append(f"   {_W['outputs'](lang)}: " + "; ".join(o(lang) for o in p.outputs))
        out += [f"   {line}" for line in _gate_lines(p, lang, "  - ", titles)]
        out.append("")
    if m.skips:
        out.append(
            f"{_W['skips'](lang)}: "
            + ", ".join(
                f"{phase_label(m, s.source, lang)} -> {phase_label(m, s.target, lang)}"
                for s in m.skips
            )
        )
    out.append(_W["returns"](lang) if m.returns else _W["no_returns"](lang))
    return "\n".join(out) + "\n"


def methodology_markdown(m: Methodology, lang: str = "en", titles: RuleTitles | None = None) -> str:
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
        out += [*_gate_lines(p, lang, "- ", titles), ""]
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


def phase_label(m: Methodology, phase: str, lang: str) -> str:
    """A phase as a reader names it: its name; in English with its id beside it, which
    commands take (``advance --to`` takes the name in either language too)."""
    if phase not in m.phase_ids:
        return phase
    name = m.phase(phase).name(lang)
    return f"{name} [{phase}]" if check_lang(lang) == "en" else name


def status_text(s: Status, lang: str = "en") -> str:
    """The status as a few readable lines, then the next gate's report."""
    lang = check_lang(lang)
    m = s.methodology
    if s.phase is None:
        where = Text(en="No phase entered yet.", nl="Nog geen fase betreden.")(lang)
    else:
        p = m.phase(s.phase)
        since = day_text(s.since) if s.since else Text(en="?", nl="?")
        days = count_text(s.days_in_phase or 0, ("day", "days"), ("dag", "dagen"))
        where = Text(
            en=f"Phase: {phase_label(m, p.id, 'en')}, led at {p.level.label('en')} level, since {since.en} ({days.en}).",
            nl=f"Fase: {phase_label(m, p.id, 'nl')}, geleid op {p.level.label('nl')} niveau, sinds {since.nl} ({days.nl}).",
        )(lang)
    lines = [f"{s.municipality} — {m.name(lang)} ({day(s.on, lang)})", where]
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
            lines.append(
                f"  - {phase_label(m, r.phase, lang)} ({kinds[r.kind.value](lang)}{state})"
            )
    if s.next_gate is not None:
        lines += ["", s.next_gate.to_text(lang)]
    else:
        lines.append(Text(en="This is the last phase.", nl="Dit is de laatste fase.")(lang))
    return "\n".join(lines) + "\n"
