"""The engagement: one municipality's trajectory, the document users edit."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, TypeVar

import attrs

from ._fields import meta
from .elections import MUNICIPAL_ELECTIONS, latest_election, next_election
from .enums import Domain, FundingStatus, MandateKind, TargetGroup
from .funding import Contribution, FundingStream
from .governance import Decision, GovernanceBody, Mandate
from .inventory import InventoryItem
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
    inventory: tuple[InventoryItem, ...] = attrs.field(
        default=(),
        metadata=meta("The startfoto: sport-social activities that already run, before the plan."),
    )
    plan: ImplementationPlan = attrs.field(
        factory=ImplementationPlan, metadata=meta("The implementation plan.")
    )
    phase_log: tuple[PhaseEntry, ...] = attrs.field(
        default=(), metadata=meta("Phases entered, oldest first.")
    )
    elections: tuple[dt.date, ...] | None = attrs.field(
        default=None,
        metadata=meta(
            "Municipal election days; absent: the shipped calendar of regular elections "
            "(a merged municipality may have voted on other days).",
            uniqueItems=True,
        ),
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

    if not TYPE_CHECKING:  # hidden from mypy, which would then accept any attribute

        def __getattr__(self, name: str) -> Any:
            """``revision`` of a loaded engagement, computed on its first read.

            Loading leaves ``revision`` unset (:mod:`sportsocial.io.document`):
            hashing the content costs about as much as building the engagement,
            and most readers never ask. Python calls this only for an attribute
            that is not set.
            """
            if name != "revision":
                raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
            from ..io.document import lazy_revision

            return lazy_revision(self)

    # -- phase --------------------------------------------------------------------

    @property
    def phase(self) -> str | None:
        """Id of the current phase: the last one entered in the phase log."""
        return self.phase_log[-1].phase if self.phase_log else None

    @property
    def phase_since(self) -> dt.date | None:
        """Date the current phase was entered."""
        return self.phase_log[-1].entered if self.phase_log else None

    @property
    def election_days(self) -> tuple[dt.date, ...]:
        """The election days in force: the document's own, else the shipped calendar."""
        return tuple(sorted(self.elections)) if self.elections is not None else MUNICIPAL_ELECTIONS

    def latest_election(self, on: dt.date) -> dt.date | None:
        """The last election day on or before ``on``."""
        return latest_election(self.election_days, on)

    def next_election(self, on: dt.date) -> dt.date | None:
        """The first known election day after ``on``."""
        return next_election(self.election_days, on)

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

    def decision(self, decision_id: str) -> Decision | None:
        """The decision with this id, or ``None``."""
        return _find(self.decisions, decision_id)

    # -- time ---------------------------------------------------------------------

    def as_of(self, on: dt.date) -> Engagement:
        """The engagement as it stood at the end of day ``on``.

        Facts that had not yet happened are absent (a session after ``on``, a
        stakeholder who joined later, a funding stream neither started nor
        committed), and so are references to them. Money written down as
        proposed or waiting for a tender has no date of its own: it stays in
        every view until its period ends. Dated seats, portfolios and
        contributions that had ended are dropped too, as are portfolios and
        seats of someone no longer in office: every rule and figure sees who
        held what on that day. Other facts that ended before ``on`` stay,
        closed by their period's end; a stakeholder out of office keeps its
        ``in_office`` term, so it shows as such. Values that became known later
        are cleared: a commitment, a mandate granted by a later decision, a
        response to an obstacle, a baseline measured after ``on``, the plan's
        presentation. The result is itself a valid engagement. Its ``revision``
        is ``None``: it is a view, not the document that was saved.

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
        stakeholders = tuple(
            _stakeholder_as_of(s, on) for s in self.stakeholders if _started(s.period, on)
        )
        people = {s.id for s in stakeholders}
        seated = {s.id for s in stakeholders if s.in_office_on(on)}
        funding = tuple(
            view
            for f in self.funding
            if f.period.started_by(on) or f.committed_on(on) or _pending(f.status, f.period, on)
            # a fund all of whose contributions had ended (or had not yet come) is empty
            if (view := _funding_as_of(f, on, people)).contributions or not f.contributions
        )
        money = {f.id for f in funding}
        decisions_taken = {d.id for d in self.decisions if d.date <= on}
        governance = tuple(
            _body_as_of(b, on, seated, money, decisions_taken)
            for b in self.governance
            if b.period.started_by(on)
        )
        bodies = {b.id for b in governance}
        deciders = people | bodies
        goals = tuple(_goal_as_of(g, on) for g in self.goals if g.set_on <= on)
        goal_ids = {g.id for g in goals}
        indicator_ids = {i.id for g in goals for i in g.indicators if i.id is not None}
        facilitator = self.facilitator
        if facilitator is not None:
            if facilitator.engaged.start > on:
                facilitator = None
            else:
                facilitator = attrs.evolve(
                    facilitator,
                    stakeholder=_present(facilitator.stakeholder, people),
                    funded_by=_present(facilitator.funded_by, money),
                )
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
                    by=_present(d.by, deciders),
                    funding=_keep(d.funding, money),
                    confirms=_keep(d.confirms, decisions_taken),
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
            inventory=tuple(
                attrs.evolve(
                    item,
                    run_by=_present(item.run_by, people),
                    paid_by=_present(item.paid_by, money),
                )
                for item in self.inventory
                if item.since <= on
            ),
            plan=_plan_as_of(self.plan, on, people, money, goal_ids, indicator_ids),
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


_T = TypeVar("_T", Stakeholder, FundingStream, GovernanceBody, Decision)


def _find(items: Iterable[_T], key: str) -> _T | None:
    return next((item for item in items if item.id == key), None)


def _started(period: Period | None, on: dt.date) -> bool:
    return period is None or period.started_by(on)


def _keep(ids: tuple[str, ...], present: set[str]) -> tuple[str, ...]:
    return tuple(i for i in ids if i in present)


def _present(ident: str | None, present: set[str]) -> str | None:
    return ident if ident in present else None


def _stakeholder_as_of(stakeholder: Stakeholder, on: dt.date) -> Stakeholder:
    held = stakeholder.in_office_on(on)
    return attrs.evolve(
        stakeholder, portfolios=tuple(p for p in stakeholder.portfolios if held and p.held_on(on))
    )


def _pending(status: FundingStatus | None, period: Period, on: dt.date) -> bool:
    """Money written down as proposed or waiting for a tender, whose period has not
    ended: a fact of the document's present (a proposal has no date), kept in
    every view until the money would have ended."""
    pending = (FundingStatus.PROPOSED, FundingStatus.TENDER_DEPENDENT)
    return status in pending and not period.ended_by(on)


def _status_as_of(
    status: FundingStatus | None, committed: dt.date | None, on: dt.date
) -> tuple[FundingStatus | None, dt.date | None]:
    """A commitment dated after ``on`` had not happened yet: the money was only proposed.

    A status that was not written stays unwritten (it is derived again, from
    the contributions of a fund), so that taking the view twice changes nothing.
    """
    if committed is not None and committed > on:
        return (None if status is None else FundingStatus.PROPOSED), None
    return status, committed


def _contribution_as_of(c: Contribution, on: dt.date, people: set[str]) -> Contribution:
    status, committed = _status_as_of(c.status, c.committed, on)
    source = attrs.evolve(c.source, stakeholder=_present(c.source.stakeholder, people))
    return attrs.evolve(c, status=status, committed=committed, source=source)


def _funding_as_of(stream: FundingStream, on: dt.date, people: set[str]) -> FundingStream:
    status, committed = _status_as_of(stream.status, stream.committed, on)
    contributions = tuple(
        _contribution_as_of(c, on, people)
        for c in stream.contributions
        if not (c.period or stream.period).ended_by(on)
        and (
            (c.period or stream.period).started_by(on)
            or c.committed_on(on)
            or _pending(c.status, c.period or stream.period, on)
        )
    )
    return attrs.evolve(
        stream,
        status=status,
        committed=committed,
        holder=_present(stream.holder, people),
        contributions=contributions,
    )


def _body_as_of(
    body: GovernanceBody, on: dt.date, seated: set[str], money: set[str], decided: set[str]
) -> GovernanceBody:
    mandate = body.mandate
    if mandate.granted_by is not None and mandate.granted_by not in decided:
        mandate = Mandate(kind=MandateKind.ADVISORY)  # granted later: not yet on ``on``
    return attrs.evolve(
        body,
        members=tuple(m for m in body.members if m.stakeholder in seated and m.active_on(on)),
        controls=_keep(body.controls, money),
        mandate=mandate,
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
    plan: ImplementationPlan,
    on: dt.date,
    people: set[str],
    money: set[str],
    goals: set[str],
    indicators: set[str],
) -> ImplementationPlan:
    return ImplementationPlan(
        period=plan.period,
        drafted=plan.drafted if plan.drafted is not None and plan.drafted <= on else None,
        presented=plan.presented if plan.presented is not None and plan.presented <= on else None,
        actions=tuple(
            _action_as_of(a, people, money, goals) for a in plan.actions if a.added <= on
        ),
        referral_routes=tuple(
            r
            for r in plan.referral_routes
            if r.via in people and (r.since is None or r.since <= on)
        ),
        monitoring=tuple(
            attrs.evolve(m, measured_by=_present(m.measured_by, people))
            for m in plan.monitoring
            if m.indicator in indicators and (m.agreed is None or m.agreed <= on)
        ),
    )
