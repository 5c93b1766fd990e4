"""Governance metrics: who is at the table, at which level, and who decides on the money.

Computed from the engagement as it stood on a date: stakeholders taking part
on that day, bodies whose period contains it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

import attrs

from ..model import (
    Domain,
    Engagement,
    FundingIntegration,
    GovernanceBody,
    Level,
    Stakeholder,
    StakeholderKind,
)
from .money import active_parts

if TYPE_CHECKING:
    from ..network.metrics import VerticalLinkage

__all__ = ["GovernanceProfile", "governance_profile", "joint_decision_bodies", "mandate_traced"]

_LEVELS = (Level.ADMINISTRATIVE, Level.OFFICIAL, Level.EXECUTIVE)


def _taking_part(engagement: Engagement, on: dt.date) -> list[Stakeholder]:
    """Stakeholders taking part on ``on``: within their period, and in office."""
    return [
        s
        for s in engagement.stakeholders
        if (s.period is None or s.period.contains(on)) and s.in_office_on(on)
    ]


#: Who can grant a mandate: the college (its own powers) or the council (the budget right).
_GRANTORS = frozenset({StakeholderKind.COLLEGE, StakeholderKind.COUNCIL})


def mandate_traced(engagement: Engagement, body: GovernanceBody) -> bool:
    """Whether ``body``'s mandate is traced to a recorded decision of the college or council.

    A steering group decides only under a mandate granted by a recorded
    decision: of the college, which decides collectively and can mandate its
    powers, or of the council, which holds the budget right. A decision
    mandate without such a decision is a claim, not a fact. On an engagement
    taken ``as_of`` a date, a decision taken later is absent, so the mandate
    is not yet traced.
    """
    grant = body.mandate.granted_by
    decision = engagement.decision(grant) if grant is not None else None
    if decision is None or decision.by is None:
        return False
    grantor = engagement.stakeholder(decision.by)
    return grantor is not None and grantor.kind in _GRANTORS


def _present(engagement: Engagement, on: dt.date) -> dict[str, tuple[Domain, ...]]:
    return {s.id: s.domains for s in _taking_part(engagement, on)}


def joint_decision_bodies(engagement: Engagement, on: dt.date) -> tuple[str, ...]:
    """Ids of the bodies that decide jointly for sport and the social domain on ``on``.

    A body is joint when its period contains the date, it has a decision
    mandate traced to a decision of the college or council
    (:func:`mandate_traced`), and its members in office stand for sport and
    for at least one social-domain area. Any level counts; the readiness rules
    ask for one at administrative level.
    """
    present = _present(engagement, on)
    joint = []
    for body in engagement.governance:
        if not body.decides or not body.period.contains(on):
            continue
        if not mandate_traced(engagement, body):
            continue
        domains = {d for m in body.member_ids for d in present.get(m, ())}
        if Domain.SPORT in domains and any(d.is_social for d in domains):
            joint.append(body.id)
    return tuple(joint)


@attrs.frozen(kw_only=True)
class GovernanceProfile:
    """Who takes part at which level, and who decides, on one date.

    Attributes
    ----------
    on:
        The date.
    level_domain_matrix:
        Number of stakeholders per domain (rows, in the order of
        :class:`~sportsocial.Domain`) and level (administrative, official,
        executive). Rows cover the engagement's involved domains and every
        domain a stakeholder stands for.
    vertical_continuity:
        Domains whose line runs from the administrative to the executive
        level through ties between stakeholders of that domain (the portfolio
        holder, the department, the practitioners:
        :func:`~sportsocial.network.metrics.vertical_linkage`): what is
        decided can be carried down to execution. Being present at each level
        is not enough; the levels must be tied.
    vertical_continuity_share:
        ``len(vertical_continuity) / number of rows``; ``None`` without rows.
    joint_decision_bodies:
        Ids of the bodies that decide jointly for sport and the social domain.
    joint_controlled_share:
        Share of the money active on the date (EUR/year) that is pooled or
        aligned and controlled by a joint decision body; 0.0 without money.
        Siloed money stays out, whoever sits over it.
    civil_society_share:
        Civil-society stakeholders over all stakeholders taking part; 0.0
        without stakeholders.
    civil_society_engaged:
        Ids of civil-society stakeholders who sit in a body or took part in a
        work session: partners secured in the process, not just listed.
    """

    on: dt.date
    level_domain_matrix: Mapping[Domain, Mapping[Level, int]]
    vertical_continuity: tuple[Domain, ...]
    vertical_continuity_share: float | None
    joint_decision_bodies: tuple[str, ...]
    joint_controlled_share: float
    civil_society_share: float
    civil_society_engaged: tuple[str, ...]


def governance_profile(
    engagement: Engagement,
    on: dt.date,
    linkage: Iterable[VerticalLinkage] | None = None,
) -> GovernanceProfile:
    """The governance profile of ``engagement`` on ``on`` (pass ``as_of(on)``).

    ``linkage`` is the network's vertical linkage on that date, when the caller
    has it already (an evaluation view computes it once for the network measures
    and the alignment alike); else it is computed here.
    """
    stakeholders = _taking_part(engagement, on)
    rows = set(engagement.domains) | {d for s in stakeholders for d in s.domains}
    matrix = {d: dict.fromkeys(_LEVELS, 0) for d in Domain if d in rows}
    for s in stakeholders:
        for d in s.domains:
            matrix[d][s.level] += 1
    if linkage is None:
        from ..network.graph import build_ties  # networkx only when figures are asked for
        from ..network.metrics import vertical_linkage

        linkage = vertical_linkage(build_ties(engagement, on))
    linked = {v.domain for v in linkage if v.linked}
    continuous = tuple(d for d in matrix if d in linked)
    joint = joint_decision_bodies(engagement, on)
    total = 0.0
    active: dict[str, float] = {}
    for part in active_parts(engagement, on):
        total += part.amount_per_year
        if part.integration is not FundingIntegration.SILOED:
            active[part.stream] = active.get(part.stream, 0.0) + part.amount_per_year
    controlled = {
        i for b in engagement.governance if b.id in joint for i in b.controls if i in active
    }
    seated = {m for b in engagement.governance if b.period.contains(on) for m in b.member_ids}
    seated |= {p for w in engagement.work_sessions if w.date <= on for p in w.participants}
    civil = [s.id for s in stakeholders if s.civil_society]
    return GovernanceProfile(
        on=on,
        level_domain_matrix=matrix,
        vertical_continuity=continuous,
        vertical_continuity_share=len(continuous) / len(matrix) if matrix else None,
        joint_decision_bodies=joint,
        joint_controlled_share=sum(active[i] for i in controlled) / total if total > 0 else 0.0,
        civil_society_share=len(civil) / len(stakeholders) if stakeholders else 0.0,
        civil_society_engaged=tuple(i for i in civil if i in seated),
    )
