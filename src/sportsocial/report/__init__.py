"""The report a facilitator hands the portfolio holders: one page, printable, offline.

:func:`report` gathers where the engagement stands, the verdict for the next
gate with its blockers by level and their remedies, shared funding and
governance (now and over time), the stakeholder network, who pays and who
benefits, the draft agenda and the opportunities; :class:`EngagementReport`
renders them as one self-contained HTML page or as Markdown, in Dutch or
English, with names shown or hidden.
"""

from __future__ import annotations

from .build import EngagementReport, report
from .names import NAMES, Names

__all__ = ["NAMES", "EngagementReport", "Names", "report"]
