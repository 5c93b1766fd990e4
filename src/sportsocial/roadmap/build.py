"""Building a roadmap: the open findings of every gate on the way, as steps on the calendar."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable, Sequence

import attrs

from .._dates import add_months
from .._evaluation import evaluation_view
from ..catalogue.validity import plan_window
from ..i18n import Text, check_lang, day_text
from ..methodology.library import resolve_methodology
from ..methodology.model import Methodology
from ..model import Engagement, Level, StakeholderKind
from ..privacy import check_names, shown_name
from ..readiness.agenda import participants_for
from ..readiness.engine import check
from ..readiness.finding import Finding
from ..readiness.registry import RULES
from .calendar import MunicipalCalendar, within_the_calendar
from .model import Alternative, BudgetRoute, Kickoff, Roadmap, Venue
from .remedies import StepKind, step_kind
from .schedule import Draft, Placement, schedule

__all__ = ["default_target", "gates_on_the_way", "roadmap"]

#: How far ahead money that ends is looked for when the plan has no end (as FIN207: a budget cycle).
_HORIZON_MONTHS = 12


def T(en: str, nl: str) -> Text:  # noqa: N802 - reads like a constructor
    """Shorthand for a bilingual text."""
    return Text(en=en, nl=nl)


def default_target(m: Methodology) -> str:
    """The kick-off phase: ``kick-off`` when the methodology has it, else its first phase
    led at the executive level (where execution starts), else its last phase."""
    if "kick-off" in m.phase_ids:
        return "kick-off"
    executive = [p.id for p in m.phases if p.level is Level.EXECUTIVE]
    return executive[0] if executive else m.phases[-1].id


def gates_on_the_way(m: Methodology, phase: str | None, target: str) -> tuple[str, ...]:
    """The gates between the current phase and the target, the target's included; empty
    when the engagement is in the target phase or beyond it."""
    start = 0 if phase is None or phase not in m.phase_ids else m.index(phase) + 1
    end = m.index(target)
    return m.phase_ids[start : end + 1] if start <= end else ()


@attrs.define
class _Group:
    """Findings of one step, gathered over the gates."""

    kind: StepKind
    level: Level | None
    codes: list[str] = attrs.field(factory=list)
    findings: list[Text] = attrs.field(factory=list)
    ids: list[str] = attrs.field(factory=list)
    people: list[str] = attrs.field(factory=list)
    first: int = 10**6
    blocking: int | None = None


def _key(kind: StepKind, f: Finding) -> str:
    if kind.per == "id":
        return f"{kind.key}-{f.ids[0] if f.ids else f.path}"
    if kind.per == "level":
        return f"{kind.key}-{f.level.value if f.level else 'all'}"
    return kind.key


def _holders(view: Engagement, on: dt.date) -> list[str]:
    from ..readiness.rules._common import holders

    return [h.id for social in (False, True) for h in holders(view, on, social)]


def _venue_people(view: Engagement, kind: StepKind, on: dt.date, ids: Iterable[str]) -> list[str]:
    """Who the venue itself brings: the college, the council, the steering group, the holders."""
    college = [s.id for s in view.stakeholders if s.kind is StakeholderKind.COLLEGE]
    council = [s.id for s in view.stakeholders if s.kind is StakeholderKind.COUNCIL]
    v = kind.venue
    if v is Venue.COLLEGE:
        return college + _holders(view, on)
    if v.council:
        return council + college
    if v is Venue.STEERING_GROUP:
        seated = [
            m
            for b in view.governance
            if b.level is Level.ADMINISTRATIVE and b.period.contains(on)
            for m in b.members_on(on)
        ]
        return seated or _holders(view, on)
    if v is Venue.EXTERNAL:
        streams = [view.funding_stream(i) for i in ids]
        return [s.holder for s in streams if s is not None and s.holder is not None]
    if kind.level is Level.ADMINISTRATIVE:
        return _holders(view, on)
    return []


def _stream_end(
    view: Engagement, ident: str, on: dt.date, cal: MunicipalCalendar
) -> dt.date | None:
    """The first day after ``on`` on which money of the stream ends (its own end, else its scheme's)."""
    stream = view.funding_stream(ident)
    if stream is None:
        return None
    scheme = cal.money_end_for(stream)
    ends = [
        p.period.end
        if p.period.end is not None
        else (scheme.until if scheme and p.funder.external else None)
        for p in stream.parts()
    ]
    later = [e for e in ends if e is not None and e >= on]
    return min(later) if later else None


def _drafts(
    engagement: Engagement,
    view: Engagement,
    on: dt.date,
    gates: Sequence[str],
    m: Methodology,
    cal: MunicipalCalendar,
) -> list[Draft]:
    groups: dict[str, _Group] = {}
    seen: set[tuple[str, str, str]] = set()
    for index, gate in enumerate(gates):
        report = check(engagement, gate, on=on, methodology=m)
        for f in report.findings:
            if not f.open:
                continue
            kind = step_kind(f.code, f.level)
            key = _key(kind, f)
            group = groups.setdefault(key, _Group(kind=kind, level=kind.level or f.level))
            group.first = min(group.first, index)
            if f.blocking:
                group.blocking = index if group.blocking is None else min(group.blocking, index)
            if (f.code, f.path, f.message.en) in seen:
                continue
            seen.add((f.code, f.path, f.message.en))
            group.codes.append(f.code)
            group.findings.append(f.message)
            group.ids.extend(f.ids)
            group.people.extend(participants_for(view, f, on))
    drafts = [_draft(key, g, gates, view, on, cal) for key, g in groups.items()]
    drafts += _scheme_ends(view, on, cal, set(groups), len(gates) - 1)
    return drafts


def _draft(
    key: str, g: _Group, gates: Sequence[str], view: Engagement, on: dt.date, cal: MunicipalCalendar
) -> Draft:
    codes = tuple(dict.fromkeys(g.codes))
    fixes = tuple(dict.fromkeys(RULES[c].fix for c in codes if c in RULES))
    ids = tuple(dict.fromkeys(g.ids))
    ident = ids[0] if g.kind.per == "id" and ids else ""
    deadline = _stream_end(view, ident, on, cal) if g.kind.key == "replace" else None
    stream = view.funding_stream(ident) if ident else None
    expected = (
        stream.depends_on.decision_expected
        if stream is not None and stream.depends_on is not None
        else None
    )
    level = g.level
    title = g.kind.title.format(
        id=ident,
        named=_named(stream.id, stream.name) if stream is not None else f"'{ident}'",
        end=day_text(deadline) if deadline else "",
        level=level.label("en") if level else "",
        level_nl=level.label("nl") if level else "",
    )
    index = g.blocking if g.blocking is not None else g.first
    people = [*g.people, *_venue_people(view, g.kind, on, ids)]
    present = {s.id for s in view.stakeholders if s.in_office_on(on)}
    return Draft(
        key=key,
        kind=g.kind,
        title=title,
        codes=codes,
        findings=tuple(g.findings),
        remedy=Text(en=" ".join(f.en for f in fixes), nl=" ".join(f.nl for f in fixes)),
        ids=ids,
        level=level,
        required=g.blocking is not None,
        gate=gates[index],
        gate_index=index,
        participants=tuple(p for p in dict.fromkeys(people) if p in present),
        deadline=deadline,
        expected=expected,
    )


def _named(ident: str, name: str) -> str:
    """A stream in a sentence: its id, quoted, and its name (``'brc' (Brede regeling ...)``)."""
    return f"'{ident}' ({name})" if name and name != ident else f"'{ident}'"


def _window_end(view: Engagement, on: dt.date) -> dt.date:
    window = plan_window(view)
    if window is not None and window[1] is not None:
        return window[1]
    return add_months(on, _HORIZON_MONTHS)


def _scheme_ends(
    view: Engagement, on: dt.date, cal: MunicipalCalendar, taken: set[str], index: int
) -> list[Draft]:
    """Steps the calendar adds: money of an outside scheme that ends within the plan (or a
    budget cycle), for a stream whose own period names no end."""
    from .remedies import STEPS

    kind = STEPS["replace"]
    until = _window_end(view, on)
    out: list[Draft] = []
    for stream in view.funding:
        key = f"replace-{stream.id}"
        scheme = cal.money_end_for(stream)
        if scheme is None or key in taken or not on <= scheme.until < until:
            continue
        open_parts = [
            p
            for p in stream.parts()
            if p.funder.external and p.period.end is None and p.committed_on(on)
        ]
        if not open_parts:
            continue
        note = (
            T("", "")
            if scheme.settled
            else T("; what follows is not settled", "; wat erna komt, staat nog niet vast")
        )
        finding = T(
            "Money of '{id}' paid by {funder} belongs to {scheme}, which ends on {until}{note}",
            "Geld van {named}, betaald door {funder_nl}, hoort bij {scheme}, dat stopt op {until}{note}",
        ).format(
            id=stream.id,
            named=_named(stream.id, stream.name),
            funder=open_parts[0].funder.label("en"),
            funder_nl=open_parts[0].funder.label("nl"),
            scheme=scheme.name,
            until=day_text(scheme.until),
            note=note,
        )
        out.append(
            Draft(
                key=key,
                kind=kind,
                title=kind.title.format(
                    id=stream.id, named=_named(stream.id, stream.name), end=day_text(scheme.until)
                ),
                codes=(),
                findings=(finding,),
                remedy=RULES["FIN207"].fix,
                ids=(stream.id,),
                level=kind.level,
                required=False,
                gate=None,
                gate_index=index,
                participants=tuple(_venue_people(view, kind, on, ())),
                deadline=scheme.until,
            )
        )
    return out


def _kickoff_people(view: Engagement, on: dt.date) -> tuple[str, ...]:
    """The partners at the kick-off: action owners, executive partners, the portfolio holders,
    the facilitator."""
    people = [a.owner for a in view.plan.actions if a.owner is not None]
    people += [s.id for s in view.stakeholders if s.level is Level.EXECUTIVE and s.in_office_on(on)]
    people += _holders(view, on)
    if view.facilitator is not None and view.facilitator.stakeholder is not None:
        people.append(view.facilitator.stakeholder)
    return tuple(dict.fromkeys(people))


def _shown(view: Engagement, names: str, lang: str) -> dict[str, str]:
    """The stakeholders' names as the roadmap shows them: their own, or role and id."""
    return {s.id: shown_name(s.name, s.kind, s.id, names, lang) for s in view.stakeholders}


def _done(
    engagement: Engagement,
    view: Engagement,
    on: dt.date,
    m: Methodology,
    target: str,
    route: BudgetRoute,
    cal: MunicipalCalendar,
    lang: str,
    names: str,
) -> Roadmap:
    entered = next((p.entered for p in reversed(view.phase_log) if p.phase == target), None)
    phase_name = m.phase(view.phase).name if view.phase in m.phase_ids else Text(en="", nl="")
    when = view.plan.presented or entered or view.phase_since or on
    why = T(
        "The engagement is in phase '{phase}' since {since}: the kick-off has taken place",
        "Het traject staat sinds {since} in fase '{phase}': de kick-off heeft plaatsgevonden",
    ).format(phase=phase_name, since=day_text(view.phase_since or on))
    return Roadmap(
        municipality=engagement.municipality.name,
        on=on,
        methodology=m.id,
        phase=view.phase,
        target=target,
        gates=(),
        budget_route=route,
        steps=(),
        earliest_kickoff=Kickoff(date=when, set_by=None, chain=(), why=why, done=True),
        names=_shown(view, names, lang),
        phase_names={p.id: p.name for p in m.phases},
        item_names={b.id: b.name for b in view.governance} | {s.id: s.name for s in view.funding},
        calendar=cal,
        lang=check_lang(lang),
    )


_ALTERNATIVES = {
    "amendment": T(
        "Plan a budget amendment (begrotingswijziging) instead of waiting for the begroting",
        "Plan een begrotingswijziging in plaats van te wachten op de begroting",
    ),
    "no-kadernota": T(
        "Put the money straight into the draft begroting, without the kadernota (a kadernota is not required by law)",
        "Zet het geld rechtstreeks in de ontwerpbegroting, zonder kadernota (een kadernota is wettelijk niet verplicht)",
    ),
}


@within_the_calendar
def roadmap(
    engagement: Engagement,
    on: dt.date | None = None,
    *,
    calendar: MunicipalCalendar | None = None,
    methodology: Methodology | None = None,
    budget_route: BudgetRoute | str = BudgetRoute.BEGROTING,
    target: str | None = None,
    base: str | os.PathLike[str] | None = None,
    lang: str = "en",
    names: str = "show",
) -> Roadmap:
    """The road from where the engagement stands on ``on`` to its kick-off.

    Every gate between the current phase and the kick-off is checked on
    ``on``; each open finding becomes a step (:mod:`~sportsocial.roadmap.remedies`),
    and each step is placed on the first day the calendar allows after the
    steps it waits for (:mod:`~sportsocial.roadmap.schedule`).

    Parameters
    ----------
    engagement:
        The engagement; it is evaluated as it stood on ``on``.
    on:
        The date to plan from (default: today).
    calendar:
        The municipality's calendar (default: :meth:`MunicipalCalendar.default`).
    methodology:
        Default: the one the engagement names (resolved relative to ``base``).
    budget_route:
        ``"begroting"`` (default): money comes with the next begroting, after
        the kadernota; ``"amendment"``: a budget amendment at the first council
        meeting. With the begroting, ``alternatives`` says what an amendment
        (or skipping the kadernota) would gain.
    target:
        The phase of the kick-off (default: ``kick-off``, else the first
        phase led at the executive level).
    lang:
        The language the roadmap is read in (``str(roadmap)``).
    names:
        ``"show"`` (default) or ``"hide"``: who must be in the room by name, or
        by role and id (:mod:`sportsocial.privacy`), in every output of the roadmap.

    Raises
    ------
    BeyondTheCalendar
        When a step would fall after 31 December 9999, or the calendar leaves
        no day for it.

    Returns
    -------
    Roadmap
        ``steps`` ordered by date, ``earliest_kickoff`` with the chain of
        steps that sets it, ``alternatives`` that move it earlier.

    Examples
    --------
    >>> import datetime as dt, sportsocial as ss
    >>> eng = ss.load("examples/roosendaal-kickoff.yaml")
    >>> r = ss.roadmap(eng, on=dt.date(2026, 11, 24))
    >>> r.earliest_kickoff.date, r.earliest_kickoff.set_by
    (datetime.date(2026, 12, 8), None)
    """
    when = on or dt.date.today()
    check_lang(lang)
    check_names(names)
    route = BudgetRoute(budget_route)
    m = methodology or resolve_methodology(engagement.methodology, base)
    cal = calendar or MunicipalCalendar.default()
    goal = target or default_target(m)
    m.phase(goal)  # a KeyError naming the phases for an unknown target
    view = evaluation_view(engagement, when).engagement
    gates = gates_on_the_way(m, view.phase, goal)
    if not gates:
        return _done(engagement, view, when, m, goal, route, cal, lang, names)
    drafts = _drafts(engagement, view, when, gates, m, cal)
    people = _kickoff_people(view, when)
    college = tuple(
        dict.fromkeys(
            [s.id for s in view.stakeholders if s.kind is StakeholderKind.COLLEGE]
            + _holders(view, when)
        )
    )
    elections = cal.election_days(engagement)

    def place(route: BudgetRoute, cal: MunicipalCalendar) -> Placement:
        return schedule(
            drafts,
            on=when,
            calendar=cal,
            route=route,
            elections=elections,
            kickoff_people=people,
            college_people=college,
            gate=goal,
        )

    placed = place(route, cal)
    alternatives: list[Alternative] = []
    chain_venues = {s.venue for s in placed.steps if s.id in placed.kickoff.chain}
    options: list[tuple[str, BudgetRoute, MunicipalCalendar]] = []
    if Venue.BEGROTING in chain_venues or Venue.KADERNOTA in chain_venues:
        options.append(("amendment", BudgetRoute.AMENDMENT, cal))
        if Venue.KADERNOTA in chain_venues:
            options.append(("no-kadernota", route, attrs.evolve(cal, kadernota_first=False)))
    for ident, other_route, other_cal in options:
        other = place(other_route, other_cal).kickoff.date
        if other < placed.kickoff.date:
            alternatives.append(
                Alternative(
                    id=ident,
                    title=_ALTERNATIVES[ident],
                    date=other,
                    earlier_by_days=(placed.kickoff.date - other).days,
                )
            )
    return Roadmap(
        municipality=engagement.municipality.name,
        on=when,
        methodology=m.id,
        phase=view.phase,
        target=goal,
        gates=tuple(gates),
        budget_route=route,
        steps=placed.steps,
        earliest_kickoff=placed.kickoff,
        alternatives=tuple(alternatives),
        names=_shown(view, names, lang),
        phase_names={p.id: p.name for p in m.phases},
        item_names={b.id: b.name for b in view.governance} | {s.id: s.name for s in view.funding},
        calendar=cal,
        lang=check_lang(lang),
    )
