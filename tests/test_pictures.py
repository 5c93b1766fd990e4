"""Pictures fit for a slide: checked on the drawn figure, not by eye alone.

Network: no line runs through a name, one style per relation kind, a legend of
only what is drawn. Timeline: labels inside the picture, the first phase
marked, bars over the periods their rows close, the index as steps.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterator
from typing import Any

import pytest

import sportsocial as ss
from sportsocial.network import stakeholder_graph
from sportsocial.network.graph import governance_bodies, relation_edges
from sportsocial.network.plot import RELATION_STYLES
from sportsocial.network.style import domain_label, kind_label

from .conftest import EXAMPLES

pytest.importorskip("matplotlib")

ON = dt.date(2026, 11, 24)
NAMES = ["bergen-op-zoom-stuck", "etten-leur-baseline", "roosendaal-kickoff"]


def _drawn(fig: Any) -> Any:
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    canvas = FigureCanvasAgg(fig)
    canvas.draw()
    return canvas.get_renderer()


def _points(patch: Any) -> Iterator[tuple[float, float]]:
    """Points along a drawn line, every pixel or so (curves flattened)."""
    path = patch.get_path().transformed(patch.get_transform())
    for polygon in path.to_polygons(closed_only=False):
        for (x0, y0), (x1, y1) in itertools.pairwise(polygon):
            steps = max(1, int(max(abs(x1 - x0), abs(y1 - y0))))
            for i in range(steps + 1):
                yield x0 + (x1 - x0) * i / steps, y0 + (y1 - y0) * i / steps


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("lang", ["en", "nl"])
def test_no_line_runs_through_a_name(name: str, lang: str) -> None:
    from matplotlib.patches import FancyArrowPatch

    eng = ss.load(EXAMPLES / f"{name}.yaml")
    fig = ss.network.network_figure(eng, lang=lang, on=ON)
    renderer = _drawn(fig)
    ax = fig.axes[0]

    def bare(text: str) -> str:
        return "".join(text.split())

    names = {bare(str(d.get("name"))) for _, d in stakeholder_graph(eng, on=ON).nodes(data=True)}
    boxes = [
        t.get_window_extent(renderer).expanded(0.97, 0.9)
        for t in ax.texts
        if bare(t.get_text()) in names
    ]
    assert len(boxes) == len(names)
    lines = [p for p in ax.patches if isinstance(p, FancyArrowPatch)]
    assert lines
    crossing = [
        (box, point)
        for patch in lines
        for point in _points(patch)
        for box in boxes
        if box.contains(*point)
    ]
    assert crossing == []


@pytest.mark.parametrize("name", NAMES)
def test_network_legend_lists_only_what_is_drawn(name: str) -> None:
    eng = ss.load(EXAMPLES / f"{name}.yaml")
    graph = stakeholder_graph(eng, on=ON)
    fig = ss.network.network_figure(graph, lang="nl")
    legend = fig.legends[0]
    labels = [t.get_text() for t in legend.get_texts()]
    kinds = {d["kind"] for _, _, d in relation_edges(graph)}
    domains = {d for _, d in graph.nodes(data="domain")}
    expected = {domain_label(d, "nl") for d in domains} | {kind_label(k, "nl") for k in kinds}
    shapes = {bool(c) for _, c in graph.nodes(data="civil_society", default=False)}
    body = "overleg en zijn leden"
    assert set(labels) - {"maatschappelijke partner", "publieke organisatie", body} == expected
    assert ("maatschappelijke partner" in labels) == (True in shapes)
    assert (body in labels) == bool(governance_bodies(graph))
    assert len(labels) == len(set(labels))
    # one style per kind, told apart by colour and dash
    styles = {
        h.get_label(): (h.get_color(), str(h.get_linestyle()))
        for h in legend.legend_handles
        if h.get_label() in {kind_label(k, "nl") for k in kinds}
    }
    assert len(set(styles.values())) == len(styles) == len(kinds)


def test_every_relation_kind_has_its_own_style() -> None:
    assert {k.value for k in ss.RelationKind} == set(RELATION_STYLES)
    assert len({(c, str(d)) for c, d, _w, _a in RELATION_STYLES.values()}) == len(RELATION_STYLES)
    assert [k for k, (_c, _d, _w, arrow) in RELATION_STYLES.items() if not arrow] == [
        "collaborates"
    ]


@pytest.mark.parametrize("name", NAMES)
def test_network_has_no_empty_band(name: str) -> None:
    eng = ss.load(EXAMPLES / f"{name}.yaml")
    fig = ss.network.network_figure(eng, lang="en", on=ON)
    renderer = _drawn(fig)
    ax = fig.axes[0]
    drawn = [c.get_window_extent(renderer) for c in ax.collections + ax.texts]
    top = max(b.y1 for b in drawn)
    bottom = min(b.y0 for b in drawn)
    area = ax.get_window_extent(renderer)
    inch = fig.dpi
    assert area.y1 - top < 0.8 * inch and bottom - area.y0 < 0.8 * inch
    legend = fig.legends[0].get_window_extent(renderer)
    assert area.y0 - legend.y1 < 0.8 * inch
    for text in fig.texts + ax.texts:  # nothing outside the picture
        box = text.get_window_extent(renderer)
        assert fig.bbox.x0 <= box.x0 and box.x1 <= fig.bbox.x1 + 1, text.get_text()


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("lang", ["en", "nl"])
def test_timeline_picture(name: str, lang: str) -> None:
    from matplotlib.patches import Patch, StepPatch

    from sportsocial.alignment.plot import period_edges
    from sportsocial.methodology.library import shipped_methodology

    eng = ss.load(EXAMPLES / f"{name}.yaml")
    ts = ss.timeline(eng, "quarter", end=ON)
    fig = ts.plot(lang=lang)
    renderer = _drawn(fig)
    money, index = fig.axes
    # phase labels: inside the picture, in the language, the first one marked
    names = {p.id: p.name(lang) for p in shipped_methodology("ssnb").phases}
    texts = money.texts
    assert [t.get_text().removesuffix(" ▸") for t in texts] == [
        names[p] for _, p in ts.phase_changes
    ]
    assert texts[0].get_text().endswith(" ▸")
    for t in [*texts, *fig.texts]:
        box = t.get_window_extent(renderer)
        assert fig.bbox.contains(box.x0, box.y0) and fig.bbox.contains(box.x1 - 1, box.y1 - 1)
    # bars over the periods their rows close; the index as steps over the same
    from matplotlib.dates import date2num

    edges = list(date2num(period_edges(ts)))
    bars = [p for p in money.patches if isinstance(p, StepPatch)]
    assert bars and all(list(b.get_data().edges) == edges for b in bars)
    top = bars[-1].get_data().values
    assert list(top) == pytest.approx([r.total_per_year for r in ts.rows])
    steps = [p for p in index.patches if isinstance(p, StepPatch)]
    assert len(steps) == 1 and list(steps[0].get_data().values) == pytest.approx(
        [r.index for r in ts.rows]
    )
    # the first date on the axis says its year, whatever the month
    (first_tick,) = [t for t in index.get_xticklabels() if t.get_visible() and t.get_text()][:1]
    assert any(str(y) in first_tick.get_text() for y in range(ts.rows[0].on.year - 2, ON.year + 1))
    # the legend: only kinds of money that occur
    legend = [t.get_text() for t in fig.legends[0].get_texts()]
    for kind in ("pooled", "aligned", "siloed"):
        present = any(getattr(r, kind) for r in ts.rows)
        patches = [h for h in fig.legends[0].legend_handles if isinstance(h, Patch)]
        assert present == any(kind_word(kind, lang) == h.get_label() for h in patches), legend


def kind_word(kind: str, lang: str) -> str:
    from sportsocial.alignment.plot import _LABELS

    return _LABELS[kind](lang)


def test_first_period_starts_at_the_first_phase(roosendaal: ss.Engagement) -> None:
    from sportsocial.alignment.plot import period_edges

    ts = ss.timeline(roosendaal, "quarter", end=ON)
    edges = period_edges(ts)
    assert edges[0] == ts.phase_changes[0][0]
    assert edges[1:] == [r.on for r in ts.rows]
    only = ss.timeline(roosendaal, dates=[ON])
    assert period_edges(only) == [roosendaal.phase_log[0].entered, ON]
