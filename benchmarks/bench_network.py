"""Benchmark: the stakeholder network of hundreds of stakeholders in well under a second.

    python benchmarks/bench_network.py

Builds synthetic engagements of 300 and 600 stakeholders at three levels, with
governance bodies (each tying its members pairwise) and about two relations
per stakeholder, and times ``stakeholder_graph`` plus ``network_metrics``
together (best of several runs). Prints each time and its ratio to the
1-second target (below 1: the target holds). Never fails on a busy machine;
CI does not run it.
"""

from __future__ import annotations

import datetime as dt
import random
import time

import sportsocial as ss
from sportsocial.network import network_metrics, stakeholder_graph

TARGET_SECONDS = 1.0
SIZES = (300, 600)
REPEATS = 5
D = dt.date

_KINDS = (
    ss.StakeholderKind.MUNICIPAL_DEPARTMENT,
    ss.StakeholderKind.SPORTS_CLUB,
    ss.StakeholderKind.WELFARE_ORGANISATION,
    ss.StakeholderKind.CARE_PROVIDER,
    ss.StakeholderKind.COMMUNITY_ORGANISATION,
)


def synthetic(n: int, seed: int = 7) -> ss.Engagement:
    """An engagement with ``n`` stakeholders, ``n // 15`` bodies of 5-10 members
    and ``2 n`` relations between random pairs (some ended, some directed)."""
    rng = random.Random(seed)
    levels = list(ss.Level)
    domains = list(ss.Domain)
    stakeholders = tuple(
        ss.Stakeholder(
            id=f"s{i}",
            name=f"Partner {i}",
            kind=rng.choice(_KINDS),
            level=levels[i % 3],
            domain=None if i % 25 == 0 else domains[0] if i % 3 == 0 else rng.choice(domains),
        )
        for i in range(n)
    )
    relations = []
    for _ in range(2 * n):
        a, b = rng.sample(range(n), 2)
        start = D(2020, 1, 1) + dt.timedelta(days=rng.randrange(1500))
        end = start + dt.timedelta(days=rng.randrange(200, 900)) if rng.random() < 0.2 else None
        relations.append(
            ss.Relation(
                source=f"s{a}",
                target=f"s{b}",
                kind=rng.choice(list(ss.RelationKind)),
                period=ss.Period(start=start, end=end),
                strength=rng.choice((None, 1, 2, 3, 4)),
            )
        )
    governance = tuple(
        ss.GovernanceBody(
            id=f"g{j}",
            name=f"Overleg {j}",
            kind=ss.GovernanceKind.WORKING_GROUP,
            level=levels[j % 3],
            mandate=ss.Mandate.ADVISORY,
            period=ss.Period(start=D(2021, 1, 1)),
            members=tuple(f"s{i}" for i in rng.sample(range(n), rng.randint(5, 10))),
        )
        for j in range(n // 15)
    )
    return ss.Engagement(
        municipality=ss.Municipality(name="Synthetisch", cbs_code="GM9999"),
        stakeholders=stakeholders,
        relations=tuple(relations),
        governance=governance,
    )


def best_time(eng: ss.Engagement, on: dt.date | None) -> tuple[float, ss.NetworkMetrics]:
    best, metrics = float("inf"), None
    for _ in range(REPEATS):
        t0 = time.perf_counter()
        metrics = network_metrics(stakeholder_graph(eng, on=on))
        best = min(best, time.perf_counter() - t0)
    assert metrics is not None
    return best, metrics


def main() -> None:
    print(f"target: stakeholder_graph + network_metrics under {TARGET_SECONDS:.1f} s")
    for n in SIZES:
        eng = synthetic(n)
        for on in (None, D(2024, 6, 1)):
            seconds, m = best_time(eng, on)
            print(
                f"n={n:4d} on={on!s:10}  ties={m.ties:5d}  brokers={len(m.brokers):4d}  "
                f"time={seconds:.3f} s  ratio to target={seconds / TARGET_SECONDS:.2f}"
            )


if __name__ == "__main__":
    main()
