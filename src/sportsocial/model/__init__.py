"""The domain model: frozen attrs classes, no I/O.

Everything a document holds is a value here. Cross-field consistency (does a
relation name a known stakeholder?) is checked by :mod:`sportsocial.io`, and
whether the engagement is *ready* by :mod:`sportsocial.readiness`; the classes
themselves only hold data.
"""

from .engagement import Engagement
from .enums import (
    DecisionKind,
    Domain,
    FundingIntegration,
    FundingNature,
    GovernanceKind,
    Level,
    Mandate,
    ObstacleKind,
    RelationKind,
    SocialGoal,
    StakeholderKind,
    TargetGroup,
)
from .funding import FundingStream
from .governance import Decision, GovernanceBody
from .parties import Facilitator, Municipality, Relation, Stakeholder
from .period import Period
from .phases import PhaseEntry, Waiver
from .plan import Action, ImplementationPlan
from .process import Goal, Indicator, Measurement, Obstacle, Opportunity, WorkSession

__all__ = [
    "Action",
    "Decision",
    "DecisionKind",
    "Domain",
    "Engagement",
    "Facilitator",
    "FundingIntegration",
    "FundingNature",
    "FundingStream",
    "Goal",
    "GovernanceBody",
    "GovernanceKind",
    "ImplementationPlan",
    "Indicator",
    "Level",
    "Mandate",
    "Measurement",
    "Municipality",
    "Obstacle",
    "ObstacleKind",
    "Opportunity",
    "Period",
    "PhaseEntry",
    "Relation",
    "RelationKind",
    "SocialGoal",
    "Stakeholder",
    "StakeholderKind",
    "TargetGroup",
    "Waiver",
    "WorkSession",
]
