"""Benchmark: the command line starts almost as fast as Python itself.

    python benchmarks/bench_startup.py

Times, as separate processes, ``python -c pass`` (the floor), ``python -c
"import sportsocial"``, ``sportsocial --help`` and ``sportsocial validate`` of
an example, and prints each with its ratio to the floor (target for
``--help``: at most 4). Python's bytecode cache is on, as it is for an
installed package, even where ``PYTHONDONTWRITEBYTECODE`` is set: the caches go
to a temporary folder, filled by one untimed run of each command. Never fails
on a busy machine; CI does not run it.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

from _timing import Timing, best_of_process

__all__ = ["HELP_TARGET", "main", "report"]

HELP_TARGET = 4.0
ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "roosendaal-kickoff.yaml"


def _cli() -> list[str]:
    """The ``sportsocial`` command: the installed script, else the same call by hand."""
    script = shutil.which("sportsocial", path=str(Path(sys.executable).parent))
    if script is not None:
        return [script]
    return [sys.executable, "-c", "import sys; from sportsocial.cli import main; sys.exit(main())"]


def report(repeats: int = 30) -> list[str]:
    """The lines of the start-up benchmark."""
    commands = {
        "python -c pass": [sys.executable, "-c", "pass"],
        "import sportsocial": [sys.executable, "-c", "import sportsocial"],
        "sportsocial --help": [*_cli(), "--help"],
        "sportsocial validate (example)": [*_cli(), "validate", str(EXAMPLE)],
    }
    with tempfile.TemporaryDirectory(prefix="sportsocial-pyc-") as cache:
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env["PYTHONPYCACHEPREFIX"] = cache
        times: dict[str, Timing] = {}
        for name, argv in commands.items():
            best_of_process(1, argv, env)  # fills the bytecode cache
            runs = repeats if "validate" not in name else max(3, repeats // 6)
            times[name] = best_of_process(runs, argv, env)
    floor = times["python -c pass"]
    lines = [f"Start-up, separate processes, best of {repeats}; milliseconds, wall / CPU"]
    for name, t in times.items():
        ratio = t / floor
        target = f" (target: at most {HELP_TARGET:.0f})" if name.endswith("--help") else ""
        lines.append(
            f"  {name:<32}{t.wall * 1000:7.1f} / {t.cpu * 1000:6.1f}   "
            f"x{ratio.wall:5.2f} / x{ratio.cpu:5.2f} python -c pass{target}"
        )
    return lines


def main() -> None:
    print("\n".join(report()))


if __name__ == "__main__":
    main()
