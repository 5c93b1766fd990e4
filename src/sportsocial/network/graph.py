"""Building the stakeholder graph from an engagement.

The graph is a plain :class:`networkx.MultiDiGraph` built by a function, not a
subclass: every networkx algorithm and exporter works on it as is.

* **Nodes** are stakeholder ids. Attributes: ``name`` (role and id instead
  when names are hidden), ``kind``, ``level``,
  ``domain`` (the first domain the stakeholder stands for; left out for
  cross-cutting roles), ``domains`` (all of them, comma-separated, when there
  is more than one: an alderman of sport and Wmo), ``civil_society`` (bool), and
  ``start``/``end`` of the stakeholder's period when it has one.
* **Relation edges**, one per relation, from its ``source`` to its ``target``.
  Attributes: ``kind`` (the relation kind's value: ``collaborates``, ``funds``,
  ``reports-to``, ``advises``, ``contracts``), ``mutual`` (``True`` for
  ``collaborates``, stored once in the direction the document gives, ``False``
  for the directed kinds), ``start`` and ``end`` of its period, and ``strength``
  and ``trust`` (1-4) when recorded.
* **Co-membership edges**: a governance body ties each pair of its members, one
  edge per pair and body, in the order the members are listed. Attributes:
  ``kind="co-member"``, ``mutual=True``, ``body`` (its id), ``body_name``,
  ``level`` (the body's level) and the body's ``start``/``end``.
* **Tie graph edges** (:func:`tie_graph`, :func:`build_ties`) carry one
  attribute, ``collaboration``: whether the two work together (a
  ``collaborates`` relation or a shared body) rather than only report, fund,
  advise or contract.
* **Graph attributes**: ``municipality``, ``cbs_code`` and ``on`` (when the
  graph shows one date).

Every attribute is a scalar (str, int or bool); dates are ISO strings and an
absent value is left out rather than stored as ``None``, so the graph survives
GraphML and node-link JSON unchanged (:mod:`sportsocial.network.export`).
Enumerations are stored by their document value (``"sport"``,
``"executive"``), the same strings the engagement document uses.

Measures (:mod:`sportsocial.network.metrics`) look at *ties*: the simple
undirected graph :func:`tie_graph` in which two stakeholders are tied when any
edge joins them, in either direction.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Hashable, Iterable, Iterator
from typing import Any

import networkx as nx

from .._evaluation import evaluation_view
from ..model import Engagement, GovernanceBody, Level, Period, Relation, RelationKind, Stakeholder
from ..privacy import check_names, shown_name

__all__ = [
    "CO_MEMBER",
    "as_tie_graph",
    "build_graph",
    "build_ties",
    "governance_bodies",
    "relation_edges",
    "stakeholder_graph",
    "tie_graph",
    "unlinked_to_level",
]

#: Edge kind of a tie induced by a shared governance body.
CO_MEMBER = "co-member"


def _period(period: Period | None) -> dict[str, str]:
    if period is None:
        return {}
    data = {"start": period.start.isoformat()}
    if period.end is not None:
        data["end"] = period.end.isoformat()
    return data


def _holds(period: Period | None, on: dt.date | None) -> bool:
    return on is None or period is None or period.contains(on)


def _node(s: Stakeholder) -> dict[str, Any]:
    data: dict[str, Any] = {
        "name": s.name,
        "kind": s.kind.value,
        "level": s.level.value,
        "civil_society": s.civil_society,
    }
    domains = s.domains
    if domains:
        data["domain"] = domains[0].value
    if len(domains) > 1:
        data["domains"] = ",".join(d.value for d in domains)
    data.update(_period(s.period))
    return data


def _relation(r: Relation) -> dict[str, Any]:
    data: dict[str, Any] = {"kind": r.kind.value, "mutual": not r.kind.directed}
    data.update(_period(r.period))
    if r.strength is not None:
        data["strength"] = r.strength
    if r.trust is not None:
        data["trust"] = r.trust
    return data


def _co_members(body: GovernanceBody, present: Collection[str]) -> Iterable[tuple[str, str]]:
    members = [m for m in body.member_ids if m in present]
    for i, u in enumerate(members):
        for v in members[i + 1 :]:
            yield u, v


def stakeholder_graph(
    engagement: Engagement,
    on: dt.date | None = None,
    *,
    names: str = "show",
    lang: str = "en",
) -> nx.MultiDiGraph:
    """The stakeholders of ``engagement`` and their ties, as a networkx graph.

    Parameters
    ----------
    engagement:
        The engagement.
    on:
        A date: the graph then shows the engagement as it stood that day
        (:meth:`Engagement.as_of`), keeping only stakeholders, relations and
        governance bodies whose period contains ``on``. ``None`` (default)
        takes the engagement as it is, with every relation and body, ended or
        not.
    names:
        ``"hide"``: every node's ``name`` is the stakeholder's role and id in
        ``lang`` instead of its name (:func:`sportsocial.privacy.shown_name`),
        so no export, text or picture made from the graph holds a person's name.
    lang:
        Language of the roles when names are hidden.

    Returns
    -------
    networkx.MultiDiGraph
        Nodes are stakeholder ids, edges relations and co-memberships; see the
        module documentation for the attributes. Relations or members naming an
        unknown stakeholder are left out.

    Examples
    --------
    >>> import sportsocial as ss
    >>> g = stakeholder_graph(ss.load("examples/roosendaal-kickoff.yaml"))
    >>> g.nodes["bsc"]["level"], g.nodes["bsc"]["domain"]
    ('executive', 'sport')
    >>> sorted({k for _, _, k in g.edges(data="kind")})
    ['advises', 'co-member', 'collaborates', 'contracts', 'funds', 'reports-to']
    """
    check_names(names)
    if on is None:
        graph = build_graph(engagement, None)
    else:
        graph = build_graph(evaluation_view(engagement, on).engagement, on)
    if names == "hide":
        for node, data in graph.nodes(data=True):
            data["name"] = shown_name(str(data.get("name", "")), data["kind"], node, names, lang)
    return graph


def _parts(
    eng: Engagement, on: dt.date | None
) -> tuple[list[Stakeholder], list[Relation], list[GovernanceBody]]:
    """The stakeholders, relations (both ends present, no loop) and bodies on the graph.

    On a date, a stakeholder out of office (an alderman after the election) is
    not part of the network: the seats and ties it had are history.
    """
    stakeholders = [
        s for s in eng.stakeholders if _holds(s.period, on) and (on is None or s.in_office_on(on))
    ]
    present = {s.id for s in stakeholders}
    relations = [
        r
        for r in eng.relations
        if r.source in present
        and r.target in present
        and r.source != r.target
        and _holds(r.period, on)
    ]
    bodies = [b for b in eng.governance if _holds(b.period, on)]
    return stakeholders, relations, bodies


def build_graph(eng: Engagement, on: dt.date | None) -> nx.MultiDiGraph:
    """The graph of :func:`stakeholder_graph` from an engagement already ``as_of(on)``."""
    stakeholders, relations, bodies = _parts(eng, on)
    g = nx.MultiDiGraph()
    g.graph["municipality"] = eng.municipality.name
    g.graph["cbs_code"] = eng.municipality.cbs_code
    if on is not None:
        g.graph["on"] = on.isoformat()
    g.add_nodes_from((s.id, _node(s)) for s in stakeholders)
    g.add_edges_from((r.source, r.target, _relation(r)) for r in relations)
    present = set(g)
    for body in bodies:
        data = {
            "kind": CO_MEMBER,
            "mutual": True,
            "body": body.id,
            "body_name": body.name,
            "level": body.level.value,
            **_period(body.period),
        }
        g.add_edges_from((u, v, data) for u, v in _co_members(body, present))
    return g


def build_ties(eng: Engagement, on: dt.date | None) -> nx.Graph:
    """``tie_graph(build_graph(eng, on))``, without building the multigraph first.

    The same nodes with the same attributes, the same ties, and the same order
    of nodes and of every node's neighbours (on which the order of sums in the
    measures depends): the multigraph lists its edges by source in node order,
    and per source by target in the order of the first edge between them.
    """
    stakeholders, relations, bodies = _parts(eng, on)
    targets: dict[str, dict[str, bool]] = {s.id: {} for s in stakeholders}
    for r in relations:
        joint = r.kind is RelationKind.COLLABORATES
        targets[r.source][r.target] = targets[r.source].get(r.target, False) or joint
    for body in bodies:
        for u, v in _co_members(body, targets.keys()):
            targets[u][v] = True
    ties = nx.Graph()
    ties.add_nodes_from((s.id, _node(s)) for s in stakeholders)
    for u, vs in targets.items():
        for v, joint in vs.items():
            known = ties.get_edge_data(u, v)
            ties.add_edge(u, v, collaboration=joint or bool(known and known["collaboration"]))
    return ties


def tie_graph(graph: nx.Graph) -> nx.Graph:
    """The simple undirected graph of ties: two stakeholders are tied when any
    edge joins them, in either direction, however many there are.

    Node attributes are copied. An edge carries one attribute, ``collaboration``:
    ``True`` when any edge between the two is a working relation (``collaborates``
    or a shared governance body), ``False`` when they are tied only by reporting,
    funding, advising or contracting. An edge without a ``kind`` counts as
    collaboration: a plain graph says nothing else. Self-loops are dropped.

    Examples
    --------
    >>> g = nx.MultiDiGraph([("a", "b"), ("b", "a"), ("b", "c")])
    >>> sorted(tie_graph(g).edges())
    [('a', 'b'), ('b', 'c')]
    """
    ties = nx.Graph()
    ties.add_nodes_from(graph.nodes(data=True))
    for u, v, kind in graph.edges(data="kind"):
        if u == v:
            continue
        joint = kind is None or kind in _COLLABORATION
        known = ties.get_edge_data(u, v)
        ties.add_edge(u, v, collaboration=joint or bool(known and known["collaboration"]))
    return ties


#: Edge kinds that are working together, for the E-I index: not reporting,
#: funding, advising or contracting lines.
_COLLABORATION = frozenset({RelationKind.COLLABORATES.value, CO_MEMBER})


def as_tie_graph(graph: nx.Graph) -> nx.Graph:
    """``graph`` itself when it already is a simple undirected graph of ties, else
    :func:`tie_graph` of it: for functions that only read the ties."""
    if type(graph) is nx.Graph and nx.number_of_selfloops(graph) == 0:
        return graph
    return tie_graph(graph)


def _level(value: Level | str) -> str:
    return value.value if isinstance(value, Level) else Level(value).value


def unlinked_to_level(
    graph: nx.Graph, level: Level | str, other: Level | str, *, hops: int = 2
) -> tuple[str, ...]:
    """Stakeholders at ``level`` with no stakeholder at ``other`` within ``hops`` ties.

    Ties count in either direction, relations and shared governance bodies
    alike. With ``hops=1`` only a direct tie counts. The default, 2, also
    accepts one go-between: a sports club that works with the buurtsportcoach,
    who reports to the sport department, is linked to the official level; a
    club tied only to other clubs is not.

    Parameters
    ----------
    graph:
        A graph from :func:`stakeholder_graph` (or any graph whose nodes have
        a ``level`` attribute).
    level, other:
        The level whose stakeholders are checked, and the level they should
        reach.
    hops:
        Largest number of ties on the way (at least 1).

    Returns
    -------
    tuple of str
        The ids, sorted.

    Examples
    --------
    >>> g = nx.Graph()
    >>> g.add_nodes_from([("dept", {"level": "official"}), ("coach", {"level": "executive"}),
    ...                   ("club", {"level": "executive"}), ("club2", {"level": "executive"})])
    >>> g.add_edges_from([("dept", "coach"), ("coach", "club"), ("club", "club2")])
    >>> unlinked_to_level(g, Level.EXECUTIVE, Level.OFFICIAL)
    ('club2',)
    >>> unlinked_to_level(g, Level.EXECUTIVE, Level.OFFICIAL, hops=1)
    ('club', 'club2')
    """
    if hops < 1:
        raise ValueError(f"hops must be at least 1, not {hops}")
    start, goal = _level(level), _level(other)
    ties = as_tie_graph(graph)
    levels = dict(ties.nodes(data="level"))
    checked = [n for n, lv in levels.items() if lv == start]
    if start == goal:  # another stakeholder of the same level: one search per stakeholder
        unlinked = [
            node
            for node in checked
            if not any(
                levels.get(n) == goal
                for n in nx.single_source_shortest_path_length(ties, node, cutoff=hops)
                if n != node
            )
        ]
    else:  # one breadth-first search from every stakeholder at ``other`` at once: O(n + m)
        reached = _within(ties, [n for n, lv in levels.items() if lv == goal], hops)
        unlinked = [node for node in checked if node not in reached]
    return tuple(sorted(unlinked))


def _within(graph: nx.Graph, sources: list[Hashable], hops: int) -> set[Hashable]:
    """The nodes at most ``hops`` ties away from any of ``sources`` (themselves included)."""
    reached: set[Hashable] = set()
    if not sources:
        return reached
    for depth, layer in enumerate(nx.bfs_layers(graph, sources)):
        if depth > hops:
            break
        reached.update(layer)
    return reached


def governance_bodies(graph: nx.Graph) -> dict[str, dict[str, Any]]:
    """The governance bodies found on a graph's co-member edges, by id.

    Each is a mapping with ``name``, ``level`` and ``members`` (a dict used as an
    ordered set, in the order the members first appear). A body with fewer than
    two members present induces no edge and is not found.
    """
    bodies: dict[str, dict[str, Any]] = {}
    for u, v, data in graph.edges(data=True):
        if data.get("kind") != CO_MEMBER or "body" not in data:
            continue
        body = bodies.setdefault(
            str(data["body"]),
            {
                "name": data.get("body_name", data["body"]),
                "level": data.get("level"),
                "members": {},
            },
        )
        body["members"].setdefault(u)
        body["members"].setdefault(v)
    return bodies


def relation_edges(graph: nx.Graph) -> Iterator[tuple[Hashable, Hashable, dict[str, Any]]]:
    """The edges of a graph that stand for relations (every edge but co-memberships)."""
    for u, v, data in graph.edges(data=True):
        if not (data.get("kind") == CO_MEMBER and "body" in data):
            yield u, v, data
