"""GOV: shared governance — portfolio holders, joint bodies, mandates."""

from __future__ import annotations

from collections.abc import Iterator

from ...model import DecisionKind, Level
from .._registry import Dimension, Hit, Severity, rule
from ..context import Context
from ._common import T, listing, portfolio_holders, spans_sport_and_social

_D = Dimension.GOVERNANCE

#: Decisions by which a portfolio holder commits to the trajectory.
_COMMITTING = frozenset(
    {
        DecisionKind.COMMISSION,
        DecisionKind.AMBITION,
        DecisionKind.VISION,
        DecisionKind.MANDATE,
        DecisionKind.BUDGET,
    }
)


def _joint_administrative_bodies(ctx: Context) -> list[str]:
    joint = set(ctx.alignment.governance.joint_decision_bodies)
    return [
        b.id for b in ctx.engagement.governance if b.id in joint and b.level is Level.ADMINISTRATIVE
    ]


def _committed(ctx: Context, holder: str) -> bool:
    e = ctx.engagement
    in_body = any(
        b.level is Level.ADMINISTRATIVE and holder in b.member_ids
        for b in e.governance
        if b.period.contains(ctx.on)
    )
    decided = any(d.by == holder and d.kind in _COMMITTING for d in e.decisions)
    return in_body or decided


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
        "Checks for a governance body at administrative level whose members span sport and at least one social-domain area, with a decision mandate.",
        "Controleert of er een bestuurlijk overleg is met leden uit sport en minstens een deel van het sociaal domein, met beslismandaat.",
    ),
    why=T(
        "De-siloed administrative power is the foundation of the approach: without a joint body that decides, every domain keeps deciding on its own money.",
        "Ontschotte bestuurlijke kracht is het fundament van de aanpak: zonder gezamenlijk overleg dat besluit, beslist elk domein over zijn eigen geld.",
    ),
    fix=T(
        "Form a steering group of the portfolio holders of sport and of the social domain and give it a decision mandate over the shared money.",
        "Vorm een stuurgroep van de portefeuillehouders sport en sociaal domein en geef die beslismandaat over de gezamenlijke middelen.",
    ),
    example=T(
        "A steering group with only the sport alderman, or with an advisory mandate.",
        "Een stuurgroep met alleen de wethouder sport, of met een adviserend mandaat.",
    ),
    paths=("$.governance",),
    references=("DESIGN §1: shared funding and shared governance",),
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
            f"The portfolio holder of {en} is not committed{{who}}",
            f"De portefeuillehouder {nl} heeft zich niet verbonden{{who_nl}}",
        ),
        what=T(
            f"Checks that a portfolio holder of {en} sits in an administrative body or took a committing decision (commission, ambition, vision, mandate, budget).",
            f"Controleert of een portefeuillehouder {nl} in een bestuurlijk overleg zit of een bindend besluit nam (opdracht, ambitie, visie, mandaat, budget).",
        ),
        why=T(
            "The connection needs both portfolio holders: one alone can only move the money of one domain.",
            "De verbinding heeft beide portefeuillehouders nodig: een alleen kan alleen het geld van een domein bewegen.",
        ),
        fix=T(
            f"Invite the portfolio holder of {en} to the administrative work session and the steering group.",
            f"Nodig de portefeuillehouder {nl} uit voor de bestuurlijke werksessie en de stuurgroep.",
        ),
        example=T(
            f"The alderman of {en} is listed but neither sits in the steering group nor decided anything.",
            f"De wethouder {nl} staat erin, maar zit niet in de stuurgroep en besloot niets.",
        ),
        paths=("$.stakeholders", "$.governance", "$.decisions"),
    )
    def check(ctx: Context) -> Iterator[Hit]:
        holders = portfolio_holders(ctx.engagement, social=social)
        if not any(_committed(ctx, h) for h in holders):
            who = f" ({listing(holders)})" if holders else " (none listed)"
            who_nl = f" ({listing(holders)})" if holders else " (niemand genoemd)"
            yield Hit(
                path="$.stakeholders", values={"who": who, "who_nl": who_nl}, ids=tuple(holders)
            )


_holder_rule("GOV102", "sport-portfolio-holder-not-committed", False, "sport", "sport")
_holder_rule(
    "GOV103", "social-portfolio-holder-not-committed", True, "the social domain", "sociaal domein"
)


@rule(
    "GOV104",
    "no-shared-ambition",
    dimension=_D,
    level=Level.ADMINISTRATIVE,
    severity=Severity.ERROR,
    message=T(
        "No ambition or vision binds sport and the social domain together",
        "Geen ambitie of visie bindt sport en sociaal domein samen",
    ),
    what=T(
        "Checks for an ambition or vision decision whose domains include sport and a social-domain area.",
        "Controleert of er een ambitie- of visiebesluit is met sport en een deel van het sociaal domein.",
    ),
    why=T(
        "A shared ambition is what the portfolio holders can be held to; separate ambitions keep the silos.",
        "Een gedeelde ambitie is waar de portefeuillehouders op aan te spreken zijn; losse ambities houden de schotten in stand.",
    ),
    fix=T(
        "Formulate the ambition together in an administrative work session and record the decision with both domains.",
        "Formuleer de ambitie samen in een bestuurlijke werksessie en leg het besluit vast met beide domeinen.",
    ),
    example=T("A vision decision with domains: [sport].", "Een visiebesluit met domains: [sport]."),
    paths=("$.decisions",),
)
def no_shared_ambition(ctx: Context) -> Iterator[Hit]:
    shared = any(
        d.kind in (DecisionKind.AMBITION, DecisionKind.VISION)
        and spans_sport_and_social(set(d.domains))
        for d in ctx.engagement.decisions
    )
    if not shared:
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
        "mandate: advisory at level administrative.", "mandate: advisory op niveau administrative."
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
        "Ambtelijke implementatie vraagt beleidsmedewerkers van beide domeinen die aan een plan werken.",
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
        and spans_sport_and_social({d for m in b.member_ids for d in ctx.domains_of(m)})
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
    example=T("members: []", "members: []"),
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
    example=T("No governance body at level executive.", "Geen overleg op niveau executive."),
    paths=("$.governance",),
    references=("https://www.ssnb.nl/sportakkoord-ii/",),
)
def no_executive_core_team(ctx: Context) -> Iterator[Hit]:
    if not any(
        b.level is Level.EXECUTIVE and b.period.contains(ctx.on) for b in ctx.engagement.governance
    ):
        yield Hit(path="$.governance")
