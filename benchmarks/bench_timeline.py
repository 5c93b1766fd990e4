"""Benchmark: the timeline's cost is linear in dates x facts.

    python benchmarks/bench_timeline.py

Builds synthetic engagements of growing size, times ``sportsocial.timeline``
over growing numbers of dates, and prints the time per (date x fact). The
target holds when the ratio of the largest run's cost per unit to the
smallest's stays near 1 (below 2: no quadratic term). Prints ratios, never
fails on a busy machine; CI does not run it.
"""

from __future__ import annotations

import datetime as dt
import time

import sportsocial as ss

D = dt.date
_KINDS = (ss.StakeholderKind.SPORTS_CLUB, ss.StakeholderKind.WELFARE_ORGANISATION)
_DOMAINS = (ss.Domain.SPORT, ss.Domain.SOCIAL_SUPPORT, ss.Domain.WORK_AND_INCOME)


def synthetic(n: int) -> ss.Engagement:
    """An engagement with ``n`` stakeholders, ``n`` streams, ``n`` relations and ``n`` actions."""
    start = D(2020, 1, 1)
    stakeholders = tuple(
        ss.Stakeholder(
            id=f"s{i}",
            name=f"Partner {i}",
            kind=_KINDS[i % 2],
            level=list(ss.Level)[i % 3],
            domain=_DOMAINS[i % 3],
        )
        for i in range(n)
    )
    funding = tuple(
        ss.FundingStream(
            id=f"f{i}",
            name=f"Stream {i}",
            source_domain=_DOMAINS[i % 3],
            amount_per_year=10_000 + i,
            period=ss.Period(start=start + dt.timedelta(days=7 * i)),
            nature=list(ss.FundingNature)[i % 2],
            integration=list(ss.FundingIntegration)[i % 3],
            committed=start + dt.timedelta(days=7 * i),
        )
        for i in range(n)
    )
    relations = tuple(
        ss.Relation(
            source=f"s{i}",
            target=f"s{(i * 7 + 1) % n}",
            kind=ss.RelationKind.COLLABORATES,
            period=ss.Period(start=start),
        )
        for i in range(n)
        if (i * 7 + 1) % n != i
    )
    body = ss.GovernanceBody(
        id="sg",
        name="Stuurgroep",
        kind=ss.GovernanceKind.STEERING_GROUP,
        level=ss.Level.ADMINISTRATIVE,
        mandate=ss.Mandate.DECISION,
        period=ss.Period(start=start),
        members=tuple(f"s{i}" for i in range(0, n, 10)),
        controls=tuple(f"f{i}" for i in range(0, n, 2)),
    )
    actions = tuple(
        ss.Action(
            id=f"a{i}",
            title=f"Action {i}",
            added=start,
            owner=f"s{i}",
            funding=(f"f{i}",),
            start=start + dt.timedelta(days=7 * i),
            cost_per_year=5_000,
        )
        for i in range(n)
    )
    return ss.Engagement(
        municipality=ss.Municipality(name="Synthetisch", cbs_code="GM9999"),
        stakeholders=stakeholders,
        relations=relations,
        funding=funding,
        governance=(body,),
        plan=ss.ImplementationPlan(actions=actions),
    )


def per_unit(n: int, months: int) -> float:
    eng = synthetic(n)
    end = D(2020, 1, 1) + dt.timedelta(days=int(months * 30.44))
    best = float("inf")
    for _ in range(3):
        t0 = time.perf_counter()
        ts = ss.timeline(eng, "month", start=D(2020, 1, 1), end=end)
        best = min(best, time.perf_counter() - t0)
    facts = 4 * n + 1
    return best / (len(ts) * facts)


def main() -> None:
    runs = [(50, 12), (200, 12), (50, 48), (200, 48)]
    base = None
    for n, months in runs:
        unit = per_unit(n, months)
        base = base or unit
        print(
            f"{n:>4} stakeholders x {months:>2} months: {unit * 1e6:7.2f} us per date x fact; "
            f"ratio to the smallest run {unit / base:4.2f} (linear: near 1, target < 2)"
        )


if __name__ == "__main__":
    main()
