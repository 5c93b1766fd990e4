"""The records of a roadmap: steps, the kick-off they lead to, and what would bring it earlier.

A roadmap is data: each :class:`Step` says what must happen, at which level,
with whom, after which other steps, on which earliest date and why that date.
Rendering (text, Markdown, JSON, iCalendar) lives in sibling modules.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

import attrs

from ..i18n import LabelledEnum, Lang, Text, check_lang, register_labels
from ..model import Level

if TYPE_CHECKING:
    from .calendar import MunicipalCalendar

__all__ = ["Alternative", "BudgetRoute", "Kickoff", "Roadmap", "Step", "Venue"]


class Venue(LabelledEnum):
    """Where a step is taken: it decides which days of the calendar it can land on."""

    WORK_SESSION = "work-session"
    COLLEGE = "college"
    STEERING_GROUP = "steering-group"
    COUNCIL = "council"
    KADERNOTA = "kadernota"
    BEGROTING = "begroting"
    BUDGET_AMENDMENT = "budget-amendment"
    EXTERNAL = "external"
    RECORD = "record"
    KICK_OFF = "kick-off"

    @property
    def council(self) -> bool:
        """Whether the step needs a council meeting (the council holds the budget right)."""
        return self in _COUNCIL


_COUNCIL = frozenset({Venue.COUNCIL, Venue.KADERNOTA, Venue.BEGROTING, Venue.BUDGET_AMENDMENT})


class BudgetRoute(LabelledEnum):
    """How money gets into the budget: with the next begroting, or by an amendment during the year."""

    BEGROTING = "begroting"
    AMENDMENT = "amendment"


register_labels(
    {
        Venue: {
            "work-session": ("work session", "werksessie"),
            "college": ("college meeting", "collegevergadering"),
            "steering-group": ("steering group meeting", "stuurgroepoverleg"),
            "council": ("council meeting", "raadsvergadering"),
            "kadernota": ("council meeting on the kadernota", "raadsvergadering over de kadernota"),
            "begroting": ("council meeting on the begroting", "begrotingsraad"),
            "budget-amendment": (
                "council meeting: budget amendment",
                "raadsvergadering: begrotingswijziging",
            ),
            "external": ("decision outside the municipality", "besluit buiten de gemeente"),
            "record": ("recorded in the document", "vastleggen in het document"),
            "kick-off": ("kick-off meeting", "kick-offbijeenkomst"),
        },
        BudgetRoute: {
            "begroting": ("with the next begroting", "met de volgende begroting"),
            "amendment": (
                "by a budget amendment during the year",
                "met een begrotingswijziging gedurende het jaar",
            ),
        },
    }
)


@attrs.frozen(kw_only=True)
class Step:
    """One step on the road to the kick-off.

    Attributes
    ----------
    id:
        Stable id within the roadmap (``joint-body``, ``budget``, ``replace-brc``).
    kind:
        The kind of step (:data:`~sportsocial.roadmap.STEPS`): ``replace`` for
        ``replace-brc``, ``budget`` for ``budget-kadernota``.
    title:
        What must happen, in one line.
    codes:
        The readiness rules whose open findings the step resolves (empty for a
        step the calendar adds: money of a scheme that ends, a new college).
    findings:
        The messages of those findings, or why the calendar adds the step.
    remedy:
        How to fix it: the rules' fix texts.
    level:
        The level that takes the step.
    venue:
        Where it is taken, which decides the days it can land on.
    participants:
        Stakeholder ids of who must be in the room.
    depends_on:
        Ids of the steps that must come first.
    earliest:
        The earliest realistic date.
    why:
        Why that date: what it waits for and which rule of the calendar places it.
    required:
        Whether the kick-off gate (or a gate before it) is blocked until it is done;
        other steps answer warnings and do not hold up the kick-off.
    gate:
        The first gate on the way that needs it.
    deadline:
        The day by which it should be done (the money it replaces ends then).
    ids:
        Ids of the things in the document it concerns (streams, bodies, decisions).
    """

    id: str
    kind: str
    title: Text
    codes: tuple[str, ...]
    findings: tuple[Text, ...]
    remedy: Text
    level: Level | None
    venue: Venue
    participants: tuple[str, ...]
    depends_on: tuple[str, ...]
    earliest: dt.date
    why: Text
    required: bool
    gate: str | None
    deadline: dt.date | None = None
    ids: tuple[str, ...] = ()

    @property
    def late(self) -> bool:
        """Whether the step can only be taken after its deadline."""
        return self.deadline is not None and self.earliest > self.deadline

    def to_dict(self, lang: str | None = None) -> dict[str, Any]:
        """JSON-ready mapping; texts in both languages unless ``lang`` picks one."""

        def text(t: Text) -> Any:
            return t(lang) if lang else t.to_dict()

        return {
            "id": self.id,
            "kind": self.kind,
            "title": text(self.title),
            "codes": list(self.codes),
            "findings": [text(f) for f in self.findings],
            "remedy": text(self.remedy),
            "level": self.level.value if self.level else None,
            "venue": self.venue.value,
            "participants": list(self.participants),
            "depends_on": list(self.depends_on),
            "earliest": self.earliest.isoformat(),
            "why": text(self.why),
            "required": self.required,
            "gate": self.gate,
            "deadline": self.deadline.isoformat() if self.deadline else None,
            "late": self.late,
            "ids": list(self.ids),
        }


@attrs.frozen(kw_only=True)
class Kickoff:
    """The earliest date the kick-off gate can pass, and the chain of steps that sets it.

    ``set_by`` is the step the kick-off waits for longest (``None`` when nothing
    holds it up, or when it took place already); ``chain`` runs from the first
    step of that chain to ``set_by``, each step waiting for the one before it.
    """

    date: dt.date
    set_by: str | None
    chain: tuple[str, ...]
    why: Text
    done: bool = False

    def to_dict(self, lang: str | None = None) -> dict[str, Any]:
        """JSON-ready mapping."""
        return {
            "date": self.date.isoformat(),
            "set_by": self.set_by,
            "chain": list(self.chain),
            "why": self.why(lang) if lang else self.why.to_dict(),
            "done": self.done,
        }


@attrs.frozen(kw_only=True)
class Alternative:
    """A choice that brings the kick-off earlier, and the date it would then be."""

    id: str
    title: Text
    date: dt.date
    earlier_by_days: int

    def to_dict(self, lang: str | None = None) -> dict[str, Any]:
        """JSON-ready mapping."""
        return {
            "id": self.id,
            "title": self.title(lang) if lang else self.title.to_dict(),
            "date": self.date.isoformat(),
            "earlier_by_days": self.earlier_by_days,
        }


@attrs.frozen(kw_only=True)
class Roadmap:
    """The road from where an engagement stands to its kick-off.

    Built by :func:`sportsocial.roadmap.roadmap`. ``steps`` are ordered by
    their earliest date, a step never before those it depends on;
    ``earliest_kickoff`` is the date the kick-off can take place and the step
    that sets it; ``alternatives`` are choices that move it earlier.
    """

    municipality: str
    on: dt.date
    methodology: str
    phase: str | None
    target: str
    gates: tuple[str, ...]
    budget_route: BudgetRoute
    steps: tuple[Step, ...]
    earliest_kickoff: Kickoff
    alternatives: tuple[Alternative, ...] = ()
    names: dict[str, str] = attrs.field(factory=dict, eq=False, repr=False)
    phase_names: dict[str, Text] = attrs.field(factory=dict, eq=False, repr=False)
    #: Names of the funding streams and governance bodies, by id: the steps about one
    #: stream name it, and Dutch findings name what they name by id.
    item_names: dict[str, str] = attrs.field(factory=dict, eq=False, repr=False)
    calendar: MunicipalCalendar | None = attrs.field(default=None, eq=False, repr=False)
    lang: Lang = attrs.field(default="en", eq=False, converter=check_lang)

    def phase_name(self, phase: str, lang: str = "en") -> str:
        """The methodology's name of a phase in ``lang`` (its id when unknown)."""
        name = self.phase_names.get(phase)
        return name(lang) if name is not None else phase

    def step(self, step_id: str) -> Step:
        """The step with this id; ``KeyError`` naming the known ids otherwise."""
        for s in self.steps:
            if s.id == step_id:
                return s
        raise KeyError(f"no step {step_id!r}; steps: {', '.join(s.id for s in self.steps)}")

    @property
    def required_steps(self) -> tuple[Step, ...]:
        """The steps the kick-off waits for."""
        return tuple(s for s in self.steps if s.required)

    @property
    def chain(self) -> tuple[Step, ...]:
        """The steps that set the kick-off date, first to last."""
        return tuple(self.step(i) for i in self.earliest_kickoff.chain)

    def __str__(self) -> str:
        return self.to_text()

    def __repr__(self) -> str:
        from ..display.reprs import short_repr

        return short_repr(self)

    def _repr_markdown_(self) -> str:
        """In a notebook: the roadmap as Markdown."""
        return self.to_markdown()

    def to_dict(self, lang: str | None = None) -> dict[str, Any]:
        """JSON-ready mapping; texts in both languages unless ``lang`` picks one."""
        return {
            "municipality": self.municipality,
            "on": self.on.isoformat(),
            "methodology": self.methodology,
            "phase": self.phase,
            "target": self.target,
            "gates": list(self.gates),
            "budget_route": self.budget_route.value,
            "earliest_kickoff": self.earliest_kickoff.to_dict(lang),
            "alternatives": [a.to_dict(lang) for a in self.alternatives],
            "steps": [s.to_dict(lang) for s in self.steps],
            "names": dict(self.names),
        }

    def to_text(self, lang: str | None = None) -> str:
        """The roadmap for a terminal (default: in ``self.lang``)."""
        from .render import render_text

        return render_text(self, check_lang(lang or self.lang))

    def to_markdown(self, lang: str | None = None) -> str:
        """The roadmap as Markdown, for the agenda of a steering group (default: ``self.lang``)."""
        from .render import render_markdown

        return render_markdown(self, check_lang(lang or self.lang))

    def to_ics(self, lang: str | None = None, stamp: dt.datetime | None = None) -> str:
        """The steps and the kick-off as iCalendar (RFC 5545) all-day events.

        ``stamp`` is the ``DTSTAMP`` of every event (default: midnight UTC of
        the roadmap's date, so that the same roadmap gives the same file).
        """
        from .ics import render_ics

        return render_ics(self, check_lang(lang or self.lang), stamp)
