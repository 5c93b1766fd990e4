""" "Did you mean": a mistyped command, option, choice, gate, phase or rule code is answered
with the closest names, in English and in Dutch."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from sportsocial.cli import EXIT_CODES
from sportsocial.cli._lang import close_matches
from sportsocial.readiness.registry import RULES

from .cli_helpers import run
from .conftest import EXAMPLES

STUCK = str(EXAMPLES / "bergen-op-zoom-stuck.yaml")
USAGE = next(k for k, (en, _) in EXIT_CODES.items() if en.startswith("wrong use"))
INVALID = next(k for k, (en, _) in EXIT_CODES.items() if en.startswith("invalid input"))


@pytest.mark.parametrize(
    ("argv", "meant"),
    [
        (["chek", STUCK], "check"),
        (["methodology", "shwo"], "show"),
        (["check", STUCK, "--gte", "kick-off"], "--gate"),
        (["check", STUCK, "--format", "jsn"], "json"),
        (["status", STUCK, "--lang", "nll"], "nl"),
        (["check", STUCK, "--gate", "kickof"], "kick-off"),
        (["agenda", STUCK, "--gate", "work-session"], "work-sessions"),
        (["check", STUCK, "--select", "GOV11"], "GOV101"),
        (["check", STUCK, "--ignore", "fni"], "FIN"),
        (["explain", "gov11"], "GOV101"),
        (["explain", "FIN2O1"], "FIN201"),
    ],
)
def test_a_typing_error_is_answered_with_the_closest_name(
    capsys: pytest.CaptureFixture[str], argv: list[str], meant: str
) -> None:
    english = run(capsys, *argv, "--lang", "en") if "--lang" not in argv else run(capsys, *argv)
    dutch = run(capsys, "--lang", "nl", *argv) if "--lang" not in argv else None
    assert english.code == USAGE
    assert f"'{meant}'" in english.err
    if dutch is not None:
        assert dutch.code == USAGE
        assert f"'{meant}'" in dutch.err
        assert dutch.err != english.err


def test_advance_to_a_mistyped_phase_suggests_the_phase_and_writes_nothing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "stuck.yaml"
    shutil.copy(STUCK, path)
    before = path.read_bytes()
    for lang in ("en", "nl"):
        result = run(
            capsys,
            "advance",
            str(path),
            "--to",
            "anchorng",
            "--decided-by",
            "college",
            "--lang",
            lang,
        )
        assert result.code == INVALID
        assert "'anchoring'" in result.err
    assert path.read_bytes() == before


def test_nothing_close_suggests_nothing(capsys: pytest.CaptureFixture[str]) -> None:
    assert close_matches("XYZ", RULES) == []
    quiet = run(capsys, "explain", "xyz")
    assert quiet.code == USAGE
    assert len(quiet.err.strip().splitlines()) == 1
    unknown = run(capsys, "check", STUCK, "--gate", "zzzzzz")
    assert unknown.code == USAGE
    assert len(unknown.err.strip().splitlines()) == 1


def test_rule_codes_match_in_any_case() -> None:
    assert close_matches("gov11", RULES, upper=True)[0] == "GOV101"
    assert close_matches("kickof", ["kick-off", "anchoring"]) == ["kick-off"]


def test_a_mistyped_step_of_the_roadmap_is_answered_with_the_step(
    capsys: pytest.CaptureFixture[str],
) -> None:
    for lang in ("en", "nl"):
        result = run(
            capsys, "roadmap", STUCK, "--assume", "joint-bdy", "--on", "2026-12-02", "--lang", lang
        )
        assert result.code == INVALID
        assert "'joint-body'" in result.err
