"""Benchmark: the stakeholder network, measure by measure.

    python benchmarks/bench_network.py

Synthetic sparse engagements (``_synthetic.py``) of 300, 600 and 1,200
stakeholders, on one date: building the graph (``stakeholder_graph``), the
measures the readiness rules read (E-I index, single points of failure,
isolates, executive links: what ``check`` pays), every measure but
betweenness, and betweenness alone (networkx, O(n·m): only a reader of
``brokers`` or ``to_dict()`` pays it). Prints wall and CPU time (best of
several runs, taking turns across sizes) and the growth per doubling. Never
fails on a busy machine; CI does not run it.
"""

from __future__ import annotations

from collections.abc import Callable

from _synthetic import EVALUATED_ON, synthetic_text
from _timing import Timing, growth, in_turns, ms

import sportsocial as ss
from sportsocial._evaluation import forget_views
from sportsocial.network.metrics import MEASURES

__all__ = ["SIZES", "main", "report"]

SIZES = (300, 600, 1200)
#: What the readiness rules NET101-NET105 read.
READ_BY_RULES = ("ei_index", "single_points_of_failure", "isolates", "unlinked_executive")
LINEAR = tuple(m for m in MEASURES if m not in ("betweenness", "brokers"))


def _reading(names: tuple[str, ...]) -> Callable[[ss.Engagement], None]:
    def read(eng: ss.Engagement) -> None:
        m = ss.network_metrics(eng, on=EVALUATED_ON)
        for name in names:
            getattr(m, name)

    return read


STEPS: dict[str, Callable[[ss.Engagement], object]] = {
    "stakeholder_graph": lambda eng: ss.stakeholder_graph(eng, on=EVALUATED_ON),
    "measures the rules read": _reading(READ_BY_RULES),
    "every measure but betweenness": _reading(LINEAR),
    "betweenness": _reading(("betweenness",)),
}


def report(sizes: tuple[int, ...] = SIZES, repeats: int = 5) -> list[str]:
    """The lines of the network benchmark."""
    engagements = [ss.loads(synthetic_text(n), "json") for n in sizes]
    shapes = [len(eng.stakeholders) for eng in engagements]
    runs: list[Callable[[], object]] = []
    most: list[int] = []
    for n, eng in zip(sizes, engagements, strict=True):
        for name, step in STEPS.items():
            runs.append(lambda step=step, eng=eng: step(eng))
            most.append(repeats if name != "betweenness" or n <= 600 else 1)
    timed = in_turns(repeats, runs, forget_views, most)
    timings: dict[str, list[Timing]] = {
        name: timed[k :: len(STEPS)] for k, name in enumerate(STEPS)
    }
    lines = [
        f"Network measures on {EVALUATED_ON}, best of {repeats}; milliseconds, wall / CPU",
        "  " + " " * 30 + "".join(f"{'n=' + str(s):>20}" for s in shapes),
    ]
    for name, row in timings.items():
        lines.append(f"  {name:<30}" + "".join(f"{ms(t):>20}" for t in row))
    lines.append("  growth per doubling, wall / CPU (linear: 2.0; betweenness: about 4)")
    for name, row in timings.items():
        cells = "".join(f"{g.wall:>13.2f} / {g.cpu:4.2f}" for g in growth(row))
        lines.append(f"  {name:<30}{cells}")
    return lines


def main() -> None:
    print("\n".join(report()))


if __name__ == "__main__":
    main()
