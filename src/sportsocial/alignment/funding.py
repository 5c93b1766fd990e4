"""Funding metrics: how far the money of an engagement is shared, structural and sufficient.

Every figure is computed from the engagement *as it stood* on a date (the
caller passes ``engagement.as_of(on)``) and from the streams whose period
contains that date: money that has ended or not yet begun is no part of this
year's mix. Amounts are euros per year; shares are fractions of the total in
0..1, and 0.0 when there is no money at all (no money, no share).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping

import attrs

from ..model import Domain, Engagement, FundingIntegration, FundingNature, FundingStream
from .governance import joint_decision_bodies

__all__ = ["DAYS_PER_MONTH", "FundingProfile", "funding_profile", "shared_streams"]

#: Average length of a month in days (a year of 365.25 days over 12 months).
DAYS_PER_MONTH = 365.25 / 12


@attrs.frozen(kw_only=True)
class FundingProfile:
    """The funding mix of an engagement on one date.

    Attributes
    ----------
    on:
        The date.
    total_per_year:
        Sum of ``amount_per_year`` over the streams active on the date (EUR/year).
    by_integration:
        EUR/year per integration (siloed, aligned, pooled).
    by_domain:
        EUR/year per source domain, largest first.
    pooled_share, aligned_share, siloed_share:
        ``by_integration[x] / total_per_year``: the labels as recorded.
    shared_share:
        Share of the money that is *shared funding* in the methodology's sense:
        streams labelled pooled or aligned, controlled by a joint decision body
        (see :func:`~sportsocial.alignment.governance.joint_decision_bodies`)
        that controls such streams from two or more source domains. Money from
        one domain stays one domain's, whatever its label.
    structural_share:
        Structural EUR/year over the total.
    incidental_share:
        ``1 - structural_share`` (0.0 without money).
    contributing_domains:
        Number of source domains with money on the date.
    domain_hhi:
        Herfindahl–Hirschman index of the domains' contributions,
        ``sum_d (amount_d / total)^2``: 1.0 when one domain pays everything,
        ``1/n`` when ``n`` domains pay equal parts; ``None`` without money.
    domain_balance:
        ``min(1, 1/HHI - 1)``: 0 for one paying domain, 1 for two equal ones or
        more (``1/HHI`` is the effective number of paying domains); 0.0
        without money.
    plan_coverage:
        Share of the plan's actions with a funding stream that is committed on
        the action's start (or on the date, for an action without a start) and
        whose period contains that day; ``None`` without actions.
    plan_cost_coverage:
        The same share weighted by ``cost_per_year``; ``None`` when no action
        has a cost.
    incidental_dependence:
        Share of the planned cost of funded actions whose streams are all
        incidental: what stops when the project money stops; ``None`` when
        no funded action has a cost.
    runway_months:
        Months from the date until committed money runs out: the end of the
        unbroken run of committed streams (with an amount above 0) that covers
        the date, in months of 365.25/12 days. 0.0 when no committed stream
        covers the date; ``None`` when an open-ended committed stream keeps it
        going (no end in sight).
    """

    on: dt.date
    total_per_year: float
    by_integration: Mapping[FundingIntegration, float]
    by_domain: Mapping[Domain, float]
    pooled_share: float
    aligned_share: float
    siloed_share: float
    shared_share: float
    structural_share: float
    incidental_share: float
    contributing_domains: int
    domain_hhi: float | None
    domain_balance: float
    plan_coverage: float | None
    plan_cost_coverage: float | None
    incidental_dependence: float | None
    runway_months: float | None


def _share(part: float, whole: float) -> float:
    return part / whole if whole > 0 else 0.0


def _active(engagement: Engagement, on: dt.date) -> list[FundingStream]:
    return [s for s in engagement.funding if s.period.contains(on)]


def shared_streams(engagement: Engagement, on: dt.date) -> frozenset[str]:
    """Ids of the active streams that are shared funding on ``on``.

    A stream is shared when it is pooled or aligned and a joint decision body
    active on the date controls it together with a pooled or aligned stream of
    another source domain.
    """
    active = {
        s.id: s
        for s in _active(engagement, on)
        if s.integration is not FundingIntegration.SILOED and s.amount_per_year > 0
    }
    joint = set(joint_decision_bodies(engagement, on))
    shared: set[str] = set()
    for body in engagement.governance:
        if body.id not in joint:
            continue
        controlled = [active[i] for i in body.controls if i in active]
        if len({s.source_domain for s in controlled}) >= 2:
            shared.update(s.id for s in controlled)
    return frozenset(shared)


def _covering(stream: FundingStream, day: dt.date) -> bool:
    return stream.committed_on(day) and stream.period.contains(day)


def _plan_figures(
    engagement: Engagement, on: dt.date
) -> tuple[float | None, float | None, float | None]:
    streams = {s.id: s for s in engagement.funding}
    actions = engagement.plan.actions
    if not actions:
        return None, None, None
    covered_n = 0
    cost_all = cost_covered = 0.0
    funded_cost = incidental_cost = 0.0
    for a in actions:
        day = a.start or on
        used = [streams[f] for f in a.funding if f in streams]
        covered = any(_covering(s, day) for s in used)
        covered_n += covered
        cost = a.cost_per_year or 0.0
        cost_all += cost
        cost_covered += cost if covered else 0.0
        if used:
            funded_cost += cost
            if all(s.nature is FundingNature.INCIDENTAL for s in used):
                incidental_cost += cost
    return (
        covered_n / len(actions),
        cost_covered / cost_all if cost_all > 0 else None,
        incidental_cost / funded_cost if funded_cost > 0 else None,
    )


def runway_months(streams: Iterable[FundingStream], on: dt.date) -> float | None:
    """Months of committed money after ``on`` (see :class:`FundingProfile`).

    Streams of 0 EUR/year (a budget line whose amount is not yet known) carry
    no money and do not count.

    Examples
    --------
    >>> from sportsocial.model import Period
    >>> def s(start, end): return FundingStream(
    ...     id="x", name="x", source_domain=Domain.SPORT, amount_per_year=1,
    ...     period=Period(start=start, end=end), nature=FundingNature.STRUCTURAL,
    ...     integration=FundingIntegration.SILOED, committed=dt.date(2020, 1, 1))
    >>> d = dt.date
    >>> round(runway_months([s(d(2024, 1, 1), d(2024, 12, 31))], d(2024, 7, 1)), 1)
    6.0
    >>> runway_months([s(d(2024, 1, 1), None)], d(2024, 7, 1)) is None
    True
    """
    committed = sorted(
        (s for s in streams if s.committed_on(on) and s.amount_per_year > 0),
        key=lambda s: s.period.start,
    )
    if not any(s.period.contains(on) for s in committed):
        return 0.0
    # Day numbers (ordinals), not dates: the day before 0001-01-01 or after
    # 9999-12-31 has no date, but the count is still right.
    first = on.toordinal()
    reach = first - 1  # the last day covered without a gap
    for s in committed:
        if s.period.start.toordinal() > reach + 1:
            break
        if s.period.end is None:
            return None
        reach = max(reach, s.period.end.toordinal())
    return max(0, reach - first + 1) / DAYS_PER_MONTH


def funding_profile(engagement: Engagement, on: dt.date) -> FundingProfile:
    """The funding mix of ``engagement`` on ``on``.

    ``engagement`` should already be ``as_of(on)``; :func:`sportsocial.alignment`
    takes care of that.
    """
    active = _active(engagement, on)
    total = sum((s.amount_per_year for s in active), 0.0)
    by_integration = {
        i: sum((s.amount_per_year for s in active if s.integration is i), 0.0)
        for i in FundingIntegration
    }
    by_domain: dict[Domain, float] = {}
    for s in active:
        if s.amount_per_year > 0:
            by_domain[s.source_domain] = by_domain.get(s.source_domain, 0.0) + s.amount_per_year
    by_domain = dict(sorted(by_domain.items(), key=lambda kv: (-kv[1], kv[0].value)))
    shared_ids = shared_streams(engagement, on)
    structural = sum(
        (s.amount_per_year for s in active if s.nature is FundingNature.STRUCTURAL), 0.0
    )
    hhi = sum((v / total) ** 2 for v in by_domain.values()) if total > 0 else None
    coverage, cost_coverage, dependence = _plan_figures(engagement, on)
    return FundingProfile(
        on=on,
        total_per_year=total,
        by_integration=by_integration,
        by_domain=by_domain,
        pooled_share=_share(by_integration[FundingIntegration.POOLED], total),
        aligned_share=_share(by_integration[FundingIntegration.ALIGNED], total),
        siloed_share=_share(by_integration[FundingIntegration.SILOED], total),
        shared_share=_share(sum(s.amount_per_year for s in active if s.id in shared_ids), total),
        structural_share=_share(structural, total),
        incidental_share=_share(total - structural, total),
        contributing_domains=len(by_domain),
        domain_hhi=hhi,
        domain_balance=min(1.0, 1 / hhi - 1) if hhi else 0.0,
        plan_coverage=coverage,
        plan_cost_coverage=cost_coverage,
        incidental_dependence=dependence,
        runway_months=runway_months(engagement.funding, on),
    )
