"""A picture of a timeline: the funding mix stacked over time, the index, the phase changes.

Needs matplotlib (the ``analysis`` extra); imported only when a plot is asked for.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any

from .._dates import add_days
from ..i18n import Text, whole_number
from ..io.figures import checked_format, figure_class, save_figure
from .timeline import Timeline

__all__ = ["plot_timeline"]

_PURPOSE = Text(en="Plotting a timeline", nl="Een tijdlijn tekenen")
_COLOURS = {"pooled": "#1b7837", "aligned": "#7fbf7b", "siloed": "#bdbdbd"}
_LABELS = {
    "pooled": Text(en="pooled", nl="ontschot (gebundeld)"),
    "aligned": Text(en="aligned", nl="afgestemd"),
    "siloed": Text(en="siloed", nl="verkokerd"),
    "money": Text(en="EUR per year", nl="EUR per jaar"),
    "index": Text(en="alignment index (0-1)", nl="afstemmingsindex (0-1)"),
    "title": Text(
        en="Funding mix and alignment of {name}", nl="Financieringsmix en afstemming van {name}"
    ),
}


def plot_timeline(
    ts: Timeline,
    path: str | os.PathLike[str] | None = None,
    *,
    lang: str = "en",
    phase_names: Mapping[str, Text] | None = None,
) -> Any:
    """Draw ``ts``; save it to ``path`` (PNG, SVG or PDF by suffix, written atomically).

    Phase changes are marked with the phase's name in ``lang`` from
    ``phase_names`` (e.g. ``{p.id: p.name for p in methodology.phases}``), or
    with its id. Returns the matplotlib figure, so a notebook shows it and a
    script can change it further.

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
    fig = figure_class(_PURPOSE)(figsize=(10, 5), layout="constrained")
    ax = fig.subplots()
    days = [r.on for r in ts.rows]
    kinds = ("pooled", "aligned", "siloed")
    ax.stackplot(
        days,
        *[[getattr(r, k) for r in ts.rows] for k in kinds],
        labels=[_LABELS[k](lang) for k in kinds],
        colors=[_COLOURS[k] for k in kinds],
        alpha=0.9,
        step="pre",
    )
    ax.set_ylabel(_LABELS["money"](lang))
    ax.yaxis.set_major_formatter(lambda v, _pos: whole_number(v, lang))
    right = ax.twinx()
    right.plot(days, [r.index for r in ts.rows], color="#762a83", lw=2.5, marker="o", ms=3)
    right.set_ylim(0, 1)
    right.set_ylabel(_LABELS["index"](lang), color="#762a83")
    for day, phase in ts.phase_changes:
        if days and days[0] <= day <= days[-1]:
            ax.axvline(day, color="#444444", ls="--", lw=0.8)
            name = phase_names.get(phase) if phase_names else None
            ax.annotate(
                phase if name is None else name(lang),
                (day, 1),
                xycoords=("data", "axes fraction"),
                rotation=90,
                va="top",
                ha="right",
                fontsize=8,
                color="#444444",
            )
    handles, labels = ax.get_legend_handles_labels()
    line = right.get_lines()[0]
    fig.legend(
        [*handles, line],
        [*labels, _LABELS["index"](lang)],
        loc="outside lower center",
        ncol=4,
        fontsize=8,
    )
    if days:  # margins held within the calendar: matplotlib refuses years 0 and 10000
        margin = max(15, (days[-1] - days[0]).days // 40)
        ax.set_xlim(add_days(days[0], -margin), add_days(days[-1], margin))
    ax.set_title(_LABELS["title"].format(name=ts.municipality)(lang))
    if path is not None:
        save_figure(fig, path)
    return fig
