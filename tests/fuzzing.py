"""The fuzz suite: mutations of the shipped examples through every entry point.

A case takes one of the example documents (read from ``examples/`` when the
case runs, so the suite follows the examples as they change), mutates its data
(hostile values, deleted or duplicated parts, swapped references, deep
nesting, extreme dates), writes it as JSON or YAML, may mutate the text too
(flipped characters, truncation, YAML aliases, tags, duplicate lines), and
feeds it to one entry point:

* ``ss.loads`` (JSON or YAML) and ``ss.load`` (a file): the result is an
  engagement or :class:`~sportsocial.InvalidDocument`, nothing else; an
  engagement then goes through every analysis on ordinary and extreme dates,
  every export, and ``dumps``/``loads``, which must give it back unchanged;
* the command line, in-process (:func:`sportsocial.cli.main`): exit code 0, 1
  or 2, never 3 (an internal error) or an exception, and JSON output that a
  strict reader accepts.

``tests/test_fuzz.py`` runs a small, seeded budget with every test run;
``tools/fuzz.py`` runs a large one (see CONTRIBUTING.md).
"""

from __future__ import annotations

import contextlib
import copy
import datetime as dt
import functools
import io
import json
import math
import tempfile
from pathlib import Path
from typing import Any

import attrs
from hypothesis import strategies as st

import sportsocial as ss
from sportsocial.cli import main
from sportsocial.io import json_text
from sportsocial.io.formats import parse_text
from sportsocial.network import network_metrics, to_dot, to_graphml, to_mermaid, to_node_link
from sportsocial.roadmap import BeyondTheCalendar

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"

#: Counts of the cases run by entry point, for ``tools/fuzz.py``'s report.
COUNTS: dict[str, int] = {}


@attrs.frozen
class Seed:
    name: str
    text: str
    data: Any


@functools.cache
def seeds() -> tuple[Seed, ...]:
    """The examples as they are now, as text and as plain data."""
    out = []
    for path in sorted(EXAMPLES.glob("*.yaml")) + sorted(EXAMPLES.glob("*.json")):
        text = path.read_text(encoding="utf-8")
        data, problems = parse_text(text, "json" if path.suffix == ".json" else "yaml")
        assert not problems, (path, problems)
        out.append(Seed(path.name, text, data))
    assert out, "no examples to fuzz"
    return tuple(out)


def _deep(depth: int) -> Any:
    value: Any = "x"
    for _ in range(depth):
        value = [value]
    return value


HOSTILE: list[Any] = [
    math.nan,
    math.inf,
    -math.inf,
    1e308,
    -1e308,
    5e-324,
    10**30,
    2**53,
    -(2**53),
    2**53 - 1,
    -1,
    0,
    0.5,
    1_000_000_000_001,
    "",
    " ",
    "\ud800",
    "\x00",
    "a\x1bb",
    "\u202e\u200b",
    "\uffff",
    "x" * 3000,
    "9999-12-31",
    "0001-01-01",
    "2024-02-29",
    "2023-02-29",
    "10000-01-01",
    "2024-1-1",
    None,
    True,
    False,
    [],
    {},
    [None],
    {"": None},
    _deep(40),
    "ssnb",
    "five-step",
    "/dev/zero",
    "../outside.json",
    "methodology.json",
    "GM0000",
    "all",
    "__proto__",
]

#: Text inserted at a line start of the document.
SNIPPETS = [
    "x: &a [1, *a]\n",
    "y: &b {k: *b}\n",
    "? [1, 2]\n: x\n",
    "<<: {a: 1}\n",
    "z: !!binary aGVsbG8=\n",
    "z: !!set {a, b}\n",
    "z: !!timestamp 2024-01-01\n",
    "z: !!python/object/apply:os.system [echo]\n",
    "null: 1\n",
    "1: 1\n",
    "true: 1\n",
    "---\n",
    "...\n",
    "%YAML 1.1\n---\n",
    "\ufeff",
    "\t",
    "x: .nan\n",
    "x: -.inf\n",
    "x: 1.0e+999\n",
    'x: "\\ud800"\n',
    'x: "\\0"\n',
    '{"a": 1, "a": 2}\n',
    "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
    "a1: &a1 [*a0, *a0, *a0, *a0, *a0, *a0, *a0, *a0, *a0, *a0]\n"
    "a2: &a2 [*a1, *a1, *a1, *a1, *a1, *a1, *a1, *a1, *a1, *a1]\n"
    "a3: &a3 [*a2, *a2, *a2, *a2, *a2, *a2, *a2, *a2, *a2, *a2]\n"
    "a4: &a4 [*a3, *a3, *a3, *a3, *a3, *a3, *a3, *a3, *a3, *a3]\n"
    "a5: &a5 [*a4, *a4, *a4, *a4, *a4, *a4, *a4, *a4, *a4, *a4]\n",
    "[" * 2000,
]


def _slots(data: Any) -> list[tuple[Any, Any]]:
    """Every (container, key or index) in ``data``, containers first."""
    out: list[tuple[Any, Any]] = []
    stack = [data]
    while stack:
        value = stack.pop()
        if isinstance(value, dict):
            for k, v in value.items():
                out.append((value, k))
                stack.append(v)
        elif isinstance(value, list):
            for i, v in enumerate(value):
                out.append((value, i))
                stack.append(v)
    return out


def _values(data: Any) -> list[Any]:
    return [c[k] for c, k in _slots(data) if not isinstance(c[k], dict | list)]


def _mutate(draw: st.DrawFn, data: Any) -> Any:
    slots = _slots(data)
    if not slots:
        return data
    container, key = slots[draw(st.integers(0, len(slots) - 1))]
    op = draw(
        st.sampled_from(
            ["hostile", "swap", "delete", "duplicate", "unknown", "key", "nest", "date", "number"]
        )
    )
    if op == "hostile":
        container[key] = copy.deepcopy(draw(st.sampled_from(HOSTILE)))
    elif op == "swap":  # another value of the document: a dangling or wrong reference
        values = _values(data)
        if values:
            container[key] = draw(st.sampled_from(values))
    elif op == "delete":
        del container[key]
    elif op == "duplicate":
        if isinstance(container, list):
            container.append(copy.deepcopy(container[key]))
        else:
            container[f"{key}_"] = copy.deepcopy(container[key])
    elif op == "unknown" and isinstance(container, dict):
        container[draw(st.sampled_from(["extra", "id", "name", "period", "end"]))] = 1
    elif op == "key":  # a key that is not text (YAML writes it as such; JSON as text)
        target = container[key] if isinstance(container[key], dict) else container
        if isinstance(target, dict):
            target[draw(st.sampled_from([None, 1, True, 2.5, "\ud800", ""]))] = "x"
    elif op == "nest":
        container[key] = (
            _deep(draw(st.integers(1, 40))) if draw(st.booleans()) else [container[key]]
        )
    elif op == "date":
        day = draw(
            st.dates(min_value=dt.date.min, max_value=dt.date.max)
            | st.sampled_from([dt.date.min, dt.date.max, dt.date(2026, 3, 18)])
        )
        container[key] = day.isoformat()
    elif op == "number":
        container[key] = draw(
            st.integers(-(10**20), 10**20)
            | st.floats(allow_nan=True, allow_infinity=True)
            | st.sampled_from([0, 1, -1, 2**53])
        )
    return data


def _serialise(data: Any, fmt: str, draw: st.DrawFn) -> str:
    if fmt == "yaml":
        import yaml

        try:
            text: str = yaml.safe_dump(data, allow_unicode=draw(st.booleans()), sort_keys=False)
            return text
        except (yaml.YAMLError, ValueError, TypeError, UnicodeError):
            pass  # JSON is YAML too
    return json.dumps(
        data, ensure_ascii=draw(st.booleans()), indent=draw(st.sampled_from([None, 1]))
    )


def _mutate_text(draw: st.DrawFn, text: str) -> str:
    op = draw(st.sampled_from(["flip", "truncate", "snippet", "duplicate-line", "delete-line"]))
    if not text:
        return text
    at = draw(st.integers(0, len(text) - 1))
    if op == "flip":
        return text[:at] + draw(st.characters()) + text[at + 1 :]
    if op == "truncate":
        return text[:at]
    lines = text.splitlines(keepends=True)
    line = draw(st.integers(0, len(lines) - 1))
    if op == "snippet":  # indented like the line it goes before, so it often lands inside
        target = lines[line]
        indent = target[: len(target) - len(target.lstrip(" "))]
        snippet = draw(st.sampled_from(SNIPPETS))
        if draw(st.booleans()):
            snippet = "".join(indent + part for part in snippet.splitlines(keepends=True))
        return "".join([*lines[:line], snippet, *lines[line:]])
    if op == "duplicate-line":
        return "".join([*lines[: line + 1], lines[line], *lines[line + 1 :]])
    return "".join(lines[:line] + lines[line + 1 :])


@st.composite
def documents(draw: st.DrawFn) -> tuple[str, str]:
    """``(text, format)``: a mutated example."""
    seed = draw(st.sampled_from(seeds()))
    data = copy.deepcopy(seed.data)
    for _ in range(draw(st.integers(0, 3))):
        data = _mutate(draw, data)
    fmt = draw(st.sampled_from(["json", "yaml"]))
    if draw(st.integers(0, 9)) == 0 and fmt == "yaml":
        text = seed.text  # the example's own text, comments and all
    else:
        text = _serialise(data, fmt, draw)
    for _ in range(draw(st.integers(0, 3)) if draw(st.booleans()) else 0):
        text = _mutate_text(draw, text)
    return text, fmt


ON = [dt.date(2026, 3, 18), dt.date.min, dt.date.max]


def _strict_json(text: str) -> Any:
    def refuse(name: str) -> None:
        raise AssertionError(f"{name} in JSON output")

    return json.loads(text, parse_constant=refuse)


def exercise(eng: ss.Engagement, on: dt.date, base: str | None = None) -> None:
    """Every analysis and export on ``eng`` on ``on``: none may raise; JSON must be strict."""
    a = ss.alignment(eng, on=on)
    _strict_json(json_text(a.to_dict()))
    ss.who_pays_who_benefits(eng, on=on)
    report = ss.check(eng, "all", on=on, base=base)
    _strict_json(json_text(report.to_dict()))
    ss.status(eng, on=on, base=base)
    _strict_json(json_text(ss.agenda(eng, on=on, base=base, names="hide").to_dict()))
    ss.opportunities(eng, on=on)
    graph = ss.stakeholder_graph(eng, on=on, names="hide")
    _strict_json(json_text(network_metrics(graph).to_dict()))
    graph = ss.stakeholder_graph(eng)
    to_graphml(graph), to_mermaid(graph), to_dot(graph), json_text(to_node_link(graph))
    _strict_json(ss.timeline(eng, dates=ON).to_json())
    try:
        road = ss.roadmap(eng, on=on, base=base)
    except BeyondTheCalendar:
        assert on.year == dt.MAXYEAR  # only the end of the calendar leaves no room
    else:
        _strict_json(json_text(road.to_dict()))
        road.to_ics(), road.to_markdown()
    for fmt in ("json", "yaml"):
        again = ss.loads(ss.dumps(eng, fmt), fmt)  # type: ignore[arg-type]
        assert again == eng


def through_loads(text: str, fmt: str, on: dt.date) -> None:
    COUNTS[f"loads-{fmt}"] = COUNTS.get(f"loads-{fmt}", 0) + 1
    try:
        eng = ss.loads(text, fmt)  # type: ignore[arg-type]
    except ss.InvalidDocument as exc:
        problems = exc.problems
    else:
        exercise(eng, on)
        return
    assert problems and all(p.code and p.path.startswith("$") for p in problems)


def _write(folder: Path, text: str, suffix: str) -> Path:
    path = folder / f"doc{suffix}"
    path.write_bytes(text.encode("utf-8", "surrogatepass"))
    methodology = folder / "methodology.json"
    if not methodology.exists():
        shipped = ss.Methodology.default()
        from sportsocial.io.converter import converter

        methodology.write_text(json.dumps(converter().unstructure(shipped)), encoding="utf-8")
    return path


def through_load(text: str, suffix: str, on: dt.date) -> None:
    COUNTS["load"] = COUNTS.get("load", 0) + 1
    with tempfile.TemporaryDirectory() as folder:
        path = _write(Path(folder), text, suffix)
        try:
            eng = ss.load(path)
        except ss.InvalidDocument as exc:
            assert exc.problems, exc  # noqa: PT017 - every refusal names its problems
            return
        exercise(eng, on, base=folder)
        saved = ss.dump(eng, path, force=True, format="yaml" if suffix == "" else None)
        assert ss.load(path) == saved


COMMANDS: list[list[str]] = [
    ["validate"],
    ["validate", "--format", "json"],
    ["check"],
    ["check", "--gate", "all", "--format", "json"],
    ["check", "--gate", "all", "--format", "sarif"],
    ["check", "--format", "markdown", "--on", "9999-12-31"],
    ["status", "--on", "0001-01-01"],
    ["status", "--format", "json"],
    ["agenda", "--names", "hide"],
    ["agenda", "--format", "json", "--on", "9999-12-31"],
    ["alignment", "--format", "json", "--on", "9999-12-31"],
    ["alignment", "--lang", "nl"],
    ["timeline", "--dates", "0001-01-01,2026-03-18,9999-12-31", "--format", "json"],
    ["timeline", "--every", "year", "--start", "2024-01-01", "--end", "2027-12-31"],
    ["network", "--on", "2026-03-18"],
    ["network", "--format", "graphml", "--names", "hide"],
    ["network", "--format", "json"],
    ["network", "--format", "mermaid"],
    ["network", "--format", "dot", "--on", "9999-12-31"],
    ["network", "--format", "measures"],
    ["opportunities", "--format", "json"],
    ["opportunities", "--on", "0001-01-01"],
    ["advance", "--to", "baseline", "--decided-by", "college", "--dry-run"],
    ["roadmap"],
    ["roadmap", "--format", "json", "--lang", "nl", "--on", "0001-01-01"],
    ["roadmap", "--format", "ics", "--on", "9999-12-31"],
    ["roadmap", "--budget-route", "amendment", "--format", "markdown"],
    ["report", "--format", "markdown", "--names", "hide"],
    ["cohort", "--format", "json"],
    ["export", "--pseudonymize", "--salt-file", "{salt}", "--format", "json"],
    ["export", "--format", "yaml"],
]


def through_cli(text: str, suffix: str, command: list[str]) -> None:
    COUNTS["cli"] = COUNTS.get("cli", 0) + 1
    with tempfile.TemporaryDirectory() as folder:
        path = _write(Path(folder), text, suffix)
        salt = Path(folder) / "salt.txt"
        salt.write_bytes(b"fuzzing-salt-of-32-bytes-or-more!")
        args = [str(salt) if a == "{salt}" else a for a in command[1:]]
        # streams that encode like a terminal's: strict UTF-8
        out = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", errors="strict")
        err = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", errors="strict")
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = main([command[0], str(path), *args])
        out.flush()
        err.flush()
        printed = out.buffer.getvalue().decode("utf-8")  # type: ignore[attr-defined]
        errors = err.buffer.getvalue().decode("utf-8")  # type: ignore[attr-defined]
    assert code in (0, 1, 2), (command, code, errors)
    assert "Traceback" not in errors
    shows_json = any(word in command for word in ("json", "sarif", "measures"))
    if code in (0, 1) and shows_json and printed.strip():
        _strict_json(printed)


suffixes = st.sampled_from([".json", ".yaml", ".yml", ""])
dates = st.sampled_from(ON) | st.dates(min_value=dt.date(2015, 1, 1), max_value=dt.date(2035, 1, 1))
commands = st.sampled_from(COMMANDS)


def through_loads_case(document: tuple[str, str], on: dt.date) -> None:
    """One case of ``ss.loads``: a mutated document in its format, a date to analyse."""
    through_loads(document[0], document[1], on)


def through_load_case(document: tuple[str, str], suffix: str, on: dt.date) -> None:
    """One case of ``ss.load``: the document as a file with ``suffix``."""
    through_load(document[0], suffix, on)


def through_cli_case(document: tuple[str, str], suffix: str, command: list[str]) -> None:
    """One case of the command line: ``command`` on the document as a file."""
    through_cli(document[0], suffix, command)
