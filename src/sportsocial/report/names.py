"""How people and organisations are named in a report: as they are, or hidden.

Names of persons are personal data (AVG/GDPR). A report handed round a council
committee may have to leave them out; the facts stay the same. With
``names="hide"`` every stakeholder is shown by its kind, numbered when several
share it (*sportvereniging 2*), and the facilitator by its role, consistently
in every section, the pictures included. (The other outputs hide a name behind
the role and the id, :func:`sportsocial.privacy.shown_name`; a report read aloud
in a committee reads better without ids.)
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..i18n import Text
from ..model import Engagement
from ..privacy import NAMES, Names, check_names

__all__ = [
    "NAMES",
    "Names",
    "check_names",
    "display_names",
    "facilitator_name",
    "hide_in",
    "replacements",
]

_FACILITATOR = Text(en="the process facilitator", nl="de procesbegeleider")


def display_names(engagement: Engagement, names: Names, lang: str) -> dict[str, str]:
    """How to show each stakeholder, by id.

    Shown: the stakeholder's name. Hidden: its kind in ``lang``, numbered in
    document order when more than one stakeholder has that kind, so the same
    document always gives the same labels.
    """
    if names == "show":
        return {s.id: s.name for s in engagement.stakeholders}
    totals: dict[str, int] = {}
    for s in engagement.stakeholders:
        totals[s.kind.label(lang)] = totals.get(s.kind.label(lang), 0) + 1
    counts: dict[str, int] = {}
    shown: dict[str, str] = {}
    for s in engagement.stakeholders:
        kind = s.kind.label(lang)
        counts[kind] = counts.get(kind, 0) + 1
        shown[s.id] = f"{kind} {counts[kind]}" if totals[kind] > 1 else kind
    return shown


def facilitator_name(engagement: Engagement, names: Names, lang: str) -> str | None:
    """The facilitator as the report shows it (``None``: no facilitator, or names hidden)."""
    f = engagement.facilitator
    if f is None or names == "hide":
        return None
    return f.name


def replacements(engagement: Engagement, names: Names, lang: str) -> dict[str, str]:
    """Real name → how it is shown, for every name a hidden report must not contain.

    Empty when names are shown. Used by :func:`hide_in` on free text (findings
    and agenda items quote the names they concern).
    """
    if names == "show":
        return {}
    shown = display_names(engagement, names, lang)
    out = {s.name: shown[s.id] for s in engagement.stakeholders}
    if engagement.facilitator is not None:
        out.setdefault(engagement.facilitator.name, _FACILITATOR(lang))
    return {real: label for real, label in out.items() if real and real != label}


def hide_in(text: str, replaced: Mapping[str, str]) -> str:
    """``text`` with every name of ``replaced`` (see :func:`replacements`) replaced.

    One pass, longer names first: a name that contains another is replaced
    whole, and a label put in is never replaced again.

    >>> hide_in("Team Sport en Team Sport Noord", {"Team Sport": "afdeling 1",
    ...         "Team Sport Noord": "afdeling 2"})
    'afdeling 1 en afdeling 2'
    """
    if not replaced:
        return text
    pattern = "|".join(re.escape(n) for n in sorted(replaced, key=len, reverse=True))
    return re.sub(pattern, lambda m: replaced[m.group(0)], text)
