"""PLN: the implementation plan and the goals it serves."""

from __future__ import annotations

from collections.abc import Iterator

from ...model import Domain, Level, SocialGoal, TargetGroup
from .._registry import Dimension, Hit, Severity, rule
from ..context import Context
from ._common import T

_D = Dimension.PLAN


def _een(noun: str) -> str:
    """The Dutch noun with its indefinite article where Dutch needs one ("een eigenaar",
    but "financiering")."""
    return noun if noun == "financiering" else f"een {noun}"


def _action_rule(
    code: str, name: str, field: str, en: str, nl: str, why: tuple[str, str], fix: tuple[str, str]
) -> None:
    """Register a rule that every plan action has ``field`` filled in."""

    @rule(
        code,
        name,
        dimension=_D,
        level=Level.EXECUTIVE,
        severity=Severity.ERROR,
        message=T(f"Action '{{id}}' has no {en}", f"Actie '{{id}}' heeft geen {nl}"),
        what=T(
            f"Checks that every plan action has {en}.",
            f"Controleert of elke actie in het plan {_een(nl)} heeft.",
        ),
        why=T(*why),
        fix=T(*fix),
        example=T(f"An action without {en}.", f"Een actie zonder {nl}."),
        paths=(f"$.plan.actions[*].{field}",),
    )
    def check(ctx: Context) -> Iterator[Hit]:
        for i, action in enumerate(ctx.engagement.plan.actions):
            if not getattr(action, field):
                yield Hit(
                    path=f"$.plan.actions[{i}].{field}", values={"id": action.id}, ids=(action.id,)
                )


_action_rule(
    "PLN102",
    "action-without-owner",
    "owner",
    "an owner",
    "eigenaar",
    (
        "An action nobody owns is carried out by nobody; at the kick-off every action needs a name behind it.",
        "Een actie zonder eigenaar voert niemand uit; bij de kick-off heeft elke actie iemand nodig.",
    ),
    (
        "Name the stakeholder who owns the action.",
        "Wijs de partner aan die eigenaar is van de actie.",
    ),
)
_action_rule(
    "PLN103",
    "action-without-level",
    "level",
    "a level",
    "niveau",
    (
        "The methodology runs from administrative to executive level; an action must say at which level it is carried.",
        "De methodiek loopt van bestuurlijk naar uitvoerend niveau; een actie moet zeggen op welk niveau die gedragen wordt.",
    ),
    ("Give the action its level.", "Geef de actie haar niveau."),
)
_action_rule(
    "PLN104",
    "action-without-target-group",
    "target_groups",
    "a target group",
    "doelgroep",
    (
        "The social domain works for people: an action without a target group cannot show what it does for whom.",
        "Het sociaal domein werkt voor mensen: een actie zonder doelgroep kan niet laten zien wat die voor wie doet.",
    ),
    ("Name the target group(s) of the action.", "Noem de doelgroep of doelgroepen van de actie."),
)
_action_rule(
    "PLN105",
    "action-without-funding",
    "funding",
    "funding",
    "financiering",
    (
        "Actions without money are how lucky hits stay lucky: they depend on goodwill and end with it.",
        "Met acties zonder geld blijven toevalstreffers toevallig: ze hangen af van goede wil en stoppen daarmee.",
    ),
    (
        "Link the action to the funding stream(s) that pay for it.",
        "Koppel de actie aan de geldstroom of geldstromen die haar betalen.",
    ),
)
_action_rule(
    "PLN106",
    "action-without-start",
    "period",
    "a start date",
    "startdatum",
    (
        "Without a start date the plan cannot be followed or its funding checked for that moment.",
        "Zonder startdatum is het plan niet te volgen en de financiering op dat moment niet te toetsen.",
    ),
    ("Plan the start of the action.", "Plan de start van de actie."),
)
_action_rule(
    "PLN107",
    "action-without-goal",
    "goals",
    "goal it serves",
    "doel dat zij dient",
    (
        "An action that serves no shared goal cannot be counted (tellen) or told (vertellen).",
        "Een actie die geen gedeeld doel dient, valt niet te tellen of te vertellen.",
    ),
    (
        "Link the action to the goal(s) it serves.",
        "Koppel de actie aan het doel of de doelen die zij dient.",
    ),
)


@rule(
    "PLN101",
    "plan-without-actions",
    dimension=_D,
    level=Level.EXECUTIVE,
    severity=Severity.ERROR,
    message=T("The implementation plan has no actions", "Het uitvoeringsplan heeft geen acties"),
    what=T(
        "Checks that the implementation plan holds actions.",
        "Controleert of het uitvoeringsplan acties bevat.",
    ),
    why=T(
        "The kick-off presents a plan; an empty plan has nothing to kick off.",
        "De kick-off presenteert een plan; een leeg plan heeft niets om af te trappen.",
    ),
    fix=T(
        "Write the actions from the promising connections into the plan.",
        "Schrijf de acties uit de kansrijke verbindingen in het plan.",
    ),
    example=T("plan: {actions: []}", "Een uitvoeringsplan zonder acties."),
    paths=("$.plan.actions",),
)
def plan_without_actions(ctx: Context) -> Iterator[Hit]:
    if not ctx.engagement.plan.actions:
        yield Hit(path="$.plan.actions")


@rule(
    "PLN108",
    "plan-not-presented",
    dimension=_D,
    level=Level.EXECUTIVE,
    severity=Severity.ERROR,
    message=T(
        "The implementation plan has not been presented",
        "Het uitvoeringsplan is niet gepresenteerd",
    ),
    what=T(
        "Checks that the plan has a presentation (kick-off) date.",
        "Controleert of het plan een presentatiedatum (kick-off) heeft.",
    ),
    why=T(
        "Execution starts with the kick-off, where the partners take on their actions in public.",
        "De uitvoering begint bij de kick-off, waar de partners hun acties openlijk op zich nemen.",
    ),
    fix=T(
        "Hold the kick-off and record its date as plan.presented.",
        "Houd de kick-off en leg de datum vast als plan.presented.",
    ),
    example=T(
        "plan: {drafted: 2026-10-06} without presented.",
        "Een plan dat op 6 oktober 2026 is opgesteld (drafted), zonder presentatiedatum (presented).",
    ),
    paths=("$.plan.presented",),
)
def plan_not_presented(ctx: Context) -> Iterator[Hit]:
    if ctx.engagement.plan.presented is None:
        yield Hit(path="$.plan.presented")


@rule(
    "PLN201",
    "no-goals",
    dimension=_D,
    level=Level.OFFICIAL,
    severity=Severity.ERROR,
    message=T("No shared goals have been set", "Er zijn geen gedeelde doelen gesteld"),
    what=T("Checks that the engagement has goals.", "Controleert of het traject doelen heeft."),
    why=T(
        "Shared goals are what the domains commit to together; without them each domain counts its own success.",
        "Aan gedeelde doelen binden de domeinen zich samen; zonder doelen telt elk domein zijn eigen succes.",
    ),
    fix=T(
        "Set goals with the partners in a work session.",
        "Stel met de partners doelen in een werksessie.",
    ),
    example=T("goals: []", "Geen gedeelde doelen."),
    paths=("$.goals",),
)
def no_goals(ctx: Context) -> Iterator[Hit]:
    if not ctx.engagement.goals:
        yield Hit(path="$.goals")


@rule(
    "PLN202",
    "goal-without-indicator",
    dimension=_D,
    level=Level.OFFICIAL,
    severity=Severity.ERROR,
    message=T("Goal '{id}' has no indicator", "Doel '{id}' heeft geen indicator"),
    what=T(
        "Checks that every goal has at least one indicator.",
        "Controleert of elk doel minstens een indicator heeft.",
    ),
    why=T(
        "What is not counted cannot be told: indicators make the goal checkable (tellen en vertellen).",
        "Wat niet geteld wordt, valt niet te vertellen: indicatoren maken het doel toetsbaar.",
    ),
    fix=T(
        "Add an indicator with unit, baseline and target.",
        "Voeg een indicator toe met eenheid, nulmeting en streefwaarde.",
    ),
    example=T("A goal with indicators: [].", "Een doel zonder indicatoren."),
    paths=("$.goals[*].indicators",),
)
def goal_without_indicator(ctx: Context) -> Iterator[Hit]:
    for i, g in enumerate(ctx.engagement.goals):
        if not g.indicators:
            yield Hit(path=f"$.goals[{i}].indicators", values={"id": g.id}, ids=(g.id,))


def _indicator_rule(
    code: str, name: str, field: str, en: str, nl: str, why: tuple[str, str], fix: tuple[str, str]
) -> None:
    @rule(
        code,
        name,
        dimension=_D,
        level=Level.OFFICIAL,
        severity=Severity.WARNING,
        message=T(
            f"Indicator '{{name}}' of goal '{{id}}' has no {en}",
            f"Indicator '{{name}}' van doel '{{id}}' heeft geen {nl}",
        ),
        what=T(
            f"Checks that every indicator has a {en}.",
            f"Controleert of elke indicator een {nl} heeft.",
        ),
        why=T(*why),
        fix=T(*fix),
        example=T(f"An indicator without {en}.", f"Een indicator zonder {nl}."),
        paths=(f"$.goals[*].indicators[*].{field}",),
    )
    def check(ctx: Context) -> Iterator[Hit]:
        for i, g in enumerate(ctx.engagement.goals):
            for j, ind in enumerate(g.indicators):
                if getattr(ind, field) is None:
                    yield Hit(
                        path=f"$.goals[{i}].indicators[{j}].{field}",
                        values={"id": g.id, "name": ind.name},
                        ids=(g.id,),
                    )


_indicator_rule(
    "PLN203",
    "indicator-without-baseline",
    "baseline",
    "baseline",
    "nulmeting",
    (
        "Progress is only visible against a starting point measured before the work began.",
        "Vooruitgang is alleen zichtbaar tegen een beginpunt dat voor de start gemeten is.",
    ),
    (
        "Measure the baseline and record it with its date.",
        "Meet de nulmeting en leg die vast met datum.",
    ),
)
_indicator_rule(
    "PLN204",
    "indicator-without-target",
    "target",
    "target",
    "streefwaarde",
    (
        "Without a target the partners cannot agree when the goal is met.",
        "Zonder streefwaarde kunnen de partners niet afspreken wanneer het doel bereikt is.",
    ),
    ("Agree a target and a target date.", "Spreek een streefwaarde en streefdatum af."),
)


@rule(
    "PLN205",
    "target-group-without-action",
    dimension=_D,
    level=Level.EXECUTIVE,
    severity=Severity.WARNING,
    message=T(
        "No action of the plan is for target group '{group}'",
        "Geen actie in het plan richt zich op de doelgroep '{group_nl}'",
    ),
    what=T(
        "Checks that every target group of the engagement has at least one action.",
        "Controleert of elke doelgroep van het traject minstens een actie heeft.",
    ),
    why=T(
        "A target group named in the commission but absent from the plan is a promise that will not be kept.",
        "Een doelgroep die in de opdracht staat maar niet in het plan, is een belofte die niet wordt nagekomen.",
    ),
    fix=T(
        "Add an action for the group, or take it out of the commission on purpose.",
        "Voeg een actie toe voor de groep, of haal die bewust uit de opdracht.",
    ),
    example=T(
        "target_groups: [low-ses] and no action for low-ses.",
        "Het traject noemt inwoners met een lage sociaaleconomische status als doelgroep, maar geen actie richt zich op hen.",
    ),
    paths=("$.target_groups", "$.plan.actions[*].target_groups"),
)
def target_group_without_action(ctx: Context) -> Iterator[Hit]:
    served = {g for a in ctx.engagement.plan.actions for g in a.target_groups}
    for i, group in enumerate(ctx.engagement.target_groups):
        if group not in served:
            yield Hit(
                path=f"$.target_groups[{i}]",
                values={"group": group.label("en"), "group_nl": group.label("nl")},
            )


@rule(
    "PLN301",
    "indicators-not-measured",
    dimension=_D,
    level=Level.EXECUTIVE,
    severity=Severity.ERROR,
    message=T(
        "Indicator '{name}' of goal '{id}' has not been measured since the start",
        "Indicator '{name}' van doel '{id}' is sinds de start niet gemeten",
    ),
    what=T(
        "Checks that every indicator has at least one measurement.",
        "Controleert of elke indicator minstens een meting heeft.",
    ),
    why=T(
        "Securing and review rest on what was counted during execution.",
        "Borging en herijking rusten op wat tijdens de uitvoering geteld is.",
    ),
    fix=T("Record the measurements of the indicator.", "Leg de metingen van de indicator vast."),
    example=T("measurements: []", "Een indicator zonder metingen."),
    paths=("$.goals[*].indicators[*].measurements",),
)
def indicators_not_measured(ctx: Context) -> Iterator[Hit]:
    for i, g in enumerate(ctx.engagement.goals):
        for j, ind in enumerate(g.indicators):
            if not ind.measurements:
                yield Hit(
                    path=f"$.goals[{i}].indicators[{j}].measurements",
                    values={"id": g.id, "name": ind.name},
                    ids=(g.id,),
                )


@rule(
    "PLN206",
    "target-group-without-referral-route",
    dimension=_D,
    level=Level.EXECUTIVE,
    severity=Severity.ERROR,
    message=T(
        "No referral route brings {group} to the plan's actions",
        "Geen toeleiding brengt {group_nl} naar de acties van het plan",
    ),
    what=T(
        "Checks that every target group of the plan's actions has a referral route (toeleiding): a stakeholder taking part who brings people in.",
        "Controleert of elke doelgroep van de acties van het plan een route van toeleiding heeft: een deelnemende partner die mensen binnenbrengt.",
    ),
    why=T(
        "Vulnerable groups do not find an offer by themselves; they reach it through someone they already meet: the wijkteam, the general practitioner, the klantmanager of work and income, a school. An offer without a referral route waits for people who do not come.",
        "Kwetsbare groepen vinden een aanbod niet vanzelf; ze komen er via iemand die ze al zien: het wijkteam, de huisarts, de klantmanager werk en inkomen, een school. Een aanbod zonder toeleiding wacht op mensen die niet komen.",
    ),
    fix=T(
        "Agree with the wijkteam, the general practitioners, the klantmanagers or the schools who refers the group, and record it in plan.referral_routes.",
        "Spreek met het wijkteam, de huisartsen, de klantmanagers of de scholen af wie de groep toeleidt, en leg het vast in plan.referral_routes.",
    ),
    example=T(
        "Work-experience places for people on social assistance, and no klantmanager who sends them.",
        "Werkervaringsplekken voor mensen in de bijstand, en geen klantmanager die ze stuurt.",
    ),
    paths=("$.plan.referral_routes", "$.plan.actions[*].target_groups"),
)
def target_group_without_referral_route(ctx: Context) -> Iterator[Hit]:
    routed = {r.target_group for r in ctx.engagement.plan.referral_routes}
    served = dict.fromkeys(g for a in ctx.engagement.plan.actions for g in a.target_groups)
    for group in served:
        if group not in routed:
            yield Hit(
                path="$.plan.referral_routes",
                values={"group": group.label("en"), "group_nl": group.label("nl")},
            )


#: The domain partners a goal needs at the executive level, by social goal: work
#: needs work and income, health a health partner, integration the integration
#: partners. Goals for young people need a youth or school partner.
_GOAL_PARTNERS: dict[SocialGoal, frozenset[Domain]] = {
    SocialGoal.WORK: frozenset({Domain.WORK_AND_INCOME}),
    SocialGoal.HEALTH: frozenset({Domain.PUBLIC_HEALTH}),
    SocialGoal.INTEGRATION: frozenset({Domain.INTEGRATION}),
}
_YOUTH_PARTNERS = frozenset({Domain.YOUTH, Domain.EDUCATION})
_YOUNG = frozenset({TargetGroup.LONELY_YOUNG_PEOPLE})


def _engaged(ctx: Context) -> set[str]:
    """Stakeholders that take part in the plan's execution: action owners, members of
    executive bodies, participants of sessions and partners of promising connections."""
    e = ctx.engagement
    out = {a.owner for a in e.plan.actions if a.owner is not None}
    out |= {m for b in e.governance if b.level is Level.EXECUTIVE for m in b.member_ids}
    out |= {p for w in e.work_sessions for p in w.participants}
    out |= {p for o in e.opportunities for p in o.partners}
    return out


def _partner_rows(ctx: Context) -> dict[Domain, list[str]]:
    engaged = _engaged(ctx)
    rows: dict[Domain, list[str]] = {}
    for s in ctx.engagement.stakeholders:
        if s.level is Level.EXECUTIVE and s.id in engaged:
            for d in s.domains:
                rows.setdefault(d, []).append(s.id)
    return rows


@rule(
    "PLN207",
    "goal-without-domain-partner",
    dimension=_D,
    level=Level.EXECUTIVE,
    severity=Severity.ERROR,
    message=T(
        "Goal '{id}' has no executive partner of {domains}",
        "Doel '{id}' heeft geen uitvoerende partner uit {domains_nl}",
    ),
    what=T(
        "Checks that every goal has, at the executive level and taking part, a partner of the domain the goal belongs to: work goals a work and income partner, health goals a health partner, integration goals an integration partner, goals for young people a youth or school partner.",
        "Controleert of elk doel op uitvoerend niveau een deelnemende partner heeft uit het domein waar het doel bij hoort: werkdoelen een partner van werk en inkomen, gezondheidsdoelen een gezondheidspartner, integratiedoelen een partner van inburgering, doelen voor jongeren een partner uit jeugd of onderwijs.",
    ),
    why=T(
        "Sport reaches the goal only with the partner who carries it in its own domain: a club cannot place someone in work without the werkplein, nor keep a patient moving without the GP or the GGD.",
        "Sport bereikt het doel alleen met de partner die het in het eigen domein draagt: een club kan niemand aan het werk helpen zonder het werkplein, en een patiënt niet in beweging houden zonder huisarts of GGD.",
    ),
    fix=T(
        "Involve the domain's executive partner (werkplein, GGD or GP, youth worker or school) in a session, the core team or as owner of an action.",
        "Betrek de uitvoerende partner van het domein (werkplein, GGD of huisarts, jongerenwerk of school) in een sessie, het kernteam of als eigenaar van een actie.",
    ),
    example=T(
        "A goal 'move to work through sport' with only sports clubs and buurtsportcoaches.",
        "Een doel 'via sport naar werk' met alleen sportverenigingen en buurtsportcoaches.",
    ),
    paths=("$.goals", "$.stakeholders"),
)
def goal_without_domain_partner(ctx: Context) -> Iterator[Hit]:
    rows = _partner_rows(ctx)
    for i, goal in enumerate(ctx.engagement.goals):
        wanted: list[frozenset[Domain]] = []
        if goal.social_goal in _GOAL_PARTNERS:
            wanted.append(_GOAL_PARTNERS[goal.social_goal])
        if _YOUNG & set(goal.target_groups):
            wanted.append(_YOUTH_PARTNERS)
        for domains in wanted:
            if any(rows.get(d) for d in domains):
                continue
            ordered = [d for d in Domain if d in domains]
            yield Hit(
                path=f"$.goals[{i}]",
                values={
                    "id": goal.id,
                    "domains": " or ".join(d.label("en") for d in ordered),
                    "domains_nl": " of ".join(d.label("nl") for d in ordered),
                },
                ids=(goal.id,),
            )


@rule(
    "PLN208",
    "monitoring-not-agreed",
    dimension=_D,
    level=Level.OFFICIAL,
    severity=Severity.ERROR,
    message=T(
        "Nobody has agreed to measure indicator '{name}' of goal '{id}'",
        "Niemand heeft afgesproken indicator '{name}' van doel '{id}' te meten",
    ),
    what=T(
        "Checks that every indicator of the goals has a monitoring agreement in the plan: who measures it, from which source.",
        "Controleert of voor elke indicator van de doelen een afspraak in het plan staat: wie meet, uit welke bron.",
    ),
    why=T(
        "Counting and telling (tellen en vertellen) start on the first day of execution; what nobody agreed to measure before the kick-off is not measured, and the review after a year has nothing to review.",
        "Tellen en vertellen beginnen op de eerste dag van de uitvoering; wat voor de kick-off niemand afsprak te meten, wordt niet gemeten, en de herijking na een jaar heeft dan niets om te herijken.",
    ),
    fix=T(
        "Give the indicator an id and agree in plan.monitoring who measures it and from which source (registration, GGD Gezondheidsmonitor, club membership).",
        "Geef de indicator een id en spreek in plan.monitoring af wie meet en uit welke bron (registratie, GGD Gezondheidsmonitor, ledenadministratie).",
    ),
    example=T(
        "An indicator 'older people in exercise groups' with no agreement on who counts them.",
        "Een indicator 'ouderen in beweeggroepen' zonder afspraak over wie ze telt.",
    ),
    paths=("$.plan.monitoring", "$.goals[*].indicators"),
)
def monitoring_not_agreed(ctx: Context) -> Iterator[Hit]:
    agreed = {m.indicator for m in ctx.engagement.plan.monitoring}
    for i, g in enumerate(ctx.engagement.goals):
        for j, ind in enumerate(g.indicators):
            if ind.id is None or ind.id not in agreed:
                yield Hit(
                    path=f"$.goals[{i}].indicators[{j}]",
                    values={"id": g.id, "name": ind.name},
                    ids=(g.id,),
                )
