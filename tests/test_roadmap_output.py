"""The roadmap's outputs: iCalendar to RFC 5545, and the ``roadmap`` command."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import attrs
import icalendar
import pytest

import sportsocial as ss
from sportsocial.roadmap import roadmap
from sportsocial.roadmap.ics import escape_text, fold

from .cli_helpers import run
from .conftest import EXAMPLES

D = dt.date
BERGEN = str(EXAMPLES / "bergen-op-zoom-stuck.yaml")
DECEMBER = D(2026, 12, 2)


@pytest.fixture(scope="module")
def plan() -> ss.Roadmap:
    return roadmap(ss.load(BERGEN), on=DECEMBER)


def _events(text: str) -> list[icalendar.Event]:
    cal = icalendar.Calendar.from_ical(text)
    return list(cal.walk("VEVENT"))


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_ics_parses_with_one_event_per_step(plan: ss.Roadmap, lang: str) -> None:
    text = plan.to_ics(lang)
    events = _events(text)
    assert len(events) == len(plan.steps)
    assert len({str(e["UID"]) for e in events}) == len(events)
    for event, step in zip(events, plan.steps, strict=True):
        assert event.decoded("DTSTART") == step.earliest
        assert event.decoded("DTEND") == step.earliest + dt.timedelta(days=1)
        assert str(event["SUMMARY"]) == step.title(lang)
        assert step.why(lang) in str(event["DESCRIPTION"])
        assert event.decoded("DTSTAMP") == dt.datetime(2026, 12, 2, tzinfo=dt.UTC)
        assert str(event["STATUS"]) == "TENTATIVE"
    cal = icalendar.Calendar.from_ical(text)
    assert str(cal["VERSION"]) == "2.0" and str(cal["PRODID"]).startswith("-//sportsocial//")


def test_ics_lines_end_in_crlf_and_fold_at_75_octets(plan: ss.Roadmap) -> None:
    raw = plan.to_ics("nl").encode("utf-8")
    assert raw.endswith(b"END:VCALENDAR\r\n")
    assert b"\n" not in raw.replace(b"\r\n", b"")
    lines = raw.split(b"\r\n")[:-1]
    assert max(len(line) for line in lines) <= 75
    assert any(line.startswith(b" ") for line in lines)  # long descriptions are folded
    for line in lines:
        line.decode("utf-8")  # never folded inside a character


def test_ics_escapes_text_and_keeps_multibyte_characters_whole(plan: ss.Roadmap) -> None:
    step = attrs.evolve(
        plan.steps[0],
        title=ss.Text(en="Café; één, twee\\drie", nl="Zoë; één, twee" + "é" * 60),
    )
    odd = attrs.evolve(plan, municipality="Súdwest-Fryslân", steps=(step,))
    text = odd.to_ics("nl")
    assert "SUMMARY:Zoë\\; één\\, twee" in text.replace("\r\n ", "")
    (event,) = _events(text)
    assert str(event["SUMMARY"]) == step.title("nl")
    assert "sudwest-fryslan@roadmap.sportsocial" in str(event["UID"])
    assert escape_text("a\\b;c,d\ne") == "a\\\\b\\;c\\,d\\ne"
    folded = fold("DESCRIPTION:" + "ë" * 100).encode("utf-8").split(b"\r\n")[:-1]
    assert all(len(line) <= 75 for line in folded)
    assert b"".join(line[1:] if i else line for i, line in enumerate(folded)).decode() == (
        "DESCRIPTION:" + "ë" * 100
    )


def test_ics_uids_stay_when_the_roadmap_is_planned_again(plan: ss.Roadmap) -> None:
    later = roadmap(ss.load(BERGEN), on=D(2027, 1, 4))
    before = {str(e["UID"]) for e in _events(plan.to_ics())}
    after = {str(e["UID"]) for e in _events(later.to_ics())}
    assert "budget.bergen-op-zoom@roadmap.sportsocial" in before & after
    stamped = plan.to_ics(stamp=dt.datetime(2026, 12, 2, 9, 30, tzinfo=dt.UTC))
    assert "DTSTAMP:20261202T093000Z" in stamped


# -- the command ------------------------------------------------------------------------


def test_cli_roadmap_in_dutch(capsys: pytest.CaptureFixture[str]) -> None:
    r = run(capsys, "roadmap", BERGEN, "--on", "2026-12-02", "--lang", "nl")
    assert r.code == 0
    assert "Vroegste kick-off: 18 november 2027" in r.out
    assert "Plan een begrotingswijziging" in r.out


def test_cli_roadmap_formats(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    r = run(capsys, "roadmap", BERGEN, "--on", "2026-12-02", "--format", "json")
    data = json.loads(r.out)
    assert data["earliest_kickoff"]["date"] == "2027-11-18"
    assert data["steps"][0]["title"]["en"]
    r = run(capsys, "roadmap", BERGEN, "--on", "2026-12-02", "--format", "json", "--lang-only")
    assert isinstance(json.loads(r.out)["steps"][0]["title"], str)
    r = run(
        capsys,
        "roadmap",
        BERGEN,
        "--on",
        "2026-12-02",
        "--format",
        "markdown",
        "--budget-route",
        "amendment",
    )
    assert r.code == 0 and r.out.startswith("# Bergen op Zoom") and "18 March 2027" in r.out
    target = tmp_path / "bergen.ics"
    r = run(capsys, "roadmap", BERGEN, "--on", "2026-12-02", "--format", "ics", "-o", str(target))
    assert r.code == 0 and str(target) in r.err
    assert len(_events(target.read_text(encoding="utf-8"))) == 16
    assert target.read_bytes().count(b"\r\n") > 16


def test_cli_roadmap_assumes_steps_taken(capsys: pytest.CaptureFixture[str]) -> None:
    argv = ("roadmap", BERGEN, "--on", "2026-12-02", "--budget-route", "amendment")
    r = run(capsys, *argv, "--assume", "GOV101,GOV102", "--assume", "GOV104")
    assert r.code == 0
    assert r.out.splitlines()[0].endswith("18 March 2027 → 18 February 2027 (28 days earlier)")
    r = run(capsys, *argv, "--assume", "joint-body", "--format", "json")
    assert json.loads(r.out)["what_if"]["applied"] == ["joint-body"]
    r = run(capsys, *argv, "--assume", "pool", "--lang", "nl")
    assert r.code == 1 and "joint-body" in r.err and "stuurgroep" in r.err


def test_cli_roadmap_takes_the_municipality_s_calendar(capsys: pytest.CaptureFixture[str]) -> None:
    argv = ("roadmap", BERGEN, "--on", "2026-12-02", "--budget-route", "amendment")
    r = run(capsys, *argv, "--council-meetings", "2027-03-25,2027-11-11", "--format", "json")
    data = json.loads(r.out)
    budget = next(s for s in data["steps"] if s["id"] == "budget")
    # ready on 2 Mar (the steering group on 19 Jan + 42): its own first meeting after that
    assert budget["earliest"] == "2027-03-25"
    assert data["earliest_kickoff"]["date"] == "2027-04-08"
    r = run(capsys, "roadmap", BERGEN, "--on", "2026-12-02", "--kadernota-month", "11")
    assert r.code == 0  # a kadernota month after the begroting: no kadernota meeting then


@pytest.mark.parametrize(
    "bad",
    [
        ("--council-months", "1,13"),
        ("--council-months", "x"),
        ("--kadernota-month", "3,4"),
        ("--recess", "07-15"),
        ("--council-meetings", "2027-02-30"),
        ("--budget-route", "soon"),
        ("--format", "pdf"),
    ],
)
def test_cli_roadmap_bad_options_are_usage_errors_in_the_language_asked(
    capsys: pytest.CaptureFixture[str], bad: tuple[str, str]
) -> None:
    english = run(capsys, "roadmap", BERGEN, *bad)
    dutch = run(capsys, "--lang", "nl", "roadmap", BERGEN, *bad)
    assert english.code == dutch.code == 2
    # argparse's words and ours: each in its own language, the same value named
    assert english.err != dutch.err and " / " not in english.err + dutch.err
    assert bad[1] in english.err and bad[1] in dutch.err


def test_cli_roadmap_of_a_broken_document(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text("schema_version: 2\nmunicipality: {name: X}\n", encoding="utf-8")
    r = run(capsys, "roadmap", str(broken))
    assert r.code == 1 and "SCH" in r.err and "Traceback" not in r.err
