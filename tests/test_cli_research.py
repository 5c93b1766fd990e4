"""The research commands: cohort (and, with format 2, synth and export)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from .cli_helpers import run
from .conftest import EXAMPLES


def test_cohort_writes_one_csv_row_per_document(capsys: pytest.CaptureFixture[str]) -> None:
    r = run(capsys, "cohort", str(EXAMPLES), "--on", "2026-11-24")
    assert r.code == 0
    rows = list(csv.DictReader(io.StringIO(r.out)))
    assert [(row["municipality"], row["ready"]) for row in rows] == [
        ("Bergen op Zoom", "False"),
        ("Etten-Leur", "False"),
        ("Roosendaal", "True"),
    ]


def test_cohort_goes_on_past_a_broken_document_and_exits_1(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text("schema_version: 1\nmunicipality: {name: X, cbs_code: '12'}\n", "utf-8")
    r = run(
        capsys,
        "cohort",
        str(broken),
        str(EXAMPLES / "roosendaal-kickoff.yaml"),
        "--on",
        "2026-11-24",
        "--every",
        "year",
        "--format",
        "json",
        "--lang",
        "nl",
    )
    assert r.code == 1
    rows = json.loads(r.out)
    assert [row["on"] for row in rows] == ["2025-12-31", "2026-11-24"]
    assert "SCH" in r.err and "broken.yaml" in r.err
    assert "Traceback" not in r.err


def test_cohort_on_two_processes_to_parquet_with_findings(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    out, findings = tmp_path / "c.parquet", tmp_path / "f.parquet"
    r = run(
        capsys,
        "cohort",
        str(EXAMPLES),
        "--on",
        "2026-11-24",
        "--jobs",
        "2",
        "--format",
        "parquet",
        "-o",
        str(out),
        "--findings",
        str(findings),
    )
    assert r.code == 0 and r.out == ""
    table = pq.read_table(out).to_pylist()
    assert [row["ready"] for row in table] == [False, False, True]
    codes = {row["code"] for row in pq.read_table(findings).to_pylist()}
    assert {"FIN101", "GOV101"} <= codes


@pytest.mark.parametrize(
    "argv",
    [
        ["--format", "parquet"],  # parquet needs a file
        ["--jobs", "0"],
        ["--every", "week"],
    ],
)
def test_cohort_refuses_wrong_use(capsys: pytest.CaptureFixture[str], argv: list[str]) -> None:
    r = run(capsys, "cohort", str(EXAMPLES), *argv)
    assert r.code == 2 and r.out == ""


def test_cohort_reports_an_unwritable_output(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    r = run(capsys, "cohort", str(EXAMPLES), "-o", str(tmp_path / "no" / "such" / "c.csv"))
    assert r.code == 1 and "c.csv" in r.err and "Traceback" not in r.err
