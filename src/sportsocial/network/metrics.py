"""Measures of the stakeholder network, each with its formula and a reference.

Every measure looks at *ties*: the simple undirected graph
(:func:`~sportsocial.network.graph.tie_graph`) in which two stakeholders are
tied when a relation in either direction or a shared governance body joins
them. A funding relation and a shared steering group are both a line along
which information, trust and money can travel; how many lines join a pair does
not matter here. Each function accepts any networkx graph (directed, multi or
simple) and projects it first.

Conventions for degenerate graphs follow networkx where it has one: density is
0.0 with fewer than two stakeholders, betweenness 0.0 with fewer than three;
degree centralization is 0.0 with fewer than three stakeholders (its
denominator vanishes); the E-I index is ``None`` when no tie joins two
stakeholders that have a domain.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections import Counter
from collections.abc import Hashable, Iterable, Mapping
from typing import Any

import attrs
import networkx as nx

from .._evaluation import evaluation_view
from ..model import Domain, Engagement, Level
from .graph import as_tie_graph, stakeholder_graph, tie_graph, unlinked_to_level

__all__ = [
    "MEASURES",
    "NetworkMetrics",
    "VerticalLinkage",
    "betweenness",
    "degree_centralization",
    "density",
    "ei_by_area",
    "ei_counts",
    "ei_index",
    "level_ties",
    "network_metrics",
    "single_points_of_failure",
    "vertical_linkage",
]

_SPORT = Domain.SPORT.value
_LEVELS = tuple(Level)


def node_domains(data: Mapping[str, Any]) -> frozenset[str]:
    """The domain values a node stands for: its ``domains`` (comma-separated), else
    its ``domain``, else none."""
    many = data.get("domains")
    if isinstance(many, str) and many:
        return frozenset(many.split(","))
    one = data.get("domain")
    return frozenset((one,)) if isinstance(one, str) else frozenset()


def _side(data: Mapping[str, Any], area: str | None = None) -> str | None:
    """The node's side: ``"sport"``, ``"social"`` (or ``area`` itself when an area is
    asked for), or ``None``.

    A stakeholder that stands for sport *and* a social-domain area (an alderman
    of sport and Wmo) belongs to neither side: its ties are neither within nor
    across the divide. So does one without a domain (the facilitator), and, for
    an area, one of another social-domain area.
    """
    domains = node_domains(data)
    sport = _SPORT in domains
    social = domains - {_SPORT}
    if sport and not social:
        return "sport"
    if social and not sport:
        if area is None:
            return "social"
        return area if area in social else None
    return None


def density(graph: nx.Graph) -> float:
    r"""Share of all possible ties that exist.

    .. math:: D = \frac{2m}{n(n-1)}

    with *n* stakeholders and *m* ties; 0.0 when *n* < 2 (networkx's
    convention). 0 is a set of strangers, 1 everyone tied to everyone.

    References
    ----------
    Wasserman, S., & Faust, K. (1994). *Social Network Analysis: Methods and
    Applications*, §4.2. Cambridge University Press.

    Examples
    --------
    >>> density(nx.path_graph(3))
    0.6666666666666666
    """
    return float(nx.density(as_tie_graph(graph)))


def degree_centralization(graph: nx.Graph) -> float:
    r"""Freeman's degree centralization: how much the network hangs on one stakeholder.

    .. math:: C_D = \frac{\sum_{i=1}^{n} \left(d_{\max} - d_i\right)}{(n-1)(n-2)}

    with :math:`d_i` the number of stakeholders *i* is tied to and
    :math:`d_{\max}` the largest of them. The denominator is the sum for a star
    of *n* nodes, the most centralized graph, so a star gives 1 and any graph
    in which everyone has the same number of ties (a ring, a complete graph,
    no ties at all) gives 0. With fewer than three stakeholders the
    denominator is 0 and the value is defined as 0.0.

    References
    ----------
    Freeman, L. C. (1978). Centrality in social networks: conceptual
    clarification. *Social Networks*, 1(3), 215-239.

    Examples
    --------
    >>> degree_centralization(nx.star_graph(4)), degree_centralization(nx.complete_graph(4))
    (1.0, 0.0)
    """
    ties = as_tie_graph(graph)
    n: int = ties.number_of_nodes()
    if n < 3:
        return 0.0
    degrees: list[int] = [d for _, d in ties.degree()]
    top = max(degrees)
    return sum(top - d for d in degrees) / ((n - 1) * (n - 2))


def ei_counts(graph: nx.Graph, area: Domain | None = None) -> tuple[int, int]:
    """Collaboration ties across the sport-social divide and within one side: ``(E, I)``.

    Only ties of working together count (a ``collaborates`` relation or a
    shared governance body; see :func:`~sportsocial.network.graph.tie_graph`):
    a reporting line or a subsidy says who answers to whom, not who works with
    whom. Stakeholders have one of two sides: sport, or the social domain (all
    its areas together, so a tie between social support and work and income is
    internal); with ``area``, the second side is that one area and
    stakeholders of other areas take no part. Stakeholders without a domain, or
    with sport and a social-domain area at once, take no part. See
    :func:`ei_index`.
    """
    ties = as_tie_graph(graph)
    wanted = area.value if area is not None else None
    side = {n: _side(d, wanted) for n, d in ties.nodes(data=True)}
    external = internal = 0
    for u, v, joint in ties.edges(data="collaboration", default=True):
        if not joint:
            continue
        a, b = side[u], side[v]
        if a is None or b is None:
            continue
        if a == b:
            internal += 1
        else:
            external += 1
    return external, internal


def ei_index(graph: nx.Graph, area: Domain | None = None) -> float | None:
    r"""Krackhardt and Stern's E-I index of ties between sport and the social domain.

    .. math:: EI = \frac{E - I}{E + I}

    with *E* the ties between a sport stakeholder and a social-domain
    stakeholder (external) and *I* the ties between two stakeholders on the same
    side (internal), counted by :func:`ei_counts`. It runs from -1 (every tie
    stays inside its own side: silos) to +1 (every tie crosses); 0 means as
    many ties cross as stay. ``None`` when *E* + *I* = 0: without ties among
    stakeholders that have a domain the index is undefined. With ``area``, the
    index of sport against that one social-domain area.

    A worked example: a working group of the sport department, the Wmo team
    and the work and income team, plus the buurtsportcoach who collaborates
    with the welfare organisation, and the sport department that funds the
    buurtsportcoach. The working group gives three collaboration ties (sport-Wmo
    and sport-work across, Wmo-work within), the coach and welfare one more
    across; the funding line does not count. E = 3, I = 1, EI = (3 - 1) / 4 = 0.5:
    a cross-domain working group makes the index positive.

    References
    ----------
    Krackhardt, D., & Stern, R. N. (1988). Informal networks and
    organizational crises: an experimental simulation. *Social Psychology
    Quarterly*, 51(2), 123-140.

    Examples
    --------
    >>> g = nx.Graph()
    >>> g.add_nodes_from([("club", {"domain": "sport"}), ("coach", {"domain": "sport"}),
    ...                   ("welfare", {"domain": "social-support"})])
    >>> g.add_edges_from([("club", "coach"), ("coach", "welfare")])
    >>> ei_index(g)
    0.0
    """
    external, internal = ei_counts(graph, area)
    if external + internal == 0:
        return None
    return (external - internal) / (external + internal)


def ei_by_area(graph: nx.Graph) -> tuple[tuple[Domain, float | None], ...]:
    """The E-I index of sport against each social-domain area with stakeholders, in the
    order of :class:`~sportsocial.model.Domain` (see :func:`ei_index`)."""
    ties = as_tie_graph(graph)
    present = {d for _, data in ties.nodes(data=True) for d in node_domains(data)}
    return tuple(
        (area, ei_index(ties, area)) for area in Domain if area.is_social and area.value in present
    )


def betweenness(graph: nx.Graph) -> dict[Hashable, float]:
    r"""Normalized betweenness centrality of every stakeholder: the broker's measure.

    .. math:: c_B(v) = \frac{2}{(n-1)(n-2)} \sum_{s \ne v \ne t} \frac{\sigma_{st}(v)}{\sigma_{st}}

    summed over unordered pairs *s*, *t*, with :math:`\sigma_{st}` the number of
    shortest paths between *s* and *t* and :math:`\sigma_{st}(v)` the number of
    those passing through *v*: the share of shortest paths between others that
    run through *v*. 0.0 for every stakeholder when *n* < 3.

    Notes
    -----
    ``networkx.betweenness_centrality`` on the tie graph (Brandes' algorithm):
    O(n·m) time for *n* stakeholders and *m* ties, the one measure here that
    grows faster than the network. :class:`NetworkMetrics` computes it only
    when ``betweenness`` or ``brokers`` is read; the readiness rules read
    neither.

    References
    ----------
    Freeman, L. C. (1977). A set of measures of centrality based on
    betweenness. *Sociometry*, 40(1), 35-41. Brandes, U. (2001). A faster
    algorithm for betweenness centrality. *Journal of Mathematical Sociology*,
    25(2), 163-177.

    Examples
    --------
    >>> betweenness(nx.path_graph(3))
    {0: 0.0, 1: 1.0, 2: 0.0}
    """
    result: dict[Hashable, float] = nx.betweenness_centrality(as_tie_graph(graph))
    return result


def _sides(ties: nx.Graph) -> dict[Hashable, str]:
    """The side (``"sport"`` or ``"social"``) of every stakeholder that has one."""
    return {n: s for n, d in ties.nodes(data=True) if (s := _side(d)) is not None}


def _mixed(nodes: Iterable[Hashable], side: dict[Hashable, str]) -> bool:
    """Whether ``nodes`` hold a sport and a social-domain stakeholder."""
    sides = {side.get(n) for n in nodes}
    return "sport" in sides and "social" in sides


def single_points_of_failure(graph: nx.Graph) -> tuple[str, ...]:
    """Stakeholders on whom every connection between sport and the social domain hangs.

    A stakeholder is a single point of failure when it is an articulation
    point of the tie graph (its removal splits the network) and removing it
    leaves no path between any remaining sport stakeholder and any remaining
    social-domain stakeholder, where such a path existed before.

    Notes
    -----
    A path between the sides exists when a connected component holds both.
    With none there is nothing to lose, and with two or more no single
    removal cuts them all, so only the articulation points of the one mixed
    component are candidates. Removing an articulation point *v* splits its
    component into the parts hanging from the blocks (biconnected components)
    around *v* in the block-cut tree; *v* is a single point of failure when no
    part holds both sides. The counts of sport and social-domain stakeholders
    below every node of the block-cut tree come from one walk over it, so the
    whole check is O(n + m).

    References
    ----------
    Hopcroft, J., & Tarjan, R. (1973). Algorithm 447: efficient algorithms for
    graph manipulation. *Communications of the ACM*, 16(6), 372-378 (the
    blocks and articulation points). Burt, R. S. (1992). *Structural Holes*.
    Harvard University Press (why a sole broker is fragile).

    Examples
    --------
    >>> g = nx.Graph()
    >>> g.add_nodes_from([("club", {"domain": "sport"}), ("coach", {"domain": "sport"}),
    ...                   ("welfare", {"domain": "social-support"})])
    >>> g.add_edges_from([("club", "coach"), ("coach", "welfare")])
    >>> single_points_of_failure(g)
    ('coach',)
    """
    ties = as_tie_graph(graph)
    side = _sides(ties)
    mixed = [c for c in nx.connected_components(ties) if _mixed(c, side)]
    if len(mixed) != 1:
        return ()
    return tuple(sorted(str(v) for v in _cut_off(ties, mixed[0], side)))


def _cut_off(ties: nx.Graph, component: set[Hashable], side: dict[Hashable, str]) -> list[Hashable]:
    """The articulation points of ``component`` (a connected component of ``ties``)
    whose removal leaves no part of it with both sides.

    Walks the block-cut tree: a node ``("block", i)`` per block, a node
    ``("cut", v)`` per articulation point *v*, each block tied to the
    articulation points in it. Every stakeholder counts once: in its own
    tree node when it is an articulation point, else in its one block.
    """
    blocks = [tuple(b) for b in nx.biconnected_components(ties) if next(iter(b)) in component]
    cuts = {v for v, k in Counter(v for b in blocks for v in b).items() if k > 1}
    if not cuts:
        return []

    def count(members: Iterable[Hashable]) -> tuple[int, int]:
        sides = [side.get(v) for v in members]
        return sides.count("sport"), sides.count("social")

    tree = nx.Graph()
    below: dict[Hashable, tuple[int, int]] = {}
    for i, block in enumerate(blocks):
        below["block", i] = count(v for v in block if v not in cuts)
        tree.add_edges_from((("block", i), ("cut", v)) for v in block if v in cuts)
    for v in cuts:
        below["cut", v] = count((v,))
    root = ("block", 0)
    parent = nx.dfs_predecessors(tree, root)
    for node in nx.dfs_postorder_nodes(tree, root):  # children before their parent
        if node in parent:
            up, (s, t) = parent[node], below[node]
            below[up] = (below[up][0] + s, below[up][1] + t)
    total_s, total_t = below[root]
    points = []
    for v in cuts:
        node = ("cut", v)
        parts = [below[child] for child in tree[node] if child != parent[node]]
        parts.append((total_s - below[node][0], total_t - below[node][1]))
        if not any(s and t for s, t in parts):
            points.append(v)
    return points


def level_ties(graph: nx.Graph) -> tuple[tuple[Level, Level, int], ...]:
    """Number of ties per pair of levels, administrative first.

    Six entries, ``(administrative, administrative, n)``,
    ``(administrative, official, n)``, ... ``(executive, executive, n)``;
    stakeholders with another or no ``level`` attribute take no part. The
    ties across levels are the entries whose two levels differ.

    Examples
    --------
    >>> g = nx.Graph()
    >>> g.add_nodes_from([("w", {"level": "administrative"}), ("d", {"level": "official"})])
    >>> g.add_edge("w", "d")
    >>> [(a.value, b.value, n) for a, b, n in level_ties(g) if n]
    [('administrative', 'official', 1)]
    """
    ties = as_tie_graph(graph)
    rank = {level.value: i for i, level in enumerate(_LEVELS)}
    levels = dict(ties.nodes(data="level"))
    counts: dict[tuple[int, int], int] = {}
    for u, v in ties.edges():
        a, b = rank.get(levels[u]), rank.get(levels[v])
        if a is None or b is None:
            continue
        key = (min(a, b), max(a, b))
        counts[key] = counts.get(key, 0) + 1
    return tuple(
        (_LEVELS[a], _LEVELS[b], counts.get((a, b), 0))
        for a in range(len(_LEVELS))
        for b in range(a, len(_LEVELS))
    )


@attrs.frozen(kw_only=True)
class VerticalLinkage:
    """Whether one domain's line runs from the administrative to the executive level.

    Attributes
    ----------
    domain:
        The domain.
    levels:
        Levels at which the domain has stakeholders, administrative first.
    linked:
        ``True`` when an administrative-level and an executive-level
        stakeholder of the domain are connected by a path of ties through
        stakeholders of that domain only: the portfolio holder, the department
        and the practitioners of one domain form one line.
    """

    domain: Domain
    levels: tuple[Level, ...]
    linked: bool

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready mapping."""
        return {
            "domain": self.domain.value,
            "levels": [level.value for level in self.levels],
            "linked": self.linked,
        }


def vertical_linkage(graph: nx.Graph) -> tuple[VerticalLinkage, ...]:
    """Per domain with stakeholders, whether it is linked from administrative to
    executive level (see :class:`VerticalLinkage`), in the order of :class:`Domain`.

    Examples
    --------
    >>> g = nx.Graph()
    >>> g.add_nodes_from([("w", {"domain": "sport", "level": "administrative"}),
    ...                   ("d", {"domain": "sport", "level": "official"}),
    ...                   ("c", {"domain": "sport", "level": "executive"})])
    >>> g.add_edges_from([("w", "d"), ("d", "c")])
    >>> [(v.domain.value, v.linked) for v in vertical_linkage(g)]
    [('sport', True)]
    """
    ties = as_tie_graph(graph)
    by_domain: dict[str, list[Hashable]] = {}
    for node, data in ties.nodes(data=True):
        for value in node_domains(data):
            by_domain.setdefault(value, []).append(node)
    result = []
    for domain in Domain:
        nodes = by_domain.get(domain.value)
        if not nodes:
            continue
        levels = {ties.nodes[n].get("level") for n in nodes}
        linked = any(
            {ties.nodes[n].get("level") for n in part}
            >= {Level.ADMINISTRATIVE.value, Level.EXECUTIVE.value}
            for part in nx.connected_components(ties.subgraph(nodes))
        )
        result.append(
            VerticalLinkage(
                domain=domain,
                levels=tuple(lv for lv in _LEVELS if lv.value in levels),
                linked=linked,
            )
        )
    return tuple(result)


def _components(ties: nx.Graph) -> tuple[tuple[str, ...], ...]:
    parts = [tuple(sorted(str(n) for n in c)) for c in nx.connected_components(ties)]
    return tuple(sorted(parts, key=lambda c: (-len(c), c)))


def _ids(nodes: Iterable[Hashable]) -> tuple[str, ...]:
    return tuple(sorted(str(n) for n in nodes))


#: The measures of :class:`NetworkMetrics`, in the order of its ``repr`` and equality.
MEASURES: tuple[str, ...] = (
    "stakeholders",
    "ties",
    "density",
    "degree_centralization",
    "ei_index",
    "ei_by_area",
    "external_ties",
    "internal_ties",
    "betweenness",
    "brokers",
    "single_points_of_failure",
    "isolates",
    "components",
    "level_ties",
    "cross_level_ties",
    "vertical_linkage",
    "unlinked_executive",
)


class NetworkMetrics:
    """The measures of one stakeholder network (see :func:`network_metrics`).

    Each measure is computed from the tie graph when it is first read, and
    kept: reading ``isolates`` costs one pass over the network, and
    ``betweenness`` (O(n·m)) is only paid by whoever reads it or ``brokers``.
    The value is immutable; two are equal when every measure is.

    Parameters
    ----------
    graph:
        Any networkx graph of stakeholders (usually from
        :func:`~sportsocial.network.graph.stakeholder_graph`); it is projected
        onto its ties (:func:`~sportsocial.network.graph.tie_graph`) at once,
        so changing it afterwards changes nothing here.

    Attributes
    ----------
    stakeholders, ties:
        Number of stakeholders (*n*) and of ties (*m*, pairs joined by any edge).
    density:
        :func:`density`.
    degree_centralization:
        :func:`degree_centralization`.
    ei_index:
        :func:`ei_index`; ``None`` when undefined.
    ei_by_area:
        :func:`ei_by_area`: the index of sport against each social-domain area.
    external_ties, internal_ties:
        *E* and *I* of the E-I index (:func:`ei_counts`).
    betweenness:
        ``(id, betweenness)`` of every stakeholder (:func:`betweenness`),
        highest first, then by id.
    brokers:
        Ids of the stakeholders with a betweenness above 0, highest first:
        those through whom others reach each other.
    single_points_of_failure:
        :func:`single_points_of_failure`, sorted.
    isolates:
        Stakeholders with no relation and no shared governance body, sorted.
    components:
        Connected components (isolates included) as sorted ids, largest first.
    level_ties:
        :func:`level_ties`.
    cross_level_ties:
        Number of ties between stakeholders at two different levels.
    vertical_linkage:
        :func:`vertical_linkage`.
    unlinked_executive:
        Executive-level stakeholders without an official-level stakeholder
        within two ties (:func:`~sportsocial.network.graph.unlinked_to_level`).

    Examples
    --------
    >>> m = NetworkMetrics(nx.path_graph(["a", "b", "c"]))
    >>> m.isolates, m.brokers
    ((), ('b',))
    """

    _graph: nx.Graph

    def __init__(self, graph: nx.Graph) -> None:
        object.__setattr__(self, "_graph", nx.freeze(tie_graph(graph)))

    @classmethod
    def of_ties(cls, ties: nx.Graph) -> NetworkMetrics:
        """The measures of a tie graph handed over whole: it is frozen, not copied."""
        metrics = cls.__new__(cls)
        object.__setattr__(metrics, "_graph", nx.freeze(ties))
        return metrics

    def __setattr__(self, name: str, value: object) -> None:
        raise attrs.exceptions.FrozenInstanceError

    def __delattr__(self, name: str) -> None:
        raise attrs.exceptions.FrozenInstanceError

    @functools.cached_property
    def stakeholders(self) -> int:
        """Number of stakeholders."""
        n: int = self._graph.number_of_nodes()
        return n

    @functools.cached_property
    def ties(self) -> int:
        """Number of ties."""
        m: int = self._graph.number_of_edges()
        return m

    @functools.cached_property
    def density(self) -> float:
        """:func:`density`."""
        return density(self._graph)

    @functools.cached_property
    def degree_centralization(self) -> float:
        """:func:`degree_centralization`."""
        return degree_centralization(self._graph)

    @functools.cached_property
    def _ei(self) -> tuple[int, int]:
        return ei_counts(self._graph)

    @property
    def external_ties(self) -> int:
        """*E* of the E-I index."""
        return self._ei[0]

    @property
    def internal_ties(self) -> int:
        """*I* of the E-I index."""
        return self._ei[1]

    @property
    def ei_index(self) -> float | None:
        """:func:`ei_index`; ``None`` when undefined."""
        external, internal = self._ei
        return (external - internal) / (external + internal) if external + internal else None

    @functools.cached_property
    def ei_by_area(self) -> tuple[tuple[Domain, float | None], ...]:
        """:func:`ei_by_area`."""
        return ei_by_area(self._graph)

    @functools.cached_property
    def betweenness(self) -> tuple[tuple[str, float], ...]:
        """``(id, betweenness)`` of every stakeholder, highest first, then by id."""
        scores = ((str(n), b) for n, b in betweenness(self._graph).items())
        return tuple(sorted(scores, key=lambda p: (-p[1], p[0])))

    @functools.cached_property
    def brokers(self) -> tuple[str, ...]:
        """Ids of the stakeholders with a betweenness above 0, highest first."""
        return tuple(n for n, b in self.betweenness if b > 0)

    @functools.cached_property
    def single_points_of_failure(self) -> tuple[str, ...]:
        """:func:`single_points_of_failure`, sorted."""
        return single_points_of_failure(self._graph)

    @functools.cached_property
    def isolates(self) -> tuple[str, ...]:
        """Stakeholders with no relation and no shared governance body, sorted."""
        return _ids(nx.isolates(self._graph))

    @functools.cached_property
    def components(self) -> tuple[tuple[str, ...], ...]:
        """Connected components as sorted ids, largest first."""
        return _components(self._graph)

    @functools.cached_property
    def level_ties(self) -> tuple[tuple[Level, Level, int], ...]:
        """:func:`level_ties`."""
        return level_ties(self._graph)

    @property
    def cross_level_ties(self) -> int:
        """Number of ties between stakeholders at two different levels."""
        return sum(n for a, b, n in self.level_ties if a is not b)

    @functools.cached_property
    def vertical_linkage(self) -> tuple[VerticalLinkage, ...]:
        """:func:`vertical_linkage`."""
        return vertical_linkage(self._graph)

    @functools.cached_property
    def unlinked_executive(self) -> tuple[str, ...]:
        """Executive-level stakeholders without an official-level one within two ties."""
        return unlinked_to_level(self._graph, Level.EXECUTIVE, Level.OFFICIAL)

    def _values(self) -> tuple[Any, ...]:
        return tuple(getattr(self, name) for name in MEASURES)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, NetworkMetrics):
            return NotImplemented
        return self is other or self._values() == other._values()

    def __hash__(self) -> int:
        return hash(self._values())

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in MEASURES)
        return f"NetworkMetrics({shown})"

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready mapping of every measure."""
        return {
            "stakeholders": self.stakeholders,
            "ties": self.ties,
            "density": self.density,
            "degree_centralization": self.degree_centralization,
            "ei_index": self.ei_index,
            "ei_by_area": {area.value: value for area, value in self.ei_by_area},
            "external_ties": self.external_ties,
            "internal_ties": self.internal_ties,
            "brokers": [{"id": i, "betweenness": b} for i, b in self.betweenness if b > 0],
            "single_points_of_failure": list(self.single_points_of_failure),
            "isolates": list(self.isolates),
            "components": [list(c) for c in self.components],
            "level_ties": [
                {"levels": [a.value, b.value], "ties": n} for a, b, n in self.level_ties
            ],
            "cross_level_ties": self.cross_level_ties,
            "vertical_linkage": [v.to_dict() for v in self.vertical_linkage],
            "unlinked_executive": list(self.unlinked_executive),
        }


def network_metrics(source: Engagement | nx.Graph, on: dt.date | None = None) -> NetworkMetrics:
    """The measures of a stakeholder network, each computed when first read.

    Parameters
    ----------
    source:
        An engagement (its graph is built with
        :func:`~sportsocial.network.graph.stakeholder_graph`) or a graph built
        by it (or read back from an export).
    on:
        With an engagement: the date to look at (see ``stakeholder_graph``);
        ``None`` takes the engagement as it is. With a graph it is a
        ``TypeError``: a graph already shows one date (or all of them).

    Notes
    -----
    With an engagement and a date, the engagement as of that date is shared
    with :func:`sportsocial.check` and :func:`sportsocial.alignment` on the
    same engagement and date: it is built once, and so are these measures.

    Examples
    --------
    >>> import sportsocial as ss
    >>> m = network_metrics(ss.load("examples/roosendaal-kickoff.yaml"))
    >>> m.stakeholders, m.isolates, m.single_points_of_failure
    (22, (), ())
    >>> round(m.ei_index, 2)
    -0.11
    """
    if isinstance(source, Engagement):
        if on is not None:
            return evaluation_view(source, on).network
        return NetworkMetrics(stakeholder_graph(source))
    if isinstance(source, nx.Graph):
        if on is not None:
            raise TypeError("'on' applies to an engagement; a graph already shows one date")
        return NetworkMetrics(source)
    raise TypeError(f"expected an Engagement or a networkx graph, not {type(source).__name__}")
