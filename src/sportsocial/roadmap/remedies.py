"""Remedies: which step resolves the open findings of which rule, where, and after what.

A rule's fix text says *what* to do; a :class:`Remedy` adds what a roadmap
needs to place it: the step it belongs to (several rules can be resolved by
one step: the college that forms the steering group also grants its
mandate), where the step is taken (a work session, the college, the council's
budget cycle), and the steps that must come first. The order follows three
principles of Dutch municipal practice and of the methodology:

- administrative before official before executive: a new college reconfirms
  earlier ambitions first (``reconfirm``), the portfolio holders commit
  (``commit-holders``), the college adopts the ambition and forms the joint
  steering group; the work sessions that prepare the plan follow the gates
  (a step of a later gate waits for the blocking steps of the gates before it);
- a mandate before the decisions under it: the steering group pools money
  (``pool``) only once the college granted it a mandate (``joint-body``);
- money after the decision that allocates it: the council adopts the shared
  money (``budget``) after the steering group's decision, through the
  kadernota and the begroting or a begrotingswijziging (the council
  authorises per programme, so pooled money of two domains needs it).

Where a step is meaningful as a hypothetical change to the document (a
mandate granted, streams pooled, a budget amendment adopted), its remedy
carries the change (:mod:`sportsocial.roadmap.changes`), so that
:func:`~sportsocial.roadmap.what_if` can show how it moves the kick-off.
A rule without an entry here (a plug-in's) becomes a work session at its level.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Literal

import attrs

from ..i18n import Text
from ..model import Engagement, Level
from . import changes
from .model import Venue

__all__ = ["REMEDIES", "STEPS", "STEP_NAMES", "Remedy", "StepKind", "remedy_for", "step_kind"]

_A, _O, _E = Level.ADMINISTRATIVE, Level.OFFICIAL, Level.EXECUTIVE


@attrs.frozen(kw_only=True)
class StepKind:
    """One kind of step: where it is taken, at which level, what it waits for.

    ``key`` is the step's id; for a step per stream (``per="id"``) or per level
    (``per="level"``) the id gets the stream id or level appended. ``after``
    names the kinds that must come first when the roadmap has them.
    ``change`` is the hypothetical change to the document (``None`` where no
    change of the document follows from the step).
    """

    key: str
    venue: Venue
    level: Level | None
    title: Text
    after: tuple[str, ...] = ()
    per: Literal["rule", "id", "level"] = "rule"
    change: changes.ChangeFunction | None = None
    #: Whether the step is work of the sessions that prepares the plan.
    content: bool = False
    #: Whether the step waits for the blocking steps of earlier gates (the methodology's
    #: order); a step that can be taken at any time (commissioning the facilitator,
    #: recording who holds a budget) does not.
    gated: bool = True

    @property
    def administrative(self) -> bool:
        """Whether the step is taken by the college, the council or an administrative body."""
        return self.level is Level.ADMINISTRATIVE or self.venue in (
            Venue.COLLEGE,
            Venue.COUNCIL,
            Venue.KADERNOTA,
            Venue.BEGROTING,
            Venue.BUDGET_AMENDMENT,
        )


def T(en: str, nl: str) -> Text:  # noqa: N802 - reads like a constructor
    """Shorthand for a bilingual text."""
    return Text(en=en, nl=nl)


def _kind(
    key: str,
    venue: Venue,
    level: Level | None,
    en: str,
    nl: str,
    after: tuple[str, ...] = (),
    per: Literal["rule", "id", "level"] = "rule",
    change: changes.ChangeFunction | None = None,
    content: bool = False,
    gated: bool = True,
) -> StepKind:
    return StepKind(
        key=key,
        venue=venue,
        level=level,
        title=T(en, nl),
        after=after,
        per=per,
        change=change,
        content=content,
        gated=gated,
    )


_ADMIN_START = ("reconfirm", "commit-holders")

#: Every kind of step, by key.
STEPS: dict[str, StepKind] = {
    k.key: k
    for k in (
        _kind(
            "reconfirm",
            Venue.COLLEGE,
            _A,
            "The new college reconfirms the ambition and the mandate decided before the election",
            "Het nieuwe college bevestigt de ambitie en het mandaat van voor de verkiezingen opnieuw",
            change=changes.reconfirm,
        ),
        _kind(
            "new-college",
            Venue.COLLEGE,
            _A,
            "The new college after the election of {election} reconfirms the ambition, the mandate and the money decided before it",
            "Het nieuwe college na de verkiezingen van {election} bevestigt de ambitie, het mandaat en het geld van daarvoor opnieuw",
            per="id",
            change=changes.reconfirm,
        ),
        _kind(
            "commit-holders",
            Venue.WORK_SESSION,
            _A,
            "Administrative work session: the portfolio holders of sport and of the social domain commit to the connection",
            "Bestuurlijke werksessie: de portefeuillehouders sport en sociaal domein verbinden zich aan de aanpak",
            after=("reconfirm",),
            change=changes.commit_holders,
        ),
        _kind(
            "ambition",
            Venue.COLLEGE,
            _A,
            "The college adopts the shared ambition of sport and the social domain",
            "Het college stelt de gedeelde ambitie van sport en sociaal domein vast",
            after=_ADMIN_START,
            change=changes.adopt_ambition,
        ),
        _kind(
            "joint-body",
            Venue.COLLEGE,
            _A,
            "The college forms the joint steering group of the portfolio holders and grants it a decision mandate",
            "Het college stelt de gezamenlijke stuurgroep van de portefeuillehouders in en geeft haar beslismandaat",
            after=_ADMIN_START,
            change=changes.grant_mandate,
        ),
        _kind(
            "pool",
            Venue.STEERING_GROUP,
            _A,
            "The steering group pools money of sport and of the social domain under its decision",
            "De stuurgroep bundelt geld van sport en sociaal domein onder haar besluitvorming",
            after=("joint-body", "ambition"),
            change=changes.pool,
        ),
        _kind(
            "budget",
            Venue.BEGROTING,
            _A,
            "The council makes the shared money available",
            "De raad stelt het gezamenlijke geld beschikbaar",
            after=("pool", "reconfirm"),
            change=changes.adopt_budget,
        ),
        _kind(
            "replace",
            Venue.BEGROTING,
            _A,
            "The council decides what takes over the money of '{id}' after {end}",
            "De raad besluit wat het geld van {named} na {end} overneemt",
            after=("reconfirm",),
            per="id",
        ),
        _kind(
            "follow",
            Venue.EXTERNAL,
            _O,
            "Follow up the decision on the money of '{id}'",
            "Het besluit over het geld van {named} opvolgen",
            per="id",
        ),
        _kind(
            "commission",
            Venue.COLLEGE,
            _A,
            "The college records its commission",
            "Het college legt zijn opdracht vast",
            gated=False,
        ),
        _kind(
            "facilitator",
            Venue.COLLEGE,
            _A,
            "The college commissions an independent facilitator until after the kick-off",
            "Het college schakelt een onafhankelijke procesbegeleider in tot na de kick-off",
            gated=False,
        ),
        _kind(
            "startfoto",
            Venue.WORK_SESSION,
            _O,
            "Official work session: complete the startfoto",
            "Ambtelijke werksessie: de startfoto afmaken",
            after=("commission",),
            content=True,
        ),
        _kind(
            "working-group",
            Venue.WORK_SESSION,
            _O,
            "Form an official working group of sport and the social domain",
            "Een ambtelijke werkgroep van sport en sociaal domein vormen",
            gated=False,
        ),
        _kind(
            "members",
            Venue.RECORD,
            _O,
            "Record who sits in each governance body",
            "Vastleggen wie er in elk overleg zit",
            gated=False,
        ),
        _kind(
            "holders",
            Venue.RECORD,
            _O,
            "Record who holds each budget",
            "Vastleggen wie elk budget beheert",
            gated=False,
        ),
        _kind(
            "stalled",
            Venue.STEERING_GROUP,
            _A,
            "The steering group discusses what blocks the next gate",
            "De stuurgroep bespreekt wat de volgende poort blokkeert",
        ),
        _kind(
            "session",
            Venue.WORK_SESSION,
            None,
            "Work session at the {level} level",
            "Werksessie op {level_nl} niveau",
            per="level",
            change=changes.hold_session,
            content=True,
        ),
        _kind(
            "connections",
            Venue.WORK_SESSION,
            _O,
            "Official work session with the partners: promising connections and who carries them",
            "Ambtelijke werksessie met de partners: kansrijke verbindingen en wie ze dragen",
            content=True,
        ),
        _kind(
            "obstacles",
            Venue.WORK_SESSION,
            _O,
            "Official work session: the obstacles and the response to each",
            "Ambtelijke werksessie: de hindernissen en de aanpak van elk",
            content=True,
        ),
        _kind(
            "goals",
            Venue.WORK_SESSION,
            _O,
            "Official work session: shared goals with indicators, baselines and targets",
            "Ambtelijke werksessie: gedeelde doelen met indicatoren, nulmetingen en streefwaarden",
            content=True,
        ),
        _kind(
            "plan",
            Venue.WORK_SESSION,
            _E,
            "Work session with the partners: write the plan's actions, each with an owner, a level, a target group, funding, a start and a goal",
            "Werksessie met de partners: de acties van het plan uitschrijven, elk met een eigenaar, een niveau, een doelgroep, financiering, een start en een doel",
            after=("goals", "connections"),
            content=True,
        ),
        _kind(
            "referral",
            Venue.WORK_SESSION,
            _E,
            "Executive work session: agree who brings each target group in (wijkteam, GP, klantmanager)",
            "Uitvoerende werksessie: afspreken wie elke doelgroep toeleidt (wijkteam, huisarts, klantmanager)",
            after=("plan",),
            content=True,
        ),
        _kind(
            "partners",
            Venue.WORK_SESSION,
            _E,
            "Executive work session: involve the domains' partners and civil society",
            "Uitvoerende werksessie: de partners uit de domeinen en het maatschappelijk middenveld betrekken",
            after=("goals",),
            content=True,
        ),
        _kind(
            "monitoring",
            Venue.WORK_SESSION,
            _O,
            "Agree who measures each indicator, from which source",
            "Afspreken wie elke indicator meet, uit welke bron",
            after=("goals",),
            content=True,
        ),
        _kind(
            "network",
            Venue.WORK_SESSION,
            _E,
            "Work session: ties between the partners of sport and of the social domain",
            "Werksessie: relaties tussen de partners van sport en van het sociaal domein",
            content=True,
        ),
        _kind(
            "core-team",
            Venue.WORK_SESSION,
            _E,
            "Executive work session: form the core team for the execution",
            "Uitvoerende werksessie: het kernteam voor de uitvoering vormen",
            after=("plan",),
            content=True,
        ),
        _kind(
            "adopt-approach",
            Venue.COLLEGE,
            _A,
            "The college adopts the approach and the implementation plan",
            "Het college stelt de aanpak en het uitvoeringsplan vast",
            after=("ambition", "goals", "plan", "referral", "partners", "monitoring"),
            change=changes.adopt_approach,
        ),
        _kind(
            "anchor",
            Venue.COLLEGE,
            _A,
            "The college anchors the approach in the sport policy and in the social-domain policy",
            "Het college verankert de aanpak in het sportbeleid en in het beleid sociaal domein",
            after=("adopt-approach", "ambition", "plan"),
            change=changes.anchor,
        ),
        _kind(
            "anchor-document",
            Venue.RECORD,
            _O,
            "Record the policy documents that anchor the approach",
            "De beleidsdocumenten vastleggen waarin de aanpak verankerd is",
            after=("anchor",),
        ),
    )
}

#: A short name of each kind of step, (English, Dutch), for chains and lists where the
#: whole title is too long: the Dutch rendering shows it where English shows the step's id.
#: ``{name}`` is the name of the stream a step per stream is about, ``{level}`` the level
#: of a work session, ``{date}`` the day of an election.
STEP_NAMES: Mapping[str, tuple[str, str]] = {
    "reconfirm": ("reconfirmation by the new college", "herbevestiging door het nieuwe college"),
    "new-college": (
        "new college after the election of {date}",
        "nieuw college na de verkiezingen van {date}",
    ),
    "commit-holders": ("portfolio holders commit", "toezegging van de portefeuillehouders"),
    "ambition": ("shared ambition", "gedeelde ambitie"),
    "joint-body": ("steering group with mandate", "stuurgroep met mandaat"),
    "pool": ("money pooled", "bundeling van de gezamenlijke middelen"),
    "budget": ("shared money in the begroting", "gezamenlijke middelen in de programmabegroting"),
    "budget-kadernota": ("shared money in the kadernota", "gezamenlijke middelen in de kadernota"),
    "budget-amendment": (
        "shared money by a budget amendment",
        "gezamenlijke middelen via een begrotingswijziging",
    ),
    "replace": ("successor to {name}", "opvolging van {name}"),
    "follow": ("decision on {name}", "besluit over {name}"),
    "commission": ("commission recorded", "opdracht vastgelegd"),
    "facilitator": ("independent facilitator", "onafhankelijke procesbegeleider"),
    "startfoto": ("startfoto", "startfoto"),
    "working-group": ("official working group", "ambtelijke werkgroep"),
    "members": ("members of the bodies", "leden van de overleggen"),
    "holders": ("budget holders", "budgethouders"),
    "stalled": ("what blocks the gate", "wat de poort blokkeert"),
    "session": ("{level} work session", "{level}e werksessie"),
    "connections": ("promising connections", "kansrijke verbindingen"),
    "obstacles": ("obstacles and the approach", "hindernissen en aanpak"),
    "goals": ("shared goals", "gedeelde doelen"),
    "plan": ("actions of the plan", "acties van het uitvoeringsplan"),
    "referral": ("referral of the target groups", "toeleiding van de doelgroepen"),
    "partners": ("partners involved", "betrokkenheid van de partners"),
    "monitoring": ("who measures what", "wie wat meet"),
    "network": ("ties between the partners", "relaties tussen de partners"),
    "core-team": ("core team", "kernteam"),
    "adopt-approach": ("approach adopted", "vaststelling van de aanpak"),
    "anchor": ("anchored in policy", "verankering in beleid"),
    "anchor-document": ("policy documents recorded", "beleidsdocumenten vastgelegd"),
    "kick-off": ("kick-off", "kick-off"),
}

#: The kind of step that resolves each rule, by code.
REMEDIES: Mapping[str, str] = {
    "GOV108": "reconfirm",
    "GOV102": "commit-holders",
    "GOV103": "commit-holders",
    "GOV106": "commit-holders",
    "GOV109": "commit-holders",
    "GOV104": "ambition",
    "GOV101": "joint-body",
    "GOV105": "joint-body",
    "GOV107": "joint-body",
    "FIN101": "pool",
    "FIN102": "pool",
    "FIN104": "pool",
    "FIN103": "budget",
    "ANC104": "budget",
    "FIN201": "budget",
    "FIN203": "budget",
    "FIN204": "budget",
    "FIN205": "budget",
    "FIN202": "replace",
    "FIN207": "replace",
    "NET205": "replace",
    "FIN208": "follow",
    "PRC102": "commission",
    "NET204": "facilitator",
    "PRC101": "startfoto",
    "PRC107": "startfoto",
    "PRC108": "startfoto",
    "GOV201": "working-group",
    "GOV202": "members",
    "FIN206": "holders",
    "PRC109": "stalled",
    "PRC103": "session",
    "PRC104": "connections",
    "PRC110": "connections",
    "PRC105": "obstacles",
    "PRC106": "obstacles",
    "PLN201": "goals",
    "PLN202": "goals",
    "PLN203": "goals",
    "PLN204": "goals",
    "PLN101": "plan",
    "PLN102": "plan",
    "PLN103": "plan",
    "PLN104": "plan",
    "PLN105": "plan",
    "PLN106": "plan",
    "PLN107": "plan",
    "PLN205": "plan",
    "PLN206": "referral",
    "PLN207": "partners",
    "NET201": "partners",
    "NET202": "partners",
    "NET203": "partners",
    "PLN208": "monitoring",
    "NET101": "network",
    "NET102": "network",
    "NET103": "network",
    "NET104": "network",
    "NET105": "network",
    "GOV301": "core-team",
    "ANC105": "adopt-approach",
    "ANC101": "anchor",
    "ANC102": "anchor",
    "ANC103": "anchor-document",
}

#: A work session at the administrative level is the one where the portfolio holders commit.
_SESSION_AT = {Level.ADMINISTRATIVE: "commit-holders"}


def step_kind(code: str, level: Level | None = None) -> StepKind:
    """The kind of step that resolves rule ``code`` (for a finding at ``level``).

    A rule without an entry in :data:`REMEDIES` (a plug-in's) becomes a work
    session at its level, named after the rule.

    Examples
    --------
    >>> step_kind("GOV107").key, step_kind("GOV107").venue.value
    ('joint-body', 'college')
    >>> step_kind("PRC103", Level.ADMINISTRATIVE).key
    'commit-holders'
    """
    key = REMEDIES.get(code)
    if key == "session" and level in _SESSION_AT:
        return STEPS[_SESSION_AT[level]]
    if key is not None:
        return STEPS[key]
    from ..readiness.registry import RULES

    rule = RULES.get(code)
    title = rule.fix if rule is not None else T(f"Resolve {code}", f"{code} oplossen")
    return StepKind(
        key=code.lower(),
        venue=Venue.WORK_SESSION,
        level=level or (rule.level if rule is not None else None),
        title=title,
        content=True,
    )


def remedy_for(code: str) -> Remedy:
    """The remedy of rule ``code``: its step and, where meaningful, the change it makes.

    Raises ``KeyError`` for a code that is no registered rule.

    Examples
    --------
    >>> r = remedy_for("GOV101")
    >>> r.step.key, r.applicable
    ('joint-body', True)
    >>> remedy_for("PLN101").applicable
    False
    """
    from ..readiness.registry import RULES

    if code not in RULES:
        raise KeyError(f"no rule {code!r}; `sportsocial rules` lists them")
    return Remedy(code=code, step=step_kind(code, RULES[code].level))


@attrs.frozen(kw_only=True)
class Remedy:
    """A rule's remedy as a step, which can be applied to an engagement as a hypothetical change.

    Use :meth:`apply` to see the engagement as it would be had the step been
    taken on a date; :func:`~sportsocial.roadmap.what_if` compares the
    roadmaps before and after.
    """

    code: str
    step: StepKind

    @property
    def applicable(self) -> bool:
        """Whether the step changes the document in a way a roadmap can see."""
        return self.step.change is not None

    @property
    def fix(self) -> Text:
        """The rule's fix text."""
        from ..readiness.registry import RULES

        return RULES[self.code].fix

    def apply(
        self,
        engagement: Engagement,
        on: dt.date,
        ids: tuple[str, ...] = (),
        **options: object,
    ) -> Engagement:
        """The engagement as it would be had the step been taken on ``on``.

        Parameters
        ----------
        engagement:
            The engagement; it is not changed.
        on:
            The day the step is taken (decisions, seats and commitments are dated then).
        ids:
            What the findings name (the decisions to reconfirm, the bodies to
            mandate, the streams to pool); the roadmap's step lists them.
        options:
            Options of the change (``streams=`` for pooling, ``route=`` for the budget).

        Raises
        ------
        NotApplicable
            When the step changes nothing in the document, or the engagement
            lacks what the change needs (no college to decide, no joint body
            to pool under), with the reason in both languages.
        """
        change = self.step.change
        if change is None:
            raise changes.NotApplicable(
                T(
                    "{code}: no change of the document follows from '{title}'; record what was agreed instead",
                    "{code}: uit '{title}' volgt geen wijziging van het document; leg vast wat is afgesproken",
                ).format(code=self.code, title=self.step.title)
            )
        return change(engagement, on, ids, options)
