"""Hostile text gives problem codes, never an exception of another kind.

Every test feeds text (JSON or YAML) and asserts codes and paths, so the tests
hold whichever YAML library reads the text.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path
from typing import Any

import pytest

import sportsocial as ss
from sportsocial.io import DEFAULT_LIMITS, Limits, engagement_from_data
from sportsocial.io.guards import check_tree
from sportsocial.io.limits import MAX_SAFE_INTEGER

HEAD = '{"schema_version": 1, "municipality": {"name": "Roosendaal", "cbs_code": "GM1674"}'
YHEAD = "schema_version: 1\nmunicipality:\n  name: Roosendaal\n  cbs_code: GM1674\n"


def codes(text: str, fmt: ss.io.Format = "json", **limits: int) -> list[tuple[str, str]]:
    with pytest.raises(ss.InvalidDocument) as info:
        ss.loads(text, fmt, limits=Limits(**limits) if limits else DEFAULT_LIMITS)
    return [(p.code, p.path) for p in info.value.problems]


def with_json(extra: str) -> str:
    return HEAD + ", " + extra + "}"


# --- duplicate keys ------------------------------------------------------------


def test_duplicate_keys_in_json_are_refused_with_their_path() -> None:
    text = '{"schema_version": 1, "municipality": {"name": "A", "cbs_code": "GM1674", "name": "B"}}'
    assert codes(text) == [("DOC013", "$.municipality.name")]


def test_duplicate_top_level_keys_in_json() -> None:
    assert codes(with_json('"methodology": "ssnb", "methodology": "five-step"')) == [
        ("DOC013", "$.methodology")
    ]


def test_duplicate_keys_in_yaml_name_the_line() -> None:
    text = YHEAD + "  name: Bergen op Zoom\n"
    with pytest.raises(ss.InvalidDocument) as info:
        ss.loads(text, "yaml")
    (found,) = info.value.problems
    assert (found.code, found.path) == ("DOC013", "$.municipality.name")
    assert "5" in found.message.en and "5" in found.message.nl  # the line of the second key


def test_yaml_merge_keys_may_be_overridden() -> None:
    text = (
        "schema_version: 1\n"
        "base: &town {name: Roosendaal, cbs_code: GM0000}\n"
        "municipality:\n  <<: *town\n  cbs_code: GM1674\n"
    )
    # the override is fine; only the unknown field 'base' is a problem
    assert codes(text, "yaml") == [("SCH102", "$.base")]


# --- keys and values that are not plain data -----------------------------------


@pytest.mark.parametrize(("key", "path"), [("null", "$.null"), ("1", "$['1']"), ("true", "$.true")])
def test_keys_must_be_text(key: str, path: str) -> None:
    assert codes(YHEAD + f"{key}: x\n", "yaml") == [("SCH110", path)]


def test_null_key_inside_a_list_item() -> None:
    text = YHEAD + "stakeholders:\n- id: a\n  ~: b\n"
    assert codes(text, "yaml") == [("SCH110", "$.stakeholders[0].null")]


@pytest.mark.parametrize(
    ("tagged", "kind"),
    [("!!binary aGVsbG8=", "bytes"), ("!!set {a, b}", "set"), ("!!timestamp 2024-01-01", "date")],
)
def test_yaml_tags_that_are_not_plain_data(tagged: str, kind: str) -> None:
    with pytest.raises(ss.InvalidDocument) as info:
        ss.loads(YHEAD + f"methodology: {tagged}\n", "yaml")
    (found,) = info.value.problems
    assert (found.code, found.path) == ("SCH113", "$.methodology")
    assert kind in found.message.en


def test_python_values_handed_to_the_library_are_checked_too() -> None:
    data: dict[str, Any] = json.loads(with_json('"methodology": "ssnb"'))
    data["methodology"] = {"ssnb"}
    data["municipality"]["population"] = dt.date(2024, 1, 1)
    with pytest.raises(ss.InvalidDocument) as info:
        engagement_from_data(data)
    assert [(p.code, p.path) for p in info.value.problems] == [
        ("SCH113", "$.municipality.population"),
        ("SCH113", "$.methodology"),
    ]


# --- numbers ---------------------------------------------------------------------


@pytest.mark.parametrize("literal", [".nan", ".inf", "-.inf", ".NaN", "-.Inf"])
def test_non_finite_yaml_numbers(literal: str) -> None:
    text = YHEAD + f"  population: {literal}\n"
    assert codes(text, "yaml") == [("SCH111", "$.municipality.population")]


@pytest.mark.parametrize("literal", ["NaN", "Infinity", "-Infinity"])
def test_non_finite_json_numbers(literal: str) -> None:
    text = HEAD[:-1] + f', "population": {literal}}}}}'
    assert codes(text) == [("SCH111", "$.municipality.population")]


BIG = [str(MAX_SAFE_INTEGER + 1), "9" * 100, "-" + "9" * 80, "-9007199254740992"]


@pytest.mark.parametrize("literal", [*BIG, "1e999", "-1e999", "1.5e300", "9007199254740992.0"])
def test_json_numbers_beyond_the_safe_range_are_out_of_range(literal: str) -> None:
    text = with_json(f'"funding": [{{"amount_per_year": {literal}}}]')
    assert codes(text) == [("SCH104", "$.funding[0].amount_per_year")]


@pytest.mark.parametrize("literal", [*BIG, "1.0e+999", "-1.0e+999", "1.5e+300", "0x20000000000001"])
def test_yaml_numbers_beyond_the_safe_range_are_out_of_range(literal: str) -> None:
    assert codes(YHEAD + f"x: {literal}\n", "yaml") == [("SCH104", "$.x")]


def test_the_largest_safe_integer_passes_the_guard() -> None:
    assert check_tree({"n": MAX_SAFE_INTEGER, "m": -MAX_SAFE_INTEGER, "f": 1e15}) == []


# --- text ------------------------------------------------------------------------


@pytest.mark.parametrize("escape", ["\\ud800", "\\udfff", "\\u0000", "\\u001b", "\\uffff"])
def test_text_with_characters_no_output_can_carry(escape: str) -> None:
    text = (
        '{"schema_version": 1, "municipality": {"name": "R' + escape + '", "cbs_code": "GM1674"}}'
    )
    assert codes(text) == [("SCH112", "$.municipality.name")]


def test_lone_surrogate_in_a_key() -> None:
    assert codes(with_json('"\\ud800x": 1')) == [("SCH112", "$['\\ud800x']")]


def test_tabs_and_newlines_are_fine() -> None:
    assert check_tree({"a": "line\n\tindented\r\n"}) == []


def test_nul_in_a_yaml_escape() -> None:
    assert codes(YHEAD + 'methodology: "ss\\0nb"\n', "yaml") == [("SCH112", "$.methodology")]


# --- limits ----------------------------------------------------------------------


def test_text_above_the_size_limit_is_not_parsed() -> None:
    assert codes(with_json('"x": "' + "a" * 500 + '"'), max_bytes=200) == [("DOC009", "$")]


@pytest.mark.parametrize("fmt", ["json", "yaml"])
@pytest.mark.parametrize("depth", [40, 5_000, 200_000])
def test_deep_nesting(fmt: str, depth: int) -> None:
    text = with_json('"x": ' + "[" * depth + "]" * depth)
    found = codes(text, fmt)  # type: ignore[arg-type]
    assert [c for c, _ in found] == ["DOC010"]


def test_nesting_within_the_limit_reaches_the_schema() -> None:
    text = with_json('"x": ' + "[" * 10 + "]" * 10)
    assert codes(text) == [("SCH102", "$.x")]


@pytest.mark.parametrize("fmt", ["json", "yaml"])
def test_long_list(fmt: str) -> None:
    text = with_json('"target_groups": [' + ", ".join(["1"] * 101) + "]")
    assert codes(text, fmt, max_items=100) == [("DOC011", "$.target_groups")]  # type: ignore[arg-type]


@pytest.mark.parametrize("fmt", ["json", "yaml"])
def test_too_many_values(fmt: str) -> None:
    rows = ", ".join('{"a": [1, 2, 3]}' for _ in range(100))
    found = codes(with_json(f'"x": [{rows}]'), fmt, max_values=200)  # type: ignore[arg-type]
    assert [c for c, _ in found] == ["DOC012"]


def bomb(levels: int = 9, width: int = 10, *, in_list: bool = True) -> str:
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    for i in range(1, levels):
        lines.append(f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * width) + "]")
    target = f"[*a{levels - 1}]" if in_list else f"*a{levels - 1}"
    return YHEAD + "\n".join(lines) + f"\ntarget_groups: {target}\n"


@pytest.mark.parametrize("in_list", [True, False])
def test_alias_bomb_is_refused_before_anything_is_built(in_list: bool) -> None:
    found = codes(bomb(in_list=in_list), "yaml")
    assert [c for c, _ in found] == ["DOC012"]


def test_aliases_within_the_limit_are_fine() -> None:
    text = (
        YHEAD + "target_groups: &groups [low-ses]\n"
        "stakeholders:\n- {id: a, name: A, kind: sports-club, level: executive}\n"
    )
    assert ss.loads(text, "yaml").target_groups[0].value == "low-ses"


@pytest.mark.parametrize("text", ["x: &a [1, *a]", "x: &a {k: *a}", "x: &a [[[*a]]]"])
def test_recursive_alias(text: str) -> None:
    assert [c for c, _ in codes(YHEAD + text + "\n", "yaml")] == ["DOC014"]


def test_limits_are_checked_on_python_data_too() -> None:
    data = json.loads(with_json('"x": [[[[[1]]]]]'))
    with pytest.raises(ss.InvalidDocument) as info:
        engagement_from_data(data, limits=Limits(max_depth=4))
    assert info.value.codes == ("DOC010",)


def test_recursive_python_data() -> None:
    data: dict[str, Any] = json.loads(with_json('"x": []'))
    data["x"].append(data["x"])
    with pytest.raises(ss.InvalidDocument) as info:
        engagement_from_data(data)
    assert info.value.codes == ("DOC014",)


def test_deep_nesting_in_an_old_version_is_refused_before_the_migration() -> None:
    text = '{"schema_version": 0, "budgets": ' + "[" * 900 + "]" * 900 + "}"
    assert [c for c, _ in codes(text)] == ["DOC010"]


@pytest.mark.parametrize("field", ["max_bytes", "max_depth", "max_items", "max_values"])
@pytest.mark.parametrize("value", [0, -1, True, 1.5])
def test_limits_must_be_positive_whole_numbers(field: str, value: object) -> None:
    with pytest.raises(ValueError, match=field):
        Limits(**{field: value})  # type: ignore[arg-type]


# --- files -------------------------------------------------------------------------


def test_file_above_the_size_limit_is_not_read(tmp_path: Path) -> None:
    path = tmp_path / "big.json"
    path.write_text(with_json('"x": "' + "a" * 5000 + '"'), encoding="utf-8")
    with pytest.raises(ss.InvalidDocument) as info:
        ss.load(path, limits=Limits(max_bytes=1000))
    assert info.value.codes == ("DOC009",)


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="needs /dev/zero")
def test_an_endless_device_is_read_only_up_to_the_limit() -> None:
    with pytest.raises(ss.InvalidDocument) as info:
        ss.load("/dev/zero", limits=Limits(max_bytes=10_000))
    assert info.value.codes == ("DOC009",)


@pytest.mark.parametrize("name", ["a\0b.json", "\udcff.json"])
def test_unusable_file_names(name: str) -> None:
    with pytest.raises(ss.InvalidDocument) as info:
        ss.load(name)
    assert info.value.codes == ("DOC001",)


@pytest.mark.parametrize(
    "tagged",
    ["!!timestamp 2024-01-01x", "!!timestamp [1]", "!!int abc", "!!float x", "!!omap [1]"],
)
def test_yaml_tags_with_bad_values(tagged: str) -> None:
    assert codes(YHEAD + f"methodology: {tagged}\n", "yaml") == [("DOC003", "$")]


def test_a_long_json_list_is_refused_before_it_is_built() -> None:
    text = with_json('"x": [' + ",".join(["0"] * 250) + "]")
    assert codes(text, max_values=100) == [("DOC012", "$")]


@pytest.mark.parametrize("inside", [",", "\\\\,", '\\",'])
def test_commas_inside_texts_do_not_count_as_values(inside: str) -> None:
    text = with_json('"x": "' + inside * 300 + '"')
    assert codes(text, max_values=100) == [("SCH102", "$.x")]


def test_limits_are_written_as_each_language_writes_numbers() -> None:
    with pytest.raises(ss.InvalidDocument) as refused:
        ss.loads("x" * 1500, "yaml", limits=Limits(max_bytes=1000))
    (p,) = refused.value.problems
    assert p.code == "DOC009"
    assert "1,500" in p.message("en") and "1.500" in p.message("nl")
