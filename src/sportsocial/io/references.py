"""Consistency between parts of an engagement: the second validation step.

The schema checks each value on its own; these checks look across the
document: every id is unique, every reference names something that exists,
periods end after they start, and later dates do not precede what they follow.
They run on the structured model and report JSON paths into the document.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from ..errors import Problem
from ..model import Engagement, Period
from .paths import json_path
from .problems import problem

__all__ = ["check_references"]

Path = tuple[str | int, ...]

# What a reference must point at: (English, Dutch) nouns for the message.
_KINDS = {
    "stakeholder": ("stakeholder", "belanghebbende"),
    "funding": ("funding stream", "geldstroom"),
    "decider": ("governance body or stakeholder", "overleg of belanghebbende"),
    "goal": ("goal", "doel"),
    "decision": ("decision", "besluit"),
}


def _ids(engagement: Engagement) -> Iterator[tuple[str, Path]]:
    collections: list[tuple[str, list[str]]] = [
        ("stakeholders", [x.id for x in engagement.stakeholders]),
        ("funding", [x.id for x in engagement.funding]),
        ("governance", [x.id for x in engagement.governance]),
        ("decisions", [x.id for x in engagement.decisions]),
        ("work_sessions", [x.id for x in engagement.work_sessions]),
        ("opportunities", [x.id for x in engagement.opportunities]),
        ("obstacles", [x.id for x in engagement.obstacles]),
        ("goals", [x.id for x in engagement.goals]),
    ]
    for name, ids in collections:
        for i, ident in enumerate(ids):
            yield ident, (name, i, "id")
    for i, action in enumerate(engagement.plan.actions):
        yield action.id, ("plan", "actions", i, "id")


def _refs(engagement: Engagement) -> Iterator[tuple[str, str, Path]]:
    """Every reference in the document: (kind, id, path)."""
    f = engagement.facilitator
    if f is not None and f.stakeholder is not None:
        yield "stakeholder", f.stakeholder, ("facilitator", "stakeholder")
    for i, r in enumerate(engagement.relations):
        yield "stakeholder", r.source, ("relations", i, "source")
        yield "stakeholder", r.target, ("relations", i, "target")
    for i, s in enumerate(engagement.funding):
        if s.holder is not None:
            yield "stakeholder", s.holder, ("funding", i, "holder")
    for i, b in enumerate(engagement.governance):
        for j, m in enumerate(b.members):
            yield "stakeholder", m, ("governance", i, "members", j)
        for j, c in enumerate(b.controls):
            yield "funding", c, ("governance", i, "controls", j)
    for i, d in enumerate(engagement.decisions):
        if d.decided_by is not None:
            yield "decider", d.decided_by, ("decisions", i, "decided_by")
        for j, c in enumerate(d.funding):
            yield "funding", c, ("decisions", i, "funding", j)
    for i, w in enumerate(engagement.work_sessions):
        for j, p in enumerate(w.participants):
            yield "stakeholder", p, ("work_sessions", i, "participants", j)
    for i, o in enumerate(engagement.opportunities):
        for j, p in enumerate(o.partners):
            yield "stakeholder", p, ("opportunities", i, "partners", j)
    for i, a in enumerate(engagement.plan.actions):
        base: Path = ("plan", "actions", i)
        if a.owner is not None:
            yield "stakeholder", a.owner, (*base, "owner")
        for j, c in enumerate(a.funding):
            yield "funding", c, (*base, "funding", j)
        for j, g in enumerate(a.goals):
            yield "goal", g, (*base, "goals", j)
    for i, entry in enumerate(engagement.phase_log):
        if entry.decision is not None:
            yield "decision", entry.decision, ("phase_log", i, "decision")


def _periods(engagement: Engagement) -> Iterator[tuple[Period, Path]]:
    for name in ("stakeholders", "relations", "funding", "governance"):
        for i, item in enumerate(getattr(engagement, name)):
            period = item.period
            if period is not None:
                yield period, (name, i, "period")


def _date_order(engagement: Engagement) -> Iterator[tuple[Path, str, dt.date, str, dt.date]]:
    """Dates that must not precede another: (path, what, date, origin, origin date)."""
    for i, o in enumerate(engagement.obstacles):
        if o.response_date is not None and o.response_date < o.identified:
            yield (
                ("obstacles", i, "response_date"),
                "response",
                o.response_date,
                "identified",
                o.identified,
            )
        if o.resolved is not None and o.resolved < o.identified:
            yield ("obstacles", i, "resolved"), "resolved", o.resolved, "identified", o.identified
    for i, g in enumerate(engagement.goals):
        for j, ind in enumerate(g.indicators):
            if ind.baseline_date and ind.target_date and ind.target_date < ind.baseline_date:
                path: Path = ("goals", i, "indicators", j, "target_date")
                yield path, "target_date", ind.target_date, "baseline_date", ind.baseline_date
    plan = engagement.plan
    if plan.drafted and plan.presented and plan.presented < plan.drafted:
        yield ("plan", "presented"), "presented", plan.presented, "drafted", plan.drafted
    for i, s in enumerate(engagement.funding):
        if s.committed is not None and s.period.end is not None and s.committed > s.period.end:
            yield ("funding", i, "committed"), "committed", s.committed, "period.end", s.period.end


_WORDS = {
    "response": ("the response", "de reactie"),
    "resolved": ("the resolution", "de oplossing"),
    "identified": ("the identification", "het benoemen"),
    "target_date": ("the target date", "de streefdatum"),
    "baseline_date": ("the baseline date", "de datum van de nulmeting"),
    "presented": ("the presentation", "de presentatie"),
    "drafted": ("the draft", "het concept"),
    "committed": ("the commitment", "het vastleggen"),
    "period.end": ("the end of the period", "het einde van de periode"),
}


def check_references(engagement: Engagement, source: str | None = None) -> list[Problem]:
    """All cross-reference problems of ``engagement`` (``REF2xx``), in document order."""
    out: list[Problem] = []
    first: dict[str, Path] = {}
    for ident, path in _ids(engagement):
        if ident in first:
            out.append(
                problem(
                    "REF202",
                    json_path(path),
                    source=source,
                    ref=ident,
                    first=json_path(first[ident]),
                )
            )
        else:
            first[ident] = path
    known = {
        "stakeholder": {s.id for s in engagement.stakeholders},
        "funding": {s.id for s in engagement.funding},
        "goal": {g.id for g in engagement.goals},
        "decision": {d.id for d in engagement.decisions},
    }
    known["decider"] = known["stakeholder"] | {b.id for b in engagement.governance}
    for kind, ident, path in _refs(engagement):
        if ident not in known[kind]:
            en, nl = _KINDS[kind]
            out.append(
                problem("REF201", json_path(path), source=source, ref=ident, kind=en, kind_nl=nl)
            )
    for period, path in _periods(engagement):
        if period.end is not None and period.end < period.start:
            out.append(
                problem(
                    "REF203",
                    json_path((*path, "end")),
                    source=source,
                    end=period.end.isoformat(),
                    start=period.start.isoformat(),
                )
            )
    for path, what, date, origin, origin_date in _date_order(engagement):
        out.append(
            problem(
                "REF204",
                json_path(path),
                source=source,
                what=_WORDS[what][0],
                what_nl=_WORDS[what][1],
                date=date.isoformat(),
                origin=_WORDS[origin][0],
                origin_nl=_WORDS[origin][1],
                origin_date=origin_date.isoformat(),
            )
        )
    for i, r in enumerate(engagement.relations):
        if r.source == r.target:
            out.append(
                problem(
                    "REF206", json_path(("relations", i, "target")), source=source, ref=r.source
                )
            )
    for i in range(1, len(engagement.phase_log)):
        prev, cur = engagement.phase_log[i - 1], engagement.phase_log[i]
        if cur.entered < prev.entered:
            out.append(
                problem(
                    "REF205",
                    json_path(("phase_log", i, "entered")),
                    source=source,
                    date=cur.entered.isoformat(),
                    previous=prev.entered.isoformat(),
                )
            )
    return out
