"""Who decides: governance bodies and their decisions."""

from __future__ import annotations

import datetime as dt

import attrs

from ._fields import meta
from .enums import DecisionKind, Domain, GovernanceKind, Level, Mandate
from .parties import ID_PATTERN
from .period import Period

__all__ = ["Decision", "GovernanceBody"]


@attrs.frozen(kw_only=True)
class GovernanceBody:
    """A steering group, working group or core team, at one level."""

    id: str = attrs.field(metadata=meta("Unique id within the engagement.", pattern=ID_PATTERN))
    name: str = attrs.field(metadata=meta("Name of the body.", minLength=1))
    kind: GovernanceKind = attrs.field(metadata=meta("Form of the body."))
    level: Level = attrs.field(metadata=meta("Level the body works at."))
    mandate: Mandate = attrs.field(metadata=meta("Whether the body decides or only advises."))
    period: Period = attrs.field(metadata=meta("When the body exists."))
    members: tuple[str, ...] = attrs.field(
        default=(), metadata=meta("Ids of the member stakeholders.", uniqueItems=True)
    )
    controls: tuple[str, ...] = attrs.field(
        default=(),
        metadata=meta("Ids of the funding streams the body decides on.", uniqueItems=True),
    )


@attrs.frozen(kw_only=True)
class Decision:
    """A decision taken in the engagement: commission, vision, budget, anchoring, ..."""

    id: str = attrs.field(metadata=meta("Unique id within the engagement.", pattern=ID_PATTERN))
    kind: DecisionKind = attrs.field(metadata=meta("What the decision is about."))
    date: dt.date = attrs.field(metadata=meta("Date of the decision."))
    title: str = attrs.field(metadata=meta("What was decided, in one line.", minLength=1))
    decided_by: str | None = attrs.field(
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
