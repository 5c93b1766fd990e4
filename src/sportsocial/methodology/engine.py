"""Moving an engagement through a methodology, and saying why it may not.

The structure (next phase, permitted skips, returns) is checked here; whether
a gate's criteria hold is asked of a :class:`~.criteria.CriteriaChecker`. A
refused move raises :class:`~sportsocial.errors.TransitionNotAllowed` or
:class:`~sportsocial.errors.GateBlocked`, each carrying the full explanation,
in the spirit of python-statemachine's "Can't <event> when in <state>".
"""

from __future__ import annotations

import datetime as dt
import enum
import os
from collections.abc import Sequence
from typing import Any

import attrs

from .._evaluation import evaluation_view
from ..errors import GateBlocked, TransitionNotAllowed
from ..i18n import Text, day, day_text
from ..model import Engagement, Level, PhaseEntry, Waiver
from .criteria import CriteriaChecker, GateVerdict, default_checker
from .library import resolve_methodology
from .model import Methodology

__all__ = [
    "AdvanceCheck",
    "Reachable",
    "Status",
    "TransitionKind",
    "advance",
    "can_advance",
    "status",
]


class TransitionKind(enum.Enum):
    """How a move relates to the structure of the methodology."""

    START = "start"
    NEXT = "next"
    SKIP = "skip"
    RETURN = "return"


@attrs.frozen(kw_only=True)
class AdvanceCheck:
    """The answer to "may we go to ``target`` on ``on``?", with every reason.

    ``refusal`` is set when the structure forbids the move; ``verdict`` holds
    the gate check when the move enters a gate (not for returns).
    """

    current: str | None
    target: str
    on: dt.date
    kind: TransitionKind | None
    refusal: Text | None = None
    #: How the two phases read (see :meth:`Methodology.phase_text`).
    names: tuple[Text, Text] | None = attrs.field(default=None, eq=False)
    verdict: GateVerdict | None = attrs.field(default=None, eq=False)

    @property
    def allowed(self) -> bool:
        """True when the structure allows the move and the gate (if any) is ready."""
        return self.refusal is None and (self.verdict is None or self.verdict.ready)

    @property
    def needs_reason(self) -> bool:
        """Returns must be recorded with a reason."""
        return self.kind is TransitionKind.RETURN

    def explain(self, lang: str = "en") -> str:
        """A readable explanation of the answer."""
        here, there = self.names or (
            Text(en=self.current or "(start)", nl=self.current or "(begin)"),
            Text(en=self.target, nl=self.target),
        )
        head = Text(en="From {here} to {there} on {on}: ", nl="Van {here} naar {there} op {on}: ")
        head_text = head.format(here=here, there=there, on=day_text(self.on))(lang)
        if self.refusal is not None:
            return (
                head_text
                + Text(en="not allowed. ", nl="niet toegestaan. ")(lang)
                + self.refusal(lang)
            )
        if self.verdict is None:
            verdict = Text(
                en="allowed (a return needs a reason).",
                nl="toegestaan (terugkeren vraagt een reden).",
            )
            return head_text + verdict(lang)
        word = (
            Text(en="allowed.", nl="toegestaan.")
            if self.verdict.ready
            else Text(en="blocked.", nl="geblokkeerd.")
        )
        return head_text + word(lang) + "\n\n" + self.verdict.to_text(lang)

    def to_dict(self, lang: str | None = None) -> dict[str, Any]:
        """JSON-ready form."""
        refusal: Any = None
        if self.refusal is not None:
            refusal = self.refusal(lang) if lang else self.refusal.to_dict()
        return {
            "current": self.current,
            "target": self.target,
            "on": self.on.isoformat(),
            "kind": self.kind.value if self.kind else None,
            "allowed": self.allowed,
            "refusal": refusal,
            "gate": self.verdict.to_dict(lang) if self.verdict is not None else None,
        }


def _structure(
    m: Methodology, current: str | None, target: str
) -> tuple[TransitionKind | None, Text | None]:
    if target not in m.phase_ids:
        phases = Text(
            en=", ".join(m.phase_text(p).en for p in m.phase_ids),
            nl=", ".join(m.phase_text(p).nl for p in m.phase_ids),
        )
        return None, Text(
            en="'{target}' is not a phase of methodology '{m}' ({phases}).",
            nl="'{target}' is geen fase van methodiek '{m}' ({phases}).",
        ).format(target=target, m=m.name, phases=phases)
    if current is None:
        first = m.phases[0].id
        if target == first:
            return TransitionKind.START, None
        return None, Text(
            en="An engagement starts in the first phase, {first}.",
            nl="Een traject begint in de eerste fase, {first}.",
        ).format(first=m.phase_text(first))
    if current not in m.phase_ids:
        return None, Text(
            en="The current phase '{current}' is not a phase of methodology '{m}'.",
            nl="De huidige fase '{current}' is geen fase van methodiek '{m}'.",
        ).format(current=current, m=m.name)
    here, there = m.index(current), m.index(target)
    if there == here:
        return None, Text(
            en="The engagement is already in {target}.", nl="Het traject is al in {target}."
        ).format(target=m.phase_text(target))
    if there == here + 1:
        return TransitionKind.NEXT, None
    if there < here:
        if m.returns:
            return TransitionKind.RETURN, None
        return None, Text(
            en="Methodology '{m}' does not allow returning to an earlier phase.",
            nl="Methodiek '{m}' staat niet toe terug te keren naar een eerdere fase.",
        ).format(m=m.name)
    if any(s.source == current and s.target == target for s in m.skips):
        return TransitionKind.SKIP, None
    nxt = m.phases[here + 1].id
    return None, Text(
        en="Methodology '{m}' does not allow skipping from {current} to {target}; the next phase is {nxt}.",
        nl="Methodiek '{m}' staat geen sprong toe van {current} naar {target}; de volgende fase is {nxt}.",
    ).format(
        m=m.name,
        current=m.phase_text(current),
        target=m.phase_text(target),
        nxt=m.phase_text(nxt),
    )


def can_advance(
    engagement: Engagement,
    to: str,
    *,
    on: dt.date | None = None,
    waivers: Sequence[Waiver] = (),
    methodology: Methodology | None = None,
    checker: CriteriaChecker | None = None,
    base: str | os.PathLike[str] | None = None,
) -> AdvanceCheck:
    """May the engagement enter phase ``to``? Never raises for a "no": it explains.

    Parameters
    ----------
    engagement:
        The engagement, as it stands on ``on``.
    to:
        Id of the phase to enter.
    on:
        Date of the move (default: today).
    waivers:
        Gate criteria set aside by the decision makers.
    methodology:
        Default: the engagement's own (see :func:`resolve_methodology`).
    checker:
        Judges the gate; default: the readiness engine.

    Examples
    --------
    >>> import datetime as dt, sportsocial as ss
    >>> eng = ss.load("examples/bergen-op-zoom-stuck.yaml")
    >>> answer = ss.can_advance(eng, "work-sessions", on=dt.date(2026, 11, 24))
    >>> answer.allowed, "GOV101" in [f.code for f in answer.verdict.blockers]
    (False, True)
    """
    when = on or dt.date.today()
    m = methodology or resolve_methodology(engagement.methodology, base)
    to = m.resolve(to)
    current = evaluation_view(engagement, when).engagement.phase
    kind, refusal = _structure(m, current, to)
    verdict = None
    if refusal is None and kind is not TransitionKind.RETURN:
        judge = checker or default_checker()
        verdict = judge(engagement, m, to, on=when, waivers=tuple(waivers))
    return AdvanceCheck(
        current=current,
        target=to,
        on=when,
        kind=kind,
        refusal=refusal,
        verdict=verdict,
        names=(m.phase_text(current), m.phase_text(to)),
    )


def _record_problem(
    engagement: Engagement,
    on: dt.date,
    decided_by: str,
    decision: str | None,
    waivers: Sequence[Waiver],
) -> Text | None:
    """What keeps the phase-log entry from being a valid record, if anything.

    The entry must name who decided, refer to a decision recorded by ``on``
    (when it names one), and give every waiver a reason and a decision maker:
    otherwise the saved document would be invalid, or a waiver unexplained.
    """
    if not decided_by.strip():
        return Text(
            en="A move must say who decided it (decided_by is empty).",
            nl="Een overgang moet zeggen wie besloot (decided_by is leeg).",
        )
    known = {d.id for d in engagement.decisions if d.date <= on}
    if decision is not None and decision not in known:
        listed = ", ".join(sorted(known)) or "-"
        return Text(
            en=f"'{decision}' is not a decision recorded on or before {day(on, 'en')} ({listed}).",
            nl=f"'{decision}' is geen besluit dat op of voor {day(on, 'nl')} is vastgelegd ({listed}).",
        )
    for w in waivers:
        if not (w.reason.strip() and w.decided_by.strip()):
            return Text(
                en=f"The waiver of {w.code} needs a reason and who decided it.",
                nl=f"De ontheffing van {w.code} vraagt een reden en wie erover besliste.",
            )
    return None


def advance(
    engagement: Engagement,
    to: str,
    *,
    on: dt.date,
    decided_by: str,
    waivers: Sequence[Waiver] = (),
    reason: str | None = None,
    decision: str | None = None,
    methodology: Methodology | None = None,
    checker: CriteriaChecker | None = None,
    base: str | os.PathLike[str] | None = None,
) -> Engagement:
    """Enter phase ``to`` on ``on``: a new engagement with the move in its phase log.

    Raises
    ------
    TransitionNotAllowed
        The structure forbids the move, a return lacks a reason, the date lies
        before the current phase was entered, a waiver names a criterion the
        gate does not have, or the entry would not be a valid record (nobody
        named as decision maker, a decision not recorded by ``on``, a waiver
        without a reason or a decision maker).
    GateBlocked
        The gate has open blocking criteria; ``exc.check.verdict`` lists them.
    """
    m = methodology or resolve_methodology(engagement.methodology, base)
    to = m.resolve(to)
    names = (m.phase_text(engagement.phase), m.phase_text(to))

    def refused(why: Text) -> TransitionNotAllowed:
        check = AdvanceCheck(current=engagement.phase, target=to, on=on, kind=None, names=names)
        return TransitionNotAllowed(check, why)

    record = _record_problem(engagement, on, decided_by, decision, waivers)
    if record is not None:
        raise refused(record)
    since = engagement.phase_since
    if since is not None and on < since:
        raise refused(
            Text(
                en="The move is dated {on}, before the current phase was entered ({since}).",
                nl="De overgang is gedateerd {on}, voor de huidige fase begon ({since}).",
            ).format(on=day_text(on), since=day_text(since))
        )
    if to in m.phase_ids:
        gate_codes = set(m.phase(to).gate.codes)
        stray = [w.code for w in waivers if w.code not in gate_codes]
        if stray:
            raise refused(
                Text(
                    en="The gate of {to} has no criterion {codes} to waive.",
                    nl="De poort van {to} heeft geen criterium {codes} om te laten vallen.",
                ).format(to=m.phase_text(to), codes=", ".join(stray))
            )
    check = can_advance(engagement, to, on=on, waivers=waivers, methodology=m, checker=checker)
    if check.refusal is not None:
        raise TransitionNotAllowed(check, check.refusal)
    if check.needs_reason and not (reason and reason.strip()):
        raise TransitionNotAllowed(
            check,
            Text(
                en="Returning to {to} must be recorded with a reason.",
                nl="Terugkeren naar {to} moet met een reden worden vastgelegd.",
            ).format(to=m.phase_text(to)),
        )
    if check.verdict is not None and not check.verdict.ready:
        codes = ", ".join(f.code for f in check.verdict.blockers)
        raise GateBlocked(
            check,
            Text(
                en="The gate of {to} is blocked by {codes}.",
                nl="De poort van {to} is geblokkeerd door {codes}.",
            ).format(to=m.phase_text(to), codes=codes),
        )
    entry = PhaseEntry(
        phase=to,
        entered=on,
        decided_by=decided_by,
        decision=decision,
        reason=reason,
        waivers=tuple(waivers),
    )
    return attrs.evolve(engagement, phase_log=(*engagement.phase_log, entry))


@attrs.frozen(kw_only=True)
class Reachable:
    """A phase the engagement could move to, and whether it may now."""

    phase: str
    kind: TransitionKind
    ready: bool


@attrs.frozen(kw_only=True)
class Status:
    """Where the engagement stands: phase, since when, at which level, what the next gate needs."""

    municipality: str
    on: dt.date
    methodology: Methodology = attrs.field(eq=False, repr=False)
    phase: str | None
    since: dt.date | None
    next_phase: str | None
    next_gate: GateVerdict | None = attrs.field(eq=False)
    reachable: tuple[Reachable, ...]

    @property
    def days_in_phase(self) -> int | None:
        """Days since the current phase was entered."""
        return (self.on - self.since).days if self.since else None

    @property
    def level(self) -> Level | None:
        """The level that leads the current phase."""
        return self.methodology.phase(self.phase).level if self.phase else None

    def to_dict(self, lang: str | None = None) -> dict[str, Any]:
        """JSON-ready form."""
        return {
            "municipality": self.municipality,
            "on": self.on.isoformat(),
            "methodology": self.methodology.id,
            "phase": self.phase,
            "since": self.since.isoformat() if self.since else None,
            "days_in_phase": self.days_in_phase,
            "level": self.level.value if self.level else None,
            "next_phase": self.next_phase,
            "next_gate": self.next_gate.to_dict(lang) if self.next_gate is not None else None,
            "reachable": [
                {"phase": r.phase, "kind": r.kind.value, "ready": r.ready} for r in self.reachable
            ],
        }

    def to_text(self, lang: str = "en") -> str:
        """A readable status."""
        from .render import status_text

        return status_text(self, lang)


def status(
    engagement: Engagement,
    *,
    on: dt.date | None = None,
    methodology: Methodology | None = None,
    checker: CriteriaChecker | None = None,
    base: str | os.PathLike[str] | None = None,
) -> Status:
    """Where the engagement stands on ``on`` and which phases it can reach.

    ``reachable`` lists the next phase and permitted skips (ready when their
    gate passes) and earlier phases (returns, always possible with a reason).
    """
    when = on or dt.date.today()
    m = methodology or resolve_methodology(engagement.methodology, base)
    judge = checker or default_checker()
    view = evaluation_view(engagement, when).engagement
    current = view.phase
    nxt = m.next_phase(current)
    gate = judge(engagement, m, nxt.id, on=when) if nxt is not None else None
    reachable: list[Reachable] = []
    if nxt is not None and gate is not None:
        reachable.append(
            Reachable(
                phase=nxt.id,
                kind=TransitionKind.START if current is None else TransitionKind.NEXT,
                ready=gate.ready,
            )
        )
    if current is not None and current in m.phase_ids:
        for skip in m.skips:
            if skip.source == current:
                ok = judge(engagement, m, skip.target, on=when).ready
                reachable.append(Reachable(phase=skip.target, kind=TransitionKind.SKIP, ready=ok))
        if m.returns:
            for earlier in m.phase_ids[: m.index(current)]:
                reachable.append(Reachable(phase=earlier, kind=TransitionKind.RETURN, ready=True))
    return Status(
        municipality=engagement.municipality.name,
        on=when,
        methodology=m,
        phase=current,
        since=view.phase_since,
        next_phase=nxt.id if nxt else None,
        next_gate=gate,
        reachable=tuple(reachable),
    )
