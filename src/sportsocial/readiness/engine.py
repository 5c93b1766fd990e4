"""Running the rules: ``check`` for a report, ``check_gate`` for the phase engine.

:func:`check_gate` is the criteria checker the methodology's phase engine calls
(:class:`sportsocial.methodology.criteria.CriteriaChecker`): the phase engine
never evaluates a criterion itself.
"""

from __future__ import annotations

import datetime as dt
import functools
import os
from collections.abc import Iterable, Sequence

import attrs

from .._evaluation import evaluation_view
from ..errors import InvalidDocument, Problem
from ..methodology.library import resolve_methodology
from ..methodology.model import Methodology
from ..model import Engagement, Waiver
from ..privacy import parties
from . import registry
from ._registry import RULES, Rule, Severity
from .context import Context
from .finding import Finding
from .gate_rules import check_gate_rules
from .report import Report

__all__ = ["ALL_RULES", "check", "check_gate", "default_gate", "resolve_gate"]

_SEVERITY_ORDER = {Severity.ERROR: 0, Severity.WARNING: 1}
_LEVEL_ORDER = {"administrative": 0, "official": 1, "executive": 2, None: 3}


def default_gate(engagement: Engagement, methodology: Methodology) -> str:
    """The gate a plain ``check`` looks at: the next phase's, or the current one's at the end."""
    nxt = methodology.next_phase(engagement.phase)
    if nxt is not None:
        return nxt.id
    return methodology.phases[-1].id


#: Gate name that evaluates every registered rule at its default severity.
ALL_RULES = "all"


def resolve_gate(
    methodology: Methodology,
    gate: str,
    select: Iterable[str] | None,
    ignore: Iterable[str] | None,
) -> list[tuple[Rule, Severity]]:
    """The rules to evaluate and the severity of each.

    The gate's ``must`` rules are errors and its ``should`` rules warnings; the
    gate :data:`ALL_RULES` evaluates every rule at its default severity.
    ``select`` (codes or prefixes: ``GOV``, ``GOV1``, ``GOV101``) keeps only the
    matching rules, ``ignore`` drops matching rules. Selectors that match no
    rule at all raise ``ValueError``.
    """
    if gate == ALL_RULES:
        severity = {code: r.severity for code, r in RULES.items()}
        codes = sorted(RULES)
    else:
        g = methodology.phase(gate).gate
        severity = dict.fromkeys(g.must, Severity.ERROR) | dict.fromkeys(g.should, Severity.WARNING)
        codes = list(g.codes)
    if select is not None:
        chosen = set(registry.select_codes(select))
        codes = [c for c in codes if c in chosen]
    if ignore is not None:
        dropped = set(registry.select_codes(ignore))
        codes = [c for c in codes if c not in dropped]
    return [(RULES[c], severity[c]) for c in codes]


def _gate_waivers(
    engagement: Engagement, methodology: Methodology, gate: str
) -> tuple[Waiver, ...]:
    """The waivers under which the engagement passed ``gate`` on its current way through.

    Those of the latest entry into ``gate``, unless the engagement has since
    returned to a phase before it: a return starts a new pass, and entering
    the gate again needs its own decision (and its own waivers).
    """
    if gate not in methodology.phase_ids:
        return ()
    where = methodology.index(gate)
    for entry in reversed(engagement.phase_log):
        if entry.phase == gate:
            return entry.waivers
        if entry.phase in methodology.phase_ids and methodology.index(entry.phase) < where:
            return ()
    return ()


@functools.lru_cache(maxsize=32)
def _gate_problems(m: Methodology) -> tuple[Problem, ...]:
    return tuple(check_gate_rules(m, f"methodology {m.id}"))


def _check_against_rules(m: Methodology) -> None:
    """Refuse a methodology whose gates name rules or parameters the registry does not
    know (it may have been loaded before a plug-in, or built in code)."""
    problems = _gate_problems(m)
    if problems:
        raise InvalidDocument(list(problems), f"methodology {m.id}")


def check(
    engagement: Engagement,
    gate: str | None = None,
    *,
    on: dt.date | None = None,
    methodology: Methodology | None = None,
    select: Iterable[str] | None = None,
    ignore: Iterable[str] | None = None,
    waivers: Sequence[Waiver] = (),
    base: str | os.PathLike[str] | None = None,
) -> Report:
    """Check an engagement's readiness to enter a phase.

    Parameters
    ----------
    engagement:
        The engagement; it is evaluated as it stood on ``on``.
    gate:
        Id of the phase whose entry gate is checked; default: the phase after
        the one the engagement was in on ``on``.
        ``"all"`` evaluates every rule at its default severity.
    on:
        The date to evaluate (default: today).
    methodology:
        Default: the one the engagement names (resolved relative to ``base``).
    select, ignore:
        Rule codes or prefixes (``GOV``, ``GOV1``, ``GOV101``) to keep, or to leave out.
    waivers:
        Waivers to apply besides those recorded in the phase log for this gate
        (those of the latest entry into it, unless the engagement has returned
        to an earlier phase since).

    Returns
    -------
    Report
        Every finding at once; ``report.ready`` is the verdict.

    Examples
    --------
    >>> import sportsocial as ss
    >>> eng = ss.load("examples/roosendaal-kickoff.yaml")
    >>> report = ss.check(eng, gate="kick-off", on=__import__("datetime").date(2026, 11, 24))
    >>> report.ready
    True
    """
    when = on or dt.date.today()
    m = methodology or resolve_methodology(engagement.methodology, base)
    _check_against_rules(m)
    evaluated = evaluation_view(engagement, when)
    view = evaluated.engagement
    target = gate or default_gate(view, m)
    rules = resolve_gate(m, target, select, ignore)
    phase_id = None if target == ALL_RULES else target
    values = registry.parameter_defaults() | m.parameter_values(phase_id)
    ctx = Context(evaluated, m, phase_id, values)
    applied = {w.code: w for w in (*_gate_waivers(view, m, target), *waivers)}
    findings: list[Finding] = []
    for rule, severity in rules:
        for hit in rule.check(ctx):
            finding = Finding.from_rule(
                rule, severity, hit.path, rule.message.format(**hit.values), hit.ids, hit.level
            )
            if rule.code in applied:
                finding = attrs.evolve(finding, waived=applied[rule.code])
            findings.append(finding)
    findings.sort(
        key=lambda f: (
            _SEVERITY_ORDER[f.severity],
            _LEVEL_ORDER[f.level.value if f.level else None],
            f.code,
        )
    )
    return Report(
        municipality=engagement.municipality.name,
        on=when,
        methodology=m.id,
        phase=view.phase,
        gate=target,
        evaluated=tuple((r.code, s) for r, s in rules),
        findings=tuple(findings),
        gate_name=m.phase(target).name if phase_id is not None else None,
        parties=parties(engagement),
    )


def check_gate(
    engagement: Engagement,
    methodology: Methodology,
    phase: str,
    *,
    on: dt.date,
    waivers: Sequence[Waiver] = (),
) -> Report:
    """The criteria checker behind every gate (see :mod:`sportsocial.methodology.criteria`)."""
    return check(engagement, phase, on=on, methodology=methodology, waivers=waivers)
