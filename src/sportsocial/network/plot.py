"""A picture of the stakeholder network for a facilitator's slide.

Stakeholders are placed by level (administrative top row, official middle,
executive bottom), sorted within a row by domain so that sport and the social
domain sit side by side, and coloured by domain. Civil-society partners are
circles, public organisations squares. Each kind of relation has its own line
(funds, reports to, advises, contracts: arrows in their own colour and dash;
collaborates: a plain thick line), and each governance body is a hexagon
above its row joined to its members by dotted lines.

Made to go on a slide untouched:

* names sit in white boxes under their node, drawn over the lines; a line
  leaves a node downwards from under its name, and bends as little as it can
  to keep clear of every other name (ties within a row arc over it);
* the legend lists only what the picture holds (domains, shapes, relation
  kinds, bodies), and the drawing is cropped to what is drawn: no empty bands.

Needs matplotlib (the ``analysis`` extra); it is imported only when a picture
is asked for, and drawn on a bare :class:`matplotlib.figure.Figure` (no pyplot
state, no display needed).
"""

from __future__ import annotations

import datetime as dt
import math
import os
import textwrap
from collections.abc import Hashable
from typing import Any

import networkx as nx

from ..i18n import Text
from ..io.figures import checked_format, figure_class, save_figure
from ..model import Domain, Engagement, RelationKind
from .graph import governance_bodies, relation_edges, stakeholder_graph
from .style import LEVELS, domain_label, fill, kind_label, level_label

__all__ = ["RELATION_STYLES", "network_figure", "plot_network"]

_TEXT = {
    "title": Text(en="Stakeholder network of {name}", nl="Netwerk van partners in {name}"),
    "on": Text(en="on {date}", nl="op {date}"),
    "civil": Text(en="civil society", nl="maatschappelijke partner"),
    "public": Text(en="public organisation", nl="publieke organisatie"),
    "body": Text(en="governance body and its members", nl="overleg en zijn leden"),
    "other": Text(en="other", nl="overig"),
    "purpose": Text(en="Drawing the stakeholder network", nl="Het netwerk van partners tekenen"),
}

#: Line style per relation kind: colour, dash pattern, width, whether an arrow.
#: Colours are dark and apart from the domain fills, dashes tell them apart in
#: black and white too.
RELATION_STYLES: dict[str, tuple[str, Any, float, bool]] = {
    RelationKind.COLLABORATES.value: ("#333333", "-", 2.2, False),
    RelationKind.FUNDS.value: ("#1b7837", "-", 1.6, True),
    RelationKind.REPORTS_TO.value: ("#5e5e5e", (0, (6, 2)), 1.3, True),
    RelationKind.ADVISES.value: ("#7b3294", (0, (2, 2)), 1.3, True),
    RelationKind.CONTRACTS.value: ("#b35806", (0, (6, 2, 1, 2)), 1.4, True),
}
_UNKNOWN_STYLE = ("#888888", "-", 1.2, True)
_ROW = 3.0  # vertical distance between rows, in data units
_BODY = 0.5 * _ROW  # height of a body's hexagon above its row
_FONT = 7.5  # label size in points
_LINE = 1.25 * _FONT  # height of a label line in points
_MARKER = 13.0  # half the size of a node's marker, in points
_WRAP = 18  # characters per label line


def _rows(graph: nx.Graph) -> list[object]:
    present = {lv for _, lv in graph.nodes(data="level")}
    rows: list[object] = [lv for lv in LEVELS if lv in present]
    return rows + (["other"] if present - set(LEVELS) else [])


def _layout(
    graph: nx.Graph, rows: list[object]
) -> tuple[dict[Hashable, tuple[float, float]], float]:
    """Positions: one row per level, top to bottom, nodes spread evenly by domain."""
    domain_rank = {d.value: i for i, d in enumerate(Domain)}
    members: dict[object, list[Hashable]] = {row: [] for row in rows}
    for node, data in graph.nodes(data=True):
        row = data.get("level") if data.get("level") in LEVELS else "other"
        members[row].append(node)
    width = max((len(ns) for ns in members.values()), default=1)
    pos: dict[Hashable, tuple[float, float]] = {}
    for r, row in enumerate(rows):
        nodes = sorted(
            members[row],
            key=lambda n: (
                domain_rank.get(graph.nodes[n].get("domain"), len(domain_rank)),
                bool(graph.nodes[n].get("civil_society", False)),
                str(graph.nodes[n].get("name", n)),
            ),
        )
        for i, node in enumerate(nodes):
            pos[node] = ((i + 0.5) * width / len(nodes), -r * _ROW)
    return pos, float(width)


def _label(graph: nx.Graph, node: Hashable) -> str:
    return textwrap.fill(
        str(graph.nodes[node].get("name", node)),
        _WRAP,
        break_long_words=False,
        break_on_hyphens=False,
    )


def _bodies(
    graph: nx.Graph, rows: list[object], pos: dict[Hashable, tuple[float, float]]
) -> list[tuple[str, float, float, list[Hashable]]]:
    """Each body with members on the picture: name, where its hexagon goes, members."""
    out = []
    for body in governance_bodies(graph).values():
        members = [m for m in body["members"] if m in pos]
        if not members:
            continue
        if body["level"] in rows:
            y = -rows.index(body["level"]) * _ROW
        else:
            y = max(pos[m][1] for m in members)
        x = sum(pos[m][0] for m in members) / len(members)
        out.append((str(body["name"]), x, y + _BODY, members))
    return out


def _label_boxes(
    ax: Any,
    pos: dict[Hashable, tuple[float, float]],
    labels: dict[Hashable, str],
    bodies: list[tuple[str, float, float, list[Hashable]]],
) -> list[tuple[float, float, float, float]]:
    """Where the names will be, in points on the page: ``(x0, y0, x1, y1)`` each.

    Estimated generously from the font size (a character is at most about 0.62
    of the size wide), so a line kept clear of the estimate is clear of the
    name. The figure's layout is fixed before lines are drawn, so data
    coordinates map to the page already.
    """
    scale = 72 / ax.figure.dpi
    out = []

    def box(x: float, y: float, text: str, below: bool, size: float) -> None:
        px, py = (c * scale for c in ax.transData.transform((x, y)))
        lines = text.split("\n")
        width = max(len(line) for line in lines) * 0.62 * size + 4
        height = len(lines) * 1.25 * size + 4
        if below:  # a stakeholder's name, 14 points under its node
            out.append((px - width / 2, py - 14 - height, px + width / 2, py - 12))
        else:  # a body's name, 11 points over its hexagon
            out.append((px - width / 2, py + 9, px + width / 2, py + 11 + height))

    for node, (x, y) in pos.items():
        box(x, y, labels[node], True, _FONT)
    for name, x, y, _members in bodies:
        box(x, y, textwrap.fill(name, 26, break_long_words=False), False, _FONT)
    return out


def _clearest(
    ax: Any,
    a: tuple[float, float],
    b: tuple[float, float],
    bends: list[float],
    boxes: list[tuple[float, float, float, float]],
    ends: tuple[tuple[float, float], tuple[float, float]],
) -> float:
    """Of ``bends`` (arc3 ``rad`` values, preferred first), the first whose line
    from ``a`` to ``b`` runs through no name; else the one through fewest points of names."""
    scale = 72 / ax.figure.dpi
    pa, pb = ((c * scale for c in ax.transData.transform(p)) for p in (a, b))
    (x1, y1), (x2, y2) = tuple(pa), tuple(pb)
    centres = [tuple(c * scale for c in ax.transData.transform(e)) for e in ends]
    best, fewest = bends[0], math.inf
    for rad in bends:
        # matplotlib's arc3: a quadratic Bezier with its control point off the middle
        cx, cy = (x1 + x2) / 2 + rad * (y2 - y1), (y1 + y2) / 2 - rad * (x2 - x1)
        hits = 0
        for i in range(1, 80):
            t = i / 80
            px = (1 - t) ** 2 * x1 + 2 * (1 - t) * t * cx + t**2 * x2
            py = (1 - t) ** 2 * y1 + 2 * (1 - t) * t * cy + t**2 * y2
            if any(math.dist((px, py), c) < _MARKER + 2 for c in centres):
                continue  # at a node's own marker, where the line begins or ends
            hits += sum(x0 <= px <= x3 and y0 <= py <= y3 for x0, y0, x3, y3 in boxes)
        if hits < fewest:
            best, fewest = rad, hits
        if not hits:
            break
    return best


def network_figure(
    source: Engagement | nx.Graph,
    *,
    lang: str = "en",
    on: dt.date | None = None,
    title: str | None = None,
    names: str = "show",
) -> Any:
    """Draw the stakeholder network; return the matplotlib figure.

    Parameters
    ----------
    source:
        An engagement or a graph from
        :func:`~sportsocial.network.graph.stakeholder_graph`.
    lang:
        Language of labels, legend and title.
    on:
        With an engagement: the date to show (``None``: as it is).
    title:
        Title above the picture (default: the municipality and the date).
    names:
        With an engagement: ``"hide"`` labels stakeholders by role and id
        (:mod:`sportsocial.privacy`). A graph is drawn with the names it holds.

    Raises
    ------
    MissingExtra
        When matplotlib is not installed.
    """
    figure = figure_class(_TEXT["purpose"])
    from matplotlib.lines import Line2D
    from matplotlib.patches import FancyArrowPatch

    graph = (
        stakeholder_graph(source, on=on, names=names, lang=lang)
        if isinstance(source, Engagement)
        else source
    )
    rows = _rows(graph)
    pos, width = _layout(graph, rows)
    bodies = _bodies(graph, rows, pos)
    labels = {n: _label(graph, n) for n in pos}

    # What the legend will hold decides how much room it needs below the drawing.
    domains = {d for _, d in graph.nodes(data="domain")}
    ordered: list[str | None] = [d.value for d in Domain if d.value in domains]
    if None in domains:
        ordered.append(None)
    shapes = {bool(c) for _, c in graph.nodes(data="civil_society", default=False)}
    kinds = {str(d.get("kind")) for _, _, d in relation_edges(graph)}
    kind_order = [k for k in RELATION_STYLES if k in kinds] + sorted(kinds - set(RELATION_STYLES))
    entries = len(ordered) + len(shapes) + len(kind_order) + (1 if bodies else 0)
    ncol = 4
    legend_rows = max(1, math.ceil(entries / ncol))

    # Extent of the drawing in data units: rows, the bodies above them, names below.
    deepest = max(
        (labels[n].count("\n") + 1 for n in pos if pos[n][1] == min(p[1] for p in pos.values())),
        default=1,
    )
    top = max([0.0, *(y for _, _, y, _ in bodies)]) + (0.6 if bodies else 0.55)
    bottom = min(-(len(rows) - 1) * _ROW - 0.5 - 0.12 * deepest, top - 1.5)  # empty: one band
    height_data = top - bottom
    fig_w = min(40.0, max(9.0, 1.45 * width + 2.6))
    axes_h = 0.8 * height_data  # inches: about 2.4 inches per row
    legend_h = 0.25 * legend_rows + 0.25
    title_h = 0.55
    fig_h = axes_h + legend_h + title_h
    fig = figure(figsize=(fig_w, fig_h))
    ax = fig.add_axes((0.02, legend_h / fig_h, 0.96, axes_h / fig_h))
    ax.set_axis_off()
    left = -0.25 - 0.12 * max(width, 4)
    ax.set_xlim(left, width + 0.3)
    ax.set_ylim(bottom, top)
    points_per_unit = axes_h * 72 / height_data

    def below_name(node: Hashable) -> float:
        """How far (points) a line leaving ``node`` downwards starts below its centre."""
        return 14 + _LINE * (labels[node].count("\n") + 1) + 4

    def line(
        u: tuple[float, float],
        v: tuple[float, float],
        z: float,
        shrink: tuple[float, float],
        **style: Any,
    ) -> None:
        ax.add_patch(FancyArrowPatch(u, v, shrinkA=shrink[0], shrinkB=shrink[1], zorder=z, **style))

    def start(node: Hashable, other: tuple[float, float]) -> tuple[tuple[float, float], float]:
        """Where a line from ``node`` towards ``other`` starts, and how much to shrink it there."""
        x, y = pos[node]
        if other[1] < y - 1e-9:  # going down: from under the name
            return (x, y - below_name(node) / points_per_unit), 2.0
        return (x, y), _MARKER

    # Relations: one style per kind; each bends as little as it can while
    # keeping clear of every name (ties within a row arc over it).
    boxes = _label_boxes(ax, pos, labels, bodies)
    seen: dict[frozenset[Hashable], int] = {}
    for u, v, data in relation_edges(graph):
        pair = frozenset((u, v))
        k = seen[pair] = seen.get(pair, -1) + 1
        colour, dash, lw, arrow = RELATION_STYLES.get(str(data.get("kind")), _UNKNOWN_STYLE)
        if data.get("mutual", False):
            arrow = False
        a, shrink_a = start(u, pos[v])
        b, shrink_b = start(v, pos[u])
        if pos[u][1] == pos[v][1]:
            # arc3 with a positive rad bends to the right of the way from a to b
            # (down when going right): bend the other way, over the row
            side = -1 if pos[u][0] < pos[v][0] else 1
            bends = [side * (0.35 + 0.15 * k + 0.15 * i) for i in range(6)]
        else:
            first = 0.12 * k * (1 if k % 2 else -1)
            bends = [first + sign * 0.12 * i for i in range(6) for sign in (1, -1)][1:]
        bend = _clearest(ax, a, b, bends, boxes, (pos[u], pos[v]))
        line(
            a,
            b,
            4,
            (shrink_a, shrink_b),
            arrowstyle="-|>" if arrow else "-",
            mutation_scale=14,
            connectionstyle=f"arc3,rad={bend}",
            color=colour,
            linestyle=dash,
            lw=lw,
        )
    for name, x, y, members in bodies:
        ax.scatter([x], [y], marker="h", s=420, c="white", edgecolors="#333333", zorder=5)
        ax.annotate(
            textwrap.fill(name, 26, break_long_words=False),
            (x, y),
            xytext=(0, 11),
            textcoords="offset points",
            ha="center",
            va="bottom",
            fontsize=_FONT,
            style="italic",
            zorder=6,
            bbox={"boxstyle": "round,pad=0.2", "fc": "white", "ec": "none"},
        )
        for m in members:
            a, shrink_a = (x, y), _MARKER
            b, shrink_b = start(m, (x, y))
            line(
                a,
                b,
                1,
                (shrink_a, shrink_b),
                arrowstyle="-",
                linestyle=":",
                color="#888888",
                lw=1.0,
            )
    for civil, marker in ((True, "o"), (False, "s")):
        nodes = [n for n, d in graph.nodes(data=True) if bool(d.get("civil_society")) is civil]
        ax.scatter(
            [pos[n][0] for n in nodes],
            [pos[n][1] for n in nodes],
            s=460,
            marker=marker,
            c=[fill(graph.nodes[n].get("domain")) for n in nodes],
            edgecolors="#222222",
            linewidths=1.0,
            zorder=5,
        )
    for node, (x, y) in pos.items():
        ax.annotate(
            labels[node],
            (x, y),
            xytext=(0, -14),
            textcoords="offset points",
            ha="center",
            va="top",
            fontsize=_FONT,
            zorder=6,
            bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none"},
        )
    for r, row in enumerate(rows):
        label = _TEXT["other"](lang) if row == "other" else level_label(row, lang)
        ax.text(left + 0.05, -r * _ROW, label, ha="left", va="center", fontsize=10, weight="bold")

    square: dict[str, Any] = {"marker": "s", "ls": "", "ms": 10, "mec": "#222222"}
    handles = [Line2D([], [], mfc=fill(d), label=domain_label(d, lang), **square) for d in ordered]
    if True in shapes:
        handles.append(
            Line2D(
                [],
                [],
                marker="o",
                ls="",
                ms=10,
                mfc="white",
                mec="#222222",
                label=_TEXT["civil"](lang),
            )
        )
    if False in shapes:
        handles.append(Line2D([], [], mfc="white", label=_TEXT["public"](lang), **square))
    for kind in kind_order:
        colour, dash, lw, arrow = RELATION_STYLES.get(kind, _UNKNOWN_STYLE)
        handles.append(
            Line2D(
                [],
                [],
                color=colour,
                ls=dash,
                lw=lw,
                marker=">" if arrow else None,
                markevery=[-1],
                ms=6,
                label=kind_label(kind, lang),
            )
        )
    if bodies:
        handles.append(
            Line2D(
                [],
                [],
                color="#888888",
                ls=":",
                marker="h",
                ms=10,
                mfc="white",
                mec="#333333",
                label=_TEXT["body"](lang),
            )
        )
    fig.legend(
        handles=handles,
        loc="lower center",
        bbox_to_anchor=(0.5, 0.1 / fig_h),
        ncol=ncol,
        fontsize=8,
        frameon=False,
    )
    if title is None:
        title = _TEXT["title"].format(name=graph.graph.get("municipality", ""))(lang).strip()
        if graph.graph.get("on"):
            title += " " + _TEXT["on"].format(date=graph.graph["on"])(lang)
    fig.suptitle(title, fontsize=13, weight="bold", y=1 - 0.12 / fig_h, va="top")
    return fig


def plot_network(
    source: Engagement | nx.Graph,
    path: str | os.PathLike[str],
    *,
    lang: str = "en",
    on: dt.date | None = None,
    title: str | None = None,
    dpi: int = 150,
    names: str = "show",
) -> Any:
    """Draw the network (:func:`network_figure`) and write it to ``path`` atomically.

    The format follows the suffix: ``.png``, ``.svg`` or ``.pdf``; any other
    suffix raises ``ValueError`` before anything is drawn. The file is
    written to a temporary file in the same folder and renamed, so a reader
    never sees half a picture. Returns the figure.
    """
    checked_format(path)
    fig = network_figure(source, lang=lang, on=on, title=title, names=names)
    save_figure(fig, path, dpi=dpi)
    return fig
