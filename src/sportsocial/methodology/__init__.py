"""Methodology as data: phases from administrative to executive level, gates, moving through them.

Importing this package adds the methodology step to reading engagement
documents (:data:`sportsocial.io.document.CHECKS`).
"""

from ..display.reprs import install_module_reprs as _install_reprs
from ..io.document import CHECKS
from .checks import check_methodology_reference
from .criteria import CriteriaChecker, GateVerdict
from .engine import AdvanceCheck, Reachable, Status, TransitionKind, advance, can_advance, status
from .library import (
    SHIPPED,
    load_methodology,
    methodology_schema,
    resolve_methodology,
    shipped_methodology,
)
from .model import Gate, Methodology, Parameter, Phase, Reference, Skip
from .render import describe, mermaid, methodology_markdown

if check_methodology_reference not in CHECKS:
    CHECKS.append(check_methodology_reference)

__all__ = [
    "SHIPPED",
    "AdvanceCheck",
    "CriteriaChecker",
    "Gate",
    "GateVerdict",
    "Methodology",
    "Parameter",
    "Phase",
    "Reachable",
    "Reference",
    "Skip",
    "Status",
    "TransitionKind",
    "advance",
    "can_advance",
    "describe",
    "load_methodology",
    "mermaid",
    "methodology_markdown",
    "methodology_schema",
    "resolve_methodology",
    "shipped_methodology",
    "status",
]

# Short reprs for the value classes (sportsocial.display.reprs): attrs' own run long.
_install_reprs(globals())
