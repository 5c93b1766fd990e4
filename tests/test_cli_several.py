"""``check``, ``status``, ``alignment`` and ``agenda`` over several files: a row per file."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from sportsocial.cli import EXIT_CODES

from .cli_helpers import run
from .conftest import EXAMPLES

OK = 0
INVALID = next(k for k, (en, _) in EXIT_CODES.items() if en.startswith("invalid input"))
USAGE = next(k for k, (en, _) in EXIT_CODES.items() if en.startswith("wrong use"))
FILES = [str(p) for p in sorted(EXAMPLES.glob("*.yaml"))]
ROOSENDAAL = str(EXAMPLES / "roosendaal-kickoff.yaml")
STUCK = str(EXAMPLES / "bergen-op-zoom-stuck.yaml")
ON = ["--on", "2026-11-24"]
COMMANDS = ["check", "status", "alignment", "agenda"]


@pytest.fixture
def broken(tmp_path: Path) -> list[str]:
    """A file that is no YAML and a file that does not exist."""
    bad = tmp_path / "bad.yaml"
    bad.write_text("a: [", encoding="utf-8")
    return [str(bad), str(tmp_path / "missing.yaml")]


@pytest.mark.parametrize("command", COMMANDS)
def test_csv_has_a_row_per_file_and_a_broken_file_is_a_row_with_its_problems(
    capsys: pytest.CaptureFixture[str], command: str, broken: list[str]
) -> None:
    result = run(capsys, command, *FILES, *broken, *ON, "--format", "csv")
    assert result.code == INVALID
    rows = list(csv.DictReader(io.StringIO(result.out)))
    assert [r["file"] for r in rows] == [*FILES, *broken]
    assert [r["problems"] for r in rows] == ["", "", "", "DOC003", "DOC001"]
    assert [r["municipality"] for r in rows[:3]] == ["Bergen op Zoom", "Etten-Leur", "Roosendaal"]
    assert all(r["municipality"] == "" for r in rows[3:])
    assert "DOC003" in result.err and "DOC001" in result.err  # with their locations


@pytest.mark.parametrize("command", COMMANDS)
def test_json_has_a_row_per_file(
    capsys: pytest.CaptureFixture[str], command: str, broken: list[str]
) -> None:
    result = run(capsys, command, *FILES, broken[0], *ON, "--format", "json")
    rows = json.loads(result.out)["files"]
    assert [r["file"] for r in rows] == [*FILES, broken[0]]
    assert [[p["code"] for p in r["problems"]] for r in rows] == [[], [], [], ["DOC003"]]
    assert rows[3]["municipality"] is None
    assert {r["phase"] for r in rows[:3]} == {"administrative-connection", "baseline", "anchoring"}


@pytest.mark.parametrize("command", ["check", "status", "alignment"])
def test_text_is_a_table_with_headings_in_the_language_asked_for(
    capsys: pytest.CaptureFixture[str], command: str, broken: list[str]
) -> None:
    english = run(capsys, command, *FILES, broken[0], *ON)
    dutch = run(capsys, command, *FILES, broken[0], *ON, "--lang", "nl")
    for result in (english, dutch):
        lines = result.out.strip().splitlines()
        assert len(lines) == 2 + len(FILES) + 1  # headings, rule, a line per file
        assert [line.split()[0] for line in lines[2:]] == [*FILES, broken[0]]
        assert lines[-1].split()[-1] == "DOC003"
    assert english.out.splitlines()[0] != dutch.out.splitlines()[0]
    assert english.out.splitlines()[2:] != dutch.out.splitlines()[2:]  # yes/nee, numbers


def test_agenda_of_several_files_is_a_markdown_table(capsys: pytest.CaptureFixture[str]) -> None:
    result = run(capsys, "agenda", *FILES, *ON)
    assert result.code == OK
    lines = result.out.strip().splitlines()
    assert len(lines) == 2 + len(FILES)
    assert all(line.startswith("|") and line.endswith("|") for line in lines)


def test_check_rows_hold_the_figures_of_each_file(capsys: pytest.CaptureFixture[str]) -> None:
    rows = json.loads(run(capsys, "check", *FILES, *ON, "--format", "json").out)["files"]
    for path, row in zip(FILES, rows, strict=True):
        single = json.loads(run(capsys, "check", path, *ON, "--format", "json").out)
        assert row["gate"] == single["gate"]
        assert row["ready"] == single["ready"]
        assert {k: row[k] for k in single["counts"]} == single["counts"]


def test_the_exit_code_is_the_worst_of_the_files(capsys: pytest.CaptureFixture[str]) -> None:
    ready = ["check", ROOSENDAAL, ROOSENDAAL, "--gate", "kick-off", *ON]
    assert run(capsys, *ready).code == OK
    assert run(capsys, "check", ROOSENDAAL, STUCK, *ON).code == INVALID  # a blocker
    assert run(capsys, "status", *FILES, *ON).code == OK
    assert run(capsys, "alignment", *FILES, *ON).code == OK


def test_wrong_use_stops_the_run(capsys: pytest.CaptureFixture[str]) -> None:
    gate = run(capsys, "check", *FILES, "--gate", "kickof", *ON)
    assert gate.code == USAGE and gate.out == ""
    assert "'kick-off'" in gate.err
    assert run(capsys, "check", *FILES, "--select", "XYZ9", *ON).code == USAGE
    assert run(capsys, "agenda", *FILES, "--gate", "nowhere", *ON).code == USAGE


def test_sarif_of_several_files_holds_a_run_per_file(
    capsys: pytest.CaptureFixture[str], broken: list[str]
) -> None:
    result = run(capsys, "check", *FILES, broken[0], *ON, "--format", "sarif")
    assert result.code == INVALID
    log = json.loads(result.out)
    assert log["version"] == "2.1.0"
    uris = {
        loc["physicalLocation"]["artifactLocation"]["uri"]
        for r in log["runs"]
        for result_ in r["results"]
        for loc in result_.get("locations", [])
    }
    assert len(log["runs"]) == len(FILES)
    assert len(uris) == len(FILES)


@pytest.mark.parametrize("command", COMMANDS)
def test_one_file_reads_as_before(capsys: pytest.CaptureFixture[str], command: str) -> None:
    single = run(capsys, command, ROOSENDAAL, *ON, "--format", "json")
    assert "files" not in json.loads(single.out)
    assert json.loads(single.out)["municipality"] == "Roosendaal"
    one_row = run(capsys, command, ROOSENDAAL, *ON, "--format", "csv")
    assert len(list(csv.DictReader(io.StringIO(one_row.out)))) == 1
