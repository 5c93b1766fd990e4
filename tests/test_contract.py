"""The published contract is as recorded, and every recorded change is in the changelog.

When this fails after a deliberate change: add a line under ``## [Unreleased]``
in CHANGELOG.md naming it (the code, "schema" with its name, or "exit code"
with the number) and run ``python tools/contract.py --update``.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from . import contract


def test_the_contract_is_as_recorded() -> None:
    snapshot = contract.read_snapshot()
    assert snapshot is not None, f"no snapshot: run {contract.UPDATE_COMMAND}"
    changed = contract.changes(snapshot["contract"], contract.current_contract())
    assert not changed, (
        f"the published contract changed: {', '.join(changed)}. Announce each change in "
        f"CHANGELOG.md under [Unreleased] and run {contract.UPDATE_COMMAND}"
    )


def test_recorded_changelog_lines_are_still_there() -> None:
    snapshot = contract.read_snapshot()
    assert snapshot is not None
    lines = set(contract.changelog_lines())
    gone = {k: v for k, v in snapshot["changelog"]["mentions"].items() if v not in lines}
    assert not gone, f"CHANGELOG.md lost the lines announcing {sorted(gone)}"


@pytest.fixture
def sandbox(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A changelog and snapshot of our own, and a contract we control."""
    monkeypatch.setattr(contract, "SNAPSHOT", tmp_path / "snapshot.json")
    monkeypatch.setattr(contract, "CHANGELOG", tmp_path / "CHANGELOG.md")
    monkeypatch.setattr(contract, "current_contract", lambda: dict(state))
    state.clear()
    state.update({"rule": {"GOV101": {"severity": "error"}}, "schema": {"engagement": "a"}})
    (tmp_path / "CHANGELOG.md").write_text("# Changelog\n\n- GOV101 added.\n", encoding="utf-8")
    done, found = contract.update()  # the first snapshot needs no announcement
    assert done and found == {}
    return tmp_path


state: dict[str, dict[str, object]] = {}


def test_a_change_needs_a_new_line_that_names_it(sandbox: Path) -> None:
    state["rule"] = {"GOV101": {"severity": "warning"}, "GOV102": {"severity": "error"}}
    done, found = contract.update()
    assert not done and found == {"rule:GOV101": None, "rule:GOV102": None}  # old line not enough
    log = sandbox / "CHANGELOG.md"
    log.write_text(log.read_text() + "- GOV1020 is new.\n- GOV101 is now a warning.\n")
    done, found = contract.update()
    assert not done and found["rule:GOV102"] is None  # GOV1020 is not GOV102
    log.write_text(log.read_text() + "- New rule `GOV102`.\n")
    done, found = contract.update()
    assert done
    recorded = json.loads((sandbox / "snapshot.json").read_text())
    assert recorded["changelog"]["mentions"] == {
        "rule:GOV101": "- GOV101 is now a warning.",
        "rule:GOV102": "- New rule `GOV102`.",
    }
    assert contract.changes(recorded["contract"], contract.current_contract()) == []


def test_the_next_change_needs_another_new_line(sandbox: Path) -> None:
    log = sandbox / "CHANGELOG.md"
    log.write_text(log.read_text() + "- Engagement schema: a new field.\n")
    state["schema"] = {"engagement": "b"}
    assert contract.update()[0]
    state["schema"] = {"engagement": "c"}  # the same line cannot announce it twice
    assert contract.update() == (False, {"schema:engagement": None})
    log.write_text(log.read_text() + "- `schema_version` 3.\n")
    assert contract.update()[0]


@pytest.mark.parametrize(
    ("key", "line", "announces"),
    [
        ("rule:GOV101", "- New rule `GOV101` (decision-body-without-mandate).", True),
        ("rule:GOV101", "- GOV1010 added.", False),
        ("problem:DOC013", "`DOC013` (a duplicate key)", True),
        ("schema:engagement", "- Document format 2 (`schema_version` 2).", True),
        ("schema:engagement", "- The engagement JSON Schema allows `inventory`.", True),
        ("schema:report", "- The report schema has `scores`.", True),
        ("schema:report", "- The engagement schema has `scores`.", False),
        ("exit:3", "- Exit code 3 for an internal error.", True),
        ("exit:3", "- Three new commands; exit code 1 for refusals.", False),
    ],
)
def test_what_a_line_must_say(key: str, line: str, announces: bool) -> None:
    assert bool(contract.mention_for(key).search(line)) is announces
