"""Who pays, who benefits: the "wrong pocket" of sport in the social domain.

The sport budget pays for a walking group; the effects — less loneliness,
lower care use, a step towards work — land in the social domain. This module
spreads the planned cost of each action over the domains that pay for it (its
funding streams) and the domains that benefit (the goals it serves), so that
the mismatch becomes a number: the argument for shared funding.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

import attrs

from .._evaluation import evaluation_view
from ..model import Domain, Engagement

__all__ = ["PocketMatrix", "who_pays_who_benefits"]


@attrs.frozen(kw_only=True)
class PocketMatrix:
    """Planned cost (EUR/year) by paying domain (rows) and benefiting domain (columns).

    For an action with cost ``c``, paid by streams with amounts ``a_s`` from
    domains ``p(s)`` and serving goals whose benefiting domains are ``B_g``:
    cell ``[p][b] += c * (sum of a_s with p(s) = p) / (sum of a_s)
    * (1 / number of goals) * (1 / |B_g|)`` for every goal ``g`` and ``b`` in
    ``B_g``. Streams of zero amount split the paying side equally. Actions
    without a cost, without funding or without a goal naming its benefiting
    domains cannot be attributed: their cost is summed in ``unattributed``.

    Attributes
    ----------
    on:
        The date.
    cells:
        ``cells[payer][beneficiary]`` in EUR/year; only non-zero cells.
    attributed, unattributed:
        Planned cost that could, and could not, be attributed (EUR/year).
    mismatch_share:
        Off-diagonal cost over the attributed cost: the share of the money
        whose benefit lands in another domain than the one that pays; ``None``
        when nothing could be attributed.
    """

    on: dt.date
    cells: Mapping[Domain, Mapping[Domain, float]]
    attributed: float
    unattributed: float
    mismatch_share: float | None

    def paid_by(self, domain: Domain) -> float:
        """What ``domain`` pays in total (row sum)."""
        return sum(self.cells.get(domain, {}).values())

    def benefit_of(self, domain: Domain) -> float:
        """What lands in ``domain`` (column sum)."""
        return sum(row.get(domain, 0.0) for row in self.cells.values())

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready mapping."""
        return {
            "on": self.on.isoformat(),
            "cells": {
                p.value: {b.value: v for b, v in row.items()} for p, row in self.cells.items()
            },
            "attributed": self.attributed,
            "unattributed": self.unattributed,
            "mismatch_share": self.mismatch_share,
        }


def who_pays_who_benefits(engagement: Engagement, on: dt.date | None = None) -> PocketMatrix:
    """The paying × benefiting matrix of the plan of ``engagement`` on ``on`` (default today).

    Examples
    --------
    >>> import sportsocial as ss, datetime as dt
    >>> m = ss.who_pays_who_benefits(ss.load("examples/roosendaal-kickoff.yaml"),
    ...                              on=dt.date(2026, 11, 24))
    >>> 0 <= m.mismatch_share <= 1
    True
    """
    day = on or dt.date.today()
    eng = evaluation_view(engagement, day).engagement
    streams = {s.id: s for s in eng.funding}
    goals = {g.id: g for g in eng.goals}
    cells: dict[Domain, dict[Domain, float]] = {}
    attributed = unattributed = 0.0
    for action in eng.plan.actions:
        cost = action.cost_per_year or 0.0
        if cost <= 0:
            continue
        paying = [streams[f] for f in action.funding if f in streams]
        served = [goals[g] for g in action.goals if g in goals and goals[g].benefiting_domains]
        if not paying or not served:
            unattributed += cost
            continue
        booked = [p for s in paying for p in s.parts() if p.domain is not None]
        # who pays: the money in a budget on the date; what is only proposed, when nothing is
        parts = [p for p in booked if p.committed_on(day)] or booked
        if not parts:
            unattributed += cost
            continue
        total = sum(p.amount_per_year for p in parts)
        for part in parts:
            assert part.domain is not None
            pay = part.amount_per_year / total if total > 0 else 1 / len(parts)
            for g in served:
                for b in g.benefiting_domains:
                    share = cost * pay / len(served) / len(g.benefiting_domains)
                    row = cells.setdefault(part.domain, {})
                    row[b] = row.get(b, 0.0) + share
        attributed += cost
    off = sum(v for p, row in cells.items() for b, v in row.items() if p is not b)
    ordered = {p: {b: cells[p][b] for b in Domain if b in cells[p]} for p in Domain if p in cells}
    return PocketMatrix(
        on=day,
        cells=ordered,
        attributed=attributed,
        unattributed=unattributed,
        mismatch_share=off / attributed if attributed > 0 else None,
    )
