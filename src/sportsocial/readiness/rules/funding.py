"""FIN: shared funding — pooled or aligned money, structural money, coverage of the plan."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from ..._dates import add_days, add_months
from ...alignment.funding import shared_streams
from ...alignment.governance import mandate_traced
from ...i18n import Text, amount_text, day, day_text, percent_text, plural
from ...model import DecisionKind, FundingNature, FundingStatus, Level, StakeholderKind
from .._registry import Dimension, Hit, RuleParameter, Severity, rule
from ..context import Context
from ._common import STATE_SCHEMES, T, listing, money_end

_D = Dimension.FUNDING
#: "Structureel" and "incidenteel" as they stand before "geldstroom" (a de-word).
_DE_WORD_ADJECTIVE = {
    FundingNature.STRUCTURAL: "Structurele",
    FundingNature.INCIDENTAL: "Incidentele",
}


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
        "Only {share} of the money is shared funding (threshold {limit})",
        "Slechts {share} van het geld behoort tot de gezamenlijke middelen (drempel {limit})",
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
        "€ 10.000 gebundeld naast € 500.000 verkokerd.",
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
        yield Hit(
            path="$.funding", values={"share": percent_text(share), "limit": percent_text(limit)}
        )


#: Sources of the budget route: the council's budget right, the cycle of
#: kadernota, begroting and begrotingswijziging.
BUDGET_RIGHT = (
    "https://arnhem.jaarverslag-2019.nl/p27992/begrotingsrechtmatigheid (budgetrecht lies with the council)",
    "https://geldrop-mierlo.jaarverslag-2017.nl/p5675/begrotingsrechtmatigheid (changes through a begrotingswijziging)",
    "https://krimpenaandenijssel.nl/dossiers/kadernota/ (kadernota sets next year's frame)",
)

#: Decisions through which the council uses its budget right.
_COUNCIL_MONEY = frozenset(
    {
        DecisionKind.COUNCIL_BUDGET,
        DecisionKind.FRAMEWORK_MEMO,
        DecisionKind.BUDGET_AMENDMENT,
        DecisionKind.COUNCIL_DECISION,
        DecisionKind.BUDGET,
    }
)


def decided_streams(ctx: Context) -> frozenset[str]:
    """Ids of the streams whose money has a valid budget route on the date.

    A stream is decided by a decision that names it and is either the
    council's (begroting, kadernota, begrotingswijziging, raadsbesluit: the
    council holds the budget right), or taken by a body that controls the
    stream under a decision mandate traced to the college or the council.
    """
    e = ctx.engagement
    out: set[str] = set()
    for d in e.decisions:
        author = e.stakeholder(d.by or "")
        body = e.body(d.by or "")
        if (
            author is not None
            and author.kind is StakeholderKind.COUNCIL
            and d.kind in _COUNCIL_MONEY
        ):
            out.update(d.funding)
        elif body is not None and body.decides and mandate_traced(e, body):
            out.update(f for f in d.funding if f in body.controls)
    return frozenset(out)


@rule(
    "FIN103",
    "no-decision-on-shared-funding",
    dimension=_D,
    level=Level.ADMINISTRATIVE,
    severity=Severity.ERROR,
    message=T(
        "No decision through the budget route covers money of two domains under a joint body{streams}",
        "Geen besluit langs de begrotingsroute dekt geld van twee domeinen onder een gezamenlijk overleg{streams_nl}",
    ),
    what=T(
        "Checks that the shared money (pooled or aligned, of two or more domains, under a joint decision body) is covered by a decision of the council (begroting, kadernota, begrotingswijziging, raadsbesluit) or of a body with a decision mandate traced to the college or the council.",
        "Controleert of de gezamenlijke middelen (gebundeld of afgestemd, uit twee of meer domeinen, onder een gezamenlijk besluitvormend overleg) gedekt zijn door een besluit van de raad (begroting, kadernota, begrotingswijziging, raadsbesluit) of van een overleg met een beslismandaat van het college of de raad.",
    ),
    why=T(
        "Intentions do not pay for actions. The council holds the budget right: money for a year is promised in the kadernota, adopted with the programmabegroting, and moved during the year only by a begrotingswijziging. A steering group can decide on money only as far as a mandate traced to that route lets it.",
        "Voornemens betalen geen acties. De raad heeft het budgetrecht: geld voor een jaar wordt toegezegd in de kadernota, vastgesteld met de programmabegroting en gedurende het jaar alleen verschoven met een begrotingswijziging. Een stuurgroep kan alleen over geld besluiten voor zover een mandaat langs die route dat toelaat.",
    ),
    fix=T(
        "Have the shared money adopted by the council (kadernota, begroting, or a begrotingswijziging during the year) and record that decision with the streams it covers; or record the steering group's decision under its mandate.",
        "Laat de gezamenlijke middelen vaststellen door de raad (kadernota, begroting, of een begrotingswijziging gedurende het jaar) en leg dat besluit vast met de geldstromen die het dekt; of leg het besluit van de stuurgroep onder haar mandaat vast.",
    ),
    example=T(
        "A budget decision by the steering group, which has no mandate, or no budget decision at all.",
        "Een budgetbesluit van een stuurgroep zonder mandaat, of helemaal geen budgetbesluit.",
    ),
    paths=("$.decisions", "$.funding"),
    references=BUDGET_RIGHT,
)
def no_decision_on_shared_funding(ctx: Context) -> Iterator[Hit]:
    decided = decided_streams(ctx)
    shared = shared_streams(ctx.engagement, ctx.on)
    domains = {
        p.domain
        for s in ctx.engagement.funding
        if s.id in shared and s.id in decided
        for p in s.parts()
        if p.domain is not None
    }
    if len(domains) >= 2:
        return
    open_ = sorted(shared - decided)
    yield Hit(
        path="$.decisions",
        values={
            "streams": f" (undecided: {listing(open_)})" if open_ else "",
            "streams_nl": f"; zonder besluit: {listing(open_)}" if open_ else "",
        },
        ids=tuple(open_),
    )


@rule(
    "FIN104",
    "single-domain-funding",
    dimension=_D,
    level=Level.ADMINISTRATIVE,
    severity=Severity.WARNING,
    message=T("{problem}", "{problem_nl}"),
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
    paths=("$.funding[*].domain", "$.funding[*].taakveld"),
)
def single_domain_funding(ctx: Context) -> Iterator[Hit]:
    domains = list(ctx.alignment.funding.by_domain)
    if len(domains) >= 2:
        return
    if domains:
        values = {
            "problem": f"All money is booked on one domain: {domains[0].label('en')}",
            "problem_nl": f"Al het geld staat op één domein: {domains[0].label('nl')}",
        }
    else:
        values = {
            "problem": "No money is booked on any domain on this date",
            "problem_nl": "Op deze datum staat er geen geld op een domein",
        }
    yield Hit(path="$.funding", values=values)


@rule(
    "FIN201",
    "structural-share-below-threshold",
    dimension=_D,
    level=Level.ADMINISTRATIVE,
    severity=Severity.ERROR,
    message=T(
        "Only {share} of the money is structural (threshold {limit})",
        "Slechts {share} van het geld is structureel (drempel {limit})",
    ),
    what=T(
        "Checks the structural share of the money active on the date.",
        "Vergelijkt het structurele aandeel van het geld op de datum met een drempel.",
    ),
    why=T(
        "Incidental money is how lucky hits stay lucky: the project ends when the grant does.",
        "Met incidenteel geld blijven toevalstreffers toevallig: het project stopt als de subsidie stopt.",
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
        yield Hit(
            path="$.funding",
            values={"share": percent_text(f.structural_share), "limit": percent_text(limit)},
        )


@rule(
    "FIN202",
    "funding-ends-soon",
    dimension=_D,
    level=Level.OFFICIAL,
    severity=Severity.WARNING,
    message=T(
        "{nature} stream '{id}' ends on {end}", "{nature_nl} geldstroom '{id}' stopt op {end}"
    ),
    what=T(
        "Checks for streams, structural or incidental, that end within the horizon after the date.",
        "Zoekt geldstromen, structureel of incidenteel, die binnen de horizon na de datum stoppen.",
    ),
    why=T(
        "What it pays for stops with it unless a successor is arranged in time. Structural money with an end date ends too: a grant scheme of the state is structural while it lasts, and the Brede SPUK and the buurtsportcoach agreements run to 31 December 2026.",
        "Wat ervan betaald wordt, stopt ermee, tenzij op tijd een opvolger geregeld is. Ook structureel geld met een einddatum stopt: een rijksregeling is structureel zolang zij loopt, en de Brede SPUK en de afspraken over buurtsportcoaches lopen tot 31 december 2026.",
    ),
    fix=T(
        "Arrange structural follow-up funding before the end date.",
        "Regel structurele vervolgfinanciering voor de einddatum.",
    ),
    example=T(
        "A pilot grant ending in three months.", "Een pilotsubsidie die over drie maanden stopt."
    ),
    paths=("$.funding[*].period.end",),
    references=STATE_SCHEMES,
    parameters=(
        RuleParameter(
            name="horizon_months",
            default=12,
            unit="months",
            description=T(
                "How far ahead to look: twelve months, one municipal budget cycle (kadernota in spring, begroting in autumn), the time needed to arrange what follows.",
                "Hoe ver vooruit te kijken: twaalf maanden, een gemeentelijke begrotingscyclus (kadernota in het voorjaar, begroting in het najaar), de tijd die nodig is om een vervolg te regelen.",
            ),
        ),
    ),
)
def incidental_funding_ends_soon(ctx: Context) -> Iterator[Hit]:
    horizon = add_months(ctx.on, ctx.param("horizon_months"))
    for i, s in enumerate(ctx.engagement.funding):
        end = money_end(s.period.end, s.route)
        if end is not None and ctx.on <= end <= horizon:
            nature = s.nature.label("en")
            yield Hit(
                path=f"$.funding[{i}].period.end",
                values={
                    "id": s.id,
                    "end": day_text(end),
                    "nature": nature[:1].upper() + nature[1:],
                    # before a de-word the Dutch adjective takes an -e: structurele geldstroom
                    "nature_nl": _DE_WORD_ADJECTIVE[s.nature],
                },
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
        "Committed funding covers {covered} of the plan's first-year cost of {cost}",
        "Toegezegd geld dekt {covered} van de kosten van {cost} in het eerste planjaar",
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
        "Acties kosten € 300.000 per jaar; toegezegde stromen geven € 200.000.",
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
        (a.cost_per_year or 0) * ((hi - start).days + 1) / 365
        for a in actions
        if (start := a.start) is not None and start <= hi
    )
    used = {f for a in actions for f in a.funding}
    covered = sum(
        p.amount_per_year * p.period.days_within(lo, hi) / 365
        for s in ctx.engagement.funding
        if s.id in used
        for p in s.parts()
        if p.committed_on(ctx.on)
    )
    if cost > 0 and covered + 0.5 < cost:
        yield Hit(
            path="$.plan.actions",
            values={"covered": amount_text(covered), "cost": amount_text(cost)},
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
        "Een actie betaald uit geldstroom pilot-2027, die geen datum van toezegging (committed) heeft.",
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
    message=T("{problem}", "{problem_nl}"),
    what=T(
        "Checks that committed money reaches the end of the plan period; without a plan period, that it reaches a year beyond the date.",
        "Controleert of het toegezegde geld tot het einde van de planperiode reikt; zonder planperiode, of het tot een jaar na de datum reikt.",
    ),
    why=T(
        "Partners invest in an approach that lasts as long as the plan they sign; money that stops halfway makes clubs and welfare workers hold back. The plan's own end is the measure, not a fixed number of months.",
        "Partners investeren in een aanpak die zo lang loopt als het plan dat ze ondertekenen; geld dat halverwege stopt maakt verenigingen en welzijnswerkers terughoudend. Het einde van het plan is de maat, niet een vast aantal maanden.",
    ),
    fix=T(
        "Commit money for the whole plan period (in the begroting and the multi-year estimates), or shorten the plan to the money there is.",
        "Zeg geld toe voor de hele planperiode (in de begroting en de meerjarenraming), of kort het plan in tot het geld dat er is.",
    ),
    example=T(
        "The plan runs to 2030; all committed money ends on 31 December 2027.",
        "Het plan loopt tot 2030; al het toegezegde geld stopt op 31 december 2027.",
    ),
    paths=("$.funding[*].period", "$.plan.period"),
    parameters=(
        RuleParameter(
            name="min_runway_months",
            default=12,
            unit="months",
            description=T(
                "Only without a plan period: fewest months of committed money ahead, twelve, one budget cycle, so that the next begroting can decide on continuation in time.",
                "Alleen zonder planperiode: hoeveel maanden toegezegd geld er minstens vooruit moet zijn: twaalf, één begrotingscyclus, zodat de volgende begroting op tijd over voortzetting kan besluiten.",
            ),
        ),
    ),
)
def short_runway(ctx: Context) -> Iterator[Hit]:
    f = ctx.alignment.funding
    if f.runway_end is None:  # open-ended committed money
        return
    if f.runway_end < ctx.on:
        yield Hit(
            path="$.funding",
            values={
                "problem": "No committed money covers this date",
                "problem_nl": "Op deze datum dekt geen toegezegd geld iets",
            },
        )
        return
    end = f.runway_end
    if f.plan_end is not None:
        if end < f.plan_end:
            plan_end = f.plan_end
            yield Hit(
                path="$.funding",
                values={
                    "problem": f"Committed money runs out on {day(end, 'en')}, before the plan ends on {day(plan_end, 'en')}",
                    "problem_nl": f"Toegezegd geld raakt op {day(end, 'nl')} op, voordat het plan op {day(plan_end, 'nl')} eindigt",
                },
            )
        return
    months = round(ctx.param("min_runway_months"))
    if end < add_months(ctx.on, months):
        yield Hit(
            path="$.funding",
            values={
                "problem": f"Committed money runs out on {day(end, 'en')}, within {plural(months, 'en', 'month', 'months')}",
                "problem_nl": f"Toegezegd geld raakt op {day(end, 'nl')} op, binnen {plural(months, 'nl', 'maand', 'maanden')}",
            },
        )


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
    example=T("holder missing", "Een geldstroom zonder budgethouder (holder)."),
    paths=("$.funding[*].holder",),
)
def stream_without_holder(ctx: Context) -> Iterator[Hit]:
    for i, s in enumerate(ctx.engagement.funding):
        if s.holder is None:
            yield Hit(path=f"$.funding[{i}].holder", values={"id": s.id}, ids=(s.id,))


#: Sources of the end dates of the state's schemes.


def _window(ctx: Context) -> tuple[dt.date, dt.date]:
    """From the date to the day external money must last: the end of the plan period,
    else a budget cycle ahead. Money that ends before the plan starts counts too: the
    plan's first year then goes without it."""
    plan = ctx.engagement.plan.period
    if plan is not None and plan.end is not None:
        return ctx.on, plan.end
    return ctx.on, add_months(ctx.on, ctx.param("horizon_months"))


def _until_text(ctx: Context, until: dt.date) -> Text:
    """What the money should have lasted until: the end of the plan, or a budget cycle."""
    if ctx.engagement.plan.period is not None and ctx.engagement.plan.period.end == until:
        return Text(en="the plan ends ({day})", nl="het einde van het plan ({day})").format(
            day=day_text(until)
        )
    return Text(
        en="a budget cycle ahead ({day})", nl="het einde van een begrotingscyclus ({day})"
    ).format(day=day_text(until))


@rule(
    "FIN207",
    "external-money-ends-within-plan",
    dimension=_D,
    level=Level.ADMINISTRATIVE,
    severity=Severity.WARNING,
    message=T(
        "Money of '{id}' paid by {funder} ends on {end}, before {until}",
        "Het geld van {funder_nl} voor '{id}' stopt op {end}, vóór {until}",
    ),
    what=T(
        "Checks for money from outside the municipality (the state, the province, an insurer, a fund, the region, another municipality) that ends within the plan period, or within a budget cycle when there is no plan period yet.",
        "Zoekt geld van buiten de gemeente (Rijk, provincie, zorgverzekeraar, fonds, regio, andere gemeente) dat binnen de planperiode stopt, of binnen een begrotingscyclus als er nog geen planperiode is.",
    ),
    why=T(
        "Much of the money is not the municipality's own, and it ends when its scheme does, whatever the municipality decides. The Brede SPUK, the buurtsportcoach agreements (the state pays 40%, the municipality 60%) and Sportakkoord II 'Sport versterkt' run to 31 December 2026; what follows in 2027 is not settled in the sources. A plan that runs on beyond that date depends on a decision nobody in the municipality can take.",
        "Veel geld is niet van de gemeente zelf, en het stopt als de regeling stopt, wat de gemeente ook besluit. De Brede SPUK, de afspraken over buurtsportcoaches (het Rijk betaalt 40%, de gemeente 60%) en Sportakkoord II 'Sport versterkt' lopen tot 31 december 2026; wat in 2027 volgt, staat niet vast in de bronnen. Een plan dat daarna doorloopt, hangt af van een besluit dat niemand in de gemeente kan nemen.",
    ),
    fix=T(
        "Name in the plan what happens when the money ends: a municipal budget that takes over (in the kadernota), a successor scheme once it is known, or actions that stop on that date.",
        "Leg in het plan vast wat er gebeurt als het geld stopt: eigen gemeentelijk geld dat het overneemt (aangevraagd in de kadernota), een opvolgende regeling zodra die bekend is, of acties die op die datum stoppen.",
    ),
    example=T(
        "The state's share of the buurtsportcoaches ends on 2026-12-31 in a plan that runs to 2030.",
        "Het rijksdeel van de buurtsportcoaches stopt op 31 december 2026 in een plan dat tot 2030 loopt.",
    ),
    paths=("$.funding[*].funder", "$.funding[*].contributions[*].from.funder"),
    references=STATE_SCHEMES,
)
def external_money_ends_within_plan(ctx: Context) -> Iterator[Hit]:
    start, until = _window(ctx)
    for i, stream in enumerate(ctx.engagement.funding):
        for part in stream.parts():
            end = money_end(part.period.end, part.route)
            if not part.funder.external or end is None or not start <= end < until:
                continue
            if not part.committed_on(ctx.on):
                continue
            path = f"$.funding[{i}]"
            if part.contribution is not None:
                path += f".contributions[{part.contribution}]"
            yield Hit(
                path=path,
                values={
                    "id": stream.id,
                    "funder": part.funder.label("en"),
                    "funder_nl": part.funder.label("nl"),
                    "end": day_text(end),
                    "until": _until_text(ctx, until),
                },
                ids=(stream.id,),
            )


_NOT_YET = {
    FundingStatus.PROPOSED: ("is only proposed", "is alleen voorgesteld"),
    FundingStatus.UNDER_REVIEW: ("is under review", "is in heroverweging"),
    FundingStatus.TENDER_DEPENDENT: (
        "depends on a tender or grant decision",
        "hangt af van een aanbesteding of subsidiebesluit",
    ),
}


@rule(
    "FIN208",
    "money-not-yet-certain",
    dimension=_D,
    level=Level.OFFICIAL,
    severity=Severity.WARNING,
    message=T(
        "Money of '{id}'{part} {status}{expected}",
        "Geld van '{id}'{part_nl} {status_nl}{expected_nl}",
    ),
    what=T(
        "Checks for money that is not yet certain: a stream (or a contribution to a fund) that is proposed, under review, or waits for a tender or grant decision.",
        "Zoekt geld dat nog niet zeker is: een geldstroom (of een bijdrage aan een fonds) die voorgesteld is, in heroverweging is, of wacht op een aanbesteding of subsidiebesluit.",
    ),
    why=T(
        "Money can be proposed, committed, under review or depend on a tender; only committed money is in the budget. What is not yet money is a risk to name, not a reason to stop: it warns, and blocks only where the plan relies on it (FIN204).",
        "Geld kan voorgesteld, toegezegd, in heroverweging of afhankelijk van een aanbesteding zijn; alleen toegezegd geld staat in de begroting. Wat nog geen geld is, is een risico om te benoemen, geen reden om te stoppen: het waarschuwt, en blokkeert alleen waar het plan erop leunt (FIN204).",
    ),
    fix=T(
        "Follow the decision up: put the date it is expected on the agenda, and name what the plan does if the money does not come.",
        "Volg het besluit op: zet de verwachte datum op de agenda, en spreek af wat het plan doet als het geld niet komt.",
    ),
    example=T(
        "A re-integration budget that depends on the tender decided in January 2027; an insurer's contribution to the fund that is only proposed.",
        "Een re-integratiebudget dat afhangt van de aanbesteding die in januari 2027 wordt gegund; een bijdrage van de zorgverzekeraar aan het fonds die alleen voorgesteld is.",
    ),
    paths=("$.funding[*].status", "$.funding[*].contributions[*].status"),
)
def money_not_yet_certain(ctx: Context) -> Iterator[Hit]:
    for i, stream in enumerate(ctx.engagement.funding):
        expected = stream.depends_on.decision_expected if stream.depends_on else None
        when = (
            {
                "expected": f" (decision expected on {day(expected, 'en')})",
                "expected_nl": f" (besluit verwacht op {day(expected, 'nl')})",
            }
            if expected
            else {"expected": "", "expected_nl": ""}
        )
        if stream.status in _NOT_YET or (
            not stream.contributions and stream.current_status in _NOT_YET
        ):
            en, nl = _NOT_YET[stream.current_status]
            yield Hit(
                path=f"$.funding[{i}].status",
                values={
                    "id": stream.id,
                    "part": "",
                    "part_nl": "",
                    "status": en,
                    "status_nl": nl,
                    **when,
                },
                ids=(stream.id,),
            )
            continue
        if stream.status is not None:
            continue
        for j, c in enumerate(stream.contributions):
            if c.current_status not in _NOT_YET:
                continue
            en, nl = _NOT_YET[c.current_status]
            who = c.source.stakeholder or (
                c.source.domain.value if c.source.domain else c.source.funder.value
            )
            who_nl = c.source.stakeholder or (
                f"het domein {c.source.domain.label('nl')}"
                if c.source.domain
                else c.source.funder.label("nl")
            )
            yield Hit(
                path=f"$.funding[{i}].contributions[{j}]",
                values={
                    "id": stream.id,
                    "part": f" (contribution of {who})",
                    "part_nl": f" (bijdrage van {who_nl})",
                    "status": en,
                    "status_nl": nl,
                    **when,
                },
                ids=(stream.id,),
            )
