"""Enumerations of the domain, each value with a Dutch and an English label.

Values are the kebab-case strings stored in documents; they never change once
published (a renamed label keeps its value). ``label(lang)`` gives the text a
user reads.
"""

from __future__ import annotations

from ..i18n import LabelledEnum, register_labels

__all__ = [
    "DecisionKind",
    "DependencyKind",
    "Domain",
    "Funder",
    "FundingIntegration",
    "FundingNature",
    "FundingStatus",
    "GovernanceKind",
    "Level",
    "MandateKind",
    "ObstacleKind",
    "RelationKind",
    "SessionSubject",
    "SocialGoal",
    "StakeholderKind",
    "TargetGroup",
]


class Level(LabelledEnum):
    """The three levels the methodology works on, from deciding to doing."""

    ADMINISTRATIVE = "administrative"
    OFFICIAL = "official"
    EXECUTIVE = "executive"


class Domain(LabelledEnum):
    """Policy domains: sport, and the areas of the social domain."""

    SPORT = "sport"
    SOCIAL_SUPPORT = "social-support"
    WORK_AND_INCOME = "work-and-income"
    YOUTH = "youth"
    PUBLIC_HEALTH = "public-health"
    EDUCATION = "education"
    POVERTY_AND_DEBT = "poverty-and-debt"
    INTEGRATION = "integration"

    @property
    def is_social(self) -> bool:
        """True for every social-domain area, False for sport."""
        return self is not Domain.SPORT


class TargetGroup(LabelledEnum):
    """The vulnerable groups the seeds name."""

    REFUGEES_STATUS_HOLDERS = "refugees-status-holders"
    LONELY_OLDER_PEOPLE = "lonely-older-people"
    LONELY_YOUNG_PEOPLE = "lonely-young-people"
    PEOPLE_WITH_DEMENTIA = "people-with-dementia"
    PEOPLE_WITH_OVERWEIGHT = "people-with-overweight"
    LOW_SES = "low-ses"
    DISTANCE_TO_LABOUR_MARKET = "distance-to-labour-market"
    PEOPLE_WITH_DISABILITY = "people-with-disability"


class SocialGoal(LabelledEnum):
    """What the social domain wants sport and exercise to contribute to."""

    PARTICIPATION = "participation"
    SELF_RELIANCE = "self-reliance"
    WORK = "work"
    INTEGRATION = "integration"
    HEALTH = "health"


class StakeholderKind(LabelledEnum):
    """What sort of organisation (or role) a stakeholder is.

    The municipality appears in its three roles: the council (*raad*), which
    holds the budget right; the college of mayor and aldermen, which decides
    collectively; and each alderman as a portfolio holder. Public funders
    outside the municipality (state, province, region, insurer, fund) are
    stakeholders too, so that money can be traced to who pays it.
    """

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

    @property
    def is_office(self) -> bool:
        """True for the elected and appointed bodies of the municipality: portfolio
        holder, college and council, whose time in office matters."""
        return self in _OFFICE

    @property
    def is_civil_society(self) -> bool:
        """True for the *voorveld* / *maatschappelijk middenveld*.

        Sports clubs and providers, welfare and community organisations, care
        providers, schools, employers and housing corporations are civil society;
        the municipality, the council, public agencies (GGD, UWV/werkplein), the
        facilitator and knowledge institutes are not.
        """
        return self in _CIVIL_SOCIETY


_CIVIL_SOCIETY = frozenset(
    {
        StakeholderKind.SPORTS_CLUB,
        StakeholderKind.SPORT_PROVIDER,
        StakeholderKind.WELFARE_ORGANISATION,
        StakeholderKind.COMMUNITY_ORGANISATION,
        StakeholderKind.CARE_PROVIDER,
        StakeholderKind.EDUCATION,
        StakeholderKind.EMPLOYER,
        StakeholderKind.HOUSING,
    }
)

_OFFICE = frozenset(
    {StakeholderKind.PORTFOLIO_HOLDER, StakeholderKind.COLLEGE, StakeholderKind.COUNCIL}
)


class RelationKind(LabelledEnum):
    """How two stakeholders are tied. ``funds``, ``reports-to``, ``advises`` and
    ``contracts`` are directed (source acts on target); ``collaborates`` is mutual."""

    COLLABORATES = "collaborates"
    FUNDS = "funds"
    REPORTS_TO = "reports-to"
    ADVISES = "advises"
    CONTRACTS = "contracts"

    @property
    def directed(self) -> bool:
        """Whether the relation has a direction (everything but ``collaborates``)."""
        return self is not RelationKind.COLLABORATES


class FundingNature(LabelledEnum):
    """Structural (recurring budget) or incidental (one-off, project money)."""

    STRUCTURAL = "structural"
    INCIDENTAL = "incidental"


class Funder(LabelledEnum):
    """Who pays: the municipality's own budget, or money from outside it.

    Where money is *booked* (the domain, the Iv3 taakveld) is not who pays it:
    a state grant for buurtsportcoaches is booked on sport but paid by the state
    and ends when the state's scheme does.
    """

    MUNICIPALITY = "municipality"
    STATE = "state"
    PROVINCE = "province"
    INSURER = "insurer"
    FUND = "fund"
    REGION = "region"
    OTHER_MUNICIPALITY = "other-municipality"

    @property
    def external(self) -> bool:
        """True for money from outside the municipality."""
        return self is not Funder.MUNICIPALITY


class FundingStatus(LabelledEnum):
    """How certain money is, from proposed to committed, and when it stops.

    Only ``committed`` and ``under-review`` money is in a budget; money under
    review may be cut, money that depends on a tender or grant decision is not
    money yet.
    """

    PROPOSED = "proposed"
    COMMITTED = "committed"
    UNDER_REVIEW = "under-review"
    TENDER_DEPENDENT = "tender-dependent"
    ENDED = "ended"

    @property
    def is_budgeted(self) -> bool:
        """True when the money stands in a budget (committed or under review)."""
        return self in (FundingStatus.COMMITTED, FundingStatus.UNDER_REVIEW)


class DependencyKind(LabelledEnum):
    """What a stream waits for before it is money."""

    TENDER = "tender"
    GRANT_DECISION = "grant-decision"
    COUNCIL_DECISION = "council-decision"
    OTHER = "other"


class FundingIntegration(LabelledEnum):
    """How a stream relates to the others: on its own, aligned, or pooled."""

    SILOED = "siloed"
    ALIGNED = "aligned"
    POOLED = "pooled"


class GovernanceKind(LabelledEnum):
    """The usual forms of a governance body."""

    STEERING_GROUP = "steering-group"
    WORKING_GROUP = "working-group"
    CORE_TEAM = "core-team"
    EXECUTIVE_BOARD = "executive-board"
    OTHER = "other"


class MandateKind(LabelledEnum):
    """Whether a body may decide (over money, in particular) or only advise."""

    ADVISORY = "advisory"
    DECISION = "decision"


class DecisionKind(LabelledEnum):
    """What a recorded decision is about, or the instrument that carries it.

    The first kinds say what was decided (commission, ambition, budget, ...);
    the kinds of Dutch municipal practice say *how*: the council adopts the
    budget (*programmabegroting*), promises money for next year in the
    framework memo (*kadernota*/*voorjaarsnota*) and moves money during the
    year only by a budget amendment (*begrotingswijziging*); the college
    decides collectively (*collegebesluit*); a coalition agreement
    (*coalitieakkoord*) sets the ambitions of a new college.
    """

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

    @property
    def is_budget_right(self) -> bool:
        """True for the council's instruments over money: begroting, kadernota,
        begrotingswijziging (the budget right, *budgetrecht*, lies with the council)."""
        return self in _BUDGET_RIGHT


_BUDGET_RIGHT = frozenset(
    {DecisionKind.COUNCIL_BUDGET, DecisionKind.FRAMEWORK_MEMO, DecisionKind.BUDGET_AMENDMENT}
)


class SessionSubject(LabelledEnum):
    """What a work session dealt with, so that an inventory made shows even when it
    found nothing (no obstacles, say)."""

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


class ObstacleKind(LabelledEnum):
    """Recurring obstacles (*hindernissen*) of the sport–social connection."""

    SILOED_BUDGET = "siloed-budget"
    INCIDENTAL_FUNDING = "incidental-funding"
    UNKNOWN_VALUE_OF_SPORT = "unknown-value-of-sport"
    CAPACITY = "capacity"
    GOVERNANCE = "governance"
    ACCESSIBILITY = "accessibility"
    OTHER = "other"


# (English, Dutch) per value; kept in one table so a translator sees them together.
register_labels(
    {
        Level: {
            "administrative": ("administrative", "bestuurlijk"),
            "official": ("official", "ambtelijk"),
            "executive": ("executive", "uitvoerend"),
        },
        Domain: {
            "sport": ("sport and exercise", "sport en bewegen"),
            "social-support": ("social support (Wmo)", "maatschappelijke ondersteuning (Wmo)"),
            "work-and-income": (
                "work and income (Participatiewet)",
                "werk en inkomen (Participatiewet)",
            ),
            "youth": ("youth (Jeugdwet)", "jeugd (Jeugdwet)"),
            "public-health": ("public health", "publieke gezondheid"),
            "education": ("education", "onderwijs"),
            "poverty-and-debt": ("poverty and debt", "armoede en schulden"),
            "integration": ("integration (inburgering)", "inburgering en integratie"),
        },
        TargetGroup: {
            "refugees-status-holders": (
                "refugees and status holders",
                "vluchtelingen en statushouders",
            ),
            "lonely-older-people": ("lonely older people", "eenzame ouderen"),
            "lonely-young-people": ("lonely young people", "eenzame jongeren"),
            "people-with-dementia": ("people with dementia", "mensen met dementie"),
            "people-with-overweight": ("people with overweight", "mensen met overgewicht"),
            "low-ses": (
                "people with low socio-economic status",
                "mensen met een lage sociaaleconomische status",
            ),
            "distance-to-labour-market": (
                "people with a distance to the labour market",
                "mensen met een afstand tot de arbeidsmarkt",
            ),
            "people-with-disability": (
                "people with a disability (adapted sport)",
                "mensen met een beperking (aangepast sporten)",
            ),
        },
        SocialGoal: {
            "participation": ("participation", "participatie"),
            "self-reliance": ("self-reliance", "zelfredzaamheid"),
            "work": ("work", "werk"),
            "integration": ("integration", "integratie"),
            "health": ("health", "gezondheid"),
        },
        StakeholderKind: {
            "portfolio-holder": ("portfolio holder (alderman)", "portefeuillehouder (wethouder)"),
            "college": ("college of mayor and aldermen", "college van B en W"),
            "council": ("municipal council", "gemeenteraad"),
            "municipal-department": ("municipal department", "gemeentelijke afdeling"),
            "sports-club": ("sports club", "sportvereniging"),
            "sport-provider": ("sport provider", "sportaanbieder"),
            "welfare-organisation": ("welfare organisation", "welzijnsorganisatie"),
            "community-organisation": ("community organisation", "maatschappelijke organisatie"),
            "care-provider": ("care provider", "zorgaanbieder"),
            "public-health-service": ("public health service (GGD)", "GGD"),
            "work-and-income-agency": (
                "work and income agency (UWV, werkplein)",
                "UWV / werkplein",
            ),
            "education": ("education", "onderwijs"),
            "employer": ("employer", "werkgever"),
            "housing": ("housing corporation", "woningcorporatie"),
            "facilitator": ("process facilitator", "procesbegeleider"),
            "knowledge-institute": ("knowledge institute", "kennisinstituut"),
            "region": ("regional partnership", "regio (samenwerkingsverband)"),
            "province": ("province", "provincie"),
            "state": ("state (national government)", "Rijk"),
            "insurer": ("health insurer", "zorgverzekeraar"),
            "fund": ("fund", "fonds"),
            "other": ("other", "overig"),
        },
        Funder: {
            "municipality": ("the municipality", "de gemeente"),
            "state": ("the state", "het Rijk"),
            "province": ("the province", "de provincie"),
            "insurer": ("a health insurer", "een zorgverzekeraar"),
            "fund": ("a fund", "een fonds"),
            "region": ("the region", "de regio"),
            "other-municipality": ("another municipality", "een andere gemeente"),
        },
        FundingStatus: {
            "proposed": ("proposed", "voorgesteld"),
            "committed": ("committed", "toegezegd"),
            "under-review": ("under review", "in heroverweging"),
            "tender-dependent": (
                "depends on a tender or grant decision",
                "afhankelijk van aanbesteding of subsidiebesluit",
            ),
            "ended": ("ended", "beëindigd"),
        },
        DependencyKind: {
            "tender": ("tender", "aanbesteding"),
            "grant-decision": ("grant decision", "subsidiebesluit"),
            "council-decision": ("council decision", "raadsbesluit"),
            "other": ("other", "overig"),
        },
        RelationKind: {
            "collaborates": ("collaborates with", "werkt samen met"),
            "funds": ("funds", "financiert"),
            "reports-to": ("reports to", "legt verantwoording af aan"),
            "advises": ("advises", "adviseert"),
            "contracts": ("contracts", "contracteert"),
        },
        FundingNature: {
            "structural": ("structural", "structureel"),
            "incidental": ("incidental", "incidenteel"),
        },
        FundingIntegration: {
            "siloed": ("siloed", "verkokerd"),
            "aligned": ("aligned", "afgestemd"),
            "pooled": ("pooled", "gebundeld"),
        },
        GovernanceKind: {
            "steering-group": ("steering group", "stuurgroep"),
            "working-group": ("working group", "werkgroep"),
            "core-team": ("core team", "kerngroep / kernteam"),
            "executive-board": ("executive board", "college / bestuur"),
            "other": ("other body", "ander overleg"),
        },
        MandateKind: {
            "advisory": ("advisory", "adviserend"),
            "decision": ("decision", "besluitvormend"),
        },
        DecisionKind: {
            "commission": ("commission", "opdracht"),
            "vision": ("vision", "visie"),
            "ambition": ("ambition", "ambitie"),
            "goal": ("goal", "doel"),
            "budget": ("budget", "budget"),
            "mandate": ("mandate", "mandaat"),
            "anchoring": ("anchoring in policy", "verankering in beleid"),
            "council-budget": ("council budget (programmabegroting)", "programmabegroting (raad)"),
            "framework-memo": ("framework memo (kadernota)", "kadernota / voorjaarsnota"),
            "budget-amendment": ("budget amendment", "begrotingswijziging"),
            "council-decision": ("council decision", "raadsbesluit"),
            "council-motion": ("council motion", "motie van de raad"),
            "college-decision": ("college decision", "collegebesluit"),
            "coalition-agreement": ("coalition agreement", "coalitieakkoord"),
            "portfolio-commission": (
                "commission to a portfolio holder",
                "opdracht aan de portefeuillehouder",
            ),
            "steering-group-decision": ("steering group decision", "besluit van de stuurgroep"),
            "other": ("other", "overig"),
        },
        SessionSubject: {
            "baseline": ("baseline (startfoto)", "startfoto"),
            "ambition": ("shared ambition", "gedeelde ambitie"),
            "governance": ("governance", "sturing"),
            "funding": ("funding", "financiering"),
            "opportunities": ("promising connections", "kansrijke verbindingen"),
            "obstacles": ("obstacles", "hindernissen"),
            "goals": ("goals and indicators", "doelen en indicatoren"),
            "plan": ("implementation plan", "uitvoeringsplan"),
            "referral": ("referral routes", "toeleiding"),
            "monitoring": ("monitoring", "monitoring"),
        },
        ObstacleKind: {
            "siloed-budget": ("siloed budget", "verkokerd budget"),
            "incidental-funding": ("incidental funding", "incidentele financiering"),
            "unknown-value-of-sport": (
                "value of sport unknown in the social domain",
                "onbekendheid met wat sport kan bieden",
            ),
            "capacity": ("capacity", "capaciteit"),
            "governance": ("governance", "sturing"),
            "accessibility": ("accessibility of the offer", "toegankelijkheid van het aanbod"),
            "other": ("other", "overig"),
        },
    }
)
