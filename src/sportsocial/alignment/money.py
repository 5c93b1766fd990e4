"""The money of an engagement as parts: one per contribution to a fund, or the stream itself.

Every figure about money works on parts, so that a pooled fund counts each
contributor's domain, funder, period and status, and a plain stream counts as
one part.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from ..model import Engagement, FundingStatus, FundingStream, MoneyPart

__all__ = ["active_parts", "money_parts", "pending_parts"]


def money_parts(streams: Iterable[FundingStream]) -> list[MoneyPart]:
    """Every part of the money of ``streams``: one per contribution, or the stream itself."""
    return [p for s in streams for p in s.parts()]


def active_parts(engagement: Engagement, on: dt.date) -> list[MoneyPart]:
    """The money paid on ``on``: parts whose period contains the date, that stand in a
    budget on that date (committed, or under review) and have not ended.

    Proposed money, and money that waits for a tender or a grant decision, is
    not money yet (:func:`pending_parts`): intentions do not pay for actions.
    """
    return [
        p
        for p in money_parts(engagement.funding)
        if p.active_on(on) and p.status is not FundingStatus.ENDED and p.committed_on(on)
    ]


def pending_parts(engagement: Engagement, on: dt.date) -> list[MoneyPart]:
    """Money whose period contains ``on`` but that is not in a budget on that date:
    proposed, or waiting for a tender or a grant decision."""
    return [
        p
        for p in money_parts(engagement.funding)
        if p.active_on(on) and p.status is not FundingStatus.ENDED and not p.committed_on(on)
    ]
