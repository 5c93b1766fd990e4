"""Funding metrics: how far the money of an engagement is shared, structural and sufficient.

Every figure is computed from the engagement *as it stood* on a date (the
caller passes ``engagement.as_of(on)``) and from the streams whose period
contains that date: money that has ended or not yet begun is no part of this
year's mix. Amounts are euros per year; shares are fractions of the total in
0..1, and 0.0 when there is no money at all (no money, no share).
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

import attrs

from ..model import (
    Domain,
    Engagement,
    Funder,
    FundingIntegration,
    FundingNature,
    FundingStatus,
    FundingStream,
    MoneyPart,
)
from .governance import joint_decision_bodies
from .money import active_parts, money_parts, pending_parts

__all__ = [
    "DAYS_PER_MONTH",
    "Contributor",
    "FundShares",
    "FundingProfile",
    "active_parts",
    "fund_shares",
    "funding_profile",
    "money_parts",
    "runway_end",
    "shared_streams",
]

_K = TypeVar("_K", bound=enum.Enum)

#: Average length of a month in days (a year of 365.25 days over 12 months).
DAYS_PER_MONTH = 365.25 / 12


@attrs.frozen(kw_only=True)
class Contributor:
    """One contribution to a fund, with its share of the fund (see :class:`FundShares`)."""

    domain: Domain | None
    funder: Funder
    stakeholder: str | None
    amount_per_year: float
    share: float
    status: FundingStatus
    active: bool

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready mapping."""
        return {
            "domain": self.domain.value if self.domain else None,
            "funder": self.funder.value,
            "stakeholder": self.stakeholder,
            "amount_per_year": self.amount_per_year,
            "share": self.share,
            "status": self.status.value,
            "active": self.active,
        }


@attrs.frozen(kw_only=True)
class FundShares:
    """Who fills a fund made of contributions, and how certain each part is.

    ``share`` of a contributor is its amount over the sum of every contribution
    listed on the date (proposed ones included, so that what is only proposed
    shows at its full weight); ``active`` says whether it is paid on the date.
    """

    stream: str
    total_per_year: float
    contributors: tuple[Contributor, ...]

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready mapping."""
        return {
            "stream": self.stream,
            "total_per_year": self.total_per_year,
            "contributors": [c.to_dict() for c in self.contributors],
        }


@attrs.frozen(kw_only=True)
class FundingProfile:
    """The funding mix of an engagement on one date.

    Attributes
    ----------
    on:
        The date.
    total_per_year:
        Sum of the money active on the date (EUR/year): every stream, or every
        contribution of a fund, whose period contains the date, that stands in a
        budget (committed, or under review) and has not ended. Every share
        below is of this money.
    pending_per_year:
        Money whose period contains the date but that is not in a budget yet:
        proposed, or waiting for a tender or grant decision (EUR/year).
    by_integration:
        EUR/year per integration (siloed, aligned, pooled).
    by_domain:
        EUR/year per domain the money is booked on, largest first.
    by_funder:
        EUR/year per funder (the municipality, the state, an insurer, ...).
    external_share:
        Share of the money paid from outside the municipality.
    pooled_share, aligned_share, siloed_share:
        ``by_integration[x] / total_per_year``: the labels as recorded.
    shared_share:
        Share of the money that is *shared funding* in the methodology's sense:
        pooled or aligned money controlled by a joint decision body
        (:func:`~sportsocial.alignment.governance.joint_decision_bodies`) that
        controls such money from two or more domains. Money from one domain
        stays one domain's, whatever its label.
    shared_by_domain:
        EUR/year of the shared money per domain, largest first.
    structural_share:
        Structural EUR/year over the total.
    shared_structural_share:
        Structural EUR/year of the shared money over the shared money (0.0
        without shared money): siloed structural budgets do not count.
    incidental_share:
        ``1 - structural_share`` (0.0 without money).
    contributing_domains:
        Number of domains with money on the date.
    domain_hhi:
        Herfindahl–Hirschman index of the domains' parts of the *shared* money,
        ``sum_d (amount_d / shared)^2``: 1.0 when one domain pays everything,
        ``1/n`` when ``n`` domains pay equal parts; ``None`` without shared money.
    domain_balance:
        ``min(1, 1/HHI - 1)`` on the shared money: 0 for one paying domain, 1
        for two equal ones or more (``1/HHI`` is the effective number of paying
        domains); 0.0 without shared money.
    plan_coverage:
        Share of the plan's actions with a funding stream that is committed on
        the action's start (or on the date, for an action without a start) and
        whose period contains that day; ``None`` without actions.
    plan_cost_coverage:
        The same share weighted by ``cost_per_year``; ``None`` when no action
        has a cost.
    plan_shared_coverage:
        Share of the plan's cost (or, without costs, of its actions) covered in
        this way by a stream that is shared funding; ``None`` without actions.
    incidental_dependence:
        Share of the planned cost of funded actions whose streams are all
        incidental: what stops when the project money stops; ``None`` when
        no funded action has a cost.
    runway_months:
        Months from the date until committed money runs out: the end of the
        unbroken run of committed money (above 0 a year) that covers the date,
        in months of 365.25/12 days. 0.0 when no committed money covers the
        date; ``None`` when open-ended committed money keeps it going.
    runway_end:
        The last day of that run: ``None`` when open-ended, the day before the
        date when no committed money covers it.
    plan_end:
        The last day of the plan period, when the plan has one.
    funds:
        For each fund made of contributions: who fills it, with shares and
        statuses (:class:`FundShares`).
    """

    on: dt.date
    total_per_year: float
    pending_per_year: float
    by_integration: Mapping[FundingIntegration, float]
    by_domain: Mapping[Domain, float]
    by_funder: Mapping[Funder, float]
    external_share: float
    pooled_share: float
    aligned_share: float
    siloed_share: float
    shared_share: float
    shared_by_domain: Mapping[Domain, float]
    structural_share: float
    shared_structural_share: float
    incidental_share: float
    contributing_domains: int
    domain_hhi: float | None
    domain_balance: float
    plan_coverage: float | None
    plan_cost_coverage: float | None
    plan_shared_coverage: float | None
    incidental_dependence: float | None
    runway_months: float | None
    runway_end: dt.date | None
    plan_end: dt.date | None
    funds: tuple[FundShares, ...]


def _share(part: float, whole: float) -> float:
    return part / whole if whole > 0 else 0.0


def shared_streams(engagement: Engagement, on: dt.date) -> frozenset[str]:
    """Ids of the active streams that are shared funding on ``on``.

    A stream is shared when it is pooled or aligned and a joint decision body
    active on the date controls it together with pooled or aligned money of
    another domain (another stream, or another contribution to the same fund).
    """
    parts = [
        p
        for p in active_parts(engagement, on)
        if p.integration is not FundingIntegration.SILOED and p.amount_per_year > 0
    ]
    by_stream: dict[str, list[MoneyPart]] = {}
    for p in parts:
        by_stream.setdefault(p.stream, []).append(p)
    joint = set(joint_decision_bodies(engagement, on))
    shared: set[str] = set()
    for body in engagement.governance:
        if body.id not in joint:
            continue
        controlled = [i for i in body.controls if i in by_stream]
        domains = {p.domain for i in controlled for p in by_stream[i] if p.domain is not None}
        if len(domains) >= 2:
            shared.update(controlled)
    return frozenset(shared)


def _covering(stream: FundingStream, day: dt.date) -> bool:
    return any(p.committed_on(day) and p.period.contains(day) for p in stream.parts())


def _plan_figures(
    engagement: Engagement, on: dt.date, shared: frozenset[str]
) -> tuple[float | None, float | None, float | None, float | None]:
    streams = {s.id: s for s in engagement.funding}
    actions = engagement.plan.actions
    if not actions:
        return None, None, None, None
    covered_n = shared_n = 0
    cost_all = cost_covered = cost_shared = 0.0
    funded_cost = incidental_cost = 0.0
    for a in actions:
        day = a.start or on
        used = [streams[f] for f in a.funding if f in streams]
        covering = [s for s in used if _covering(s, day)]
        covered = bool(covering)
        by_shared = any(s.id in shared for s in covering)
        covered_n += covered
        shared_n += by_shared
        cost = a.cost_per_year or 0.0
        cost_all += cost
        cost_covered += cost if covered else 0.0
        cost_shared += cost if by_shared else 0.0
        if used:
            funded_cost += cost
            if all(s.nature is FundingNature.INCIDENTAL for s in used):
                incidental_cost += cost
    return (
        covered_n / len(actions),
        cost_covered / cost_all if cost_all > 0 else None,
        cost_shared / cost_all if cost_all > 0 else shared_n / len(actions),
        incidental_cost / funded_cost if funded_cost > 0 else None,
    )


def runway_end(streams: Iterable[FundingStream | MoneyPart], on: dt.date) -> dt.date | None:
    """The last day of the unbroken run of committed money that covers ``on``.

    ``None`` when open-ended committed money keeps it going; the day before
    ``on`` when no committed money covers ``on`` at all.
    """
    reach = _reach(streams, on)
    # 0001-01-01 has no day before it: there the "day before" is that day itself
    return None if reach is None else dt.date.fromordinal(max(reach, 1))


def _reach(streams: Iterable[FundingStream | MoneyPart], on: dt.date) -> int | None:
    """:func:`runway_end` as a day number (``date.toordinal``), which never overflows."""
    parts = [p for s in streams for p in (s.parts() if isinstance(s, FundingStream) else (s,))]
    committed = sorted(
        (
            p
            for p in parts
            if p.committed_on(on) and p.amount_per_year > 0 and p.status is not FundingStatus.ENDED
        ),
        key=lambda p: p.period.start,
    )
    reach = on.toordinal() - 1
    if not any(s.period.contains(on) for s in committed):
        return reach
    for s in committed:
        if s.period.start.toordinal() > reach + 1:
            break
        end = s.period.end
        if s.route is not None:
            # money through a national scheme stops when the scheme does; the catalogue
            # is read only for a stream that names one (import sportsocial.alignment
            # stays light)
            from ..catalogue.validity import money_end

            end = money_end(end, s.route)
        if end is None:
            return None
        reach = max(reach, end.toordinal())
    return reach


def runway_months(streams: Iterable[FundingStream | MoneyPart], on: dt.date) -> float | None:
    """Months of committed money after ``on`` (see :class:`FundingProfile`).

    Streams of 0 EUR/year (a budget line whose amount is not yet known) carry
    no money and do not count.

    Examples
    --------
    >>> from sportsocial.model import Period
    >>> def s(start, end): return FundingStream(
    ...     id="x", name="x", domain=Domain.SPORT, amount_per_year=1,
    ...     period=Period(start=start, end=end), nature=FundingNature.STRUCTURAL,
    ...     integration=FundingIntegration.SILOED, committed=dt.date(2020, 1, 1))
    >>> d = dt.date
    >>> round(runway_months([s(d(2024, 1, 1), d(2024, 12, 31))], d(2024, 7, 1)), 1)
    6.0
    >>> runway_months([s(d(2024, 1, 1), None)], d(2024, 7, 1)) is None
    True
    """
    reach = _reach(streams, on)
    if reach is None:
        return None
    return max(0, reach - on.toordinal() + 1) / DAYS_PER_MONTH


def fund_shares(engagement: Engagement, on: dt.date) -> tuple[FundShares, ...]:
    """Who fills each fund made of contributions on ``on`` (see :class:`FundShares`)."""
    out = []
    for stream in engagement.funding:
        if not stream.contributions:
            continue
        parts = stream.parts()
        total = sum(p.amount_per_year for p in parts)
        out.append(
            FundShares(
                stream=stream.id,
                total_per_year=total,
                contributors=tuple(
                    Contributor(
                        domain=p.domain,
                        funder=p.funder,
                        stakeholder=p.stakeholder,
                        amount_per_year=p.amount_per_year,
                        share=_share(p.amount_per_year, total),
                        status=p.status,
                        active=p.active_on(on) and p.status is not FundingStatus.ENDED,
                    )
                    for p in parts
                ),
            )
        )
    return tuple(out)


def _by(values: Iterable[tuple[_K, float]]) -> dict[_K, float]:
    out: dict[_K, float] = {}
    for key, amount in values:
        if amount > 0:
            out[key] = out.get(key, 0.0) + amount
    return dict(sorted(out.items(), key=lambda kv: (-kv[1], kv[0].value)))


def funding_profile(engagement: Engagement, on: dt.date) -> FundingProfile:
    """The funding mix of ``engagement`` on ``on``.

    ``engagement`` should already be ``as_of(on)``; :func:`sportsocial.alignment`
    takes care of that.
    """
    active = active_parts(engagement, on)
    total = sum((s.amount_per_year for s in active), 0.0)
    by_integration = {
        i: sum((s.amount_per_year for s in active if s.integration is i), 0.0)
        for i in FundingIntegration
    }
    by_domain = _by((s.domain, s.amount_per_year) for s in active if s.domain is not None)
    by_funder = _by((s.funder, s.amount_per_year) for s in active)
    shared_ids = shared_streams(engagement, on)
    shared = [s for s in active if s.stream in shared_ids]
    shared_total = sum((s.amount_per_year for s in shared), 0.0)
    shared_by_domain = _by((s.domain, s.amount_per_year) for s in shared if s.domain is not None)
    structural = sum(
        (s.amount_per_year for s in active if s.nature is FundingNature.STRUCTURAL), 0.0
    )
    shared_structural = sum(
        (s.amount_per_year for s in shared if s.nature is FundingNature.STRUCTURAL), 0.0
    )
    booked = sum(shared_by_domain.values())
    hhi = sum((v / booked) ** 2 for v in shared_by_domain.values()) if booked > 0 else None
    coverage, cost_coverage, shared_coverage, dependence = _plan_figures(engagement, on, shared_ids)
    plan_period = engagement.plan.period
    return FundingProfile(
        on=on,
        total_per_year=total,
        pending_per_year=sum((p.amount_per_year for p in pending_parts(engagement, on)), 0.0),
        by_integration=by_integration,
        by_domain=by_domain,
        by_funder=by_funder,
        external_share=_share(sum(v for f, v in by_funder.items() if f.external), total),
        pooled_share=_share(by_integration[FundingIntegration.POOLED], total),
        aligned_share=_share(by_integration[FundingIntegration.ALIGNED], total),
        siloed_share=_share(by_integration[FundingIntegration.SILOED], total),
        shared_share=_share(shared_total, total),
        shared_by_domain=shared_by_domain,
        structural_share=_share(structural, total),
        shared_structural_share=_share(shared_structural, shared_total),
        incidental_share=_share(total - structural, total),
        contributing_domains=len(by_domain),
        domain_hhi=hhi,
        domain_balance=min(1.0, 1 / hhi - 1) if hhi else 0.0,
        plan_coverage=coverage,
        plan_cost_coverage=cost_coverage,
        plan_shared_coverage=shared_coverage,
        incidental_dependence=dependence,
        runway_months=runway_months(engagement.funding, on),
        runway_end=runway_end(engagement.funding, on),
        plan_end=plan_period.end if plan_period is not None else None,
        funds=fund_shares(engagement, on),
    )
