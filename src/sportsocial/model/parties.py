"""Who takes part: the municipality, the facilitator, stakeholders and their relations.

Stakeholders are organisations or roles ("wethouder Sport", "Afdeling
Samenleving"), not named persons: persons' names are personal data (AVG/GDPR).
"""

from __future__ import annotations

import datetime as dt

import attrs

from ._fields import MAX_POPULATION, meta
from .enums import Domain, Level, RelationKind, StakeholderKind
from .period import Period

__all__ = ["Facilitator", "Municipality", "Relation", "Stakeholder"]

ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$"


@attrs.frozen(kw_only=True)
class Municipality:
    """The municipality (*gemeente*) the engagement is about."""

    name: str = attrs.field(metadata=meta("Name of the municipality.", minLength=1))
    cbs_code: str = attrs.field(
        metadata=meta("CBS municipality code: GM plus four digits.", pattern=r"^GM[0-9]{4}$")
    )
    population: int | None = attrs.field(
        default=None,
        metadata=meta("Number of inhabitants.", minimum=0, maximum=MAX_POPULATION),
    )


@attrs.frozen(kw_only=True)
class Facilitator:
    """The process facilitator (*procesbegeleider*) who guides the engagement."""

    organisation: str = attrs.field(
        metadata=meta(
            "Organisation of the facilitator, e.g. a provincial sport service.", minLength=1
        )
    )
    since: dt.date = attrs.field(metadata=meta("Date the facilitator was commissioned."))
    independent: bool = attrs.field(
        default=True,
        metadata=meta("True when the facilitator is not part of the municipality or a partner."),
    )
    stakeholder: str | None = attrs.field(
        default=None,
        metadata=meta(
            "Id of the facilitator among the stakeholders, if listed there.", pattern=ID_PATTERN
        ),
    )


@attrs.frozen(kw_only=True)
class Stakeholder:
    """An organisation or role taking part, at one level, for one domain."""

    id: str = attrs.field(metadata=meta("Unique id within the engagement.", pattern=ID_PATTERN))
    name: str = attrs.field(metadata=meta("Name of the organisation or role.", minLength=1))
    kind: StakeholderKind = attrs.field(metadata=meta("What sort of organisation or role."))
    level: Level = attrs.field(metadata=meta("Level at which the stakeholder takes part."))
    domain: Domain | None = attrs.field(
        default=None,
        metadata=meta("Policy domain the stakeholder stands for; absent for cross-cutting roles."),
    )
    period: Period | None = attrs.field(
        default=None, metadata=meta("When the stakeholder takes part; absent: throughout.")
    )

    @property
    def civil_society(self) -> bool:
        """Whether the stakeholder belongs to civil society (see :class:`StakeholderKind`)."""
        return self.kind.is_civil_society


@attrs.frozen(kw_only=True)
class Relation:
    """A tie between two stakeholders, directed from ``source`` to ``target``
    unless the kind is mutual (``collaborates``)."""

    source: str = attrs.field(
        metadata=meta("Id of the stakeholder the tie starts from.", pattern=ID_PATTERN)
    )
    target: str = attrs.field(
        metadata=meta("Id of the stakeholder the tie points to.", pattern=ID_PATTERN)
    )
    kind: RelationKind = attrs.field(metadata=meta("What kind of tie."))
    period: Period = attrs.field(metadata=meta("When the tie holds."))
    strength: int | None = attrs.field(
        default=None,
        metadata=meta(
            "Strength of the tie, 1 (weak) to 4 (strong), as in partnership surveys.",
            minimum=1,
            maximum=4,
        ),
    )
    trust: int | None = attrs.field(
        default=None,
        metadata=meta("Trust between the two, 1 (low) to 4 (high).", minimum=1, maximum=4),
    )
