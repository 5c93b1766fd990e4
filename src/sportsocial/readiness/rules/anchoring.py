"""ANC: anchoring (verankering) in sport policy and in social policy."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from ...model import DecisionKind, Funder, FundingIntegration, FundingStatus, Level, MoneyPart
from .._registry import Dimension, Hit, Severity, rule
from ..context import Context
from ._common import INSTITUTIONS, T, binds_both, listing

_D = Dimension.ANCHORING


def _anchored(ctx: Context, social: bool) -> bool:
    return any(
        d.kind is DecisionKind.ANCHORING and any(dom.is_social == social for dom in d.domains)
        for d in ctx.engagement.decisions
    )


@rule(
    "ANC101",
    "not-anchored-in-sport-policy",
    dimension=_D,
    level=Level.ADMINISTRATIVE,
    severity=Severity.ERROR,
    message=T(
        "The approach is not anchored in sport policy",
        "De aanpak is niet verankerd in het sportbeleid",
    ),
    what=T(
        "Checks for an anchoring decision that binds the sport domain.",
        "Controleert of er een verankeringsbesluit is dat het domein sport bindt.",
    ),
    why=T(
        "What is not in the sport policy (sportnota) disappears with the next alderman or budget round.",
        "Wat niet in het sportbeleid (sportnota) staat, verdwijnt met de volgende wethouder of begrotingsronde.",
    ),
    fix=T(
        "Have the approach adopted in the sport policy and record that decision.",
        "Laat de aanpak vastleggen in het sportbeleid en leg dat besluit vast.",
    ),
    example=T(
        "Only the social-domain policy adopts the approach.",
        "Alleen het beleid sociaal domein neemt de aanpak over.",
    ),
    paths=("$.decisions",),
)
def not_anchored_in_sport(ctx: Context) -> Iterator[Hit]:
    if not _anchored(ctx, social=False):
        yield Hit(path="$.decisions")


@rule(
    "ANC102",
    "not-anchored-in-social-policy",
    dimension=_D,
    level=Level.ADMINISTRATIVE,
    severity=Severity.ERROR,
    message=T(
        "The approach is not anchored in social-domain policy",
        "De aanpak is niet verankerd in het beleid sociaal domein",
    ),
    what=T(
        "Checks for an anchoring decision that binds a social-domain area.",
        "Controleert of er een verankeringsbesluit is dat een deel van het sociaal domein bindt.",
    ),
    why=T(
        "Sport serving the social domain must be the social domain's policy too, or it stays a sport project.",
        "Sport die het sociaal domein dient, moet ook beleid van het sociaal domein zijn, anders blijft het een sportproject.",
    ),
    fix=T(
        "Have the approach adopted in the social-domain policy and record that decision.",
        "Laat de aanpak vastleggen in het beleid sociaal domein en leg dat besluit vast.",
    ),
    example=T(
        "Only the sport policy adopts the approach.", "Alleen de sportnota neemt de aanpak over."
    ),
    paths=("$.decisions",),
)
def not_anchored_in_social(ctx: Context) -> Iterator[Hit]:
    if not _anchored(ctx, social=True):
        yield Hit(path="$.decisions")


@rule(
    "ANC103",
    "anchoring-without-policy-document",
    dimension=_D,
    level=Level.OFFICIAL,
    severity=Severity.WARNING,
    message=T(
        "Anchoring decision '{id}' names no policy document",
        "Verankeringsbesluit '{id}' noemt geen beleidsdocument",
    ),
    what=T(
        "Checks that every anchoring decision names the document it is laid down in.",
        "Controleert of elk verankeringsbesluit het document noemt waarin het is vastgelegd.",
    ),
    why=T(
        "Anchoring is only real when it can be found in a policy document.",
        "Verankering is pas echt als die terug te vinden is in een beleidsdocument.",
    ),
    fix=T(
        "Add the policy document (e.g. the sportnota) to the decision.",
        "Voeg het beleidsdocument (bijvoorbeeld de sportnota) toe aan het besluit.",
    ),
    example=T("kind: anchoring without document.", "Een verankeringsbesluit zonder document."),
    paths=("$.decisions[*].document",),
)
def anchoring_without_document(ctx: Context) -> Iterator[Hit]:
    for i, d in enumerate(ctx.engagement.decisions):
        if d.kind is DecisionKind.ANCHORING and not d.document:
            yield Hit(path=f"$.decisions[{i}].document", values={"id": d.id}, ids=(d.id,))


def _uncommitted_municipal(part: MoneyPart, on: dt.date) -> bool:
    return (
        part.funder is Funder.MUNICIPALITY
        and part.status not in (FundingStatus.TENDER_DEPENDENT, FundingStatus.ENDED)
        and not part.committed_on(on)
    )


@rule(
    "ANC104",
    "shared-funding-not-committed",
    dimension=_D,
    level=Level.ADMINISTRATIVE,
    severity=Severity.ERROR,
    message=T(
        "Pooled or aligned funding is not committed: {ids}",
        "Gebundelde of afgestemde middelen zijn niet toegezegd: {ids}",
    ),
    what=T(
        "Checks that the municipality has committed every pooled or aligned funding "
        "stream, each of its own contributions to a fund included; money from outside, "
        "or money that waits for a tender or grant decision, is left to FIN208.",
        "Controleert of de gemeente elke gebundelde of afgestemde geldstroom heeft "
        "toegezegd, elk van haar eigen bijdragen aan een fonds inbegrepen; geld van "
        "buiten de gemeente, of geld dat wacht op een aanbesteding of subsidiebesluit, "
        "valt onder FIN208.",
    ),
    why=T(
        "Anchoring includes the budget: shared money that is only intended can be withdrawn at the next budget round.",
        "Bij verankering hoort het budget: gezamenlijke middelen die alleen voorgenomen zijn, kunnen bij de volgende begroting verdwijnen.",
    ),
    fix=T(
        "Have the budget committed (e.g. in the council's budget) and record the date.",
        "Laat het budget toezeggen (bijvoorbeeld in de begroting) en leg de datum vast.",
    ),
    example=T(
        "integration: pooled without committed.",
        "Gebundelde middelen (pooled) zonder datum van toezegging (committed).",
    ),
    paths=("$.funding[*].committed",),
)
def shared_funding_not_committed(ctx: Context) -> Iterator[Hit]:
    # Every municipal contribution counts: a fund one domain has committed and the
    # other only proposes is not shared money yet. Money the municipality cannot
    # commit itself (an insurer's share, a grant, a tender) is a risk, not a lack of
    # anchoring: FIN208 warns about it, and it blocks only where the plan leans on
    # it (FIN204).
    ids = [
        s.id
        for s in ctx.engagement.funding
        if s.integration is not FundingIntegration.SILOED
        and any(_uncommitted_municipal(p, ctx.on) for p in s.parts())
    ]
    if ids:
        yield Hit(path="$.funding", values={"ids": listing(ids)}, ids=tuple(ids))


#: Decisions by which the college or the council adopts the approach.
_ADOPTING = frozenset(
    {
        DecisionKind.ANCHORING,
        DecisionKind.COLLEGE_DECISION,
        DecisionKind.COUNCIL_DECISION,
        DecisionKind.COALITION_AGREEMENT,
    }
)


@rule(
    "ANC105",
    "approach-not-adopted-by-college",
    dimension=_D,
    level=Level.ADMINISTRATIVE,
    severity=Severity.ERROR,
    message=T(
        "Neither the college nor the council has adopted the approach for sport and the social domain together",
        "Het college noch de raad heeft de aanpak voor sport en sociaal domein samen vastgesteld",
    ),
    what=T(
        "Checks for a decision of the college or the council (anchoring, college decision, council decision, coalition agreement) that names sport and a social-domain area together.",
        "Controleert of er een besluit van het college of de raad is (verankering, collegebesluit, raadsbesluit, coalitieakkoord) dat sport en een deel van het sociaal domein samen noemt.",
    ),
    why=T(
        "At the kick-off the approach must be the municipality's, not one alderman's: the college decides collectively. A college decision suffices to start; anchoring in the sport policy and the social-domain policy notes (ANC101, ANC102) follows when those notes are next revised.",
        "Bij de kick-off moet de aanpak van de gemeente zijn, niet van één wethouder: het college besluit collegiaal. Een collegebesluit is genoeg om te starten; verankering in de sportnota en de beleidsnota sociaal domein (ANC101, ANC102) volgt als die nota's opnieuw worden vastgesteld.",
    ),
    fix=T(
        "Have the college adopt the approach and the implementation plan in a college decision naming both domains.",
        "Laat het college de aanpak en het uitvoeringsplan vaststellen in een collegebesluit dat beide domeinen noemt.",
    ),
    example=T(
        "Only the sport alderman signed the plan.",
        "Alleen de wethouder sport tekende het plan.",
    ),
    paths=("$.decisions",),
    references=(
        "https://lokaleregelgeving.overheid.nl/CVDR234237/1 (the college's powers, Gemeentewet art. 160)",
    ),
)
def approach_not_adopted_by_college(ctx: Context) -> Iterator[Hit]:
    e = ctx.engagement
    for d in e.decisions:
        author = e.stakeholder(d.by or "")
        if (
            d.kind in _ADOPTING
            and binds_both(d)
            and author is not None
            and author.kind in INSTITUTIONS
        ):
            return
    yield Hit(path="$.decisions")
