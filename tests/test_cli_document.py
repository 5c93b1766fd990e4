"""``sportsocial validate``, ``schema`` and ``new``: exit codes and output."""

from __future__ import annotations

import errno
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

import sportsocial as ss
from sportsocial.cli import main

from .cli_helpers import run
from .conftest import EXAMPLES

BAD_FILES = {
    "empty.yaml": ("", "DOC002"),
    "garbage.json": ("{not json", "DOC003"),
    "garbage.yaml": ("a: [", "DOC003"),
    "list.yaml": ("- 1\n- 2\n", "DOC004"),
    "types.json": (
        '{"schema_version": 1, "municipality": {"name": 5, "cbs_code": "GM0001"}}',
        "SCH103",
    ),
    "unknown.json": (
        '{"schema_version": 1, "municipality": {"name": "A", "cbs_code": "GM0001"}, "x": 1}',
        "SCH102",
    ),
    "huge.json": (
        '{"schema_version": 1, "municipality": {"name": "A", "cbs_code": "GM0001", "population": 1e400}}',
        "SCH104",
    ),
    "date.yaml": (
        "schema_version: 1\nmunicipality: {name: A, cbs_code: GM0001}\n"
        "facilitator: {organisation: X, since: 2024-02-31}\n",
        "SCH107",
    ),
}


def test_validate_examples(capsys: pytest.CaptureFixture[str]) -> None:
    files = sorted(str(p) for p in EXAMPLES.glob("*.yaml"))
    result = run(capsys, "validate", *files)
    assert result.code == 0
    assert result.out.count("\n") == len(files)


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_validate_bad_file(tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str) -> None:
    text, code = BAD_FILES[name]
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    result = run(capsys, "validate", "--format", "json", str(path))
    assert result.code == 1
    report = json.loads(result.out)
    assert report["valid"] is False
    assert [p["code"] for p in report["files"][0]["problems"]] == [code]


def test_validate_missing_file(capsys: pytest.CaptureFixture[str]) -> None:
    result = run(
        capsys, "validate", "does-not-exist.yaml", str(EXAMPLES / "roosendaal-kickoff.yaml")
    )
    assert result.code == 1
    assert "DOC001" in result.err
    assert "roosendaal-kickoff.yaml" in result.out  # the good one is still checked


def test_validate_text_in_dutch(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "x.json"
    path.write_text(
        '{"schema_version": 1, "municipality": {"name": "A", "cbs_code": "GM0001"}, "x": 1}'
    )
    en = run(capsys, "validate", str(path))
    nl = run(capsys, "validate", "--lang", "nl", str(path))
    assert "SCH102" in en.err and "SCH102" in nl.err and en.err != nl.err


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "validate").code == 2
    assert run(capsys, "frobnicate").code == 2
    assert run(capsys).code == 2
    assert run(capsys, "validate", "--format", "xml", "a.yaml").code == 2
    assert (
        run(capsys, "new", "--municipality", "X", "--cbs-code", "GM0001", "--on", "yesterday").code
        == 2
    )


def test_schema_command_prints_the_shipped_schema(capsys: pytest.CaptureFixture[str]) -> None:
    result = run(capsys, "schema")
    assert result.code == 0
    schema = json.loads(result.out)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["required"][0] == "schema_version"


def test_new_writes_a_valid_document(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "mine.yaml"
    result = run(
        capsys,
        "new",
        "--municipality",
        "Roosendaal",
        "--cbs-code",
        "GM1674",
        "--population",
        "78000",
        "--facilitator",
        "Sportservice Noord-Brabant",
        "--on",
        "2025-03-01",
        "-o",
        str(out),
    )
    assert result.code == 0
    eng = ss.load(out)
    assert eng.municipality.cbs_code == "GM1674"
    assert eng.facilitator is not None and eng.facilitator.engaged.start.isoformat() == "2025-03-01"


def test_new_refuses_to_overwrite(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "mine.yaml"
    out.write_text("precious", encoding="utf-8")
    result = run(capsys, "new", "--municipality", "R", "--cbs-code", "GM1674", "-o", str(out))
    assert result.code == 1
    assert out.read_text(encoding="utf-8") == "precious"
    assert (
        run(
            capsys, "new", "--municipality", "R", "--cbs-code", "GM1674", "-o", str(out), "--force"
        ).code
        == 0
    )


def test_new_with_bad_code_lists_the_problem(capsys: pytest.CaptureFixture[str]) -> None:
    result = run(capsys, "new", "--municipality", "R", "--cbs-code", "1674")
    assert result.code == 1
    assert "SCH106" in result.err and "$.municipality.cbs_code" in result.err


def test_console_script_never_shows_a_traceback(tmp_path: Path) -> None:
    paths = []
    for name, (text, _) in BAD_FILES.items():
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    proc = subprocess.run(
        [sys.executable, "-m", "sportsocial.cli", "validate", *paths, "missing.yaml"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr
    for _, code in BAD_FILES.values():
        assert code in proc.stderr


def test_unwritable_targets_are_reported_not_raised(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    missing = tmp_path / "no" / "such" / "folder" / "mine.yaml"
    argv = ["new", "--municipality", "X", "--cbs-code", "GM0001", "-o", str(missing)]
    result = run(capsys, *argv, "--lang", "nl")
    assert result.code == 1
    assert str(missing) in result.err and "Traceback" not in result.err
    assert not missing.parent.exists()

    class Full(io.StringIO):
        def write(self, s: str) -> int:
            raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(sys, "stdout", Full())
    assert main(["schema"]) == 1
