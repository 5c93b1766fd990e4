"""The report's pictures as data URIs: drawn by the library's own plots, embedded whole.

A picture is an SVG inside an ``<img src="data:...">``: sharp when printed,
nothing to fetch, and its internal ids cannot clash with the page's. Without
matplotlib (the ``analysis`` extra) there is no picture, and the report says so.
"""

from __future__ import annotations

import base64
import io
from collections.abc import Mapping
from typing import Any

import networkx as nx

from ..errors import MissingExtra
from ..network import stakeholder_graph
from ..network.plot import network_figure
from .build import EngagementReport

__all__ = ["data_uri", "network_picture", "timeline_picture"]


def data_uri(fig: Any) -> str:
    """``fig`` as an SVG data URI; the same figure always gives the same text.

    matplotlib names the clip paths of an SVG from a random salt unless one is
    set, and stamps the date: both are fixed, so a report is reproducible.
    """
    import matplotlib

    buffer = io.BytesIO()
    with matplotlib.rc_context({"svg.hashsalt": "sportsocial"}):
        fig.savefig(buffer, format="svg", metadata={"Date": None})
    return "data:image/svg+xml;base64," + base64.b64encode(buffer.getvalue()).decode("ascii")


def _renamed(graph: nx.MultiDiGraph, shown: Mapping[str, str]) -> nx.MultiDiGraph:
    """The graph with names as shown; a number stays on the line of its kind."""
    renamed = graph.copy()
    for node in renamed.nodes:
        if node in shown:
            kind, _, number = shown[node].rpartition(" ")
            label = f"{kind}\u00a0{number}" if kind and number.isdigit() else shown[node]
            renamed.nodes[node]["name"] = label
    return renamed


def network_picture(r: EngagementReport, lang: str, shown: Mapping[str, str]) -> str | None:
    """The stakeholder network on the report's date, names as ``shown``.

    ``None`` without matplotlib, or without stakeholders to draw.
    """
    graph = _renamed(stakeholder_graph(r.engagement, on=r.on), shown)
    if not graph.number_of_nodes():
        return None
    try:
        return data_uri(network_figure(graph, lang=lang))
    except MissingExtra:
        return None


def timeline_picture(r: EngagementReport, lang: str) -> str | None:
    """The funding mix and index over time; ``None`` without matplotlib or with fewer than two dates."""
    if len(r.timeline.rows) < 2:
        return None
    names = {p.id: p.name for p in r.methodology.phases}
    try:
        return data_uri(r.timeline.plot(lang=lang, phase_names=names))
    except MissingExtra:
        return None
