"""The evaluation view (one ``as_of`` per date, shared) and the network measures' algorithms."""

from __future__ import annotations

import datetime as dt
import gc
import weakref
from collections.abc import Iterator

import attrs
import networkx as nx
import pytest
from hypothesis import given
from hypothesis import strategies as st

import sportsocial as ss
from sportsocial import _evaluation
from sportsocial._evaluation import evaluation_view, fact_dates, forget_views, views_over
from sportsocial.alignment.profile import alignment_of
from sportsocial.network import (
    network_metrics,
    single_points_of_failure,
    stakeholder_graph,
    tie_graph,
    unlinked_to_level,
)
from sportsocial.network.graph import build_graph, build_ties

from .strategies import engagements

D = dt.date
ON = D(2026, 11, 24)
DOMAINS = (None, "sport", "sport", "social-support", "youth")
LEVELS = ("administrative", "official", "executive")


@pytest.fixture(autouse=True)
def _no_kept_views() -> Iterator[None]:
    forget_views()
    yield
    forget_views()


@st.composite
def tie_graphs(draw: st.DrawFn, max_nodes: int = 14) -> nx.Graph:
    """Small simple graphs whose nodes have a level and maybe a domain."""
    n = draw(st.integers(0, max_nodes))
    g = nx.Graph()
    for node in range(n):
        data = {"level": draw(st.sampled_from(LEVELS))}
        domain = draw(st.sampled_from(DOMAINS))
        if domain is not None:
            data["domain"] = domain
        g.add_node(f"n{node}", **data)
    if n > 1:
        pairs = st.tuples(st.integers(0, n - 1), st.integers(0, n - 1))
        g.add_edges_from(
            (f"n{u}", f"n{v}") for u, v in draw(st.lists(pairs, max_size=2 * n)) if u != v
        )
    return g


# -- the measures against their definitions ------------------------------------------------


def _linked(g: nx.Graph) -> bool:
    """Whether some component holds a sport and a social-domain stakeholder."""
    for part in nx.connected_components(g):
        domains = {g.nodes[n].get("domain") for n in part}
        if "sport" in domains and domains - {"sport", None}:
            return True
    return False


def _by_definition(g: nx.Graph) -> tuple[str, ...]:
    if not _linked(g):
        return ()
    points = []
    for a in nx.articulation_points(g):
        rest = g.copy()
        rest.remove_node(a)
        if not _linked(rest):
            points.append(a)
    return tuple(sorted(points))


@given(tie_graphs())
def test_single_points_of_failure_match_their_definition(g: nx.Graph) -> None:
    assert single_points_of_failure(g) == _by_definition(g)


@pytest.mark.parametrize("leaves", [1, 2, 5])
def test_a_hub_between_many_sport_clubs_and_one_welfare_worker(leaves: int) -> None:
    g = nx.Graph()
    g.add_node("hub", domain="sport")
    g.add_node("welfare", domain="social-support")
    g.add_edge("hub", "welfare")
    for i in range(leaves):
        g.add_node(f"club{i}", domain="sport")
        g.add_edge("hub", f"club{i}")
    assert single_points_of_failure(g) == ("hub",)


def _unlinked_by_search(g: nx.Graph, level: str, other: str, hops: int) -> tuple[str, ...]:
    found = []
    for node, lv in g.nodes(data="level"):
        reach = nx.single_source_shortest_path_length(g, node, cutoff=hops)
        if lv == level and not any(g.nodes[n]["level"] == other for n in reach if n != node):
            found.append(node)
    return tuple(sorted(found))


@given(
    tie_graphs(),
    st.sampled_from(LEVELS),
    st.sampled_from(LEVELS),
    st.integers(1, 3),
)
def test_unlinked_to_level_matches_one_search_per_stakeholder(
    g: nx.Graph, level: str, other: str, hops: int
) -> None:
    assert unlinked_to_level(g, level, other, hops=hops) == _unlinked_by_search(
        g, level, other, hops
    )


@given(tie_graphs())
def test_betweenness_is_networkx(g: nx.Graph) -> None:
    m = network_metrics(g)
    # equal up to the order in which floating-point sums are taken
    expected = {str(n): b for n, b in nx.betweenness_centrality(g).items()}
    assert dict(m.betweenness) == pytest.approx(expected, rel=1e-12, abs=1e-15)


# -- building the tie graph straight from the engagement -------------------------------------


def _layout(g: nx.Graph) -> tuple[object, ...]:
    """Nodes with their data, and every node's neighbours, all in order."""
    return (list(g.nodes(data=True)), [(n, list(g[n])) for n in g])


@given(engagements(), st.none() | st.dates(min_value=D(2015, 1, 1), max_value=D(2035, 12, 31)))
def test_ties_built_directly_are_the_projection_of_the_graph(
    eng: ss.Engagement, on: dt.date | None
) -> None:
    view = eng if on is None else eng.as_of(on)
    direct, projected = build_ties(view, on), tie_graph(build_graph(view, on))
    assert _layout(direct) == _layout(projected)


def test_measures_on_a_date_equal_those_of_the_graph(roosendaal: ss.Engagement) -> None:
    for on in (D(2025, 6, 1), D(2026, 3, 1), ON):
        by_view = network_metrics(roosendaal, on=on)
        assert by_view.to_dict() == network_metrics(stakeholder_graph(roosendaal, on=on)).to_dict()


# -- laziness --------------------------------------------------------------------------------


def test_check_computes_only_the_measures_its_rules_read(roosendaal: ss.Engagement) -> None:
    ss.check(roosendaal, "all", on=ON)
    computed = set(vars(evaluation_view(roosendaal, ON).network))
    # the NET rules read the E-I index, single points of failure, isolates and links;
    # the alignment the rules read takes the vertical linkage from the same network
    read = {"_ei", "single_points_of_failure", "isolates", "unlinked_executive"}
    assert read | {"vertical_linkage"} <= computed
    unread = {"betweenness", "brokers", "components", "level_ties"}
    assert unread.isdisjoint(computed)


def test_the_alignment_takes_the_vertical_linkage_of_the_views_network(
    roosendaal: ss.Engagement,
) -> None:
    view = evaluation_view(roosendaal, ON)
    profile = view.alignment.governance
    linked = {v.domain for v in view.network.vertical_linkage if v.linked}
    assert "vertical_linkage" in vars(view.network)
    assert set(profile.vertical_continuity) == linked & set(profile.level_domain_matrix)
    # and the same as the alignment computed on its own
    from sportsocial.alignment.governance import governance_profile

    alone = governance_profile(roosendaal.as_of(ON), ON)
    assert alone == profile


def test_measures_are_computed_when_read_and_kept(roosendaal: ss.Engagement) -> None:
    m = network_metrics(roosendaal)
    assert set(vars(m)) == {"_graph"}
    brokers = m.brokers
    assert {"betweenness", "brokers"} <= set(vars(m))
    assert m.brokers is brokers


def test_measures_are_immutable_values(roosendaal: ss.Engagement) -> None:
    m, again = network_metrics(roosendaal), network_metrics(stakeholder_graph(roosendaal))
    assert m == again and hash(m) == hash(again) and m != network_metrics(nx.Graph())
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        m.density = 1.0  # type: ignore[misc]
    with pytest.raises(nx.NetworkXError):
        m._graph.add_node("intruder")
    assert repr(m).startswith("NetworkMetrics(stakeholders=22, ties=")


def test_the_measures_do_not_follow_the_graph_they_came_from() -> None:
    g = nx.path_graph(["a", "b", "c"])
    m = network_metrics(g)
    g.add_edge("a", "c")
    assert m.ties == 2 and g.number_of_edges() == 3


# -- one as_of per date ----------------------------------------------------------------------


@pytest.fixture
def as_of_calls(monkeypatch: pytest.MonkeyPatch) -> list[dt.date]:
    calls: list[dt.date] = []
    original = ss.Engagement.as_of

    def counted(self: ss.Engagement, on: dt.date) -> ss.Engagement:
        calls.append(on)
        return original(self, on)

    monkeypatch.setattr(ss.Engagement, "as_of", counted)
    return calls


def test_one_as_of_per_date_for_every_analysis(
    roosendaal: ss.Engagement, as_of_calls: list[dt.date]
) -> None:
    report = ss.check(roosendaal, "all", on=ON)
    a = ss.alignment(roosendaal, on=ON)
    m = ss.network_metrics(roosendaal, on=ON)
    ss.stakeholder_graph(roosendaal, on=ON)
    ss.who_pays_who_benefits(roosendaal, on=ON)
    ss.agenda(roosendaal, "kick-off", on=ON)
    ss.status(roosendaal, on=ON)
    assert as_of_calls == [ON]
    assert a is evaluation_view(roosendaal, ON).alignment
    assert m is evaluation_view(roosendaal, ON).network
    assert report.on == ON


def test_the_view_is_the_engagement_as_of_the_date(roosendaal: ss.Engagement) -> None:
    view = evaluation_view(roosendaal, ON)
    assert view.engagement == roosendaal.as_of(ON) and view.on == ON
    assert view.alignment == alignment_of(roosendaal.as_of(ON), ON)
    assert evaluation_view(roosendaal, D(2025, 6, 1)).engagement.phase == "baseline"


def test_views_are_kept_by_identity_not_value(roosendaal: ss.Engagement) -> None:
    twin = attrs.evolve(roosendaal)
    assert twin == roosendaal
    assert evaluation_view(twin, ON) is not evaluation_view(roosendaal, ON)
    assert evaluation_view(roosendaal, ON) is evaluation_view(roosendaal, ON)


def test_kept_views_do_not_keep_an_engagement_alive(roosendaal: ss.Engagement) -> None:
    twin = attrs.evolve(roosendaal)
    alive = weakref.ref(twin)
    evaluation_view(twin, ON)
    del twin
    gc.collect()
    assert alive() is None


def test_only_the_latest_views_are_kept(roosendaal: ss.Engagement) -> None:
    days = [ON - dt.timedelta(days=i) for i in range(_evaluation.KEPT + 3)]
    first = evaluation_view(roosendaal, days[0])
    for day in days[1:]:
        evaluation_view(roosendaal, day)
    assert len(_evaluation._kept) == _evaluation.KEPT
    assert evaluation_view(roosendaal, days[0]) is not first


# -- a timeline reuses the engagement between its dates ---------------------------------------


def test_fact_dates_hold_every_date_of_the_engagement(roosendaal: ss.Engagement) -> None:
    dates = fact_dates(roosendaal)
    assert list(dates) == sorted(set(dates))
    assert D(2026, 7, 9) in dates  # a commitment
    assert D(2026, 5, 12) in dates  # a goal set
    assert all(p.entered in dates for p in roosendaal.phase_log)


@given(
    engagements(),
    st.lists(st.dates(min_value=D(2014, 1, 1), max_value=D(2036, 12, 31)), max_size=8),
)
def test_views_over_dates_are_the_engagement_as_of_each(
    eng: ss.Engagement, days: list[dt.date]
) -> None:
    days = sorted(set(days))
    views = list(views_over(eng, days))
    assert [v.on for v in views] == days
    assert all(v.engagement == eng.as_of(v.on) for v in views)


def test_a_timeline_builds_the_engagement_anew_only_when_a_fact_changed(
    roosendaal: ss.Engagement, as_of_calls: list[dt.date]
) -> None:
    after = max(fact_dates(roosendaal)) + dt.timedelta(days=2)
    ts = ss.timeline(roosendaal, "month", start=after, end=after + dt.timedelta(days=365))
    assert len(ts) >= 12 and len(as_of_calls) == 1
    during = ss.timeline(roosendaal, "month", start=D(2026, 1, 1), end=D(2027, 12, 31))
    assert 1 < len(as_of_calls) - 1 < len(during)
    rows = [alignment_of(roosendaal.as_of(r.on), r.on) for r in (*ts, *during)]
    assert [r.index for r in (*ts, *during)] == [a.index for a in rows]
