"""NET: stakeholders and their network — civil society, facilitator, ties across the divide."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from ...i18n import day
from ...model import Engagement, Facilitator, FundingStatus, FundingStream, Level, StakeholderKind
from .._registry import Dimension, Hit, Severity, rule
from ..context import Context
from ._common import STATE_SCHEMES, T, listing, money_end

_D = Dimension.NETWORK


@rule(
    "NET101",
    "sport-and-social-not-tied",
    dimension=_D,
    level=None,
    severity=Severity.WARNING,
    message=T(
        "No tie connects a sport stakeholder with a social-domain stakeholder",
        "Geen enkele relatie verbindt een partner uit sport met een partner uit het sociaal domein",
    ),
    what=T(
        "Checks the Krackhardt-Stern E-I index of ties between sport and social-domain stakeholders: -1 (or no ties) means every tie stays inside its own side.",
        "Bekijkt de E-I-index van Krackhardt en Stern voor relaties tussen sport en sociaal domein: -1 (of geen relaties) betekent dat elke relatie binnen de eigen kant blijft.",
    ),
    why=T(
        "Silos show in the network before they show in the budget.",
        "Schotten zijn eerder in het netwerk te zien dan in de begroting.",
    ),
    fix=T(
        "Bring sport and social-domain partners together in a work session and record the ties that come out of it.",
        "Breng partners uit sport en sociaal domein samen in een werksessie en leg de relaties vast die eruit komen.",
    ),
    example=T(
        "Clubs only work with the sport department; welfare only with social support.",
        "Verenigingen werken alleen met sport; welzijn alleen met Wmo.",
    ),
    paths=("$.relations", "$.governance[*].members"),
)
def sport_and_social_not_tied(ctx: Context) -> Iterator[Hit]:
    ei = ctx.network.ei_index
    if ei is None or ei <= -1:
        yield Hit(path="$.relations")


@rule(
    "NET102",
    "single-bridge-between-sport-and-social",
    dimension=_D,
    level=None,
    severity=Severity.WARNING,
    message=T(
        "Sport and the social domain are connected only through {ids}",
        "Sport en sociaal domein zijn alleen verbonden via {ids}",
    ),
    what=T(
        "Finds stakeholders whose removal would cut every sport stakeholder off from every social-domain stakeholder.",
        "Zoekt partners bij wier vertrek geen enkele partner uit sport nog verbonden is met het sociaal domein.",
    ),
    why=T(
        "When the one person who bridges the domains leaves, the connection leaves with them.",
        "Als de ene persoon die de domeinen verbindt vertrekt, vertrekt de verbinding mee.",
    ),
    fix=T(
        "Create a second tie across the divide, e.g. a club directly with a welfare organisation.",
        "Leg een tweede relatie over de grens, bijvoorbeeld een vereniging direct met welzijn.",
    ),
    example=T(
        "Only the buurtsportcoach knows the welfare workers.",
        "Alleen de buurtsportcoach kent de welzijnswerkers.",
    ),
    paths=("$.relations",),
)
def single_bridge(ctx: Context) -> Iterator[Hit]:
    points = tuple(ctx.network.single_points_of_failure)
    if points:
        yield Hit(path="$.relations", values={"ids": listing(points)}, ids=points)


@rule(
    "NET103",
    "isolated-stakeholders",
    dimension=_D,
    level=None,
    severity=Severity.WARNING,
    message=T("Stakeholders without any tie: {ids}", "Partners zonder enige relatie: {ids}"),
    what=T(
        "Finds stakeholders with no relation and no shared governance body.",
        "Zoekt partners zonder relatie en zonder gedeeld overleg.",
    ),
    why=T(
        "A partner nobody is tied to is a name on a list, not part of the approach.",
        "Een partner met wie niemand verbonden is, is een naam op een lijst, geen deel van de aanpak.",
    ),
    fix=T(
        "Record the partner's ties, or involve it in a body or session.",
        "Leg de relaties van de partner vast, of betrek die bij een overleg of sessie.",
    ),
    example=T(
        "A sports club listed but with no relation.",
        "Een vereniging die genoemd wordt maar nergens aan verbonden is.",
    ),
    paths=("$.stakeholders", "$.relations"),
)
def isolated_stakeholders(ctx: Context) -> Iterator[Hit]:
    isolates = tuple(ctx.network.isolates)
    if isolates:
        yield Hit(path="$.relations", values={"ids": listing(isolates)}, ids=isolates)


@rule(
    "NET104",
    "plan-owner-isolated",
    dimension=_D,
    level=Level.EXECUTIVE,
    severity=Severity.WARNING,
    message=T(
        "Action '{id}' is owned by '{owner}', who has no ties",
        "Actie '{id}' is van '{owner}', die geen relaties heeft",
    ),
    what=T(
        "Checks that the owners of plan actions are tied to other stakeholders.",
        "Controleert of de eigenaren van acties verbonden zijn met andere partners.",
    ),
    why=T(
        "An owner without ties carries the action alone, and alone it does not last.",
        "Een eigenaar zonder relaties draagt de actie alleen, en alleen houdt die het niet vol.",
    ),
    fix=T(
        "Tie the owner to the partners of the action.",
        "Verbind de eigenaar met de partners van de actie.",
    ),
    example=T(
        "owner: a club that appears in no relation.",
        "Een actie met als eigenaar een vereniging die in geen relatie voorkomt.",
    ),
    paths=("$.plan.actions[*].owner",),
)
def plan_owner_isolated(ctx: Context) -> Iterator[Hit]:
    isolates = set(ctx.network.isolates)
    for i, a in enumerate(ctx.engagement.plan.actions):
        if a.owner is not None and a.owner in isolates:
            yield Hit(
                path=f"$.plan.actions[{i}].owner",
                values={"id": a.id, "owner": a.owner},
                ids=(a.id, a.owner),
            )


@rule(
    "NET105",
    "executive-not-linked-to-official",
    dimension=_D,
    level=Level.EXECUTIVE,
    severity=Severity.WARNING,
    message=T(
        "Executive partners without a tie to the official level: {ids}",
        "Uitvoerende partners zonder lijn naar het ambtelijk niveau: {ids}",
    ),
    what=T(
        "Finds executive stakeholders with no path of at most two ties (relations or shared bodies) to an official-level stakeholder: one go-between, such as the buurtsportcoach, is enough.",
        "Zoekt uitvoerende partners zonder pad van hoogstens twee relaties (of gedeelde overleggen) naar een ambtelijke partner: een tussenpersoon, zoals de buurtsportcoach, is genoeg.",
    ),
    why=T(
        "Execution stays local, but what the field learns must reach the civil service, and policy must reach the field.",
        "Uitvoering blijft lokaal, maar wat het veld leert moet de ambtenaren bereiken, en beleid het veld.",
    ),
    fix=T(
        "Give each executive partner a contact at the official level.",
        "Geef elke uitvoerende partner een aanspreekpunt op ambtelijk niveau.",
    ),
    example=T(
        "A sports club tied only to other clubs.",
        "Een vereniging die alleen met andere verenigingen verbonden is.",
    ),
    paths=("$.relations", "$.governance[*].members"),
)
def executive_not_linked_to_official(ctx: Context) -> Iterator[Hit]:
    ids = tuple(ctx.network.unlinked_executive)
    if ids:
        yield Hit(path="$.relations", values={"ids": listing(ids)}, ids=ids)


@rule(
    "NET201",
    "no-civil-society-at-executive-level",
    dimension=_D,
    level=Level.EXECUTIVE,
    severity=Severity.ERROR,
    message=T(
        "No civil-society partner (sports club, welfare organisation) takes part at executive level",
        "Geen maatschappelijke partner (sportvereniging, welzijnsorganisatie) doet mee op uitvoerend niveau",
    ),
    what=T(
        "Checks for civil-society stakeholders at executive level.",
        "Controleert of er maatschappelijke partners op uitvoerend niveau zijn.",
    ),
    why=T(
        "Execution stays local: clubs and welfare organisations carry the actions, and the process must secure their part.",
        "Uitvoering blijft lokaal: verenigingen en welzijnsorganisaties dragen de acties, en het proces moet hun rol borgen.",
    ),
    fix=T(
        "Involve sports clubs and welfare organisations in the executive work sessions.",
        "Betrek sportverenigingen en welzijnsorganisaties bij de uitvoerende werksessies.",
    ),
    example=T(
        "Only municipal departments and the GGD at executive level.",
        "Alleen gemeentelijke afdelingen en de GGD op uitvoerend niveau.",
    ),
    paths=("$.stakeholders",),
)
def no_civil_society(ctx: Context) -> Iterator[Hit]:
    if not any(s.civil_society and s.level is Level.EXECUTIVE for s in ctx.engagement.stakeholders):
        yield Hit(path="$.stakeholders")


def _kind_rule(
    code: str, name: str, kinds: frozenset[StakeholderKind], en: str, nl: str, why: tuple[str, str]
) -> None:
    @rule(
        code,
        name,
        dimension=_D,
        level=Level.EXECUTIVE,
        severity=Severity.WARNING,
        message=T(f"No {en} takes part", f"Er doet geen {nl} mee"),
        what=T(
            f"Checks that a {en} is among the stakeholders.",
            f"Controleert of er een {nl} bij de partners is.",
        ),
        why=T(*why),
        fix=T(
            f"Invite a {en} to the next executive session.",
            f"Nodig een {nl} uit voor de volgende uitvoerende sessie.",
        ),
        example=T(f"No stakeholder of kind {en}.", f"Geen partner van het soort {nl}."),
        paths=("$.stakeholders[*].kind",),
    )
    def check(ctx: Context) -> Iterator[Hit]:
        if not any(s.kind in kinds for s in ctx.engagement.stakeholders):
            yield Hit(path="$.stakeholders")


_kind_rule(
    "NET202",
    "no-sports-club",
    frozenset({StakeholderKind.SPORTS_CLUB}),
    "sports club",
    "sportvereniging",
    (
        "Clubs are where people exercise together and where newcomers, older people and jobseekers find a place.",
        "Verenigingen zijn waar mensen samen bewegen en waar nieuwkomers, ouderen en werkzoekenden een plek vinden.",
    ),
)
_kind_rule(
    "NET203",
    "no-welfare-partner",
    frozenset({StakeholderKind.WELFARE_ORGANISATION, StakeholderKind.COMMUNITY_ORGANISATION}),
    "welfare or community organisation",
    "welzijns- of maatschappelijke organisatie",
    (
        "Welfare workers know the target groups and can refer them; without them sport does not reach the people it is meant for.",
        "Welzijnswerkers kennen de doelgroepen en kunnen doorverwijzen; zonder hen bereikt sport de mensen niet voor wie het bedoeld is.",
    ),
)


@rule(
    "NET204",
    "no-independent-facilitator",
    dimension=_D,
    level=Level.OFFICIAL,
    severity=Severity.WARNING,
    message=T("{problem}", "{problem_nl}"),
    what=T(
        "Checks that an independent process facilitator guides the engagement: recorded, independent, engaged on the date, and paid for from a recorded funding stream.",
        "Controleert of een onafhankelijke procesbegeleider het traject begeleidt: vastgelegd, onafhankelijk, op de datum ingeschakeld, en betaald uit een vastgelegde geldstroom.",
    ),
    why=T(
        "A facilitator from one of the domains is seen as that domain's advocate; independence lets both sides trust the process. The facilitator connects and facilitates up to the kick-off, so the engagement must run until then and be paid for: facilitation is often paid from the Sportakkoord budget, which ends with its scheme.",
        "Een begeleider uit een van de domeinen wordt gezien als pleitbezorger van dat domein; onafhankelijkheid laat beide kanten het proces vertrouwen. De procesbegeleider verbindt en begeleidt tot de kick-off, dus de opdracht moet tot dan lopen en betaald zijn: procesbegeleiding wordt vaak betaald uit het sportakkoordbudget, dat met de regeling stopt.",
    ),
    fix=T(
        "Commission an independent facilitator (e.g. a provincial sport service) until after the kick-off, and record the stream that pays for it (funded_by).",
        "Schakel een onafhankelijke procesbegeleider in (bijvoorbeeld een provinciale sportservice) tot na de kick-off, en leg vast uit welke geldstroom die betaald wordt (funded_by).",
    ),
    example=T(
        "facilitator: {name: Afdeling Sport, independent: false}",
        "De afdeling Sport begeleidt het traject zelf: geen onafhankelijke procesbegeleider.",
    ),
    paths=("$.facilitator",),
    references=STATE_SCHEMES,
)
def no_independent_facilitator(ctx: Context) -> Iterator[Hit]:
    f = ctx.engagement.facilitator
    if f is None:
        yield Hit(
            path="$.facilitator",
            values={
                "problem": "No process facilitator is recorded",
                "problem_nl": "Er is geen procesbegeleider vastgelegd",
            },
        )
        return
    if not f.independent:
        yield Hit(
            path="$.facilitator.independent",
            values={
                "problem": f"The facilitator ({f.name}) is not independent",
                "problem_nl": f"De procesbegeleider ({f.name}) is niet onafhankelijk",
            },
        )
    if not f.engaged_on(ctx.on):
        end = f.engaged.end or ctx.on
        yield Hit(
            path="$.facilitator.engaged",
            values={
                "problem": f"The facilitator's engagement ended on {day(end, 'en')}",
                "problem_nl": f"De opdracht van de procesbegeleider is op {day(end, 'nl')} geëindigd",
            },
        )
    if f.funded_by is None:
        yield Hit(
            path="$.facilitator.funded_by",
            values={
                "problem": "No funding stream is recorded for the facilitation",
                "problem_nl": "Er is geen geldstroom voor de procesbegeleiding vastgelegd",
            },
        )
        return
    stream = ctx.engagement.funding_stream(f.funded_by)
    if stream is None:  # an unknown id is a document problem (REF201), not a verdict
        return
    name = f"{stream.name} ({stream.id})"
    if not _pays_on(stream, ctx.on):
        yield Hit(
            path="$.facilitator.funded_by",
            values={
                "problem": f"The stream that pays the facilitation, {name}, "
                "is not committed money on the date",
                "problem_nl": f"De geldstroom die de procesbegeleiding betaalt, {name}, "
                "is op de datum geen toegezegd geld",
            },
            ids=(stream.id,),
        )


def _pays_on(stream: FundingStream, on: dt.date) -> bool:
    """Whether the stream is money on ``on``: committed by then, and paying on the day
    (within its period and the catalogue entry it comes through)."""
    end = money_end(stream.period.end, stream.route)
    return (
        stream.committed_on(on)
        and stream.current_status is not FundingStatus.ENDED
        and stream.period.start <= on
        and (end is None or on <= end)
    )


def _unpaid_stretch(
    engagement: Engagement, f: Facilitator, on: dt.date
) -> tuple[FundingStream, dt.date, dt.date] | None:
    """The stream paying the facilitation, the day it stops and the day the facilitation
    runs to, when the stream stops first (an open engagement runs to the end of the plan)."""
    stream = engagement.funding_stream(f.funded_by) if f.funded_by else None
    if stream is None or not _pays_on(stream, on):
        return None
    end = money_end(stream.period.end, stream.route)
    until = f.engaged.end or (engagement.plan.period.end if engagement.plan.period else None)
    if end is None or until is None or end >= until:
        return None
    return stream, end, until


@rule(
    "NET205",
    "facilitation-funding-ends",
    dimension=_D,
    level=Level.OFFICIAL,
    severity=Severity.WARNING,
    message=T(
        "The facilitation is paid from {name} until {end}, the engagement runs until {until}",
        "De procesbegeleiding wordt betaald uit {name} tot {end_nl}, de opdracht loopt tot {until_nl}",
    ),
    what=T(
        "Checks that the stream paying the facilitator runs as long as the facilitator's engagement (or, for an open engagement, the plan).",
        "Controleert of de geldstroom die de procesbegeleider betaalt even lang loopt als de opdracht (of, bij een open opdracht, het plan).",
    ),
    why=T(
        "Facilitation is often paid from the budget of the local sport agreement (Brede SPUK), which runs to 31 December 2026; what follows in 2027 is not settled. A facilitator whose money stops halfway leaves the joint body without its chair of the process.",
        "Procesbegeleiding wordt vaak betaald uit het budget van het lokaal sportakkoord (Brede SPUK), dat loopt tot 31 december 2026; wat in 2027 volgt, staat niet vast. Een procesbegeleider van wie het geld halverwege stopt, laat het gezamenlijk overleg zonder begeleiding van het proces.",
    ),
    fix=T(
        "Agree who pays the facilitation after the stream ends (e.g. from the shared fund), or end the engagement when the money does.",
        "Spreek af wie de procesbegeleiding betaalt als de geldstroom stopt (bijvoorbeeld uit het gezamenlijk fonds), of laat de opdracht eindigen als het geld stopt.",
    ),
    example=T(
        "facilitator engaged to 30 June 2027, funded_by a Sportakkoord budget ending 31 December 2026",
        "Een procesbegeleider ingeschakeld tot 30 juni 2027, betaald (funded_by) uit een sportakkoordbudget dat stopt op 31 december 2026.",
    ),
    paths=("$.facilitator.funded_by", "$.facilitator.engaged"),
    references=STATE_SCHEMES,
)
def facilitation_funding_ends(ctx: Context) -> Iterator[Hit]:
    f = ctx.engagement.facilitator
    found = _unpaid_stretch(ctx.engagement, f, ctx.on) if f is not None else None
    if found is None:
        return
    stream, end, until = found
    yield Hit(
        path="$.facilitator.funded_by",
        values={
            "name": f"{stream.name} ({stream.id})",
            "end": day(end, "en"),
            "end_nl": day(end, "nl"),
            "until": day(until, "en"),
            "until_nl": day(until, "nl"),
        },
        ids=(stream.id,),
    )
