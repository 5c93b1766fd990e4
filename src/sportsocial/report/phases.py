"""The phase diagram: where the engagement stands in the methodology, as inline SVG.

Phases run left to right in their order, each drawn in the row of the level
that leads it (administrative on top, executive at the bottom), so the arc of
the methodology — from deciding to doing — is visible at a glance. Phases
behind the engagement are filled, the current one is marked "we are here", and
the gate into the next phase says whether it is open or how many findings
block it. Plain SVG, no scripts and no fonts to fetch: it prints as it shows.
"""

from __future__ import annotations

import textwrap
from html import escape

from ..i18n import Text
from ..methodology import Methodology
from ..model import Level
from .words import W

__all__ = ["phase_diagram"]

_LEVELS = (Level.ADMINISTRATIVE, Level.OFFICIAL, Level.EXECUTIVE)
_BOX_W, _BOX_H, _GAP_X, _ROW_H, _LEFT, _TOP = 134, 76, 14, 98, 104, 38
_FONT = 16  # the diagram is scaled to the width of the page
_DONE, _CURRENT, _FUTURE = "#cfe3d6", "#1b7837", "#ffffff"
_INK, _MUTED, _SHUT, _OPEN = "#1d2b24", "#6b7a72", "#b2182b", "#1b7837"


def _lines(text: str, width: int = 15) -> list[str]:
    return textwrap.wrap(text, width, break_long_words=False)[:3] or [text]


def phase_diagram(
    m: Methodology,
    current: str | None,
    *,
    lang: str,
    blocking: int | None,
    title: Text | None = None,
) -> str:
    """The methodology's phases as an ``<svg>`` element, ``current`` marked.

    ``blocking`` is the number of open blocking findings of the next gate
    (``None`` when there is no next gate to show).
    """
    phases = m.phases
    now = m.index(current) if current in m.phase_ids else -1
    width = _LEFT + len(phases) * (_BOX_W + _GAP_X) + 10
    height = _TOP + 3 * _ROW_H + 24
    label = (title or W["phase_title"])(lang)
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
        f'role="img" aria-label="{escape(label)}" class="phases" '
        f'font-family="Helvetica, Arial, sans-serif">',
        f"<title>{escape(label)}</title>",
    ]
    for r, level in enumerate(_LEVELS):
        band = _TOP + r * _ROW_H
        out.append(
            f'<rect x="0" y="{band - 6}" width="{width}" height="{_ROW_H - 4}" '
            f'fill="{"#f4f6f5" if r % 2 == 0 else "#ffffff"}"/>'
        )
        out.append(
            f'<text x="8" y="{band + _BOX_H / 2 + 5}" font-size="{_FONT}" font-weight="bold" '
            f'fill="{_MUTED}">{escape(level.label(lang))}</text>'
        )

    def box(i: int) -> tuple[float, float]:
        level = phases[i].level
        row = _LEVELS.index(level) if level in _LEVELS else 1
        return _LEFT + i * (_BOX_W + _GAP_X), _TOP + row * _ROW_H

    # arrows first, boxes over them
    for i in range(len(phases) - 1):
        (x1, y1), (x2, y2) = box(i), box(i + 1)
        colour = _CURRENT if i < now else "#9aa5a0"
        out.append(
            f'<path d="M{x1 + _BOX_W} {y1 + _BOX_H / 2} C{x1 + _BOX_W + _GAP_X} {y1 + _BOX_H / 2} '
            f'{x2 - _GAP_X} {y2 + _BOX_H / 2} {x2 - 2} {y2 + _BOX_H / 2}" fill="none" '
            f'stroke="{colour}" stroke-width="2"/>'
        )
    for i, phase in enumerate(phases):
        x, y = box(i)
        done, here = i < now, i == now
        fill = _CURRENT if here else _DONE if done else _FUTURE
        ink = "#ffffff" if here else _INK
        stroke = _CURRENT if (done or here) else "#9aa5a0"
        out.append(
            f'<rect x="{x}" y="{y}" width="{_BOX_W}" height="{_BOX_H}" rx="8" fill="{fill}" '
            f'stroke="{stroke}" stroke-width="{3 if here else 1.5}"/>'
        )
        lines = [f"{i + 1}.", *_lines(phase.name(lang))]
        first = y + _BOX_H / 2 - (len(lines) - 1) * (_FONT + 2) / 2 + 5
        for k, line in enumerate(lines):
            weight = ' font-weight="bold"' if k == 0 or here else ""
            out.append(
                f'<text x="{x + _BOX_W / 2}" y="{first + (_FONT + 2) * k}" font-size="{_FONT}" '
                f'text-anchor="middle" fill="{ink}"{weight}>{escape(line)}</text>'
            )
        if here:
            out.append(
                f'<text x="{x + _BOX_W / 2}" y="{y - 10}" font-size="{_FONT}" font-weight="bold" '
                f'text-anchor="middle" fill="{_CURRENT}">▼ {escape(W["here"](lang))}</text>'
            )
    nxt = now + 1
    if blocking is not None and 0 <= nxt < len(phases):
        x, y = box(nxt)
        shut = bool(blocking)
        word = W["gate_shut"].format(n=blocking)(lang) if shut else W["gate_open"](lang)
        colour = _SHUT if shut else _OPEN
        out.append(
            f'<rect x="{x - 8}" y="{y - 4}" width="5" height="{_BOX_H + 8}" fill="{colour}"/>'
        )
        out.append(
            f'<text x="{x + _BOX_W / 2}" y="{y + _BOX_H + 18}" font-size="{_FONT - 1}" font-weight="bold" '
            f'text-anchor="middle" fill="{colour}">{"✗" if shut else "✓"} {escape(word)}</text>'
        )
    out.append("</svg>")
    return "\n".join(out)
