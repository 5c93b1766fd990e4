"""Short constructors for the format-2 parts that tests build by hand."""

from __future__ import annotations

import datetime as dt

import sportsocial as ss

#: A decision mandate (without a recorded granting decision) and an advisory one.
DECIDES = ss.Mandate(kind=ss.MandateKind.DECISION)
ADVISES = ss.Mandate(kind=ss.MandateKind.ADVISORY)


def seats(*ids: str, start: dt.date | None = None) -> tuple[ss.Membership, ...]:
    """Seats for ``ids`` in a body, held from ``start`` (or the body's start)."""
    return tuple(ss.Membership(stakeholder=i, start=start) for i in ids)


def portfolios(*domains: ss.Domain | None) -> tuple[ss.Portfolio, ...]:
    """Open-ended portfolios for ``domains`` (``None`` entries are skipped)."""
    return tuple(ss.Portfolio(domain=d) for d in domains if d is not None)


def during(start: dt.date, end: dt.date | None = None) -> ss.Period:
    """A period, for an action's ``period``."""
    return ss.Period(start=start, end=end)
