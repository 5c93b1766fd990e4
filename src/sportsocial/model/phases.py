"""The phase log: which phase of the methodology the engagement entered, when, and why."""

from __future__ import annotations

import datetime as dt

import attrs

from ._fields import meta
from .parties import ID_PATTERN

__all__ = ["PhaseEntry", "Waiver"]

CODE_PATTERN = r"^[A-Z]{3}[0-9]{3}$"
PHASE_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"


@attrs.frozen(kw_only=True)
class Waiver:
    """A gate criterion set aside on purpose: by whom, when and why."""

    code: str = attrs.field(
        metadata=meta("Code of the waived rule (e.g. FIN203).", pattern=CODE_PATTERN)
    )
    reason: str = attrs.field(metadata=meta("Why the criterion is waived.", minLength=1))
    decided_by: str = attrs.field(
        metadata=meta("Who decided (body, stakeholder id or role).", minLength=1)
    )
    date: dt.date = attrs.field(metadata=meta("Date of the waiver."))


@attrs.frozen(kw_only=True)
class PhaseEntry:
    """Entering a phase: on which date, by whose decision, with which waivers."""

    phase: str = attrs.field(
        metadata=meta("Id of the phase in the methodology.", pattern=PHASE_PATTERN)
    )
    entered: dt.date = attrs.field(metadata=meta("Date the phase was entered."))
    decided_by: str | None = attrs.field(
        default=None, metadata=meta("Who decided to enter the phase.", minLength=1)
    )
    decision: str | None = attrs.field(
        default=None, metadata=meta("Id of the recorded decision behind it.", pattern=ID_PATTERN)
    )
    reason: str | None = attrs.field(
        default=None, metadata=meta("Why: required when returning to an earlier phase.")
    )
    waivers: tuple[Waiver, ...] = attrs.field(
        default=(), metadata=meta("Gate criteria waived to enter the phase.")
    )
