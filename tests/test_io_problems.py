"""Bad input gives problem records with codes and paths, all at once, never a traceback."""

from __future__ import annotations

import json
from typing import Any

import pytest

import sportsocial as ss
from sportsocial.io import MIGRATIONS, SCHEMA_VERSION, build_schema, engagement_schema


def base() -> dict[str, Any]:
    return {"schema_version": 2, "municipality": {"name": "Roosendaal", "cbs_code": "GM1674"}}


def problems_of(data: Any) -> list[tuple[str, str]]:
    text = data if isinstance(data, str) else json.dumps(data)
    with pytest.raises(ss.InvalidDocument) as info:
        ss.loads(text)
    return [(p.code, p.path) for p in info.value.problems]


def stream(**over: Any) -> dict[str, Any]:
    s = {
        "id": "f1",
        "name": "BRC",
        "domain": "sport",
        "amount_per_year": 1000,
        "period": {"start": "2024-01-01"},
        "nature": "structural",
        "integration": "siloed",
    }
    s.update(over)
    return s


def test_shipped_schema_matches_the_model() -> None:
    assert engagement_schema() == build_schema()


def test_empty_document() -> None:
    assert problems_of("") == [("DOC002", "$")]
    assert problems_of("   \n") == [("DOC002", "$")]


def test_not_json() -> None:
    assert problems_of("{municipality: ") == [("DOC003", "$")]


def test_not_yaml() -> None:
    with pytest.raises(ss.InvalidDocument) as info:
        ss.loads("a: [1, 2\nb: {", "yaml")
    assert info.value.codes == ("DOC003",)


@pytest.mark.parametrize("text", ["[]", "3", '"text"', "null"])
def test_top_level_must_be_a_mapping(text: str) -> None:
    assert problems_of(text) == [("DOC004", "$")]


def test_missing_and_unknown_fields_all_at_once() -> None:
    data = base()
    data["municipality"] = {"name": "R", "population": 5, "mayor": "x"}
    data["colour"] = "blue"
    assert problems_of(data) == [
        ("SCH102", "$.colour"),
        ("SCH101", "$.municipality.cbs_code"),
        ("SCH102", "$.municipality.mayor"),
    ]


def test_wrong_types() -> None:
    data = base()
    data["municipality"]["population"] = "many"
    data["funding"] = [stream(amount_per_year="1000"), stream(id="f2", period="2024")]
    assert problems_of(data) == [
        ("SCH103", "$.funding[0].amount_per_year"),
        ("SCH103", "$.funding[1].period"),
        ("SCH103", "$.municipality.population"),
    ]


def test_booleans_are_not_numbers() -> None:
    data = base()
    data["municipality"]["population"] = True
    assert problems_of(data) == [("SCH103", "$.municipality.population")]


@pytest.mark.parametrize("number", ["1e999", "-1e999", "9" * 5000, "1e13"])
def test_huge_numbers(number: str) -> None:
    text = json.dumps({**base(), "funding": [stream(amount_per_year=0)]}).replace(
        '"amount_per_year": 0', f'"amount_per_year": {number}'
    )
    codes = problems_of(text)
    assert codes == [("SCH104", "$.funding[0].amount_per_year")]


def test_huge_integer_in_yaml() -> None:
    with pytest.raises(ss.InvalidDocument) as info:
        ss.loads(
            "schema_version: 1\nmunicipality: {name: R, cbs_code: GM1674, population: "
            + "9" * 5000
            + "}\n",
            "yaml",
        )
    assert [(p.code, p.path) for p in info.value.problems] == [
        ("SCH104", "$.municipality.population")
    ]


@pytest.mark.parametrize("constant", ["NaN", "Infinity", "-Infinity"])
def test_nan_and_infinity_are_refused_with_their_path(constant: str) -> None:
    text = json.dumps(base())[:-1] + f', "x": {constant}}}'
    assert problems_of(text) == [("SCH111", "$.x")]


@pytest.mark.parametrize(
    "value", ["2024-02-30", "2024-13-01", "01-02-2024", "2024-1-1", "tomorrow", "20240101"]
)
def test_wrong_dates(value: str) -> None:
    data = {**base(), "funding": [stream(period={"start": value})]}
    assert problems_of(data) == [("SCH107", "$.funding[0].period.start")]


def test_enum_pattern_and_range() -> None:
    data = base()
    data["municipality"]["cbs_code"] = "GM16"
    data["target_groups"] = ["elderly"]
    data["relations"] = []
    data["stakeholders"] = [{"id": "a", "name": "A", "kind": "club", "level": "official"}]
    data["funding"] = [stream(amount_per_year=-5)]
    assert problems_of(data) == [
        ("SCH104", "$.funding[0].amount_per_year"),
        ("SCH106", "$.municipality.cbs_code"),
        ("SCH105", "$.stakeholders[0].kind"),
        ("SCH105", "$.target_groups[0]"),
    ]


def test_empty_strings_and_duplicates_in_lists() -> None:
    data = base()
    data["municipality"]["name"] = ""
    data["domains"] = ["sport", "sport"]
    assert problems_of(data) == [("SCH109", "$.domains"), ("SCH108", "$.municipality.name")]


def test_cross_references_all_at_once() -> None:
    data = base()
    data["stakeholders"] = [
        {"id": "a", "name": "A", "kind": "sports-club", "level": "executive"},
        {"id": "a", "name": "B", "kind": "sports-club", "level": "executive"},
    ]
    data["relations"] = [
        {"source": "a", "target": "zz", "kind": "collaborates", "period": {"start": "2024-01-01"}},
        {"source": "a", "target": "a", "kind": "funds", "period": {"start": "2024-01-01"}},
    ]
    data["funding"] = [stream(period={"start": "2024-01-01", "end": "2023-12-31"})]
    data["plan"] = {
        "actions": [
            {"id": "x", "title": "X", "added": "2024-01-01", "funding": ["nope"], "owner": "a"}
        ]
    }
    data["obstacles"] = [
        {
            "id": "o",
            "identified": "2024-05-01",
            "kind": "capacity",
            "description": "d",
            "resolved": "2024-01-01",
        }
    ]
    data["phase_log"] = [
        {"phase": "baseline", "entered": "2024-05-01"},
        {"phase": "exploration", "entered": "2024-01-01"},
    ]
    assert problems_of(data) == [
        ("REF202", "$.stakeholders[1].id"),
        ("REF201", "$.relations[0].target"),
        ("REF201", "$.plan.actions[0].funding[0]"),
        ("REF203", "$.funding[0].period.end"),
        ("REF204", "$.obstacles[0].resolved"),
        ("REF206", "$.relations[1].target"),
        ("REF205", "$.phase_log[1].entered"),
    ]


def test_problem_messages_exist_in_both_languages() -> None:
    with pytest.raises(ss.InvalidDocument) as info:
        ss.loads(json.dumps({**base(), "x": 1}))
    (p,) = info.value.problems
    assert p.message("en") and p.message("nl") and p.message("en") != p.message("nl")
    assert p.to_dict()["message"] == {"en": p.message.en, "nl": p.message.nl}


def test_newer_schema_version_is_refused() -> None:
    assert problems_of({**base(), "schema_version": SCHEMA_VERSION + 1}) == [
        ("DOC005", "$.schema_version")
    ]


def test_schema_version_must_be_present() -> None:
    data = base()
    del data["schema_version"]
    assert problems_of(data) == [("SCH101", "$.schema_version")]


def test_migration_from_version_0() -> None:
    old = {
        "schema_version": 0,
        "municipality": {"name": "Roosendaal", "cbs_code": "GM1674"},
        "budgets": [{**stream(), "amount": 1234}],
        "phases": [{"phase": "exploration", "entered": "2024-01-01"}],
    }
    old["budgets"][0].pop("amount_per_year")
    snapshot = json.dumps(old)
    engagement = ss.loads(json.dumps(old))
    assert engagement.funding[0].amount_per_year == 1234
    assert engagement.phase_log[0].phase == "exploration"
    assert json.dumps(old) == snapshot  # the input is not modified
    assert 0 in MIGRATIONS
