"""The domain model: labels, periods, immutability and the engagement on a past date."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest

import sportsocial as ss
from sportsocial.model import enums

D = dt.date


@pytest.mark.parametrize(
    "enum",
    [getattr(enums, name) for name in enums.__all__],
)
def test_every_enum_member_has_both_labels(enum: type[enums._Labelled]) -> None:
    for member in enum:
        assert member.label("en") and member.label("nl")


def test_levels_and_domains() -> None:
    assert [lv.value for lv in ss.Level] == ["administrative", "official", "executive"]
    assert ss.Level.EXECUTIVE.label("nl") == "uitvoerend"
    assert not ss.Domain.SPORT.is_social
    assert all(d.is_social for d in ss.Domain if d is not ss.Domain.SPORT)
    assert ss.StakeholderKind.SPORTS_CLUB.is_civil_society
    assert not ss.StakeholderKind.MUNICIPAL_DEPARTMENT.is_civil_society
    assert ss.RelationKind.FUNDS.directed and not ss.RelationKind.COLLABORATES.directed


def test_period() -> None:
    p = ss.Period(start=D(2024, 1, 1), end=D(2024, 12, 31))
    assert p.contains(D(2024, 12, 31)) and not p.contains(D(2025, 1, 1))
    assert p.ended_by(D(2025, 1, 1)) and not p.ended_by(D(2024, 12, 31))
    assert p.days_within(D(2024, 12, 1), D(2025, 1, 31)) == 31
    assert ss.Period(start=D(2024, 1, 1)).days_within(D(2023, 1, 1), D(2023, 12, 31)) == 0


def test_engagement_is_frozen(minimal: ss.Engagement) -> None:
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        minimal.methodology = "x"  # type: ignore[misc]


def test_as_of_drops_what_had_not_happened(roosendaal: ss.Engagement) -> None:
    early = roosendaal.as_of(D(2025, 6, 1))
    assert [p.phase for p in early.phase_log] == ["exploration", "baseline"]
    assert [w.id for w in early.work_sessions] == ["ws-startfoto"]
    assert early.decisions[0].id == "opdracht" and len(early.decisions) == 1
    assert [b.id for b in early.governance] == ["werkgroep"]
    assert early.goals == () and early.opportunities == () and early.plan.actions == ()
    # The pooled fund starts in September 2026 and was committed mid-2026: not there in 2025.
    assert {f.id for f in early.funding} == {"brc", "jeugdfonds", "sportakkoord"}


def test_as_of_keeps_future_money_once_committed(roosendaal: ss.Engagement) -> None:
    view = roosendaal.as_of(D(2026, 8, 1))
    fund = view.funding_stream("fonds")
    assert fund is not None and fund.contributions[0].committed == D(2026, 7, 9)
    assert view.funding_stream("fonds") == roosendaal.funding_stream("fonds")


def test_as_of_clears_later_knowledge(roosendaal: ss.Engagement) -> None:
    view = roosendaal.as_of(D(2026, 4, 1))
    obstacle = next(o for o in view.obstacles if o.id == "h-budget")
    assert obstacle.response is None and obstacle.resolved is None
    assert view.revision is None


def test_as_of_closed_facts_stay(bergen: ss.Engagement) -> None:
    view = bergen.as_of(D(2026, 11, 1))
    stream = view.funding_stream("inburgering-activering")
    assert stream is not None and stream.period.ended_by(D(2026, 11, 1))


def test_as_of_filters_references_to_absent_facts() -> None:
    e = ss.Engagement(
        municipality=ss.Municipality(name="X", cbs_code="GM0001"),
        stakeholders=(
            ss.Stakeholder(
                id="a", name="A", kind=ss.StakeholderKind.SPORTS_CLUB, level=ss.Level.EXECUTIVE
            ),
            ss.Stakeholder(
                id="b",
                name="B",
                kind=ss.StakeholderKind.SPORTS_CLUB,
                level=ss.Level.EXECUTIVE,
                period=ss.Period(start=D(2025, 1, 1)),
            ),
        ),
        relations=(
            ss.Relation(
                source="a",
                target="b",
                kind=ss.RelationKind.COLLABORATES,
                period=ss.Period(start=D(2020, 1, 1)),
            ),
        ),
        plan=ss.ImplementationPlan(
            actions=(ss.Action(id="x", title="X", added=D(2020, 1, 1), owner="b"),)
        ),
    )
    view = e.as_of(D(2024, 1, 1))
    assert [s.id for s in view.stakeholders] == ["a"]
    assert view.relations == ()
    assert view.plan.actions[0].owner is None


def test_lookups(roosendaal: ss.Engagement) -> None:
    assert roosendaal.stakeholder("ggd") is not None
    assert roosendaal.stakeholder("nobody") is None
    body = roosendaal.body("stuurgroep")
    assert body is not None and body.decides
