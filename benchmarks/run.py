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
6. load: see LOAD BENCHMARKS below, still to come.

Figures are timings of this machine at this moment: the fastest of several
runs, which a busy machine can only slow down. Targets are printed beside the
ratios; nothing fails when one is missed. CI does not run this.
"""

from __future__ import annotations

import argparse
import time

import bench_evaluation
import bench_hostile
import bench_network
import bench_startup
import bench_timeline
from _timing import machine

# ----------------------------------------------------------------------------------
# LOAD BENCHMARKS: to come once document format 2 has settled, with the fast
# load path of issue "Fast" (not built yet):
#   - load against a hand-written pydantic-v2 reference model of the same format
#     and checks (benchmarks/pydantic_reference.py), and against the parse-only
#     floor (json / yaml C loader), at 10, 100 and 1,000 stakeholders;
#   - a cohort of 342 documents (one per municipality): per document and
#     against the floor.
# They go here as a section of their own (bench_load.py), printed by main().
# Until then the evaluation section times ``ss.loads`` as it is.
# ----------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smaller sizes, fewer runs")
    args = parser.parse_args(argv)
    sizes = (250, 500, 1000) if args.quick else bench_evaluation.SIZES
    repeats = 3 if args.quick else 5
    began = time.perf_counter()
    sections = [
        bench_evaluation.report(sizes, repeats),
        bench_network.report(bench_network.SIZES[:2] if args.quick else bench_network.SIZES),
        bench_timeline.report(2 if args.quick else 3),
        bench_startup.report(10 if args.quick else 30),
        bench_hostile.report(),
        ["Load: load against a pydantic reference, parse floor, 342-document cohort: to come"],
    ]
    print(f"sportsocial benchmarks; machine: {machine()}")
    for lines in sections:
        print()
        print("\n".join(lines))
    print()
    print(f"(the whole run took {time.perf_counter() - began:.0f} s)")


if __name__ == "__main__":
    main()
