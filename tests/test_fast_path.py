"""The fast path of loading accepts and refuses exactly what the JSON Schema does.

Valid documents are checked by a compiled validator (``schema_accepts``) and
never meet the full ``jsonschema`` check, which stays the contract and gives
the diagnostics. These tests hold the two to each other in both directions:
valid documents from the model's strategy, and the same documents broken in
every way a mutation can think of (wrong types, unknown and missing fields,
values outside an enumeration, a pattern, a range or the calendar, repeats in
a list that must not repeat, a final newline).
"""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest
from hypothesis import given, note
from hypothesis import strategies as st

import sportsocial as ss
from sportsocial.io import document, formats
from sportsocial.io.converter import structure_accepted, structure_engagement
from sportsocial.io.formats import parse_text
from sportsocial.io.guards import check_tree
from sportsocial.io.limits import Limits
from sportsocial.io.schema import engagement_schema
from sportsocial.io.schema_check import check_schema, schema_accepts

from .conftest import EXAMPLES
from .strategies import engagements

Path = tuple[str | int, ...]

#: Replacement values a mutation writes over a value: each breaks some rule somewhere.
ODD_VALUES: list[Any] = [
    None,
    True,
    0,
    -1,
    1.5,
    10**13,
    "",
    "x",
    "not an id!",
    "2024-02-30",
    "0000-01-01",
    "2024-1-1",
    "wizard",
    [],
    ["x", "x"],
    {},
    {"unknown": 1},
]


def _document(engagement: ss.Engagement) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(ss.dumps(engagement))
    return data


def _paths(data: Any, here: Path = ()) -> list[Path]:
    """Every path to a value inside ``data`` (the root left out)."""
    out: list[Path] = []
    if not isinstance(data, dict | list):
        return out
    items = data.items() if isinstance(data, dict) else enumerate(data)
    for key, value in items:
        out.append((*here, key))
        out.extend(_paths(value, (*here, key)))
    return out


def _parent(data: Any, path: Path) -> Any:
    for key in path[:-1]:
        data = data[key]
    return data


@st.composite
def mutated(draw: st.DrawFn) -> dict[str, Any]:
    """A valid document with one to three changes, most of which break it."""
    data = copy.deepcopy(_document(draw(engagements())))
    for _ in range(draw(st.integers(1, 3))):
        paths = _paths(data)
        if not paths:
            break
        path = draw(st.sampled_from(paths))
        parent, key = _parent(data, path), path[-1]
        how = draw(st.sampled_from(["replace", "delete", "add", "newline", "repeat"]))
        if how == "replace":
            parent[key] = draw(st.sampled_from(ODD_VALUES))
        elif how == "delete":
            del parent[key]
        elif how == "add" and isinstance(parent, dict):
            parent[draw(st.sampled_from(["extra", "id", "period", "end", "from"]))] = draw(
                st.sampled_from(ODD_VALUES)
            )
        elif how == "newline" and isinstance(parent[key], str):
            parent[key] += "\n"
        elif how == "repeat" and isinstance(parent[key], list) and parent[key]:
            parent[key].append(copy.deepcopy(parent[key][0]))
        note(f"{how} at {path}")
    return data


def _full_accepts(data: dict[str, Any]) -> bool:
    return not check_schema(data, engagement_schema())


@given(engagements())
def test_both_accept_every_valid_document(engagement: ss.Engagement) -> None:
    data = _document(engagement)
    assert _full_accepts(data)
    assert schema_accepts(data, engagement_schema())
    # The fast builder makes what the detailed converter makes, down to int or float.
    assert repr(structure_accepted(data)) == repr(structure_engagement(data))


@given(mutated())
def test_both_refuse_the_same_broken_documents(data: dict[str, Any]) -> None:
    if check_tree(data):  # refused before either looks: not their question
        return
    assert schema_accepts(data, engagement_schema()) == _full_accepts(data)


def _outcome(text: str) -> tuple[str, Any]:
    try:
        engagement = ss.loads(text)
    except ss.InvalidDocument as exc:
        return "refused", sorted((p.code, p.path) for p in exc.problems)
    return "loaded", (engagement, engagement.revision)


def _careful(patch: pytest.MonkeyPatch) -> None:
    """Every load in ``patch``'s context takes the careful road only."""
    patch.setattr(document, "fast_engagement", lambda text, limits, checks: None)
    patch.setattr(document, "schema_accepts", lambda data, schema: False)


def _careful_outcome(text: str) -> tuple[str, Any]:
    with pytest.MonkeyPatch.context() as patch:
        _careful(patch)
        return _outcome(text)


@given(mutated())
def test_loading_with_and_without_the_fast_path_agrees(data: dict[str, Any]) -> None:
    text = json.dumps(data, ensure_ascii=False)
    assert _outcome(text) == _careful_outcome(text)


@pytest.mark.parametrize(
    ("path", "value", "code"),
    [
        (("stakeholders", 0, "id"), "ab\n", "SCH106"),  # ECMA: $ is the end of the text
        (("stakeholders", 0, "kind"), "wizard", "SCH105"),
        (("municipality", "population"), 1.5, "SCH103"),
        (("relations", 0, "period", "start"), "0000-01-01", "SCH107"),
        (("relations", 0, "extra"), 1, "SCH102"),
    ],
)
def test_a_refused_document_gets_the_full_diagnostics(
    minimal_with_relation: dict[str, Any], path: Path, value: Any, code: str
) -> None:
    data = copy.deepcopy(minimal_with_relation)
    _parent(data, path)[path[-1]] = value
    assert not schema_accepts(data, engagement_schema())
    with pytest.raises(ss.InvalidDocument) as info:
        ss.loads(json.dumps(data))
    codes = [p.code for p in info.value.problems]
    # the schema problem, and (one pass) what the reference checks find in the rest: the
    # relation that named the stakeholder by its old id now names no one
    assert codes[0] == code and set(codes[1:]) <= {"REF201"}


@pytest.fixture
def minimal_with_relation() -> dict[str, Any]:
    return {
        "schema_version": 2,
        "municipality": {"name": "X", "cbs_code": "GM0001", "population": 1000},
        "stakeholders": [
            {"id": "a", "name": "A", "kind": "sports-club", "level": "executive"},
            {"id": "b", "name": "B", "kind": "college", "level": "administrative"},
        ],
        "relations": [
            {"source": "a", "target": "b", "kind": "advises", "period": {"start": "2024-01-01"}}
        ],
    }


@given(
    st.from_regex(r"\A[0-9]{4}-[0-9]{2}-[0-9]{2}\n?\Z")
    | st.builds(
        "{:04d}-{:02d}-{:02d}".format, st.integers(0, 9999), st.integers(0, 13), st.integers(0, 32)
    )
    | st.text(alphabet="0123456789-+W ", max_size=12)
)
def test_both_read_dates_alike(text: str) -> None:
    schema = {"type": "string", "format": "date"}
    assert schema_accepts(text, schema) == (check_schema(text, schema) == [])


def _json_texts() -> st.SearchStrategy[str]:
    """JSON texts, some with what the guards refuse: duplicate keys, control characters
    and surrogates (escaped or not), NaN, huge numbers, deep nesting, many values."""
    odd_text = st.sampled_from(
        ["a", "é", "\\u0000", "\\b", "\\ud800", "\\uFFFE", "\\\\u0000", 'say \\"x\\":', "2e5"]
    )
    atoms = st.one_of(
        st.sampled_from(["null", "true", "false", "NaN", "-Infinity", "1e400", "1E5"]),
        st.integers(-(2**60), 2**60).map(str),
        st.floats(allow_nan=False, allow_infinity=False).map(repr),
        odd_text.map(lambda s: f'"{s}"'),
    )

    def containers(inner: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
        keys = st.sampled_from(["a", "b", "é", "a\\u0000", "c:d"])
        pairs = st.lists(st.tuples(keys, inner), max_size=4)
        return st.lists(inner, max_size=4).map(lambda xs: "[" + ", ".join(xs) + "]") | pairs.map(
            lambda ps: "{" + ", ".join(f'"{k}": {v}' for k, v in ps) + "}"
        )

    return st.recursive(atoms, containers, max_leaves=30)


@given(_json_texts(), st.sampled_from([Limits(), Limits(max_depth=3, max_items=3)]))
def test_plain_json_parsing_finds_what_the_guards_find(text: str, limits: Limits) -> None:
    """The scans that let a JSON text skip the guards never let through what they refuse."""
    fast = parse_text(text, "json", limits=limits)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(formats, "_plain_json", lambda text, limits: None)
        careful = parse_text(text, "json", limits=limits)
    assert [(p.code, p.path) for p in fast[1]] == [(p.code, p.path) for p in careful[1]]
    assert json.dumps(fast[0]) == json.dumps(careful[0])


def test_yaml_is_read_by_libyaml_where_installed() -> None:
    yaml = pytest.importorskip("yaml")
    if not yaml.__with_libyaml__:
        pytest.skip("PyYAML without libyaml")
    assert issubclass(formats._yaml_loader(yaml), yaml.CSafeLoader)


def test_a_current_document_is_not_copied_to_migrate() -> None:
    from sportsocial.io.migrations import migrate

    data = {"schema_version": 2, "municipality": {"name": "X", "cbs_code": "GM0001"}}
    assert migrate(data)[0] is data


def test_revision_is_computed_on_first_read_and_kept(
    minimal_with_relation: dict[str, Any],
) -> None:
    from sportsocial.io import content_digest

    engagement = ss.loads(json.dumps(minimal_with_relation))
    first = engagement.revision
    assert first == content_digest(engagement)
    assert engagement.revision is first  # kept, not computed again
    assert ss.loads(ss.dumps(engagement)).revision == first  # equal content, equal digest


def test_a_whole_number_written_with_a_point_is_an_integer_on_both_paths() -> None:
    """JSON Schema's integer admits 45000.0; the engagement holds 45000 either way, so its
    digest, its export and the cohort's tables do not depend on the path it took."""
    data = json.loads(ss.dumps(ss.load(EXAMPLES / "etten-leur-baseline.yaml")))
    data.pop("revision")
    data["municipality"]["population"] = 45000.0
    assert schema_accepts(data, engagement_schema())
    fast, full = structure_accepted(data), structure_engagement(data)
    assert type(fast.municipality.population) is int and repr(fast) == repr(full)
    text = json.dumps(data)
    with pytest.MonkeyPatch.context() as patch:
        _careful(patch)
        slow = ss.loads(text)
    assert ss.loads(text).revision == slow.revision
