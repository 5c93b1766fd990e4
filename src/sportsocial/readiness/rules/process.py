"""PRC: the facilitated process — commission, baseline, sessions, inventories."""

from __future__ import annotations

from collections.abc import Iterator

from ...i18n import Text, count_text
from ...model import DecisionKind, Domain, Level, SessionSubject
from .._registry import Dimension, Hit, RuleParameter, Severity, rule
from ..context import Context
from ._common import T

_P = Dimension.PROCESS


@rule(
    "PRC101",
    "baseline-incomplete",
    dimension=_P,
    level=Level.OFFICIAL,
    severity=Severity.ERROR,
    message=T(
        "The baseline (startfoto) is incomplete: {missing}",
        "De startfoto is onvolledig: {missing_nl}",
    ),
    what=T(
        "Checks that the baseline records stakeholders and budgets of sport and of the social domain, and an official work session.",
        "Controleert dat de startfoto partners en budgetten van sport en van het sociaal domein bevat, en een ambtelijke werksessie.",
    ),
    why=T(
        "Without a picture of what already exists and who pays for it, the administrative talks start from opinions instead of facts.",
        "Zonder beeld van wat er al is en wie dat betaalt, begint het bestuurlijke gesprek bij meningen in plaats van feiten.",
    ),
    fix=T(
        "Complete the startfoto: list the stakeholders of both domains, the budgets that pay for sport-social connections, and hold an official session on it.",
        "Maak de startfoto af: benoem de partners uit beide domeinen, de budgetten die verbindingen betalen, en bespreek het in een ambtelijke sessie.",
    ),
    example=T(
        "Stakeholders only from the sport department, no funding streams recorded.",
        "Alleen partners van de afdeling sport, geen geldstromen vastgelegd.",
    ),
    paths=("$.stakeholders", "$.funding", "$.work_sessions"),
)
def baseline_incomplete(ctx: Context) -> Iterator[Hit]:
    e = ctx.engagement
    domains = {d for s in e.stakeholders for d in s.domains}
    missing_en: list[str] = []
    missing_nl: list[str] = []
    if Domain.SPORT not in domains:
        missing_en.append("no sport stakeholder")
        missing_nl.append("geen partner uit sport")
    if not any(d.is_social for d in domains):
        missing_en.append("no social-domain stakeholder")
        missing_nl.append("geen partner uit het sociaal domein")
    sources = {p.domain for s in e.funding for p in s.parts() if p.domain is not None}
    if Domain.SPORT not in sources:
        missing_en.append("no sport budget")
        missing_nl.append("geen sportbudget")
    if not any(d.is_social for d in sources):
        missing_en.append("no social-domain budget")
        missing_nl.append("geen budget uit het sociaal domein")
    if not any(Level.OFFICIAL in w.levels for w in e.work_sessions):
        missing_en.append("no official work session")
        missing_nl.append("geen ambtelijke werksessie")
    if missing_en:
        yield Hit(
            path="$", values={"missing": "; ".join(missing_en), "missing_nl": "; ".join(missing_nl)}
        )


@rule(
    "PRC102",
    "no-commission",
    dimension=_P,
    level=Level.ADMINISTRATIVE,
    severity=Severity.ERROR,
    message=T("No commission (opdracht) has been recorded", "Er is geen opdracht vastgelegd"),
    what=T(
        "Checks for a decision of kind 'commission'. Any commission starts the process, "
        "also one from the sport portfolio alone; whether it commits sport and the social "
        "domain together is judged by GOV102-GOV104 at the administrative connection.",
        "Controleert of er een besluit van het soort 'opdracht' is. Elke opdracht zet het "
        "proces in gang, ook een van alleen de portefeuille sport; of zij sport en sociaal "
        "domein verbindt, beoordelen GOV102-GOV104 bij de bestuurlijke verbinding.",
    ),
    why=T(
        "A facilitator without a commission from the college has no mandate to bring the "
        "domains together. The startfoto may begin on a commission from one side: it is "
        "analysis at the official level, and the administrative connection that follows "
        "is where both sides must commit.",
        "Een procesbegeleider zonder opdracht van het college heeft geen mandaat om de "
        "domeinen bij elkaar te brengen. De startfoto mag beginnen op een opdracht van "
        "één kant: het is analyse op ambtelijk niveau, en bij de bestuurlijke verbinding "
        "die erop volgt, moeten beide kanten zich verbinden.",
    ),
    fix=T(
        "Record the college's commission: who asked, when, for which domains and target groups.",
        "Leg de opdracht van het college vast: wie vroeg het, wanneer, voor welke domeinen en doelgroepen.",
    ),
    example=T(
        "decisions: [] in the exploration phase.", "Geen enkel besluit in de verkenningsfase."
    ),
    paths=("$.decisions",),
)
def no_commission(ctx: Context) -> Iterator[Hit]:
    if not any(d.kind is DecisionKind.COMMISSION for d in ctx.engagement.decisions):
        yield Hit(path="$.decisions")


@rule(
    "PRC103",
    "sessions-missing-at-level",
    dimension=_P,
    level=None,
    severity=Severity.ERROR,
    message=T(
        "No work session has taken place at the {level} level, which this gate requires",
        "Er is geen werksessie op {level_nl} niveau geweest, terwijl deze poort dat vraagt",
    ),
    what=T(
        "Checks that work sessions took place at every level the methodology's gate lists.",
        "Controleert of er werksessies waren op elk niveau dat de poort van de methodiek noemt.",
    ),
    why=T(
        "The connection has to be made at each level in turn; skipping a level leaves decisions nobody carries out, or work nobody decided.",
        "De verbinding moet op elk niveau gelegd worden; een niveau overslaan levert besluiten op die niemand uitvoert, of werk waar niemand over besloot.",
    ),
    fix=T(
        "Plan a work session at the missing level.",
        "Plan een werksessie op het ontbrekende niveau.",
    ),
    example=T(
        "The kick-off gate asks for administrative, official and executive sessions; only official ones were held.",
        "De kick-offpoort vraagt bestuurlijke, ambtelijke en uitvoerende sessies; er waren alleen ambtelijke.",
    ),
    paths=("$.work_sessions",),
)
def sessions_missing_at_level(ctx: Context) -> Iterator[Hit]:
    held = {lv for w in ctx.engagement.work_sessions for lv in w.levels}
    for level in ctx.session_levels:
        if level not in held:
            yield Hit(
                path="$.work_sessions",
                values={"level": level.label("en"), "level_nl": level.label("nl")},
                level=level,
            )


@rule(
    "PRC104",
    "no-promising-connections",
    dimension=_P,
    level=Level.OFFICIAL,
    severity=Severity.ERROR,
    message=T(
        "No promising connections (kansrijke verbindingen) have been inventoried",
        "Er zijn geen kansrijke verbindingen geïnventariseerd",
    ),
    what=T(
        "Checks that at least one opportunity is recorded.",
        "Controleert of er minstens een kansrijke verbinding is vastgelegd.",
    ),
    why=T(
        "The work sessions exist to find where sport can serve a social goal for a target group; without that inventory there is nothing to plan.",
        "De werksessies zijn er om te vinden waar sport een sociaal doel voor een doelgroep dient; zonder die inventarisatie valt er niets te plannen.",
    ),
    fix=T(
        "Inventory promising connections per target group: social goal, sport offer, partners.",
        "Inventariseer kansrijke verbindingen per doelgroep: sociaal doel, sportaanbod, partners.",
    ),
    example=T("opportunities: []", "Geen kansrijke verbindingen."),
    paths=("$.opportunities",),
)
def no_promising_connections(ctx: Context) -> Iterator[Hit]:
    if not ctx.engagement.opportunities:
        yield Hit(path="$.opportunities")


@rule(
    "PRC105",
    "no-obstacles-inventoried",
    dimension=_P,
    level=Level.OFFICIAL,
    severity=Severity.ERROR,
    message=T(
        "The obstacles (hindernissen) have not been inventoried",
        "De hindernissen zijn niet geïnventariseerd",
    ),
    what=T(
        "Checks that the obstacles were inventoried: obstacles are recorded, or a work session dealt with them (covers: obstacles) and found none.",
        "Controleert of de hindernissen geïnventariseerd zijn: er zijn hindernissen vastgelegd, of een werksessie behandelde ze (covers: obstacles) en vond er geen.",
    ),
    why=T(
        "Every trajectory meets siloed budgets, unknown value of sport or capacity limits; naming them early is how they get a response.",
        "Elk traject stuit op verkokerde budgetten, onbekendheid met wat sport kan of te weinig capaciteit; wie ze vroeg benoemt, kan er op tijd een aanpak voor vinden.",
    ),
    fix=T(
        "Name the obstacles with the participants and record them, or record that the session dealt with them (covers: [obstacles]).",
        "Benoem de hindernissen met de deelnemers en leg ze vast, of leg vast dat de sessie ze behandelde (covers: [obstacles]).",
    ),
    example=T(
        "obstacles: [] and no session that dealt with them.",
        "Geen hindernissen vastgelegd en geen sessie die ze behandelde.",
    ),
    paths=("$.obstacles",),
)
def no_obstacles(ctx: Context) -> Iterator[Hit]:
    e = ctx.engagement
    asked = any(SessionSubject.OBSTACLES in w.covers for w in e.work_sessions)
    if not e.obstacles and not asked:
        yield Hit(path="$.obstacles")


@rule(
    "PRC106",
    "obstacle-without-response",
    dimension=_P,
    level=Level.OFFICIAL,
    severity=Severity.WARNING,
    message=T("Obstacle '{id}' has no response yet", "Hindernis '{id}' heeft nog geen aanpak"),
    what=T(
        "Checks that every unresolved obstacle has a response.",
        "Controleert of elke onopgeloste hindernis een aanpak heeft.",
    ),
    why=T(
        "A named obstacle without a response is a reason to stop waiting to happen.",
        "Een benoemde hindernis zonder aanpak is een reden om te stoppen die op de loer ligt.",
    ),
    fix=T(
        "Agree a response for the obstacle and who carries it.",
        "Spreek een aanpak van de hindernis af en wie die draagt.",
    ),
    example=T(
        "kind: siloed-budget, no response.", "Een verkokerd budget als hindernis, zonder aanpak."
    ),
    paths=("$.obstacles[*].response",),
)
def obstacle_without_response(ctx: Context) -> Iterator[Hit]:
    for i, o in enumerate(ctx.engagement.obstacles):
        if o.resolved is None and not o.response:
            yield Hit(path=f"$.obstacles[{i}].response", values={"id": o.id}, ids=(o.id,))


@rule(
    "PRC107",
    "no-target-groups",
    dimension=_P,
    level=Level.OFFICIAL,
    severity=Severity.ERROR,
    message=T("The engagement names no target groups", "Het traject noemt geen doelgroepen"),
    what=T(
        "Checks that the engagement names its target groups.",
        "Controleert of het traject zijn doelgroepen noemt.",
    ),
    why=T(
        "The social domain works for people: without target groups there is no shared 'for whom' across the domains.",
        "Het sociaal domein werkt voor mensen: zonder doelgroepen is er geen gedeeld 'voor wie' tussen de domeinen.",
    ),
    fix=T("Name the target groups in the commission.", "Noem de doelgroepen in de opdracht."),
    example=T("target_groups: []", "Geen doelgroepen."),
    paths=("$.target_groups",),
)
def no_target_groups(ctx: Context) -> Iterator[Hit]:
    if not ctx.engagement.target_groups:
        yield Hit(path="$.target_groups")


@rule(
    "PRC108",
    "domains-not-both-sides",
    dimension=_P,
    level=Level.OFFICIAL,
    severity=Severity.ERROR,
    message=T("The involved domains lack {side}", "De betrokken domeinen missen {side_nl}"),
    what=T(
        "Checks that the involved domains include sport and at least one social-domain area.",
        "Controleert of de betrokken domeinen sport en minstens een deel van het sociaal domein omvatten.",
    ),
    why=T(
        "A connection needs two sides; a trajectory of sport alone is sport policy, not a connection.",
        "Een verbinding heeft twee kanten nodig; een traject van alleen sport is sportbeleid, geen verbinding.",
    ),
    fix=T(
        "Involve the missing side in the commission.", "Betrek de ontbrekende kant bij de opdracht."
    ),
    example=T("domains: [sport]", "Alleen het domein sport."),
    paths=("$.domains",),
)
def domains_not_both_sides(ctx: Context) -> Iterator[Hit]:
    domains = set(ctx.engagement.domains)
    if Domain.SPORT not in domains:
        yield Hit(path="$.domains", values={"side": "sport", "side_nl": "sport"})
    if not any(d.is_social for d in domains):
        yield Hit(
            path="$.domains",
            values={"side": "a social-domain area", "side_nl": "een deel van het sociaal domein"},
        )


def _phase_name(ctx: Context, phase: str) -> Text:
    """The phase's name in both languages ('Verankering'), its id when the methodology
    does not know it."""
    if phase in ctx.methodology.phase_ids:
        return ctx.methodology.phase(phase).name
    return Text(en=phase, nl=phase)


@rule(
    "PRC109",
    "phase-stalled",
    dimension=_P,
    level=None,
    severity=Severity.WARNING,
    message=T(
        "The engagement has been in the phase {phase} for {days} (more than {limit})",
        "Het traject staat al {days} in de fase {phase} (meer dan {limit})",
    ),
    what=T(
        "Checks how long the engagement has been in its current phase.",
        "Controleert hoe lang het traject al in de huidige fase staat.",
    ),
    why=T(
        "Trajectories stall quietly; a long stay in one phase is the moment to ask what blocks it.",
        "Trajecten vallen stil zonder dat iemand het zegt; lang in een fase is het moment om te vragen wat blokkeert.",
    ),
    fix=T(
        "Discuss in the steering group what blocks the next gate, or return to an earlier phase with a reason.",
        "Bespreek in de stuurgroep wat de volgende poort blokkeert, of keer met een reden terug naar een eerdere fase.",
    ),
    example=T(
        "In administrative-connection since 400 days.", "Al 400 dagen in bestuurlijke verbinding."
    ),
    paths=("$.phase_log",),
    parameters=(
        RuleParameter(
            name="max_days_in_phase",
            default=365,
            unit="days",
            description=T(
                "Days in one phase after which the engagement counts as stalled: a year, one municipal budget cycle from kadernota to begroting; a phase that waits for the next budget round is not stalled.",
                "Dagen in een fase waarna het traject als stilgevallen telt: een jaar, een gemeentelijke begrotingscyclus van kadernota tot begroting; een fase die op de volgende begrotingsronde wacht, ligt niet stil.",
            ),
        ),
    ),
)
def phase_stalled(ctx: Context) -> Iterator[Hit]:
    days = ctx.days_in_phase
    limit = ctx.param("max_days_in_phase")
    if days is not None and days > limit:
        phase = ctx.engagement.phase_log[-1].phase
        i = len(ctx.engagement.phase_log) - 1
        yield Hit(
            path=f"$.phase_log[{i}].entered",
            values={
                "phase": _phase_name(ctx, phase),
                "days": count_text(days, ("day", "days"), ("dag", "dagen")),
                "limit": count_text(int(limit), ("day", "days"), ("dag", "dagen")),
            },
        )


@rule(
    "PRC110",
    "opportunity-without-partners",
    dimension=_P,
    level=Level.EXECUTIVE,
    severity=Severity.WARNING,
    message=T(
        "Promising connection '{id}' has no partners",
        "Kansrijke verbinding '{id}' heeft geen partners",
    ),
    what=T(
        "Checks that every promising connection names the partners who would carry it.",
        "Controleert of elke kansrijke verbinding de partners noemt die haar dragen.",
    ),
    why=T(
        "A connection without partners stays an idea: execution is local and needs someone who does it.",
        "Een verbinding zonder partners blijft een idee: uitvoering is lokaal en vraagt iemand die het doet.",
    ),
    fix=T(
        "Name the sports club, welfare organisation or other partner for it.",
        "Noem de sportvereniging, welzijnsorganisatie of andere partner erbij.",
    ),
    example=T("partners: []", "Geen partners."),
    paths=("$.opportunities[*].partners",),
)
def opportunity_without_partners(ctx: Context) -> Iterator[Hit]:
    for i, o in enumerate(ctx.engagement.opportunities):
        if not o.partners:
            yield Hit(path=f"$.opportunities[{i}].partners", values={"id": o.id}, ids=(o.id,))
