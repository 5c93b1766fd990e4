"""The facilitated process: work sessions, what they found, and the goals set."""

from __future__ import annotations

import datetime as dt

import attrs

from ._fields import meta
from .enums import Domain, Level, ObstacleKind, SessionSubject, SocialGoal, TargetGroup
from .parties import ID_PATTERN

__all__ = ["Goal", "Indicator", "Measurement", "Obstacle", "Opportunity", "WorkSession"]


@attrs.frozen(kw_only=True)
class WorkSession:
    """A facilitated work session (*werksessie*) at one or more levels."""

    id: str = attrs.field(metadata=meta("Unique id within the engagement.", pattern=ID_PATTERN))
    date: dt.date = attrs.field(metadata=meta("Date of the session."))
    levels: tuple[Level, ...] = attrs.field(
        metadata=meta("Levels present at the session.", minItems=1, uniqueItems=True)
    )
    participants: tuple[str, ...] = attrs.field(
        default=(), metadata=meta("Ids of the stakeholders present.", uniqueItems=True)
    )
    topics: tuple[str, ...] = attrs.field(default=(), metadata=meta("What was discussed."))
    covers: tuple[SessionSubject, ...] = attrs.field(
        default=(),
        metadata=meta(
            "Subjects the session dealt with, so that an inventory shows even when it found nothing.",
            uniqueItems=True,
        ),
    )
    outcomes: tuple[str, ...] = attrs.field(default=(), metadata=meta("What came out of it."))


@attrs.frozen(kw_only=True)
class Opportunity:
    """A promising connection (*kansrijke verbinding*): target group × social goal ×
    sport offer × partners."""

    id: str = attrs.field(metadata=meta("Unique id within the engagement.", pattern=ID_PATTERN))
    identified: dt.date = attrs.field(metadata=meta("Date the opportunity was named."))
    target_group: TargetGroup = attrs.field(metadata=meta("Who benefits."))
    goal: SocialGoal = attrs.field(metadata=meta("Which social goal it serves."))
    sport_offer: str = attrs.field(metadata=meta("The sport or exercise offer.", minLength=1))
    partners: tuple[str, ...] = attrs.field(
        default=(), metadata=meta("Ids of the stakeholders who would carry it.", uniqueItems=True)
    )


@attrs.frozen(kw_only=True)
class Obstacle:
    """An obstacle (*hindernis*) and, once found, the response to it."""

    id: str = attrs.field(metadata=meta("Unique id within the engagement.", pattern=ID_PATTERN))
    identified: dt.date = attrs.field(metadata=meta("Date the obstacle was named."))
    kind: ObstacleKind = attrs.field(metadata=meta("What sort of obstacle."))
    description: str = attrs.field(
        metadata=meta("The obstacle in the words of the participants.", minLength=1)
    )
    response: str | None = attrs.field(default=None, metadata=meta("How it will be tackled."))
    response_date: dt.date | None = attrs.field(
        default=None, metadata=meta("Date the response was agreed.")
    )
    resolved: dt.date | None = attrs.field(
        default=None, metadata=meta("Date the obstacle was resolved.")
    )


@attrs.frozen(kw_only=True)
class Measurement:
    """One measured value of an indicator (*tellen*)."""

    date: dt.date = attrs.field(metadata=meta("Date of the measurement."))
    value: float = attrs.field(metadata=meta("Measured value, in the indicator's unit."))


@attrs.frozen(kw_only=True)
class Indicator:
    """How progress on a goal is counted: a unit, a baseline and a target."""

    id: str | None = attrs.field(
        default=None,
        metadata=meta(
            "Unique id within the engagement, to name the indicator in monitoring agreements.",
            pattern=ID_PATTERN,
        ),
    )
    name: str = attrs.field(metadata=meta("What is counted.", minLength=1))
    unit: str = attrs.field(metadata=meta("Unit of the values (persons, %, ...).", minLength=1))
    baseline: float | None = attrs.field(default=None, metadata=meta("Value at the start."))
    baseline_date: dt.date | None = attrs.field(
        default=None, metadata=meta("Date of the baseline value.")
    )
    target: float | None = attrs.field(default=None, metadata=meta("Value aimed for."))
    target_date: dt.date | None = attrs.field(
        default=None, metadata=meta("Date the target should be met.")
    )
    measurements: tuple[Measurement, ...] = attrs.field(
        default=(), metadata=meta("Values measured since the baseline.")
    )


@attrs.frozen(kw_only=True)
class Goal:
    """A shared goal with its indicators."""

    id: str = attrs.field(metadata=meta("Unique id within the engagement.", pattern=ID_PATTERN))
    title: str = attrs.field(metadata=meta("The goal in one line.", minLength=1))
    set_on: dt.date = attrs.field(metadata=meta("Date the goal was set."))
    social_goal: SocialGoal = attrs.field(metadata=meta("Which social goal it serves."))
    target_groups: tuple[TargetGroup, ...] = attrs.field(
        default=(), metadata=meta("Who the goal is for.", uniqueItems=True)
    )
    benefiting_domains: tuple[Domain, ...] = attrs.field(
        default=(),
        metadata=meta("Domains where the effects land (who benefits).", uniqueItems=True),
    )
    indicators: tuple[Indicator, ...] = attrs.field(
        default=(), metadata=meta("How progress is counted.")
    )
