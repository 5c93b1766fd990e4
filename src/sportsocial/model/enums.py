"""Enumerations of the domain, each value with a Dutch and an English label.

Values are the kebab-case strings stored in documents; they never change once
published (a renamed label keeps its value). ``label(lang)`` gives the text a
user reads.
"""

from __future__ import annotations

from ..i18n import LabelledEnum, register_labels

__all__ = [
    "DecisionKind",
    "Domain",
    "FundingIntegration",
    "FundingNature",
    "GovernanceKind",
    "Level",
    "Mandate",
    "ObstacleKind",
    "RelationKind",
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


class SocialGoal(LabelledEnum):
    """What the social domain wants sport and exercise to contribute to."""

    PARTICIPATION = "participation"
    SELF_RELIANCE = "self-reliance"
    WORK = "work"
    INTEGRATION = "integration"
    HEALTH = "health"


class StakeholderKind(LabelledEnum):
    """What sort of organisation (or role) a stakeholder is."""

    MUNICIPAL_EXECUTIVE = "municipal-executive"
    MUNICIPAL_DEPARTMENT = "municipal-department"
    COUNCIL = "council"
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
    OTHER = "other"

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


class Mandate(LabelledEnum):
    """Whether a body may decide (over money, in particular) or only advise."""

    ADVISORY = "advisory"
    DECISION = "decision"


class DecisionKind(LabelledEnum):
    """What a recorded decision is about."""

    COMMISSION = "commission"
    VISION = "vision"
    AMBITION = "ambition"
    GOAL = "goal"
    BUDGET = "budget"
    MANDATE = "mandate"
    ANCHORING = "anchoring"
    OTHER = "other"


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
        },
        SocialGoal: {
            "participation": ("participation", "participatie"),
            "self-reliance": ("self-reliance", "zelfredzaamheid"),
            "work": ("work", "werk"),
            "integration": ("integration", "integratie"),
            "health": ("health", "gezondheid"),
        },
        StakeholderKind: {
            "municipal-executive": (
                "municipal executive (alderman, college)",
                "college / wethouder",
            ),
            "municipal-department": ("municipal department", "gemeentelijke afdeling"),
            "council": ("municipal council", "gemeenteraad"),
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
            "pooled": ("pooled", "ontschot (gebundeld)"),
        },
        GovernanceKind: {
            "steering-group": ("steering group", "stuurgroep"),
            "working-group": ("working group", "werkgroep"),
            "core-team": ("core team", "kerngroep / kernteam"),
            "executive-board": ("executive board", "college / bestuur"),
            "other": ("other body", "ander overleg"),
        },
        Mandate: {
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
            "other": ("other", "overig"),
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
