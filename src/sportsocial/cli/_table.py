"""One row per file: ``check``, ``status``, ``alignment`` and ``agenda`` over several documents.

A facilitator with a handful of engagements wants them side by side, not one
screen each. Each command says which columns its rows have and how to make the
row of a loaded document; :func:`several` loads every file, makes the rows and
writes them as a text or Markdown table (headers in the chosen language) or as
CSV or JSON (keys as the column names, values as the command's JSON gives
them). A file that cannot be loaded is a row with its problem codes (every
problem is also printed on standard error, with its location) and the run goes
on; the exit code is the worst of the files'.

Imported by a command when it runs (it imports the model and the reader).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Sequence
from typing import Any

import attrs

from ..errors import InvalidDocument, Problem
from ..i18n import Text, amount, number, percent, whole_number
from ..model import Engagement
from ._common import EXIT_INVALID, EXIT_OK, EXIT_USAGE, emit, emit_json, report_problems

__all__ = ["Column", "MakeRow", "several"]

#: How a column's values are shown in a table: as they are, a count, a figure, a share
#: (0..1, shown as a percentage), an amount of euros, or yes/no.
KINDS = ("text", "count", "number", "share", "amount", "yes-no")


@attrs.frozen
class Column:
    """A column: its key (CSV header, JSON key), its heading in a table, how values show."""

    key: str
    heading: Text
    kind: str = attrs.field(default="text", validator=attrs.validators.in_(KINDS))


#: What a command makes of a loaded document: its row (by column key) and the
#: exit code that file earns; ``None`` when the command line was wrong for it
#: (the command has said why), which ends the run with exit code 2.
MakeRow = Callable[[str, Engagement], "tuple[dict[str, Any], int] | None"]

FILE = Column("file", Text(en="file", nl="bestand"))
PROBLEMS = Column("problems", Text(en="problems", nl="problemen"))
_YES = Text(en="yes", nl="ja")
_NO = Text(en="no", nl="nee")


def several(
    files: Sequence[str], columns: Sequence[Column], make_row: MakeRow, fmt: str, lang: str
) -> int:
    """Load every file, make its row, write the table in ``fmt``; return the exit code.

    ``fmt``: ``text`` or ``markdown`` (a table with headings in ``lang``),
    ``csv`` or ``json`` (``{"files": [row, ...]}``); ``none``: no table (the
    command writes what ``make_row`` gathered).
    """
    from .. import methodology  # noqa: F401 - adds the methodology check to reading
    from ..io import load

    rows: list[dict[str, Any]] = []
    code = EXIT_OK
    for path in files:
        try:
            eng = load(path)
        except InvalidDocument as exc:
            report_problems(exc.problems, lang)
            rows.append({"file": path, "problems": list(exc.problems)})
            code = max(code, EXIT_INVALID)
            continue
        made = make_row(path, eng)
        if made is None:
            return EXIT_USAGE
        row, row_code = made
        rows.append({"file": path, **row, "problems": []})
        code = max(code, row_code)
    every = [FILE, *columns, PROBLEMS]
    if fmt == "none":  # the command writes its own output (SARIF: a run per file)
        pass
    elif fmt == "json":
        emit_json({"files": [_json_row(every, r) for r in rows]})
    elif fmt == "csv":
        emit(_csv(every, rows))
    elif fmt == "markdown":
        emit(_markdown(every, rows, lang))
    else:
        emit(_text(every, rows, lang))
    return code


def _codes(problems: list[Problem]) -> str:
    return " ".join(dict.fromkeys(p.code for p in problems))


def _json_row(columns: Sequence[Column], row: dict[str, Any]) -> dict[str, Any]:
    out = {c.key: row.get(c.key) for c in columns}
    out["problems"] = [p.to_dict() for p in row["problems"]]
    return out


def _csv(columns: Sequence[Column], rows: list[dict[str, Any]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow([c.key for c in columns])
    for row in rows:
        cells = {**row, "problems": _codes(row["problems"])}
        writer.writerow(["" if cells.get(c.key) is None else cells[c.key] for c in columns])
    return buffer.getvalue()


def _shown(column: Column, value: Any, lang: str) -> str:
    if value is None or value == []:
        return "-"
    if column.kind == "yes-no":
        return (_YES if value else _NO)(lang)
    if column.kind == "share":
        return percent(float(value), lang)
    if column.kind == "amount":
        return amount(float(value), lang)
    if column.kind == "number":
        return number(float(value), lang, 2)
    if column.kind == "count":
        return whole_number(float(value), lang)
    if isinstance(value, list):
        return _codes(value)
    return str(value)


def _cells(columns: Sequence[Column], rows: list[dict[str, Any]], lang: str) -> list[list[str]]:
    return [[_shown(c, row.get(c.key), lang) for c in columns] for row in rows]


def _text(columns: Sequence[Column], rows: list[dict[str, Any]], lang: str) -> str:
    table = [[c.heading(lang) for c in columns], *_cells(columns, rows, lang)]
    widths = [max(len(line[i]) for line in table) for i in range(len(columns))]
    right = [c.kind in ("count", "number", "share", "amount") for c in columns]
    lines = [
        "  ".join(
            cell.rjust(w) if r else cell.ljust(w)
            for cell, w, r in zip(line, widths, right, strict=True)
        ).rstrip()
        for line in table
    ]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def _markdown(columns: Sequence[Column], rows: list[dict[str, Any]], lang: str) -> str:
    def line(cells: Sequence[str]) -> str:
        return "| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |"

    out = [line([c.heading(lang) for c in columns]), "|" + "|".join("---" for _ in columns) + "|"]
    out += [line(cells) for cells in _cells(columns, rows, lang)]
    return "\n".join(out)
