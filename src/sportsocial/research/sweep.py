"""Parameter sweeps: how a cohort's verdicts change as one rule threshold varies.

A rule parameter (``min_shared_share``, ``max_days_in_phase``, ...; listed by
``sportsocial explain``) has a documented default that a methodology may
override for every gate and a gate for itself. A sweep puts one value in
force at every gate, above both (:func:`with_parameter`), re-checks every
engagement of a cohort on the cohort's dates for each value, and tabulates the
verdicts: which thresholds would let which municipalities through.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from concurrent.futures import Executor
from typing import TYPE_CHECKING

import attrs

from ..methodology.model import Methodology, Parameter
from ..readiness import check
from ..readiness.registry import RULES, parameter_bounds, parameter_defaults
from ._evaluate import Item, Spec, evaluation_dates, prepare
from ._parallel import chunk_size, chunks, ordered_map, workers_of
from .cohort import Cohort
from .tables import Column, Record, Table, number

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["SUMMARY_COLUMNS", "SWEEP_COLUMNS", "Sweep", "rules_using", "sweep", "with_parameter"]

#: Columns of a sweep: one row per value, engagement and date.
SWEEP_COLUMNS: tuple[Column, ...] = (
    ("parameter", "str"),
    ("value", "float"),
    ("source", "str"),
    ("municipality", "str"),
    ("on", "date"),
    ("phase", "str"),
    ("gate", "str"),
    ("ready", "bool"),
    ("blockers", "int"),
    ("warnings", "int"),
    ("fired", "str"),
)
#: Columns of a sweep's summary: one row per value.
SUMMARY_COLUMNS: tuple[Column, ...] = (
    ("parameter", "str"),
    ("value", "float"),
    ("evaluations", "int"),
    ("ready", "int"),
    ("ready_share", "float"),
    ("blockers_mean", "float"),
    ("fired", "int"),
)


def rules_using(parameter: str) -> tuple[str, ...]:
    """Codes of the rules that read ``parameter``."""
    return tuple(
        code for code, r in RULES.items() if any(p.name == parameter for p in r.parameters)
    )


def with_parameter(methodology: Methodology, name: str, value: float) -> Methodology:
    """``methodology`` with ``name`` set to ``value`` at every gate.

    Parameters resolve as rule default, then the methodology's value, then the
    gate's own; the value goes in at the methodology's level and every gate's
    own value for ``name`` is dropped, so ``value`` is what every gate sees.
    """
    phases = tuple(
        attrs.evolve(
            p,
            gate=attrs.evolve(
                p.gate, parameters=tuple(q for q in p.gate.parameters if q.name != name)
            ),
        )
        for p in methodology.phases
    )
    kept = tuple(q for q in methodology.parameters if q.name != name)
    return attrs.evolve(
        methodology, phases=phases, parameters=(*kept, Parameter(name=name, value=value))
    )


def checked_values(parameter: str, values: Iterable[float]) -> tuple[float, ...]:
    """``values`` as floats; ``ValueError`` for an unknown parameter or a value out of range."""
    defaults = parameter_defaults()
    if parameter not in defaults:
        raise ValueError(
            f"unknown parameter {parameter!r}; parameters: {', '.join(sorted(defaults))}"
        )
    low, high = parameter_bounds()[parameter]
    out = tuple(float(v) for v in values)
    if not out:
        raise ValueError("a sweep needs at least one value")
    bad = [v for v in out if v < low or (high is not None and v > high)]
    if bad:
        top = "" if high is None else f"..{high}"
        raise ValueError(f"{parameter} must lie in {low}{top}; out of range: {bad}")
    return out


@attrs.frozen(kw_only=True)
class _SweepSpec:
    spec: Spec
    parameter: str
    values: tuple[float, ...]
    codes: frozenset[str]


def _sweep_one(item: Item, position: int, s: _SweepSpec) -> list[Record]:
    ready = prepare(item, position, s.spec)
    source, engagement, base_methodology = ready.source, ready.engagement, ready.methodology
    if engagement is None or base_methodology is None:
        return []  # listed in the cohort's problems already
    out: list[Record] = []
    dates: Sequence[dt.date] = evaluation_dates(engagement, s.spec)
    for value in s.values:
        m = with_parameter(base_methodology, s.parameter, value)
        for on in dates:
            report = check(engagement, s.spec.gate, on=on, methodology=m)
            fired = sorted({f.code for f in report.findings if f.code in s.codes})
            out.append(
                {
                    "parameter": s.parameter,
                    "value": value,
                    "source": source,
                    "municipality": engagement.municipality.name,
                    "on": on,
                    "phase": report.phase,
                    "gate": report.gate,
                    "ready": report.ready,
                    "blockers": len(report.blockers),
                    "warnings": len(report.warnings),
                    "fired": ",".join(fired),
                }
            )
    return out


def _sweep_chunk(task: tuple[_SweepSpec, Sequence[tuple[int, Item]]]) -> list[list[Record]]:
    s, items = task
    return [_sweep_one(item, position, s) for position, item in items]


@attrs.frozen(kw_only=True, repr=False)
class Sweep:
    """Verdicts of a cohort for each value of one rule parameter.

    ``rows`` has one record per value, engagement and date (columns
    :data:`SWEEP_COLUMNS`), values in the order given; ``fired`` lists the
    codes of the rules that read the parameter (:attr:`rules`) and fired.
    """

    parameter: str
    values: tuple[float, ...]
    rules: tuple[str, ...]
    rows: tuple[Record, ...]

    def table(self) -> Table:
        """The rows as a table (no pandas needed)."""
        return Table(SWEEP_COLUMNS, self.rows)

    def summary_table(self) -> Table:
        """One row per value: evaluations, how many ready and which share, the
        mean number of blockers, and in how many evaluations a rule reading the
        parameter fired."""
        records: list[Record] = []
        for value in self.values:
            rows = [r for r in self.rows if r["value"] == value]
            n = len(rows)
            ready = sum(1 for r in rows if r["ready"])
            blockers = sum(number(r["blockers"]) for r in rows)
            records.append(
                {
                    "parameter": self.parameter,
                    "value": value,
                    "evaluations": n,
                    "ready": ready,
                    "ready_share": ready / n if n else None,
                    "blockers_mean": blockers / n if n else None,
                    "fired": sum(1 for r in rows if r["fired"]),
                }
            )
        return Table(SUMMARY_COLUMNS, records)

    def to_dataframe(self) -> pd.DataFrame:
        """The rows as a DataFrame (``analysis`` extra)."""
        return self.table().to_dataframe()

    def summary(self) -> pd.DataFrame:
        """The summary as a DataFrame indexed by value (``analysis`` extra)."""
        t = self.summary_table()
        return Table(t.columns, t.records, index="value").to_dataframe()

    def __repr__(self) -> str:
        from ..display import short_repr

        return short_repr(self)

    def _repr_html_(self) -> str:
        from ..display import to_html

        return to_html(self)

    def _repr_markdown_(self) -> str:
        from ..display import to_markdown

        return to_markdown(self)


def sweep(
    cohort: Cohort,
    *,
    parameter: str,
    values: Iterable[float],
    executor: Executor | None = None,
    chunksize: int | None = None,
) -> Sweep:
    """Re-check every engagement of ``cohort`` with ``parameter`` set to each of ``values``.

    The engagements are checked on the cohort's dates, at its gate (or each
    one's next phase), under the methodology each names (or the cohort's),
    with the parameter in force at every gate (:func:`with_parameter`).
    Documents listed in the cohort's problems are left out.

    Raises
    ------
    ValueError
        For an unknown parameter, no values, or a value outside the
        parameter's range (as a methodology's own values are checked, MET207).

    Examples
    --------
    >>> import datetime as dt, sportsocial as ss
    >>> c = ss.evaluate_cohort(["examples"], on=dt.date(2026, 11, 24), gate="kick-off")
    >>> s = ss.sweep(c, parameter="min_shared_share", values=[0.5, 1.0])
    >>> [(r["value"], r["ready"]) for r in s.summary_table().records]
    [(0.5, 1), (1.0, 1)]
    """
    chosen = checked_values(parameter, values)
    spec = Spec(on=cohort.on, every=cohort.every, gate=cohort.gate, methodology=cohort.methodology)
    s = _SweepSpec(
        spec=spec, parameter=parameter, values=chosen, codes=frozenset(rules_using(parameter))
    )
    workers = workers_of(executor)
    size = chunksize or chunk_size(len(cohort.sources), workers)
    tasks = ((s, batch) for batch in chunks(enumerate(cohort.sources), size))
    rows = [r for doc in ordered_map(_sweep_chunk, tasks, executor, 2 * workers) for r in doc]
    # order: by value first, then document and date, as documented
    order = {v: i for i, v in enumerate(chosen)}
    rows.sort(key=lambda r: order[number(r["value"])])
    return Sweep(parameter=parameter, values=chosen, rules=tuple(sorted(s.codes)), rows=tuple(rows))
