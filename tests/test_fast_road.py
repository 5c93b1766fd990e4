"""The fast road of a valid JSON engagement (``io/fast_load.py``): every valid document
takes it, and it never accepts what the careful road refuses — repeated keys however
they are written, colons in texts, numbers out of range, limits of any size."""

from __future__ import annotations

import copy
import json
from typing import Any

import attrs
import pytest
from hypothesis import given, note
from hypothesis import strategies as st

import sportsocial as ss
from sportsocial.io import document
from sportsocial.io.converter import _sets_fields_only
from sportsocial.io.fast_load import fast_engagement
from sportsocial.io.limits import DEFAULT_LIMITS, Limits
from sportsocial.io.schema import engagement_schema
from sportsocial.io.schema_bounds import schema_bounds

from .conftest import EXAMPLES
from .strategies import engagements

Path = tuple[str | int, ...]


def _outcome(text: str, limits: Limits = DEFAULT_LIMITS) -> tuple[str, Any]:
    try:
        engagement = ss.loads(text, limits=limits)
    except ss.InvalidDocument as exc:
        return "refused", sorted((p.code, p.path) for p in exc.problems)
    return "loaded", (engagement, engagement.revision)


def _careful_outcome(text: str, limits: Limits = DEFAULT_LIMITS) -> tuple[str, Any]:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(document, "fast_engagement", lambda text, limits, checks: None)
        patch.setattr(document, "schema_accepts", lambda data, schema: False)
        return _outcome(text, limits)


def _string(value: str, escape_colons: bool) -> str:
    written = json.dumps(value)
    return written.replace(":", "\\u003a") if escape_colons else written


def _text(value: Any, repeat: Path | None, escape_colons: bool, here: Path = ()) -> str:
    """``value`` as JSON; the mapping at ``repeat`` writes its first key twice (with the
    same value, so the parsed data cannot show it) and colons in texts may be escaped."""
    if isinstance(value, dict):
        items = [
            f"{_string(k, escape_colons)}: {_text(v, repeat, escape_colons, (*here, k))}"
            for k, v in value.items()
        ]
        if repeat == here and value:
            key, first = next(iter(value.items()))
            items.insert(0, f"{json.dumps(key)}: {_text(first, None, escape_colons)}")
        return "{" + ", ".join(items) + "}"
    if isinstance(value, list):
        inner = (_text(v, repeat, escape_colons, (*here, i)) for i, v in enumerate(value))
        return "[" + ", ".join(inner) + "]"
    if isinstance(value, str):
        return _string(value, escape_colons)
    return json.dumps(value)


def _mappings(data: Any, here: Path = ()) -> list[Path]:
    found = [here] if isinstance(data, dict) else []
    items = (
        data.items()
        if isinstance(data, dict)
        else enumerate(data)
        if isinstance(data, list)
        else ()
    )
    for key, value in items:
        found.extend(_mappings(value, (*here, key)))
    return found


@given(engagements())
def test_every_valid_document_takes_the_fast_road(engagement: ss.Engagement) -> None:
    text = ss.dumps(engagement, "json")
    fast = fast_engagement(text, Limits(), document.CHECKS)
    assert fast is not None
    assert _outcome(text) == _careful_outcome(text)


def test_the_shipped_examples_take_the_fast_road_as_json() -> None:
    paths = sorted(EXAMPLES.glob("*.yaml"))
    assert paths
    for path in paths:
        text = ss.dumps(ss.load(path), "json")
        assert fast_engagement(text, Limits(), document.CHECKS) is not None, path.name


@given(engagements(), st.data())
def test_a_repeated_key_is_refused_however_the_text_is_written(
    engagement: ss.Engagement, data: st.DataObject
) -> None:
    """A key written twice with the same value leaves the parsed data as if it were
    written once; colons in texts, escaped or not, and the digest's own colon must not
    hide it from the count of keys."""
    plain = json.loads(ss.dumps(engagement, "json"))
    if data.draw(st.booleans()) and plain.get("stakeholders"):
        plain["stakeholders"][0]["name"] = "Sport: [en] bewegen"
    repeat = data.draw(st.sampled_from([None, *_mappings(plain)]))
    escape = data.draw(st.booleans())
    note(f"repeat {repeat}, escaped colons {escape}")
    text = _text(plain, repeat, escape)
    outcome = _outcome(text)
    assert outcome == _careful_outcome(text)
    if repeat is not None and _at(plain, repeat):
        assert outcome[0] == "refused"
        assert "DOC013" in [code for code, _ in outcome[1]]


def _at(data: Any, path: Path) -> Any:
    for key in path:
        data = data[key]
    return data


def test_an_escaped_colon_in_the_digest_cannot_hide_a_repeated_key() -> None:
    """The digest's colon is subtracted from the colons of the text only when no colon
    is written as an escape: here it is, and a key is repeated."""
    text = ss.dumps(ss.load(EXAMPLES / "etten-leur-baseline.yaml"), "json")
    data = json.loads(text)
    assert data["revision"].startswith("sha256:")
    written = _text(data, ("municipality",), escape_colons=True)
    # the trap: less the digest's colon, the text writes as many colons as the data holds keys
    held = sum(len(m) for m in _all_mappings(data))
    assert written.count(":") - data["revision"].count(":") == held
    outcome = _outcome(written)
    assert outcome[0] == "refused" and "DOC013" in [code for code, _ in outcome[1]]


def _all_mappings(data: Any) -> list[dict[str, Any]]:
    return [_at(data, path) for path in _mappings(data)]


@pytest.mark.parametrize(
    "number",
    [
        "1e5",
        "1E5",
        "2.5e-3",
        "1e400",
        "1e17",
        "-2.5E20",
        "-1e400",
        "12345678901234567",
        "9007199254740993",
        "-9007199254740992",
        "9007199254740991",
        "NaN",
        "-Infinity",
        "1.5",
        "0.1234567890123456789",
    ],
)
@pytest.mark.parametrize("field", ["baseline", "population"])
def test_numbers_are_judged_alike_on_both_roads(number: str, field: str) -> None:
    base = json.loads(ss.dumps(ss.load(EXAMPLES / "roosendaal-kickoff.yaml"), "json"))
    marker = "__NUMBER__"
    if field == "population":
        base["municipality"]["population"] = marker
    else:
        indicators = [i for g in base["goals"] for i in g.get("indicators", [])]
        indicators[0]["baseline"] = marker
    text = json.dumps(base).replace(json.dumps(marker), number)
    assert _outcome(text) == _careful_outcome(text)


@given(
    engagements(),
    st.sampled_from(
        [
            Limits(max_depth=3),
            Limits(max_depth=5),
            Limits(max_items=2),
            Limits(max_values=40),
            Limits(max_items=25),
            Limits(max_bytes=500),
        ]
    ),
)
def test_the_fast_road_keeps_to_the_limits(engagement: ss.Engagement, limits: Limits) -> None:
    text = ss.dumps(engagement, "json")
    assert _outcome(text, limits) == _careful_outcome(text, limits)


@pytest.mark.parametrize("bracket_in_a_name", [False, True])
@pytest.mark.parametrize("stakeholders", [24, 25, 26])
def test_a_long_list_is_refused_on_both_roads(stakeholders: int, bracket_in_a_name: bool) -> None:
    """The lists the builders read stand for a walk only when they are all the lists
    the text opens; a ``[`` in a text sends the fast road to the walk."""
    data = {
        "schema_version": 2,
        "municipality": {"name": "X", "cbs_code": "GM0001"},
        "stakeholders": [
            {
                "id": f"p{i}",
                "name": f"Partner [{i}]" if bracket_in_a_name else "Partner",
                "kind": "sports-club",
                "level": "executive",
            }
            for i in range(stakeholders)
        ],
    }
    text = json.dumps(data)
    limits = Limits(max_items=25)
    outcome = _outcome(text, limits)
    assert outcome == _careful_outcome(text, limits)
    codes = [code for code, _ in outcome[1]] if outcome[0] == "refused" else []
    assert ("DOC011" in codes) == (stakeholders > 25)
    if stakeholders <= 25:  # the fast road took it, by the lists read or by the walk
        assert outcome[0] == "loaded"
        assert fast_engagement(text, limits, document.CHECKS) is not None


def test_an_older_version_is_migrated_on_the_careful_road() -> None:
    older = {
        "schema_version": 1,
        "municipality": {"name": "X", "cbs_code": "GM0001"},
    }
    text = json.dumps(older)
    assert fast_engagement(text, Limits(), document.CHECKS) is None
    assert _outcome(text)[0] == _careful_outcome(text)[0]


# --- what the schema bounds -------------------------------------------------------------


def _closed(**properties: Any) -> dict[str, Any]:
    return {"type": "object", "additionalProperties": False, "properties": properties}


@pytest.mark.parametrize(
    ("schema", "depth", "widest"),
    [
        (_closed(), 1, 0),
        (_closed(a={"type": "string"}, b={"type": "integer"}), 1, 2),
        (_closed(a={"type": "array", "items": _closed(b={"type": "string"})}), 3, 1),
        (_closed(a={"enum": ["x", "y"]}, b={"const": [[1]]}), 3, 2),
        (_closed(a={"anyOf": [{"type": "string"}, _closed(c={"type": "null"})]}), 2, 1),
        ({"type": "object"}, None, 0),
        (_closed(a={"type": "object", "additionalProperties": {"type": "string"}}), None, 1),
        (_closed(a={"type": "array"}), None, 1),
        (_closed(a={"type": "array", "prefixItems": [{"type": "string"}]}), None, 1),
        (_closed(a={}), None, 1),
        (_closed(a=True), None, 1),
        (_closed(a={"if": {"type": "string"}, "then": {"type": "string"}}), None, 1),
        (
            {
                "$defs": {"Node": _closed(child={"$ref": "#/$defs/Node"})},
                "$ref": "#/$defs/Node",
            },
            None,
            1,
        ),
        ({"$ref": "https://example.org/other.json"}, None, 0),
        (
            {
                "$defs": {"Leaf": _closed(x={"type": "number"})},
                **_closed(
                    a={"$ref": "#/$defs/Leaf"},
                    b={"type": "array", "items": {"$ref": "#/$defs/Leaf"}},
                ),
            },
            3,
            2,
        ),
    ],
)
def test_schema_bounds(schema: dict[str, Any], depth: int | None, widest: int) -> None:
    bounds = schema_bounds(schema)
    assert bounds.depth == depth
    if depth is not None:
        assert bounds.widest == widest


def test_the_engagement_schema_bounds_nesting_within_the_default_limits() -> None:
    """Else every valid document pays for a walk over its data."""
    bounds = schema_bounds(engagement_schema())
    assert bounds.depth is not None and bounds.depth <= Limits().max_depth
    assert bounds.widest <= Limits().max_items


# --- builders that store in the slots ----------------------------------------------------


@attrs.frozen
class _Plain:
    a: int
    b: str = "x"


@attrs.frozen
class _Validated:
    a: int = attrs.field(validator=attrs.validators.instance_of(int))


@attrs.frozen
class _Hooked:
    a: int

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "a", self.a + 1)


@attrs.frozen
class _Hidden:
    a: int
    b: int = attrs.field(init=False, default=0)


@attrs.frozen(slots=False)
class _Dict:
    a: int


@attrs.frozen(cache_hash=True)
class _CachedHash:
    a: int


class _HandWritten:
    __slots__ = ("a",)

    def __init__(self, a: int) -> None:
        self.a = a


@pytest.mark.parametrize(
    ("cls", "direct"),
    [
        (_Plain, True),
        (_Validated, False),
        (_Hooked, False),
        (_Hidden, False),
        (_Dict, False),
        (_CachedHash, False),
        (_HandWritten, False),
    ],
)
def test_only_classes_whose_init_just_stores_are_built_in_their_slots(
    cls: type, direct: bool
) -> None:
    assert _sets_fields_only(cls) is direct


def test_every_class_of_the_model_is_built_in_its_slots() -> None:
    """The speed of the fast road rests on it; a hook added to a class sends it through
    ``__init__`` (still right, slower): this test says so."""
    from sportsocial.io.converter import _Builders

    builders = _Builders()
    builders.build(ss.Engagement)
    slow = [cls.__name__ for cls in builders.functions if not _sets_fields_only(cls)]
    assert slow == []


def test_the_examples_build_alike_through_the_slots_and_through_init() -> None:
    from sportsocial.io.converter import structure_accepted, structure_engagement

    for path in sorted(EXAMPLES.glob("*.yaml")):
        data = json.loads(ss.dumps(ss.load(path), "json"))
        data.pop("revision")
        fast, full = structure_accepted(copy.deepcopy(data)), structure_engagement(data)
        assert fast == full, path.name
