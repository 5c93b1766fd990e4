"""Placing steps on the municipal calendar: each on the first day its venue allows.

A step is ready once every step it depends on is taken (or on the roadmap's
date when it waits for nothing); it then needs its preparation time, and
lands on the first day its venue allows:

- a work session, a steering group meeting, the kick-off: the first working
  day outside the summer recess;
- a college decision: the first college meeting (weekly);
- a council decision: the first council meeting;
- money with the begroting: the kadernota meeting and the begroting meeting of
  the first year whose meetings both come after it is ready (money from the
  1st of January after); with an amendment: the first council meeting;
- money that replaces money ending on a date: the begroting of the year
  before, when it is still ahead; else a budget amendment, late if after the end;
- an outside decision (a tender, a grant): the day it is expected.

Administrative steps (the college, the council, the steering group, sessions
of the portfolio holders) do not land between an election and the day the
new college takes office; when the kick-off lies beyond an election and
administrative steps come before it, the new college reconfirms them first.
The kick-off waits for every required step.
"""

from __future__ import annotations

import datetime as dt
import heapq
from collections.abc import Iterable, Mapping, Sequence

import attrs

from ..i18n import Text, count_text, day_text
from ..model import Level
from .calendar import MunicipalCalendar
from .model import BudgetRoute, Kickoff, Step, Venue
from .remedies import STEPS, StepKind

__all__ = ["Draft", "Placement", "schedule"]

_DAY = dt.timedelta(days=1)
_LEVEL_ORDER = {Level.ADMINISTRATIVE: 0, Level.OFFICIAL: 1, Level.EXECUTIVE: 2, None: 3}
_MONEY = frozenset({Venue.BEGROTING, Venue.KADERNOTA, Venue.BUDGET_AMENDMENT, Venue.EXTERNAL})
#: Steps that wait for no decision of the college: outside decisions, facts to record.
_UNBOUND = frozenset({Venue.EXTERNAL, Venue.RECORD})
_WEEKDAYS = (
    ("Monday", "maandag"),
    ("Tuesday", "dinsdag"),
    ("Wednesday", "woensdag"),
    ("Thursday", "donderdag"),
    ("Friday", "vrijdag"),
    ("Saturday", "zaterdag"),
    ("Sunday", "zondag"),
)


def T(en: str, nl: str) -> Text:  # noqa: N802 - reads like a constructor
    """Shorthand for a bilingual text."""
    return Text(en=en, nl=nl)


@attrs.frozen(kw_only=True)
class Draft:
    """A step before it has a date: what it resolves, where, and what it waits for."""

    key: str
    kind: StepKind
    title: Text
    codes: tuple[str, ...]
    findings: tuple[Text, ...]
    remedy: Text
    ids: tuple[str, ...]
    level: Level | None
    required: bool
    gate: str | None
    gate_index: int
    participants: tuple[str, ...]
    deadline: dt.date | None = None
    expected: dt.date | None = None
    #: Extra steps this one waits for, beyond its kind's (a new college after an election).
    waits_for: tuple[str, ...] = ()
    #: The first day the step can be taken at all, and why (a new college takes office).
    not_before: tuple[dt.date, Text] | None = None


@attrs.frozen(kw_only=True)
class Placement:
    """The steps with their dates, and the kick-off they lead to."""

    steps: tuple[Step, ...]
    kickoff: Kickoff


def _money(kind: StepKind) -> bool:
    return kind.venue in _MONEY


def _reaches(graph: Mapping[str, Iterable[str]], start: str, goal: str) -> bool:
    """Whether ``goal`` is among the steps ``start`` waits for, directly or not."""
    seen: set[str] = set()
    todo = [start]
    while todo:
        node = todo.pop()
        if node == goal:
            return True
        if node not in seen:
            seen.add(node)
            todo.extend(graph.get(node, ()))
    return False


def _dependencies(drafts: Sequence[Draft]) -> dict[str, list[str]]:
    """What each draft waits for: the kinds its kind names, its own extra waits, the
    reconfirmation by a new college (every step that needs the college's backing), and
    the required steps of earlier gates (money excepted, on both sides: the
    kick-off waits for the council, the work that prepares it does not, and the
    budget cycle waits only for the decisions that allocate the money)."""
    by_key = {d.key: d for d in drafts}
    first = [d.key for d in drafts if d.kind.key == "reconfirm"]
    graph: dict[str, list[str]] = {}
    for d in drafts:
        deps = [o.key for o in drafts if o.kind.key in d.kind.after and o.key != d.key]
        deps += [k for k in d.waits_for if k in by_key]
        if d.kind.venue not in _UNBOUND and d.key not in first:
            deps += first  # a new college reconsiders earlier ambitions: it reconfirms first
        graph[d.key] = list(dict.fromkeys(deps))
    for d in drafts:
        if _money(d.kind) or not d.kind.gated or d.kind.venue in _UNBOUND:
            continue
        for o in drafts:
            if (
                o.required
                and o.gate_index < d.gate_index
                and not _money(o.kind)
                and o.key not in graph[d.key]
                and not _reaches(graph, o.key, d.key)
            ):
                graph[d.key].append(o.key)
    return graph


def _order(drafts: Sequence[Draft], graph: Mapping[str, Sequence[str]]) -> list[str]:
    """The drafts in an order where each comes after what it waits for (gate, level, key)."""
    rank = {d.key: (d.gate_index, _LEVEL_ORDER[d.level], d.key) for d in drafts}
    waiting = {k: len(v) for k, v in graph.items()}
    dependents: dict[str, list[str]] = {k: [] for k in graph}
    for k, deps in graph.items():
        for dep in deps:
            dependents[dep].append(k)
    ready = [(rank[k], k) for k, n in waiting.items() if n == 0]
    heapq.heapify(ready)
    out: list[str] = []
    while ready:
        _, k = heapq.heappop(ready)
        out.append(k)
        for nxt in dependents[k]:
            waiting[nxt] -= 1
            if waiting[nxt] == 0:
                heapq.heappush(ready, (rank[nxt], nxt))
    if len(out) != len(graph):  # pragma: no cover - the kinds' order is a DAG, tested
        raise ValueError(f"steps wait for each other: {sorted(set(graph) - set(out))}")
    return out


@attrs.frozen
class _Landed:
    id: str
    venue: Venue
    date: dt.date
    rule: Text
    title: Text | None = None
    waits_for: tuple[str, ...] = ()


def _recess_between(cal: MunicipalCalendar, ready: dt.date, day: dt.date) -> bool:
    """Whether the summer recess moved a step from ``ready`` to ``day`` (then the
    reason says so; in December it has nothing to do with it)."""
    return cal.in_recess(ready) and day > ready


class _Calendar:
    """The calendar with the options of one schedule: where each venue lands."""

    def __init__(
        self, cal: MunicipalCalendar, route: BudgetRoute, elections: tuple[dt.date, ...]
    ) -> None:
        self.cal = cal
        self.route = route
        self.elections = elections

    def land(self, d: Draft, ready_from: dt.date) -> tuple[list[_Landed], Text | None]:
        """Where the draft lands when it can start on ``ready_from``; and, when an
        election pushed it, why."""
        base = ready_from
        pushed: Text | None = None
        for _ in range(len(self.elections) + 1):
            landed = self._land(d, base)
            if not d.kind.administrative:
                return landed, pushed
            hit = next(
                (e for x in landed if (e := self.cal.interregnum(x.date, self.elections))), None
            )
            if hit is None:
                return landed, pushed
            formed = self.cal.college_formed(hit)
            pushed = T(
                "after the election of {e} the new college takes office about {formed}: "
                "administrative steps wait until then",
                "na de verkiezingen van {e} treedt het nieuwe college rond {formed} aan: "
                "bestuurlijke stappen wachten tot dan",
            ).format(e=day_text(hit), formed=day_text(formed))
            base = max(base, formed)
        return self._land(d, base), pushed  # pragma: no cover - elections are finite

    def _land(self, d: Draft, base: dt.date) -> list[_Landed]:
        cal = self.cal
        v = d.kind.venue
        if v is Venue.WORK_SESSION or v is Venue.STEERING_GROUP:
            ready = base + dt.timedelta(days=cal.session_lead_days)
            day = cal.next_working_day(ready)
            rule = (
                T(
                    "{lead} to invite, then the first working day outside the summer recess",
                    "{lead} om uit te nodigen, dan de eerste werkdag die niet in het zomerreces valt",
                )
                if _recess_between(cal, ready, day)
                else T(
                    "{lead} to invite, then the first working day",
                    "{lead} om uit te nodigen, dan de eerste werkdag",
                )
            ).format(lead=_days(cal.session_lead_days))
            return [_Landed(d.key, v, day, rule)]
        if v is Venue.COLLEGE:
            day = cal.next_college_meeting(base + dt.timedelta(days=cal.college_lead_days))
            en, nl = _WEEKDAYS[cal.college_weekday]
            rule = T(
                "{lead} to prepare the proposal, then the first college meeting (weekly, on {en})",
                "{lead} om het voorstel voor te bereiden, dan de eerste collegevergadering "
                "(wekelijks, op {nl})",
            ).format(lead=_days(cal.college_lead_days), en=en, nl=nl)
            return [_Landed(d.key, v, day, rule)]
        if v is Venue.COUNCIL:
            day = cal.next_council_meeting(base + dt.timedelta(days=cal.council_lead_days))
            rule = T(
                "{lead} for the council proposal (college, then committee), then the first council meeting",
                "{lead} voor het raadsvoorstel (college, dan commissie), dan de eerste raadsvergadering",
            ).format(lead=_days(cal.council_lead_days))
            return [_Landed(d.key, v, day, rule)]
        if v in (Venue.BEGROTING, Venue.KADERNOTA, Venue.BUDGET_AMENDMENT):
            return self._money(d, base)
        if v is Venue.EXTERNAL:
            if d.expected is not None and d.expected >= base:
                rule = T(
                    "the decision is expected on {date}", "het besluit wordt verwacht op {date}"
                ).format(date=day_text(d.expected))
                return [_Landed(d.key, v, d.expected, rule)]
            day = cal.next_working_day(base)
            rule = T(
                "no date is expected for the decision: ask for it now",
                "er is geen datum voor het besluit bekend: vraag er nu naar",
            )
            return [_Landed(d.key, v, day, rule)]
        if v is Venue.RECORD:
            day = cal.next_working_day(base)
            rule = T(
                "it can be recorded on the first working day",
                "het kan op de eerste werkdag worden vastgelegd",
            )
            return [_Landed(d.key, v, day, rule)]
        ready = base + dt.timedelta(days=cal.kickoff_lead_days)
        day = cal.next_working_day(ready)
        rule = (
            T(
                "{lead} to invite the partners, then the first working day outside the summer recess",
                "{lead} om de partners uit te nodigen, dan de eerste werkdag die niet in het "
                "zomerreces valt",
            )
            if _recess_between(cal, ready, day)
            else T(
                "{lead} to invite the partners, then the first working day",
                "{lead} om de partners uit te nodigen, dan de eerste werkdag",
            )
        ).format(lead=_days(cal.kickoff_lead_days))
        return [_Landed(d.key, v, day, rule)]

    def _money(self, d: Draft, base: dt.date) -> list[_Landed]:
        """The budget route: the begroting (after the kadernota) or an amendment."""
        cal = self.cal
        ready = base + dt.timedelta(days=cal.council_lead_days)
        lead = _days(cal.council_lead_days)
        needed = d.deadline + _DAY if d.deadline is not None else None
        if self.route is BudgetRoute.BEGROTING:
            # the begroting of a year brings the money of the next: none for the year 10000
            years = [needed.year - 1] if needed is not None else range(ready.year, ready.year + 8)
            for year in (y for y in years if dt.MINYEAR <= y < dt.MAXYEAR):
                found = self._begroting(d, ready, year)
                if found:
                    return found
        day = cal.next_council_meeting(ready)
        if (
            needed is not None
            and self.route is BudgetRoute.BEGROTING
            and needed.year > dt.MINYEAR  # the year 1 had no begroting before it
        ):
            year = needed.year - 1
            kadernota = cal.kadernota_meeting(year) if cal.kadernota_first else None
            begroting = cal.begroting_meeting(year)
            if begroting is not None and begroting >= ready and kadernota is not None:
                missed = T("the kadernota ({date})", "de kadernota ({date})").format(
                    date=day_text(kadernota)
                )
            else:
                missed = T("the begroting {year} ({date})", "de begroting {year} ({date})").format(
                    year=needed.year, date=day_text(begroting) if begroting else "-"
                )
            rule = T(
                "{lead} for the council proposal; money from {needed} goes through {missed}, "
                "which is past by then: only a budget amendment (begrotingswijziging) can still add "
                "it, at the first council meeting",
                "{lead} voor het raadsvoorstel; geld vanaf {needed} loopt via {missed}, "
                "die dan voorbij is: alleen een begrotingswijziging kan het nog toevoegen, "
                "in de eerste raadsvergadering",
            ).format(lead=lead, needed=day_text(needed), missed=missed)
        else:
            rule = T(
                "{lead} for the council proposal, then the first council meeting: "
                "a budget amendment (begrotingswijziging) moves money during the year",
                "{lead} voor het raadsvoorstel, dan de eerste raadsvergadering: "
                "een begrotingswijziging verschuift geld gedurende het jaar",
            ).format(lead=lead)
        title = T("Budget amendment: {title}", "Begrotingswijziging: {title}").format(
            title=_lower_first(d.title)
        )
        return [_Landed(d.key, Venue.BUDGET_AMENDMENT, day, rule, title)]

    def _begroting(self, d: Draft, ready: dt.date, year: int) -> list[_Landed]:
        """The kadernota and begroting meetings of ``year`` for money from ``year + 1``,
        when both come on or after ``ready``; else nothing."""
        cal = self.cal
        begroting = cal.begroting_meeting(year)
        if begroting is None or begroting < ready:
            return []
        kadernota = cal.kadernota_meeting(year) if cal.kadernota_first else None
        if cal.kadernota_first and kadernota is not None and kadernota < ready:
            return []
        deadline = day_text(dt.date(year, *cal.begroting_deadline))
        money = year + 1
        title = T("Begroting {year}: {title}", "Begroting {year}: {title}").format(
            title=_lower_first(d.title), year=money
        )
        if kadernota is None:
            rule = T(
                "{lead} for the council proposal; money for {year} is adopted with the "
                "begroting {year}, at the last council meeting before {deadline} (to the province)",
                "{lead} voor het raadsvoorstel; geld voor {year} wordt vastgesteld met de "
                "begroting {year}, in de laatste raadsvergadering voor {deadline} (naar de provincie)",
            ).format(lead=_days(cal.council_lead_days), year=money, deadline=deadline)
            return [_Landed(d.key, Venue.BEGROTING, begroting, rule, title)]
        first = T(
            "{lead} for the council proposal, then the council meeting on the kadernota for {year}",
            "{lead} voor het raadsvoorstel, dan de raadsvergadering over de kadernota voor {year}",
        ).format(lead=_days(cal.council_lead_days), year=money)
        then = T(
            "money for {year} is promised in the kadernota ({kadernota}) and adopted with the "
            "begroting {year}, at the last council meeting before {deadline} (to the province)",
            "geld voor {year} wordt toegezegd in de kadernota ({kadernota}) en vastgesteld met de "
            "begroting {year}, in de laatste raadsvergadering voor {deadline} (naar de provincie)",
        ).format(year=money, kadernota=day_text(kadernota), deadline=deadline)
        note = T("Kadernota for {year}: {title}", "Kadernota voor {year}: {title}").format(
            title=_lower_first(d.title), year=money
        )
        pre = f"{d.key}-kadernota"
        return [
            _Landed(pre, Venue.KADERNOTA, kadernota, first, note),
            _Landed(d.key, Venue.BEGROTING, begroting, then, title, waits_for=(pre,)),
        ]


def _days(n: int) -> Text:
    return count_text(n, ("day", "days"), ("dag", "dagen"))


def _lower_first(text: Text) -> Text:
    """The text with a lower-case first letter, to follow a colon."""
    return Text(en=text.en[:1].lower() + text.en[1:], nl=text.nl[:1].lower() + text.nl[1:])


def _reduced(deps: Sequence[str], graph: Mapping[str, Sequence[str]]) -> tuple[str, ...]:
    """The steps waited for directly: a step another of them already waits for is left out."""
    return tuple(d for d in deps if not any(o != d and _reaches(graph, o, d) for o in deps))


def _after(title: Text | None, date: dt.date | None, on: dt.date) -> Text:
    if title is None or date is None:
        return T("from {on}", "vanaf {on}").format(on=day_text(on))
    return T("after '{title}' ({date})", "na '{title}' ({date})").format(
        title=title, date=day_text(date)
    )


def _join(*parts: Text | None) -> Text:
    present = [p for p in parts if p is not None]
    return Text(en="; ".join(p.en for p in present), nl="; ".join(p.nl for p in present))


def _place(
    drafts: Sequence[Draft],
    on: dt.date,
    calendar: _Calendar,
    kickoff_people: tuple[str, ...],
    gate_of_kickoff: str,
) -> Placement:
    graph = _dependencies(drafts)
    by_key = {d.key: d for d in drafts}
    order = _order(drafts, graph)
    position = {k: i for i, k in enumerate(order)}
    dates: dict[str, dt.date] = {}
    titles: dict[str, Text] = {}
    steps: list[Step] = []
    for key in order:
        d = by_key[key]
        deps = graph[key]
        latest = max(deps, key=lambda k: (dates[k], position[k])) if deps else None
        base = max(on, dates[latest]) if latest is not None else on
        floor: Text | None = None
        if d.not_before is not None and d.not_before[0] > base:
            base, floor = d.not_before
        landed, pushed = calendar.land(d, base)
        for x in landed:
            waits = tuple(dict.fromkeys((*_reduced(deps, graph), *x.waits_for)))
            why = _join(
                _after(titles.get(latest or ""), dates.get(latest or ""), on), floor, x.rule, pushed
            )
            if x.id == d.key and d.deadline is not None and x.date > d.deadline:
                why = _join(
                    why,
                    T(
                        "the money ends on {end}: after that it is not there until this decision",
                        "het geld stopt op {end}: daarna is het er niet tot dit besluit",
                    ).format(end=day_text(d.deadline)),
                )
            title = x.title or d.title
            steps.append(
                Step(
                    id=x.id,
                    kind=d.kind.key,
                    title=title,
                    codes=d.codes,
                    findings=d.findings,
                    remedy=d.remedy,
                    level=d.level,
                    venue=x.venue,
                    participants=d.participants,
                    depends_on=waits,
                    earliest=x.date,
                    why=why,
                    required=d.required,
                    gate=d.gate,
                    deadline=d.deadline,
                    ids=d.ids,
                )
            )
            dates[x.id] = x.date
            titles[x.id] = title
            position.setdefault(x.id, position[key])
    required = [d.key for d in drafts if d.required]
    latest = max(required, key=lambda k: (dates[k], position[k])) if required else None
    base = max(on, dates[latest]) if latest is not None else on
    kick_draft = Draft(
        key="kick-off",
        kind=_KICKOFF,
        title=_KICKOFF.title,
        codes=(),
        findings=(),
        remedy=_KICKOFF_REMEDY,
        ids=(),
        level=Level.EXECUTIVE,
        required=True,
        gate=gate_of_kickoff,
        gate_index=len(drafts),
        participants=kickoff_people,
    )
    (landed_kick,), _ = calendar.land(kick_draft, base)
    kick_why = _join(
        _after(titles.get(latest or ""), dates.get(latest or ""), on), landed_kick.rule
    )
    steps.append(
        Step(
            id="kick-off",
            kind="kick-off",
            title=_KICKOFF.title,
            codes=(),
            findings=(),
            remedy=_KICKOFF_REMEDY,
            level=Level.EXECUTIVE,
            venue=Venue.KICK_OFF,
            participants=kickoff_people,
            depends_on=_reduced(required, graph),
            earliest=landed_kick.date,
            why=kick_why,
            required=True,
            gate=gate_of_kickoff,
        )
    )
    position["kick-off"] = len(order) + 1
    chain = _chain(steps, latest, position)
    kickoff = Kickoff(date=landed_kick.date, set_by=latest, chain=chain, why=kick_why)
    steps.sort(key=lambda s: (s.earliest, position[s.id]))
    return Placement(steps=tuple(steps), kickoff=kickoff)


def _chain(steps: Sequence[Step], last: str | None, position: Mapping[str, int]) -> tuple[str, ...]:
    """From ``last`` back along the step each waited for longest, first step first."""
    by_id = {s.id: s for s in steps}
    out: list[str] = []
    current = last
    while current is not None:
        out.append(current)
        deps = by_id[current].depends_on
        current = max(deps, key=lambda k: (by_id[k].earliest, position[k])) if deps else None
    return tuple(reversed(out))


_KICKOFF = StepKind(
    key="kick-off",
    venue=Venue.KICK_OFF,
    level=Level.EXECUTIVE,
    title=T(
        "Kick-off: the implementation plan is presented to the partners",
        "Kick-off: het uitvoeringsplan wordt aan de partners gepresenteerd",
    ),
)
_KICKOFF_REMEDY = T(
    "Present the plan: every partner takes on its actions in public; record the date as plan.presented.",
    "Presenteer het plan: elke partner neemt zijn acties openlijk op zich; leg de datum vast als plan.presented.",
)


def _new_college(
    drafts: Sequence[Draft],
    placement: Placement,
    on: dt.date,
    elections: Iterable[dt.date],
    participants: tuple[str, ...],
    calendar: MunicipalCalendar,
) -> tuple[Draft, tuple[str, ...]] | None:
    """A reconfirmation by the college formed after an election that comes before the
    kick-off, when required administrative steps are taken before it: the new
    draft, and the administrative drafts after the election that wait for it."""
    dates = {s.id: s.earliest for s in placement.steps}
    taken = {d.key for d in drafts}
    for e in sorted(elections):
        key = f"new-college-{e.isoformat()}"
        if not on < e <= placement.kickoff.date or key in taken:
            continue
        before = tuple(
            d.key for d in drafts if d.kind.administrative and d.required and dates[d.key] < e
        )
        if not before:
            continue
        after = tuple(d.key for d in drafts if d.kind.administrative and dates[d.key] >= e)
        from ..readiness.registry import RULES

        kind = STEPS["new-college"]
        formed = calendar.college_formed(e)
        draft = Draft(
            key=key,
            kind=kind,
            title=kind.title.format(election=day_text(e)),
            codes=(),
            findings=(
                T(
                    "The election of {e} comes before the kick-off; a new college reconsiders what "
                    "its predecessor decided",
                    "De verkiezingen van {e} vallen voor de kick-off; een nieuw college heroverweegt "
                    "wat zijn voorganger besloot",
                ).format(e=day_text(e)),
            ),
            remedy=RULES["GOV108"].fix,
            ids=(),
            level=Level.ADMINISTRATIVE,
            required=True,
            gate=None,
            gate_index=max((d.gate_index for d in drafts), default=0),
            participants=participants,
            waits_for=before,
            not_before=(
                formed,
                T(
                    "the new college takes office about {formed}",
                    "het nieuwe college treedt rond {formed} aan",
                ).format(formed=day_text(formed)),
            ),
        )
        return draft, after
    return None


def schedule(
    drafts: Sequence[Draft],
    *,
    on: dt.date,
    calendar: MunicipalCalendar,
    route: BudgetRoute,
    elections: tuple[dt.date, ...],
    kickoff_people: tuple[str, ...] = (),
    college_people: tuple[str, ...] = (),
    gate: str = "kick-off",
) -> Placement:
    """Place the drafts and the kick-off on the calendar (see the module documentation)."""
    cal = _Calendar(calendar, route, elections)
    current = list(drafts)
    placement = _place(current, on, cal, kickoff_people, gate)
    for _ in range(len(elections)):
        found = _new_college(current, placement, on, elections, college_people, calendar)
        if found is None:
            break
        new, after = found
        current = [
            attrs.evolve(d, waits_for=(*d.waits_for, new.key)) if d.key in after else d
            for d in current
        ]
        current.append(new)
        placement = _place(current, on, cal, kickoff_people, gate)
    return placement
