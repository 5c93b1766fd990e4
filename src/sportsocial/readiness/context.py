"""The evaluation context: everything a rule may look at, computed once.

Rules never load files or recompute shared figures: they read the engagement
as it stood on the evaluated date, the thresholds in force at the gate, and
the metrics computed once here for all rules.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING

from ..methodology.model import Methodology
from ..model import Domain, Level, Stakeholder

if TYPE_CHECKING:
    from .._evaluation import EvaluationView
    from ..alignment import Alignment
    from ..network import NetworkMetrics

__all__ = ["Context"]


class Context:
    """What rules evaluate: one engagement on one date, at one gate.

    Parameters
    ----------
    view:
        The engagement as of the evaluated date, with its alignment and
        network measures computed when a rule first reads them
        (:class:`~sportsocial._evaluation.EvaluationView`).
    methodology:
        The methodology whose gate is checked.
    phase:
        The phase whose entry gate is checked (``None``: no particular gate).
    values:
        Parameter values in force: rule defaults overridden by the
        methodology's and the gate's own.
    """

    def __init__(
        self,
        view: EvaluationView,
        methodology: Methodology,
        phase: str | None,
        values: Mapping[str, float],
    ) -> None:
        self.view = view
        self.engagement = view.engagement
        self.history = view.history
        self.on = view.on
        self.methodology = methodology
        self.phase = phase
        self.values = dict(values)

    def param(self, name: str) -> float:
        """The value of a rule parameter at this gate."""
        return self.values[name]

    @property
    def session_levels(self) -> tuple[Level, ...]:
        """Levels at which the gate requires work sessions."""
        if self.phase is None:
            return ()
        return self.methodology.phase(self.phase).gate.session_levels

    @functools.cached_property
    def stakeholders(self) -> dict[str, Stakeholder]:
        """Stakeholders by id."""
        return {s.id: s for s in self.engagement.stakeholders}

    def domains_of(self, stakeholder_id: str) -> tuple[Domain, ...]:
        """The domains a stakeholder stands for on the date (none if unknown or cross-cutting)."""
        s = self.stakeholders.get(stakeholder_id)
        return s.domains if s is not None else ()

    @functools.cached_property
    def days_in_phase(self) -> int | None:
        """Days since the current phase was entered, or ``None`` without a phase log."""
        if not self.engagement.phase_log:
            return None
        return (self.on - self.engagement.phase_log[-1].entered).days

    @property
    def alignment(self) -> Alignment:
        """Funding and governance metrics on the date, computed once for all rules."""
        return self.view.alignment

    @property
    def network(self) -> NetworkMetrics:
        """Network measures of the stakeholders on the date: each computed once, when
        a rule first reads it, so a check computes only the measures its rules read."""
        return self.view.network
