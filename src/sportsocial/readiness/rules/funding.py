"""FIN: shared funding — pooled or aligned money, structural money, coverage of the plan."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from ..._dates import add_days
from ...i18n import whole_number
from ...model import DecisionKind, FundingNature, Level
from .._registry import Dimension, Hit, RuleParameter, Severity, rule
from ..context import Context
from ._common import T, listing, spans_sport_and_social

_D = Dimension.FUNDING
_DAYS_PER_MONTH = 365.25 / 12


@rule(
    "FIN101",
    "no-shared-funding",
    dimension=_D,
    level=Level.ADMINISTRATIVE,
    severity=Severity.ERROR,
    message=T(
        "No money is shared between domains under a joint body",
        "Er is geen geld dat domeinen samen delen onder een gezamenlijk overleg",
    ),
    what=T(
        "Checks that some money is shared funding: from two or more domains, pooled or aligned, and decided on by a joint decision body.",
        "Controleert of er gezamenlijke middelen zijn: uit twee of meer domeinen, gebundeld of afgestemd, waarover een gezamenlijk overleg beslist.",
    ),
    why=T(
        "Shared funding is the foundation of the approach: money from one domain stays one domain's, whatever its label.",
        "Gezamenlijke middelen zijn het fundament van de aanpak: geld uit een domein blijft van dat domein, hoe het ook heet.",
    ),
    fix=T(
        "Pool or align streams of sport and of a social-domain area and put them under the joint steering group's decision.",
        "Bundel of stem geldstromen van sport en van het sociaal domein af en breng ze onder het besluit van de gezamenlijke stuurgroep.",
    ),
    example=T(
        "All streams siloed, or pooled but controlled by no joint body.",
        "Alle stromen verkokerd, of gebundeld maar zonder gezamenlijk overleg dat erover beslist.",
    ),
    paths=("$.funding", "$.governance[*].controls"),
)
def no_shared_funding(ctx: Context) -> Iterator[Hit]:
    if ctx.alignment.funding.shared_share <= 0:
        yield Hit(path="$.funding")


@rule(
    "FIN102",
    "shared-funding-share-low",
    dimension=_D,
    level=Level.ADMINISTRATIVE,
    severity=Severity.WARNING,
    message=T(
        "Only {share:.0%} of the money is shared funding (threshold {limit:.0%})",
        "Slechts {share:.0%} van het geld is gezamenlijk (drempel {limit:.0%})",
    ),
    what=T(
        "Checks the share of money that is shared funding against a threshold.",
        "Vergelijkt het aandeel gezamenlijke middelen met een drempel.",
    ),
    why=T(
        "A token pooled fund beside large siloed budgets changes little in practice.",
        "Een symbolisch gezamenlijk potje naast grote verkokerde budgetten verandert weinig.",
    ),
    fix=T(
        "Bring more of the streams under the joint body.",
        "Breng meer geldstromen onder het gezamenlijk overleg.",
    ),
    example=T(
        "EUR 10,000 pooled beside EUR 500,000 siloed.",
        "EUR 10.000 gebundeld naast EUR 500.000 verkokerd.",
    ),
    paths=("$.funding",),
    parameters=(
        RuleParameter(
            name="min_shared_share",
            default=0.25,
            unit="share (0..1)",
            maximum=1.0,
            description=T(
                "Smallest share of the money that should be shared funding: a quarter, so the joint body decides on a real part of the budget.",
                "Kleinste aandeel van het geld dat gezamenlijk hoort te zijn: een kwart, zodat het overleg over een echt deel van het budget beslist.",
            ),
        ),
    ),
)
def shared_funding_share_low(ctx: Context) -> Iterator[Hit]:
    share = ctx.alignment.funding.shared_share
    limit = ctx.param("min_shared_share")
    if 0 < share < limit:
        yield Hit(path="$.funding", values={"share": share, "limit": limit})


@rule(
    "FIN103",
    "no-decision-on-shared-funding",
    dimension=_D,
    level=Level.ADMINISTRATIVE,
    severity=Severity.ERROR,
    message=T(
        "No decision on shared funding has been taken",
        "Er is geen besluit over gezamenlijke middelen genomen",
    ),
    what=T(
        "Checks for a budget decision that concerns streams of two or more domains, or binds sport and a social-domain area.",
        "Controleert of er een budgetbesluit is over geldstromen van twee of meer domeinen, of dat sport en sociaal domein bindt.",
    ),
    why=T(
        "Intentions do not pay for actions; the administrative connection ends in a decision on money.",
        "Voornemens betalen geen acties; de bestuurlijke verbinding eindigt in een besluit over geld.",
    ),
    fix=T(
        "Prepare and record the budget decision on the shared funding.",
        "Bereid het budgetbesluit over de gezamenlijke middelen voor en leg het vast.",
    ),
    example=T(
        "Only a vision decision, no budget decision.",
        "Alleen een visiebesluit, geen budgetbesluit.",
    ),
    paths=("$.decisions",),
)
def no_decision_on_shared_funding(ctx: Context) -> Iterator[Hit]:
    e = ctx.engagement
    for d in e.decisions:
        if d.kind is not DecisionKind.BUDGET:
            continue
        sources = {s.source_domain for s in e.funding if s.id in d.funding}
        if len(sources) >= 2 or spans_sport_and_social(set(d.domains)):
            return
    yield Hit(path="$.decisions")


@rule(
    "FIN104",
    "single-domain-funding",
    dimension=_D,
    level=Level.ADMINISTRATIVE,
    severity=Severity.WARNING,
    message=T("All money comes from {count} domain(s)", "Al het geld komt uit {count} domein(en)"),
    what=T(
        "Checks that at least two domains contribute money.",
        "Controleert of minstens twee domeinen geld bijdragen.",
    ),
    why=T(
        "When sport pays and the social domain benefits, the money and the benefit part ways (the wrong pocket).",
        "Als sport betaalt en het sociaal domein profiteert, gaan geld en baat uiteen (de verkeerde zak).",
    ),
    fix=T(
        "Ask the benefiting social-domain areas to contribute.",
        "Vraag de delen van het sociaal domein die profiteren om bij te dragen.",
    ),
    example=T("Only sport budgets.", "Alleen sportbudgetten."),
    paths=("$.funding[*].source_domain",),
)
def single_domain_funding(ctx: Context) -> Iterator[Hit]:
    count = ctx.alignment.funding.contributing_domains
    if count < 2:
        yield Hit(path="$.funding", values={"count": count})


@rule(
    "FIN201",
    "structural-share-below-threshold",
    dimension=_D,
    level=Level.ADMINISTRATIVE,
    severity=Severity.ERROR,
    message=T(
        "Only {share:.0%} of the money is structural (threshold {limit:.0%})",
        "Slechts {share:.0%} van het geld is structureel (drempel {limit:.0%})",
    ),
    what=T(
        "Checks the structural share of the money active on the date.",
        "Vergelijkt het structurele aandeel van het geld op de datum met een drempel.",
    ),
    why=T(
        "Incidental money is how lucky hits stay lucky: the project ends when the grant does.",
        "Incidenteel geld is hoe toevalstreffers toevallig blijven: het project stopt als de subsidie stopt.",
    ),
    fix=T(
        "Replace project money by structural budget lines.",
        "Vervang projectgeld door structurele begrotingsposten.",
    ),
    example=T("Pilots on one-year grants.", "Pilots op subsidies van een jaar."),
    paths=("$.funding[*].nature",),
    parameters=(
        RuleParameter(
            name="min_structural_share",
            default=0.5,
            unit="share (0..1)",
            maximum=1.0,
            description=T(
                "Smallest structural share: at least half, so the approach survives the end of any one project grant.",
                "Kleinste structurele aandeel: minstens de helft, zodat de aanpak het einde van een projectsubsidie overleeft.",
            ),
        ),
    ),
)
def structural_share_below_threshold(ctx: Context) -> Iterator[Hit]:
    f = ctx.alignment.funding
    limit = ctx.param("min_structural_share")
    if f.total_per_year <= 0 or f.structural_share < limit:
        yield Hit(path="$.funding", values={"share": f.structural_share, "limit": limit})


@rule(
    "FIN202",
    "incidental-funding-ends-soon",
    dimension=_D,
    level=Level.OFFICIAL,
    severity=Severity.WARNING,
    message=T(
        "Incidental stream '{id}' ends on {end}", "Incidentele geldstroom '{id}' stopt op {end}"
    ),
    what=T(
        "Checks for incidental streams that end within the horizon after the date.",
        "Zoekt incidentele geldstromen die binnen de horizon na de datum stoppen.",
    ),
    why=T(
        "What it pays for stops with it unless a successor is arranged in time.",
        "Wat ervan betaald wordt, stopt ermee, tenzij op tijd een opvolger geregeld is.",
    ),
    fix=T(
        "Arrange structural follow-up funding before the end date.",
        "Regel structurele vervolgfinanciering voor de einddatum.",
    ),
    example=T(
        "A pilot grant ending in three months.", "Een pilotsubsidie die over drie maanden stopt."
    ),
    paths=("$.funding[*].period.end",),
    parameters=(
        RuleParameter(
            name="horizon_months",
            default=12,
            unit="months",
            description=T(
                "How far ahead to look: one year, a municipal budget cycle.",
                "Hoe ver vooruit te kijken: een jaar, een gemeentelijke begrotingscyclus.",
            ),
        ),
    ),
)
def incidental_funding_ends_soon(ctx: Context) -> Iterator[Hit]:
    horizon = add_days(ctx.on, round(ctx.param("horizon_months") * _DAYS_PER_MONTH))
    for i, s in enumerate(ctx.engagement.funding):
        end = s.period.end
        if s.nature is FundingNature.INCIDENTAL and end is not None and ctx.on <= end <= horizon:
            yield Hit(
                path=f"$.funding[{i}].period.end",
                values={"id": s.id, "end": end.isoformat()},
                ids=(s.id,),
            )


def _first_year(ctx: Context) -> tuple[dt.date, dt.date] | None:
    starts = [a.start for a in ctx.engagement.plan.actions if a.start is not None]
    if not starts:
        return None
    first = min(starts)
    return first, add_days(first, 364)


@rule(
    "FIN203",
    "plan-first-year-not-covered",
    dimension=_D,
    level=Level.OFFICIAL,
    severity=Severity.ERROR,
    message=T(
        "Committed funding covers EUR {covered:,.0f} of the plan's first-year cost of EUR {cost:,.0f}",
        "Toegezegde middelen dekken EUR {covered_nl} van de kosten van EUR {cost_nl} in het eerste planjaar",
    ),
    what=T(
        "Compares the committed money of the plan's streams in the plan's first year with the first-year cost of its actions.",
        "Vergelijkt het toegezegde geld van de geldstromen van het plan in het eerste planjaar met de kosten van de acties in dat jaar.",
    ),
    why=T(
        "A plan presented without its first year paid for starts with a gap that someone else has to fill.",
        "Een plan zonder betaald eerste jaar begint met een gat dat een ander moet vullen.",
    ),
    fix=T(
        "Commit enough of the streams, or phase the actions.",
        "Zeg genoeg middelen toe, of faseer de acties.",
    ),
    example=T(
        "Actions cost EUR 300,000 a year; committed streams give EUR 200,000.",
        "Acties kosten EUR 300.000 per jaar; toegezegde stromen geven EUR 200.000.",
    ),
    paths=("$.plan.actions[*].cost_per_year", "$.funding"),
)
def plan_first_year_not_covered(ctx: Context) -> Iterator[Hit]:
    """First year: 365 days from the earliest action start.

    cost = sum over actions starting in that year of cost_per_year x days left in the year / 365;
    covered = sum over committed streams used by the plan of amount_per_year x days of the year
    within the stream's period / 365.
    """
    year = _first_year(ctx)
    if year is None:
        return
    lo, hi = year
    actions = ctx.engagement.plan.actions
    cost = sum(
        (a.cost_per_year or 0) * ((hi - a.start).days + 1) / 365
        for a in actions
        if a.start is not None and a.start <= hi
    )
    used = {f for a in actions for f in a.funding}
    covered = sum(
        s.amount_per_year * s.period.days_within(lo, hi) / 365
        for s in ctx.engagement.funding
        if s.id in used and s.committed_on(ctx.on)
    )
    if cost > 0 and covered + 0.5 < cost:
        yield Hit(
            path="$.plan.actions",
            values={
                "covered": covered,
                "cost": cost,
                "covered_nl": whole_number(covered, "nl"),
                "cost_nl": whole_number(cost, "nl"),
            },
        )


@rule(
    "FIN204",
    "plan-uses-uncommitted-funding",
    dimension=_D,
    level=Level.OFFICIAL,
    severity=Severity.ERROR,
    message=T(
        "Action '{id}' relies on funding not committed: {streams}",
        "Actie '{id}' leunt op niet-toegezegd geld: {streams}",
    ),
    what=T(
        "Checks that the streams an action relies on are committed on the evaluated date.",
        "Controleert of de geldstromen waar een actie op leunt op de datum zijn toegezegd.",
    ),
    why=T(
        "Intended money can be withdrawn; the partners should start on money that is there.",
        "Voorgenomen geld kan verdwijnen; partners horen te starten op geld dat er is.",
    ),
    fix=T(
        "Have the stream committed, or fund the action from a committed stream.",
        "Laat de geldstroom toezeggen, of betaal de actie uit een toegezegde stroom.",
    ),
    example=T(
        "funding: [pilot-2027] where pilot-2027 has no committed date.",
        "funding: [pilot-2027] zonder committed-datum.",
    ),
    paths=("$.plan.actions[*].funding", "$.funding[*].committed"),
)
def plan_uses_uncommitted_funding(ctx: Context) -> Iterator[Hit]:
    streams = {s.id: s for s in ctx.engagement.funding}
    for i, a in enumerate(ctx.engagement.plan.actions):
        missing = [f for f in a.funding if f in streams and not streams[f].committed_on(ctx.on)]
        if missing:
            yield Hit(
                path=f"$.plan.actions[{i}].funding",
                values={"id": a.id, "streams": listing(missing)},
                ids=(a.id, *missing),
            )


@rule(
    "FIN205",
    "short-runway",
    dimension=_D,
    level=Level.ADMINISTRATIVE,
    severity=Severity.WARNING,
    message=T(
        "Committed funding runs out in {months:.0f} months (less than {limit:.0f})",
        "Toegezegd geld raakt op over {months:.0f} maanden (minder dan {limit:.0f})",
    ),
    what=T(
        "Checks the runway of committed money after the date.",
        "Controleert hoe lang het toegezegde geld na de datum nog loopt.",
    ),
    why=T(
        "Partners invest in an approach that lasts; a short runway makes clubs and welfare workers hold back.",
        "Partners investeren in een aanpak die blijft; een korte looptijd maakt verenigingen en welzijnswerkers terughoudend.",
    ),
    fix=T("Extend the commitment of the streams.", "Verleng de toezegging van de geldstromen."),
    example=T(
        "All committed streams end in six months.",
        "Alle toegezegde stromen stoppen over zes maanden.",
    ),
    paths=("$.funding[*].period", "$.funding[*].committed"),
    parameters=(
        RuleParameter(
            name="min_runway_months",
            default=12,
            unit="months",
            description=T(
                "Fewest months of committed funding ahead: one year, so the next budget round can decide on continuation in time.",
                "Minste maanden toegezegd geld vooruit: een jaar, zodat de volgende begrotingsronde op tijd over voortzetting kan besluiten.",
            ),
        ),
    ),
)
def short_runway(ctx: Context) -> Iterator[Hit]:
    months = ctx.alignment.funding.runway_months
    limit = ctx.param("min_runway_months")
    if months is not None and months < limit:
        yield Hit(path="$.funding", values={"months": months, "limit": limit})


@rule(
    "FIN206",
    "stream-without-holder",
    dimension=_D,
    level=Level.OFFICIAL,
    severity=Severity.WARNING,
    message=T("Funding stream '{id}' has no holder", "Geldstroom '{id}' heeft geen budgethouder"),
    what=T(
        "Checks that every funding stream names who holds the budget.",
        "Controleert of elke geldstroom de budgethouder noemt.",
    ),
    why=T(
        "Aligning budgets starts with knowing who holds each of them.",
        "Budgetten afstemmen begint bij weten wie ze beheert.",
    ),
    fix=T("Name the stakeholder who holds the budget.", "Noem de partner die het budget beheert."),
    example=T("holder missing", "holder ontbreekt"),
    paths=("$.funding[*].holder",),
)
def stream_without_holder(ctx: Context) -> Iterator[Hit]:
    for i, s in enumerate(ctx.engagement.funding):
        if s.holder is None:
            yield Hit(path=f"$.funding[{i}].holder", values={"id": s.id}, ids=(s.id,))
