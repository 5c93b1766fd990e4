"""The readiness engine: verdicts of the examples, reports and their formats, agenda, docs."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
import tarfile
from typing import Any

import attrs
import jsonschema
import pytest

import sportsocial as ss
from sportsocial.readiness import RULES, Severity, rule_reference
from sportsocial.readiness.report import report_schema

from .cli_helpers import run
from .conftest import EXAMPLES, ROOT

ON = dt.date(2026, 11, 24)


def blockers(report: ss.Report) -> list[str]:
    return sorted({f.code for f in report.blockers})


def test_the_examples_give_the_verdicts_their_stories_imply(
    etten_leur: ss.Engagement, bergen: ss.Engagement, roosendaal: ss.Engagement
) -> None:
    early = ss.check(etten_leur, on=ON)
    assert (early.gate, early.ready, blockers(early)) == (
        "administrative-connection",
        False,
        ["PRC101"],
    )
    stuck = ss.check(bergen, on=ON)
    assert (stuck.gate, stuck.ready) == ("work-sessions", False)
    assert blockers(stuck) == ["GOV101", "GOV102", "GOV103", "GOV104"]
    assert all(f.level is ss.Level.ADMINISTRATIVE for f in stuck.blockers)
    ready = ss.check(roosendaal, on=ON)
    assert (ready.gate, ready.ready, ready.counts["blockers"]) == ("kick-off", True, 0)


def test_bergen_is_not_ready_for_kick_off_either(bergen: ss.Engagement) -> None:
    report = ss.check(bergen, "kick-off", on=ON)
    assert {"ANC105", "FIN101", "FIN103", "GOV101", "PLN101"} <= set(blockers(report))
    # its money runs out: streams end, the state's share with them, and a tender is pending
    assert {"FIN202", "FIN205", "FIN207", "FIN208"} <= {f.code for f in report.warnings}


def test_report_groups_and_scores(bergen: ss.Engagement) -> None:
    report = ss.check(bergen, on=ON)
    levels = report.by_level()
    assert next(iter(levels)) is ss.Level.ADMINISTRATIVE
    assert sum(len(v) for v in levels.values()) == len(report.findings)
    scores = report.scores()
    assert set(scores) <= set(ss.readiness.Dimension)
    assert all(0 <= s <= 1 for s in scores.values())
    # Governance: GOV101-104 fail as blockers (weight 2 each); of the five warnings
    # (GOV105-109) only GOV105 fails (weight 1).
    assert scores[ss.readiness.Dimension.GOVERNANCE] == round(
        1 - (2 + 2 + 2 + 2 + 1) / (2 * 4 + 5), 4
    )
    assert len(report.rows()) == len(report.findings)


def test_scores_formula_on_a_clean_report() -> None:
    from .test_rules import base

    report = ss.check(base(), on=ON)
    assert report.findings == ()
    assert all(score == 1.0 for score in report.scores().values())


def test_select_ignore_and_unknown_selectors(bergen: ss.Engagement) -> None:
    report = ss.check(bergen, on=ON, select=["GOV", "FIN1"], ignore=["FIN103"])
    assert {c for c, _ in report.evaluated} <= {c for c in RULES if c.startswith(("GOV", "FIN1"))}
    assert "FIN103" not in {c for c, _ in report.evaluated}
    assert blockers(report) == ["GOV101", "GOV102", "GOV103", "GOV104"]
    with pytest.raises(ValueError, match="XYZ"):
        ss.check(bergen, on=ON, select=["XYZ"])


def test_all_rules_gate(roosendaal: ss.Engagement) -> None:
    report = ss.check(roosendaal, "all", on=ON)
    assert len(report.evaluated) == len(RULES)
    assert dict(report.evaluated)["PLN301"] is Severity.ERROR


def test_json_output_matches_its_schema(bergen: ss.Engagement) -> None:
    schema = report_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    for lang in (None, "nl"):
        data = json.loads(json.dumps(ss.check(bergen, on=ON).to_dict(lang)))
        jsonschema.validate(data, schema, format_checker=jsonschema.FormatChecker())


def test_markdown_output(bergen: ss.Engagement) -> None:
    md = ss.check(bergen, on=ON).to_markdown("nl")
    assert md.startswith("# Bergen op Zoom")
    assert "| GOV101 |" in md
    assert "## Bestuurlijk" in md


@pytest.fixture(scope="session")
def sarif_schema(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The official SARIF 2.1.0 schema, as shipped in the npm package @microsoft/jest-sarif."""
    folder = tmp_path_factory.mktemp("sarif")
    npm = shutil.which("npm")
    if npm is None:
        pytest.skip("npm is needed to fetch the official SARIF schema")
    proc = subprocess.run(
        [npm, "pack", "@microsoft/jest-sarif@1.0.0-beta.0", "--silent"],
        cwd=folder,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    tarballs = list(folder.glob("*.tgz"))
    if proc.returncode != 0 or not tarballs:
        pytest.skip(f"could not fetch the SARIF schema: {proc.stderr.strip()[:200]}")
    with tarfile.open(tarballs[0]) as tar:
        member = tar.extractfile("package/lib/schemas/sarif-2.1.0-rtm.5.json")
        assert member is not None
        schema: dict[str, Any] = json.loads(member.read().decode("utf-8"))
    return schema


def test_sarif_output_is_valid_sarif(bergen: ss.Engagement, sarif_schema: dict[str, Any]) -> None:
    waiver = ss.Waiver(code="GOV101", reason="pilot", decided_by="college", date=ON)
    report = ss.check(bergen, on=ON, waivers=[waiver])
    log = json.loads(json.dumps(report.to_sarif("en", uri="examples/bergen-op-zoom-stuck.yaml")))
    validator = jsonschema.validators.validator_for(sarif_schema)(sarif_schema)
    errors = [e.message for e in validator.iter_errors(log)]
    assert errors == []
    results = log["runs"][0]["results"]
    assert len(results) == len(report.findings)
    suppressed = [r for r in results if "suppressions" in r]
    assert [r["ruleId"] for r in suppressed] == ["GOV101"]
    rules = log["runs"][0]["tool"]["driver"]["rules"]
    assert all(rules[r["ruleIndex"]]["id"] == r["ruleId"] for r in results)


def test_waived_findings_are_shown_not_dropped(bergen: ss.Engagement) -> None:
    waiver = ss.Waiver(code="GOV101", reason="pilot", decided_by="college", date=ON)
    report = ss.check(bergen, on=ON, waivers=[waiver])
    assert [f.code for f in report.waived] == ["GOV101"]
    assert "GOV101" not in blockers(report)
    assert "GOV101" in report.to_text()


def test_agenda_groups_by_level_and_orders_by_what_blocks(bergen: ss.Engagement) -> None:
    draft = ss.agenda(bergen, on=ON)
    levels = [i.level for i in draft.items]
    order = [ss.Level.ADMINISTRATIVE, ss.Level.OFFICIAL, ss.Level.EXECUTIVE, None]
    assert levels == sorted(levels, key=order.index)
    admin = [i for i in draft.items if i.level is ss.Level.ADMINISTRATIVE]
    assert [i.blocking for i in admin] == sorted((i.blocking for i in admin), reverse=True)
    gov103 = next(i for i in draft.items if i.code == "GOV103")
    assert gov103.participants == ("weth-sport-jeugd", "weth-werk", "ssnb")
    gov101 = next(i for i in draft.items if i.code == "GOV101")
    # in office on the date: the sport alderman who left after the election is not invited
    assert set(gov101.participants) == {"weth-sport-jeugd", "weth-werk", "ssnb"}
    md = draft.to_markdown("nl")
    assert md.startswith("# Concept-agenda")
    assert "**GOV103**" in md


def test_explain_has_every_section_in_both_languages() -> None:
    for code, rule in RULES.items():
        for lang in ("en", "nl"):
            for text in (rule.message, rule.what, rule.why, rule.fix, rule.example):
                assert text(lang).strip(), (code, lang)
        assert rule.what("en") != rule.what("nl"), code
        text = ss.explain(code, "nl")
        for heading in (
            "Wat het controleert",
            "Waarom dit belangrijk is",
            "Voorbeeld",
            "Zo los je het op",
        ):
            assert heading in text


def test_rule_codes_and_names_are_well_formed() -> None:
    names = [r.name for r in RULES.values()]
    assert len(set(names)) == len(names)
    assert len(RULES) >= 30
    for code, rule in RULES.items():
        assert rule.code == code
        assert code.startswith(rule.family.value)
        assert rule.paths and all(p.startswith("$") for p in rule.paths)


def test_rule_reference_page_is_generated_from_the_registry() -> None:
    assert (ROOT / "docs" / "rules.md").read_text(encoding="utf-8") == rule_reference("en")


def test_cli_check_exit_codes_and_formats(capsys: pytest.CaptureFixture[str]) -> None:
    bergen = str(EXAMPLES / "bergen-op-zoom-stuck.yaml")
    roosendaal = str(EXAMPLES / "roosendaal-kickoff.yaml")
    assert run(capsys, "check", roosendaal, "--on", "2026-11-24").code == 0
    assert run(capsys, "check", bergen, "--on", "2026-11-24").code == 1
    # Only warnings left: exit 0, unless --fail-on warning.
    assert run(capsys, "check", bergen, "--on", "2026-11-24", "--select", "GOV105").code == 0
    assert (
        run(
            capsys,
            "check",
            bergen,
            "--on",
            "2026-11-24",
            "--select",
            "GOV105",
            "--fail-on",
            "warning",
        ).code
        == 1
    )
    out = run(
        capsys,
        "check",
        bergen,
        "--on",
        "2026-11-24",
        "--format",
        "json",
        "--select",
        "GOV,FIN",
        "--ignore",
        "FIN204",
    )
    report = json.loads(out.out)
    assert {f["code"][:3] for f in report["findings"]} == {"GOV", "FIN"}
    assert run(capsys, "check", bergen, "--format", "markdown", "--lang", "nl").out.startswith(
        "# Bergen op Zoom"
    )
    sarif = json.loads(run(capsys, "check", bergen, "--format", "sarif").out)
    assert sarif["version"] == "2.1.0"
    assert run(capsys, "check", bergen, "--select", "NOPE").code == 2
    assert run(capsys, "check", bergen, "--gate", "party").code == 2
    assert run(capsys, "check", "missing.yaml").code == 1


def test_cli_rules_explain_agenda(capsys: pytest.CaptureFixture[str]) -> None:
    table = run(capsys, "rules")
    assert table.code == 0
    assert len(table.out.strip().splitlines()) == len(RULES)
    assert json.loads(run(capsys, "rules", "--format", "json").out)[0]["code"] == sorted(RULES)[0]
    assert run(capsys, "explain", "gov101", "--lang", "nl").code == 0
    assert run(capsys, "explain", "GOV999").code == 2
    agenda = run(
        capsys,
        "agenda",
        str(EXAMPLES / "bergen-op-zoom-stuck.yaml"),
        "--lang",
        "nl",
        "--on",
        "2026-11-24",
    )
    assert agenda.code == 0
    assert "GOV101" in agenda.out


def test_cli_schema_documents(capsys: pytest.CaptureFixture[str]) -> None:
    for name in ("engagement", "methodology", "report"):
        schema = json.loads(run(capsys, "schema", name).out)
        jsonschema.Draft202012Validator.check_schema(schema)


def test_default_gate_follows_the_phase_on_the_date(roosendaal: ss.Engagement) -> None:
    past = dt.date(2025, 6, 1)  # Roosendaal was in the baseline then
    report = ss.check(roosendaal, on=past)
    assert (report.phase, report.gate) == ("baseline", "administrative-connection")
    assert ss.agenda(roosendaal, on=past).gate == "administrative-connection"


def test_waivers_of_an_earlier_pass_do_not_open_the_gate_again(bergen: ss.Engagement) -> None:
    codes = ["GOV101", "GOV102", "GOV103", "GOV104"]
    waivers = [ss.Waiver(code=c, reason="pilot year", decided_by="college", date=ON) for c in codes]
    moved = ss.advance(bergen, "work-sessions", on=ON, decided_by="college", waivers=waivers)
    later = ON + dt.timedelta(days=30)
    back = ss.advance(
        moved, "administrative-connection", on=later, decided_by="college", reason="new college"
    )
    # Back before the gate: its old waivers no longer apply, to checks or to moves.
    assert blockers(ss.check(back, "work-sessions", on=later)) == sorted(codes)
    assert not ss.can_advance(back, "work-sessions", on=later).allowed
    with pytest.raises(ss.GateBlocked):
        ss.advance(back, "work-sessions", on=later, decided_by="college")
    # While the engagement is past the gate, the waivers it passed under stay shown.
    assert sorted(f.code for f in ss.check(moved, "work-sessions", on=later).waived) == sorted(
        codes
    )


def test_agenda_items_of_one_rule_at_several_levels(roosendaal: ss.Engagement) -> None:
    only_official = attrs.evolve(
        roosendaal,
        work_sessions=tuple(
            attrs.evolve(w, levels=(ss.Level.OFFICIAL,)) for w in roosendaal.work_sessions
        ),
    )
    draft = ss.agenda(only_official, "kick-off", on=ON, select=["PRC103"])
    assert [(i.code, i.level) for i in draft.items] == [
        ("PRC103", ss.Level.ADMINISTRATIVE),
        ("PRC103", ss.Level.EXECUTIVE),
    ]
    admin, executive = draft.items
    assert "weth-zorg" in admin.participants  # the holder of sport (and Wmo) in office
    assert "vv-west" in executive.participants and "weth-sport" not in executive.participants


@pytest.mark.parametrize(
    ("argv", "named"),
    [
        (["--gate", "party"], ["--gate", "party", "kick-off"]),
        (["--select", "XYZ,GOV"], ["--select", "XYZ"]),
        (["--ignore", "FIN9"], ["--ignore", "FIN9"]),
        (["--select", ""], ["--select"]),
        (["--ignore", ","], ["--ignore"]),
    ],
)
def test_cli_check_bad_options_are_named_in_both_languages(
    capsys: pytest.CaptureFixture[str], argv: list[str], named: list[str]
) -> None:
    bergen = str(EXAMPLES / "bergen-op-zoom-stuck.yaml")
    errors = {}
    for lang in ("en", "nl"):
        result = run(capsys, "check", bergen, "--on", "2026-11-24", *argv, "--lang", lang)
        assert (result.code, result.out) == (2, "")
        assert all(value in result.err for value in named)
        errors[lang] = result.err
    assert errors["en"] != errors["nl"]


def test_cli_agenda_and_explain_unknown_names(capsys: pytest.CaptureFixture[str]) -> None:
    bergen = str(EXAMPLES / "bergen-op-zoom-stuck.yaml")
    for lang in ("en", "nl"):
        agenda = run(capsys, "agenda", bergen, "--gate", "party", "--lang", lang)
        assert agenda.code == 2 and "party" in agenda.err
        explained = run(capsys, "explain", "GOV999", "--lang", lang)
        assert explained.code == 2 and "GOV999" in explained.err
    en = run(capsys, "explain", "GOV999").err
    assert en != run(capsys, "explain", "GOV999", "--lang", "nl").err


def test_cli_sarif_artifact_uri_is_escaped(
    tmp_path: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "bergen op zoom.yaml"
    shutil.copy(EXAMPLES / "bergen-op-zoom-stuck.yaml", path)
    log = json.loads(run(capsys, "check", str(path), "--format", "sarif").out)
    uris = {
        loc["physicalLocation"]["artifactLocation"]["uri"]
        for r in log["runs"][0]["results"]
        for loc in r["locations"]
    }
    assert uris == {str(path).replace(" ", "%20")}


def test_dutch_rule_reference_is_generated_from_the_registry() -> None:
    assert (ROOT / "docs" / "rules.nl.md").read_text(encoding="utf-8") == rule_reference("nl")


def test_agenda_in_a_language_as_the_issue_calls_it(bergen: ss.Engagement) -> None:
    draft = ss.agenda(bergen, on=ON, lang="nl")
    assert str(draft) == draft.to_markdown() == draft.to_markdown("nl")
    assert draft.to_markdown("en") != draft.to_markdown("nl")
    assert draft.items == ss.agenda(bergen, on=ON).items
    with pytest.raises(ValueError, match="fr"):
        ss.agenda(bergen, on=ON, lang="fr")


def test_every_rule_has_a_short_title_in_both_languages() -> None:
    from sportsocial.readiness import rule_title

    for code, r in RULES.items():
        assert r.title is not None, code
        for lang in ("en", "nl"):
            title = rule_title(code, lang)
            assert title and "{" not in title and len(title) <= 80, (code, lang)
