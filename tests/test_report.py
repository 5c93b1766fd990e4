"""The facilitator's report: its content, its self-containedness, hidden names, the command."""

from __future__ import annotations

import datetime as dt
import html
import re
from pathlib import Path
from typing import Any

import pytest

import sportsocial as ss
from sportsocial.errors import MissingExtra
from sportsocial.report import content, figures
from sportsocial.report.html import SECTIONS
from sportsocial.report.names import display_names, hide_in, replacements

from .cli_helpers import run
from .conftest import EXAMPLES

ON = dt.date(2026, 11, 24)


@pytest.fixture(scope="module")
def bergen_report() -> ss.EngagementReport:
    return ss.report(ss.load(EXAMPLES / "bergen-op-zoom-stuck.yaml"), on=ON, lang="nl")


@pytest.fixture(scope="module")
def roosendaal_report() -> ss.EngagementReport:
    return ss.report(ss.load(EXAMPLES / "roosendaal-kickoff.yaml"), on=ON)


def test_report_holds_the_library_results(bergen_report: ss.EngagementReport) -> None:
    eng = bergen_report.engagement
    assert bergen_report.readiness == ss.check(eng, on=ON)
    assert bergen_report.alignment == ss.alignment(eng, on=ON)
    assert bergen_report.network == ss.network_metrics(eng, on=ON)
    assert bergen_report.status.phase == "administrative-connection"
    assert not bergen_report.readiness.ready
    assert all(not s.in_plan for s in bergen_report.suggestions)
    assert bergen_report.to_dict("nl")["readiness"]["gate"] == "work-sessions"


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_html_has_every_section_and_every_blocker(
    bergen_report: ss.EngagementReport, lang: str
) -> None:
    page = bergen_report.to_html(lang)
    assert page.startswith("<!DOCTYPE html>")
    assert f'<html lang="{lang}">' in page
    for sid, _word in SECTIONS:
        assert f'<section id="{sid}"' in page
    blockers = {f.code for f in bergen_report.readiness.blockers}
    assert blockers and blockers == set(re.findall(r'<td class="code">(\w+)</td>', page)) - {
        f.code for f in bergen_report.readiness.warnings
    }
    for item in bergen_report.agenda.items:
        assert f"<strong>{item.code}</strong>" in page
    assert page.count("data:image/svg+xml;base64,") == 2  # timeline and network
    assert "<svg" in page  # the phase diagram, inline


def test_html_is_self_contained(roosendaal_report: ss.EngagementReport) -> None:
    page = roosendaal_report.to_html()
    assert "<script" not in page.lower()
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page, re.I)
    assert "@import" not in page and not re.search(r"url\(\s*['\"]?(https?:)?//", page)
    assert "<style>" in page and "@media print" in page and "break-before: page" in page
    for uri in re.findall(r'<img src="([^"]+)"', page):
        assert uri.startswith("data:image/svg+xml;base64,")


def test_markdown_says_what_the_html_says(bergen_report: ss.EngagementReport) -> None:
    md = bergen_report.to_markdown("nl")
    view = content.view(bergen_report, "nl")
    assert md.startswith(f"# {view.title}")
    assert md.count("\n## ") == len(SECTIONS)
    for _heading, rows in view.blockers:
        for code, _message, _remedy in rows:
            assert f"| {code} |" in md
    for name, *_rest in view.opportunities:
        assert f"**{name}**" in md
    here = bergen_report.methodology.index("administrative-connection") + 1
    assert re.search(rf"^{here}\. .*←", md, re.M)


def test_notebook_shows_the_page_in_a_frame(roosendaal_report: ss.EngagementReport) -> None:
    frame = roosendaal_report._repr_html_()
    assert frame.startswith("<iframe srcdoc=") and "<style>" not in frame
    assert html.unescape(frame.split('"')[1]) == roosendaal_report.to_html()


def test_ready_engagement(roosendaal_report: ss.EngagementReport) -> None:
    view = content.view(roosendaal_report, "en")
    assert view.ready is True and view.blockers == ()
    assert roosendaal_report.pockets.mismatch_share is not None
    assert view.pockets_rows  # the matrix is shown
    # a row per paying domain, a column per benefiting one: no column stays empty
    columns = len(view.pockets_header) - 1
    assert columns == len([d for d in ss.Domain if roosendaal_report.pockets.benefit_of(d)])
    for i in range(columns):
        assert any(cells[i][0] for _, cells in view.pockets_rows)


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_hidden_names_leave_no_name(lang: str) -> None:
    for path in sorted(EXAMPLES.glob("*.yaml")):
        eng = ss.load(path)
        r = ss.report(eng, on=ON, lang=lang, names="hide")
        html, md = r.to_html(), r.to_markdown()
        for s in eng.stakeholders:
            assert s.name not in html, (path.name, s.name)
            assert s.name not in md, (path.name, s.name)
        assert eng.facilitator is not None
        assert eng.facilitator.name not in html + md


def test_hidden_names_in_the_network_picture(
    bergen: ss.Engagement, monkeypatch: pytest.MonkeyPatch
) -> None:
    drawn: list[Any] = []

    def capture(graph: Any, **_kwargs: object) -> object:
        drawn.append(graph)
        raise MissingExtra("analysis", "matplotlib", ss.Text(en="x", nl="x"))

    monkeypatch.setattr(figures, "network_figure", capture)
    ss.report(bergen, on=ON, lang="nl", names="hide").to_html()
    shown = display_names(bergen, "hide", "nl")
    names = {n: d["name"].replace("\u00a0", " ") for n, d in drawn[0].nodes(data=True)}
    assert names and names == {n: shown[n] for n in names}
    assert not set(names.values()) & {s.name for s in bergen.stakeholders}


def test_hidden_names_are_stable_and_distinct(bergen: ss.Engagement) -> None:
    shown = display_names(bergen, "hide", "nl")
    assert len(set(shown.values())) == len(bergen.stakeholders)
    assert shown == display_names(bergen, "hide", "nl")
    assert display_names(bergen, "show", "nl") == {s.id: s.name for s in bergen.stakeholders}
    replaced = replacements(bergen, "hide", "nl")
    name = bergen.stakeholders[0].name
    assert hide_in(f"met {name}.", replaced) == f"met {shown[bergen.stakeholders[0].id]}."
    assert replacements(bergen, "show", "nl") == {}
    kinds = [s.kind for s in bergen.stakeholders]
    for s in bergen.stakeholders:  # a number only where the kind is shared
        assert (shown[s.id] == s.kind.label("nl")) == (kinds.count(s.kind) == 1)


def test_bad_arguments(bergen: ss.Engagement) -> None:
    with pytest.raises(ValueError, match="names"):
        ss.report(bergen, on=ON, names="blur")
    with pytest.raises(ValueError, match="every"):
        ss.report(bergen, on=ON, every="week")
    with pytest.raises(ValueError, match="language"):
        ss.report(bergen, on=ON, lang="de")


def test_without_matplotlib_the_report_says_so(
    bergen_report: ss.EngagementReport, monkeypatch: pytest.MonkeyPatch
) -> None:
    def missing(*_args: object, **_kwargs: object) -> object:
        raise MissingExtra("analysis", "matplotlib", ss.Text(en="x", nl="x"))

    monkeypatch.setattr(figures, "network_figure", missing)
    monkeypatch.setattr(figures, "data_uri", missing)
    page = bergen_report.to_html("en")
    assert "data:image" not in page
    assert page.count("pip install &#x27;sportsocial[analysis]&#x27;") == 2


def test_command_writes_html_and_markdown(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = str(EXAMPLES / "bergen-op-zoom-stuck.yaml")
    out = tmp_path / "rapport.html"
    r = run(capsys, "report", src, "--lang", "nl", "--on", "2026-11-24", "-o", str(out))
    assert r.code == 0, r.err
    page = out.read_text(encoding="utf-8")
    assert '<html lang="nl">' in page and '<section id="agenda"' in page
    md = tmp_path / "rapport.md"
    assert run(capsys, "report", src, "--on", "2026-11-24", "-o", str(md)).code == 0
    assert md.read_text(encoding="utf-8").startswith("# ")
    r = run(capsys, "report", src, "--on", "2026-11-24", "--format", "markdown", "--names", "hide")
    assert r.code == 0 and r.out.startswith("# ")
    assert "Wethouder" not in r.out


def test_command_parser_imports_nothing_of_the_report() -> None:
    import subprocess
    import sys

    from sportsocial.cli.report import _NAMES
    from sportsocial.report import NAMES

    assert tuple(_NAMES) == NAMES
    code = (
        "import sys; from sportsocial.cli import build_parser; build_parser(); "
        "print(any(m.startswith('sportsocial.report') or m == 'networkx' for m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_a_new_engagement_reports_without_empty_pictures(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    new = tmp_path / "new.yaml"
    assert (
        run(
            capsys,
            "new",
            "--municipality",
            "Testdorp",
            "--cbs-code",
            "GM0001",
            "--on",
            "2026-01-05",
            "-o",
            str(new),
        ).code
        == 0
    )
    r = ss.report(ss.load(new), on=ON)
    page = r.to_html()
    assert r.network.stakeholders == 0 and len(r.timeline.rows) < 2
    assert "data:image" not in page  # no empty network, no timeline of one date
    assert '<section id="network"' in page and r.to_markdown().count("\n## ") == len(SECTIONS)


@pytest.mark.parametrize("path", sorted(EXAMPLES.glob("*.yaml")), ids=lambda p: p.stem)
def test_dutch_report_reads_as_dutch(path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from .test_dutch import _scan

    r = run(
        capsys, "report", str(path), "--on", "2026-11-24", "--lang", "nl", "--format", "markdown"
    )
    version = ss.__version__  # a version number is no decimal
    assert r.code == 0 and _scan(r.out.replace(version, "")) == []
    page = ss.report(ss.load(path), on=ON, lang="nl").to_html()
    text = re.sub(r"<style>.*?</style>|<[^>]+>|data:[^\"]+", " ", page, flags=re.S)
    assert _scan(html.unescape(text).replace(version, "")) == []


def test_command_refuses_bad_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = str(EXAMPLES / "bergen-op-zoom-stuck.yaml")
    assert run(capsys, "report", src, "--gate", "nowhere").code == 2
    assert run(capsys, "report", src, "--names", "blur").code == 2
    r = run(capsys, "report", str(tmp_path / "missing.yaml"))
    assert r.code == 1 and "DOC001" in r.err
    r = run(capsys, "report", src, "-o", str(tmp_path / "no" / "such" / "dir.html"))
    assert r.code == 1 and "Traceback" not in r.err


def test_the_report_shows_the_road_to_the_kick_off() -> None:
    import datetime as dt

    import sportsocial as ss

    from .conftest import EXAMPLES

    r = ss.report(
        ss.load(EXAMPLES / "bergen-op-zoom-stuck.yaml"), on=dt.date(2026, 12, 2), lang="nl"
    )
    assert (
        r.roadmap.earliest_kickoff.date == ss.roadmap(r.engagement, on=r.on).earliest_kickoff.date
    )
    md = r.to_markdown()
    assert "## De route naar de kick-off" in md and "18 november 2027" in md
    page = r.to_html()
    assert 'id="roadmap"' in page and "Vroegste realistische kick-off" in page
    assert r.to_dict("en")["roadmap"]["steps"]
    # a step that comes after the day it is needed by shows that day beside its own
    from sportsocial.i18n import day

    rows = content.view(r, "nl").roadmap
    late = [s for s in r.roadmap.steps if s.late]
    assert late and all(s.deadline is not None for s in late)
    for step in late:
        row = next(row for row in rows if row[1] == step.title("nl"))
        assert day(step.earliest, "nl") in row[0] and day(step.deadline, "nl") in row[0]


def test_a_route_that_ends_is_shown_with_its_end_date(bergen_report: ss.EngagementReport) -> None:
    flagged = [s for s in bergen_report.suggestions if s.flag is not None]
    assert flagged, "the Bergen example has routes that end before its plan does"
    view = content.view(bergen_report, "nl")
    shown = {row[0]: row[-1] for row in view.opportunities}
    for s in flagged:
        if s.intervention.name("nl") in shown:
            assert shown[s.intervention.name("nl")] == s.flag("nl") != ""
    assert any(mind for mind in shown.values())
    page = bergen_report.to_html()
    assert page.count('<td class="mind">') == sum(1 for mind in shown.values() if mind)
    md = bergen_report.to_markdown()
    assert all(mind in md for mind in shown.values() if mind)


def test_the_report_shows_who_fills_each_fund(roosendaal_report: ss.EngagementReport) -> None:
    view = content.view(roosendaal_report, "nl")
    funds = roosendaal_report.alignment.funding.funds
    assert len(view.funds) == sum(len(f.contributors) for f in funds)
    statuses = [row[-1] for row in view.funds]
    assert any(s.startswith(ss.FundingStatus.PROPOSED.label("nl")) for s in statuses)
    md = roosendaal_report.to_markdown("nl")
    page = roosendaal_report.to_html("nl")
    for row in view.funds:
        assert "| " + " | ".join(row) + " |" in md
        assert html.escape(row[1]) in page


def test_the_picture_over_time_looks_back_a_few_years_at_most(bergen: ss.Engagement) -> None:
    import datetime as dt

    from sportsocial.report.build import REPORT_YEARS

    later = ss.report(bergen, on=dt.date(2070, 6, 30))
    rows = later.timeline.rows
    assert rows[0].on.year >= 2070 - REPORT_YEARS and rows[-1].on == dt.date(2070, 6, 30)
    # a report in the engagement's own years starts where the engagement does
    now = ss.report(bergen, on=ON)
    assert now.timeline.rows[0].on == ss.timeline(bergen, end=ON).rows[0].on
