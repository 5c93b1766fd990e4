"""Every date from 0001-01-01 to 9999-12-31 works in every analysis and command."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

import pytest

import sportsocial as ss
from sportsocial._dates import add_days, month_end
from sportsocial.alignment import runway_months
from sportsocial.alignment.timeline import timeline_dates
from sportsocial.network import network_metrics
from sportsocial.roadmap import BeyondTheCalendar

from .cli_helpers import run
from .conftest import EXAMPLES

FIRST, LAST = dt.date.min, dt.date.max
_DATE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")


def example_data(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(ss.dumps(ss.load(EXAMPLES / name)))
    data.pop("revision", None)
    return data


def every_date(data: Any, day: str) -> Any:
    """``data`` with every date replaced by ``day``."""
    if isinstance(data, dict):
        return {k: every_date(v, day) for k, v in data.items()}
    if isinstance(data, list):
        return [every_date(v, day) for v in data]
    if isinstance(data, str) and _DATE.match(data):
        return day
    return data


def open_to_the_end(data: Any) -> Any:
    """``data`` with every period ending on 9999-12-31."""
    if isinstance(data, dict):
        out = {k: open_to_the_end(v) for k, v in data.items()}
        if "start" in out and "end" in out:
            out["end"] = LAST.isoformat()
        return out
    if isinstance(data, list):
        return [open_to_the_end(v) for v in data]
    return data


def variants() -> list[tuple[str, str, dict[str, Any]]]:
    out = []
    for path in sorted(EXAMPLES.glob("*.yaml")):
        data = example_data(path.name)
        out.append((path.stem, "first-day", every_date(data, FIRST.isoformat())))
        out.append((path.stem, "last-day", every_date(data, LAST.isoformat())))
        ends = open_to_the_end(data)
        if ends.get("funding"):
            # an open-ended stream that begins on the last day, after one ending then
            extra = every_date(ends["funding"][0], LAST.isoformat())
            extra["id"] = "after-the-end"
            extra["period"] = {"start": LAST.isoformat()}
            ends["funding"].append(extra)
        out.append((path.stem, "ending-last-day", ends))
    return out


VARIANTS = variants()


@pytest.mark.parametrize(
    ("name", "kind", "data"), VARIANTS, ids=[f"{n}-{k}" for n, k, _ in VARIANTS]
)
@pytest.mark.parametrize("on", [FIRST, LAST], ids=["on-first", "on-last"])
def test_analyses_on_extreme_dates(name: str, kind: str, data: dict[str, Any], on: dt.date) -> None:
    eng = ss.loads(json.dumps(data))
    a = ss.alignment(eng, on=on)
    json.loads(ss.io.json_text(a.to_dict()), parse_constant=pytest.fail)
    ss.who_pays_who_benefits(eng, on=on)
    ss.timeline(eng, dates=[FIRST, on, LAST])
    ss.timeline(eng, "year", start=dt.date(9990, 5, 5), end=LAST)
    ss.check(eng, "all", on=on)
    ss.status(eng, on=on)
    ss.agenda(eng, on=on)
    ss.opportunities(eng, on=on)
    network_metrics(ss.stakeholder_graph(eng, on=on))
    try:
        road = ss.roadmap(eng, on=on)
    except BeyondTheCalendar:
        road = None
    assert road is not None or on.year == 9999  # only the end of the calendar has no room
    if road is None:  # the report stands without its road (the rest is checked above)
        page = ss.report(eng, on=on)
        assert page.roadmap is None
        page.to_markdown()


COMMANDS = [
    ["alignment"],
    ["alignment", "--format", "json"],
    ["check"],
    ["check", "--gate", "all", "--format", "sarif"],
    ["status"],
    ["agenda"],
    ["opportunities"],
    ["network"],
    ["network", "--format", "json"],
    ["roadmap"],
    ["roadmap", "--format", "ics"],
]


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
@pytest.mark.parametrize("on", [FIRST, LAST], ids=["on-first", "on-last"])
def test_commands_on_extreme_dates(
    command: list[str], on: dt.date, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for name, kind, data in VARIANTS:
        path = tmp_path / f"{name}-{kind}.json"
        path.write_text(json.dumps(data), encoding="utf-8")
        result = run(capsys, *command, str(path), "--on", on.isoformat())
        assert result.code in (0, 1), (name, kind, result.err)
        assert "Traceback" not in result.err


@pytest.mark.parametrize(
    "span",
    [("9999-01-01", "9999-12-31"), ("0001-01-01", "0001-12-31"), ("9999-12-31", "9999-12-31")],
)
@pytest.mark.parametrize("every", ["month", "quarter", "year"])
def test_timeline_command_at_the_ends_of_the_calendar(
    span: tuple[str, str], every: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = str(EXAMPLES / "roosendaal-kickoff.yaml")
    result = run(capsys, "timeline", path, "--start", span[0], "--end", span[1], "--every", every)
    assert result.code == 0, result.err
    assert result.out.strip().splitlines()[-1].startswith(span[1])


def test_timeline_dates_stop_at_the_last_day() -> None:
    assert timeline_dates(dt.date(9999, 10, 2), LAST, "quarter") == (LAST,)
    assert timeline_dates(dt.date(9999, 11, 2), LAST, "month") == (dt.date(9999, 11, 30), LAST)
    assert timeline_dates(FIRST, dt.date(1, 2, 1), "month") == (
        dt.date(1, 1, 31),
        dt.date(1, 2, 1),
    )


def test_runway_runs_to_the_last_day_and_past_it() -> None:
    def stream(ident: str, start: dt.date, end: dt.date | None) -> ss.FundingStream:
        return ss.FundingStream(
            id=ident,
            name=ident,
            domain=ss.Domain.SPORT,
            amount_per_year=1,
            period=ss.Period(start=start, end=end),
            nature=ss.FundingNature.STRUCTURAL,
            integration=ss.FundingIntegration.SILOED,
            committed=FIRST,
        )

    on = dt.date(9999, 12, 1)
    ending = stream("a", dt.date(2024, 1, 1), LAST)
    assert runway_months([ending], on) == pytest.approx(31 / (365.25 / 12))
    assert runway_months([ending, stream("b", LAST, None)], on) is None
    assert runway_months([stream("c", FIRST, FIRST)], FIRST) == pytest.approx(1 / (365.25 / 12))


@pytest.mark.parametrize(
    ("day", "days", "expected"),
    [
        (LAST, 1, LAST),
        (LAST, 10**9, LAST),
        (FIRST, -1, FIRST),
        (FIRST, -(10**9), FIRST),
        (dt.date(2024, 12, 31), 1, dt.date(2025, 1, 1)),
        (LAST, -1, dt.date(9999, 12, 30)),
    ],
)
def test_add_days_saturates(day: dt.date, days: int, expected: dt.date) -> None:
    assert add_days(day, days) == expected


def test_month_end() -> None:
    assert [month_end(2023, m).day for m in (1, 2, 4, 12)] == [31, 28, 30, 31]
    assert month_end(9999, 12) == LAST
    assert month_end(10_000, 1) == LAST


@pytest.mark.parametrize(
    "days",
    [[FIRST, dt.date(2025, 1, 1), LAST], [LAST], [FIRST], [dt.date(9999, 1, 1), LAST]],
    ids=["whole-calendar", "last-day", "first-day", "last-year"],
)
def test_timeline_pictures_at_the_ends_of_the_calendar(days: list[dt.date], tmp_path: Path) -> None:
    pytest.importorskip("matplotlib")
    eng = ss.load(EXAMPLES / "roosendaal-kickoff.yaml")
    ss.timeline(eng, dates=days).plot(tmp_path / "t.png")
    assert (tmp_path / "t.png").stat().st_size > 0


def test_a_road_that_would_pass_the_last_day_is_refused_with_a_message(
    capsys: pytest.CaptureFixture[str],
) -> None:
    eng = ss.load(EXAMPLES / "bergen-op-zoom-stuck.yaml")
    with pytest.raises(BeyondTheCalendar) as refused:
        ss.roadmap(eng, on=dt.date(9999, 12, 1))
    assert "9999" in refused.value.message("nl")
    assert ss.report(eng, on=dt.date(9999, 12, 1)).roadmap is None
    # half a year earlier the road still fits
    assert ss.roadmap(eng, on=dt.date(9999, 6, 1)).earliest_kickoff.date.year == 9999
    path = str(EXAMPLES / "bergen-op-zoom-stuck.yaml")
    result = run(capsys, "roadmap", path, "--on", "9999-12-01")
    assert result.code == 1 and "Traceback" not in result.err
    result = run(capsys, "report", path, "--on", "9999-12-01", "--format", "markdown")
    assert result.code == 0 and "Traceback" not in result.err


def test_the_calendar_reaches_the_last_month_of_9999() -> None:
    import attrs

    from sportsocial.roadmap import MunicipalCalendar
    from sportsocial.roadmap.calendar import _nth_weekday

    assert _nth_weekday(9999, 12, 3, -1) == dt.date(9999, 12, 30)  # the last Thursday
    last_thursdays = attrs.evolve(MunicipalCalendar.default(), council_week=-1)
    eng = ss.load(EXAMPLES / "bergen-op-zoom-stuck.yaml")
    assert ss.roadmap(eng, on=dt.date(9999, 6, 1), calendar=last_thursdays).steps
    with pytest.raises(BeyondTheCalendar):
        MunicipalCalendar.default().next_college_meeting(LAST)
