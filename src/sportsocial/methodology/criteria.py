"""The one interface between the phase engine and whatever judges a gate.

The phase engine never evaluates a criterion itself: it asks a
:class:`CriteriaChecker` for a :class:`GateVerdict` and acts on ``ready``. The
readiness engine (:func:`sportsocial.readiness.check_gate`) is the default
checker; tests or embedding tools may pass their own.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any, Protocol

from ..model import Engagement, Waiver
from .model import Methodology

__all__ = ["CriteriaChecker", "GateVerdict", "default_checker"]


class GateVerdict(Protocol):
    """What a checker returns: a verdict and the findings behind it."""

    @property
    def ready(self) -> bool:
        """True when no open blocking criterion remains."""
        ...

    @property
    def blockers(self) -> Sequence[Any]:
        """Open blocking findings (each with ``code``, ``message``, ``remedy``)."""
        ...

    @property
    def warnings(self) -> Sequence[Any]:
        """Open non-blocking findings."""
        ...

    def to_text(self, lang: str = "en") -> str:
        """A readable explanation."""
        ...

    def to_dict(self, lang: str | None = None) -> dict[str, Any]:
        """A JSON-ready form."""
        ...


class CriteriaChecker(Protocol):
    """Judges the entry gate of ``phase`` for ``engagement`` on ``on``."""

    def __call__(
        self,
        engagement: Engagement,
        methodology: Methodology,
        phase: str,
        *,
        on: dt.date,
        waivers: Sequence[Waiver] = (),
    ) -> GateVerdict: ...


def default_checker() -> CriteriaChecker:
    """The readiness engine's gate check."""
    from ..readiness.engine import check_gate

    return check_gate
