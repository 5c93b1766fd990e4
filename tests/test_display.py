"""Notebook display: short reprs, HTML and Markdown summaries, figures inline (sportsocial.display)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs
import pytest

import sportsocial as ss
from sportsocial.display import summary, to_html, to_markdown
from sportsocial.display.summaries import MAX_ROWS
from sportsocial.i18n import Text

from .conftest import EXAMPLES

ON = dt.date(2026, 11, 24)
LONGEST_REPR = 400


def _walk(obj: object, out: list[object]) -> None:
    if attrs.has(type(obj)) and not isinstance(obj, Text):
        out.append(obj)
        for field in attrs.fields(type(obj)):
            _walk(getattr(obj, field.name), out)
    elif isinstance(obj, tuple | list):
        for item in obj:
            _walk(item, out)


def _results(e: ss.Engagement, stuck: ss.Engagement) -> list[object]:
    cohort = ss.evaluate_cohort([EXAMPLES], on=ON)
    return [
        ss.check(e, on=ON),
        ss.check(stuck, on=ON),
        ss.status(stuck, on=ON),
        ss.agenda(stuck, on=ON),
        ss.alignment(e, on=ON),
        ss.network_metrics(e, on=ON),
        ss.timeline(e, end=ON),
        ss.who_pays_who_benefits(e, on=ON),
        ss.load_catalogue(),
        *ss.opportunities(stuck),
        ss.Methodology.default(),
        cohort,
        ss.sweep(cohort, parameter="min_shared_share", values=[0.25]),
        cohort.table(),
        ss.roadmap(stuck, on=ON),
        ss.what_if(stuck, "joint-body", on=ON),
    ]


def test_every_public_object_has_a_short_one_line_repr(
    roosendaal: ss.Engagement, bergen: ss.Engagement
) -> None:
    objects: list[object] = []
    for top in (roosendaal, *_results(roosendaal, bergen)):
        _walk(top, objects)
    assert len(objects) > 100
    long = [(type(o).__name__, len(repr(o))) for o in objects if len(repr(o)) > LONGEST_REPR]
    assert long == []
    assert all("\n" not in repr(o) for o in objects)
    e = roosendaal
    assert repr(e) == (
        f"<Engagement Roosendaal (GM1674), phase {e.phase} since {e.phase_since}: "
        f"{len(e.stakeholders)} stakeholders, {len(e.funding)} funding streams, "
        f"{len(e.plan.actions)} actions>"
    )


def test_compact_reprs_leave_out_defaults_and_show_enum_values() -> None:
    s = ss.Stakeholder(
        id="a", name="A", kind=ss.StakeholderKind.SPORTS_CLUB, level=ss.Level.EXECUTIVE
    )
    assert repr(s) == "Stakeholder(id='a', name='A', kind='sports-club', level='executive')"


RICH = (
    "Engagement",
    "Report",
    "Status",
    "Agenda",
    "Alignment",
    "NetworkMetrics",
    "Timeline",
    "Cohort",
    "Sweep",
)


def test_rich_displays_for_the_notebook_classes(
    roosendaal: ss.Engagement, bergen: ss.Engagement
) -> None:
    shown = [o for o in (roosendaal, *_results(roosendaal, bergen)) if type(o).__name__ in RICH]
    assert sorted({type(o).__name__ for o in shown}) == sorted(RICH)
    for obj in shown:
        html = obj._repr_html_()  # type: ignore[attr-defined]
        md = obj._repr_markdown_()  # type: ignore[attr-defined]
        assert html.startswith('<div class="sportsocial">') and html.endswith("</div>")
        assert html.count("<table") == html.count("</table>") >= 1
        assert md.strip()
    report = ss.check(bergen, on=ON)
    s = summary(report)
    assert (s.ok, s.verdict) == (False, "not ready")
    assert [row[0] for row in s.tables[0].rows] == [f.code for f in report.findings]
    assert "FIN101" in report._repr_markdown_() and "FIN101" in report._repr_html_()


def test_displays_speak_dutch_when_asked(
    bergen: ss.Engagement, monkeypatch: pytest.MonkeyPatch
) -> None:
    report = ss.check(bergen, on=ON)
    assert summary(report, "nl").verdict == "niet gereed"
    monkeypatch.setenv("SPORTSOCIAL_LANG", "nl")
    assert "niet gereed" in report._repr_html_()
    # numbers with the decimal sign of the language
    net = ss.network_metrics(bergen, on=ON)
    density = dict(summary(net, "nl").facts)["dichtheid"]
    assert density == f"{net.density:.2f}".replace(".", ",")
    assert dict(summary(net, "en").facts)["density"] == f"{net.density:.2f}"
    # an agenda is read in its own language
    assert summary(ss.agenda(bergen, on=ON, lang="en")).facts[1][0] == "gate"


def test_html_escapes_what_documents_say() -> None:
    e = ss.Engagement(
        municipality=ss.Municipality(name="<script>alert(1)</script>", cbs_code="GM0001")
    )
    html = to_html(e)
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "\\|" in to_markdown(
        ss.Engagement(municipality=ss.Municipality(name="A|B", cbs_code="GM0001"))
    )


def test_long_tables_are_cut_and_counted(roosendaal: ss.Engagement) -> None:
    ts = ss.timeline(roosendaal, "month", end=ON)
    assert len(ts) > MAX_ROWS
    table = summary(ts).tables[0]
    assert len(table.rows) == MAX_ROWS and table.more == len(ts) - MAX_ROWS
    assert table.rows[-1][0] == ON.isoformat()  # the latest rows are shown


def test_figures_show_inline_in_ipython_without_matplotlib_magic(roosendaal: ss.Engagement) -> None:
    pytest.importorskip("matplotlib")
    interactive = pytest.importorskip("IPython.core.interactiveshell")
    from matplotlib.figure import Figure

    shell = interactive.InteractiveShell.instance()
    try:
        png = shell.display_formatter.formatters["image/png"]
        png.pop(Figure, None)
        fig = ss.timeline(roosendaal, "quarter", end=ON).plot()
        data, _ = shell.display_formatter.format(fig)
        assert data["image/png"][:8] == b"\x89PNG\r\n\x1a\n"
        # a formatter the user registered stands
        mine: Any = lambda f: b"mine"  # noqa: E731
        png.for_type(Figure, mine)
        ss.timeline(roosendaal, "quarter", end=ON).plot()
        assert png.lookup_by_type(Figure) is mine
    finally:
        interactive.InteractiveShell.clear_instance()
