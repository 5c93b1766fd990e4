"""The domain model: frozen attrs classes, no I/O.

Everything a document holds is a value here. Cross-field consistency (does a
relation name a known stakeholder?) is checked by :mod:`sportsocial.io`, and
whether the engagement is *ready* by :mod:`sportsocial.readiness`; the classes
themselves only hold data.
"""

from .elections import MUNICIPAL_ELECTIONS
from .engagement import Engagement
from .enums import (
    DecisionKind,
    DependencyKind,
    Domain,
    Funder,
    FundingIntegration,
    FundingNature,
    FundingStatus,
    GovernanceKind,
    Level,
    MandateKind,
    ObstacleKind,
    RelationKind,
    SessionSubject,
    SocialGoal,
    StakeholderKind,
    TargetGroup,
)
from .funding import Contribution, ContributionSource, Dependency, FundingStream, MoneyPart
from .governance import Decision, GovernanceBody, Mandate, Membership
from .inventory import InventoryItem
from .parties import Facilitator, Municipality, Portfolio, Relation, Stakeholder
from .period import Period
from .phases import PhaseEntry, Waiver
from .plan import Action, ImplementationPlan, MonitoringAgreement, ReferralRoute
from .process import Goal, Indicator, Measurement, Obstacle, Opportunity, WorkSession
from .taakveld import TAAKVELDEN, Taakveld

__all__ = [
    "MUNICIPAL_ELECTIONS",
    "TAAKVELDEN",
    "Action",
    "Contribution",
    "ContributionSource",
    "Decision",
    "DecisionKind",
    "Dependency",
    "DependencyKind",
    "Domain",
    "Engagement",
    "Facilitator",
    "Funder",
    "FundingIntegration",
    "FundingNature",
    "FundingStatus",
    "FundingStream",
    "Goal",
    "GovernanceBody",
    "GovernanceKind",
    "ImplementationPlan",
    "Indicator",
    "InventoryItem",
    "Level",
    "Mandate",
    "MandateKind",
    "Measurement",
    "Membership",
    "MoneyPart",
    "MonitoringAgreement",
    "Municipality",
    "Obstacle",
    "ObstacleKind",
    "Opportunity",
    "Period",
    "PhaseEntry",
    "Portfolio",
    "ReferralRoute",
    "Relation",
    "RelationKind",
    "SessionSubject",
    "SocialGoal",
    "Stakeholder",
    "StakeholderKind",
    "Taakveld",
    "TargetGroup",
    "Waiver",
    "WorkSession",
]
