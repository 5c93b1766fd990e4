"""Short ``repr`` strings: one line that says what an object is, never thousands of characters.

Results and the engagement get a summary in words (:func:`short_repr`); the
small value classes of the model a compact constructor-like form
(:func:`compact_repr`) that leaves out fields at their default, shows enums by
value, shortens long text and counts long collections.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable, Mapping
from typing import Any

import attrs

__all__ = [
    "MAX_TEXT",
    "compact_repr",
    "install_compact_reprs",
    "install_module_reprs",
    "short_repr",
]

#: Longest text shown whole in a compact repr.
MAX_TEXT = 40
#: Longest run of fields in a compact repr; further fields are left out ("…").
MAX_FIELDS_TEXT = 240
#: Most items of a collection shown in a compact repr before it is counted instead.
_MAX_ITEMS = 3


def _value(value: object, depth: int) -> str:
    from ..i18n import Text

    if isinstance(value, Text):
        return _value(value.en, depth)
    if isinstance(value, Mapping):
        return f"<{len(value)} entries>"
    if isinstance(value, enum.Enum):
        return repr(value.value)
    if isinstance(value, str):
        return repr(value if len(value) <= MAX_TEXT else value[: MAX_TEXT - 1] + "…")
    if isinstance(value, tuple | list | frozenset | set):
        if len(value) > _MAX_ITEMS or (depth > 0 and value and attrs.has(type(next(iter(value))))):
            return f"<{len(value)} items>"
        inner = ", ".join(_value(v, depth + 1) for v in value)
        return f"({inner},)" if len(value) == 1 else f"({inner})"
    if attrs.has(type(value)):
        return compact_repr(value) if depth == 0 else f"{type(value).__name__}(…)"
    if isinstance(value, float):
        return f"{value:.6g}"
    return repr(value)


def compact_repr(self: Any) -> str:
    """A constructor-like repr of an attrs instance, showing only fields away from their default.

    >>> from sportsocial.model import Period
    >>> import datetime as dt
    >>> Period(start=dt.date(2024, 1, 1))
    Period(start=datetime.date(2024, 1, 1))
    """
    shown = []
    for field in attrs.fields(type(self)):
        if not field.repr:
            continue
        value = getattr(self, field.name)
        default = field.default
        if isinstance(default, attrs.Factory):  # type: ignore[arg-type]
            default = default.factory() if not default.takes_self else attrs.NOTHING
        if default is not attrs.NOTHING and value == default:
            continue
        shown.append(f"{field.name}={_value(value, 0 if not attrs.has(type(value)) else 1)}")
    kept: list[str] = []
    for part in shown:
        if sum(len(p) + 2 for p in kept) + len(part) > MAX_FIELDS_TEXT:
            kept.append("…")
            break
        kept.append(part)
    return f"{type(self).__name__}({', '.join(kept)})"


def _engagement(e: Any) -> str:
    phase = f", phase {e.phase} since {e.phase_since}" if e.phase else ""
    return (
        f"<Engagement {e.municipality.name} ({e.municipality.cbs_code}){phase}: "
        f"{len(e.stakeholders)} stakeholders, {len(e.funding)} funding streams, "
        f"{len(e.plan.actions)} actions>"
    )


def _report(r: Any) -> str:
    c = r.counts
    verdict = "ready" if r.ready else "not ready"
    return (
        f"<Report {r.municipality} on {r.on}, gate {r.gate}: {verdict}, "
        f"{c['blockers']} blockers, {c['warnings']} warnings, {c['rules']} rules>"
    )


def _finding(f: Any) -> str:
    level = f" {f.level.value}" if f.level else ""
    waived = " waived" if f.waived else ""
    return f"<Finding {f.code} {f.severity.value}{level}{waived} at {f.path}>"


def _status(s: Any) -> str:
    gate = ""
    if s.next_gate is not None:
        gate = f", gate {s.next_phase} {'ready' if s.next_gate.ready else 'not ready'}"
    return f"<Status {s.municipality} on {s.on}: phase {s.phase}{gate}>"


def _agenda(a: Any) -> str:
    return f"<Agenda {a.municipality} on {a.on}, gate {a.gate}: {len(a.items)} items>"


def _alignment(a: Any) -> str:
    f = a.funding
    return (
        f"<Alignment {a.municipality} on {a.on}: index {a.index:.2f}, "
        f"shared {f.shared_share:.0%}, structural {f.structural_share:.0%}>"
    )


def _network(m: Any) -> str:
    ei = "None" if m.ei_index is None else f"{m.ei_index:.4g}"
    return (
        f"NetworkMetrics(stakeholders={m.stakeholders}, ties={m.ties}, "
        f"density={m.density:.4g}, ei_index={ei}, …)"
    )


def _timeline(ts: Any) -> str:
    span = f" {ts.rows[0].on}..{ts.rows[-1].on}" if ts.rows else ""
    return f"<Timeline {ts.municipality}: {len(ts.rows)} rows{span}>"


def _methodology(m: Any) -> str:
    return f"<Methodology {m.id}: {len(m.phases)} phases>"


def _cohort(c: Any) -> str:
    every = f" every {c.every}" if c.every else ""
    return (
        f"<Cohort on {c.on}{every}: {c.documents} documents, {len(c.rows)} rows, "
        f"{len(c.finding_rows)} findings, {len(c.problems)} with problems>"
    )


def _sweep(s: Any) -> str:
    values = ", ".join(f"{v:g}" for v in s.values)
    return f"<Sweep {s.parameter} = [{values}]: {len(s.rows)} rows>"


def _roadmap(r: Any) -> str:
    kickoff = r.earliest_kickoff
    by = f", set by {kickoff.set_by}" if kickoff.set_by else ""
    return (
        f"<Roadmap {r.municipality} on {r.on}: {len(r.steps)} steps, kick-off {kickoff.date}{by}>"
    )


def _what_if(w: Any) -> str:
    return (
        f"<WhatIf {', '.join(w.applied)}: kick-off {w.before.earliest_kickoff.date} -> "
        f"{w.after.earliest_kickoff.date} ({w.moved_by_days:+d} days)>"
    )


def _builders() -> dict[type, Callable[[Any], str]]:
    from ..alignment import Alignment, Timeline
    from ..methodology import Methodology, Status
    from ..model import Engagement
    from ..network import NetworkMetrics
    from ..readiness import Agenda, Finding, Report
    from ..research import Cohort, Sweep
    from ..roadmap import Roadmap, WhatIf

    return {
        Engagement: _engagement,
        Report: _report,
        Finding: _finding,
        Status: _status,
        Agenda: _agenda,
        Alignment: _alignment,
        NetworkMetrics: _network,
        Timeline: _timeline,
        Methodology: _methodology,
        Cohort: _cohort,
        Sweep: _sweep,
        Roadmap: _roadmap,
        WhatIf: _what_if,
    }


def short_repr(obj: object) -> str:
    """One line summarizing ``obj`` (a compact constructor-like form for other attrs objects)."""
    builder = _builders().get(type(obj))
    if builder is not None:
        return builder(obj)
    if attrs.has(type(obj)):
        return compact_repr(obj)
    return object.__repr__(obj)


def install_compact_reprs(classes: Iterable[type]) -> None:
    """Give each of ``classes`` (attrs classes) :func:`compact_repr` as its ``__repr__``.

    Done once, for the package's value classes, in :mod:`sportsocial`'s
    ``__init__``: a plan's, a goal's or a catalogue suggestion's default attrs
    repr runs to thousands of characters.
    """
    for cls in classes:
        if not attrs.has(cls):
            raise TypeError(f"{cls.__name__} is not an attrs class")
        cls.__repr__ = compact_repr  # type: ignore[method-assign]


def _generated_repr(cls: type) -> bool:
    """Whether ``cls.__repr__`` is the one attrs wrote (not a hand-written summary)."""
    code = getattr(cls.__repr__, "__code__", None)
    return code is not None and code.co_filename.startswith("<attrs generated")


def _classes_in(hint: object) -> list[type]:
    """The classes named in a resolved type hint (``tuple[Goal, ...] | None`` gives Goal)."""
    if isinstance(hint, type):
        return [hint]
    return [c for arg in getattr(hint, "__args__", ()) for c in _classes_in(arg)]


def _reachable(classes: Iterable[type]) -> list[type]:
    """``classes`` and every attrs class their fields hold, recursively."""
    seen: dict[type, None] = {}
    todo = list(classes)
    while todo:
        cls = todo.pop()
        if cls in seen or not attrs.has(cls):
            continue
        seen[cls] = None
        try:
            fields = attrs.fields(attrs.resolve_types(cls))
        except (NameError, TypeError):  # a hint named only for type checkers
            continue
        todo += [c for f in fields for c in _classes_in(f.type)]
    return list(seen)


def install_module_reprs(namespace: Mapping[str, object]) -> None:
    """Compact reprs for the attrs classes a package exports (its ``__all__``) and the
    attrs classes their fields hold.

    Each package of the model and the analyses calls this once at the end of
    its ``__init__``, so a class added later is covered without a list to keep
    up. Classes with a hand-written ``__repr__`` (the engagement, the results,
    with their one-line summaries) keep it.
    """
    names = namespace.get("__all__", ())
    assert isinstance(names, list | tuple)
    exported = [namespace[name] for name in names]
    classes = _reachable(cls for cls in exported if isinstance(cls, type))
    install_compact_reprs(cls for cls in classes if _generated_repr(cls))
