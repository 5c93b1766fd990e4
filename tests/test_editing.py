"""Editing a document by hand: saves that keep the file as the user wrote it."""

from __future__ import annotations

import datetime as dt
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


# --- Where a problem is: line, column and item -------------------------------------

BAD_YAML = """\
schema_version: 2
municipality:
  name: Test
  cbs_code: GM1674
methodology: ssnb
stakeholders:
- id: raad
  name: Raad
  kind: council
  level: administrativ
- id: weth
  name: W
  kind: portfolio-holder
  level: administrative
"""


def test_yaml_problems_carry_line_column_and_item(tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(BAD_YAML, encoding="utf-8")
    with pytest.raises(ss.InvalidDocument) as caught:
        ss.load(path)
    (p,) = caught.value.problems
    assert (p.code, p.line, p.column, p.item) == ("SCH105", 10, 10, "raad")
    assert p.render().startswith(f"{path}:10:10: SCH105 ")
    assert p.to_dict()["line"] == 10
    assert p.to_dict()["column"] == 10
    assert p.to_dict()["item"] == "raad"


def test_json_problems_carry_line_column_and_item(tmp_path: Path) -> None:
    data = {
        "schema_version": 2,
        "municipality": {"name": "Test", "cbs_code": "GM1674"},
        "stakeholders": [
            {"id": "raad", "name": "Raad", "kind": "council", "level": "administrative"},
            {"id": "weth", "name": "W", "kind": "nobody", "level": "administrative"},
        ],
    }
    text = json.dumps(data, indent=2)
    with pytest.raises(ss.InvalidDocument) as caught:
        ss.loads(text, "json", source="x.json")
    (p,) = caught.value.problems
    line = text.splitlines().index('      "kind": "nobody",') + 1
    assert (p.code, p.line, p.column, p.item) == ("SCH105", line, 15, "weth")


def test_a_missing_field_is_located_at_its_item() -> None:
    with pytest.raises(ss.InvalidDocument) as caught:
        ss.loads(BAD_YAML.replace("  name: W\n", ""), "yaml")
    missing = [p for p in caught.value.problems if p.code == "SCH101"]
    assert [(p.line, p.column, p.item) for p in missing] == [(11, 3, "weth")]


@pytest.mark.parametrize("fmt", ["yaml", "json"])
def test_a_duplicate_key_names_both_places(fmt: str) -> None:
    if fmt == "yaml":
        text = "schema_version: 2\nmunicipality:\n  name: A\n  cbs_code: GM1674\n  name: B\n"
        first, second = (3, 3), (5, 3)
    else:
        text = '{\n  "schema_version": 2,\n  "schema_version": 2\n}\n'
        first, second = (2, 3), (3, 3)
    with pytest.raises(ss.InvalidDocument) as caught:
        ss.loads(text, fmt)  # type: ignore[arg-type]
    (p,) = caught.value.problems
    assert p.code == "DOC013"
    assert (p.line, p.column) == second
    for lang in ("en", "nl"):
        message = p.message(lang)
        assert f"{first[0]}, " in message and f"{second[0]}, " in message


def test_yaml_syntax_errors_are_located_and_in_dutch() -> None:
    with pytest.raises(ss.InvalidDocument) as caught:
        ss.loads("schema_version: 2\nmunicipality: a: b\n", "yaml")
    (p,) = caught.value.problems
    assert (p.code, p.line, p.column) == ("DOC003", 2, 16)
    assert p.message.nl != p.message.en


def test_validate_prints_compiler_style_lines(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(BAD_YAML, encoding="utf-8")
    result = run(capsys, "validate", "--lang", "nl", str(path))
    assert result.code == 1
    assert result.err.splitlines()[0].startswith(f"{path}:10:10: SCH105 ")
    result = run(capsys, "validate", "--format", "json", str(path))
    (problem,) = json.loads(result.out)["files"][0]["problems"]
    assert (problem["line"], problem["column"], problem["item"]) == (10, 10, "raad")


# --- One pass, every problem; did you mean ------------------------------------------

BOTH = (
    BAD_YAML
    + """\
relations:
- source: raad
  target: wet
  kind: collaborates
  period:
    start: '2025-01-01'
- source: weth
  target: raad
  kind: collaborates
  period:
    start: '2025-01-01'
"""
)


def test_reference_problems_come_with_schema_problems() -> None:
    with pytest.raises(ss.InvalidDocument) as caught:
        ss.loads(BOTH, "yaml")
    found = {(p.code, p.path) for p in caught.value.problems}
    # raad has a schema problem of its own; a reference to it is not reported as unknown.
    assert found == {
        ("SCH105", "$.stakeholders[0].level"),
        ("REF201", "$.relations[0].target"),
    }


def test_paths_of_reference_problems_count_the_items_set_aside() -> None:
    text = BOTH.replace("  target: raad\n", "  target: nobody\n")
    with pytest.raises(ss.InvalidDocument) as caught:
        ss.loads(text, "yaml")
    refs = [p for p in caught.value.problems if p.code == "REF201"]
    assert [(p.path, p.line) for p in refs] == [
        ("$.relations[0].target", 17),
        ("$.relations[1].target", 22),
    ]


def test_a_problem_outside_any_item_sets_its_section_aside() -> None:
    text = BOTH.replace("cbs_code: GM1674", "cbs_code: 1674")
    with pytest.raises(ss.InvalidDocument) as caught:
        ss.loads(text, "yaml")
    assert sorted(caught.value.codes) == ["REF201", "SCH103", "SCH105"]
    # An item that is not even a mapping is set aside like any other.
    text = BOTH.replace("stakeholders:\n", "stakeholders:\n- 7\n")
    with pytest.raises(ss.InvalidDocument) as caught:
        ss.loads(text, "yaml")
    assert sorted(caught.value.codes) == ["REF201", "SCH103", "SCH105"]


def test_a_problem_with_the_document_as_a_whole_gives_the_schema_problems_alone() -> None:
    with pytest.raises(ss.InvalidDocument) as caught:
        ss.loads(BOTH.replace("schema_version: 2", "schema_version: two"), "yaml")
    assert "REF201" not in caught.value.codes


def test_did_you_mean_an_id_and_a_value() -> None:
    with pytest.raises(ss.InvalidDocument) as caught:
        ss.loads(BOTH, "yaml")
    by_code = {p.code: p for p in caught.value.problems}
    assert by_code["REF201"].suggestion == "weth"
    assert by_code["SCH105"].suggestion == "administrative"
    for p in by_code.values():
        assert p.suggestion is not None
        assert p.suggestion in p.message.en and p.suggestion in p.message.nl
        assert p.to_dict()["suggestion"] == p.suggestion


def test_no_suggestion_when_nothing_is_close() -> None:
    with pytest.raises(ss.InvalidDocument) as caught:
        ss.loads(BOTH.replace("target: wet", "target: zzzzzzzz"), "yaml")
    (ref,) = [p for p in caught.value.problems if p.code == "REF201"]
    assert ref.suggestion is None


# --- sportsocial migrate ---------------------------------------------------------------

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.mark.parametrize("name", ["v1/etten-leur-baseline.yaml", "v0/draft.yaml"])
def test_migrate_rewrites_an_old_document_in_place(
    name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    original = (FIXTURES / name).read_text(encoding="utf-8")
    path = tmp_path / "old.yaml"
    path.write_text(original, encoding="utf-8")
    before = ss.load(path)
    result = run(capsys, "migrate", str(path), "--format", "json")
    assert result.code == 0, result.err
    report = json.loads(result.out)
    assert report["written"] is True
    assert report["to_version"] == 2
    assert {"kind": "changed", "path": "$.schema_version", "to": None, "count": 1} in report[
        "changes"
    ]
    text = path.read_text(encoding="utf-8")
    assert ss.load(path).revision == before.revision
    # Comments stay: every comment line of the old file is still there.
    comments = [line for line in original.splitlines() if line.lstrip().startswith("#")]
    assert comments
    assert all(line in text.splitlines() for line in comments)
    result = run(capsys, "migrate", str(path), "--format", "json")
    assert json.loads(result.out)["changes"] == []
    assert path.read_text(encoding="utf-8") == text


def test_migrate_dry_run_writes_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    original = (FIXTURES / "v1/etten-leur-baseline.yaml").read_text(encoding="utf-8")
    path = tmp_path / "old.yaml"
    path.write_text(original, encoding="utf-8")
    result = run(capsys, "migrate", "--dry-run", "--lang", "nl", str(path))
    assert result.code == 0
    assert "$.facilitator.organisation" in result.out
    assert path.read_text(encoding="utf-8") == original


def test_migrate_refuses_an_invalid_document(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(BAD_YAML.replace("schema_version: 2", "schema_version: 1"), encoding="utf-8")
    result = run(capsys, "migrate", str(path))
    assert result.code == 1
    assert "SCH105" in result.err
    assert path.read_text(encoding="utf-8").startswith("schema_version: 1")


# --- sportsocial new ---------------------------------------------------------------


def test_new_writes_a_commented_skeleton_of_every_section(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from sportsocial.io.skeleton import SECTIONS

    texts = {}
    for lang in ("en", "nl"):
        path = tmp_path / f"{lang}.yaml"
        args = ("new", "--municipality", "Roosendaal", "--cbs-code", "GM1674", "-o", str(path))
        result = run(capsys, *args, "--lang", lang, "--on", "2026-01-05")
        assert result.code == 0, result.err
        texts[lang] = path.read_text(encoding="utf-8")
        eng = ss.load(path)
        assert eng.municipality.cbs_code == "GM1674"
        for key, about, _ in SECTIONS:
            assert f"\n{key}: " in texts[lang]
            assert f"# {about(lang)}" in texts[lang]
    assert texts["en"] != texts["nl"]


def test_the_examples_of_the_skeleton_make_a_valid_document() -> None:
    from sportsocial.io.skeleton import SECTIONS

    head = (
        "schema_version: 2\nmunicipality:\n  name: X\n  cbs_code: GM1674\n"
        "facilitator:\n  name: S\n  engaged:\n    start: '2025-01-01'\n"
    )
    eng = ss.loads(head + "".join(f"{key}:\n{example}" for key, _, example in SECTIONS), "yaml")
    assert eng.stakeholders and eng.plan.actions


def test_new_refuses_an_existing_file_unless_forced(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "mine.yaml"
    path.write_text("# mine\n", encoding="utf-8")
    args = ("new", "--municipality", "Roosendaal", "--cbs-code", "GM1674", "-o", str(path))
    result = run(capsys, *args)
    assert result.code == 1
    assert "--force" in result.err
    assert path.read_text(encoding="utf-8") == "# mine\n"
    result = run(capsys, *args, "--force")
    assert result.code == 0
    assert ss.load(path).municipality.name == "Roosendaal"


def test_filling_in_the_skeleton_keeps_its_comments(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "mine.yaml"
    args = ("new", "--municipality", "Roosendaal", "--cbs-code", "GM1674", "-o", str(path))
    assert run(capsys, *args).code == 0
    before = path.read_text(encoding="utf-8")
    eng = ss.load(path)
    raad = ss.load(EXAMPLES / "roosendaal-kickoff.yaml").stakeholders[0]
    ss.dump(attrs.evolve(eng, stakeholders=(raad,)), path)
    lines = without_revision(changed_lines(before, path.read_text(encoding="utf-8")))
    assert lines[0] == "-stakeholders: []"
    assert lines[1:3] == ["+stakeholders:", f"+- id: {raad.id}"]
    assert all(line.startswith("+  ") for line in lines[3:])
    assert path.read_text(encoding="utf-8").rstrip().splitlines()[-1].startswith("revision: ")


@pytest.mark.parametrize(("mapping", "sequence", "offset"), [(4, 4, 2), (2, 4, 2), (4, 6, 4)])
def test_a_file_with_its_own_indentation_keeps_it(
    tmp_path: Path, mapping: int, sequence: int, offset: int
) -> None:
    import io

    from ruamel.yaml import YAML

    yaml = YAML(typ="rt")
    yaml.width = 4096
    yaml.indent(mapping=mapping, sequence=sequence, offset=offset)
    data = yaml.load((EXAMPLES / "etten-leur-baseline.yaml").read_text(encoding="utf-8"))
    out = io.StringIO()
    yaml.dump(data, out)
    text = out.getvalue()
    path = tmp_path / "indented.yaml"
    path.write_text(text, encoding="utf-8")
    eng = ss.load(path)
    ss.dump(attrs.evolve(eng, municipality=attrs.evolve(eng.municipality, population=1)), path)
    lines = without_revision(changed_lines(text, path.read_text(encoding="utf-8")))
    pad = " " * mapping
    assert lines == [f"-{pad}population: 45000", f"+{pad}population: 1"]


def test_did_you_mean_a_phase_a_methodology_and_a_route() -> None:
    text = (EXAMPLES / "etten-leur-baseline.yaml").read_text(encoding="utf-8")
    text = text.replace("- phase: baseline\n", "- phase: baselin\n")
    with pytest.raises(ss.InvalidDocument) as caught:
        ss.loads(text, "yaml")
    assert [(p.code, p.suggestion) for p in caught.value.problems] == [("MET103", "baseline")]
    with pytest.raises(ss.InvalidDocument) as caught:
        ss.loads(BOTH.replace("methodology: ssnb", "methodology: snb"), "yaml")
    met = [p for p in caught.value.problems if p.code == "MET101"]
    assert [p.suggestion for p in met] == ["ssnb"]
    text = (EXAMPLES / "etten-leur-baseline.yaml").read_text(encoding="utf-8")
    text = text.replace("route: buurtsportcoach", "route: buurtsportcoch")
    with pytest.raises(ss.InvalidDocument) as caught:
        ss.loads(text, "yaml")
    assert [(p.code, p.suggestion) for p in caught.value.problems] == [
        ("REF217", "buurtsportcoach")
    ]


@pytest.mark.parametrize("bom", [b"", b"\xef\xbb\xbf"])
def test_windows_line_ends_and_a_byte_order_mark_stay(tmp_path: Path, bom: bytes) -> None:
    text = (EXAMPLES / "etten-leur-baseline.yaml").read_text(encoding="utf-8")
    raw = bom + text.replace("\n", "\r\n").encode("utf-8")
    path = tmp_path / "windows.yaml"
    path.write_bytes(raw)
    eng = ss.load(path)
    ss.dump(attrs.evolve(eng, municipality=attrs.evolve(eng.municipality, population=1)), path)
    saved = path.read_bytes()
    assert saved.startswith(bom + b"#")
    assert saved.count(b"\r\n") == saved.count(b"\n") == raw.count(b"\n") + 1  # + revision
    lines = without_revision(changed_lines(raw.decode("utf-8-sig"), saved.decode("utf-8-sig")))
    assert lines == ["-  population: 45000", "+  population: 1"]


def test_comments_below_a_list_stay_below_it_when_items_come_and_go(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "mine.yaml"
    args = ("new", "--municipality", "Roosendaal", "--cbs-code", "GM1674", "-o", str(path))
    assert run(capsys, *args).code == 0
    skeleton = path.read_text(encoding="utf-8")
    example = ss.load(EXAMPLES / "roosendaal-kickoff.yaml")
    eng = ss.load(path)
    for count in (1, 2, 3):
        eng = ss.dump(attrs.evolve(eng, stakeholders=example.stakeholders[:count]), path)
        text = path.read_text(encoding="utf-8")
        # Every comment line of the skeleton, in the same order.
        kept = [line for line in text.splitlines() if line.startswith("#")]
        assert kept == [line for line in skeleton.splitlines() if line.startswith("#")]
        section = text.split("\nstakeholders:\n", 1)[1].split("\n\n", 1)[0]
        assert section.count("- id: ") == count
    ss.dump(attrs.evolve(eng, stakeholders=()), path)
    lines = without_revision(changed_lines(skeleton, path.read_text(encoding="utf-8")))
    assert lines == []


def test_comments_around_a_key_that_goes_stay(tmp_path: Path) -> None:
    text = (EXAMPLES / "etten-leur-baseline.yaml").read_text(encoding="utf-8")
    text = text.replace("  independent: true\n", "")
    assert "  stakeholder: ssnb\ntarget_groups:" in text
    text = text.replace(
        "  stakeholder: ssnb\ntarget_groups:",
        "  stakeholder: ssnb\n  # not independent (yet)\n  independent: false  # see the contract\n"
        "\n# who it is for\ntarget_groups:",
    )
    path = tmp_path / "e.yaml"
    path.write_text(text, encoding="utf-8")
    eng = ss.load(path)
    assert eng.facilitator is not None and eng.facilitator.independent is False
    facilitator = attrs.evolve(eng.facilitator, independent=True)
    ss.dump(attrs.evolve(eng, facilitator=facilitator), path)
    lines = without_revision(changed_lines(text, path.read_text(encoding="utf-8")))
    assert lines == ["-  independent: false  # see the contract"]


def test_comments_around_a_key_in_the_middle_that_goes_stay(tmp_path: Path) -> None:
    text = (EXAMPLES / "etten-leur-baseline.yaml").read_text(encoding="utf-8")
    text = text.replace(
        "  independent: true\n",
        "  # not yet\n  independent: false  # see the contract\n  # about the money\n",
    )
    path = tmp_path / "e.yaml"
    path.write_text(text, encoding="utf-8")
    eng = ss.load(path)
    assert eng.facilitator is not None
    facilitator = attrs.evolve(eng.facilitator, independent=True)
    ss.dump(attrs.evolve(eng, facilitator=facilitator), path)
    lines = without_revision(changed_lines(text, path.read_text(encoding="utf-8")))
    assert lines == ["-  independent: false  # see the contract"]


def test_a_date_written_without_quotes_stays_without(tmp_path: Path) -> None:
    text = (EXAMPLES / "etten-leur-baseline.yaml").read_text(encoding="utf-8")
    text = text.replace(
        "    start: '2026-09-01'\n    end: '2027-12-31'",
        "    start: 2026-09-01\n    end: '2027-12-31'",
    )
    path = tmp_path / "e.yaml"
    path.write_text(text, encoding="utf-8")
    eng = ss.load(path)
    assert eng.facilitator is not None and eng.facilitator.engaged is not None
    engaged = attrs.evolve(eng.facilitator.engaged, start=dt.date(2026, 9, 2))
    facilitator = attrs.evolve(eng.facilitator, engaged=engaged)
    ss.dump(attrs.evolve(eng, facilitator=facilitator), path)
    lines = without_revision(changed_lines(text, path.read_text(encoding="utf-8")))
    assert lines == ["-    start: 2026-09-01", "+    start: 2026-09-02"]


def test_a_valid_document_never_pays_for_locating_or_round_trips(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import subprocess
    import sys

    from sportsocial.io import document

    def fail(*args: object, **kwargs: object) -> None:
        raise AssertionError("located a valid document")

    monkeypatch.setattr(document, "located", fail)
    monkeypatch.setattr(document, "checks_on_what_built", fail)
    assert ss.load(EXAMPLES / "roosendaal-kickoff.yaml").municipality.name == "Roosendaal"
    script = (
        "import sys, sportsocial as ss; ss.load(sys.argv[1]); "
        "print('ruamel' in ' '.join(sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", script, str(EXAMPLES / "roosendaal-kickoff.yaml")],
        capture_output=True,
        text=True,
        check=True,
    )
    assert out.stdout.strip() == "False"


def test_problems_of_plain_data_name_their_item() -> None:
    import yaml

    with pytest.raises(ss.InvalidDocument) as caught:
        ss.io.engagement_from_data(yaml.safe_load(BAD_YAML))
    (p,) = caught.value.problems
    assert (p.code, p.line, p.item) == ("SCH105", None, "raad")


def test_problems_of_a_methodology_file_are_located(tmp_path: Path) -> None:
    from sportsocial.readiness.gate_rules import load_methodology

    shipped = Path(ss.__file__).parent / "methodology" / "data" / "five-step.json"
    data = json.loads(shipped.read_text(encoding="utf-8"))
    data["phases"][0]["gate"]["should"][0] = "PRC199"
    text = json.dumps(data, indent=2)
    path = tmp_path / "mine.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ss.InvalidDocument) as caught:
        load_methodology(path)
    (p,) = caught.value.problems
    line = text.splitlines().index('          "PRC199",') + 1
    assert (p.code, p.line, p.column, p.item) == ("MET204", line, 11, "baseline")
    assert p.suggestion is not None and p.suggestion.startswith("PRC1")


def test_did_you_mean_a_field() -> None:
    with pytest.raises(ss.InvalidDocument) as caught:
        ss.loads(BAD_YAML.replace("  level: administrative\n", "  levle: administrative\n"), "yaml")
    unknown = [p for p in caught.value.problems if p.code == "SCH102"]
    assert [(p.path, p.suggestion, p.line) for p in unknown] == [
        ("$.stakeholders[1].levle", "level", 14)
    ]


def test_a_file_beyond_the_size_kept_by_hand_is_written_whole(tmp_path: Path) -> None:
    """The round-trip reader holds the file's lock while it reads: a file beyond
    ``KEEP_MAX_BYTES`` (no hand-written engagement is that large) is written whole."""
    from sportsocial.io.document import KEEP_MAX_BYTES

    text = (EXAMPLES / "etten-leur-baseline.yaml").read_text(encoding="utf-8")
    padding = "# " + "x" * 98 + "\n"
    path = tmp_path / "large.yaml"
    path.write_text(text + padding * (KEEP_MAX_BYTES // len(padding) + 1), encoding="utf-8")
    eng = ss.load(path)
    changed = attrs.evolve(eng, municipality=attrs.evolve(eng.municipality, population=1234))
    ss.dump(changed, path)
    written = path.read_text(encoding="utf-8")
    assert "x" * 98 not in written and ss.load(path).municipality.population == 1234


def test_a_methodology_with_a_problem_leaves_the_phases_unjudged() -> None:
    """With the document's methodology set aside, its phases would be judged against the
    default one: one pass reports the schema problem alone."""
    data = json.loads(ss.dumps(ss.load(EXAMPLES / "etten-leur-baseline.yaml")))
    data.pop("revision")
    data["methodology"] = ""
    data["phase_log"][0]["phase"] = "vision"  # a phase of the five-step methodology
    with pytest.raises(ss.InvalidDocument) as refused:
        ss.loads(json.dumps(data))
    assert refused.value.codes == ("SCH108",)


def test_a_tab_before_a_comment_keeps_the_comments(tmp_path: Path) -> None:
    """libyaml reads a tab before a comment; ruamel's round-trip reader does not: the tab
    becomes a space, and the file keeps its comments."""
    text = (EXAMPLES / "etten-leur-baseline.yaml").read_text(encoding="utf-8")
    text = text.replace("population: 45000", "population: 45000\t# inwoners", 1)
    path = tmp_path / "tabs.yaml"
    path.write_text(text, encoding="utf-8")
    eng = ss.load(path)
    changed = attrs.evolve(eng, municipality=attrs.evolve(eng.municipality, population=45100))
    ss.dump(changed, path)
    written = path.read_text(encoding="utf-8")
    assert written.count("#") == text.count("#")
    assert "population: 45100 # inwoners" in written


@pytest.mark.parametrize("fmt", ["yaml", "json"])
def test_a_problem_with_a_key_points_at_the_key(fmt: str) -> None:
    """An unknown field is the key's fault: the column is the key's, not its value's."""
    text = (
        "schema_version: 2\nmunicipality:\n  name: X\n  cbs_code: GM0001\n  popuation: 45000\n"
        if fmt == "yaml"
        else '{"schema_version": 2,\n "municipality": {"name": "X", "cbs_code": "GM0001",\n'
        '  "popuation": 45000}}'
    )
    with pytest.raises(ss.InvalidDocument) as refused:
        ss.loads(text, fmt)  # type: ignore[arg-type]
    (p,) = refused.value.problems
    expected = (5, 3) if fmt == "yaml" else (3, 3)
    assert (p.code, p.line, p.column) == ("SCH102", *expected)
