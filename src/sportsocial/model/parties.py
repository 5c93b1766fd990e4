"""Who takes part: the municipality, the facilitator, stakeholders and their relations.

Stakeholders are organisations or roles ("wethouder Sport", "Afdeling
Samenleving"), not named persons: persons' names are personal data (AVG/GDPR).
"""

from __future__ import annotations

import datetime as dt

import attrs

from ._fields import MAX_POPULATION, meta
from .enums import Domain, Level, RelationKind, StakeholderKind
from .period import Period, in_span

__all__ = ["Facilitator", "Municipality", "Portfolio", "Relation", "Stakeholder"]

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
    """The process facilitator (*procesbegeleider*) who guides the engagement.

    The facilitator is an organisation or a role, not a named person. Who pays
    for the facilitation matters: a facilitator (or *aanjager*) is often paid
    from one of the engagement's own funding streams.
    """

    name: str = attrs.field(
        metadata=meta(
            "Organisation or role of the facilitator, e.g. a provincial sport service.",
            minLength=1,
        )
    )
    engaged: Period = attrs.field(metadata=meta("When the facilitator is engaged."))
    independent: bool = attrs.field(
        default=True,
        metadata=meta("True when the facilitator is not part of the municipality or a partner."),
    )
    funded_by: str | None = attrs.field(
        default=None,
        metadata=meta(
            "Id of the funding stream that pays for the facilitation.", pattern=ID_PATTERN
        ),
    )
    stakeholder: str | None = attrs.field(
        default=None,
        metadata=meta(
            "Id of the facilitator among the stakeholders, if listed there.", pattern=ID_PATTERN
        ),
    )

    def engaged_on(self, on: dt.date) -> bool:
        """Whether the facilitator is engaged on ``on``."""
        return self.engaged.contains(on)


@attrs.frozen(kw_only=True)
class Portfolio:
    """A policy domain a stakeholder stands for, from a date until a date.

    For an alderman it is a portfolio (*portefeuille*), which moves with a new
    college or a reshuffle; for an organisation it is simply its domain.
    """

    domain: Domain = attrs.field(metadata=meta("The policy domain."))
    start: dt.date | None = attrs.field(
        default=None,
        metadata=meta("First day the portfolio is held; absent: from the start.", key="from"),
    )
    until: dt.date | None = attrs.field(
        default=None, metadata=meta("Last day the portfolio is held; absent: still held.")
    )

    def held_on(self, on: dt.date) -> bool:
        """Whether the portfolio is held on ``on``."""
        return in_span(self.start, self.until, on)


@attrs.frozen(kw_only=True)
class Stakeholder:
    """An organisation or role taking part, at one level, for the domains it stands for."""

    id: str = attrs.field(metadata=meta("Unique id within the engagement.", pattern=ID_PATTERN))
    name: str = attrs.field(metadata=meta("Name of the organisation or role.", minLength=1))
    kind: StakeholderKind = attrs.field(metadata=meta("What sort of organisation or role."))
    level: Level = attrs.field(metadata=meta("Level at which the stakeholder takes part."))
    portfolios: tuple[Portfolio, ...] = attrs.field(
        default=(),
        metadata=meta(
            "Policy domains the stakeholder stands for, each dated; an alderman often holds "
            "several (sport and Wmo). Absent for cross-cutting roles."
        ),
    )
    in_office: Period | None = attrs.field(
        default=None,
        metadata=meta(
            "Term in office of a portfolio holder, college or council; absent: not an office, "
            "or in office throughout."
        ),
    )
    period: Period | None = attrs.field(
        default=None, metadata=meta("When the stakeholder takes part; absent: throughout.")
    )

    @property
    def domains(self) -> tuple[Domain, ...]:
        """The distinct domains of the stakeholder's portfolios, in document order.

        On an engagement taken :meth:`~Engagement.as_of` a date, these are the
        portfolios held on that date.
        """
        return tuple(dict.fromkeys(p.domain for p in self.portfolios))

    def domains_on(self, on: dt.date) -> tuple[Domain, ...]:
        """The domains held on ``on`` (portfolios dated around it, while in office)."""
        if not self.in_office_on(on):
            return ()
        return tuple(dict.fromkeys(p.domain for p in self.portfolios if p.held_on(on)))

    def in_office_on(self, on: dt.date) -> bool:
        """Whether the stakeholder is in office on ``on`` (always, without a term)."""
        return self.in_office is None or self.in_office.contains(on)

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
