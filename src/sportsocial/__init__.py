"""sportsocial: connect sport and exercise to the Dutch social domain.

A domain model of a municipality's facilitated engagement (*procesbegeleiding*)
from shared administrative power and shared funding down to a local
implementation plan.

>>> import sportsocial as ss
>>> ss.Level.ADMINISTRATIVE.label("nl")
'bestuurlijk'
"""

from ._version import __version__
from .alignment import Alignment, PocketMatrix, Timeline, alignment, timeline, who_pays_who_benefits
from .catalogue import Intervention, Suggestion, load_catalogue, opportunities
from .display.reprs import install_package_reprs as _install_package_reprs
from .errors import (
    ConflictError,
    GateBlocked,
    InvalidDocument,
    MissingExtra,
    Problem,
    ProblemSeverity,
    SportsocialError,
    TransitionNotAllowed,
)
from .i18n import Text
from .io import SCHEMA_VERSION, dump, dumps, load, loads
from .methodology import (
    AdvanceCheck,
    Methodology,
    Status,
    advance,
    can_advance,
    load_methodology,
    status,
)
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
from .network import NetworkMetrics, network_metrics, stakeholder_graph
from .readiness import Agenda, Finding, Report, agenda, check, explain
from .research import Cohort, Sweep, evaluate_cohort, sweep

__all__ = [
    "SCHEMA_VERSION",
    "Action",
    "AdvanceCheck",
    "Agenda",
    "Alignment",
    "Cohort",
    "ConflictError",
    "Decision",
    "DecisionKind",
    "Domain",
    "Engagement",
    "Facilitator",
    "Finding",
    "FundingIntegration",
    "FundingNature",
    "FundingStream",
    "GateBlocked",
    "Goal",
    "GovernanceBody",
    "GovernanceKind",
    "ImplementationPlan",
    "Indicator",
    "Intervention",
    "InvalidDocument",
    "Level",
    "Mandate",
    "Measurement",
    "Methodology",
    "MissingExtra",
    "Municipality",
    "NetworkMetrics",
    "Obstacle",
    "ObstacleKind",
    "Opportunity",
    "Period",
    "PhaseEntry",
    "PocketMatrix",
    "Problem",
    "ProblemSeverity",
    "Relation",
    "RelationKind",
    "Report",
    "SocialGoal",
    "SportsocialError",
    "Stakeholder",
    "StakeholderKind",
    "Status",
    "Suggestion",
    "Sweep",
    "TargetGroup",
    "Text",
    "Timeline",
    "TransitionNotAllowed",
    "Waiver",
    "WorkSession",
    "__version__",
    "advance",
    "agenda",
    "alignment",
    "can_advance",
    "check",
    "dump",
    "dumps",
    "evaluate_cohort",
    "explain",
    "load",
    "load_catalogue",
    "load_methodology",
    "loads",
    "network_metrics",
    "opportunities",
    "stakeholder_graph",
    "status",
    "sweep",
    "timeline",
    "who_pays_who_benefits",
]

# Short reprs for the package's value classes (see sportsocial.display.reprs).
_install_package_reprs()
