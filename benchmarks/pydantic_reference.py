"""The engagement format as a user would write it who chose pydantic v2 instead.

The yardstick of the load benchmark (``bench_load.py``): the same document
format (version 2) with the same checks a careful pydantic user would write —
types, enumerations, required fields, no unknown fields, text patterns, ranges,
lists without repeats, periods that end after they start, every id unique and
every reference naming something that exists. It reads a document with
``Engagement.model_validate_json(text)``: parsing and checking in pydantic-core's
Rust, then one Python pass for the references.

It gives no paths in the document's terms, no Dutch, no migration of older
versions and no guard against hostile text: what sportsocial adds on top. Only
the benchmark uses it; the test suite checks that it accepts the benchmark's
documents (``tests/test_benchmarks.py``).
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterator
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, model_validator

Id = Annotated[str, Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")]
Name = Annotated[str, Field(min_length=1)]
Amount = Annotated[float, Field(ge=0, le=1_000_000_000_000)]
Count = Annotated[int, Field(ge=0, le=100_000_000)]


def _unique(items: list[Any]) -> list[Any]:
    if len({repr(x) for x in items}) != len(items):
        raise ValueError("the list repeats an item")
    return items


Unique = AfterValidator(_unique)


class Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Domain(enum.StrEnum):
    SPORT = "sport"
    SOCIAL_SUPPORT = "social-support"
    WORK_AND_INCOME = "work-and-income"
    YOUTH = "youth"
    PUBLIC_HEALTH = "public-health"
    EDUCATION = "education"
    POVERTY_AND_DEBT = "poverty-and-debt"
    INTEGRATION = "integration"


class TargetGroup(enum.StrEnum):
    REFUGEES = "refugees-status-holders"
    LONELY_OLDER = "lonely-older-people"
    LONELY_YOUNG = "lonely-young-people"
    DEMENTIA = "people-with-dementia"
    OVERWEIGHT = "people-with-overweight"
    LOW_SES = "low-ses"
    LABOUR_MARKET = "distance-to-labour-market"
    DISABILITY = "people-with-disability"


class Level(enum.StrEnum):
    ADMINISTRATIVE = "administrative"
    OFFICIAL = "official"
    EXECUTIVE = "executive"


class StakeholderKind(enum.StrEnum):
    PORTFOLIO_HOLDER = "portfolio-holder"
    COLLEGE = "college"
    COUNCIL = "council"
    MUNICIPAL_DEPARTMENT = "municipal-department"
    SPORTS_CLUB = "sports-club"
    SPORT_PROVIDER = "sport-provider"
    WELFARE_ORGANISATION = "welfare-organisation"
    COMMUNITY_ORGANISATION = "community-organisation"
    CARE_PROVIDER = "care-provider"
    PUBLIC_HEALTH_SERVICE = "public-health-service"
    WORK_AND_INCOME_AGENCY = "work-and-income-agency"
    EDUCATION = "education"
    EMPLOYER = "employer"
    HOUSING = "housing"
    FACILITATOR = "facilitator"
    KNOWLEDGE_INSTITUTE = "knowledge-institute"
    REGION = "region"
    PROVINCE = "province"
    STATE = "state"
    INSURER = "insurer"
    FUND = "fund"
    OTHER = "other"


class RelationKind(enum.StrEnum):
    COLLABORATES = "collaborates"
    FUNDS = "funds"
    REPORTS_TO = "reports-to"
    ADVISES = "advises"
    CONTRACTS = "contracts"


class Funder(enum.StrEnum):
    MUNICIPALITY = "municipality"
    STATE = "state"
    PROVINCE = "province"
    INSURER = "insurer"
    FUND = "fund"
    REGION = "region"
    OTHER_MUNICIPALITY = "other-municipality"


class FundingNature(enum.StrEnum):
    STRUCTURAL = "structural"
    INCIDENTAL = "incidental"


class FundingIntegration(enum.StrEnum):
    SILOED = "siloed"
    ALIGNED = "aligned"
    POOLED = "pooled"


class FundingStatus(enum.StrEnum):
    PROPOSED = "proposed"
    COMMITTED = "committed"
    UNDER_REVIEW = "under-review"
    TENDER_DEPENDENT = "tender-dependent"
    ENDED = "ended"


class DependencyKind(enum.StrEnum):
    TENDER = "tender"
    GRANT_DECISION = "grant-decision"
    COUNCIL_DECISION = "council-decision"
    OTHER = "other"


class GovernanceKind(enum.StrEnum):
    STEERING_GROUP = "steering-group"
    WORKING_GROUP = "working-group"
    CORE_TEAM = "core-team"
    EXECUTIVE_BOARD = "executive-board"
    OTHER = "other"


class MandateKind(enum.StrEnum):
    ADVISORY = "advisory"
    DECISION = "decision"


class DecisionKind(enum.StrEnum):
    COMMISSION = "commission"
    VISION = "vision"
    AMBITION = "ambition"
    GOAL = "goal"
    BUDGET = "budget"
    MANDATE = "mandate"
    ANCHORING = "anchoring"
    COUNCIL_BUDGET = "council-budget"
    FRAMEWORK_MEMO = "framework-memo"
    BUDGET_AMENDMENT = "budget-amendment"
    COUNCIL_DECISION = "council-decision"
    COUNCIL_MOTION = "council-motion"
    COLLEGE_DECISION = "college-decision"
    COALITION_AGREEMENT = "coalition-agreement"
    PORTFOLIO_COMMISSION = "portfolio-commission"
    STEERING_GROUP_DECISION = "steering-group-decision"
    OTHER = "other"


class SessionSubject(enum.StrEnum):
    BASELINE = "baseline"
    AMBITION = "ambition"
    GOVERNANCE = "governance"
    FUNDING = "funding"
    OPPORTUNITIES = "opportunities"
    OBSTACLES = "obstacles"
    GOALS = "goals"
    PLAN = "plan"
    REFERRAL = "referral"
    MONITORING = "monitoring"


class ObstacleKind(enum.StrEnum):
    SILOED_BUDGET = "siloed-budget"
    INCIDENTAL_FUNDING = "incidental-funding"
    UNKNOWN_VALUE_OF_SPORT = "unknown-value-of-sport"
    CAPACITY = "capacity"
    GOVERNANCE = "governance"
    ACCESSIBILITY = "accessibility"
    OTHER = "other"


class SocialGoal(enum.StrEnum):
    PARTICIPATION = "participation"
    SELF_RELIANCE = "self-reliance"
    WORK = "work"
    INTEGRATION = "integration"
    HEALTH = "health"


class Period(Model):
    start: dt.date
    end: dt.date | None = None

    @model_validator(mode="after")
    def _ends_after_start(self) -> Period:
        if self.end is not None and self.end < self.start:
            raise ValueError("the period ends before it starts")
        return self


class Municipality(Model):
    name: Name
    cbs_code: Annotated[str, Field(pattern=r"^GM[0-9]{4}$")]
    population: Count | None = None


class Facilitator(Model):
    name: Name
    engaged: Period
    independent: bool = True
    funded_by: Id | None = None
    stakeholder: Id | None = None


class Portfolio(Model):
    domain: Domain
    start: dt.date | None = Field(None, alias="from")
    until: dt.date | None = None


class Stakeholder(Model):
    id: Id
    name: Name
    kind: StakeholderKind
    level: Level
    portfolios: list[Portfolio] = []
    in_office: Period | None = None
    period: Period | None = None


class Relation(Model):
    source: Id
    target: Id
    kind: RelationKind
    period: Period
    strength: Annotated[int, Field(ge=1, le=4)] | None = None
    trust: Annotated[int, Field(ge=1, le=4)] | None = None


class ContributionSource(Model):
    domain: Domain | None = None
    funder: Funder | None = None
    stakeholder: Id | None = None
    route: Id | None = None


class Contribution(Model):
    source: ContributionSource = Field(alias="from")
    amount_per_year: Amount
    period: Period | None = None
    status: FundingStatus | None = None
    committed: dt.date | None = None


class Dependency(Model):
    kind: DependencyKind
    decision_expected: dt.date | None = None
    description: Name | None = None


class FundingStream(Model):
    id: Id
    name: Name
    funder: Funder | None = None
    route: Id | None = None
    domain: Domain | None = None
    taakveld: Annotated[str, Field(pattern=r"^[0-9]\.[0-9]{1,2}[a-d]?$")] | None = None
    amount_per_year: Amount | None = None
    contributions: list[Contribution] = []
    period: Period
    nature: FundingNature
    integration: FundingIntegration
    status: FundingStatus | None = None
    depends_on: Dependency | None = None
    holder: Id | None = None
    funds: str | None = None
    committed: dt.date | None = None


class Mandate(Model):
    kind: MandateKind
    granted_by: Id | None = None


class Membership(Model):
    stakeholder: Id
    start: dt.date | None = Field(None, alias="from")
    until: dt.date | None = None


class GovernanceBody(Model):
    id: Id
    name: Name
    kind: GovernanceKind
    level: Level
    mandate: Mandate
    period: Period
    members: list[Membership] = []
    controls: Annotated[list[str], Unique] = []


class Decision(Model):
    id: Id
    kind: DecisionKind
    date: dt.date
    title: Name
    by: Id | None = None
    domains: Annotated[list[Domain], Unique] = []
    funding: Annotated[list[str], Unique] = []
    document: str | None = None
    confirms: Annotated[list[str], Unique] = []


class WorkSession(Model):
    id: Id
    date: dt.date
    levels: Annotated[list[Level], Unique, Field(min_length=1)]
    participants: Annotated[list[str], Unique] = []
    topics: list[str] = []
    covers: Annotated[list[SessionSubject], Unique] = []
    outcomes: list[str] = []


class Opportunity(Model):
    id: Id
    identified: dt.date
    target_group: TargetGroup
    goal: SocialGoal
    sport_offer: Name
    partners: Annotated[list[str], Unique] = []


class Obstacle(Model):
    id: Id
    identified: dt.date
    kind: ObstacleKind
    description: Name
    response: str | None = None
    response_date: dt.date | None = None
    resolved: dt.date | None = None


class Measurement(Model):
    date: dt.date
    value: float


class Indicator(Model):
    id: Id | None = None
    name: Name
    unit: Name
    baseline: float | None = None
    baseline_date: dt.date | None = None
    target: float | None = None
    target_date: dt.date | None = None
    measurements: list[Measurement] = []


class Goal(Model):
    id: Id
    title: Name
    set_on: dt.date
    social_goal: SocialGoal
    target_groups: Annotated[list[TargetGroup], Unique] = []
    benefiting_domains: Annotated[list[Domain], Unique] = []
    indicators: list[Indicator] = []


class InventoryItem(Model):
    id: Id
    name: Name
    since: dt.date
    until: dt.date | None = None
    run_by: Id | None = None
    paid_by: Id | None = None
    target_groups: Annotated[list[TargetGroup], Unique] = []
    reach_per_year: Count | None = None


class Action(Model):
    id: Id
    title: Name
    added: dt.date
    owner: Id | None = None
    level: Level | None = None
    target_groups: Annotated[list[TargetGroup], Unique] = []
    funding: Annotated[list[str], Unique] = []
    goals: Annotated[list[str], Unique] = []
    period: Period | None = None
    cost_per_year: Amount | None = None


class ReferralRoute(Model):
    target_group: TargetGroup
    via: Id
    since: dt.date | None = None


class MonitoringAgreement(Model):
    indicator: Id
    source: Name
    measured_by: Id | None = None
    agreed: dt.date | None = None


class ImplementationPlan(Model):
    period: Period | None = None
    drafted: dt.date | None = None
    presented: dt.date | None = None
    actions: list[Action] = []
    referral_routes: list[ReferralRoute] = []
    monitoring: list[MonitoringAgreement] = []


class Waiver(Model):
    code: Annotated[str, Field(pattern=r"^[A-Z]{3}[0-9]{3}$")]
    reason: Name
    decided_by: Name
    date: dt.date


class PhaseEntry(Model):
    phase: Annotated[str, Field(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")]
    entered: dt.date
    decided_by: Name | None = None
    decision: Id | None = None
    reason: str | None = None
    waivers: list[Waiver] = []


class Engagement(Model):
    schema_version: Literal[2]
    municipality: Municipality
    methodology: Name | None = None
    facilitator: Facilitator | None = None
    target_groups: Annotated[list[TargetGroup], Unique] = []
    domains: Annotated[list[Domain], Unique] = []
    stakeholders: list[Stakeholder] = []
    relations: list[Relation] = []
    funding: list[FundingStream] = []
    governance: list[GovernanceBody] = []
    decisions: list[Decision] = []
    work_sessions: list[WorkSession] = []
    opportunities: list[Opportunity] = []
    obstacles: list[Obstacle] = []
    goals: list[Goal] = []
    inventory: list[InventoryItem] = []
    plan: ImplementationPlan = ImplementationPlan()
    phase_log: list[PhaseEntry] = []
    elections: Annotated[list[dt.date], Unique] = []
    revision: Annotated[str, Field(pattern=r"^sha256:[0-9a-f]{64}$")] | None = None

    def _ids(self) -> Iterator[str]:
        for items in (
            self.stakeholders,
            self.funding,
            self.governance,
            self.decisions,
            self.work_sessions,
            self.opportunities,
            self.obstacles,
            self.goals,
            self.inventory,
            self.plan.actions,
        ):
            for item in items:
                yield item.id
        for goal in self.goals:
            for indicator in goal.indicators:
                if indicator.id is not None:
                    yield indicator.id

    def _refs(self) -> Iterator[tuple[str, str | None]]:
        f = self.facilitator
        if f is not None:
            yield "stakeholder", f.stakeholder
            yield "funding", f.funded_by
        for r in self.relations:
            yield "stakeholder", r.source
            yield "stakeholder", r.target
        for s in self.funding:
            yield "stakeholder", s.holder
            for c in s.contributions:
                yield "stakeholder", c.source.stakeholder
        for b in self.governance:
            for m in b.members:
                yield "stakeholder", m.stakeholder
            for c in b.controls:
                yield "funding", c
            yield "decision", b.mandate.granted_by
        for d in self.decisions:
            yield "decider", d.by
            for c in d.funding:
                yield "funding", c
            for c in d.confirms:
                yield "decision", c
        for w in self.work_sessions:
            for p in w.participants:
                yield "stakeholder", p
        for o in self.opportunities:
            for p in o.partners:
                yield "stakeholder", p
        for item in self.inventory:
            yield "stakeholder", item.run_by
            yield "funding", item.paid_by
        for a in self.plan.actions:
            yield "stakeholder", a.owner
            for c in a.funding:
                yield "funding", c
            for g in a.goals:
                yield "goal", g
        for route in self.plan.referral_routes:
            yield "stakeholder", route.via
        for m in self.plan.monitoring:
            yield "indicator", m.indicator
            yield "stakeholder", m.measured_by
        for entry in self.phase_log:
            yield "decision", entry.decision

    @model_validator(mode="after")
    def _references(self) -> Engagement:
        seen: set[str] = set()
        for ident in self._ids():
            if ident in seen:
                raise ValueError(f"the id {ident!r} is used twice")
            seen.add(ident)
        stakeholders = {s.id for s in self.stakeholders}
        known = {
            "stakeholder": stakeholders,
            "funding": {s.id for s in self.funding},
            "goal": {g.id for g in self.goals},
            "decision": {d.id for d in self.decisions},
            "indicator": {i.id for g in self.goals for i in g.indicators if i.id is not None},
            "decider": stakeholders | {b.id for b in self.governance},
        }
        for kind, ident in self._refs():
            if ident is not None and ident not in known[kind]:
                raise ValueError(f"no {kind} {ident!r}")
        for r in self.relations:
            if r.source == r.target:
                raise ValueError(f"{r.source!r} is related to itself")
        return self
