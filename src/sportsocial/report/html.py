"""The report as one self-contained HTML page.

Everything is inside the file: the style sheet, the phase diagram as inline
SVG, the pictures as data URIs. It loads nothing from the network and needs no
script, so it opens offline, survives being mailed round, and prints (the
style sheet has print rules: A4, page breaks before the main sections).
"""

from __future__ import annotations

import re
from html import escape
from importlib import resources

from ..i18n import Lang, number
from .build import EngagementReport
from .content import View, view
from .figures import network_picture, timeline_picture
from .names import display_names
from .phases import phase_diagram
from .words import FUND_COLUMNS

__all__ = ["SECTIONS", "render_html"]

#: Section ids, in order, with the word that heads each.
SECTIONS: tuple[tuple[str, str], ...] = (
    ("phase", "phase_title"),
    ("verdict", "verdict_title"),
    ("alignment", "alignment_title"),
    ("network", "network_title"),
    ("pockets", "pockets_title"),
    ("agenda", "agenda_title"),
    ("roadmap", "roadmap_title"),
    ("opportunities", "opportunities_title"),
)
_NEW_PAGE = frozenset({"alignment", "network", "agenda", "roadmap"})


def _css() -> str:
    return resources.files(__package__).joinpath("data/report.css").read_text(encoding="utf-8")


def _inline(text: str) -> str:
    """Escape ``text`` and turn ``**bold**`` into ``<strong>``."""
    return re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", escape(text))


def _table(
    header: tuple[str, ...], rows: list[list[str]], numeric: frozenset[int] = frozenset()
) -> str:
    head = "".join(
        f"<th{' class=num' if i in numeric else ''}>{escape(h)}</th>" for i, h in enumerate(header)
    )
    body = "".join("<tr>" + "".join(row) + "</tr>" for row in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _td(text: str, cls: str = "") -> str:
    return f'<td class="{cls}">{_inline(text)}</td>' if cls else f"<td>{_inline(text)}</td>"


def _picture(uri: str | None, alt: str, missing: str) -> str:
    if uri is None:
        return f'<p class="note">{escape(missing)}</p>'
    return f'<figure><img src="{uri}" alt="{escape(alt)}"></figure>'


def _findings(rows: tuple[tuple[str, ...], ...], v: View) -> str:
    return _table(
        (v.word("code"), v.word("finding"), v.word("remedy")),
        [[_td(code, "code"), _td(message), _td(remedy)] for code, message, remedy in rows],
    )


def render_html(r: EngagementReport, lang: Lang) -> str:
    """The whole page for ``r`` in ``lang``."""
    v = view(r, lang)
    shown = display_names(r.engagement, r.names, lang)
    out: list[str] = [
        "<!DOCTYPE html>",
        f'<html lang="{lang}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(v.title)}</title>",
        f"<style>\n{_css()}</style>",
        "</head>",
        "<body>",
        "<main>",
        '<header class="cover">',
        f"<h1>{escape(v.title)}</h1>",
        f'<p class="subtitle">{escape(v.subtitle)}</p>',
        '<dl class="facts">',
        *[f"<dt>{escape(k)}</dt><dd>{escape(val)}</dd>" for k, val in v.facts],
        "</dl>",
    ]
    if v.names_hidden:
        out.append(f'<p class="privacy">{escape(v.word("names_hidden"))}</p>')
    out += [
        "</header>",
        '<nav class="contents">',
        f"<h2>{escape(v.word('contents'))}</h2><ol>",
        *[f'<li><a href="#{sid}">{escape(v.word(key))}</a></li>' for sid, key in SECTIONS],
        "</ol></nav>",
    ]

    def open_section(sid: str, key: str) -> None:
        cls = ' class="page"' if sid in _NEW_PAGE else ""
        out.append(f'<section id="{sid}"{cls}>')
        out.append(f"<h2>{escape(v.word(key))}</h2>")

    # where the engagement stands
    open_section("phase", "phase_title")
    out.append(
        "<figure>"
        + phase_diagram(r.methodology, r.status.phase, lang=lang, blocking=v.blocking)
        + "</figure>"
    )
    out += [f"<p>{_inline(line)}</p>" for line in v.phase_lines]
    out.append("</section>")

    # the verdict
    open_section("verdict", "verdict_title")
    cls = "verdict ready" if v.ready else "verdict"
    out.append(f'<div class="{cls}"><p>{_inline(v.verdict)}</p></div>')
    out.append(f'<p class="counts">{escape(v.counts)}</p>')
    if v.blockers:
        out.append(f"<h3>{escape(v.word('blockers'))}</h3>")
        for heading, rows in v.blockers:
            out.append(f"<h4>{escape(heading)}</h4>")
            out.append(_findings(rows, v))
    out.append(f"<h3>{escape(v.word('warnings'))}</h3>")
    out.append(_findings(v.warnings, v) if v.warnings else f"<p>{escape(v.word('none_open'))}</p>")
    out.append("</section>")

    # shared funding and governance
    open_section("alignment", "alignment_title")
    out.append(f'<p class="big">{escape(v.word("index"))}: {escape(v.index)}</p>')
    out.append(f'<p class="note">{escape(v.word("index_note"))}</p>')
    out.append(
        _table(
            (v.word("part"), v.word("score"), ""),
            [
                [
                    _td(label),
                    _td(number(value, lang, 2), "num"),
                    f'<td><div class="bar"><span style="width:{round(100 * value)}%"></span></div></td>',
                ]
                for label, value in v.index_parts
            ],
            frozenset({1}),
        )
    )
    out.append(
        _table(
            (v.word("figure"), v.word("value")),
            [[_td(label), _td(value)] for label, value in v.figures],
        )
    )
    if v.funds:
        out.append(f"<h3>{escape(v.word('funds_title'))}</h3>")
        out.append(
            _table(
                tuple(v.word(k) for k in FUND_COLUMNS),
                [
                    [_td(fund), _td(who), _td(money, "num"), _td(share, "num"), _td(status)]
                    for fund, who, money, share, status in v.funds
                ],
                frozenset({2, 3}),
            )
        )
    out.append(f"<h3>{escape(v.word('timeline'))}</h3>")
    out.append(
        _picture(
            timeline_picture(r, lang),
            v.word("timeline"),
            v.word("too_short") if len(r.timeline.rows) < 2 else v.word("picture_missing"),
        )
    )
    out.append("</section>")

    # the network
    open_section("network", "network_title")
    out.append(
        _picture(
            network_picture(r, lang, shown), v.word("network_title"), v.word("picture_missing")
        )
    )
    out += [f"<p>{_inline(line)}</p>" for line in v.network_lines]
    out.append("</section>")

    # who pays, who benefits
    open_section("pockets", "pockets_title")
    out.append(f"<p>{escape(v.word('pockets_intro'))}</p>")
    if v.pockets_rows:
        out.append(
            _table(
                v.pockets_header,
                [
                    [
                        f"<th>{escape(payer)}</th>",
                        *[_td(text, "num " + kind) for text, kind in cells],
                    ]
                    for payer, cells in v.pockets_rows
                ],
                frozenset(range(1, len(v.pockets_header))),
            )
        )
    out += [f"<p>{_inline(note)}</p>" for note in v.pockets_notes]
    out.append("</section>")

    # the agenda
    open_section("agenda", "agenda_title")
    if not v.agenda:
        out.append(f"<p>{escape(v.word('nothing_open'))}</p>")
    item_number = 0
    for heading, entries in v.agenda:
        out.append(f"<h3>{escape(heading)}</h3>")
        out.append(f'<ol class="agenda" start="{item_number + 1}">')
        for e in entries:
            item_number += 1
            tag = (
                f'<span class="tag">{escape(v.word("blocking"))}</span>'
                if e.blocking
                else f'<span class="tag warning">{escape(v.word("warning"))}</span>'
            )
            out.append(f"<li><strong>{escape(e.code)}</strong> {tag}<ul>")
            out += [f"<li>{_inline(t)}</li>" for t in e.findings]
            out.append(f"<li><strong>{escape(v.word('to_do'))}:</strong> {_inline(e.remedy)}</li>")
            if e.participants:
                out.append(
                    f"<li><strong>{escape(v.word('in_room'))}:</strong> "
                    f"{escape(', '.join(e.participants))}</li>"
                )
            out.append("</ul></li>")
        out.append("</ol>")
    out.append("</section>")

    # the road to the kick-off
    open_section("roadmap", "roadmap_title")
    out += [f"<p>{_inline(line)}</p>" for line in v.roadmap_summary]
    if v.roadmap:
        out.append(
            _table(
                (
                    v.word("roadmap_when"),
                    v.word("roadmap_step"),
                    v.word("roadmap_level"),
                    v.word("roadmap_who"),
                    v.word("roadmap_why"),
                ),
                [[_td(cell) for cell in row] for row in v.roadmap],
                frozenset(),
            )
        )
    elif v.roadmap_planned:
        out.append(f"<p>{escape(v.word('roadmap_none'))}</p>")
    out.append("</section>")

    # opportunities
    open_section("opportunities", "opportunities_title")
    out.append(f"<p>{escape(v.word('opportunities_intro'))}</p>")
    if v.opportunities:
        out.append(
            _table(
                (
                    v.word("intervention"),
                    v.word("score"),
                    v.word("why"),
                    v.word("financing"),
                    v.word("mind"),
                ),
                [
                    [
                        _td(f"**{name}** ({kind})"),
                        _td(score, "num"),
                        _td(reason),
                        _td(financing),
                        _td(mind, "mind" if mind else ""),
                    ]
                    for name, kind, score, reason, financing, mind in v.opportunities
                ],
                frozenset({1}),
            )
        )
    else:
        out.append(f"<p>{escape(v.word('no_opportunities'))}</p>")
    out.append("</section>")

    out += [f"<footer>{escape(v.footer)}</footer>", "</main>", "</body>", "</html>", ""]
    return "\n".join(out)
