"""Cohorts, executors and sweeps (sportsocial.research)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from concurrent.futures import Executor, Future, ProcessPoolExecutor, ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

import sportsocial as ss
from sportsocial.alignment import timeline_dates
from sportsocial.methodology import shipped_methodology
from sportsocial.research import stream_cohort, with_parameter
from sportsocial.research._evaluate import COHORT_COLUMNS, COHORT_FINDING_COLUMNS
from sportsocial.research._parallel import chunk_size, ordered_map
from sportsocial.research.sweep import rules_using

from .conftest import EXAMPLES

ON = dt.date(2026, 11, 24)


def test_cohort_rows_agree_with_check_alignment_and_network(tmp_path: Path) -> None:
    cohort = ss.evaluate_cohort([EXAMPLES, tmp_path / "missing.yaml"], on=ON)
    assert [r["municipality"] for r in cohort.rows] == [
        "Bergen op Zoom",
        "Etten-Leur",
        "Roosendaal",
    ]
    assert cohort.documents == 4 and len(cohort) == 3
    names = {name for name, _ in COHORT_COLUMNS}
    for row in cohort.rows:
        assert set(row) == names
        eng = ss.load(str(row["source"]))
        report = ss.check(eng, on=ON)
        assert (row["ready"], row["blockers"], row["warnings"], row["gate"]) == (
            report.ready,
            len(report.blockers),
            len(report.warnings),
            report.gate,
        )
        assert row["index"] == pytest.approx(ss.alignment(eng, on=ON).index)
        net = ss.network_metrics(eng, on=ON)
        assert (row["stakeholders"], row["ties"], row["isolates"]) == (
            net.stakeholders,
            net.ties,
            len(net.isolates),
        )
    assert len(cohort.finding_rows) == sum(
        len(ss.check(ss.load(str(r["source"])), on=ON).findings) for r in cohort.rows
    )
    assert {name for name, _ in COHORT_FINDING_COLUMNS} == set(cohort.finding_rows[0])
    assert [(p.source, p.codes) for p in cohort.problems] == [
        (str(tmp_path / "missing.yaml"), ("DOC001",))
    ]


def test_every_gives_a_row_per_period_from_each_start(roosendaal: ss.Engagement) -> None:
    cohort = ss.evaluate_cohort([roosendaal], on=ON, every="quarter")
    start = roosendaal.phase_log[0].entered
    assert [r["on"] for r in cohort.rows] == list(timeline_dates(start, ON, "quarter"))
    assert cohort.rows[-1]["on"] == ON and cohort.rows[-1]["source"] == "#0"
    with pytest.raises(ValueError, match="every"):
        ss.evaluate_cohort([roosendaal], on=ON, every="week")  # type: ignore[arg-type]


def test_a_gate_unknown_to_a_methodology_is_a_problem_of_that_document() -> None:
    cohort = ss.evaluate_cohort([EXAMPLES], on=ON, gate="no-such-phase")
    assert cohort.rows == () and len(cohort.problems) == 3
    assert {p.codes for p in cohort.problems} == {("MET103",)}
    everything = ss.evaluate_cohort([EXAMPLES], on=ON, gate="all")
    assert {r["gate"] for r in everything.rows} == {"all"}


def _mixed_sources(roosendaal: ss.Engagement, tmp_path: Path) -> list[Any]:
    broken = tmp_path / "broken.yaml"
    broken.write_text("schema_version: 1\nmunicipality: {name: X}\n", encoding="utf-8")
    return [EXAMPLES, roosendaal, str(broken), EXAMPLES / "bergen-op-zoom-stuck.yaml"]


def test_serial_process_pool_and_dask_give_equal_cohorts(
    roosendaal: ss.Engagement, tmp_path: Path
) -> None:
    distributed = pytest.importorskip("distributed")
    sources = _mixed_sources(roosendaal, tmp_path)
    serial = ss.evaluate_cohort(sources, on=ON, every="year")
    assert serial.problems and serial.problems[0].source.endswith("broken.yaml")
    with ProcessPoolExecutor(2) as pool:
        pooled = ss.evaluate_cohort(sources, on=ON, every="year", executor=pool, chunksize=1)
    with (
        distributed.LocalCluster(
            n_workers=1, threads_per_worker=2, processes=False, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        dasked = ss.evaluate_cohort(
            sources, on=ON, every="year", executor=client.get_executor(), chunksize=2
        )
    assert serial == pooled == dasked
    assert serial.rows == dasked.rows and serial.finding_rows == pooled.finding_rows
    with ThreadPoolExecutor(2) as threads:
        swept = [
            ss.sweep(serial, parameter="min_structural_share", values=[0.5, 0.9], executor=ex)
            for ex in (None, threads)
        ]
    assert swept[0] == swept[1]


class _Counting(Executor):
    """Runs tasks at once, but keeps their futures unresolved until collected, to count them."""

    def __init__(self) -> None:
        self.submitted = 0
        self.collected = 0
        self.most_in_flight = 0

    def submit(self, fn: Any, /, *args: Any, **kwargs: Any) -> Future[Any]:
        self.submitted += 1
        self.most_in_flight = max(self.most_in_flight, self.submitted - self.collected)
        outer = self

        class _Lazy(Future[Any]):
            def result(self, timeout: float | None = None) -> Any:
                outer.collected += 1
                return fn(*args, **kwargs)

        return _Lazy()


def test_ordered_map_keeps_order_and_a_bounded_window() -> None:
    ex = _Counting()
    out = list(ordered_map(lambda n: [n, -n], range(10), ex, window=3))
    assert out == [v for n in range(10) for v in (n, -n)]
    assert ex.submitted == 10 and ex.most_in_flight == 3
    assert list(ordered_map(lambda n: [n], range(4), None, window=1)) == [0, 1, 2, 3]


def test_stream_cohort_reads_its_sources_lazily(roosendaal: ss.Engagement) -> None:
    taken: list[int] = []

    def sources() -> Iterator[ss.Engagement]:
        for i in range(1000):
            taken.append(i)
            yield roosendaal

    with ThreadPoolExecutor(2) as threads:
        stream = stream_cohort(sources(), on=ON, executor=threads, chunksize=4)
        first = next(stream)
        assert first.source == "#0" and first.rows[0]["ready"] is True
        # at most the window (2 x 2 workers) of 4-document chunks, plus one chunk being read
        assert len(taken) <= 5 * 4
        stream.close()


def test_chunk_size_spreads_small_cohorts_over_workers() -> None:
    assert chunk_size(8, 2) == 1 and chunk_size(100, 2) == 13 and chunk_size(10_000, 2) == 16


def test_with_parameter_puts_one_value_in_force_at_every_gate() -> None:
    m = shipped_methodology("ssnb")
    m = ss.Methodology(
        id=m.id,
        name=m.name,
        description=m.description,
        phases=tuple(
            p if p.id != "kick-off" else _gate_param(p, "min_shared_share", 0.9) for p in m.phases
        ),
        parameters=(_param("min_shared_share", 0.3),),
    )
    assert m.parameter_values("kick-off")["min_shared_share"] == 0.9
    swept = with_parameter(m, "min_shared_share", 0.6)
    assert {swept.parameter_values(p.id)["min_shared_share"] for p in swept.phases} == {0.6}


def _param(name: str, value: float) -> Any:
    from sportsocial.methodology import Parameter

    return Parameter(name=name, value=value)


def _gate_param(phase: Any, name: str, value: float) -> Any:
    import attrs

    return attrs.evolve(phase, gate=attrs.evolve(phase.gate, parameters=(_param(name, value),)))


def test_sweep_shows_verdicts_and_rules_changing_with_a_threshold() -> None:
    cohort = ss.evaluate_cohort([EXAMPLES], on=ON, gate="kick-off")
    s = ss.sweep(cohort, parameter="min_structural_share", values=[0.5, 0.9])
    assert s.rules == rules_using("min_structural_share") == ("FIN201",)
    fired = {(r["municipality"], r["value"]): r["fired"] for r in s.rows}
    # Bergen op Zoom's money is 87.5% structural: below 0.9, above 0.5
    assert fired[("Bergen op Zoom", 0.5)] == "" and fired[("Bergen op Zoom", 0.9)] == "FIN201"
    assert fired[("Roosendaal", 0.9)] == ""
    summary = {r["value"]: r for r in s.summary_table().records}
    assert summary[0.5]["ready"] == summary[0.9]["ready"] == 1
    assert summary[0.9]["fired"] == 2 and summary[0.5]["fired"] == 0
    assert [r["value"] for r in s.rows] == [0.5] * 3 + [0.9] * 3
    frame = s.summary()
    assert list(frame.index) == [0.5, 0.9]


@pytest.mark.parametrize(
    ("parameter", "values", "match"),
    [
        ("no_such", [1], "unknown parameter"),
        ("min_shared_share", [], "at least one"),
        ("min_shared_share", [1.5], "out of range"),
        ("max_days_in_phase", [-1], "out of range"),
    ],
)
def test_sweep_refuses_unknown_parameters_and_values_out_of_range(
    parameter: str, values: list[float], match: str
) -> None:
    cohort = ss.evaluate_cohort([], on=ON)
    with pytest.raises(ValueError, match=match):
        ss.sweep(cohort, parameter=parameter, values=values)


def test_cohort_tables_and_frames(tmp_path: Path) -> None:
    pd = pytest.importorskip("pandas")
    cohort = ss.evaluate_cohort([EXAMPLES, tmp_path / "gone.json"], on=ON)
    frame = cohort.to_dataframe()
    assert frame.shape == (3, len(COHORT_COLUMNS))
    assert str(frame["ready"].dtype) == "boolean" and str(frame["blockers"].dtype) == "Int64"
    assert frame["on"].iloc[0] == pd.Timestamp(ON)
    # undefined figures are missing, not 0 (Bergen op Zoom has no plan actions to score)
    assert frame["plan_cost_coverage"].isna().iloc[0]
    findings = cohort.findings()
    assert len(findings) == len(cohort.finding_rows)
    assert set(findings["code"]) >= {"FIN101", "GOV101"}
    problems = cohort.problems_table().to_records()
    assert [p["code"] for p in problems] == ["DOC001"]
