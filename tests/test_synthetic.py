"""Synthetic engagements: seeded, realistic, every one valid (sportsocial.research.synthetic)."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path

import pytest

import sportsocial as ss
from sportsocial.model import Funder, FundingIntegration
from sportsocial.research.synthetic import HORIZON, engagement, engagements, iter_engagements

from .cli_helpers import run

ELECTION_2026 = dt.date(2026, 3, 18)


@pytest.fixture(scope="module")
def cohort() -> tuple[ss.Engagement, ...]:
    return engagements(200, seed=11)


def test_every_synthetic_engagement_is_a_valid_document(cohort: tuple[ss.Engagement, ...]) -> None:
    for i, e in enumerate(cohort):
        # loads raises InvalidDocument, listing every problem, for an invalid one
        assert ss.loads(ss.dumps(e, "json"), "json") == e
        if i < 20:
            assert ss.loads(ss.dumps(e, "yaml"), "yaml") == e


def test_the_same_seed_gives_the_same_documents() -> None:
    first = [ss.dumps(e) for e in engagements(20, seed=5)]
    assert first == [ss.dumps(e) for e in engagements(20, seed=5)]
    assert first != [ss.dumps(e) for e in engagements(20, seed=6)]
    # engagement i depends on (seed, i) only: a slice can be made on its own
    assert [ss.dumps(e) for e in iter_engagements(5, 5, start=10)] == first[10:15]
    assert engagement(5, 3) == engagements(4, seed=5)[3]
    with pytest.raises(ValueError, match="0 or more"):
        engagements(-1, seed=5)


def test_synthetic_cohorts_are_realistic(cohort: tuple[ss.Engagement, ...]) -> None:
    phases = Counter(e.phase for e in cohort)
    # phases reached spread from the first steps to the end of the methodology
    assert len(phases) >= 5 and max(phases.values()) < 0.7 * len(cohort)
    funders = Counter(p.funder for e in cohort for f in e.funding for p in f.parts())
    assert {Funder.MUNICIPALITY, Funder.STATE, Funder.INSURER, Funder.FUND} <= set(funders)
    pooled = [f for e in cohort for f in e.funding if f.contributions]
    assert pooled and all(f.integration is FundingIntegration.POOLED for f in pooled)
    assert any(len({c.source.domain for c in f.contributions}) >= 3 for f in pooled)
    # multi-year histories across the election of March 2026, with portfolios moving
    across = [e for e in cohort if e.phase_log[0].entered < ELECTION_2026 <= HORIZON]
    assert len(across) > len(cohort) / 2
    assert any(e.phase_log[0].entered.year <= 2021 for e in cohort)
    returns = [e for e in cohort if any(p.reason for p in e.phase_log)]
    assert returns and all(
        p.entered > ELECTION_2026 for e in returns for p in e.phase_log if p.reason
    )
    new_aldermen = [s for e in cohort for s in e.stakeholders if s.id.endswith("-2026")]
    assert new_aldermen and all(
        s.in_office and s.in_office.start > ELECTION_2026 for s in new_aldermen
    )
    assert all(len(e.stakeholders) >= 8 and e.relations for e in cohort)
    ready = ss.evaluate_cohort(cohort[:40], on=HORIZON)
    verdicts = {bool(r["ready"]) for r in ready.rows}
    assert verdicts == {True, False} and not ready.problems


def test_synth_command_writes_loadable_files(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    out = tmp_path / "synthetic"
    r = run(capsys, "synth", "--n", "12", "--seed", "7", "-o", str(out))
    assert r.code == 0
    files = sorted(out.glob("*.json"))
    assert [f.name for f in files][:2] == ["synthetic-00000.json", "synthetic-00001.json"]
    assert len(files) == 12
    assert [ss.load(f) for f in files] == list(engagements(12, seed=7))
    again = tmp_path / "again"
    run(capsys, "synth", "--n", "12", "--seed", "7", "-o", str(again))
    assert [f.read_bytes() for f in files] == [f.read_bytes() for f in sorted(again.glob("*.json"))]
    r = run(capsys, "synth", "--n", "2", "--format", "yaml", "-o", str(tmp_path / "y"))
    assert r.code == 0 and len(list((tmp_path / "y").glob("*.yaml"))) == 2


def test_synth_refuses_a_negative_count_and_an_unwritable_folder(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    assert run(capsys, "synth", "--n", "-3", "-o", str(tmp_path)).code == 2
    blocker = tmp_path / "file"
    blocker.write_text("x", "utf-8")
    r = run(capsys, "synth", "--n", "1", "-o", str(blocker / "sub"))
    assert r.code == 1 and "Traceback" not in r.err
