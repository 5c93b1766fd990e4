"""Benchmark: the timeline's cost is linear in dates x facts, and less where facts rest.

    python benchmarks/bench_timeline.py

Synthetic engagements (``_synthetic.py``) of 100 and 400 stakeholders, with a
monthly timeline over one and over four years: prints the time per (date x
fact) and its ratio to the smallest run (near 1: no quadratic term; below 2
is the target). A last line times a monthly timeline over the years after the
last fact, when every row takes over the engagement of the row before
instead of rebuilding it. Prints ratios, never fails on a busy machine; CI
does not run it.
"""

from __future__ import annotations

import datetime as dt

from _synthetic import synthetic_text
from _timing import Timing, best_of

import sportsocial as ss
from sportsocial._evaluation import fact_dates

__all__ = ["main", "report"]

START = dt.date(2024, 1, 1)
RUNS = ((100, 12), (400, 12), (100, 48), (400, 48))


def _facts(eng: ss.Engagement) -> int:
    return (
        len(eng.stakeholders)
        + len(eng.relations)
        + len(eng.funding)
        + len(eng.governance)
        + len(eng.decisions)
        + len(eng.plan.actions)
    )


def _timed(eng: ss.Engagement, start: dt.date, months: int, repeats: int) -> tuple[Timing, int]:
    end = start + dt.timedelta(days=int(months * 30.44))
    rows = len(ss.timeline(eng, "month", start=start, end=end))
    return best_of(repeats, lambda: ss.timeline(eng, "month", start=start, end=end)), rows


def report(repeats: int = 3) -> list[str]:
    """The lines of the timeline benchmark."""
    lines = [f"Monthly timeline, best of {repeats}; microseconds per date x fact, wall / CPU"]
    base: Timing | None = None
    for n, months in RUNS:
        eng = ss.loads(synthetic_text(n), "json")
        t, rows = _timed(eng, START, months, repeats)
        unit = Timing(t.wall / (rows * _facts(eng)), t.cpu / (rows * _facts(eng)))
        base = base or unit
        ratio = unit / base
        lines.append(
            f"  {n:>4} stakeholders x {months:>2} months: {unit.wall * 1e6:6.2f} / "
            f"{unit.cpu * 1e6:6.2f} us; ratio to the smallest run {ratio.wall:4.2f} / "
            f"{ratio.cpu:4.2f} (linear: near 1, target < 2)"
        )
    eng = ss.loads(synthetic_text(400), "json")
    during, rows = _timed(eng, START, 48, repeats)
    after, rows_after = _timed(eng, max(fact_dates(eng)) + dt.timedelta(days=2), 48, repeats)
    lines.append(
        f"  400 stakeholders, 48 months after the last fact: "
        f"{after.cpu / rows_after * 1000:.2f} ms CPU per row, against "
        f"{during.cpu / rows * 1000:.2f} ms while facts change every month"
    )
    return lines


def main() -> None:
    print("\n".join(report()))


if __name__ == "__main__":
    main()
