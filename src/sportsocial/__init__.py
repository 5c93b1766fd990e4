"""sportsocial: connect sport and exercise to the Dutch social domain.

A domain model of a municipality's facilitated engagement (*procesbegeleiding*)
from shared administrative power and shared funding down to a local
implementation plan.

>>> import sportsocial as ss
>>> ss.Level.ADMINISTRATIVE.label("nl")
'bestuurlijk'
"""

from __future__ import annotations

import importlib
import sys
import types

from ._version import __version__

# ``typing`` itself takes longer to import than the rest of this module: type
# checkers read a module-level ``TYPE_CHECKING`` as True, the interpreter skips the block.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    from .alignment import (
        Alignment,
        PocketMatrix,
        Timeline,
        alignment,
        timeline,
        who_pays_who_benefits,
    )
    from .catalogue import Intervention, Suggestion, load_catalogue, opportunities
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
        status,
    )
    from .model import (
        MUNICIPAL_ELECTIONS,
        TAAKVELDEN,
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
        MoneyPart,
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
        SessionSubject,
        SocialGoal,
        Stakeholder,
        StakeholderKind,
        Taakveld,
        TargetGroup,
        Waiver,
        WorkSession,
    )
    from .network import NetworkMetrics, network_metrics, stakeholder_graph
    from .readiness import Agenda, Finding, Report, agenda, check, explain
    from .readiness.gate_rules import load_methodology

#: Where each public name lives. A name is imported when it is first used, so
#: that ``import sportsocial`` costs next to nothing and a command that needs no
#: network analysis never loads networkx (type checkers read the imports above).
_EXPORTS: dict[str, tuple[str, ...]] = {
    ".alignment": (
        "Alignment",
        "PocketMatrix",
        "Timeline",
        "alignment",
        "timeline",
        "who_pays_who_benefits",
    ),
    ".catalogue": ("Intervention", "Suggestion", "load_catalogue", "opportunities"),
    ".errors": (
        "ConflictError",
        "GateBlocked",
        "InvalidDocument",
        "MissingExtra",
        "Problem",
        "ProblemSeverity",
        "SportsocialError",
        "TransitionNotAllowed",
    ),
    ".i18n": ("Text",),
    ".io": ("SCHEMA_VERSION", "dump", "dumps", "load", "loads"),
    ".methodology": (
        "AdvanceCheck",
        "Methodology",
        "Status",
        "advance",
        "can_advance",
        "status",
    ),
    # the methodology checked against every registered rule, plug-ins included
    ".readiness.gate_rules": ("load_methodology",),
    ".model": (
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
    ),
    ".network": ("NetworkMetrics", "network_metrics", "stakeholder_graph"),
    ".readiness": ("Agenda", "Finding", "Report", "agenda", "check", "explain"),
}
_WHERE = {name: module for module, names in _EXPORTS.items() for name in names}
#: The subpackages, reachable as attributes (``ss.network.to_graphml``) as before.
_SUBPACKAGES = (
    "alignment",
    "catalogue",
    "cli",
    "errors",
    "i18n",
    "io",
    "methodology",
    "model",
    "network",
    "readiness",
)


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        if name in _SUBPACKAGES:
            return importlib.import_module(f".{name}", __name__)
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    if module == ".io":
        # reading an engagement also checks its methodology reference: a step
        # that importing sportsocial.methodology adds to the reader
        importlib.import_module(".methodology", __name__)
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})


class _Package(types.ModuleType):
    """The package, whose ``alignment`` is the function, not the subpackage.

    Importing a subpackage binds it as an attribute of its package. The
    function :func:`alignment` and the subpackage :mod:`sportsocial.alignment`
    share a name; the function keeps it, as it did when everything was
    imported up front.
    """

    def __setattr__(self, name: str, value: object) -> None:
        if name in _WHERE and isinstance(value, types.ModuleType):
            return
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package

__all__ = [
    "MUNICIPAL_ELECTIONS",
    "SCHEMA_VERSION",
    "TAAKVELDEN",
    "Action",
    "AdvanceCheck",
    "Agenda",
    "Alignment",
    "ConflictError",
    "Contribution",
    "ContributionSource",
    "Decision",
    "DecisionKind",
    "Dependency",
    "DependencyKind",
    "Domain",
    "Engagement",
    "Facilitator",
    "Finding",
    "Funder",
    "FundingIntegration",
    "FundingNature",
    "FundingStatus",
    "FundingStream",
    "GateBlocked",
    "Goal",
    "GovernanceBody",
    "GovernanceKind",
    "ImplementationPlan",
    "Indicator",
    "Intervention",
    "InvalidDocument",
    "InventoryItem",
    "Level",
    "Mandate",
    "MandateKind",
    "Measurement",
    "Membership",
    "Methodology",
    "MissingExtra",
    "MoneyPart",
    "MonitoringAgreement",
    "Municipality",
    "NetworkMetrics",
    "Obstacle",
    "ObstacleKind",
    "Opportunity",
    "Period",
    "PhaseEntry",
    "PocketMatrix",
    "Portfolio",
    "Problem",
    "ProblemSeverity",
    "ReferralRoute",
    "Relation",
    "RelationKind",
    "Report",
    "SessionSubject",
    "SocialGoal",
    "SportsocialError",
    "Stakeholder",
    "StakeholderKind",
    "Status",
    "Suggestion",
    "Taakveld",
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
    "explain",
    "load",
    "load_catalogue",
    "load_methodology",
    "loads",
    "network_metrics",
    "opportunities",
    "stakeholder_graph",
    "status",
    "timeline",
    "who_pays_who_benefits",
]
