"""Each rule has a failing and a passing case; tests assert codes and ids, not wording.

The passing case is the Roosendaal example (ready for kick-off) on a fixed
date, completed where a rule looks beyond the kick-off; each failing case
changes exactly what the rule is about.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

import attrs
import pytest

import sportsocial as ss
from sportsocial.readiness import RULES
from sportsocial.readiness.rules._common import COMMITTING

from .builders import ADVISES, portfolios
from .conftest import EXAMPLES

ON = dt.date(2026, 11, 24)
Mutation = Callable[[ss.Engagement], ss.Engagement]


def _settled(stream: ss.FundingStream) -> ss.FundingStream:
    """The stream with its money from outside settled to 2030 (no longer through a scheme
    that ends in 2026) and every contribution committed."""
    end = dt.date(2030, 12, 31)
    if stream.id == "sportakkoord":
        return attrs.evolve(
            stream, period=ss.Period(start=stream.period.start, end=end), route=None
        )
    return attrs.evolve(
        stream,
        contributions=tuple(
            attrs.evolve(
                c,
                source=attrs.evolve(c.source, route=None),
                period=ss.Period(start=c.period.start, end=end) if c.period else None,
                status=None,
                committed=c.committed or dt.date(2026, 10, 13),
            )
            for c in stream.contributions
        ),
    )


def base() -> ss.Engagement:
    """Roosendaal, completed with what later gates ask (a presented plan, measurements),
    and with its money settled: the state's share and the Sportakkoord budget continued
    to 2030, the insurer's contribution committed."""
    eng = ss.load(EXAMPLES / "roosendaal-kickoff.yaml")
    eng = attrs.evolve(eng, funding=tuple(_settled(f) for f in eng.funding))
    goals = tuple(
        attrs.evolve(
            g,
            indicators=tuple(
                attrs.evolve(
                    i, measurements=(ss.Measurement(date=dt.date(2026, 10, 1), value=1.0),)
                )
                for i in g.indicators
            ),
        )
        for g in eng.goals
    )
    return attrs.evolve(
        eng, goals=goals, plan=attrs.evolve(eng.plan, presented=dt.date(2026, 11, 20))
    )


def codes(eng: ss.Engagement, code: str, on: dt.date = ON) -> list[tuple[str, tuple[str, ...]]]:
    report = ss.check(eng, "all", on=on, select=[code])
    return [(f.code, f.ids) for f in report.findings]


def evolve_items(items: tuple[object, ...], key: str, **changes: object) -> tuple[object, ...]:
    return tuple(attrs.evolve(x, **changes) if getattr(x, "id", None) == key else x for x in items)


def drop(items: tuple[object, ...], *ids: str) -> tuple[object, ...]:
    return tuple(x for x in items if getattr(x, "id", None) not in ids)


def without_decisions(*kinds: ss.DecisionKind) -> Mutation:
    return lambda e: attrs.evolve(e, decisions=tuple(d for d in e.decisions if d.kind not in kinds))


def action(eng: ss.Engagement, **changes: object) -> ss.Engagement:
    first = attrs.evolve(eng.plan.actions[0], **changes)
    return attrs.evolve(eng, plan=attrs.evolve(eng.plan, actions=(first, *eng.plan.actions[1:])))


def indicator(eng: ss.Engagement, **changes: object) -> ss.Engagement:
    g = eng.goals[0]
    g = attrs.evolve(g, indicators=(attrs.evolve(g.indicators[0], **changes), *g.indicators[1:]))
    return attrs.evolve(eng, goals=(g, *eng.goals[1:]))


def funding(eng: ss.Engagement, key: str, **changes: object) -> ss.Engagement:
    return attrs.evolve(eng, funding=evolve_items(eng.funding, key, **changes))  # type: ignore[arg-type]


def body(eng: ss.Engagement, key: str, **changes: object) -> ss.Engagement:
    return attrs.evolve(eng, governance=evolve_items(eng.governance, key, **changes))  # type: ignore[arg-type]


def contributions(eng: ss.Engagement, key: str, **changes: object) -> ss.Engagement:
    """Every contribution of fund ``key`` changed."""
    stream = eng.funding_stream(key)
    assert stream is not None
    changed = tuple(attrs.evolve(c, **changes) for c in stream.contributions)
    return funding(eng, key, contributions=changed)


def seats(eng: ss.Engagement, body_id: str, *ids: str) -> ss.Engagement:
    """Body ``body_id`` without the seats of ``ids``."""
    b = eng.body(body_id)
    assert b is not None
    kept = tuple(m for m in b.members if m.stakeholder not in ids)
    return body(eng, body_id, members=kept)


def without(eng: ss.Engagement, *decision_ids: str) -> ss.Engagement:
    return attrs.evolve(eng, decisions=drop(eng.decisions, *decision_ids))  # type: ignore[arg-type]


def stakeholder(eng: ss.Engagement, key: str, **changes: object) -> ss.Engagement:
    return attrs.evolve(eng, stakeholders=evolve_items(eng.stakeholders, key, **changes))  # type: ignore[arg-type]


def _ending(stream: ss.FundingStream, end: dt.date = dt.date(2027, 3, 31)) -> ss.FundingStream:
    """The stream, and each of its contributions, ending on ``end``."""
    return attrs.evolve(
        stream,
        period=ss.Period(start=stream.period.start, end=end),
        contributions=tuple(
            attrs.evolve(c, period=ss.Period(start=c.period.start, end=end) if c.period else None)
            for c in stream.contributions
        ),
    )


UNCOMMITTED_FUND: Mutation = lambda e: contributions(  # noqa: E731
    e, "fonds", committed=None, status=ss.FundingStatus.PROPOSED
)


def _social_successor(e: ss.Engagement) -> ss.Engagement:
    """Work and income's alderman leaves at the new college; the successor has not
    recommitted, and the alderman of Wmo now holds only sport."""
    left = dt.date(2026, 6, 9)
    weth_werk = e.stakeholder("weth-werk")
    assert weth_werk is not None
    e = stakeholder(
        e,
        "weth-werk",
        in_office=ss.Period(start=dt.date(2022, 6, 1), end=left),
        portfolios=tuple(attrs.evolve(p, until=left) for p in weth_werk.portfolios),
    )
    e = stakeholder(e, "weth-zorg", portfolios=(ss.Portfolio(domain=ss.Domain.SPORT),))
    b = e.body("stuurgroep")
    assert b is not None
    e = body(
        e,
        "stuurgroep",
        members=tuple(
            attrs.evolve(m, until=left) if m.stakeholder == "weth-werk" else m for m in b.members
        ),
    )
    successor = ss.Stakeholder(
        id="weth-werk-2",
        name="Wethouder Werk",
        kind=ss.StakeholderKind.PORTFOLIO_HOLDER,
        level=ss.Level.ADMINISTRATIVE,
        portfolios=portfolios(ss.Domain.WORK_AND_INCOME),
        in_office=ss.Period(start=dt.date(2026, 6, 10)),
    )
    e = attrs.evolve(e, stakeholders=(*e.stakeholders, successor))
    return without(e, "herbevestiging")


ALL_SILOED: Mutation = lambda e: attrs.evolve(  # noqa: E731
    e, funding=tuple(attrs.evolve(f, integration=ss.FundingIntegration.SILOED) for f in e.funding)
)

#: Ties between sport and the social domain at the executive level.
EXECUTIVE_BRIDGES = (
    {"bsc", "welzijn"},
    {"werkplein", "vv-west"},
    {"bsc", "wijkteam"},
    {"huisartsen", "bsc"},
)

# code -> (failing mutation, ids expected on the finding or None to skip that check)
FAILING: dict[str, tuple[Mutation, tuple[str, ...] | None]] = {
    "PRC101": (
        lambda e: attrs.evolve(
            e, funding=tuple(f for f in e.funding if f.domain is ss.Domain.SPORT)
        ),
        (),
    ),
    "PRC102": (without_decisions(ss.DecisionKind.COMMISSION), ()),
    "PRC104": (lambda e: attrs.evolve(e, opportunities=()), ()),
    "PRC105": (lambda e: attrs.evolve(e, obstacles=()), ()),
    "PRC106": (
        lambda e: attrs.evolve(
            e, obstacles=evolve_items(e.obstacles, "h-onbekend", response=None, response_date=None)
        ),  # type: ignore[arg-type]
        ("h-onbekend",),
    ),
    "PRC107": (lambda e: attrs.evolve(e, target_groups=()), ()),
    "PRC108": (lambda e: attrs.evolve(e, domains=(ss.Domain.SPORT,)), ()),
    "PRC109": (lambda e: e, None),  # checked on a late date below
    "PRC110": (
        lambda e: attrs.evolve(
            e, opportunities=evolve_items(e.opportunities, "k-werk", partners=())
        ),  # type: ignore[arg-type]
        ("k-werk",),
    ),
    "PLN101": (lambda e: attrs.evolve(e, plan=attrs.evolve(e.plan, actions=())), ()),
    "PLN102": (lambda e: action(e, owner=None), ("a-beweeggroepen",)),
    "PLN103": (lambda e: action(e, level=None), ("a-beweeggroepen",)),
    "PLN104": (lambda e: action(e, target_groups=()), ("a-beweeggroepen",)),
    "PLN105": (lambda e: action(e, funding=()), ("a-beweeggroepen",)),
    "PLN106": (lambda e: action(e, period=None), ("a-beweeggroepen",)),
    "PLN107": (lambda e: action(e, goals=()), ("a-beweeggroepen",)),
    "PLN108": (lambda e: attrs.evolve(e, plan=attrs.evolve(e.plan, presented=None)), ()),
    "PLN201": (
        lambda e: attrs.evolve(
            e,
            goals=(),
            plan=attrs.evolve(
                e.plan, actions=tuple(attrs.evolve(a, goals=()) for a in e.plan.actions)
            ),
        ),
        (),
    ),
    "PLN202": (
        lambda e: attrs.evolve(e, goals=(attrs.evolve(e.goals[0], indicators=()), *e.goals[1:])),
        ("d-eenzaamheid",),
    ),
    "PLN203": (lambda e: indicator(e, baseline=None, baseline_date=None), ("d-eenzaamheid",)),
    "PLN204": (lambda e: indicator(e, target=None), ("d-eenzaamheid",)),
    "PLN205": (
        lambda e: attrs.evolve(
            e, target_groups=(*e.target_groups, ss.TargetGroup.REFUGEES_STATUS_HOLDERS)
        ),
        (),
    ),
    "PLN301": (lambda e: indicator(e, measurements=()), ("d-eenzaamheid",)),
    "ANC101": (lambda e: attrs.evolve(e, decisions=drop(e.decisions, "verankering-sport")), ()),  # type: ignore[arg-type]
    "ANC102": (lambda e: attrs.evolve(e, decisions=drop(e.decisions, "verankering-sociaal")), ()),  # type: ignore[arg-type]
    "ANC103": (
        lambda e: attrs.evolve(
            e, decisions=evolve_items(e.decisions, "verankering-sport", document=None)
        ),  # type: ignore[arg-type]
        ("verankering-sport",),
    ),
    "ANC104": (UNCOMMITTED_FUND, ("fonds",)),
    "ANC105": (
        lambda e: without(
            e, "herbevestiging", "coalitieakkoord", "verankering-sport", "verankering-sociaal"
        ),
        (),
    ),
    "GOV101": (lambda e: body(e, "stuurgroep", mandate=ADVISES), ()),
    # the new holder of sport neither sits in the steering group nor shares a college
    # decision since taking the portfolio on 10 June 2026
    "GOV102": (
        lambda e: without(seats(e, "stuurgroep", "weth-zorg"), "herbevestiging"),
        ("weth-zorg",),
    ),
    "GOV103": (
        lambda e: attrs.evolve(
            seats(e, "stuurgroep", "weth-zorg", "weth-werk"),
            decisions=tuple(d for d in e.decisions if d.kind not in COMMITTING),
        ),
        ("weth-zorg", "weth-werk"),
    ),
    "GOV104": (
        without_decisions(
            ss.DecisionKind.AMBITION, ss.DecisionKind.VISION, ss.DecisionKind.COALITION_AGREEMENT
        ),
        (),
    ),
    "GOV106": (
        lambda e: without(seats(e, "stuurgroep", "weth-zorg"), "herbevestiging"),
        ("weth-sport", "weth-zorg"),
    ),
    "GOV107": (
        lambda e: body(e, "stuurgroep", mandate=ss.Mandate(kind=ss.MandateKind.DECISION)),
        ("stuurgroep",),
    ),
    "GOV108": (lambda e: without(e, "herbevestiging", "coalitieakkoord"), ("ambitie",)),
    "GOV109": (_social_successor, ("weth-werk", "weth-werk-2")),
    "GOV105": (lambda e: body(e, "stuurgroep", mandate=ADVISES), ("stuurgroep",)),
    "GOV201": (lambda e: seats(e, "werkgroep", "afd-wmo", "afd-werk", "afd-gezondheid"), ()),
    "GOV202": (lambda e: body(e, "kernteam", members=()), ("kernteam",)),
    "GOV301": (lambda e: attrs.evolve(e, governance=drop(e.governance, "kernteam")), ()),  # type: ignore[arg-type]
    "FIN101": (ALL_SILOED, ()),
    "FIN102": (
        lambda e: contributions(
            funding(e, "brc", integration=ss.FundingIntegration.SILOED),
            "brc",
            amount_per_year=2_500_000,
        ),
        (),
    ),
    "FIN103": (
        without_decisions(
            ss.DecisionKind.COUNCIL_BUDGET,
            ss.DecisionKind.FRAMEWORK_MEMO,
            ss.DecisionKind.BUDGET_AMENDMENT,
            ss.DecisionKind.STEERING_GROUP_DECISION,
        ),
        ("brc", "fonds", "jeugdfonds"),
    ),
    "FIN104": (
        lambda e: attrs.evolve(
            e,
            funding=tuple(
                attrs.evolve(
                    f,
                    domain=ss.Domain.SPORT,
                    contributions=tuple(
                        attrs.evolve(c, source=attrs.evolve(c.source, domain=ss.Domain.SPORT))
                        for c in f.contributions
                    ),
                )
                for f in e.funding
            ),
        ),
        (),
    ),
    "FIN201": (
        lambda e: attrs.evolve(
            e, funding=tuple(attrs.evolve(f, nature=ss.FundingNature.INCIDENTAL) for f in e.funding)
        ),
        (),
    ),
    "FIN202": (
        lambda e: funding(
            e,
            "jeugdfonds",
            nature=ss.FundingNature.INCIDENTAL,
            period=ss.Period(start=dt.date(2024, 1, 1), end=dt.date(2027, 3, 31)),
        ),
        ("jeugdfonds",),
    ),
    "FIN203": (lambda e: action(e, cost_per_year=2_000_000), ()),
    "FIN204": (UNCOMMITTED_FUND, ("a-beweeggroepen", "fonds")),
    "FIN205": (lambda e: attrs.evolve(e, funding=tuple(_ending(f) for f in e.funding)), ()),
    "FIN206": (lambda e: funding(e, "brc", holder=None), ("brc",)),
    # the Sportakkoord budget of the state ends on 2026-12-31, as in the example
    "FIN207": (
        lambda e: funding(
            e,
            "sportakkoord",
            period=ss.Period(start=dt.date(2024, 1, 1), end=dt.date(2026, 12, 31)),
        ),
        ("sportakkoord",),
    ),
    "FIN208": (
        lambda e: contributions(e, "fonds", status=ss.FundingStatus.UNDER_REVIEW),
        ("fonds",),
    ),
    "NET101": (
        lambda e: attrs.evolve(
            e,
            relations=tuple(
                r
                for r in e.relations
                if (ss.Domain.SPORT in e.stakeholder(r.source).domains)  # type: ignore[union-attr]
                == (ss.Domain.SPORT in e.stakeholder(r.target).domains)  # type: ignore[union-attr]
            ),
            governance=(),
        ),
        (),
    ),
    "NET102": (
        # no bodies, and the executive bridges between sport and welfare, work and care gone
        lambda e: attrs.evolve(
            e,
            governance=(),
            relations=tuple(
                r for r in e.relations if {r.source, r.target} not in EXECUTIVE_BRIDGES
            ),
        ),
        ("afd-sport",),
    ),
    "NET103": (
        lambda e: attrs.evolve(
            e,
            stakeholders=(
                *e.stakeholders,
                ss.Stakeholder(
                    id="zwemclub",
                    name="Zwemclub",
                    kind=ss.StakeholderKind.SPORTS_CLUB,
                    level=ss.Level.EXECUTIVE,
                    portfolios=portfolios(ss.Domain.SPORT),
                ),
            ),
        ),
        ("zwemclub",),
    ),
    "NET104": (
        lambda e: action(
            attrs.evolve(
                e,
                stakeholders=(
                    *e.stakeholders,
                    ss.Stakeholder(
                        id="zwemclub",
                        name="Zwemclub",
                        kind=ss.StakeholderKind.SPORTS_CLUB,
                        level=ss.Level.EXECUTIVE,
                        portfolios=portfolios(ss.Domain.SPORT),
                    ),
                ),
            ),
            owner="zwemclub",
        ),
        ("a-beweeggroepen", "zwemclub"),
    ),
    "NET105": (
        lambda e: attrs.evolve(
            e,
            stakeholders=(
                *e.stakeholders,
                ss.Stakeholder(
                    id="zwemclub",
                    name="Zwemclub",
                    kind=ss.StakeholderKind.SPORTS_CLUB,
                    level=ss.Level.EXECUTIVE,
                    portfolios=portfolios(ss.Domain.SPORT),
                ),
            ),
            relations=(
                *e.relations,
                ss.Relation(
                    source="zwemclub",
                    target="tc-centrum",
                    kind=ss.RelationKind.COLLABORATES,
                    period=ss.Period(start=dt.date(2020, 1, 1)),
                ),
            ),
        ),
        None,
    ),
    "NET201": (
        lambda e: attrs.evolve(
            e,
            stakeholders=tuple(
                s for s in e.stakeholders if not (s.civil_society and s.level is ss.Level.EXECUTIVE)
            ),
        ),
        None,
    ),
    "NET202": (
        lambda e: attrs.evolve(
            e,
            stakeholders=tuple(
                s for s in e.stakeholders if s.kind is not ss.StakeholderKind.SPORTS_CLUB
            ),
        ),
        None,
    ),
    "NET203": (
        lambda e: attrs.evolve(
            e,
            stakeholders=tuple(
                s
                for s in e.stakeholders
                if s.kind
                not in (
                    ss.StakeholderKind.WELFARE_ORGANISATION,
                    ss.StakeholderKind.COMMUNITY_ORGANISATION,
                )
            ),
        ),
        None,
    ),
    "PLN206": (
        lambda e: attrs.evolve(
            e,
            plan=attrs.evolve(
                e.plan,
                referral_routes=tuple(
                    r
                    for r in e.plan.referral_routes
                    if r.target_group is not ss.TargetGroup.LONELY_OLDER_PEOPLE
                ),
            ),
        ),
        (),
    ),
    "PLN207": (
        lambda e: attrs.evolve(e, stakeholders=drop(e.stakeholders, "werkplein")),  # type: ignore[arg-type]
        ("d-werk",),
    ),
    "PLN208": (
        lambda e: attrs.evolve(
            e,
            plan=attrs.evolve(
                e.plan,
                monitoring=tuple(m for m in e.plan.monitoring if m.indicator != "i-ouderen"),
            ),
        ),
        ("d-eenzaamheid",),
    ),
    "NET204": (
        lambda e: attrs.evolve(e, facilitator=attrs.evolve(e.facilitator, independent=False)),
        (),
    ),  # type: ignore[arg-type]
    # the Sportakkoord budget that pays the facilitator stops at the end of 2026, the
    # facilitator's engagement runs to 30 June 2027
    "NET205": (
        lambda e: funding(
            e,
            "sportakkoord",
            period=ss.Period(start=dt.date(2024, 1, 1), end=dt.date(2026, 12, 31)),
        ),
        ("sportakkoord",),
    ),
}


def test_every_rule_has_a_case() -> None:
    assert sorted(FAILING) == sorted(c for c in RULES if c != "PRC103")


def test_base_passes_every_rule() -> None:
    report = ss.check(base(), "all", on=ON)
    assert [(f.code, f.ids) for f in report.findings] == []


@pytest.mark.parametrize("code", sorted(FAILING))
def test_rule_fails_on_its_case(code: str) -> None:
    mutate, ids = FAILING[code]
    on = dt.date(2027, 10, 1) if code == "PRC109" else ON
    found = codes(mutate(base()), code, on)
    assert found, f"{code} did not fire"
    assert {c for c, _ in found} == {code}
    if ids is not None:
        assert found[0][1] == ids


def test_session_levels_rule_follows_the_gate() -> None:
    eng = base()
    only_official = attrs.evolve(
        eng,
        work_sessions=tuple(
            attrs.evolve(w, levels=(ss.Level.OFFICIAL,)) for w in eng.work_sessions
        ),
    )
    report = ss.check(only_official, "kick-off", on=ON, select=["PRC103"])
    assert sorted(f.level.value for f in report.findings if f.level) == [
        "administrative",
        "executive",
    ]
    assert ss.check(eng, "kick-off", on=ON, select=["PRC103"]).findings == ()


def test_filled_in_values_are_in_the_message_s_language() -> None:
    no_holders = attrs.evolve(
        base(),
        stakeholders=tuple(
            s for s in base().stakeholders if s.kind is not ss.StakeholderKind.PORTFOLIO_HOLDER
        ),
    )
    gov102 = ss.check(no_holders, "all", on=ON, select=["GOV102"]).findings
    assert [(f.code, f.ids) for f in gov102] == [("GOV102", ())]
    assert "none listed" not in gov102[0].message.nl
    mutate, _ = FAILING["FIN203"]
    (fin203,) = ss.check(mutate(base()), "all", on=ON, select=["FIN203"]).findings
    amounts_en = re.findall(r"€([0-9.,]+)", fin203.message.en)
    amounts_nl = re.findall(r"€ ([0-9.,]+)", fin203.message.nl)
    assert len(amounts_en) == 2 and any("," in a for a in amounts_en)
    # Dutch groups thousands with a dot: the same amounts, the other separator.
    assert amounts_nl == [a.replace(",", ".") for a in amounts_en]


def test_facilitation_from_money_that_stopped_or_is_only_proposed_blocks() -> None:
    ended = funding(
        base(),
        "sportakkoord",
        period=ss.Period(start=dt.date(2024, 1, 1), end=dt.date(2026, 6, 30)),
    )
    proposed = funding(base(), "sportakkoord", committed=None, status=ss.FundingStatus.PROPOSED)
    for eng in (ended, proposed):
        assert codes(eng, "NET204") == [("NET204", ("sportakkoord",))]
        assert not ss.check(eng, "kick-off", on=ON).ready
    # money that ends with the engagement, or later, is enough
    assert codes(base(), "NET205") == []


def _aligned_tender_stream(e: ss.Engagement) -> ss.Engagement:
    """A re-integration budget, aligned with sport, that waits for a tender decision."""
    jeugdfonds = e.funding_stream("jeugdfonds")
    assert jeugdfonds is not None
    stream = attrs.evolve(
        jeugdfonds,
        id="reintegratie",
        name="Re-integratiebudget",
        domain=ss.Domain.WORK_AND_INCOME,
        taakveld=None,
        committed=None,
        status=ss.FundingStatus.TENDER_DEPENDENT,
    )
    return attrs.evolve(e, funding=(*e.funding, stream))


def test_money_waiting_for_a_tender_warns_but_does_not_block_on_its_own() -> None:
    eng = _aligned_tender_stream(base())
    report = ss.check(eng, "kick-off", on=ON)
    assert report.ready
    assert ("FIN208", ("reintegratie",)) in [(f.code, f.ids) for f in report.findings]
    assert codes(eng, "ANC104") == []


def test_a_fund_is_anchored_when_every_municipal_contribution_is_committed() -> None:
    fund = base().funding_stream("fonds")
    assert fund is not None
    insurer_proposed = tuple(
        attrs.evolve(c, status=ss.FundingStatus.PROPOSED, committed=None)
        if c.source.funder is ss.Funder.INSURER
        else c
        for c in fund.contributions
    )
    work_proposed = tuple(
        attrs.evolve(c, status=ss.FundingStatus.PROPOSED, committed=None)
        if c.source.domain is ss.Domain.WORK_AND_INCOME
        else c
        for c in fund.contributions
    )
    # the insurer's share is a risk the municipality cannot commit itself (FIN208)
    assert codes(funding(base(), "fonds", contributions=insurer_proposed), "ANC104") == []
    # work and income only proposing its share leaves the fund not anchored
    assert codes(funding(base(), "fonds", contributions=work_proposed), "ANC104") == [
        ("ANC104", ("fonds",))
    ]


def _schema_has(path: str) -> bool:
    """Whether a rule's JSONPath (``$.a[*].b``) names a place the document schema has."""
    from sportsocial.io.schema import engagement_schema

    schema = engagement_schema()
    defs = schema.get("$defs", {})

    def resolve(node: dict[str, object]) -> dict[str, object]:
        while True:
            if "$ref" in node:
                node = defs[str(node["$ref"]).rsplit("/", 1)[-1]]
                continue
            options = node.get("anyOf") or node.get("oneOf")
            if isinstance(options, list):
                node = next(o for o in options if o.get("type") != "null")
                continue
            return node

    node: dict[str, object] = schema
    for name, _index in re.findall(r"\.([a-z_]+)|\[(\*|\d+)\]", path):
        node = resolve(node)
        child = node.get("properties", {}).get(name) if name else node.get("items")  # type: ignore[union-attr]
        if not isinstance(child, dict):
            return False
        node = child
    return True


def test_every_rule_inspects_places_the_document_has() -> None:
    assert not _schema_has("$.funding[*].source_domain")  # the field of format 1
    missing = [(code, p) for code, r in RULES.items() for p in r.paths if not _schema_has(p)]
    assert missing == []


def test_money_through_a_national_scheme_ends_with_the_scheme() -> None:
    """The Sportakkoord budget recorded without an end date: through the Brede SPUK it
    still ends on 31 December 2026, within the plan (FIN207) and within a budget cycle
    (FIN202); recorded without its route, nothing says it ends."""
    open_ended = ss.Period(start=dt.date(2024, 1, 1))
    through_spuk = funding(base(), "sportakkoord", period=open_ended, route="brede-spuk")
    unknown_route = funding(base(), "sportakkoord", period=open_ended, route=None)
    for code in ("FIN202", "FIN207"):
        assert codes(through_spuk, code) == [(code, ("sportakkoord",))]
        assert codes(unknown_route, code) == []
    # the facilitator it pays is paid to the end of 2026 only
    assert codes(through_spuk, "NET205") == [("NET205", ("sportakkoord",))]
    # after the scheme ended, it pays nobody
    assert codes(through_spuk, "NET204", on=dt.date(2027, 2, 1)) == [("NET204", ("sportakkoord",))]


def test_a_contribution_through_a_scheme_ends_with_it() -> None:
    fund = base().funding_stream("brc")
    assert fund is not None
    open_state_share = tuple(
        attrs.evolve(c, period=None, source=attrs.evolve(c.source, route="buurtsportcoach"))
        if c.source.funder is ss.Funder.STATE
        else c
        for c in fund.contributions
    )
    eng = funding(base(), "brc", contributions=open_state_share)
    assert any(c.source.route == "buurtsportcoach" for c in open_state_share)
    assert codes(eng, "FIN207") == [("FIN207", ("brc",))]
    unrouted = tuple(
        attrs.evolve(c, source=attrs.evolve(c.source, route=None)) for c in open_state_share
    )
    assert codes(funding(base(), "brc", contributions=unrouted), "FIN207") == []
