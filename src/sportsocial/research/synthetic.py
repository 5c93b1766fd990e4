"""Synthetic engagements: seeded, realistic, valid documents for studies, tests and benchmarks.

Real engagement documents hold what municipalities said in confidence; a study
design, a benchmark or a course needs many documents that behave like real
ones without being anyone's. :func:`engagements` makes them. Engagement ``i``
of seed ``s`` depends on ``(s, i)`` only, so the same seed gives the same
documents, a larger ``n`` adds documents without changing the first ones, and
any slice can be made on its own (:func:`engagement`).

Every document is valid: it loads without a problem (a test loads each one).

Distributions
-------------
Each engagement is one story, told with the SSNB methodology up to
:data:`HORIZON` (1 December 2026); every draw is independent per engagement.

- **Municipality**: a made-up name (two Dutch-sounding parts), a CBS-like code
  ``GM`` + 4 digits from the index, population log-normal with median 28,000
  and σ = 0.8 (clipped to 1,000..900,000).
- **Start** (facilitator engaged, exploration entered): uniform over
  2020-01-01..2026-03-31, so most histories cross the council election of
  18 March 2026 and many that of 16 March 2022.
- **Phases**: durations log-normal (σ = 0.4) with medians 90 (exploration),
  180 (baseline), 300 (administrative connection), 240 (work sessions), 180
  (anchoring), 60 (kick-off) and 720 (execution) days; 35% of engagements
  stall at the administrative connection (:data:`STALL_SHARE`). An engagement
  past the administrative connection when the college formed after the 2026
  election returns to it with a reason with probability 0.3
  (:data:`RETURN_SHARE`), and goes on from there.
- **Offices**: a college forms 45..110 days after each election; per term one
  alderman holds sport (with social support in 40% of terms) and another the
  social domain (social support unless the first has it, work and income,
  and public health in 30%). Council and college are stakeholders throughout.
- **Organisations**: departments for sport, social support and work and
  income (public health in 60%), the facilitator, buurtsportcoaches, a welfare
  organisation, 1..3 sports clubs; a werkplein (70%), the GGD (60%),
  general practitioners (50%), a school (30%); as funders the state, and an
  insurer, the Jeugdfonds Sport & Cultuur, the province and a neighbouring
  municipality when their money is drawn.
- **Money**: the sport budget (taakveld 5.1, EUR 8..20 per inhabitant) and a
  participation budget (6.1, EUR 3..10) from before the start, structural and
  siloed; the state's buurtsportcoach and Brede SPUK money (state, incidental,
  to 31 December 2026); labour participation (6.5) in 60%; the insurer's GLI
  (40%) and the Jeugdfonds (50%). Aligned streams of sport and social support
  under the steering group in 50% of engagements that reach the work
  sessions. From anchoring, a pooled fund of contributions adopted with the
  council's budget in November (or a budget amendment; always an amendment
  before the kick-off when the begroting's money would come after it, as the
  kick-off gate asks for adopted shared money): sport and social
  support always, work and income 50%, an insurer 30% (committed or
  proposed), a neighbouring municipality 25%; structural in 70%. A provincial
  grant waiting for a tender in 15%.
- **Governance**: from the administrative connection a steering group of the
  aldermen in office (seats dated to their terms), with a decision mandate
  granted by a college decision: always before the work sessions in an
  engagement that reaches them (their gate asks for a joint body that decides,
  GOV101 and GOV105), in 60% of the others, advisory otherwise; from the work
  sessions an advisory working group of officials and practitioners.
- **Process**: 2..5 work sessions at mixed levels, 1..4 promising connections,
  1..3 obstacles (half resolved), 1..3 goals with indicators; from the
  kick-off a plan of 2..6 actions with owners, levels, target groups, money and
  goals inside the plan's period, referral routes and monitoring agreements;
  measurements each quarter once execution started. An inventory (startfoto)
  of 1..4 existing activities.
"""

from __future__ import annotations

import datetime as dt
import math
import random
from collections.abc import Iterator
from typing import TypeVar

import attrs

from ..model import (
    MUNICIPAL_ELECTIONS,
    Action,
    Contribution,
    ContributionSource,
    Decision,
    DecisionKind,
    Dependency,
    DependencyKind,
    Domain,
    Engagement,
    Facilitator,
    Funder,
    FundingIntegration,
    FundingNature,
    FundingStatus,
    FundingStream,
    Goal,
    GovernanceBody,
    GovernanceKind,
    ImplementationPlan,
    Indicator,
    InventoryItem,
    Level,
    Mandate,
    MandateKind,
    Measurement,
    Membership,
    MonitoringAgreement,
    Municipality,
    Obstacle,
    ObstacleKind,
    Opportunity,
    Period,
    PhaseEntry,
    Portfolio,
    ReferralRoute,
    Relation,
    RelationKind,
    SocialGoal,
    Stakeholder,
    StakeholderKind,
    TargetGroup,
    WorkSession,
)

__all__ = [
    "HORIZON",
    "RETURN_SHARE",
    "STALL_SHARE",
    "engagement",
    "engagements",
    "iter_engagements",
]

#: The day the synthetic histories run up to.
HORIZON = dt.date(2026, 12, 1)
#: Share of engagements that stall at the administrative connection.
STALL_SHARE = 0.35
#: Share of engagements past the administrative connection that return to it after the 2026 election.
RETURN_SHARE = 0.3

PHASES = (
    "exploration",
    "baseline",
    "administrative-connection",
    "work-sessions",
    "anchoring",
    "kick-off",
    "execution-and-monitoring",
    "securing-and-review",
)
#: Median days spent in each phase before the next (the last has no next).
MEDIAN_DAYS = (90, 180, 300, 240, 180, 60, 720)
_EARLIEST_START = dt.date(2020, 1, 1)
_LATEST_START = dt.date(2026, 3, 31)
#: End of the state's Brede SPUK and buurtsportcoach money.
STATE_MONEY_ENDS = dt.date(2026, 12, 31)

_FIRST = ("Wester", "Ooster", "Noord", "Zuid", "Hoog", "Laag", "Groen", "Nieuw", "Oud", "Berg")
_SECOND = ("veen", "dam", "hoven", "wijk", "broek", "horst", "lo", "zande", "meer", "dijk")
_FACILITATORS = (
    "Provinciale sportservice",
    "Regionaal sportbedrijf",
    "Zelfstandig procesbegeleider",
    "Kenniscentrum voor sport en bewegen",
)
_CLUBS = (
    "Voetbalvereniging",
    "Tennisclub",
    "Gymnastiekvereniging",
    "Zwemvereniging",
    "Atletiekclub",
)
_OFFERS = {
    TargetGroup.LONELY_OLDER_PEOPLE: ("wandelvoetbal", "beweegcafé voor ouderen"),
    TargetGroup.LONELY_YOUNG_PEOPLE: ("buurtsport na school", "urban sports"),
    TargetGroup.PEOPLE_WITH_OVERWEIGHT: ("gecombineerde leefstijlinterventie", "beweegprogramma"),
    TargetGroup.LOW_SES: ("sportkennismaking via het jeugdfonds", "sport in de wijk"),
    TargetGroup.DISTANCE_TO_LABOUR_MARKET: ("bewegen naar werk", "vrijwilligerswerk bij een club"),
    TargetGroup.REFUGEES_STATUS_HOLDERS: ("sportmaatje", "zwemles voor volwassenen"),
    TargetGroup.PEOPLE_WITH_DEMENTIA: ("bewegen met dementie", "ommetje in de buurt"),
    TargetGroup.PEOPLE_WITH_DISABILITY: ("aangepast sporten", "beweegcoach voor aangepast sporten"),
}
_GOAL_OF = {
    TargetGroup.LONELY_OLDER_PEOPLE: SocialGoal.PARTICIPATION,
    TargetGroup.LONELY_YOUNG_PEOPLE: SocialGoal.PARTICIPATION,
    TargetGroup.PEOPLE_WITH_OVERWEIGHT: SocialGoal.HEALTH,
    TargetGroup.LOW_SES: SocialGoal.PARTICIPATION,
    TargetGroup.DISTANCE_TO_LABOUR_MARKET: SocialGoal.WORK,
    TargetGroup.REFUGEES_STATUS_HOLDERS: SocialGoal.INTEGRATION,
    TargetGroup.PEOPLE_WITH_DEMENTIA: SocialGoal.SELF_RELIANCE,
    TargetGroup.PEOPLE_WITH_DISABILITY: SocialGoal.PARTICIPATION,
}
_BENEFIT = {
    SocialGoal.PARTICIPATION: Domain.SOCIAL_SUPPORT,
    SocialGoal.HEALTH: Domain.PUBLIC_HEALTH,
    SocialGoal.WORK: Domain.WORK_AND_INCOME,
    SocialGoal.INTEGRATION: Domain.INTEGRATION,
    SocialGoal.SELF_RELIANCE: Domain.SOCIAL_SUPPORT,
}

_T = TypeVar("_T")
_DAY = dt.timedelta(days=1)


def _days(n: float) -> dt.timedelta:
    return dt.timedelta(days=round(n))


def _jan1(year: int) -> dt.date:
    return dt.date(year, 1, 1)


@attrs.define
class _Story:
    """The state of one story while it is told; turned into an :class:`Engagement` at the end."""

    rng: random.Random
    index: int
    start: dt.date
    entered: dict[str, dt.date] = attrs.Factory(dict)
    stakeholders: list[Stakeholder] = attrs.Factory(list)
    relations: list[Relation] = attrs.Factory(list)
    funding: list[FundingStream] = attrs.Factory(list)
    governance: list[GovernanceBody] = attrs.Factory(list)
    decisions: list[Decision] = attrs.Factory(list)
    terms: list[tuple[dt.date, dt.date | None]] = attrs.Factory(list)
    aldermen: list[tuple[str, int]] = attrs.Factory(list)  # (id, term index)

    # -- drawing ----------------------------------------------------------------

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def between(self, lo: dt.date, hi: dt.date) -> dt.date:
        """A uniform day in ``[lo, hi]`` (``lo`` when the span is empty)."""
        span = (hi - lo).days
        return lo if span <= 0 else lo + _days(self.rng.randint(0, span))

    def pick(self, items: tuple[_T, ...] | list[_T]) -> _T:
        return items[self.rng.randrange(len(items))]

    def some(self, items: tuple[_T, ...] | list[_T], lo: int, hi: int) -> tuple[_T, ...]:
        k = self.rng.randint(lo, min(hi, len(items)))
        return tuple(self.rng.sample(list(items), k))

    def amount(self, lo: float, hi: float) -> float:
        """A round amount in EUR: uniform in ``[lo, hi]`` to the nearest 1,000."""
        return float(round(self.rng.uniform(lo, hi), -3))

    def reached(self, phase: str) -> bool:
        return phase in self.entered

    def when(self, phase: str) -> dt.date:
        return self.entered[phase]

    def ids(self) -> set[str]:
        return {s.id for s in self.stakeholders}

    def has(self, ident: str) -> bool:
        return ident in self.ids()

    def add(self, s: Stakeholder) -> str:
        self.stakeholders.append(s)
        return s.id


def _phase_walk(story: _Story) -> list[PhaseEntry]:
    rng = story.rng
    stall = story.chance(STALL_SHARE)
    formed_2026 = story.terms[-1][0] if story.terms and story.terms[-1][0].year == 2026 else None
    entries = [PhaseEntry(phase=PHASES[0], entered=story.start, decided_by="college")]
    i, day, returned = 0, story.start, False
    while i + 1 < len(PHASES):
        if stall and PHASES[i] == "administrative-connection":
            break
        following = day + _days(rng.lognormvariate(math.log(MEDIAN_DAYS[i]), 0.4))
        past_connection = i >= PHASES.index("work-sessions")
        if (
            formed_2026 is not None
            and not returned
            and past_connection
            and day < formed_2026 <= following
            and story.chance(RETURN_SHARE)
        ):
            back = formed_2026 + _days(rng.randint(30, 90))
            if back > HORIZON:
                break
            entries.append(
                PhaseEntry(
                    phase="administrative-connection",
                    entered=back,
                    decided_by="college",
                    reason="Het nieuwe college herziet na de verkiezingen van 18 maart 2026 "
                    "de gezamenlijke ambitie.",
                )
            )
            i, day, returned = PHASES.index("administrative-connection"), back, True
            continue
        if following > HORIZON:
            break
        i, day = i + 1, following
        entries.append(PhaseEntry(phase=PHASES[i], entered=day, decided_by="college"))
    for e in entries:
        story.entered.setdefault(e.phase, e.entered)
    return entries


def _terms(story: _Story) -> None:
    """Colleges formed after each election within reach of the story."""
    formations = [e + _days(story.rng.randint(45, 110)) for e in MUNICIPAL_ELECTIONS]
    formations = [f for f in formations if f <= HORIZON]
    for k, begin in enumerate(formations):
        end = formations[k + 1] - _DAY if k + 1 < len(formations) else None
        if end is not None and end < story.start - dt.timedelta(days=365):
            continue
        story.terms.append((begin, end))


def _offices(story: _Story) -> None:
    story.add(
        Stakeholder(
            id="college",
            name="College van B en W",
            kind=StakeholderKind.COLLEGE,
            level=Level.ADMINISTRATIVE,
        )
    )
    story.add(
        Stakeholder(
            id="raad", name="Gemeenteraad", kind=StakeholderKind.COUNCIL, level=Level.ADMINISTRATIVE
        )
    )
    for k, (begin, end) in enumerate(story.terms):
        office = Period(start=begin, end=end)
        both = story.chance(0.4)
        sport = (Domain.SPORT, Domain.SOCIAL_SUPPORT) if both else (Domain.SPORT,)
        social = (
            (Domain.WORK_AND_INCOME,) if both else (Domain.SOCIAL_SUPPORT, Domain.WORK_AND_INCOME)
        )
        if story.chance(0.3):
            social = (*social, Domain.PUBLIC_HEALTH)
        year = begin.year
        for role, domains, title in (
            ("sport", sport, "Wethouder Sport" + (" en Wmo" if both else "")),
            ("sociaal", social, "Wethouder Sociaal Domein"),
        ):
            ident = story.add(
                Stakeholder(
                    id=f"weth-{role}-{year}",
                    name=f"{title} ({year})",
                    kind=StakeholderKind.PORTFOLIO_HOLDER,
                    level=Level.ADMINISTRATIVE,
                    portfolios=tuple(Portfolio(domain=d) for d in domains),
                    in_office=office,
                )
            )
            story.aldermen.append((ident, k))


def _organisations(story: _Story, facilitator: str) -> None:
    rng = story.rng
    departments = [
        ("afd-sport", "Team Sport", Domain.SPORT),
        ("afd-wmo", "Team Wmo en Welzijn", Domain.SOCIAL_SUPPORT),
        ("afd-werk", "Team Werk en Inkomen", Domain.WORK_AND_INCOME),
    ]
    if story.chance(0.6):
        departments.append(("afd-gezondheid", "Beleidsadviseur Gezondheid", Domain.PUBLIC_HEALTH))
    for ident, name, domain in departments:
        story.add(
            Stakeholder(
                id=ident,
                name=name,
                kind=StakeholderKind.MUNICIPAL_DEPARTMENT,
                level=Level.OFFICIAL,
                portfolios=(Portfolio(domain=domain),),
            )
        )
    story.add(
        Stakeholder(
            id="procesbegeleider",
            name=facilitator,
            kind=StakeholderKind.FACILITATOR,
            level=Level.OFFICIAL,
        )
    )
    joins = story.entered.get("work-sessions")
    later = Period(start=joins) if joins is not None and story.chance(0.5) else None
    executive: list[tuple[str, str, StakeholderKind, Domain, Period | None]] = [
        ("bsc", "Buurtsportcoaches", StakeholderKind.SPORT_PROVIDER, Domain.SPORT, None),
        (
            "welzijn",
            "Welzijnsorganisatie",
            StakeholderKind.WELFARE_ORGANISATION,
            Domain.SOCIAL_SUPPORT,
            None,
        ),
    ]
    for n in range(rng.randint(1, 3)):
        club = f"{story.pick(_CLUBS)} {story.pick(_FIRST)}{story.pick(_SECOND)}"
        executive.append((f"club-{n + 1}", club, StakeholderKind.SPORTS_CLUB, Domain.SPORT, later))
    optional = (
        (
            0.7,
            "werkplein",
            "Werkplein",
            StakeholderKind.WORK_AND_INCOME_AGENCY,
            Domain.WORK_AND_INCOME,
        ),
        (
            0.5,
            "huisartsen",
            "Huisartsen in de wijk",
            StakeholderKind.CARE_PROVIDER,
            Domain.PUBLIC_HEALTH,
        ),
        (0.3, "school", "Basisschool in de wijk", StakeholderKind.EDUCATION, Domain.YOUTH),
    )
    for p, ident, name, kind, domain in optional:
        if story.chance(p):
            executive.append((ident, name, kind, domain, later))
    for ident, name, kind, domain, period in executive:
        story.add(
            Stakeholder(
                id=ident,
                name=name,
                kind=kind,
                level=Level.EXECUTIVE,
                portfolios=(Portfolio(domain=domain),),
                period=period,
            )
        )
    if story.chance(0.6):
        story.add(
            Stakeholder(
                id="ggd",
                name="GGD",
                kind=StakeholderKind.PUBLIC_HEALTH_SERVICE,
                level=Level.OFFICIAL,
                portfolios=(Portfolio(domain=Domain.PUBLIC_HEALTH),),
            )
        )
    story.add(
        Stakeholder(
            id="rijk",
            name="Rijksoverheid (VWS)",
            kind=StakeholderKind.STATE,
            level=Level.ADMINISTRATIVE,
        )
    )


def _stakeholder_start(story: _Story, ident: str) -> dt.date:
    s = next(s for s in story.stakeholders if s.id == ident)
    if s.in_office is not None:
        return max(story.start, s.in_office.start)
    return s.period.start if s.period is not None else story.start


def _relations(story: _Story) -> None:
    pairs = [
        ("afd-sport", "afd-wmo", RelationKind.COLLABORATES),
        ("bsc", "afd-sport", RelationKind.REPORTS_TO),
        ("afd-wmo", "welzijn", RelationKind.CONTRACTS),
        ("rijk", "afd-sport", RelationKind.FUNDS),
        ("bsc", "welzijn", RelationKind.COLLABORATES),
        ("procesbegeleider", "afd-sport", RelationKind.ADVISES),
        ("afd-werk", "werkplein", RelationKind.CONTRACTS),
        ("ggd", "afd-gezondheid", RelationKind.ADVISES),
        ("huisartsen", "welzijn", RelationKind.COLLABORATES),
        ("school", "bsc", RelationKind.COLLABORATES),
        ("afd-wmo", "afd-werk", RelationKind.COLLABORATES),
    ]
    pairs += [
        (s.id, "bsc", RelationKind.COLLABORATES)
        for s in story.stakeholders
        if s.id.startswith("club-")
    ]
    present = story.ids()
    for source, target, kind in pairs:
        if source not in present or target not in present or not story.chance(0.85):
            continue
        start = max(_stakeholder_start(story, source), _stakeholder_start(story, target))
        story.relations.append(
            Relation(
                source=source,
                target=target,
                kind=kind,
                period=Period(start=start),
                strength=story.rng.randint(1, 4),
                trust=story.rng.randint(1, 4),
            )
        )


def _stream(
    story: _Story,
    ident: str,
    name: str,
    *,
    period: Period,
    nature: FundingNature,
    integration: FundingIntegration = FundingIntegration.SILOED,
    funder: Funder = Funder.MUNICIPALITY,
    domain: Domain | None = None,
    taakveld: str | None = None,
    amount: float,
    holder: str | None = None,
    funds: str | None = None,
) -> str:
    story.funding.append(
        FundingStream(
            id=ident,
            name=name,
            period=period,
            nature=nature,
            integration=integration,
            funder=funder,
            domain=domain,
            taakveld=taakveld,
            amount_per_year=amount,
            holder=holder,
            funds=funds,
            committed=period.start,
        )
    )
    return ident


def _existing_money(story: _Story, population: int) -> None:
    since = _jan1(story.start.year - story.rng.randint(0, 3))
    structural, incidental = FundingNature.STRUCTURAL, FundingNature.INCIDENTAL
    _stream(
        story,
        "budget-sport",
        "Sportbudget",
        period=Period(start=since),
        nature=structural,
        taakveld="5.1",
        amount=story.amount(8 * population, 20 * population),
        holder="afd-sport",
        funds="Sportstimulering en buurtsport",
    )
    _stream(
        story,
        "budget-participatie",
        "Budget samenkracht en participatie",
        period=Period(start=since),
        nature=structural,
        taakveld="6.1",
        amount=story.amount(3 * population, 10 * population),
        holder="afd-wmo",
        funds="Welzijn en participatie",
    )
    state_start = max(_jan1(2023), _jan1(story.start.year - 1))
    _stream(
        story,
        "brede-spuk",
        "Brede SPUK en buurtsportcoaches",
        period=Period(start=state_start, end=STATE_MONEY_ENDS),
        nature=incidental,
        funder=Funder.STATE,
        domain=Domain.SPORT,
        amount=story.amount(2 * population, 6 * population),
        holder="afd-sport",
        funds="Buurtsportcoaches en gezond leven",
    )
    if story.chance(0.6):
        _stream(
            story,
            "budget-werk",
            "Budget arbeidsparticipatie",
            period=Period(start=since),
            nature=structural,
            taakveld="6.5",
            amount=story.amount(2 * population, 6 * population),
            holder="afd-werk",
        )
    if story.chance(0.4):
        story.add(
            Stakeholder(
                id="verzekeraar",
                name="Zorgverzekeraar",
                kind=StakeholderKind.INSURER,
                level=Level.ADMINISTRATIVE,
            )
        )
        _stream(
            story,
            "gli",
            "Gecombineerde leefstijlinterventie (GLI)",
            period=Period(start=since),
            nature=structural,
            funder=Funder.INSURER,
            domain=Domain.PUBLIC_HEALTH,
            amount=story.amount(20_000, 120_000),
            funds="Leefstijlprogramma voor volwassenen",
        )
    if story.chance(0.5):
        story.add(
            Stakeholder(
                id="jeugdfonds",
                name="Jeugdfonds Sport & Cultuur",
                kind=StakeholderKind.FUND,
                level=Level.EXECUTIVE,
            )
        )
        _stream(
            story,
            "jeugdfonds-bijdrage",
            "Bijdragen Jeugdfonds Sport & Cultuur",
            period=Period(start=since, end=dt.date(story.start.year + 2, 12, 31)),
            nature=incidental,
            funder=Funder.FUND,
            domain=Domain.POVERTY_AND_DEBT,
            amount=story.amount(10_000, 60_000),
            funds="Contributie en sportkleding voor kinderen",
        )


def _seats(story: _Story, body_period: Period) -> tuple[Membership, ...]:
    """Seats of the aldermen in office during the body's period, each within both."""
    seats = []
    for ident, k in story.aldermen:
        begin, end = story.terms[k]
        lo = max(begin, body_period.start)
        hi = end if body_period.end is None else min(end or body_period.end, body_period.end)
        if hi is not None and hi < lo:
            continue
        seats.append(
            Membership(
                stakeholder=ident,
                start=None if lo == body_period.start else lo,
                until=hi if hi != body_period.end else None,
            )
        )
    return tuple(seats)


def _governance(story: _Story) -> str | None:
    """The steering group (and working group); returns the steering group's id if it decides."""
    if not story.reached("administrative-connection"):
        return None
    day = story.when("administrative-connection")
    ambition = Decision(
        id="besluit-ambitie",
        kind=DecisionKind.AMBITION,
        date=day,
        by="college",
        title="Gezamenlijke ambitie sport en sociaal domein",
        domains=(Domain.SPORT, Domain.SOCIAL_SUPPORT),
    )
    story.decisions.append(ambition)
    # the work-sessions gate asks for a joint body that decides (GOV101, GOV105): an
    # engagement that went through it has one, granted before it entered them
    decides = story.reached("work-sessions") or story.chance(0.6)
    body_period = Period(start=day)
    granted = None
    if decides:
        latest = HORIZON
        if story.reached("work-sessions"):
            latest = max(day, story.when("work-sessions") - _days(1))
        mandate_day = min(day + _days(story.rng.randint(10, 40)), latest)
        story.decisions.append(
            Decision(
                id="besluit-mandaat",
                kind=DecisionKind.COLLEGE_DECISION,
                date=mandate_day,
                by="college",
                title="Mandaat voor de stuurgroep over de gezamenlijke middelen",
            )
        )
        granted = "besluit-mandaat"
    story.governance.append(
        GovernanceBody(
            id="stuurgroep",
            name="Stuurgroep Sport en Sociaal Domein",
            kind=GovernanceKind.STEERING_GROUP,
            level=Level.ADMINISTRATIVE,
            mandate=Mandate(
                kind=MandateKind.DECISION if decides else MandateKind.ADVISORY, granted_by=granted
            ),
            period=body_period,
            members=_seats(story, body_period),
        )
    )
    if story.reached("work-sessions"):
        present = story.ids()
        members = [
            m
            for m in (
                "afd-sport",
                "afd-wmo",
                "afd-werk",
                "afd-gezondheid",
                "procesbegeleider",
                "bsc",
                "welzijn",
            )
            if m in present
        ]
        story.governance.append(
            GovernanceBody(
                id="werkgroep",
                name="Werkgroep Sport en Sociaal Domein",
                kind=GovernanceKind.WORKING_GROUP,
                level=Level.OFFICIAL,
                mandate=Mandate(kind=MandateKind.ADVISORY),
                period=Period(start=story.when("work-sessions")),
                members=tuple(Membership(stakeholder=m) for m in members),
            )
        )
    return "stuurgroep" if decides else None


def _shared_money(story: _Story, body: str | None, population: int) -> None:
    if story.reached("work-sessions") and story.chance(0.5):
        day = story.when("work-sessions")
        for ident, name, taakveld, holder in (
            ("afgestemd-sport", "Afgestemde middelen sport", "5.1", "afd-sport"),
            ("afgestemd-wmo", "Afgestemde middelen welzijn", "6.1", "afd-wmo"),
        ):
            _stream(
                story,
                ident,
                name,
                period=Period(start=_jan1(day.year + 1) if day.month > 9 else day),
                nature=FundingNature.STRUCTURAL,
                integration=FundingIntegration.ALIGNED,
                taakveld=taakveld,
                amount=story.amount(population, 4 * population),
                holder=holder,
            )
    if not story.reached("anchoring"):
        if story.chance(0.15):
            story.add(
                Stakeholder(
                    id="provincie",
                    name="Provincie",
                    kind=StakeholderKind.PROVINCE,
                    level=Level.ADMINISTRATIVE,
                )
            )
            story.funding.append(
                FundingStream(
                    id="provincie-subsidie",
                    name="Provinciale subsidie sport en sociaal domein",
                    period=Period(
                        start=_jan1(HORIZON.year + 1), end=dt.date(HORIZON.year + 2, 12, 31)
                    ),
                    nature=FundingNature.INCIDENTAL,
                    integration=FundingIntegration.ALIGNED,
                    funder=Funder.PROVINCE,
                    domain=Domain.SOCIAL_SUPPORT,
                    amount_per_year=story.amount(25_000, 150_000),
                    status=FundingStatus.TENDER_DEPENDENT,
                    depends_on=Dependency(
                        kind=DependencyKind.TENDER,
                        decision_expected=dt.date(HORIZON.year + 1, 3, 1),
                    ),
                )
            )
        return
    day = story.when("anchoring")
    budget_day = dt.date(day.year, 11, story.rng.randint(1, 12))
    kind = DecisionKind.COUNCIL_BUDGET
    if budget_day < day or budget_day > HORIZON:
        budget_day = min(day + _days(story.rng.randint(20, 80)), HORIZON)
        kind = DecisionKind.BUDGET_AMENDMENT
    start = _jan1(budget_day.year + 1) if kind is DecisionKind.COUNCIL_BUDGET else budget_day
    if story.reached("kick-off") and start >= story.when("kick-off"):
        # the kick-off gate asks for shared money the council adopted (FIN101, FIN103):
        # an engagement that went through it had it from a budget amendment before then
        kickoff = story.when("kick-off")
        budget_day = story.between(day, max(day, kickoff - _days(1)))
        kind = DecisionKind.BUDGET_AMENDMENT
        start = budget_day
    fund_period = Period(
        start=start, end=None if story.chance(0.7) else dt.date(start.year + 3, 12, 31)
    )
    structural = fund_period.end is None
    contributions = [
        Contribution(
            source=ContributionSource(domain=Domain.SPORT),
            amount_per_year=story.amount(2 * population, 6 * population),
            committed=budget_day,
        ),
        Contribution(
            source=ContributionSource(domain=Domain.SOCIAL_SUPPORT),
            amount_per_year=story.amount(2 * population, 8 * population),
            committed=budget_day,
        ),
    ]
    if story.chance(0.5):
        contributions.append(
            Contribution(
                source=ContributionSource(domain=Domain.WORK_AND_INCOME),
                amount_per_year=story.amount(population, 4 * population),
                committed=budget_day,
            )
        )
    if story.chance(0.3):
        if not story.has("verzekeraar"):
            story.add(
                Stakeholder(
                    id="verzekeraar",
                    name="Zorgverzekeraar",
                    kind=StakeholderKind.INSURER,
                    level=Level.ADMINISTRATIVE,
                )
            )
        committed = story.chance(0.5)
        contributions.append(
            Contribution(
                source=ContributionSource(
                    domain=Domain.PUBLIC_HEALTH, funder=Funder.INSURER, stakeholder="verzekeraar"
                ),
                amount_per_year=story.amount(20_000, 100_000),
                status=FundingStatus.COMMITTED if committed else FundingStatus.PROPOSED,
                committed=budget_day if committed else None,
            )
        )
    if story.chance(0.25):
        story.add(
            Stakeholder(
                id="buurgemeente",
                name="Buurgemeente",
                kind=StakeholderKind.OTHER,
                level=Level.ADMINISTRATIVE,
            )
        )
        contributions.append(
            Contribution(
                source=ContributionSource(
                    domain=Domain.SPORT,
                    funder=Funder.OTHER_MUNICIPALITY,
                    stakeholder="buurgemeente",
                ),
                amount_per_year=story.amount(10_000, 80_000),
                status=FundingStatus.UNDER_REVIEW if story.chance(0.4) else FundingStatus.COMMITTED,
                committed=budget_day,
            )
        )
    story.funding.append(
        FundingStream(
            id="fonds",
            name="Fonds Sport en Sociaal Domein",
            period=fund_period,
            nature=FundingNature.STRUCTURAL if structural else FundingNature.INCIDENTAL,
            integration=FundingIntegration.POOLED,
            contributions=tuple(contributions),
            holder="afd-wmo",
            funds="Gezamenlijke aanpak sport en sociaal domein",
        )
    )
    story.decisions.append(
        Decision(
            id="besluit-fonds",
            kind=kind,
            date=budget_day,
            by="raad",
            title="Gezamenlijke middelen voor sport en sociaal domein",
            funding=("fonds",),
            domains=(Domain.SPORT, Domain.SOCIAL_SUPPORT),
        )
    )
    if body is not None:
        story.governance[0] = attrs.evolve(
            story.governance[0],
            controls=tuple(
                f.id
                for f in story.funding
                if f.integration is not FundingIntegration.SILOED
                and f.current_status is not FundingStatus.TENDER_DEPENDENT
            ),
        )
    for k, domain in enumerate((Domain.SPORT, Domain.SOCIAL_SUPPORT)):
        story.decisions.append(
            Decision(
                id=f"besluit-verankering-{k + 1}",
                kind=DecisionKind.ANCHORING,
                date=min(day + _days(story.rng.randint(0, 60)), HORIZON),
                by="raad",
                title="Aanpak verankerd in het "
                + ("sportbeleid" if domain is Domain.SPORT else "sociaal beleid"),
                domains=(domain,),
            )
        )


def _coalitions(story: _Story) -> None:
    for begin, _end in story.terms:
        if story.start <= begin <= HORIZON:
            story.decisions.append(
                Decision(
                    id=f"coalitieakkoord-{begin.year}",
                    kind=DecisionKind.COALITION_AGREEMENT,
                    date=begin,
                    by="raad",
                    title=f"Coalitieakkoord {begin.year}",
                )
            )


def _process(
    story: _Story, targets: tuple[TargetGroup, ...]
) -> tuple[list[WorkSession], list[Opportunity], list[Obstacle], list[Goal]]:
    rng = story.rng
    sessions: list[WorkSession] = []
    opportunities: list[Opportunity] = []
    obstacles: list[Obstacle] = []
    goals: list[Goal] = []
    if story.reached("administrative-connection"):
        day = story.when("administrative-connection")
        present = [
            s.id
            for s in story.stakeholders
            if s.level is Level.ADMINISTRATIVE and _stakeholder_start(story, s.id) <= day
        ]
        sessions.append(
            WorkSession(
                id="sessie-bestuur",
                date=day,
                levels=(Level.ADMINISTRATIVE,),
                participants=tuple(present[:4]),
            )
        )
    if not story.reached("work-sessions"):
        return sessions, opportunities, obstacles, goals
    begin = story.when("work-sessions")
    end = min(story.entered.get("anchoring", HORIZON), HORIZON)
    for n in range(rng.randint(2, 5)):
        day = story.between(begin, end)
        levels = story.some((Level.ADMINISTRATIVE, Level.OFFICIAL, Level.EXECUTIVE), 1, 3)
        present = [
            s.id
            for s in story.stakeholders
            if s.level in levels and _stakeholder_start(story, s.id) <= day
        ]
        sessions.append(
            WorkSession(
                id=f"sessie-{n + 1}",
                date=day,
                levels=levels,
                participants=tuple(present[:8]),
                topics=("kansrijke verbindingen",),
                outcomes=("afspraken over de volgende stap",),
            )
        )
    partners = [s.id for s in story.stakeholders if s.level is Level.EXECUTIVE]
    for n, group in enumerate(story.some(targets, 1, 4)):
        opportunities.append(
            Opportunity(
                id=f"kans-{n + 1}",
                identified=story.between(begin, end),
                target_group=group,
                goal=_GOAL_OF[group],
                sport_offer=story.pick(_OFFERS[group]),
                partners=story.some(partners, 1, 3),
            )
        )
    kinds = (
        ObstacleKind.SILOED_BUDGET,
        ObstacleKind.INCIDENTAL_FUNDING,
        ObstacleKind.CAPACITY,
        ObstacleKind.UNKNOWN_VALUE_OF_SPORT,
        ObstacleKind.ACCESSIBILITY,
    )
    for n, kind in enumerate(story.some(kinds, 1, 3)):
        found = story.between(begin, end)
        answered = story.chance(0.5)
        response_date = min(found + _days(rng.randint(14, 120)), HORIZON) if answered else None
        obstacles.append(
            Obstacle(
                id=f"hindernis-{n + 1}",
                identified=found,
                kind=kind,
                description=f"Hindernis: {kind.label('nl')}",
                response="Besproken in de stuurgroep" if answered else None,
                response_date=response_date,
                resolved=response_date if answered and story.chance(0.6) else None,
            )
        )
    measuring = story.entered.get("execution-and-monitoring")
    for n, group in enumerate(story.some(targets, 1, 3)):
        social = _GOAL_OF[group]
        set_on = story.between(begin, end)
        baseline = float(rng.randint(20, 400))
        target_day = dt.date(set_on.year + 3, 12, 31)
        measurements: tuple[Measurement, ...] = ()
        if measuring is not None:
            days = [
                measuring + _days(91 * q)
                for q in range(1, 12)
                if measuring + _days(91 * q) <= HORIZON
            ]
            level = baseline
            values = []
            for day in days:
                level = max(0.0, level * rng.uniform(0.98, 1.12))
                values.append(Measurement(date=day, value=round(level, 1)))
            measurements = tuple(values)
        goals.append(
            Goal(
                id=f"doel-{n + 1}",
                title=f"Meer {group.label('nl')} doen mee via sport en bewegen",
                set_on=set_on,
                social_goal=social,
                target_groups=(group,),
                benefiting_domains=(_BENEFIT[social],),
                indicators=(
                    Indicator(
                        id=f"indicator-{n + 1}",
                        name="Deelnemers per jaar",
                        unit="personen",
                        baseline=baseline,
                        baseline_date=set_on,
                        target=round(baseline * rng.uniform(1.2, 2.0)),
                        target_date=target_day,
                        measurements=measurements,
                    ),
                ),
            )
        )
    return sessions, opportunities, obstacles, goals


def _plan(story: _Story, goals: list[Goal], targets: tuple[TargetGroup, ...]) -> ImplementationPlan:
    if not story.reached("anchoring"):
        return ImplementationPlan()
    rng = story.rng
    anchored = story.when("anchoring")
    kickoff = story.entered.get("kick-off")
    drafted = min(anchored + _days(rng.randint(20, 60)), kickoff or HORIZON, HORIZON)
    begin = kickoff or drafted
    period = Period(start=begin, end=dt.date(begin.year + 3, 12, 31))
    owners = [
        s.id
        for s in story.stakeholders
        if s.level is Level.EXECUTIVE and s.kind is not StakeholderKind.FUND
    ]
    money = [
        f.id
        for f in story.funding
        if f.integration is not FundingIntegration.SILOED
        and f.current_status is not FundingStatus.TENDER_DEPENDENT
    ] or ["brede-spuk"]
    actions = []
    for n in range(rng.randint(2, 6)):
        gap = kickoff is None and story.chance(0.3)  # a draft plan has gaps
        start = story.between(begin, min(period.end or begin, begin + dt.timedelta(days=365)))
        actions.append(
            Action(
                id=f"actie-{n + 1}",
                title=f"Activiteit {n + 1} voor {story.pick(targets).label('nl')}",
                added=drafted,
                owner=None if gap else story.pick(owners),
                level=Level.EXECUTIVE,
                target_groups=story.some(targets, 1, 2),
                funding=() if gap else story.some(money, 1, 2),
                goals=story.some([g.id for g in goals], 1, 2) if goals else (),
                period=Period(start=start, end=period.end),
                cost_per_year=story.amount(5_000, 80_000),
            )
        )
    routes: list[ReferralRoute] = []
    monitoring: list[MonitoringAgreement] = []
    if kickoff is not None:
        via = [v for v in ("welzijn", "huisartsen", "werkplein") if story.has(v)]
        routes = [
            ReferralRoute(target_group=g, via=story.pick(via), since=kickoff)
            for g in story.some(targets, 1, 3)
        ]
        measurer = "ggd" if story.has("ggd") else "afd-sport"
        monitoring = [
            MonitoringAgreement(
                indicator=i.id,
                source="Eigen registratie van deelnemers",
                measured_by=measurer,
                agreed=kickoff,
            )
            for g in goals
            for i in g.indicators
            if i.id is not None
        ]
    return ImplementationPlan(
        period=period,
        drafted=drafted,
        presented=kickoff,
        actions=tuple(actions),
        referral_routes=tuple(routes),
        monitoring=tuple(monitoring),
    )


def _inventory(story: _Story, targets: tuple[TargetGroup, ...]) -> tuple[InventoryItem, ...]:
    if not story.reached("baseline"):
        return ()
    runners = [s.id for s in story.stakeholders if s.level is Level.EXECUTIVE and s.period is None]
    payers = ["budget-sport", "brede-spuk", "budget-participatie"]
    items = []
    for n in range(story.rng.randint(1, 4)):
        since = story.between(story.start - dt.timedelta(days=4 * 365), story.start)
        payer = story.pick(payers)
        stream = next(f for f in story.funding if f.id == payer)
        items.append(
            InventoryItem(
                id=f"bestaand-{n + 1}",
                name=f"Bestaande activiteit {n + 1}",
                since=max(since, stream.period.start),
                run_by=story.pick(runners),
                paid_by=payer,
                target_groups=story.some(targets, 1, 2),
                reach_per_year=story.rng.randint(10, 400),
            )
        )
    return tuple(items)


def engagement(seed: int, index: int) -> Engagement:
    """Synthetic engagement number ``index`` of ``seed`` (the same every time).

    Examples
    --------
    >>> e = engagement(7, 0)
    >>> e == engagement(7, 0), e.municipality.cbs_code
    (True, 'GM0000')
    """
    rng = random.Random(f"sportsocial-synthetic:{seed}:{index}")
    start = _EARLIEST_START + _days(rng.randint(0, (_LATEST_START - _EARLIEST_START).days))
    story = _Story(rng=rng, index=index, start=start)
    population = int(min(900_000, max(1_000, rng.lognormvariate(math.log(28_000), 0.8))))
    name = f"{story.pick(_FIRST)}{story.pick(_SECOND)}"
    targets = story.some(tuple(TargetGroup), 2, 4)
    facilitator = story.pick(_FACILITATORS)
    _terms(story)
    log = _phase_walk(story)
    _offices(story)
    _organisations(story, facilitator)
    _relations(story)
    _existing_money(story, population)
    body = _governance(story)
    _shared_money(story, body, population)
    _coalitions(story)
    story.decisions.insert(
        0,
        Decision(
            id="besluit-opdracht",
            kind=DecisionKind.COMMISSION,
            date=start,
            by="college",
            title="Opdracht voor de procesbegeleiding sport en sociaal domein",
        ),
    )
    sessions, opportunities, obstacles, goals = _process(story, targets)
    plan = _plan(story, goals, targets)
    log = [
        attrs.evolve(e, decision="besluit-ambitie")
        if e.phase == "administrative-connection" and e.reason is None
        else e
        for e in log
    ]
    domains = tuple(
        dict.fromkeys(d for s in story.stakeholders for d in s.domains if d is not None)
    )
    return Engagement(
        municipality=Municipality(
            name=name, cbs_code=f"GM{index % 10_000:04d}", population=population
        ),
        facilitator=Facilitator(
            name=facilitator,
            engaged=Period(start=start),
            independent=story.chance(0.85),
            funded_by="budget-participatie",
            stakeholder="procesbegeleider",
        ),
        target_groups=targets,
        domains=tuple(d for d in Domain if d in domains),
        stakeholders=tuple(story.stakeholders),
        relations=tuple(story.relations),
        funding=tuple(story.funding),
        governance=tuple(story.governance),
        decisions=tuple(sorted(story.decisions, key=lambda d: d.date)),
        work_sessions=tuple(sorted(sessions, key=lambda w: w.date)),
        opportunities=tuple(opportunities),
        obstacles=tuple(obstacles),
        goals=tuple(goals),
        plan=plan,
        inventory=_inventory(story, targets),
        phase_log=tuple(log),
    )


def iter_engagements(n: int, seed: int, *, start: int = 0) -> Iterator[Engagement]:
    """Engagements ``start`` .. ``start + n - 1`` of ``seed``, made one at a time."""
    if n < 0:
        raise ValueError(f"n must be 0 or more, not {n}")
    for index in range(start, start + n):
        yield engagement(seed, index)


def engagements(n: int, seed: int) -> tuple[Engagement, ...]:
    """``n`` synthetic engagements of ``seed``; see the module's docstring for how they are drawn.

    Examples
    --------
    >>> cohort = engagements(3, seed=1)
    >>> [e.municipality.cbs_code for e in cohort]
    ['GM0000', 'GM0001', 'GM0002']
    >>> engagements(2, seed=1) == cohort[:2]
    True
    """
    return tuple(iter_engagements(n, seed))
