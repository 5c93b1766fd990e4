"""Hypothesis strategies for valid engagements (all references consistent)."""

from __future__ import annotations

import datetime as dt

import attrs
from hypothesis import strategies as st

import sportsocial as ss
from sportsocial.model._fields import MAX_AMOUNT

texts = st.text(
    # U+FFFE and U+FFFF are refused in documents (SCH112), as control characters are.
    alphabet=st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\ufffe\uffff"),
    min_size=1,
    max_size=20,
).filter(lambda s: s.strip() == s and s != "")
dates = st.dates(min_value=dt.date(2015, 1, 1), max_value=dt.date(2035, 12, 31))
amounts = st.floats(min_value=0, max_value=MAX_AMOUNT, allow_nan=False, allow_infinity=False)
values = st.floats(min_value=-1e9, max_value=1e9, allow_nan=False, allow_infinity=False)


@st.composite
def periods(draw: st.DrawFn) -> ss.Period:
    start = draw(dates)
    end = draw(st.none() | st.dates(min_value=start, max_value=dt.date(2040, 12, 31)))
    return ss.Period(start=start, end=end)


def _pick(draw: st.DrawFn, pool: list[str], max_size: int = 3) -> tuple[str, ...]:
    if not pool:
        return ()
    return tuple(draw(st.lists(st.sampled_from(pool), max_size=max_size, unique=True)))


def _one(draw: st.DrawFn, pool: list[str]) -> str | None:
    return draw(st.none() | st.sampled_from(pool)) if pool else None


def _span(draw: st.DrawFn) -> tuple[dt.date | None, dt.date | None]:
    """A ``from``/``until`` pair, either side open, never ending before it starts."""
    start = draw(st.none() | dates)
    until = draw(
        st.none()
        | st.dates(min_value=start or dt.date(2015, 1, 1), max_value=dt.date(2040, 12, 31))
    )
    return start, until


def _status(draw: st.DrawFn) -> tuple[ss.FundingStatus | None, dt.date | None]:
    """A status and commitment date that do not contradict each other (REF214)."""
    status = draw(st.none() | st.sampled_from(ss.FundingStatus))
    uncommitted = (ss.FundingStatus.PROPOSED, ss.FundingStatus.TENDER_DEPENDENT)
    committed = None if status in uncommitted else draw(st.none() | dates)
    return status, committed


#: Rules of the gates of the first phases of the default methodology: what a waiver may name.
_GATE_RULES = {
    p.id: sorted({*p.gate.must, *p.gate.should})
    for p in ss.Methodology.default().phases
    if p.id in ("exploration", "baseline", "administrative-connection")
}


@st.composite
def engagements(draw: st.DrawFn, max_items: int = 4) -> ss.Engagement:
    """A valid engagement: unique ids, every reference resolvable, ordered dates."""
    counter = iter(range(10_000))

    def new_id(prefix: str) -> str:
        return f"{prefix}{next(counter)}"

    n = st.integers(min_value=0, max_value=max_items)
    stakeholders = []
    for _ in range(draw(n)):
        # Portfolios lie within the term in office (REF212): draw them without
        # dates when a term is drawn.
        in_office = draw(st.none() | periods())
        portfolios = []
        for domain in draw(st.lists(st.sampled_from(ss.Domain), max_size=2, unique=True)):
            start, until = (None, None) if in_office is not None else _span(draw)
            portfolios.append(ss.Portfolio(domain=domain, start=start, until=until))
        stakeholders.append(
            ss.Stakeholder(
                id=new_id("s"),
                name=draw(texts),
                kind=draw(st.sampled_from(ss.StakeholderKind)),
                level=draw(st.sampled_from(ss.Level)),
                portfolios=tuple(portfolios),
                in_office=in_office,
                period=draw(st.none() | periods()),
            )
        )
    sids = [s.id for s in stakeholders]
    relations = []
    if len(sids) >= 2:
        for _ in range(draw(n)):
            a, b = draw(st.lists(st.sampled_from(sids), min_size=2, max_size=2, unique=True))
            relations.append(
                ss.Relation(
                    source=a,
                    target=b,
                    kind=draw(st.sampled_from(ss.RelationKind)),
                    period=draw(periods()),
                    strength=draw(st.none() | st.integers(1, 4)),
                    trust=draw(st.none() | st.integers(1, 4)),
                )
            )
    funding = []
    for _ in range(draw(n)):
        period = draw(periods())
        status, committed = _status(draw)
        if committed is not None and period.end is not None and committed > period.end:
            committed = period.end
        contributions = []
        if draw(st.booleans()):
            for _ in range(draw(st.integers(1, 3))):
                c_status, c_committed = _status(draw)
                contributions.append(
                    ss.Contribution(
                        source=ss.ContributionSource(
                            domain=draw(st.none() | st.sampled_from(ss.Domain)),
                            funder=draw(st.sampled_from(ss.Funder)),
                            stakeholder=_one(draw, sids),
                        ),
                        amount_per_year=draw(amounts),
                        period=draw(st.none() | st.just(period)),
                        status=c_status,
                        committed=c_committed,
                    )
                )
        taakveld = draw(st.none() | st.sampled_from(sorted(ss.TAAKVELDEN)))
        funding.append(
            ss.FundingStream(
                id=new_id("f"),
                name=draw(texts),
                domain=(
                    draw(st.sampled_from(ss.Domain))
                    if not contributions and taakveld is None
                    else draw(st.none() | st.sampled_from(ss.Domain))
                ),
                taakveld=taakveld,
                funder=draw(st.sampled_from(ss.Funder)),
                amount_per_year=None if contributions else draw(amounts),
                contributions=tuple(contributions),
                period=period,
                nature=draw(st.sampled_from(ss.FundingNature)),
                integration=draw(st.sampled_from(ss.FundingIntegration)),
                status=status,
                depends_on=draw(
                    st.none()
                    | st.builds(
                        ss.Dependency,
                        kind=st.sampled_from(ss.DependencyKind),
                        decision_expected=st.none() | dates,
                        description=st.none() | texts,
                    )
                ),
                holder=_one(draw, sids),
                funds=draw(st.none() | texts),
                committed=committed,
            )
        )
    fids = [f.id for f in funding]
    by_id = {s.id: s for s in stakeholders}
    bodies = []
    for _ in range(draw(n)):
        period = draw(periods())
        members = []
        for m in _pick(draw, sids):
            # Seats lie within the body's period and the member's term (REF207, REF208).
            office = by_id[m].in_office
            if office is None and draw(st.booleans()):
                members.append(ss.Membership(stakeholder=m, start=period.start, until=period.end))
            elif office is None or (
                office.start <= period.start and (office.end is None or office.end >= period.start)
            ):
                members.append(ss.Membership(stakeholder=m))
        bodies.append(
            ss.GovernanceBody(
                id=new_id("b"),
                name=draw(texts),
                kind=draw(st.sampled_from(ss.GovernanceKind)),
                level=draw(st.sampled_from(ss.Level)),
                mandate=ss.Mandate(kind=draw(st.sampled_from(ss.MandateKind))),
                period=period,
                members=tuple(members),
                controls=_pick(draw, fids),
            )
        )
    decisions = []
    for _ in range(draw(n)):
        date = draw(dates)
        # A decider in office (or existing) on the date (REF213).
        deciders = [s.id for s in stakeholders if s.in_office_on(date)] + [
            b.id for b in bodies if b.period.contains(date)
        ]
        decisions.append(
            ss.Decision(
                id=new_id("d"),
                kind=draw(st.sampled_from(ss.DecisionKind)),
                date=date,
                title=draw(texts),
                by=_one(draw, deciders),
                domains=tuple(draw(st.lists(st.sampled_from(ss.Domain), max_size=3, unique=True))),
                funding=_pick(draw, fids),
                document=draw(st.none() | texts),
                # a decision confirms earlier ones only (REF204)
                confirms=_pick(draw, [d.id for d in decisions if d.date <= date]),
            )
        )
    granting = [
        d.id
        for d in decisions
        if d.kind in (ss.DecisionKind.MANDATE, ss.DecisionKind.COLLEGE_DECISION)
    ]
    if granting:
        bodies = [
            attrs.evolve(
                b, mandate=ss.Mandate(kind=b.mandate.kind, granted_by=_one(draw, granting))
            )
            for b in bodies
        ]
    sessions = [
        ss.WorkSession(
            id=new_id("w"),
            date=draw(dates),
            levels=tuple(
                draw(st.lists(st.sampled_from(ss.Level), min_size=1, max_size=3, unique=True))
            ),
            participants=_pick(draw, sids),
            topics=tuple(draw(st.lists(texts, max_size=2))),
            covers=tuple(
                draw(st.lists(st.sampled_from(ss.SessionSubject), max_size=2, unique=True))
            ),
            outcomes=tuple(draw(st.lists(texts, max_size=2))),
        )
        for _ in range(draw(n))
    ]
    opportunities = [
        ss.Opportunity(
            id=new_id("o"),
            identified=draw(dates),
            target_group=draw(st.sampled_from(ss.TargetGroup)),
            goal=draw(st.sampled_from(ss.SocialGoal)),
            sport_offer=draw(texts),
            partners=_pick(draw, sids),
        )
        for _ in range(draw(n))
    ]
    obstacles = []
    for _ in range(draw(n)):
        identified = draw(dates)
        later = st.none() | st.dates(min_value=identified, max_value=dt.date(2040, 1, 1))
        obstacles.append(
            ss.Obstacle(
                id=new_id("h"),
                identified=identified,
                kind=draw(st.sampled_from(ss.ObstacleKind)),
                description=draw(texts),
                response=draw(st.none() | texts),
                response_date=draw(later),
                resolved=draw(later),
            )
        )
    goals = []
    for _ in range(draw(n)):
        indicators = []
        for _ in range(draw(st.integers(0, 2))):
            base_date = draw(st.none() | dates)
            target_date = draw(
                st.none()
                | st.dates(
                    min_value=base_date or dt.date(2015, 1, 1), max_value=dt.date(2040, 1, 1)
                )
            )
            indicators.append(
                ss.Indicator(
                    id=draw(st.none() | st.just(new_id("i"))),
                    name=draw(texts),
                    unit=draw(texts),
                    baseline=draw(st.none() | values),
                    baseline_date=base_date,
                    target=draw(st.none() | values),
                    target_date=target_date,
                    measurements=tuple(
                        ss.Measurement(date=draw(dates), value=draw(values))
                        for _ in range(draw(st.integers(0, 2)))
                    ),
                )
            )
        goals.append(
            ss.Goal(
                id=new_id("g"),
                title=draw(texts),
                set_on=draw(dates),
                social_goal=draw(st.sampled_from(ss.SocialGoal)),
                target_groups=tuple(
                    draw(st.lists(st.sampled_from(ss.TargetGroup), max_size=2, unique=True))
                ),
                benefiting_domains=tuple(
                    draw(st.lists(st.sampled_from(ss.Domain), max_size=2, unique=True))
                ),
                indicators=tuple(indicators),
            )
        )
    gids = [g.id for g in goals]
    plan_period = draw(st.none() | periods())
    actions = [
        ss.Action(
            id=new_id("a"),
            title=draw(texts),
            added=draw(dates),
            owner=_one(draw, sids),
            level=draw(st.none() | st.sampled_from(ss.Level)),
            target_groups=tuple(
                draw(st.lists(st.sampled_from(ss.TargetGroup), max_size=2, unique=True))
            ),
            funding=_pick(draw, fids),
            goals=_pick(draw, gids),
            period=draw(
                st.none() | st.just(plan_period) | (periods() if plan_period is None else st.none())
            ),
            cost_per_year=draw(st.none() | amounts),
        )
        for _ in range(draw(n))
    ]
    indicator_ids = [i.id for g in goals for i in g.indicators if i.id is not None]
    referral_routes = (
        tuple(
            ss.ReferralRoute(
                target_group=draw(st.sampled_from(ss.TargetGroup)),
                via=draw(st.sampled_from(sids)),
                since=draw(st.none() | dates),
            )
            for _ in range(draw(st.integers(0, 2)))
        )
        if sids
        else ()
    )
    monitoring = (
        tuple(
            ss.MonitoringAgreement(
                indicator=draw(st.sampled_from(indicator_ids)),
                source=draw(texts),
                measured_by=_one(draw, sids),
                agreed=draw(st.none() | dates),
            )
            for _ in range(draw(st.integers(0, 2)))
        )
        if indicator_ids
        else ()
    )
    inventory = []
    for _ in range(draw(n)):
        since = draw(dates)
        inventory.append(
            ss.InventoryItem(
                id=new_id("v"),
                name=draw(texts),
                since=since,
                until=draw(st.none() | st.dates(min_value=since, max_value=dt.date(2040, 1, 1))),
                run_by=_one(draw, sids),
                paid_by=_one(draw, fids),
                target_groups=tuple(
                    draw(st.lists(st.sampled_from(ss.TargetGroup), max_size=2, unique=True))
                ),
                reach_per_year=draw(st.none() | st.integers(0, 100_000)),
            )
        )
    drafted = draw(st.none() | dates)
    presented = draw(
        st.none()
        | st.dates(min_value=drafted or dt.date(2015, 1, 1), max_value=dt.date(2040, 1, 1))
    )
    entries = sorted(draw(st.lists(dates, max_size=3)))
    phases = [draw(st.sampled_from(sorted(_GATE_RULES))) for _ in entries]
    phase_log = tuple(
        ss.PhaseEntry(
            phase=phase,
            entered=d,
            decided_by=draw(st.none() | texts),
            reason=draw(st.none() | texts),
            waivers=tuple(
                ss.Waiver(
                    code=draw(st.sampled_from(_GATE_RULES[phase])),
                    reason=draw(texts),
                    decided_by=draw(texts),
                    date=d,
                )
                for _ in range(draw(st.integers(0, 1)) if _GATE_RULES[phase] else 0)
            ),
        )
        for d, phase in zip(entries, phases, strict=True)
    )
    facilitator = draw(
        st.none()
        | st.builds(
            ss.Facilitator,
            name=texts,
            engaged=periods(),
            independent=st.booleans(),
            funded_by=st.none() | (st.sampled_from(fids) if fids else st.none()),
            stakeholder=st.none() | (st.sampled_from(sids) if sids else st.none()),
        )
    )
    return ss.Engagement(
        municipality=ss.Municipality(
            name=draw(texts),
            cbs_code=draw(st.from_regex(r"\AGM[0-9]{4}\Z")),
            population=draw(st.none() | st.integers(0, 10_000_000)),
        ),
        facilitator=facilitator,
        target_groups=tuple(
            draw(st.lists(st.sampled_from(ss.TargetGroup), max_size=3, unique=True))
        ),
        domains=tuple(draw(st.lists(st.sampled_from(ss.Domain), max_size=3, unique=True))),
        stakeholders=tuple(stakeholders),
        relations=tuple(relations),
        funding=tuple(funding),
        governance=tuple(bodies),
        decisions=tuple(decisions),
        work_sessions=tuple(sessions),
        opportunities=tuple(opportunities),
        obstacles=tuple(obstacles),
        goals=tuple(goals),
        inventory=tuple(inventory),
        plan=ss.ImplementationPlan(
            period=plan_period,
            drafted=drafted,
            presented=presented,
            actions=tuple(actions),
            referral_routes=referral_routes,
            monitoring=monitoring,
        ),
        phase_log=phase_log,
        elections=draw(
            st.none() | st.lists(dates, max_size=3, unique=True).map(lambda ds: tuple(sorted(ds)))
        ),
    )
