"""A :class:`~.summaries.Summary` as HTML (for Jupyter's ``_repr_html_``) and as Markdown.

The HTML is self-contained (inline styles, no scripts) and every value is
escaped, so a name in a document can never inject markup into a notebook.
"""

from __future__ import annotations

from html import escape

from .summaries import Summary, SummaryTable

__all__ = ["summary_html", "summary_markdown"]

_OK = "#1b7837"
_BAD = "#b2182b"
_TABLE = "border-collapse:collapse;margin:0.3em 0 0.8em 0;font-size:90%"
_CELL = "padding:0.15em 0.6em;text-align:left;border-bottom:1px solid #ddd"


def _more(n: int) -> str:
    return f"… +{n}"


def _table_html(t: SummaryTable) -> str:
    head = "".join(f'<th style="{_CELL}">{escape(h)}</th>' for h in t.header)
    body = "".join(
        "<tr>" + "".join(f'<td style="{_CELL}">{escape(c)}</td>' for c in row) + "</tr>"
        for row in t.rows
    )
    if t.more:
        body += (
            f'<tr><td colspan="{len(t.header)}" style="{_CELL}">{escape(_more(t.more))}</td></tr>'
        )
    caption = f'<caption style="text-align:left;font-weight:bold">{escape(t.caption)}</caption>'
    return f'<table style="{_TABLE}">{caption}<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'


def summary_html(s: Summary, kind: str) -> str:
    """``s`` as an HTML fragment; ``kind`` (the class name) heads it."""
    parts = [
        '<div class="sportsocial">',
        f"<strong>{escape(kind)}</strong> · <strong>{escape(s.title)}</strong>",
    ]
    if s.verdict is not None:
        colour = _OK if s.ok else _BAD if s.ok is False else "inherit"
        parts.append(f'<div style="color:{colour};font-weight:bold">{escape(s.verdict)}</div>')
    if s.facts:
        items = "".join(
            f'<tr><th style="{_CELL}">{escape(k)}</th><td style="{_CELL}">{escape(v)}</td></tr>'
            for k, v in s.facts
        )
        parts.append(f'<table style="{_TABLE}"><tbody>{items}</tbody></table>')
    parts += [_table_html(t) for t in s.tables]
    parts.append("</div>")
    return "".join(parts)


def _cell_md(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _table_md(t: SummaryTable) -> list[str]:
    lines = [f"**{_cell_md(t.caption)}**", ""]
    lines.append("| " + " | ".join(_cell_md(h) for h in t.header) + " |")
    lines.append("|" + "---|" * len(t.header))
    lines += ["| " + " | ".join(_cell_md(c) for c in row) + " |" for row in t.rows]
    if t.more:
        lines.append(f"| {_more(t.more)} |" + " |" * (len(t.header) - 1))
    return [*lines, ""]


def summary_markdown(s: Summary, kind: str) -> str:
    """``s`` as Markdown: a heading, the verdict in bold, facts as a list, then the tables."""
    lines = [f"### {kind}: {_cell_md(s.title)}", ""]
    if s.verdict is not None:
        lines += [f"**{_cell_md(s.verdict)}**", ""]
    lines += [f"- {_cell_md(k)}: {_cell_md(v)}" for k, v in s.facts]
    lines.append("")
    for t in s.tables:
        lines += _table_md(t)
    return "\n".join(lines).rstrip() + "\n"
