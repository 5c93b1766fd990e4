"""What if a step were taken today: the roadmap before and after, and how far the kick-off moves."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from typing import Any

import attrs

from ..i18n import Text, check_lang, count_text, day_text
from ..methodology.model import Methodology
from ..model import Engagement, Level
from ..readiness.registry import RULES
from .build import roadmap
from .calendar import MunicipalCalendar
from .changes import NotApplicable
from .model import BudgetRoute, Roadmap, Step, Venue
from .remedies import STEPS, Remedy, StepKind, step_kind

__all__ = ["Change", "WhatIf", "what_if"]

#: A free change: a function of the engagement and the day, returning the changed engagement.
Change = str | Remedy | Callable[[Engagement, dt.date], Engagement]


def T(en: str, nl: str) -> Text:  # noqa: N802 - reads like a constructor
    """Shorthand for a bilingual text."""
    return Text(en=en, nl=nl)


def _days(n: int) -> Text:
    return count_text(n, ("day", "days"), ("dag", "dagen"))


@attrs.frozen(kw_only=True)
class WhatIf:
    """The roadmap before and after hypothetical changes, and the engagement after them.

    ``moved_by_days`` is negative when the kick-off comes earlier.
    """

    before: Roadmap
    after: Roadmap
    applied: tuple[str, ...]
    engagement: Engagement = attrs.field(eq=False, repr=False)
    lang: str = attrs.field(default="en", eq=False, converter=check_lang)

    @property
    def moved_by_days(self) -> int:
        """Days the kick-off moves: negative is earlier."""
        return (self.after.earliest_kickoff.date - self.before.earliest_kickoff.date).days

    def to_dict(self, lang: str | None = None) -> dict[str, Any]:
        """JSON-ready mapping: what was applied, both kick-off dates, and both roadmaps."""
        return {
            "applied": list(self.applied),
            "kickoff_before": self.before.earliest_kickoff.date.isoformat(),
            "kickoff_after": self.after.earliest_kickoff.date.isoformat(),
            "moved_by_days": self.moved_by_days,
            "before": self.before.to_dict(lang),
            "after": self.after.to_dict(lang),
        }

    def __str__(self) -> str:
        return self.summary(self.lang)

    def __repr__(self) -> str:
        from ..display.reprs import short_repr

        return short_repr(self)

    def _repr_markdown_(self) -> str:
        """In a notebook: how the kick-off moves, then the roadmap after the changes."""
        return f"{self.summary(self.lang)}\n\n{self.after.to_markdown(self.lang)}"

    def _applied_nl(self) -> list[str]:
        """What was applied, in Dutch words: a step by its name, a rule by the step that
        resolves it (the English summary shows the ids and codes as given)."""
        from ..readiness.explain import rule_title
        from .remedies import STEP_NAMES
        from .render import step_name

        out = []
        for item in self.applied:
            if any(s.id == item for s in self.before.steps):
                out.append(step_name(self.before, item, "nl"))
            elif item in STEP_NAMES:
                out.append(STEP_NAMES[item][1])
            elif item.upper() in RULES:
                key = step_kind(item.upper()).key
                name = STEP_NAMES[key][1] if key in STEP_NAMES else rule_title(item.upper(), "nl")
                out.append(f"{name} ({item.upper()})")
            else:
                out.append(item)
        return out

    def summary(self, lang: str = "en") -> str:
        """One line: what was applied and how the kick-off moves."""
        days = self.moved_by_days
        if days < 0:
            moved = T("{n} earlier", "{n} eerder").format(n=_days(-days))
        elif days > 0:
            moved = T("{n} later", "{n} later").format(n=_days(days))
        else:
            moved = T("no change", "geen verschil")
        return T(
            "If {what} on {on}: kick-off {before} → {after} ({moved})",
            "Als op {on} gedaan is: {what_nl}; kick-off {before} → {after} ({moved})",
        ).format(
            what=", ".join(self.applied),
            what_nl=", ".join(self._applied_nl()),
            on=day_text(self.before.on),
            before=day_text(self.before.earliest_kickoff.date),
            after=day_text(self.after.earliest_kickoff.date),
            moved=moved,
        )(lang)


def _step_for(before: Roadmap, name: str) -> Step | None:
    """The step of the roadmap a name stands for: its id, its kind, or a rule it resolves."""
    for s in before.steps:
        if s.id == name:
            return s
    for s in before.steps:
        if s.id.startswith(f"{name}-") and not s.id.endswith("-kadernota"):
            return s
    for s in before.steps:
        if name in s.codes:
            return s
    return None


def _kind_of(step: Step) -> StepKind | None:
    if step.kind in STEPS:
        return STEPS[step.kind]
    return step_kind(step.codes[0], step.level) if step.codes else None


def _apply_named(
    engagement: Engagement, before: Roadmap, name: str, on: dt.date, options: dict[str, object]
) -> Engagement:
    step = _step_for(before, name)
    if step is None:
        known = name in RULES
        raise NotApplicable(
            T(
                "{name}: no step of the roadmap on {on} resolves it{hint}",
                "{name}: geen stap van de route op {on} lost het op{hint_nl}",
            ).format(
                name=name,
                on=day_text(on),
                hint=" (the rule has no open finding on the way to the kick-off)" if known else "",
                hint_nl=" (de regel heeft geen open bevinding op weg naar de kick-off)"
                if known
                else "",
            )
        )
    kind = _kind_of(step)
    if kind is None or kind.change is None:
        raise NotApplicable(
            T(
                "{name}: no change of the document follows from '{title}'; record what was agreed instead",
                "{name}: uit '{title}' volgt geen wijziging van het document; leg vast wat is afgesproken",
            ).format(name=name, title=step.title)
        )
    opts: dict[str, object] = {
        "level": step.level or Level.OFFICIAL,
        "participants": step.participants,
    }
    if step.venue in (Venue.BEGROTING, Venue.KADERNOTA):
        opts["route"] = "begroting"
    opts.update(options)
    return kind.change(engagement, on, step.ids, opts)


def what_if(
    engagement: Engagement,
    *changes: Change,
    on: dt.date | None = None,
    calendar: MunicipalCalendar | None = None,
    methodology: Methodology | None = None,
    budget_route: BudgetRoute | str = BudgetRoute.BEGROTING,
    base: str | os.PathLike[str] | None = None,
    lang: str = "en",
    names: str = "show",
    **options: object,
) -> WhatIf:
    """How the kick-off moves if the given steps were taken on ``on``.

    Parameters
    ----------
    engagement:
        The engagement; it is not changed.
    changes:
        What is taken: a step of the roadmap by its id (``"joint-body"``,
        ``"budget"``), or by a rule it resolves (``"GOV107"``); a
        :class:`~sportsocial.roadmap.Remedy`; or a function
        ``(engagement, day) -> engagement`` for any other change.
        Steps are looked up in the roadmap before the changes.
    on:
        The day the steps are taken, and the roadmaps planned from (default: today).
    names:
        ``"show"`` or ``"hide"``, as for :func:`roadmap`.
    options:
        Options of the changes, e.g. ``streams=("brc", "wmo")`` to pool those
        streams; ``budget_route`` and ``calendar`` as for :func:`roadmap`.

    Raises
    ------
    NotApplicable
        When a named step is not on the roadmap, changes nothing in the
        document, or lacks what it needs (no college, no joint body).

    Examples
    --------
    >>> import datetime as dt, sportsocial as ss
    >>> eng = ss.load("examples/bergen-op-zoom-stuck.yaml")
    >>> w = ss.what_if(eng, "commit-holders", "joint-body", "ambition",
    ...                on=dt.date(2026, 12, 2), budget_route="amendment")
    >>> w.before.earliest_kickoff.date, w.after.earliest_kickoff.date
    (datetime.date(2027, 3, 18), datetime.date(2027, 2, 18))
    """
    when = on or dt.date.today()

    def plan(e: Engagement) -> Roadmap:
        return roadmap(
            e,
            when,
            calendar=calendar,
            methodology=methodology,
            budget_route=budget_route,
            base=base,
            lang=lang,
            names=names,
        )

    before = plan(engagement)
    changed = engagement
    applied: list[str] = []
    for change in changes:
        if isinstance(change, str):
            changed = _apply_named(changed, before, change, when, dict(options))
            applied.append(change)
        elif isinstance(change, Remedy):
            step = _step_for(before, change.code)
            changed = change.apply(changed, when, step.ids if step else (), **options)
            applied.append(change.code)
        else:
            changed = change(changed, when)
            applied.append(getattr(change, "__name__", "change"))
    return WhatIf(
        before=before,
        after=plan(changed),
        applied=tuple(applied),
        engagement=changed,
        lang=lang,
    )
