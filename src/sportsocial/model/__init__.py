"""The domain model: frozen attrs classes, no I/O.

Everything a document holds is a value here. Cross-field consistency (does a
relation name a known stakeholder?) is checked by :mod:`sportsocial.io`, and
whether the engagement is *ready* by :mod:`sportsocial.readiness`; the classes
themselves only hold data.
"""

# Compact reprs for the value classes (the engagement has its own summary):
# a plan's or a goal's default attrs repr runs to thousands of characters.
from ..display.reprs import compact_repr as _compact_repr
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

for _cls in (
    Action,
    Decision,
    Facilitator,
    FundingStream,
    Goal,
    GovernanceBody,
    ImplementationPlan,
    Indicator,
    Measurement,
    Municipality,
    Obstacle,
    Opportunity,
    Period,
    PhaseEntry,
    Relation,
    Stakeholder,
    Waiver,
    WorkSession,
):
    _cls.__repr__ = _compact_repr  # type: ignore[method-assign]

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
