"""Exports of the stakeholder graph: GraphML, node-link JSON, Mermaid and DOT.

GraphML (for Gephi, yEd, Cytoscape) and node-link JSON (for d3 and other
JavaScript tools) keep everything: reading them back with :func:`from_graphml`
and :func:`from_node_link` gives a graph equal to the one written, in nodes,
edges, keys and attributes. That works because
:func:`~sportsocial.network.graph.stakeholder_graph` keeps every attribute a
scalar and leaves absent values out.

Mermaid and DOT are for documents: one row per level (administrative at the
top), stakeholders coloured by domain, civil-society partners with rounded
corners, directed relations as arrows, collaborations as plain lines, and each
governance body drawn once as a hexagon joined to its members by dotted lines
(instead of a line between every pair of members). Labels follow ``lang``.
"""

from __future__ import annotations

import io
import re
from collections.abc import Hashable
from typing import Any

import networkx as nx

from .graph import governance_bodies, relation_edges
from .style import LEVELS, fill, ink, kind_label, level_label

__all__ = ["from_graphml", "from_node_link", "to_dot", "to_graphml", "to_mermaid", "to_node_link"]


def to_graphml(graph: nx.Graph) -> str:
    """The graph as a GraphML document (UTF-8; attribute types declared, edge keys as ids).

    Examples
    --------
    >>> g = nx.MultiDiGraph()
    >>> g.add_node("a", level="official", civil_society=False)
    >>> g.add_edge("a", "b", kind="funds", strength=3)
    0
    >>> nx.utils.graphs_equal(from_graphml(to_graphml(g)), g)
    True
    """
    buffer = io.BytesIO()
    nx.write_graphml(graph, buffer, encoding="utf-8")
    return buffer.getvalue().decode("utf-8")


def from_graphml(text: str) -> nx.MultiDiGraph:
    """Read GraphML written by :func:`to_graphml` back into a multigraph.

    The reader's empty ``node_default``/``edge_default`` graph attributes are
    dropped, so the result equals the graph that was written.
    """
    graph = nx.parse_graphml(text, force_multigraph=True)
    for key in ("node_default", "edge_default"):
        if graph.graph.get(key) == {}:
            del graph.graph[key]
    return graph


def to_node_link(graph: nx.Graph) -> dict[str, Any]:
    """The graph as node-link data (``nodes``, ``edges``, ``graph``), ready for ``json.dumps``."""
    data: dict[str, Any] = nx.node_link_data(graph, edges="edges")
    return data


def from_node_link(data: dict[str, Any]) -> nx.Graph:
    """Rebuild the graph from :func:`to_node_link` data (also after a JSON round trip)."""
    return nx.node_link_graph(data, edges="edges")


# -- Mermaid ------------------------------------------------------------------------


def _mermaid_id(prefix: str, key: Hashable, used: dict[Hashable, str], name: object = None) -> str:
    """A Mermaid-safe id for ``key`` (from ``name``, default the key), unique within ``used``."""
    if key not in used:
        base = prefix + re.sub(r"[^A-Za-z0-9_]", "_", str(key if name is None else name))
        candidate, i = base, 1
        taken = set(used.values())
        while candidate in taken:
            i += 1
            candidate = f"{base}_{i}"
        used[key] = candidate
    return used[key]


#: Characters Mermaid would read as syntax inside a quoted label, as entity codes:
#: a backtick opens a Markdown string ("`...`"), and ``%%`` starts a comment or
#: a directive (``%%{...}%%``) even inside quotes, at the start of a line.
_MERMAID_ENTITIES = {
    "#": "#35;",
    '"': "#quot;",
    "<": "#lt;",
    ">": "#gt;",
    "`": "#96;",
    "%": "#37;",
}


def _mermaid_text(text: object) -> str:
    """A quoted Mermaid label; an empty one becomes a space (Mermaid rejects ``""``)."""
    escaped = "".join(_MERMAID_ENTITIES.get(c, c) for c in str(text))
    return f'"{escaped or " "}"'


def _levels_in(graph: nx.Graph, bodies: dict[str, dict[str, Any]]) -> list[object]:
    """Levels present on nodes or bodies: the three known ones top-down, then others."""
    present = {d for _, d in graph.nodes(data="level")} | {b["level"] for b in bodies.values()}
    present.discard(None)
    known: list[object] = [lv for lv in LEVELS if lv in present]
    return known + sorted(present - set(LEVELS), key=str)


def to_mermaid(graph: nx.Graph, lang: str = "en") -> str:
    """A Mermaid flowchart of the graph, one subgraph (row) per level.

    Examples
    --------
    >>> g = nx.MultiDiGraph()
    >>> g.add_node("afd-sport", name="Team Sport", level="official", domain="sport")
    >>> g.add_node("bsc", name="Buurtsportcoaches", level="executive", domain="sport")
    >>> g.add_edge("afd-sport", "bsc", kind="funds", mutual=False)
    0
    >>> print(to_mermaid(g).splitlines()[-4])
      s_afd_sport -->|"funds"| s_bsc
    """
    used: dict[Hashable, str] = {}
    bodies = governance_bodies(graph)
    levels = _levels_in(graph, bodies)

    def node_line(node: Hashable, data: dict[str, Any]) -> str:
        label = _mermaid_text(data.get("name", node))
        shape = f"({label})" if data.get("civil_society") else f"[{label}]"
        domain = _mermaid_id("d_", data.get("domain") or "none", {})
        return f"{_mermaid_id('s_', node, used)}{shape}:::{domain}"

    def body_line(body_id: str, body: dict[str, Any]) -> str:
        name = _mermaid_id("b_", ("body", body_id), used, body_id)
        return f"{name}{{{{{_mermaid_text(body['name'])}}}}}:::body"

    lines = ["flowchart TB"]
    for i, level in enumerate(levels):
        lines.append(f"  subgraph L{i} [{_mermaid_text(level_label(level, lang))}]")
        lines.append("    direction LR")
        lines.extend(
            f"    {node_line(n, d)}" for n, d in graph.nodes(data=True) if d.get("level") == level
        )
        lines.extend(f"    {body_line(k, b)}" for k, b in bodies.items() if b["level"] == level)
        lines.append("  end")
    lines.extend(
        f"  {node_line(n, d)}" for n, d in graph.nodes(data=True) if d.get("level") not in levels
    )
    lines.extend(f"  {body_line(k, b)}" for k, b in bodies.items() if b["level"] not in levels)
    for body_id, body in bodies.items():
        for member in body["members"]:
            lines.append(f"  {used[('body', body_id)]} -.- {_mermaid_id('s_', member, used)}")
    for u, v, data in relation_edges(graph):
        arrow = "---" if data.get("mutual", False) else "-->"
        kind = data.get("kind")
        if kind not in (None, ""):
            arrow += f"|{_mermaid_text(kind_label(kind, lang))}|"
        lines.append(f"  {_mermaid_id('s_', u, used)} {arrow} {_mermaid_id('s_', v, used)}")
    for domain in [*sorted({str(d) for _, d in graph.nodes(data="domain") if d}), "none"]:
        value = None if domain == "none" else domain
        lines.append(
            f"  classDef {_mermaid_id('d_', domain, {})} "
            f"fill:{fill(value)},stroke:#333333,color:{ink(value)}"
        )
    lines.append("  classDef body fill:#FFFFFF,stroke:#333333,stroke-dasharray:3 3")
    return "\n".join(lines) + "\n"


# -- DOT ----------------------------------------------------------------------------


def _dot(text: object) -> str:
    escaped = str(text).replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return f'"{escaped}"'


def _dot_node(node: Hashable, data: dict[str, Any]) -> str:
    domain = data.get("domain")
    style = "filled,rounded" if data.get("civil_society") else "filled"
    attrs = {
        "label": data.get("name", node),
        "style": style,
        "fillcolor": fill(domain),
        "fontcolor": ink(domain),
    }
    return f"{_dot(node)} [{', '.join(f'{k}={_dot(v)}' for k, v in attrs.items())}];"


def to_dot(graph: nx.Graph, lang: str = "en") -> str:
    """A Graphviz DOT digraph of the graph, one cluster (row) per level.

    Render with ``dot -Tsvg``. Governance bodies are nodes named ``body:ID``
    (a colon never occurs in a stakeholder id).

    Examples
    --------
    >>> g = nx.MultiDiGraph()
    >>> g.add_node("afd-sport", name="Team Sport", level="official", domain="sport")
    >>> g.add_node("afd-wmo", name="Team Wmo", level="official", domain="social-support")
    >>> g.add_edge("afd-sport", "afd-wmo", kind="collaborates", mutual=True)
    0
    >>> print(to_dot(g).splitlines()[-2])
      "afd-sport" -> "afd-wmo" [label="collaborates with", dir="none"];
    """
    bodies = governance_bodies(graph)
    title = graph.graph.get("municipality", "stakeholders")
    lines = [
        f"digraph {_dot(title)} {{",
        '  graph [rankdir="TB", fontname="Helvetica"];',
        '  node [shape="box", fontname="Helvetica"];',
        '  edge [fontname="Helvetica", fontsize="10"];',
    ]
    levels = _levels_in(graph, bodies)
    for i, level in enumerate(levels):
        lines.append(f"  subgraph {_dot(f'cluster_{i}')} {{")
        lines.append(f"    label={_dot(level_label(level, lang))};")
        for node, data in graph.nodes(data=True):
            if data.get("level") == level:
                lines.append(f"    {_dot_node(node, data)}")
        for body_id, body in bodies.items():
            if body["level"] == level:
                lines.append(
                    f'    {_dot("body:" + body_id)} [label={_dot(body["name"])}, shape="hexagon"];'
                )
        lines.append("  }")
    for node, data in graph.nodes(data=True):
        if data.get("level") not in levels:
            lines.append(f"  {_dot_node(node, data)}")
    for body_id, body in bodies.items():
        if body["level"] not in levels:
            lines.append(
                f'  {_dot("body:" + body_id)} [label={_dot(body["name"])}, shape="hexagon"];'
            )
        for member in body["members"]:
            lines.append(
                f"  {_dot('body:' + body_id)} -> {_dot(member)} "
                f'[style="dotted", dir="none", color="#666666"];'
            )
    for u, v, data in relation_edges(graph):
        extra = ', dir="none"' if data.get("mutual", False) else ""
        label = _dot(kind_label(data.get("kind", ""), lang))
        lines.append(f"  {_dot(u)} -> {_dot(v)} [label={label}{extra}];")
    lines.append("}")
    return "\n".join(lines) + "\n"
