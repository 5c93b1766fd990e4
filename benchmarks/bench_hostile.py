"""Benchmark: hostile documents are refused quickly and with little memory.

    python benchmarks/bench_hostile.py

Each case runs in its own process, which builds a hostile text in memory and
reads it with ``sportsocial.loads`` (or a file with ``sportsocial.load``); the
child reports the CPU and wall time of the read alone and how much its peak
memory grew during it. Beside each, the ratio to reading the Roosendaal
example, an ordinary document. Targets: every refusal under one second of
CPU and under 200 MB of extra memory (the text itself excluded). Prints, never
fails on a busy machine; CI does not run it.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from _timing import machine

__all__ = ["CASES", "MEMORY_TARGET_MB", "SECONDS_TARGET", "main", "report"]

SECONDS_TARGET = 1.0
MEMORY_TARGET_MB = 200.0
ROOT = Path(__file__).resolve().parent.parent

_HEAD = "schema_version: 2\\nmunicipality: {name: X, cbs_code: GM0001}\\n"
#: name -> (Python expression building the text, format)
CASES: dict[str, tuple[str, str]] = {
    "example (baseline)": (
        f"open({str(ROOT / 'examples' / 'roosendaal-kickoff.yaml')!r}).read()",
        "yaml",
    ),
    "YAML alias bomb (10^9 values)": (
        "'" + _HEAD + "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\\n' + ''.join("
        "f'a{i}: &a{i} [' + ', '.join([f'*a{i-1}'] * 10) + ']\\n' for i in range(1, 9))"
        " + 'target_groups: [*a8]\\n'",
        "yaml",
    ),
    "YAML list of 9 million items": ("'x: [' + ','.join(['0'] * 9_000_000) + ']'", "yaml"),
    "JSON list of 9 million items": ("'{\"x\": [' + ','.join(['0'] * 9_000_000) + ']}'", "json"),
    "JSON 6 million empty texts": ("'{\"x\": [' + ','.join(['\"\"'] * 6_000_000) + ']}'", "json"),
    "JSON nested 100,000 deep": ("'{\"x\": ' + '[' * 100_000 + ']' * 100_000 + '}'", "json"),
    "YAML nested 100,000 deep": ("'x: ' + '[' * 100_000 + ']' * 100_000", "yaml"),
    "200 MB text": ("'{\"x\": \"' + 'a' * 200_000_000 + '\"}'", "json"),
    "1,000 duplicate keys": (
        "'{' + ', '.join(f'\"k\": {i}' for i in range(1000)) + '}'",
        "json",
    ),
}

_CHILD = """
import json, resource, sys, time
import sportsocial as ss
from sportsocial.io.formats import parse_text
parse_text("{}", "json"); parse_text("a: 1", "yaml")  # imports and caches, untimed
text = eval(sys.argv[1])
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
w0, c0 = time.perf_counter(), time.process_time()
try:
    ss.loads(text, sys.argv[2])
    codes = []
except ss.InvalidDocument as exc:
    codes = list(exc.codes)
c1, w1 = time.process_time(), time.perf_counter()
after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"wall": w1 - w0, "cpu": c1 - c0, "grew_kb": after - before, "codes": codes}))
"""


def _run(expression: str, fmt: str) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, expression, fmt],
        capture_output=True,
        text=True,
        check=True,
    )
    result: dict[str, object] = json.loads(done.stdout)
    return result


def report() -> list[str]:
    """The lines of the hostile-input benchmark."""
    lines = [
        machine(),
        f"{'case':<32} {'wall ms':>9} {'cpu ms':>9} {'x example':>9} {'+MB':>7}  codes",
    ]
    base: float | None = None
    worst_cpu = worst_mb = 0.0
    for name, (expression, fmt) in CASES.items():
        r = _run(expression, fmt)
        cpu, wall = float(str(r["cpu"])), float(str(r["wall"]))
        mb = float(str(r["grew_kb"])) / 1024
        if base is None:
            base = cpu or 1e-9
        else:
            worst_cpu, worst_mb = max(worst_cpu, cpu), max(worst_mb, mb)
        found = [str(c) for c in r["codes"]] if isinstance(r["codes"], list) else []
        codes = ", ".join(f"{c} x{found.count(c)}" for c in dict.fromkeys(found))
        lines.append(
            f"{name:<32} {wall * 1000:9.1f} {cpu * 1000:9.1f} {cpu / base:9.1f} {mb:7.1f}  "
            f"{codes or 'read'}"
        )
    lines.append(
        f"worst refusal: {worst_cpu:.2f} s CPU (target < {SECONDS_TARGET:.0f}), "
        f"+{worst_mb:.0f} MB (target < {MEMORY_TARGET_MB:.0f})"
    )
    return lines


def main() -> None:
    print("\n".join(report()))


if __name__ == "__main__":
    main()
