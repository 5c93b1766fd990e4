"""The intervention and funding-route catalogue, and matching it against engagements."""

from __future__ import annotations

import copy
import datetime as dt
import json
import re
from importlib import resources
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import sportsocial as ss
from sportsocial.catalogue import (
    CATALOGUE_CODES,
    SHARED_FUNDING_DOMAINS,
    WEIGHTS,
    Catalogue,
    FactKind,
    Funder,
    InterventionKind,
    Source,
    Unverified,
    Validity,
    build_catalogue_schema,
    catalogue_from_data,
    catalogue_schema,
    catalogue_to_data,
    engagement_goals,
    load_catalogue,
    money_ending,
    plan_window,
    validity,
)
from sportsocial.io.schema_check import check_schema
from sportsocial.model.taakveld import TAAKVELDEN, domain_for

from .cli_helpers import run
from .conftest import EXAMPLES, ROOT

D = dt.date
TG = ss.TargetGroup
SG = ss.SocialGoal
DOM = ss.Domain
CHECKED = D(2026, 12, 2)
#: The date of the verification pass (DOMAIN-FACTS-2026.md) and of the older facts file.
NEW, OLD = "2026-12-02", "2026-11-25"


def shipped_data() -> dict[str, Any]:
    text = resources.files("sportsocial.catalogue").joinpath("data/catalogue.json").read_text()
    data: dict[str, Any] = json.loads(text)
    return data


def problems(data: Any) -> list[tuple[str, str]]:
    with pytest.raises(ss.InvalidDocument) as info:
        catalogue_from_data(data, "<test>")
    return [(p.code, p.path) for p in info.value.problems]


def entry_data(**changes: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": "walking-football",
        "kind": "intervention",
        "name": {"en": "Walking football", "nl": "Walking football"},
        "summary": {"en": "Football at walking pace.", "nl": "Voetbal in wandeltempo."},
        "target_groups": ["lonely-older-people"],
        "social_goals": ["health"],
        "funding_domains": ["sport"],
        "funders": [],
        "financing": {"en": "Club fees.", "nl": "Contributie."},
        "keywords": ["walking football"],
        "sources": [
            {"url": "https://example.org/wf", "title": "Example", "date": None, "checked": NEW}
        ],
        "checked": NEW,
        "valid_from": None,
        "valid_until": None,
    }
    data.update(changes)
    return data


def doc(*entries: dict[str, Any]) -> dict[str, Any]:
    return {"schema_version": 2, "entries": list(entries)}


def src(date: Any = None, checked: str = NEW, url: str = "https://x.org") -> dict[str, Any]:
    return {"url": url, "title": "t", "date": date, "checked": checked}


def note(about: str) -> dict[str, Any]:
    return {"about": about, "note": {"en": "Not in the sources.", "nl": "Niet in de bronnen."}}


# -- the shipped catalogue ---------------------------------------------------------


def test_shipped_catalogue_reads_from_package_data() -> None:
    data = shipped_data()
    assert data["schema_version"] == 2
    assert len(data["entries"]) == len(load_catalogue())


def test_shipped_catalogue_validates_against_its_schema() -> None:
    assert check_schema(shipped_data(), catalogue_schema()) == []
    assert isinstance(load_catalogue(), Catalogue)


def test_shipped_schema_matches_the_model() -> None:
    # Regenerate with: python tools/regenerate.py
    assert catalogue_schema() == build_catalogue_schema()


def test_shipped_catalogue_is_loaded_once() -> None:
    assert load_catalogue() is load_catalogue()


def test_expected_entries_are_there() -> None:
    ids = set(load_catalogue().ids)
    assert {
        "buurtsportcoach",
        "brede-spuk",
        "lokaal-sportakkoord",
        "gli",
        "welzijn-op-recept",
        "meer-bewegen-voor-ouderen",
        "jeugdfonds-sport-en-cultuur",
        "sportmaat-voor-werkdaad",
        "sports-clubs-in-re-integration",
        "sportparticipatiebegeleiders",
        # new with the 2026 verification pass
        "gala",
        "iza-regiobeeld-regioplan",
        "kansrijke-start",
        "valpreventie",
        "in-balans",
        "zicht-op-evenwicht",
        "een-tegen-eenzaamheid",
        "wmo-algemene-voorziening",
        "participatiewet-re-integratie",
        "uniek-sporten",
    } <= ids


def test_every_entry_has_sources_with_dates_or_undated_and_check_dates() -> None:
    for entry in load_catalogue():
        assert entry.sources, entry.id
        for source in entry.sources:
            assert re.match(r"https?://", source.url), (entry.id, source.url)
            assert source.title.strip()
            assert source.date is None or re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", source.date)
            assert source.checked <= entry.checked
            assert source.date is None or source.date <= source.checked.isoformat()
        assert entry.checked == CHECKED


def test_every_entry_states_its_validity_explicitly() -> None:
    for raw in shipped_data()["entries"]:
        assert "valid_from" in raw and "valid_until" in raw, raw["id"]


def test_no_entry_is_expired_or_not_yet_valid_on_its_checked_date() -> None:
    for entry in load_catalogue():
        assert entry.valid_on(entry.checked), entry.id
        assert validity(entry, entry.checked) in (Validity.CURRENT, Validity.ENDS_DURING_PLAN)


def test_every_end_date_says_what_follows() -> None:
    for entry in load_catalogue():
        if entry.valid_until is not None:
            assert entry.followed_by or entry.unverified_about(FactKind.CONTINUATION), entry.id


def test_funding_routes_name_funder_co_financing_and_taakveld() -> None:
    routes = [e for e in load_catalogue() if e.kind is InterventionKind.FUNDING_ROUTE]
    assert len(routes) >= 4
    for entry in routes:
        assert entry.funders, entry.id
        assert entry.co_financing or entry.unverified_about(FactKind.CO_FINANCING), entry.id
        assert entry.taakvelden or entry.unverified_about(FactKind.TAAKVELD), entry.id


def test_taakvelden_are_sourced_and_match_a_paying_domain() -> None:
    for entry in load_catalogue():
        for code in entry.taakvelden:
            assert code in TAAKVELDEN, (entry.id, code)
            assert domain_for(code) in entry.funding_domains, (entry.id, code)


def test_money_routes_are_entries_of_the_catalogue() -> None:
    cat = load_catalogue()
    for entry in cat:
        for ref in entry.paid_through:
            assert ref in cat and ref != entry.id


def test_every_entry_has_english_and_dutch_texts() -> None:
    for entry in load_catalogue():
        for text in (entry.name, entry.summary, entry.financing):
            assert text.en.strip() and text.nl.strip(), entry.id
        assert entry.kind.text.en and entry.kind.text.nl
        for funder in entry.funders:
            assert funder.text.en and funder.text.nl


def test_every_entry_has_keywords_in_lower_case_and_goals() -> None:
    seen: dict[str, str] = {}
    for entry in load_catalogue():
        assert entry.social_goals
        assert entry.keywords
        for word in entry.keywords:
            assert word == word.lower().strip()
            assert seen.setdefault(word, entry.id) == entry.id
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", entry.id)


def test_facts_as_stated_in_the_facts_files() -> None:
    cat = load_catalogue()
    gli = cat.entry("gli")
    assert gli.funders == (Funder.INSURER,)
    assert gli.funding_domains == ()
    assert gli.target_groups == (TG.PEOPLE_WITH_OVERWEIGHT,)
    assert (gli.valid_from, gli.valid_until) == (D(2019, 1, 1), None)
    brc = cat.entry("buurtsportcoach")
    assert brc.kind is InterventionKind.ARRANGEMENT
    assert brc.co_financing is not None
    for text in (brc.co_financing.en, brc.co_financing.nl):  # 40/60 for 2023-2026, verified
        assert "40%" in text and "60%" in text and "2023–2026" in text
    assert brc.unverified_about(FactKind.CO_FINANCING) is None
    assert brc.unverified_about(FactKind.AMOUNT) is not None  # €85m or €89.5m
    assert brc.taakvelden == ("5.1",)
    spuk = cat.entry("brede-spuk")
    assert spuk.kind is InterventionKind.FUNDING_ROUTE
    assert spuk.funders == (Funder.STATE,)
    jeugdfonds = cat.entry("jeugdfonds-sport-en-cultuur")
    assert set(jeugdfonds.funders) == {Funder.MUNICIPALITY, Funder.FUND}
    assert jeugdfonds.funding_domains == (DOM.POVERTY_AND_DEBT,)
    assert cat.entry("wmo-algemene-voorziening").taakvelden == ("6.1",)
    reintegration = cat.entry("participatiewet-re-integratie")
    assert reintegration.funding_domains == (DOM.WORK_AND_INCOME,)
    assert reintegration.unverified_about(FactKind.TAAKVELD) is not None  # 6.5 by its name
    dated = {s.url: s.date for e in cat for s in e.sources}
    assert dated["https://www.officielebekendmakingen.nl/stcrt-2023-4245.html"] == "2023-02-06"
    assert dated["https://sportindebuurt.nl/buurtsportcoach/procedure/"] is None


def test_the_2023_2026_agreements_end_on_31_december_2026() -> None:
    cat = load_catalogue()
    for entry_id in ("brede-spuk", "buurtsportcoach", "lokaal-sportakkoord", "gala"):
        entry = cat.entry(entry_id)
        assert entry.valid_until == D(2026, 12, 31), entry_id
        assert entry.unverified_about(FactKind.CONTINUATION) is not None, entry_id
    assert cat.entry("brede-spuk").valid_from == D(2023, 1, 1)
    assert cat.entry("gala").valid_from == D(2023, 2, 3)


def test_sportakkoord_is_the_second_one_without_the_first_ones_budget() -> None:
    sa = load_catalogue().entry("lokaal-sportakkoord")
    assert "Sport versterkt" in sa.name.en and "Sport versterkt" in sa.name.nl
    for text in (sa.summary, sa.financing):
        for lang in ("en", "nl"):
            # the 2018-2022 sportformateur money and yearly ranges are history, not current
            assert not re.search(r"15[.,]000|200[.,]000|10[.,]000", text(lang)), lang


def test_interventions_on_brede_spuk_money_name_it() -> None:
    cat = load_catalogue()
    for entry_id in (
        "welzijn-op-recept",
        "valpreventie",
        "een-tegen-eenzaamheid",
        "kansrijke-start",
    ):
        entry = cat.entry(entry_id)
        assert "brede-spuk" in entry.paid_through, entry_id
        assert entry.valid_until is None


def test_catalogue_lookup() -> None:
    cat = load_catalogue()
    assert cat.entry("gli").id == "gli"
    assert cat.get("nope") is None
    assert "gli" in cat and "nope" not in cat
    with pytest.raises(KeyError, match="gli"):
        cat.entry("nope")
    assert [e.id for e in cat] == list(cat.ids)


def test_source_date_label() -> None:
    undated = Source(url="https://x.org", title="x", date=None, checked=CHECKED)
    assert undated.undated
    assert undated.date_label("nl") == "ongedateerd"
    dated = Source(url="https://x.org", title="x", date="2019", checked=CHECKED)
    assert dated.date_label("en") == "2019"


def test_validity_of_an_entry() -> None:
    entry = load_catalogue().entry("brede-spuk")
    assert not entry.valid_on(D(2022, 12, 31))
    assert entry.valid_on(D(2023, 1, 1)) and entry.valid_on(D(2026, 12, 31))
    assert not entry.valid_on(D(2027, 1, 1))
    assert entry.ended_by(D(2027, 1, 1)) and not entry.started_by(D(2022, 12, 31))
    cat = load_catalogue()
    assert "brede-spuk" not in [e.id for e in cat.valid_on(D(2027, 1, 1))]
    assert "gli" in [e.id for e in cat.valid_on(D(2027, 1, 1))]
    assert "gli" not in [e.id for e in cat.valid_on(D(2018, 12, 31))]


# -- broken catalogues -------------------------------------------------------------


def test_minimal_user_catalogue_is_valid() -> None:
    cat = catalogue_from_data(doc(entry_data()))
    assert cat.ids == ("walking-football",)


def test_unknown_target_group() -> None:
    assert problems(doc(entry_data(target_groups=["pensioners"]))) == [
        ("SCH105", "$.entries[0].target_groups[0]")
    ]


def test_unknown_domain_goal_and_funder() -> None:
    data = doc(entry_data(funding_domains=["culture"], social_goals=["fun"], funders=["bank"]))
    assert sorted(problems(data)) == [
        ("SCH105", "$.entries[0].funders[0]"),
        ("SCH105", "$.entries[0].funding_domains[0]"),
        ("SCH105", "$.entries[0].social_goals[0]"),
    ]


def test_duplicate_id() -> None:
    data = doc(entry_data(), entry_data(keywords=["other"]))
    assert problems(data) == [("CAT101", "$.entries[1].id")]


def test_missing_and_empty_sources() -> None:
    missing = entry_data()
    del missing["sources"]
    assert problems(doc(missing)) == [("SCH101", "$.entries[0].sources")]
    assert problems(doc(entry_data(sources=[]))) == [("SCH108", "$.entries[0].sources")]


def test_source_needs_a_web_address_a_date_and_a_check_date() -> None:
    source = {"url": "ftp://example.org", "title": "t"}
    assert sorted(problems(doc(entry_data(sources=[source])))) == [
        ("SCH101", "$.entries[0].sources[0].checked"),
        ("SCH101", "$.entries[0].sources[0].date"),
        ("SCH106", "$.entries[0].sources[0].url"),
    ]
    # a page the facts file cites over plain http is accepted
    assert catalogue_from_data(doc(entry_data(sources=[src(url="http://osuradio.nl/x")])))


def test_source_dates() -> None:
    def with_date(date: Any, checked: str = NEW) -> dict[str, Any]:
        return doc(entry_data(sources=[src(date, checked)]))

    path = "$.entries[0].sources[0].date"
    assert problems(with_date("Sep 2023")) == [("SCH106", path)]
    assert problems(with_date("2023-02-30")) == [("CAT102", path)]
    assert problems(with_date("2027-01")) == [("CAT106", path)]
    # a page dated after it was checked, though before the entry was
    assert problems(with_date("2026-12", "2026-11-25")) == [("CAT106", path)]
    for good in ("2019", "2023-09", "2016-04-18", None):
        assert catalogue_from_data(with_date(good)).entries[0].sources[0].date == good


def test_source_checked_after_its_entry() -> None:
    data = doc(entry_data(sources=[src(checked="2026-12-03")]))
    assert problems(data) == [("CAT107", "$.entries[0].sources[0].checked")]


def test_validity_reversed_and_ended_before_check() -> None:
    later = entry_data(
        valid_from="2024-01-01", valid_until="2026-12-31", unverified=[note("continuation")]
    )
    assert catalogue_from_data(doc(later)).entries[0].valid_until == D(2026, 12, 31)
    reversed_ = {**later, "valid_until": "2023-12-31"}
    assert sorted(problems(doc(reversed_))) == [
        ("CAT108", "$.entries[0].valid_until"),
        ("CAT109", "$.entries[0].valid_until"),
    ]
    ended = {**later, "valid_until": "2026-12-01"}
    assert problems(doc(ended)) == [("CAT109", "$.entries[0].valid_until")]
    assert problems(doc(entry_data(valid_from="2024-13-01"))) == [
        ("SCH107", "$.entries[0].valid_from")
    ]


def test_validity_must_be_stated() -> None:
    data = entry_data()
    del data["valid_from"], data["valid_until"]
    assert sorted(problems(doc(data))) == [
        ("SCH101", "$.entries[0].valid_from"),
        ("SCH101", "$.entries[0].valid_until"),
    ]


def test_an_end_date_says_what_follows() -> None:
    ends = entry_data(valid_until="2026-12-31")
    assert problems(doc(ends)) == [("CAT113", "$.entries[0].valid_until")]
    successor = entry_data(id="next", keywords=["next"], valid_from="2027-01-01")
    settled = {**ends, "followed_by": "next"}
    assert catalogue_from_data(doc(settled, successor)).entries[0].followed_by == "next"
    assert problems(doc({**ends, "followed_by": "nope"})) == [
        ("CAT114", "$.entries[0].followed_by")
    ]


def test_money_routes_must_be_other_entries() -> None:
    data = doc(entry_data(paid_through=["walking-football", "nope"]))
    assert problems(data) == [
        ("CAT114", "$.entries[0].paid_through[0]"),
        ("CAT114", "$.entries[0].paid_through[1]"),
    ]


def test_funding_route_must_state_funder_co_financing_and_taakveld() -> None:
    route = entry_data(kind="funding-route", funders=[])
    assert problems(doc(route)) == [
        ("CAT110", "$.entries[0].funders"),
        ("CAT111", "$.entries[0].co_financing"),
        ("CAT112", "$.entries[0].taakvelden"),
    ]
    stated = {
        **route,
        "funders": ["municipality"],
        "co_financing": {"en": "None.", "nl": "Geen."},
        "taakvelden": ["5.1"],
    }
    assert catalogue_from_data(doc(stated)).entries[0].taakvelden == ("5.1",)
    said_unknown = {
        **route,
        "unverified": [note("funder"), note("co-financing"), note("taakveld")],
    }
    entry = catalogue_from_data(doc(said_unknown)).entries[0]
    assert entry.unverified_about(FactKind.TAAKVELD) == Unverified(
        about=FactKind.TAAKVELD, note=ss.Text(en="Not in the sources.", nl="Niet in de bronnen.")
    )
    assert problems(doc({**stated, "taakvelden": ["sport"]})) == [
        ("SCH106", "$.entries[0].taakvelden[0]")
    ]
    assert problems(doc({**said_unknown, "unverified": [note("rumour")]}))[0] == (
        "SCH105",
        "$.entries[0].unverified[0].about",
    )


def test_keywords_lower_case_and_not_shared() -> None:
    assert problems(doc(entry_data(keywords=["Walking Football"]))) == [
        ("CAT103", "$.entries[0].keywords[0]")
    ]
    second = entry_data(id="other", keywords=["x", "walking football"])
    assert problems(doc(entry_data(), second)) == [("CAT104", "$.entries[1].keywords[1]")]


def test_blank_translation() -> None:
    assert problems(doc(entry_data(name={"en": "Walking football", "nl": " "}))) == [
        ("CAT105", "$.entries[0].name.nl")
    ]


def test_every_problem_at_once() -> None:
    bad = entry_data(kind="programme", checked="yesterday", extra=1)
    del bad["financing"]
    assert sorted(problems(doc(bad))) == [
        ("SCH101", "$.entries[0].financing"),
        ("SCH102", "$.entries[0].extra"),
        ("SCH105", "$.entries[0].kind"),
        ("SCH107", "$.entries[0].checked"),
    ]


def test_document_level_problems() -> None:
    assert problems([]) == [("DOC004", "$")]
    assert sorted(problems({"entries": []})) == [
        ("SCH101", "$.schema_version"),
        ("SCH108", "$.entries"),
    ]
    assert problems({**doc(entry_data()), "schema_version": 3}) == [("DOC005", "$.schema_version")]
    assert problems({**doc(entry_data()), "schema_version": "2"}) == [
        ("SCH105", "$.schema_version")
    ]


def test_version_1_catalogue_is_upgraded_on_load() -> None:
    v1_entry = {
        k: v for k, v in entry_data().items() if k not in ("valid_from", "valid_until", "sources")
    }
    v1_entry["sources"] = [{"url": "https://example.org/wf", "title": "Example", "date": "2020"}]
    route = {**v1_entry, "id": "fund", "kind": "funding-route", "keywords": ["fund"]}
    cat = catalogue_from_data({"schema_version": 1, "entries": [v1_entry, route]})
    wf, fund = cat.entries
    assert (wf.valid_from, wf.valid_until, wf.unverified) == (None, None, ())
    assert wf.sources[0].checked == wf.checked == CHECKED
    assert {u.about for u in fund.unverified} == {
        FactKind.FUNDER,
        FactKind.CO_FINANCING,
        FactKind.TAAKVELD,
    }
    with_funder = {**route, "funders": ["fund"]}
    fund = catalogue_from_data({"schema_version": 1, "entries": [with_funder]}).entries[0]
    assert {u.about for u in fund.unverified} == {FactKind.CO_FINANCING, FactKind.TAAKVELD}
    assert catalogue_to_data(cat)["schema_version"] == 2
    # problems of a version-1 document are still reported, at their own paths
    bad = {**v1_entry, "target_groups": ["pensioners"]}
    assert problems({"schema_version": 1, "entries": [bad]}) == [
        ("SCH105", "$.entries[0].target_groups[0]")
    ]


def test_file_that_is_not_json(tmp_path: Path) -> None:
    path = tmp_path / "cat.json"
    path.write_text("{ not json", encoding="utf-8")
    with pytest.raises(ss.InvalidDocument) as info:
        load_catalogue(path)
    assert [(p.code, p.path) for p in info.value.problems] == [("DOC003", "$")]
    assert info.value.problems[0].source == str(path)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ss.InvalidDocument) as info:
        load_catalogue(tmp_path / "none.json")
    assert info.value.codes == ("DOC001",)


def test_user_catalogue_in_yaml(tmp_path: Path) -> None:
    yaml = pytest.importorskip("yaml")
    path = tmp_path / "cat.yaml"
    path.write_text(yaml.safe_dump(doc(entry_data())), encoding="utf-8")
    assert load_catalogue(path).ids == ("walking-football",)


def test_problems_have_bilingual_messages() -> None:
    with pytest.raises(ss.InvalidDocument) as info:
        catalogue_from_data(doc(entry_data(), entry_data(keywords=["walking football"])))
    for p in info.value.problems:
        assert p.message.en and p.message.nl and p.message.en != p.message.nl


# -- round trip ----------------------------------------------------------------------


def test_shipped_catalogue_round_trips() -> None:
    cat = load_catalogue()
    assert catalogue_from_data(catalogue_to_data(cat)) == cat
    assert catalogue_from_data(json.loads(json.dumps(catalogue_to_data(cat)))) == cat


_words = st.text(alphabet="abcdefghijklmnopqrstuvwxyz ", min_size=1, max_size=12).map(str.strip)
_texts = st.builds(
    ss.Text,
    en=st.text(min_size=1, max_size=20).filter(str.strip),
    nl=st.text(min_size=1, max_size=20).filter(str.strip),
)
_dates = st.dates(min_value=D(1990, 1, 1), max_value=CHECKED)
_validity = st.tuples(
    st.one_of(st.none(), st.dates(max_value=D(2030, 1, 1))),
    st.one_of(st.none(), st.dates(min_value=CHECKED, max_value=D(2040, 1, 1))),
).filter(lambda v: v[0] is None or v[1] is None or v[0] <= v[1])
_source_dates = st.one_of(
    st.none(),
    _dates.map(dt.date.isoformat),
    _dates.map(lambda d: d.isoformat()[:7]),
    _dates.map(lambda d: d.isoformat()[:4]),
)


def _unique(enum: Any) -> Any:
    return st.lists(st.sampled_from(list(enum)), unique=True, max_size=3).map(tuple)


@st.composite
def catalogues(draw: st.DrawFn) -> Catalogue:
    entries = []
    for i in range(draw(st.integers(min_value=1, max_value=4))):
        words = draw(st.lists(_words.filter(bool), min_size=1, max_size=3, unique=True))
        sources = tuple(
            Source(
                url=f"https://example.org/{i}/{j}",
                title=draw(_words.filter(bool)),
                date=d,
                checked=CHECKED,
            )
            for j, d in enumerate(draw(st.lists(_source_dates, min_size=1, max_size=3)))
        )
        start, until = draw(_validity)
        kind = draw(st.sampled_from(InterventionKind))
        unverified = tuple(
            Unverified(about=about, note=draw(_texts))
            for about in draw(_unique(FactKind))
            if about is not FactKind.CONTINUATION
        )
        if until is not None or kind is InterventionKind.FUNDING_ROUTE:
            # what follows the end, and the funding facts, said to be unknown
            missing = [FactKind.CONTINUATION, FactKind.FUNDER, FactKind.CO_FINANCING]
            unverified += tuple(
                Unverified(about=a, note=draw(_texts))
                for a in [*missing, FactKind.TAAKVELD]
                if a not in {u.about for u in unverified}
            )
        entries.append(
            ss.Intervention(
                id=f"entry-{i}",
                kind=kind,
                name=draw(_texts),
                short_name=draw(st.one_of(st.none(), _texts)),
                summary=draw(_texts),
                target_groups=draw(_unique(TG)),
                social_goals=draw(_unique(SG).filter(bool)),
                funding_domains=draw(_unique(DOM)),
                funders=draw(_unique(Funder)),
                financing=draw(_texts),
                keywords=tuple(f"k{i} {w}" for w in words),
                sources=sources,
                checked=CHECKED,
                valid_from=start,
                valid_until=until,
                co_financing=draw(st.one_of(st.none(), _texts)),
                taakvelden=tuple(draw(st.lists(st.sampled_from(sorted(TAAKVELDEN)), unique=True))),
                paid_through=(f"entry-{i - 1}",) if i and draw(st.booleans()) else (),
                unverified=unverified,
            )
        )
    return Catalogue(entries=tuple(entries))


@given(catalogues())
def test_catalogue_to_data_and_back_is_identity(cat: Catalogue) -> None:
    data = json.loads(json.dumps(catalogue_to_data(cat)))
    assert catalogue_from_data(data) == cat


# -- matching on hand-built engagements --------------------------------------------


def entry(**changes: Any) -> ss.Intervention:
    base = catalogue_from_data(doc(entry_data())).entries[0]
    return attrs.evolve(base, **changes)


SMALL = Catalogue(
    entries=(
        entry(
            id="walking-football",
            target_groups=(TG.LONELY_OLDER_PEOPLE,),
            social_goals=(SG.PARTICIPATION, SG.HEALTH),
            funding_domains=(DOM.SPORT, DOM.SOCIAL_SUPPORT),
            keywords=("walking football",),
        ),
        entry(
            id="sport-agreement",
            target_groups=(),
            social_goals=(SG.PARTICIPATION,),
            funding_domains=(DOM.SPORT,),
            keywords=("sport agreement",),
        ),
        entry(
            id="lifestyle",
            target_groups=(TG.PEOPLE_WITH_OVERWEIGHT,),
            social_goals=(SG.HEALTH,),
            funding_domains=(),
            funders=(Funder.INSURER,),
            keywords=("lifestyle",),
        ),
    )
)


def engagement(
    groups: tuple[ss.TargetGroup, ...] = (),
    domains: tuple[ss.Domain, ...] = (),
    goals: tuple[ss.SocialGoal, ...] = (),
    titles: tuple[str, ...] = (),
) -> ss.Engagement:
    return ss.Engagement(
        municipality=ss.Municipality(name="Roosendaal", cbs_code="GM1674"),
        target_groups=groups,
        domains=domains,
        goals=tuple(
            ss.Goal(id=f"g{i}", title="goal", set_on=D(2026, 1, 1), social_goal=g)
            for i, g in enumerate(goals)
        ),
        plan=ss.ImplementationPlan(
            actions=tuple(
                ss.Action(id=f"a{i}", title=t, added=D(2026, 2, 1)) for i, t in enumerate(titles)
            )
        ),
    )


def scores(eng: ss.Engagement, on: dt.date | None = None) -> list[tuple[str, float, bool]]:
    return [
        (s.id, round(s.score, 4), s.in_plan) for s in ss.opportunities(eng, on=on, catalogue=SMALL)
    ]


def test_weights_are_named_and_equal() -> None:
    assert set(WEIGHTS) == {"target_groups", "social_goals", "funding"}
    assert len(set(WEIGHTS.values())) == 1
    assert SHARED_FUNDING_DOMAINS == 2


def test_match_on_target_groups_goals_and_domains() -> None:
    eng = engagement(
        groups=(TG.LONELY_OLDER_PEOPLE, TG.LOW_SES),
        domains=(DOM.SPORT, DOM.SOCIAL_SUPPORT),
        goals=(SG.PARTICIPATION,),
        titles=("Walking Football for seniors",),
    )
    found = ss.opportunities(eng, catalogue=SMALL)
    # sport-agreement: general entry (no target group) whose paying domain takes part:
    # groups 0/2, goals 1/1, funding min(1, 2)/2 -> (0 + 1 + 0.5) / 3.
    # walking-football: groups 1/2, goals 1/1, funding min(2, 2)/2 -> (0.5 + 1 + 1) / 3.
    assert scores(eng) == [
        ("sport-agreement", 0.5, False),
        ("walking-football", round(2.5 / 3, 4), True),
    ]
    wf = found[1]
    assert wf.found_in == ("a0",)
    assert wf.target_groups == (TG.LONELY_OLDER_PEOPLE,)
    assert wf.social_goals == (SG.PARTICIPATION,)
    assert wf.funding_domains == (DOM.SPORT, DOM.SOCIAL_SUPPORT)
    assert wf.parts.as_dict() == {"target_groups": 0.5, "social_goals": 1.0, "funding": 1.0}
    assert wf.reason.en != wf.reason.nl and "a0" in wf.reason.en and "a0" in wf.reason.nl


def test_parts_the_engagement_says_nothing_about_are_left_out() -> None:
    eng = engagement(domains=(DOM.SPORT,))
    # No target groups named: entries match on their paying domains; only funding counts.
    assert scores(eng) == [("sport-agreement", 0.5, False), ("walking-football", 0.5, False)]
    assert ss.opportunities(eng, catalogue=SMALL)[0].parts.target_groups is None


def test_no_groups_no_domains_nothing_matches() -> None:
    assert scores(engagement()) == []


def test_outside_funded_entry_scores_zero_on_funding() -> None:
    eng = engagement(groups=(TG.PEOPLE_WITH_OVERWEIGHT,), domains=(DOM.PUBLIC_HEALTH,))
    [s] = ss.opportunities(eng, catalogue=SMALL)
    assert s.id == "lifestyle"
    assert s.parts.as_dict() == {"target_groups": 1.0, "social_goals": None, "funding": 0.0}
    assert s.score == 0.5


def test_keywords_match_whole_words_ignoring_case() -> None:
    eng = engagement(groups=(TG.PEOPLE_WITH_OVERWEIGHT,), titles=("Healthy lifestyles",))
    assert scores(eng) == [("lifestyle", 1.0, False)]
    eng = engagement(groups=(TG.PEOPLE_WITH_OVERWEIGHT,), titles=("A LIFESTYLE coach",))
    assert scores(eng) == [("lifestyle", 1.0, True)]


def test_entry_found_in_plan_is_listed_even_without_a_matching_group() -> None:
    eng = engagement(groups=(TG.REFUGEES_STATUS_HOLDERS,), titles=("Lifestyle coaching",))
    [s] = ss.opportunities(eng, catalogue=SMALL)
    assert (s.id, s.in_plan, s.found_in, s.target_groups) == ("lifestyle", True, ("a0",), ())


def test_detection_in_opportunities_and_funding() -> None:
    eng = attrs.evolve(
        engagement(groups=(TG.LONELY_OLDER_PEOPLE,), domains=(DOM.SPORT,)),
        opportunities=(
            ss.Opportunity(
                id="k1",
                identified=D(2026, 3, 1),
                target_group=TG.LONELY_OLDER_PEOPLE,
                goal=SG.HEALTH,
                sport_offer="Walking football at the club",
            ),
        ),
        funding=(
            ss.FundingStream(
                id="f1",
                name="Sport budget",
                domain=DOM.SPORT,
                amount_per_year=1000,
                period=ss.Period(start=D(2026, 1, 1)),
                nature=ss.FundingNature.STRUCTURAL,
                integration=ss.FundingIntegration.SILOED,
                funds="Local sport agreement projects",
            ),
        ),
    )
    assert engagement_goals(eng) == (SG.HEALTH,)
    by_id = {s.id: s for s in ss.opportunities(eng, catalogue=SMALL)}
    assert by_id["walking-football"].found_in == ("k1",)
    assert by_id["sport-agreement"].found_in == ("f1",)
    # as it stood before the opportunity was named
    before = {s.id: s for s in ss.opportunities(eng, on=D(2026, 2, 15), catalogue=SMALL)}
    assert before["walking-football"].found_in == ()


def test_to_dict_is_json_ready() -> None:
    eng = engagement(groups=(TG.LONELY_OLDER_PEOPLE,), domains=(DOM.SPORT,))
    s = ss.opportunities(eng, catalogue=SMALL)[0]
    both = s.to_dict()
    assert set(both["reason"]) == {"en", "nl"}
    assert isinstance(s.to_dict("nl")["reason"], str)
    json.dumps(both)


# -- validity on the date and over the plan period -----------------------------------


def dated(
    entry_id: str, start: dt.date | None, until: dt.date | None, **kw: Any
) -> ss.Intervention:
    more: dict[str, Any] = {"valid_from": start, "valid_until": until}
    if until is not None:
        more["unverified"] = (
            Unverified(about=FactKind.CONTINUATION, note=ss.Text(en="Open.", nl="Open.")),
        )
    return entry(id=entry_id, keywords=(entry_id,), **more, **kw)


SPUK = dated("spuk", D(2023, 1, 1), D(2026, 12, 31), funders=(Funder.STATE,))
TIMED = Catalogue(
    entries=(
        SPUK,
        dated("open", None, None),
        dated("on-spuk", None, None, paid_through=("spuk",)),
        dated("old", D(2019, 1, 1), D(2022, 12, 31)),
        dated("future", D(2027, 1, 1), None),
    )
)


def timed(groups: tuple[ss.TargetGroup, ...] = (TG.LONELY_OLDER_PEOPLE,), **plan: Any) -> Any:
    eng = engagement(groups=groups, domains=(DOM.SPORT,))
    actions = tuple(
        ss.Action(
            id=f"a{i}",
            title=title,
            added=D(2026, 2, 1),
            period=None if start is None else ss.Period(start=start, end=end),
        )
        for i, (title, start, *rest) in enumerate(plan.get("actions", ()))
        for end in [rest[0] if rest else None]
    )
    return attrs.evolve(eng, plan=ss.ImplementationPlan(actions=actions))


def statuses(found: tuple[ss.Suggestion, ...]) -> dict[str, tuple[str, bool]]:
    return {s.id: (s.validity.value, s.recommended) for s in found}


def test_validity_statuses() -> None:
    d = D
    assert validity(SPUK, d(2026, 6, 1), (d(2026, 1, 1), d(2026, 12, 31))) is Validity.CURRENT
    assert validity(SPUK, d(2026, 6, 1), (d(2026, 1, 1), d(2027, 6, 30))) is (
        Validity.ENDS_DURING_PLAN
    )
    assert validity(SPUK, d(2026, 6, 1), (d(2027, 1, 1), None)) is Validity.ENDS_BEFORE_PLAN
    assert validity(SPUK, d(2026, 6, 1)) is Validity.ENDS_DURING_PLAN  # no plan: open end
    assert validity(SPUK, d(2026, 12, 31)) is Validity.ENDS_DURING_PLAN  # last day still valid
    assert validity(SPUK, d(2027, 1, 1)) is Validity.ENDED
    assert validity(SPUK, d(2022, 12, 31)) is Validity.NOT_YET_VALID
    assert validity(TIMED.entry("open"), d(1990, 1, 1)) is Validity.CURRENT
    assert Validity.CURRENT.recommendable and not Validity.ENDS_DURING_PLAN.recommendable
    assert {v.in_force for v in (Validity.ENDED, Validity.NOT_YET_VALID)} == {False}


def test_plan_window_from_the_plan() -> None:
    assert plan_window(engagement()) is None
    eng = timed(actions=[("x", D(2027, 3, 1)), ("y", D(2027, 1, 15)), ("z", None)])
    assert plan_window(eng) == (D(2027, 1, 15), None)
    # actions with ends: the plan runs to the last end, open when one is open
    closed = timed(
        actions=[("x", D(2027, 3, 1), D(2028, 6, 30)), ("y", D(2027, 1, 15), D(2027, 12, 31))]
    )
    assert plan_window(closed) == (D(2027, 1, 15), D(2028, 6, 30))
    one_open = timed(actions=[("x", D(2027, 3, 1), D(2028, 6, 30)), ("y", D(2027, 1, 15))])
    assert plan_window(one_open) == (D(2027, 1, 15), None)
    # the plan's own period comes first
    period = ss.Period(start=D(2026, 9, 1), end=D(2030, 12, 31))
    own = attrs.evolve(closed, plan=attrs.evolve(closed.plan, period=period))
    assert plan_window(own) == (D(2026, 9, 1), D(2030, 12, 31))
    found = {s.id: s for s in ss.opportunities(own, on=D(2026, 12, 2), catalogue=TIMED)}
    assert found["spuk"].validity is Validity.ENDS_DURING_PLAN
    assert found["spuk"].window == (D(2026, 9, 1), D(2030, 12, 31))
    short = attrs.evolve(
        own, plan=attrs.evolve(own.plan, period=ss.Period(start=D(2026, 9, 1), end=D(2026, 12, 31)))
    )
    assert {s.id: s.validity for s in ss.opportunities(short, on=D(2026, 12, 2), catalogue=TIMED)}[
        "spuk"
    ] is Validity.CURRENT
    drafted = attrs.evolve(engagement(), plan=ss.ImplementationPlan(drafted=D(2026, 10, 6)))
    assert plan_window(drafted) == (D(2026, 10, 6), None)
    presented = attrs.evolve(drafted, plan=attrs.evolve(drafted.plan, presented=D(2026, 11, 1)))
    assert plan_window(presented) == (D(2026, 11, 1), None)


def test_a_route_ending_before_the_plan_is_flagged_not_recommended() -> None:
    found = ss.opportunities(
        timed(actions=[("x", D(2027, 1, 15))]), on=D(2026, 12, 2), catalogue=TIMED
    )
    assert statuses(found) == {
        "open": ("current", True),
        "on-spuk": ("current", False),  # open itself, but its money ends
        "spuk": ("ends-before-plan", False),
    }
    by_id = {s.id: s for s in found}
    assert [r.id for r in by_id["on-spuk"].money_ends] == ["spuk"]
    spuk = by_id["spuk"]
    assert spuk.flag is not None
    assert "31 December 2026" in spuk.flag.en and "31 december 2026" in spuk.flag.nl
    assert by_id["open"].flag is None
    # plain recommendations first, then the flagged ones
    assert [s.id for s in found] == ["open", "on-spuk", "spuk"]
    data = spuk.to_dict()
    assert (data["validity"], data["valid_until"], data["recommended"]) == (
        "ends-before-plan",
        "2026-12-31",
        False,
    )
    assert data["plan_window"] == {"start": "2027-01-15", "end": None}
    assert by_id["on-spuk"].to_dict()["money_ends"] == [
        {"route": "spuk", "valid_until": "2026-12-31"}
    ]


def test_without_a_plan_period_an_end_date_is_still_flagged() -> None:
    found = ss.opportunities(timed(), on=D(2024, 5, 1), catalogue=TIMED)
    assert statuses(found)["spuk"] == ("ends-during-plan", False)
    assert statuses(found)["open"] == ("current", True)


def test_ended_and_future_entries_are_left_out_unless_in_the_plan() -> None:
    found = ss.opportunities(timed(), on=D(2026, 12, 2), catalogue=TIMED)
    assert "old" not in statuses(found) and "future" not in statuses(found)
    after = ss.opportunities(timed(), on=D(2027, 1, 1), catalogue=TIMED)
    assert set(statuses(after)) == {"open", "on-spuk", "future"}
    assert statuses(after)["on-spuk"] == ("current", False)  # its money route has ended
    on_spuk = next(s for s in after if s.id == "on-spuk")
    assert on_spuk.flag is not None and "31 December 2026" in on_spuk.flag.en
    in_plan = timed(actions=[("old and spuk", D(2027, 2, 1))])
    found = {s.id: s for s in ss.opportunities(in_plan, on=D(2027, 1, 2), catalogue=TIMED)}
    assert found["old"].validity is Validity.ENDED and found["old"].in_plan
    assert found["spuk"].validity is Validity.ENDED
    assert found["old"].flag is not None and "31 december 2022" in found["old"].flag.nl


def test_money_ending_skips_routes_that_last() -> None:
    on, window = D(2024, 1, 1), (D(2024, 1, 1), D(2026, 12, 31))
    assert money_ending(TIMED.entry("on-spuk"), TIMED, on, window) == ()
    assert money_ending(TIMED.entry("on-spuk"), TIMED, on, (D(2024, 1, 1), None)) == (SPUK,)
    # a route that ends with the entry itself adds nothing to the entry's own end date
    same = dated("same", None, D(2026, 12, 31), paid_through=("spuk",))
    assert money_ending(same, TIMED, on, None) == ()


def test_opportunities_default_to_today(monkeypatch: pytest.MonkeyPatch) -> None:
    found = ss.opportunities(timed(), catalogue=TIMED)
    assert {s.on for s in found} == {dt.date.today()}


# -- the shipped examples ------------------------------------------------------------

ON = D(2026, 12, 2)


def ids(found: tuple[ss.Suggestion, ...], in_plan: bool) -> list[str]:
    return [s.id for s in found if s.in_plan is in_plan]


def test_examples_order_new_first_then_lasting_then_by_score(example_paths: list[Path]) -> None:
    for path in example_paths:
        found = ss.opportunities(ss.load(path), on=ON)
        assert found, path
        keys = [(s.in_plan, not s.lasts) for s in found]
        assert keys == sorted(keys)
        for key in set(keys):
            part = [(-s.score, s.id) for s in found if (s.in_plan, not s.lasts) == key]
            assert part == sorted(part)
        assert all(0.0 <= s.score <= 1.0 for s in found)
        # never a plain recommendation of a route that ends before the plan does
        for s in found:
            if s.recommended:
                assert s.intervention.valid_until is None and not s.money_ends


def test_lonely_older_people_get_exercise_and_welfare_on_prescription(
    etten_leur: ss.Engagement,
) -> None:
    found = ss.opportunities(etten_leur, on=ON)
    new = ids(found, False)
    assert {"meer-bewegen-voor-ouderen", "welzijn-op-recept", "valpreventie", "in-balans"} <= set(
        new
    )
    assert "gli" not in [s.id for s in found]  # nobody with overweight in Etten-Leur
    present = {s.id: s.found_in for s in found if s.in_plan}
    assert present == {
        "brede-spuk": ("sportakkoord",),
        "buurtsportcoach": ("brc-sport",),
        "lokaal-sportakkoord": ("sportakkoord",),
    }
    by_id = {s.id: s for s in found}
    assert by_id["meer-bewegen-voor-ouderen"].recommended
    assert not by_id["welzijn-op-recept"].recommended  # its Brede SPUK money ends in 2026
    assert by_id["brede-spuk"].validity is Validity.ENDS_DURING_PLAN  # no plan dates yet


def test_roosendaal_plan_starts_after_the_2026_agreements_end(roosendaal: ss.Engagement) -> None:
    found = {s.id: s for s in ss.opportunities(roosendaal, on=ON)}
    assert plan_window(roosendaal) == (D(2027, 1, 1), D(2030, 12, 31))
    for entry_id in ("brede-spuk", "gala", "lokaal-sportakkoord"):
        assert found[entry_id].validity is Validity.ENDS_BEFORE_PLAN, entry_id
        assert not found[entry_id].recommended
    assert found["buurtsportcoach"].in_plan
    assert found["buurtsportcoach"].validity is Validity.ENDS_BEFORE_PLAN
    assert [r.id for r in found["valpreventie"].money_ends] == ["brede-spuk"]
    # after the agreements ended, they are no advice at all; the coaches stay, flagged
    later = {s.id: s for s in ss.opportunities(roosendaal, on=D(2027, 1, 1))}
    assert "gala" not in later
    # the Sportakkoord budget is paid through the Brede SPUK: in the plan, flagged as ended
    assert later["brede-spuk"].in_plan and later["brede-spuk"].validity is Validity.ENDED
    assert later["buurtsportcoach"].validity is Validity.ENDED


def test_roosendaal_has_gli_jeugdfonds_and_coaches_in_its_plan(roosendaal: ss.Engagement) -> None:
    found = {s.id: s for s in ss.opportunities(roosendaal, on=ON)}
    assert found["gli"].found_in == ("a-na-gli", "k-gewicht")
    assert found["jeugdfonds-sport-en-cultuur"].found_in == ("k-armoede", "jeugdfonds")
    assert found["buurtsportcoach"].in_plan
    assert found["sports-clubs-in-re-integration"].found_in == ("a-werkplekken", "k-werk")
    assert not found["meer-bewegen-voor-ouderen"].in_plan
    assert "sportparticipatiebegeleiders" not in found  # no status holders in Roosendaal


def test_roosendaal_before_its_plan(roosendaal: ss.Engagement) -> None:
    found = {s.id: s for s in ss.opportunities(roosendaal, on=D(2026, 3, 1))}
    assert not found["gli"].in_plan  # opportunities and plan came later
    assert found["jeugdfonds-sport-en-cultuur"].found_in == ("jeugdfonds",)
    # the plan period is known (2027-2030): the 2026 routes end before it starts
    assert found["brede-spuk"].validity is Validity.ENDS_BEFORE_PLAN


def test_bergen_op_zoom_gets_work_and_status_holder_connections(bergen: ss.Engagement) -> None:
    found = ss.opportunities(bergen, on=ON)
    new = ids(found, False)
    assert new[:2] == ["bewegen-naar-werk", "participatiewet-re-integratie"]
    assert {"sportparticipatiebegeleiders", "sportmaat-voor-werkdaad"} <= set(new)
    assert set(ids(found, True)) == {
        "brede-spuk",
        "buurtsportcoach",
        "sports-clubs-in-re-integration",
        "lokaal-sportakkoord",
    }
    assert "meer-bewegen-voor-ouderen" not in [s.id for s in found]


# -- command line ----------------------------------------------------------------------


def test_cli_opportunities_text_in_dutch(capsys: pytest.CaptureFixture[str]) -> None:
    path = str(EXAMPLES / "bergen-op-zoom-stuck.yaml")
    result = run(capsys, "opportunities", path, "--lang", "nl", "--on", "2026-12-02")
    assert result.code == 0
    assert "bewegen-naar-werk" in result.out
    assert result.out.index("bewegen-naar-werk") < result.out.index("buurtsportcoach")
    assert "31 december 2026" in result.out


def test_cli_opportunities_show_end_dates_in_both_languages(
    capsys: pytest.CaptureFixture[str],
) -> None:
    path = str(EXAMPLES / "roosendaal-kickoff.yaml")
    for lang in ("en", "nl"):
        for fmt in ("text", "markdown"):
            out = run(
                capsys, "opportunities", path, "--on", "2026-12-02", "--lang", lang, "--format", fmt
            ).out
            end, start = {
                "en": ("31 December 2026", "1 January 2027"),
                "nl": ("31 december 2026", "1 januari 2027"),
            }[lang]
            assert end in out and start in out, (lang, fmt)
    # the flagged routes come after every plain recommendation
    out = run(capsys, "opportunities", path, "--on", "2026-12-02").out
    order = re.findall(r"^  \d\.\d\d  (\S+)", out, re.M)
    assert order.index("welzijn-op-recept") > order.index("meer-bewegen-voor-ouderen")
    assert order.index("brede-spuk") > order.index("wmo-algemene-voorziening")


def test_cli_opportunities_json(capsys: pytest.CaptureFixture[str]) -> None:
    path = EXAMPLES / "roosendaal-kickoff.yaml"
    result = run(capsys, "opportunities", str(path), "--format", "json", "--on", "2026-12-02")
    assert result.code == 0
    data = json.loads(result.out)
    assert data["municipality"] == "Roosendaal"
    assert data["on"] == "2026-12-02"
    assert data["plan_window"] == {"start": "2027-01-01", "end": "2030-12-31"}
    expected = [s.id for s in ss.opportunities(ss.load(path), on=ON)]
    assert [s["id"] for s in data["suggestions"]] == expected
    first = data["suggestions"][0]
    assert set(first) >= {
        "score",
        "parts",
        "in_plan",
        "found_in",
        "reason",
        "sources",
        "validity",
        "valid_from",
        "valid_until",
        "recommended",
        "flag",
        "taakvelden",
        "co_financing",
        "unverified",
    }
    spuk = next(s for s in data["suggestions"] if s["id"] == "brede-spuk")
    assert (spuk["validity"], spuk["valid_until"], spuk["recommended"]) == (
        "ends-before-plan",
        "2026-12-31",
        False,
    )


def test_cli_opportunities_default_date_is_today(capsys: pytest.CaptureFixture[str]) -> None:
    path = str(EXAMPLES / "roosendaal-kickoff.yaml")
    data = json.loads(run(capsys, "opportunities", path, "--format", "json").out)
    assert data["on"] == dt.date.today().isoformat()


def test_cli_opportunities_markdown_and_on(capsys: pytest.CaptureFixture[str]) -> None:
    path = str(EXAMPLES / "roosendaal-kickoff.yaml")
    result = run(capsys, "opportunities", path, "--format", "markdown", "--on", "2026-03-01")
    assert result.code == 0
    assert result.out.startswith("# ")


def test_cli_opportunities_exit_codes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = str(EXAMPLES / "roosendaal-kickoff.yaml")
    assert run(capsys, "opportunities", str(tmp_path / "missing.yaml")).code == 1
    assert run(capsys, "opportunities", path, "--on", "yesterday").code == 2
    assert run(capsys, "opportunities").code == 2
    bad = tmp_path / "cat.json"
    bad.write_text(json.dumps(doc(entry_data(target_groups=["pensioners"]))), encoding="utf-8")
    result = run(capsys, "opportunities", path, "--catalogue", str(bad))
    assert result.code == 1
    assert "SCH105" in result.err


def test_cli_opportunities_with_own_catalogue(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    own = tmp_path / "cat.json"
    own.write_text(json.dumps(doc(entry_data())), encoding="utf-8")
    result = run(
        capsys,
        "opportunities",
        str(EXAMPLES / "etten-leur-baseline.yaml"),
        "--catalogue",
        str(own),
        "--format",
        "json",
    )
    assert result.code == 0
    assert [s["id"] for s in json.loads(result.out)["suggestions"]] == ["walking-football"]


def test_cli_catalogue_lists_entries_with_sources(capsys: pytest.CaptureFixture[str]) -> None:
    result = run(capsys, "catalogue", "--lang", "nl", "--on", "2026-12-02")
    assert result.code == 0
    for e in load_catalogue():
        assert e.id in result.out
        assert e.sources[0].url in result.out
    assert "ongedateerd" in result.out
    assert "tot en met 31 december 2026 (geldig op 2 december 2026)" in result.out
    later = run(capsys, "catalogue", "--on", "2027-01-01").out
    assert "to 31 December 2026 (ended before 1 January 2027)" in later
    assert "6.1 Samenkracht en burgerparticipatie" in later
    result = run(capsys, "catalogue", "--format", "json")
    assert json.loads(result.out) == catalogue_to_data(load_catalogue())
    markdown = run(capsys, "catalogue", "--format", "markdown", "--lang", "nl").out
    assert markdown.startswith("# ") and "niet geverifieerd" in markdown


def test_cli_catalogue_checks_a_user_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "cat.json"
    bad.write_text(json.dumps(doc(entry_data(), copy.deepcopy(entry_data()))), encoding="utf-8")
    result = run(capsys, "catalogue", "--catalogue", str(bad))
    assert result.code == 1
    assert "CAT101" in result.err


def test_cli_schema_catalogue(capsys: pytest.CaptureFixture[str]) -> None:
    result = run(capsys, "schema", "catalogue")
    assert result.code == 0
    assert json.loads(result.out) == catalogue_schema()


# -- documentation -------------------------------------------------------------------


def test_docs_list_every_entry_and_code() -> None:
    text = (ROOT / "docs" / "catalogue.md").read_text(encoding="utf-8")
    for e in load_catalogue():
        assert f"| `{e.id}` |" in text, e.id
    for code in CATALOGUE_CODES:
        assert f"| {code.code} | {code.name} |" in text, code.code


#: Every source the older facts file (DOMAIN-FACTS.md) cites and the catalogue
#: uses, with the page date it gives (None: undated). Pages the 2026 file cites
#: too are pinned there, since the 2026 verification pass stands.
FACTS_OLD: dict[str, str | None] = {
    "https://www.loketgezondleven.nl/en/node/9791": None,
    "https://www.loketgezondleven.nl/zorgstelsel/gecombineerde-leefstijlinterventie": None,
    "https://www.zorggroephaarlemmermeer.nl/zorgverleners/zorg/welzijn-op-recept/": None,
    "https://www.kenniscentrumsportenbewegen.nl/interventies/interventie/"
    "meer-bewegen-voor-ouderen-mbvo/": None,
    "https://www.vriendenloterij.nl/over/goede-doelen/jeugdfonds-sport-en-cultuur": None,
    "https://www.stab22.nl/startpagina/landelijk-geld-voor-sport-en-cultuur": None,
    "https://auteurs.allesoversport.nl/artikel/wat-kunnen-sportverenigingen-betekenen-"
    "arbeidsintegratie/": None,
    "https://www.rotterdamsportsupport.nl/actueel/bewegen-naar-werk-bij-rsv-sperwers": None,
    "https://vng.nl/nieuws/statushouders-aan-de-slag-bij-sportverenigingen": None,
    "https://www.allesoversport.nl/artikel/buurtsportcoach-kan-brug-slaan-tussen-vluchtelingen-en-"
    "lokaal-sportaanbod/": "2016-04-18",
}

#: Every source the verification pass of 2026-12-02 (DOMAIN-FACTS-2026.md) cites
#: and the catalogue or the taakveld table uses, with the page date it gives.
FACTS_2026: dict[str, str | None] = {
    # Brede SPUK, BRC, Sportakkoord II, 2027
    "https://www.officielebekendmakingen.nl/stcrt-2023-4245.html": "2023-02-06",
    "https://www.innofunding.nl/nl/nieuws/28/10/25/flexibilisering-van-brede-spuk": "2025-10-28",
    "https://www.dus-i.nl/subsidies/brede-spuk-specifieke-uitkering": None,
    "https://www.sportakkoord.nl/informatie-sportakkoord-voor-gemeenten/": None,
    "https://www.knmp.nl/index.php/actueel/nieuws/gemeenten-gaan-aan-de-slag-met-valpreventie-en-"
    "welzijn-op-recept": "2023-02-16",
    "https://www.bewegenismedicijn.nl/web/nieuws/meer_aandacht_en_meer_geld_voor_gezondheid_en_"
    "preventie": "2023-02-27",
    "https://www.openkamer.org/kamervraag/2023Z03354/": "2023-05-01",
    "https://najaarsnota.rijswijk.nl/2025/programma-s/sport-cultuur-en-recreatie/beleidsproduct-5.1-"
    "sportbeleid-en-activering": "2025",
    "https://sportindebuurt.nl/buurtsportcoach/procedure/": None,
    "https://allesoversport.nl/thema/beleid/wat-betekent-het-hoofdlijnenakkoord-voor-sport-en-"
    "bewegen": None,
    "https://vng.nl/nieuws/sportakkoord-verlengd-met-4-jaar": "2022-12",
    "https://www.mulierinstituut.nl/publicaties/27077/monitor-brede-regeling-combinatiefuncties-"
    "2022/": "2022",
    "https://tools.kenniscentrumsportenbewegen.nl/financieringswijzer-sport-en-bewegen/onderwerp/"
    "toelichting-regeling-brede-regeling-combinatiefuncties/": None,
    "https://www.mulierinstituut.nl/producten-diensten/monitoring-landelijke-beleidsprogrammas/"
    "nationaal-sportakkoord/": None,
    "https://www.ssnb.nl/sportakkoord-ii/": None,
    "https://gezondactiefleven.nl/": None,
    "https://nocnsf.nl/sportakkoord": None,
    "https://www.tweedekamer.nl/kamerstukken/brieven_regering/detail?did=2025D23183&id=2025Z10068": (
        "2025-05-21"
    ),
    # GALA
    "https://berthub.eu/tkconv/document.html?nummer=2023D04443": "2023-02-06",
    "https://www.skipr.nl/nieuws/uitvoering-preventieakkoord-gala-dreigt-te-stranden-in-"
    "bestuurlijk-moeras/": "2025-05",
    "https://www.dejuistezorgopdejuisteplek.nl/programmas/gezond-en-actief-leven-akkoord-gala/": None,
    "https://www.ggdwb.nl/professional/gemeenten/het-gezond-en-actief-leven-akkoord/sociale-basis/"
    "welzijn-op-recept/": None,
    "https://vng.nl/nieuws/werkwijze-indienen-plan-van-aanpak-gala-en-sportakkoord-ii": None,
    "https://werkenindesport.nl/werkgevers/update-en-tools-voor-aanvraag-brede-spuk/": "2023-05-03",
    "https://www.tweedekamer.nl/kamerstukken/brieven_regering/detail?did=2025D17941&id=2025D17941": (
        "2025-04-18"
    ),
    # IZA and AZWA
    "https://zoek.officielebekendmakingen.nl/kst-31765-725.html": "2023-03-16",
    "https://www.dejuistezorgopdejuisteplek.nl/programmas/integraal-zorgakkoord/regionale-"
    "samenwerking/": None,
    "https://www.skipr.nl/nieuws/bijna-alle-regiobeelden-zijn-af/": "2023-07",
    "https://icthealth.nl/nieuws/recente-oplevering-regioplannen-is-belangrijk-onderdeel-iza/": (
        "2024-01"
    ),
    "https://transmuralis.nl/nieuws/voortgang-opstellen-regioplan-iza-zhn/": None,
    "https://vng.nl/nieuws/inzet-op-preventie-en-gezond-leven-voor-al-onze-inwoners": None,
    "https://www.skipr.nl/nieuws/nieuwe-nza-voorzitter-iza-geld-gaat-dit-jaar-niet-op-dat-betekent-"
    "vertraging/": "2023-09",
    "https://www.skipr.nl/nieuws/zo-verdween-840-miljoen-uit-de-iza-pot/": "2025-11-07",
    "https://www.skipr.nl/nieuws/iza-transformatieplan-welzijn-op-recept-goedgekeurd/": "2025-11-24",
    "https://www.rijksoverheid.nl/actueel/nieuws/2025/09/08/aanvullend-zorg--en-welzijnsakkoord-"
    "ondertekend": "2025-09-08",
    "https://www.skipr.nl/nieuws/meer-verbinding-focus-en-versnelling-met-azwa/": "2025-09-03",
    # Iv3 taakvelden
    "https://leidschendam-voorburg.jaarverslag-2017.nl/p1161/5-sport-cultuur-en-recreatie": "2017",
    "http://kadernota2020.etten-leur.tangelo.nl/programma/5.-sport-cultuur-en-recreatie/"
    "wettelijke-taken/sportbeleid-en-activering": None,
    "https://www.financiengemeenten.nl/content/61---Samenkracht-en-burgerparticipatie": None,
    "https://voorschoten.begroting-2023.nl/p13488/baten-en-lasten-per-taakveld": None,
    "https://taakveldenbegroting2023.bronckhorst.nl/1-zorg-en-ondersteuning/1b-toegang-en-"
    "individuele-voorzieningen/overige-maatwerkarrangementen-wmo-6-71d": "2023",
    "https://findo.nl/content/66---Maatwerkvoorzieningen-(WMO)": None,
    "https://findo.nl/content/64---Begeleide-participatie": None,
    "https://findo.nl/content/672a-%E2%80%93-Jeugdhulp-begeleiding": None,
    "https://findo.nl/content/672d-%E2%80%93-Jeugdhulp-zonder-verblijf-overig": None,
    "https://nijmegen.begroting-2024.nl/p57091/financieel-overzicht-taakvelden": None,
    # interventions and routes
    "https://trendbreukzuidlimburg.nl/project/vervolgaanpak-kansrijke-start/": None,
    "https://www.kennisnetgeboortezorg.nl/nieuws/zesde-voortgangsrapportage-kansrijke-start/": (
        "2023-04-20"
    ),
    "https://www.loketgezondleven.nl/en/node/11491": None,
    "https://www.veiligheid.nl/kennisaanbod/faq/veel-gestelde-vragen-over-de-ketenaanpak-"
    "valpreventie": None,
    "https://www.kenniscentrumsportenbewegen.nl/interventies/interventie/in-balans-valpreventie-"
    "programma-voor-ouderen/": None,
    "https://interventies.loketgezondleven.nl/leefstijlinterventies/interventies-zoeken/1400744": (
        "2022-03-24"
    ),
    "https://www.omroepspakenburg.nl/2020/09/21/aansluiten-bij-een-tegen-eenzaamheid/": "2020-09-21",
    "https://www.waardigouderworden.nl/nieuws/meer-dan-100-gemeenten-voor-een-tegen-eenzaamheid-"
    "surf-mee-op-die-golf/": None,
    "https://jogg.nl/jaarverslag-2020": "2021",
    "https://jogg.nl/jaarverslag-2022": "2023",
    "https://jogg.nl/nieuws/jaarlijkse-bijdrage-jogg-gemeenten-afgeschaft": "2020-12-01",
    "https://www.nhnieuws.nl/nieuws/n125920/fors-meer-ouders-vragen-financiele-hulp-om-sport-en-"
    "cultuurclub-te-betalen": "2023-09",
    "https://www.bndestem.nl/hoeksche-waard/recordaantal-kinderen-aangewezen-op-financiele-hulp-om-"
    "te-kunnen-sporten~a4189388/": "2022-08",
    "http://osuradio.nl/jeugdsportfonds-en-jeugdcultuurfonds-van-start/": None,
    "https://www.purmerend.nl/jeugdfonds-sport-cultuur": None,
    "https://interventies.loketgezondleven.nl/leefstijlinterventies/interventies-zoeken/1500162": (
        "2016-11-01"
    ),
    "https://www.moerdijk.nl/web/besluitenlijsten-2020/15-december-2020-besluitenlijst-b-amp-amp-w-"
    "vergadering/inning-eigen-bijdragen-meer-bewegen-voor-ouderen(mbvo)-2020.html": "2020-12-15",
    "https://www.loketgezondleven.nl/zorgstelsel/praktijkvoorbeelden/welzijn-op-recept": None,
    "https://www.iqhealthcare.nl/nl/publicaties/landelijke-monitor-welzijn-op-recept-toegenomen-"
    "verspreiding-in-nederland-en-aandachtspunten-voor-de-uitvoering/": None,
    "https://www.loketgezondleven.nl/leefstijlinterventies/wat-werkt-dossiers/wat-werkt-dossier-"
    "gecombineerde-leefstijlinterventie/voorwaarden-feiten-en-cijfers": None,
    "https://tools.kenniscentrumsportenbewegen.nl/financieringswijzer-sport-en-bewegen/onderwerp/"
    "aangepast-sporten/": None,
    "https://sportsupport.nl/plezier-in-sport-en-bewegen-voor-iedereen/": None,
    "https://www.rotterdamsportsupport.nl/actueel/vijf-jaar-bewegen-naar-werk-sport-werkt": None,
    "https://www.rotterdamsportsupport.nl/actueel/weer-durven-dromen-met-bewegen-naar-werk": None,
    "http://www.opennieuwsbank.nl/bericht/2016/04/14/G045-werkzoekenden-organiseren-zelf-samen-"
    "sterk-naar-we.html": "2016-04-14",
    "https://www.kenniscentrumsportenbewegen.nl/interventies/interventie/sportmaat-voor-werkdaad/": (
        None
    ),
}


def test_the_two_facts_files_do_not_overlap_here() -> None:
    assert not set(FACTS_OLD) & set(FACTS_2026)


def test_every_source_is_one_of_the_sourced_facts_with_its_date() -> None:
    pinned = {**FACTS_OLD, **FACTS_2026}
    used = {(s.url, s.date) for entry in load_catalogue() for s in entry.sources}
    assert used <= set(pinned.items())
    taakveld_sources = {url for tv in TAAKVELDEN.values() for url in tv.sources}
    assert taakveld_sources <= set(FACTS_2026)
    # and every pinned source is used by some entry or by the taakveld table
    assert {url for url, _ in used} | taakveld_sources == set(pinned)


def test_sources_checked_on_the_date_of_their_facts_file() -> None:
    for entry in load_catalogue():
        for source in entry.sources:
            expected = NEW if source.url in FACTS_2026 else OLD
            assert source.checked.isoformat() == expected, source.url
