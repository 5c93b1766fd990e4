"""Document format 2: migration of every earlier version, the new consistency codes,
and ``as_of`` on seats, portfolios, terms in office and contributions."""

from __future__ import annotations

import copy
import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

import sportsocial as ss
from sportsocial.io.migrations import migrate

from .builders import DECIDES

FIXTURES = Path(__file__).resolve().parent / "fixtures"
D = dt.date


# -- migration of stored fixtures -----------------------------------------------------


def _fixtures() -> list[Path]:
    return sorted(p for p in FIXTURES.glob("v*/*.yaml") if not p.name.endswith(".expected.yaml"))


@pytest.mark.parametrize("path", _fixtures(), ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_every_earlier_version_loads_as_the_expected_model(path: Path) -> None:
    expected = ss.load(path.with_name(path.stem + ".expected.yaml"))
    assert ss.load(path) == expected
    assert ss.dumps(ss.load(path), "yaml").startswith("schema_version: 2\n")


def test_fixtures_cover_every_earlier_version() -> None:
    versions = {int(p.parent.name[1:]) for p in _fixtures()}
    assert versions == set(range(ss.SCHEMA_VERSION))


def _v1() -> dict[str, Any]:
    from sportsocial.io.document import read_document

    data, _ = read_document(FIXTURES / "v1" / "roosendaal-kickoff.yaml")
    assert data["schema_version"] == 1
    return dict(data)


def test_migration_keeps_what_version_1_said() -> None:
    old = _v1()
    snapshot = copy.deepcopy(old)
    new, problems = migrate(old)
    assert new["schema_version"] == 2
    assert problems == [] and old == snapshot  # the input is not modified
    eng = ss.load(FIXTURES / "v1" / "roosendaal-kickoff.yaml")
    for before, after in zip(old["stakeholders"], eng.stakeholders, strict=True):
        wanted = (ss.Portfolio(domain=ss.Domain(before["domain"])),) if "domain" in before else ()
        assert after.portfolios == wanted  # one open-ended portfolio
        if before["kind"] == "municipal-executive":
            assert after.kind is ss.StakeholderKind.PORTFOLIO_HOLDER
    for before, after in zip(old["funding"], eng.funding, strict=True):
        assert after.domain is ss.Domain(before["source_domain"])
        assert after.funder is ss.Funder.MUNICIPALITY
        assert after.amount_per_year == before["amount_per_year"]
    for before, after in zip(old["governance"], eng.governance, strict=True):
        start = D.fromisoformat(before["period"]["start"])
        assert after.members == tuple(
            ss.Membership(stakeholder=m, start=start) for m in before["members"]
        )
        assert after.mandate == ss.Mandate(kind=ss.MandateKind(before["mandate"]))
    for before, after in zip(old["decisions"], eng.decisions, strict=True):
        assert after.by == before.get("decided_by")
    for before, after in zip(old["plan"]["actions"], eng.plan.actions, strict=True):
        assert after.start == D.fromisoformat(before["start"])
    assert eng.facilitator is not None
    assert eng.facilitator.name == old["facilitator"]["organisation"]
    assert eng.facilitator.engaged == ss.Period(start=D.fromisoformat(old["facilitator"]["since"]))


def test_an_executive_without_domain_becomes_the_college() -> None:
    eng = ss.load(FIXTURES / "v0" / "draft.yaml")
    college = eng.stakeholder("college")
    assert college is not None and college.kind is ss.StakeholderKind.COLLEGE
    assert college.portfolios == ()


def test_migrated_examples_keep_their_verdicts() -> None:
    """The version-1 stories, read through the migration, tell the same thing."""
    on = D(2026, 11, 24)
    ready = ss.load(FIXTURES / "v1" / "roosendaal-kickoff.yaml")
    stuck = ss.load(FIXTURES / "v1" / "bergen-op-zoom-stuck.yaml")
    assert ss.alignment(stuck, on=on).funding.shared_share == 0.0
    assert "GOV101" in {f.code for f in ss.check(stuck, on=on).blockers}
    # Version 1 recorded no decision granting the steering group its mandate (the
    # steering group 'decided' on its own mandate): read with today's rules, the
    # mandate is a claim, and the verdict says so.
    report = ss.check(ready, "kick-off", on=on, select=["GOV101", "GOV107"])
    assert [(f.code, f.ids) for f in report.findings] == [
        ("GOV101", ()),
        ("GOV107", ("stuurgroep",)),
    ]


def test_malformed_old_documents_are_left_to_the_schema() -> None:
    old = {
        "schema_version": 1,
        "municipality": {"name": "X", "cbs_code": "GM0001"},
        "stakeholders": ["not a mapping"],
        "governance": [{"members": "weth", "mandate": 3}],
        "plan": {"actions": 5},
    }
    with pytest.raises(ss.InvalidDocument) as info:
        ss.loads(json.dumps(old))
    codes = {p.code for p in info.value.problems}
    assert codes <= {"SCH101", "SCH103", "SCH102"} and "SCH103" in codes


# -- consistency codes of format 2 --------------------------------------------------


def _doc(**parts: Any) -> dict[str, Any]:
    return {
        "schema_version": 2,
        "municipality": {"name": "Roosendaal", "cbs_code": "GM1674"},
        **parts,
    }


def _problems(doc: dict[str, Any]) -> list[tuple[str, str]]:
    with pytest.raises(ss.InvalidDocument) as info:
        ss.loads(json.dumps(doc))
    return [(p.code, p.path) for p in info.value.problems]


WETH = {
    "id": "weth",
    "name": "Wethouder Sport",
    "kind": "portfolio-holder",
    "level": "administrative",
    "in_office": {"start": "2022-06-01", "end": "2026-03-31"},
    "portfolios": [{"domain": "sport"}],
}


def _body(**over: Any) -> dict[str, Any]:
    body = {
        "id": "sg",
        "name": "Stuurgroep",
        "kind": "steering-group",
        "level": "administrative",
        "mandate": {"kind": "decision"},
        "period": {"start": "2023-01-01"},
        "members": [{"stakeholder": "weth"}],
    }
    body.update(over)
    return body


def _stream(**over: Any) -> dict[str, Any]:
    s = {
        "id": "f",
        "name": "Fonds",
        "domain": "sport",
        "amount_per_year": 1000,
        "period": {"start": "2024-01-01", "end": "2026-12-31"},
        "nature": "structural",
        "integration": "pooled",
    }
    s.update(over)
    return s


BAD: dict[str, tuple[dict[str, Any], list[tuple[str, str]]]] = {
    "REF207": (
        _doc(
            stakeholders=[WETH],
            governance=[
                _body(
                    members=[{"stakeholder": "weth", "from": "2022-01-01"}],
                    period={"start": "2022-01-01"},
                )
            ],
        ),
        [("REF207", "$.governance[0].members[0]")],
    ),
    "REF208": (
        _doc(
            stakeholders=[{**WETH, "in_office": None}],
            governance=[_body(members=[{"stakeholder": "weth", "from": "2022-12-01"}])],
        ),
        [("REF208", "$.governance[0].members[0]")],
    ),
    "REF209": (
        _doc(
            plan={
                "period": {"start": "2027-01-01", "end": "2029-12-31"},
                "actions": [
                    {
                        "id": "a",
                        "title": "A",
                        "added": "2026-10-01",
                        "period": {"start": "2026-11-01"},
                    }
                ],
            }
        ),
        [("REF209", "$.plan.actions[0].period")],
    ),
    "REF210": (
        _doc(funding=[_stream(domain=None, taakveld="9.9")]),
        [("REF210", "$.funding[0]")],
    ),
    "REF211": (
        _doc(
            funding=[_stream(contributions=[{"from": {"domain": "youth"}, "amount_per_year": 5}])]
        ),
        [("REF211", "$.funding[0].amount_per_year")],
    ),
    "REF212": (
        _doc(stakeholders=[{**WETH, "portfolios": [{"domain": "sport", "from": "2021-01-01"}]}]),
        [("REF212", "$.stakeholders[0].portfolios[0]")],
    ),
    "REF213": (
        _doc(
            stakeholders=[WETH],
            decisions=[
                {
                    "id": "d",
                    "kind": "ambition",
                    "date": "2026-06-01",
                    "title": "Ambitie",
                    "by": "weth",
                }
            ],
        ),
        [("REF213", "$.decisions[0].by")],
    ),
    "REF214": (
        _doc(funding=[_stream(status="proposed", committed="2024-01-01")]),
        [("REF214", "$.funding[0].status")],
    ),
    "REF217": (
        _doc(
            funding=[
                _stream(route="brede-spuk"),
                _stream(
                    id="g",
                    route="sportakoord",
                    domain=None,
                    amount_per_year=None,
                    contributions=[
                        {
                            "from": {"domain": "sport", "funder": "state", "route": "bsc"},
                            "amount_per_year": 5,
                        }
                    ],
                ),
            ]
        ),
        [
            ("REF217", "$.funding[1].route"),
            ("REF217", "$.funding[1].contributions[0].from.route"),
        ],
    ),
    "REF215": (
        _doc(
            funding=[
                _stream(
                    amount_per_year=None,
                    contributions=[
                        {
                            "from": {"domain": "sport"},
                            "amount_per_year": 5,
                            "period": {"start": "2023-01-01"},
                        }
                    ],
                )
            ]
        ),
        [("REF215", "$.funding[0].contributions[0].period")],
    ),
    "REF216": (
        _doc(
            stakeholders=[{**WETH, "in_office": None}],
            decisions=[{"id": "amb", "kind": "ambition", "date": "2023-01-01", "title": "Ambitie"}],
            governance=[_body(mandate={"kind": "decision", "granted_by": "amb"})],
        ),
        [("REF216", "$.governance[0].mandate.granted_by")],
    ),
}


def _strip_none(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _strip_none(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [_strip_none(v) for v in value]
    return value


@pytest.mark.parametrize("code", sorted(BAD))
def test_each_new_code_has_a_failing_document(code: str) -> None:
    doc, expected = BAD[code]
    assert _problems(_strip_none(doc)) == expected


@pytest.mark.parametrize(
    ("kind", "grants"),
    [
        ("mandate", True),
        ("college-decision", True),
        ("council-decision", True),
        ("council-budget", False),
        ("budget-amendment", False),
    ],
)
def test_only_a_decision_of_the_college_or_council_grants_a_mandate(
    kind: str, grants: bool
) -> None:
    doc = _strip_none(
        _doc(
            stakeholders=[{**WETH, "in_office": None}],
            decisions=[{"id": "besluit", "kind": kind, "date": "2023-01-01", "title": "Besluit"}],
            governance=[_body(mandate={"kind": "decision", "granted_by": "besluit"})],
        )
    )
    if grants:
        assert ss.loads(json.dumps(doc)).governance[0].mandate.granted_by == "besluit"
    else:
        assert _problems(doc) == [("REF216", "$.governance[0].mandate.granted_by")]


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_every_code_is_in_the_generated_reference(lang: str) -> None:
    import sportsocial.catalogue  # noqa: F401 - registers the CAT codes
    from sportsocial.io.problems import PROBLEM_CODES, problem_reference

    name = "problem-codes.md" if lang == "en" else "problem-codes.nl.md"
    page = (Path(__file__).resolve().parent.parent / "docs" / name).read_text("utf-8")
    assert page == problem_reference(lang)
    families = {c[:3] for c in PROBLEM_CODES}
    assert {"DOC", "SCH", "REF", "MET", "CAT"} <= families
    for code in PROBLEM_CODES:
        assert f"`{code}`" in page, code


@pytest.mark.parametrize(
    ("doc", "path"),
    [
        (
            _doc(
                funding=[
                    _stream(
                        amount_per_year=None,
                        contributions=[
                            {
                                "from": {"funder": "other-municipality", "stakeholder": "gem-b"},
                                "amount_per_year": 20000,
                            }
                        ],
                    )
                ]
            ),
            "$.funding[0].contributions[0].from.stakeholder",
        ),
        (
            _doc(
                stakeholders=[{**WETH, "in_office": None}],
                governance=[_body(mandate={"kind": "decision", "granted_by": "d-mandaat"})],
            ),
            "$.governance[0].mandate.granted_by",
        ),
        (
            _doc(plan={"referral_routes": [{"target_group": "low-ses", "via": "wijkteam"}]}),
            "$.plan.referral_routes[0].via",
        ),
        (
            _doc(plan={"monitoring": [{"indicator": "i-x", "source": "GGD Gezondheidsmonitor"}]}),
            "$.plan.monitoring[0].indicator",
        ),
        (
            _doc(
                inventory=[
                    {"id": "inv", "name": "Beweegtuin", "since": "2021-03-01", "paid_by": "brc"}
                ]
            ),
            "$.inventory[0].paid_by",
        ),
        (
            _doc(
                facilitator={
                    "name": "SSNB",
                    "engaged": {"start": "2025-09-01"},
                    "funded_by": "fonds",
                }
            ),
            "$.facilitator.funded_by",
        ),
    ],
)
def test_unknown_references_of_the_new_fields(doc: dict[str, Any], path: str) -> None:
    assert _problems(_strip_none(doc)) == [("REF201", path)]


def test_every_problem_of_a_document_at_once() -> None:
    doc = _doc(
        stakeholders=[WETH],
        funding=[_stream(domain=None), _stream(id="g", status="proposed", committed="2024-02-01")],
        decisions=[
            {"id": "d", "kind": "ambition", "date": "2026-06-01", "title": "A", "by": "weth"}
        ],
    )
    assert {c for c, _ in _problems(_strip_none(doc))} == {"REF210", "REF213", "REF214"}


def test_a_taakveld_gives_the_domain() -> None:
    eng = ss.loads(json.dumps(_strip_none(_doc(funding=[_stream(domain=None, taakveld="6.71b")]))))
    assert eng.funding[0].booked_domain is ss.Domain.SOCIAL_SUPPORT
    assert eng.funding[0].parts()[0].domain is ss.Domain.SOCIAL_SUPPORT


# -- as_of on the new facts, with hand-worked dates ---------------------------------


@pytest.fixture
def municipal() -> ss.Engagement:
    """An alderman of sport and Wmo until the election of 18 March 2026, whose sport
    portfolio moves to a successor; a steering group with dated seats under a
    mandate granted on 10 January 2025; a pooled fund of two contributions."""
    weth_a = ss.Stakeholder(
        id="weth-a",
        name="Wethouder A",
        kind=ss.StakeholderKind.PORTFOLIO_HOLDER,
        level=ss.Level.ADMINISTRATIVE,
        portfolios=(
            ss.Portfolio(domain=ss.Domain.SPORT, start=D(2022, 6, 1), until=D(2026, 3, 31)),
            ss.Portfolio(domain=ss.Domain.SOCIAL_SUPPORT, start=D(2022, 6, 1)),
        ),
        in_office=ss.Period(start=D(2022, 6, 1), end=D(2026, 5, 31)),
    )
    weth_b = ss.Stakeholder(
        id="weth-b",
        name="Wethouder B",
        kind=ss.StakeholderKind.PORTFOLIO_HOLDER,
        level=ss.Level.ADMINISTRATIVE,
        portfolios=(ss.Portfolio(domain=ss.Domain.SPORT, start=D(2026, 4, 1)),),
        in_office=ss.Period(start=D(2026, 4, 1)),
    )
    college = ss.Stakeholder(
        id="college", name="College", kind=ss.StakeholderKind.COLLEGE, level=ss.Level.ADMINISTRATIVE
    )
    fund = ss.FundingStream(
        id="fonds",
        name="Fonds Samen Actief",
        period=ss.Period(start=D(2025, 1, 1), end=D(2028, 12, 31)),
        nature=ss.FundingNature.STRUCTURAL,
        integration=ss.FundingIntegration.POOLED,
        contributions=(
            ss.Contribution(
                source=ss.ContributionSource(domain=ss.Domain.SPORT),
                amount_per_year=50_000,
                period=ss.Period(start=D(2025, 1, 1), end=D(2026, 12, 31)),
                committed=D(2024, 11, 7),
            ),
            ss.Contribution(
                source=ss.ContributionSource(domain=ss.Domain.SOCIAL_SUPPORT),
                amount_per_year=60_000,
                period=ss.Period(start=D(2026, 9, 1), end=D(2028, 12, 31)),
                committed=D(2026, 7, 9),
            ),
        ),
    )
    body = ss.GovernanceBody(
        id="sg",
        name="Stuurgroep",
        kind=ss.GovernanceKind.STEERING_GROUP,
        level=ss.Level.ADMINISTRATIVE,
        mandate=ss.Mandate(kind=ss.MandateKind.DECISION, granted_by="d-mandaat"),
        period=ss.Period(start=D(2025, 1, 1)),
        members=(
            ss.Membership(stakeholder="weth-a", start=D(2025, 1, 10)),
            ss.Membership(stakeholder="weth-b", start=D(2026, 4, 1)),
        ),
        controls=("fonds",),
    )
    mandate = ss.Decision(
        id="d-mandaat",
        kind=ss.DecisionKind.MANDATE,
        date=D(2025, 1, 10),
        title="Mandaat stuurgroep",
        by="college",
    )
    return ss.Engagement(
        municipality=ss.Municipality(name="Roosendaal", cbs_code="GM1674"),
        stakeholders=(weth_a, weth_b, college),
        funding=(fund,),
        governance=(body,),
        decisions=(mandate,),
    )


def test_the_fixture_is_a_valid_document(municipal: ss.Engagement) -> None:
    assert ss.loads(ss.dumps(municipal)) == municipal


def test_as_of_portfolios_follow_office_and_reshuffle(municipal: ss.Engagement) -> None:
    def domains(on: dt.date) -> dict[str, tuple[str, ...]]:
        view = municipal.as_of(on)
        return {s.id: tuple(d.value for d in s.domains) for s in view.stakeholders}

    assert domains(D(2025, 6, 1)) == {
        "weth-a": ("sport", "social-support"),
        "weth-b": (),  # listed, not yet in office
        "college": (),
    }
    # After the election the sport portfolio moved on 1 April; Wmo stays until the
    # term ends on 31 May.
    assert domains(D(2026, 4, 15)) == {
        "weth-a": ("social-support",),
        "weth-b": ("sport",),
        "college": (),
    }
    after = municipal.as_of(D(2026, 6, 1))
    a = after.stakeholder("weth-a")
    assert a is not None and a.domains == () and not a.in_office_on(D(2026, 6, 1))
    assert a.in_office == ss.Period(start=D(2022, 6, 1), end=D(2026, 5, 31))  # shown as such


def test_as_of_seats_and_mandate(municipal: ss.Engagement) -> None:
    def seats(on: dt.date) -> tuple[str, ...]:
        body = municipal.as_of(on).body("sg")
        assert body is not None
        return body.member_ids

    assert seats(D(2025, 1, 9)) == ()
    assert seats(D(2025, 1, 10)) == ("weth-a",)
    assert seats(D(2026, 4, 15)) == ("weth-a", "weth-b")
    assert seats(D(2026, 6, 1)) == ("weth-b",)  # out of office: the seat no longer counts
    before = municipal.as_of(D(2025, 1, 9)).body("sg")
    assert before is not None and not before.decides  # granted on 10 January, not before
    granted = municipal.as_of(D(2025, 1, 10)).body("sg")
    assert granted is not None and granted.decides


def test_as_of_contributions(municipal: ss.Engagement) -> None:
    def contributions(on: dt.date) -> list[tuple[str, str]]:
        stream = municipal.as_of(on).funding_stream("fonds")
        if stream is None:
            return []
        return [
            (c.source.domain.value if c.source.domain else "", c.current_status.value)
            for c in stream.contributions
        ]

    assert contributions(D(2024, 10, 1)) == []  # nothing committed, nothing started
    # The Wmo contribution neither started nor was committed yet: absent, like a stream.
    assert contributions(D(2025, 3, 1)) == [("sport", "committed")]
    assert contributions(D(2026, 7, 9)) == [("sport", "committed"), ("social-support", "committed")]
    assert contributions(D(2027, 1, 1)) == [("social-support", "committed")]  # sport ended
    assert contributions(D(2029, 1, 1)) == []


def test_as_of_of_the_municipal_fixture_stays_valid(municipal: ss.Engagement) -> None:
    for on in (D(2024, 1, 1), D(2025, 1, 10), D(2026, 4, 1), D(2026, 6, 1), D(2030, 1, 1)):
        view = municipal.as_of(on)
        assert ss.loads(ss.dumps(view)) == view


def test_elections_default_to_the_shipped_calendar(municipal: ss.Engagement) -> None:
    assert municipal.latest_election(D(2026, 12, 2)) == D(2026, 3, 18)
    assert municipal.latest_election(D(2026, 3, 17)) == D(2022, 3, 16)
    merged = ss.Engagement(
        municipality=municipal.municipality, elections=(D(2022, 11, 23), D(2026, 3, 18))
    )
    assert merged.latest_election(D(2023, 1, 1)) == D(2022, 11, 23)
    assert DECIDES.kind is ss.MandateKind.DECISION
