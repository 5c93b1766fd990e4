"""Whether a catalogue entry can carry a plan: on the evaluated date and over the plan period.

A funding route that ends on 31 December is no advice for a plan that starts
in January. Each entry is judged twice: on the evaluated date (has it started,
has it ended?) and against the plan period (does it last until the plan ends?).
A plan without an end date, or an engagement without a plan period, is taken
to outlast every entry that has an end date, so such an entry is flagged rather
than recommended.

An intervention without an end of its own can still lean on money that
ends: Welzijn op Recept is open-ended, but its state money is a part of the
Brede SPUK. :func:`money_ending` finds the entries named in ``paid_through``
that do not last the plan period, so the intervention is flagged with their
end date too.

The plan period comes from :func:`plan_window`, the one place that reads it
from the engagement.
"""

from __future__ import annotations

import datetime as dt
from typing import TypeAlias

from ..i18n import LabelledEnum, Text, day_text, register_labels
from ..model import Engagement
from .model import Catalogue, FactKind, Intervention

__all__ = [
    "PlanWindow",
    "Validity",
    "money_end",
    "money_ending",
    "money_note",
    "plan_window",
    "standing_on",
    "validity",
    "validity_note",
    "validity_span",
    "window_text",
]

#: First and last day of a plan; the last is ``None`` while the plan has no end.
PlanWindow: TypeAlias = tuple[dt.date, dt.date | None]


class Validity(LabelledEnum):
    """How an entry stands on the evaluated date and over the plan period."""

    CURRENT = "current"
    ENDS_DURING_PLAN = "ends-during-plan"
    ENDS_BEFORE_PLAN = "ends-before-plan"
    ENDED = "ended"
    NOT_YET_VALID = "not-yet-valid"

    @property
    def recommendable(self) -> bool:
        """Only an entry that holds over the whole plan period is a plain recommendation."""
        return self is Validity.CURRENT

    @property
    def in_force(self) -> bool:
        """Whether the entry holds on the evaluated date."""
        return self in _IN_FORCE


_IN_FORCE = frozenset({Validity.CURRENT, Validity.ENDS_DURING_PLAN, Validity.ENDS_BEFORE_PLAN})

register_labels(
    {
        Validity: {
            "current": ("valid over the plan period", "geldig over de hele planperiode"),
            "ends-during-plan": ("ends before the plan ends", "loopt af voordat het plan afloopt"),
            "ends-before-plan": (
                "ends before the plan starts",
                "loopt af voordat het plan begint",
            ),
            "ended": ("ended", "afgelopen"),
            "not-yet-valid": ("not yet valid", "nog niet van kracht"),
        }
    }
)


def plan_window(engagement: Engagement) -> PlanWindow | None:
    """First and last day of the engagement's plan, or ``None`` when it has no dates yet.

    The plan's own ``period`` when it has one. Otherwise its actions' periods:
    from the earliest start to the latest end, open when any action is
    open-ended or no action has an end. Without dated actions, the plan runs
    from the day it was presented, or else drafted, with no end.

    Examples
    --------
    >>> import sportsocial as ss
    >>> plan_window(ss.load("examples/roosendaal-kickoff.yaml"))
    (datetime.date(2027, 1, 1), datetime.date(2030, 12, 31))
    """
    plan = engagement.plan
    if plan.period is not None:
        return plan.period.start, plan.period.end
    periods = [a.period for a in plan.actions if a.period is not None]
    if periods:
        ends = [p.end for p in periods]
        last = None if any(e is None for e in ends) else max(e for e in ends if e is not None)
        return min(p.start for p in periods), last
    first = plan.presented or plan.drafted
    return (first, None) if first is not None else None


def validity(entry: Intervention, on: dt.date, window: PlanWindow | None = None) -> Validity:
    """How ``entry`` stands on ``on`` and over the plan ``window``.

    Without a window the plan is taken to run from ``on`` with no end. An entry
    without an end date is :attr:`Validity.CURRENT` whenever it has started.

    Examples
    --------
    >>> from sportsocial.catalogue import load_catalogue
    >>> brc = load_catalogue().entry("buurtsportcoach")
    >>> d = dt.date
    >>> validity(brc, d(2026, 6, 1), (d(2026, 1, 1), d(2026, 12, 31))).value
    'current'
    >>> validity(brc, d(2026, 6, 1), (d(2026, 1, 1), d(2027, 12, 31))).value
    'ends-during-plan'
    >>> validity(brc, d(2026, 12, 2), (d(2027, 1, 15), None)).value
    'ends-before-plan'
    >>> validity(brc, d(2027, 1, 1)).value, validity(brc, d(2022, 12, 31)).value
    ('ended', 'not-yet-valid')
    """
    if not entry.started_by(on):
        return Validity.NOT_YET_VALID
    if entry.ended_by(on):
        return Validity.ENDED
    until = entry.valid_until
    if until is None:
        return Validity.CURRENT
    start, end = window if window is not None else (on, None)
    if until < start:
        return Validity.ENDS_BEFORE_PLAN
    if end is None or until < end:
        return Validity.ENDS_DURING_PLAN
    return Validity.CURRENT


def _window_text(window: PlanWindow | None) -> Text:
    if window is None:
        return Text(en="the plan has no dates yet", nl="het plan heeft nog geen data")
    start, end = window
    if end is None:
        return Text(
            en="plan from {start}, no end date", nl="plan vanaf {start}, zonder einddatum"
        ).format(start=day_text(start))
    return Text(en="plan {start} to {end}", nl="plan van {start} tot en met {end}").format(
        start=day_text(start), end=day_text(end)
    )


_FLAGS = {
    Validity.ENDED: Text(en="ended on {until}", nl="afgelopen op {until}"),
    Validity.ENDS_DURING_PLAN: Text(
        en="ends on {until}, before the plan ends ({window})",
        nl="loopt af op {until}, voordat het plan afloopt ({window})",
    ),
    Validity.ENDS_BEFORE_PLAN: Text(
        en="ends on {until}, before the plan starts ({window})",
        nl="loopt af op {until}, voordat het plan begint ({window})",
    ),
}


def validity_note(entry: Intervention, status: Validity, window: PlanWindow | None) -> Text | None:
    """Why an entry is flagged, with its dates; ``None`` for a plain recommendation.

    Names the end date and the plan period, and, when the sources do not say
    what follows the end, says so.
    """
    if status is Validity.NOT_YET_VALID and entry.valid_from is not None:
        return Text(en="valid from {start}", nl="geldig vanaf {start}").format(
            start=day_text(entry.valid_from)
        )
    if status is Validity.CURRENT or entry.valid_until is None:
        return None
    until = day_text(entry.valid_until)
    text = _FLAGS[status].format(until=until, window=_window_text(window))
    open_end = entry.unverified_about(FactKind.CONTINUATION)
    if open_end is not None:
        text = Text(
            en=f"{text.en}; what follows is not settled",
            nl=f"{text.nl}; wat erna komt, staat nog niet vast",
        )
    elif entry.followed_by is not None:
        text = Text(
            en=f"{text.en}; followed by {entry.followed_by}",
            nl=f"{text.nl}; opgevolgd door {entry.followed_by}",
        )
    return text


def money_ending(
    entry: Intervention, catalogue: Catalogue, on: dt.date, window: PlanWindow | None = None
) -> tuple[Intervention, ...]:
    """The entries in ``entry.paid_through`` whose money does not last the plan period.

    A route that ends no earlier than ``entry`` itself is left out: the entry's
    own end already says it. Ids not in ``catalogue`` are skipped (a loaded
    catalogue has none: ``CAT114``).

    Examples
    --------
    >>> from sportsocial.catalogue import load_catalogue
    >>> cat = load_catalogue()
    >>> wor = cat.entry("welzijn-op-recept")
    >>> [r.id for r in money_ending(wor, cat, dt.date(2026, 12, 2), (dt.date(2027, 1, 1), None))]
    ['brede-spuk']
    >>> money_ending(wor, cat, dt.date(2026, 6, 1), (dt.date(2026, 1, 1), dt.date(2026, 12, 31)))
    ()
    """
    out: list[Intervention] = []
    for ref in entry.paid_through:
        route = catalogue.get(ref)
        if route is None or route.valid_until is None:
            continue
        if entry.valid_until is not None and route.valid_until >= entry.valid_until:
            continue
        if validity(route, on, window) is not Validity.CURRENT:
            out.append(route)
    return tuple(out)


def money_note(
    routes: tuple[Intervention, ...], on: dt.date, window: PlanWindow | None
) -> Text | None:
    """Why an entry's money is flagged: the routes with their end date; ``None`` when none.

    Routes that end alike (same status, same day, same open continuation) are
    named together, so the dates are said once.
    """
    groups: dict[tuple[str, str], list[Intervention]] = {}
    for route in routes:
        flag = validity_note(route, validity(route, on, window), window)
        if flag is not None:
            groups.setdefault((flag.en, flag.nl), []).append(route)
    if not groups:
        return None
    notes = [
        Text(en="its money through {names}: {en}", nl="het geld via {names}: {nl}").format(
            names=Text(
                en=" and ".join(r.label("en") for r in members),
                nl=" en ".join(r.label("nl") for r in members),
            ),
            en=en,
            nl=nl,
        )
        for (en, nl), members in groups.items()
    ]
    return Text(en="; ".join(n.en for n in notes), nl="; ".join(n.nl for n in notes))


def validity_span(entry: Intervention) -> Text:
    """The days an entry holds, in words: ``from 2023-01-01 to 2026-12-31``, or open."""
    start, until = entry.valid_from, entry.valid_until
    if start is not None and until is not None:
        return Text(en="from {start} to {until}", nl="van {start} tot en met {until}").format(
            start=day_text(start), until=day_text(until)
        )
    if start is not None:
        return Text(en="from {start}, no end date", nl="vanaf {start}, zonder einddatum").format(
            start=day_text(start)
        )
    if until is not None:
        return Text(en="until {until}", nl="tot en met {until}").format(until=day_text(until))
    return Text(en="no start or end date", nl="geen begin- of einddatum")


def standing_on(entry: Intervention, on: dt.date) -> Text:
    """Whether an entry holds on ``on``, for a listing of the catalogue (no plan involved)."""
    if not entry.started_by(on):
        return Text(en="not yet valid on {on}", nl="nog niet van kracht op {on}").format(
            on=day_text(on)
        )
    if entry.ended_by(on):
        return Text(en="ended before {on}", nl="afgelopen vóór {on}").format(on=day_text(on))
    return Text(en="valid on {on}", nl="geldig op {on}").format(on=day_text(on))


def window_text(window: PlanWindow | None) -> Text:
    """The plan period in words, or that the plan has no dates yet."""
    return _window_text(window)


def money_end(end: dt.date | None, route: str | None) -> dt.date | None:
    """The last day money is paid: its own end, or the end of the shipped catalogue
    entry it comes through (``route``), whichever comes first.

    National schemes end whatever the document says: money through the Brede SPUK
    recorded without an end date still stops when the scheme does. The rules and
    the alignment's runway both read the end through here, so they agree.

    >>> money_end(None, "brede-spuk")
    datetime.date(2026, 12, 31)
    >>> money_end(dt.date(2025, 6, 30), "brede-spuk")
    datetime.date(2025, 6, 30)
    >>> money_end(None, None) is None
    True
    """
    if route is None:
        return end
    from .load import load_catalogue

    entry = load_catalogue().get(route)
    ends = [d for d in (end, entry.valid_until if entry is not None else None) if d is not None]
    return min(ends) if ends else None
