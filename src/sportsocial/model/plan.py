"""The implementation plan (*uitvoeringsplan*) and its actions."""

from __future__ import annotations

import datetime as dt

import attrs

from ._fields import MAX_AMOUNT, meta
from .enums import Level, TargetGroup
from .parties import ID_PATTERN

__all__ = ["Action", "ImplementationPlan"]


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
    start: dt.date | None = attrs.field(default=None, metadata=meta("Planned start."))
    cost_per_year: float | None = attrs.field(
        default=None,
        metadata=meta("Planned cost in euros per year.", minimum=0, maximum=MAX_AMOUNT),
    )


@attrs.frozen(kw_only=True)
class ImplementationPlan:
    """The local implementation plan: drafted, then presented at the kick-off."""

    drafted: dt.date | None = attrs.field(
        default=None, metadata=meta("Date the first draft was made.")
    )
    presented: dt.date | None = attrs.field(
        default=None, metadata=meta("Date the plan was presented at the kick-off.")
    )
    actions: tuple[Action, ...] = attrs.field(default=(), metadata=meta("The actions of the plan."))
