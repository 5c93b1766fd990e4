"""Alignment metrics on a small hand-computed engagement, the timeline, the CLI."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path

import attrs
import pytest
from hypothesis import given

import sportsocial as ss
from sportsocial.alignment import (
    DAYS_PER_MONTH,
    INDEX_PARTS,
    funding_profile,
    runway_months,
    timeline_dates,
)
from sportsocial.alignment.funding import runway_end

from .builders import ADVISES, DECIDES, during, portfolios, seats
from .cli_helpers import run
from .conftest import EXAMPLES
from .strategies import dates, engagements

D = dt.date
ON = D(2024, 4, 1)
SP, WMO = ss.Domain.SPORT, ss.Domain.SOCIAL_SUPPORT
COMMITTED = D(2023, 12, 1)


def person(
    id_: str, kind: ss.StakeholderKind, level: ss.Level, domain: ss.Domain
) -> ss.Stakeholder:
    return ss.Stakeholder(id=id_, name=id_, kind=kind, level=level, portfolios=portfolios(domain))


def stream(
    id_: str,
    domain: ss.Domain,
    amount: float,
    start: dt.date,
    end: dt.date | None,
    nature: ss.FundingNature = ss.FundingNature.STRUCTURAL,
    integration: ss.FundingIntegration = ss.FundingIntegration.POOLED,
    committed: dt.date | None = COMMITTED,
) -> ss.FundingStream:
    return ss.FundingStream(
        id=id_,
        name=id_,
        domain=domain,
        amount_per_year=amount,
        period=ss.Period(start=start, end=end),
        nature=nature,
        integration=integration,
        committed=committed,
    )


K = ss.StakeholderKind
L = ss.Level


@pytest.fixture
def small() -> ss.Engagement:
    """Two domains, each tied from alderman to practitioner; a joint steering group, with a
    mandate of the college, over two pooled streams; a siloed pilot grant."""
    return ss.Engagement(
        municipality=ss.Municipality(name="Proefdorp", cbs_code="GM0001"),
        domains=(SP, WMO),
        relations=tuple(
            ss.Relation(
                source=a,
                target=b,
                kind=ss.RelationKind.REPORTS_TO,
                period=ss.Period(start=D(2023, 1, 1)),
            )
            for a, b in (
                ("afd-sport", "weth-sport"),
                ("club", "afd-sport"),
                ("afd-wmo", "weth-zorg"),
                ("welzijn", "afd-wmo"),
            )
        ),
        decisions=(
            ss.Decision(
                id="d-mandaat",
                kind=ss.DecisionKind.MANDATE,
                date=D(2023, 12, 1),
                title="Mandaat stuurgroep",
                by="college",
            ),
        ),
        stakeholders=(
            ss.Stakeholder(id="college", name="College", kind=K.COLLEGE, level=L.ADMINISTRATIVE),
            person("weth-sport", K.PORTFOLIO_HOLDER, L.ADMINISTRATIVE, SP),
            person("weth-zorg", K.PORTFOLIO_HOLDER, L.ADMINISTRATIVE, WMO),
            person("afd-sport", K.MUNICIPAL_DEPARTMENT, L.OFFICIAL, SP),
            person("afd-wmo", K.MUNICIPAL_DEPARTMENT, L.OFFICIAL, WMO),
            person("club", K.SPORTS_CLUB, L.EXECUTIVE, SP),
            person("welzijn", K.WELFARE_ORGANISATION, L.EXECUTIVE, WMO),
        ),
        funding=(
            stream("s1", SP, 100_000, D(2024, 1, 1), D(2025, 12, 31)),
            stream("s2", WMO, 60_000, D(2024, 1, 1), D(2024, 12, 31)),
            stream(
                "s3",
                SP,
                40_000,
                D(2024, 1, 1),
                D(2024, 6, 30),
                nature=ss.FundingNature.INCIDENTAL,
                integration=ss.FundingIntegration.SILOED,
                committed=D(2023, 12, 15),
            ),
        ),
        governance=(
            ss.GovernanceBody(
                id="sg",
                name="Stuurgroep",
                kind=ss.GovernanceKind.STEERING_GROUP,
                level=L.ADMINISTRATIVE,
                mandate=ss.Mandate(kind=ss.MandateKind.DECISION, granted_by="d-mandaat"),
                period=ss.Period(start=D(2024, 1, 1)),
                members=seats("weth-sport", "weth-zorg"),
                controls=("s1", "s2"),
            ),
        ),
        work_sessions=(
            ss.WorkSession(
                id="ws1", date=D(2024, 2, 1), levels=(L.EXECUTIVE,), participants=("club",)
            ),
        ),
        goals=(
            ss.Goal(
                id="g1",
                title="Minder eenzaamheid",
                set_on=D(2024, 1, 15),
                social_goal=ss.SocialGoal.PARTICIPATION,
                benefiting_domains=(WMO,),
            ),
        ),
        plan=ss.ImplementationPlan(
            actions=(
                ss.Action(
                    id="a1",
                    title="Beweeggroep",
                    added=D(2024, 2, 1),
                    funding=("s1",),
                    goals=("g1",),
                    period=during(D(2024, 3, 1)),
                    cost_per_year=50_000,
                ),
                ss.Action(
                    id="a2",
                    title="Pilot",
                    added=D(2024, 2, 1),
                    funding=("s3",),
                    period=during(D(2024, 9, 1)),
                    cost_per_year=30_000,
                ),
                ss.Action(id="a3", title="Open", added=D(2024, 2, 1), cost_per_year=20_000),
            )
        ),
    )


def test_funding_figures_by_hand(small: ss.Engagement) -> None:
    f = ss.alignment(small, on=ON).funding
    assert f.total_per_year == 200_000
    assert (f.pooled_share, f.aligned_share, f.siloed_share) == (0.8, 0.0, 0.2)
    assert f.shared_share == 0.8  # s1 + s2: two domains under the joint steering group
    assert f.structural_share == 0.8
    assert f.incidental_share == pytest.approx(0.2)
    assert f.contributing_domains == 2
    assert f.by_domain == {SP: 140_000, WMO: 60_000}
    # balance of the shared money: s1 (sport) and s2 (Wmo), 100,000 and 60,000
    assert f.shared_by_domain == {SP: 100_000, WMO: 60_000}
    assert f.domain_hhi == pytest.approx(0.625**2 + 0.375**2)
    assert f.domain_balance == pytest.approx(1 / 0.53125 - 1)
    assert f.shared_structural_share == 1.0
    assert f.plan_shared_coverage == 0.5  # a1 on s1, shared; a2's s3 is siloed and over
    # a1 covered on its start; a2 starts after s3 has ended; a3 has no funding
    assert f.plan_coverage == pytest.approx(1 / 3)
    assert f.plan_cost_coverage == 0.5
    assert f.incidental_dependence == pytest.approx(30 / 80)
    # committed run: s1 until 2025-12-31 covers the date without a gap
    assert f.runway_months == pytest.approx(((D(2025, 12, 31) - ON).days + 1) / DAYS_PER_MONTH)


def test_governance_figures_by_hand(small: ss.Engagement) -> None:
    g = ss.alignment(small, on=ON).governance
    assert g.joint_decision_bodies == ("sg",)
    assert g.joint_controlled_share == 0.8
    assert g.level_domain_matrix == {
        SP: {L.ADMINISTRATIVE: 1, L.OFFICIAL: 1, L.EXECUTIVE: 1},
        WMO: {L.ADMINISTRATIVE: 1, L.OFFICIAL: 1, L.EXECUTIVE: 1},
    }
    # each domain is tied from its alderman through its department to its practitioners
    assert g.vertical_continuity == (SP, WMO)
    assert g.vertical_continuity_share == 1.0
    assert g.civil_society_share == pytest.approx(2 / 7)
    assert g.civil_society_engaged == ("club",)


def test_index_is_the_mean_of_its_parts(small: ss.Engagement) -> None:
    a = ss.alignment(small, on=ON)
    assert set(a.index_parts) == set(INDEX_PARTS)
    # shared 0.8, structural share of the shared money 1.0, balance of the shared money,
    # joint control 0.8, both domains tied through the levels, half the plan's cost
    expected = (0.8 + 1.0 + (1 / 0.53125 - 1) + 0.8 + 1.0 + 0.5) / 6
    assert a.index == pytest.approx(expected)


def test_figures_follow_the_date(small: ss.Engagement) -> None:
    before = ss.alignment(small, on=D(2023, 12, 20))
    assert before.funding.total_per_year == 0
    assert before.funding.shared_share == 0.0
    assert before.funding.domain_hhi is None
    assert before.funding.runway_months == 0.0
    assert before.governance.joint_decision_bodies == ()
    later = ss.alignment(small, on=D(2025, 6, 1)).funding
    assert later.total_per_year == 100_000  # s2 and s3 have ended
    assert later.shared_share == 0.0  # one domain left under the body: not shared
    assert later.contributing_domains == 1


def test_shared_funding_needs_two_domains_and_a_joint_deciding_body(
    small: ss.Engagement,
) -> None:
    advisory = attrs.evolve(small, governance=(attrs.evolve(small.governance[0], mandate=ADVISES),))
    assert ss.alignment(advisory, on=ON).funding.shared_share == 0.0
    one_side = attrs.evolve(
        small, governance=(attrs.evolve(small.governance[0], members=seats("weth-sport")),)
    )
    assert ss.alignment(one_side, on=ON).funding.shared_share == 0.0
    siloed = attrs.evolve(
        small,
        funding=tuple(
            attrs.evolve(s, integration=ss.FundingIntegration.SILOED) for s in small.funding
        ),
    )
    assert ss.alignment(siloed, on=ON).funding.shared_share == 0.0
    # siloed money stays out of joint control, whoever sits over it
    assert ss.alignment(siloed, on=ON).governance.joint_controlled_share == 0.0
    assert ss.alignment(siloed, on=ON).index < 0.3
    # a decision mandate that nobody granted is no mandate
    claimed = attrs.evolve(small, governance=(attrs.evolve(small.governance[0], mandate=DECIDES),))
    assert ss.alignment(claimed, on=ON).governance.joint_decision_bodies == ()


def test_runway() -> None:
    a = stream("a", SP, 1, D(2024, 1, 1), D(2024, 6, 30))
    b = stream("b", SP, 1, D(2024, 7, 1), D(2024, 12, 31))
    gap = stream("c", SP, 1, D(2025, 2, 1), None)
    on = D(2024, 3, 1)
    assert runway_months([a, b], on) == pytest.approx(306 / DAYS_PER_MONTH)
    assert runway_months([a, b, gap], on) == pytest.approx(306 / DAYS_PER_MONTH)
    assert runway_months([a, attrs.evolve(b, period=ss.Period(start=D(2024, 7, 1)))], on) is None
    assert runway_months([attrs.evolve(a, committed=None)], on) == 0.0
    assert runway_months([b], on) == 0.0  # committed, but it does not cover the date


def test_runway_stops_when_the_national_scheme_ends() -> None:
    """Open-ended money through the Brede SPUK still stops on the scheme's last day."""
    open_ended = stream("spuk", SP, 1, D(2025, 1, 1), None)
    on = D(2026, 6, 1)
    assert runway_end([open_ended], on) is None
    through_spuk = attrs.evolve(open_ended, route="brede-spuk")
    assert runway_end([through_spuk], on) == D(2026, 12, 31)
    # its own earlier end still counts first
    earlier = attrs.evolve(through_spuk, period=ss.Period(start=D(2025, 1, 1), end=D(2026, 9, 30)))
    assert runway_end([earlier], on) == D(2026, 9, 30)
    # a municipal stream that takes over keeps the run going
    takeover = stream("own", SP, 1, D(2027, 1, 1), None)
    assert runway_end([through_spuk, takeover], on) is None


def test_who_pays_who_benefits(small: ss.Engagement) -> None:
    m = ss.who_pays_who_benefits(small, on=ON)
    assert m.cells == {SP: {WMO: 50_000}}
    assert (m.attributed, m.unattributed, m.mismatch_share) == (50_000, 50_000, 1.0)
    assert m.paid_by(SP) == 50_000 and m.benefit_of(WMO) == 50_000
    # a1 paid half by each domain: half of the cost stays in the social domain's pocket
    both = attrs.evolve(
        small,
        plan=attrs.evolve(
            small.plan,
            actions=(attrs.evolve(small.plan.actions[0], funding=("s1", "s2")),),
        ),
    )
    m2 = ss.who_pays_who_benefits(both, on=ON)
    assert m2.cells == {SP: {WMO: 50_000 * 100 / 160}, WMO: {WMO: 50_000 * 60 / 160}}
    assert m2.mismatch_share == pytest.approx(100 / 160)


def test_timeline_dates() -> None:
    assert timeline_dates(D(2024, 1, 15), D(2024, 4, 30), "month") == (
        D(2024, 1, 31),
        D(2024, 2, 29),
        D(2024, 3, 31),
        D(2024, 4, 30),
    )
    assert timeline_dates(D(2023, 11, 1), D(2025, 3, 1), "year") == (
        D(2023, 12, 31),
        D(2024, 12, 31),
        D(2025, 3, 1),
    )
    assert timeline_dates(D(2024, 12, 31), D(2024, 12, 31), "quarter") == (D(2024, 12, 31),)
    with pytest.raises(ValueError, match="every"):
        timeline_dates(D(2024, 1, 1), D(2024, 2, 1), "week")  # type: ignore[arg-type]


def test_timeline_on_a_known_history(small: ss.Engagement) -> None:
    ts = ss.timeline(small, "quarter", start=D(2023, 12, 1), end=D(2025, 3, 31))
    assert [r.on for r in ts] == [
        D(2023, 12, 31),
        D(2024, 3, 31),
        D(2024, 6, 30),
        D(2024, 9, 30),
        D(2024, 12, 31),
        D(2025, 3, 31),
    ]
    assert [r.total_per_year for r in ts] == [0, 200_000, 200_000, 160_000, 160_000, 100_000]
    assert [r.siloed for r in ts] == [0, 40_000, 40_000, 0, 0, 0]
    assert [r.shared_share for r in ts] == [0, 0.8, 0.8, 1.0, 1.0, 0.0]
    for row in ts:
        assert row.index == pytest.approx(ss.alignment(small, on=row.on).index)
    explicit = ss.timeline(small, dates=[D(2024, 6, 30), D(2024, 3, 31), D(2024, 6, 30)])
    assert [r.on for r in explicit] == [D(2024, 3, 31), D(2024, 6, 30)]


def test_timeline_outputs(roosendaal: ss.Engagement, tmp_path: Path) -> None:
    ts = ss.timeline(roosendaal, "quarter", end=D(2026, 11, 24))
    assert [p for _, p in ts.phase_changes] == [e.phase for e in roosendaal.phase_log]
    rows = list(csv.DictReader(io.StringIO(ts.to_csv())))
    assert len(rows) == len(ts) and rows[-1]["on"] == "2026-11-24"
    assert rows[-1]["phase"] == "anchoring"
    data = json.loads(ts.to_json())
    assert data["rows"][-1]["index"] == pytest.approx(ts.rows[-1].index)
    frame = ts.to_dataframe()
    assert frame.shape == (len(ts), len(rows[0]) - 1)
    out = tmp_path / "t.png"
    ts.plot(out, lang="nl")
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_the_examples_tell_their_stories(
    etten_leur: ss.Engagement, bergen: ss.Engagement, roosendaal: ss.Engagement
) -> None:
    on = D(2026, 11, 24)
    early, stuck, ready = (ss.alignment(e, on=on) for e in (etten_leur, bergen, roosendaal))
    assert stuck.funding.siloed_share == 1.0 and stuck.funding.shared_share == 0.0
    assert stuck.governance.joint_decision_bodies == ()
    # all but the Sportakkoord budget (40,000 of 1,170,000, siloed) is shared
    assert ready.funding.shared_share == pytest.approx(1 - 40_000 / 1_170_000)
    assert ready.governance.joint_decision_bodies == ("stuurgroep",)
    assert ready.index > max(early.index, stuck.index)
    assert 0 < ss.who_pays_who_benefits(roosendaal, on=on).mismatch_share < 1  # type: ignore[operator]


@given(engagements(), dates)
def test_figures_stay_in_range(eng: ss.Engagement, on: dt.date) -> None:
    a = ss.alignment(eng, on=on)
    f = a.funding
    assert 0 <= a.index <= 1
    assert all(0 <= v <= 1 for v in a.index_parts.values())
    if f.total_per_year > 0:
        assert f.pooled_share + f.aligned_share + f.siloed_share == pytest.approx(1)
    if f.shared_by_domain:  # shared money booked on a domain
        assert f.domain_hhi is not None
        assert 1 / len(f.shared_by_domain) - 1e-9 <= f.domain_hhi <= 1 + 1e-9
    assert 0 <= f.shared_share <= f.pooled_share + f.aligned_share + 1e-9
    assert f.runway_months is None or f.runway_months >= 0
    assert funding_profile(eng.as_of(on), on) == f


# -- command line -------------------------------------------------------------------


def test_cli_alignment(capsys: pytest.CaptureFixture[str]) -> None:
    path = str(EXAMPLES / "roosendaal-kickoff.yaml")
    r = run(capsys, "alignment", path, "--on", "2026-11-24", "--format", "json")
    assert r.code == 0
    data = json.loads(r.out)
    assert data["funding"]["shared_share"] == pytest.approx(1 - 40_000 / 1_170_000)
    assert data["governance"]["joint_decision_bodies"] == ["stuurgroep"]
    assert data["who_pays_who_benefits"]["mismatch_share"] > 0
    assert run(capsys, "alignment", path, "--lang", "nl").code == 0
    assert run(capsys, "alignment", "missing.yaml").code == 1
    assert run(capsys, "alignment", path, "--on", "2026-13-01").code == 2


def test_cli_timeline(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = str(EXAMPLES / "bergen-op-zoom-stuck.yaml")
    r = run(capsys, "timeline", path, "--every", "year", "--end", "2026-11-24")
    assert r.code == 0
    rows = list(csv.DictReader(io.StringIO(r.out)))
    assert rows[-1]["on"] == "2026-11-24"
    r = run(capsys, "timeline", path, "--dates", "2025-01-01,2026-01-01", "--format", "json")
    assert [row["on"] for row in json.loads(r.out)["rows"]] == ["2025-01-01", "2026-01-01"]
    out, png = tmp_path / "t.csv", tmp_path / "t.png"
    r = run(capsys, "timeline", path, "--end", "2026-11-24", "-o", str(out), "--plot", str(png))
    assert r.code == 0 and r.out == ""
    assert out.read_text().startswith("on,phase,")
    assert png.stat().st_size > 0
    assert run(capsys, "timeline", path, "--every", "week").code == 2
    assert run(capsys, "timeline", path, "--dates", "gisteren").code == 2


def test_cli_timeline_unwritable_outputs_are_reported(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = str(EXAMPLES / "bergen-op-zoom-stuck.yaml")
    missing = tmp_path / "no" / "such"
    for option, name in (("-o", "t.csv"), ("--plot", "t.png")):
        r = run(capsys, "timeline", path, "--end", "2026-11-24", option, str(missing / name))
        assert r.code == 1, option
        assert str(missing / name) in r.err
    r = run(capsys, "timeline", path, "--end", "2026-11-24", "-o", str(tmp_path))
    assert r.code == 1  # a folder is no file to write
    assert sorted(p.name for p in tmp_path.iterdir()) == []


@pytest.mark.parametrize("name", ["t.jpg", "t", "t.png.bak", "png", ".svg"])
def test_cli_timeline_refuses_a_picture_it_cannot_write(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, name: str
) -> None:
    path = str(EXAMPLES / "bergen-op-zoom-stuck.yaml")
    r = run(capsys, "timeline", path, "--end", "2026-11-24", "--plot", str(tmp_path / name))
    assert r.code == 2
    assert list(tmp_path.iterdir()) == []


def test_plot_timeline_refuses_an_unknown_format(small: ss.Engagement, tmp_path: Path) -> None:
    ts = ss.timeline(small, dates=[ON])
    with pytest.raises(ValueError, match=r"t\.jpg"):
        ts.plot(tmp_path / "t.jpg")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    "dates", ["2024-02-30", "2025-01-01,xx", "20250101", "2025-1-1", ","], ids=repr
)
def test_cli_timeline_bad_dates_name_the_option(
    capsys: pytest.CaptureFixture[str], dates: str
) -> None:
    path = str(EXAMPLES / "bergen-op-zoom-stuck.yaml")
    r = run(capsys, "timeline", path, "--dates", dates, "--lang", "nl")
    assert r.code == 2
    assert "--dates" in r.err


def test_cli_timeline_start_after_end(capsys: pytest.CaptureFixture[str]) -> None:
    path = str(EXAMPLES / "bergen-op-zoom-stuck.yaml")
    r = run(capsys, "timeline", path, "--start", "2026-01-01", "--end", "2025-01-01")
    assert r.code == 2
    assert "--start" in r.err and r.out == ""
    # a trailing comma is no date of its own
    r = run(capsys, "timeline", path, "--dates", "2025-01-01,", "--format", "json")
    assert r.code == 0
    assert [row["on"] for row in json.loads(r.out)["rows"]] == ["2025-01-01"]


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_cli_alignment_names_the_phase_in_the_language(
    capsys: pytest.CaptureFixture[str], roosendaal: ss.Engagement, lang: str
) -> None:
    from sportsocial.methodology.library import resolve_methodology

    path = str(EXAMPLES / "roosendaal-kickoff.yaml")
    r = run(capsys, "alignment", path, "--on", "2026-11-24", "--lang", lang)
    assert r.code == 0
    phase = resolve_methodology(roosendaal.methodology).phase("anchoring")
    assert phase.name(lang) in r.out.splitlines()[1]


def test_plot_marks_phase_changes_with_their_names(roosendaal: ss.Engagement) -> None:
    pytest.importorskip("matplotlib")
    from sportsocial.alignment.plot import period_edges
    from sportsocial.methodology.library import resolve_methodology

    phases = resolve_methodology(roosendaal.methodology).phases
    ts = ss.timeline(roosendaal, "quarter", end=D(2026, 11, 24))
    edges = period_edges(ts)
    shown = [c for d, c in ts.phase_changes if edges[0] <= d <= edges[-1]]
    assert shown[0] == ts.phase_changes[0][1]  # the first phase is on the picture
    fig = ts.plot(lang="nl", phase_names={p.id: p.name for p in phases})
    names = {p.id: p.name("nl") for p in phases}
    texts = [t.get_text() for t in fig.axes[0].texts]
    assert [t.removesuffix(" ▸") for t in texts] == [names[c] for c in shown]
    assert texts[0].endswith(" ▸") and not any(t.endswith(" ▸") for t in texts[1:])
    # without names given: the shipped methodology's, in the language asked for
    default = [t.get_text().removesuffix(" ▸") for t in ts.plot(lang="nl").axes[0].texts]
    assert default == [names[c] for c in shown]


def test_text_writes_amounts_the_way_of_the_language(roosendaal: ss.Engagement) -> None:
    from sportsocial.alignment.render import alignment_text

    a = ss.alignment(roosendaal, on=D(2026, 11, 24))
    total = a.funding.total_per_year
    assert total >= 1_000_000  # two thousands separators to tell the languages apart
    assert f"€{total:,.0f}" in alignment_text(a, lang="en")
    assert f"€ {total:,.0f}".replace(",", ".") in alignment_text(a, lang="nl")


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_text_shows_each_contributor_of_a_fund_and_how_certain_it_is(
    roosendaal: ss.Engagement, lang: str
) -> None:
    from sportsocial.alignment.render import alignment_text
    from sportsocial.i18n import amount

    a = ss.alignment(roosendaal, on=D(2026, 11, 24))
    text = alignment_text(a, lang=lang)
    fund = next(f for f in a.funding.funds if f.stream == "fonds")
    proposed = [c for c in fund.contributors if c.status is ss.FundingStatus.PROPOSED]
    assert proposed, "the example's insurer only proposes its share"
    lines = text.splitlines()
    for c in fund.contributors:
        assert any(
            amount(c.amount_per_year, lang) in x and c.status.label(lang) in x for x in lines
        ), c


def test_plot_writes_amounts_the_way_of_the_language(small: ss.Engagement) -> None:
    pytest.importorskip("matplotlib")
    ts = ss.timeline(small, dates=[ON])
    for lang, expected in (("en", "1,250,000"), ("nl", "1.250.000")):
        axis = ts.plot(lang=lang).axes[0].yaxis
        assert axis.get_major_formatter()(1_250_000, 0) == expected


def test_runway_ignores_streams_without_money() -> None:
    a = stream("a", SP, 1, D(2024, 1, 1), D(2024, 6, 30))
    placeholder = stream("p", WMO, 0, D(2024, 1, 1), None)  # a budget line, amount unknown
    on = D(2024, 3, 1)
    assert runway_months([a, placeholder], on) == pytest.approx(122 / DAYS_PER_MONTH)
    assert runway_months([placeholder], on) == 0.0
