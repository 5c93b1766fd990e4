"""Benchmark of cohort evaluation (sportsocial.research): ratios from one run.

Run from the repository root with the test extra installed:

    python benchmarks/research_cohort.py            # 342 and 3,420 documents, 10,000 for memory
    python benchmarks/research_cohort.py --quick    # smaller sizes, for a smoke run

What it prints, each with wall time, CPU time (this process and its
children) and the cores used (CPU over wall time): the machine may be
shared, and CPU time shows the work done whatever else runs, while a
``cores`` figure well below the number of workers shows that other
processes took the CPUs (then the speed-up says nothing about the code):

1. the parse floor (reading and parsing every JSON file) against the full
   evaluation (load, readiness, alignment and network on every date);
2. doubling the cohort (342 -> 684): the time should double, not more;
3. ten times the cohort (3,420);
4. two worker processes against one (target: >= 1.7x on an idle two-core machine);
5. peak memory (RSS) of streaming 1,000 and 10,000 documents into a CSV:
   flat when results stream.

Documents are synthetic (``sportsocial.synthetic``, seed 7) with multi-year
histories, evaluated at every year's end up to 1 December 2026.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

ON = dt.date(2026, 12, 1)
SEED = 7


def cpu_seconds() -> float:
    """CPU time of this process and its reaped children (user + system)."""
    me = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def timed(fn: Callable[[], Any]) -> tuple[float, float, Any]:
    """(wall seconds, CPU seconds, result) of one call."""
    wall, cpu = time.perf_counter(), cpu_seconds()
    result = fn()
    return time.perf_counter() - wall, cpu_seconds() - cpu, result


def write_documents(folder: Path, n: int) -> list[str]:
    import sportsocial as ss

    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i, e in enumerate(ss.synthetic.iter_engagements(n, SEED)):
        path = folder / f"synthetic-{i:05d}.json"
        path.write_text(ss.dumps(e), "utf-8")
        paths.append(str(path))
    return paths


def parse_floor(paths: list[str]) -> int:
    from sportsocial.io.document import read_document

    return sum(len(read_document(p)[0]) for p in paths)


def evaluate(paths: list[str], executor: Any = None) -> int:
    import sportsocial as ss

    return len(ss.evaluate_cohort(paths, on=ON, every="year", executor=executor))


def pooled(paths: list[str], workers: int) -> int:
    with ProcessPoolExecutor(workers) as pool:
        return evaluate(paths, pool)


def line(label: str, wall: float, cpu: float, extra: str = "") -> None:
    """One measurement; ``cores`` (CPU over wall time) shows how much of the machine it got."""
    cores = cpu / wall if wall else 0.0
    print(f"  {label:<44} wall {wall:7.2f} s   cpu {cpu:7.2f} s   cores {cores:4.2f}  {extra}")


def stream_peak(folder: str, n: int) -> None:
    """Child mode: stream the first ``n`` documents of ``folder`` into a CSV; print peak RSS (KiB)."""
    from sportsocial.research._evaluate import COHORT_COLUMNS
    from sportsocial.research.cohort import stream_cohort
    from sportsocial.research.tables import write_csv

    paths = sorted(str(p) for p in Path(folder).glob("*.json"))[:n]
    sink = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - as the command streams to stdout
    rows = (r for result in stream_cohort(paths, on=ON) for r in result.rows)
    write_csv(sink, COHORT_COLUMNS, rows, header=True)
    print(_peak_kib())


def _peak_kib() -> int:
    """Peak RSS of this process in KiB: ``VmHWM`` on Linux (``ru_maxrss`` there keeps the
    parent's peak across fork and exec, which would hide this process's own)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for row in status:
                if row.startswith("VmHWM:"):
                    return int(row.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def peak_rss(folder: Path, n: int) -> int:
    out = subprocess.run(
        [sys.executable, __file__, "--stream-peak", str(folder), str(n)],
        check=True,
        capture_output=True,
        text=True,
    )
    return int(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smaller sizes")
    parser.add_argument("--stream-peak", nargs=2, metavar=("FOLDER", "N"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.stream_peak:
        stream_peak(args.stream_peak[0], int(args.stream_peak[1]))
        return
    base = 34 if args.quick else 342
    many = 1_000 if args.quick else 10_000
    print(f"cohort benchmark: {os.cpu_count()} CPUs, Python {sys.version.split()[0]}, on {ON}")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "docs"
        wall, cpu, paths = timed(lambda: write_documents(folder, max(10 * base, many)))
        line(f"writing {len(paths)} synthetic documents", wall, cpu)
        one, two, ten = paths[:base], paths[: 2 * base], paths[: 10 * base]
        evaluate(paths[:5])  # warm up: imports, the schema validator, the methodology

        print("\n1. parse floor vs full evaluation")
        pw, pc, _ = timed(lambda: parse_floor(one))
        line(f"parse {base} documents", pw, pc)
        ew, ec, rows = timed(lambda: evaluate(one))
        line(
            f"evaluate {base} documents ({rows} rows)", ew, ec, f"= {ew / pw:.1f}x the parse floor"
        )

        print("\n2. doubling the cohort")
        dw, dc, rows2 = timed(lambda: evaluate(two))
        line(
            f"evaluate {2 * base} documents ({rows2} rows)",
            dw,
            dc,
            f"ratio {dw / ew:.2f} (linear: 2.00)",
        )

        print("\n3. ten times the cohort")
        tw, tc, rows10 = timed(lambda: evaluate(ten))
        line(
            f"evaluate {10 * base} documents ({rows10} rows)",
            tw,
            tc,
            f"ratio {tw / ew:.2f} (linear: 10.00)",
        )
        pw10, pc10, _ = timed(lambda: parse_floor(ten))
        line(
            f"parse {10 * base} documents",
            pw10,
            pc10,
            f"evaluation = {tw / pw10:.1f}x the parse floor",
        )

        print("\n4. two workers vs one (process pool)")
        w1, c1, _ = timed(lambda: pooled(ten, 1))
        line(f"1 worker, {10 * base} documents", w1, c1)
        w2, c2, _ = timed(lambda: pooled(ten, 2))
        line(
            f"2 workers, {10 * base} documents", w2, c2, f"speed-up {w1 / w2:.2f}x (target >= 1.7x)"
        )

        print("\n5. peak memory while streaming (one row per document into a CSV)")
        small = peak_rss(folder, many // 10)
        large = peak_rss(folder, many)
        print(f"  {many // 10:>6} documents: peak RSS {small / 1024:7.1f} MiB")
        print(
            f"  {many:>6} documents: peak RSS {large / 1024:7.1f} MiB   ratio {large / small:.2f} (flat: ~1)"
        )


if __name__ == "__main__":
    main()
