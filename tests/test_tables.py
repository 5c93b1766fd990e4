"""Tidy tables: one module builds them, every result exposes them (sportsocial.research.tables)."""

from __future__ import annotations

import builtins
import csv
import datetime as dt
import io
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import sportsocial as ss
from sportsocial.research.tables import (
    ALIGNMENT_COLUMNS,
    FINDING_COLUMNS,
    TIMELINE_COLUMNS,
    Table,
    table,
)

ON = dt.date(2026, 11, 24)
COLUMNS = (("name", "str"), ("n", "int"), ("x", "float"), ("ok", "bool"), ("on", "date"))
RECORDS = (
    {"name": "a", "n": 1, "x": 0.5, "ok": True, "on": dt.date(2026, 1, 1)},
    {"name": "b"},
)


def test_records_csv_and_json_need_no_extra() -> None:
    t = Table(COLUMNS, RECORDS)  # type: ignore[arg-type]
    assert t.to_records()[1] == {"name": "b", "n": None, "x": None, "ok": None, "on": None}
    rows = list(csv.reader(io.StringIO(t.to_csv())))
    assert rows == [
        ["name", "n", "x", "ok", "on"],
        ["a", "1", "0.5", "True", "2026-01-01"],
        ["b", "", "", "", ""],
    ]
    assert json.loads(t.to_json())[0]["on"] == "2026-01-01"
    assert repr(t) == "<Table: 2 rows × 5 columns>"


def test_frames_keep_their_types_with_missing_values() -> None:
    pd = pytest.importorskip("pandas")
    frame = Table(COLUMNS, RECORDS).to_dataframe()  # type: ignore[arg-type]
    assert [str(d) for d in frame.dtypes][:4] == ["string", "Int64", "Float64", "boolean"]
    assert pd.api.types.is_datetime64_dtype(frame["on"])
    assert frame["n"].isna().tolist() == [False, True]
    empty = Table(COLUMNS, ()).to_dataframe()  # type: ignore[arg-type]
    assert list(empty.columns) == [c for c, _ in COLUMNS] and str(empty["n"].dtype) == "Int64"


def test_parquet_round_trip_keeps_types(tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    out = tmp_path / "t.parquet"
    Table(COLUMNS, RECORDS).write_parquet(out)  # type: ignore[arg-type]
    back = pq.read_table(out)
    assert [str(f.type) for f in back.schema] == [
        "string",
        "int64",
        "double",
        "bool",
        "date32[day]",
    ]
    assert back.to_pylist()[0]["on"] == dt.date(2026, 1, 1)
    assert back.to_pylist()[1]["n"] is None


def test_without_pandas_a_frame_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    real = builtins.__import__

    def no_pandas(name: str, *args: Any, **kwargs: Any) -> Any:
        if name == "pandas" or name.startswith("pandas."):
            raise ImportError(name)
        return real(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_pandas)
    with pytest.raises(ss.MissingExtra) as caught:
        Table(COLUMNS, RECORDS).to_dataframe()  # type: ignore[arg-type]
    assert (caught.value.extra, caught.value.package) == ("analysis", "pandas")
    assert Table(COLUMNS, RECORDS).to_records()[0]["n"] == 1  # type: ignore[arg-type]


def test_every_result_has_a_tidy_table(roosendaal: ss.Engagement, bergen: ss.Engagement) -> None:
    pytest.importorskip("pandas")
    report = ss.check(bergen, on=ON)
    frame = report.to_dataframe(lang="nl")
    assert list(frame["code"]) == [f.code for f in report.findings]
    assert frame["message"].iloc[0] == report.findings[0].message("nl")
    assert list(frame.columns)[: len(FINDING_COLUMNS)] == [c for c, _ in FINDING_COLUMNS]

    a = ss.alignment(roosendaal, on=ON)
    row = a.to_dataframe().iloc[0]
    assert list(a.to_dataframe().columns) == [c for c, _ in ALIGNMENT_COLUMNS]
    assert row["index"] == pytest.approx(a.index)
    assert row["shared_share"] == a.funding.shared_share
    assert row["joint_decision_bodies"] == len(a.governance.joint_decision_bodies)

    net = ss.network_metrics(bergen, on=ON)
    people = net.to_dataframe()
    assert len(people) == net.stakeholders
    assert sorted(people.index[people["isolate"]]) == list(net.isolates)
    assert sorted(people.index[people["broker"]]) == sorted(net.brokers)

    ts = ss.timeline(roosendaal, "quarter", end=ON)
    frame = ts.to_dataframe()
    assert list(frame.columns) == [c for c, _ in TIMELINE_COLUMNS][1:]
    assert frame["index"].iloc[-1] == pytest.approx(ts.rows[-1].index)
    assert len(table(ts)) == len(ts)
    with pytest.raises(TypeError, match="no table"):
        table(roosendaal)  # type: ignore[arg-type]


_CELLS = {
    "str": st.none() | st.text(max_size=20),
    "int": st.none() | st.integers(-(2**62), 2**62),
    "float": st.none() | st.floats(allow_nan=False, allow_infinity=False),
    "bool": st.none() | st.booleans(),
    "date": st.none() | st.dates(),
}


@given(
    rows=st.lists(st.fixed_dictionaries({name: _CELLS[kind] for name, kind in COLUMNS}), max_size=8)
)
def test_parquet_round_trips_any_table(rows: list[dict[str, Any]]) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    import pyarrow as pa

    t = Table(COLUMNS, rows)  # type: ignore[arg-type]
    from sportsocial.research.tables import parquet_bytes

    back = pq.read_table(pa.BufferReader(parquet_bytes(t.columns, [t.records]))).to_pylist()
    assert back == t.to_records()
