"""The engagement: one municipality's trajectory, the document users edit."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import TypeVar

import attrs

from ._fields import meta
from .enums import Domain, TargetGroup
from .funding import FundingStream
from .governance import Decision, GovernanceBody
from .parties import Facilitator, Municipality, Relation, Stakeholder
from .period import Period
from .phases import PhaseEntry
from .plan import Action, ImplementationPlan
from .process import Goal, Indicator, Obstacle, Opportunity, WorkSession

__all__ = ["Engagement"]


@attrs.frozen(kw_only=True)
class Engagement:
    """One municipality's engagement (*traject*), as a frozen value.

    Every fact in it is dated, so :meth:`as_of` can rebuild the engagement as it
    stood on any day. A change is made with :func:`attrs.evolve` and returns a
    new engagement; the original is never modified.

    ``revision`` is the content digest of the document this engagement was
    loaded from or last saved as (``None`` for one built in code). Saving uses it
    to refuse overwriting a file that changed on disk in the meantime; it takes
    no part in equality.
    """

    municipality: Municipality = attrs.field(metadata=meta("The municipality."))
    methodology: str = attrs.field(
        default="ssnb",
        metadata=meta(
            "Methodology followed: a shipped id (ssnb, five-step) or a path to a file.", minLength=1
        ),
    )
    facilitator: Facilitator | None = attrs.field(
        default=None, metadata=meta("The process facilitator.")
    )
    target_groups: tuple[TargetGroup, ...] = attrs.field(
        default=(), metadata=meta("Target groups the engagement is for.", uniqueItems=True)
    )
    domains: tuple[Domain, ...] = attrs.field(
        default=(), metadata=meta("Policy domains involved.", uniqueItems=True)
    )
    stakeholders: tuple[Stakeholder, ...] = attrs.field(
        default=(), metadata=meta("Who takes part.")
    )
    relations: tuple[Relation, ...] = attrs.field(
        default=(), metadata=meta("Ties between stakeholders.")
    )
    funding: tuple[FundingStream, ...] = attrs.field(default=(), metadata=meta("Funding streams."))
    governance: tuple[GovernanceBody, ...] = attrs.field(
        default=(), metadata=meta("Governance bodies.")
    )
    decisions: tuple[Decision, ...] = attrs.field(default=(), metadata=meta("Decisions taken."))
    work_sessions: tuple[WorkSession, ...] = attrs.field(
        default=(), metadata=meta("Work sessions held.")
    )
    opportunities: tuple[Opportunity, ...] = attrs.field(
        default=(), metadata=meta("Promising connections inventoried.")
    )
    obstacles: tuple[Obstacle, ...] = attrs.field(default=(), metadata=meta("Obstacles named."))
    goals: tuple[Goal, ...] = attrs.field(
        default=(), metadata=meta("Shared goals with indicators.")
    )
    plan: ImplementationPlan = attrs.field(
        factory=ImplementationPlan, metadata=meta("The implementation plan.")
    )
    phase_log: tuple[PhaseEntry, ...] = attrs.field(
        default=(), metadata=meta("Phases entered, oldest first.")
    )
    revision: str | None = attrs.field(
        default=None,
        eq=False,
        repr=False,
        metadata=meta(
            "Content digest written on save; informative, recomputed on load.",
            pattern=r"^sha256:[0-9a-f]{64}$",
        ),
    )

    # -- phase --------------------------------------------------------------------

    @property
    def phase(self) -> str | None:
        """Id of the current phase: the last one entered in the phase log."""
        return self.phase_log[-1].phase if self.phase_log else None

    @property
    def phase_since(self) -> dt.date | None:
        """Date the current phase was entered."""
        return self.phase_log[-1].entered if self.phase_log else None

    # -- look-ups -----------------------------------------------------------------

    def stakeholder(self, stakeholder_id: str) -> Stakeholder | None:
        """The stakeholder with this id, or ``None``."""
        return _find(self.stakeholders, stakeholder_id)

    def funding_stream(self, funding_id: str) -> FundingStream | None:
        """The funding stream with this id, or ``None``."""
        return _find(self.funding, funding_id)

    def body(self, body_id: str) -> GovernanceBody | None:
        """The governance body with this id, or ``None``."""
        return _find(self.governance, body_id)

    # -- time ---------------------------------------------------------------------

    def as_of(self, on: dt.date) -> Engagement:
        """The engagement as it stood at the end of day ``on``.

        Facts that had not yet happened are absent (a session after ``on``, a
        stakeholder who joined later, a funding stream neither started nor
        committed), and so are references to them. Facts that ended before
        ``on`` stay, closed by their period's end. Values that became known
        later are cleared: a commitment, a response to an obstacle, a baseline
        measured after ``on``, the plan's presentation. The result is itself a
        valid engagement. Its ``revision`` is ``None``: it is a view, not the
        document that was saved.

        Examples
        --------
        >>> import datetime as dt
        >>> from sportsocial.model import Engagement, Municipality, WorkSession, Level
        >>> e = Engagement(
        ...     municipality=Municipality(name="Roosendaal", cbs_code="GM1674"),
        ...     work_sessions=(WorkSession(id="ws1", date=dt.date(2024, 3, 1),
        ...                                levels=(Level.OFFICIAL,)),),
        ... )
        >>> len(e.as_of(dt.date(2024, 2, 1)).work_sessions)
        0
        >>> len(e.as_of(dt.date(2024, 3, 1)).work_sessions)
        1
        """
        stakeholders = tuple(s for s in self.stakeholders if _started(s.period, on))
        people = {s.id for s in stakeholders}
        funding = tuple(
            _funding_as_of(f, on, people)
            for f in self.funding
            if f.period.started_by(on) or f.committed_on(on)
        )
        money = {f.id for f in funding}
        governance = tuple(
            attrs.evolve(b, members=_keep(b.members, people), controls=_keep(b.controls, money))
            for b in self.governance
            if b.period.started_by(on)
        )
        bodies = {b.id for b in governance}
        goals = tuple(_goal_as_of(g, on) for g in self.goals if g.set_on <= on)
        goal_ids = {g.id for g in goals}
        facilitator = self.facilitator
        if facilitator is not None:
            if facilitator.since > on:
                facilitator = None
            elif facilitator.stakeholder not in people:
                facilitator = attrs.evolve(facilitator, stakeholder=None)
        return attrs.evolve(
            self,
            facilitator=facilitator,
            stakeholders=stakeholders,
            relations=tuple(
                r
                for r in self.relations
                if r.period.started_by(on) and r.source in people and r.target in people
            ),
            funding=funding,
            governance=governance,
            decisions=tuple(
                attrs.evolve(
                    d,
                    decided_by=d.decided_by if d.decided_by in people | bodies else None,
                    funding=_keep(d.funding, money),
                )
                for d in self.decisions
                if d.date <= on
            ),
            work_sessions=tuple(
                attrs.evolve(w, participants=_keep(w.participants, people))
                for w in self.work_sessions
                if w.date <= on
            ),
            opportunities=tuple(
                attrs.evolve(o, partners=_keep(o.partners, people))
                for o in self.opportunities
                if o.identified <= on
            ),
            obstacles=tuple(_obstacle_as_of(o, on) for o in self.obstacles if o.identified <= on),
            goals=goals,
            plan=_plan_as_of(self.plan, on, people, money, goal_ids),
            phase_log=tuple(
                attrs.evolve(p, waivers=tuple(w for w in p.waivers if w.date <= on))
                for p in self.phase_log
                if p.entered <= on
            ),
            revision=None,
        )

    # -- display (rendering lives in sportsocial.display) ---------------------------

    def __repr__(self) -> str:
        from ..display import short_repr

        return short_repr(self)

    def _repr_html_(self) -> str:
        from ..display import to_html

        return to_html(self)

    def _repr_markdown_(self) -> str:
        from ..display import to_markdown

        return to_markdown(self)


_T = TypeVar("_T", Stakeholder, FundingStream, GovernanceBody)


def _find(items: Iterable[_T], key: str) -> _T | None:
    return next((item for item in items if item.id == key), None)


def _started(period: Period | None, on: dt.date) -> bool:
    return period is None or period.started_by(on)


def _keep(ids: tuple[str, ...], present: set[str]) -> tuple[str, ...]:
    return tuple(i for i in ids if i in present)


def _funding_as_of(stream: FundingStream, on: dt.date, people: set[str]) -> FundingStream:
    return attrs.evolve(
        stream,
        committed=stream.committed if stream.committed_on(on) else None,
        holder=stream.holder if stream.holder in people else None,
    )


def _obstacle_as_of(obstacle: Obstacle, on: dt.date) -> Obstacle:
    responded = obstacle.response_date is None or obstacle.response_date <= on
    resolved = obstacle.resolved is not None and obstacle.resolved <= on
    return attrs.evolve(
        obstacle,
        response=obstacle.response if responded else None,
        response_date=obstacle.response_date if responded else None,
        resolved=obstacle.resolved if resolved else None,
    )


def _indicator_as_of(indicator: Indicator, on: dt.date) -> Indicator:
    baseline_known = indicator.baseline_date is None or indicator.baseline_date <= on
    return attrs.evolve(
        indicator,
        baseline=indicator.baseline if baseline_known else None,
        baseline_date=indicator.baseline_date if baseline_known else None,
        measurements=tuple(m for m in indicator.measurements if m.date <= on),
    )


def _goal_as_of(goal: Goal, on: dt.date) -> Goal:
    return attrs.evolve(goal, indicators=tuple(_indicator_as_of(i, on) for i in goal.indicators))


def _action_as_of(action: Action, people: set[str], money: set[str], goals: set[str]) -> Action:
    return attrs.evolve(
        action,
        owner=action.owner if action.owner in people else None,
        funding=_keep(action.funding, money),
        goals=_keep(action.goals, goals),
    )


def _plan_as_of(
    plan: ImplementationPlan, on: dt.date, people: set[str], money: set[str], goals: set[str]
) -> ImplementationPlan:
    return ImplementationPlan(
        drafted=plan.drafted if plan.drafted is not None and plan.drafted <= on else None,
        presented=plan.presented if plan.presented is not None and plan.presented <= on else None,
        actions=tuple(
            _action_as_of(a, people, money, goals) for a in plan.actions if a.added <= on
        ),
    )
