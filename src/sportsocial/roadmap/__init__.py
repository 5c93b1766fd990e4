"""The road to the kick-off: what must happen, in what order, and the earliest realistic date."""

from __future__ import annotations

from ..display.reprs import install_module_reprs as _install_reprs
from .build import default_target, gates_on_the_way, roadmap
from .calendar import BeyondTheCalendar, MoneyEnd, MunicipalCalendar, money_ends_from
from .changes import NotApplicable
from .model import Alternative, BudgetRoute, Kickoff, Roadmap, Step, Venue
from .remedies import REMEDIES, STEPS, Remedy, StepKind, remedy_for, step_kind
from .whatif import Change, WhatIf, what_if

__all__ = [
    "REMEDIES",
    "STEPS",
    "Alternative",
    "BeyondTheCalendar",
    "BudgetRoute",
    "Change",
    "Kickoff",
    "MoneyEnd",
    "MunicipalCalendar",
    "NotApplicable",
    "Remedy",
    "Roadmap",
    "Step",
    "StepKind",
    "Venue",
    "WhatIf",
    "default_target",
    "gates_on_the_way",
    "money_ends_from",
    "remedy_for",
    "roadmap",
    "step_kind",
    "what_if",
]

# Short reprs for the value classes (sportsocial.display.reprs): attrs' own run long.
_install_reprs(globals())
