"""The Iv3 taakvelden table: sourced codes, names after the 2023 revision, domains."""

from __future__ import annotations

import re

import pytest

import sportsocial as ss
from sportsocial.model.taakveld import TAAKVELD_PATTERN, TAAKVELDEN, Taakveld, domain_for

DOM = ss.Domain


def test_codes_are_keys_and_follow_the_pattern() -> None:
    for code, tv in TAAKVELDEN.items():
        assert isinstance(tv, Taakveld)
        assert tv.code == code
        assert re.fullmatch(TAAKVELD_PATTERN, code), code
        assert tv.name_nl.strip() and tv.name_en.strip()
        assert tv.sources


def test_names_after_the_2023_revision() -> None:
    assert TAAKVELDEN["6.2"].name_nl == "Toegang en eerstelijnsvoorzieningen"
    assert TAAKVELDEN["6.2"].former_name_nl == "Wijkteams"
    assert TAAKVELDEN["6.4"].name_nl == "WSW en beschut werk"
    assert TAAKVELDEN["6.4"].former_name_nl == "Begeleide participatie"
    assert {"6.71a", "6.71b", "6.71c", "6.71d"} <= set(TAAKVELDEN)
    # the pre-2023 names are gone from every code in use
    current = {tv.name_nl for tv in TAAKVELDEN.values() if not tv.superseded}
    assert not current & {"Wijkteams", "Begeleide participatie", "Maatwerkdienstverlening 18+"}


def test_codes_split_in_2023_are_kept_as_superseded() -> None:
    superseded = {code: tv for code, tv in TAAKVELDEN.items() if tv.superseded}
    assert set(superseded) == {"6.71", "6.72", "6.81", "6.82"}
    assert superseded["6.71"].name_nl == "Maatwerkdienstverlening 18+"
    assert superseded["6.71"].replaced_by == ("6.71a", "6.71b", "6.71c", "6.71d")
    assert superseded["6.82"].replaced_by == ()  # the new names are not verified
    for tv in TAAKVELDEN.values():
        for code in tv.replaced_by:
            assert code in TAAKVELDEN and not TAAKVELDEN[code].superseded
            assert TAAKVELDEN[code].domain is tv.domain


def test_only_sourced_codes() -> None:
    # 5.3-5.7 exist, but their names are not sourced; nor are 6.72b/c, 6.73, 6.74.
    assert set(TAAKVELDEN) == {
        "5.1",
        "5.2",
        "6.1",
        "6.2",
        "6.3",
        "6.4",
        "6.5",
        "6.6",
        "6.71",
        "6.71a",
        "6.71b",
        "6.71c",
        "6.71d",
        "6.72",
        "6.72a",
        "6.72d",
        "6.81",
        "6.81a",
        "6.81b",
        "6.82",
        "7.1",
    }


def test_domains() -> None:
    assert domain_for("5.1") is DOM.SPORT
    assert domain_for("5.2") is DOM.SPORT
    assert domain_for("6.1") is DOM.SOCIAL_SUPPORT
    assert domain_for("6.5") is DOM.WORK_AND_INCOME
    assert domain_for("6.72d") is DOM.YOUTH
    assert domain_for("7.1") is DOM.PUBLIC_HEALTH
    assert domain_for(" 6.71A ") is DOM.SOCIAL_SUPPORT
    assert domain_for("5.3") is None
    assert domain_for("sport") is None
    assert domain_for("") is None


def test_table_is_read_only() -> None:
    with pytest.raises(TypeError):
        TAAKVELDEN["9.9"] = TAAKVELDEN["5.1"]  # type: ignore[index]


def test_labels() -> None:
    tv = TAAKVELDEN["5.1"]
    assert tv.label("nl") == "5.1 Sportbeleid en activering"
    assert tv.label("en").startswith("5.1 Sportbeleid en activering (")
    assert tv.name("en") == tv.name_en
