"""The implementation plan (*uitvoeringsplan*) and its actions."""

from __future__ import annotations

import datetime as dt

import attrs

from ._fields import MAX_AMOUNT, meta
from .enums import Level, TargetGroup
from .parties import ID_PATTERN
from .period import Period

__all__ = ["Action", "ImplementationPlan", "MonitoringAgreement", "ReferralRoute"]


@attrs.frozen(kw_only=True)
class Action:
    """One action of the plan.

    Owner, level, target groups and funding are optional in the document on
    purpose: a draft plan has gaps, and the readiness rules name them.
    """

    id: str = attrs.field(metadata=meta("Unique id within the engagement.", pattern=ID_PATTERN))
    title: str = attrs.field(metadata=meta("What will be done.", minLength=1))
    added: dt.date = attrs.field(metadata=meta("Date the action was written into the plan."))
    owner: str | None = attrs.field(
        default=None,
        metadata=meta("Id of the stakeholder who owns the action.", pattern=ID_PATTERN),
    )
    level: Level | None = attrs.field(
        default=None, metadata=meta("Level that carries out the action.")
    )
    target_groups: tuple[TargetGroup, ...] = attrs.field(
        default=(), metadata=meta("Who the action is for.", uniqueItems=True)
    )
    funding: tuple[str, ...] = attrs.field(
        default=(), metadata=meta("Ids of the funding streams that pay for it.", uniqueItems=True)
    )
    goals: tuple[str, ...] = attrs.field(
        default=(), metadata=meta("Ids of the goals the action serves.", uniqueItems=True)
    )
    period: Period | None = attrs.field(
        default=None, metadata=meta("When the action runs: its planned start and end.")
    )
    cost_per_year: float | None = attrs.field(
        default=None,
        metadata=meta("Planned cost in euros per year.", minimum=0, maximum=MAX_AMOUNT),
    )

    @property
    def start(self) -> dt.date | None:
        """The planned start (``period.start``), or ``None`` when not planned."""
        return self.period.start if self.period is not None else None


@attrs.frozen(kw_only=True)
class ReferralRoute:
    """How a target group reaches the activities (*toeleiding*): who brings people in.

    Without a referral route the offer waits for people who do not come: the
    wijkteam, the general practitioner (huisarts), the klantmanager of work
    and income or a school points them to it.
    """

    target_group: TargetGroup = attrs.field(metadata=meta("The target group brought in."))
    via: str = attrs.field(
        metadata=meta("Id of the stakeholder who refers people.", pattern=ID_PATTERN)
    )
    since: dt.date | None = attrs.field(default=None, metadata=meta("Date the route was agreed."))


@attrs.frozen(kw_only=True)
class MonitoringAgreement:
    """Who measures an indicator, from which source (*tellen*)."""

    indicator: str = attrs.field(metadata=meta("Id of the indicator measured.", pattern=ID_PATTERN))
    source: str = attrs.field(
        metadata=meta("Where the figures come from, e.g. the GGD Gezondheidsmonitor.", minLength=1)
    )
    measured_by: str | None = attrs.field(
        default=None,
        metadata=meta("Id of the stakeholder who measures.", pattern=ID_PATTERN),
    )
    agreed: dt.date | None = attrs.field(
        default=None, metadata=meta("Date the agreement was made.")
    )


@attrs.frozen(kw_only=True)
class ImplementationPlan:
    """The local implementation plan: drafted, then presented at the kick-off."""

    period: Period | None = attrs.field(default=None, metadata=meta("The period the plan covers."))
    drafted: dt.date | None = attrs.field(
        default=None, metadata=meta("Date the first draft was made.")
    )
    presented: dt.date | None = attrs.field(
        default=None, metadata=meta("Date the plan was presented at the kick-off.")
    )
    actions: tuple[Action, ...] = attrs.field(default=(), metadata=meta("The actions of the plan."))
    referral_routes: tuple[ReferralRoute, ...] = attrs.field(
        default=(), metadata=meta("Who brings each target group in (toeleiding).")
    )
    monitoring: tuple[MonitoringAgreement, ...] = attrs.field(
        default=(), metadata=meta("Who measures which indicator, from which source.")
    )
