"""Alignment of shared funding and governance, on a date and over time.

The methodology's foundation is shared funding and shared governance; these
functions measure how far an engagement has come there. Every figure has its
formula in the docstring of the class that holds it and in ``docs/alignment.md``.
"""

from ..display.reprs import install_module_reprs as _install_reprs
from .funding import DAYS_PER_MONTH, FundingProfile, funding_profile, runway_months, shared_streams
from .governance import GovernanceProfile, governance_profile, joint_decision_bodies
from .pockets import PocketMatrix, who_pays_who_benefits
from .profile import INDEX_PARTS, Alignment, alignment
from .timeline import Timeline, TimelineRow, timeline, timeline_dates

__all__ = [
    "DAYS_PER_MONTH",
    "INDEX_PARTS",
    "Alignment",
    "FundingProfile",
    "GovernanceProfile",
    "PocketMatrix",
    "Timeline",
    "TimelineRow",
    "alignment",
    "funding_profile",
    "governance_profile",
    "joint_decision_bodies",
    "runway_months",
    "shared_streams",
    "timeline",
    "timeline_dates",
    "who_pays_who_benefits",
]

# Short reprs for the value classes (sportsocial.display.reprs): attrs' own run long.
_install_reprs(globals())
