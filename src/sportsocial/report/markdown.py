"""The report as Markdown: the same sections and words as the HTML page, without pictures.

For pasting into a wiki, a ticket or a mail; the phase diagram becomes a
numbered list with the current phase marked.
"""

from __future__ import annotations

from ..i18n import Lang, number
from .build import EngagementReport
from .content import View, view
from .words import FUND_COLUMNS

__all__ = ["render_markdown"]


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _table(header: tuple[str, ...], rows: list[tuple[str, ...]]) -> list[str]:
    out = ["| " + " | ".join(_cell(h) for h in header) + " |"]
    out.append("|" + "|".join("---" for _ in header) + "|")
    out += ["| " + " | ".join(_cell(c) for c in row) + " |" for row in rows]
    return [*out, ""]


def _findings(rows: tuple[tuple[str, ...], ...], v: View) -> list[str]:
    return _table((v.word("code"), v.word("finding"), v.word("remedy")), list(rows))


def render_markdown(r: EngagementReport, lang: Lang) -> str:
    """The whole report for ``r`` in ``lang`` as Markdown."""
    v = view(r, lang)
    out = [f"# {v.title}", "", f"*{v.subtitle}*", ""]
    out += [f"- {k}: {val}" for k, val in v.facts]
    if v.names_hidden:
        out += ["", f"> {v.word('names_hidden')}"]
    out += ["", f"## {v.word('phase_title')}", ""]
    now = r.status.phase
    for i, p in enumerate(r.methodology.phases, 1):
        mark = f" ← **{v.word('here')}**" if p.id == now else ""
        out.append(f"{i}. {p.name(lang)} ({p.level.label(lang)}){mark}")
    out += ["", *[f"{line}  " for line in v.phase_lines], ""]

    out += [f"## {v.word('verdict_title')}", "", f"**{v.verdict}**", "", v.counts, ""]
    if v.blockers:
        out += [f"### {v.word('blockers')}", ""]
        for heading, rows in v.blockers:
            out += [f"#### {heading}", "", *_findings(rows, v)]
    out += [f"### {v.word('warnings')}", ""]
    out += _findings(v.warnings, v) if v.warnings else [v.word("none_open"), ""]

    out += [f"## {v.word('alignment_title')}", "", f"**{v.word('index')}: {v.index}**", ""]
    out += [v.word("index_note"), ""]
    out += _table(
        (v.word("part"), v.word("score")),
        [(label, number(value, lang, 2)) for label, value in v.index_parts],
    )
    out += _table((v.word("figure"), v.word("value")), list(v.figures))
    if v.funds:
        out += [f"### {v.word('funds_title')}", ""]
        out += _table(
            tuple(v.word(k) for k in FUND_COLUMNS),
            list(v.funds),
        )

    out += [f"## {v.word('network_title')}", "", *[f"{line}  " for line in v.network_lines], ""]

    out += [f"## {v.word('pockets_title')}", "", v.word("pockets_intro"), ""]
    if v.pockets_rows:
        out += _table(
            v.pockets_header,
            [(payer, *(text for text, _kind in cells)) for payer, cells in v.pockets_rows],
        )
    out += [*[f"{note}  " for note in v.pockets_notes], ""]

    out += [f"## {v.word('agenda_title')}", ""]
    if not v.agenda:
        out += [v.word("nothing_open"), ""]
    item_number = 0
    for heading, entries in v.agenda:
        out += [f"### {heading}", ""]
        for e in entries:
            item_number += 1
            tag = v.word("blocking") if e.blocking else v.word("warning")
            out.append(f"{item_number}. **{e.code}** ({tag})")
            out += [f"   - {t}" for t in e.findings]
            out.append(f"   - {v.word('to_do')}: {e.remedy}")
            if e.participants:
                out.append(f"   - {v.word('in_room')}: {', '.join(e.participants)}")
        out.append("")

    out += [f"## {v.word('roadmap_title')}", ""]
    out += [*[f"{line}  " for line in v.roadmap_summary], ""]
    if v.roadmap:
        out += _table(
            (
                v.word("roadmap_when"),
                v.word("roadmap_step"),
                v.word("roadmap_level"),
                v.word("roadmap_who"),
                v.word("roadmap_why"),
            ),
            list(v.roadmap),
        )
    elif v.roadmap_planned:
        out += [v.word("roadmap_none"), ""]

    out += [f"## {v.word('opportunities_title')}", "", v.word("opportunities_intro"), ""]
    if v.opportunities:
        out += _table(
            (
                v.word("intervention"),
                v.word("score"),
                v.word("why"),
                v.word("financing"),
                v.word("mind"),
            ),
            [
                (f"**{name}** ({kind})", score, reason, financing, mind)
                for name, kind, score, reason, financing, mind in v.opportunities
            ],
        )
    else:
        out += [v.word("no_opportunities"), ""]
    out += ["---", "", f"*{v.footer}*", ""]
    return "\n".join(out)
