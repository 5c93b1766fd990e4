"""The cohort benchmark still runs (nothing here is timed: ``python benchmarks/research_cohort.py``)."""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"


def test_the_cohort_benchmark_runs_on_a_small_cohort(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.syspath_prepend(str(BENCHMARKS))
    bench = importlib.import_module("research_cohort")
    paths = bench.write_documents(tmp_path / "docs", 6)
    assert bench.parse_floor(paths) > 0
    rows = bench.evaluate(paths)
    assert rows >= 6 and bench.pooled(paths, 2) == rows
    assert bench.peak_rss(tmp_path / "docs", 3) > 1024  # KiB: at least a MiB
