"""Editing a document by hand: saves that keep the file as the user wrote it."""

from __future__ import annotations

import difflib
import json
from pathlib import Path

import attrs
import pytest

import sportsocial as ss

from .cli_helpers import run
from .conftest import EXAMPLES

#: Comments, explicit defaults, quoting and whole numbers a save must keep.
_EXTRA = """\
# my notes on the fund  (kept)
"""


def commented(tmp_path: Path) -> Path:
    """The Roosendaal example with more hand-written comments and styles."""
    text = (EXAMPLES / "roosendaal-kickoff.yaml").read_text(encoding="utf-8")
    text = text.replace("methodology: ssnb\n", "methodology: ssnb   # the default, written out\n")
    text = text.replace("funding:\n- id: fonds\n", f"funding:\n{_EXTRA}- id: fonds\n")
    text = text.replace("  name: Roosendaal\n", '  name: "Roosendaal"\n')
    assert "independent: true" in text
    assert "amount_per_year: 150000\n" in text
    path = tmp_path / "roosendaal.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def changed_lines(before: str, after: str) -> list[str]:
    """The lines removed (``-``) and added (``+``) between two texts."""
    return [
        line
        for line in difflib.unified_diff(before.splitlines(), after.splitlines(), lineterm="", n=0)
        if line[:1] in "+-" and not line.startswith(("+++", "---"))
    ]


def without_revision(lines: list[str]) -> list[str]:
    return [line for line in lines if not line.startswith("+revision: sha256:")]


def test_a_save_through_the_api_changes_only_the_changed_lines(tmp_path: Path) -> None:
    path = commented(tmp_path)
    before = path.read_text(encoding="utf-8")
    eng = ss.load(path)
    municipality = attrs.evolve(eng.municipality, population=79000)
    stream = eng.funding[0]
    first = attrs.evolve(stream.contributions[0], amount_per_year=175000.0)
    stream = attrs.evolve(stream, contributions=(first, *stream.contributions[1:]))
    ss.dump(attrs.evolve(eng, municipality=municipality, funding=(stream, *eng.funding[1:])), path)
    after = path.read_text(encoding="utf-8")
    assert without_revision(changed_lines(before, after)) == [
        "-  population: 78000",
        "+  population: 79000",
        "-    amount_per_year: 150000",
        "+    amount_per_year: 175000",
    ]
    # The revision is added once, at the end; every comment and explicit default stays.
    assert after.rstrip().splitlines()[-1].startswith("revision: sha256:")
    assert "methodology: ssnb   # the default, written out" in after
    assert _EXTRA in after
    assert '  name: "Roosendaal"' in after
    assert "  independent: true" in after
    assert ss.load(path).municipality.population == 79000


def test_a_second_save_updates_the_revision_in_place(tmp_path: Path) -> None:
    path = commented(tmp_path)
    eng = ss.dump(ss.load(path), path)
    before = path.read_text(encoding="utf-8")
    municipality = attrs.evolve(eng.municipality, population=80000)
    ss.dump(attrs.evolve(eng, municipality=municipality), path)
    lines = changed_lines(before, path.read_text(encoding="utf-8"))
    assert len(lines) == 4
    assert {line[:12] for line in lines} == {
        "-  populatio",
        "+  populatio",
        "-revision: s",
        "+revision: s",
    }


def test_removed_and_added_items_touch_only_their_lines(tmp_path: Path) -> None:
    path = commented(tmp_path)
    before = path.read_text(encoding="utf-8")
    eng = ss.load(path)
    added = attrs.evolve(eng.obstacles[0], id="nieuw")
    ss.dump(attrs.evolve(eng, obstacles=(*eng.obstacles[1:], added)), path)
    lines = without_revision(changed_lines(before, path.read_text(encoding="utf-8")))
    removed = [line for line in lines if line.startswith("-")]
    new = [line for line in lines if line.startswith("+")]
    assert removed and all(line.startswith("-") for line in removed)
    assert any("id: nieuw" in line for line in new)
    assert len(ss.load(path).obstacles) == len(eng.obstacles)


def test_advance_on_the_command_line_appends_only_the_phase(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "etten-leur.yaml"
    text = (EXAMPLES / "etten-leur-baseline.yaml").read_text(encoding="utf-8")
    path.write_text(text, encoding="utf-8")
    result = run(
        capsys,
        "advance",
        str(path),
        "--to",
        "exploration",
        "--on",
        "2026-12-01",
        "--decided-by",
        "college",
        "--reason",
        "terug",
    )
    assert result.code == 0, result.err
    lines = without_revision(changed_lines(text, path.read_text(encoding="utf-8")))
    assert lines == [
        "+- phase: exploration",
        "+  entered: '2026-12-01'",
        "+  decided_by: college",
        "+  reason: terug",
    ]


def test_a_json_save_keeps_the_key_order_of_the_file(tmp_path: Path) -> None:
    eng = ss.load(EXAMPLES / "roosendaal-kickoff.yaml")
    path = tmp_path / "r.json"
    ss.dump(eng, path)
    data = json.loads(path.read_text(encoding="utf-8"))
    # The user reorders the file by hand: the municipality's fields backwards.
    data["municipality"] = dict(reversed(list(data["municipality"].items())))
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    eng = ss.load(path)
    municipality = attrs.evolve(eng.municipality, population=1)
    ss.dump(attrs.evolve(eng, municipality=municipality), path)
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert list(saved["municipality"]) == list(data["municipality"])
    assert saved["municipality"]["population"] == 1
    assert list(saved)[:-1] == [k for k in data if k != "revision"]


def test_a_value_set_to_its_default_is_removed_and_one_set_away_is_written(
    tmp_path: Path,
) -> None:
    path = commented(tmp_path)
    eng = ss.load(path)
    assert eng.facilitator is not None
    facilitator = attrs.evolve(eng.facilitator, independent=False)
    ss.dump(attrs.evolve(eng, facilitator=facilitator), path)
    text = path.read_text(encoding="utf-8")
    assert "  independent: false" in text
    back = ss.load(path)
    assert back.facilitator is not None and back.facilitator.independent is False
