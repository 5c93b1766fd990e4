"""The worked cases of docs/verdicts.md, read from the page and checked one by one; and
the examples pass the gates their phase logs say they passed, on those dates."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import attrs
import pytest

import sportsocial as ss

from .conftest import EXAMPLES, ROOT

Change = Callable[[ss.Engagement], ss.Engagement]


def _drop_decisions(*ids: str) -> Change:
    return lambda e: attrs.evolve(e, decisions=tuple(d for d in e.decisions if d.id not in ids))


def _body(key: str, **changes: object) -> Change:
    return lambda e: attrs.evolve(
        e,
        governance=tuple(attrs.evolve(b, **changes) if b.id == key else b for b in e.governance),
    )


def _successor_not_committed(e: ss.Engagement) -> ss.Engagement:
    body = e.body("stuurgroep")
    assert body is not None
    seats = tuple(m for m in body.members if m.stakeholder != "weth-zorg")
    return _drop_decisions("herbevestiging")(_body("stuurgroep", members=seats)(e))


def _fund_only_proposed(e: ss.Engagement) -> ss.Engagement:
    def proposed(s: ss.FundingStream) -> ss.FundingStream:
        if s.id != "fonds":
            return s
        return attrs.evolve(
            s,
            contributions=tuple(
                attrs.evolve(c, committed=None, status=ss.FundingStatus.PROPOSED)
                for c in s.contributions
            ),
        )

    return attrs.evolve(e, funding=tuple(proposed(s) for s in e.funding))


def _facilitator_gone(e: ss.Engagement) -> ss.Engagement:
    assert e.facilitator is not None
    engaged = ss.Period(start=e.facilitator.engaged.start, end=dt.date(2026, 10, 31))
    return attrs.evolve(e, facilitator=attrs.evolve(e.facilitator, engaged=engaged))


def _all_siloed(e: ss.Engagement) -> ss.Engagement:
    siloed = ss.FundingIntegration.SILOED
    return attrs.evolve(e, funding=tuple(attrs.evolve(s, integration=siloed) for s in e.funding))


#: The named changes the table's second column refers to.
CHANGES: dict[str, Change] = {
    "as is": lambda e: e,
    "no reconfirmation after the election": _drop_decisions("herbevestiging", "coalitieakkoord"),
    "mandate without granting decision": _body(
        "stuurgroep", mandate=ss.Mandate(kind=ss.MandateKind.DECISION)
    ),
    "new sport alderman not committed": _successor_not_committed,
    "no referral routes": lambda e: attrs.evolve(e, plan=attrs.evolve(e.plan, referral_routes=())),
    "fund only proposed": _fund_only_proposed,
    "facilitator's engagement ended": _facilitator_gone,
    "all money siloed": _all_siloed,
}


def cases() -> list[tuple[str, ...]]:
    """The rows of the table in docs/verdicts.md."""
    text = (ROOT / "docs" / "verdicts.md").read_text(encoding="utf-8")
    rows = [line for line in text.splitlines() if line.startswith("| ") and "---" not in line]
    out = []
    for row in rows[1:]:  # the first is the header
        cells = [c.strip() for c in row.strip().strip("|").split("|")]
        out.append(tuple(cells))
    return out


def test_the_table_has_cases() -> None:
    assert len(cases()) >= 10
    assert {c[2] for c in cases()} <= set(CHANGES)


@pytest.mark.parametrize("case", cases(), ids=lambda c: c[0])
def test_worked_case(case: tuple[str, ...]) -> None:
    _, example, change, gate, on, ready, blockers, _why = case
    eng = CHANGES[change](ss.load(EXAMPLES / f"{example}.yaml"))
    report = ss.check(eng, gate, on=dt.date.fromisoformat(on))
    assert report.ready is (ready == "yes")
    expected = sorted(b.strip() for b in blockers.split(",") if b.strip())
    assert sorted({f.code for f in report.blockers}) == expected


@pytest.mark.parametrize("path", sorted(EXAMPLES.glob("*.yaml")), ids=lambda p: p.stem)
def test_examples_passed_the_gates_of_their_phase_logs(path: Path) -> None:
    eng = ss.load(path)
    for entry in eng.phase_log[1:]:
        report = ss.check(eng, entry.phase, on=entry.entered)
        assert report.ready, (entry.phase, [f.code for f in report.blockers])


def test_alignment_of_the_stories() -> None:
    on = dt.date(2026, 11, 24)
    ready = ss.load(EXAMPLES / "roosendaal-kickoff.yaml")
    assert ss.alignment(ready, on=on).index > 0.9
    assert ss.alignment(_all_siloed(ready), on=on).index < 0.3
    advisory = _body("stuurgroep", mandate=ss.Mandate(kind=ss.MandateKind.ADVISORY))(ready)
    assert ss.alignment(advisory, on=on).index < 0.5
