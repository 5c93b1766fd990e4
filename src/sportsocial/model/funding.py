"""Money: funding streams, who pays them, where they are booked, and how certain they are."""

from __future__ import annotations

import datetime as dt

import attrs

from ._fields import MAX_AMOUNT, meta
from .enums import (
    DependencyKind,
    Domain,
    Funder,
    FundingIntegration,
    FundingNature,
    FundingStatus,
)
from .parties import ID_PATTERN
from .period import Period
from .taakveld import TAAKVELD_PATTERN, domain_for

__all__ = [
    "Contribution",
    "ContributionSource",
    "Dependency",
    "FundingStream",
    "MoneyPart",
]


def _status(status: FundingStatus | None, committed: dt.date | None) -> FundingStatus:
    if status is not None:
        return status
    return FundingStatus.COMMITTED if committed is not None else FundingStatus.PROPOSED


def _committed_on(status: FundingStatus, committed: dt.date | None, on: dt.date) -> bool:
    if status in (FundingStatus.PROPOSED, FundingStatus.TENDER_DEPENDENT):
        return False
    return committed is None or committed <= on


#: Statuses from most to least certain, for the status of a fund of contributions.
_CERTAINTY = (
    FundingStatus.COMMITTED,
    FundingStatus.UNDER_REVIEW,
    FundingStatus.TENDER_DEPENDENT,
    FundingStatus.PROPOSED,
    FundingStatus.ENDED,
)


@attrs.frozen(kw_only=True)
class Dependency:
    """What a stream waits for before it is money: a tender, a grant decision, ..."""

    kind: DependencyKind = attrs.field(metadata=meta("What the money depends on."))
    decision_expected: dt.date | None = attrs.field(
        default=None, metadata=meta("Date the decision is expected.")
    )
    description: str | None = attrs.field(
        default=None, metadata=meta("What exactly it depends on.", minLength=1)
    )


@attrs.frozen(kw_only=True)
class ContributionSource:
    """Where a contribution to a pooled fund comes from."""

    domain: Domain | None = attrs.field(
        default=None, metadata=meta("Domain whose budget the contribution comes from.")
    )
    funder: Funder = attrs.field(
        default=Funder.MUNICIPALITY, metadata=meta("Who pays the contribution.")
    )
    stakeholder: str | None = attrs.field(
        default=None,
        metadata=meta(
            "Id of the contributing stakeholder (e.g. a neighbouring municipality).",
            pattern=ID_PATTERN,
        ),
    )
    route: str | None = attrs.field(
        default=None,
        metadata=meta(
            "Id of the catalogue entry the money comes through (e.g. buurtsportcoach); "
            "the rules read the money as ending no later than the entry.",
            pattern=ID_PATTERN,
        ),
    )


@attrs.frozen(kw_only=True)
class Contribution:
    """One contribution to a pooled fund: from whom, how much, when, and how certain."""

    source: ContributionSource = attrs.field(
        metadata=meta("Where the contribution comes from.", key="from")
    )
    amount_per_year: float = attrs.field(
        metadata=meta("Amount in euros per year.", minimum=0, maximum=MAX_AMOUNT)
    )
    period: Period | None = attrs.field(
        default=None, metadata=meta("When the contribution is paid; absent: the fund's period.")
    )
    status: FundingStatus | None = attrs.field(
        default=None,
        metadata=meta(
            "How certain the contribution is; absent: committed when dated, else proposed."
        ),
    )
    committed: dt.date | None = attrs.field(
        default=None, metadata=meta("Date the contribution was committed.")
    )

    @property
    def current_status(self) -> FundingStatus:
        """The status, derived from ``committed`` when not written."""
        return _status(self.status, self.committed)

    def committed_on(self, on: dt.date) -> bool:
        """Whether the contribution stood in a budget on ``on``."""
        return _committed_on(self.current_status, self.committed, on)


@attrs.frozen(kw_only=True)
class FundingStream:
    """Money for a period: who pays it, where it is booked, how certain it is.

    A pot that several domains fill is one stream with ``contributions``, each
    dated and with its own status; the fund is *shared funding* in the
    methodology's sense only when it is pooled (or aligned) and a joint
    governance body decides on it. A stream without contributions is money
    from one budget: ``domain`` (or the ``taakveld`` it is booked on) says
    which, ``funder`` who pays it.
    """

    id: str = attrs.field(metadata=meta("Unique id within the engagement.", pattern=ID_PATTERN))
    name: str = attrs.field(metadata=meta("Name of the budget line or grant.", minLength=1))
    funder: Funder = attrs.field(
        default=Funder.MUNICIPALITY,
        metadata=meta("Who pays: the municipality, or a funder from outside it."),
    )
    route: str | None = attrs.field(
        default=None,
        metadata=meta(
            "Id of the catalogue entry the money comes through (e.g. brede-spuk); the "
            "rules read the money as ending no later than the entry.",
            pattern=ID_PATTERN,
        ),
    )
    domain: Domain | None = attrs.field(
        default=None,
        metadata=meta(
            "Domain of the municipal budget the money is booked on; absent: given by the "
            "taakveld, or by the contributions of a pooled fund."
        ),
    )
    taakveld: str | None = attrs.field(
        default=None,
        metadata=meta(
            "Iv3 budget line (taakveld) the money is booked on, e.g. 5.1.", pattern=TAAKVELD_PATTERN
        ),
    )
    amount_per_year: float | None = attrs.field(
        default=None,
        metadata=meta(
            "Amount in euros per year; absent for a fund made of contributions.",
            minimum=0,
            maximum=MAX_AMOUNT,
        ),
    )
    contributions: tuple[Contribution, ...] = attrs.field(
        default=(), metadata=meta("Contributions that make up a pooled fund.")
    )
    period: Period = attrs.field(metadata=meta("Period the money is available."))
    nature: FundingNature = attrs.field(
        metadata=meta("Structural (recurring) or incidental (one-off, project).")
    )
    integration: FundingIntegration = attrs.field(
        metadata=meta("Siloed, aligned with other streams, or pooled with them.")
    )
    status: FundingStatus | None = attrs.field(
        default=None,
        metadata=meta("How certain the money is; absent: committed when dated, else proposed."),
    )
    depends_on: Dependency | None = attrs.field(
        default=None, metadata=meta("What the money waits for (a tender, a grant decision).")
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

    @property
    def booked_domain(self) -> Domain | None:
        """The domain the money is booked on: ``domain``, else the taakveld's."""
        if self.domain is not None:
            return self.domain
        return domain_for(self.taakveld) if self.taakveld is not None else None

    @property
    def current_status(self) -> FundingStatus:
        """The status: as written; for a fund of contributions, the most certain status
        of its contributions; else derived from ``committed``."""
        if self.status is None and self.contributions:
            statuses = {c.current_status for c in self.contributions}
            return next((s for s in _CERTAINTY if s in statuses), FundingStatus.PROPOSED)
        return _status(self.status, self.committed)

    def committed_on(self, on: dt.date) -> bool:
        """Whether the money stood in a budget on ``on``: committed (or under review),
        on or before ``on`` when the commitment is dated. A fund of contributions is
        committed as soon as one of its contributions is."""
        if self.status is None and self.contributions:
            return any(p.committed_on(on) for p in self.parts())
        return _committed_on(self.current_status, self.committed, on)

    def parts(self) -> tuple[MoneyPart, ...]:
        """The money of the stream, one part per contribution (or the stream itself).

        Every figure about money works on parts, so that a pooled fund counts
        each contributor's domain, funder, period and status.
        """
        if not self.contributions:
            return (
                MoneyPart(
                    stream=self.id,
                    contribution=None,
                    domain=self.booked_domain,
                    funder=self.funder,
                    route=self.route,
                    stakeholder=None,
                    amount_per_year=self.amount_per_year or 0.0,
                    period=self.period,
                    status=self.current_status,
                    committed=self.committed,
                    nature=self.nature,
                    integration=self.integration,
                ),
            )
        return tuple(
            MoneyPart(
                stream=self.id,
                contribution=i,
                domain=c.source.domain,
                funder=c.source.funder,
                route=c.source.route,
                stakeholder=c.source.stakeholder,
                amount_per_year=c.amount_per_year,
                period=c.period or self.period,
                status=c.current_status,
                committed=c.committed,
                nature=self.nature,
                integration=self.integration,
            )
            for i, c in enumerate(self.contributions)
        )

    @property
    def total_per_year(self) -> float:
        """``amount_per_year``, or the sum of the contributions (EUR per year)."""
        if self.contributions:
            return sum(c.amount_per_year for c in self.contributions)
        return self.amount_per_year or 0.0


@attrs.frozen(kw_only=True)
class MoneyPart:
    """One part of a stream's money with everything a figure needs: derived, never stored."""

    stream: str
    contribution: int | None
    domain: Domain | None
    funder: Funder
    route: str | None
    stakeholder: str | None
    amount_per_year: float
    period: Period
    status: FundingStatus
    committed: dt.date | None
    nature: FundingNature
    integration: FundingIntegration

    def committed_on(self, on: dt.date) -> bool:
        """Whether this money stood in a budget on ``on``."""
        return _committed_on(self.status, self.committed, on)

    def active_on(self, on: dt.date) -> bool:
        """Whether the money is paid on ``on``: its period contains it and it has not ended."""
        return self.period.contains(on)
