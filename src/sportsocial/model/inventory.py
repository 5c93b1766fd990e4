"""The startfoto's inventory: what already runs before the engagement adds anything."""

from __future__ import annotations

import datetime as dt

import attrs

from ._fields import meta
from .enums import TargetGroup
from .parties import ID_PATTERN

__all__ = ["InventoryItem"]


@attrs.frozen(kw_only=True)
class InventoryItem:
    """An existing sport-social activity found in the baseline (*startfoto*).

    Existing activities come before new ones: the plan builds on what runs,
    who runs it and who pays for it.
    """

    id: str = attrs.field(metadata=meta("Unique id within the engagement.", pattern=ID_PATTERN))
    name: str = attrs.field(metadata=meta("The activity.", minLength=1))
    since: dt.date = attrs.field(metadata=meta("Date the activity started (or was first seen)."))
    until: dt.date | None = attrs.field(
        default=None, metadata=meta("Last day of the activity; absent: still running.")
    )
    run_by: str | None = attrs.field(
        default=None, metadata=meta("Id of the stakeholder who runs it.", pattern=ID_PATTERN)
    )
    paid_by: str | None = attrs.field(
        default=None,
        metadata=meta("Id of the funding stream that pays for it.", pattern=ID_PATTERN),
    )
    target_groups: tuple[TargetGroup, ...] = attrs.field(
        default=(), metadata=meta("Who it reaches.", uniqueItems=True)
    )
    reach_per_year: int | None = attrs.field(
        default=None,
        metadata=meta("Number of people reached per year.", minimum=0, maximum=100_000_000),
    )
