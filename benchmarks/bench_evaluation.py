"""Benchmark: evaluating an engagement grows linearly with its size.

    python benchmarks/bench_evaluation.py

Synthetic sparse engagements (``_synthetic.py``) of 250, 500, 1,000 and 2,000
stakeholders, saved in the current document format, are loaded and evaluated
on one date: ``check`` (every rule), ``network_metrics`` (every measure but
betweenness), ``alignment``, and the full evaluation (load, check, alignment,
network) that shares one view of the engagement on the date. Each operation
but the full evaluation starts cold (no kept view). Betweenness, whose cost is
O(n·m) by nature and which only a reader of brokers pays, is timed apart.

Prints wall and CPU time (best of several runs) and the growth per doubling:
2.0 is linear, the target is at most 2.2 for check, network_metrics and the
full evaluation (and well under 0.2 s for the full evaluation of 1,000
stakeholders). Never fails on a busy machine; CI does not run it.
"""

from __future__ import annotations

import cProfile
import functools
import itertools
import pstats
from collections.abc import Callable

from _synthetic import EVALUATED_ON, synthetic_text
from _timing import Timing, growth, in_turns, ms

import sportsocial as ss
from sportsocial._evaluation import forget_views
from sportsocial.network.metrics import MEASURES

__all__ = ["SIZES", "call_counts", "evaluation_rows", "main"]

SIZES = (250, 500, 1000, 2000)
#: Measures every reader pays for in linear time: all but betweenness and brokers.
LINEAR = tuple(m for m in MEASURES if m not in ("betweenness", "brokers"))
FULL_TARGET_SECONDS = 0.2
GROWTH_TARGET = 2.2


def _network(eng: ss.Engagement) -> None:
    m = ss.network_metrics(eng, on=EVALUATED_ON)
    for name in LINEAR:
        getattr(m, name)


def _betweenness(eng: ss.Engagement) -> None:
    ss.network_metrics(eng, on=EVALUATED_ON).betweenness  # noqa: B018 - read to compute


def _full(text: str) -> None:
    eng = ss.loads(text, "json")
    ss.check(eng, "all", on=EVALUATED_ON)
    ss.alignment(eng, on=EVALUATED_ON)
    _network(eng)


@functools.cache
def _document(n: int) -> tuple[str, ss.Engagement]:
    """The synthetic engagement of ``n`` stakeholders as a current-format document
    (made once: the timings and the call counts read the same documents)."""
    text = ss.dumps(ss.loads(synthetic_text(n), "json"), "json")
    return text, ss.loads(text, "json")


OPERATIONS: dict[str, Callable[[str, ss.Engagement], object]] = {
    "load": lambda text, eng: ss.loads(text, "json"),
    "check": lambda text, eng: ss.check(eng, "all", on=EVALUATED_ON),
    "network_metrics": lambda text, eng: _network(eng),
    "alignment": lambda text, eng: ss.alignment(eng, on=EVALUATED_ON),
    "full evaluation": lambda text, eng: _full(text),
}


def evaluation_rows(
    sizes: tuple[int, ...] = SIZES, repeats: int = 5
) -> tuple[list[tuple[int, int, int]], dict[str, list[Timing]]]:
    """Per size: (stakeholders, relations, ties); per operation: its timings.

    The runs take turns: each round times every operation once on every size, so
    a busy spell of the shared machine slows all sizes alike instead of one, and
    the growth per doubling compares like with like.
    """
    documents = [_document(n) for n in sizes]
    shapes: list[tuple[int, int, int]] = []
    for _, eng in documents:
        m = ss.network_metrics(eng, on=EVALUATED_ON)
        shapes.append((len(eng.stakeholders), len(eng.relations), m.ties))
        forget_views()
    runs: list[Callable[[], object]] = []
    most: list[int] = []
    for i, (text, eng) in enumerate(documents):
        for op in OPERATIONS.values():
            runs.append(lambda op=op, t=text, e=eng: op(t, e))
            most.append(repeats)
        # betweenness is O(n·m): the large sizes once, the small ones a few times
        runs.append(lambda e=eng: _betweenness(e))
        most.append(max(1, repeats // 2) if sizes[i] <= 500 else 1)
    timed = in_turns(repeats, runs, forget_views, most)
    names = [*OPERATIONS, "betweenness"]
    best = {name: timed[k :: len(names)] for k, name in enumerate(names)}
    return shapes, best


def call_counts(sizes: tuple[int, ...] = SIZES) -> dict[str, list[int]]:
    """Per operation but betweenness: the Python function calls of one run per size.

    Unlike time, the count is the same on every run and every machine, busy or
    not: its growth per doubling shows whether the work is linear where a noisy
    timing cannot (C functions are counted as calls, not by what they do).
    """
    counts: dict[str, list[int]] = {name: [] for name in OPERATIONS}
    for n in sizes:
        text, eng = _document(n)
        for name, op in OPERATIONS.items():
            forget_views()
            op(text, eng)  # first-use work (imports, caches) is not the operation's
            forget_views()
            profile = cProfile.Profile()
            profile.enable()
            op(text, eng)
            profile.disable()
            counts[name].append(pstats.Stats(profile).total_calls)
        forget_views()
    return counts


def report(sizes: tuple[int, ...] = SIZES, repeats: int = 5) -> list[str]:
    """The lines of the evaluation benchmark."""
    shapes, timings = evaluation_rows(sizes, repeats)
    lines = [
        f"Evaluation of a synthetic sparse engagement on {EVALUATED_ON} "
        f"(check: every rule), best of {repeats}; milliseconds, wall / CPU",
        "  " + "".join(f"{'n=' + str(s[0]):>20}" for s in shapes),
        "  " + "".join(f"{f'{s[1]} relations':>20}" for s in shapes),
        "  " + "".join(f"{f'{s[2]} ties':>20}" for s in shapes),
    ]
    for name, row in timings.items():
        label = "betweenness (apart)" if name == "betweenness" else name
        lines.append(f"  {label:<22}" + "".join(f"{ms(t):>20}" for t in row))
    lines.append("")
    lines.append(
        f"Growth per doubling of the stakeholders, wall / CPU (linear: 2.0; "
        f"target for check, network_metrics and the full evaluation: at most {GROWTH_TARGET})"
    )
    steps = [f"{a[0]}->{b[0]}" for a, b in itertools.pairwise(shapes)]
    lines.append("  " + " " * 22 + "".join(f"{s:>16}" for s in steps))
    for name, row in timings.items():
        label = "betweenness (n·m)" if name == "betweenness" else name
        cells = "".join(f"{g.wall:>9.2f} / {g.cpu:4.2f}" for g in growth(row))
        lines.append(f"  {label:<22}{cells}")
    counts = call_counts(sizes)
    lines.append("")
    lines.append(
        "Work per doubling, counted in function calls (the same on every run, busy or not; "
        "linear: 2.0)"
    )
    lines.append("  " + " " * 22 + "".join(f"{s:>16}" for s in steps))
    for name, row in counts.items():
        cells = "".join(f"{b / a:>16.2f}" for a, b in itertools.pairwise(row))
        lines.append(f"  {name:<22}{cells}")
    if 1000 in sizes:
        full = timings["full evaluation"][sizes.index(1000)]
        lines.append("")
        lines.append(
            f"Full evaluation of ~1,000 stakeholders: {full.wall * 1000:.0f} ms wall, "
            f"{full.cpu * 1000:.0f} ms CPU; ratio to the {FULL_TARGET_SECONDS:.1f} s target "
            f"{full.wall / FULL_TARGET_SECONDS:.2f} (load alone: "
            f"{timings['load'][sizes.index(1000)].wall * 1000:.0f} ms)"
        )
    return lines


def main() -> None:
    print("\n".join(report()))


if __name__ == "__main__":
    main()
