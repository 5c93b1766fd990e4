"""Benchmark: loading a document against a hand-written pydantic model and the parse floor.

    python benchmarks/bench_load.py

Synthetic engagements (``_synthetic.py``) of 10, 100 and 1,000 stakeholders,
saved in the current document format, are read three ways, timed side by side
in one run:

* ``sportsocial.loads``: parse, guards, migration, schema, structure, references;
* the pydantic reference (``pydantic_reference.py``): the same format and checks
  written as a pydantic-v2 model, ``Engagement.model_validate_json(text)``;
* the parse floor: ``json.loads`` (YAML: PyYAML's C loader), nothing checked.

The target is at most 1.5 times the pydantic reference (JSON). Then a cohort of
342 documents (one per municipality, ``sportsocial.research.synthetic``) is loaded from
files, per document and against the floor (read and parse each file), and a
document with one problem shows what full diagnostics cost. Wall and CPU time,
the least of several runs taken in turns (each round runs every reader once,
so a busy spell slows them alike); ratios come from the same run. Never fails; CI does
not run it (``tests/test_benchmarks.py`` runs it on small sizes).
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Callable
from pathlib import Path

import pydantic_reference
from _synthetic import synthetic_text
from _timing import Timing, in_turns, ms

import sportsocial as ss

__all__ = ["SIZES", "TARGET", "main", "report"]

SIZES = (10, 100, 1000)
#: Load may cost at most this many times the pydantic reference.
TARGET = 1.5
COHORT = 342


def _yaml_floor() -> Callable[[str], object]:
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return lambda text: yaml.load(text, Loader=loader)


def side_by_side(repeats: int, *runs: Callable[[], object]) -> list[Timing]:
    """The least wall and CPU time of each of ``runs``, taking turns (:func:`in_turns`)."""
    return in_turns(repeats, runs)


def _ratio(a: Timing, b: Timing) -> str:
    r = a / b
    return f"{r.wall:6.2f} / {r.cpu:5.2f}"


def size_rows(sizes: tuple[int, ...], repeats: int) -> list[str]:
    """Per size: milliseconds of each reader and the ratios, JSON then YAML."""
    model = pydantic_reference.Engagement
    yaml_floor = _yaml_floor()
    lines = [
        f"Load of a synthetic engagement, best of {repeats}; milliseconds, wall / CPU",
        f"  {'stakeholders':<13}{'bytes':>9}{'sportsocial':>20}{'pydantic':>20}"
        f"{'parse floor':>20}{'vs pydantic':>16}{'vs floor':>16}",
    ]
    yaml_lines = [
        "YAML: sportsocial against the C loader alone (and pydantic on what it parsed)",
    ]
    for n in sizes:
        eng = ss.loads(synthetic_text(n), "json")
        text = ss.dumps(eng, "json")
        model.model_validate_json(text)  # the reference accepts the document
        ours, theirs, floor = side_by_side(
            repeats,
            lambda text=text: ss.loads(text, "json"),
            lambda text=text: model.model_validate_json(text),
            lambda text=text: json.loads(text),
        )
        lines.append(
            f"  {len(eng.stakeholders):<13}{len(text.encode()):>9}{ms(ours):>20}{ms(theirs):>20}"
            f"{ms(floor):>20}{_ratio(ours, theirs):>16}{_ratio(ours, floor):>16}"
        )
        ytext = ss.dumps(eng, "yaml")
        yours, ytheirs, yfloor = side_by_side(
            repeats,
            lambda ytext=ytext: ss.loads(ytext, "yaml"),
            lambda ytext=ytext: model.model_validate(yaml_floor(ytext)),
            lambda ytext=ytext: yaml_floor(ytext),
        )
        yaml_lines.append(
            f"  {len(eng.stakeholders):<13}{len(ytext.encode()):>9}{ms(yours):>20}"
            f"{ms(ytheirs):>20}{ms(yfloor):>20}{_ratio(yours, ytheirs):>16}"
            f"{_ratio(yours, yfloor):>16}"
        )
    lines.append(f"  (target: sportsocial at most {TARGET} x pydantic, JSON)")
    return [*lines, "", *yaml_lines]


def _broken(text: str) -> str:
    """``text`` with one problem: a relation to a stakeholder that does not exist."""
    data = json.loads(text)
    data["relations"][0]["target"] = "nobody"
    data["stakeholders"][1]["kind"] = "wizard"
    return json.dumps(data)


def problem_rows(n: int, repeats: int) -> list[str]:
    """A document with problems pays for full diagnostics: how much."""
    text = ss.dumps(ss.loads(synthetic_text(n), "json"), "json")
    broken = _broken(text)

    def refused() -> None:
        try:
            ss.loads(broken, "json")
        except ss.InvalidDocument:
            return
        raise AssertionError("the broken document loaded")

    valid, invalid = side_by_side(repeats, lambda: ss.loads(text, "json"), refused)
    return [
        f"A document with problems (n={n}: an unknown kind and a dangling reference) "
        f"gets full diagnostics: {ms(invalid)} ms against {ms(valid)} ms when valid "
        f"({_ratio(invalid, valid)})",
    ]


def cohort_rows(count: int, repeats: int) -> list[str]:
    """A cohort of ``count`` documents loaded from files, per document and against the floor."""
    from sportsocial.research.synthetic import iter_engagements

    with tempfile.TemporaryDirectory() as folder:
        paths = []
        for i, eng in enumerate(iter_engagements(count, 7)):
            path = Path(folder) / f"synthetic-{i:05d}.json"
            path.write_text(ss.dumps(eng), "utf-8")
            paths.append(path)
        size = sum(p.stat().st_size for p in paths)

        def floor() -> None:
            for p in paths:
                json.loads(p.read_text("utf-8"))

        def ours() -> None:
            for p in paths:
                ss.load(p)

        loaded, parsed = side_by_side(repeats, ours, floor)
    each = Timing(loaded.wall / count, loaded.cpu / count)
    floor_each = Timing(parsed.wall / count, parsed.cpu / count)
    return [
        f"Cohort of {count} documents ({size // count} bytes each on average), best of {repeats}",
        f"  load, per document {ms(each)} ms; read and parse only {ms(floor_each)} ms; "
        f"ratio {_ratio(loaded, parsed)}",
    ]


def report(sizes: tuple[int, ...] = SIZES, repeats: int = 7, cohort: int = COHORT) -> list[str]:
    """The lines of the load benchmark."""
    return [
        *size_rows(sizes, repeats),
        "",
        *problem_rows(sizes[-1], max(1, repeats // 2)),
        "",
        *cohort_rows(cohort, max(1, repeats // 3)),
    ]


def main() -> None:
    print("\n".join(report()))


if __name__ == "__main__":
    main()
