"""Pseudonymised export (sportsocial.research.pseudonymize, sportsocial export)."""

from __future__ import annotations

import datetime as dt
import enum
import typing
from pathlib import Path

import attrs
import pytest
from hypothesis import given

import sportsocial as ss
from sportsocial.research.pseudonymize import REMOVED, BadSalt, Pseudonymizer, pseudonymize
from sportsocial.research.synthetic import engagements

from . import strategies
from .cli_helpers import run
from .conftest import EXAMPLES

SALT = b"a-test-salt-of-more-than-16-bytes"
ON = dt.date(2026, 11, 24)


def _names(e: ss.Engagement) -> set[str]:
    """Every name and readable id of organisations and roles in the document."""
    names = {e.municipality.name, e.municipality.cbs_code}
    if e.facilitator is not None:
        names.add(e.facilitator.name)
    names |= {s.name for s in e.stakeholders} | {s.id for s in e.stakeholders}
    names |= {b.name for b in e.governance} | {b.id for b in e.governance}
    names |= {f.name for f in e.funding} | {f.id for f in e.funding}
    names |= {i.name for i in e.inventory}
    names |= {x.id for x in (*e.decisions, *e.goals, *e.plan.actions, *e.work_sessions)}
    names |= {x.id for x in (*e.opportunities, *e.obstacles, *e.inventory)}
    return names


def _texts(e: ss.Engagement) -> set[str]:
    """Free text of the document (titles, descriptions, topics, outcomes, reasons)."""
    out = {d.title for d in e.decisions} | {g.title for g in e.goals}
    out |= {a.title for a in e.plan.actions} | {o.description for o in e.obstacles}
    out |= {t for w in e.work_sessions for t in (*w.topics, *w.outcomes)}
    out |= {p.reason for p in e.phase_log if p.reason}
    return out


#: Values of the format's enumerations (an id "college" is also the kind "college").
WORDS = {
    m.value
    for cls in vars(ss.model).values()
    if isinstance(cls, type) and issubclass(cls, enum.Enum)
    for m in cls
}

SOURCES = [*(ss.load(p) for p in sorted(EXAMPLES.glob("*.yaml"))), *engagements(30, seed=3)]


@pytest.mark.parametrize("engagement", SOURCES, ids=lambda e: e.municipality.name)
def test_no_original_name_survives(engagement: ss.Engagement) -> None:
    out = pseudonymize(engagement, SALT)
    for fmt in ("json", "yaml"):
        text = ss.dumps(out, fmt)
        survivors = sorted(
            n for n in _names(engagement) | _texts(engagement) if n in text and n not in WORDS
        )
        assert survivors == []
        assert ss.loads(text, fmt) == out  # a valid document
    assert (
        out.municipality.population is None
        or out.municipality.population % 100 == 0
        or (out.municipality.population < 100)
    )


@pytest.mark.parametrize("engagement", SOURCES[:8], ids=lambda e: e.municipality.name)
def test_verdicts_and_figures_are_those_of_the_original(engagement: ss.Engagement) -> None:
    out = pseudonymize(engagement, SALT)
    before, after = ss.check(engagement, on=ON), ss.check(out, on=ON)
    assert [(f.code, f.severity, f.level) for f in before.findings] == [
        (f.code, f.severity, f.level) for f in after.findings
    ]
    assert (
        ss.alignment(out, on=ON).to_dict()["index"]
        == ss.alignment(engagement, on=ON).to_dict()["index"]
    )
    assert ss.network_metrics(out, on=ON).density == ss.network_metrics(engagement, on=ON).density


def test_pseudonyms_are_stable_per_salt_and_differ_between_salts(roosendaal: ss.Engagement) -> None:
    a, b = pseudonymize(roosendaal, SALT), pseudonymize(roosendaal, SALT)
    assert ss.dumps(a) == ss.dumps(b)
    other = pseudonymize(roosendaal, SALT + b"!")
    assert {s.name for s in a.stakeholders}.isdisjoint({s.name for s in other.stakeholders})
    # the same organisation gets the same pseudonym in another document
    p = Pseudonymizer(SALT)
    assert p.name("Buurtsportcoaches") == Pseudonymizer(SALT).name("Buurtsportcoaches")
    # codes are a permutation: no two municipalities share a pseudonymous code
    assert len({p.cbs_code(f"GM{i:04d}") for i in range(10_000)}) == 10_000


def test_free_text_kept_on_request_and_municipality_kept_on_request(bergen: ss.Engagement) -> None:
    kept = pseudonymize(bergen, SALT, keep_text=True, keep_municipality=True)
    assert kept.municipality == bergen.municipality
    assert [o.description for o in kept.obstacles] == [o.description for o in bergen.obstacles]
    dropped = pseudonymize(bergen, SALT)
    assert {o.description for o in dropped.obstacles} == {REMOVED}
    assert [o.response is None for o in dropped.obstacles] == [
        o.response is None for o in bergen.obstacles
    ]


def test_a_short_salt_is_refused(roosendaal: ss.Engagement) -> None:
    with pytest.raises(BadSalt) as caught:
        pseudonymize(roosendaal, b"short")
    assert caught.value.size == 5 and "16" in caught.value.message("nl")


def test_every_text_field_of_the_model_is_considered() -> None:
    """A new text field in the model must be added to the export's rules (or to the kept ones)."""
    import sportsocial.model as model

    kept = {
        ("Engagement", "methodology"),
        ("Engagement", "revision"),
        ("Indicator", "unit"),
        ("Waiver", "code"),
        ("PhaseEntry", "phase"),
        ("FundingStream", "taakveld"),
        ("FundingStream", "route"),
        ("ContributionSource", "route"),
        ("FundingStream", "route"),
        ("ContributionSource", "route"),
        ("GovernanceBody", "controls"),
    }
    rewritten = {
        ("Municipality", "name"),
        ("Municipality", "cbs_code"),
        ("Facilitator", "name"),
        ("Facilitator", "stakeholder"),
        ("Facilitator", "funded_by"),
        ("Stakeholder", "id"),
        ("Stakeholder", "name"),
        ("Relation", "source"),
        ("Relation", "target"),
        ("FundingStream", "id"),
        ("FundingStream", "name"),
        ("FundingStream", "holder"),
        ("FundingStream", "funds"),
        ("ContributionSource", "stakeholder"),
        ("Dependency", "description"),
        ("GovernanceBody", "id"),
        ("GovernanceBody", "name"),
        ("Membership", "stakeholder"),
        ("Decision", "title"),
        ("Decision", "by"),
        ("Decision", "funding"),
        ("Decision", "confirms"),
        ("Decision", "document"),
        ("WorkSession", "participants"),
        ("WorkSession", "topics"),
        ("WorkSession", "outcomes"),
        ("Opportunity", "sport_offer"),
        ("Opportunity", "partners"),
        ("Obstacle", "description"),
        ("Obstacle", "response"),
        ("Goal", "title"),
        ("Indicator", "name"),
        ("InventoryItem", "name"),
        ("InventoryItem", "run_by"),
        ("InventoryItem", "paid_by"),
        ("Action", "title"),
        ("Action", "owner"),
        ("Action", "funding"),
        ("Action", "goals"),
        ("ReferralRoute", "via"),
        ("MonitoringAgreement", "source"),
        ("MonitoringAgreement", "measured_by"),
        ("PhaseEntry", "decided_by"),
        ("PhaseEntry", "reason"),
        ("PhaseEntry", "decision"),
        ("Indicator", "id"),
        ("Decision", "id"),
        ("Goal", "id"),
        ("Action", "id"),
        ("Opportunity", "id"),
        ("Obstacle", "id"),
        ("WorkSession", "id"),
        ("InventoryItem", "id"),
        ("MonitoringAgreement", "indicator"),
        ("Mandate", "granted_by"),
        ("Waiver", "reason"),
        ("Waiver", "decided_by"),
    }
    found = set()
    seen: set[type] = set()
    todo: list[type] = [model.Engagement]  # the classes a document is made of
    while todo:
        cls = todo.pop()
        if cls in seen:
            continue
        seen.add(cls)
        for field, hint in typing.get_type_hints(cls).items():
            if field not in {f.name for f in attrs.fields(cls)}:
                continue
            if "str" in str(hint):
                found.add((cls.__name__, field))
            todo += [t for t in _classes_in(hint) if attrs.has(t)]
    assert len(found) > 40 and ("Stakeholder", "name") in found
    assert found - kept - rewritten == set()


def _classes_in(hint: object) -> list[type]:
    if isinstance(hint, type):
        return [hint]
    return [c for arg in typing.get_args(hint) for c in _classes_in(arg)]


def test_export_command_pseudonymizes_with_a_salt_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, roosendaal: ss.Engagement
) -> None:
    salt = tmp_path / "salt.txt"
    salt.write_text(SALT.decode() + "\n", "utf-8")
    out = tmp_path / "export.yaml"
    source = str(EXAMPLES / "roosendaal-kickoff.yaml")
    r = run(capsys, "export", source, "--pseudonymize", "--salt-file", str(salt), "-o", str(out))
    assert r.code == 0
    text = out.read_text("utf-8")
    assert not [n for n in _names(roosendaal) if n in text and n not in WORDS]
    assert ss.load(out) == pseudonymize(roosendaal, SALT)
    r = run(capsys, "export", source, "--format", "json")
    assert r.code == 0 and ss.loads(r.out) == roosendaal


@pytest.mark.parametrize(
    ("argv", "code"),
    [
        (["--pseudonymize"], 2),
        (["--keep-text"], 2),
        (["--pseudonymize", "--salt-file", "missing.txt"], 1),
    ],
)
def test_export_refuses_without_a_usable_salt(
    capsys: pytest.CaptureFixture[str], argv: list[str], code: int, tmp_path: Path
) -> None:
    args = [a if a != "missing.txt" else str(tmp_path / a) for a in argv]
    r = run(capsys, "export", str(EXAMPLES / "roosendaal-kickoff.yaml"), *args)
    assert r.code == code and r.out == "" and "Traceback" not in r.err


def test_export_names_a_short_salt(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    salt = tmp_path / "salt.txt"
    salt.write_text("kort\n", "utf-8")
    r = run(
        capsys,
        "export",
        str(EXAMPLES / "roosendaal-kickoff.yaml"),
        "--pseudonymize",
        "--salt-file",
        str(salt),
        "--lang",
        "nl",
    )
    assert r.code == 1 and "zout" in r.err and "16" in r.err


@given(engagement=strategies.engagements())
def test_any_valid_document_stays_valid_and_keeps_its_verdict(engagement: ss.Engagement) -> None:
    out = pseudonymize(engagement, SALT)
    assert ss.loads(ss.dumps(out)) == out
    before, after = ss.check(engagement, on=ON), ss.check(out, on=ON)
    assert [f.code for f in before.findings] == [f.code for f in after.findings]
    assert pseudonymize(engagement, SALT) == out
