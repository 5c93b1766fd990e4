"""Small helpers shared by the rule families: who holds which portfolio, who is in
office, which decisions bind sport and the social domain together."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from ...catalogue.validity import money_end
from ...i18n import Text
from ...model import Decision, DecisionKind, Domain, Engagement, Stakeholder, StakeholderKind

__all__ = [
    "COMMITTING",
    "INSTITUTIONS",
    "STATE_SCHEMES",
    "T",
    "binds_both",
    "committed_holder",
    "holders",
    "in_office",
    "listing",
    "money_end",
    "on_side",
    "since",
    "spans_sport_and_social",
]


def T(en: str, nl: str) -> Text:  # noqa: N802 - reads like a constructor
    """Shorthand for a bilingual text."""
    return Text(en=en, nl=nl)


def listing(ids: Iterable[str]) -> str:
    """Ids as a short comma-separated list for a message."""
    items = list(ids)
    shown = ", ".join(items[:6])
    return shown + (f" (+{len(items) - 6})" if len(items) > 6 else "")


def spans_sport_and_social(domains: Iterable[Domain | None]) -> bool:
    """Whether the domains hold sport and at least one social-domain area."""
    found = set(domains)
    return Domain.SPORT in found and any(d is not None and d.is_social for d in found)


def binds_both(decision: Decision) -> bool:
    """Whether a decision names sport and a social-domain area together."""
    return spans_sport_and_social(decision.domains)


#: Decisions by which a portfolio holder, or the college for all its members,
#: commits to the connection: the commission, a shared ambition or vision, a
#: coalition agreement, a commission to a portfolio holder, a college decision,
#: a mandate. Only when they name sport and a social-domain area together.
COMMITTING = frozenset(
    {
        DecisionKind.COMMISSION,
        DecisionKind.AMBITION,
        DecisionKind.VISION,
        DecisionKind.COALITION_AGREEMENT,
        DecisionKind.PORTFOLIO_COMMISSION,
        DecisionKind.COLLEGE_DECISION,
        DecisionKind.MANDATE,
    }
)

#: The bodies of the municipality that stay in office through elections: the
#: college decides collectively, the council holds the budget right.
INSTITUTIONS = frozenset({StakeholderKind.COLLEGE, StakeholderKind.COUNCIL})


def in_office(engagement: Engagement, ident: str | None, on: dt.date) -> bool:
    """Whether the stakeholder or body ``ident`` was in office (or existed) on ``on``."""
    if ident is None:
        return False
    person = engagement.stakeholder(ident)
    if person is not None:
        return person.in_office_on(on)
    body = engagement.body(ident)
    return body is not None and body.period.contains(on)


def on_side(engagement: Engagement, domain: Domain, social: bool) -> bool:
    """Whether ``domain`` is on the side asked for: sport, or one of the social-domain
    areas the engagement involves (any area when it names none)."""
    if domain.is_social != social:
        return False
    return not social or not engagement.domains or domain in engagement.domains


def holders(engagement: Engagement, on: dt.date, social: bool) -> list[Stakeholder]:
    """Portfolio holders in office on ``on`` who hold sport (``social=False``) or an
    involved social-domain area (``social=True``) on that date."""
    return [
        s
        for s in engagement.stakeholders
        if s.kind is StakeholderKind.PORTFOLIO_HOLDER
        and any(on_side(engagement, d, social) for d in s.domains_on(on))
    ]


def since(holder: Stakeholder, on: dt.date, social: bool) -> dt.date | None:
    """Since when ``holder`` holds the portfolio of its side: the later of the start of
    its term and the start of the portfolio (``None``: from the start)."""
    starts = [
        p.start
        for p in holder.portfolios
        if p.domain.is_social == social and p.held_on(on) and p.start is not None
    ]
    if holder.in_office is not None:
        starts.append(holder.in_office.start)
    return max(starts) if starts else None


def committed_holder(
    engagement: Engagement, holder: Stakeholder, on: dt.date, social: bool
) -> bool:
    """Whether ``holder`` is committed to the connection on ``on``.

    A holder is committed by a seat, on the date, in an administrative body
    whose members span sport and the social domain, or by a committing decision
    (:data:`COMMITTING`) that names sport and a social-domain area, taken *since
    the holder took the portfolio* (a predecessor's commitment does not bind the
    successor) by the holder, or by the college, which decides collectively,
    when it names a domain of the holder's portfolio.
    """
    from ...model import Level

    present = {s.id: s for s in engagement.stakeholders}
    for body in engagement.governance:
        if body.level is not Level.ADMINISTRATIVE or not body.period.contains(on):
            continue
        seated = body.members_on(on)
        if holder.id not in seated:
            continue
        domains = [d for m in seated if m in present for d in present[m].domains_on(on)]
        if spans_sport_and_social(domains):
            return True
    start = since(holder, on, social)
    own = {d for d in holder.domains_on(on) if on_side(engagement, d, social)}
    for d in engagement.decisions:
        if d.date > on or d.kind not in COMMITTING or not binds_both(d):
            continue
        if start is not None and d.date < start:
            continue
        if d.by == holder.id:
            return True
        author = present.get(d.by or "")
        if author is not None and author.kind is StakeholderKind.COLLEGE and own & set(d.domains):
            return True
    return False


#: Sources for the national schemes that end on 31 December 2026.
STATE_SCHEMES = (
    "https://www.innofunding.nl/nl/nieuws/28/10/25/flexibilisering-van-brede-spuk (Brede SPUK 2023-2026)",
    "https://allesoversport.nl/thema/beleid/wat-betekent-het-hoofdlijnenakkoord-voor-sport-en-bewegen (buurtsportcoach 40/60 to end 2026)",
    "https://www.mulierinstituut.nl/producten-diensten/monitoring-landelijke-beleidsprogrammas/nationaal-sportakkoord/ (Sportakkoord II 'Sport versterkt' 2023-2026)",
)
