"""A picture of a timeline: the funding mix stacked over time, the index, the phase changes.

Each row of a timeline tells the state on its date, the close of a period; the
picture draws it over that period, from the previous row's date (for the first
row: from the first phase entered, or one period back) up to its own date. The
funding mix is a stack of filled steps in euros per year, the alignment index a
step line on the right axis (0–1), so neither suggests a change between two
dates that the data does not hold. Phase changes are dashed lines labelled
above the plot, the first phase a solid line, with the phase names in the
chosen language. Kinds of money that never occur are left out of the legend.

Needs matplotlib (the ``analysis`` extra); imported only when a plot is asked for.
"""

from __future__ import annotations

import datetime as dt
import functools
import os
from collections.abc import Mapping
from typing import Any

from .._dates import add_days
from ..i18n import Text, whole_number
from ..io.figures import checked_format, figure_class, save_figure
from .timeline import Timeline

__all__ = ["period_edges", "plot_timeline"]

_PURPOSE = Text(en="Plotting a timeline", nl="Een tijdlijn tekenen")
_COLOURS = {"pooled": "#1b7837", "aligned": "#7fbf7b", "siloed": "#bdbdbd"}
_INDEX = "#762a83"
#: Month abbreviations on the date axis: (English, Dutch).
_MONTHS = tuple(
    zip(
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
        ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"],
        strict=True,
    )
)
_LABELS = {
    "pooled": Text(en="pooled", nl="gebundeld"),
    "aligned": Text(en="aligned", nl="afgestemd"),
    "siloed": Text(en="siloed", nl="verkokerd"),
    "money": Text(en="EUR per year", nl="euro per jaar"),
    "index": Text(en="alignment index (0-1)", nl="afstemmingsindex (0-1)"),
    "title": Text(
        en="Funding mix and alignment of {name}", nl="Financieringsmix en afstemming van {name}"
    ),
}


def period_edges(ts: Timeline) -> list[dt.date]:
    """The edges of the periods the rows close: one more than there are rows.

    Row ``i`` covers ``edges[i]`` to ``edges[i + 1]``. The first period starts
    at the first phase change on or before the first row's date, else one
    period (the distance to the second row, or 91 days) before it.

    >>> import sportsocial as ss
    >>> eng = ss.load("examples/roosendaal-kickoff.yaml")
    >>> ts = ss.timeline(eng, "quarter", end=dt.date(2025, 9, 30))
    >>> [d.isoformat() for d in period_edges(ts)]
    ['2025-03-01', '2025-03-31', '2025-06-30', '2025-09-30']
    """
    days = [r.on for r in ts.rows]
    if not days:
        return []
    gap = (days[1] - days[0]) if len(days) > 1 else dt.timedelta(days=91)
    before = [d for d, _ in ts.phase_changes if d <= days[0]]
    first = min(before) if before else add_days(days[0], -gap.days)
    if first >= days[0]:  # a phase entered on the first row's date itself
        first = add_days(days[0], -gap.days)
    return [first, *days]  # the first period is empty when the first row is 0001-01-01


def _month(day: dt.date, lang: str, first: bool = False) -> str:
    """A tick label: the year in January, else the month abbreviated in ``lang``; the
    first tick carries its year too, so a picture that starts in spring says which.

    >>> _month(dt.date(2026, 1, 1), "nl"), _month(dt.date(2026, 3, 1), "nl")
    ('2026', 'mrt')
    >>> _month(dt.date(2026, 4, 1), "nl", first=True)
    'apr 2026'
    """
    if day.month == 1:
        return str(day.year)
    en, nl = _MONTHS[day.month - 1]
    month = nl if lang == "nl" else en
    return f"{month} {day.year}" if first else month


@functools.cache
def _shipped_phase_names() -> dict[str, Text]:
    """Names of the phases of every shipped methodology, by id (first one wins)."""
    from ..methodology.library import SHIPPED, shipped_methodology

    names: dict[str, Text] = {}
    for mid in SHIPPED:
        for p in shipped_methodology(mid).phases:
            names.setdefault(p.id, p.name)
    return names


def plot_timeline(
    ts: Timeline,
    path: str | os.PathLike[str] | None = None,
    *,
    lang: str = "en",
    phase_names: Mapping[str, Text] | None = None,
) -> Any:
    """Draw ``ts``; save it to ``path`` (PNG, SVG or PDF by suffix, written atomically).

    Phase changes are marked with the phase's name in ``lang`` from
    ``phase_names`` (e.g. ``{p.id: p.name for p in methodology.phases}``); by
    default from the shipped methodologies, else its id. Returns the
    matplotlib figure, so a notebook shows it and a script can change it
    further.

    Raises
    ------
    ValueError
        When ``path`` ends in another suffix than ``.png``, ``.svg`` or
        ``.pdf``; nothing is drawn or written.
    MissingExtra
        When matplotlib is not installed.
    """
    if path is not None:
        checked_format(path)
    fig = figure_class(_PURPOSE)(figsize=(10, 5.2), layout="constrained")
    import matplotlib.dates

    dates: Any = matplotlib.dates  # partly untyped
    date2num, num2date = dates.date2num, dates.num2date
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    names = {**_shipped_phase_names(), **(phase_names or {})}
    ax = fig.subplots()
    edges = period_edges(ts)
    x = date2num(edges) if edges else []
    kinds = ("pooled", "aligned", "siloed")
    handles: list[Any] = []
    base = [0.0] * len(ts.rows)
    for kind in kinds:
        values = [getattr(r, kind) for r in ts.rows]
        top = [b + v for b, v in zip(base, values, strict=True)]
        if any(values):
            ax.stairs(top, x, baseline=base, fill=True, color=_COLOURS[kind], alpha=0.9, lw=0)
            handles.append(Patch(color=_COLOURS[kind], label=_LABELS[kind](lang)))
        base = top
    ax.set_ylabel(_LABELS["money"](lang))
    ax.set_ylim(0, max(base, default=0) * 1.08 or 1)
    ax.yaxis.set_major_formatter(lambda v, _pos: whole_number(v, lang))
    ax.xaxis.set_major_locator(dates.AutoDateLocator(maxticks=10))
    ax.xaxis.set_major_formatter(lambda v, pos: _month(num2date(v), lang, first=pos == 0))
    if edges:
        lo, hi = edges[0], edges[-1]
        if lo == hi:  # one empty period: widen by a day, within the calendar (years 1-9999)
            lo, hi = add_days(lo, -1), add_days(hi, 1)
        ax.set_xlim(date2num(lo), date2num(hi))

    right = ax.twinx()
    if ts.rows:
        right.stairs([r.index for r in ts.rows], x, baseline=None, color=_INDEX, lw=2.5)
    right.set_ylim(0, 1)
    right.set_ylabel(_LABELS["index"](lang), color=_INDEX)
    right.tick_params(axis="y", colors=_INDEX)

    handles.append(Line2D([], [], color=_INDEX, lw=2.5, label=_LABELS["index"](lang)))

    changes = [(d, p) for d, p in ts.phase_changes if edges and edges[0] <= d <= edges[-1]]
    for k, (day, phase) in enumerate(changes):
        first = k == 0 and day == min(d for d, _ in ts.phase_changes)
        at = date2num(day)
        ax.axvline(at, color="#333333", ls="-" if first else "--", lw=1.4 if first else 0.8)
        name = names.get(phase)
        ax.annotate(
            (name(lang) if name else phase) + (" ▸" if first else ""),
            (at, 1),
            xycoords=("data", "axes fraction"),
            xytext=(0, 4),
            textcoords="offset points",
            rotation=35,
            rotation_mode="anchor",
            ha="left",
            va="bottom",
            fontsize=8.5,
            fontweight="bold" if first else "normal",
            color="#333333",
            annotation_clip=False,
        )
    fig.legend(handles=handles, loc="outside lower center", ncol=len(handles), fontsize=8.5)
    fig.suptitle(_LABELS["title"].format(name=ts.municipality)(lang), fontsize=13)
    if path is not None:
        save_figure(fig, path)
    return fig
