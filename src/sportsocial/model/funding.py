"""Money: funding streams from the budgets of the domains."""

from __future__ import annotations

import datetime as dt

import attrs

from ._fields import MAX_AMOUNT, meta
from .enums import Domain, FundingIntegration, FundingNature
from .parties import ID_PATTERN
from .period import Period

__all__ = ["FundingStream"]


@attrs.frozen(kw_only=True)
class FundingStream:
    """Money from one domain's budget, for a period.

    A pot that several domains fill is recorded as one stream per contributing
    domain, each ``pooled`` (or ``aligned``) and controlled by the same joint
    governance body: only then is it *shared funding* in the methodology's sense.
    """

    id: str = attrs.field(metadata=meta("Unique id within the engagement.", pattern=ID_PATTERN))
    name: str = attrs.field(metadata=meta("Name of the budget line or grant.", minLength=1))
    source_domain: Domain = attrs.field(metadata=meta("Domain whose budget the money comes from."))
    amount_per_year: float = attrs.field(
        metadata=meta("Amount in euros per year.", minimum=0, maximum=MAX_AMOUNT)
    )
    period: Period = attrs.field(metadata=meta("Period the money is available."))
    nature: FundingNature = attrs.field(
        metadata=meta("Structural (recurring) or incidental (one-off, project).")
    )
    integration: FundingIntegration = attrs.field(
        metadata=meta("Siloed, aligned with other streams, or pooled with them.")
    )
    holder: str | None = attrs.field(
        default=None,
        metadata=meta("Id of the stakeholder who holds the budget.", pattern=ID_PATTERN),
    )
    funds: str | None = attrs.field(default=None, metadata=meta("What the money pays for."))
    committed: dt.date | None = attrs.field(
        default=None,
        metadata=meta("Date the money was formally committed; absent while it is only intended."),
    )

    def committed_on(self, on: dt.date) -> bool:
        """Whether the money was committed on or before ``on``."""
        return self.committed is not None and self.committed <= on
