"""The benchmarks' engagements are real documents, and the benchmarks still run.

Nothing here is timed: speed is measured by ``python benchmarks/run.py``.
These tests keep the scripts from rotting as the document format moves on.
"""

from __future__ import annotations

import importlib
import json
from pathlib import Path
from types import ModuleType

import pydantic
import pytest

import sportsocial as ss

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"


@pytest.fixture
def bench(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    monkeypatch.syspath_prepend(str(BENCHMARKS))
    return importlib.import_module("bench_evaluation")


@pytest.mark.parametrize("n", [100, 300])
def test_synthetic_engagements_are_valid_sparse_documents(
    monkeypatch: pytest.MonkeyPatch, n: int
) -> None:
    monkeypatch.syspath_prepend(str(BENCHMARKS))
    synthetic = importlib.import_module("_synthetic")
    eng = ss.loads(synthetic.synthetic_text(n), "json")
    assert n - 16 < len(eng.stakeholders) <= n  # whole neighbourhoods of 16
    m = ss.network_metrics(eng, on=synthetic.EVALUATED_ON)
    assert m.ties < 4 * m.stakeholders  # sparse, as real networks are
    assert len(m.components) <= 2  # one network, and at most the council on its own
    report = ss.check(eng, "all", on=synthetic.EVALUATED_ON)
    assert report.evaluated and eng.phase == "work-sessions"
    assert synthetic.synthetic_text(n) == synthetic.synthetic_text(n)  # seeded


def test_the_evaluation_and_network_benchmarks_run(bench: ModuleType) -> None:
    lines = bench.report(sizes=(40, 80), repeats=1)
    assert any(line.strip().startswith("full evaluation") for line in lines)
    network = importlib.import_module("bench_network")
    assert any("betweenness" in line for line in network.report(sizes=(40, 80), repeats=1))


def test_the_hostile_benchmark_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.syspath_prepend(str(BENCHMARKS))
    hostile = importlib.import_module("bench_hostile")
    for name in ("YAML alias bomb (10^9 values)", "1,000 duplicate keys"):
        result = hostile._run(*hostile.CASES[name])
        assert result["codes"] and result["cpu"] >= 0


def test_the_load_benchmark_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.syspath_prepend(str(BENCHMARKS))
    load = importlib.import_module("bench_load")
    lines = load.report(sizes=(10, 40), repeats=1, cohort=3)
    assert any("pydantic" in line for line in lines)
    assert any(line.startswith("Cohort of 3 documents") for line in lines)


@pytest.mark.parametrize("n", [10, 100])
def test_the_pydantic_reference_reads_what_sportsocial_reads(
    monkeypatch: pytest.MonkeyPatch, n: int
) -> None:
    """The yardstick accepts the benchmark's documents and refuses what sportsocial refuses."""
    monkeypatch.syspath_prepend(str(BENCHMARKS))
    reference = importlib.import_module("pydantic_reference")
    synthetic = importlib.import_module("_synthetic")
    text = ss.dumps(ss.loads(synthetic.synthetic_text(n), "json"), "json")
    model = reference.Engagement.model_validate_json(text)
    assert len(model.stakeholders) == len(ss.loads(text).stakeholders)
    data = json.loads(text)
    for path, value in [
        (("relations", 0, "target"), "nobody"),  # a dangling reference
        (("stakeholders", 1, "id"), data["stakeholders"][0]["id"]),  # an id twice
        (("stakeholders", 0, "kind"), "wizard"),  # not in the enumeration
        (("municipality", "cbs_code"), "9999"),  # not the pattern
        (("relations", 0, "color"), "red"),  # an unknown field
    ]:
        broken = json.loads(text)
        *parents, last = path
        target = broken
        for key in parents:
            target = target[key]
        target[last] = value
        with pytest.raises(ss.InvalidDocument):
            ss.loads(json.dumps(broken))
        with pytest.raises(pydantic.ValidationError):
            reference.Engagement.model_validate_json(json.dumps(broken))
