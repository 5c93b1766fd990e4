"""The road to the kick-off: steps, their order, their dates on hand-worked calendars.

Dates below are worked out by hand from the default calendar: the council
meets on the first Thursday of every month but August, the college every
Tuesday, the summer recess runs from 15 July to 31 August; a work session
needs 14 days, a college decision 14, a council decision 42, the kick-off 14.
"""

from __future__ import annotations

import datetime as dt
import json

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import sportsocial as ss
from sportsocial.io.references import check_references
from sportsocial.methodology import shipped_methodology
from sportsocial.roadmap import (
    REMEDIES,
    STEPS,
    MunicipalCalendar,
    NotApplicable,
    Venue,
    remedy_for,
    roadmap,
    step_kind,
    what_if,
)

from .builders import portfolios
from .cli_helpers import run
from .conftest import EXAMPLES

D = dt.date
DECEMBER = D(2026, 12, 2)  # a Wednesday, after the begroting 2027 was adopted
NOVEMBER = D(2026, 11, 24)


@pytest.fixture(scope="module")
def cal() -> MunicipalCalendar:
    return MunicipalCalendar.default()


def _stuck_in_december(roosendaal: ss.Engagement) -> ss.Engagement:
    """Roosendaal as it would be without the council's money: the fund is pooled under the
    steering group, which divided it under its mandate, but the council never adopted it."""
    council = {"kadernota", "begrotingswijziging", "begroting-2027"}
    return attrs.evolve(
        roosendaal,
        decisions=tuple(d for d in roosendaal.decisions if d.id not in council),
        funding=tuple(
            attrs.evolve(
                s,
                contributions=tuple(
                    attrs.evolve(c, committed=None, status=None) for c in s.contributions
                ),
            )
            if s.id == "fonds"
            else s
            for s in roosendaal.funding
        ),
    )


def _not_reconfirmed(roosendaal: ss.Engagement) -> ss.Engagement:
    """Roosendaal without the new college's reconfirmation: its coalition agreement names
    sport only, so the ambition and the mandate of early 2026 predate the election."""
    decisions = []
    for d in roosendaal.decisions:
        if d.id == "herbevestiging":
            continue
        if d.id == "coalitieakkoord":
            d = attrs.evolve(d, domains=(ss.Domain.SPORT,))
        decisions.append(d)
    return attrs.evolve(roosendaal, decisions=tuple(decisions))


# -- the calendar ---------------------------------------------------------------------


def test_the_default_calendar_has_the_sourced_budget_cycle(cal: MunicipalCalendar) -> None:
    # the begroting for 2028 before 15 November 2027, at the first Thursday of November
    assert cal.begroting_meeting(2027) == D(2027, 11, 4)
    assert cal.kadernota_meeting(2027) == D(2027, 7, 1)
    assert D(2027, 8, 5) not in cal.council_meetings_in(2027)  # the summer recess
    assert len(cal.council_meetings_in(2027)) == 11
    assert cal.next_college_meeting(D(2027, 7, 14)) == D(2027, 9, 7)
    assert cal.next_working_day(D(2027, 7, 15)) == D(2027, 9, 1)
    assert {m.id: m.until for m in cal.money_ends} == {
        "buurtsportcoach": D(2026, 12, 31),
        "brede-spuk": D(2026, 12, 31),
        "lokaal-sportakkoord": D(2026, 12, 31),
        "gala": D(2026, 12, 31),
    }
    assert not any(m.settled for m in cal.money_ends)


def test_a_municipality_overrides_the_calendar(cal: MunicipalCalendar) -> None:
    own = attrs.evolve(
        cal,
        council_meetings=(D(2027, 11, 18), D(2027, 10, 7), D(2027, 6, 3)),
        kadernota_month=5,
        council_weekday=1,
        council_week=-1,
    )
    # its own dates replace the pattern in 2027; 18 November is past the deadline
    assert own.council_meetings_in(2027) == (D(2027, 6, 3), D(2027, 10, 7), D(2027, 11, 18))
    assert own.begroting_meeting(2027) == D(2027, 10, 7)
    assert own.kadernota_meeting(2027) == D(2027, 6, 3)
    # 2028 has no dates listed: the pattern, here the last Tuesday of the month
    assert own.council_meetings_in(2028)[0] == D(2028, 1, 25)


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("council_months", (0, 5)),
        ("council_months", ()),
        ("council_weekday", 7),
        ("council_week", 5),
        ("kadernota_month", 13),
        ("begroting_deadline", (2, 30)),
        ("recess", ((7, 15),)),
        ("council_lead_days", -1),
    ],
)
def test_a_calendar_refuses_impossible_values_naming_the_field(field: str, value: object) -> None:
    with pytest.raises(ValueError, match=field):
        MunicipalCalendar(**{field: value})  # type: ignore[arg-type]


# -- the remedies ---------------------------------------------------------------------


def test_every_remedy_names_a_rule_and_the_kinds_wait_in_one_direction() -> None:
    assert set(REMEDIES) <= set(ss.readiness.RULES)
    assert set(REMEDIES.values()) <= set(STEPS)
    # the kinds' order is a DAG: walking 'after' never comes back
    for start in STEPS:
        seen: set[str] = set()
        todo = list(STEPS[start].after)
        while todo:
            k = todo.pop()
            assert k != start, f"{start} waits for itself"
            if k not in seen and k in STEPS:
                seen.add(k)
                todo.extend(STEPS[k].after)


def test_every_rule_on_the_way_to_the_kick_off_has_a_remedy() -> None:
    m = shipped_methodology("ssnb")
    on_the_way = {c for p in m.phases[: m.index("kick-off") + 1] for c in p.gate.codes}
    assert on_the_way <= set(REMEDIES)


def test_a_plug_in_rule_becomes_a_work_session_at_its_level() -> None:
    kind = step_kind("XYZ101", ss.Level.OFFICIAL)
    assert (kind.key, kind.venue, kind.level) == ("xyz101", Venue.WORK_SESSION, ss.Level.OFFICIAL)
    with pytest.raises(KeyError):
        remedy_for("XYZ101")


def test_remedies_say_where_they_apply() -> None:
    assert remedy_for("GOV107").step.key == "joint-body"
    assert remedy_for("GOV107").applicable
    assert remedy_for("FIN103").step.venue is Venue.BEGROTING
    assert not remedy_for("PLN206").applicable
    with pytest.raises(NotApplicable) as refused:
        remedy_for("PLN206").apply(ss.Engagement(municipality=_MUNI), DECEMBER)
    assert "PLN206" in refused.value.message("nl")


# -- the shipped examples -------------------------------------------------------------


def test_bergen_in_december_reaches_its_kick_off_after_the_next_begroting(
    bergen: ss.Engagement, cal: MunicipalCalendar
) -> None:
    r = roadmap(bergen, on=DECEMBER)
    assert r.gates == ("work-sessions", "anchoring", "kick-off")
    dates = {s.id: s.earliest for s in r.steps}
    # 2 Dec + 14: a session on Wed 16 Dec; + 14 = 30 Dec, the college on Tue 5 Jan;
    # + 14: the steering group on Tue 19 Jan; + 42 = 2 Mar: the kadernota for 2028 on
    # Thu 1 Jul 2027 and the begroting 2028 on Thu 4 Nov 2027; + 14: the kick-off
    assert dates["commit-holders"] == D(2026, 12, 16)
    assert dates["joint-body"] == dates["ambition"] == D(2027, 1, 5)
    assert dates["pool"] == D(2027, 1, 19)
    assert dates["budget-kadernota"] == D(2027, 7, 1)
    assert dates["budget"] == cal.begroting_meeting(2027) == D(2027, 11, 4)
    k = r.earliest_kickoff
    assert (k.date, k.set_by) == (D(2027, 11, 18), "budget")
    assert k.chain == ("commit-holders", "joint-body", "pool", "budget-kadernota", "budget")
    assert r.step("budget").venue is Venue.BEGROTING
    assert r.step("kick-off").earliest == k.date
    # unless an amendment is planned: the first council meeting after 2 Mar, Thu 4 Mar
    assert [(a.id, a.date, a.earlier_by_days) for a in r.alternatives] == [
        ("amendment", D(2027, 3, 18), 245)
    ]
    planned = roadmap(bergen, on=DECEMBER, budget_route="amendment")
    assert planned.step("budget").earliest == D(2027, 3, 4)
    assert planned.step("budget").venue is Venue.BUDGET_AMENDMENT
    assert planned.earliest_kickoff.date == D(2027, 3, 18) < cal.begroting_meeting(2027)  # type: ignore[operator]
    assert not planned.alternatives


def test_a_stuck_engagement_in_december_waits_for_the_begroting(
    roosendaal: ss.Engagement,
) -> None:
    stuck = _stuck_in_december(roosendaal)
    r = roadmap(stuck, on=DECEMBER)
    budget = r.step("budget")
    assert set(budget.codes) == {"ANC104", "FIN103", "FIN203", "FIN204"} and budget.required
    # 2 Dec + 42 = 13 Jan: the kadernota for 2028 (1 Jul) and the begroting 2028 (4 Nov)
    assert r.step("budget-kadernota").earliest == D(2027, 7, 1)
    assert (budget.earliest, r.earliest_kickoff.date) == (D(2027, 11, 4), D(2027, 11, 18))
    # an amendment at the first council meeting after 13 Jan, Thu 4 Feb; kick-off 14 days on
    amended = roadmap(stuck, on=DECEMBER, budget_route="amendment")
    assert amended.step("budget").earliest == D(2027, 2, 4)
    assert amended.earliest_kickoff.date == D(2027, 2, 18)
    assert r.alternatives[0].date == D(2027, 2, 18)


def test_skipping_the_kadernota_is_offered_when_it_brings_the_kick_off_earlier(
    roosendaal: ss.Engagement,
) -> None:
    # on 1 Sep the kadernota of July is past, the begroting of 5 Nov is not (1 Sep + 42 = 13 Oct)
    r = roadmap(_stuck_in_december(roosendaal), on=D(2026, 9, 1))
    assert r.step("budget").earliest == D(2027, 11, 4)
    offered = {a.id: a.date for a in r.alternatives}
    # without the kadernota the begroting 2027 of Thu 5 Nov 2026 takes the money
    assert offered["no-kadernota"] == D(2026, 11, 19)
    # an amendment: Thu 1 Oct is before 13 Oct, so the meeting of Thu 5 Nov too
    assert offered["amendment"] == D(2026, 11, 19)


def test_roosendaal_is_ready_and_its_state_money_needs_a_late_replacement(
    roosendaal: ss.Engagement,
) -> None:
    r = roadmap(roosendaal, on=NOVEMBER)
    k = r.earliest_kickoff
    # nothing blocks: 24 Nov + 14 = Tue 8 Dec
    assert (k.date, k.set_by, k.chain) == (D(2026, 12, 8), None, ())
    assert not r.required_steps[:-1]  # only the kick-off itself
    brc = r.step("replace-brc")
    # the state's 40% of the buurtsportcoaches ends on 31 Dec 2026, within the plan
    # (2027-2030); the begroting 2027 is adopted, so an amendment at the first council
    # meeting 42 days on: Thu 7 Jan 2027, after the money ended
    assert brc.codes == ("FIN207",) and not brc.required
    assert (brc.deadline, brc.earliest, brc.late) == (D(2026, 12, 31), D(2027, 1, 7), True)
    assert brc.venue is Venue.BUDGET_AMENDMENT


def test_a_replacement_decided_in_time_goes_through_the_kadernota_and_the_begroting(
    roosendaal: ss.Engagement,
) -> None:
    r = roadmap(roosendaal, on=D(2026, 3, 2))
    brc = r.step("replace-brc")
    # 2 Mar + 42 = 13 Apr: the kadernota of Thu 2 Jul 2026, the begroting 2027 of Thu 5 Nov
    assert r.step("replace-brc-kadernota").earliest == D(2026, 7, 2)
    assert (brc.earliest, brc.late, brc.venue) == (D(2026, 11, 5), False, Venue.BEGROTING)
    assert "replace-brc-kadernota" in brc.depends_on


def test_an_ambition_from_before_the_election_is_reconfirmed_first(
    roosendaal: ss.Engagement,
) -> None:
    eng = _not_reconfirmed(roosendaal)
    r = roadmap(eng, on=NOVEMBER)
    first = r.step("reconfirm")
    assert first.codes == ("GOV108",)
    assert set(first.ids) == {"ambitie", "mandaat"}
    assert first.earliest == D(2026, 12, 8)  # 24 Nov + 14: Tue 8 Dec
    # every step that needs the college waits for it
    for step in r.steps:
        if step.venue in (Venue.COLLEGE, Venue.BUDGET_AMENDMENT) and step.id != "reconfirm":
            assert "reconfirm" in step.depends_on, step.id
    assert r.step("adopt-approach").earliest == D(2026, 12, 22)
    assert r.earliest_kickoff.chain == ("reconfirm", "adopt-approach")
    assert r.earliest_kickoff.date == D(2027, 1, 5)
    # had the new college reconfirmed today, the kick-off comes two weeks earlier
    w = what_if(eng, "GOV108", on=NOVEMBER)
    assert "reconfirm" not in {s.id for s in w.after.steps}
    assert (w.after.earliest_kickoff.date, w.moved_by_days) == (D(2026, 12, 22), -14)


def test_an_election_before_the_kick_off_makes_the_new_college_reconfirm(
    bergen: ss.Engagement, cal: MunicipalCalendar
) -> None:
    r = roadmap(bergen, on=D(2025, 12, 1), budget_route="amendment")
    new = r.step("new-college-2026-03-18")
    formed = cal.college_formed(D(2026, 3, 18))
    assert formed == D(2026, 6, 1)
    # after the college took office: + 14 = 15 Jun, the college meets on Tue 16 Jun
    assert new.earliest == D(2026, 6, 16) and new.required
    assert r.earliest_kickoff.set_by == new.id
    assert r.earliest_kickoff.date == D(2026, 6, 30)
    # no administrative step lands between the election and the new college
    for step in r.steps:
        if step.level is ss.Level.ADMINISTRATIVE:
            assert not D(2026, 3, 18) <= step.earliest < formed, step.id
    # with the begroting the new college misses the kadernota of 2 Jul 2026 (16 Jun + 42)
    regular = roadmap(bergen, on=D(2025, 12, 1))
    assert regular.step("budget-kadernota").earliest == D(2027, 7, 1)
    assert "new-college-2026-03-18" in regular.step("budget-kadernota").depends_on


def test_a_kick_off_that_took_place_needs_no_steps(roosendaal: ss.Engagement) -> None:
    held = attrs.evolve(
        roosendaal,
        plan=attrs.evolve(roosendaal.plan, presented=D(2026, 12, 10)),
        phase_log=(*roosendaal.phase_log, ss.PhaseEntry(phase="kick-off", entered=D(2026, 12, 10))),
    )
    r = roadmap(held, on=D(2027, 1, 15))
    assert r.steps == () and r.earliest_kickoff.done
    assert r.earliest_kickoff.date == D(2026, 12, 10)
    assert "10 december 2026" in r.to_text("nl")


def test_another_methodology_plans_to_its_first_executive_phase(bergen: ss.Engagement) -> None:
    five = shipped_methodology("five-step")
    r = roadmap(attrs.evolve(bergen, phase_log=()), on=DECEMBER, methodology=five)
    assert r.target == "monitoring"
    assert r.gates == tuple(p.id for p in five.phases)
    with pytest.raises(KeyError, match="kick-off"):
        roadmap(bergen, on=DECEMBER, target="launch")


# -- small engagements built here ------------------------------------------------------

_MUNI = ss.Municipality(name="Halsteren", cbs_code="GM0001")


def _small(**changes: object) -> ss.Engagement:
    """Sport and Wmo portfolio holders, the college and the council, an advisory steering
    group without members, and a sport stream of the state's buurtsportcoach scheme."""
    people = (
        ss.Stakeholder(
            id="college",
            name="College",
            kind=ss.StakeholderKind.COLLEGE,
            level=ss.Level.ADMINISTRATIVE,
        ),
        ss.Stakeholder(
            id="raad", name="Raad", kind=ss.StakeholderKind.COUNCIL, level=ss.Level.ADMINISTRATIVE
        ),
        ss.Stakeholder(
            id="w-sport",
            name="Wethouder sport",
            kind=ss.StakeholderKind.PORTFOLIO_HOLDER,
            level=ss.Level.ADMINISTRATIVE,
            portfolios=portfolios(ss.Domain.SPORT),
        ),
        ss.Stakeholder(
            id="w-wmo",
            name="Wethouder Wmo",
            kind=ss.StakeholderKind.PORTFOLIO_HOLDER,
            level=ss.Level.ADMINISTRATIVE,
            portfolios=portfolios(ss.Domain.SOCIAL_SUPPORT),
        ),
    )
    base = ss.Engagement(
        municipality=_MUNI,
        domains=(ss.Domain.SPORT, ss.Domain.SOCIAL_SUPPORT),
        stakeholders=people,
        funding=(
            ss.FundingStream(
                id="bsc",
                name="Buurtsportcoaches",
                funder=ss.Funder.STATE,
                domain=ss.Domain.SPORT,
                amount_per_year=100_000,
                period=ss.Period(start=D(2023, 1, 1)),
                nature=ss.FundingNature.STRUCTURAL,
                integration=ss.FundingIntegration.SILOED,
                committed=D(2023, 1, 1),
            ),
            ss.FundingStream(
                id="wmo",
                name="Algemene voorziening bewegen",
                domain=ss.Domain.SOCIAL_SUPPORT,
                amount_per_year=80_000,
                period=ss.Period(start=D(2024, 1, 1)),
                nature=ss.FundingNature.STRUCTURAL,
                integration=ss.FundingIntegration.SILOED,
                committed=D(2023, 11, 9),
            ),
        ),
        governance=(
            ss.GovernanceBody(
                id="stuurgroep",
                name="Stuurgroep",
                kind=ss.GovernanceKind.STEERING_GROUP,
                level=ss.Level.ADMINISTRATIVE,
                mandate=ss.Mandate(kind=ss.MandateKind.ADVISORY),
                period=ss.Period(start=D(2026, 6, 1)),
            ),
        ),
        phase_log=(ss.PhaseEntry(phase="administrative-connection", entered=D(2026, 6, 1)),),
    )
    return attrs.evolve(base, **changes)


def test_money_of_a_scheme_that_ends_shows_its_replacement_from_the_calendar() -> None:
    r = roadmap(_small(), on=DECEMBER)
    # the stream names no end, but the buurtsportcoach scheme of the catalogue ends
    step = r.step("replace-bsc")
    assert step.codes == () and step.deadline == D(2026, 12, 31) and step.late
    assert "31 december 2026" in step.findings[0]("nl")


def test_a_stream_s_route_names_its_scheme_whatever_its_name() -> None:
    """The route is the record; the name is only read for a stream without one."""
    eng = _small()
    renamed = attrs.evolve(eng.funding[0], name="Sportbudget", route="brede-spuk")
    r = roadmap(attrs.evolve(eng, funding=(renamed, eng.funding[1])), on=DECEMBER)
    assert r.step("replace-bsc").deadline == D(2026, 12, 31)
    # a route that does not end (the Wmo general provision) is no scheme that ends,
    # even when the name speaks of buurtsportcoaches
    municipal = attrs.evolve(eng.funding[0], route="wmo-algemene-voorziening")
    r = roadmap(attrs.evolve(eng, funding=(municipal, eng.funding[1])), on=DECEMBER)
    assert "replace-bsc" not in {s.id for s in r.steps}


def test_what_if_the_college_grants_the_mandate_and_the_group_pools() -> None:
    eng = _small()
    before = roadmap(eng, on=DECEMBER, budget_route="amendment")
    assert before.step("joint-body").codes == ("GOV101", "GOV105")
    # the college on Tue 5 Jan, the steering group on Tue 19 Jan, + 42 = 2 Mar: the
    # council's amendment on Thu 4 Mar, the kick-off on Thu 18 Mar
    assert before.step("budget").earliest == D(2027, 3, 4)
    assert before.earliest_kickoff.date == D(2027, 3, 18)
    assert before.earliest_kickoff.set_by == "budget"
    granted = remedy_for("GOV101").apply(eng, DECEMBER, ("stuurgroep",))
    body = granted.body("stuurgroep")
    assert body is not None and body.decides and body.mandate.granted_by == "mandaat"
    assert set(body.member_ids) == {"w-sport", "w-wmo"}
    assert granted.decision("mandaat").by == "college"  # type: ignore[union-attr]
    # had the college granted the mandate and the group pooled the streams today, the
    # amendment comes 2 Dec + 42 = 13 Jan: Thu 4 Feb; the work that prepares the plan now
    # sets the date: the ambition on Tue 5 Jan, the sessions on Tue 19 Jan, the plan on
    # Tue 2 Feb, the college adopts it on Tue 16 Feb, the kick-off on Tue 2 Mar
    w = what_if(eng, "joint-body", "pool", on=DECEMBER, budget_route="amendment")
    assert {"joint-body", "pool"} & {s.id for s in w.after.steps} == set()
    assert w.after.step("budget").earliest == D(2027, 2, 4)
    assert w.after.step("adopt-approach").earliest == D(2027, 2, 16)
    assert (w.after.earliest_kickoff.date, w.moved_by_days) == (D(2027, 3, 2), -16)
    assert w.after.earliest_kickoff.set_by == "adopt-approach"
    pooled = w.engagement
    assert {s.id: s.integration.value for s in pooled.funding} == {
        "bsc": "pooled",
        "wmo": "pooled",
    }
    assert pooled.body("stuurgroep").controls == ("bsc", "wmo")  # type: ignore[union-attr]
    # the changed engagement is a valid document
    assert not check_references(pooled)
    assert ss.loads(ss.dumps(pooled, format="json"), format="json") == pooled
    # the council's amendment on top removes the budget step, but it set nothing: no change
    w2 = what_if(pooled, "budget", on=DECEMBER, budget_route="amendment")
    assert "budget" not in {s.id for s in w2.after.steps}
    assert w2.engagement.decisions[-1].kind is ss.DecisionKind.BUDGET_AMENDMENT
    assert w2.moved_by_days == 0


def test_what_if_the_council_adopts_an_amendment_in_december(
    roosendaal: ss.Engagement,
) -> None:
    stuck = _stuck_in_december(roosendaal)
    w = what_if(stuck, "budget", on=DECEMBER)
    # nothing else blocks: 2 Dec + 14 = Wed 16 Dec instead of the begroting's 18 Nov 2027
    assert w.after.earliest_kickoff.date == D(2026, 12, 16)
    assert w.moved_by_days == (D(2026, 12, 16) - D(2027, 11, 18)).days
    fonds = w.engagement.funding_stream("fonds")
    assert fonds is not None
    # the council commits the municipality's own money, not the insurer's
    assert [c.committed for c in fonds.contributions] == [DECEMBER] * 3 + [None]
    assert w.engagement.decisions[-1].funding == ("fonds", "brc", "jeugdfonds")


def test_what_if_refuses_what_cannot_be_applied() -> None:
    eng = _small()
    with pytest.raises(NotApplicable, match="joint-body"):
        what_if(eng, "pool", on=DECEMBER)  # no joint body with a mandate yet
    with pytest.raises(NotApplicable, match="PLN201"):
        what_if(eng, "PLN201", on=DECEMBER)  # setting goals is content, not a document change
    with pytest.raises(NotApplicable, match="PRC102"):
        what_if(eng, "PRC102", on=DECEMBER)  # not on the way: the commission is no open finding
    only_sport = attrs.evolve(eng, funding=eng.funding[:1])
    granted = remedy_for("GOV101").apply(only_sport, DECEMBER)
    with pytest.raises(NotApplicable) as refused:
        what_if(granted, "pool", on=DECEMBER)
    assert "sport" in refused.value.message("nl")
    without_college = attrs.evolve(eng, stakeholders=eng.stakeholders[2:])
    with pytest.raises(NotApplicable):
        remedy_for("GOV101").apply(without_college, DECEMBER)


def test_a_free_change_is_a_function_of_the_engagement_and_the_day() -> None:
    def hold_official_session(e: ss.Engagement, day: dt.date) -> ss.Engagement:
        return attrs.evolve(
            e,
            work_sessions=(
                *e.work_sessions,
                ss.WorkSession(id="ws", date=day, levels=(ss.Level.OFFICIAL,)),
            ),
        )

    w = what_if(_small(), hold_official_session, on=DECEMBER)
    assert w.applied == ("hold_official_session",)
    assert len(w.engagement.work_sessions) == 1
    assert "→" in str(w)


# -- output -------------------------------------------------------------------------------


def test_to_dict_is_json_with_both_languages(bergen: ss.Engagement) -> None:
    r = roadmap(bergen, on=DECEMBER)
    data = json.loads(json.dumps(r.to_dict()))
    assert data["earliest_kickoff"]["date"] == "2027-11-18"
    assert data["earliest_kickoff"]["set_by"] == "budget"
    assert data["steps"][0]["title"]["nl"].startswith("Bestuurlijke werksessie")
    assert {s["id"] for s in data["steps"]} == {s.id for s in r.steps}
    nl = r.to_dict("nl")
    assert isinstance(nl["steps"][0]["why"], str)
    assert nl["alternatives"][0]["earlier_by_days"] == 245


def test_every_text_of_a_roadmap_exists_in_both_languages(bergen: ss.Engagement) -> None:
    r = roadmap(bergen, on=DECEMBER)
    for step in r.steps:
        for text in (step.title, step.why, step.remedy, *step.findings):
            assert text.en and text.nl
        assert step.title.en != step.title.nl
    assert r.to_markdown("nl").startswith("# Bergen op Zoom — Route naar de kick-off")
    assert "| 18 November 2027 |" in r.to_markdown("en")
    assert "Vroegste kick-off: 18 november 2027" in r.to_text("nl")
    assert str(roadmap(bergen, on=DECEMBER, lang="nl")).startswith("Bergen op Zoom — Route")


# -- the schedule's invariants, on any date and calendar --------------------------------


@given(
    on=st.dates(min_value=D(2025, 6, 1), max_value=D(2028, 12, 31)),
    months=st.sets(st.integers(1, 12), min_size=3).map(lambda s: tuple(sorted(s))),
    weekday=st.integers(0, 4),
    route=st.sampled_from(["begroting", "amendment"]),
    which=st.sampled_from(["bergen-op-zoom-stuck", "etten-leur-baseline", "roosendaal-kickoff"]),
)
def test_every_step_lands_on_a_day_its_venue_allows_after_what_it_waits_for(
    on: dt.date, months: tuple[int, ...], weekday: int, route: str, which: str
) -> None:
    eng = _EXAMPLES[which]
    cal = attrs.evolve(
        _DEFAULT, council_months=months, council_weekday=weekday, college_weekday=weekday
    )
    r = roadmap(eng, on=on, calendar=cal, budget_route=route)
    by_id = {s.id: s for s in r.steps}
    seen: set[str] = set()
    for step in r.steps:
        assert step.earliest >= on
        for dep in step.depends_on:
            assert dep in seen and by_id[dep].earliest <= step.earliest
        seen.add(step.id)
        if step.venue.council:
            assert step.earliest in cal.council_meetings_in(step.earliest.year)
        if step.venue is Venue.BEGROTING:
            assert step.earliest == cal.begroting_meeting(step.earliest.year)
        if step.venue is Venue.COLLEGE:
            assert step.earliest.weekday() == weekday and not cal.in_recess(step.earliest)
        if step.venue in (Venue.WORK_SESSION, Venue.STEERING_GROUP, Venue.KICK_OFF):
            assert cal.working_day(step.earliest)
    kick = r.earliest_kickoff
    if not kick.done:
        assert by_id["kick-off"].earliest == kick.date
        assert all(s.earliest <= kick.date for s in r.steps if s.required)
        assert r.steps[-1].id == "kick-off" or by_id["kick-off"].earliest <= r.steps[-1].earliest
        for a in r.alternatives:
            assert a.date < kick.date and a.earlier_by_days == (kick.date - a.date).days


_DEFAULT = MunicipalCalendar.default()
_EXAMPLES = {
    name: ss.load(EXAMPLES / f"{name}.yaml")
    for name in ("bergen-op-zoom-stuck", "etten-leur-baseline", "roosendaal-kickoff")
}


def test_the_roadmap_page_lists_every_kind_of_step_and_every_rule_it_resolves() -> None:
    from .conftest import ROOT

    page = (ROOT / "docs" / "roadmap.md").read_text(encoding="utf-8")
    rows = [line for line in page.splitlines() if line.startswith("| `")]
    listed: dict[str, str] = {}
    for line in rows:  # the first table: the kinds of step
        listed.setdefault(line.split("`")[1], line)
    assert set(STEPS) <= set(listed)
    for code, key in REMEDIES.items():
        assert code in listed[key], (code, key)


@pytest.mark.parametrize("recess", [((1, 1), (12, 31)), ((12, 20), (1, 5))])
def test_a_recess_must_leave_days_and_stay_within_a_year(
    recess: tuple[tuple[int, int], tuple[int, int]], capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(ValueError, match="recess"):
        MunicipalCalendar(recess=recess)
    text = "{:02d}-{:02d}:{:02d}-{:02d}".format(*recess[0], *recess[1])
    path = str(EXAMPLES / "bergen-op-zoom-stuck.yaml")
    assert run(capsys, "roadmap", path, "--recess", text).code == 2


def test_the_summer_recess_is_named_only_when_it_moves_a_step(bergen: ss.Engagement) -> None:
    december = roadmap(bergen, on=D(2026, 12, 2)).step("commit-holders")
    assert december.earliest == D(2026, 12, 16) and "recess" not in december.why("en")
    july = roadmap(bergen, on=D(2027, 7, 5)).step("commit-holders")
    # 14 days to invite: 19 July, in the recess; the first working day after it
    assert july.earliest == D(2027, 9, 1) and "recess" in july.why("en")
