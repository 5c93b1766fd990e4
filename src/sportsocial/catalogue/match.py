"""Matching the catalogue against an engagement: promising connections not yet in its plan.

An entry **matches** an engagement when

* it serves at least one of the engagement's target groups; or
* the engagement names no target groups, or the entry names none (a general
  arrangement such as the local sport agreement), and at least one of the
  domains that typically pay for the entry takes part in the engagement; or
* the engagement already has it (see *detection* below).

**Score.** Each match gets a score in 0..1, the weighted mean of three parts,
one per coordinate of a promising connection (*kansrijke verbinding*) the
catalogue knows about:

``target_groups``
    share of the engagement's target groups the entry serves,
    ``|entry ∩ engagement| / |engagement|``.
``social_goals``
    share of the engagement's social goals (``goals[*].social_goal`` and
    ``opportunities[*].goal``) the entry serves, ``|entry ∩ engagement| / |engagement|``.
``funding``
    how far the engagement's own domains can pay for it:
    ``min(|funding_domains ∩ engagement.domains|, SHARED_FUNDING_DOMAINS) /
    SHARED_FUNDING_DOMAINS``. :data:`SHARED_FUNDING_DOMAINS` is 2 because shared
    funding, in the methodology's sense, is money from two or more domains: one
    paying domain at the table gives 0.5, two or more give 1. An entry paid only
    from outside the municipality (basic health insurance for the GLI) scores 0
    here: it needs no municipal money, but it does not build shared funding
    either; its ``financing`` says who pays.

``score = Σ wᵢ·partᵢ / Σ wᵢ`` over the parts the engagement says something
about: a part is left out (``None``) when the engagement names no target
groups, no social goals or no domains, so an engagement early in its
trajectory is not penalised for what it has not yet written down. The weights
:data:`WEIGHTS` are equal: no source says one coordinate matters more than
another.

**Detection.** An entry is *in the plan* when one of its keywords occurs, as a
whole word or phrase and ignoring case, in an action's title, an opportunity's
sport offer, or a funding stream's name or ``funds``; ``found_in`` lists the ids
of those actions, opportunities and funding streams.

**Validity.** The catalogue is read as it stands on the evaluated date and
over the plan period (:mod:`sportsocial.catalogue.validity`). An entry that
has ended, or has not started, on that date is left out, unless the
engagement already has it: then it is listed, flagged, because the plan
leans on it. An entry that ends before the plan ends (or before it starts) is
listed with its end date and flagged, never as a plain recommendation. So
is an entry whose money comes through such a route (``paid_through``): Welzijn
op Recept is open-ended, but its Brede SPUK money ends on 31 December 2026.

**Order.** Suggestions not yet in the plan come first, then those already
present; within each, plain recommendations before flagged ones, then by
score (highest first), then id.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterable, Sequence
from typing import Any

import attrs

from ..i18n import Text
from ..model import Domain, Engagement, SocialGoal, TargetGroup
from .load import load_catalogue
from .model import Catalogue, Intervention
from .validity import (
    PlanWindow,
    Validity,
    money_ending,
    money_note,
    plan_window,
    validity,
    validity_note,
)

__all__ = [
    "SHARED_FUNDING_DOMAINS",
    "WEIGHTS",
    "ScoreParts",
    "Suggestion",
    "engagement_goals",
    "found_in",
    "opportunities",
]

#: Relative weight of each part of the score. Equal, since no source says that
#: who an entry is for, what it serves or who can pay for it matters more.
WEIGHTS: dict[str, float] = {"target_groups": 1.0, "social_goals": 1.0, "funding": 1.0}

#: Paying domains at which the funding part is full: shared funding, in the
#: methodology's sense, is money from two or more domains.
SHARED_FUNDING_DOMAINS = 2


@attrs.frozen(kw_only=True)
class ScoreParts:
    """The three parts of a suggestion's score, each in 0..1, ``None`` when the
    engagement says nothing the part could be measured against."""

    target_groups: float | None
    social_goals: float | None
    funding: float | None

    def as_dict(self) -> dict[str, float | None]:
        """The parts by name."""
        return {
            "target_groups": self.target_groups,
            "social_goals": self.social_goals,
            "funding": self.funding,
        }

    @property
    def total(self) -> float:
        """Weighted mean of the parts that apply (:data:`WEIGHTS`); 0 when none applies."""
        known = [(WEIGHTS[k], v) for k, v in self.as_dict().items() if v is not None]
        weight = sum(w for w, _ in known)
        return sum(w * v for w, v in known) / weight if weight else 0.0


@attrs.frozen(kw_only=True)
class Suggestion:
    """One catalogue entry matched against an engagement.

    ``target_groups``, ``social_goals`` and ``funding_domains`` are what the
    entry and the engagement share (in the engagement's order, goals in
    :class:`~sportsocial.SocialGoal` order); ``found_in`` the ids of actions,
    opportunities and funding streams where the entry was detected.
    ``validity`` says how the entry stands on ``on`` and over the plan
    ``window``; ``money_ends`` lists the routes in its ``paid_through`` whose
    money does not last the plan; ``flag`` says why it is not a plain
    recommendation, with the dates (``None`` when it is one).
    """

    intervention: Intervention
    target_groups: tuple[TargetGroup, ...]
    social_goals: tuple[SocialGoal, ...]
    funding_domains: tuple[Domain, ...]
    parts: ScoreParts
    found_in: tuple[str, ...]
    reason: Text
    on: dt.date
    window: PlanWindow | None
    validity: Validity
    money_ends: tuple[Intervention, ...]
    flag: Text | None

    @property
    def id(self) -> str:
        """Id of the catalogue entry."""
        return self.intervention.id

    @property
    def score(self) -> float:
        """The score in 0..1 (see :mod:`sportsocial.catalogue.match`)."""
        return self.parts.total

    @property
    def in_plan(self) -> bool:
        """Whether the engagement already has it (``found_in`` is not empty)."""
        return bool(self.found_in)

    @property
    def lasts(self) -> bool:
        """Whether the entry and its money hold over the whole plan period."""
        return self.validity.recommendable and not self.money_ends

    @property
    def recommended(self) -> bool:
        """A plain recommendation: not yet in the plan, and lasting the whole plan period."""
        return not self.in_plan and self.lasts

    def to_dict(self, lang: str | None = None) -> dict[str, Any]:
        """JSON-ready mapping; texts in ``lang``, or in both languages when ``None``."""

        def text(t: Text) -> Any:
            return t(lang) if lang else t.to_dict()

        entry = self.intervention
        window = self.window
        return {
            "id": entry.id,
            "kind": entry.kind.value,
            "name": text(entry.name),
            "score": round(self.score, 4),
            "parts": {
                k: None if v is None else round(v, 4) for k, v in self.parts.as_dict().items()
            },
            "recommended": self.recommended,
            "validity": self.validity.value,
            "valid_from": _iso(entry.valid_from),
            "valid_until": _iso(entry.valid_until),
            "on": self.on.isoformat(),
            "plan_window": None
            if window is None
            else {"start": window[0].isoformat(), "end": _iso(window[1])},
            "money_ends": [
                {"route": r.id, "valid_until": _iso(r.valid_until)} for r in self.money_ends
            ],
            "flag": None if self.flag is None else text(self.flag),
            "in_plan": self.in_plan,
            "found_in": list(self.found_in),
            "target_groups": [g.value for g in self.target_groups],
            "social_goals": [g.value for g in self.social_goals],
            "funding_domains": [d.value for d in self.funding_domains],
            "funders": [f.value for f in entry.funders],
            "taakvelden": list(entry.taakvelden),
            "reason": text(self.reason),
            "financing": text(entry.financing),
            "co_financing": None if entry.co_financing is None else text(entry.co_financing),
            "unverified": [
                {"about": u.about.value, "note": text(u.note)} for u in entry.unverified
            ],
            "sources": [
                {"url": s.url, "title": s.title, "date": s.date, "checked": s.checked.isoformat()}
                for s in entry.sources
            ],
        }


def _iso(day: dt.date | None) -> str | None:
    return None if day is None else day.isoformat()


def engagement_goals(engagement: Engagement) -> tuple[SocialGoal, ...]:
    """The social goals an engagement names, in :class:`~sportsocial.SocialGoal` order."""
    named = {g.social_goal for g in engagement.goals} | {o.goal for o in engagement.opportunities}
    return tuple(g for g in SocialGoal if g in named)


@functools.lru_cache(maxsize=256)
def _pattern(keywords: tuple[str, ...]) -> re.Pattern[str]:
    words = sorted({k.strip() for k in keywords if k.strip()}, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w)", re.I)


def _texts(engagement: Engagement) -> list[tuple[str, str]]:
    out = [(a.id, a.title) for a in engagement.plan.actions]
    out += [(o.id, o.sport_offer) for o in engagement.opportunities]
    out += [(f.id, " ".join(filter(None, (f.name, f.funds)))) for f in engagement.funding]
    return out


def found_in(entry: Intervention, engagement: Engagement) -> tuple[str, ...]:
    """Ids of the actions, opportunities and funding streams that mention ``entry``.

    A keyword counts as a whole word or phrase, ignoring case: ``buurtsportcoach``
    is found in "7 fte buurtsportcoach", not in "buurtsportcoachregeling".
    """
    pattern = _pattern(entry.keywords)
    ids: list[str] = []
    for item_id, text in _texts(engagement):
        if item_id not in ids and pattern.search(text):
            ids.append(item_id)
    return tuple(ids)


def _share(matched: int, of: int) -> float | None:
    return matched / of if of else None


def _join(items: Iterable[Any], lang: str) -> str:
    """Labels as a list: in English with commas (as before), in Dutch "a, b en c"."""
    labels = [i.label(lang) for i in items]
    if lang == "en" or len(labels) < 2:
        return ", ".join(labels)
    return f"{', '.join(labels[:-1])} en {labels[-1]}"


def _reason_in(
    lang: str,
    entry: Intervention,
    groups: Sequence[TargetGroup],
    goals: Sequence[SocialGoal],
    domains: Sequence[Domain],
    where: Sequence[str],
) -> str:
    def say(en: str, nl: str, **values: object) -> str:
        return Text(en=en, nl=nl).format(**values)(lang)

    parts: list[str] = []
    if groups:
        parts.append(say("for {x}", "voor {x}", x=_join(groups, lang)))
    elif not entry.target_groups:
        parts.append(
            say(
                "a general {kind}, not aimed at one target group",
                "een algemene {kind}, niet gericht op één doelgroep",
                kind=entry.kind.label(lang),
            )
        )
    if goals:
        parts.append(say("contributes to {x}", "draagt bij aan {x}", x=_join(goals, lang)))
    if domains:
        parts.append(
            say(
                "domains of this engagement that typically pay for it: {x}",
                "meestal betaald uit het domein {x}, dat in dit traject meedoet"
                if len(domains) == 1
                else "meestal betaald uit de domeinen {x}, die in dit traject meedoen",
                x=_join(domains, lang),
            )
        )
    elif entry.funding_domains:
        one = len(entry.funding_domains) == 1
        parts.append(
            say(
                "typically paid for from {x}, not part of this engagement",
                "meestal betaald uit het domein {x}, dat niet in dit traject meedoet"
                if one
                else "meestal betaald uit de domeinen {x}, die niet in dit traject meedoen",
                x=_join(entry.funding_domains, lang),
            )
        )
    if entry.outside_funders:
        parts.append(
            say(
                "paid from outside the municipality by: {x}",
                "betaald van buiten de gemeente, door {x}",
                x=_join(entry.outside_funders, lang),
            )
        )
    if not entry.funding_domains and not entry.funders:
        parts.append(
            say("the sources name no funding route", "de bronnen noemen geen financieringsroute")
        )
    if where:
        parts.append(say("already present: {x}", "al aanwezig: {x}", x=", ".join(where)))
    text = "; ".join(parts)
    return text[:1].upper() + text[1:] + "."


def _reason(
    entry: Intervention,
    groups: Sequence[TargetGroup],
    goals: Sequence[SocialGoal],
    domains: Sequence[Domain],
    where: Sequence[str],
) -> Text:
    """Why the entry is suggested, in both languages."""
    return Text(
        en=_reason_in("en", entry, groups, goals, domains, where),
        nl=_reason_in("nl", entry, groups, goals, domains, where),
    )


def _flag(*notes: Text | None) -> Text | None:
    given = [n for n in notes if n is not None]
    if not given:
        return None
    return Text(en="; ".join(n.en for n in given), nl="; ".join(n.nl for n in given))


def _suggestion(
    entry: Intervention,
    engagement: Engagement,
    catalogue: Catalogue,
    on: dt.date,
    window: PlanWindow | None,
) -> Suggestion | None:
    status = validity(entry, on, window)
    eng_groups = engagement.target_groups
    eng_goals = engagement_goals(engagement)
    eng_domains = engagement.domains
    groups = tuple(g for g in eng_groups if g in entry.target_groups)
    goals = tuple(g for g in eng_goals if g in entry.social_goals)
    domains = tuple(d for d in eng_domains if d in entry.funding_domains)
    where = found_in(entry, engagement)
    general = not eng_groups or not entry.target_groups
    if not (groups or (general and domains) or where):
        return None
    if not (status.in_force or where):
        return None  # ended or not yet valid, and not in the plan: no advice
    parts = ScoreParts(
        target_groups=_share(len(groups), len(eng_groups)),
        social_goals=_share(len(goals), len(eng_goals)),
        funding=(
            min(len(domains), SHARED_FUNDING_DOMAINS) / SHARED_FUNDING_DOMAINS
            if eng_domains
            else None
        ),
    )
    return Suggestion(
        intervention=entry,
        target_groups=groups,
        social_goals=goals,
        funding_domains=domains,
        parts=parts,
        found_in=where,
        reason=_reason(entry, groups, goals, domains, where),
        on=on,
        window=window,
        validity=status,
        money_ends=(ending := money_ending(entry, catalogue, on, window)),
        flag=_flag(validity_note(entry, status, window), money_note(ending, on, window)),
    )


def opportunities(
    engagement: Engagement,
    on: dt.date | None = None,
    catalogue: Catalogue | None = None,
) -> tuple[Suggestion, ...]:
    """Catalogue entries that fit the engagement's target groups and domains.

    With ``on``, the engagement as it stood that day (:meth:`Engagement.as_of`),
    and the catalogue as it stands that day; without it, the engagement as it
    is and the catalogue as it stands today. Each entry is also weighed
    against the plan period (:func:`~sportsocial.catalogue.validity.plan_window`):
    one that ends before the plan does is flagged with its end date, one that
    has ended or not yet started is left out unless the plan already has it.
    ``catalogue`` defaults to the shipped one. Suggestions not yet in the plan
    come first, then those already present; within each, plain
    recommendations first, then by score, highest first, then id. The
    matching rule and the score are documented in
    :mod:`sportsocial.catalogue.match`.

    Examples
    --------
    >>> import datetime as dt
    >>> import sportsocial as ss
    >>> eng = ss.load("examples/etten-leur-baseline.yaml")
    >>> found = ss.opportunities(eng, on=dt.date(2026, 12, 2))
    >>> [(s.id, round(s.score, 2), s.recommended) for s in found][:2]
    [('jeugdfonds-sport-en-cultuur', 0.5, True), ('in-balans', 0.25, True)]
    >>> brede_spuk = next(s for s in found if s.id == "brede-spuk")
    >>> brede_spuk.validity.value, brede_spuk.recommended
    ('ends-during-plan', False)
    """
    day = on if on is not None else dt.date.today()
    if on is not None:
        engagement = engagement.as_of(on)
    window = plan_window(engagement)
    cat = catalogue if catalogue is not None else load_catalogue()
    found = [
        s
        for s in (_suggestion(e, engagement, cat, day, window) for e in cat.entries)
        if s is not None
    ]
    return tuple(sorted(found, key=lambda s: (s.in_plan, not s.lasts, -s.score, s.id)))
