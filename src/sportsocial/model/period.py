"""Periods: the dates between which a fact holds."""

from __future__ import annotations

import datetime as dt

import attrs

from ._fields import meta

__all__ = ["Period", "in_span"]


@attrs.frozen(kw_only=True)
class Period:
    """A closed interval of days, open-ended when ``end`` is ``None``.

    Examples
    --------
    >>> p = Period(start=dt.date(2024, 1, 1), end=dt.date(2024, 12, 31))
    >>> p.contains(dt.date(2024, 6, 1)), p.contains(dt.date(2025, 1, 1))
    (True, False)
    >>> p.started_by(dt.date(2023, 12, 31))
    False
    """

    start: dt.date = attrs.field(metadata=meta("First day on which the fact holds."))
    end: dt.date | None = attrs.field(
        default=None, metadata=meta("Last day on which the fact holds; absent while open-ended.")
    )

    def started_by(self, on: dt.date) -> bool:
        """Whether the period has begun on ``on``."""
        return self.start <= on

    def ended_by(self, on: dt.date) -> bool:
        """Whether the period is over on ``on`` (its last day lies before ``on``)."""
        return self.end is not None and self.end < on

    def contains(self, on: dt.date) -> bool:
        """Whether ``on`` lies within the period."""
        return self.started_by(on) and not self.ended_by(on)

    def days_within(self, start: dt.date, end: dt.date) -> int:
        """Number of days of ``[start, end]`` that fall within the period (0 if none)."""
        lo = max(self.start, start)
        hi = end if self.end is None else min(self.end, end)
        return max(0, (hi - lo).days + 1)


def in_span(start: dt.date | None, until: dt.date | None, on: dt.date) -> bool:
    """Whether ``on`` lies in ``[start, until]``; a missing bound is open.

    >>> in_span(None, dt.date(2026, 3, 31), dt.date(2026, 4, 1))
    False
    """
    return (start is None or start <= on) and (until is None or on <= until)
