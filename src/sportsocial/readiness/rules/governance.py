"""GOV: shared governance — portfolio holders, joint bodies, mandates."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from ...alignment.governance import mandate_traced
from ...i18n import day_text
from ...model import DecisionKind, Engagement, Level, Stakeholder
from .._registry import Dimension, Hit, Severity, rule
from ..context import Context
from ._common import (
    INSTITUTIONS,
    T,
    binds_both,
    committed_holder,
    holders,
    in_office,
    listing,
    on_side,
    spans_sport_and_social,
)

_D = Dimension.GOVERNANCE

#: Sources of the facts of Dutch municipal practice these rules rest on.
ELECTIONS = (
    "https://www.venray.nl/verkiezingen-en-referendum (councils are elected every four years)",
    "https://gemeente.emmen.nl/verkiezingen (election of 18 March 2026)",
)
COLLEGE_MANDATE = (
    "https://lokaleregelgeving.overheid.nl/CVDR234237/1 (college powers, Gemeentewet art. 160)",
    "https://www.gemeente.nu/bestuur/samenwerking/regeling-zonder-meer-of-centrumregeling/ (mandate to a stuurgroep)",
)


def _joint_mandates(ctx: Context) -> list[str]:
    """Ids of the decisions that granted the mandates of the joint administrative bodies."""
    joint = set(_joint_administrative_bodies(ctx))
    return [
        b.mandate.granted_by
        for b in ctx.engagement.governance
        if b.id in joint and b.mandate.granted_by is not None
    ]


def _joint_administrative_bodies(ctx: Context) -> list[str]:
    joint = set(ctx.alignment.governance.joint_decision_bodies)
    return [
        b.id for b in ctx.engagement.governance if b.id in joint and b.level is Level.ADMINISTRATIVE
    ]


@rule(
    "GOV101",
    "no-joint-decision-body",
    dimension=_D,
    level=Level.ADMINISTRATIVE,
    severity=Severity.ERROR,
    message=T(
        "No administrative body spans sport and the social domain with a decision mandate",
        "Er is geen bestuurlijk overleg over sport en sociaal domein heen met beslismandaat",
    ),
    what=T(
        "Checks for a governance body at administrative level whose members in office span sport and at least one social-domain area, with a decision mandate traced to a recorded decision of the college or the council.",
        "Controleert of er een bestuurlijk overleg is met zittende leden uit sport en minstens een deel van het sociaal domein, met een beslismandaat dat terug te voeren is op een vastgelegd besluit van het college of de raad.",
    ),
    why=T(
        "De-siloed administrative power is the foundation of the approach: without a joint body that decides, every domain keeps deciding on its own money. A steering group decides only under a mandate: the college decides collectively and the council holds the budget right, so a steering group's power is what one of them granted it, in a recorded decision.",
        "Ontschotte bestuurlijke kracht is het fundament van de aanpak: zonder gezamenlijk overleg dat besluit, beslist elk domein over zijn eigen geld. Een stuurgroep besluit alleen onder mandaat: het college besluit collegiaal en de raad heeft het budgetrecht, dus een stuurgroep kan wat een van beide haar in een vastgelegd besluit heeft gegeven.",
    ),
    fix=T(
        "Form a steering group of the portfolio holders of sport and of the social domain, have the college grant it a decision mandate over the shared money, and record that decision as the mandate's granted_by.",
        "Vorm een stuurgroep van de portefeuillehouders sport en sociaal domein, laat het college haar beslismandaat geven over de gezamenlijke middelen, en leg dat besluit vast als granted_by van het mandaat.",
    ),
    example=T(
        "A steering group with only the sport alderman, with an advisory mandate, or with a decision mandate nobody granted.",
        "Een stuurgroep met alleen de wethouder sport, met een adviserend mandaat, of met een beslismandaat dat niemand verleende.",
    ),
    paths=("$.governance",),
    references=COLLEGE_MANDATE,
)
def no_joint_decision_body(ctx: Context) -> Iterator[Hit]:
    if not _joint_administrative_bodies(ctx):
        yield Hit(path="$.governance")


def _holder_rule(code: str, name: str, social: bool, en: str, nl: str) -> None:
    @rule(
        code,
        name,
        dimension=_D,
        level=Level.ADMINISTRATIVE,
        severity=Severity.ERROR,
        message=T(
            f"No portfolio holder of {en} in office is committed{{who}}",
            f"Geen zittende portefeuillehouder {nl} heeft zich verbonden{{who_nl}}",
        ),
        what=T(
            f"Checks that a portfolio holder of {en}, in office on the date, sits in an administrative body that spans sport and the social domain, or took (or, as a member of the college, shares) a committing decision that names sport and a social-domain area together since taking the portfolio.",
            f"Controleert of een zittende portefeuillehouder {nl} in een bestuurlijk overleg over sport en sociaal domein zit, of sinds het overnemen van de portefeuille een bindend besluit nam (of als lid van het college deelt) dat sport en een deel van het sociaal domein samen noemt.",
        ),
        why=T(
            "The connection needs both portfolio holders: one alone can only move the money of one domain. A commitment binds who made it: after an election or a reshuffle the new portfolio holder has to commit anew, and a commitment to sport alone is not a commitment to the connection.",
            "De verbinding heeft beide portefeuillehouders nodig: één portefeuillehouder alleen kan alleen het geld van het eigen domein bewegen. Een toezegging bindt wie haar deed: na verkiezingen of een portefeuillewisseling moet de nieuwe portefeuillehouder zich opnieuw verbinden, en een toezegging aan alleen sport is geen toezegging aan de verbinding.",
        ),
        fix=T(
            f"Invite the portfolio holder of {en} to the administrative work session and the steering group, and record the decision by which they commit.",
            f"Nodig de portefeuillehouder {nl} uit voor de bestuurlijke werksessie en de stuurgroep, en leg het besluit vast waarmee die zich verbindt.",
        ),
        example=T(
            f"The alderman of {en} is listed but neither sits in the steering group nor decided anything since taking office.",
            f"De wethouder {nl} staat erin, maar zit niet in de stuurgroep en besloot sinds het aantreden niets.",
        ),
        paths=("$.stakeholders", "$.governance", "$.decisions"),
        references=ELECTIONS,
    )
    def check(ctx: Context) -> Iterator[Hit]:
        found = holders(ctx.engagement, ctx.on, social)
        if not any(committed_holder(ctx.engagement, h, ctx.on, social) for h in found):
            ids = tuple(h.id for h in found)
            who = f" ({listing(ids)})" if ids else " (none in office)"
            who_nl = f": {listing(ids)}" if ids else " (niemand in functie)"
            yield Hit(path="$.stakeholders", values={"who": who, "who_nl": who_nl}, ids=ids)


_holder_rule("GOV102", "sport-portfolio-holder-not-committed", False, "sport", "sport")
_holder_rule(
    "GOV103", "social-portfolio-holder-not-committed", True, "the social domain", "sociaal domein"
)

#: Decisions that state a shared ambition.
_AMBITION = frozenset(
    {DecisionKind.AMBITION, DecisionKind.VISION, DecisionKind.COALITION_AGREEMENT}
)


def _standing(ctx: Context, decision_id: str) -> bool:
    """Whether a decision still stands on the date: its author is in office (the college
    and the council always are), or a decision by someone in office confirms it."""
    d = ctx.engagement.decision(decision_id)
    if d is None:
        return False
    if in_office(ctx.engagement, d.by, ctx.on):
        return True
    return any(
        decision_id in later.confirms and in_office(ctx.engagement, later.by, ctx.on)
        for later in ctx.engagement.decisions
    )


def shared_ambitions(ctx: Context) -> list[str]:
    """Ids of the ambitions (ambition, vision, coalition agreement) that name sport and a
    social-domain area and still stand on the date."""
    return [
        d.id
        for d in ctx.engagement.decisions
        if d.kind in _AMBITION and binds_both(d) and _standing(ctx, d.id)
    ]


@rule(
    "GOV104",
    "no-shared-ambition",
    dimension=_D,
    level=Level.ADMINISTRATIVE,
    severity=Severity.ERROR,
    message=T(
        "No standing ambition names sport and the social domain together",
        "Geen geldende ambitie noemt sport en sociaal domein samen",
    ),
    what=T(
        "Checks for an ambition, vision or coalition agreement that names sport and a social-domain area, by the college, the council or a portfolio holder still in office (or confirmed by one).",
        "Controleert of er een ambitie, visie of coalitieakkoord is dat sport en een deel van het sociaal domein noemt, van het college, de raad of een portefeuillehouder die nog in functie is (of door een van hen bevestigd).",
    ),
    why=T(
        "A shared ambition is what the portfolio holders can be held to; separate ambitions keep the silos. An ambition of an alderman who has left binds nobody.",
        "Een gedeelde ambitie is waar de portefeuillehouders op aan te spreken zijn; losse ambities houden de schotten in stand. Een ambitie van een vertrokken wethouder bindt niemand.",
    ),
    fix=T(
        "Formulate the ambition together in an administrative work session and have the college adopt it, naming both domains.",
        "Formuleer de ambitie samen in een bestuurlijke werksessie en laat het college haar vaststellen, met beide domeinen.",
    ),
    example=T(
        "A vision decision with domains: [sport], or an ambition by a former alderman.",
        "Een visiebesluit dat alleen sport noemt, of een ambitie van een vertrokken wethouder.",
    ),
    paths=("$.decisions",),
)
def no_shared_ambition(ctx: Context) -> Iterator[Hit]:
    if not shared_ambitions(ctx):
        yield Hit(path="$.decisions")


@rule(
    "GOV105",
    "administrative-body-only-advisory",
    dimension=_D,
    level=Level.ADMINISTRATIVE,
    severity=Severity.WARNING,
    message=T(
        "Administrative body '{id}' only advises", "Bestuurlijk overleg '{id}' adviseert alleen"
    ),
    what=T(
        "Checks administrative-level bodies for an advisory-only mandate.",
        "Controleert bestuurlijke overleggen op een alleen adviserend mandaat.",
    ),
    why=T(
        "A steering group that may only advise cannot move money between domains.",
        "Een stuurgroep die alleen mag adviseren, kan geen geld tussen domeinen bewegen.",
    ),
    fix=T(
        "Give the body a decision mandate over the shared funding.",
        "Geef het overleg beslismandaat over de gezamenlijke middelen.",
    ),
    example=T(
        "mandate: advisory at level administrative.",
        "Een bestuurlijk overleg met een adviserend mandaat.",
    ),
    paths=("$.governance[*].mandate",),
)
def administrative_body_only_advisory(ctx: Context) -> Iterator[Hit]:
    for i, b in enumerate(ctx.engagement.governance):
        if b.level is Level.ADMINISTRATIVE and not b.decides and b.period.contains(ctx.on):
            yield Hit(path=f"$.governance[{i}].mandate", values={"id": b.id}, ids=(b.id,))


@rule(
    "GOV201",
    "no-cross-domain-working-group",
    dimension=_D,
    level=Level.OFFICIAL,
    severity=Severity.ERROR,
    message=T(
        "No official working group spans sport and the social domain",
        "Geen ambtelijke werkgroep omvat sport en sociaal domein",
    ),
    what=T(
        "Checks for an official-level body whose members come from sport and from a social-domain area.",
        "Controleert of er een ambtelijk overleg is met leden uit sport en uit een deel van het sociaal domein.",
    ),
    why=T(
        "Implementation by the civil service needs policy officers of both domains working on one plan.",
        "De ambtelijke uitwerking vraagt beleidsmedewerkers van beide domeinen die aan een plan werken.",
    ),
    fix=T(
        "Form an official working group with policy officers of sport and of the social domain.",
        "Vorm een ambtelijke werkgroep met beleidsmedewerkers van sport en van het sociaal domein.",
    ),
    example=T(
        "A working group of only the sport department.",
        "Een werkgroep van alleen de afdeling sport.",
    ),
    paths=("$.governance",),
)
def no_cross_domain_working_group(ctx: Context) -> Iterator[Hit]:
    ok = any(
        b.level is Level.OFFICIAL
        and b.period.contains(ctx.on)
        and spans_sport_and_social(d for m in b.member_ids for d in ctx.domains_of(m))
        for b in ctx.engagement.governance
    )
    if not ok:
        yield Hit(path="$.governance")


@rule(
    "GOV202",
    "body-without-members",
    dimension=_D,
    level=None,
    severity=Severity.WARNING,
    message=T("Governance body '{id}' has no members", "Overleg '{id}' heeft geen leden"),
    what=T(
        "Checks that every governance body lists its members.",
        "Controleert of elk overleg zijn leden noemt.",
    ),
    why=T(
        "Who sits at the table decides what the body can decide for.",
        "Wie aan tafel zit, bepaalt waarvoor het overleg kan besluiten.",
    ),
    fix=T(
        "List the member stakeholders of the body.",
        "Noem de partners die lid zijn van het overleg.",
    ),
    example=T("members: []", "Een overleg zonder leden."),
    paths=("$.governance[*].members",),
)
def body_without_members(ctx: Context) -> Iterator[Hit]:
    for i, b in enumerate(ctx.engagement.governance):
        if not b.members:
            yield Hit(
                path=f"$.governance[{i}].members", values={"id": b.id}, ids=(b.id,), level=b.level
            )


@rule(
    "GOV301",
    "no-executive-core-team",
    dimension=_D,
    level=Level.EXECUTIVE,
    severity=Severity.WARNING,
    message=T(
        "No executive core team coordinates the execution",
        "Geen uitvoerend kernteam coördineert de uitvoering",
    ),
    what=T(
        "Checks for an active body at executive level.",
        "Controleert of er een actief overleg op uitvoerend niveau is.",
    ),
    why=T(
        "Execution stays local: the practitioners need their own table to coordinate (Sportakkoord II also asks for a local core team).",
        "Uitvoering blijft lokaal: de uitvoerders hebben een eigen tafel nodig om af te stemmen (ook Sportakkoord II vraagt een lokaal kernteam).",
    ),
    fix=T(
        "Form a core team of buurtsportcoaches, clubs and welfare workers.",
        "Vorm een kernteam van buurtsportcoaches, verenigingen en welzijnswerkers.",
    ),
    example=T("No governance body at level executive.", "Geen overleg op uitvoerend niveau."),
    paths=("$.governance",),
    references=("https://www.ssnb.nl/sportakkoord-ii/",),
)
def no_executive_core_team(ctx: Context) -> Iterator[Hit]:
    if not any(
        b.level is Level.EXECUTIVE and b.period.contains(ctx.on) for b in ctx.engagement.governance
    ):
        yield Hit(path="$.governance")


def _left(eng: Engagement, person: Stakeholder, social: bool, on: dt.date) -> dt.date | None:
    """The last day ``person`` held a portfolio of its side before ``on`` and no longer
    holds one on ``on`` (``None``: still holds it, or never did)."""
    if any(on_side(eng, d, social) for d in person.domains_on(on)):
        return None
    ends: list[dt.date] = []
    for p in person.portfolios:
        if not on_side(eng, p.domain, social) or (p.start is not None and p.start > on):
            continue
        last = p.until
        if person.in_office is not None and person.in_office.end is not None:
            last = min(last, person.in_office.end) if last is not None else person.in_office.end
        if last is not None and last < on:
            ends.append(last)
    return max(ends) if ends else None


def _was_committed(history: Engagement, person: Stakeholder, until: dt.date, social: bool) -> bool:
    """Whether ``person`` was committed on its last day in the portfolio."""
    return committed_holder(history.as_of(until), person, until, social)


def _continuity_rule(code: str, name: str, social: bool, en: str, nl: str) -> None:
    @rule(
        code,
        name,
        dimension=_D,
        level=Level.ADMINISTRATIVE,
        severity=Severity.WARNING,
        message=T(
            f"The committed portfolio holder of {en} ({{former}}) left on {{left}}; "
            f"the successor ({{successor}}) has not recommitted",
            f"De verbonden portefeuillehouder {nl}, {{former}}, is op {{left}} vertrokken; "
            f"de opvolger, {{successor_nl}}, heeft zich nog niet opnieuw verbonden",
        ),
        what=T(
            f"Checks whether a portfolio holder of {en} who was committed left office or gave up the portfolio (elections, a reshuffle), while no portfolio holder of {en} now in office has committed.",
            f"Controleert of een verbonden portefeuillehouder {nl} is vertrokken of de portefeuille heeft overgedragen (verkiezingen, herverdeling), terwijl geen zittende portefeuillehouder {nl} zich opnieuw heeft verbonden.",
        ),
        why=T(
            "Councils are elected every four years and a new college reconsiders what its predecessor promised; portfolios move between aldermen. The connection rests on people in office: until the successor recommits, the engagement hangs on a promise nobody in office made.",
            "De raad wordt elke vier jaar gekozen en een nieuw college heroverweegt wat zijn voorganger beloofde; portefeuilles gaan tussen wethouders over. De verbinding rust op mensen in functie: tot de opvolger zich opnieuw verbindt, hangt het traject aan een belofte die niemand in functie deed.",
        ),
        fix=T(
            f"Hold an administrative work session with the new portfolio holder of {en} and record the decision by which they commit (a college decision confirming the ambition and the mandate).",
            f"Houd een bestuurlijke werksessie met de nieuwe portefeuillehouder {nl} en leg het besluit vast waarmee die zich verbindt (een collegebesluit dat ambitie en mandaat bevestigt).",
        ),
        example=T(
            f"The portfolio holder of {en} who chaired the steering group left after the election of 18 March 2026; the new one has not joined it.",
            f"De wethouder {nl} die de stuurgroep voorzat, vertrok na de verkiezingen van 18 maart 2026; de nieuwe is nog niet aangeschoven.",
        ),
        paths=("$.stakeholders", "$.governance", "$.decisions"),
        references=ELECTIONS,
    )
    def check(ctx: Context) -> Iterator[Hit]:
        current = holders(ctx.engagement, ctx.on, social)
        if any(committed_holder(ctx.engagement, h, ctx.on, social) for h in current):
            return
        for i, person in enumerate(ctx.history.stakeholders):
            left = _left(ctx.history, person, social, ctx.on)
            if left is None or not _was_committed(ctx.history, person, left, social):
                continue
            successors = tuple(h.id for h in current)
            yield Hit(
                path=f"$.stakeholders[{i}]",
                values={
                    "former": person.id,
                    "left": day_text(left),
                    "successor": listing(successors) or "none in office",
                    "successor_nl": listing(successors) or "niemand in functie",
                },
                ids=(person.id, *successors),
            )


_continuity_rule("GOV106", "sport-commitment-left-with-office", False, "sport", "sport")
_continuity_rule(
    "GOV109",
    "social-commitment-left-with-office",
    True,
    "the social domain",
    "sociaal domein",
)


@rule(
    "GOV107",
    "decision-mandate-not-granted",
    dimension=_D,
    level=Level.ADMINISTRATIVE,
    severity=Severity.ERROR,
    message=T(
        "Body '{id}' claims a decision mandate that no decision of the college or council granted",
        "Overleg '{id}' claimt een beslismandaat dat geen besluit van college of raad verleende",
    ),
    what=T(
        "Checks that every body with a decision mandate names, in granted_by, a recorded decision of the college or the council that granted it.",
        "Controleert of elk overleg met beslismandaat in granted_by een vastgelegd besluit van het college of de raad noemt dat het mandaat verleende.",
    ),
    why=T(
        "The college decides collectively and the council holds the budget right; a steering group decides only under a mandate one of them granted. Without that decision the steering group's 'decisions' bind nobody, and the money it 'decides' on is not decided.",
        "Het college besluit collegiaal en de raad heeft het budgetrecht; een stuurgroep besluit alleen onder een mandaat dat een van beide verleende. Zonder dat besluit heeft de stuurgroep geen doorzettingsmacht: haar 'besluiten' binden niemand, en over het geld waarover zij 'besluit' is niets besloten.",
    ),
    fix=T(
        "Have the college (or the council) grant the mandate in a decision and record it as the body's mandate.granted_by.",
        "Laat het college (of de raad) het mandaat bij besluit verlenen en leg dat besluit vast als mandate.granted_by van het overleg.",
    ),
    example=T(
        "mandate: {kind: decision} without granted_by, or granted by the steering group itself.",
        "Een beslismandaat zonder besluit dat het verleent (granted_by), of verleend door de stuurgroep zelf.",
    ),
    paths=("$.governance[*].mandate",),
    references=COLLEGE_MANDATE,
)
def decision_mandate_not_granted(ctx: Context) -> Iterator[Hit]:
    for i, b in enumerate(ctx.engagement.governance):
        if b.decides and b.period.contains(ctx.on) and not mandate_traced(ctx.engagement, b):
            yield Hit(
                path=f"$.governance[{i}].mandate", values={"id": b.id}, ids=(b.id,), level=b.level
            )


#: Decisions of a new college (or council) that reconfirm what a predecessor decided.
_RECONFIRMING = frozenset(
    {
        DecisionKind.COALITION_AGREEMENT,
        DecisionKind.COLLEGE_DECISION,
        DecisionKind.AMBITION,
        DecisionKind.VISION,
        DecisionKind.MANDATE,
        DecisionKind.COUNCIL_DECISION,
    }
)


def _reconfirmed(ctx: Context, old_id: str, election: dt.date, ambition: bool) -> bool:
    """Whether a decision after ``election`` reconfirms decision ``old_id``.

    Explicitly (its ``confirms`` names it), by the college or the council; for an
    ambition also implicitly, by a coalition agreement or college decision that
    again names sport and a social-domain area.
    """
    for d in ctx.engagement.decisions:
        if d.date <= election or d.kind not in _RECONFIRMING:
            continue
        author = ctx.engagement.stakeholder(d.by or "")
        by_institution = author is not None and author.kind in INSTITUTIONS
        if not by_institution and not (author is not None and author.in_office_on(d.date)):
            continue
        if old_id in d.confirms:
            return True
        if (
            ambition
            and by_institution
            and binds_both(d)
            and d.kind
            in (
                DecisionKind.COALITION_AGREEMENT,
                DecisionKind.COLLEGE_DECISION,
                DecisionKind.AMBITION,
                DecisionKind.VISION,
            )
        ):
            return True
    return False


@rule(
    "GOV108",
    "not-reconfirmed-after-election",
    dimension=_D,
    level=Level.ADMINISTRATIVE,
    severity=Severity.ERROR,
    message=T(
        "{what} '{id}' of {date} predates the election of {election} and has not been reconfirmed",
        "{what_nl} '{id}' van {date} is van voor de verkiezingen van {election} en niet opnieuw bevestigd",
    ),
    what=T(
        "Checks that the shared ambition and the mandate of the joint body, when they were decided before the latest municipal election, have been reconfirmed since: by the coalition agreement or a decision of the new college (explicitly, with confirms; for an ambition also by a coalition agreement or college decision that again names sport and the social domain).",
        "Controleert of de gedeelde ambitie en het mandaat van het gezamenlijk overleg, als die van voor de laatste gemeenteraadsverkiezingen zijn, sindsdien opnieuw bevestigd zijn: in het coalitieakkoord of met een besluit van het nieuwe college (uitdrukkelijk, met confirms; een ambitie ook met een coalitieakkoord of collegebesluit dat sport en sociaal domein opnieuw samen noemt).",
    ),
    why=T(
        "Councils are elected every four years (21 March 2018, 16 March 2022, 18 March 2026). A new college reconsiders the ambitions of the old one and writes its own coalition agreement; what it does not reconfirm is not its policy, however it was decided before.",
        "De raad wordt elke vier jaar gekozen (21 maart 2018, 16 maart 2022, 18 maart 2026). Een nieuw college heroverweegt de ambities van het oude en schrijft een eigen coalitieakkoord; wat het niet opnieuw bevestigt, is niet zijn beleid, hoe het vroeger ook besloten is.",
    ),
    fix=T(
        "Have the new college confirm the ambition and the mandate in a college decision (list them under confirms), or make sure the coalition agreement names the connection of sport and the social domain.",
        "Laat het nieuwe college ambitie en mandaat bevestigen in een collegebesluit (noem ze onder confirms), of zorg dat het coalitieakkoord de verbinding van sport en sociaal domein noemt.",
    ),
    example=T(
        "The ambition of January 2026 and the mandate of February 2026, checked in November 2026 with no decision of the college installed after 18 March 2026.",
        "De ambitie van januari 2026 en het mandaat van februari 2026, getoetst in november 2026 zonder besluit van het college dat na 18 maart 2026 aantrad.",
    ),
    paths=("$.decisions", "$.governance[*].mandate.granted_by"),
    references=ELECTIONS,
)
def not_reconfirmed_after_election(ctx: Context) -> Iterator[Hit]:
    election = ctx.engagement.latest_election(ctx.on)
    if election is None:
        return
    e = ctx.engagement
    index = {d.id: i for i, d in enumerate(e.decisions)}
    relied: dict[str, bool] = {}  # decision id -> is an ambition
    for ident in shared_ambitions(ctx):
        relied[ident] = True
    for grant in _joint_mandates(ctx):
        relied.setdefault(grant, False)
    for ident, ambition in relied.items():
        d = e.decision(ident)
        if d is None or d.date >= election or _reconfirmed(ctx, ident, election, ambition):
            continue
        what = ("Ambition", "Ambitie") if ambition else ("Mandate decision", "Mandaatbesluit")
        yield Hit(
            path=f"$.decisions[{index[ident]}]",
            values={
                "what": what[0],
                "what_nl": what[1],
                "id": ident,
                "date": day_text(d.date),
                "election": day_text(election),
            },
            ids=(ident,),
        )
