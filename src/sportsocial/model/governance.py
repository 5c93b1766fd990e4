"""Who decides: governance bodies, their dated membership and mandate, and decisions."""

from __future__ import annotations

import datetime as dt

import attrs

from ._fields import meta
from .enums import DecisionKind, Domain, GovernanceKind, Level, MandateKind
from .parties import ID_PATTERN
from .period import Period, in_span

__all__ = ["Decision", "GovernanceBody", "Mandate", "Membership"]


@attrs.frozen(kw_only=True)
class Membership:
    """A seat in a governance body, from a date until a date."""

    stakeholder: str = attrs.field(
        metadata=meta("Id of the member stakeholder.", pattern=ID_PATTERN)
    )
    start: dt.date | None = attrs.field(
        default=None,
        metadata=meta("First day of the membership; absent: since the body began.", key="from"),
    )
    until: dt.date | None = attrs.field(
        default=None, metadata=meta("Last day of the membership; absent: still a member.")
    )

    def active_on(self, on: dt.date) -> bool:
        """Whether the seat is held on ``on``."""
        return in_span(self.start, self.until, on)


@attrs.frozen(kw_only=True)
class Mandate:
    """What a body may do, traced to the decision that granted it.

    A steering group decides only under a mandate granted by a recorded
    decision (of the college, or of the council for its budget right); without
    ``granted_by`` a decision mandate is a claim, not a fact.
    """

    kind: MandateKind = attrs.field(metadata=meta("Whether the body decides or only advises."))
    granted_by: str | None = attrs.field(
        default=None,
        metadata=meta("Id of the decision that granted the mandate.", pattern=ID_PATTERN),
    )


@attrs.frozen(kw_only=True)
class GovernanceBody:
    """A steering group, working group or core team, at one level."""

    id: str = attrs.field(metadata=meta("Unique id within the engagement.", pattern=ID_PATTERN))
    name: str = attrs.field(metadata=meta("Name of the body.", minLength=1))
    kind: GovernanceKind = attrs.field(metadata=meta("Form of the body."))
    level: Level = attrs.field(metadata=meta("Level the body works at."))
    mandate: Mandate = attrs.field(metadata=meta("What the body may do, and who granted it."))
    period: Period = attrs.field(metadata=meta("When the body exists."))
    members: tuple[Membership, ...] = attrs.field(
        default=(), metadata=meta("Members, each with the dates of the seat.")
    )
    controls: tuple[str, ...] = attrs.field(
        default=(),
        metadata=meta("Ids of the funding streams the body decides on.", uniqueItems=True),
    )

    @property
    def member_ids(self) -> tuple[str, ...]:
        """Ids of the members, each once, in document order.

        On an engagement taken :meth:`~Engagement.as_of` a date, these are the
        seats held on that date.
        """
        return tuple(dict.fromkeys(m.stakeholder for m in self.members))

    def members_on(self, on: dt.date) -> tuple[str, ...]:
        """Ids of the members holding a seat on ``on``."""
        return tuple(dict.fromkeys(m.stakeholder for m in self.members if m.active_on(on)))

    @property
    def decides(self) -> bool:
        """Whether the body has a decision mandate."""
        return self.mandate.kind is MandateKind.DECISION


@attrs.frozen(kw_only=True)
class Decision:
    """A decision taken in or for the engagement: commission, ambition, budget, anchoring, ..."""

    id: str = attrs.field(metadata=meta("Unique id within the engagement.", pattern=ID_PATTERN))
    kind: DecisionKind = attrs.field(
        metadata=meta("What the decision is about, or its instrument.")
    )
    date: dt.date = attrs.field(metadata=meta("Date of the decision."))
    title: str = attrs.field(metadata=meta("What was decided, in one line.", minLength=1))
    by: str | None = attrs.field(
        default=None,
        metadata=meta("Id of the governance body or stakeholder that decided.", pattern=ID_PATTERN),
    )
    domains: tuple[Domain, ...] = attrs.field(
        default=(),
        metadata=meta(
            "Policy domains the decision binds, e.g. where it is anchored.", uniqueItems=True
        ),
    )
    funding: tuple[str, ...] = attrs.field(
        default=(),
        metadata=meta("Ids of the funding streams the decision concerns.", uniqueItems=True),
    )
    document: str | None = attrs.field(
        default=None, metadata=meta("Policy document the decision is laid down in.")
    )
    confirms: tuple[str, ...] = attrs.field(
        default=(),
        metadata=meta(
            "Ids of earlier decisions this one reconfirms, e.g. a new college confirming the "
            "ambition and the mandate of its predecessor.",
            uniqueItems=True,
        ),
    )
