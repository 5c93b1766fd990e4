"""Methodology as data: shipped methodologies, validation, progression, diagrams, docs."""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
from pathlib import Path
from typing import Any

import attrs
import pytest

import sportsocial as ss
import sportsocial.readiness
from sportsocial.methodology import (
    SHIPPED,
    Skip,
    TransitionKind,
    mermaid,
    methodology_markdown,
    shipped_methodology,
)
from sportsocial.methodology.library import (
    build_methodology_schema,
    methodology_from_data,
    methodology_schema,
)
from sportsocial.readiness import rule_title

from .cli_helpers import run
from .conftest import EXAMPLES, ROOT

ON = dt.date(2026, 11, 24)


@attrs.frozen
class FakeVerdict:
    ready: bool
    blockers: tuple[Any, ...] = ()
    warnings: tuple[Any, ...] = ()

    def to_text(self, lang: str = "en") -> str:
        return "fake"

    def to_dict(self, lang: str | None = None) -> dict[str, Any]:
        return {"ready": self.ready}


class RecordingChecker:
    """A criteria checker that answers ``ready`` and records what it was asked."""

    def __init__(self, ready: bool) -> None:
        self.ready = ready
        self.asked: list[str] = []

    def __call__(
        self,
        engagement: ss.Engagement,
        methodology: ss.Methodology,
        phase: str,
        *,
        on: dt.date,
        waivers: Any = (),
    ) -> FakeVerdict:
        self.asked.append(phase)
        return FakeVerdict(ready=self.ready)


def data(m: ss.Methodology) -> dict[str, Any]:
    from sportsocial.io.converter import converter

    out: dict[str, Any] = converter().unstructure(m)
    return out


def test_shipped_schema_matches_the_model() -> None:
    assert methodology_schema() == build_methodology_schema()


@pytest.mark.parametrize("ident", SHIPPED)
def test_every_shipped_methodology_validates(ident: str) -> None:
    m = shipped_methodology(ident)
    assert m.id == ident
    assert methodology_from_data(json.loads(json.dumps(data(m)))) == m


def test_default_is_ssnb_from_administrative_to_executive() -> None:
    m = ss.Methodology.default()
    assert m.phase_ids == (
        "exploration",
        "baseline",
        "administrative-connection",
        "work-sessions",
        "anchoring",
        "kick-off",
        "execution-and-monitoring",
        "securing-and-review",
    )
    assert m.phase("administrative-connection").level is ss.Level.ADMINISTRATIVE
    assert m.phase("kick-off").level is ss.Level.EXECUTIVE
    # Leaving the administrative connection needs joint governance and a shared ambition;
    # the decision on money is expected from the work sessions: a warning there, a
    # blocker at the anchoring and the kick-off.
    work = m.phase("work-sessions").gate
    assert {"GOV101", "GOV102", "GOV103", "GOV104"} <= set(work.must)
    assert {"FIN101", "FIN103"} <= set(work.should)
    assert {"FIN101", "FIN103", "GOV108"} <= set(m.phase("anchoring").gate.must)
    kickoff = m.phase("kick-off").gate
    # a college decision suffices at the kick-off; anchoring in both policy notes is a should
    assert {"ANC105", "PLN102", "PLN105", "PLN206", "PLN207", "PLN208", "NET204"} <= set(
        kickoff.must
    )
    assert {"ANC101", "ANC102", "FIN201"} <= set(kickoff.should)


def test_five_step_has_its_steps() -> None:
    m = shipped_methodology("five-step")
    assert m.phase_ids == (
        "baseline",
        "vision",
        "goals-and-indicators",
        "plans-and-actions",
        "monitoring",
    )
    assert m.phase("vision").name("nl") == "Visie"


def broken(**changes: Any) -> dict[str, Any]:
    d = data(shipped_methodology("five-step"))
    d.update(changes)
    return d


def problem_codes(d: Any) -> list[tuple[str, str]]:
    with pytest.raises(ss.InvalidDocument) as info:
        methodology_from_data(d)
    return [(p.code, p.path) for p in info.value.problems]


def test_structure_problems_all_at_once() -> None:
    d = broken()
    d["phases"][1]["id"] = "baseline"
    d["phases"][2]["gate"]["must"] = ["XYZ123", "GOV104"]
    d["phases"][2]["gate"]["should"] = ["GOV104"]
    d["skips"] = [
        {"source": "baseline", "target": "nowhere"},
        {"source": "goals-and-indicators", "target": "plans-and-actions"},
    ]
    d["parameters"] = [
        {"name": "min_structural_share", "value": 0.6},
        {"name": "colour", "value": 1},
    ]
    # the structure first, then the gates against the rule registry, every problem at once
    assert sorted(problem_codes(d)) == [
        ("MET201", "$.phases[1].id"),
        ("MET202", "$.skips[0].target"),
        ("MET203", "$.skips[1]"),
        ("MET204", "$.phases[2].gate.must[0]"),
        ("MET205", "$.phases[2].gate.should[0]"),
        ("MET206", "$.parameters[1].name"),
    ]


def test_schema_problems() -> None:
    d = broken()
    d["phases"][0]["level"] = "mayor"
    del d["phases"][1]["name"]
    assert problem_codes(d) == [("SCH105", "$.phases[0].level"), ("SCH101", "$.phases[1].name")]
    assert problem_codes([]) == [("DOC004", "$")]


def test_load_methodology_from_file(tmp_path: Path) -> None:
    path = tmp_path / "variant.json"
    path.write_text(json.dumps(broken(id="province-variant")), encoding="utf-8")
    assert ss.load_methodology(path).id == "province-variant"


def test_parameters_override_rule_defaults() -> None:
    m = attrs.evolve(
        shipped_methodology("ssnb"),
        parameters=(ss.methodology.Parameter(name="min_structural_share", value=0.9),),
    )
    assert m.parameter_values("kick-off")["min_structural_share"] == 0.9
    eng = ss.load(EXAMPLES / "roosendaal-kickoff.yaml")
    # one incidental stream: 1,050,000 of 1,130,000 is structural (93%), below 0.95
    eng = attrs.evolve(
        eng,
        funding=tuple(
            attrs.evolve(f, nature=ss.FundingNature.INCIDENTAL) if f.id == "jeugdfonds" else f
            for f in eng.funding
        ),
    )
    m = attrs.evolve(
        m, parameters=(ss.methodology.Parameter(name="min_structural_share", value=0.95),)
    )
    strict = ss.check(eng, "kick-off", on=ON, methodology=m, select=["FIN201"])
    assert [f.code for f in strict.findings] == ["FIN201"]
    assert ss.check(eng, "kick-off", on=ON, select=["FIN201"]).findings == ()


def test_phase_from_log_and_as_of(roosendaal: ss.Engagement) -> None:
    assert roosendaal.phase == "anchoring"
    assert roosendaal.phase_since == dt.date(2026, 9, 10)
    assert roosendaal.as_of(dt.date(2025, 6, 1)).phase == "baseline"
    assert roosendaal.as_of(dt.date(2025, 1, 1)).phase is None


def test_progression_to_the_next_phase(roosendaal: ss.Engagement) -> None:
    moved = ss.advance(
        roosendaal, "kick-off", on=ON, decided_by="stuurgroep", decision="begroting-2027"
    )
    assert moved.phase == "kick-off"
    assert moved.phase_log[-1] == ss.PhaseEntry(
        phase="kick-off", entered=ON, decided_by="stuurgroep", decision="begroting-2027"
    )
    assert roosendaal.phase == "anchoring"  # the original is untouched


def test_phase_engine_only_asks_its_checker(roosendaal: ss.Engagement) -> None:
    checker = RecordingChecker(ready=False)
    answer = ss.can_advance(roosendaal, "kick-off", on=ON, checker=checker)
    assert checker.asked == ["kick-off"]
    assert not answer.allowed
    with pytest.raises(ss.GateBlocked):
        ss.advance(roosendaal, "kick-off", on=ON, decided_by="x", checker=checker)
    assert (
        ss.advance(
            roosendaal, "kick-off", on=ON, decided_by="x", checker=RecordingChecker(ready=True)
        ).phase
        == "kick-off"
    )


def test_skip_is_refused_unless_the_methodology_allows_it(roosendaal: ss.Engagement) -> None:
    answer = ss.can_advance(
        roosendaal, "execution-and-monitoring", on=ON, checker=RecordingChecker(True)
    )
    assert answer.refusal is not None
    assert answer.kind is None
    with pytest.raises(ss.TransitionNotAllowed):
        ss.advance(
            roosendaal,
            "execution-and-monitoring",
            on=ON,
            decided_by="x",
            checker=RecordingChecker(True),
        )
    m = attrs.evolve(
        ss.Methodology.default(),
        skips=(Skip(source="anchoring", target="execution-and-monitoring"),),
    )
    allowed = ss.can_advance(
        roosendaal, "execution-and-monitoring", on=ON, methodology=m, checker=RecordingChecker(True)
    )
    assert allowed.kind is TransitionKind.SKIP
    assert allowed.allowed


def test_unknown_phase_and_same_phase_are_refused(roosendaal: ss.Engagement) -> None:
    assert ss.can_advance(roosendaal, "party", on=ON).refusal is not None
    assert ss.can_advance(roosendaal, "anchoring", on=ON).refusal is not None


def test_return_needs_a_reason_and_is_logged(bergen: ss.Engagement) -> None:
    with pytest.raises(ss.TransitionNotAllowed):
        ss.advance(bergen, "baseline", on=ON, decided_by="werkgroep")
    back = ss.advance(
        bergen, "baseline", on=ON, decided_by="werkgroep", reason="new college; redo the startfoto"
    )
    assert back.phase == "baseline"
    assert back.phase_log[-1].reason == "new college; redo the startfoto"
    no_returns = attrs.evolve(ss.Methodology.default(), returns=False)
    assert ss.can_advance(bergen, "baseline", on=ON, methodology=no_returns).refusal is not None


def test_move_cannot_predate_the_current_phase(roosendaal: ss.Engagement) -> None:
    with pytest.raises(ss.TransitionNotAllowed):
        ss.advance(roosendaal, "kick-off", on=dt.date(2026, 1, 1), decided_by="x")


def test_blocked_gate_carries_every_blocker(bergen: ss.Engagement) -> None:
    with pytest.raises(ss.GateBlocked) as info:
        ss.advance(bergen, "work-sessions", on=ON, decided_by="stuurgroep")
    check = info.value.check
    assert check.current == "administrative-connection"
    assert check.target == "work-sessions"
    assert {f.code for f in check.verdict.blockers} == {"GOV101", "GOV102", "GOV103", "GOV104"}


def test_waivers_let_a_gate_pass_and_stay_visible(bergen: ss.Engagement) -> None:
    codes = ["GOV101", "GOV102", "GOV103", "GOV104"]
    waivers = [ss.Waiver(code=c, reason="pilot year", decided_by="college", date=ON) for c in codes]
    moved = ss.advance(bergen, "work-sessions", on=ON, decided_by="college", waivers=waivers)
    assert [w.code for w in moved.phase_log[-1].waivers] == codes
    report = ss.check(moved, "work-sessions", on=ON)
    assert report.ready
    assert sorted(f.code for f in report.waived) == sorted(codes)


def test_waiver_for_a_criterion_the_gate_lacks_is_refused(bergen: ss.Engagement) -> None:
    w = ss.Waiver(code="PLN301", reason="x", decided_by="college", date=ON)
    with pytest.raises(ss.TransitionNotAllowed):
        ss.advance(bergen, "work-sessions", on=ON, decided_by="college", waivers=[w])


def test_status_answers_where_and_what_next(bergen: ss.Engagement) -> None:
    s = ss.status(bergen, on=ON)
    assert s.phase == "administrative-connection"
    assert s.level is ss.Level.ADMINISTRATIVE
    assert s.days_in_phase == (ON - dt.date(2025, 9, 1)).days
    assert s.next_phase == "work-sessions"
    assert s.next_gate is not None and not s.next_gate.ready
    assert [(r.phase, r.kind.value, r.ready) for r in s.reachable] == [
        ("work-sessions", "next", False),
        ("exploration", "return", True),
        ("baseline", "return", True),
    ]
    assert s.to_dict()["next_gate"]["ready"] is False


def test_unknown_phase_in_log_is_an_invalid_document(tmp_path: Path) -> None:
    text = (
        (EXAMPLES / "etten-leur-baseline.yaml")
        .read_text(encoding="utf-8")
        .replace("phase: baseline", "phase: warming-up")
    )
    path = tmp_path / "x.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ss.InvalidDocument) as info:
        ss.load(path)
    assert [(p.code, p.path) for p in info.value.problems] == [("MET103", "$.phase_log[1].phase")]


def test_methodology_reference_by_path(tmp_path: Path) -> None:
    shutil.copy(EXAMPLES / "etten-leur-baseline.yaml", tmp_path / "e.yaml")
    (tmp_path / "mine.json").write_text(
        json.dumps(data(shipped_methodology("ssnb")) | {"id": "mine"}), encoding="utf-8"
    )
    text = (
        (tmp_path / "e.yaml")
        .read_text(encoding="utf-8")
        .replace("methodology: ssnb", "methodology: mine.json")
    )
    (tmp_path / "e.yaml").write_text(text, encoding="utf-8")
    eng = ss.load(tmp_path / "e.yaml")
    assert eng.methodology == "mine.json"
    assert ss.status(eng, on=ON, base=tmp_path).methodology.id == "mine"
    (tmp_path / "e.yaml").write_text(text.replace("mine.json", "gone.json"), encoding="utf-8")
    with pytest.raises(ss.InvalidDocument) as info:
        ss.load(tmp_path / "e.yaml")
    assert info.value.codes == ("MET101",)


def test_mermaid_is_a_flowchart_with_gates_on_the_arrows() -> None:
    m = ss.Methodology.default()
    text = mermaid(m)
    lines = text.strip().splitlines()
    assert lines[0] == "flowchart LR"
    node = re.compile(r'^    (p_[a-z0-9_]+)\["([^"]+)"\]$')
    edge = re.compile(r'^    (p_[a-z0-9_]+) (-->\|"([^"]*)"\||-->|-\.->) (p_[a-z0-9_]+)$')
    nodes = [node.match(line) for line in lines[1:] if node.match(line)]
    edges = [edge.match(line) for line in lines[1:] if edge.match(line)]
    assert len(nodes) + len(edges) == len(lines) - 1  # every line is a node or an edge
    assert [n.group(1) for n in nodes] == ["p_" + p.replace("-", "_") for p in m.phase_ids]
    assert len(edges) == len(m.phases) - 1
    into_kickoff = next(e for e in edges if e.group(4) == "p_kick_off")
    assert into_kickoff.group(3).split(", ") == list(m.phase("kick-off").gate.must)
    names = {n.group(1) for n in nodes}
    assert all(e.group(1) in names and e.group(4) in names for e in edges)


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_docs_page_is_generated_from_the_shipped_data(lang: str) -> None:
    suffix = "" if lang == "en" else ".nl"
    page = ROOT / "docs" / f"methodology-ssnb{suffix}.md"
    assert page.read_text(encoding="utf-8") == methodology_markdown(
        ss.Methodology.default(), lang, rule_title
    )


def test_cli_methodology_show_diagram_validate(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert "bestuurlijk" in run(capsys, "methodology", "show", "--lang", "nl").out
    assert run(capsys, "methodology", "diagram").out.startswith("flowchart LR")
    good = tmp_path / "ok.json"
    good.write_text(json.dumps(broken(id="ok")), encoding="utf-8")
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(broken(phases=[])), encoding="utf-8")
    assert run(capsys, "methodology", "validate", str(good)).code == 0
    result = run(capsys, "methodology", "validate", str(good), str(bad))
    assert result.code == 1
    assert "SCH108" in result.err


def test_cli_blocked_advance_leaves_the_file_unchanged(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "bergen.yaml"
    shutil.copy(EXAMPLES / "bergen-op-zoom-stuck.yaml", path)
    before = path.read_bytes()
    result = run(
        capsys,
        "advance",
        str(path),
        "--to",
        "work-sessions",
        "--on",
        "2026-11-24",
        "--decided-by",
        "stuurgroep",
    )
    assert result.code == 1
    assert "GOV101" in result.err
    assert path.read_bytes() == before


def test_cli_advance_with_waivers_writes_the_log(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "bergen.yaml"
    shutil.copy(EXAMPLES / "bergen-op-zoom-stuck.yaml", path)
    argv = [
        "advance",
        str(path),
        "--to",
        "work-sessions",
        "--on",
        "2026-11-24",
        "--decided-by",
        "college",
    ]
    for code in ("GOV101", "GOV102", "GOV103", "GOV104"):
        argv += ["--waive", code]
    assert run(capsys, *argv).code == 1  # a waiver needs a reason
    result = run(capsys, *argv, "--reason", "pilot year")
    assert result.code == 0
    eng = ss.load(path)
    assert eng.phase == "work-sessions"
    assert eng.phase_log[-1].waivers[0].reason == "pilot year"


def test_cli_status(capsys: pytest.CaptureFixture[str]) -> None:
    result = run(
        capsys,
        "status",
        str(EXAMPLES / "etten-leur-baseline.yaml"),
        "--on",
        "2026-11-24",
        "--format",
        "json",
    )
    assert result.code == 0
    out = json.loads(result.out)
    assert (out["phase"], out["level"], out["days_in_phase"]) == ("baseline", "official", 48)
    assert out["next_gate"]["ready"] is False
    assert [f["code"] for f in out["next_gate"]["findings"] if f["severity"] == "error"] == [
        "PRC101"
    ]


@pytest.mark.parametrize(
    ("decided_by", "decision", "reason"),
    [
        ("", None, "pilot year"),  # nobody named as decision maker
        ("   ", None, "pilot year"),
        ("stuurgroep", "no-such-decision", "pilot year"),  # not a recorded decision
        ("stuurgroep", "bad id!", "pilot year"),
        ("stuurgroep", None, "  "),  # a waiver without a reason
    ],
)
def test_advance_refuses_an_entry_that_would_not_be_a_valid_record(
    roosendaal: ss.Engagement, decided_by: str, decision: str | None, reason: str
) -> None:
    waiver = ss.Waiver(code="PLN106", reason=reason, decided_by="college", date=ON)
    with pytest.raises(ss.TransitionNotAllowed) as info:
        ss.advance(
            roosendaal,
            "kick-off",
            on=ON,
            decided_by=decided_by,
            decision=decision,
            waivers=[waiver],
        )
    assert info.value.check.target == "kick-off"


def test_advance_by_a_decision_taken_later_is_refused(roosendaal: ss.Engagement) -> None:
    later = ss.Decision(
        id="kick-off-besluit",
        kind=ss.DecisionKind.MANDATE,
        date=dt.date(2026, 12, 1),
        title="Kick-off of the plan",
        by="stuurgroep",
    )
    eng = attrs.evolve(roosendaal, decisions=(*roosendaal.decisions, later))
    with pytest.raises(ss.TransitionNotAllowed):
        ss.advance(
            eng,
            "kick-off",
            on=ON,  # a week before the decision it names
            decided_by="stuurgroep",
            decision="kick-off-besluit",
            checker=RecordingChecker(True),
        )
    moved = ss.advance(
        eng,
        "kick-off",
        on=later.date,
        decided_by="stuurgroep",
        decision="kick-off-besluit",
        checker=RecordingChecker(True),
    )
    assert moved.phase_log[-1].decision == "kick-off-besluit"


@pytest.mark.parametrize(
    "extra",
    [["--decided-by", ""], ["--decided-by", "x", "--decision", "nope"]],
    ids=["no-decider", "unknown-decision"],
)
def test_cli_advance_never_writes_an_invalid_document(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], extra: list[str]
) -> None:
    path = tmp_path / "r.yaml"
    shutil.copy(EXAMPLES / "roosendaal-kickoff.yaml", path)
    before = path.read_bytes()
    result = run(capsys, "advance", str(path), "--to", "kick-off", "--on", "2026-11-24", *extra)
    assert result.code == 1
    assert path.read_bytes() == before


def test_cli_advance_dry_run_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "r.yaml"
    shutil.copy(EXAMPLES / "roosendaal-kickoff.yaml", path)
    before = path.read_bytes()
    argv = ["advance", str(path), "--to", "kick-off", "--on", "2026-11-24", "--decided-by", "x"]
    assert run(capsys, *argv, "--dry-run").code == 0
    assert path.read_bytes() == before
    assert run(capsys, *argv).code == 0
    assert ss.load(path).phase == "kick-off"


@pytest.mark.parametrize("action", ["show", "diagram"])
def test_cli_unknown_methodology_is_met101(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    action: str,
) -> None:
    monkeypatch.chdir(tmp_path)
    result = run(capsys, "methodology", action, "provincial")
    assert result.code == 1
    assert "MET101" in result.err
    assert "five-step" in result.err  # names the shipped ones


def test_gate_parameters_override_the_methodology_s(roosendaal: ss.Engagement) -> None:
    m = shipped_methodology("ssnb")
    kick_off = m.phase("kick-off")
    strict_gate = attrs.evolve(
        kick_off.gate,
        parameters=(ss.methodology.Parameter(name="min_structural_share", value=0.99),),
    )
    m = attrs.evolve(
        m,
        parameters=(ss.methodology.Parameter(name="min_structural_share", value=0.1),),
        phases=tuple(attrs.evolve(p, gate=strict_gate) if p is kick_off else p for p in m.phases),
    )
    eng = attrs.evolve(
        roosendaal,
        funding=tuple(
            attrs.evolve(f, nature=ss.FundingNature.INCIDENTAL) if f.id == "jeugdfonds" else f
            for f in roosendaal.funding
        ),
    )
    assert m.parameter_values("kick-off")["min_structural_share"] == 0.99
    assert m.parameter_values("anchoring")["min_structural_share"] == 0.1
    report = ss.check(eng, "kick-off", on=ON, methodology=m, select=["FIN201"])
    assert [f.code for f in report.findings] == ["FIN201"]
    # the structural share is a should at the kick-off (see docs/rules.md): a warning
    assert [f.code for f in report.warnings] == ["FIN201"]


@pytest.mark.parametrize("ident", SHIPPED)
def test_every_shipped_methodology_has_its_generated_page(ident: str) -> None:
    page = ROOT / "docs" / f"methodology-{ident}.md"
    assert page.read_text(encoding="utf-8") == methodology_markdown(
        shipped_methodology(ident), "en", rule_title
    )


def five_step_engagement(path: Path) -> None:
    """Roosendaal's content under the five-step methodology, just entered in its first step."""
    text = (EXAMPLES / "roosendaal-kickoff.yaml").read_text(encoding="utf-8")
    head, _, _ = text.partition("phase_log:")
    text = head.replace("methodology: ssnb", "methodology: five-step") + (
        "phase_log:\n- phase: baseline\n  entered: '2025-04-08'\n  decided_by: ssnb\n"
    )
    path.write_text(text, encoding="utf-8")


def test_five_step_is_usable_end_to_end(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "five.yaml"
    five_step_engagement(path)
    on = "2026-11-24"
    status = json.loads(run(capsys, "status", str(path), "--on", on, "--format", "json").out)
    assert (status["methodology"], status["phase"], status["next_phase"]) == (
        "five-step",
        "baseline",
        "vision",
    )
    steps = ["vision", "goals-and-indicators", "plans-and-actions", "monitoring"]
    for step in steps:
        checked = run(capsys, "check", str(path), "--on", on, "--format", "json")
        assert checked.code == 0, checked.out
        assert json.loads(checked.out)["gate"] == step
        moved = run(capsys, "advance", str(path), "--to", step, "--on", on, "--decided-by", "x")
        assert moved.code == 0, moved.err
    eng = ss.load(path)
    assert [e.phase for e in eng.phase_log] == ["baseline", *steps]
    assert run(capsys, "check", str(path), "--gate", "kick-off").code == 2  # not a five-step phase
    back = run(
        capsys,
        "advance",
        str(path),
        "--to",
        "vision",
        "--on",
        on,
        "--decided-by",
        "x",
        "--reason",
        "r",
    )
    assert back.code == 0
    assert ss.load(path).phase == "vision"


def test_five_step_gate_blocks_without_a_shared_vision(tmp_path: Path) -> None:
    path = tmp_path / "five.yaml"
    five_step_engagement(path)
    eng = ss.load(path)
    eng = attrs.evolve(
        eng,
        decisions=tuple(
            d
            for d in eng.decisions
            if d.kind
            not in (
                ss.DecisionKind.AMBITION,
                ss.DecisionKind.VISION,
                ss.DecisionKind.COALITION_AGREEMENT,
            )
        ),
    )
    eng = ss.advance(eng, "vision", on=ON, decided_by="x", base=tmp_path)
    with pytest.raises(ss.GateBlocked) as info:
        ss.advance(eng, "goals-and-indicators", on=ON, decided_by="x", base=tmp_path)
    assert [f.code for f in info.value.check.verdict.blockers] == ["GOV104"]


def test_mermaid_skips_are_dotted_arrows_with_their_target_gate() -> None:
    m = attrs.evolve(
        ss.Methodology.default(),
        skips=(Skip(source="exploration", target="administrative-connection"),),
    )
    lines = mermaid(m).strip().splitlines()
    dotted = re.compile(r'^    (p_[a-z0-9_]+) -\.->(?:\|"([^"]*)"\|)? (p_[a-z0-9_]+)$')
    skips = [d for d in (dotted.match(line) for line in lines) if d]
    assert [(d.group(1), d.group(3)) for d in skips] == [
        ("p_exploration", "p_administrative_connection")
    ]
    assert skips[0].group(2).split(", ") == list(m.phase("administrative-connection").gate.must)
    solid = [line for line in lines if "-->" in line]
    assert len(solid) == len(m.phases) - 1


def test_parameter_values_out_of_range_and_unchecked_session_levels() -> None:
    d = broken()
    d["parameters"] = [
        {"name": "min_structural_share", "value": 1.5},
        {"name": "min_runway_months", "value": -1},
        {"name": "horizon_months", "value": 240},
    ]
    d["phases"][2]["gate"]["parameters"] = [{"name": "min_shared_share", "value": 0.3}]
    d["phases"][2]["gate"]["session_levels"] = ["official"]
    codes = problem_codes(d)
    assert ("MET207", "$.parameters[0].value") in codes
    assert ("MET207", "$.parameters[1].value") in codes
    assert ("MET208", "$.phases[2].gate.session_levels") in codes
    assert not [c for c in codes if c[0] == "MET207" and "phases" in c[1]]
    assert ("MET207", "$.parameters[2].value") not in codes  # no upper bound for months


def test_a_waiver_the_gate_does_not_have_makes_the_document_invalid(
    roosendaal: ss.Engagement,
) -> None:
    entry = roosendaal.phase_log[1]
    waiver = ss.Waiver(code="PLN101", reason="later", decided_by="college", date=entry.entered)
    log = list(roosendaal.phase_log)
    log[1] = attrs.evolve(entry, waivers=(waiver,))
    text = ss.dumps(roosendaal, format="json").replace(
        '"entered": "' + entry.entered.isoformat() + '"',
        '"entered": "' + entry.entered.isoformat() + '", "waivers": '
        '[{"code": "PLN101", "reason": "later", "decided_by": "college", "date": "'
        + entry.entered.isoformat()
        + '"}]',
        1,
    )
    with pytest.raises(ss.InvalidDocument) as info:
        ss.loads(text, format="json")
    assert [(p.code, p.path) for p in info.value.problems] == [
        ("MET104", "$.phase_log[1].waivers[0].code")
    ]
    with pytest.raises(ss.InvalidDocument) as info:  # nor will it be written
        ss.dumps(attrs.evolve(roosendaal, phase_log=tuple(log)))
    assert [(p.code, p.path) for p in info.value.problems] == [
        ("MET104", "$.phase_log[1].waivers[0].code")
    ]
