"""Dutch that reads as Dutch: every command, run in Dutch on the examples, is scanned for
English phase ids, plural crutches ("(s)", "(en)") and decimal points in numbers."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

import sportsocial as ss
from sportsocial.cli import main
from sportsocial.model.taakveld import TAAKVELDEN
from sportsocial.readiness.registry import RULES

from .conftest import EXAMPLES

ON = "2026-11-24"

#: Every command (text or Markdown output; JSON, CSV and schemas are for machines),
#: with the example files it runs on.
COMMANDS: list[list[str]] = [
    ["validate", "{all}"],
    ["status", "{file}", "--on", ON],
    ["check", "{file}", "--on", ON],
    ["check", "{file}", "--on", ON, "--gate", "kick-off", "--format", "markdown"],
    ["agenda", "{file}", "--on", ON],
    ["alignment", "{file}", "--on", ON],
    ["opportunities", "{file}", "--on", ON],
    ["opportunities", "{file}", "--on", ON, "--format", "markdown"],
    ["network", "{file}", "--on", ON],
    [
        "advance",
        "{file}",
        "--to",
        "kick-off",
        "--on",
        ON,
        "--decided-by",
        "stuurgroep",
        "--dry-run",
    ],
    ["methodology", "show"],
    ["methodology", "diagram"],
    ["rules"],
    *(["explain", code] for code in sorted(RULES)),
    ["catalogue", "--on", ON],
    ["roadmap", "{file}", "--on", ON],
    ["roadmap", "{file}", "--on", ON, "--format", "markdown"],
    ["report", "{file}", "--on", ON, "--format", "markdown"],
    ["roadmap", "{file}", "--on", ON, "--format", "ics"],
]


def _phase_ids() -> list[str]:
    """Phase ids of the methodology of the examples (SSNB) that are not part of a Dutch
    phase name ("kick-off" is Dutch too)."""
    m = ss.Methodology.default()
    names = [p.name("nl").lower() for p in m.phases]
    return sorted(i for i in m.phase_ids if not any(i in n for n in names))


PHASE_ID = re.compile(r"(?<![\w-])(" + "|".join(map(re.escape, _phase_ids())) + r")(?![\w-])")
CRUTCH = re.compile(r"\w\((s|en|n|e)\)|\w/\w+en\b")
# a decimal point: a dot between digits that is not a Dutch thousands separator (3 digits)
DECIMAL = re.compile(r"\d\.(\d{1,2}|\d{4,})(?!\d)")
# a date as a document stores it (2026-12-31, 2023-07), not as Dutch writes it
ISO_DATE = re.compile(r"(?<![\w-])\d{4}-\d{2}(-\d{2})?(?![\w-])")
TAAKVELD = re.compile("|".join(re.escape(c) for c in sorted(TAAKVELDEN, key=len, reverse=True)))


def _scan(text: str) -> list[str]:
    text = re.sub(r"https?://\S+|\S*/\S*\.(yaml|json|md|png|csv)\b", "", text)
    text = re.sub(r"\$[\w.\[\]*]*", "", text)  # paths into the document name its fields
    text = re.sub(r"(sportsocial|roadmap) \d+\.\d+\.\d+\S*", "", text)  # the package's version
    text = re.sub(r"(?m)^VERSION:2\.0\r?$", "", text)  # the iCalendar format's version
    text = TAAKVELD.sub("", text)
    problems = [f"phase id {m.group(0)!r}" for m in PHASE_ID.finditer(text)]
    problems += [f"plural crutch {m.group(0)!r}" for m in CRUTCH.finditer(text)]
    problems += [f"decimal point {m.group(0)!r}" for m in DECIMAL.finditer(text)]
    problems += [f"ISO date {m.group(0)!r}" for m in ISO_DATE.finditer(text)]
    return problems


def _runs() -> list[tuple[str, list[str]]]:
    files = sorted(str(p) for p in EXAMPLES.glob("*.yaml"))
    out = []
    for command in COMMANDS:
        if "{file}" in command:
            for f in files:
                out.append(
                    (f"{command[0]} {Path(f).stem}", [f if a == "{file}" else a for a in command])
                )
        elif "{all}" in command:
            out.append((command[0], [a for a in command if a != "{all}"] + files))
        else:
            out.append((" ".join(command), command))
    return out


@pytest.mark.parametrize(("name", "argv"), _runs(), ids=[n for n, _ in _runs()])
def test_dutch_output_reads_as_dutch(
    name: str, argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    main(["--lang", "nl", *argv] if False else [*argv, "--lang", "nl"])
    captured = capsys.readouterr()
    text = captured.out + captured.err
    assert text.strip(), name
    assert _scan(text) == [], name


def test_the_scan_finds_what_it_looks_for() -> None:
    assert _scan("fase anchoring, 3 domein(en), 0.83, 1.250.000, taakveld 5.1, 2023-07") == [
        "phase id 'anchoring'",
        "plural crutch 'n(en)'",
        "decimal point '0.83'",
        "ISO date '2023-07'",
    ]
    assert ss.Level.ADMINISTRATIVE.label("nl") == "bestuurlijk"


def test_validate_counts_files_and_problems_in_dutch(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("schema_version: 2\n", encoding="utf-8")
    good = sorted(EXAMPLES.glob("*.yaml"))[0]
    assert main(["validate", str(bad), str(good), "--lang", "nl"]) == 1
    text = capsys.readouterr().err
    assert _scan(text) == []
    assert "1 van 2 bestanden" in text
    assert re.search(r"\b1 probleem\b", text)


def test_explain_writes_parameters_the_dutch_way(capsys: pytest.CaptureFixture[str]) -> None:
    main(["explain", "FIN102", "--lang", "nl"])
    text = capsys.readouterr().out
    assert "25%" in text and "0,25" not in text and "(0..1)" not in text
    main(["explain", "FIN205", "--lang", "nl"])
    assert "12 maanden" in capsys.readouterr().out


def test_dutch_rule_listings_use_titles_not_english_names(
    capsys: pytest.CaptureFixture[str],
) -> None:
    main(["rules", "--lang", "nl"])
    listing = capsys.readouterr().out
    main(["explain", "GOV108", "--lang", "nl"])
    explained = capsys.readouterr().out
    for rule in RULES.values():
        assert rule.name not in listing
    assert RULES["GOV108"].name not in explained
    assert explained.startswith("GOV108 ")


#: Step ids that are Dutch words as well.
_DUTCH_IDS = {"plan", "budget", "startfoto", "kick-off"}


@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_dutch_roadmap_names_its_steps_in_dutch(
    fmt: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = str(EXAMPLES / "bergen-op-zoom-stuck.yaml")
    r = ss.roadmap(ss.load(path), dt.date(2026, 11, 24), base=str(EXAMPLES))
    ids = {s.id for s in r.steps} - _DUTCH_IDS
    assert len(ids) > 5
    main(["roadmap", path, "--on", ON, "--format", fmt, "--lang", "nl"])
    text = capsys.readouterr().out
    found = {i for i in ids if re.search(rf"(?<![\w'-]){re.escape(i)}(?![\w'-])", text)}
    assert found == set()
    # the English output keeps the ids (the handles of --assume)
    main(["roadmap", path, "--on", ON, "--format", fmt])
    assert "commit-holders" in capsys.readouterr().out or fmt == "markdown"


@pytest.mark.parametrize("command", [["check"], ["check", "--format", "markdown"], ["agenda"]])
def test_dutch_findings_name_what_they_name_by_id(
    command: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    path = str(EXAMPLES / "bergen-op-zoom-stuck.yaml")
    eng = ss.load(path)
    body = eng.body("stuurgroep")
    holder = eng.stakeholder("weth-werk")
    assert body is not None and holder is not None
    run = [command[0], path, *command[1:], "--on", ON, "--lang", "nl"]
    main(run)
    shown = capsys.readouterr().out
    assert f"'stuurgroep' ({body.name})" in shown
    assert f"weth-werk ({holder.name})" in shown
    main([*run, "--names", "hide"])
    hidden = capsys.readouterr().out
    assert holder.name not in hidden
    assert f"weth-werk ({holder.kind.label('nl')})" in hidden
    # English keeps the messages as the rules write them
    main([command[0], path, *command[1:], "--on", ON])
    assert f"'stuurgroep' ({body.name})" not in capsys.readouterr().out


@pytest.mark.parametrize("code", ["REF212", "REF213", "REF214", "REF216"])
def test_dutch_problems_write_dates_and_values_in_dutch(code: str) -> None:
    import json

    from .test_format2 import BAD

    doc, _ = BAD[code]
    with pytest.raises(ss.InvalidDocument) as info:
        ss.loads(json.dumps(doc))
    for p in info.value.problems:
        text = p.message("nl")
        assert not re.search(r"\d{4}-\d{2}-\d{2}", text), text
        for value in ("proposed", "ambition", "'sport'"):
            assert value not in text, text


def test_unknown_references_take_the_gender_of_their_kind() -> None:
    from sportsocial.io.problems import problem
    from sportsocial.io.references import _KINDS

    said = {
        kind: problem("REF201", "$", ref="x", kind=en, kind_nl=nl).message("nl")
        for kind, (en, nl) in _KINDS.items()
    }
    assert "bekend besluit" in said["decision"] and "bekend doel" in said["goal"]
    assert "bekende geldstroom" in said["funding"]


def test_dutch_alignment_names_bodies_and_streams(capsys: pytest.CaptureFixture[str]) -> None:
    path = str(EXAMPLES / "roosendaal-kickoff.yaml")
    eng = ss.load(path)
    main(["alignment", path, "--on", ON, "--lang", "nl"])
    text = capsys.readouterr().out
    for b in eng.governance:
        if b.id in text:
            assert f"{b.id} ({b.name})" in text
    stream = eng.funding_stream("fonds")
    assert stream is not None and f"fonds ({stream.name})" in text
    main(["alignment", path, "--on", ON])
    assert stream.name not in capsys.readouterr().out


def test_network_words_follow_the_glossary(capsys: pytest.CaptureFixture[str]) -> None:
    import importlib.util

    from .conftest import ROOT

    spec = importlib.util.spec_from_file_location("docgen", ROOT / "tools" / "docgen.py")
    assert spec is not None and spec.loader is not None
    docgen = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(docgen)
    terms = {en: nl for en, nl, _, _ in docgen.TERMS}
    main(["network", str(EXAMPLES / "roosendaal-kickoff.yaml"), "--on", ON, "--lang", "nl"])
    text = capsys.readouterr().out.lower()
    assert terms["broker"].split(" (")[0] in text
    assert terms["betweenness"] in text and terms["tie"] in text
    assert "betweenness" not in text and "degree" not in text


def test_every_note_of_a_shipped_reference_has_a_dutch_translation() -> None:
    from sportsocial.readiness.explain import REFERENCE_NOTES_NL

    notes = {
        m.group(1)
        for rule in RULES.values()
        for ref in rule.references
        if (m := re.match(r"^\S+ \((.*)\)$", ref))
    }
    assert notes
    assert notes <= set(REFERENCE_NOTES_NL), sorted(notes - set(REFERENCE_NOTES_NL))


def test_every_step_has_a_dutch_name() -> None:
    from sportsocial.roadmap.render import step_name

    for path in sorted(EXAMPLES.glob("*.yaml")):
        r = ss.roadmap(ss.load(path), dt.date(2026, 11, 24), base=str(EXAMPLES))
        for s in r.steps:
            name = step_name(r, s.id, "nl")
            assert name and "{" not in name and not name.startswith("e "), (s.id, name)
            assert name != s.id or s.id in _DUTCH_IDS, s.id


@pytest.mark.parametrize("assume", ["joint-body", "GOV101"])
def test_dutch_what_if_names_the_step(assume: str, capsys: pytest.CaptureFixture[str]) -> None:
    path = str(EXAMPLES / "bergen-op-zoom-stuck.yaml")
    main(["roadmap", path, "--on", ON, "--assume", assume, "--lang", "nl"])
    first = capsys.readouterr().out.splitlines()[0]
    assert "joint-body" not in first and "stuurgroep" in first


def test_dutch_catalogue_problems_write_dates_out() -> None:
    from sportsocial.catalogue import catalogue_from_data

    from .test_catalogue import doc, entry_data, note

    ended = entry_data(
        valid_from="2024-01-01", valid_until="2023-12-31", unverified=[note("continuation")]
    )
    with pytest.raises(ss.InvalidDocument) as info:
        catalogue_from_data(doc(ended), "<test>")
    said = [p.message("nl") for p in info.value.problems]
    assert said and not any(ISO_DATE.search(m) for m in said), said
    assert any("31 december 2023" in m for m in said)
    assert any("2023-12-31" in p.message("en") for p in info.value.problems)
