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
    Funder,
    InterventionKind,
    Source,
    build_catalogue_schema,
    catalogue_from_data,
    catalogue_schema,
    catalogue_to_data,
    engagement_goals,
    load_catalogue,
)
from sportsocial.io.schema_check import check_schema

from .cli_helpers import run
from .conftest import EXAMPLES, ROOT

D = dt.date
TG = ss.TargetGroup
SG = ss.SocialGoal
DOM = ss.Domain
CHECKED = D(2026, 11, 25)


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
        "sources": [{"url": "https://example.org/wf", "title": "Example", "date": None}],
        "checked": "2026-11-25",
    }
    data.update(changes)
    return data


def doc(*entries: dict[str, Any]) -> dict[str, Any]:
    return {"schema_version": 1, "entries": list(entries)}


# -- the shipped catalogue ---------------------------------------------------------


def test_shipped_catalogue_reads_from_package_data() -> None:
    data = shipped_data()
    assert data["schema_version"] == 1
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
    } <= ids


def test_every_entry_has_https_sources_with_dates_or_undated() -> None:
    for entry in load_catalogue():
        assert entry.sources, entry.id
        for src in entry.sources:
            assert src.url.startswith("https://"), (entry.id, src.url)
            assert src.title.strip()
            assert src.date is None or re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", src.date)
        assert entry.checked == CHECKED


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


def test_facts_as_stated_in_the_facts_file() -> None:
    cat = load_catalogue()
    gli = cat.entry("gli")
    assert gli.funders == (Funder.HEALTH_INSURANCE,)
    assert gli.funding_domains == ()
    assert gli.target_groups == (TG.PEOPLE_WITH_OVERWEIGHT,)
    brc = cat.entry("buurtsportcoach")
    assert brc.kind is InterventionKind.ARRANGEMENT
    assert "60%" in brc.financing.en and "60%" in brc.financing.nl
    assert "2023" in brc.financing.en
    assert cat.entry("brede-spuk").kind is InterventionKind.FUNDING_ROUTE
    assert cat.entry("jeugdfonds-sport-en-cultuur").funders == (Funder.FUND,)
    dated = {s.url: s.date for e in cat for s in e.sources}
    assert dated["https://www.officielebekendmakingen.nl/stcrt-2023-4245.html"] == "2023-02-06"
    assert dated["https://sportindebuurt.nl/buurtsportcoach/procedure/"] is None


def test_catalogue_lookup() -> None:
    cat = load_catalogue()
    assert cat.entry("gli").id == "gli"
    assert cat.get("nope") is None
    assert "gli" in cat and "nope" not in cat
    with pytest.raises(KeyError, match="gli"):
        cat.entry("nope")
    assert [e.id for e in cat] == list(cat.ids)


def test_source_date_label() -> None:
    undated = Source(url="https://x.org", title="x", date=None)
    assert undated.undated
    assert undated.date_label("nl") == "ongedateerd"
    assert Source(url="https://x.org", title="x", date="2019").date_label("en") == "2019"


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


def test_source_needs_https_and_a_date_field() -> None:
    src = {"url": "http://example.org", "title": "t"}
    assert problems(doc(entry_data(sources=[src]))) == [
        ("SCH101", "$.entries[0].sources[0].date"),
        ("SCH106", "$.entries[0].sources[0].url"),
    ]


def test_source_dates() -> None:
    def with_date(date: Any) -> dict[str, Any]:
        return doc(entry_data(sources=[{"url": "https://x.org", "title": "t", "date": date}]))

    path = "$.entries[0].sources[0].date"
    assert problems(with_date("Sep 2023")) == [("SCH106", path)]
    assert problems(with_date("2023-02-30")) == [("CAT102", path)]
    assert problems(with_date("2027-01")) == [("CAT106", path)]
    for good in ("2019", "2023-09", "2016-04-18", None):
        assert catalogue_from_data(with_date(good)).entries[0].sources[0].date == good


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
    assert problems({**doc(entry_data()), "schema_version": 2}) == [("SCH105", "$.schema_version")]


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
            Source(url=f"https://example.org/{i}/{j}", title=draw(_words.filter(bool)), date=d)
            for j, d in enumerate(draw(st.lists(_source_dates, min_size=1, max_size=3)))
        )
        entries.append(
            ss.Intervention(
                id=f"entry-{i}",
                kind=draw(st.sampled_from(InterventionKind)),
                name=draw(_texts),
                summary=draw(_texts),
                target_groups=draw(_unique(TG)),
                social_goals=draw(_unique(SG).filter(bool)),
                funding_domains=draw(_unique(DOM)),
                funders=draw(_unique(Funder)),
                financing=draw(_texts),
                keywords=tuple(f"k{i} {w}" for w in words),
                sources=sources,
                checked=CHECKED,
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
            funders=(Funder.HEALTH_INSURANCE,),
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


# -- the shipped examples ------------------------------------------------------------


def ids(found: tuple[ss.Suggestion, ...], in_plan: bool) -> list[str]:
    return [s.id for s in found if s.in_plan is in_plan]


def test_examples_order_new_first_then_by_score(example_paths: list[Path]) -> None:
    for path in example_paths:
        found = ss.opportunities(ss.load(path))
        assert found, path
        flags = [s.in_plan for s in found]
        assert flags == sorted(flags)
        for group in (False, True):
            part = [(-s.score, s.id) for s in found if s.in_plan is group]
            assert part == sorted(part)
        assert all(0.0 <= s.score <= 1.0 for s in found)


def test_lonely_older_people_get_exercise_and_welfare_on_prescription(
    etten_leur: ss.Engagement,
) -> None:
    found = ss.opportunities(etten_leur)
    new = ids(found, False)
    assert {"meer-bewegen-voor-ouderen", "welzijn-op-recept", "jeugdfonds-sport-en-cultuur"} <= set(
        new
    )
    assert "gli" not in [s.id for s in found]  # nobody with overweight in Etten-Leur
    present = {s.id: s.found_in for s in found if s.in_plan}
    assert present == {"buurtsportcoach": ("brc-sport",), "lokaal-sportakkoord": ("sportakkoord",)}


def test_roosendaal_has_gli_jeugdfonds_and_coaches_in_its_plan(roosendaal: ss.Engagement) -> None:
    found = {s.id: s for s in ss.opportunities(roosendaal)}
    assert found["gli"].found_in == ("a-na-gli", "k-gewicht")
    assert found["jeugdfonds-sport-en-cultuur"].found_in == ("k-armoede", "jeugdfonds")
    assert found["buurtsportcoach"].in_plan
    assert found["sports-clubs-in-re-integration"].found_in == ("a-werkplekken", "k-werk")
    assert not found["meer-bewegen-voor-ouderen"].in_plan
    assert ids(tuple(found.values()), False)[0] == "brede-spuk"
    assert "sportparticipatiebegeleiders" not in found  # no status holders in Roosendaal


def test_roosendaal_before_its_plan(roosendaal: ss.Engagement) -> None:
    found = {s.id: s for s in ss.opportunities(roosendaal, on=D(2026, 3, 1))}
    assert not found["gli"].in_plan  # opportunities and plan came later
    assert found["jeugdfonds-sport-en-cultuur"].found_in == ("jeugdfonds",)


def test_bergen_op_zoom_gets_work_and_status_holder_connections(bergen: ss.Engagement) -> None:
    found = ss.opportunities(bergen)
    new = ids(found, False)
    assert new[0] == "bewegen-naar-werk"
    assert {"sportparticipatiebegeleiders", "sportmaat-voor-werkdaad"} <= set(new)
    assert set(ids(found, True)) == {
        "buurtsportcoach",
        "sports-clubs-in-re-integration",
        "lokaal-sportakkoord",
    }
    assert "meer-bewegen-voor-ouderen" not in [s.id for s in found]


# -- command line ----------------------------------------------------------------------


def test_cli_opportunities_text_in_dutch(capsys: pytest.CaptureFixture[str]) -> None:
    result = run(
        capsys, "opportunities", str(EXAMPLES / "bergen-op-zoom-stuck.yaml"), "--lang", "nl"
    )
    assert result.code == 0
    assert "bewegen-naar-werk" in result.out
    assert result.out.index("bewegen-naar-werk") < result.out.index("buurtsportcoach")


def test_cli_opportunities_json(capsys: pytest.CaptureFixture[str]) -> None:
    result = run(
        capsys, "opportunities", str(EXAMPLES / "roosendaal-kickoff.yaml"), "--format", "json"
    )
    assert result.code == 0
    data = json.loads(result.out)
    assert data["municipality"] == "Roosendaal"
    expected = [s.id for s in ss.opportunities(ss.load(EXAMPLES / "roosendaal-kickoff.yaml"))]
    assert [s["id"] for s in data["suggestions"]] == expected
    first = data["suggestions"][0]
    assert set(first) >= {"score", "parts", "in_plan", "found_in", "reason", "sources"}


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
    result = run(capsys, "catalogue", "--lang", "nl")
    assert result.code == 0
    for e in load_catalogue():
        assert e.id in result.out
        assert e.sources[0].url in result.out
    assert "ongedateerd" in result.out
    result = run(capsys, "catalogue", "--format", "json")
    assert json.loads(result.out) == catalogue_to_data(load_catalogue())
    assert run(capsys, "catalogue", "--format", "markdown").out.startswith("# ")


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


#: Every source the project's sourced facts file (DOMAIN-FACTS.md) cites for the
#: catalogue's topics, with the page date it gives (None: undated, or no date given).
#: A catalogue source outside this list, or with another date, is a fact the
#: project has not sourced.
FACT_SOURCES: dict[str, str | None] = {
    "https://tools.kenniscentrumsportenbewegen.nl/financieringswijzer-sport-en-bewegen/onderwerp/"
    "toelichting-regeling-brede-regeling-combinatiefuncties/": None,
    "https://sportindebuurt.nl/buurtsportcoach/procedure/": None,
    "https://vng.nl/publicaties/decentralisatie-uitkering-brede-regeling-combinatiefuncties-"
    "2019-2022": "2019",
    "https://sportindebuurt.nl/seb-nieuws/aantal-buurtsportcoaches-en-cultuurcoaches-groeit-tot-"
    "ruim-6-100": None,
    "https://www.dus-i.nl/subsidies/brede-spuk-specifieke-uitkering": None,
    "https://www.officielebekendmakingen.nl/stcrt-2023-4245.html": "2023-02-06",
    "https://www.innofunding.nl/nl/nieuws/28/10/25/flexibilisering-van-brede-spuk": "2025-10-28",
    "https://www.dus-i.nl/subsidies/specifieke-uitkering-sportakkoord": None,
    "https://zoek.officielebekendmakingen.nl/stcrt-2020-20587.html": "2020-04-03",
    "https://www.ssnb.nl/sportakkoord-ii/": None,
    "https://www.loketgezondleven.nl/en/node/9791": None,
    "https://www.loketgezondleven.nl/zorgstelsel/gecombineerde-leefstijlinterventie": None,
    "https://www.zorggroephaarlemmermeer.nl/zorgverleners/zorg/welzijn-op-recept/": None,
    "https://www.dejuistezorgopdejuisteplek.nl/programmas/gezond-en-actief-leven-akkoord-gala/": None,
    "https://interventies.loketgezondleven.nl/leefstijlinterventies/interventies-zoeken/1500162": (
        "2016-11-01"
    ),
    "https://www.kenniscentrumsportenbewegen.nl/interventies/interventie/"
    "meer-bewegen-voor-ouderen-mbvo/": None,
    "https://www.vriendenloterij.nl/over/goede-doelen/jeugdfonds-sport-en-cultuur": None,
    "https://www.stab22.nl/startpagina/landelijk-geld-voor-sport-en-cultuur": None,
    "https://www.purmerend.nl/jeugdfonds-sport-cultuur": None,
    "https://www.nhnieuws.nl/nieuws/n125920/fors-meer-ouders-vragen-financiele-hulp-om-sport-en-"
    "cultuurclub-te-betalen": "2023-09",
    "https://auteurs.allesoversport.nl/artikel/wat-kunnen-sportverenigingen-betekenen-"
    "arbeidsintegratie/": None,
    "https://www.kenniscentrumsportenbewegen.nl/interventies/interventie/sportmaat-voor-werkdaad/": (
        None
    ),
    "https://www.rotterdamsportsupport.nl/actueel/bewegen-naar-werk-bij-rsv-sperwers": None,
    "https://vng.nl/nieuws/statushouders-aan-de-slag-bij-sportverenigingen": None,
    "https://www.allesoversport.nl/artikel/buurtsportcoach-kan-brug-slaan-tussen-vluchtelingen-en-"
    "lokaal-sportaanbod/": "2016-04-18",
}


def test_every_source_is_one_of_the_sourced_facts_with_its_date() -> None:
    used = {(s.url, s.date) for entry in load_catalogue() for s in entry.sources}
    assert used <= set(FACT_SOURCES.items())
    # and every sourced fact on these topics is used by some entry
    assert {url for url, _ in used} == set(FACT_SOURCES)
