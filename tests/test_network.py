"""The stakeholder network: graph building, measures with hand-computed values,
exports that round-trip, the ``network`` command and the picture.

Tests assert values, structure and exit codes, never message wording.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import random
import sys
from collections import Counter
from collections.abc import Iterable, Mapping
from pathlib import Path

import attrs
import networkx as nx
import pytest
from hypothesis import given

import sportsocial as ss
from sportsocial.errors import MissingExtra
from sportsocial.network import (
    CO_MEMBER,
    betweenness,
    degree_centralization,
    density,
    ei_counts,
    ei_index,
    from_graphml,
    from_node_link,
    level_ties,
    network_metrics,
    network_text,
    plot_network,
    single_points_of_failure,
    stakeholder_graph,
    tie_graph,
    to_dot,
    to_graphml,
    to_mermaid,
    to_node_link,
    unlinked_to_level,
    vertical_linkage,
)

from .builders import ADVISES, portfolios, seats
from .cli_helpers import run
from .conftest import EXAMPLES
from .strategies import engagements

D = dt.date
ROOSENDAAL = EXAMPLES / "roosendaal-kickoff.yaml"
ADM, OFF, EXE = "administrative", "official", "executive"


def graph(
    nodes: Mapping[str, tuple[str | None, str]], edges: Iterable[tuple[str, str]]
) -> nx.Graph:
    """A small graph: ``nodes`` maps id -> (domain or None, level)."""
    g = nx.Graph()
    for node, (domain, level) in nodes.items():
        data = {"level": level}
        if domain is not None:
            data["domain"] = domain
        g.add_node(node, **data)
    g.add_edges_from(edges)
    return g


def star(leaves: int) -> nx.Graph:
    return nx.star_graph(leaves)


def same(g1: nx.Graph, g2: nx.Graph) -> bool:
    """Equal in nodes, edges (with keys) and every attribute, graph attributes included."""
    return (
        type(g1) is type(g2)
        and nx.utils.graphs_equal(g1, g2)
        and dict(g1.nodes(data=True)) == dict(g2.nodes(data=True))
        and _edges(g1) == _edges(g2)
    )


def _edges(g: nx.Graph) -> Counter[tuple[object, ...]]:
    return Counter((u, v, k, frozenset(d.items())) for u, v, k, d in g.edges(keys=True, data=True))


@pytest.fixture
def roosendaal() -> ss.Engagement:
    return ss.load(ROOSENDAAL)


def stakeholder(
    sid: str,
    level: ss.Level,
    domain: ss.Domain | None,
    kind: ss.StakeholderKind = ss.StakeholderKind.MUNICIPAL_DEPARTMENT,
    period: ss.Period | None = None,
) -> ss.Stakeholder:
    return ss.Stakeholder(
        id=sid,
        name=sid.upper(),
        kind=kind,
        level=level,
        portfolios=portfolios(domain),
        period=period,
    )


def relation(
    source: str, target: str, kind: ss.RelationKind, start: dt.date, end: dt.date | None = None
) -> ss.Relation:
    return ss.Relation(
        source=source, target=target, kind=kind, period=ss.Period(start=start, end=end)
    )


BODY_START = dt.date(2024, 1, 1)


def body(bid: str, members: tuple[str, ...], start: dt.date = BODY_START) -> ss.GovernanceBody:
    return ss.GovernanceBody(
        id=bid,
        name=f"Body {bid}",
        kind=ss.GovernanceKind.WORKING_GROUP,
        level=ss.Level.OFFICIAL,
        mandate=ADVISES,
        period=ss.Period(start=start),
        members=seats(*members),
    )


@pytest.fixture
def small() -> ss.Engagement:
    """Sport department funds a club; the club collaborates with welfare (strength 3,
    trust 2) until the end of 2024; a working group of sport, welfare and the facilitator
    from 2025; a lone alderman; a club that joins in 2026."""
    return ss.Engagement(
        municipality=ss.Municipality(name="Klein", cbs_code="GM0001"),
        stakeholders=(
            stakeholder("sport", ss.Level.OFFICIAL, ss.Domain.SPORT),
            stakeholder(
                "club", ss.Level.EXECUTIVE, ss.Domain.SPORT, ss.StakeholderKind.SPORTS_CLUB
            ),
            stakeholder(
                "welfare",
                ss.Level.EXECUTIVE,
                ss.Domain.SOCIAL_SUPPORT,
                ss.StakeholderKind.WELFARE_ORGANISATION,
            ),
            stakeholder("ssnb", ss.Level.OFFICIAL, None, ss.StakeholderKind.FACILITATOR),
            stakeholder("alderman", ss.Level.ADMINISTRATIVE, ss.Domain.SPORT),
            stakeholder(
                "late",
                ss.Level.EXECUTIVE,
                ss.Domain.SPORT,
                ss.StakeholderKind.SPORTS_CLUB,
                ss.Period(start=D(2026, 1, 1)),
            ),
        ),
        relations=(
            relation("sport", "club", ss.RelationKind.FUNDS, D(2020, 1, 1)),
            attrs.evolve(
                relation(
                    "club", "welfare", ss.RelationKind.COLLABORATES, D(2022, 1, 1), D(2024, 12, 31)
                ),
                strength=3,
                trust=2,
            ),
            relation("late", "club", ss.RelationKind.COLLABORATES, D(2026, 1, 1)),
        ),
        governance=(body("wg", ("sport", "welfare", "ssnb"), start=D(2025, 1, 1)),),
    )


# -- building the graph ---------------------------------------------------------------


def test_graph_nodes_carry_scalar_attributes(small: ss.Engagement) -> None:
    g = stakeholder_graph(small)
    assert isinstance(g, nx.MultiDiGraph)
    assert set(g) == {"sport", "club", "welfare", "ssnb", "alderman", "late"}
    assert g.nodes["club"] == {
        "name": "CLUB",
        "kind": "sports-club",
        "level": "executive",
        "domain": "sport",
        "civil_society": True,
    }
    assert "domain" not in g.nodes["ssnb"]
    assert g.nodes["late"]["start"] == "2026-01-01" and "end" not in g.nodes["late"]
    assert g.graph == {"municipality": "Klein", "cbs_code": "GM0001"}


def test_graph_edges_relations_and_co_members(small: ss.Engagement) -> None:
    g = stakeholder_graph(small)
    funds = g.get_edge_data("sport", "club")
    assert list(funds.values()) == [{"kind": "funds", "mutual": False, "start": "2020-01-01"}]
    collab = g.get_edge_data("club", "welfare")[0]
    assert collab == {
        "kind": "collaborates",
        "mutual": True,
        "start": "2022-01-01",
        "end": "2024-12-31",
        "strength": 3,
        "trust": 2,
    }
    assert not g.has_edge("welfare", "club")  # a collaboration is stored once
    co = [(u, v, d) for u, v, d in g.edges(data=True) if d["kind"] == CO_MEMBER]
    assert [(u, v) for u, v, _ in co] == [
        ("sport", "welfare"),
        ("sport", "ssnb"),
        ("welfare", "ssnb"),
    ]
    assert all(
        d
        == {
            "kind": "co-member",
            "mutual": True,
            "body": "wg",
            "body_name": "Body wg",
            "level": "official",
            "start": "2025-01-01",
        }
        for _, _, d in co
    )
    assert g.number_of_edges() == 3 + 3


def test_graph_on_a_date_keeps_what_holds_that_day(small: ss.Engagement) -> None:
    g = stakeholder_graph(small, on=D(2024, 6, 1))
    assert g.graph["on"] == "2024-06-01"
    assert "late" not in g
    assert g.has_edge("club", "welfare")
    assert not any(d["kind"] == CO_MEMBER for _, _, d in g.edges(data=True))  # body from 2025
    later = stakeholder_graph(small, on=D(2026, 6, 1))
    assert not later.has_edge("club", "welfare")  # ended in 2024
    assert later.has_edge("late", "club")
    assert sum(d["kind"] == CO_MEMBER for _, _, d in later.edges(data=True)) == 3
    everything = stakeholder_graph(small)
    assert everything.has_edge("club", "welfare") and everything.has_edge("late", "club")


def test_graph_skips_unknown_ids_and_duplicate_members(small: ss.Engagement) -> None:
    eng = attrs.evolve(
        small,
        relations=(
            *small.relations,
            relation("sport", "ghost", ss.RelationKind.FUNDS, D(2020, 1, 1)),
        ),
        governance=(body("b2", ("club", "ghost", "club", "alderman")),),
    )
    g = stakeholder_graph(eng)
    assert "ghost" not in g
    assert [(u, v) for u, v, d in g.edges(data=True) if d["kind"] == CO_MEMBER] == [
        ("club", "alderman")
    ]


def test_tie_graph_is_simple_and_undirected() -> None:
    g = nx.MultiDiGraph()
    g.add_edges_from([("a", "b"), ("b", "a"), ("a", "b"), ("b", "c"), ("c", "c")])
    ties = tie_graph(g)
    assert type(ties) is nx.Graph
    assert sorted(map(sorted, ties.edges())) == [["a", "b"], ["b", "c"]]


# -- density and centralization -------------------------------------------------------


@pytest.mark.parametrize(
    ("g", "expected"),
    [
        (nx.Graph(), 0.0),
        (nx.empty_graph(1), 0.0),
        (nx.empty_graph(4), 0.0),
        (nx.path_graph(3), 2 / 3),
        (star(4), 4 / 10),
        (nx.complete_graph(5), 1.0),
    ],
    ids=["empty", "single", "no-ties", "path3", "star5", "complete5"],
)
def test_density(g: nx.Graph, expected: float) -> None:
    assert density(g) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("g", "expected"),
    [
        (nx.Graph(), 0.0),
        (nx.empty_graph(1), 0.0),
        (nx.path_graph(2), 0.0),
        (nx.empty_graph(3), 0.0),
        (star(4), 1.0),
        (star(9), 1.0),
        (nx.complete_graph(6), 0.0),
        (nx.cycle_graph(5), 0.0),
        # a-b-c-d: degrees 1 2 2 1, sum of (2 - d) = 2, denominator 3 * 2
        (nx.path_graph(4), 2 / 6),
        # star of 4 plus one tie between leaves: degrees 4 2 2 1 1 -> (0+2+2+3+3)/(4*3)
        (nx.Graph([(0, 1), (0, 2), (0, 3), (0, 4), (1, 2)]), 10 / 12),
    ],
    ids=[
        "empty",
        "single",
        "pair",
        "no-ties",
        "star5",
        "star10",
        "complete",
        "ring",
        "path4",
        "star+1",
    ],
)
def test_degree_centralization(g: nx.Graph, expected: float) -> None:
    assert degree_centralization(g) == pytest.approx(expected)


def test_measures_ignore_direction_and_parallel_edges() -> None:
    g = nx.MultiDiGraph([(1, 0), (0, 2), (2, 0), (0, 3), (0, 3), (0, 4)])
    assert degree_centralization(g) == pytest.approx(1.0)
    assert density(g) == pytest.approx(4 / 10)


# -- E-I index --------------------------------------------------------------------------

SIDES = {
    "s1": ("sport", OFF),
    "s2": ("sport", EXE),
    "wmo": ("social-support", OFF),
    "youth": ("youth", EXE),
    "ssnb": (None, OFF),
}


@pytest.mark.parametrize(
    ("edges", "counts", "expected"),
    [
        ([], (0, 0), None),
        ([("s1", "ssnb"), ("ssnb", "wmo")], (0, 0), None),
        ([("s1", "s2"), ("wmo", "youth")], (0, 2), -1.0),
        ([("s1", "wmo"), ("s2", "youth"), ("s1", "youth")], (3, 0), 1.0),
        ([("s1", "wmo"), ("s1", "s2"), ("wmo", "youth"), ("ssnb", "s2")], (1, 2), -1 / 3),
        ([("s1", "wmo"), ("s1", "s2")], (1, 1), 0.0),
    ],
    ids=["no-ties", "only-via-no-domain", "all-internal", "all-across", "mixed", "balanced"],
)
def test_ei_index(
    edges: list[tuple[str, str]], counts: tuple[int, int], expected: float | None
) -> None:
    g = graph(SIDES, edges)
    assert ei_counts(g) == counts
    if expected is None:
        assert ei_index(g) is None
    else:
        assert ei_index(g) == pytest.approx(expected)


def test_ei_index_of_empty_and_single_graphs() -> None:
    assert ei_index(nx.Graph()) is None
    assert ei_index(graph({"s": ("sport", OFF)}, [])) is None


def test_ei_index_counts_a_pair_once() -> None:
    g = nx.MultiDiGraph()
    g.add_nodes_from(
        [("s", {"domain": "sport"}), ("w", {"domain": "youth"}), ("t", {"domain": "sport"})]
    )
    g.add_edges_from([("s", "w"), ("w", "s"), ("s", "w"), ("s", "t")])
    assert ei_counts(g) == (1, 1)


# -- brokers --------------------------------------------------------------------------


def test_betweenness_star_and_path() -> None:
    assert betweenness(star(4)) == {0: 1.0, 1: 0.0, 2: 0.0, 3: 0.0, 4: 0.0}
    # path a-b-c-d: b lies on a-c and a-d (2 of 3 pairs without it): 2 / 3
    assert betweenness(nx.path_graph(4)) == pytest.approx({0: 0, 1: 2 / 3, 2: 2 / 3, 3: 0})
    assert betweenness(nx.Graph()) == {}
    assert betweenness(nx.path_graph(2)) == {0: 0.0, 1: 0.0}


@pytest.mark.parametrize("seed", range(6))
def test_betweenness_equals_networkx(seed: int) -> None:
    rng = random.Random(seed)
    g = nx.gnm_random_graph(rng.randint(3, 40), rng.randint(0, 80), seed=seed)
    g.add_nodes_from(["isolated"])
    ours = betweenness(g)
    theirs = nx.betweenness_centrality(g)
    assert ours.keys() == theirs.keys()
    assert all(math.isclose(ours[n], theirs[n], abs_tol=1e-12) for n in g)


# -- single points of failure -----------------------------------------------------------


@pytest.mark.parametrize(
    ("nodes", "edges", "expected"),
    [
        # sport - facilitator - welfare: the facilitator carries the only path
        (
            {"s": ("sport", OFF), "f": (None, OFF), "w": ("youth", EXE)},
            [("s", "f"), ("f", "w")],
            ("f",),
        ),
        # a ring has no articulation point
        (
            {"s": ("sport", OFF), "t": ("sport", EXE), "w": ("youth", EXE), "v": ("youth", OFF)},
            [("s", "t"), ("t", "w"), ("w", "v"), ("v", "s")],
            (),
        ),
        # no path before: nothing to lose
        ({"s": ("sport", OFF), "w": ("youth", EXE), "x": (None, OFF)}, [("s", "x")], ()),
        # x cuts off only another sport club: sport still reaches welfare
        (
            {"c": ("sport", EXE), "x": ("sport", EXE), "s": ("sport", OFF), "w": ("youth", EXE)},
            [("c", "x"), ("x", "s"), ("s", "w")],
            ("s",),
        ),
        # two separate mixed groups: no single removal cuts both
        (
            {
                "a": ("sport", OFF),
                "b": ("youth", OFF),
                "c": ("sport", EXE),
                "d": ("youth", EXE),
                "k": (None, EXE),
            },
            [("a", "k"), ("k", "b"), ("c", "d")],
            (),
        ),
        # an articulation point that is the only sport stakeholder counts
        (
            {"s": ("sport", OFF), "w": ("youth", EXE), "v": ("social-support", EXE)},
            [("s", "w"), ("s", "v")],
            ("s",),
        ),
    ],
    ids=["broker", "ring", "no-path", "club-cut-off", "two-groups", "only-sport"],
)
def test_single_points_of_failure(
    nodes: dict[str, tuple[str | None, str]],
    edges: list[tuple[str, str]],
    expected: tuple[str, ...],
) -> None:
    assert single_points_of_failure(graph(nodes, edges)) == expected


def test_roosendaal_without_bodies_and_executive_bridges_hangs_on_the_sport_department(
    roosendaal: ss.Engagement,
) -> None:
    bridges = (
        {"bsc", "welzijn"},
        {"werkplein", "vv-west"},
        {"bsc", "wijkteam"},
        {"huisartsen", "bsc"},
    )
    eng = attrs.evolve(
        roosendaal,
        governance=(),
        relations=tuple(r for r in roosendaal.relations if {r.source, r.target} not in bridges),
    )
    assert network_metrics(eng).single_points_of_failure == ("afd-sport",)
    report = ss.check(eng, "all", on=D(2026, 11, 24), select=["NET102"])
    assert [(f.code, f.ids) for f in report.findings] == [("NET102", ("afd-sport",))]


# -- levels ----------------------------------------------------------------------------

LEVELLED = {
    "w": ("sport", ADM),
    "d": ("sport", OFF),
    "coach": ("sport", EXE),
    "club": ("sport", EXE),
    "club2": ("sport", EXE),
    "wmo": ("social-support", OFF),
    "welfare": ("social-support", EXE),
    "alderman": ("social-support", ADM),
}
LEVELLED_EDGES = [
    ("w", "d"),
    ("d", "coach"),
    ("coach", "club"),
    ("club", "club2"),
    ("d", "wmo"),
    ("wmo", "welfare"),
    ("alderman", "d"),
]


def test_level_ties_and_cross_level_ties() -> None:
    g = graph(LEVELLED, LEVELLED_EDGES)
    counts = {(a.value, b.value): n for a, b, n in level_ties(g)}
    assert counts == {
        (ADM, ADM): 0,
        (ADM, OFF): 2,
        (ADM, EXE): 0,
        (OFF, OFF): 1,
        (OFF, EXE): 2,
        (EXE, EXE): 2,
    }
    assert network_metrics(g).cross_level_ties == 4


def test_vertical_linkage_runs_within_the_domain() -> None:
    g = graph(LEVELLED, LEVELLED_EDGES)
    result = {
        v.domain.value: (v.linked, tuple(lv.value for lv in v.levels)) for v in vertical_linkage(g)
    }
    # sport: w - d - coach; social support: alderman reaches welfare only through sport's d
    assert result == {"sport": (True, (ADM, OFF, EXE)), "social-support": (False, (ADM, OFF, EXE))}
    g.add_edge("alderman", "wmo")
    assert all(v.linked for v in vertical_linkage(g))


def test_vertical_linkage_needs_both_ends() -> None:
    g = graph({"d": ("youth", OFF), "c": ("youth", EXE)}, [("d", "c")])
    (v,) = vertical_linkage(g)
    assert v.linked is False and [lv.value for lv in v.levels] == [OFF, EXE]


def test_unlinked_to_level() -> None:
    g = graph(LEVELLED, LEVELLED_EDGES)
    assert unlinked_to_level(g, ss.Level.EXECUTIVE, ss.Level.OFFICIAL) == ("club2",)
    assert unlinked_to_level(g, "executive", "official", hops=1) == ("club", "club2")
    assert unlinked_to_level(g, ss.Level.EXECUTIVE, ss.Level.OFFICIAL, hops=3) == ()
    assert unlinked_to_level(g, ss.Level.ADMINISTRATIVE, ss.Level.EXECUTIVE, hops=1) == (
        "alderman",
        "w",
    )
    with pytest.raises(ValueError, match="0"):
        unlinked_to_level(g, ss.Level.EXECUTIVE, ss.Level.OFFICIAL, hops=0)


def test_unlinked_counts_shared_bodies(small: ss.Engagement) -> None:
    # welfare is tied to the official level only through the working group
    g = stakeholder_graph(small, on=D(2026, 6, 1))
    assert "welfare" not in unlinked_to_level(g, ss.Level.EXECUTIVE, ss.Level.OFFICIAL, hops=1)


# -- all measures at once -------------------------------------------------------------


def test_network_metrics_of_small(small: ss.Engagement) -> None:
    m = network_metrics(small)
    # ties: sport-club, club-welfare, late-club, sport-welfare, sport-ssnb, welfare-ssnb
    assert (m.stakeholders, m.ties) == (6, 6)
    assert m.density == pytest.approx(6 / 15)
    assert m.isolates == ("alderman",)
    assert m.components == (("club", "late", "sport", "ssnb", "welfare"), ("alderman",))
    # Collaboration ties only. E: club-welfare, sport-welfare (the working group);
    # I: late-club. The sport department's funding of the club does not count.
    assert (m.external_ties, m.internal_ties, m.ei_index) == (2, 1, pytest.approx(1 / 3))
    assert m.ei_by_area == ((ss.Domain.SOCIAL_SUPPORT, pytest.approx(1 / 3)),)
    assert m.brokers[0] == "club"
    assert dict(m.betweenness).keys() == {"sport", "club", "welfare", "ssnb", "alderman", "late"}
    assert m.single_points_of_failure == ()
    assert m.unlinked_executive == ()
    json.dumps(m.to_dict())


def test_network_metrics_on_a_date(small: ss.Engagement) -> None:
    on = D(2024, 6, 1)
    m = network_metrics(small, on=on)
    assert m == network_metrics(stakeholder_graph(small, on=on))
    assert m.isolates == ("alderman", "ssnb")
    # sport - club - welfare is the only path across before the working group
    assert m.single_points_of_failure == ("club",)


def test_network_metrics_of_an_empty_engagement() -> None:
    m = network_metrics(ss.Engagement(municipality=ss.Municipality(name="Leeg", cbs_code="GM0002")))
    assert (m.stakeholders, m.ties, m.density, m.degree_centralization) == (0, 0, 0.0, 0.0)
    assert m.ei_index is None
    assert m.brokers == m.isolates == m.single_points_of_failure == ()
    assert m.components == () and m.vertical_linkage == ()


def test_network_metrics_rejects_wrong_input(small: ss.Engagement) -> None:
    with pytest.raises(TypeError):
        network_metrics(stakeholder_graph(small), on=D(2024, 1, 1))
    with pytest.raises(TypeError):
        network_metrics("small.yaml")


def test_roosendaal_passes_every_network_rule(roosendaal: ss.Engagement) -> None:
    m = network_metrics(roosendaal, on=D(2026, 11, 24))
    assert m.ei_index is not None and m.ei_index > -1
    assert m.single_points_of_failure == m.isolates == m.unlinked_executive == ()


def test_package_exports(roosendaal: ss.Engagement) -> None:
    from sportsocial.network import NetworkMetrics

    m = ss.network_metrics(roosendaal)
    assert isinstance(m, NetworkMetrics) and isinstance(m, ss.NetworkMetrics)
    assert ss.stakeholder_graph is stakeholder_graph


def test_text_summary_in_both_languages(roosendaal: ss.Engagement) -> None:
    g = stakeholder_graph(roosendaal)
    m = network_metrics(g)
    en, nl = network_text(m, g, "en"), network_text(m, g, "nl")
    assert en != nl
    assert all(i in en for i in m.brokers[:5])


# -- exports ----------------------------------------------------------------------------


def scalar_only(g: nx.Graph) -> bool:
    values = [
        *(v for _, d in g.nodes(data=True) for v in d.values()),
        *(v for *_, d in g.edges(data=True) for v in d.values()),
        *g.graph.values(),
    ]
    return all(isinstance(v, str | int | bool) for v in values)


@pytest.mark.parametrize("on", [None, D(2026, 11, 24), D(2025, 6, 1)])
def test_graphml_round_trip(roosendaal: ss.Engagement, on: dt.date | None) -> None:
    g = stakeholder_graph(roosendaal, on=on)
    assert scalar_only(g)
    assert same(from_graphml(to_graphml(g)), g)


@pytest.mark.parametrize("on", [None, D(2026, 11, 24)])
def test_node_link_json_round_trip(roosendaal: ss.Engagement, on: dt.date | None) -> None:
    g = stakeholder_graph(roosendaal, on=on)
    data = json.loads(json.dumps(to_node_link(g)))
    assert same(from_node_link(data), g)


def test_round_trips_keep_awkward_names(small: ss.Engagement) -> None:
    odd = 'Club "De <Zwaluwen>" & Zoon – ëé #1'
    eng = attrs.evolve(
        small,
        stakeholders=tuple(
            attrs.evolve(s, name=odd) if s.id == "club" else s for s in small.stakeholders
        ),
    )
    g = stakeholder_graph(eng)
    assert same(from_graphml(to_graphml(g)), g)
    assert same(from_node_link(json.loads(json.dumps(to_node_link(g)))), g)
    mermaid = to_mermaid(g)
    assert odd not in mermaid  # quotes and angle brackets are written as entity codes
    assert "#quot;" in mermaid and "#lt;" in mermaid
    dot = to_dot(g)
    assert '"Club \\"De <Zwaluwen>\\" & Zoon – ëé #1"' in dot


@given(engagements())
def test_graphml_and_json_round_trip_any_engagement(eng: ss.Engagement) -> None:
    g = stakeholder_graph(eng)
    assert scalar_only(g)
    assert same(from_graphml(to_graphml(g)), g)
    assert same(from_node_link(json.loads(json.dumps(to_node_link(g)))), g)
    network_metrics(g)


def test_metrics_of_a_read_back_graph_are_the_same(roosendaal: ss.Engagement) -> None:
    g = stakeholder_graph(roosendaal)
    assert network_metrics(from_graphml(to_graphml(g))) == network_metrics(g)


def test_mermaid_structure(roosendaal: ss.Engagement) -> None:
    g = stakeholder_graph(roosendaal)
    lines = to_mermaid(g).splitlines()
    assert lines[0] == "flowchart TB"
    assert sum(line.strip().startswith("subgraph ") for line in lines) == 3
    assert sum(line.strip() == "end" for line in lines) == 3
    node_ids = {s.id.replace("-", "_") for s in roosendaal.stakeholders}
    defined = [
        line.strip().split("[")[0].split("(")[0] for line in lines if line.startswith("    s_")
    ]
    assert sorted(defined) == sorted(f"s_{i}" for i in node_ids)
    assert sum(line.strip().startswith("b_") and "{{" in line for line in lines) == 3
    relations = roosendaal.relations
    assert sum(" -->|" in line for line in lines) == sum(r.kind.directed for r in relations)
    assert sum(" ---|" in line for line in lines) == sum(not r.kind.directed for r in relations)
    assert sum(" -.- " in line for line in lines) == sum(
        len(b.members) for b in roosendaal.governance
    )
    # rows top-down: administrative before official before executive
    rows = [i for i, line in enumerate(lines) if line.strip().startswith("subgraph ")]
    firsts = [lines[i + 2].strip().split("[")[0].split("(")[0] for i in rows]
    assert [g.nodes[f.removeprefix("s_").replace("_", "-")]["level"] for f in firsts] == [
        ADM,
        OFF,
        EXE,
    ]


def test_dot_structure(roosendaal: ss.Engagement) -> None:
    g = stakeholder_graph(roosendaal)
    dot = to_dot(g)
    lines = dot.splitlines()
    assert lines[0].startswith("digraph ") and lines[-1] == "}"
    assert dot.count("{") == dot.count("}")
    assert sum(line.strip().startswith('subgraph "cluster_') for line in lines) == 3
    for s in roosendaal.stakeholders:
        assert sum(line.strip().startswith(f'"{s.id}" [label=') for line in lines) == 1
    memberships = sum(len(b.members) for b in roosendaal.governance)
    edges = [line for line in lines if " -> " in line]
    assert len(edges) == len(roosendaal.relations) + memberships
    undirected = sum(not r.kind.directed for r in roosendaal.relations) + memberships
    assert sum('dir="none"' in line for line in edges) == undirected


def test_drawings_follow_the_language(roosendaal: ss.Engagement) -> None:
    g = stakeholder_graph(roosendaal)
    for lang in ("en", "nl"):
        label = ss.Level.EXECUTIVE.label(lang)
        assert f'"{label}"' in to_mermaid(g, lang)
        assert f'label="{label}"' in to_dot(g, lang)


# -- command line -------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_cli_text(capsys: pytest.CaptureFixture[str], lang: str) -> None:
    result = run(capsys, "network", str(ROOSENDAAL), "--lang", lang)
    assert result.code == 0
    assert "bsc" in result.out


def test_cli_measures_json(capsys: pytest.CaptureFixture[str], roosendaal: ss.Engagement) -> None:
    result = run(capsys, "network", str(ROOSENDAAL), "--format", "measures", "--on", "2026-11-24")
    assert result.code == 0
    assert json.loads(result.out) == json.loads(
        json.dumps(network_metrics(roosendaal, on=D(2026, 11, 24)).to_dict())
    )


@pytest.mark.parametrize("on", [None, "2026-11-24"])
def test_cli_graph_exports_load_back(
    capsys: pytest.CaptureFixture[str], roosendaal: ss.Engagement, on: str | None
) -> None:
    extra = ["--on", on] if on else []
    expected = stakeholder_graph(roosendaal, on=D.fromisoformat(on) if on else None)
    result = run(capsys, "network", str(ROOSENDAAL), "--format", "graphml", *extra)
    assert result.code == 0 and same(from_graphml(result.out), expected)
    result = run(capsys, "network", str(ROOSENDAAL), "--format", "json", *extra)
    assert result.code == 0 and same(from_node_link(json.loads(result.out)), expected)


@pytest.mark.parametrize(("fmt", "start"), [("mermaid", "flowchart TB"), ("dot", "digraph ")])
def test_cli_drawings(capsys: pytest.CaptureFixture[str], fmt: str, start: str) -> None:
    result = run(capsys, "network", str(ROOSENDAAL), "--format", fmt, "--lang", "nl")
    assert result.code == 0 and result.out.startswith(start)


def test_cli_invalid_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("schema_version: 1\nmunicipality: {name: A}\n", encoding="utf-8")
    assert run(capsys, "network", str(bad)).code == 1
    assert run(capsys, "network", str(tmp_path / "missing.yaml")).code == 1


@pytest.mark.parametrize(
    "argv",
    [
        ["network"],
        ["network", str(ROOSENDAAL), "--on", "2026-02-30"],
        ["network", str(ROOSENDAAL), "--on", "tomorrow"],
        ["network", str(ROOSENDAAL), "--format", "xlsx"],
        ["network", str(ROOSENDAAL), "--plot", "network.jpg"],
        ["network", str(ROOSENDAAL), "--plot", "network"],
        ["network", str(ROOSENDAAL), "--plot", "png"],
        ["network", str(ROOSENDAAL), "--plot", ".svg"],
    ],
    ids=[
        "no-file",
        "bad-date",
        "not-a-date",
        "bad-format",
        "bad-picture",
        "no-suffix",
        "suffix-as-name",
        "hidden-name",
    ],
)
def test_cli_usage_errors(capsys: pytest.CaptureFixture[str], argv: list[str]) -> None:
    assert run(capsys, *argv).code == 2


def test_cli_plot_writes_png(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("matplotlib")
    target = tmp_path / "network.png"
    result = run(capsys, "network", str(ROOSENDAAL), "--plot", str(target), "--lang", "nl")
    assert result.code == 0
    assert result.out == ""
    assert target.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert [p.name for p in tmp_path.iterdir()] == ["network.png"]  # no temporary file left
    result = run(capsys, "network", str(ROOSENDAAL), "--plot", str(target), "--format", "text")
    assert result.code == 0 and result.out


def test_cli_plot_into_a_missing_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("matplotlib")
    result = run(capsys, "network", str(ROOSENDAAL), "--plot", str(tmp_path / "no" / "net.png"))
    assert result.code == 1


def test_cli_plot_without_matplotlib(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "matplotlib.figure", None)
    target = tmp_path / "network.png"
    assert run(capsys, "network", str(ROOSENDAAL), "--plot", str(target)).code == 1
    assert not target.exists()
    with pytest.raises(MissingExtra) as info:
        plot_network(ss.load(ROOSENDAAL), target)
    assert info.value.extra == "analysis"


# -- the picture ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("suffix", "magic"), [("png", b"\x89PNG"), ("svg", b"<?xml"), ("pdf", b"%PDF")]
)
def test_plot_network_writes_the_file(
    tmp_path: Path, roosendaal: ss.Engagement, suffix: str, magic: bytes
) -> None:
    pytest.importorskip("matplotlib")
    target = tmp_path / f"network.{suffix}"
    fig = plot_network(roosendaal, target, on=D(2026, 11, 24), lang="nl")
    assert target.read_bytes().startswith(magic)
    assert fig.axes and fig.legends
    assert [p.name for p in tmp_path.iterdir()] == [target.name]


def test_plot_network_of_a_graph_and_of_an_empty_engagement(tmp_path: Path) -> None:
    pytest.importorskip("matplotlib")
    empty = ss.Engagement(municipality=ss.Municipality(name="Leeg", cbs_code="GM0002"))
    plot_network(empty, tmp_path / "empty.png")
    g = nx.MultiDiGraph()
    g.add_node("x", name="X")  # no level, no domain
    plot_network(g, tmp_path / "odd.png", title="odd")
    assert (tmp_path / "empty.png").stat().st_size > 0 and (tmp_path / "odd.png").stat().st_size > 0


def test_plot_network_refuses_an_unknown_format(tmp_path: Path, roosendaal: ss.Engagement) -> None:
    with pytest.raises(ValueError, match=r"network\.gif"):
        plot_network(roosendaal, tmp_path / "network.gif")
    assert list(tmp_path.iterdir()) == []


def test_mermaid_labels_never_open_a_markdown_string_or_stay_empty() -> None:
    # Mermaid reads a label that starts with a backtick as a Markdown string
    # ("`...`") and rejects an empty one: both would break the whole diagram.
    g = nx.MultiDiGraph()
    g.add_node("a", name="`Zwaluwen", level=OFF)
    g.add_node("b", name="", level=OFF)
    g.add_node("c", name="100%\n%%{init: {}}%%", level=OFF)
    g.add_edge("a", "b")  # no kind: no label
    g.add_edge("a", "b", kind=CO_MEMBER, mutual=True, body="x", body_name="`x`", level=OFF)
    text = to_mermaid(g)
    assert "`" not in text and "%" not in text
    assert '""' not in text and "||" not in text
    assert "#96;Zwaluwen" in text
    assert "  s_a --> s_b" in text.splitlines()


def test_text_of_a_network_without_stakeholders_names_the_municipality() -> None:
    empty = ss.Engagement(municipality=ss.Municipality(name="Leegdorp", cbs_code="GM0002"))
    g = stakeholder_graph(empty, on=D(2026, 1, 1))
    for lang in ("en", "nl"):
        head = network_text(network_metrics(g), g, lang).splitlines()[0]
        assert "Leegdorp" in head
        assert {"en": "1 January 2026", "nl": "1 januari 2026"}[lang] in head
