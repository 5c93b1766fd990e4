"""Every benchmark of sportsocial, in one run: ratios, and CPU time beside wall time.

    python benchmarks/run.py            # everything (a few minutes)
    python benchmarks/run.py --quick    # smaller sizes, fewer runs

Sections (each also runs alone as ``python benchmarks/bench_<name>.py``):

1. evaluation: growth per doubling of load, check, network_metrics, alignment
   and the full evaluation at 250, 500, 1,000 and 2,000 stakeholders
   (``bench_evaluation.py``);
2. network: the measures one by one, betweenness apart (``bench_network.py``);
3. timeline: cost per date x fact (``bench_timeline.py``);
4. start-up: the command line against ``python -c pass`` (``bench_startup.py``);
5. hostile documents: refusal time and memory (``bench_hostile.py``);
6. load: against a hand-written pydantic-v2 model of the same format and checks
   (``pydantic_reference.py``) and the parse-only floor, at 10, 100 and 1,000
   stakeholders, JSON and YAML; what full diagnostics cost a document with
   problems; a cohort of 342 documents, per document and against the floor
   (``bench_load.py``).

Figures are timings of this machine at this moment: the fastest of several
runs, which a busy machine can only slow down. Targets are printed beside the
ratios; nothing fails when one is missed. CI does not run this.
"""

from __future__ import annotations

import argparse
import time

import bench_evaluation
import bench_hostile
import bench_load
import bench_network
import bench_startup
import bench_timeline
from _timing import machine


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smaller sizes, fewer runs")
    args = parser.parse_args(argv)
    sizes = (250, 500, 1000) if args.quick else bench_evaluation.SIZES
    repeats = 3 if args.quick else 9
    began = time.perf_counter()
    sections = [
        bench_evaluation.report(sizes, repeats),
        bench_network.report(
            bench_network.SIZES[:2] if args.quick else bench_network.SIZES, repeats
        ),
        bench_timeline.report(2 if args.quick else 3),
        bench_startup.report(10 if args.quick else 30),
        bench_hostile.report(),
        bench_load.report(repeats=3 if args.quick else 15, cohort=100 if args.quick else 342),
    ]
    print(f"sportsocial benchmarks; machine: {machine()}")
    for lines in sections:
        print()
        print("\n".join(lines))
    print()
    print(f"(the whole run took {time.perf_counter() - began:.0f} s)")


if __name__ == "__main__":
    main()
