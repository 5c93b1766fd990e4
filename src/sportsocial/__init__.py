"""sportsocial: connect sport and exercise to the Dutch social domain.

A domain model of a municipality's facilitated engagement (*procesbegeleiding*)
from shared administrative power and shared funding down to a local
implementation plan.

>>> import sportsocial as ss
>>> ss.Level.ADMINISTRATIVE.label("nl")
'bestuurlijk'
"""

from ._version import __version__
from .errors import (
    ConflictError,
    InvalidDocument,
    MissingExtra,
    Problem,
    ProblemSeverity,
    SportsocialError,
)
from .i18n import Text
from .io import SCHEMA_VERSION, dump, dumps, load, loads
from .model import (
    Action,
    Decision,
    DecisionKind,
    Domain,
    Engagement,
    Facilitator,
    FundingIntegration,
    FundingNature,
    FundingStream,
    Goal,
    GovernanceBody,
    GovernanceKind,
    ImplementationPlan,
    Indicator,
    Level,
    Mandate,
    Measurement,
    Municipality,
    Obstacle,
    ObstacleKind,
    Opportunity,
    Period,
    PhaseEntry,
    Relation,
    RelationKind,
    SocialGoal,
    Stakeholder,
    StakeholderKind,
    TargetGroup,
    Waiver,
    WorkSession,
)

__all__ = [
    "SCHEMA_VERSION",
    "Action",
    "ConflictError",
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
    "InvalidDocument",
    "Level",
    "Mandate",
    "Measurement",
    "MissingExtra",
    "Municipality",
    "Obstacle",
    "ObstacleKind",
    "Opportunity",
    "Period",
    "PhaseEntry",
    "Problem",
    "ProblemSeverity",
    "Relation",
    "RelationKind",
    "SocialGoal",
    "SportsocialError",
    "Stakeholder",
    "StakeholderKind",
    "TargetGroup",
    "Text",
    "Waiver",
    "WorkSession",
    "__version__",
    "dump",
    "dumps",
    "load",
    "loads",
]
