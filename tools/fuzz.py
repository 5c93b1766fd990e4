"""The fuzz suite with a large budget: mutated examples through every entry point.

    python tools/fuzz.py                       # 100,000 cases, seed 0, one job per CPU
    python tools/fuzz.py --cases 5000 --seed 7 --jobs 2 --failures failures.jsonl
    python tools/fuzz.py --seed 7 --only 12     # run chunk 12 of seed 7 again

Runs the properties of ``tests/fuzzing.py`` (``ss.loads`` for JSON and YAML,
``ss.load`` of a file, the command line in-process) in seeded chunks of
hypothesis examples, spread over worker processes, and prints how many cases
each entry point ran and every failure (its chunk seed reproduces it). A
failing chunk stops at its first failure, shrinks it, records it and the run
goes on with the next chunk. Exit code 1 when anything failed.

The normal test run (``tests/test_fuzz.py``) runs the same properties with a
small budget; CONTRIBUTING.md records the last large run.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import contextlib
import io
import json
import os
import sys
import time
import traceback
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

#: Entry points and their share of the chunks.
ENTRIES = ("loads", "loads", "load", "cli", "cli")


def _property(entry: str) -> Any:
    from hypothesis import given
    from tests import fuzzing

    if entry == "loads":
        return given(fuzzing.documents(), fuzzing.dates)(fuzzing.through_loads_case)
    if entry == "load":
        return given(fuzzing.documents(), fuzzing.suffixes, fuzzing.dates)(
            fuzzing.through_load_case
        )
    return given(fuzzing.documents(), fuzzing.suffixes, fuzzing.commands)(fuzzing.through_cli_case)


def run_chunk(index: int, seed: int, size: int) -> dict[str, Any]:
    """Run chunk ``index`` (``size`` examples); return its counts and failure, if any."""
    from hypothesis import HealthCheck, settings
    from hypothesis import seed as seeded
    from hypothesis.reporting import with_reporter
    from tests import fuzzing

    entry = ENTRIES[index % len(ENTRIES)]
    chunk_seed = seed * 1_000_003 + index
    test = settings(
        max_examples=size,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )(seeded(chunk_seed)(_property(entry)))
    fuzzing.COUNTS.clear()
    report: list[str] = []
    failure = None
    started = time.process_time()
    with (
        contextlib.redirect_stdout(io.StringIO()),
        contextlib.redirect_stderr(io.StringIO()),
        with_reporter(report.append),
    ):
        try:
            test()
        except Exception as exc:  # a failing property: record it, go on
            report.extend(getattr(exc, "__notes__", []))
            report.append("".join(traceback.format_exception(exc)[-6:]))
            failure = {
                "chunk": index,
                "seed": chunk_seed,
                "entry": entry,
                "error": type(exc).__name__,
                "message": str(exc).splitlines()[0][:300] if str(exc) else "",
                "example": "\n".join(report)[:4000],
            }
    return {
        "counts": dict(fuzzing.COUNTS),
        "failure": failure,
        "cpu": time.process_time() - started,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", type=int, default=100_000, help="examples in all")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--chunk", type=int, default=250, help="examples per chunk")
    parser.add_argument("--failures", type=Path, help="write failures here, one JSON per line")
    parser.add_argument(
        "--only", type=int, metavar="CHUNK", help="run just this chunk (to reproduce a failure)"
    )
    args = parser.parse_args(argv)
    if args.only is not None:
        result = run_chunk(args.only, args.seed, args.chunk)
        print(json.dumps(result, indent=1, ensure_ascii=False))
        return 1 if result["failure"] else 0
    chunks = [
        (i, min(args.chunk, args.cases - i * args.chunk))
        for i in range((args.cases + args.chunk - 1) // args.chunk)
    ]
    totals: dict[str, int] = {}
    failures: list[dict[str, Any]] = []
    cpu = 0.0
    wall = time.perf_counter()
    with concurrent.futures.ProcessPoolExecutor(max_workers=args.jobs) as pool:
        futures = [pool.submit(run_chunk, i, args.seed, size) for i, size in chunks]
        for done, future in enumerate(concurrent.futures.as_completed(futures), 1):
            result = future.result()
            cpu += result["cpu"]
            for entry, n in result["counts"].items():
                totals[entry] = totals.get(entry, 0) + n
            if result["failure"]:
                failures.append(result["failure"])
                print(
                    f"FAILURE in chunk {result['failure']['chunk']}: "
                    f"{result['failure']['error']}: {result['failure']['message']}",
                    flush=True,
                )
            if done % 20 == 0 or done == len(futures):
                print(
                    f"{done}/{len(futures)} chunks, {sum(totals.values())} cases, "
                    f"{len(failures)} failure(s)",
                    flush=True,
                )
    wall = time.perf_counter() - wall
    print()
    print(
        f"seed {args.seed}: {sum(totals.values())} cases run, {len(failures)} failure(s); "
        f"CPU {cpu:.0f} s, wall {wall:.0f} s, {args.jobs} job(s)"
    )
    for entry in sorted(totals):
        print(f"  {entry:<10} {totals[entry]}")
    if args.failures:
        with args.failures.open("w", encoding="utf-8") as fh:
            for f in failures:
                fh.write(json.dumps(f, ensure_ascii=False) + "\n")
    for f in failures:
        print(
            f"\nchunk {f['chunk']} (seed {f['seed']}, {f['entry']}): {f['error']}: {f['message']}"
        )
        print(f["example"][:1500])
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
