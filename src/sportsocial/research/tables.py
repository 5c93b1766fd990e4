"""Tidy tables: one place where every result of the package becomes rows and columns.

Each result (a readiness :class:`~sportsocial.Report`, an
:class:`~sportsocial.Alignment`, :class:`~sportsocial.NetworkMetrics`, a
:class:`~sportsocial.Timeline`, a cohort) is turned into a :class:`Table`
here, and only here: the result classes carry a thin ``to_dataframe()`` that
calls :func:`table`. A table is plain records with typed columns, so it works
without pandas (``to_records``, ``to_csv``) and becomes a DataFrame with
stable dtypes (``to_dataframe``, the ``analysis`` extra) or a Parquet file
(``write_parquet``, needs pyarrow) when those are installed.

Tidy means one row per observation and one column per variable (Wickham
2014): a finding, an engagement on a date, a stakeholder.

References
----------
Wickham, H. (2014). Tidy data. *Journal of Statistical Software*, 59(10).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, TypeAlias

import attrs

from ..errors import MissingExtra
from ..i18n import Text
from ..io.document import write_atomic

if TYPE_CHECKING:
    import pandas as pd

    from ..alignment import Alignment, Timeline
    from ..network import NetworkMetrics
    from ..readiness import Report

__all__ = [
    "ALIGNMENT_COLUMNS",
    "FINDING_COLUMNS",
    "NETWORK_COLUMNS",
    "STAKEHOLDER_COLUMNS",
    "TIMELINE_COLUMNS",
    "Cell",
    "Column",
    "Kind",
    "Record",
    "Table",
    "alignment_record",
    "alignment_table",
    "finding_records",
    "network_record",
    "network_table",
    "number",
    "report_table",
    "timeline_table",
]

#: What a column holds.
Kind: TypeAlias = Literal["str", "int", "float", "bool", "date"]
#: One value of a table; ``None`` is a missing value.
Cell: TypeAlias = str | int | float | bool | dt.date | None
#: One row: column name to value.
Record: TypeAlias = dict[str, Cell]
#: A column: its name and what it holds.
Column: TypeAlias = tuple[str, Kind]

# pandas dtypes by kind: nullable ones, so a missing int stays an int column.
_PANDAS = {"str": "string", "int": "Int64", "float": "Float64", "bool": "boolean"}


def _records(rows: Iterable[Record]) -> tuple[Record, ...]:
    return tuple(rows)


def number(cell: Cell) -> float:
    """A numeric cell as a float; ``TypeError`` for text, a date or a missing value."""
    if isinstance(cell, int | float):
        return float(cell)
    raise TypeError(f"not a number: {cell!r}")


def _missing(package: str, what: Text) -> MissingExtra:
    return MissingExtra("analysis", package, what)


@attrs.frozen
class Table:
    """Rows with named, typed columns; the shape every tidy table of the package takes.

    Parameters
    ----------
    columns:
        ``(name, kind)`` pairs in order; kind is ``str``, ``int``, ``float``,
        ``bool`` or ``date``.
    records:
        One mapping per row; a key left out is a missing value.
    index:
        Column a DataFrame is indexed by (``None``: a plain range).

    Examples
    --------
    >>> t = Table((("name", "str"), ("n", "int")), ({"name": "a", "n": 1}, {"name": "b"}))
    >>> t.to_csv().splitlines()
    ['name,n', 'a,1', 'b,']
    >>> len(t), t.column_names
    (2, ('name', 'n'))
    """

    columns: tuple[Column, ...]
    records: tuple[Record, ...] = attrs.field(converter=_records)
    index: str | None = None

    @property
    def column_names(self) -> tuple[str, ...]:
        """The names of the columns, in order."""
        return tuple(name for name, _ in self.columns)

    def __len__(self) -> int:
        return len(self.records)

    def __repr__(self) -> str:
        return f"<Table: {len(self.records)} rows × {len(self.columns)} columns>"

    def to_records(self) -> list[Record]:
        """Plain rows, every column present (missing values as ``None``); no extra needed."""
        names = self.column_names
        return [{name: r.get(name) for name in names} for r in self.records]

    def to_csv(self) -> str:
        """CSV with a header line; dates as ISO strings, missing values as empty cells."""
        out = io.StringIO()
        write_csv(out, self.columns, self.records, header=True)
        return out.getvalue()

    def to_json(self) -> str:
        """A JSON array of rows (dates as ISO strings, missing values as ``null``)."""
        return json.dumps([_jsonable(r) for r in self.to_records()], ensure_ascii=False, indent=2)

    def to_dataframe(self) -> pd.DataFrame:
        """The table as a pandas DataFrame with nullable dtypes (needs the ``analysis`` extra).

        Dates become ``datetime64`` columns; ints, floats, booleans and
        strings pandas' nullable ``Int64``, ``Float64``, ``boolean`` and
        ``string`` dtypes, so a missing value never turns a column into floats
        or objects.
        """
        try:
            import pandas as pd
        except ImportError:
            raise _missing(
                "pandas", Text(en="A table as a DataFrame", nl="Een tabel als DataFrame")
            ) from None
        names = list(self.column_names)
        frame = pd.DataFrame.from_records(self.to_records(), columns=names)
        for name, kind in self.columns:
            if kind == "date":
                frame[name] = pd.to_datetime(frame[name])
            else:
                frame[name] = frame[name].astype(_PANDAS[kind])
        return frame.set_index(self.index) if self.index else frame

    def write_parquet(self, path: str | os.PathLike[str]) -> None:
        """Write the table to a Parquet file, atomically (needs pyarrow; pandas is not needed)."""
        write_atomic(path, parquet_bytes(self.columns, [self.records]))


def _jsonable(record: Mapping[str, Cell]) -> dict[str, Any]:
    return {k: v.isoformat() if isinstance(v, dt.date) else v for k, v in record.items()}


def write_csv(
    stream: io.TextIOBase | Any,
    columns: Sequence[Column],
    records: Iterable[Record],
    *,
    header: bool,
) -> None:
    """Write ``records`` as CSV rows to ``stream`` (a header first when asked)."""
    names = [name for name, _ in columns]
    writer = csv.DictWriter(stream, fieldnames=names, lineterminator="\n", extrasaction="ignore")
    if header:
        writer.writeheader()
    for r in records:
        writer.writerow({k: _csv_cell(r.get(k)) for k in names})


def _csv_cell(value: Cell) -> Cell:
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def _arrow() -> Any:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise MissingExtra(
            "parquet", "pyarrow", Text(en="Writing Parquet", nl="Parquet schrijven")
        ) from None
    return pa, pq


def parquet_bytes(columns: Sequence[Column], batches: Iterable[Iterable[Record]]) -> bytes:
    """A Parquet file of ``batches`` of records, one row group per non-empty batch.

    The schema comes from ``columns`` (strings, 64-bit ints and floats,
    booleans, 32-bit dates), so an empty table or a column of missing values
    keeps its type.
    """
    pa, pq = _arrow()
    types = {
        "str": pa.string(),
        "int": pa.int64(),
        "float": pa.float64(),
        "bool": pa.bool_(),
        "date": pa.date32(),
    }
    schema = pa.schema([(name, types[kind]) for name, kind in columns])
    names = [name for name, _ in columns]
    buffer = pa.BufferOutputStream()
    with pq.ParquetWriter(buffer, schema) as writer:
        for batch in batches:
            rows = list(batch)
            data = {name: [r.get(name) for r in rows] for name in names}
            writer.write_table(pa.Table.from_pydict(data, schema=schema))
    return bytes(buffer.getvalue().to_pybytes())


# -- readiness -----------------------------------------------------------------

#: Columns of a table of findings (one row per finding).
FINDING_COLUMNS: tuple[Column, ...] = (
    ("municipality", "str"),
    ("on", "date"),
    ("gate", "str"),
    ("code", "str"),
    ("name", "str"),
    ("severity", "str"),
    ("family", "str"),
    ("dimension", "str"),
    ("level", "str"),
    ("path", "str"),
    ("ids", "str"),
    ("waived", "bool"),
)


def finding_records(report: Report) -> list[Record]:
    """One record per finding of ``report`` (columns :data:`FINDING_COLUMNS`, no message)."""
    return [
        {
            "municipality": report.municipality,
            "on": report.on,
            "gate": report.gate,
            "code": f.code,
            "name": f.name,
            "severity": f.severity.value,
            "family": f.family.value,
            "dimension": f.dimension.value,
            "level": f.level.value if f.level else None,
            "path": f.path,
            "ids": ",".join(f.ids),
            "waived": f.waived is not None,
        }
        for f in report.findings
    ]


def report_table(report: Report, lang: str = "en") -> Table:
    """Findings of a report, one row each, with the message and remedy in ``lang``."""
    columns = (*FINDING_COLUMNS, ("message", "str"), ("remedy", "str"))
    records = [
        {**r, "message": f.message(lang), "remedy": f.remedy(lang)}
        for r, f in zip(finding_records(report), report.findings, strict=True)
    ]
    return Table(columns, records)


# -- alignment -----------------------------------------------------------------

#: Columns of an alignment record (one engagement on one date).
ALIGNMENT_COLUMNS: tuple[Column, ...] = (
    ("municipality", "str"),
    ("on", "date"),
    ("phase", "str"),
    ("index", "float"),
    ("shared_funding", "float"),
    ("structural_funding", "float"),
    ("domain_balance", "float"),
    ("joint_control", "float"),
    ("vertical_continuity", "float"),
    ("plan_coverage", "float"),
    ("total_per_year", "float"),
    ("pooled_share", "float"),
    ("aligned_share", "float"),
    ("siloed_share", "float"),
    ("shared_share", "float"),
    ("structural_share", "float"),
    ("contributing_domains", "int"),
    ("domain_hhi", "float"),
    ("plan_cost_coverage", "float"),
    ("incidental_dependence", "float"),
    ("runway_months", "float"),
    ("joint_decision_bodies", "int"),
    ("joint_controlled_share", "float"),
    ("vertical_continuity_share", "float"),
    ("civil_society_share", "float"),
)


def alignment_record(a: Alignment) -> Record:
    """The figures of one alignment as one record (columns :data:`ALIGNMENT_COLUMNS`).

    ``index`` and the six columns after it are the alignment index and its
    parts (:data:`~sportsocial.alignment.INDEX_PARTS`, undefined parts as 0);
    the rest are the funding and governance figures as defined there, with
    undefined figures missing. ``plan_coverage`` is the index part (cost-weighted
    when costs are known).
    """
    f, g = a.funding, a.governance
    return {
        "municipality": a.municipality,
        "on": a.on,
        "phase": a.phase,
        "index": a.index,
        **{name: float(value) for name, value in a.index_parts.items()},
        "total_per_year": f.total_per_year,
        "pooled_share": f.pooled_share,
        "aligned_share": f.aligned_share,
        "siloed_share": f.siloed_share,
        "shared_share": f.shared_share,
        "structural_share": f.structural_share,
        "contributing_domains": f.contributing_domains,
        "domain_hhi": f.domain_hhi,
        "plan_cost_coverage": f.plan_cost_coverage,
        "incidental_dependence": f.incidental_dependence,
        "runway_months": f.runway_months,
        "joint_decision_bodies": len(g.joint_decision_bodies),
        "joint_controlled_share": g.joint_controlled_share,
        "vertical_continuity_share": g.vertical_continuity_share,
        "civil_society_share": g.civil_society_share,
    }


def alignment_table(a: Alignment) -> Table:
    """One alignment as a one-row table."""
    return Table(ALIGNMENT_COLUMNS, [alignment_record(a)])


# -- network -------------------------------------------------------------------

#: Columns of a network summary record (one engagement on one date).
NETWORK_COLUMNS: tuple[Column, ...] = (
    ("stakeholders", "int"),
    ("ties", "int"),
    ("density", "float"),
    ("degree_centralization", "float"),
    ("ei_index", "float"),
    ("brokers", "int"),
    ("single_points_of_failure", "int"),
    ("isolates", "int"),
    ("components", "int"),
    ("cross_level_ties", "int"),
    ("unlinked_executive", "int"),
)


def network_record(m: NetworkMetrics) -> Record:
    """The network-wide measures as one record (columns :data:`NETWORK_COLUMNS`).

    Lists (brokers, single points of failure, isolates, components,
    executive-level stakeholders without an official-level tie) are counted.
    """
    return {
        "stakeholders": m.stakeholders,
        "ties": m.ties,
        "density": m.density,
        "degree_centralization": m.degree_centralization,
        "ei_index": m.ei_index,
        "brokers": len(m.brokers),
        "single_points_of_failure": len(m.single_points_of_failure),
        "isolates": len(m.isolates),
        "components": len(m.components),
        "cross_level_ties": m.cross_level_ties,
        "unlinked_executive": len(m.unlinked_executive),
    }


#: Columns of a table of stakeholders in a network (one row per stakeholder).
STAKEHOLDER_COLUMNS: tuple[Column, ...] = (
    ("stakeholder", "str"),
    ("betweenness", "float"),
    ("broker", "bool"),
    ("single_point_of_failure", "bool"),
    ("isolate", "bool"),
    ("component", "int"),
    ("unlinked_executive", "bool"),
)


def network_table(m: NetworkMetrics) -> Table:
    """One row per stakeholder: betweenness and the roles it plays in the network.

    ``component`` numbers the connected components from 0, largest first
    (as in :attr:`~sportsocial.NetworkMetrics.components`).
    """
    component = {node: i for i, nodes in enumerate(m.components) for node in nodes}
    spof, isolates, unlinked = (
        set(m.single_points_of_failure),
        set(m.isolates),
        set(m.unlinked_executive),
    )
    records: list[Record] = [
        {
            "stakeholder": node,
            "betweenness": value,
            "broker": value > 0,
            "single_point_of_failure": node in spof,
            "isolate": node in isolates,
            "component": component.get(node),
            "unlinked_executive": node in unlinked,
        }
        for node, value in m.betweenness
    ]
    return Table(STAKEHOLDER_COLUMNS, records, index="stakeholder")


# -- timeline ------------------------------------------------------------------

#: Columns of a timeline (one row per date), as in its CSV.
TIMELINE_COLUMNS: tuple[Column, ...] = (
    ("on", "date"),
    ("phase", "str"),
    ("total_per_year", "float"),
    ("pooled", "float"),
    ("aligned", "float"),
    ("siloed", "float"),
    ("shared_share", "float"),
    ("structural_share", "float"),
    ("domain_hhi", "float"),
    ("contributing_domains", "int"),
    ("plan_coverage", "float"),
    ("runway_months", "float"),
    ("joint_controlled_share", "float"),
    ("vertical_continuity_share", "float"),
    ("index", "float"),
)


def timeline_table(ts: Timeline) -> Table:
    """The rows of a timeline, indexed by date."""
    names = [name for name, _ in TIMELINE_COLUMNS]
    records: list[Record] = [{name: getattr(row, name) for name in names} for row in ts.rows]
    return Table(TIMELINE_COLUMNS, records, index="on")


def table(result: Report | Alignment | NetworkMetrics | Timeline) -> Table:
    """The tidy table of any result of the package (see the module's docstring)."""
    from ..alignment import Alignment, Timeline
    from ..network import NetworkMetrics
    from ..readiness import Report

    if isinstance(result, Report):
        return report_table(result)
    if isinstance(result, Alignment):
        return alignment_table(result)
    if isinstance(result, NetworkMetrics):
        return network_table(result)
    if isinstance(result, Timeline):
        return timeline_table(result)
    raise TypeError(f"no table for {type(result).__name__}")
