"""A picture of the stakeholder network for a facilitator's slide.

Stakeholders are placed by level (administrative top row, official middle,
executive bottom), sorted within a row by domain so that sport and the social
domain sit side by side, and coloured by domain. Civil-society partners are
circles, public organisations squares. Directed relations are arrows,
collaborations plain lines, and each governance body a hexagon above its row
joined to its members by dotted lines. A legend explains all of it.

Needs matplotlib (the ``analysis`` extra); it is imported only when a picture
is asked for, and drawn on a bare :class:`matplotlib.figure.Figure` (no pyplot
state, no display needed).
"""

from __future__ import annotations

import datetime as dt
import os
import textwrap
from collections.abc import Hashable
from typing import Any

import networkx as nx

from ..i18n import Text
from ..io.figures import checked_format, figure_class, save_figure
from ..model import Domain, Engagement
from .graph import governance_bodies, relation_edges, stakeholder_graph
from .style import LEVELS, domain_label, fill, level_label

__all__ = ["network_figure", "plot_network"]

_TEXT = {
    "title": Text(en="Stakeholder network of {name}", nl="Netwerk van partners in {name}"),
    "on": Text(en="on {date}", nl="op {date}"),
    "civil": Text(en="civil society", nl="maatschappelijke partner"),
    "public": Text(en="public organisation", nl="publieke organisatie"),
    "directed": Text(
        en="funds, reports to, advises, contracts",
        nl="financiert, legt verantwoording af, adviseert, contracteert",
    ),
    "mutual": Text(en="collaborates", nl="werkt samen"),
    "body": Text(en="governance body and its members", nl="overleg en zijn leden"),
    "other": Text(en="other", nl="overig"),
    "purpose": Text(en="Drawing the stakeholder network", nl="Het netwerk van partners tekenen"),
}
_EDGE = "#555555"
_ROW = 3.0  # vertical distance between rows, in data units


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
    bodies = governance_bodies(graph)
    fig = figure(figsize=(min(40.0, max(11.0, 1.5 * width + 3)), 2.6 * len(rows) + 2.5))
    ax = fig.add_subplot()
    ax.set_axis_off()

    # Layers, bottom to top: membership lines, name labels (on a white box),
    # relations (their arrowheads must stay visible), then the markers.
    def link(u: tuple[float, float], v: tuple[float, float], z: float, **style: Any) -> None:
        ax.add_patch(FancyArrowPatch(u, v, shrinkA=13, shrinkB=13, zorder=z, **style))

    seen: dict[frozenset[Hashable], int] = {}
    for u, v, data in relation_edges(graph):
        pair = frozenset((u, v))
        k = seen[pair] = seen.get(pair, -1) + 1
        same_row = pos[u][1] == pos[v][1]
        bend = (0.3 if same_row else 0.0) + 0.15 * k
        directed = not data.get("mutual", False)
        link(
            pos[u],
            pos[v],
            4,
            arrowstyle="-|>" if directed else "-",
            mutation_scale=14,
            connectionstyle=f"arc3,rad={bend}",
            color=_EDGE,
            lw=1.4 if directed else 2.0,
        )
    for body in bodies.values():
        members = [m for m in body["members"] if m in pos]
        if not members:
            continue
        if body["level"] in rows:
            y = -rows.index(body["level"]) * _ROW
        else:
            y = max(pos[m][1] for m in members)
        x = sum(pos[m][0] for m in members) / len(members)
        ax.scatter(
            [x], [y + 0.55 * _ROW], marker="h", s=420, c="white", edgecolors="#333333", zorder=5
        )
        ax.annotate(
            textwrap.fill(str(body["name"]), 26, break_long_words=False),
            (x, y + 0.55 * _ROW),
            xytext=(0, 11),
            textcoords="offset points",
            ha="center",
            va="bottom",
            fontsize=7,
            style="italic",
        )
        for m in members:
            link(
                (x, y + 0.55 * _ROW),
                pos[m],
                1,
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
            textwrap.fill(str(graph.nodes[node].get("name", node)), 18, break_long_words=False),
            (x, y),
            xytext=(0, -14),
            textcoords="offset points",
            ha="center",
            va="top",
            fontsize=7,
            zorder=3,
            bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none", "alpha": 0.85},
        )
    for r, row in enumerate(rows):
        label = _TEXT["other"](lang) if row == "other" else level_label(row, lang)
        ax.text(-0.4, -r * _ROW, label, ha="right", va="center", fontsize=10, weight="bold")
    ax.set_xlim(-0.4 - 0.12 * max(width, 4), width + 0.3)
    ax.set_ylim(-(len(rows) - 1) * _ROW - 1.3, 0.55 * _ROW + 1.1)

    domains = {d for _, d in graph.nodes(data="domain")}
    ordered: list[str | None] = [d.value for d in Domain if d.value in domains]
    if None in domains:
        ordered.append(None)
    handles = [
        Line2D(
            [],
            [],
            marker="s",
            ls="",
            ms=10,
            mfc=fill(d),
            mec="#222222",
            label=domain_label(d, lang),
        )
        for d in ordered
    ]
    handles += [
        Line2D(
            [], [], marker="o", ls="", ms=10, mfc="white", mec="#222222", label=_TEXT["civil"](lang)
        ),
        Line2D(
            [],
            [],
            marker="s",
            ls="",
            ms=10,
            mfc="white",
            mec="#222222",
            label=_TEXT["public"](lang),
        ),
        Line2D([], [], color=_EDGE, lw=1.4, marker=">", ms=6, label=_TEXT["directed"](lang)),
        Line2D([], [], color=_EDGE, lw=2.0, label=_TEXT["mutual"](lang)),
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
        ),
    ]
    fig.legend(handles=handles, loc="lower center", ncol=4, fontsize=8, frameon=False)
    if title is None:
        title = _TEXT["title"].format(name=graph.graph.get("municipality", ""))(lang).strip()
        if graph.graph.get("on"):
            title += " " + _TEXT["on"].format(date=graph.graph["on"])(lang)
    ax.set_title(title, fontsize=13, weight="bold")
    fig.subplots_adjust(
        left=0.02, right=0.98, top=0.92, bottom=0.06 + 0.035 * (len(handles) // 4 + 1)
    )
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
