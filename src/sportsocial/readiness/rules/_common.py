"""Small helpers shared by the rule families."""

from __future__ import annotations

from ...i18n import Text
from ...model import Domain, Engagement, StakeholderKind

__all__ = ["T", "listing", "portfolio_holders"]


def T(en: str, nl: str) -> Text:  # noqa: N802 - reads like a constructor
    """Shorthand for a bilingual text."""
    return Text(en=en, nl=nl)


def listing(ids: list[str] | tuple[str, ...]) -> str:
    """Ids as a short comma-separated list for a message."""
    shown = ", ".join(ids[:6])
    return shown + (f" (+{len(ids) - 6})" if len(ids) > 6 else "")


def portfolio_holders(engagement: Engagement, social: bool) -> list[str]:
    """Ids of the portfolio holders (municipal executives) of sport, or of the social domain."""
    return [
        s.id
        for s in engagement.stakeholders
        if s.kind is StakeholderKind.PORTFOLIO_HOLDER
        and any(d.is_social == social for d in s.domains)
    ]


def spans_sport_and_social(domains: set[Domain] | set[Domain | None]) -> bool:
    """Whether a set of domains holds sport and at least one social-domain area."""
    return Domain.SPORT in domains and any(d is not None and d.is_social for d in domains)
