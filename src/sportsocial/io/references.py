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
from ..i18n import LabelledEnum, Text, day
from ..model import DecisionKind, Engagement, FundingStatus, Period
from .paths import json_path
from .problems import closest, problem

__all__ = ["check_references"]

Path = tuple[str | int, ...]


def _date(value: dt.date) -> Text:
    """A date in a message: as the document writes it in English, written out in Dutch."""
    return Text(en=value.isoformat(), nl=day(value, "nl"))


def _label(member: LabelledEnum) -> Text:
    """A value in a message: as the document writes it in English, its label in Dutch."""
    return Text(en=str(member.value), nl=member.label("nl"))


# What a reference must point at: (English, Dutch) nouns for the message.
#: What a reference points at, (English, Dutch). The Dutch carries its adjective, which
#: follows the noun's gender: "bekende geldstroom" (de), "bekend besluit" (het).
_KINDS = {
    "stakeholder": ("stakeholder", "bekende partner"),
    "funding": ("funding stream", "bekende geldstroom"),
    "decider": ("governance body or stakeholder", "bekend overleg en geen bekende partner"),
    "goal": ("goal", "bekend doel"),
    "decision": ("decision", "bekend besluit"),
    "indicator": ("indicator", "bekende indicator"),
}

#: Decisions that can grant a mandate: a mandate decision, or a decision of
#: the college or the council (which hold the powers that are mandated). A
#: budget decision makes money available; it does not hand a power to decide
#: over to a joint body, so it grants no mandate.
_GRANTING = frozenset(
    {
        DecisionKind.MANDATE,
        DecisionKind.COLLEGE_DECISION,
        DecisionKind.COUNCIL_DECISION,
    }
)


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
        ("inventory", [x.id for x in engagement.inventory]),
    ]
    for name, ids in collections:
        for i, ident in enumerate(ids):
            yield ident, (name, i, "id")
    for i, action in enumerate(engagement.plan.actions):
        yield action.id, ("plan", "actions", i, "id")
    for i, goal in enumerate(engagement.goals):
        for j, indicator in enumerate(goal.indicators):
            if indicator.id is not None:
                yield indicator.id, ("goals", i, "indicators", j, "id")


def _refs(engagement: Engagement) -> Iterator[tuple[str, str, Path]]:
    """Every reference in the document: (kind, id, path)."""
    f = engagement.facilitator
    if f is not None and f.stakeholder is not None:
        yield "stakeholder", f.stakeholder, ("facilitator", "stakeholder")
    if f is not None and f.funded_by is not None:
        yield "funding", f.funded_by, ("facilitator", "funded_by")
    for i, r in enumerate(engagement.relations):
        yield "stakeholder", r.source, ("relations", i, "source")
        yield "stakeholder", r.target, ("relations", i, "target")
    for i, s in enumerate(engagement.funding):
        if s.holder is not None:
            yield "stakeholder", s.holder, ("funding", i, "holder")
        for j, part in enumerate(s.contributions):
            if part.source.stakeholder is not None:
                yield (
                    "stakeholder",
                    part.source.stakeholder,
                    (
                        "funding",
                        i,
                        "contributions",
                        j,
                        "from",
                        "stakeholder",
                    ),
                )
    for i, b in enumerate(engagement.governance):
        for j, seat in enumerate(b.members):
            yield "stakeholder", seat.stakeholder, ("governance", i, "members", j, "stakeholder")
        for j, c in enumerate(b.controls):
            yield "funding", c, ("governance", i, "controls", j)
        if b.mandate.granted_by is not None:
            yield "decision", b.mandate.granted_by, ("governance", i, "mandate", "granted_by")
    for i, d in enumerate(engagement.decisions):
        if d.by is not None:
            yield "decider", d.by, ("decisions", i, "by")
        for j, c in enumerate(d.funding):
            yield "funding", c, ("decisions", i, "funding", j)
        for j, earlier in enumerate(d.confirms):
            yield "decision", earlier, ("decisions", i, "confirms", j)
    for i, w in enumerate(engagement.work_sessions):
        for j, p in enumerate(w.participants):
            yield "stakeholder", p, ("work_sessions", i, "participants", j)
    for i, o in enumerate(engagement.opportunities):
        for j, p in enumerate(o.partners):
            yield "stakeholder", p, ("opportunities", i, "partners", j)
    for i, item in enumerate(engagement.inventory):
        if item.run_by is not None:
            yield "stakeholder", item.run_by, ("inventory", i, "run_by")
        if item.paid_by is not None:
            yield "funding", item.paid_by, ("inventory", i, "paid_by")
    plan = engagement.plan
    for i, a in enumerate(plan.actions):
        base: Path = ("plan", "actions", i)
        if a.owner is not None:
            yield "stakeholder", a.owner, (*base, "owner")
        for j, c in enumerate(a.funding):
            yield "funding", c, (*base, "funding", j)
        for j, g in enumerate(a.goals):
            yield "goal", g, (*base, "goals", j)
    for i, route in enumerate(plan.referral_routes):
        yield "stakeholder", route.via, ("plan", "referral_routes", i, "via")
    for i, m in enumerate(plan.monitoring):
        yield "indicator", m.indicator, ("plan", "monitoring", i, "indicator")
        if m.measured_by is not None:
            yield "stakeholder", m.measured_by, ("plan", "monitoring", i, "measured_by")
    for i, entry in enumerate(engagement.phase_log):
        if entry.decision is not None:
            yield "decision", entry.decision, ("phase_log", i, "decision")


def _periods(engagement: Engagement) -> Iterator[tuple[Period, Path]]:
    for name in ("stakeholders", "relations", "funding", "governance"):
        for i, item in enumerate(getattr(engagement, name)):
            period = item.period
            if period is not None:
                yield period, (name, i, "period")
    for i, s in enumerate(engagement.stakeholders):
        if s.in_office is not None:
            yield s.in_office, ("stakeholders", i, "in_office")
    for i, f in enumerate(engagement.funding):
        for j, c in enumerate(f.contributions):
            if c.period is not None:
                yield c.period, ("funding", i, "contributions", j, "period")
    if engagement.facilitator is not None:
        yield engagement.facilitator.engaged, ("facilitator", "engaged")
    if engagement.plan.period is not None:
        yield engagement.plan.period, ("plan", "period")
    for i, a in enumerate(engagement.plan.actions):
        if a.period is not None:
            yield a.period, ("plan", "actions", i, "period")


def _spans(engagement: Engagement) -> Iterator[tuple[dt.date, dt.date, Path]]:
    """Dated spans written as ``from``/``until``: (start, until, path of until)."""
    for i, s in enumerate(engagement.stakeholders):
        for j, p in enumerate(s.portfolios):
            if p.start is not None and p.until is not None:
                yield p.start, p.until, ("stakeholders", i, "portfolios", j, "until")
    for i, b in enumerate(engagement.governance):
        for j, m in enumerate(b.members):
            if m.start is not None and m.until is not None:
                yield m.start, m.until, ("governance", i, "members", j, "until")
    for i, item in enumerate(engagement.inventory):
        if item.until is not None:
            yield item.since, item.until, ("inventory", i, "until")


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
    dated = {d.id: d.date for d in engagement.decisions}
    for i, d in enumerate(engagement.decisions):
        for j, earlier in enumerate(d.confirms):
            if earlier in dated and dated[earlier] > d.date:
                yield (
                    ("decisions", i, "confirms", j),
                    "confirmation",
                    d.date,
                    "confirmed",
                    dated[earlier],
                )


_WORDS = {
    "response": ("the response", "de aanpak"),
    "resolved": ("the resolution", "de oplossing"),
    "identified": ("the identification", "het benoemen"),
    "target_date": ("the target date", "de streefdatum"),
    "baseline_date": ("the baseline date", "de datum van de nulmeting"),
    "presented": ("the presentation", "de presentatie"),
    "drafted": ("the draft", "het concept"),
    "committed": ("the commitment", "het vastleggen"),
    "period.end": ("the end of the period", "het einde van de periode"),
    "confirmation": ("the confirmation", "de bevestiging"),
    "confirmed": ("the decision it confirms", "het besluit dat zij bevestigt"),
}


def _outside(start: dt.date | None, until: dt.date | None, period: Period) -> bool:
    """Whether a span written inside ``period`` reaches outside it (open bounds never do)."""
    return (start is not None and not period.contains(start)) or (
        until is not None and not period.contains(until)
    )


def _consistency(engagement: Engagement, source: str | None) -> Iterator[Problem]:
    """The format-2 consistency checks: office terms, seats, money, plan period."""
    people = {s.id: s for s in engagement.stakeholders}
    decisions = {d.id: d for d in engagement.decisions}
    bodies = {b.id: b for b in engagement.governance}
    for i, s in enumerate(engagement.stakeholders):
        for j, p in enumerate(s.portfolios):
            if s.in_office is not None and _outside(p.start, p.until, s.in_office):
                yield problem(
                    "REF212",
                    json_path(("stakeholders", i, "portfolios", j)),
                    source=source,
                    ref=s.id,
                    domain=_label(p.domain),
                )
    for i, b in enumerate(engagement.governance):
        for j, m in enumerate(b.members):
            member = people.get(m.stakeholder)
            start = m.start or b.period.start
            if (
                member is not None
                and member.in_office is not None
                and _outside(start, m.until, member.in_office)
            ):
                path = json_path(("governance", i, "members", j))
                yield problem("REF207", path, source=source, ref=m.stakeholder, body=b.id)
            if _outside(m.start, m.until, b.period):
                path = json_path(("governance", i, "members", j))
                yield problem("REF208", path, source=source, ref=m.stakeholder, body=b.id)
        granted = decisions.get(b.mandate.granted_by or "")
        if granted is not None and granted.kind not in _GRANTING:
            yield problem(
                "REF216",
                json_path(("governance", i, "mandate", "granted_by")),
                source=source,
                ref=granted.id,
                kind=_label(granted.kind),
            )
    for i, d in enumerate(engagement.decisions):
        if d.by is None:
            continue
        person = people.get(d.by)
        body = bodies.get(d.by)
        absent = (person is not None and not person.in_office_on(d.date)) or (
            body is not None and not body.period.contains(d.date)
        )
        if absent:
            yield problem(
                "REF213",
                json_path(("decisions", i, "by")),
                source=source,
                ref=d.by,
                date=_date(d.date),
            )
    for i, f in enumerate(engagement.funding):
        base: Path = ("funding", i)
        if not f.contributions and f.booked_domain is None:
            yield problem("REF210", json_path(base), source=source, ref=f.id)
        if (f.amount_per_year is None) == (not f.contributions):
            yield problem(
                "REF211",
                json_path((*base, "amount_per_year")),
                source=source,
                ref=f.id,
            )
        if f.committed is not None and f.status in _UNCOMMITTED:
            yield problem(
                "REF214",
                json_path((*base, "status")),
                source=source,
                ref=f.id,
                status=_label(f.status) if f.status else "",
            )
        if f.route is not None:
            yield from _route(f.route, (*base, "route"), source)
        for j, c in enumerate(f.contributions):
            cpath: Path = (*base, "contributions", j)
            if c.source.route is not None:
                yield from _route(c.source.route, (*cpath, "from", "route"), source)
            if c.period is not None and _outside(c.period.start, c.period.end, f.period):
                yield problem("REF215", json_path((*cpath, "period")), source=source, ref=f.id)
            if c.committed is not None and c.status in _UNCOMMITTED:
                yield problem(
                    "REF214",
                    json_path((*cpath, "status")),
                    source=source,
                    ref=f.id,
                    status=_label(c.status) if c.status else "",
                )
    plan = engagement.plan
    if plan.period is not None:
        for i, a in enumerate(plan.actions):
            if a.period is not None and _outside(a.period.start, a.period.end, plan.period):
                yield problem(
                    "REF209",
                    json_path(("plan", "actions", i, "period")),
                    source=source,
                    ref=a.id,
                )


_UNCOMMITTED = frozenset({FundingStatus.PROPOSED, FundingStatus.TENDER_DEPENDENT})


def _route(route: str, path: Path, source: str | None) -> Iterator[Problem]:
    """A route names an entry of the shipped catalogue (read only when a route is named)."""
    from ..catalogue import load_catalogue

    catalogue = load_catalogue()
    if route not in catalogue:
        yield problem(
            "REF217",
            json_path(path),
            source=source,
            suggestion=closest(route, catalogue.ids),
            ref=route,
            known=", ".join(catalogue.ids),
        )


def check_references(engagement: Engagement, source: str | None = None) -> list[Problem]:
    """All cross-reference and consistency problems of ``engagement`` (``REF2xx``), in
    document order."""
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
        "indicator": {i.id for g in engagement.goals for i in g.indicators if i.id is not None},
    }
    known["decider"] = known["stakeholder"] | {b.id for b in engagement.governance}
    for kind, ident, path in _refs(engagement):
        if ident not in known[kind]:
            en, nl = _KINDS[kind]
            out.append(
                problem(
                    "REF201",
                    json_path(path),
                    source=source,
                    suggestion=closest(ident, known[kind]),
                    ref=ident,
                    kind=en,
                    kind_nl=nl,
                )
            )
    for period, path in _periods(engagement):
        if period.end is not None and period.end < period.start:
            out.append(
                problem(
                    "REF203",
                    json_path((*path, "end")),
                    source=source,
                    end=_date(period.end),
                    start=_date(period.start),
                )
            )
    for start, until, path in _spans(engagement):
        if until < start:
            out.append(
                problem(
                    "REF203",
                    json_path(path),
                    source=source,
                    end=_date(until),
                    start=_date(start),
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
                date=_date(date),
                origin=_WORDS[origin][0],
                origin_nl=_WORDS[origin][1],
                origin_date=_date(origin_date),
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
                    date=_date(cur.entered),
                    previous=_date(prev.entered),
                )
            )
    out.extend(_consistency(engagement, source))
    return out
