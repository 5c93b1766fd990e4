"""Timing helpers: best of several runs, wall-clock and CPU time side by side.

A shared machine is noisy: another process can only make a run slower, never
faster, so the fastest of several runs is the best estimate of what the code
costs. CPU time (this process's, or a child's) is printed beside wall time:
when the two differ much, the machine was busy and the wall time is suspect.
"""

from __future__ import annotations

import gc
import itertools
import os
import platform
import resource
import subprocess
import sys
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

__all__ = [
    "Timing",
    "best_of",
    "best_of_process",
    "growth",
    "in_turns",
    "machine",
    "ms",
]


@dataclass(frozen=True)
class Timing:
    """Seconds of wall-clock and of CPU time, each the least of the runs."""

    wall: float
    cpu: float

    def __add__(self, other: Timing) -> Timing:
        return Timing(self.wall + other.wall, self.cpu + other.cpu)

    def __truediv__(self, other: Timing) -> Timing:
        return Timing(self.wall / other.wall, self.cpu / other.cpu)


def best_of(repeats: int, run: Callable[[], object], before: Callable[[], object] = int) -> Timing:
    """The least wall and CPU time of ``repeats`` calls of ``run`` (``before``
    runs untimed ahead of each, e.g. to start cold)."""
    wall = cpu = float("inf")
    for _ in range(repeats):
        before()
        gc.collect()
        w0, c0 = time.perf_counter(), time.process_time()
        run()
        c1, w1 = time.process_time(), time.perf_counter()
        wall, cpu = min(wall, w1 - w0), min(cpu, c1 - c0)
    return Timing(wall, cpu)


def in_turns(
    repeats: int,
    runs: Sequence[Callable[[], object]],
    before: Callable[[], object] = int,
    most: Sequence[int] | None = None,
) -> list[Timing]:
    """The least wall and CPU time of each of ``runs``, taking turns: every round
    runs each once (``before`` untimed ahead of each), so a busy spell of the
    machine slows all of them alike and ratios between them stay fair. Run ``i``
    takes part in at most ``most[i]`` rounds (a slow one need not run ``repeats``
    times).

    (Moving what the benchmark holds out of the garbage collector's sight with
    :func:`gc.freeze` was tried: it made every run slower, a load of 1,000
    stakeholders by half, as the collector then runs its full collections the
    sooner.)
    """
    best = [Timing(float("inf"), float("inf")) for _ in runs]
    for round_ in range(repeats):
        for i, run in enumerate(runs):
            if most is not None and round_ >= most[i]:
                continue
            t = best_of(1, run, before)
            best[i] = Timing(min(best[i].wall, t.wall), min(best[i].cpu, t.cpu))
    return best


def best_of_process(
    repeats: int, argv: Sequence[str], env: Mapping[str, str] | None = None
) -> Timing:
    """The least wall and CPU time (user + system of the child) of running ``argv``."""
    wall = cpu = float("inf")
    for _ in range(repeats):
        r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
        w0 = time.perf_counter()
        subprocess.run(
            argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True
        )
        w1 = time.perf_counter()
        r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
        used = (r1.ru_utime - r0.ru_utime) + (r1.ru_stime - r0.ru_stime)
        wall, cpu = min(wall, w1 - w0), min(cpu, used)
    return Timing(wall, cpu)


def growth(timings: Sequence[Timing]) -> list[Timing]:
    """Ratio of each timing to the one before it (per doubling, for doubled sizes)."""
    return [b / a for a, b in itertools.pairwise(timings)]


def ms(t: Timing) -> str:
    """``wall / cpu`` in milliseconds, for a table cell."""
    return f"{t.wall * 1000:7.1f} / {t.cpu * 1000:7.1f}"


def machine() -> str:
    """One line naming the machine the figures come from."""
    cores = os.cpu_count() or 0
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    return (
        f"{cores} cores, {platform.system()} {platform.machine()}, "
        f"Python {platform.python_version()} ({sys.implementation.name}), "
        f"load average {load:.1f} at the start"
    )
