"""A methodology as data: phases, each led at one level, each behind a gate.

A :class:`Methodology` is a document validated by its own JSON Schema, not
code: the package ships two (the SSNB approach and the five-step local
strategy), and users load their own. A phase's :class:`Gate` lists the
readiness rules that must hold (blocking) and should hold (warning) to *enter*
the phase; the rules themselves live in :mod:`sportsocial.readiness`.
"""

from __future__ import annotations

import attrs

from ..i18n import Text
from ..model import Level
from ..model._fields import meta
from ..model.phases import CODE_PATTERN, PHASE_PATTERN

__all__ = ["Gate", "Methodology", "Parameter", "Phase", "Reference", "Skip"]


@attrs.frozen(kw_only=True)
class Parameter:
    """A threshold of a readiness rule, overriding the rule's documented default."""

    name: str = attrs.field(
        metadata=meta(
            "Parameter name, as listed by `sportsocial explain`.", pattern=r"^[a-z][a-z0-9_]*$"
        )
    )
    value: float = attrs.field(metadata=meta("Value of the parameter."))


@attrs.frozen(kw_only=True)
class Gate:
    """What must hold, and what should hold, to enter a phase."""

    must: tuple[str, ...] = attrs.field(
        default=(),
        metadata=meta(
            "Codes of readiness rules that block entry.",
            uniqueItems=True,
            items={"pattern": CODE_PATTERN},
        ),
    )
    should: tuple[str, ...] = attrs.field(
        default=(),
        metadata=meta(
            "Codes of readiness rules that warn.", uniqueItems=True, items={"pattern": CODE_PATTERN}
        ),
    )
    session_levels: tuple[Level, ...] = attrs.field(
        default=(),
        metadata=meta(
            "Levels at which work sessions must have taken place by this gate.", uniqueItems=True
        ),
    )
    parameters: tuple[Parameter, ...] = attrs.field(
        default=(), metadata=meta("Thresholds for this gate only, overriding the methodology's.")
    )

    @property
    def codes(self) -> tuple[str, ...]:
        """All criteria, blocking first."""
        return self.must + self.should

    def __bool__(self) -> bool:
        return bool(self.must or self.should or self.session_levels)


@attrs.frozen(kw_only=True)
class Phase:
    """A step of the methodology."""

    id: str = attrs.field(
        metadata=meta("Unique id of the phase (kebab-case).", pattern=PHASE_PATTERN)
    )
    name: Text = attrs.field(metadata=meta("Name in English and Dutch."))
    purpose: Text = attrs.field(metadata=meta("What the phase is for."))
    level: Level = attrs.field(metadata=meta("The level that leads the phase."))
    outputs: tuple[Text, ...] = attrs.field(default=(), metadata=meta("What the phase delivers."))
    gate: Gate = attrs.field(factory=Gate, metadata=meta("Criteria to enter the phase."))


@attrs.frozen(kw_only=True)
class Skip:
    """A permitted jump forward over one or more phases."""

    source: str = attrs.field(metadata=meta("Phase the jump starts from.", pattern=PHASE_PATTERN))
    target: str = attrs.field(metadata=meta("Phase the jump lands on.", pattern=PHASE_PATTERN))


@attrs.frozen(kw_only=True)
class Reference:
    """A public source the methodology is built on."""

    title: str = attrs.field(metadata=meta("Title of the source.", minLength=1))
    date: str = attrs.field(metadata=meta("The source's own date, or 'undated'.", minLength=1))
    url: str | None = attrs.field(
        default=None, metadata=meta("Where to read it, when it is public.", pattern=r"^https?://")
    )


@attrs.frozen(kw_only=True)
class Methodology:
    """An ordered series of phases with their gates.

    Progression goes to the next phase; a jump forward needs a :class:`Skip`;
    a return to an earlier phase is allowed (trajectories stall and restart)
    when ``returns`` is true, and must be given a reason.
    """

    id: str = attrs.field(metadata=meta("Id of the methodology.", pattern=PHASE_PATTERN))
    name: Text = attrs.field(metadata=meta("Name in English and Dutch."))
    description: Text = attrs.field(metadata=meta("What the methodology is and for whom."))
    phases: tuple[Phase, ...] = attrs.field(metadata=meta("The phases, in order.", minItems=1))
    skips: tuple[Skip, ...] = attrs.field(default=(), metadata=meta("Permitted jumps forward."))
    returns: bool = attrs.field(
        default=True,
        metadata=meta("Whether returning to an earlier phase is allowed (with a reason)."),
    )
    parameters: tuple[Parameter, ...] = attrs.field(
        default=(), metadata=meta("Thresholds of readiness rules for every gate.")
    )
    references: tuple[Reference, ...] = attrs.field(default=(), metadata=meta("Sources."))

    @property
    def phase_ids(self) -> tuple[str, ...]:
        """Phase ids in order."""
        return tuple(p.id for p in self.phases)

    def phase(self, phase_id: str) -> Phase:
        """The phase with this id; ``KeyError`` naming the known ids otherwise."""
        for p in self.phases:
            if p.id == phase_id:
                return p
        raise KeyError(f"unknown phase {phase_id!r}; phases: {', '.join(self.phase_ids)}")

    def phase_text(self, phase_id: str | None) -> Text:
        """How a reader names a phase: in English its name with the id commands take
        (``Anchoring [anchoring]``), in Dutch its name; an unknown id as it is."""
        if phase_id is None:
            return Text(en="(start)", nl="(begin)")
        if phase_id not in self.phase_ids:
            return Text(en=phase_id, nl=phase_id)
        name = self.phase(phase_id).name
        return Text(en=f"{name.en} [{phase_id}]", nl=name.nl)

    def resolve(self, ref: str) -> str:
        """The id of the phase ``ref`` names: its id, or its name in either language
        (case and surrounding spaces ignored); ``ref`` itself when none matches."""
        if ref in self.phase_ids:
            return ref
        wanted = " ".join(ref.split()).casefold()
        for p in self.phases:
            if wanted in (p.name.en.casefold(), p.name.nl.casefold(), p.id.casefold()):
                return p.id
        return ref

    def index(self, phase_id: str) -> int:
        """Position of the phase (0 for the first)."""
        return self.phase_ids.index(self.phase(phase_id).id)

    def next_phase(self, phase_id: str | None) -> Phase | None:
        """The phase after ``phase_id`` (the first phase when ``None``), or ``None`` at the end."""
        if phase_id is None:
            return self.phases[0]
        i = self.index(phase_id)
        return self.phases[i + 1] if i + 1 < len(self.phases) else None

    def parameter_values(self, phase_id: str | None = None) -> dict[str, float]:
        """Thresholds in force at a gate: the methodology's, then the gate's own."""
        values = {p.name: p.value for p in self.parameters}
        if phase_id is not None:
            values.update({p.name: p.value for p in self.phase(phase_id).gate.parameters})
        return values

    @classmethod
    def default(cls) -> Methodology:
        """The shipped SSNB-based methodology."""
        from .library import shipped_methodology

        return shipped_methodology("ssnb")
