"""How the network looks in every drawing: colours per domain, labels, row order.

One palette for Mermaid, DOT and the matplotlib picture, so a reader who has
seen one recognises the others. The colours are the Okabe-Ito palette (safe for
colour-blind readers), sport in orange, with wine red for the eighth domain and
grey for stakeholders without one.
"""

from __future__ import annotations

from ..i18n import Text
from ..model import Domain, Level, RelationKind
from .graph import CO_MEMBER

__all__ = [
    "DOMAIN_COLOURS",
    "LEVELS",
    "NO_DOMAIN_COLOUR",
    "domain_label",
    "fill",
    "ink",
    "kind_label",
    "level_label",
]

#: Fill colour per domain value.
DOMAIN_COLOURS: dict[str, str] = {
    Domain.SPORT.value: "#E69F00",
    Domain.SOCIAL_SUPPORT.value: "#56B4E9",
    Domain.WORK_AND_INCOME.value: "#009E73",
    Domain.YOUTH.value: "#F0E442",
    Domain.PUBLIC_HEALTH.value: "#0072B2",
    Domain.EDUCATION.value: "#D55E00",
    Domain.POVERTY_AND_DEBT.value: "#CC79A7",
    Domain.INTEGRATION.value: "#882255",
}
#: Fill colour of stakeholders without a domain (the facilitator, cross-cutting roles).
NO_DOMAIN_COLOUR = "#BBBBBB"
_DARK = frozenset({"#009E73", "#0072B2", "#D55E00", "#882255"})

#: Level values from top row to bottom row.
LEVELS: tuple[str, ...] = tuple(level.value for level in Level)

_NO_DOMAIN = Text(en="no domain", nl="geen domein")
_CO_MEMBER = Text(en="member of the same body", nl="lid van hetzelfde overleg")


def fill(domain: object) -> str:
    """Fill colour for a node's ``domain`` attribute (``None``: no domain)."""
    return DOMAIN_COLOURS.get(str(domain), NO_DOMAIN_COLOUR) if domain else NO_DOMAIN_COLOUR


def ink(domain: object) -> str:
    """Text colour that reads well on :func:`fill` of ``domain``."""
    return "#FFFFFF" if fill(domain) in _DARK else "#000000"


def level_label(value: object, lang: str) -> str:
    """Label of a level value in ``lang``; the value itself if it is no level."""
    try:
        return Level(value).label(lang)
    except ValueError:
        return str(value)


def domain_label(value: object, lang: str) -> str:
    """Label of a domain value in ``lang`` (``None``: "no domain")."""
    if value is None:
        return _NO_DOMAIN(lang)
    try:
        return Domain(value).label(lang)
    except ValueError:
        return str(value)


def kind_label(value: object, lang: str) -> str:
    """Label of an edge kind (a relation kind or ``co-member``) in ``lang``."""
    if value == CO_MEMBER:
        return _CO_MEMBER(lang)
    try:
        return RelationKind(value).label(lang)
    except ValueError:
        return str(value)
